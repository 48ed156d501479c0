"""Tables whose rows a read-modify-write replaces whole under their key (:class:`KeyedRows`):
get, set through ``fn``, delete — the device registries, package associations, links."""

from __future__ import annotations

from typing import Any, Callable, Generator, TypeVar

from ..backend import Backend
from ..cache import Changes
from ..queries import KeyedRows
from ..transaction import Step, Tx, lock, one, run

__all__ = ["KeyedTables", "Check"]

T = TypeVar("T")

# An extra check of a set before it writes (``key``, stored value or None, new value); it may run
# statements and raise what refuses the write.
Check = Callable[[tuple, Any, Any], Generator[Step, Any, None]]


def _replace(changes: Changes, rows: KeyedRows[T], key: tuple, fn: Callable[[T | None], T | None],
             check: Check | None) -> Tx[T | None]:
    yield lock(rows.table, *key)  # the row may not exist yet: nothing to lock but the key
    record = yield one(rows.select_locked, *key)
    current = rows.decode(key, record) if record is not None else None
    new = fn(current)
    if new is current:
        return current
    if new is None:
        yield run(rows.delete, *key)
        return None
    if check is not None:
        yield from check(key, current, new)
    values = rows.encode(new)
    yield run(rows.upsert, *key, *values)
    return rows.decode(key, values)


def _delete(changes: Changes, rows: KeyedRows, key: tuple) -> Tx[bool]:
    return (yield run(rows.delete, *key)) > 0


class KeyedTables(Backend):
    """Not cached (one indexed row, read by no hot path): writes have nothing to forget."""

    async def _get_keyed(self, rows: KeyedRows[T], key: tuple) -> T | None:
        record = await self._one(rows.select, *key)
        return rows.decode(key, record) if record is not None else None

    async def _set_keyed(
        self, rows: KeyedRows[T], key: tuple, fn: Callable[[T | None], T | None], check: Check | None = None
    ) -> T | None:
        """``fn`` gets the stored row (None when absent) and returns the one to store, None to
        delete it, or its argument itself to leave it untouched; ``check`` runs before a store."""
        return await self._write(_replace, rows, key, fn, check)

    async def _delete_keyed(self, rows: KeyedRows, key: tuple) -> bool:
        return await self._write(_delete, rows, key)
