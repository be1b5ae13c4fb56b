"""concdemo spawn --python: starting a process with multiprocessing, in a real CPython.

`Process(target=...).start()` asks the OS for a new process and returns: the parent goes on at
once, while the child is still being made. Measured here, each as the order or the time of
events (nothing is printed but the one JSON document):

  order      the parent's line right after start() and the child's first statement: which came
             first (time.monotonic(), one clock for every process on the machine)
  pids       p.pid and os.getpid() in the parent; os.getpid() and os.getppid() in the child
  terminate  a child asleep, p.terminate() (SIGTERM): p.is_alive() at once, how long until it
             turns False, and p.exitcode (minus the signal's number: the child died of it)

The child's time and pids come back through a multiprocessing.Queue. Standard library only;
Python 3.8 or later.
"""

import multiprocessing
import os
import time

import cpython

# The sleeper's sleep at most: it is terminated long before.
SLEEPER_LIFE = 20.0


def task(name, answers):
    """The child of the first step: when it began, and its own pid and its parent's."""
    answers.put({"firstAt": time.monotonic(), "pid": os.getpid(), "ppid": os.getppid(), "name": name})


def sleeper(answers):
    """A child to terminate: says it runs, then sleeps."""
    answers.put({"running": os.getpid()})
    time.sleep(SLEEPER_LIFE)


def main():
    answers = multiprocessing.Queue()
    p = multiprocessing.Process(target=task, args=("egon", answers), name="task")
    p.start()
    main_said = time.monotonic()  # print('主') would be here
    child = answers.get(timeout=30)
    p.join()
    started = {
        "mainPid": os.getpid(),
        "mainFirst": main_said < child["firstAt"],
        "childAfterMainMillis": round((child["firstAt"] - main_said) * 1000, 2),
        "pidsChild": child["pid"],
        "pidsChildParent": child["ppid"],
        "pidSeenByParent": p.pid,
        "joinedExitcode": p.exitcode,
    }

    s = multiprocessing.Process(target=sleeper, args=(answers,), name="sleeper")
    s.start()
    answers.get(timeout=30)  # it runs
    s.terminate()
    alive_at_once = s.is_alive()
    terminated = time.monotonic()
    while s.is_alive():
        time.sleep(0.0002)
    gone_after = time.monotonic() - terminated
    s.join()
    started.update({
        "aliveRightAfterTerminate": alive_at_once,
        "goneAfterMillis": round(gone_after * 1000, 2),
        "exitcode": s.exitcode,
        "startMethod": multiprocessing.get_start_method(),
    })
    cpython.answer(started)


if __name__ == "__main__":
    main()
