"""JSON to messages: one converter per message type, compiled on first use.

Input: proto and lowerCamel names; unknown keys ignored; `null` unsets; two members of one
oneof refused. A JSON key names a whole field: repeated and map fields given in the input
replace the message's. JSON text nested deeper than MAX_DEPTH objects and arrays is refused
(see there); text that is not JSON gets one second chance (lenient.py).
"""

from __future__ import annotations

from typing import Any, Callable

import orjson
from google.protobuf.descriptor import Descriptor, FieldDescriptor

from .descriptors import VALUE, T, is_map, real_oneof
from .errors import JSONError, json_type
from .lenient import lenient_loads
from .scalars import map_key_reader, scalar_readers
from .wellknown import reader_of

__all__ = ["MAX_DEPTH", "decode", "decoder_for", "from_obj"]

_decoders: dict[Descriptor, Callable] = {}


def decoder_for(desc: Descriptor) -> Callable:
    """The reader of parsed JSON into messages of type desc: ``reader(obj, message)`` (cached)."""
    dec = _decoders.get(desc)
    if dec is None:
        dec = reader_of(desc, decoder_for) or _message_decoder(desc)
        _decoders[desc] = dec
    return dec


def _map_setter(fd: FieldDescriptor) -> Callable[[Any, Any], None]:
    name = fd.name
    key_parse = map_key_reader(fd.message_type.fields_by_name["key"])
    vfd = fd.message_type.fields_by_name["value"]
    value_is_message = vfd.type == T.TYPE_MESSAGE
    value_in = decoder_for(vfd.message_type) if value_is_message else scalar_readers(vfd)[0]
    null_value = value_is_message and vfd.message_type.full_name == VALUE

    def set_map(msg, obj) -> None:
        msg.ClearField(name)
        if obj is None:
            return
        if type(obj) is not dict:
            raise JSONError(f"invalid value type for map: {json_type(obj)}")
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


def _message_setter(fd: FieldDescriptor) -> Callable[[Any, Any], None]:
    name = fd.name
    sub_in = decoder_for(fd.message_type)
    keeps_null = fd.message_type.full_name == VALUE
    if fd.is_repeated:

        def set_messages(msg, obj) -> None:
            msg.ClearField(name)
            if obj is None:
                return
            if type(obj) is not list:
                raise JSONError(f"invalid value type for array: {json_type(obj)}")
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


def _scalar_setter(fd: FieldDescriptor) -> Callable[[Any, Any], None]:
    name = fd.name
    parse = scalar_readers(fd)[0]
    if fd.is_repeated:

        def set_scalars(msg, obj) -> None:
            msg.ClearField(name)
            if obj is None:
                return
            if type(obj) is not list:
                raise JSONError(f"invalid value type for array: {json_type(obj)}")
            getattr(msg, name).extend([parse(v) for v in obj])

        return set_scalars

    def set_scalar(msg, obj) -> None:
        if obj is None:
            msg.ClearField(name)
        else:
            setattr(msg, name, parse(obj))

    return set_scalar


def _field_setter(fd: FieldDescriptor) -> Callable[[Any, Any], None]:
    """setter(msg, json_value) for one field; JSON null clears the field."""
    if is_map(fd):
        return _map_setter(fd)
    if fd.type == T.TYPE_MESSAGE:
        return _message_setter(fd)
    return _scalar_setter(fd)


def _message_decoder(desc: Descriptor) -> Callable:
    table: dict | None = None
    has_oneofs = False

    def compile_table():
        nonlocal table, has_oneofs
        entries = {}
        for fd in desc.fields:
            oneof = real_oneof(fd)
            has_oneofs = has_oneofs or oneof is not None
            entry = (_field_setter(fd), fd.name, oneof)
            entries[fd.name] = entry
            entries.setdefault(fd.json_name, entry)
        table = entries

    def decode_message(obj, msg) -> None:
        if table is None:
            compile_table()
        if type(obj) is not dict:
            raise JSONError(f"invalid value type for {desc.full_name}: {json_type(obj)}, want Object")
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
    decoder_for(message.DESCRIPTOR)(obj, message)
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
        obj = lenient_loads(data, e)
    # Text with few brackets cannot nest deeply: only a longer one is walked (C-speed counts).
    opens = data.count("{") + data.count("[") if isinstance(data, str) else data.count(b"{") + data.count(b"[")
    if opens > MAX_DEPTH and _deeper_than(obj, MAX_DEPTH):
        raise JSONError(f"invalid JSON: exceeded max depth of {MAX_DEPTH} nested objects and arrays")
    from_obj(obj, message)
