"""Upstream messages kept by the storage integration (:class:`server.store.StoredApplicationUpStore`):
appended, never updated, not cached; ties of received_at in insertion order (``seq``)."""

from __future__ import annotations

from typing import Sequence

from .. import queries as q
from ..backend import Backend
from ..cache import Changes
from ..rows import StoredApplicationUp
from ..transaction import Tx, many, run

__all__ = ["StoredApplicationUps"]


def _add(changes: Changes, ups: Sequence[StoredApplicationUp], expire_before: int | None) -> Tx[None]:
    if expire_before is not None:
        yield run(q.EXPIRE_STORED_UPS, expire_before)
    yield many(q.INSERT_STORED_UP, ((r.application_id, r.device_id, r.type, r.f_port, r.received_at, r.data)
                                    for r in ups))


def _selection(application_id: str, device_id: str | None, type: str, f_port: int | None, after: int | None,
               before: int | None) -> tuple[tuple[bool, ...], tuple]:
    """Which filters are given, and the arguments (as ``queries.stored_up_list`` takes them)."""
    filters = (device_id is not None, bool(type), f_port is not None, after is not None, before is not None)
    given = (device_id, type, f_port, after, before)
    return filters, (application_id, *(value for value, on in zip(given, filters) if on))


class StoredApplicationUps(Backend):
    async def add_stored_application_ups(
        self, rows: Sequence[StoredApplicationUp], *, expire_before: int | None = None
    ) -> None:
        await self._write(_add, list(rows), expire_before)

    async def list_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None, descending: bool = False, limit: int = 0,
    ) -> list[bytes]:
        filters, args = _selection(application_id, device_id, type, f_port, after, before)
        statement = q.stored_up_list(*filters, descending, bool(limit))
        records = await self._rows(statement, *args, int(limit)) if limit else await self._rows(statement, *args)
        return [bytes(r[0]) for r in records]

    async def count_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None,
    ) -> dict[str, int]:
        filters, args = _selection(application_id, device_id, type, f_port, after, before)
        return {r[0]: r[1] for r in await self._rows(q.stored_up_count(*filters), *args)}
