#!/usr/bin/env bash
# What a plain tree costs to build against the sxs build of the same articles: the plain set
# ../shared/plain/skype (613 articles in es-ES, it-IT and ja-JP without spans, plus their English
# files) against the very same translations as sxs files from ../shared/corpus/skype (the
# English pages rebuilt from the spans). The plain build also aligns every translation with its
# English. Target: plain at most 1.25x sxs. Timed with hyperfine, the two commands alternating.
#
#   bench/plain-vs-sxs.sh
#
# Environment:
#   RUNS=10                      runs per command
#   BENCH_DIR=/tmp/locdoc-plain  where the sxs tree, the outputs and hyperfine's JSON go
#   PLAIN=../shared/plain/skype/content   CORPUS=../shared/corpus/skype
#   CARGO_TARGET_DIR             as usual (default: target/)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
runs="${RUNS:-10}"
bench_dir="${BENCH_DIR:-/tmp/locdoc-plain}"
plain="${PLAIN:-$repo/../shared/plain/skype/content}"
corpus="${CORPUS:-$repo/../shared/corpus/skype}"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"

die() { echo "plain-vs-sxs.sh: error: $*" >&2; exit 2; }
say() { echo "plain-vs-sxs.sh: $*" >&2; }

[ -d "$plain" ] || die "plain set $plain not found (set PLAIN=DIR)"
[ -d "$corpus" ] || die "corpus $corpus not found (set CORPUS=DIR)"
if ! command -v hyperfine >/dev/null; then
  say "installing hyperfine (Debian package)"
  apt-get install -y hyperfine >&2 || die "could not install hyperfine"
fi
say "building locdoc (release)"
(cd "$repo" && cargo build --release --quiet --bin locdoc) || die "cargo build failed"
locdoc="$target_dir/release/locdoc"

# The sxs tree: every translation of the plain set, as the sxs file it was made from.
sxs="$bench_dir/sxs"
rm -rf "$sxs"
mkdir -p "$sxs"
(cd "$plain" && find . -path ./en-US -prune -o -name '*.md' -print) | while read -r file; do
  mkdir -p "$sxs/$(dirname "$file")"
  cp "$corpus/$file" "$sxs/$file" || die "$corpus/$file is missing"
done
say "$(find "$sxs" -name '*.md' | wc -l) sxs files, $(find "$plain" -name '*.md' | wc -l) plain files (English included)"

hyperfine --warmup 1 --runs "$runs" --style basic \
  --export-json "$bench_dir/plain-vs-sxs.json" \
  -n sxs "$locdoc build --content $sxs --out $bench_dir/out-sxs" \
  -n plain "$locdoc build --content $plain --out $bench_dir/out-plain" >&2
python3 - "$bench_dir/plain-vs-sxs.json" <<'EOF'
import json, statistics, sys
results = {r["command"]: r["times"] for r in json.load(open(sys.argv[1]))["results"]}
sxs, plain = statistics.median(results["sxs"]), statistics.median(results["plain"])
print(f"sxs   median {sxs:.3f} s")
print(f"plain median {plain:.3f} s")
print(f"plain / sxs = {plain / sxs:.2f} (target <= 1.25)")
EOF
