"""concdemo cpu-vs-io --python: the two loads of `concdemo cpu-vs-io`, run by a real CPython.

A CPU-bound task computes the whole time (naive fib); an IO-bound task waits the whole time (a
sleep standing for a network round trip). Both loads run on four kinds of worker, each timed
from the first task submitted to the last finished, start-up included:

  1 thread                 the baseline
  `workers` threads        one per core
  `workers` processes      one per core (a ProcessPoolExecutor)
  a thread per task        as many threads as the larger load has tasks

CPython runs fib far slower than the JVM, so the CPU-bound tasks compute fib(n) for the largest
n, at most the Java run's, at which one thread does the whole CPU-bound load within `budget`
seconds (measured on a small fib first); the answer says which n that was.

Prints one JSON document on stdout, nothing else. Standard library only; Python 3.8 or later.
"""

import argparse
import concurrent.futures
import time

import cpython


def fib(n):
    """Naive fib: 2 fib(n+1) - 1 calls, all computing."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def calls(n):
    """How many calls fib(n) makes."""
    a, b = 0, 1  # fib(0), fib(1)
    for _ in range(n + 1):
        a, b = b, a + b
    return 2 * a - 1


def pick_n(largest, tasks, budget):
    """The largest n up to `largest` whose `tasks` fibs one thread computes within `budget` s."""
    began = time.perf_counter()
    fib(20)
    per_call = (time.perf_counter() - began) / calls(20)
    n = largest
    while n > 16 and tasks * calls(n) * per_call > budget:
        n -= 1
    return n


def io_task(wait):
    """Waits: a sleep releases the GIL, as a socket's read does."""
    time.sleep(wait)


def timed(make_pool, task, arg, tasks):
    """Seconds for `tasks` calls of task(arg) on a fresh pool, its start and end included."""
    began = time.perf_counter()
    with make_pool() as pool:
        list(pool.map(task, [arg] * tasks))
    return time.perf_counter() - began


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="the Java run's fib(n): the most computed")
    parser.add_argument("--cpu-tasks", type=int, required=True, help="CPU-bound tasks")
    parser.add_argument("--io-tasks", type=int, required=True, help="IO-bound tasks")
    parser.add_argument("--io-wait", type=float, required=True, help="seconds each IO-bound task waits")
    parser.add_argument("--workers", type=int, required=True, help="threads and processes 'one per core'")
    parser.add_argument("--budget", type=float, required=True, help="seconds one thread may take for the CPU load")
    args = parser.parse_args()
    n = pick_n(args.n, args.cpu_tasks, args.budget)
    per_task = max(args.cpu_tasks, args.io_tasks)
    kinds = [  # kind, size, why: as the Java table names its rows
        ("threads", 1, ""),
        ("threads", args.workers, "core"),
        ("processes", args.workers, "core"),
        ("threads", per_task, "task"),
    ]
    rows = []
    for kind, size, why in kinds:
        def make_pool(kind=kind, size=size):
            if kind == "processes":
                return concurrent.futures.ProcessPoolExecutor(size)
            return concurrent.futures.ThreadPoolExecutor(size, thread_name_prefix="cpuvsio-thread")
        cpu = timed(make_pool, fib, n, args.cpu_tasks)
        io = timed(make_pool, io_task, args.io_wait, args.io_tasks)
        rows.append({"kind": kind, "size": size, "why": why, "cpuMs": round(cpu * 1000), "ioMs": round(io * 1000)})
    for row in rows:
        row["cpuSpeedup"] = round(rows[0]["cpuMs"] / max(1, row["cpuMs"]), 2)
        row["ioSpeedup"] = round(rows[0]["ioMs"] / max(1, row["ioMs"]), 2)
    cpython.answer({
        "fibN": n,
        "fibNInJavaRun": args.n,
        "cpuTasks": args.cpu_tasks,
        "ioTasks": args.io_tasks,
        "ioWaitMs": round(args.io_wait * 1000, 3),
        "rows": rows,
    })


if __name__ == "__main__":
    main()
