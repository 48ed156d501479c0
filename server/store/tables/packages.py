"""The Application Server's package associations and application links
(:class:`server.store.PackageStore`): keyed rows, not cached."""

from __future__ import annotations

from typing import Callable

from .. import queries as q
from ..cache import Changes
from ..rows import PackageAssociation
from ..transaction import Tx, run
from .keyed import KeyedTables

__all__ = ["Packages"]


def _clear(changes: Changes, application_id: str, device_id: str) -> Tx[int]:
    return (yield run(q.CLEAR_PACKAGE_ASSOCIATIONS, application_id, device_id))


class Packages(KeyedTables):
    async def get_package_association(
        self, application_id: str, device_id: str, f_port: int
    ) -> PackageAssociation | None:
        return await self._get_keyed(q.PACKAGE_ASSOCIATIONS, (application_id, device_id, f_port))

    async def list_package_associations(
        self, application_id: str, device_id: str, *, limit: int = 0, offset: int = 0
    ) -> tuple[list[PackageAssociation], int]:
        args = (application_id, device_id)
        records, total = await self._page(q.package_association_listing(bool(limit)), args, args, limit, offset)
        return [q.package_association_of(r) for r in records], total

    async def set_package_association(
        self,
        application_id: str,
        device_id: str,
        f_port: int,
        fn: Callable[[PackageAssociation | None], PackageAssociation | None],
    ) -> PackageAssociation | None:
        return await self._set_keyed(q.PACKAGE_ASSOCIATIONS, (application_id, device_id, f_port), fn)

    async def clear_package_associations(self, application_id: str, device_id: str) -> int:
        return await self._write(_clear, application_id, device_id)

    async def get_application_link(self, application_id: str) -> bytes | None:
        return await self._get_keyed(q.APPLICATION_LINKS, (application_id,))

    async def set_application_link(
        self, application_id: str, fn: Callable[[bytes | None], bytes | None]
    ) -> bytes | None:
        return await self._set_keyed(q.APPLICATION_LINKS, (application_id,), fn)
