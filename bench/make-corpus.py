#!/usr/bin/env python3
"""Make scaled copies of the skype corpus for the build benchmarks (bench/run.sh).

    bench/make-corpus.py [--corpus ../shared/corpus/skype] [--out /tmp/locdoc-bench] [S M L ...]

Each size is a folder <out>/<size>/ holding
  content/<locale>/copyNNN/<path>.md   the corpus articles replicated under new paths,
  hugo.toml, layouts/                  the same content as a Hugo multilingual site,
  locdoc.toml                          an empty locdoc configuration (defaults),
  zola/                                the same articles as a Zola site (config.toml, templates/,
                                       content/ with an _index.md per folder; see write_zola),
  pages.txt                            the pages locdoc will build (as `built N pages` counts them).

Pages are counted as locdoc counts them: one per article per locale, plus one English page per
article; files under an `includes/` folder are fragments, not pages (but are copied into every
copy so that [!INCLUDE]s resolve). Whole copies are made until the next one would overshoot; the
last copy takes the first articles (sorted by path) until the target is reached.
"""

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

SIZES = {"S": 1_000, "M": 10_000, "L": 50_000}

HUGO_LAYOUT_SINGLE = "{{ define \"main\" }}<article>{{ .Content }}</article>{{ end }}\n"
HUGO_LAYOUT_LIST = "{{ define \"main\" }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n"
HUGO_LAYOUT_BASEOF = """<!doctype html>
<html lang="{{ .Site.Language.LanguageCode }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
"""

# Zola: the same shell as the Hugo layouts. Sections list their pages as Hugo's list layout does.
ZOLA_CONFIG = """base_url = "/"
title = "locdoc bench"
# locdoc writes sitemap.xml (so Zola keeps it, as Hugo does); no search index (compare with
# locdoc-bare), no feeds, taxonomies, robots.txt or Sass. Markdown options stay at Zola's
# defaults: raw HTML passes through, no highlighting.
compile_sass = false
build_search_index = false
generate_feeds = false
generate_sitemap = true
generate_robots_txt = false
taxonomies = []
# Zola fails a build on a link to a heading that is not there (198 such links at M: `#tab/...`);
# Hugo and locdoc build do not (`locdoc check` reports them). Zola still checks, and warns.
[link_checker]
internal_level = "warn"
"""
ZOLA_SHELL = """<!doctype html>
<html lang="{{% if {0}.components %}}{{{{ {0}.components | first }}}}{{% else %}}{{{{ lang }}}}{{% endif %}}"><head><meta charset="utf-8"><title>{{{{ {0}.title }}}}</title></head>
<body>{1}</body></html>
"""
ZOLA_LIST = '<ul>{% for p in section.pages %}<li><a href="{{ p.path }}">{{ p.title }}</a></li>{% endfor %}</ul>'
ZOLA_TEMPLATES = {
    "page.html": ZOLA_SHELL.format("page", "<article>{{ page.content | safe }}</article>"),
    "section.html": ZOLA_SHELL.format("section", ZOLA_LIST),
    "index.html": ZOLA_SHELL.format("section", ZOLA_LIST),
}


def is_include(rel: str) -> bool:
    return any(part.lower() == "includes" for part in rel.split("/"))


def scan(corpus: Path):
    """Return (locales, {article rel path: [locales having it]}, total bytes)."""
    locales = sorted(p.name for p in corpus.iterdir() if p.is_dir())
    articles: dict[str, list[str]] = {}
    for locale in locales:
        root = corpus / locale
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                if not name.endswith(".md"):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
                articles.setdefault(rel, []).append(locale)
    return locales, dict(sorted(articles.items()))


def pages_of(rel: str, locs: list[str]) -> int:
    return 0 if is_include(rel) else len(locs) + 1


def place(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    # Hard links where possible: same bytes, no extra disk; every tool still opens and reads them.
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def write_zola(out: Path, placed: list[tuple[str, Path]]) -> int:
    """Write out/zola/: config, templates, and content/ with a `_index.md` in every folder.

    `placed` is (content-relative path, source file) for every non-include article. The articles
    are the same files as Hugo's (hard links): Zola reads their YAML front matter as it is (it
    takes `title` and `description` and ignores keys it does not know), so nothing is converted.
    Every folder gets an `_index.md` (Zola renders the pages of a folder without one as orphans,
    one at a time). A folder beside a page of the same name (`a/b.md` and `a/b/`) would give two
    files the URL `/a/b/`, which Zola refuses; that folder's `_index.md` says `render = false`
    (its pages are still rendered, only its list page is not: Hugo makes no list page there
    either). Returns the number of such folders.
    """
    zola = out / "zola"
    (zola / "templates").mkdir(parents=True)
    (zola / "config.toml").write_text(ZOLA_CONFIG)
    for name, text in ZOLA_TEMPLATES.items():
        (zola / "templates" / name).write_text(text)
    content = zola / "content"
    folders = {""}
    stems = set()
    for rel, src in placed:
        place(src, content / rel)
        stems.add(rel[: -len(".md")])
        parts = rel.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
    hidden = 0
    for folder in sorted(folders):
        title = json.dumps(folder.rsplit("/", 1)[-1] if folder else "locdoc bench")
        extra = ""
        if folder in stems:
            extra = "render = false\n"
            hidden += 1
        (content / folder / "_index.md").write_text(f"+++\ntitle = {title}\n{extra}+++\n")
    return hidden


def hugo_config(locales: list[str]) -> str:
    lines = [
        'baseURL = "/"',
        'title = "locdoc bench"',
        # locdoc writes no taxonomies, RSS or robots.txt; it does write sitemap.xml, so Hugo keeps it.
        'disableKinds = ["taxonomy", "term", "RSS"]',
        f'defaultContentLanguage = "{locales[0].lower()}"',
        "defaultContentLanguageInSubdir = true",
        # Includes are fragments, not pages (locdoc renders them into articles only).
        'ignoreFiles = ["[/\\\\\\\\]includes[/\\\\\\\\]"]',
        "[markup.goldmark.renderer]",
        "unsafe = true",
        "[markup.goldmark.parser.attribute]",
        "block = false",
        "title = false",
    ]
    for i, locale in enumerate(locales):
        lines += [
            f'[languages.{locale.lower()}]',
            f'languageCode = "{locale}"',
            f'contentDir = "content/{locale}"',
            f"weight = {i + 1}",
        ]
    return "\n".join(lines) + "\n"


def make(corpus: Path, out: Path, size: str, target: int) -> None:
    locales, articles = scan(corpus)
    per_copy = sum(pages_of(r, l) for r, l in articles.items())
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    pages = 0
    copy = 0
    zola_placed: list[tuple[str, Path]] = []
    while pages < target:
        name = f"copy{copy:03d}"
        whole = pages + per_copy <= target
        for rel, locs in articles.items():
            if not whole and not is_include(rel) and pages >= target:
                continue
            for locale in locs:
                place(corpus / locale / rel, content / locale / name / rel)
                if not is_include(rel):
                    zola_placed.append((f"{locale}/{name}/{rel}", corpus / locale / rel))
            pages += pages_of(rel, locs)
        copy += 1
    zola_hidden = write_zola(out, zola_placed)
    (out / "hugo.toml").write_text(hugo_config(locales))
    layouts = out / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text(HUGO_LAYOUT_SINGLE)
    (layouts / "list.html").write_text(HUGO_LAYOUT_LIST)
    (layouts / "baseof.html").write_text(HUGO_LAYOUT_BASEOF)
    (out / "locdoc.toml").write_text("")
    (out / "pages.txt").write_text(f"{pages}\n")
    files = sum(1 for _ in content.rglob("*.md"))
    size_bytes = sum(p.stat().st_size for p in content.rglob("*.md"))
    print(f"{size}: {out} — {copy} copies, {files} Markdown files, {size_bytes / 1e6:.1f} MB, {pages} locdoc pages")
    print(f"{size}: {out / 'zola'} — {len(zola_placed)} Zola pages, {zola_hidden} folders with render = false")


def main() -> int:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=here.parent.parent / "shared" / "corpus" / "skype")
    ap.add_argument("--out", type=Path, default=Path("/tmp/locdoc-bench"))
    ap.add_argument("sizes", nargs="*", default=list(SIZES))
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"error: corpus {args.corpus} not found (pass --corpus DIR)", file=sys.stderr)
        return 2
    repo = here.parent
    out = args.out.resolve()
    if out == repo or repo in out.parents:
        print(f"error: {out} is inside the repository; pick a folder outside it", file=sys.stderr)
        return 2
    for size in args.sizes:
        if size not in SIZES:
            print(f"error: unknown size {size} (one of {', '.join(SIZES)})", file=sys.stderr)
            return 2
        make(args.corpus, out / size, size, SIZES[size])
    return 0


if __name__ == "__main__":
    sys.exit(main())
