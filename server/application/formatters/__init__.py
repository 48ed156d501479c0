"""Payload formatters of the Application Server (upstream ``pkg/messageprocessors``).

:class:`Formatters` is upstream's ``MapPayloadProcessor`` as the open-source Application Server
fills it: JavaScript, CayenneLPP and the Device Repository. ``FORMATTER_NONE`` and
``FORMATTER_GRPC_SERVICE`` are not in it (``formatter_not_configured``); callers that select a
formatter for a device skip NONE before they get here. ttsl has no Device Repository: the
repository formatter asks for version identifiers, as upstream does first, and then finds no
Device Repository peer to fetch the codec from.

Each method changes the message in place (encode: ``frm_payload``, maybe ``f_port``, and the
warnings; decode: ``decoded_payload`` and its warnings, for uplinks also the normalized payload)
or raises the formatter's upstream error.
"""

from __future__ import annotations

from typing import Any, Optional

from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, messages_pb2

from ...errors import Namespace
from .cayennelpp import CayenneLPP
from .javascript import JavaScript
from .scripting import ScriptEngine

__all__ = ["Formatters", "ScriptEngine", "select"]

PayloadFormatter = messages_pb2.PayloadFormatter

ERR_FORMATTER_NOT_CONFIGURED = Namespace("pkg/messageprocessors").failed_precondition(
    "formatter_not_configured", "formatter `{formatter}` is not configured"
)
ERR_NO_VERSION_IDENTIFIERS = Namespace("pkg/messageprocessors/devicerepository").invalid_argument(
    "no_version_identifiers", "no version identifiers for device"
)
ERR_PEER_UNAVAILABLE = Namespace("pkg/cluster").unavailable(
    "peer_unavailable", "{cluster_role} cluster peer unavailable"
)


class _DeviceRepository:
    """The repository formatter of a cluster without a Device Repository."""

    @staticmethod
    def _retrieve(version_ids: Optional[end_device_pb2.EndDeviceVersionIdentifiers]) -> None:
        if version_ids is None:
            raise ERR_NO_VERSION_IDENTIFIERS()
        raise ERR_PEER_UNAVAILABLE(cluster_role="DEVICE REPOSITORY")

    async def encode_downlink(self, ids: Any, version_ids: Any, message: Any, parameter: str) -> None:
        self._retrieve(version_ids)

    async def decode_uplink(self, ids: Any, version_ids: Any, message: Any, parameter: str) -> None:
        self._retrieve(version_ids)

    async def decode_downlink(self, ids: Any, version_ids: Any, message: Any, parameter: str) -> None:
        self._retrieve(version_ids)


class Formatters:
    def __init__(self, engine: Optional[ScriptEngine] = None) -> None:
        self.engine = engine if engine is not None else ScriptEngine()
        self._by_formatter = {
            PayloadFormatter.FORMATTER_JAVASCRIPT: JavaScript(self.engine),
            PayloadFormatter.FORMATTER_CAYENNELPP: CayenneLPP(),
            PayloadFormatter.FORMATTER_REPOSITORY: _DeviceRepository(),
        }

    def _formatter(self, formatter: int) -> Any:
        found = self._by_formatter.get(formatter)
        if found is None:
            raise ERR_FORMATTER_NOT_CONFIGURED(formatter=_name(formatter))
        return found

    async def encode_downlink(
        self, ids: identifiers_pb2.EndDeviceIdentifiers, version_ids: Optional[end_device_pb2.EndDeviceVersionIdentifiers],
        message: messages_pb2.ApplicationDownlink, formatter: int, parameter: str,
    ) -> None:
        await self._formatter(formatter).encode_downlink(ids, version_ids, message, parameter)

    async def decode_uplink(
        self, ids: identifiers_pb2.EndDeviceIdentifiers, version_ids: Optional[end_device_pb2.EndDeviceVersionIdentifiers],
        message: messages_pb2.ApplicationUplink, formatter: int, parameter: str,
    ) -> None:
        await self._formatter(formatter).decode_uplink(ids, version_ids, message, parameter)

    async def decode_downlink(
        self, ids: identifiers_pb2.EndDeviceIdentifiers, version_ids: Optional[end_device_pb2.EndDeviceVersionIdentifiers],
        message: messages_pb2.ApplicationDownlink, formatter: int, parameter: str,
    ) -> None:
        await self._formatter(formatter).decode_downlink(ids, version_ids, message, parameter)

    async def close(self) -> None:
        await self.engine.close()


def select(
    device_formatters: Optional[messages_pb2.MessagePayloadFormatters],
    default_formatters: Optional[messages_pb2.MessagePayloadFormatters],
    direction: str,
) -> tuple[int, str]:
    """(formatter, parameter) for ``direction`` ("up" or "down"): the device's formatters when
    it has the message at all (even with FORMATTER_NONE), else the application link's defaults,
    else none (upstream ``payload.go``)."""
    source = device_formatters if device_formatters is not None else default_formatters
    if source is None:
        return PayloadFormatter.FORMATTER_NONE, ""
    return getattr(source, f"{direction}_formatter"), getattr(source, f"{direction}_formatter_parameter")


def _name(formatter: int) -> str:
    try:
        return PayloadFormatter.Name(formatter)
    except ValueError:
        return str(formatter)
