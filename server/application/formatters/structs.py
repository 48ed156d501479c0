"""``google.protobuf.Struct`` ⇄ plain values, and the check of decoded payloads, as upstream's
``pkg/goproto`` (``Map``, ``Struct``, ``ValidateStruct``)."""

from __future__ import annotations

import math
from typing import Any, Optional

from google.protobuf import struct_pb2

__all__ = ["StructError", "to_map", "to_struct", "invalid_numbers"]


class StructError(Exception):
    """A value a Struct cannot hold (a function, a symbol, a BigInt…)."""


def to_map(message: Optional[struct_pb2.Struct]) -> Optional[dict]:
    """The Struct as a dict; None for an absent or empty one (upstream ``goproto.Map``)."""
    if message is None or not message.fields:
        return None
    return {key: _value(value) for key, value in message.fields.items()}


def _value(value: struct_pb2.Value) -> Any:
    kind = value.WhichOneof("kind")
    if kind == "number_value":
        return value.number_value
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return value.bool_value
    if kind == "struct_value":
        return to_map(value.struct_value)
    if kind == "list_value":
        items = value.list_value.values
        return [_value(v) for v in items] if items else None
    return None


def to_struct(values: Optional[dict]) -> struct_pb2.Struct:
    """A Struct of a dict (None: an empty Struct, as upstream's ``goproto.Struct(nil)``)."""
    message = struct_pb2.Struct()
    try:
        if values:
            message.update(values)
    except (ValueError, TypeError, RecursionError) as exc:
        raise StructError(str(exc)) from None
    return message


def invalid_numbers(message: struct_pb2.Struct) -> list[str]:
    """``<path>: invalid NaN value`` (or ``Infinity``, ``-Infinity``) for each such number,
    paths written as upstream's ``ValidateStruct`` does (``.a.b[0]``); keys in sorted order
    where upstream follows Go's map order."""
    out: list[str] = []
    _check_struct(message, "", out)
    return out


def _check_struct(message: struct_pb2.Struct, prefix: str, out: list[str]) -> None:
    for key in sorted(message.fields):
        _check_value(message.fields[key], f"{prefix}.{key}", out)


def _check_list(message: struct_pb2.ListValue, prefix: str, out: list[str]) -> None:
    for i, value in enumerate(message.values):
        _check_value(value, f"{prefix}[{i}]", out)


def _check_value(value: struct_pb2.Value, path: str, out: list[str]) -> None:
    kind = value.WhichOneof("kind")
    if kind == "number_value":
        n = value.number_value
        if math.isnan(n):
            out.append(f"{path}: invalid NaN value")
        elif n == math.inf:
            out.append(f"{path}: invalid Infinity value")
        elif n == -math.inf:
            out.append(f"{path}: invalid -Infinity value")
    elif kind == "struct_value":
        _check_struct(value.struct_value, path, out)
    elif kind == "list_value":
        _check_list(value.list_value, path, out)
