"""concdemo race --python: the ticket experiment of `concdemo race`, run by a real CPython.

A lost update: a thread reads the shared ticket, another writes it meanwhile, and the first then
writes a value computed from the old one, so one decrement vanishes. In each trial `threads`
threads each take one ticket from a fresh `ticket = start`; the final values are counted, as the
Java run counts them. Three ways, with the Java run's numbers:

  pause    read, sleep `pause` seconds, write: every thread reads before any writes
  noPause  `ticket -= 1` as it is, no sleep: whether a thread switch falls inside it
  lock     read, sleep, write, all under one threading.Lock (its own, smaller, number of trials:
           the sleeps run one after another)

Prints one JSON document on stdout, nothing else. Standard library only; Python 3.8 or later.
"""

import argparse
import threading
import time

import cpython

ticket = 0


def take_with_pause(pause):
    """Read, sleep, write: the sleep lets every other thread read the same old value."""
    global ticket
    seen = ticket
    time.sleep(pause)
    ticket = seen - 1


def take():
    """The statement as the notes write it: read ticket, subtract one, store ticket."""
    global ticket
    ticket -= 1


def take_locked(mutex, pause):
    """The same read, sleep and write, one thread at a time."""
    global ticket
    with mutex:
        seen = ticket
        time.sleep(pause)
        ticket = seen - 1


def trial(threads, start, target, args):
    """One trial: a fresh ticket, `threads` threads taking one each; returns the final value."""
    global ticket
    ticket = start
    workers = [threading.Thread(target=target, args=args, name="race-%d" % (i + 1)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return ticket


def trials(variant, threads, start, count, pause, make_args, target):
    """`count` trials; the final values counted, under the Java report's names."""
    outcomes = {}
    began = time.perf_counter()
    for _ in range(count):
        final = trial(threads, start, target, make_args())
        outcomes[final] = outcomes.get(final, 0) + 1
    elapsed = time.perf_counter() - began
    expected = start - threads
    return {
        "variant": variant,
        "threads": threads,
        "start": start,
        "trials": count,
        "expected": expected,
        "outcomes": {str(value): outcomes[value] for value in sorted(outcomes)},
        "trialsWithLostUpdates": count - outcomes.get(expected, 0),
        "lostUpdates": sum((value - expected) * n for value, n in outcomes.items()),
        "pauseMs": round(pause * 1000, 3),
        "elapsedMs": round(elapsed * 1000),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, required=True, help="threads per trial, one ticket each")
    parser.add_argument("--start", type=int, required=True, help="the ticket's starting value")
    parser.add_argument("--trials", type=int, required=True, help="trials with the sleep, and without")
    parser.add_argument("--lock-trials", type=int, required=True, help="trials under the lock")
    parser.add_argument("--pause", type=float, required=True, help="seconds between read and write")
    args = parser.parse_args()
    t, s, p = args.threads, args.start, args.pause
    mutex = threading.Lock()
    cpython.answer({
        "pause": trials("unsafe", t, s, args.trials, p, lambda: (p,), take_with_pause),
        "noPause": trials("unsafe", t, s, args.trials, 0.0, lambda: (), take),
        "lock": trials("lock", t, s, args.lock_trials, p, lambda: (mutex, p), take_locked),
    })


if __name__ == "__main__":
    main()
