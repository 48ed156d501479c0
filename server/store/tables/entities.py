"""Entity rows (:class:`server.store.EntityStore`): cached by (kind, ID), absent ones too.

Read-modify-writes read the row inside their transaction, locked, never from the cache: the
cached row may be older than a write that committed before this one started.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .. import queries as q
from ..backend import Backend
from ..cache import Changes
from ..rows import Entity, EntityChange, GatewayEUITaken, IDTaken, Member, storable_text
from ..statement import TextList
from ..transaction import Tx, one, run
from .memberships import upsert_membership

__all__ = ["Entities", "update_row"]

Update = Callable[[Entity | None], EntityChange | None]


def _create(changes: Changes, kind: str, id: str, data: bytes, name: str, now: int, member: Member | None) -> Tx[None]:
    storable_text(name)
    if not (yield run(q.INSERT_ENTITY, kind, id, q.namespace_of(kind), name, now, now, data)):
        raise IDTaken(id)
    changes.entity(kind, id, liveness=True)
    if member is not None:
        yield from upsert_membership(changes, kind, id, member, now)


def update_row(
    changes: Changes, kind: str, id: str, fn: Update, now: int | None, eui: bool = False
) -> Tx[Entity | None]:
    """One read-modify-write of a live entity row; ``eui``: write the EUI of the change too
    (gateways), refusing one another live gateway holds."""
    current = q.entity_of((yield one(q.LIVE_ENTITY_LOCKED, kind, id)))
    change = fn(current)
    if change is None or current is None:
        return current
    storable_text(change.name)
    updated_at = current.updated_at if now is None else now
    if eui:
        if change.eui is not None and (yield one(q.GATEWAY_EUI_HOLDER, change.eui, id)) is not None:
            raise GatewayEUITaken(change.eui)
        yield run(q.UPDATE_ENTITY_AND_EUI, change.data, change.name, updated_at, change.eui, kind, id)
    else:
        yield run(q.UPDATE_ENTITY, change.data, change.name, updated_at, kind, id)
    changes.entity(kind, id)
    return Entity(kind, id, change.data, current.created_at, updated_at, None)


def _update_all(changes: Changes, updates: list[tuple[str, str, Update]], now: int | None) -> Tx[list[Entity | None]]:
    stored = []
    for kind, id, fn in updates:
        stored.append((yield from update_row(changes, kind, id, fn, now)))
    return stored


def _set_liveness(changes: Changes, kind: str, id: str, statement, *args) -> Tx[bool]:
    if not (yield run(statement, *args)):
        return False
    changes.entity(kind, id, liveness=True)
    return True


def _purge(changes: Changes, kind: str, id: str) -> Tx[bool]:
    others = (yield run(q.PURGE_API_KEYS, kind, id)) + (yield run(q.PURGE_MEMBERSHIPS, kind, id, kind, id))
    if kind == "application":  # the Application Server's webhooks go with it (upstream's cleaner)
        yield run(q.DELETE_WEBHOOKS, id)
    purged = (yield run(q.PURGE_ENTITY, kind, id)) > 0
    if purged or others:
        changes.entity(kind, id, liveness=True)
    return purged


class Entities(Backend):
    async def create_entity(
        self, kind: str, id: str, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        await self._write(_create, kind, id, data, name, now, member)
        return Entity(kind, id, data, now, now, None)

    async def get_entity(self, kind: str, id: str, *, include_deleted: bool = False) -> Entity | None:
        key = (kind, id)
        try:
            row = self._cache.entities[key]
        except KeyError:
            row = await self._remembered(self._cache.entities, key, self._read_entity(kind, id))
        if row is not None and row.deleted_at is not None and not include_deleted:
            return None
        return row

    async def _read_entity(self, kind: str, id: str) -> Entity | None:
        return q.entity_of(await self._one(q.ENTITY, kind, id))

    async def list_entities(
        self,
        kind: str,
        *,
        ids: Sequence[str] | None = None,
        deleted: bool = False,
        order: str = "",
        limit: int = 0,
        offset: int = 0,
    ) -> tuple[list[Entity], int]:
        if ids is not None and not ids:
            return [], 0
        args = (kind,) if ids is None else (kind, TextList(ids))
        listing = q.entity_listing(deleted, ids is not None, order, bool(limit))
        records, total = await self._page(listing, args, args, limit, offset)
        return [q.entity_of(r) for r in records], total

    async def update_entity(self, kind: str, id: str, fn: Update, *, now: int | None) -> Entity | None:
        return await self._write(update_row, kind, id, fn, now)

    async def update_entities(
        self, changes: Sequence[tuple[str, str, Update]], *, now: int | None
    ) -> list[Entity | None]:
        return await self._write(_update_all, list(changes), now)

    async def delete_entity(self, kind: str, id: str, *, now: int) -> bool:
        return await self._write(_set_liveness, kind, id, q.DELETE_ENTITY_SOFTLY, now, now, kind, id)

    async def restore_entity(self, kind: str, id: str, *, now: int) -> bool:
        """(Gateways come back through ``Gateways.restore_entity``.)"""
        return await self._write(_set_liveness, kind, id, q.RESTORE_ENTITY, now, kind, id)

    async def purge_entity(self, kind: str, id: str) -> bool:
        return await self._write(_purge, kind, id)
