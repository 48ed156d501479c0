"""The embedded default store: one SQLite file in WAL mode.

Reads run on the event loop through their own connection (a WAL read of a cached page takes a
few microseconds, less than a hop to a thread). Writes run one at a time on a dedicated
thread with ``synchronous=FULL``, so a write is on disk before it is acknowledged and the
loop never waits on an fsync; as they run one at a time, a read-modify-write locks nothing.

The file belongs to one ttsl process (replicas share PostgreSQL instead), so every write goes
through this object, and the caches (:mod:`server.store.cache`) forget what each write changed
once it is over. The operations themselves are the shared ones (:mod:`server.store.tables`).
"""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, TypeVar

import orjson

from .cache import Changes, RowCache
from .migrations import MIGRATIONS, statements
from .statement import Statement, TextList
from .tables import SQLStore
from .transaction import ATTEMPTS, Retry, Step, Tx, advance

__all__ = ["SQLiteStore"]

T = TypeVar("T")

sqlite3.register_adapter(TextList, lambda values: orjson.dumps(list(values)).decode())


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _step(conn: sqlite3.Connection, step: Step) -> Any:
    """Run one step of a transaction (see :mod:`server.store.transaction`)."""
    kind, statement, args = step
    if kind == "lock":
        return None  # one writer at a time: nothing to lock
    if kind == "many":
        conn.executemany(statement.sqlite, args)
        return None
    cursor = conn.execute(statement.sqlite, args)
    if kind == "run":
        return cursor.rowcount
    records = cursor.fetchall()  # to the end: a statement left open would hold up the commit
    if kind == "rows":
        return records
    return records[0] if records else None


class SQLiteStore(SQLStore):
    """See :class:`server.store.Store` for the contract."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._writer = _connect(self.path)
        self._migrate()
        self._reader = _connect(self.path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
        self._cache = RowCache()

    @classmethod
    async def open(cls, path: str | Path) -> "SQLiteStore":
        return cls(path)

    async def close(self) -> None:
        self._executor.shutdown(wait=True)
        self._reader.close()
        self._writer.close()

    def _migrate(self) -> None:
        (version,) = self._writer.execute("PRAGMA user_version").fetchone()
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            self._writer.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements(step, "sqlite"):
                    self._writer.execute(statement)
                self._writer.execute(f"PRAGMA user_version={number}")
                self._writer.execute("COMMIT")
            except BaseException:
                self._writer.execute("ROLLBACK")
                raise

    # Plumbing (see Backend) ------------------------------------------------------------------
    async def _one(self, statement: Statement, *args: Any) -> Any | None:
        records = self._reader.execute(statement.sqlite, args).fetchall()
        return records[0] if records else None

    async def _rows(self, statement: Statement, *args: Any) -> list[Any]:
        return self._reader.execute(statement.sqlite, args).fetchall()

    async def _write(self, tx: Callable[..., Tx[T]], *args: Any) -> T:
        changes = Changes()
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor, self._transaction, tx, changes, args)
        finally:
            self._cache.forget(changes)

    def _transaction(self, tx: Callable[..., Tx[T]], changes: Changes, args: tuple) -> T:
        """On the writer thread: run the transaction's steps between BEGIN and COMMIT."""
        conn = self._writer
        for attempt in range(1, ATTEMPTS + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                steps = tx(changes, *args)
                done, value = advance(steps)
                while not done:
                    done, value = advance(steps, _step(conn, value))
            except Retry:
                conn.execute("ROLLBACK")
                if attempt == ATTEMPTS:
                    raise
                continue
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return value
        raise AssertionError("unreachable")
