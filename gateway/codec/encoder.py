"""Messages to JSON: one converter per message type, compiled on first use.

Output: proto field names, in declaration order; set fields only (`ListFields`); maps with
sorted keys; scalar and well-known forms as scalars.py and wellknown.py write them. The
converters build plain Python objects, which orjson writes.
"""

from __future__ import annotations

from typing import Any, Callable

import orjson
from google.protobuf.descriptor import Descriptor, FieldDescriptor

from .descriptors import T, is_map
from .scalars import map_key_writer, scalar_writer
from .wellknown import writer_of

__all__ = ["EncodingMemo", "encode", "encoder_for", "to_obj"]

_encoders: dict[Descriptor, Callable] = {}


def encoder_for(desc: Descriptor) -> Callable:
    """The converter of messages of type desc into plain Python objects (cached)."""
    enc = _encoders.get(desc)
    if enc is None:
        enc = writer_of(desc, encoder_for)
        if enc is None:
            enc = _small_message_encoder(desc) if _is_small(desc) else _message_encoder(desc)
        _encoders[desc] = enc
    return enc


def _field_out(fd: FieldDescriptor) -> Callable | None:
    """Converter for the value ListFields yields for fd; None means as is."""
    if is_map(fd):
        key_conv = map_key_writer(fd.message_type.fields_by_name["key"])
        vfd = fd.message_type.fields_by_name["value"]
        if vfd.type == T.TYPE_MESSAGE:
            val_conv = encoder_for(vfd.message_type)
        else:
            val_conv = scalar_writer(vfd)
        if key_conv is None and val_conv is None:
            return lambda v: {k: v[k] for k in sorted(v)}
        if key_conv is None:
            return lambda v: {k: val_conv(v[k]) for k in sorted(v)}
        if val_conv is None:
            return lambda v: {key_conv(k): v[k] for k in sorted(v)}
        return lambda v: {key_conv(k): val_conv(v[k]) for k in sorted(v)}
    if fd.type == T.TYPE_MESSAGE:
        conv = encoder_for(fd.message_type)
    else:
        conv = scalar_writer(fd)
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
            (fd.name, _field_out(fd), fd.type == T.TYPE_MESSAGE or fd.has_presence)
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
    return encoder_for(message.DESCRIPTOR)(message)


def encode(message) -> bytes:
    """The upstream JSON form of message, as UTF-8 bytes."""
    return orjson.dumps(encoder_for(message.DESCRIPTOR)(message))


class EncodingMemo:
    """:func:`encode` for answers that repeat, such as the Get of an unchanged entity.

    The JSON form is a function of a message's type and content, and the binary form fixes the
    content, so a message that serializes to the bytes of one encoded before reuses its JSON.
    Serializing (in C) costs a small fraction of encoding. Nothing is ever invalidated: a message
    that changed has other bytes. Messages larger than ``max_bytes`` are encoded every time.
    ``encoder`` is the codec's ``encode`` (this codec's by default).
    """

    __slots__ = ("_memo", "_entries", "_max_bytes", "_encode")

    def __init__(
        self, entries: int = 1024, max_bytes: int = 8192, encoder: Callable[[Any], bytes] | None = None
    ) -> None:
        self._memo: dict[tuple[Descriptor, bytes], bytes] = {}
        self._entries = entries
        self._max_bytes = max_bytes
        self._encode = encoder or encode

    def encode(self, message) -> bytes:
        binary = message.SerializeToString()
        if len(binary) > self._max_bytes:
            return self._encode(message)
        key = (message.DESCRIPTOR, binary)
        json = self._memo.get(key)
        if json is None:
            json = self._encode(message)
            if len(self._memo) >= self._entries:
                self._memo.clear()
            self._memo[key] = json
        return json
