"""concdemo primes --python: the prime test of `concdemo primes`, run by a real CPython.

CPU-bound work is work that computes the whole time: here trial division, which tries every
divisor up to the square root. Whether more workers finish it sooner depends on whether they
can compute on several cores at once. The same numbers are checked three ways:

  one      a plain loop in this process: the baseline
  threads  a ThreadPoolExecutor of `workers` threads
  procs    a ProcessPoolExecutor of `workers` processes (their start-up included)

Each run is timed like `time`: real (wall) time, and CPU time from os.times(), user and system,
this process and its children; CPU / real is how many cores worked on average.

CPython's trial division is far slower than the JVM's, so the baseline checks the Java run's
numbers in order only until `budget` seconds have passed; the other two runs check the same
numbers, and the answer says how many that was.

Prints one JSON document on stdout, nothing else. Standard library only; Python 3.8 or later.
"""

import argparse
import concurrent.futures
import math
import os
import time

import cpython


def is_prime(num):
    """Trial division up to the square root, as the notes' is_prime does it."""
    end = math.isqrt(num)
    for i in range(2, end + 1):
        if num % i == 0:
            return False
    return num != 1


def cpu_seconds():
    """User and system CPU time so far, of this process and of its children that have ended."""
    t = os.times()
    return t.user + t.children_user, t.system + t.children_system


def timed(kind, workers, check, numbers):
    """One run: check(numbers) returns the verdicts; timed as `time` does, under the Java names."""
    user0, sys0 = cpu_seconds()
    began = time.perf_counter()
    verdicts = check(numbers)
    real = time.perf_counter() - began
    user1, sys1 = cpu_seconds()
    user, system = user1 - user0, sys1 - sys0
    return {
        "kind": kind,
        "workers": workers,
        "realMs": round(real * 1000),
        "userMs": round(user * 1000),
        "sysMs": round(system * 1000),
        "cpuMs": round((user + system) * 1000),
        "coresUsed": round((user + system) / real, 2) if real > 0 else 0.0,
        "primes": sum(1 for v in verdicts if v),
    }


def baseline(numbers, budget):
    """One worker, in order, until the budget is spent; returns the run and the numbers it checked."""
    checked = []

    def check(all_numbers):
        began = time.perf_counter()
        verdicts = []
        for n in all_numbers:
            verdicts.append(is_prime(n))
            checked.append(n)
            if time.perf_counter() - began >= budget:
                break
        return verdicts

    run = timed("one", 1, check, numbers)
    return run, checked


def on_threads(workers):
    def check(numbers):
        with concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="primes-thread") as pool:
            return list(pool.map(is_prime, numbers))
    return check


def on_processes(workers):
    def check(numbers):
        # leaving the with block joins the processes, so their CPU time counts in os.times()
        with concurrent.futures.ProcessPoolExecutor(workers) as pool:
            return list(pool.map(is_prime, numbers))
    return check


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", required=True, help="the distinct numbers, comma-separated")
    parser.add_argument("--repeat", type=int, required=True, help="the list repeated this many times")
    parser.add_argument("--workers", type=int, required=True, help="threads, then processes")
    parser.add_argument("--budget", type=float, required=True, help="seconds the baseline may take, about")
    args = parser.parse_args()
    numbers = [int(n) for n in args.numbers.split(",")] * args.repeat
    one, checked = baseline(numbers, args.budget)
    runs = [one,
            timed("threads", args.workers, on_threads(args.workers), checked),
            timed("procs", args.workers, on_processes(args.workers), checked)]
    for run in runs:
        run["speedup"] = round(one["realMs"] / run["realMs"], 2) if run["realMs"] > 0 else 0.0
    cpython.answer({
        "numbersInJavaRun": len(numbers),
        "numbers": len(checked),
        "cores": os.cpu_count(),
        "runs": runs,
    })


if __name__ == "__main__":
    main()
