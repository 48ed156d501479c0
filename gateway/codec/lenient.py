"""The one liberty the codec takes with JSON: a comma right before a closing bracket.

A request of the upstream docs that ttsl must accept as written (shared/seeds) has one. Anything
else that is not JSON stays an error.
"""

from __future__ import annotations

from typing import Any

import orjson

from .errors import JSONError

__all__ = ["lenient_loads"]

_LENIENT_MAX = 64 * 1024


def lenient_loads(data: bytes | str, error: Exception) -> Any:
    """The JSON of ``data`` without its trailing commas, or JSONError with ``error`` (orjson's
    own). Runs only on text that failed to parse and is small (a hand-written request), in one
    pass."""
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
