//! DocFX docs sets: what a docs team's repositories hold besides articles (`toc.yml`
//! navigation, `index.yml` landing and hub pages, `.openpublishing.redirection.json`), read
//! into locdoc's own types. Files are parsed here and turned into pages by `render`; no I/O
//! beyond reading the files named.
