"""Where the Application Server finishes its upstream messages and hands them to the fan-out
(upstream ``pkg/applicationserver/applicationserver.go``: ``processUp``, ``publishUp``).

:meth:`Upstream.process` is upstream's ``processUp`` for an ApplicationUp that has its
identifiers (the AS device's EUIs and DevAddr, when it has a device), ``received_at`` and the
correlation IDs of the call that made it:

1. an ``as:up:<ULID>`` correlation ID is added;
2. ``as.up.data.receive`` (uplink messages) or ``as.up.join.receive`` (join-accepts) is published;
3. the message is handled by its kind: an uplink message of a device the Application Server
   does not have is dropped (``as.up.data.drop`` with ``pkg/redis:not_found``); else it is
   decoded with the device's, or else the application's, up formatter unless its FPort is 0
   (a failure is only the event ``as.up.data.decode.fail``; warnings add
   ``as.up.data.decode.warning``), and each measurement of its normalized payload becomes an
   ``uplink_normalized`` message of its own, processed as any other. ttsl has no other handling
   (simulated traffic is not decrypted, as upstream's is not);
4. the message goes to the fan-out (``integrations/fanout.py``), and the kind's ``*.forward``
   event carries it (``as.up.data.forward``, ``as.up.join.forward``, ``as.down.data.ack.forward``,
   …; ``events.FORWARD``).

:meth:`Upstream.publish` is ``publishUp`` alone: the downlink queue's ``downlink_queued`` and
``downlink_failed`` go to the fan-out with no event of their own, as upstream's
``registerForwardDownlinks``/``registerDropDownlinks`` send them.

Events carry the credentials, address and client of the call that caused the message
(:class:`Origin`), as upstream's take them from the call's context.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from ttn.lorawan.v3 import end_device_pb2, events_pb2, identifiers_pb2, messages_pb2

from ..devices.registry import ERR_NOT_FOUND
from ..errors import TTSError
from ..events import new_ulid
from . import events as ev
from .formatters import select

if TYPE_CHECKING:
    from ..pipeline import Call
    from .integrations.fanout import Fanout

__all__ = ["Origin", "Upstream"]

log = logging.getLogger(__name__)

ApplicationUp = messages_pb2.ApplicationUp
FORMATTER_NONE = messages_pb2.PayloadFormatter.FORMATTER_NONE


@dataclass(frozen=True, slots=True)
class Origin:
    """The call an upstream message came from, as its events name it."""

    authentication: Optional[events_pb2.Event.Authentication] = None
    remote_ip: str = ""
    user_agent: str = ""

    @classmethod
    def of(cls, call: "Call") -> "Origin":
        return cls(call.event_authentication(), call.remote_ip, call.user_agent)


class Upstream:
    def __init__(self, bus, formatters, fanout: "Fanout") -> None:
        self._bus = bus
        self._formatters = formatters
        self.fanout = fanout
        self._tasks: set[asyncio.Task] = set()

    def process_soon(self, up: ApplicationUp, origin: Origin, device: Optional[end_device_pb2.EndDevice] = None,
                     defaults: Optional[messages_pb2.MessagePayloadFormatters] = None) -> None:
        """:meth:`process` in the background (the call that made ``up`` answers at once)."""
        task = asyncio.get_running_loop().create_task(self.process(up, origin, device, defaults))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def process(self, up: ApplicationUp, origin: Origin, device: Optional[end_device_pb2.EndDevice] = None,
                      defaults: Optional[messages_pb2.MessagePayloadFormatters] = None) -> None:
        try:
            up.correlation_ids[:] = sorted({*up.correlation_ids, f"as:up:{new_ulid()}"})
            which = up.WhichOneof("up")
            received = ev.RECEIVE.get(which)
            if received is not None:
                await self._publish_event(received, up, None, origin)
            if which == "uplink_message":
                if device is None:  # upstream's simulated uplink handling reads the AS device first
                    await self._publish_event(ev.UP_DROP, up, ERR_NOT_FOUND().details(), origin)
                    return
                await self._decode(up, origin, device, defaults)
                for normalized in _normalized(up):
                    self.process_soon(normalized, origin, device, defaults)
            self.fanout.publish(up)
            forwarded = ev.FORWARD.get(which)
            if forwarded is not None:
                await self._publish_event(forwarded, up, up, origin)
        except Exception:  # pragma: no cover - background work must not die silently
            log.exception("processing an upstream message failed")

    def publish(self, up: ApplicationUp) -> None:
        self.fanout.publish(up)


    async def _decode(self, up: ApplicationUp, origin: Origin, device, defaults) -> None:
        uplink = up.uplink_message
        if uplink.f_port == 0:
            return
        formatters = device.formatters if device is not None and device.HasField("formatters") else None
        formatter, parameter = select(formatters, defaults, "up")
        if formatter == FORMATTER_NONE:
            return
        version = device.version_ids if device is not None and device.HasField("version_ids") else None
        try:
            await self._formatters.decode_uplink(up.end_device_ids, version, uplink, formatter, parameter)
        except TTSError as error:
            await self._publish_event(ev.UP_DECODE_FAIL, up, error.details(), origin)
        else:
            if uplink.decoded_payload_warnings:
                await self._publish_event(ev.UP_DECODE_WARNING, up, up, origin)

    def _publish_event(self, definition, up: ApplicationUp, data, origin: Origin):
        return self._bus.publish(definition.new(
            [identifiers_pb2.EntityIdentifiers(device_ids=up.end_device_ids)], data,
            correlation_ids=list(up.correlation_ids), authentication=origin.authentication,
            remote_ip=origin.remote_ip, user_agent=origin.user_agent,
        ))

    async def close(self) -> None:
        """Let the messages under way reach the fan-out."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)


def _normalized(up: ApplicationUp) -> list[ApplicationUp]:
    """One ``uplink_normalized`` per measurement of a decoded uplink (upstream
    ``publishNormalizedUplink``), with the uplink's identifiers, correlation IDs and settings."""
    uplink = up.uplink_message
    out = []
    for measurement in uplink.normalized_payload:
        normalized = ApplicationUp(end_device_ids=up.end_device_ids, correlation_ids=up.correlation_ids,
                                   simulated=up.simulated)
        if up.HasField("received_at"):
            normalized.received_at.CopyFrom(up.received_at)
        n = normalized.uplink_normalized
        n.session_key_id, n.f_port, n.f_cnt, n.frm_payload = (
            uplink.session_key_id, uplink.f_port, uplink.f_cnt, uplink.frm_payload)
        n.normalized_payload.CopyFrom(measurement)
        n.normalized_payload_warnings.extend(uplink.normalized_payload_warnings)
        n.rx_metadata.extend(uplink.rx_metadata)
        n.confirmed = uplink.confirmed
        for name in ("settings", "received_at", "consumed_airtime", "version_ids", "network_ids"):
            if uplink.HasField(name):
                getattr(n, name).CopyFrom(getattr(uplink, name))
        for key, location in uplink.locations.items():
            n.locations[key].CopyFrom(location)
        out.append(normalized)
    return out
