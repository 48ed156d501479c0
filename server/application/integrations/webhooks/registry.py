"""``ApplicationWebhookRegistry`` (upstream ``io/web/grpc_webhooks.go`` over its Redis registry,
``io/web/redis/registry.go``).

* GetFormats: ``json`` (JSON) and ``protobuf`` (Protocol Buffers); no rights needed;
* GetTemplate, ListTemplates: the templates of ``templates.py``; no rights needed;
* Get, List (RIGHT_APPLICATION_TRAFFIC_READ): a webhook answers ``ids``, ``created_at``,
  ``updated_at``, ``base_url`` and ``format``, plus the asked paths; an unknown one is
  ``pkg/redis:not_found``. List is by webhook ID, with ``X-Total-Count``;
* Set (RIGHT_APPLICATION_SETTINGS_BASIC, _TRAFFIC_READ and _TRAFFIC_DOWN_WRITE): an upsert of
  the asked paths (creating also writes the identifiers; updating with no path asked changes
  nothing); ``updated_at`` (and on create ``created_at``) set here; the identifiers are
  read-only (``read_only_field``); the whole webhook is then validated (so a new one needs at
  least ``base_url`` and ``format``). The answer is what a Get answers plus the asked paths;
* Delete (the same rights as Set): removes the webhook, and succeeds when there is none.

Upstream publishes no events for these; neither does ttsl. A webhook lives as long as its
application: purging the application removes its webhooks (upstream's registry cleaner).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Sequence

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import applicationserver_web_pb2 as web_pb
from ttn.lorawan.v3 import identifiers_pb2

from .... import fieldmask, validate
from ....devices.registry import ERR_NOT_FOUND
from ....errors import Namespace
from .formats import FORMATS
from .templates import TEMPLATE_PATHS, TemplateStore

if TYPE_CHECKING:
    from ....pipeline import Call
    from ....store import Store

__all__ = ["ApplicationWebhookRegistry", "FIELD_MASKS", "WEBHOOK_PATHS"]

_redis = Namespace("pkg/applicationserver/io/web/redis")
ERR_READ_ONLY_FIELD = _redis.invalid_argument("read_only_field", "read-only field `{field}`")

_SERVICE = "ttn.lorawan.v3.ApplicationWebhookRegistry"
# Every path of a webhook (upstream's list names the fields of the failure's cause, too).
WEBHOOK_PATHS = frozenset(fieldmask.paths_of(web_pb.ApplicationWebhook.DESCRIPTOR)) | {
    f"health_status.status.unhealthy.last_failed_attempt_details.cause.{name}"
    for name in ("attributes", "correlation_id", "message_format", "name", "namespace")
}
FIELD_MASKS = {
    f"/{_SERVICE}/Get": WEBHOOK_PATHS,
    f"/{_SERVICE}/List": WEBHOOK_PATHS,
    f"/{_SERVICE}/Set": WEBHOOK_PATHS,
    f"/{_SERVICE}/GetTemplate": TEMPLATE_PATHS,
    f"/{_SERVICE}/ListTemplates": TEMPLATE_PATHS,
}
# Always answered: the gRPC layer's base_url and format, the registry's ids and timestamps.
_IMPLICIT = ("base_url", "created_at", "format", "ids", "updated_at")
_IDS = ("ids.application_ids", "ids.webhook_id")


def _answer(hook: web_pb.ApplicationWebhook, paths: Sequence[str]) -> web_pb.ApplicationWebhook:
    return fieldmask.filter_message(hook, [*_IMPLICIT, *paths])


class ApplicationWebhookRegistry:
    SERVICE = _SERVICE

    def __init__(self, store: "Store", templates: TemplateStore) -> None:
        self._store = store
        self._templates = templates

    async def GetFormats(self, req: empty_pb2.Empty, call: "Call") -> web_pb.ApplicationWebhookFormats:
        return web_pb.ApplicationWebhookFormats(formats={key: f.name for key, f in FORMATS.items()})

    async def GetTemplate(self, req: web_pb.GetApplicationWebhookTemplateRequest,
                          call: "Call") -> web_pb.ApplicationWebhookTemplate:
        return await self._templates.get(req.ids.template_id, req.field_mask.paths)

    async def ListTemplates(self, req: web_pb.ListApplicationWebhookTemplatesRequest,
                            call: "Call") -> web_pb.ApplicationWebhookTemplates:
        return await self._templates.list(req.field_mask.paths)

    async def Get(self, req: web_pb.GetApplicationWebhookRequest, call: "Call") -> web_pb.ApplicationWebhook:
        data = await self._store.get_webhook(req.ids.application_ids.application_id, req.ids.webhook_id)
        if data is None:
            raise ERR_NOT_FOUND()
        return _answer(web_pb.ApplicationWebhook.FromString(data), req.field_mask.paths)

    async def List(self, req: web_pb.ListApplicationWebhooksRequest, call: "Call") -> web_pb.ApplicationWebhooks:
        rows = await self._store.list_webhooks(req.application_ids.application_id)
        paths = req.field_mask.paths
        call.set_total(len(rows))
        return web_pb.ApplicationWebhooks(
            webhooks=[_answer(web_pb.ApplicationWebhook.FromString(data), paths) for data in rows])

    async def Set(self, req: web_pb.SetApplicationWebhookRequest, call: "Call") -> web_pb.ApplicationWebhook:
        given = req.webhook
        paths = list(req.field_mask.paths)
        ids = given.ids

        def write(current: bytes | None) -> bytes | None:
            now = time.time_ns()
            if current is None:
                updated = web_pb.ApplicationWebhook()
                fieldmask.copy_paths(updated, given, [*paths, *_IDS])
                updated.created_at.FromNanoseconds(now)
            else:
                if not paths:
                    return current
                stored = web_pb.ApplicationWebhook.FromString(current)
                for path, value, was in (
                    ("ids.application_ids.application_id", ids.application_ids.application_id,
                     stored.ids.application_ids.application_id),
                    ("ids.webhook_id", ids.webhook_id, stored.ids.webhook_id),
                ):
                    if fieldmask.has_any(paths, path) and value != was:
                        raise ERR_READ_ONLY_FIELD(field=path)
                updated = stored
                fieldmask.copy_paths(updated, given, paths)
            updated.updated_at.FromNanoseconds(now)
            validate.message(updated)
            return updated.SerializeToString()

        data = await self._store.set_webhook(ids.application_ids.application_id, ids.webhook_id, write)
        assert data is not None
        return _answer(web_pb.ApplicationWebhook.FromString(data), paths)

    async def Delete(self, req: web_pb.ApplicationWebhookIdentifiers, call: "Call") -> empty_pb2.Empty:
        await self._store.set_webhook(req.application_ids.application_id, req.webhook_id, lambda current: None)
        return empty_pb2.Empty()


async def clear_webhooks(store: "Store", application_ids: identifiers_pb2.ApplicationIdentifiers) -> None:
    """Forget the application's webhooks (when the application is purged)."""
    await store.delete_webhooks(application_ids.application_id)
