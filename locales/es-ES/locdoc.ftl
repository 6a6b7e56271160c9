### locdoc user-interface strings: es-ES (Spanish, Spain).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Saltar al contenido
nav-languages = Idiomas
language-picker-heading = Elija su idioma
toc-heading = En este artículo

## Switching between the translation and the English original

switch-to-english = Leer en inglés
switch-to-language = Leer en español
source-toggle-label = Mostrar el texto original en inglés
source-toggle-short = EN

## Article metadata and notices

last-updated = Última actualización: { $date }
mt-notice = Esta página se ha traducido automáticamente.
mt-notice-link = Lea la versión en inglés.
link-untranslated = (en inglés)
article-count =
    { $count ->
        [one] { $count } artículo
       *[other] { $count } artículos
    }

## Docs-set navigation, search, and notices

nav-toc = Tabla de contenido
nav-all-topics = Todos los temas
nav-breadcrumb = Ruta de navegación
nav-previous = Anterior
nav-next = Siguiente
nav-menu = Menú
search-label = Buscar
search-needs-script = La búsqueda requiere JavaScript.
fallback-notice = Este artículo aún no está disponible en español, por lo que se muestra en inglés.
outdated-notice = Es posible que esta traducción no esté actualizada.
outdated-notice-link = Lea la versión actual en inglés.
redirect-title = Esta página se ha movido
redirect-link = Ir a la nueva página

## DocFX alert labels

alert-note = Nota
alert-tip = Sugerencia
alert-important = Importante
alert-caution = Precaución
alert-warning = Advertencia

## Error pages and placeholders

not-found-title = No se encuentra la página
not-found-text = La página que ha solicitado no existe o se ha movido.
not-found-home = Ir a la página principal
missing-include = Falta el archivo incluido: { $path }

## Alignment report (_align/)

align-title = Informe de alineación
align-intro = La cobertura es el número de unidades alineadas con el inglés de referencia sobre el total de unidades de la versión en ese idioma. Abra un artículo para comparar sus unidades en paralelo.
align-finding-count =
    { $count ->
        [one] { $count } incidencia
       *[other] { $count } incidencias
    }
align-suppressed-count = { $count } suprimidas
align-coverage-heading = Cobertura por artículo e idioma
align-rules-heading = Incidencias por regla
align-article = Artículo
align-findings = Incidencias
align-total = Total
align-rule = Regla
align-severity = Gravedad
align-unaligned = sin alinear
align-absent = sin traducción
align-outdated = desactualizada
align-fallback = página en inglés
align-outdated-total = Traducciones desactualizadas
align-fallback-total = Páginas mostradas en inglés
align-include = archivo incluido
align-no-findings = No hay incidencias.
align-back = Todos los artículos
align-reference = Versión de referencia
align-units = Unidades
align-unaligned-versions = Versiones sin alineación
align-article-findings = Incidencias de todo el artículo
align-filter-flags = Mostrar solo las unidades con estas marcas
align-filter-locales = Idiomas
align-english = Inglés
align-flags = Marcas
align-stale = obsoleto
align-plain = sin spans
align-plain-title = traducción sin spans, alineada por locdoc con su archivo en inglés
align-confidence = confianza de la alineación (de 0 a 1)
align-no-units = Este artículo no tiene unidades alineadas.
align-status-aligned = alineado
align-status-drift = desviado
align-status-missing = falta
align-status-extra = adicional
align-status-none = no está en esta versión
