"""What every concdemo Python program shares: which interpreter runs it, and how it answers.

concdemo copies this module beside the program it runs (`import cpython`). A program prints ONE
JSON document on stdout and nothing else: `answer(results)` adds the interpreter's description
(`version`, `build`, `gilEnabled`, `switchIntervalMs`) to the results and prints them.

Standard library only; Python 3.8 or later.
"""

import json
import platform
import sys
import sysconfig


def build():
    """'free-threaded' for a build without the GIL (3.13+, python3.13t), else 'gil'."""
    return "free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else "gil"


def gil_enabled():
    """Whether the GIL is on in this process: a free-threaded build can turn it back on."""
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else bool(check())


def about():
    """The interpreter running this program, under the names the Java side reads."""
    return {
        "version": platform.python_version(),
        "build": build(),
        "gilEnabled": gil_enabled(),
        "switchIntervalMs": round(sys.getswitchinterval() * 1000, 3),
    }


def answer(results):
    """Prints the program's one JSON document: the interpreter's description, then `results`."""
    document = about()
    document.update(results)
    json.dump(document, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()
