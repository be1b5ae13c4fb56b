"""concdemo asyncio --python: the steps of `concdemo asyncio`, run by CPython's own asyncio.

The Java scenario retells the notes' asyncio examples on a small event loop of its own. This
program runs the same examples under the real asyncio, with the same sleeps (a "second" is
--time-scale seconds), and measures what the Java side measures, under the same names. It prints
one JSON document on stdout and nothing else. Times are milliseconds from the step's start:

  sequentialMs, tasksMs     say_after(1, 'hello') and say_after(2, 'world') awaited in turn,
                            then as two tasks; sequentialOrder and tasksOrder: when each sleep
                            began ("sleep 1") and ended ("hello"), in the order it happened
  nestedAwaited, nestedTask nested()'s result, awaited directly and through a task
  neverAwaited              the coroutines Python warned "was never awaited" about, in order
  helloMs                   the notes' hello(), whose asyncio.sleep(1) is never awaited
  factorialLines            gather(factorial A 2, B 3, C 4): its nine lines, in the order printed
  gatherResults, gatherMs   gather's results, and how long it took
  gatherRaised ...          gather with a coroutine raising ValueError: when it raised, whether
                            the others ran on, and the results with return_exceptions=True
  asyncioRunRefused         what asyncio.run() said when called inside a running loop
  waitForMs                 wait_for(eternity(), timeout=1): when TimeoutError came
  cancelledInside           whether eternity() got CancelledError at its own await
  shieldTimedOutMs ...      wait_for(shield(task), timeout=1): when it timed out, and the task's
                            result and when it came, awaited afterwards
  lostUpdate                two coroutines adding 1 to one count: with an await between read
                            and write, without one, and with an asyncio.Lock held across it

Standard library only; Python 3.8 or later.
"""

import argparse
import asyncio
import gc
import re
import time
import warnings

import cpython

SCALE = 1.0  # seconds per "second" of the notes: --time-scale
FACTORIAL_LINES = []  # every factorial line, in the order printed


def ms_since(start):
    """Whole milliseconds since `start` (a time.perf_counter() value), as the Java side counts."""
    return int((time.perf_counter() - start) * 1000)


async def say_after(seconds, what, order):
    order.append("sleep %g" % seconds)
    await asyncio.sleep(seconds * SCALE)
    order.append(what)


async def in_turn():
    """Step 1: each say_after awaited before the next starts: the sleeps add up."""
    order = []
    start = time.perf_counter()
    await say_after(1, "hello", order)
    await say_after(2, "world", order)
    return ms_since(start), order


async def as_tasks():
    """Step 2: the same two as tasks, both sleeping at once: the longer sleep is the time."""
    order = []
    task1 = asyncio.create_task(say_after(1, "hello", order))
    task2 = asyncio.create_task(say_after(2, "world", order))
    start = time.perf_counter()
    await task1
    await task2
    return ms_since(start), order


async def nested():
    return 42


async def nested_only_once_awaited():
    """Step 3: nested() makes a coroutine object that runs only once awaited; this one never is."""
    made = nested()  # inspect.getcoroutinestate(made) is CORO_CREATED: its body has not begun
    del made  # dropped unawaited: Python warns "coroutine 'nested' was never awaited"
    awaited = await nested()
    via_task = await asyncio.create_task(nested())
    return awaited, via_task


async def hello():
    """Step 4: the notes' hello(), whose asyncio.sleep(1) lacks its await: it never sleeps."""
    start = time.perf_counter()
    asyncio.sleep(1 * SCALE)  # the notes' mistake, on purpose: a coroutine object, dropped
    return ms_since(start)


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        FACTORIAL_LINES.append("Task %s: Compute factorial(%d)..." % (name, i))
        await asyncio.sleep(1 * SCALE)
        f *= i
    FACTORIAL_LINES.append("Task %s: factorial(%d) = %d" % (name, number, f))
    return f


async def failing():
    await asyncio.sleep(1 * SCALE)
    raise ValueError("bad input")


async def gather_interleaves():
    """Step 5: three factorials gathered; their lines interleave, one sleep at a time each."""
    start = time.perf_counter()
    results = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    return [str(r) for r in results], ms_since(start)


async def gather_with_an_exception():
    """Step 6: the first exception reaches gather's caller at once; the others run on."""
    start = time.perf_counter()
    raised, raised_at = None, 0
    try:
        await asyncio.gather(factorial("A", 2), failing(), factorial("B", 3))
    except ValueError as e:
        raised, raised_at = "ValueError: %s" % e, ms_since(start)
    before = len(FACTORIAL_LINES)
    await asyncio.sleep(1.2 * SCALE)
    others_ran_on = len(FACTORIAL_LINES) > before
    results = await asyncio.gather(
        factorial("A", 2), failing(), factorial("B", 3), return_exceptions=True
    )
    shown = [repr(r) if isinstance(r, BaseException) else str(r) for r in results]
    return raised, raised_at, others_ran_on, shown


async def asyncio_run_inside_a_loop():
    """Step 8: asyncio.run() inside a running loop is refused; its nested() is never awaited."""
    try:
        asyncio.run(nested())
        return "not refused"
    except RuntimeError as e:
        return str(e)


async def wait_for_cancels():
    """Step 10: wait_for gives up after 1 s and cancels the task at its await sleep(3600)."""
    cancelled_inside = []

    async def eternity():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled_inside.append(True)
            raise

    start = time.perf_counter()
    task = asyncio.create_task(eternity())
    try:
        await asyncio.wait_for(task, timeout=1 * SCALE)
    except asyncio.TimeoutError:
        pass
    return ms_since(start), bool(cancelled_inside)


async def shield_lets_it_run_on():
    """Step 11: wait_for(shield(task)) times out after 1 s; the task runs on to its result."""

    async def slow_operation():
        await asyncio.sleep(2 * SCALE)
        return "the answer"

    start = time.perf_counter()
    task = asyncio.create_task(slow_operation())
    timed_out = 0
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1 * SCALE)
    except asyncio.TimeoutError:
        timed_out = ms_since(start)
    result = await task
    return timed_out, result, ms_since(start)


async def count_to(increments, way):
    """Step 14: two coroutines gathered, each adding 1 to one count `increments` times, one way."""
    state = {"count": 0}
    lock = asyncio.Lock()  # made inside the loop: Python 3.8 and 3.9 bind a lock to one

    async def add():
        for _ in range(increments):
            if way == "acrossAwait":  # BROKEN: the other coroutine reads the same old value here
                v = state["count"]
                await asyncio.sleep(0)
                state["count"] = v + 1
            elif way == "noAwaitBetween":
                state["count"] = state["count"] + 1
                await asyncio.sleep(0)
            else:  # lockHeld
                async with lock:
                    v = state["count"]
                    await asyncio.sleep(0)
                    state["count"] = v + 1

    await asyncio.gather(add(), add())
    return state["count"]


def never_awaited(caught):
    """The coroutine names in the "was never awaited" RuntimeWarnings caught, in order."""
    names = []
    for w in caught:
        match = re.search(r"coroutine '([^']*)' was never awaited", str(w.message))
        if issubclass(w.category, RuntimeWarning) and match:
            names.append(match.group(1).split(".")[-1])  # 3.12+ may give a qualified name
    return names


def run_hello():
    """hello() as the notes run it: run_until_complete on a loop of its own, then closed."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(hello())
    finally:
        loop.close()


def main():
    global SCALE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-scale", type=float, default=1.0)
    parser.add_argument("--increments", type=int, default=1000)
    args = parser.parse_args()
    SCALE = args.time_scale

    sequential_ms, sequential_order = asyncio.run(in_turn())
    tasks_ms, tasks_order = asyncio.run(as_tasks())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nested_awaited, nested_task = asyncio.run(nested_only_once_awaited())
        gc.collect()
        hello_ms = run_hello()
        gc.collect()
        refused = asyncio.run(asyncio_run_inside_a_loop())
        gc.collect()
    gather_results, gather_ms = asyncio.run(gather_interleaves())
    factorial_lines = list(FACTORIAL_LINES[:9])
    raised, raised_at, others_ran_on, with_exceptions = asyncio.run(gather_with_an_exception())
    wait_for_ms, cancelled_inside = asyncio.run(wait_for_cancels())
    shield_timed_out, shielded_result, shielded_ms = asyncio.run(shield_lets_it_run_on())
    lost_update = {"increments": args.increments}
    for way in ("acrossAwait", "noAwaitBetween", "lockHeld"):
        lost_update[way] = asyncio.run(count_to(args.increments, way))

    cpython.answer(
        {
            "sequentialMs": sequential_ms,
            "sequentialOrder": sequential_order,
            "tasksMs": tasks_ms,
            "tasksOrder": tasks_order,
            "nestedAwaited": nested_awaited,
            "nestedTask": nested_task,
            "neverAwaited": never_awaited(caught),
            "helloMs": hello_ms,
            "factorialLines": factorial_lines,
            "gatherResults": gather_results,
            "gatherMs": gather_ms,
            "gatherRaised": raised,
            "gatherRaisedAtMs": raised_at,
            "othersRanOn": others_ran_on,
            "returnExceptions": with_exceptions,
            "asyncioRunRefused": refused,
            "waitForMs": wait_for_ms,
            "cancelledInside": cancelled_inside,
            "shieldTimedOutMs": shield_timed_out,
            "shieldedResult": shielded_result,
            "shieldedMs": shielded_ms,
            "lostUpdate": lost_update,
        }
    )


if __name__ == "__main__":
    main()
