#!/usr/bin/env bash
# Build the office-js DocFX docs set (English + ja-JP, fr-FR, pt-BR, each its own repository
# folder, `[sources]`) side by side, with hyperfine:
#   - locdoc as it is (navigation, landing pages, redirects, fallback pages, search);
#   - the same with `search = false` (what search costs);
#   - with OLD_LOCDOC=<binary>, an earlier locdoc on the same files laid out as it needed them
#     (`content/<locale>/` copies of each docs folder), e.g. the build before docs sets were read.
# Prints hyperfine's table and the site sizes. See bench/RESULTS.md.
#
#   bench/docset.sh
#
# Environment: RUNS=5, BENCH_DIR=/tmp/locdoc-docset, DOCSETS=../shared/docsets/office-js,
# OLD_LOCDOC (optional), CARGO_TARGET_DIR as usual.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
runs="${RUNS:-5}"
bench_dir="${BENCH_DIR:-/tmp/locdoc-docset}"
docsets="$(cd "${DOCSETS:-$repo/../shared/docsets/office-js}" && pwd)"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
command -v hyperfine >/dev/null || { echo "docset.sh: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
(cd "$repo" && cargo build --release --quiet --bin locdoc)
locdoc="$target_dir/release/locdoc"

rm -rf "$bench_dir" && mkdir -p "$bench_dir"
sources="[sources]
en-US = \"$docsets/office-js-docs-pr/docs\"
ja-JP = \"$docsets/office-js-docs-pr.ja-jp/docs\"
fr-FR = \"$docsets/office-js-docs-pr.fr-fr/docs\"
pt-BR = \"$docsets/office-js-docs-pr.pt-br/docs\""
mkdir -p "$bench_dir/full" "$bench_dir/nosearch"
printf 'title = "Office Add-ins"\n%s\n' "$sources" > "$bench_dir/full/locdoc.toml"
printf 'title = "Office Add-ins"\nsearch = false\n%s\n' "$sources" > "$bench_dir/nosearch/locdoc.toml"
commands=(
  -n "docs set, search on" "$locdoc build --quiet --root $bench_dir/full"
  -n "docs set, search off" "$locdoc build --quiet --root $bench_dir/nosearch"
)
if [ -n "${OLD_LOCDOC:-}" ]; then
  mkdir -p "$bench_dir/old/content"
  for pair in en-US:office-js-docs-pr ja-JP:office-js-docs-pr.ja-jp fr-FR:office-js-docs-pr.fr-fr pt-BR:office-js-docs-pr.pt-br; do
    cp -r "$docsets/${pair#*:}/docs" "$bench_dir/old/content/${pair%%:*}"
  done
  printf 'title = "Office Add-ins"\n' > "$bench_dir/old/locdoc.toml"
  commands+=(-n "earlier locdoc, content/<locale> copies" "$OLD_LOCDOC build --quiet --root $bench_dir/old")
fi
# Exit codes: content warnings do not fail a build; -i keeps a failing old binary measurable.
hyperfine -i --warmup 1 --runs "$runs" "${commands[@]}"
for site in full nosearch old; do
  [ -d "$bench_dir/$site/public" ] || continue
  printf '%-9s %6s in %s files (search bundle: %s)\n' "$site" \
    "$(du -sh "$bench_dir/$site/public" | cut -f1)" \
    "$(find "$bench_dir/$site/public" -type f | wc -l)" \
    "$(du -sh "$bench_dir/$site/public/pagefind" 2>/dev/null | cut -f1 || echo none)"
done
