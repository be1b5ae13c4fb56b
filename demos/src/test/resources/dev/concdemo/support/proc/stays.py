"""Stays running: answers first (the interpreter and its pid), then echoes each stdin line as JSON.

Used by PythonProgramTest to check PythonProgram.start: the first line read, later lines
answering what is sent, and nothing left once the handle is closed.
"""
import json
import os
import sys

import cpython

cpython.answer({"pid": os.getpid()})
for line in sys.stdin:
    json.dump({"echo": line.strip()}, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()
