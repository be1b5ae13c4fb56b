"""concdemo daemon --python: what becomes of a multiprocessing daemon child, in a real CPython.

A daemon child (`Process(daemon=True)`) is one its parent does not wait for: when the parent's
Python ends normally, multiprocessing's exit code terminates every daemon child and joins the
others. That exit code runs inside the dying parent, so a parent killed with SIGKILL, which runs
no code at all, cannot do it. Two parents are measured, each a Python process of its own started
by this driver (run again as `daemon.py parent ...`):

  ended   starts a non-daemon child sleeping `sleep` s and a daemon child sleeping far longer,
          prints its line and ends: was the daemon's "is over" ever printed? Did main wait for
          the other?
  killed  starts a daemon child, and this driver kills the parent with SIGKILL: is the daemon
          still alive after its parent is gone, and who is its parent now?

The surviving daemon is left running for concdemo, which kills it and says so. As a safety net
(nothing may be left running, whatever happens to concdemo), it also watches a pipe whose write
end only this driver holds, and exits when the pipe reaches its end: this driver's end. That does
not change what is shown: the daemon outlived its parent, which held no end of that pipe.

The driver prints one JSON document on stdout, then waits for its stdin to close. Standard
library only; Python 3.8 or later; Linux or macOS (fork).
"""

import argparse
import multiprocessing
import os
import queue
import signal
import subprocess
import sys
import threading
import time

import cpython

# The daemon's sleep in the first parent: far beyond the run, which ends it long before.
DAEMON_SLEEP = 60.0

# The surviving daemon's sleep at most: concdemo kills it long before.
SURVIVOR_SLEEP = 30.0


def say(text):
    """One line on stdout, the pipe to the driver, at once and whole (several processes share it).

    A driver gone (it failed, or was stopped) has closed that pipe: then this process ends quietly,
    leaving the driver's own error as the last line on stderr.
    """
    line = ("pid %d: %s\n" % (os.getpid(), text)).encode()
    try:
        # One write(2) of the whole line: a pipe keeps a write of up to PIPE_BUF bytes whole, while
        # print() may write the text and its newline apart (unbuffered, as under python3 -u), and
        # another process's line could land between them.
        os.write(sys.stdout.fileno(), line)
    except BrokenPipeError:
        os._exit(1)


def task(seconds):
    """A child's task: says it runs, sleeps, says it is over."""
    say("egon is running")
    time.sleep(seconds)
    say("egon is over")


def survivor(watched, seconds):
    """The daemon of the killed parent: says when its parent is gone, and who its parent is then.

    The safety net: a thread reads the pipe held open by the driver only, and ends this process
    at the pipe's end. Its parent never held the write end, so its death does not end the pipe.
    """
    def watch():
        while os.read(watched, 1):
            pass
        os._exit(0)

    threading.Thread(target=watch, name="driver-watch", daemon=True).start()
    parent = os.getppid()
    say("egon is running, parent %d" % parent)
    deadline = time.monotonic() + seconds
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.001)
    say("orphaned, parent now %d" % os.getppid())
    time.sleep(max(0.0, deadline - time.monotonic()))
    say("egon is over")


def parent_ended(sleep):
    """The first parent: a non-daemon child and a daemon child, then its own end."""
    fork = multiprocessing.get_context("fork")
    worker = fork.Process(target=task, args=(sleep,), name="worker")
    daemon = fork.Process(target=task, args=(max(DAEMON_SLEEP, 2 * sleep),), name="daemon", daemon=True)
    worker.start()
    daemon.start()
    say("daemon pid %d, non-daemon pid %d" % (daemon.pid, worker.pid))
    time.sleep(min(sleep / 2, 0.5))  # both running before main ends (they say so at once)
    say("主")
    # The end: multiprocessing's exit terminates the daemon and joins the worker.


def parent_killed(watched):
    """The second parent: a daemon child, then it waits to be killed."""
    fork = multiprocessing.get_context("fork")  # the child inherits the watched pipe's end
    daemon = fork.Process(target=survivor, args=(watched, SURVIVOR_SLEEP), name="daemon", daemon=True)
    daemon.start()
    say("daemon pid %d" % daemon.pid)
    time.sleep(SURVIVOR_SLEEP)


class Lines:
    """A child's stdout, read on a thread: each line with when it came (time.monotonic)."""

    def __init__(self, stream):
        self.queue = queue.Queue()
        self.all = []
        threading.Thread(target=self._read, args=(stream,), name="lines", daemon=True).start()

    def _read(self, stream):
        for raw in stream:
            self.queue.put((time.monotonic(), raw.decode("utf-8", "replace").rstrip("\n")))
        self.queue.put(None)

    def until(self, predicate, within):
        """The first line matching `predicate`, read already or within `within` s.

        Lines from several processes arrive in no set order: a child may speak before its parent
        says it started it, so the lines read already are looked at first.
        """
        for item in self.all:
            if predicate(item[1]):
                return item
        deadline = time.monotonic() + within
        while True:
            item = self.queue.get(timeout=max(0.001, deadline - time.monotonic()))
            if item is None:
                raise RuntimeError("the parent's output ended before the line awaited")
            self.all.append(item)
            if predicate(item[1]):
                return item

    def rest(self):
        """Every line up to the end of the output."""
        while True:
            item = self.queue.get(timeout=30)
            if item is None:
                return
            self.all.append(item)


def pid_of(line):
    return int(line.split(":", 1)[0].split()[1])


def alive(pid):
    """Whether process `pid` exists and is not a zombie (which has ended, only not reaped)."""
    try:
        with open("/proc/%d/stat" % pid) as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        pass
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def run_ended(sleep):
    """The first parent, ended normally; what its children said."""
    me = [sys.executable, os.path.abspath(__file__), "parent", "ended", "--sleep", str(sleep)]
    parent = subprocess.Popen(me, stdout=subprocess.PIPE)
    lines = Lines(parent.stdout)
    _, first = lines.until(lambda l: "non-daemon pid" in l, 30)
    words = first.split()
    daemon, worker = int(words[4].rstrip(",")), int(words[-1])
    parent.wait(timeout=max(DAEMON_SLEEP, 2 * sleep) / 2)
    ended = time.monotonic()
    lines.rest()
    said = {text: at for at, text in lines.all}
    worker_over = said.get("pid %d: egon is over" % worker)
    return {
        "mainPid": parent.pid,
        "daemonPid": daemon,
        "workerPid": worker,
        "lines": [text for _, text in lines.all],
        "daemonSaidOver": ("pid %d: egon is over" % daemon) in said,
        "workerSaidOver": worker_over is not None,
        "mainEndedAfterWorkerMillis": -1 if worker_over is None else round((ended - worker_over) * 1000, 2),
        "daemonAliveAfterMain": alive(daemon),
    }


def run_killed(watched):
    """The second parent, killed with SIGKILL; whether its daemon child outlived it."""
    me = [sys.executable, os.path.abspath(__file__), "parent", "killed", "--watched", str(watched)]
    parent = subprocess.Popen(me, stdout=subprocess.PIPE, pass_fds=(watched,))
    lines = Lines(parent.stdout)
    _, started = lines.until(lambda l: "daemon pid" in l, 30)
    daemon = int(started.split()[-1])
    lines.until(lambda l: l.startswith("pid %d: egon is running" % daemon), 30)
    os.kill(parent.pid, signal.SIGKILL)
    killed = time.monotonic()
    parent.wait(timeout=10)  # reaped: gone for good
    at, orphaned = lines.until(lambda l: l.startswith("pid %d: orphaned" % daemon), 10)
    time.sleep(0.05)  # a moment after: still alive?
    return {
        "killedMainPid": parent.pid,
        "orphanedDaemonPid": daemon,
        "daemonAliveAfterKill": alive(daemon),
        "daemonNewParentPid": int(orphaned.split()[-1]),
        "orphanedAfterKillMillis": round((at - killed) * 1000, 2),
        "killedLines": [text for _, text in lines.all],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("role", nargs="*", help="empty: the driver; 'parent ended' or 'parent killed'")
    parser.add_argument("--sleep", type=float, default=1.0, help="the non-daemon's task, seconds")
    parser.add_argument("--watched", type=int, help="the safety net's pipe (its read end)")
    args = parser.parse_args()
    if args.role == ["parent", "ended"]:
        parent_ended(args.sleep)
        return
    if args.role == ["parent", "killed"]:
        parent_killed(args.watched)
        return
    watched, held = os.pipe()  # the write end stays here, in the driver only
    results = run_ended(args.sleep)
    results.update(run_killed(watched))
    os.close(watched)
    cpython.answer(results)
    sys.stdin.read()  # until concdemo is done with the survivor; then `held` closes with us


if __name__ == "__main__":
    main()
