"""A write transaction, written once for both backends: a generator of steps.

The operations (:mod:`server.store.tables`) write each transaction as a generator function
``tx(changes, *args)``: it yields one step at a time (run this statement, lock this key), gets
the step's result back, and returns the transaction's result. Each backend runs the steps its
own way — SQLite on its writer thread, synchronously; PostgreSQL awaiting each one — inside one
transaction, and records in ``changes`` (a :class:`server.store.cache.Changes`) what the
caches must forget. The generator never sees a connection, so no backend's plumbing is in it.

Steps are tuples ``(kind, statement, args)``:

======  ================================================  ===========================
kind    what the backend does                             what the generator gets
======  ================================================  ===========================
one     run a statement                                   its first row, or None
rows    run a statement                                   every row it returns
run     run a statement                                   how many rows it changed
many    run a statement once per tuple of ``args``        None
lock    PostgreSQL: lock the key until the transaction    None
        ends (a row that may not exist yet, or a
        decision over several rows); SQLite: nothing
======  ================================================  ===========================
"""

from __future__ import annotations

from typing import Any, Generator, Iterable, TypeVar

from .statement import Statement

__all__ = ["Step", "Tx", "advance", "one", "rows", "run", "many", "lock", "Retry", "ATTEMPTS"]

T = TypeVar("T")

Step = tuple[str, Any, tuple]
Tx = Generator[Step, Any, T]

# Runs of a transaction that loses a deadlock, or a race for a unique index (PostgreSQL).
ATTEMPTS = 5


class Retry(Exception):
    """A unique index refused a write that the transaction's own checks found free: another
    transaction took the value in between. The backend runs the transaction again (its checks
    will see the holder then)."""


def advance(steps: Tx[T], reply: Any = None) -> tuple[bool, Any]:
    """Hand a transaction the last step's result (None to start it): ``(False, next step)``, or
    ``(True, its result)`` once it has returned."""
    try:
        return False, steps.send(reply)
    except StopIteration as done:
        return True, done.value


def one(statement: Statement, *args: Any) -> Step:
    return ("one", statement, args)


def rows(statement: Statement, *args: Any) -> Step:
    return ("rows", statement, args)


def run(statement: Statement, *args: Any) -> Step:
    return ("run", statement, args)


def many(statement: Statement, arg_rows: Iterable[tuple]) -> Step:
    return ("many", statement, tuple(arg_rows))


def lock(*key: Any) -> Step:
    return ("lock", "\x1f".join(map(str, key)), ())
