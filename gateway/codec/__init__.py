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
JSON text nested deeper than MAX_DEPTH objects and arrays is refused.

The package, one job a module:

* descriptors.py — what is read from descriptors (field kinds, type names, ttsl's options);
* scalars.py — each scalar kind's writer and readers, side by side;
* wellknown.py — each well-known type's and wrapper's writer and readers, side by side;
* encoder.py, decoder.py — the per-type message converters;
* text.py — one query-string or path value for one field;
* lenient.py — the trailing-comma forgiveness;
* errors.py — JSONError.

This package is the gateway's default codec: a mount (gateway/mount.py) takes any object with
its ``encode``, ``decode`` and ``scalar_from_text``.
"""

from .decoder import MAX_DEPTH, decode, from_obj
from .encoder import EncodingMemo, encode, to_obj
from .errors import JSONError
from .scalars import enum_to_obj
from .text import scalar_from_text

__all__ = [
    "JSONError",
    "encode",
    "EncodingMemo",
    "to_obj",
    "decode",
    "from_obj",
    "scalar_from_text",
    "enum_to_obj",
    "MAX_DEPTH",
]
