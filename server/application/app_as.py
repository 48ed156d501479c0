"""The ``AppAs`` service: what applications ask of the Application Server about their traffic
(upstream ``pkg/applicationserver/io/grpc/grpc.go``).

Served so far:

* EncodeDownlink, DecodeUplink, DecodeDownlink: run the formatter named in the request, with
  its parameter, on the message in the request (the device need not exist, nor its own
  formatters matter) and answer the message as the formatter left it; the formatter's errors
  are the answer's. Rights: RIGHT_APPLICATION_TRAFFIC_READ;
* GetMQTTConnectionInfo: where the MQTT server of the Application Server is, and the username
  (the application ID; the password is an API key). Rights: RIGHT_APPLICATION_INFO;
* DownlinkQueuePush / DownlinkQueueReplace (RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE) and
  DownlinkQueueList (_TRAFFIC_READ): the application downlink queue, see ``downlinks.py``;
* SimulateUplink (RIGHT_APPLICATION_TRAFFIC_UP_WRITE): see ``uplinks.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import applicationserver_pb2 as pb
from ttn.lorawan.v3 import identifiers_pb2, messages_pb2, mqtt_pb2

from .downlinks import DownlinkQueue
from .formatters import Formatters
from .uplinks import Uplinks

if TYPE_CHECKING:
    from ..pipeline import Call
    from .upstream import Upstream

__all__ = ["AppAs", "mqtt_addresses"]

# Upstream's default MQTT listeners (as.mqtt.public-address, public-tls-address).
MQTT_PORT, MQTTS_PORT = 1883, 8883


def mqtt_addresses(host: str) -> tuple[str, str]:
    """The public MQTT and MQTTS addresses on ``host`` (a wildcard listen address: localhost,
    upstream's default public host)."""
    if host in ("", "0.0.0.0", "::"):
        host = "localhost"
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{MQTT_PORT}", f"{host}:{MQTTS_PORT}"


class AppAs:
    SERVICE = "ttn.lorawan.v3.AppAs"

    def __init__(
        self, formatters: Formatters, mqtt_public_address: str, mqtt_public_tls_address: str,
        store=None, bus=None, upstream: "Upstream | None" = None,
    ) -> None:
        self._formatters = formatters
        self._mqtt = (mqtt_public_address, mqtt_public_tls_address)
        self._queue = DownlinkQueue(store, bus, formatters, upstream) if store is not None else None
        self._uplinks = Uplinks(store, upstream) if upstream is not None else None

    async def DownlinkQueuePush(self, req: messages_pb2.DownlinkQueueRequest, call: "Call") -> empty_pb2.Empty:
        return await self._queue.push(req, call, replace=False)

    async def DownlinkQueueReplace(self, req: messages_pb2.DownlinkQueueRequest, call: "Call") -> empty_pb2.Empty:
        return await self._queue.push(req, call, replace=True)

    async def DownlinkQueueList(
        self, req: identifiers_pb2.EndDeviceIdentifiers, call: "Call"
    ) -> messages_pb2.ApplicationDownlinks:
        return await self._queue.list(req, call)

    async def SimulateUplink(self, req: messages_pb2.ApplicationUp, call: "Call") -> empty_pb2.Empty:
        return await self._uplinks.simulate(req, call)

    async def EncodeDownlink(self, req: pb.EncodeDownlinkRequest, call: "Call") -> pb.EncodeDownlinkResponse:
        await self._formatters.encode_downlink(
            req.end_device_ids, _version(req), req.downlink, req.formatter, req.parameter
        )
        return pb.EncodeDownlinkResponse(downlink=req.downlink)

    async def DecodeUplink(self, req: pb.DecodeUplinkRequest, call: "Call") -> pb.DecodeUplinkResponse:
        await self._formatters.decode_uplink(req.end_device_ids, _version(req), req.uplink, req.formatter, req.parameter)
        return pb.DecodeUplinkResponse(uplink=req.uplink)

    async def DecodeDownlink(self, req: pb.DecodeDownlinkRequest, call: "Call") -> pb.DecodeDownlinkResponse:
        await self._formatters.decode_downlink(
            req.end_device_ids, _version(req), req.downlink, req.formatter, req.parameter
        )
        return pb.DecodeDownlinkResponse(downlink=req.downlink)

    async def GetMQTTConnectionInfo(
        self, req: identifiers_pb2.ApplicationIdentifiers, call: "Call"
    ) -> mqtt_pb2.MQTTConnectionInfo:
        public, public_tls = self._mqtt
        return mqtt_pb2.MQTTConnectionInfo(
            public_address=public, public_tls_address=public_tls, username=req.application_id
        )


def _version(req):
    return req.version_ids if req.HasField("version_ids") else None
