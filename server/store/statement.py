"""One SQL statement, written once, in the spelling of each backend.

Statements are written in the SQL that SQLite and PostgreSQL share, with ``?`` placeholders.
What the two spell differently is derived here, once per statement (at import for the fixed
ones, on first use for the few built from a list's order or filters):

* placeholders: PostgreSQL numbers them, ``$1, $2, …`` (no statement holds a ``?`` in a literal);
* a list argument, written ``= ANY(?)`` (PostgreSQL's match against an array) and bound as a
  :class:`TextList`: SQLite reads it as a JSON array, ``IN (SELECT value FROM json_each(?))``;
* ``IS NOT DISTINCT FROM`` (a comparison in which NULL matches NULL) is SQLite's ``IS``;
* a read that locks what it reads (:meth:`Statement.locked`) ends in ``FOR UPDATE`` on
  PostgreSQL; SQLite's writes run one at a time, so there is nothing to lock.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["Statement", "sql", "TextList"]

_PLACEHOLDER = re.compile(r"\?")
_ANY = re.compile(r"= ANY\(\?\)")


class TextList(tuple):
    """Text values bound to one ``= ANY(?)``: an array for PostgreSQL, JSON for SQLite (the
    SQLite backend registers the adapter)."""

    __slots__ = ()


class Statement:
    """The text of one statement for each backend: ``sqlite`` and ``postgres``."""

    __slots__ = ("sqlite", "postgres")

    def __init__(self, sqlite: str, postgres: str) -> None:
        self.sqlite = sqlite
        self.postgres = postgres

    def locked(self) -> "Statement":
        """The same read, locking the rows it reads until the transaction ends."""
        return Statement(self.sqlite, self.postgres + " FOR UPDATE")

    def __repr__(self) -> str:
        return f"sql({self.sqlite!r})"


def sql(text: str) -> Statement:
    """A statement from its shared text (see the module for what is derived)."""
    text = " ".join(text.split())
    numbers = itertools.count(1)
    postgres = _PLACEHOLDER.sub(lambda _: f"${next(numbers)}", text)
    sqlite = _ANY.sub("IN (SELECT value FROM json_each(?))", text).replace("IS NOT DISTINCT FROM", "IS")
    return Statement(sqlite, postgres)
