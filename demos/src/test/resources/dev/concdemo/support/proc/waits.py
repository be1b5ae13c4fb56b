"""Starts a child process, then waits far longer than any test: to be stopped by its runner."""
import subprocess
import sys
import time

child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print("started", child.pid, file=sys.stderr, flush=True)
time.sleep(600)
