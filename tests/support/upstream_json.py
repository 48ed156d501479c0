"""Upstream's JSON spelling of our messages, written for the tests and independent of ttsl's codec.

The HTTP leg of the contract tests speaks JSON through this module, so that a bug in the
gateway's codec cannot pass both legs. It knows nothing of ttsl's descriptor options: the
spelling is standard protojson (proto field names, the fields ``ListFields`` yields, 64-bit
integers as strings, bytes as padded base64, the well-known types as the protobuf library writes
them) except for the few rules in which The Things Stack differs, each stated once in the tables
below from upstream's own data — the v3.32.1 protos (``thethings.json`` options),
``shared/reference/ttnpb_encoding_golden.md`` and ``api.swagger.json``; FIDELITY §3 lists them.

``to_json(message)`` is what upstream writes. ``parse(obj, message)`` reads what upstream writes
and refuses anything else (unknown keys, lower-case hex, a number for a string enum, …) with an
``UpstreamJSONError`` naming the path; of what upstream also reads, it takes what the tests'
requests are written with: field masks as ``"a,b"``, wrappers as ``{"value": x}``, the version
aliases of ``ENUM_INPUT_ALIASES``, and, with ``ignore_unknown``, unknown keys.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import struct
from typing import Any

from google.protobuf import descriptor_pool, json_format, message_factory
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor

__all__ = [
    "HEX_FIELD_NAMES",
    "BASE64_DESPITE_NAME",
    "DEV_ADDR_PREFIX_FIELDS",
    "ENUMS_AS_NUMBERS",
    "BARE_WRAPPERS",
    "ENUM_INPUT_ALIASES",
    "UpstreamJSONError",
    "is_hex",
    "enum_to_json",
    "to_json",
    "parse",
    "from_json",
]

# --- upstream's rules ----------------------------------------------------------------------------

# Bytes fields upstream writes as upper-case hex (types.MarshalHEXBytes): in v3.32.1 exactly the
# bytes fields with these names, save the two below.
HEX_FIELD_NAMES = frozenset({
    "dev_eui", "join_eui", "start_dev_eui", "dev_addr", "pending_dev_addr", "dev_nonce", "join_nonce",
    "eui", "gateway_eui", "forwarder_gateway_eui",
    "net_id", "home_net_id", "home_network_net_id", "forwarder_net_id", "ns_id", "home_ns_id",
    "key", "app_key", "nwk_key", "app_s_key", "f_nwk_s_int_key", "s_nwk_s_int_key", "nwk_s_enc_key",
    "root_wor_s_key", "bssid", "wifi_mac_address", "ethernet_mac_address",
})
# Bytes fields with one of those names that upstream writes as base64 all the same.
BASE64_DESPITE_NAME = frozenset({
    "ttn.lorawan.v3.CUPSRedirection.ClientTLS.key",
    "ttn.lorawan.v3.PacketBrokerAgentUplinkToken.forwarder_net_id",
})
# Repeated 5-byte DevAddr prefixes written as "2600AB00/24" (types.MarshalDevAddrPrefixSlice).
DEV_ADDR_PREFIX_FIELDS = frozenset({"ttn.lorawan.v3.GetDeviceAdressPrefixesResponse.dev_addr_prefixes"})

# Enums written as numbers: the three with `marshal_as_number` and the one without an option
# (upstream's marshaler writes enums as numbers unless told otherwise). Every other enum of
# ttn.lorawan.v3 carries `marshal_as_string` and is written as its value's name.
ENUMS_AS_NUMBERS = frozenset({
    "ttn.lorawan.v3.DataRateIndex", "ttn.lorawan.v3.DataRateOffset", "ttn.lorawan.v3.RxDelay",
    "ttn.lorawan.v3.ClusterRole",
})

# Other spellings upstream reads (`(thethings.json.enum_value).aliases`), never writes: the
# LoRaWAN version numbers users write for MACVersion and PHYVersion.
ENUM_INPUT_ALIASES = {
    "ttn.lorawan.v3.MACVersion": {
        "unknown": "MAC_UNKNOWN", "1.0": "MAC_V1_0", "1.0.0": "MAC_V1_0", "1.0.1": "MAC_V1_0_1",
        "1.0.2": "MAC_V1_0_2", "1.0.3": "MAC_V1_0_3", "1.0.4": "MAC_V1_0_4", "1.1": "MAC_V1_1", "1.1.0": "MAC_V1_1",
    },
    "ttn.lorawan.v3.PHYVersion": {
        "unknown": "PHY_UNKNOWN", "1.0": "PHY_V1_0", "1.0.0": "PHY_V1_0", "V1_0": "PHY_V1_0",
        "1.0.1": "PHY_V1_0_1", "V1_0_1": "PHY_V1_0_1",
        "1.0.2": "PHY_V1_0_2_REV_A", "1.0.2-a": "PHY_V1_0_2_REV_A", "V1_0_2": "PHY_V1_0_2_REV_A",
        "V1_0_2_REV_A": "PHY_V1_0_2_REV_A", "1.0.2-b": "PHY_V1_0_2_REV_B", "V1_0_2_REV_B": "PHY_V1_0_2_REV_B",
        "1.1-a": "PHY_V1_1_REV_A", "1.1.0-a": "PHY_V1_1_REV_A", "V1_1_REV_A": "PHY_V1_1_REV_A",
        "1.1-b": "PHY_V1_1_REV_B", "1.1.0-b": "PHY_V1_1_REV_B", "V1_1_REV_B": "PHY_V1_1_REV_B",
        "1.0.3-a": "PHY_V1_0_3_REV_A", "V1_0_3_REV_A": "PHY_V1_0_3_REV_A",
    },
}

# Upstream's own wrapper messages (`(thethings.json.message).wrapper`), written as the bare value
# like google.protobuf's wrappers.
BARE_WRAPPERS = frozenset({
    "ttn.lorawan.v3." + name for name in (
        "BoolValue", "FrequencyValue", "ZeroableFrequencyValue", "DataRateOffsetValue",
        "DataRateIndexValue", "PingSlotPeriodValue", "AggregatedDutyCycleValue", "RxDelayValue",
        "ADRAckLimitExponentValue", "ADRAckDelayExponentValue", "DeviceEIRPValue",
    )
})

_GOOGLE_WRAPPERS = frozenset(
    "google.protobuf." + name for name in (
        "DoubleValue", "FloatValue", "Int64Value", "UInt64Value", "Int32Value", "UInt32Value",
        "BoolValue", "StringValue", "BytesValue",
    )
)
# Well-known types protojson writes as plain JSON values, and upstream with it.
_PLAIN_JSON = frozenset({
    "google.protobuf.Struct", "google.protobuf.Value", "google.protobuf.ListValue", "google.protobuf.Empty",
})
# Types whose JSON is not an object of their fields: inside an Any it goes under "value".
_ANY_VALUE_FORM = _PLAIN_JSON | _GOOGLE_WRAPPERS | BARE_WRAPPERS | {
    "google.protobuf.Timestamp", "google.protobuf.Duration", "google.protobuf.FieldMask", "google.protobuf.Any",
}

_T = FieldDescriptor
_SIXTY_FOUR_BITS = frozenset({_T.TYPE_INT64, _T.TYPE_SINT64, _T.TYPE_SFIXED64, _T.TYPE_UINT64, _T.TYPE_FIXED64})
_INTEGERS = _SIXTY_FOUR_BITS | {_T.TYPE_INT32, _T.TYPE_SINT32, _T.TYPE_SFIXED32, _T.TYPE_UINT32, _T.TYPE_FIXED32}
_UPPER_HEX = re.compile(r"(?:[0-9A-F]{2})*\Z")
_DEV_ADDR_PREFIX = re.compile(r"([0-9A-F]{8})/([0-9]{1,2})\Z")


class UpstreamJSONError(AssertionError):
    """JSON that upstream would not write (or, for input, not accept)."""


def is_hex(field: FieldDescriptor) -> bool:
    """Whether upstream writes this field as upper-case hex."""
    return (
        field.type == _T.TYPE_BYTES
        and field.name in HEX_FIELD_NAMES
        and field.full_name not in BASE64_DESPITE_NAME
    )


def _is_bare(desc: Descriptor) -> bool:
    return desc.full_name in BARE_WRAPPERS or desc.full_name in _GOOGLE_WRAPPERS


def _is_map(field: FieldDescriptor) -> bool:
    return field.message_type is not None and field.message_type.GetOptions().map_entry


# --- message → JSON ------------------------------------------------------------------------------


def to_json(message) -> Any:
    """The JSON value upstream writes for message (a dict for most messages)."""
    desc = message.DESCRIPTOR
    name = desc.full_name
    if name == "google.protobuf.Timestamp" or name == "google.protobuf.Duration":
        return message.ToJsonString()
    if name == "google.protobuf.FieldMask":
        return {"paths": list(message.paths)}  # upstream's legacy form, not protojson's "a,b"
    if name in _PLAIN_JSON:
        return json_format.MessageToDict(message)
    if name == "google.protobuf.Any":
        return _any_to_json(message)
    if _is_bare(desc):
        return _value_to_json(desc.fields_by_name["value"], message.value)
    out = {}
    for field, value in message.ListFields():
        if field.is_extension:
            continue
        if _is_map(field):
            value_field = field.message_type.fields_by_name["value"]
            out[field.name] = {_map_key(k): _value_to_json(value_field, v) for k, v in value.items()}
        elif field.full_name in DEV_ADDR_PREFIX_FIELDS:
            out[field.name] = [f"{bytes(v[:4]).hex().upper()}/{v[4]}" for v in value]
        elif field.is_repeated:
            out[field.name] = [_value_to_json(field, v) for v in value]
        else:
            out[field.name] = _value_to_json(field, value)
    return out


def enum_to_json(enum: EnumDescriptor, number: int) -> int | str:
    """Upstream's spelling of one enum value: its number, or its name (the digits if undeclared)."""
    if enum.full_name in ENUMS_AS_NUMBERS:
        return number
    declared = enum.values_by_number.get(number)
    return declared.name if declared is not None else str(number)


def _map_key(key) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def _value_to_json(field: FieldDescriptor, value) -> Any:
    t = field.type
    if t == _T.TYPE_MESSAGE:
        return to_json(value)
    if t == _T.TYPE_ENUM:
        return enum_to_json(field.enum_type, value)
    if t == _T.TYPE_BYTES:
        if is_hex(field):
            return value.hex().upper()
        return base64.b64encode(value).decode("ascii")
    if t in _SIXTY_FOUR_BITS:
        return str(value)
    if t in (_T.TYPE_DOUBLE, _T.TYPE_FLOAT):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if t == _T.TYPE_FLOAT:
            return _shortest_float32(value)
    return value


def _shortest_float32(value: float) -> float:
    """The shortest decimal that reads back as the same float32, as Go writes a float32."""
    for digits in range(1, 10):
        short = float(f"{value:.{digits}g}")
        if struct.unpack("<f", struct.pack("<f", short))[0] == value:
            return short
    return value


def _any_to_json(message) -> dict:
    if not message.type_url:
        return {}
    inner = _message_class(message.type_url.rpartition("/")[2])()
    inner.ParseFromString(message.value)
    if inner.DESCRIPTOR.full_name in _ANY_VALUE_FORM:
        return {"@type": message.type_url, "value": to_json(inner)}
    return {"@type": message.type_url, **to_json(inner)}


def _message_class(full_name: str):
    try:
        desc = descriptor_pool.Default().FindMessageTypeByName(full_name)
    except KeyError:
        raise UpstreamJSONError(f"unknown message type {full_name!r}") from None
    return message_factory.GetMessageClass(desc)


# --- JSON → message ------------------------------------------------------------------------------


def from_json(cls, obj: Any, *, ignore_unknown: bool = False):
    """A new cls message read from upstream's JSON."""
    message = cls()
    parse(obj, message, ignore_unknown=ignore_unknown)
    return message


def parse(obj: Any, message, path: str = "", *, ignore_unknown: bool = False) -> None:
    """Read upstream's JSON into message; anything else is an UpstreamJSONError at its path.

    Unknown keys are refused, as upstream never writes one; with ``ignore_unknown`` they are
    skipped, as upstream does when it reads a request.
    """
    desc = message.DESCRIPTOR
    name = desc.full_name
    where = path or desc.full_name
    if name == "google.protobuf.Timestamp" or name == "google.protobuf.Duration":
        _expect(obj, str, where)
        try:
            message.FromJsonString(obj)
        except ValueError as error:
            raise UpstreamJSONError(f"{where}: {error}") from None
        return
    if name == "google.protobuf.FieldMask":
        paths = obj.split(",") if isinstance(obj, str) else _expect(obj, dict, where).get("paths", [])
        message.paths[:] = paths
        return
    if name in _PLAIN_JSON:
        json_format.ParseDict(obj, message)
        return
    if name == "google.protobuf.Any":
        _parse_any(_expect(obj, dict, where), message, where, ignore_unknown)
        return
    if _is_bare(desc):
        if isinstance(obj, dict) and set(obj) <= {"value"}:  # the {"value": x} form upstream reads
            obj = obj.get("value")
            if obj is None:
                return
        field = desc.fields_by_name["value"]
        setattr(message, "value", _value_from_json(field, obj, where))
        return
    for key, value in _expect(obj, dict, where).items():
        field = desc.fields_by_name.get(key)
        at = f"{path}.{key}" if path else key
        if field is None:
            if ignore_unknown:
                continue
            raise UpstreamJSONError(f"{at}: no field {key!r} in {desc.full_name}")
        if value is None:
            continue
        if _is_map(field):
            key_field = field.message_type.fields_by_name["key"]
            value_field = field.message_type.fields_by_name["value"]
            target = getattr(message, key)
            for k, v in _expect(value, dict, at).items():
                map_key = _map_key_from_json(key_field, k, at)
                if value_field.type == _T.TYPE_MESSAGE:
                    parse(v, target[map_key], f"{at}[{k}]", ignore_unknown=ignore_unknown)
                else:
                    target[map_key] = _value_from_json(value_field, v, f"{at}[{k}]")
        elif field.full_name in DEV_ADDR_PREFIX_FIELDS:
            target = getattr(message, key)
            for i, text in enumerate(_expect(value, list, at)):
                match = _DEV_ADDR_PREFIX.match(_expect(text, str, f"{at}[{i}]"))
                if match is None:
                    raise UpstreamJSONError(f"{at}[{i}]: {text!r} is not a DevAddr prefix")
                target.append(bytes.fromhex(match.group(1)) + bytes([int(match.group(2))]))
        elif field.is_repeated:
            target = getattr(message, key)
            for i, v in enumerate(_expect(value, list, at)):
                if field.type == _T.TYPE_MESSAGE:
                    parse(v, target.add(), f"{at}[{i}]", ignore_unknown=ignore_unknown)
                else:
                    target.append(_value_from_json(field, v, f"{at}[{i}]"))
        elif field.type == _T.TYPE_MESSAGE:
            sub = getattr(message, key)
            sub.SetInParent()
            parse(value, sub, at, ignore_unknown=ignore_unknown)
        else:
            setattr(message, key, _value_from_json(field, value, at))


def _expect(value, kind: type, where: str):
    """value, when it is a JSON value of that kind (a JSON bool is no number)."""
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise UpstreamJSONError(f"{where}: {value!r} is not a JSON {kind.__name__}")
    return value


def _map_key_from_json(field: FieldDescriptor, key: str, where: str):
    if field.type == _T.TYPE_STRING:
        return key
    if field.type == _T.TYPE_BOOL:
        return {"true": True, "false": False}[key]
    try:
        return int(key)
    except ValueError:
        raise UpstreamJSONError(f"{where}: map key {key!r} is not a number") from None


def _value_from_json(field: FieldDescriptor, value, where: str):
    t = field.type
    if t == _T.TYPE_ENUM:
        enum = field.enum_type
        if enum.full_name in ENUMS_AS_NUMBERS:
            return _expect(value, int, where)
        name = ENUM_INPUT_ALIASES.get(enum.full_name, {}).get(_expect(value, str, where), value)
        declared = enum.values_by_name.get(name)
        if declared is not None:
            return declared.number
        if value.lstrip("-").isdigit():  # an undeclared number, written as its digits
            return int(value)
        raise UpstreamJSONError(f"{where}: {value!r} is not a value of {enum.full_name}")
    if t == _T.TYPE_BYTES:
        text = _expect(value, str, where)
        if is_hex(field):
            if _UPPER_HEX.match(text) is None:
                raise UpstreamJSONError(f"{where}: {text!r} is not upper-case hex")
            return bytes.fromhex(text)
        try:
            return base64.b64decode(text, validate=True)
        except binascii.Error:
            raise UpstreamJSONError(f"{where}: {text!r} is not padded standard base64") from None
    if t in _SIXTY_FOUR_BITS:
        text = _expect(value, str, where)
        try:
            return int(text)
        except ValueError:
            raise UpstreamJSONError(f"{where}: {text!r} is not an integer") from None
    if t in _INTEGERS:
        return _expect(value, int, where)
    if t in (_T.TYPE_DOUBLE, _T.TYPE_FLOAT):
        if isinstance(value, str) and value in ("NaN", "Infinity", "-Infinity"):
            return float(value.lower().replace("infinity", "inf"))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UpstreamJSONError(f"{where}: {value!r} is not a JSON number")
        return float(value)
    if t == _T.TYPE_BOOL:
        return _expect(value, bool, where)
    return _expect(value, str, where)


def _parse_any(obj: dict, message, where: str, ignore_unknown: bool) -> None:
    url = obj.get("@type")
    if not isinstance(url, str):
        raise UpstreamJSONError(f"{where}: an Any without @type")
    inner = _message_class(url.rpartition("/")[2])()
    if inner.DESCRIPTOR.full_name in _ANY_VALUE_FORM:
        parse(obj.get("value"), inner, where, ignore_unknown=ignore_unknown)
    else:
        parse({k: v for k, v in obj.items() if k != "@type"}, inner, where, ignore_unknown=ignore_unknown)
    message.Pack(inner, type_url_prefix=url.rpartition("/")[0] + "/")
