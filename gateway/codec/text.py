"""Query-string values and path variables: one text value for one field.

The text forms are grpc-gateway's, with upstream's readers: scalars as scalars.py reads text
(Go's ParseBool spellings, enum names and numbers, hex or base64 bytes), and the well-known
types one value can spell as wellknown.py reads them (RFC 3339 timestamps with offsets, Go
durations, comma-separated field masks, wrappers' bare values).
"""

from __future__ import annotations

from typing import Any, Callable

from google.protobuf import message_factory
from google.protobuf.descriptor import FieldDescriptor

from .descriptors import T, is_map
from .errors import JSONError
from .scalars import scalar_readers
from .wellknown import text_reader_of

__all__ = ["scalar_from_text"]

_text_parsers: dict[FieldDescriptor, Callable[[str], Any]] = {}


def _text_parser(fd: FieldDescriptor) -> Callable[[str], Any]:
    if is_map(fd):

        def refuse(_text: str):
            raise JSONError(f"map field {fd.name} cannot be set from a query string")

        return refuse
    if fd.type != T.TYPE_MESSAGE:
        return scalar_readers(fd)[1]
    desc = fd.message_type
    cls = message_factory.GetMessageClass(desc)
    full_name = desc.full_name
    setter = text_reader_of(desc)
    if setter is None:

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
