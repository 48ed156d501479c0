"""JSON ⇄ protobuf with The Things Stack's rules (FIDELITY §3).

One converter per message type, compiled lazily from the descriptor on first use and cached
per descriptor; output is built as plain Python objects and written with orjson. The rules
that differ from standard protojson come from ttsl's descriptor options
(`protos/ttsl/annotations.proto`): hex bytes, enums as names with prefixes and aliases, and
wrapper messages written as their bare value.

Output: proto field names; set fields only (`ListFields`); 64-bit integers as strings; bytes as
padded standard base64 (upper-case hex when annotated); Timestamp and Duration with 0, 3, 6 or 9
fraction digits; FieldMask in the legacy object form `{"paths": [...]}`; Any with `@type`.

Input: proto and lowerCamel names; unknown keys ignored; `null` unsets; numbers as JSON numbers
or strings; bytes in either base64 alphabet, padded or not; JSON-body timestamps must end in `Z`.
A JSON key names a whole field: repeated and map fields given in the input replace the message's.
JSON text nested deeper than MAX_DEPTH objects and arrays is refused (see there).
"""

from __future__ import annotations

import binascii
import datetime
import math
import re
import struct
import time
from typing import Any, Callable

import orjson
from google.protobuf import descriptor_pool, message_factory
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor

from ttsl import annotations_pb2

__all__ = ["JSONError", "encode", "EncodingMemo", "to_obj", "decode", "from_obj", "scalar_from_text", "enum_to_obj"]


class JSONError(Exception):
    """Input that cannot be read into the message; the gateway answers INVALID_ARGUMENT.

    `reason` is the failure and `path` the proto field names leading to it, outermost first.
    With a path, `str()` reads as upstream's jsonplugin error: `unmarshal error at path "a.b":
    <reason>`; without one it is the reason alone.
    """

    def __init__(self, reason: str, path: list[str] | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = path if path is not None else []

    def __str__(self) -> str:
        if self.path:
            return f'unmarshal error at path "{".".join(self.path)}": {self.reason}'
        return self.reason

    @property
    def message(self) -> str:
        return str(self)


# --- descriptor facts -------------------------------------------------------------------------

_T = FieldDescriptor
_INT64_TYPES = frozenset({_T.TYPE_INT64, _T.TYPE_SINT64, _T.TYPE_SFIXED64})
_UINT64_TYPES = frozenset({_T.TYPE_UINT64, _T.TYPE_FIXED64})
_INT32_TYPES = frozenset({_T.TYPE_INT32, _T.TYPE_SINT32, _T.TYPE_SFIXED32})
_UINT32_TYPES = frozenset({_T.TYPE_UINT32, _T.TYPE_FIXED32})

_TIMESTAMP = "google.protobuf.Timestamp"
_DURATION = "google.protobuf.Duration"
_FIELD_MASK = "google.protobuf.FieldMask"
_STRUCT = "google.protobuf.Struct"
_VALUE = "google.protobuf.Value"
_LIST_VALUE = "google.protobuf.ListValue"
_EMPTY = "google.protobuf.Empty"
_ANY = "google.protobuf.Any"
_GOOGLE_WRAPPERS = frozenset(
    "google.protobuf." + n
    for n in (
        "DoubleValue FloatValue Int64Value UInt64Value Int32Value UInt32Value "
        "BoolValue StringValue BytesValue"
    ).split()
)
# Types whose JSON form is not a plain object of fields: inside an Any they go under "value".
_ANY_VALUE_FORM = frozenset(
    {_TIMESTAMP, _DURATION, _FIELD_MASK, _STRUCT, _VALUE, _LIST_VALUE, _EMPTY, _ANY}
) | _GOOGLE_WRAPPERS


def _field_hex(fd: FieldDescriptor) -> bool:
    opts = fd.GetOptions()
    return opts.HasExtension(annotations_pb2.json) and opts.Extensions[annotations_pb2.json].hex


def _field_bytes_len(fd: FieldDescriptor) -> int:
    opts = fd.GetOptions()
    if opts.HasExtension(annotations_pb2.rules):
        return opts.Extensions[annotations_pb2.rules].bytes_len
    return 0


def _is_wrapper(desc: Descriptor) -> bool:
    if desc.full_name in _GOOGLE_WRAPPERS:
        return True
    opts = desc.GetOptions()
    return (
        opts.HasExtension(annotations_pb2.message_json)
        and opts.Extensions[annotations_pb2.message_json].wrapper
        and "value" in desc.fields_by_name
    )


def _is_map(fd: FieldDescriptor) -> bool:
    mt = fd.message_type
    return fd.is_repeated and mt is not None and mt.GetOptions().map_entry


def _real_oneof(fd: FieldDescriptor) -> str | None:
    """The name of the oneof holding fd, or None (also for proto3 `optional` synthetic oneofs)."""
    oneof = fd.containing_oneof
    if oneof is None:
        return None
    if len(oneof.fields) == 1 and oneof.name == "_" + fd.name:
        return None
    return oneof.full_name


def _json_type(v: Any) -> str:
    """Upstream's name for the JSON type of v (jsonplugin valueTypeString)."""
    if v is None:
        return "Null"
    t = type(v)
    if t is bool:
        return "Bool"
    if t is int or t is float:
        return "Number"
    if t is str:
        return "String"
    if t is list:
        return "Array"
    if t is dict:
        return "Object"
    return t.__name__


# --- scalar output ------------------------------------------------------------------------------

_FLOAT32 = struct.Struct("<f")
_FLT_OVERFLOW = 3.4028235677973366e38  # FLT_MAX plus half an ulp: rounds to infinity as float32
_INT_SAFE = float(1 << 63)
_FLT_MIN_NORMAL = 1.1754943508222875e-38


def _double_out(v: float):
    if v != v:
        return "NaN"
    if v == math.inf:
        return "Infinity"
    if v == -math.inf:
        return "-Infinity"
    if v.is_integer() and -_INT_SAFE < v < _INT_SAFE:
        return int(v)  # Go writes 5, not 5.0
    return v


def _float_out(v: float):
    if v != v or v in (math.inf, -math.inf):
        return _double_out(v)
    # The shortest decimal that reads back as the same float32, as Go's strconv writes it (so
    # 16777217 is 16777216, and a float32 of 495433023488 is 495433020000). For a normal float32,
    # 6 digits with %g's trailing zeros dropped are never longer than that; a denormal holds
    # fewer digits, so it starts from one.
    for precision in range(6 if abs(v) >= _FLT_MIN_NORMAL else 1, 10):
        short = float("%.*g" % (precision, v))
        if _FLOAT32.unpack(_FLOAT32.pack(short))[0] == v:
            return _double_out(short)
    return _double_out(v)


def _b64_out(v: bytes) -> str:
    return binascii.b2a_base64(v, newline=False).decode("ascii")


def _hex_out(v: bytes) -> str:
    return v.hex().upper()


def _enum_out(enum: EnumDescriptor) -> Callable[[int], Any] | None:
    """Converter for values of enum, or None when the enum is written as numbers."""
    opts = enum.GetOptions()
    if not (
        opts.HasExtension(annotations_pb2.enum_json)
        and opts.Extensions[annotations_pb2.enum_json].as_string
    ):
        return None
    names: dict[int, str] = {}
    for value in enum.values:
        names.setdefault(value.number, value.name)
    get = names.get

    def out(v: int) -> str:
        # Undeclared numbers are written as a string of the number (jsonplugin GetEnumString).
        return get(v) or str(v)

    return out


def enum_to_obj(enum: EnumDescriptor, number: int):
    """The JSON spelling of one value of an enum (its name, or its number)."""
    out = _enum_out(enum)
    return number if out is None else out(number)


def _scalar_out(fd: FieldDescriptor) -> Callable[[Any], Any] | None:
    """Converter for one (non-repeated) value of a scalar field; None means as is."""
    t = fd.type
    if t in _INT64_TYPES or t in _UINT64_TYPES:
        return str
    if t == _T.TYPE_DOUBLE:
        return _double_out
    if t == _T.TYPE_FLOAT:
        return _float_out
    if t == _T.TYPE_BYTES:
        return _hex_out if _field_hex(fd) else _b64_out
    if t == _T.TYPE_ENUM:
        return _enum_out(fd.enum_type)
    return None


# --- well-known types, output -----------------------------------------------------------------

_whole_seconds: dict[int, str] = {}  # seconds since the epoch → "YYYY-MM-DDTHH:MM:SS" (bounded)


def _seconds_text(seconds: int) -> str:
    t = time.gmtime(seconds)
    text = "%04d-%02d-%02dT%02d:%02d:%02d" % (
        t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec
    )
    if len(_whole_seconds) >= 8192:
        _whole_seconds.clear()
    _whole_seconds[seconds] = text
    return text


def _timestamp_text(seconds: int, nanos: int) -> str:
    base = _whole_seconds.get(seconds) or _seconds_text(seconds)
    if not nanos:
        return base + "Z"
    if not nanos % 1_000_000:
        return "%s.%03dZ" % (base, nanos // 1_000_000)
    if not nanos % 1_000:
        return "%s.%06dZ" % (base, nanos // 1_000)
    return "%s.%09dZ" % (base, nanos)


def _timestamp_out(m) -> str:
    return _timestamp_text(m.seconds, m.nanos)


def _duration_out(m) -> str:
    total = m.seconds * 1_000_000_000 + m.nanos
    sign = "-" if total < 0 else ""
    secs, nanos = divmod(abs(total), 1_000_000_000)
    if not nanos:
        return "%s%ds" % (sign, secs)
    if not nanos % 1_000_000:
        return "%s%d.%03ds" % (sign, secs, nanos // 1_000_000)
    if not nanos % 1_000:
        return "%s%d.%06ds" % (sign, secs, nanos // 1_000)
    return "%s%d.%09ds" % (sign, secs, nanos)


def _field_mask_out(m) -> dict:
    return {"paths": list(m.paths)}


def _value_out(v):
    kind = v.WhichOneof("kind")
    if kind == "string_value":
        return v.string_value
    if kind == "number_value":
        n = v.number_value
        if n != n or n in (math.inf, -math.inf):
            raise ValueError(f"google.protobuf.Value cannot hold {n!r} in JSON")
        return _double_out(n)
    if kind == "bool_value":
        return v.bool_value
    if kind == "struct_value":
        return _struct_out(v.struct_value)
    if kind == "list_value":
        return [_value_out(x) for x in v.list_value.values]
    return None


def _struct_out(m) -> dict:
    fields = m.fields
    return {k: _value_out(fields[k]) for k in sorted(fields)}


def _list_value_out(m) -> list:
    return [_value_out(x) for x in m.values]


def _empty_out(_m) -> dict:
    return {}


_pool = descriptor_pool.Default()
_any_types: dict[str, tuple[Descriptor, type, bool]] = {}


def _any_type(url: str) -> tuple[Descriptor, type, bool]:
    """(descriptor, class, whether the JSON goes under "value") of an Any's type URL."""
    hit = _any_types.get(url)
    if hit is None:
        name = url.rpartition("/")[2]
        try:
            desc = _pool.FindMessageTypeByName(name)
        except KeyError:
            raise LookupError(f'unable to resolve "{url}": not found') from None
        value_form = desc.full_name in _ANY_VALUE_FORM or _is_wrapper(desc)
        hit = (desc, message_factory.GetMessageClass(desc), value_form)
        _any_types[url] = hit
    return hit


def _any_out(m) -> dict:
    url = m.type_url
    if not url:
        return {}
    desc, cls, value_form = _any_type(url)
    obj = _encoder(desc)(cls.FromString(m.value))
    if value_form:
        return {"@type": url, "value": obj}
    out = {"@type": url}
    out.update(obj)
    return out


def _wrapper_out(desc: Descriptor) -> Callable:
    conv = _scalar_out(desc.fields_by_name["value"])
    if conv is None:
        return lambda m: m.value
    return lambda m: conv(m.value)


_SPECIAL_OUT: dict[str, Callable] = {
    _TIMESTAMP: _timestamp_out,
    _DURATION: _duration_out,
    _FIELD_MASK: _field_mask_out,
    _STRUCT: _struct_out,
    _VALUE: _value_out,
    _LIST_VALUE: _list_value_out,
    _EMPTY: _empty_out,
    _ANY: _any_out,
}


# --- message output ---------------------------------------------------------------------------

_encoders: dict[Descriptor, Callable] = {}


def _encoder(desc: Descriptor) -> Callable:
    enc = _encoders.get(desc)
    if enc is None:
        enc = _SPECIAL_OUT.get(desc.full_name)
        if enc is None:
            if _is_wrapper(desc):
                enc = _wrapper_out(desc)
            elif _is_small(desc):
                enc = _small_message_encoder(desc)
            else:
                enc = _message_encoder(desc)
        _encoders[desc] = enc
    return enc


def _map_key_out(fd: FieldDescriptor) -> Callable | None:
    if fd.type == _T.TYPE_BOOL:
        return lambda k: "true" if k else "false"
    if fd.type == _T.TYPE_STRING:
        return None
    return str


def _field_out(fd: FieldDescriptor) -> Callable | None:
    """Converter for the value ListFields yields for fd; None means as is."""
    if _is_map(fd):
        key_conv = _map_key_out(fd.message_type.fields_by_name["key"])
        vfd = fd.message_type.fields_by_name["value"]
        if vfd.type == _T.TYPE_MESSAGE:
            val_conv = _encoder(vfd.message_type)
        else:
            val_conv = _scalar_out(vfd)
        if key_conv is None and val_conv is None:
            return lambda v: {k: v[k] for k in sorted(v)}
        if key_conv is None:
            return lambda v: {k: val_conv(v[k]) for k in sorted(v)}
        if val_conv is None:
            return lambda v: {key_conv(k): v[k] for k in sorted(v)}
        return lambda v: {key_conv(k): val_conv(v[k]) for k in sorted(v)}
    if fd.type == _T.TYPE_MESSAGE:
        conv = _encoder(fd.message_type)
    else:
        conv = _scalar_out(fd)
    if not fd.is_repeated:
        return conv
    if conv is None:
        return list
    return lambda v: list(map(conv, v))


def _message_encoder(desc: Descriptor) -> Callable:
    table: dict | None = None
    order: list[str] = []
    early: tuple[str, ...] = ()

    def compile_table():
        nonlocal table, order, early
        fields = list(desc.fields)
        # Upstream writes fields in declaration order; ListFields yields them by number. The
        # two differ only when a field declared before a lower-numbered one is present.
        early = tuple(
            f.name for i, f in enumerate(fields) if any(g.number < f.number for g in fields[i + 1:])
        )
        order = [f.name for f in fields]
        table = {fd: (fd.name, _field_out(fd)) for fd in fields}

    def encode_message(msg) -> dict:
        if table is None:
            compile_table()
        out = {}
        for fd, v in msg.ListFields():
            try:
                key, conv = table[fd]
            except KeyError:  # extensions
                continue
            out[key] = v if conv is None else conv(v)
        for name in early:
            if name in out:
                return {k: out[k] for k in order if k in out}
        return out

    return encode_message


def _is_small(desc: Descriptor) -> bool:
    """Few singular fields in number order (identifiers): reading them directly beats ListFields."""
    fields = desc.fields
    return (
        len(fields) <= 3
        and not any(f.is_repeated for f in fields)
        and [f.number for f in fields] == sorted(f.number for f in fields)
    )


def _small_message_encoder(desc: Descriptor) -> Callable:
    table: tuple | None = None

    def compile_table():
        nonlocal table
        table = tuple(
            (fd.name, _field_out(fd), fd.type == _T.TYPE_MESSAGE or fd.has_presence)
            for fd in desc.fields
        )

    def encode_small_message(msg) -> dict:
        if table is None:
            compile_table()
        out = {}
        for name, conv, has_presence in table:
            if has_presence:
                if not msg.HasField(name):
                    continue
                v = getattr(msg, name)
            else:
                v = getattr(msg, name)
                if not v:
                    continue
            out[name] = v if conv is None else conv(v)
        return out

    return encode_small_message


def to_obj(message) -> Any:
    """The upstream JSON form of message as plain Python objects."""
    return _encoder(message.DESCRIPTOR)(message)


def encode(message) -> bytes:
    """The upstream JSON form of message, as UTF-8 bytes."""
    return orjson.dumps(_encoder(message.DESCRIPTOR)(message))


class EncodingMemo:
    """:func:`encode` for answers that repeat, such as the Get of an unchanged entity.

    The JSON form is a function of a message's type and content, and the binary form fixes the
    content, so a message that serializes to the bytes of one encoded before reuses its JSON.
    Serializing (in C) costs a small fraction of encoding. Nothing is ever invalidated: a message
    that changed has other bytes. Messages larger than ``max_bytes`` are encoded every time.
    """

    __slots__ = ("_memo", "_entries", "_max_bytes")

    def __init__(self, entries: int = 1024, max_bytes: int = 8192) -> None:
        self._memo: dict[tuple[Descriptor, bytes], bytes] = {}
        self._entries = entries
        self._max_bytes = max_bytes

    def encode(self, message) -> bytes:
        binary = message.SerializeToString()
        if len(binary) > self._max_bytes:
            return encode(message)
        key = (message.DESCRIPTOR, binary)
        json = self._memo.get(key)
        if json is None:
            json = encode(message)
            if len(self._memo) >= self._entries:
                self._memo.clear()
            self._memo[key] = json
        return json


# --- scalar input ---------------------------------------------------------------------------

_INT_TEXT = re.compile(r"[+-]?[0-9]+\Z")
_UINT_TEXT = re.compile(r"[0-9]+\Z")
_FLOAT_TEXT = re.compile(
    r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)\Z", re.I
)


def _int_text_parser(name: str, lo: int, hi: int) -> Callable[[str], int]:
    signed = lo < 0
    pattern = _INT_TEXT if signed else _UINT_TEXT
    func = "strconv.ParseInt" if signed else "strconv.ParseUint"

    def parse(text: str) -> int:
        if pattern.match(text) is None:
            raise JSONError(f'invalid value for {name}: {func}: parsing "{text}": invalid syntax')
        v = int(text) if len(text) < 40 else hi + 1  # (int() refuses very long digit strings)
        if not lo <= v <= hi:
            raise JSONError(f'invalid value for {name}: {func}: parsing "{text}": value out of range')
        return v

    return parse


def _int_parser(name: str, lo: int, hi: int):
    """(JSON value parser, text parser) for an integer kind."""
    from_text = _int_text_parser(name, lo, hi)

    def parse(v) -> int:
        t = type(v)
        if t is int:
            if lo <= v <= hi:
                return v
            raise JSONError(f"invalid value for {name}: {v} out of range")
        if t is str:
            return from_text(v)
        if t is float:
            if v.is_integer() and lo <= v <= hi:
                return int(v)
            raise JSONError(f"invalid value for {name}: {v!r} is not a valid {name}")
        raise JSONError(f"invalid value type for {name}: {_json_type(v)}")

    return parse, from_text


_int32, _int32_text = _int_parser("int32", -(1 << 31), (1 << 31) - 1)
_uint32, _uint32_text = _int_parser("uint32", 0, (1 << 32) - 1)
_int64, _int64_text = _int_parser("int64", -(1 << 63), (1 << 63) - 1)
_uint64, _uint64_text = _int_parser("uint64", 0, (1 << 64) - 1)


def _float_parser(name: str, bits32: bool):
    def from_text(text: str) -> float:
        if _FLOAT_TEXT.match(text) is None:
            raise JSONError(
                f'invalid value for {name}: strconv.ParseFloat: parsing "{text}": invalid syntax'
            )
        v = float(text)
        if (abs(v) >= _FLT_OVERFLOW if bits32 else v in (math.inf, -math.inf)) and "n" not in text.lower():
            raise JSONError(
                f'invalid value for {name}: strconv.ParseFloat: parsing "{text}": value out of range'
            )
        return v

    def parse(v) -> float:
        t = type(v)
        if t is float or t is int:
            v = float(v)
            if bits32 and abs(v) >= _FLT_OVERFLOW:
                raise JSONError(f"invalid value for {name}: {v!r} out of range")
            return v
        if t is str:
            return from_text(v)
        raise JSONError(f"invalid value type for {name}: {_json_type(v)}")

    return parse, from_text


_double, _double_text = _float_parser("float64", False)
_float, _float_text = _float_parser("float32", True)


def _bool(v) -> bool:
    if type(v) is bool:
        return v
    raise JSONError(f"invalid value type for bool: {_json_type(v)}")


_BOOL_TEXT = {"1": True, "t": True, "T": True, "TRUE": True, "true": True, "True": True,
              "0": False, "f": False, "F": False, "FALSE": False, "false": False, "False": False}


def _bool_text(text: str) -> bool:
    try:
        return _BOOL_TEXT[text]
    except KeyError:
        raise JSONError(f'invalid value for bool: strconv.ParseBool: parsing "{text}": invalid syntax') from None


def _string(v) -> str:
    if type(v) is str:
        return v
    raise JSONError(f"invalid value type for string: {_json_type(v)}")


_URL_TO_STD = str.maketrans("-_", "+/")


def _b64_text(text: str) -> bytes:
    s = text.rstrip("=").translate(_URL_TO_STD)
    if len(s) % 4 == 1:
        raise JSONError(f"invalid value: illegal base64 data at input byte {len(s) - 1}")
    try:
        return binascii.a2b_base64(s + "=" * (-len(s) % 4), strict_mode=True)
    except binascii.Error:
        for i, c in enumerate(s):
            if not (c.isascii() and (c.isalnum() or c in "+/")):
                break
        else:
            i = len(s)
        raise JSONError(f"invalid value: illegal base64 data at input byte {i}") from None


def _bytes(v) -> bytes:
    if type(v) is str:
        return _b64_text(v)
    raise JSONError(f"invalid value type for bytes: {_json_type(v)}")


_HEX_TEXT = re.compile(r"[0-9a-fA-F]*\Z")


def _hex_decode(text: str) -> bytes:
    if _HEX_TEXT.match(text) is not None and len(text) % 2 == 0:
        return bytes.fromhex(text)
    for c in text:
        if c not in "0123456789abcdefABCDEF":
            raise JSONError(f"encoding/hex: invalid byte: U+{ord(c):04X} {c!r}")
    raise JSONError("encoding/hex: odd length hex string")


def _hex_text_parser(n: int) -> Callable[[str], bytes]:
    """pkg/types unmarshalNBytes: 2N hex digits or base64 of N bytes; empty means unset."""
    if not n:

        def parse_any(text: str) -> bytes:
            trimmed = text.rstrip("=")
            if not trimmed:
                return b""
            if len(trimmed) % 2 == 0 and _HEX_TEXT.match(trimmed) is not None:
                return bytes.fromhex(trimmed)
            return _b64_text(text)

        return parse_any

    hex_len = 2 * n
    b64_len = (8 * n + 5) // 6

    def parse(text: str) -> bytes:
        trimmed = text.rstrip("=")
        size = len(trimmed)
        if size == 0:
            return b""
        if size == hex_len:
            return _hex_decode(trimmed)
        if size == b64_len:
            return _b64_text(trimmed)
        raise JSONError(
            "error:pkg/types:invalid_length "
            f"(invalid length: want {n} bytes, got {len(text)} runes)"
        )

    return parse


def _enum_in(enum: EnumDescriptor) -> dict[str, int]:
    """Every accepted spelling of the enum's values: names, prefix-less names, aliases."""
    names: dict[str, int] = {}
    opts = enum.GetOptions()
    prefix = ""
    if opts.HasExtension(annotations_pb2.enum_json):
        prefix = opts.Extensions[annotations_pb2.enum_json].prefix
    for value in enum.values:
        names.setdefault(value.name, value.number)
    for value in enum.values:
        if prefix and value.name.startswith(prefix + "_"):
            names.setdefault(value.name[len(prefix) + 1:], value.number)
        vopts = value.GetOptions()
        if vopts.HasExtension(annotations_pb2.enum_value_json):
            for alias in vopts.Extensions[annotations_pb2.enum_value_json].aliases:
                names.setdefault(alias, value.number)
    return names


def _enum_parsers(enum: EnumDescriptor):
    names = _enum_in(enum)

    def from_text(text: str) -> int:
        v = names.get(text)
        if v is not None:
            return v
        if _INT_TEXT.match(text) is not None and len(text) < 12 and -(1 << 31) <= int(text) < (1 << 31):
            return int(text)
        raise JSONError(f'unknown value for enum: "{text}"')

    def parse(v) -> int:
        t = type(v)
        if t is str:
            return from_text(v)
        if t is int or t is float:
            try:
                return _int32(v)
            except JSONError:
                raise JSONError(f"unknown value for enum: {v!r}") from None
        raise JSONError(f"invalid value type for enum: {_json_type(v)}")

    return parse, from_text


def _scalar_parsers(fd: FieldDescriptor):
    """(JSON value parser, text parser) for one value of a scalar field."""
    t = fd.type
    if t == _T.TYPE_STRING:
        return _string, str
    if t == _T.TYPE_BOOL:
        return _bool, _bool_text
    if t in _INT32_TYPES:
        return _int32, _int32_text
    if t in _UINT32_TYPES:
        return _uint32, _uint32_text
    if t in _INT64_TYPES:
        return _int64, _int64_text
    if t in _UINT64_TYPES:
        return _uint64, _uint64_text
    if t == _T.TYPE_DOUBLE:
        return _double, _double_text
    if t == _T.TYPE_FLOAT:
        return _float, _float_text
    if t == _T.TYPE_ENUM:
        return _enum_parsers(fd.enum_type)
    if t == _T.TYPE_BYTES:
        if _field_hex(fd):
            from_text = _hex_text_parser(_field_bytes_len(fd))

            def parse_hex(v) -> bytes:
                if type(v) is str:
                    return from_text(v)
                raise JSONError(f"invalid value type for bytes: {_json_type(v)}")

            return parse_hex, from_text
        return _bytes, _b64_text
    raise TypeError(f"no scalar parser for {fd.full_name}")


# --- well-known types, input ------------------------------------------------------------------

_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
_TIME_Z = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:[.,]([0-9]+))?Z\Z"
)
_TIME_RFC3339 = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:[.,]([0-9]+))?"
    r"(?:Z|([+-])([0-9]{2}):([0-9]{2}))\Z"
)
_LAYOUT_Z = "2006-01-02T15:04:05.999999999Z"
_LAYOUT_RFC3339 = "2006-01-02T15:04:05.999999999Z07:00"
_dates: dict[str, int] = {}  # "YYYY-MM-DD" → days since the epoch (bounded)


def _date_days(text: str) -> int | None:
    days = _dates.get(text)
    if days is None:
        try:
            days = datetime.date.fromisoformat(text).toordinal() - _EPOCH_ORDINAL
        except ValueError:
            return None
        if len(_dates) >= 4096:
            _dates.clear()
        _dates[text] = days
    return days


def _parse_time(text: str, pattern: re.Pattern, layout: str) -> tuple[int, int]:
    """(seconds, nanos) of a Go time layout: _TIME_Z for JSON bodies, _TIME_RFC3339 for text."""
    m = pattern.match(text)
    if m is not None:
        days = _date_days(m[1])
        hour, minute, second = int(m[2]), int(m[3]), int(m[4])
        if days is not None and hour < 24 and minute < 60 and second < 60:
            seconds = days * 86400 + hour * 3600 + minute * 60 + second
            frac = m[5]
            nanos = int(frac[:9].ljust(9, "0")) if frac else 0
            sign = m[6] if pattern is _TIME_RFC3339 else None
            if not sign:
                return seconds, nanos
            oh, om = int(m[7]), int(m[8])
            if oh < 24 and om < 60:
                offset = oh * 3600 + om * 60
                return (seconds - offset if sign == "+" else seconds + offset), nanos
    raise JSONError(f'invalid time: parsing time "{text}" as "{layout}": cannot parse')


def _timestamp_in(obj, msg) -> None:
    if type(obj) is not str:
        raise JSONError(f"invalid value type for time: {_json_type(obj)}")
    msg.seconds, msg.nanos = _parse_time(obj, _TIME_Z, _LAYOUT_Z)


def _timestamp_text_in(text: str, msg) -> None:
    msg.seconds, msg.nanos = _parse_time(text, _TIME_RFC3339, _LAYOUT_RFC3339)


_DURATION_UNITS = {
    "ns": 1, "us": 1_000, "\u00b5s": 1_000, "\u03bcs": 1_000, "ms": 1_000_000,
    "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
}
_DURATION_PART = re.compile(r"([0-9]*)(?:\.([0-9]*))?([^0-9.]*)")


def _parse_go_duration(text: str) -> int:
    """Nanoseconds in a Go time.ParseDuration string ("1h", "1.5s", "-300ms", "1h2m")."""
    s = text
    negative = False
    if s[:1] in ("-", "+"):
        negative = s[0] == "-"
        s = s[1:]
    if s == "0":
        return 0
    if not s:
        raise JSONError(f'invalid duration: time: invalid duration "{text}"')
    total = 0
    pos = 0
    while pos < len(s):
        m = _DURATION_PART.match(s, pos)
        whole, frac, unit = m.group(1), m.group(2), m.group(3)
        if not whole and not frac:
            raise JSONError(f'invalid duration: time: invalid duration "{text}"')
        if not unit:
            raise JSONError(f'invalid duration: time: missing unit in duration "{text}"')
        scale = _DURATION_UNITS.get(unit)
        if scale is None:
            raise JSONError(f'invalid duration: time: unknown unit "{unit}" in duration "{text}"')
        total += int(whole or "0") * scale
        if frac:
            total += int(frac) * scale // 10 ** len(frac)
        if total > 1 << 63:
            raise JSONError(f'invalid duration: time: invalid duration "{text}"')
        pos = m.end()
    if total > (1 << 63) - 1 and not negative:
        raise JSONError(f'invalid duration: time: invalid duration "{text}"')
    return -total if negative else total


def _set_duration(msg, ns: int) -> None:
    secs, nanos = divmod(abs(ns), 1_000_000_000)
    if ns < 0:
        secs, nanos = -secs, -nanos
    msg.seconds, msg.nanos = secs, nanos


def _duration_in(obj, msg) -> None:
    if type(obj) is not str:
        raise JSONError(f"invalid value type for duration: {_json_type(obj)}")
    _set_duration(msg, _parse_go_duration(obj))


def _field_mask_in(obj, msg) -> None:
    if type(obj) is str:
        paths = obj.split(",")
    elif type(obj) is dict:
        for key in obj:
            if key != "paths":
                raise JSONError(f'unexpected "{key}" field in FieldMask object')
        paths = obj.get("paths") or []
        if type(paths) is not list:
            raise JSONError(f"invalid value type for field mask paths: {_json_type(paths)}")
        for p in paths:
            if type(p) is not str:
                raise JSONError(f"invalid value type for field mask path: {_json_type(p)}")
    else:
        raise JSONError(f"invalid value type for field mask: {_json_type(obj)}")
    del msg.paths[:]
    msg.paths.extend(paths)


def _value_in(obj, msg) -> None:
    t = type(obj)
    if obj is None:
        msg.null_value = 0
    elif t is bool:
        msg.bool_value = obj
    elif t is str:
        msg.string_value = obj
    elif t is int or t is float:
        msg.number_value = obj
    elif t is dict:
        _struct_in(obj, msg.struct_value)
    elif t is list:
        _list_value_in(obj, msg.list_value)
    else:
        raise JSONError(f"invalid value type for google.protobuf.Value: {t.__name__}")


def _struct_in(obj, msg) -> None:
    if type(obj) is not dict:
        raise JSONError(f"invalid value type for google.protobuf.Struct: {_json_type(obj)}")
    msg.SetInParent()
    fields = msg.fields
    for key, value in obj.items():
        _value_in(value, fields[key])


def _list_value_in(obj, msg) -> None:
    if type(obj) is not list:
        raise JSONError(f"invalid value type for google.protobuf.ListValue: {_json_type(obj)}")
    msg.SetInParent()
    values = msg.values
    del values[:]
    for value in obj:
        _value_in(value, values.add())


def _empty_in(obj, msg) -> None:
    if type(obj) is not dict:
        raise JSONError(f"invalid value type for google.protobuf.Empty: {_json_type(obj)}")


def _any_in(obj, msg) -> None:
    if type(obj) is not dict:
        raise JSONError(f"invalid value type for google.protobuf.Any: {_json_type(obj)}")
    url = obj.get("@type")
    if type(url) is not str or not url:
        raise JSONError('missing "@type" field in Any')
    try:
        desc, cls, value_form = _any_type(url)
    except LookupError as e:
        raise JSONError(str(e)) from None
    inner = cls()
    if value_form:
        for key in obj:
            if key not in ("@type", "value"):
                raise JSONError(f'unexpected "{key}" field in Any')
        if "value" not in obj:
            raise JSONError('missing "value" field in Any')
        _decoder(desc)(obj["value"], inner)
    else:
        _decoder(desc)({k: v for k, v in obj.items() if k != "@type"}, inner)
    msg.Pack(inner)


def _wrapper_in(desc: Descriptor) -> Callable:
    parse = _scalar_parsers(desc.fields_by_name["value"])[0]
    kind = desc.full_name

    def decode_wrapper(obj, msg) -> None:
        if type(obj) is dict:
            if list(obj) != ["value"]:
                key = next((k for k in obj if k != "value"), "")
                raise JSONError(f'unexpected "{key}" field in wrapped {kind}')
            obj = obj["value"]
        if obj is None:
            msg.ClearField("value")
            msg.SetInParent()
        else:
            msg.value = parse(obj)

    return decode_wrapper


_SPECIAL_IN: dict[str, Callable] = {
    _TIMESTAMP: _timestamp_in,
    _DURATION: _duration_in,
    _FIELD_MASK: _field_mask_in,
    _STRUCT: _struct_in,
    _VALUE: _value_in,
    _LIST_VALUE: _list_value_in,
    _EMPTY: _empty_in,
    _ANY: _any_in,
}


# --- message input ----------------------------------------------------------------------------

_decoders: dict[Descriptor, Callable] = {}


def _decoder(desc: Descriptor) -> Callable:
    dec = _decoders.get(desc)
    if dec is None:
        dec = _SPECIAL_IN.get(desc.full_name)
        if dec is None:
            dec = _wrapper_in(desc) if _is_wrapper(desc) else _message_decoder(desc)
        _decoders[desc] = dec
    return dec


def _map_key_parser(fd: FieldDescriptor) -> Callable[[str], Any] | None:
    """Parser of JSON object keys into map keys of fd's type; None for string keys."""
    if fd.type == _T.TYPE_STRING:
        return None
    if fd.type == _T.TYPE_BOOL:

        def parse_bool_key(text: str) -> bool:
            if text in ("true", "false"):
                return text == "true"
            raise JSONError(f'invalid map key "{text}" for bool map')

        return parse_bool_key
    return _scalar_parsers(fd)[1]


def _field_setter(fd: FieldDescriptor) -> Callable[[Any, Any], None]:
    """setter(msg, json_value) for one field; JSON null clears the field."""
    name = fd.name

    if _is_map(fd):
        key_parse = _map_key_parser(fd.message_type.fields_by_name["key"])
        vfd = fd.message_type.fields_by_name["value"]
        value_is_message = vfd.type == _T.TYPE_MESSAGE
        value_in = _decoder(vfd.message_type) if value_is_message else _scalar_parsers(vfd)[0]
        null_value = value_is_message and vfd.message_type.full_name == _VALUE

        def set_map(msg, obj) -> None:
            msg.ClearField(name)
            if obj is None:
                return
            if type(obj) is not dict:
                raise JSONError(f"invalid value type for map: {_json_type(obj)}")
            target = getattr(msg, name)
            if key_parse is None and not value_is_message:
                for key, value in obj.items():
                    if value is None:
                        raise JSONError(f"invalid value for map entry {key!r}: Null")
                    target[key] = value_in(value)
                return
            for key, value in obj.items():
                k = key if key_parse is None else key_parse(key)
                if value_is_message:
                    entry = target[k]
                    if value is not None or null_value:
                        value_in(value, entry)
                elif value is None:
                    raise JSONError(f"invalid value for map entry {key!r}: Null")
                else:
                    target[k] = value_in(value)

        return set_map

    if fd.type == _T.TYPE_MESSAGE:
        sub_in = _decoder(fd.message_type)
        keeps_null = fd.message_type.full_name == _VALUE
        if fd.is_repeated:

            def set_messages(msg, obj) -> None:
                msg.ClearField(name)
                if obj is None:
                    return
                if type(obj) is not list:
                    raise JSONError(f"invalid value type for array: {_json_type(obj)}")
                target = getattr(msg, name)
                for value in obj:
                    item = target.add()
                    if value is not None or keeps_null:
                        sub_in(value, item)

            return set_messages

        def set_message(msg, obj) -> None:
            if obj is None and not keeps_null:
                msg.ClearField(name)
                return
            sub = getattr(msg, name)
            sub.SetInParent()
            sub_in(obj, sub)

        return set_message

    parse = _scalar_parsers(fd)[0]
    if fd.is_repeated:

        def set_scalars(msg, obj) -> None:
            msg.ClearField(name)
            if obj is None:
                return
            if type(obj) is not list:
                raise JSONError(f"invalid value type for array: {_json_type(obj)}")
            getattr(msg, name).extend([parse(v) for v in obj])

        return set_scalars

    def set_scalar(msg, obj) -> None:
        if obj is None:
            msg.ClearField(name)
        else:
            setattr(msg, name, parse(obj))

    return set_scalar


def _message_decoder(desc: Descriptor) -> Callable:
    table: dict | None = None
    has_oneofs = False

    def compile_table():
        nonlocal table, has_oneofs
        entries = {}
        for fd in desc.fields:
            oneof = _real_oneof(fd)
            has_oneofs = has_oneofs or oneof is not None
            entry = (_field_setter(fd), fd.name, oneof)
            entries[fd.name] = entry
            entries.setdefault(fd.json_name, entry)
        table = entries

    def decode_message(obj, msg) -> None:
        if table is None:
            compile_table()
        if type(obj) is not dict:
            raise JSONError(f"invalid value type for {desc.full_name}: {_json_type(obj)}, want Object")
        seen = {} if has_oneofs else None
        for key, value in obj.items():
            entry = table.get(key)
            if entry is None:
                continue  # unknown fields are ignored
            setter, name, oneof = entry
            if oneof is not None and value is not None:
                if oneof in seen:
                    raise JSONError(f'error parsing "{key}", oneof {oneof} is already set')
                seen[oneof] = key
            try:
                setter(msg, value)
            except JSONError as e:
                e.path.insert(0, name)
                raise

    return decode_message


def from_obj(obj: Any, message) -> None:
    """Merge already-parsed JSON into message. `null` is no input; other non-objects are
    refused for ordinary messages (well-known types take their own JSON forms)."""
    if obj is None:
        return
    _decoder(message.DESCRIPTOR)(obj, message)
    message.SetInParent()  # a sub-message given as `{}` is present (no-op at the top level)


# How deep JSON text may nest objects and arrays. Upstream's decoders allow 10000 levels (Go's
# encoding/json and protojson); here the limit is what keeps a decoded request usable. Python's
# protobuf runtime (upb) parses no binary message nested deeper than 100 levels, and one JSON
# level may cost three of them (a Struct in a Struct: the Struct, its map entry, the Value):
# 32 levels stay below 100 with room for the request around, so what is stored can always be
# read back and every request can also be sent over gRPC. It also keeps the recursive decoder
# (two or three Python frames per level) far from Python's recursion limit. API messages nest a
# dozen levels at most; only free-form Structs (``attributes``-like data) nest further.
MAX_DEPTH = 32


def _deeper_than(obj: Any, limit: int) -> bool:
    """Whether ``obj`` (parsed JSON) nests objects and arrays more than ``limit`` deep; iterative."""
    if type(obj) is not dict and type(obj) is not list:
        return False
    stack = [(obj, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        value, depth = pop()
        if depth > limit:
            return True
        for child in value.values() if type(value) is dict else value:
            if type(child) is dict or type(child) is list:
                push((child, depth + 1))
    return False


def decode(data: bytes | str, message) -> None:
    """Parse JSON text and merge it into message. An empty body is no input; text nested deeper
    than MAX_DEPTH is refused."""
    if not data:
        return
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as e:
        if not (data if isinstance(data, (bytes, bytearray, str)) else bytes(data)).strip():
            return
        obj = _lenient(data, e)
    # Text with few brackets cannot nest deeply: only a longer one is walked (C-speed counts).
    opens = data.count("{") + data.count("[") if isinstance(data, str) else data.count(b"{") + data.count(b"[")
    if opens > MAX_DEPTH and _deeper_than(obj, MAX_DEPTH):
        raise JSONError(f"invalid JSON: exceeded max depth of {MAX_DEPTH} nested objects and arrays")
    from_obj(obj, message)


_LENIENT_MAX = 64 * 1024


def _lenient(data: bytes | str, error: Exception) -> Any:
    """The one liberty taken with JSON: a comma right before a closing bracket, as in a request
    of the upstream docs that ttsl must accept as written (shared/seeds). Anything else stays
    an error. Runs only on text that failed to parse and is small (a hand-written request),
    in one pass."""
    if len(data) > _LENIENT_MAX:
        raise JSONError(f"invalid JSON: {error}") from None
    text = data.decode("utf-8", "replace") if isinstance(data, (bytes, bytearray)) else data
    out: list[str] = []
    in_string = escaped = False
    last = ""  # the last character outside strings that is not white space
    comma_at = -1  # where in ``out`` a comma after a value waits to see what follows
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
                last = char
            continue
        if char.isspace():
            out.append(char)
            continue
        if char in "}]" and comma_at >= 0:
            out[comma_at] = ""
        comma_at = len(out) if char == "," and last not in ("", "{", "[", ",") else -1
        out.append(char)
        in_string = char == '"'
        last = char
    fixed = "".join(out)
    if fixed != text:
        try:
            return orjson.loads(fixed)
        except orjson.JSONDecodeError:
            pass
    raise JSONError(f"invalid JSON: {error}") from None


# --- query strings and path variables ------------------------------------------------------------

_text_parsers: dict[FieldDescriptor, Callable[[str], Any]] = {}


def _text_parser(fd: FieldDescriptor) -> Callable[[str], Any]:
    if _is_map(fd):

        def refuse(_text: str):
            raise JSONError(f"map field {fd.name} cannot be set from a query string")

        return refuse
    if fd.type != _T.TYPE_MESSAGE:
        return _scalar_parsers(fd)[1]
    desc = fd.message_type
    cls = message_factory.GetMessageClass(desc)
    full_name = desc.full_name
    if full_name == _TIMESTAMP:
        setter = _timestamp_text_in
    elif full_name == _DURATION:

        def setter(text, msg):
            _set_duration(msg, _parse_go_duration(text))

    elif full_name == _FIELD_MASK:

        def setter(text, msg):
            msg.paths.extend(text.split(","))

    elif _is_wrapper(desc):
        inner = _scalar_parsers(desc.fields_by_name["value"])[1]

        def setter(text, msg):
            msg.value = inner(text)

    else:

        def setter(_text, _msg):
            raise JSONError(f"field {fd.name} of type {full_name} cannot be set from text")

    def parse_message(text: str):
        msg = cls()
        setter(text, msg)
        return msg

    return parse_message


def scalar_from_text(field: FieldDescriptor, text: str) -> Any:
    """One query-string or path value for field, as the Python value to store.

    Scalars give their value (an element for repeated fields); Timestamp, Duration, FieldMask
    and wrapper fields give a new message of that type for the caller to CopyFrom. Timestamps
    here accept RFC 3339 offsets, bools Go's ParseBool spellings, enums names, prefix-less
    names, aliases and numbers, bytes hex (for hex fields) or either base64 alphabet.
    """
    parse = _text_parsers.get(field)
    if parse is None:
        parse = _text_parsers[field] = _text_parser(field)
    return parse(text)
