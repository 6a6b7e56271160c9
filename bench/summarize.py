#!/usr/bin/env python3
"""Medians of bench/run.sh's raw CSV, as a Markdown table with the ratios against the targets."""

import csv
import statistics
import sys
from collections import defaultdict

TOOLS = ["locdoc-build", "locdoc-check", "hugo", "floor"]
EXTRA = ["locdoc-incr", "locdoc-site", "floor-safe", "locdoc-parse"]


def main(path: str) -> None:
    rows = defaultdict(list)
    for r in csv.DictReader(open(path)):
        rows[(r["size"], r["tool"])].append(r)
    sizes = [s for s in ["S", "M", "L"] if any(k[0] == s for k in rows)]
    med = {}
    print("| size | tool | runs | pages | input MB | median wall s | min–max s | pages/s | MB/s | median peak RSS MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for s in sizes:
        for t in TOOLS + EXTRA:
            rs = rows.get((s, t))
            if not rs:
                continue
            wall = statistics.median(float(r["wall_s"]) for r in rs)
            rss = statistics.median(int(r["max_rss_kb"]) for r in rs) / 1024
            pages = int(rs[0]["pages"] or 0)
            mb = int(rs[0]["input_bytes"]) / 1e6
            med[(s, t)] = (wall, rss, pages, mb)
            lo = min(float(r["wall_s"]) for r in rs)
            hi = max(float(r["wall_s"]) for r in rs)
            print(f"| {s} | {t} | {len(rs)} | {pages} | {mb:.1f} | {wall:.2f} | {lo:.2f}–{hi:.2f} | {pages / wall:,.0f} | {mb / wall:.1f} | {rss:.0f} |")
    print()
    print("| size | build/Hugo | build/floor | check/floor | unchanged incremental/build | site without report/Hugo | build s per 1k pages | check s per 1k pages |")
    print("|---|---|---|---|---|---|---|---|")
    for s in sizes:
        try:
            b, c, h, f = (med[(s, t)] for t in TOOLS)
        except KeyError:
            continue
        incr = med.get((s, "locdoc-incr"))
        incr_ratio = f"{incr[0] / b[0]:.1%}" if incr else "–"
        site = med.get((s, "locdoc-site"))
        site_ratio = f"{site[0] / h[0]:.2f}x" if site else "–"
        print(f"| {s} | {b[0] / h[0]:.2f}x | {b[0] / f[0]:.2f}x | {c[0] / f[0]:.2f}x | {incr_ratio} | {site_ratio} | {b[0] / b[2] * 1000:.3f} | {c[0] / b[2] * 1000:.3f} |")
    print()
    print("What the floor leaves out: a floor that sanitizes every page (`floor --sanitize`), and locdoc's parse alone (`parse_only`).")
    print()
    print("| size | parse alone/floor | check/parse alone | build/safe floor | site without report/safe floor |")
    print("|---|---|---|---|---|")
    for s in sizes:
        parse, safe = med.get((s, "locdoc-parse")), med.get((s, "floor-safe"))
        b, c, f = med.get((s, "locdoc-build")), med.get((s, "locdoc-check")), med.get((s, "floor"))
        site = med.get((s, "locdoc-site"))
        if not (parse and safe and b and c and f):
            continue
        site_safe = f"{site[0] / safe[0]:.2f}x" if site else "–"
        print(f"| {s} | {parse[0] / f[0]:.2f}x | {c[0] / parse[0]:.2f}x | {b[0] / safe[0]:.2f}x | {site_safe} |")


if __name__ == "__main__":
    main(sys.argv[1])
