"""DevEUIs issued from one IEEE block, counted per application (``dev_eui_counter``).

As upstream's store (``IssueDevEUIForApplication``), one transaction checks and bumps the
application's counter and takes the next address of the block: two issues never get the same
address, and an issue refused (limit reached, block used up) changes nothing. Of the
application only the counter changes (and ``updated_at``, as upstream's ``Update`` of the
column touches it): the counter is bumped on the application as stored, in the write.
"""

from __future__ import annotations

from ttn.lorawan.v3 import application_pb2

from ..errors import Namespace
from ..store import Entity, EntityChange, IDTaken, Store
from . import entities

__all__ = ["DevEUIIssuer"]

_store_errors = Namespace("pkg/identityserver/store")
ERR_NO_EUI_BLOCK = _store_errors.failed_precondition("no_eui_or_block_available", "no EUI or EUI block available")
ERR_LIMIT_REACHED = _store_errors.failed_precondition(
    "application_dev_eui_limit_reached", "application issued DevEUI limit ({dev_eui_limit}) reached"
)
_COUNTER_KIND, _COUNTER_ID = "dev_eui_block", "default"


class _NoApplication(Exception):
    """The application is gone: nothing is written."""


class DevEUIIssuer:
    def __init__(self, store: Store, block: str = "70B3D57ED0000000/36", application_limit: int = 100) -> None:
        prefix, _, bits = block.partition("/")
        self._prefix = int(prefix, 16)
        self._size = 1 << (64 - int(bits or 64))
        self._store = store
        self._limit = application_limit
        self._block_ready = False

    async def issue(self, app_id: str) -> bytes | None:
        """The next DevEUI for the application; None when there is no such (live) application."""
        await self._ensure_block_counter()
        taken: list[int] = []

        # Both run in the store's write, the application first (its limit is the first refusal).
        def count(row: Entity | None) -> EntityChange:
            if row is None:
                raise _NoApplication()
            app = application_pb2.Application.FromString(row.data)
            if self._limit and app.dev_eui_counter >= self._limit:
                raise ERR_LIMIT_REACHED(dev_eui_limit=self._limit)
            app.dev_eui_counter += 1
            return EntityChange(app.SerializeToString(), app.name)

        def take(row: Entity | None) -> EntityChange:
            issued = int.from_bytes(row.data, "big") if row is not None else self._size
            if issued >= self._size:
                raise ERR_NO_EUI_BLOCK()
            taken.append(issued)
            return EntityChange((issued + 1).to_bytes(8, "big"), "")

        try:
            await self._store.update_entities(
                [("application", app_id, count), (_COUNTER_KIND, _COUNTER_ID, take)], now=entities.now_ns()
            )
        except _NoApplication:
            return None
        return (self._prefix + taken[-1]).to_bytes(8, "big")

    async def _ensure_block_counter(self) -> None:
        if self._block_ready:
            return
        if await self._store.get_entity(_COUNTER_KIND, _COUNTER_ID) is None:
            try:
                await self._store.create_entity(
                    _COUNTER_KIND, _COUNTER_ID, (0).to_bytes(8, "big"), name="", now=entities.now_ns()
                )
            except IDTaken:
                pass  # created meanwhile
        self._block_ready = True
