"""The Identity Server's end devices (:class:`server.store.EndDeviceStore`): cached by
(application, device), absent ones too; every write forgets the devices it changed.

A write looks for the holder of the ID or the EUI pair inside its transaction, so the two are
told apart without reading constraint messages; the unique indexes stay the guard (a race they
catch runs the transaction again, which then finds the holder).
"""

from __future__ import annotations

from typing import Callable, Sequence

from .. import queries as q
from ..backend import Backend
from ..cache import Changes
from ..rows import EndDeviceRow, EUIsTaken, IDTaken, storable_text
from ..statement import TextList
from ..transaction import Retry, Tx, one, rows, run

__all__ = ["EndDevices"]


def _euis_taken(join_eui: bytes | None, dev_eui: bytes | None, other_than: tuple[str, str] = ("", "")) -> Tx[None]:
    """Raise EUIsTaken when another device holds the pair (a pair with an EUI unset is free)."""
    if join_eui is None or dev_eui is None:
        return
    holder = yield one(q.END_DEVICE_EUIS_HOLDER, join_eui, dev_eui, *other_than)
    if holder is not None:
        raise EUIsTaken(join_eui=join_eui.hex().upper(), dev_eui=dev_eui.hex().upper(),
                        application_id=holder[0], device_id=holder[1])


def _create(changes: Changes, devices: Sequence[EndDeviceRow]) -> Tx[None]:
    for row in devices:
        storable_text(row.name, row.description)
        if (yield run(q.INSERT_END_DEVICE, row.application_id, row.device_id, row.dev_eui, row.join_eui, row.name,
                      row.description, row.data, row.created_at, row.updated_at, row.last_seen_at)):
            changes.device(row.application_id, row.device_id)
            continue
        # A unique index refused it (the transaction goes on): tell which.
        if (yield one(q.END_DEVICE, row.application_id, row.device_id)) is not None:
            raise IDTaken(row.device_id)
        yield from _euis_taken(row.join_eui, row.dev_eui)
        raise Retry()  # the holder is gone already


def _update(changes: Changes, key: tuple[str, str], fn: Callable[[EndDeviceRow | None], EndDeviceRow | None]
            ) -> Tx[EndDeviceRow | None]:
    current = q.end_device_of((yield one(q.END_DEVICE_LOCKED, *key)))
    row = fn(current)
    if row is None or row is current or current is None:
        return current
    storable_text(row.name, row.description)
    if (row.join_eui, row.dev_eui) != (current.join_eui, current.dev_eui):
        yield from _euis_taken(row.join_eui, row.dev_eui, key)
    yield run(q.UPDATE_END_DEVICE, row.dev_eui, row.join_eui, row.name, row.description, row.data, row.updated_at,
              row.last_seen_at, *key)
    changes.device(*key)
    return EndDeviceRow(*key, row.dev_eui, row.join_eui, row.name, row.description, row.data, current.created_at,
                        row.updated_at, row.last_seen_at)


def _delete(changes: Changes, application_id: str, device_ids: TextList) -> Tx[list[str]]:
    deleted = sorted(r[0] for r in (yield rows(q.DELETE_END_DEVICES, application_id, device_ids)))
    for device_id in deleted:
        changes.device(application_id, device_id)
    return deleted


class EndDevices(Backend):
    async def create_end_device(self, row: EndDeviceRow) -> None:
        await self._write(_create, (row,))

    async def create_end_devices(self, rows: Sequence[EndDeviceRow]) -> None:
        await self._write(_create, list(rows))

    async def get_end_device(self, application_id: str, device_id: str) -> EndDeviceRow | None:
        key = (application_id, device_id)
        try:
            return self._cache.end_devices[key]
        except KeyError:
            return await self._remembered(self._cache.end_devices, key, self._read_end_device(key))

    async def _read_end_device(self, key: tuple[str, str]) -> EndDeviceRow | None:
        return q.end_device_of(await self._one(q.END_DEVICE, *key))

    async def get_end_device_by_euis(self, join_eui: bytes | None, dev_eui: bytes | None) -> EndDeviceRow | None:
        statement = q.END_DEVICE_BY_EUIS if join_eui and dev_eui else q.END_DEVICE_BY_EUIS_OR_UNSET
        return q.end_device_of(await self._one(statement, join_eui or None, dev_eui or None))

    async def list_end_devices(
        self,
        application_id: str,
        *,
        order: str = "",
        limit: int = 0,
        offset: int = 0,
        updated_since: int | None = None,
    ) -> tuple[list[EndDeviceRow], int]:
        since = updated_since is not None
        listing = q.end_device_listing(order, since, bool(limit))
        page_args = (application_id, updated_since) if since else (application_id,)
        records, total = await self._page(listing, (application_id,), page_args, limit, offset)
        return [q.end_device_of(r) for r in records], total

    async def find_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[EndDeviceRow]:
        if not device_ids:
            return []
        return [q.end_device_of(r) for r in await self._rows(q.END_DEVICES_AMONG, application_id, TextList(device_ids))]

    async def update_end_device(
        self, application_id: str, device_id: str, fn: Callable[[EndDeviceRow | None], EndDeviceRow | None]
    ) -> EndDeviceRow | None:
        return await self._write(_update, (application_id, device_id), fn)

    async def delete_end_device(self, application_id: str, device_id: str) -> bool:
        return bool(await self.delete_end_devices(application_id, (device_id,)))

    async def delete_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[str]:
        if not device_ids:
            return []
        return await self._write(_delete, application_id, TextList(device_ids))

    async def count_end_devices(self, application_id: str) -> int:
        return (await self._one(q.COUNT_END_DEVICES, application_id))[0]
