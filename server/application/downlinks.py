"""The application downlink queue (upstream ``pkg/applicationserver/applicationserver.go``,
``payload.go``, ``io/io.go`` and, for the Network Server's part, ``pkg/networkserver/grpc_asns.go``).

Push and Replace:

1. the items are cleaned to the fields an application may set (``CleanDownlinks``);
2. the AS device must exist (``device_not_found``); per item, a FRMPayload alone is decoded with
   the down formatter (for events; failures are only events), else the decoded payload is
   encoded (``no_payload`` when neither is given; encoder failures fail the request);
   confirmed items get ``confirmed_retry.attempt`` 1, and more than 32 attempts is refused;
3. ``as.down.data.receive`` per item; items without FPort are refused (``no_f_port``); the device
   needs a session or pending session (``no_device_session``);
4. for each session, the items get FCnts ``last_a_f_cnt_down + 1, +2, ...``, the session key ID,
   and the FRMPayload encrypted with the session's AppSKey (unless the payload crypto is
   skipped: then the items go as sent, with their own FCnt and session key ID);
5. the Network Server's part checks and stores them in ``session.queued_application_downlinks``
   (and the pending session's) of the NS device, encrypted: the payload at most 242 bytes
   (the largest of upstream's band tables, less the frame header), FCnts increasing from the
   last queued one (``f_cnt_too_low``), the session known (``unknown_session``), at most 10000
   items per session (``downlink_queue_capacity``); for a multicast device no confirmed item
   (``confirmed_multicast_downlink``) and none without ``class_b_c.gateways``
   (``no_downlink_path``); no item whose ``class_b_c.absolute_time`` is less than 2.5 s ahead
   (``downlink_expired``). On ``f_cnt_too_low`` or ``unknown_session``
   the AS resynchronises its counters from what the NS reports and tries again (up to 50
   times; a session the NS does not have is left out, one it has with another DevAddr or
   session key ID is ``rebuild``); the counters are stored in the AS device only on success;
6. ``as.down.data.forward`` per encrypted item; on failure ``as.down.data.drop`` per item.

The Network Server's part (5, and reading its queue for List) is server/network/downlink_queue.py.
ttsl's NS devices have no MAC state (see server/network/device_registry.py), so upstream's
``unknown_mac_state`` check and the minimum FCnt from recent downlinks are left out.

List reads the NS queue, keeps the items of the current session (else the pending one),
decrypts them and runs the down formatter; an empty queue answers ``{}``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Optional

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import applicationserver_pb2 as pb
from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, messages_pb2

from ..devices.registry import ERR_NOT_FOUND
from ..errors import Namespace, TTSError
from ..events import new_ulid
from ..network import downlink_queue as ns_queue
from ..network.downlink_queue import SESSIONS as _SESSIONS
from ..network.downlink_queue import Rejected as _Rejected
from ..network.downlink_queue import session_key_id as _key_id
from ..network.downlink_queue import session_of as _session
from ..store import RegistryDevice
from . import crypto
from . import events as ev
from .device_registry import ERR_DEVICE_NOT_FOUND
from .formatters import select

if TYPE_CHECKING:
    from ..pipeline import Call

__all__ = ["DownlinkQueue"]

EndDevice = end_device_pb2.EndDevice
Downlink = messages_pb2.ApplicationDownlink
FORMATTER_NONE = messages_pb2.PayloadFormatter.FORMATTER_NONE

_as = Namespace("pkg/applicationserver")
ERR_NO_PAYLOAD = _as.invalid_argument("no_payload", "no payload")
ERR_NO_F_PORT = _as.invalid_argument("no_f_port", "no FPort")
ERR_NO_DEVICE_SESSION = _as.failed_precondition("no_device_session", "no device session; check device activation")
ERR_NO_APP_S_KEY = _as.data_loss("no_app_s_key", "no AppSKey")
ERR_UNKNOWN_SESSION_AS = _as.not_found("unknown_session", "unknown session")
ERR_REBUILD = _as.aborted("rebuild", "rebuild device session; check device address")
ERR_MAX_RETRIES = _as.invalid_argument(
    "downlink_max_retries_invalid", "downlink maximum retries exceed configured maximum of {max}"
)
# Upstream's default as.downlinks.confirmation.max-retry-attempts.
MAX_RETRY_ATTEMPTS = 32
MAX_ATTEMPTS = 50

_CLEAN = ("session_key_id", "f_port", "f_cnt", "frm_payload", "decoded_payload", "class_b_c", "priority",
          "confirmed", "correlation_ids", "confirmed_retry")
_CLEAN_MESSAGES = ("decoded_payload", "class_b_c", "confirmed_retry")


def clean(items) -> list[Downlink]:
    out = []
    for item in items:
        cleaned = Downlink()
        for name in _CLEAN:
            if name == "correlation_ids":
                cleaned.correlation_ids.extend(item.correlation_ids)
            elif name in _CLEAN_MESSAGES:
                if item.HasField(name):
                    getattr(cleaned, name).CopyFrom(getattr(item, name))
            else:
                setattr(cleaned, name, getattr(item, name))
        out.append(cleaned)
    return out


def _skip_crypto(device: EndDevice, link_skip: bool, session=None) -> bool:
    """The device's override, else the link's; never when the session's AppSKey is at hand."""
    if session is not None and session.HasField("keys") and session.keys.app_s_key.key:
        return False
    if device.HasField("skip_payload_crypto_override"):
        return device.skip_payload_crypto_override.value
    return link_skip


class DownlinkQueue:
    def __init__(self, store, bus, formatters, upstream=None) -> None:
        self._store = store
        self._bus = bus
        self._formatters = formatters
        self._upstream = upstream  # where the queue's ApplicationUps go (upstream.py), if anywhere

    def _offer(self, ids, items: list[Downlink], received_at: int, error: Optional[TTSError] = None) -> None:
        """Upstream's ApplicationUps of a queue operation (``registerForwardDownlinks``,
        ``registerDropDownlinks``): downlink_queued per item, or downlink_failed with the error,
        for the integrations (off the request path: the fan-out only queues them)."""
        if self._upstream is None:
            return
        for item in items:
            up = messages_pb2.ApplicationUp(end_device_ids=ids, correlation_ids=item.correlation_ids)
            up.received_at.FromNanoseconds(received_at)
            if error is None:
                up.downlink_queued.CopyFrom(item)
            else:
                up.downlink_failed.downlink.CopyFrom(item)
                up.downlink_failed.error.CopyFrom(error.details())
            self._upstream.publish(up)

    # Helpers ---------------------------------------------------------------------------------------
    async def publish(self, definition, ids, data, call: "Call", correlation_ids=None) -> None:
        await self._bus.publish(
            call.event(definition, [identifiers_pb2.EntityIdentifiers(device_ids=ids)], data, correlation_ids)
        )

    async def _link(self, application_id: str):
        data = await self._store.get_application_link(application_id)
        link = pb.ApplicationLink.FromString(data) if data is not None else pb.ApplicationLink()
        defaults = link.default_formatters if link.HasField("default_formatters") else None
        return defaults, link.skip_payload_crypto.value

    def _formatter(self, device: EndDevice, defaults) -> tuple[int, str]:
        return select(device.formatters if device.HasField("formatters") else None, defaults, "down")

    async def decode(self, device: EndDevice, item: Downlink, defaults, call: "Call", correlation_ids=None) -> None:
        """The down decoder on ``item``; failures are events only."""
        formatter, parameter = self._formatter(device, defaults)
        if formatter == FORMATTER_NONE:
            return
        version = device.version_ids if device.HasField("version_ids") else None
        try:
            await self._formatters.decode_downlink(device.ids, version, item, formatter, parameter)
        except TTSError as error:
            await self.publish(ev.DOWN_DECODE_FAIL, device.ids, error.details(), call, correlation_ids)
            return
        if item.decoded_payload_warnings:
            await self.publish(ev.DOWN_DECODE_WARNING, device.ids, item, call, correlation_ids)

    async def _encode(self, device: EndDevice, item: Downlink, defaults, call: "Call") -> None:
        if not item.frm_payload and not item.HasField("decoded_payload"):
            raise ERR_NO_PAYLOAD()
        if item.frm_payload or not item.HasField("decoded_payload"):
            return
        formatter, parameter = self._formatter(device, defaults)
        if formatter == FORMATTER_NONE:
            return
        version = device.version_ids if device.HasField("version_ids") else None
        try:
            await self._formatters.encode_downlink(device.ids, version, item, formatter, parameter)
        except TTSError as error:
            await self.publish(ev.DOWN_ENCODE_FAIL, device.ids, error.details(), call, list(item.correlation_ids))
            raise
        if item.decoded_payload_warnings:
            await self.publish(ev.DOWN_ENCODE_WARNING, device.ids, item, call, list(item.correlation_ids))

    # RPCs --------------------------------------------------------------------------------------------
    async def push(self, req: messages_pb2.DownlinkQueueRequest, call: "Call", replace: bool) -> empty_pb2.Empty:
        ids = req.end_device_ids
        app_id, device_id = ids.application_ids.application_id, ids.device_id
        items = clean(req.downlinks)
        base = list(call.correlation())
        if len(items) <= 1:
            base.append(f"as:downlink:{new_ulid()}")
        for item in items:
            correlation = base + list(item.correlation_ids)
            if len(items) > 1:
                correlation.append(f"as:downlink:{new_ulid()}")
            item.correlation_ids[:] = sorted(set(correlation))
        defaults, link_skip = await self._link(app_id)
        row = await self._store.get_registry_device("as", app_id, device_id)
        if row is None:
            raise ERR_DEVICE_NOT_FOUND(device_uid=f"{app_id}.{device_id}")
        device = EndDevice.FromString(row.data)
        for item in items:
            if item.frm_payload and not item.HasField("decoded_payload"):
                await self.decode(device, item, defaults, call, list(item.correlation_ids))
            else:
                await self._encode(device, item, defaults, call)
            if item.confirmed:
                if not item.HasField("confirmed_retry"):
                    item.confirmed_retry.attempt = 1
                if item.confirmed_retry.max_attempts.value > MAX_RETRY_ATTEMPTS:
                    raise ERR_MAX_RETRIES(max=MAX_RETRY_ATTEMPTS)
        for item in items:
            await self.publish(ev.DOWN_RECEIVE, device.ids, item, call, list(item.correlation_ids))
        now = time.time_ns()
        try:
            encrypted = await self._attempt(device, items, link_skip, replace)
        except TTSError as error:
            for item in items:
                await self.publish(ev.DOWN_DROP, device.ids, error.details(), call, list(item.correlation_ids))
            self._offer(device.ids, items, now, error)
            raise
        for item in encrypted:
            await self.publish(ev.DOWN_FORWARD, device.ids, item, call, list(item.correlation_ids))
        self._offer(device.ids, items, now)
        return empty_pb2.Empty()

    async def _attempt(self, device: EndDevice, items: list[Downlink], link_skip: bool, replace: bool) -> list[Downlink]:
        for item in items:
            if item.f_port == 0:
                raise ERR_NO_F_PORT()
        app_id, device_id = device.ids.application_ids.application_id, device.ids.device_id
        sessions = {name: _session(device, name) for name in _SESSIONS}
        attempt = 1
        while True:
            present = {name: s for name, s in sessions.items() if s is not None}
            if not present:
                raise ERR_NO_DEVICE_SESSION()
            encrypted, last = self._encrypt(device, items, present, link_skip)
            try:
                await ns_queue.write(self._store, app_id, device_id, encrypted, replace)
                break
            except _Rejected as rejected:
                if attempt >= MAX_ATTEMPTS or _skip_crypto(device, link_skip) or rejected.details is None:
                    raise rejected.error from None
                for name, session in list(sessions.items()):
                    seen = rejected.details.get(name)
                    if seen is None:
                        sessions[name] = None
                    elif session is not None and seen[1] == _key_id(session) and seen[0] == bytes(session.dev_addr):
                        session.last_a_f_cnt_down = max(seen[2], 1) - 1
                    else:
                        # Upstream fetches the NS's session AppSKey from the Join Server here;
                        # ttsl's Join Server keeps no session keys.
                        raise ERR_REBUILD() from None
                attempt += 1

        def write(current: Optional[RegistryDevice]) -> Optional[RegistryDevice]:
            if current is None:
                return None
            stored = EndDevice.FromString(current.data)
            for name, f_cnt in last.items():
                session = _session(stored, name)
                if session is not None and _key_id(session) == _key_id(sessions[name]):
                    session.last_a_f_cnt_down = f_cnt
            now = time.time_ns()
            stored.updated_at.FromNanoseconds(now)
            return RegistryDevice(stored.SerializeToString(), current.dev_eui, current.join_eui, current.dev_addr,
                                  current.created_at, now)

        await self._store.set_registry_device("as", app_id, device_id, write)
        return encrypted

    @staticmethod
    def _encrypt(device: EndDevice, items: list[Downlink], sessions: dict, link_skip: bool):
        encrypted: list[Downlink] = []
        last: dict[str, int] = {}
        for name, session in sessions.items():
            skip = _skip_crypto(device, link_skip, session)
            f_cnt = session.last_a_f_cnt_down
            for item in items:
                out = Downlink()
                out.CopyFrom(item)
                out.ClearField("decoded_payload")
                out.ClearField("decoded_payload_warnings")
                if skip:
                    if not item.session_key_id:
                        out.session_key_id = _key_id(session)
                else:
                    f_cnt += 1
                    out.f_cnt = f_cnt
                    out.session_key_id = _key_id(session)
                    key = session.keys.app_s_key.key if session.HasField("keys") else b""
                    if not key:
                        raise ERR_NO_APP_S_KEY()
                    out.frm_payload = crypto.frm_payload(key, crypto.DOWNLINK, bytes(session.dev_addr), f_cnt,
                                                         bytes(item.frm_payload))
                encrypted.append(out)
            if not skip:
                last[name] = f_cnt
        return encrypted, last

    async def list(self, ids: identifiers_pb2.EndDeviceIdentifiers, call: "Call") -> messages_pb2.ApplicationDownlinks:
        app_id, device_id = ids.application_ids.application_id, ids.device_id
        row = await self._store.get_registry_device("as", app_id, device_id)
        if row is None:
            raise ERR_NOT_FOUND()
        device = EndDevice.FromString(row.data)
        defaults, link_skip = await self._link(app_id)
        queued = await ns_queue.queued(self._store, app_id, device_id)
        response = messages_pb2.ApplicationDownlinks()
        if not queued:
            return response
        session = _session(device, "session") or _session(device, "pending_session")
        if session is None:
            raise ERR_NO_DEVICE_SESSION()
        if not (session.HasField("keys") and session.keys.HasField("app_s_key")):
            raise ERR_NO_APP_S_KEY()
        key_id = _key_id(session)
        queue = [d for d in queued if bytes(d.session_key_id) == key_id]
        if _skip_crypto(device, link_skip, session):
            response.downlinks.extend(queue)
            return response
        for item in queue:
            match = None
            for name in _SESSIONS:
                s = _session(device, name)
                if s is not None and _key_id(s) == bytes(item.session_key_id):
                    match = s
                    break
            if match is None:
                raise ERR_UNKNOWN_SESSION_AS()
            key = match.keys.app_s_key.key
            if not key:
                raise ERR_NO_APP_S_KEY()
            item.frm_payload = crypto.frm_payload(key, crypto.DOWNLINK, bytes(match.dev_addr), item.f_cnt,
                                                  bytes(item.frm_payload))
            await self.decode(device, item, defaults, call)
            response.downlinks.append(item)
        return response
