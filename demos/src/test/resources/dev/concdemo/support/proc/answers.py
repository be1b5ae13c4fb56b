"""Prints one JSON document: its arguments, and the interpreter's version."""
import json
import platform
import sys

json.dump({"args": sys.argv[1:], "version": platform.python_version()}, sys.stdout)
