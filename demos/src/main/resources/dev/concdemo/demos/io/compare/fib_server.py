"""concdemo's fib service served by CPython, for `compare --python`.

Two servers, one per run (`--model`):

  sync     one client at a time: the accepting thread serves a connection until it leaves
  threads  a thread per connection (threading.Thread), the accepting thread only accepts

Both speak the Java FibServer's protocol over TCP: each line holds a number n and is answered
by a line holding fib(n) (naive recursion, fib(1) = fib(2) = 1); bytes left at the end of a read
without a newline count as one request; a bad request gets a line "error: ..." and the connection
stays open. With `--service upper` every read comes back upper-cased instead (the seeds' echo).

The server listens on 127.0.0.1 only, on a port the kernel picks, and says which in its first
stdout line (cpython.answer). It then reads commands on stdin, one a line: "stats" prints one JSON
line (connections open, the server's threads, requests answered while a fib(32) was being
computed). When stdin ends (concdemo closed it, or exited) the process exits at once, and the
kernel frees the port: the server never outlives the run that started it.

Standard library only; Python 3.8 or later.
"""

import argparse
import json
import os
import socket
import sys
import threading

import cpython

# A longer request is refused and the connection closed, as the Java server does.
MAX_LINE = 64
# The largest read, as the Java server's buffer.
READ = 1024
# Connections the kernel may hold complete but not yet accepted (the Java server's backlog).
BACKLOG = 4096
# A request this large is a hog: what is answered while one is computed is counted.
HOG_N = 30


def fib(n):
    """The seeds' CPU-bound work: every call of the recursion is made."""
    return 1 if n <= 2 else fib(n - 1) + fib(n - 2)


class Stats:
    """What the server counts, shared by its threads (a lock guards every change)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.open = 0
        self.hogs_computing = 0
        self.answered_beside_hog = 0

    def add_open(self, delta):
        with self.lock:
            self.open += delta

    def snapshot(self):
        with self.lock:
            return {
                "open": self.open,
                "threads": threading.active_count(),
                "answersBesideHog": self.answered_beside_hog,
            }


def answer(request, max_n, stats):
    """The answer line to one request (its bytes, without the newline)."""
    text = request.decode("utf-8", "replace").strip()
    if not text:
        return b"error: empty request\n"
    if not text.isdigit():
        return ("error: not a number: '%s'\n" % text[:32]).encode("utf-8")
    n = int(text)
    if n > max_n:
        return ("error: n=%d is above the server's --max-n %d\n" % (n, max_n)).encode()
    hog = n >= HOG_N
    if hog:
        with stats.lock:
            stats.hogs_computing += 1
    try:
        result = fib(n)
        # Read after the answer is computed: another request answered while a hog ran.
        if not hog:
            with stats.lock:
                if stats.hogs_computing > 0:
                    stats.answered_beside_hog += 1
    finally:
        if hog:
            with stats.lock:
                stats.hogs_computing -= 1
    return b"%d\n" % result


def serve(conn, options, stats):
    """Serves one connection until the client leaves, then closes it."""
    stats.add_open(1)
    try:
        with conn:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            while True:
                data = conn.recv(READ)
                if not data:
                    return
                if options.service == "upper":
                    conn.sendall(data.upper())
                    continue
                requests = data.split(b"\n")
                if requests[-1] == b"":
                    requests.pop()  # the read ended with a newline
                out = []
                closing = False
                for request in requests:
                    if len(request) > MAX_LINE:
                        out.append(b"error: request longer than %d bytes; closing\n" % MAX_LINE)
                        closing = True
                        break
                    out.append(answer(request.rstrip(b"\r"), options.max_n, stats))
                conn.sendall(b"".join(out))
                if closing:
                    return
    except OSError:
        pass  # the client reset the connection: it is gone either way
    finally:
        stats.add_open(-1)


def accept_loop(listener, options, stats):
    """Accepts for ever: serves each connection here (sync) or on a thread of its own (threads)."""
    count = 0
    while True:
        conn, _ = listener.accept()
        count += 1
        if options.model == "sync":
            serve(conn, options, stats)
        else:
            threading.Thread(
                target=serve, args=(conn, options, stats), name="conn-%d" % count, daemon=True
            ).start()


def main():
    parser = argparse.ArgumentParser(description="concdemo's fib server in CPython")
    parser.add_argument("--model", choices=("sync", "threads"), required=True)
    parser.add_argument("--max-n", type=int, default=45)
    parser.add_argument("--service", choices=("fib", "upper"), default="fib")
    options = parser.parse_args()

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(BACKLOG)
    stats = Stats()
    threading.Thread(
        target=accept_loop, args=(listener, options, stats), name="accept", daemon=True
    ).start()
    cpython.answer({"port": listener.getsockname()[1], "model": options.model})

    for command in sys.stdin:
        if command.strip() == "stats":
            json.dump(stats.snapshot(), sys.stdout)
            sys.stdout.write("\n")
            sys.stdout.flush()
    # stdin ended: concdemo is done with this server (or gone). Exit now, whatever is running.
    os._exit(0)


if __name__ == "__main__":
    main()
