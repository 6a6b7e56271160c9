#!/usr/bin/env bash
# Edit-to-served latency of `locdoc serve` on the Skype corpus replicated to about 10,000 pages.
# Not a test: prints the median of 10 edits of one article (time from the write to the first
# response carrying the new text, polled every 2 ms).
#   bench/serve-latency.sh [COPIES]   (default 5 copies of ../shared/corpus/skype)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/skype
copies=${1:-5}
[ -d "$corpus" ] || { echo "no $corpus: nothing to measure" >&2; exit 0; }
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/locdoc
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for locale_dir in "$corpus"/*/; do
    locale=$(basename "$locale_dir")
    for n in $(seq 1 "$copies"); do
        mkdir -p "$work/content/$locale/copy$n"
        cp -R "$locale_dir". "$work/content/$locale/copy$n/"
    done
done
echo "$(find "$work/content" -name '*.md' | wc -l) Markdown files in $work/content" >&2
started=$(date +%s.%N)
"$bin" serve --root "$work" --port 0 >"$work/stdout" 2>"$work/stderr" &
pid=$!
until grep -qs '^serving' "$work/stdout"; do sleep 0.1; done
echo "first build and serve: $(echo "$(date +%s.%N) - $started" | bc) s ($(head -1 "$work/stderr"))" >&2
url=$(grep -o 'http://[^ ]*' "$work/stdout")
python3 - "$url" "$work/content" <<'PY'
import http.client, os, statistics, sys, time, urllib.parse
url, content = sys.argv[1], sys.argv[2]
host = urllib.parse.urlparse(url).netloc
# The first sxs article of the ro-RO... or any locale: it-IT, copy 1.
rel = None
for dirpath, _, files in sorted(os.walk(os.path.join(content, "it-IT", "copy1"))):
    for f in sorted(files):
        if f.endswith(".md") and "includes" not in dirpath.lower():
            text = open(os.path.join(dirpath, f), encoding="utf-8").read()
            if "sxs-lookup" in text:
                rel = os.path.relpath(os.path.join(dirpath, f), content)
                break
    if rel:
        break
path = os.path.join(content, rel)
page = "/" + urllib.parse.quote(rel[:-3]) + "/"
original = open(path, encoding="utf-8").read()
conn = http.client.HTTPConnection(host)
def fetch():
    global conn  # noqa
    try:
        conn.request("GET", page)
        return conn.getresponse().read().decode("utf-8", "replace")
    except Exception:
        conn = http.client.HTTPConnection(host)
        return ""
assert "sxs-lookup" not in fetch()[:0]
def wait_report(marker):
    # Let the alignment report (re-run over the whole site after a quiet moment) catch up, so
    # each edit is measured on an idle server.
    global conn  # noqa
    report = "/_align/" + urllib.parse.quote(rel.split("/", 1)[1][:-3]) + "/"
    t1 = time.perf_counter()
    while True:
        try:
            conn.request("GET", report)
            if marker in conn.getresponse().read().decode("utf-8", "replace"):
                break
        except Exception:
            conn = http.client.HTTPConnection(host)
        if time.perf_counter() - t1 > 120:
            sys.exit(f"timed out waiting for the report at {report}")
        time.sleep(0.05)

def measure(edit, in_report):
    times = []
    for i in range(10):
        marker = f"locdocbenchmarker{i}x{len(edit.__name__)}"
        edited = edit(marker)
        assert edited != original
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f:
            f.write(edited)
        while marker not in fetch():
            if time.perf_counter() - t0 > 30:
                sys.exit(f"timed out waiting for edit {i} at {page}")
            time.sleep(0.002)
        times.append((time.perf_counter() - t0) * 1000)
        if in_report:
            wait_report(marker)
        else:
            time.sleep(1)
    return times

def segment(marker):
    # A sentence of the body: the page changes, the lists of articles do not.
    return original.replace("</span><span class=\"sxs-lookup\">", f" {marker}</span><span class=\"sxs-lookup\">", 1)

def title(marker):
    # The front-matter title: the page and its locale's list of articles change.
    return original.replace("\ntitle: ", f"\ntitle: {marker} ", 1)

times = measure(segment, True)
title_times = measure(title, False)
print(f"article {rel} ({page})", file=sys.stderr)
print("sentence edits, edit-to-served latency (ms): " + " ".join(f"{t:.0f}" for t in times), file=sys.stderr)
print("title edits, edit-to-served latency (ms): " + " ".join(f"{t:.0f}" for t in title_times), file=sys.stderr)
print(f"median edit-to-served latency: {statistics.median(times):.1f} ms over 10 sentence edits, "
      f"{statistics.median(title_times):.1f} ms over 10 title edits")
PY
grep -E '^(built|rebuilt)' "$work/stderr" | tail -3 >&2
