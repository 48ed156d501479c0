"""The Application Server's webhooks (:class:`server.store.WebhookStore`): keyed rows, not
cached (the webhook sink reads an application's webhooks per message, one indexed read)."""

from __future__ import annotations

from typing import Callable

from .. import queries as q
from ..cache import Changes
from ..transaction import Tx, run
from .keyed import KeyedTables

__all__ = ["Webhooks"]


def _delete_all(changes: Changes, application_id: str) -> Tx[int]:
    return (yield run(q.DELETE_WEBHOOKS, application_id))


class Webhooks(KeyedTables):
    async def get_webhook(self, application_id: str, webhook_id: str) -> bytes | None:
        return await self._get_keyed(q.WEBHOOKS, (application_id, webhook_id))

    async def list_webhooks(self, application_id: str) -> list[bytes]:
        return [bytes(r[0]) for r in await self._rows(q.LIST_WEBHOOKS, application_id)]

    async def set_webhook(
        self, application_id: str, webhook_id: str, fn: Callable[[bytes | None], bytes | None]
    ) -> bytes | None:
        return await self._set_keyed(q.WEBHOOKS, (application_id, webhook_id), fn)

    async def delete_webhooks(self, application_id: str) -> int:
        return await self._write(_delete_all, application_id)
