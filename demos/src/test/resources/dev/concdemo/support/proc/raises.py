"""Fails the way a bug does: an exception, its traceback on stderr."""


def share(total, parts):
    return total / parts


print(share(1, 0))
