"""SimulateUplink (upstream ``pkg/applicationserver/io/grpc/grpc.go``).

Any ApplicationUp may be simulated. One already marked ``simulated`` is refused (``simulated``),
as is one for a device whose payload crypto is skipped (``payload_crypto_skipped``). Otherwise
the call's correlation IDs are added, ``received_at`` is set if missing, ``simulated`` set, the
identifiers replaced by the AS device's (EUIs, DevAddr), and the call answers at once: the
message is processed in the background (``upstream.py``), as upstream hands it to its
processing pool.

ttsl checks the caller's rights before the ``simulated`` check (upstream checks them after).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import applicationserver_pb2 as pb
from ttn.lorawan.v3 import end_device_pb2, messages_pb2

from ..errors import Namespace
from .upstream import Origin

if TYPE_CHECKING:
    from ..pipeline import Call
    from .upstream import Upstream

__all__ = ["Uplinks"]

_grpc = Namespace("pkg/applicationserver/io/grpc")
ERR_PAYLOAD_CRYPTO_SKIPPED = _grpc.failed_precondition("payload_crypto_skipped", "payload crypto skipped")
ERR_SIMULATED = _grpc.invalid_argument("simulated", "simulated traffic cannot be simulated again")


class Uplinks:
    def __init__(self, store, upstream: "Upstream") -> None:
        self._store = store
        self._upstream = upstream

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
        self._upstream.process_soon(up, Origin.of(call), device, defaults)
        return empty_pb2.Empty()
