"""The codec's one error: input that cannot be read into a message."""

from __future__ import annotations

from typing import Any

__all__ = ["JSONError", "json_type"]


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


def json_type(v: Any) -> str:
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
