"""SimulateUplink (upstream ``pkg/applicationserver/io/grpc/grpc.go`` and the AS's uplink handling).

An ApplicationUp already marked ``simulated`` is refused (``simulated``), as is one for a device
whose payload crypto is skipped (``payload_crypto_skipped``). Otherwise ``received_at`` is set if
missing, ``simulated`` set, the identifiers replaced by the AS device's (EUIs, DevAddr), and the
call answers at once: the message is processed in the background, as upstream publishes it to
its uplink handling. There, an uplink message is not decrypted (the FRMPayload is the plaintext)
and no session or FCnt is checked; it is decoded with the device's or the application's up
formatter unless its FPort is 0 (a failure only adds ``as.up.data.decode.fail``), then
``as.up.data.receive`` and ``as.up.data.forward`` (with the ApplicationUp) are published.

ttsl checks the caller's rights before the ``simulated`` check (upstream checks them after).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import applicationserver_pb2 as pb
from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, messages_pb2

from ..errors import Namespace, TTSError
from . import events as ev
from .formatters import select

if TYPE_CHECKING:
    from ..pipeline import Call

__all__ = ["Uplinks"]

log = logging.getLogger(__name__)

_grpc = Namespace("pkg/applicationserver/io/grpc")
ERR_PAYLOAD_CRYPTO_SKIPPED = _grpc.failed_precondition("payload_crypto_skipped", "payload crypto skipped")
ERR_SIMULATED = _grpc.invalid_argument("simulated", "simulated traffic cannot be simulated again")

FORMATTER_NONE = messages_pb2.PayloadFormatter.FORMATTER_NONE


class Uplinks:
    def __init__(self, store, bus, formatters, storage=None) -> None:
        self._store = store
        self._storage = storage  # the storage integration (packages/storage.py), if any
        self._bus = bus
        self._formatters = formatters
        self._tasks: set[asyncio.Task] = set()

    async def simulate(self, up: messages_pb2.ApplicationUp, call: "Call") -> empty_pb2.Empty:
        if up.simulated:
            raise ERR_SIMULATED()
        ids = up.end_device_ids
        app_id = ids.application_ids.application_id
        up.correlation_ids[:] = sorted(set(call.correlation()) | set(up.correlation_ids))
        link_data = await self._store.get_application_link(app_id)
        link = pb.ApplicationLink.FromString(link_data) if link_data is not None else pb.ApplicationLink()
        row = await self._store.get_registry_device("as", app_id, ids.device_id)
        device = end_device_pb2.EndDevice.FromString(row.data) if row is not None else None
        if device is not None:
            if device.HasField("skip_payload_crypto_override"):
                skip = device.skip_payload_crypto_override.value
            else:
                skip = link.skip_payload_crypto.value
            if skip:
                raise ERR_PAYLOAD_CRYPTO_SKIPPED()
        if not up.HasField("received_at"):
            up.received_at.FromNanoseconds(time.time_ns())
        up.simulated = True
        if device is not None:
            ids.CopyFrom(device.ids)
        defaults = link.default_formatters if link.HasField("default_formatters") else None
        authentication = call.event_authentication()
        task = asyncio.get_running_loop().create_task(
            self._process(up, device, defaults, authentication, call.remote_ip, call.user_agent))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return empty_pb2.Empty()

    async def _process(self, up, device, defaults, authentication, remote_ip, user_agent) -> None:
        def publish(definition, data):
            return self._bus.publish(definition.new(
                [identifiers_pb2.EntityIdentifiers(device_ids=up.end_device_ids)], data,
                correlation_ids=list(up.correlation_ids), authentication=authentication,
                remote_ip=remote_ip, user_agent=user_agent,
            ))

        try:
            if up.WhichOneof("up") == "uplink_message":
                await publish(ev.UP_RECEIVE, None)
                uplink = up.uplink_message
                if uplink.f_port != 0:
                    formatter, parameter = select(
                        device.formatters if device is not None and device.HasField("formatters") else None,
                        defaults, "up")
                    if formatter != FORMATTER_NONE:
                        version = device.version_ids if device is not None and device.HasField("version_ids") else None
                        try:
                            await self._formatters.decode_uplink(up.end_device_ids, version, uplink, formatter, parameter)
                        except TTSError as error:
                            await publish(ev.UP_DECODE_FAIL, error.details())
                        else:
                            if uplink.decoded_payload_warnings:
                                await publish(ev.UP_DECODE_WARNING, up)
                await publish(ev.UP_FORWARD, up)
            elif up.WhichOneof("up") is not None:
                # Other simulated messages are forwarded as they are (no events of their own here).
                pass
            if self._storage is not None:
                self._storage.offer(up)
        except Exception:  # pragma: no cover - background work must not die silently
            log.exception("simulated uplink processing failed")
