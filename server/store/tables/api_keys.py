"""API keys (:class:`server.store.APIKeyStore`). Not cached here: server/auth/access.py caches
verified keys, trusting ``auth_version``, which every change of a stored key moves."""

from __future__ import annotations

from typing import Callable

from .. import queries as q
from ..backend import Backend
from ..cache import Changes
from ..rows import APIKeyRow, IDTaken, storable_text
from ..transaction import Tx, one, run

__all__ = ["APIKeys"]


def _create(changes: Changes, row: APIKeyRow) -> Tx[None]:
    # No version moves: no verification is cached for a key that did not exist.
    storable_text(row.name)
    if not (yield run(q.INSERT_API_KEY, row.id, row.entity_kind, row.entity_id, row.secret_hash, row.name, row.data,
                      row.created_at, row.updated_at, row.expires_at)):
        raise IDTaken(row.id)


def _update(changes: Changes, id: str, fn: Callable[[APIKeyRow | None], APIKeyRow | None]) -> Tx[APIKeyRow | None]:
    current = q.api_key_of((yield one(q.API_KEY_LOCKED, id)))
    new = fn(current)
    if new is current or current is None:
        return current
    if new is None:
        changes.keys()
        yield run(q.DELETE_API_KEY, id)
        return None
    storable_text(new.name)
    changes.keys()
    return q.api_key_of((yield one(q.UPDATE_API_KEY, new.data, new.name, new.expires_at, new.updated_at, id)))


def _delete(changes: Changes, id: str) -> Tx[bool]:
    if not (yield run(q.DELETE_API_KEY, id)):
        return False
    changes.keys()
    return True


class APIKeys(Backend):
    async def create_api_key(self, row: APIKeyRow) -> None:
        await self._write(_create, row)

    async def get_api_key(self, id: str) -> APIKeyRow | None:
        return q.api_key_of(await self._one(q.API_KEY, id))

    async def list_api_keys(
        self, entity_kind: str, entity_id: str, *, order: str = "", limit: int = 0, offset: int = 0
    ) -> tuple[list[APIKeyRow], int]:
        args = (entity_kind, entity_id)
        records, total = await self._page(q.api_key_listing(order, bool(limit)), args, args, limit, offset)
        return [q.api_key_of(r) for r in records], total

    async def update_api_key(self, id: str, fn: Callable[[APIKeyRow | None], APIKeyRow | None]) -> APIKeyRow | None:
        return await self._write(_update, id, fn)

    async def delete_api_key(self, id: str) -> bool:
        return await self._write(_delete, id)
