"""Downlinks through a webhook: ``POST /api/v3/as/applications/{app}/webhooks/{id}/devices/{dev}/down/push``
and ``…/down/replace`` (upstream ``io/web/webhooks.go`` and ``middleware.go``).

In order: the identifiers in the path are validated; the caller needs
RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE on the application (the webhook's downlink API key, or any
key with that right); the webhook must exist (``pkg/redis:not_found``), and a paused one answers
406 with no body; the body is read in the webhook's format (``decode_body``) and its downlinks
validated (``validate_body``); then the downlink queue is pushed or replaced by the same call as
``AppAs.DownlinkQueuePush``/``Replace``. Success is 200 with no body; errors have the error
body and status of the HTTP API.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from aiohttp import web

from gateway import codec
from gateway.errors import status_of, write_status
from ttn.lorawan.v3 import applicationserver_web_pb2 as web_pb
from ttn.lorawan.v3 import identifiers_pb2, messages_pb2

from .... import validate
from ....devices.registry import ERR_NOT_FOUND
from ....errors import Namespace, TTSError
from .formats import FORMATS, FormatError
from .requests import ERR_FORMAT_NOT_FOUND

if TYPE_CHECKING:
    from ....pipeline import Pipeline
    from ....store import Store

__all__ = ["WebhookDownlinks", "PATH"]

_web = Namespace("pkg/applicationserver/io/web")
ERR_DECODE_BODY = _web.invalid_argument("decode_body", "decode body")
ERR_VALIDATE_BODY = _web.invalid_argument("validate_body", "validate body")

PATH = re.compile(r"/api/v3/as/applications/([^/]+)/webhooks/([^/]+)/devices/([^/]+)/down/(push|replace)")
_METHODS = {"push": "/ttn.lorawan.v3.AppAs/DownlinkQueuePush", "replace": "/ttn.lorawan.v3.AppAs/DownlinkQueueReplace"}


def _error(exc: BaseException) -> web.Response:
    return write_status(codec, status_of(exc))


class WebhookDownlinks:
    """The two routes, carried out through the pipeline (so rights and queue rules stay one)."""

    def __init__(self, store: "Store", pipeline: "Pipeline", call_factory: Callable) -> None:
        self._store = store
        self._pipeline = pipeline
        self._call = call_factory  # (full method, request) -> Call, with the request's credentials

    async def handle(self, request: web.BaseRequest, match: re.Match) -> web.StreamResponse:
        if request.method != "POST":
            raise web.HTTPMethodNotAllowed(request.method, ["POST"])
        application_id, webhook_id, device_id, op = match.groups()
        try:
            return await self._handle(request, application_id, webhook_id, device_id, op)
        except TTSError as exc:
            return _error(exc)

    async def _handle(self, request: web.BaseRequest, application_id: str, webhook_id: str, device_id: str,
                      op: str) -> web.StreamResponse:
        device_ids = identifiers_pb2.EndDeviceIdentifiers(
            device_id=device_id, application_ids=identifiers_pb2.ApplicationIdentifiers(application_id=application_id))
        queue_request = messages_pb2.DownlinkQueueRequest(end_device_ids=device_ids)
        method = self._pipeline.methods[_METHODS[op]]
        call = self._call(method.full_name, request)
        # The identifiers and the caller's rights first, as the queue operation admits them.
        validate.message(device_ids)
        validate.message(web_pb.ApplicationWebhookIdentifiers(
            webhook_id=webhook_id, application_ids=device_ids.application_ids))
        await self._pipeline.admit(method, queue_request, call, paths=("end_device_ids",))
        data = await self._store.get_webhook(application_id, webhook_id)
        if data is None:
            raise ERR_NOT_FOUND()
        hook = web_pb.ApplicationWebhook.FromString(data)
        if hook.paused:
            return web.Response(status=406)
        form = FORMATS.get(hook.format)
        if form is None:
            raise ERR_FORMAT_NOT_FOUND(format=hook.format)
        try:
            items = form.to_downlinks(await request.read())
        except FormatError:
            raise ERR_DECODE_BODY() from None
        except web.HTTPRequestEntityTooLarge:
            raise ERR_DECODE_BODY() from None
        try:
            validate.message(items)
        except TTSError as exc:
            raise ERR_VALIDATE_BODY(cause=exc) from None
        queue_request.downlinks.extend(items.downlinks)
        await self._pipeline.unary(method, queue_request, call)
        return web.Response(status=200)

