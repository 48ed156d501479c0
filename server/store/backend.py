"""What the shared operations need of a backend, and the little they build on it.

A backend (SQLite, PostgreSQL) gives three things: ``_one`` and ``_rows`` read outside any
transaction, and ``_write`` runs one write transaction (a generator of steps, see
:mod:`server.store.transaction`), forgetting what it changed in ``_cache`` when it is over.
Everything else — every operation of :class:`server.store.Store` — is written once, in
:mod:`server.store.tables`, on these.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, TypeVar

from .cache import RowCache
from .queries import Listing
from .statement import Statement
from .transaction import Tx

__all__ = ["Backend"]

T = TypeVar("T")


class Backend:
    """The plumbing each backend implements, and the two versions of its cache."""

    _cache: RowCache

    async def _one(self, statement: Statement, *args: Any) -> Any | None:
        """The first row the statement returns, or None."""
        raise NotImplementedError

    async def _rows(self, statement: Statement, *args: Any) -> list[Any]:
        raise NotImplementedError

    async def _write(self, tx: Callable[..., Tx[T]], *args: Any) -> T:
        """Run ``tx(changes, *args)`` in one transaction; whatever it raises rolls it back."""
        raise NotImplementedError

    # Versions (see AccessVersions) ------------------------------------------------------------
    @property
    def auth_version(self) -> int:
        return self._cache.auth_version

    @property
    def rights_version(self) -> int:
        return self._cache.rights_version

    # Built on the plumbing -------------------------------------------------------------------
    async def _remembered(self, table: dict, key: tuple, read: Awaitable[T]) -> T:
        """A cache miss: ``read`` it, and keep it unless something was forgotten meanwhile."""
        generation = self._cache.generation
        value = await read
        self._cache.remember(table, key, value, generation)
        return value

    async def _page(
        self, listing: Listing, count_args: tuple, page_args: tuple, limit: int, offset: int
    ) -> tuple[list[Any], int]:
        """One page (``limit`` 0 = all) of a list's rows, each with the total as its last column,
        and the total."""
        if listing.paged:
            records = await self._rows(listing.page, *count_args, *page_args, int(limit), int(offset))
        else:
            records = await self._rows(listing.page, *count_args, *page_args)
        if records:
            return records, records[0][-1]
        if listing.paged and offset:  # past the end: the total still counts
            return [], (await self._one(listing.count, *count_args))[0]
        return [], 0
