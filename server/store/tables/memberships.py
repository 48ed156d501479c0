"""Memberships (:class:`server.store.MembershipStore`); membership chains are cached.

Writes of an entity's memberships hold the entity's key lock: ``change_membership`` decides on
all of them, so none may change (or be added) meanwhile.
"""

from __future__ import annotations

from typing import Callable

from .. import queries as q
from ..backend import Backend
from ..cache import Changes
from ..rows import Member, Membership
from ..transaction import Tx, lock, rows, run

__all__ = ["Memberships", "upsert_membership"]

Change = Callable[[Membership | None, list[Membership]], bytes | None]


def upsert_membership(changes: Changes, entity_kind: str, entity_id: str, member: Member, now: int) -> Tx[None]:
    """Write ``member``'s rights on the entity (within a transaction that holds its lock, or
    creates the entity)."""
    member_kind, member_id, rights = member
    yield run(q.UPSERT_MEMBERSHIP, entity_kind, entity_id, member_kind, member_id, rights, now, now)
    changes.memberships()


def _set(changes: Changes, key: tuple[str, str, str, str], rights: bytes | None, now: int) -> Tx[None]:
    entity_kind, entity_id, member_kind, member_id = key
    yield lock("memberships", entity_kind, entity_id)
    if rights is not None:
        yield from upsert_membership(changes, entity_kind, entity_id, (member_kind, member_id, rights), now)
    elif (yield run(q.DELETE_MEMBERSHIP, *key)):
        changes.memberships()


def _change(changes: Changes, key: tuple[str, str, str, str], fn: Change, now: int) -> Tx[Membership | None]:
    entity_kind, entity_id, member_kind, member_id = key
    yield lock("memberships", entity_kind, entity_id)
    members = [q.membership_of(r) for r in (yield rows(q.MEMBERS_LOCKED, entity_kind, entity_id))]
    current = next((m for m in members if (m.member_kind, m.member_id) == (member_kind, member_id)), None)
    rights = fn(current, members)
    if rights is None:
        if current is not None:
            yield run(q.DELETE_MEMBERSHIP, *key)
            changes.memberships()
        return None
    yield from upsert_membership(changes, entity_kind, entity_id, (member_kind, member_id, rights), now)
    return Membership(*key, rights, current.created_at if current is not None else now, now)


class Memberships(Backend):
    async def set_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str, rights: bytes | None, *, now: int
    ) -> None:
        await self._write(_set, (entity_kind, entity_id, member_kind, member_id), rights, now)

    async def get_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> Membership | None:
        return q.membership_of(await self._one(q.MEMBERSHIP, entity_kind, entity_id, member_kind, member_id))

    async def list_members(self, entity_kind: str, entity_id: str) -> list[Membership]:
        return [q.membership_of(r) for r in await self._rows(q.MEMBERS, entity_kind, entity_id)]

    async def membership_chains(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> list[tuple[bytes, bytes | None]]:
        key = (entity_kind, entity_id, member_kind, member_id)
        try:
            return self._cache.chains[key]
        except KeyError:
            return await self._remembered(self._cache.chains, key, self._read_chains(key))

    async def _read_chains(self, key: tuple[str, str, str, str]) -> list[tuple[bytes, bytes | None]]:
        entity_kind, entity_id, member_kind, member_id = key
        records = await self._rows(q.MEMBERSHIP_CHAINS, *key, member_kind, member_id, entity_kind, entity_id)
        return [(bytes(r[0]), bytes(r[1]) if r[1] is not None else None) for r in records]

    async def list_memberships(self, member_kind: str, member_id: str, entity_kind: str) -> list[Membership]:
        return [q.membership_of(r) for r in await self._rows(q.MEMBERSHIPS_OF, member_kind, member_id, entity_kind)]

    async def change_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str, fn: Change, *, now: int
    ) -> Membership | None:
        return await self._write(_change, (entity_kind, entity_id, member_kind, member_id), fn, now)
