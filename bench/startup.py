#!/usr/bin/env python3
"""Median wall time of whole commands, run interleaved so machine noise hits every variant alike.

Usage: bench/startup.py [-n RUNS] 'label=command ...' ['label=command ...' ...]
Prints one line per variant: median, p10-p90 range, in milliseconds.
"""
import argparse, shlex, statistics, subprocess, time

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=31, help="runs per variant (default 31)")
    ap.add_argument("--warmup", type=int, default=3, help="untimed runs per variant first")
    ap.add_argument("variants", nargs="+", help="label=shell command")
    args = ap.parse_args()
    variants = [v.split("=", 1) for v in args.variants]
    times = {label: [] for label, _ in variants}
    for i in range(args.warmup + args.n):
        for label, cmd in variants:
            t = time.perf_counter()
            subprocess.run(shlex.split(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            if i >= args.warmup:
                times[label].append((time.perf_counter() - t) * 1000)
    for label, _ in variants:
        ts = sorted(times[label])
        p10, p90 = ts[len(ts) // 10], ts[(len(ts) * 9) // 10]
        print(f"{label:28s} median {statistics.median(ts):6.1f} ms   p10-p90 {p10:6.1f}-{p90:6.1f} ms   (n={len(ts)})")

if __name__ == "__main__":
    main()
