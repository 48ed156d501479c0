"""The CayenneLPP payload formatter (upstream ``pkg/messageprocessors/cayennelpp`` on
``go-cayenne-lib`` v1.2.0).

Uplinks are a sequence of ``<channel> <type> <value>`` records, decoded to
``<name>_<channel>`` keys:

=====  ====================  ==================================  ===========================
type   name                  value                               decoded
=====  ====================  ==================================  ===========================
0      digital_in            1 byte, unsigned                    number
1      digital_out           1 byte, unsigned                    number
2      analog_in             2 bytes, signed, 0.01               number
3      analog_out            2 bytes, signed, 0.01               number
101    luminosity            2 bytes, unsigned, 1 lux            number
102    presence              1 byte, unsigned                    number
103    temperature           2 bytes, signed, 0.1 °C             number
104    relative_humidity     1 byte, unsigned, 0.5 %             number
113    accelerometer         3 × 2 bytes, signed, 0.001 G        ``{x, y, z}``
115    barometric_pressure   2 bytes, signed (as the library     number
                             reads it), 0.1 hPa
134    gyrometer             3 × 2 bytes, signed, 0.01 °/s       ``{x, y, z}``
136    gps                   3 × 3 bytes, signed: latitude and   ``{latitude, longitude,
                             longitude 0.0001 °, altitude 0.01 m  altitude}``
=====  ====================  ==================================  ===========================

Values are big-endian. A record of an unknown type or cut short fails the whole payload
(``output``); a later record of the same channel and type replaces an earlier one.

Downlinks are ``<channel> <value>`` records (2 bytes, signed, 0.01) decoded to
``value_<channel>``, ending at the end of the payload or at a channel byte 0xFF. Encoding a
downlink writes each ``value_<channel>`` number of the decoded payload that way (the value
times 100, truncated to 16 bits); other keys, and values that are not numbers, are skipped.
Upstream writes them in Go's map order (random); here by channel, then by key.

Upstream's CayenneLPP formatter produces no normalized payload.
"""

from __future__ import annotations

import math
import struct as _struct
from typing import Any, Callable, Optional

from google.protobuf import struct_pb2

from ttn.lorawan.v3 import messages_pb2

from ...errors import Namespace
from .structs import to_map

__all__ = ["CayenneLPP", "decode_uplink_payload", "decode_downlink_payload", "encode_downlink_payload"]

_errors = Namespace("pkg/messageprocessors/cayennelpp")
ERR_INPUT = _errors.invalid_argument("input", "invalid input")
ERR_OUTPUT = _errors.invalid_argument("output", "invalid output")
ERR_KEY_NAME = _errors.invalid_argument("key_name", "invalid key name `{name}`")
ERR_CHANNEL = _errors.invalid_argument("channel", "invalid channel `{channel}`")


class _Truncated(Exception):
    """Upstream's io.EOF / io.ErrUnexpectedEOF: a record cut short."""


class _UnknownType(Exception):
    """Upstream's ``cayennelpp: unknown type``."""


def _signed(data: bytes) -> int:
    return int.from_bytes(data, "big", signed=True)


def _unsigned(data: bytes) -> int:
    return int.from_bytes(data, "big", signed=False)


def _xyz(scale: float) -> Callable[[bytes], dict]:
    def read(data: bytes) -> dict:
        return {axis: _signed(data[i:i + 2]) / scale for i, axis in zip((0, 2, 4), "xyz")}

    return read


def _gps(data: bytes) -> dict:
    return {
        "latitude": _signed(data[0:3]) / 10000,
        "longitude": _signed(data[3:6]) / 10000,
        "altitude": _signed(data[6:9]) / 100,
    }


# type -> (name, size, read)
_TYPES: dict[int, tuple[str, int, Callable[[bytes], Any]]] = {
    0: ("digital_in", 1, lambda b: float(b[0])),
    1: ("digital_out", 1, lambda b: float(b[0])),
    2: ("analog_in", 2, lambda b: _signed(b) / 100),
    3: ("analog_out", 2, lambda b: _signed(b) / 100),
    101: ("luminosity", 2, lambda b: float(_unsigned(b))),
    102: ("presence", 1, lambda b: float(b[0])),
    103: ("temperature", 2, lambda b: _signed(b) / 10),
    104: ("relative_humidity", 1, lambda b: b[0] / 2),
    113: ("accelerometer", 6, _xyz(1000)),
    115: ("barometric_pressure", 2, lambda b: _signed(b) / 10),
    134: ("gyrometer", 6, _xyz(100)),
    136: ("gps", 9, _gps),
}


def decode_uplink_payload(payload: bytes) -> dict:
    """The decoded values of an uplink payload; raises on an unknown type or a short record."""
    out: dict = {}
    i, end = 0, len(payload)
    while i < end:
        if end - i < 2:
            raise _Truncated()
        channel, kind = payload[i], payload[i + 1]
        i += 2
        entry = _TYPES.get(kind)
        if entry is None:
            raise _UnknownType()
        name, size, read = entry
        if end - i < size:
            raise _Truncated()
        out[f"{name}_{channel}"] = read(payload[i:i + size])
        i += size
    return out


def decode_downlink_payload(payload: bytes) -> dict:
    out: dict = {}
    i, end = 0, len(payload)
    while i < end:
        channel = payload[i]
        i += 1
        if channel == 0xFF:
            break
        if end - i < 2:
            raise _Truncated()
        out[f"value_{channel}"] = _signed(payload[i:i + 2]) / 100
        i += 2
    return out


def _parse_name(name: str) -> Optional[tuple[str, int]]:
    """(key, channel) of ``<key>_<channel>``; None where upstream's ``parseName`` fails."""
    parts = name.split("_")
    if len(parts) < 2:
        return None
    key = "_".join(parts[:-1])
    if not key:
        return None
    digits = parts[-1]
    body = digits[1:] if digits[:1] in ("+", "-") else digits
    if not body or not body.isascii() or not body.isdigit():  # Go's strconv.Atoi
        return None
    channel = int(digits)
    if channel < 0 or channel > 255:
        return None
    return key, channel


def _int16(value: float) -> int:
    """Go's ``int16(f)`` on amd64: truncated toward zero to 32 bits (out of range, NaN and
    ±Infinity give 0x80000000), then the low 16 bits."""
    if math.isnan(value) or math.isinf(value) or not -(1 << 31) <= value < (1 << 31):
        return 0
    n = int(value)
    return ((n & 0xFFFF) ^ 0x8000) - 0x8000


def encode_downlink_payload(values: dict) -> bytes:
    records = []
    for name, value in values.items():
        parsed = _parse_name(name)
        if parsed is None:
            continue
        key, channel = parsed
        if key != "value" or isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        records.append((channel, name, _struct.pack(">Bh", channel, _int16(float(value) * 100))))
    return b"".join(record for _, _, record in sorted(records))


class CayenneLPP:
    async def encode_downlink(
        self, ids: Any, version_ids: Any, message: messages_pb2.ApplicationDownlink, parameter: str
    ) -> None:
        if not message.HasField("decoded_payload"):
            return
        message.frm_payload = encode_downlink_payload(to_map(message.decoded_payload) or {})

    async def decode_uplink(
        self, ids: Any, version_ids: Any, message: messages_pb2.ApplicationUplink, parameter: str
    ) -> None:
        message.decoded_payload.CopyFrom(_decode(decode_uplink_payload, message.frm_payload))

    async def decode_downlink(
        self, ids: Any, version_ids: Any, message: messages_pb2.ApplicationDownlink, parameter: str
    ) -> None:
        message.decoded_payload.CopyFrom(_decode(decode_downlink_payload, message.frm_payload))


def _decode(decode: Callable[[bytes], dict], payload: bytes) -> struct_pb2.Struct:
    try:
        values = decode(payload)
    except (_Truncated, _UnknownType):
        # Upstream's cause is a Go error of the library, which its error details leave out.
        raise ERR_OUTPUT() from None
    result = struct_pb2.Struct()
    result.update(values)
    return result
