"""Gateways (:class:`server.store.GatewayStore`): entity rows whose ``eui`` column holds the EUI,
unique among the live gateways. Writes look for a holder of the ID or EUI inside their
transaction, so the two are told apart without reading constraint messages; the unique indexes
stay the guard (a race they catch runs the transaction again, which then finds the holder).
Rows are cached as every entity row.
"""

from __future__ import annotations

from typing import Callable

from .. import queries as q
from ..cache import Changes
from ..rows import Entity, EntityChange, GatewayEUITaken, IDTaken, Member, storable_text
from ..transaction import Tx, one, run
from .entities import Entities, update_row
from .memberships import upsert_membership

__all__ = ["Gateways"]


def _create(changes: Changes, id: str, eui: bytes | None, data: bytes, name: str, now: int,
            member: Member | None) -> Tx[None]:
    storable_text(name)
    namespace = q.namespace_of("gateway")
    if (yield one(q.ID_IN_NAMESPACE, namespace, id)) is not None:
        raise IDTaken(id)
    if eui is not None and (yield one(q.GATEWAY_EUI_HOLDER, eui, id)) is not None:
        raise GatewayEUITaken(eui)
    yield run(q.INSERT_GATEWAY, id, namespace, name, now, now, data, eui)
    changes.entity("gateway", id, liveness=True)
    if member is not None:
        yield from upsert_membership(changes, "gateway", id, member, now)


def _restore(changes: Changes, id: str, now: int, without_eui: Callable[[bytes], bytes] | None) -> Tx[bool]:
    """See ``GatewayStore.restore_gateway``."""
    deleted = yield one(q.DELETED_GATEWAY_EUI_LOCKED, id)
    if deleted is None:
        return False
    eui = deleted[0]
    if eui is not None and (yield one(q.GATEWAY_EUI_HOLDER, eui, id)) is not None:
        if without_eui is None:
            raise GatewayEUITaken(bytes(eui))
        yield run(q.RESTORE_GATEWAY_WITHOUT_EUI, now, without_eui(bytes(deleted[1])), id)
    else:
        yield run(q.RESTORE_ENTITY, now, "gateway", id)
    changes.entity("gateway", id, liveness=True)
    return True


class Gateways(Entities):
    async def create_gateway(
        self, id: str, eui: bytes | None, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        await self._write(_create, id, eui, data, name, now, member)
        return Entity("gateway", id, data, now, now, None)

    async def update_gateway(
        self, id: str, fn: Callable[[Entity | None], EntityChange | None], *, now: int
    ) -> Entity | None:
        return await self._write(update_row, "gateway", id, fn, now, True)

    async def restore_gateway(self, id: str, *, now: int,
                              without_eui: Callable[[bytes], bytes] | None = None) -> bool:
        return await self._write(_restore, id, now, without_eui)

    async def restore_entity(self, kind: str, id: str, *, now: int) -> bool:
        if kind == "gateway":  # its EUI may be taken meanwhile
            return await self.restore_gateway(id, now=now)
        return await super().restore_entity(kind, id, now=now)

    async def get_gateway_by_eui(self, eui: bytes) -> Entity | None:
        return q.entity_of(await self._one(q.GATEWAY_BY_EUI, eui))
