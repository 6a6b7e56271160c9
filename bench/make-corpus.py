#!/usr/bin/env python3
"""Make scaled copies of the skype corpus for the build benchmarks (bench/run.sh).

    bench/make-corpus.py [--corpus ../shared/corpus/skype] [--out /tmp/locdoc-bench] [S M L ...]

Each size is a folder <out>/<size>/ holding
  content/<locale>/copyNNN/<path>.md   the corpus articles replicated under new paths,
  hugo.toml, layouts/                  the same content as a Hugo multilingual site,
  locdoc.toml                          an empty locdoc configuration (defaults),
  pages.txt                            the pages locdoc will build (as `built N pages` counts them).

Pages are counted as locdoc counts them: one per article per locale, plus one English page per
article; files under an `includes/` folder are fragments, not pages (but are copied into every
copy so that [!INCLUDE]s resolve). Whole copies are made until the next one would overshoot; the
last copy takes the first articles (sorted by path) until the target is reached.
"""

import argparse
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
    while pages < target:
        name = f"copy{copy:03d}"
        whole = pages + per_copy <= target
        for rel, locs in articles.items():
            if not whole and not is_include(rel) and pages >= target:
                continue
            for locale in locs:
                place(corpus / locale / rel, content / locale / name / rel)
            pages += pages_of(rel, locs)
        copy += 1
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
