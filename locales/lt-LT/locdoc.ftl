### locdoc user-interface strings: lt-LT (Lithuanian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Pereiti prie pagrindinio turinio
nav-languages = Kalbos
language-picker-heading = Pasirinkite kalbą
toc-heading = Šiame straipsnyje

## Switching between the translation and the English original

switch-to-english = Skaityti anglų kalba
switch-to-language = Skaityti lietuvių kalba
source-toggle-label = Rodyti originalų tekstą anglų kalba
source-toggle-short = EN

## Article metadata and notices

last-updated = Paskutinį kartą atnaujinta { $date }
mt-notice = Šis puslapis išverstas mašininiu vertimu.
mt-notice-link = Skaitykite versiją anglų kalba.
link-untranslated = (anglų kalba)
# Lithuanian: one is 1, 21, 31, ... (not 11); few is 2-9, 22-29, ... (not 12-19); many is for
# fractions; other is 0, 10-20, 30, ...
article-count =
    { $count ->
        [one] { $count } straipsnis
        [few] { $count } straipsniai
        [many] { $count } straipsnio
       *[other] { $count } straipsnių
    }

## Docs-set navigation, search, and notices

nav-toc = Turinys
nav-all-topics = Visos temos
nav-breadcrumb = Naršymo kelias
nav-previous = Ankstesnis
nav-next = Kitas
nav-menu = Meniu
search-label = Ieškoti
search-needs-script = Paieškai reikia JavaScript.
fallback-notice = Šis straipsnis dar nepasiekiamas lietuvių kalba, todėl rodomas anglų kalba.
outdated-notice = Šis vertimas gali būti pasenęs.
outdated-notice-link = Skaitykite dabartinę versiją anglų kalba.
redirect-title = Šis puslapis perkeltas
redirect-link = Eiti į naują puslapį

## DocFX alert labels

alert-note = Pastaba
alert-tip = Patarimas
alert-important = Svarbu
alert-caution = Atsargiai
alert-warning = Įspėjimas

## Error pages and placeholders

not-found-title = Puslapis nerastas
not-found-text = Puslapio, kurio užklausėte, nėra arba jis buvo perkeltas.
not-found-home = Eiti į pagrindinį puslapį
missing-include = Trūksta įtraukiamo failo: { $path }

## Alignment report (_align/)

align-title = Lygiavimo ataskaita
align-intro = Aprėptis – tai su angliškuoju pamatiniu tekstu sulygiuotų vienetų skaičius iš visų tos kalbos versijos vienetų. Atidarykite straipsnį, kad galėtumėte palyginti jo vienetus greta.
align-finding-count =
    { $count ->
        [one] { $count } radinys
        [few] { $count } radiniai
        [many] { $count } radinio
       *[other] { $count } radinių
    }
align-suppressed-count = Nuslopinta: { $count }
align-coverage-heading = Aprėptis pagal straipsnį ir kalbą
align-rules-heading = Radiniai pagal taisyklę
align-article = Straipsnis
align-findings = Radiniai
align-total = Iš viso
align-rule = Taisyklė
align-severity = Svarba
align-unaligned = nesulygiuota
align-absent = nėra vertimo
align-outdated = pasenęs
align-fallback = puslapis anglų kalba
align-outdated-total = Pasenę vertimai
align-fallback-total = Puslapiai, rodomi anglų kalba
align-include = įtraukiamas failas
align-no-findings = Radinių nėra.
align-back = Visi straipsniai
align-reference = Pamatinė versija
align-units = Vienetai
align-unaligned-versions = Nesulygiuotos versijos
align-article-findings = Radiniai apie visą straipsnį
align-filter-flags = Rodyti tik vienetus su šiomis žymomis
align-filter-locales = Kalbos
align-english = Anglų
align-flags = Žymos
align-stale = pasenęs
align-plain = be span žymų
align-plain-title = vertimas be span žymų, locdoc sulygiuotas su angliškuoju failu
align-confidence = lygiavimo patikimumas (nuo 0 iki 1)
align-no-units = Šiame straipsnyje nėra sulygiuotų vienetų.
align-status-aligned = sulygiuota
align-status-drift = nukrypsta
align-status-missing = trūksta
align-status-extra = perteklinis
align-status-none = nėra šioje versijoje
