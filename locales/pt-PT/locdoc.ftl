### locdoc user-interface strings: pt-PT (Portuguese, Portugal).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Ir para o conteúdo principal
nav-languages = Idiomas
language-picker-heading = Escolha o seu idioma
toc-heading = Neste artigo

## Switching between the translation and the English original

switch-to-english = Ler em inglês
switch-to-language = Ler em português
source-toggle-label = Mostrar o texto original em inglês
source-toggle-short = EN

## Article metadata and notices

last-updated = Última atualização a { $date }
mt-notice = Esta página foi traduzida automaticamente.
mt-notice-link = Leia a versão em inglês.
link-untranslated = (em inglês)
# European Portuguese: one is 1 only; many is for round millions (1000000 de artigos).
article-count =
    { $count ->
        [one] { $count } artigo
        [many] { $count } de artigos
       *[other] { $count } artigos
    }

## Docs-set navigation, search, and notices

nav-toc = Índice
nav-all-topics = Todos os tópicos
nav-breadcrumb = Trilho de navegação
nav-previous = Anterior
nav-next = Seguinte
nav-menu = Menu
search-label = Pesquisar
search-needs-script = A pesquisa requer JavaScript.
fallback-notice = Este artigo ainda não está disponível em português, pelo que é apresentado em inglês.
outdated-notice = Esta tradução pode estar desatualizada.
outdated-notice-link = Leia a versão atual em inglês.
redirect-title = Esta página foi movida
redirect-link = Ir para a nova página

## DocFX alert labels

alert-note = Nota
alert-tip = Sugestão
alert-important = Importante
alert-caution = Atenção
alert-warning = Aviso

## Error pages and placeholders

not-found-title = Página não encontrada
not-found-text = A página pedida não existe ou foi movida.
not-found-home = Ir para a página inicial
missing-include = Ficheiro de inclusão em falta: { $path }

## Alignment report (_align/)

align-title = Relatório de alinhamento
align-intro = A cobertura é o número de unidades alinhadas com o texto de referência em inglês, do total de unidades da versão nesse idioma. Abra um artigo para comparar as respetivas unidades lado a lado.
align-finding-count =
    { $count ->
        [one] { $count } ocorrência
        [many] { $count } de ocorrências
       *[other] { $count } ocorrências
    }
align-suppressed-count =
    { $count ->
        [one] { $count } suprimida
        [many] { $count } de suprimidas
       *[other] { $count } suprimidas
    }
align-coverage-heading = Cobertura por artigo e idioma
align-rules-heading = Ocorrências por regra
align-article = Artigo
align-findings = Ocorrências
align-total = Total
align-rule = Regra
align-severity = Gravidade
align-unaligned = não alinhado
align-absent = sem tradução
align-outdated = desatualizada
align-fallback = página em inglês
align-outdated-total = Traduções desatualizadas
align-fallback-total = Páginas apresentadas em inglês
align-include = ficheiro de inclusão
align-no-findings = Nenhuma ocorrência.
align-back = Todos os artigos
align-reference = Versão de referência
align-units = Unidades
align-unaligned-versions = Versões sem alinhamento
align-article-findings = Ocorrências relativas ao artigo completo
align-filter-flags = Mostrar apenas as unidades com estes sinalizadores
align-filter-locales = Idiomas
align-english = Inglês
align-flags = Sinalizadores
align-stale = desatualizado
align-plain = sem spans
align-plain-title = tradução sem spans, alinhada pelo locdoc com o respetivo ficheiro em inglês
align-confidence = confiança do alinhamento (de 0 a 1)
align-no-units = Este artigo não tem unidades alinhadas.
align-status-aligned = alinhado
align-status-drift = divergente
align-status-missing = em falta
align-status-extra = excedente
align-status-none = não existe nesta versão
