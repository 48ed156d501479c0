"""Scalar values: for each kind, how it is written to JSON and read from JSON and from text.

Writers take the Python value protobuf gives and return what orjson writes. Readers come in
pairs, `(JSON value reader, text reader)`: JSON bodies give numbers, strings, booleans; query
strings and path variables give text. Every reader raises JSONError with upstream's message.

* 64-bit integers are written as strings; integers are read from numbers or strings.
* Doubles and floats are written as Go writes them (`5`, not `5.0`; the shortest float32
  decimal; `NaN`, `Infinity`); read from numbers or strings.
* Bytes are written as padded standard base64, or upper-case hex for `json.hex` fields; read
  from either base64 alphabet, padded or not, and hex fields also from hex (`pkg/types`).
* Enums are written as numbers, or as names when the enum has `enum_json.as_string`; read from
  names, names without the declared prefix, `enum_value_json` aliases, or numbers.
"""

from __future__ import annotations

import binascii
import math
import re
import struct
from typing import Any, Callable

from google.protobuf.descriptor import EnumDescriptor, FieldDescriptor

from ttsl import annotations_pb2

from .descriptors import INT32_TYPES, INT64_TYPES, UINT32_TYPES, UINT64_TYPES, T, field_bytes_len, field_hex
from .errors import JSONError, json_type

__all__ = [
    "double_out",
    "enum_to_obj",
    "map_key_reader",
    "map_key_writer",
    "scalar_readers",
    "scalar_writer",
]

Reader = Callable[[Any], Any]
TextReader = Callable[[str], Any]


# --- integers -----------------------------------------------------------------------------------

_INT_TEXT = re.compile(r"[+-]?[0-9]+\Z")
_UINT_TEXT = re.compile(r"[0-9]+\Z")


def _int_text_parser(name: str, lo: int, hi: int) -> TextReader:
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


def _int_parser(name: str, lo: int, hi: int) -> tuple[Reader, TextReader]:
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
        raise JSONError(f"invalid value type for {name}: {json_type(v)}")

    return parse, from_text


_INT32 = _int_parser("int32", -(1 << 31), (1 << 31) - 1)
_int32 = _INT32[0]
_UINT32 = _int_parser("uint32", 0, (1 << 32) - 1)
_INT64 = _int_parser("int64", -(1 << 63), (1 << 63) - 1)
_UINT64 = _int_parser("uint64", 0, (1 << 64) - 1)


# --- floating point -----------------------------------------------------------------------------

_FLOAT32 = struct.Struct("<f")
_FLT_OVERFLOW = 3.4028235677973366e38  # FLT_MAX plus half an ulp: rounds to infinity as float32
_INT_SAFE = float(1 << 63)
_FLT_MIN_NORMAL = 1.1754943508222875e-38
_FLOAT_TEXT = re.compile(
    r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)\Z", re.I
)


def double_out(v: float):
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
        return double_out(v)
    # The shortest decimal that reads back as the same float32, as Go's strconv writes it (so
    # 16777217 is 16777216, and a float32 of 495433023488 is 495433020000). For a normal float32,
    # 6 digits with %g's trailing zeros dropped are never longer than that; a denormal holds
    # fewer digits, so it starts from one.
    for precision in range(6 if abs(v) >= _FLT_MIN_NORMAL else 1, 10):
        short = float("%.*g" % (precision, v))
        if _FLOAT32.unpack(_FLOAT32.pack(short))[0] == v:
            return double_out(short)
    return double_out(v)


def _float_parser(name: str, bits32: bool) -> tuple[Reader, TextReader]:
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
        raise JSONError(f"invalid value type for {name}: {json_type(v)}")

    return parse, from_text


_DOUBLE = _float_parser("float64", False)
_FLOAT = _float_parser("float32", True)


# --- booleans and strings -----------------------------------------------------------------------


def _bool(v) -> bool:
    if type(v) is bool:
        return v
    raise JSONError(f"invalid value type for bool: {json_type(v)}")


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
    raise JSONError(f"invalid value type for string: {json_type(v)}")


# --- bytes: base64 ------------------------------------------------------------------------------

_URL_TO_STD = str.maketrans("-_", "+/")


def _b64_out(v: bytes) -> str:
    return binascii.b2a_base64(v, newline=False).decode("ascii")


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
    raise JSONError(f"invalid value type for bytes: {json_type(v)}")


# --- bytes: hex (EUIs, addresses, keys) ---------------------------------------------------------

_HEX_TEXT = re.compile(r"[0-9a-fA-F]*\Z")


def _hex_out(v: bytes) -> str:
    return v.hex().upper()


def _hex_decode(text: str) -> bytes:
    if _HEX_TEXT.match(text) is not None and len(text) % 2 == 0:
        return bytes.fromhex(text)
    for c in text:
        if c not in "0123456789abcdefABCDEF":
            raise JSONError(f"encoding/hex: invalid byte: U+{ord(c):04X} {c!r}")
    raise JSONError("encoding/hex: odd length hex string")


def _hex_text_parser(n: int) -> TextReader:
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


def _hex_parsers(fd: FieldDescriptor) -> tuple[Reader, TextReader]:
    from_text = _hex_text_parser(field_bytes_len(fd))

    def parse_hex(v) -> bytes:
        if type(v) is str:
            return from_text(v)
        raise JSONError(f"invalid value type for bytes: {json_type(v)}")

    return parse_hex, from_text


# --- enums --------------------------------------------------------------------------------------


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


def _enum_parsers(enum: EnumDescriptor) -> tuple[Reader, TextReader]:
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
        raise JSONError(f"invalid value type for enum: {json_type(v)}")

    return parse, from_text


# --- by field -----------------------------------------------------------------------------------


# field type → (writer or None for as is, (JSON reader, text reader)); bytes and enums depend on
# the field's options and enum, and are told apart in the two functions below.
_KINDS: dict[int, tuple[Callable[[Any], Any] | None, tuple[Reader, TextReader]]] = {
    T.TYPE_STRING: (None, (_string, str)),
    T.TYPE_BOOL: (None, (_bool, _bool_text)),
    **{t: (None, _INT32) for t in INT32_TYPES},
    **{t: (None, _UINT32) for t in UINT32_TYPES},
    **{t: (str, _INT64) for t in INT64_TYPES},
    **{t: (str, _UINT64) for t in UINT64_TYPES},
    T.TYPE_DOUBLE: (double_out, _DOUBLE),
    T.TYPE_FLOAT: (_float_out, _FLOAT),
}


def scalar_writer(fd: FieldDescriptor) -> Callable[[Any], Any] | None:
    """Converter for one (non-repeated) value of a scalar field; None means as is."""
    t = fd.type
    if t == T.TYPE_BYTES:
        return _hex_out if field_hex(fd) else _b64_out
    if t == T.TYPE_ENUM:
        return _enum_out(fd.enum_type)
    kind = _KINDS.get(t)
    return None if kind is None else kind[0]


def scalar_readers(fd: FieldDescriptor) -> tuple[Reader, TextReader]:
    """(JSON value reader, text reader) for one value of a scalar field."""
    t = fd.type
    if t == T.TYPE_BYTES:
        return _hex_parsers(fd) if field_hex(fd) else (_bytes, _b64_text)
    if t == T.TYPE_ENUM:
        return _enum_parsers(fd.enum_type)
    kind = _KINDS.get(t)
    if kind is None:
        raise TypeError(f"no scalar parser for {fd.full_name}")
    return kind[1]


# --- map keys: JSON object keys are strings -----------------------------------------------------


def map_key_writer(fd: FieldDescriptor) -> Callable | None:
    """The object key of a map key of fd's type; None for string keys."""
    if fd.type == T.TYPE_BOOL:
        return lambda k: "true" if k else "false"
    if fd.type == T.TYPE_STRING:
        return None
    return str


def map_key_reader(fd: FieldDescriptor) -> TextReader | None:
    """Parser of JSON object keys into map keys of fd's type; None for string keys."""
    if fd.type == T.TYPE_STRING:
        return None
    if fd.type == T.TYPE_BOOL:

        def parse_bool_key(text: str) -> bool:
            if text in ("true", "false"):
                return text == "true"
            raise JSONError(f'invalid map key "{text}" for bool map')

        return parse_bool_key
    return scalar_readers(fd)[1]
