#!/usr/bin/env python3
"""Medians of bench/run.sh's raw CSV, as a Markdown table with the ratios against the targets."""

import csv
import statistics
import sys
from collections import defaultdict

TOOLS = ["locdoc-build", "locdoc-check", "hugo", "floor"]
EXTRA = ["locdoc-incr", "locdoc-site", "locdoc-bare", "zola", "floor-safe", "locdoc-parse"]


def ratio(med, s, a, b):
    """Median wall of tool a over tool b at size s, or a dash when either row is missing."""
    x, y = med.get((s, a)), med.get((s, b))
    return f"{x[0] / y[0]:.2f}x" if x and y else "–"


def rss_cell(med, s, t):
    return f"{med[(s, t)][1]:.0f}" if (s, t) in med else "–"


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
    print()
    print("Side by side: the site with search (`locdoc-site`), without it (`locdoc-bare`), Hugo and Zola (neither indexes for search); wall-time ratios of medians, and median peak RSS.")
    print()
    print("| size | site/floor | bare site/floor | build/floor | check/floor | Zola/site | Zola/bare site | Hugo/bare site | RSS MiB: site | bare site | build | check | Hugo | Zola |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for s in sizes:
        cells = [
            ratio(med, s, "locdoc-site", "floor"),
            ratio(med, s, "locdoc-bare", "floor"),
            ratio(med, s, "locdoc-build", "floor"),
            ratio(med, s, "locdoc-check", "floor"),
            ratio(med, s, "zola", "locdoc-site"),
            ratio(med, s, "zola", "locdoc-bare"),
            ratio(med, s, "hugo", "locdoc-bare"),
        ] + [rss_cell(med, s, t) for t in ["locdoc-site", "locdoc-bare", "locdoc-build", "locdoc-check", "hugo", "zola"]]
        print(f"| {s} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
