"""concdemo gil --python: the experiments of `concdemo gil`, run by a real CPython.

The Java scenario measures a simulated GIL; this program measures the interpreter that runs it,
with the same numbers, and prints one JSON document on stdout (nothing else):

  cpu          fib(n) on each thread count, then on as many processes: seconds, speedup
  ioAlone, io  a thread that sleeps 1 ms (the "IO", the GIL released) and then needs the
               interpreter back; alone, then behind a CPU-bound thread: ops/s, wait p50/p99
  race         `n += 1` by 2 threads, `increments` times each: how many updates were lost
  raceWithCall the same with a Python-level call between reading n and storing it

Standard library only; Python 3.8 or later.
"""

import argparse
import multiprocessing
import sys
import threading
import time

import cpython


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def timed(workers):
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - start


def cpu(n, thread_counts, processes):
    """fib(n) once per worker, all at once: wall time, and work per second relative to one thread.

    A short fib first, untimed: CPython 3.11 specialises the bytecode of a function after its
    first calls, and the one-thread baseline, measured first, would run the slower code. Runs
    that take under half a second are timed three times, the median kept.
    """
    fib(min(n, 22))

    def median(make):
        first = timed(make())
        if first >= 0.5:
            return first
        return sorted([first, timed(make()), timed(make())])[1]

    rows = []
    one = None
    for count in thread_counts:
        seconds = median(lambda: [threading.Thread(target=fib, args=(n,), name="fib-%d" % i) for i in range(count)])
        one = one if one is not None else seconds / count
        rows.append({"threads": count, "seconds": round(seconds, 3), "speedup": round(count * one / seconds, 2)})
    seconds = median(lambda: [multiprocessing.Process(target=fib, args=(n,)) for _ in range(processes)])
    rows.append({"processes": processes, "seconds": round(seconds, 3), "speedup": round(processes * one / seconds, 2)})
    return rows


def percentile(sorted_values, percent):
    """The nearest-rank percentile of already sorted values; 0 for none."""
    if not sorted_values:
        return 0.0
    rank = max(1, -(-len(sorted_values) * percent // 100))
    return sorted_values[int(rank) - 1]


def io_thread(window, hog):
    """Sleeps 1 ms (the GIL is free meanwhile), then needs the interpreter back, for `window` s.

    The wait is how much later than the 1 ms it got back: the OS's own lateness, plus, behind a
    CPU-bound thread, the time until that thread let go of the GIL (the switch interval).
    """
    waits = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            fib(20)

    def io():
        end = time.perf_counter() + window
        while time.perf_counter() < end:
            start = time.perf_counter()
            time.sleep(0.001)
            waits.append(max(0.0, time.perf_counter() - start - 0.001))

    hogger = threading.Thread(target=spin, name="hog")
    if hog:
        hogger.start()
        time.sleep(0.02)  # the hog holds the interpreter first
    worker = threading.Thread(target=io, name="io")
    worker.start()
    worker.join()
    stop.set()
    if hog:
        hogger.join()
    waits.sort()
    return {
        "ops": len(waits),
        "opsPerSecond": round(len(waits) / window, 1),
        "p50Ms": round(percentile(waits, 50) * 1000, 3),
        "p99Ms": round(percentile(waits, 99) * 1000, 3),
    }


counter = 0


def add_one(value):
    return value + 1


def plain(times):
    global counter
    for _ in range(times):
        counter += 1  # read counter, add, store: one statement, several bytecodes


def with_call(times):
    global counter
    for _ in range(times):
        counter = add_one(counter)  # a call between the read and the store


def race(target, threads, times):
    global counter
    counter = 0
    timed([threading.Thread(target=target, args=(times,), name="add-%d" % i) for i in range(threads)])
    expected = threads * times
    return {"threads": threads, "increments": times, "expected": expected, "lost": expected - counter}


def calibrate():
    """Nanoseconds one call of fib takes here, from fib(24) after a warm-up: the run's length, said up front."""
    fib(20)
    start = time.perf_counter()
    fib(24)
    calls = 2 * 75025 - 1  # fib(24) makes 2 * F(25) - 1 calls, F(25) = 75025
    return {"fibCallNs": round((time.perf_counter() - start) * 1e9 / calls, 1)}


def main():
    if sys.argv[1:] == ["--calibrate"]:
        cpython.answer(calibrate())
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="each CPU-bound worker computes fib(N)")
    parser.add_argument("--threads", required=True, help="thread counts, comma-separated")
    parser.add_argument("--increments", type=int, required=True, help="n += 1 per thread in the race")
    parser.add_argument("--io-window", type=float, required=True, help="seconds each IO experiment runs")
    args = parser.parse_args()
    counts = [int(t) for t in args.threads.split(",")]
    cpython.answer({
        "fibN": args.n,
        "cpu": cpu(args.n, counts, max(2, max(counts))),
        "ioAlone": io_thread(args.io_window, False),
        "io": io_thread(args.io_window, True),
        "race": race(plain, 2, args.increments),
        "raceWithCall": race(with_call, 2, args.increments),
    })


if __name__ == "__main__":
    main()
