"""DevEUIs issued from one IEEE block, counted per application (``dev_eui_counter``)."""

from __future__ import annotations

import asyncio

from ttn.lorawan.v3 import application_pb2

from ..errors import Namespace
from ..store import IDTaken, Store
from . import entities

__all__ = ["DevEUIIssuer"]

_store_errors = Namespace("pkg/identityserver/store")
ERR_NO_EUI_BLOCK = _store_errors.failed_precondition("no_eui_or_block_available", "no EUI or EUI block available")
ERR_LIMIT_REACHED = _store_errors.failed_precondition(
    "application_dev_eui_limit_reached", "application issued DevEUI limit ({dev_eui_limit}) reached"
)
_COUNTER_KIND, _COUNTER_ID = "dev_eui_block", "default"


class DevEUIIssuer:
    def __init__(self, store: Store, block: str = "70B3D57ED0000000/36", application_limit: int = 100) -> None:
        prefix, _, bits = block.partition("/")
        self._prefix = int(prefix, 16)
        self._size = 1 << (64 - int(bits or 64))
        self._store = store
        self._limit = application_limit
        self._lock = asyncio.Lock()

    async def issue(self, app_id: str) -> bytes:
        async with self._lock:
            row = await self._store.get_entity("application", app_id)
            app = application_pb2.Application.FromString(row.data)
            if self._limit and app.dev_eui_counter >= self._limit:
                raise ERR_LIMIT_REACHED(dev_eui_limit=self._limit)
            issued = await self._next()
            app.dev_eui_counter += 1
            await self._store.update_entity("application", app_id, app.SerializeToString(), name=app.name,
                                            now=entities.now_ns())
            return (self._prefix + issued).to_bytes(8, "big")

    async def _next(self) -> int:
        now = entities.now_ns()
        row = await self._store.get_entity(_COUNTER_KIND, _COUNTER_ID)
        if row is None:
            try:
                await self._store.create_entity(_COUNTER_KIND, _COUNTER_ID, (0).to_bytes(8, "big"), name="", now=now)
            except IDTaken:
                pass
            issued = 0
        else:
            issued = int.from_bytes(row.data, "big")
        if issued >= self._size:
            raise ERR_NO_EUI_BLOCK()
        await self._store.update_entity(_COUNTER_KIND, _COUNTER_ID, (issued + 1).to_bytes(8, "big"), name="", now=now)
        return issued
