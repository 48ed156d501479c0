"""The storage integration: upstream messages kept per application, and ``ApplicationUpStorage``.

The integration is a closed-source package of TTI distributions; only its API is in the
open-source protos (``applicationserver_integrations_storage.proto``). What ttsl does:

* the integration is a sink of the fan-out (``fanout.py``, this replica's messages): every
  ApplicationUp the Application Server produces is stored when the device has an association
  with the package ``storage-integration``, or its application a default association with it
  (on any FPort: upstream pairs associations with package handlers by package name, not FPort;
  the association's ``data`` is not read);
* writes are off the request path, as upstream batches them: the fan-out only queues the message
  in the integration's subscription (bounded; when full, the message is dropped and logged), and
  one task writes a batch ``delay`` after its first message (what queued up meanwhile, up to
  ``batch``). A failing write is logged and its batch lost; nothing reaches the call that
  produced the message. Closing writes what still waits;
* retention: a write also deletes every message received more than ``retention`` (24 h, as
  TTS Sandbox) before it, at most once a minute;
* GetStoredApplicationUp streams the selected messages (the application's, or one device's),
  of ``type`` (``""``: any type), by ``received_at`` (``order`` ``received_at``, the default, or
  ``-received_at``); ``limit`` 0 or absent is all; ``f_port`` selects messages with that FPort
  (uplinks, downlinks); ``after``/``before`` bound ``received_at``, both inclusive; ``last``
  selects what was received within that long before now (with ``after``, the later bound
  holds). ``field_mask`` filters each message, end_device_ids and received_at always kept.
  The ``limit`` has no cap. ``continuation_token`` is not implemented (it is ignored: the
  other fields select as if it were absent);
* GetStoredApplicationUpCount answers the counts of the same selections per device ID (a
  device's own count is answered even when 0).

Rights: RIGHT_APPLICATION_TRAFFIC_READ on the application (server/application/rules.py), as TTI's docs
ask of the API key.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, AsyncIterator

from ttn.lorawan.v3 import applicationserver_integrations_storage_pb2 as pb
from ttn.lorawan.v3 import applicationserver_packages_pb2 as packages_pb
from ttn.lorawan.v3 import messages_pb2

from ... import fieldmask
from ...store import StoredApplicationUp
from ..packages import DEFAULTS

if TYPE_CHECKING:
    from ...pipeline import Call
    from ...store import Store
    from .fanout import Fanout, Subscription

__all__ = ["PACKAGE_NAME", "StorageIntegration", "ApplicationUpStorage"]

log = logging.getLogger(__name__)

PACKAGE_NAME = "storage-integration"
_SERVICE = "ttn.lorawan.v3.ApplicationUpStorage"

# Every path of an ApplicationUp (upstream's list also names the fields of the error's cause,
# one level into the recursive ErrorDetails); these two are always answered.
_UP_PATHS = frozenset(fieldmask.paths_of(messages_pb2.ApplicationUp.DESCRIPTOR)) | {
    f"up.downlink_failed.error.cause.{name}"
    for name in ("attributes", "correlation_id", "message_format", "name", "namespace")
}
_ALWAYS = ("end_device_ids", "received_at")
FIELD_MASKS = {f"/{_SERVICE}/GetStoredApplicationUp": _UP_PATHS}

_DOWNLINK_TYPES = frozenset({"downlink_ack", "downlink_nack", "downlink_sent", "downlink_queued"})
_MINUTE = 60 * 10**9


def _f_port(up: messages_pb2.ApplicationUp, which: str) -> int | None:
    if which == "uplink_message":
        return up.uplink_message.f_port
    if which in _DOWNLINK_TYPES:
        return getattr(up, which).f_port
    if which == "downlink_failed":
        return up.downlink_failed.downlink.f_port
    return None


class StorageIntegration:
    """Writes the ApplicationUps of enabled devices, in batches, as its subscription delivers them."""

    def __init__(self, store: "Store", fanout: "Fanout", *, delay: float = 0.05, batch: int = 100,
                 queue_size: int = 10_000, retention: float = 24 * 3600) -> None:
        self._store = store
        self._delay = delay
        self._batch = batch
        self._retention = int(retention * 10**9)
        self._subscription: "Subscription" = fanout.subscribe("storage integration", queue_size=queue_size)
        self._task = asyncio.get_running_loop().create_task(self._run(), name="ttsl-storage-integration")
        self._pending: list[messages_pb2.ApplicationUp] = []
        self._expired_at = 0

    async def close(self) -> None:
        """Stop the writer, then write what is still waiting."""
        self._subscription.close()
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        rest, self._pending = self._pending, []
        rest.extend(self._subscription.drain())
        if rest:
            try:
                await self._write(rest)
            except Exception:
                log.exception("storage integration: %d upstream messages not stored", len(rest))

    async def _run(self) -> None:
        # A batch: the first message, and what queued up within ``delay`` after it.
        async for first in self._subscription:
            self._pending = [first]
            await asyncio.sleep(self._delay)
            self._pending.extend(self._subscription.drain(self._batch - 1))
            batch, self._pending = self._pending, []
            try:
                await self._write(batch)
            except Exception:
                log.exception("storage integration: %d upstream messages not stored", len(batch))

    async def _write(self, batch: list[messages_pb2.ApplicationUp]) -> None:
        enabled: dict[tuple[str, str], bool] = {}
        rows = []
        for up in batch:
            if up.WhichOneof("up") is None:
                continue
            ids = up.end_device_ids
            key = (ids.application_ids.application_id, ids.device_id)
            if key not in enabled:
                enabled[key] = await self._enabled(*key)
            if not enabled[key]:
                continue
            which = up.WhichOneof("up")
            rows.append(StoredApplicationUp(key[0], key[1], which, _f_port(up, which),
                                            up.received_at.ToNanoseconds(), up.SerializeToString()))
        if not rows:
            return
        now = time.time_ns()
        expire_before = None
        if now - self._expired_at >= _MINUTE:
            expire_before, self._expired_at = now - self._retention, now
        await self._store.add_stored_application_ups(rows, expire_before=expire_before)

    async def _enabled(self, application_id: str, device_id: str) -> bool:
        for owner, message in ((device_id, packages_pb.ApplicationPackageAssociation),
                               (DEFAULTS, packages_pb.ApplicationPackageDefaultAssociation)):
            rows, _ = await self._store.list_package_associations(application_id, owner)
            if any(message.FromString(row.data).package_name == PACKAGE_NAME for row in rows):
                return True
        return False


def _selection(req) -> tuple[str, str | None, dict]:
    if req.HasField("end_device_ids"):
        application_id, device_id = req.end_device_ids.application_ids.application_id, req.end_device_ids.device_id
    else:
        application_id, device_id = req.application_ids.application_id, None
    after = req.after.ToNanoseconds() if req.HasField("after") else None
    before = req.before.ToNanoseconds() if req.HasField("before") else None
    if req.HasField("last"):
        since = time.time_ns() - req.last.ToNanoseconds()
        after = since if after is None else max(after, since)
    f_port = req.f_port.value if req.HasField("f_port") else None
    return application_id, device_id, {"f_port": f_port, "after": after, "before": before}


class ApplicationUpStorage:
    SERVICE = _SERVICE

    def __init__(self, store: "Store") -> None:
        self._store = store

    async def GetStoredApplicationUp(
        self, req: pb.GetStoredApplicationUpRequest, call: "Call"
    ) -> AsyncIterator[messages_pb2.ApplicationUp]:
        application_id, device_id, where = _selection(req)
        rows = await self._store.list_stored_application_ups(
            application_id, device_id, req.type, **where, descending=req.order == "-received_at",
            limit=req.limit.value if req.HasField("limit") else 0,
        )
        paths = list(req.field_mask.paths)
        for data in rows:
            up = messages_pb2.ApplicationUp.FromString(data)
            yield fieldmask.filter_message(up, [*paths, *_ALWAYS]) if paths else up

    async def GetStoredApplicationUpCount(
        self, req: pb.GetStoredApplicationUpCountRequest, call: "Call"
    ) -> pb.GetStoredApplicationUpCountResponse:
        application_id, device_id, where = _selection(req)
        counts = await self._store.count_stored_application_ups(application_id, device_id, req.type, **where)
        if device_id is not None:
            counts.setdefault(device_id, 0)
        return pb.GetStoredApplicationUpCountResponse(count=counts)
