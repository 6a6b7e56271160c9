### locdoc user-interface strings: fr-FR (French).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Passer au contenu principal
nav-languages = Langues
language-picker-heading = Choisir votre langue
toc-heading = Dans cet article

## Switching between the translation and the English original

switch-to-english = Lire en anglais
switch-to-language = Lire en français
source-toggle-label = Afficher le texte source en anglais
source-toggle-short = EN

## Article metadata and notices

last-updated = Dernière mise à jour le { $date }
mt-notice = Cette page a été traduite automatiquement.
mt-notice-link = Lire la version anglaise.
link-untranslated = (en anglais)
# French: one is 0 and 1; many is for round millions (1000000 d’articles).
article-count =
    { $count ->
        [one] { $count } article
        [many] { $count } d’articles
       *[other] { $count } articles
    }

## Docs-set navigation, search, and notices

nav-toc = Table des matières
nav-all-topics = Toutes les rubriques
nav-breadcrumb = Fil d’Ariane
nav-previous = Précédent
nav-next = Suivant
nav-menu = Menu
search-label = Rechercher
search-needs-script = La recherche nécessite JavaScript.
fallback-notice = Cet article n’est pas encore disponible en français. Il est donc affiché en anglais.
outdated-notice = Cette traduction n’est peut-être pas à jour.
outdated-notice-link = Lire la version anglaise actuelle.
redirect-title = Cette page a été déplacée
redirect-link = Accéder à la nouvelle page

## DocFX alert labels

alert-note = Remarque
alert-tip = Conseil
alert-important = Important
alert-caution = Attention
alert-warning = Avertissement

## Error pages and placeholders

not-found-title = Page introuvable
not-found-text = La page demandée n’existe pas ou a été déplacée.
not-found-home = Accéder à la page d’accueil
missing-include = Fichier inclus manquant : { $path }

## Alignment report (_align/)

align-title = Rapport d’alignement
align-intro = La couverture correspond au nombre d’unités alignées sur le texte anglais de référence, rapporté au nombre d’unités de la version dans cette langue. Ouvrez un article pour comparer ses unités côte à côte.
align-finding-count =
    { $count ->
        [one] { $count } résultat
        [many] { $count } de résultats
       *[other] { $count } résultats
    }
align-suppressed-count =
    { $count ->
        [one] { $count } ignoré
        [many] { $count } d’ignorés
       *[other] { $count } ignorés
    }
align-coverage-heading = Couverture par article et par langue
align-rules-heading = Résultats par règle
align-article = Article
align-findings = Résultats
align-total = Total
align-rule = Règle
align-severity = Gravité
align-unaligned = non aligné
align-absent = aucune traduction
align-outdated = obsolète
align-fallback = page en anglais
align-outdated-total = Traductions obsolètes
align-fallback-total = Pages affichées en anglais
align-include = fichier inclus
align-no-findings = Aucun résultat.
align-back = Tous les articles
align-reference = Version de référence
align-units = Unités
align-unaligned-versions = Versions sans alignement
align-article-findings = Résultats concernant l’ensemble de l’article
align-filter-flags = Afficher uniquement les unités portant ces indicateurs
align-filter-locales = Langues
align-english = Anglais
align-flags = Indicateurs
align-stale = obsolète
align-plain = sans spans
align-plain-title = traduction sans spans, alignée par locdoc sur son fichier anglais
align-confidence = fiabilité de l’alignement (de 0 à 1)
align-no-units = Cet article ne contient aucune unité alignée.
align-status-aligned = aligné
align-status-drift = divergent
align-status-missing = manquant
align-status-extra = en trop
align-status-none = absent de cette version
