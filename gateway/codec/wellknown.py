"""The well-known types and wrappers: for each, its writer and its readers side by side.

A writer takes the message and returns what orjson writes; a JSON reader takes parsed JSON
and the message to fill; a text reader (query strings, path variables) takes the text and the
message. Forms, as upstream writes and reads them:

* Timestamp: RFC 3339 in UTC with 0, 3, 6 or 9 fraction digits; JSON bodies must end in `Z`,
  text may carry an offset.
* Duration: seconds with 0, 3, 6 or 9 fraction digits and `s`; read as Go's `ParseDuration`
  (`1h2m`, `-300ms`).
* FieldMask: written in the legacy object form `{"paths": [...]}`; read from that or from a
  comma list.
* Struct, Value, ListValue, Empty: plain JSON.
* Any: `@type` and the fields of the packed message, or its JSON form under `value` for the
  types that are not plain objects.
* Wrappers (Google's and ttsl's `message_json.wrapper`): the bare value; `{"value": …}` is also
  read.
"""

from __future__ import annotations

import datetime
import math
import re
import time
from typing import Any, Callable

from google.protobuf.descriptor import Descriptor

from .descriptors import ANY, DURATION, EMPTY, FIELD_MASK, LIST_VALUE, STRUCT, TIMESTAMP, VALUE, any_type, is_wrapper
from .errors import JSONError, json_type
from .scalars import double_out, scalar_readers, scalar_writer

__all__ = ["reader_of", "text_reader_of", "writer_of"]

Writer = Callable[[Any], Any]
Reader = Callable[[Any, Any], None]
TextReader = Callable[[str, Any], None]


# --- Timestamp ----------------------------------------------------------------------------------

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
        raise JSONError(f"invalid value type for time: {json_type(obj)}")
    msg.seconds, msg.nanos = _parse_time(obj, _TIME_Z, _LAYOUT_Z)


def _timestamp_text_in(text: str, msg) -> None:
    msg.seconds, msg.nanos = _parse_time(text, _TIME_RFC3339, _LAYOUT_RFC3339)


# --- Duration -----------------------------------------------------------------------------------


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
        raise JSONError(f"invalid value type for duration: {json_type(obj)}")
    _set_duration(msg, _parse_go_duration(obj))


def _duration_text_in(text: str, msg) -> None:
    _set_duration(msg, _parse_go_duration(text))


# --- FieldMask ----------------------------------------------------------------------------------


def _field_mask_out(m) -> dict:
    return {"paths": list(m.paths)}


def _field_mask_in(obj, msg) -> None:
    if type(obj) is str:
        paths = obj.split(",")
    elif type(obj) is dict:
        for key in obj:
            if key != "paths":
                raise JSONError(f'unexpected "{key}" field in FieldMask object')
        paths = obj.get("paths") or []
        if type(paths) is not list:
            raise JSONError(f"invalid value type for field mask paths: {json_type(paths)}")
        for p in paths:
            if type(p) is not str:
                raise JSONError(f"invalid value type for field mask path: {json_type(p)}")
    else:
        raise JSONError(f"invalid value type for field mask: {json_type(obj)}")
    del msg.paths[:]
    msg.paths.extend(paths)


def _field_mask_text_in(text: str, msg) -> None:
    msg.paths.extend(text.split(","))


# --- Struct, Value, ListValue -------------------------------------------------------------------


def _value_out(v):
    kind = v.WhichOneof("kind")
    if kind == "string_value":
        return v.string_value
    if kind == "number_value":
        n = v.number_value
        if n != n or n in (math.inf, -math.inf):
            raise ValueError(f"google.protobuf.Value cannot hold {n!r} in JSON")
        return double_out(n)
    if kind == "bool_value":
        return v.bool_value
    if kind == "struct_value":
        return _struct_out(v.struct_value)
    if kind == "list_value":
        return [_value_out(x) for x in v.list_value.values]
    return None


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


def _struct_out(m) -> dict:
    fields = m.fields
    return {k: _value_out(fields[k]) for k in sorted(fields)}


def _struct_in(obj, msg) -> None:
    if type(obj) is not dict:
        raise JSONError(f"invalid value type for google.protobuf.Struct: {json_type(obj)}")
    msg.SetInParent()
    fields = msg.fields
    for key, value in obj.items():
        _value_in(value, fields[key])


def _list_value_out(m) -> list:
    return [_value_out(x) for x in m.values]


def _list_value_in(obj, msg) -> None:
    if type(obj) is not list:
        raise JSONError(f"invalid value type for google.protobuf.ListValue: {json_type(obj)}")
    msg.SetInParent()
    values = msg.values
    del values[:]
    for value in obj:
        _value_in(value, values.add())


# --- Empty --------------------------------------------------------------------------------------


def _empty_out(_m) -> dict:
    return {}


def _empty_in(obj, msg) -> None:
    if type(obj) is not dict:
        raise JSONError(f"invalid value type for google.protobuf.Empty: {json_type(obj)}")


# --- Any: the packed message goes through the codec's converter of its type ----------------------


def _any_writer(encoder_for: Callable[[Descriptor], Writer]) -> Writer:
    def write_any(m) -> dict:
        url = m.type_url
        if not url:
            return {}
        desc, cls, value_form = any_type(url)
        obj = encoder_for(desc)(cls.FromString(m.value))
        if value_form:
            return {"@type": url, "value": obj}
        out = {"@type": url}
        out.update(obj)
        return out

    return write_any


def _any_reader(decoder_for: Callable[[Descriptor], Reader]) -> Reader:
    def read_any(obj, msg) -> None:
        if type(obj) is not dict:
            raise JSONError(f"invalid value type for google.protobuf.Any: {json_type(obj)}")
        url = obj.get("@type")
        if type(url) is not str or not url:
            raise JSONError('missing "@type" field in Any')
        try:
            desc, cls, value_form = any_type(url)
        except LookupError as e:
            raise JSONError(str(e)) from None
        inner = cls()
        if value_form:
            for key in obj:
                if key not in ("@type", "value"):
                    raise JSONError(f'unexpected "{key}" field in Any')
            if "value" not in obj:
                raise JSONError('missing "value" field in Any')
            decoder_for(desc)(obj["value"], inner)
        else:
            decoder_for(desc)({k: v for k, v in obj.items() if k != "@type"}, inner)
        msg.Pack(inner)

    return read_any


# --- wrappers -----------------------------------------------------------------------------------


def _wrapper_out(desc: Descriptor) -> Writer:
    conv = scalar_writer(desc.fields_by_name["value"])
    if conv is None:
        return lambda m: m.value
    return lambda m: conv(m.value)


def _wrapper_in(desc: Descriptor) -> Reader:
    parse = scalar_readers(desc.fields_by_name["value"])[0]
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


def _wrapper_text_in(desc: Descriptor) -> TextReader:
    inner = scalar_readers(desc.fields_by_name["value"])[1]

    def read_wrapper_text(text: str, msg) -> None:
        msg.value = inner(text)

    return read_wrapper_text


# --- by type ------------------------------------------------------------------------------------

# full name → (writer, JSON reader, text reader or None); Any and wrappers are built per type.
_FORMS: dict[str, tuple[Writer, Reader, TextReader | None]] = {
    TIMESTAMP: (_timestamp_out, _timestamp_in, _timestamp_text_in),
    DURATION: (_duration_out, _duration_in, _duration_text_in),
    FIELD_MASK: (_field_mask_out, _field_mask_in, _field_mask_text_in),
    STRUCT: (_struct_out, _struct_in, None),
    VALUE: (_value_out, _value_in, None),
    LIST_VALUE: (_list_value_out, _list_value_in, None),
    EMPTY: (_empty_out, _empty_in, None),
}


def writer_of(desc: Descriptor, encoder_for: Callable[[Descriptor], Writer]) -> Writer | None:
    """The writer of a well-known type or wrapper, None for other messages; an Any writes its
    packed message with ``encoder_for``."""
    form = _FORMS.get(desc.full_name)
    if form is not None:
        return form[0]
    if desc.full_name == ANY:
        return _any_writer(encoder_for)
    return _wrapper_out(desc) if is_wrapper(desc) else None


def reader_of(desc: Descriptor, decoder_for: Callable[[Descriptor], Reader]) -> Reader | None:
    """The JSON reader of a well-known type or wrapper, None for other messages; an Any reads
    its packed message with ``decoder_for``."""
    form = _FORMS.get(desc.full_name)
    if form is not None:
        return form[1]
    if desc.full_name == ANY:
        return _any_reader(decoder_for)
    return _wrapper_in(desc) if is_wrapper(desc) else None


def text_reader_of(desc: Descriptor) -> TextReader | None:
    """The text reader of a type one query value can spell (Timestamp, Duration, FieldMask,
    wrappers), None for the others."""
    form = _FORMS.get(desc.full_name)
    if form is not None:
        return form[2]
    return _wrapper_text_in(desc) if is_wrapper(desc) else None
