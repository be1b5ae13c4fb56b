"""concdemo collections --python: shared list and dict in a real CPython, with the Java run's numbers.

A collection is thread-safe when concurrent calls leave it as some one-at-a-time order of them
would: every element added is there at the end. Measured here:

  rows    `threads` threads released together each add their own `adds` elements to one shared
          list (list.append) or dict (d[k] = v), `trials` times: elements expected, the fewest
          there at the end of a trial, trials that came up short
  claims  every thread tries to claim every key of a fresh dict once, four ways:
            checkThenAct      `if k not in d: d[k] = me`
            checkCallThenAct  the same with a Python-level call between the check and the store
            checkYieldThenAct the same with time.sleep(0) there: a call that lets go of the GIL,
                              as any IO between the check and the store would
            putIfAbsent       `d.setdefault(k, me) is me`, one call that checks and stores
          a key claimed by more than one thread is a race the dict's own safety did not prevent

Prints one JSON document on stdout, nothing else. Standard library only; Python 3.8 or later.
"""

import argparse
import threading
import time

import cpython


def together(threads, work):
    """Runs work(t) on `threads` threads that wait for each other at a barrier, then all go."""
    line = threading.Barrier(threads)

    def run(t):
        line.wait()
        work(t)

    workers = [threading.Thread(target=run, args=(t,), name="adder-%d" % (t + 1)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def element(t, i):
    """Thread t's i-th element: no two threads add the same one."""
    return t * 10_000_000 + i


def row(collection, threads, adds, trials, fresh, add):
    """`trials` trials of every thread adding its own elements; counted as the Java row counts them."""
    expected = threads * adds
    trials_lost = 0
    lost = 0
    threw = {}
    trials_threw = 0
    fewest = expected  # the fewest elements a trial ended with
    began = time.perf_counter()
    for _ in range(trials):
        shared = fresh()
        errors = []

        def work(t):
            try:
                for i in range(adds):
                    add(shared, element(t, i), i)
            except Exception as e:  # never seen: recorded as the Java run records its exceptions
                errors.append(type(e).__name__)

        together(threads, work)
        fewest = min(fewest, len(shared))
        if len(shared) < expected:
            trials_lost += 1
            lost += expected - len(shared)
        if errors:
            trials_threw += 1
            for name in errors:
                threw[name] = threw.get(name, 0) + 1
    return {
        "collection": collection,
        "addsPerThread": adds,
        "expected": expected,
        "got": fewest,
        "trialsLost": trials_lost,
        "elementsLost": lost,
        "trialsThrew": trials_threw,
        "exceptions": threw,
        "ms": round((time.perf_counter() - began) * 1000),
    }


def append(shared, value, _):
    shared.append(value)


def store(shared, key, value):
    shared[key] = value


def mine(me):
    """Does nothing but be a Python-level call: CPython may switch threads on entering it."""
    return me


def claimed_twice(threads, keys, way):
    """Every thread tries to claim keys 0 to keys-1 of one fresh dict; keys claimed more than once."""
    owners = {}
    claimed = [[] for _ in range(threads)]  # each thread's own list: no sharing to count

    def claim(me):
        got = claimed[me]
        for k in range(keys):
            if way == "checkThenAct":
                if k not in owners:
                    owners[k] = me
                    got.append(k)
            elif way == "checkCallThenAct":
                if k not in owners:
                    owners[k] = mine(me)  # the call runs after the check, before the store
                    got.append(k)
            elif way == "checkYieldThenAct":
                if k not in owners:
                    time.sleep(0)  # lets go of the GIL, as any IO between check and store would
                    owners[k] = me
                    got.append(k)
            elif owners.setdefault(k, me) is me:
                got.append(k)

    together(threads, claim)
    counts = {}
    for got in claimed:
        for k in got:
            counts[k] = counts.get(k, 0) + 1
    return sum(1 for n in counts.values() if n > 1)


# Keys per trial at most when the check and the store are apart by time.sleep(0): every switch
# costs microseconds, and a few hundred keys already show what it does.
YIELD_KEYS = 250


def claims(threads, keys, trials):
    """The four ways of claiming, `trials` fresh dicts each, interleaved."""
    yield_keys = min(keys, YIELD_KEYS)
    result = {"keys": keys * trials, "keysCheckYieldThenAct": yield_keys * trials, "claimedTwiceCheckThenAct": 0, "claimedTwiceCheckCallThenAct": 0,
              "claimedTwiceCheckYieldThenAct": 0, "claimedTwicePutIfAbsent": 0}
    for _ in range(trials):
        result["claimedTwiceCheckThenAct"] += claimed_twice(threads, keys, "checkThenAct")
        result["claimedTwiceCheckCallThenAct"] += claimed_twice(threads, keys, "checkCallThenAct")
        result["claimedTwiceCheckYieldThenAct"] += claimed_twice(threads, yield_keys, "checkYieldThenAct")
        result["claimedTwicePutIfAbsent"] += claimed_twice(threads, keys, "putIfAbsent")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, required=True, help="threads adding at once")
    parser.add_argument("--adds", type=int, required=True, help="elements each thread adds per trial")
    parser.add_argument("--trials", type=int, required=True, help="trials per collection")
    parser.add_argument("--keys", type=int, required=True, help="keys per trial of the claims")
    args = parser.parse_args()
    t, a, n = args.threads, args.adds, args.trials
    cpython.answer({
        "rows": [
            row("list.append", t, a, n, list, append),
            row("dict[k] = v", t, a, n, dict, store),
        ],
        "claims": claims(t, args.keys, n),
    })


if __name__ == "__main__":
    main()
