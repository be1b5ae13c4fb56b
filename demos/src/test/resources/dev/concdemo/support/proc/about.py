"""Answers through the shared module: the interpreter's description and one result."""
import cpython

cpython.answer({"answer": 42})
