"""The Network Server's part of the application downlink queue (upstream
``pkg/networkserver/grpc_asns.go``): what it checks before it keeps an item, and the queue it
keeps in ``session.queued_application_downlinks`` (and the pending session's) of its device.

The Application Server (server/application/downlinks.py) hands its encrypted items here in
process, where upstream calls the Network Server's ``AsNs`` service: this module is that seam.
Per session, an item's FRMPayload is at most 242 bytes (the largest of upstream's band tables,
less the frame header), FCnts increase from the last queued one (``f_cnt_too_low``), the
session is known (``unknown_session``), and a session holds at most 10000 items
(``downlink_queue_capacity``); a multicast device takes no confirmed item
(``confirmed_multicast_downlink``) and none without ``class_b_c.gateways``
(``no_downlink_path``); no item whose ``class_b_c.absolute_time`` is less than 2.5 s ahead
(``downlink_expired``). A refusal that the Application Server can recover from by
resynchronising its counters (``f_cnt_too_low``, ``unknown_session``) tells, per session, the
DevAddr, session key ID and minimum FCnt the Network Server has.
"""

from __future__ import annotations

import time
from typing import Optional

from ttn.lorawan.v3 import end_device_pb2, messages_pb2

from ..errors import TTSError
from ..store import RegistryDevice
from .errors import (
    ERR_CONFIRMED_MULTICAST,
    ERR_DEVICE_NOT_FOUND,
    ERR_EXPIRED,
    ERR_F_CNT_TOO_LOW,
    ERR_NO_PATH,
    ERR_QUEUE_CAPACITY,
    ERR_TOO_LONG,
    ERR_UNKNOWN_SESSION,
)

__all__ = [
    "Rejected",
    "QUEUE_CAPACITY",
    "MAX_FRM_PAYLOAD",
    "SESSIONS",
    "session_of",
    "session_key_id",
    "queue_operation",
    "write",
    "queued",
]

EndDevice = end_device_pb2.EndDevice
Downlink = messages_pb2.ApplicationDownlink

# Upstream's absoluteTimeSchedulingDelay (5 s): an item whose class_b_c.absolute_time is before
# now plus half of it is expired.
_EXPIRY_MARGIN_NS = 2_500_000_000
# Upstream's default ns.downlink-queue-capacity.
QUEUE_CAPACITY = 10000
MAX_FRM_PAYLOAD = 250 - 8
SESSIONS = ("session", "pending_session")


class Rejected(Exception):
    """The NS part refused the queue operation; ``details`` per session name when it tells them:
    (DevAddr, session key ID, minimum FCnt)."""

    def __init__(self, error: TTSError, details: Optional[dict[str, tuple[bytes, bytes, int]]] = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.details = details


def session_of(device: EndDevice, name: str):
    """The device's ``session`` or ``pending_session`` (``name``), None when it has none."""
    return getattr(device, name) if device.HasField(name) else None


def session_key_id(session) -> bytes:
    """The session's key ID, empty for no session or one without keys."""
    return bytes(session.keys.session_key_id) if session is not None and session.HasField("keys") else b""


def _min_f_cnt(session) -> int:
    queue = session.queued_application_downlinks
    minimum = session.last_n_f_cnt_down + 1 if session.last_n_f_cnt_down > 0 else 0
    if queue and queue[-1].f_cnt >= minimum:
        minimum = queue[-1].f_cnt + 1
    return minimum


def queue_operation(ns_device: EndDevice, downs: list[Downlink], replace: bool) -> None:
    """Upstream's ``matchQueuedApplicationDownlinks`` on the NS device (changed in place)."""
    sessions = [session_of(ns_device, name) for name in SESSIONS]
    if replace:
        for s in sessions:
            if s is not None:
                del s.queued_application_downlinks[:]
    minimums = {name: _min_f_cnt(s) for name, s in zip(SESSIONS, sessions) if s is not None}

    def details() -> dict[str, tuple[bytes, bytes, int]]:
        return {name: (bytes(s.dev_addr), session_key_id(s), minimums[name]) for name, s in zip(SESSIONS, sessions)
                if s is not None}

    unmatched = list(downs)
    for name, s in zip(SESSIONS, sessions):
        if s is None:
            continue
        key_id = session_key_id(s)
        mine = [d for d in unmatched if bytes(d.session_key_id) == key_id]
        unmatched = [d for d in unmatched if bytes(d.session_key_id) != key_id]
        minimum = minimums[name]
        for down in mine:
            if len(down.frm_payload) > MAX_FRM_PAYLOAD:
                raise Rejected(ERR_TOO_LONG(length=len(down.frm_payload), max=MAX_FRM_PAYLOAD))
            if down.f_cnt < minimum:
                raise Rejected(ERR_F_CNT_TOO_LOW(f_cnt=down.f_cnt, min_f_cnt=minimum), details())
            class_b_c = down.class_b_c if down.HasField("class_b_c") else None
            if ns_device.multicast and down.confirmed:
                raise Rejected(ERR_CONFIRMED_MULTICAST())
            if ns_device.multicast and (class_b_c is None or not class_b_c.gateways):
                raise Rejected(ERR_NO_PATH())
            if (class_b_c is not None and class_b_c.HasField("absolute_time")
                    and class_b_c.absolute_time.ToNanoseconds() < time.time_ns() + _EXPIRY_MARGIN_NS):
                raise Rejected(ERR_EXPIRED())
            minimum = down.f_cnt + 1
            s.queued_application_downlinks.append(down)
    if unmatched:
        raise Rejected(ERR_UNKNOWN_SESSION(), details())
    for s in sessions:
        if s is not None and len(s.queued_application_downlinks) > QUEUE_CAPACITY:
            raise Rejected(ERR_QUEUE_CAPACITY())


async def write(store, app_id: str, device_id: str, downs: list[Downlink], replace: bool) -> None:
    """Push (or, with ``replace``, replace) the items in the NS device's queue, in one atomic
    read-modify-write; :class:`Rejected` when the Network Server refuses them."""
    if len(downs) > QUEUE_CAPACITY * 2:
        raise Rejected(ERR_QUEUE_CAPACITY())
    if not downs and not replace:
        return

    def change(current: Optional[RegistryDevice]) -> Optional[RegistryDevice]:
        if current is None:
            raise Rejected(ERR_DEVICE_NOT_FOUND())
        device = EndDevice.FromString(current.data)
        queue_operation(device, downs, replace)
        now = time.time_ns()
        device.updated_at.FromNanoseconds(now)
        return RegistryDevice(device.SerializeToString(), current.dev_eui, current.join_eui, current.dev_addr,
                              current.created_at, now)

    await store.set_registry_device("ns", app_id, device_id, change)


async def queued(store, app_id: str, device_id: str) -> list[Downlink]:
    """The items queued for the device, of its session and then of its pending session."""
    row = await store.get_registry_device("ns", app_id, device_id)
    if row is None:
        raise ERR_DEVICE_NOT_FOUND()
    device = EndDevice.FromString(row.data)
    return [d for name in SESSIONS if device.HasField(name) for d in getattr(device, name).queued_application_downlinks]
