"""Webhook formats (upstream ``io/web/format_*.go`` over ``io/formatters``): how an ApplicationUp
becomes a request body, and how a body of downlinks is read.

* ``json``: upstream's JSON marshaling of the message (the HTTP API's), ``application/json``;
  downlinks as ``{"downlinks": [...]}`` in the same JSON;
* ``protobuf``: the message's protobuf bytes, ``application/octet-stream``; downlinks as the
  bytes of an ``ApplicationDownlinks``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from google.protobuf.message import DecodeError

from gateway import codec
from ttn.lorawan.v3 import messages_pb2

__all__ = ["Format", "FORMATS", "FormatError"]


class FormatError(ValueError):
    """A body that is not of the format."""


def _downlinks_from_json(body: bytes) -> messages_pb2.ApplicationDownlinks:
    downlinks = messages_pb2.ApplicationDownlinks()
    try:
        codec.decode(body, downlinks)
    except codec.JSONError as exc:
        raise FormatError(str(exc)) from None
    return downlinks


def _downlinks_from_protobuf(body: bytes) -> messages_pb2.ApplicationDownlinks:
    try:
        return messages_pb2.ApplicationDownlinks.FromString(body)
    except DecodeError as exc:
        raise FormatError(str(exc)) from None


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # as GetFormats describes it
    content_type: str
    from_up: Callable[[messages_pb2.ApplicationUp], bytes]
    to_downlinks: Callable[[bytes], messages_pb2.ApplicationDownlinks]


FORMATS: dict[str, Format] = {
    "json": Format("JSON", "application/json", codec.encode, _downlinks_from_json),
    "protobuf": Format("Protocol Buffers", "application/octet-stream",
                       lambda up: up.SerializeToString(), _downlinks_from_protobuf),
}
