"""What the codec reads from descriptors: field kinds, well-known type names, ttsl's options.

The rules that differ from standard protojson come from ttsl's descriptor options
(`protos/ttsl/annotations.proto`): `json.hex` bytes, `rules.bytes_len`, `message_json.wrapper`
and the enum options (read in scalars.py, beside the enum conversions).
"""

from __future__ import annotations

from google.protobuf import descriptor_pool, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor

from ttsl import annotations_pb2

__all__ = [
    "T",
    "INT32_TYPES",
    "INT64_TYPES",
    "UINT32_TYPES",
    "UINT64_TYPES",
    "TIMESTAMP",
    "DURATION",
    "FIELD_MASK",
    "STRUCT",
    "VALUE",
    "LIST_VALUE",
    "EMPTY",
    "ANY",
    "GOOGLE_WRAPPERS",
    "any_type",
    "field_bytes_len",
    "field_hex",
    "is_map",
    "is_wrapper",
    "real_oneof",
]

T = FieldDescriptor
INT64_TYPES = frozenset({T.TYPE_INT64, T.TYPE_SINT64, T.TYPE_SFIXED64})
UINT64_TYPES = frozenset({T.TYPE_UINT64, T.TYPE_FIXED64})
INT32_TYPES = frozenset({T.TYPE_INT32, T.TYPE_SINT32, T.TYPE_SFIXED32})
UINT32_TYPES = frozenset({T.TYPE_UINT32, T.TYPE_FIXED32})

TIMESTAMP = "google.protobuf.Timestamp"
DURATION = "google.protobuf.Duration"
FIELD_MASK = "google.protobuf.FieldMask"
STRUCT = "google.protobuf.Struct"
VALUE = "google.protobuf.Value"
LIST_VALUE = "google.protobuf.ListValue"
EMPTY = "google.protobuf.Empty"
ANY = "google.protobuf.Any"
GOOGLE_WRAPPERS = frozenset(
    "google.protobuf." + n
    for n in (
        "DoubleValue FloatValue Int64Value UInt64Value Int32Value UInt32Value "
        "BoolValue StringValue BytesValue"
    ).split()
)
# Types whose JSON form is not a plain object of fields: inside an Any they go under "value".
_ANY_VALUE_FORM = frozenset(
    {TIMESTAMP, DURATION, FIELD_MASK, STRUCT, VALUE, LIST_VALUE, EMPTY, ANY}
) | GOOGLE_WRAPPERS


def field_hex(fd: FieldDescriptor) -> bool:
    opts = fd.GetOptions()
    return opts.HasExtension(annotations_pb2.json) and opts.Extensions[annotations_pb2.json].hex


def field_bytes_len(fd: FieldDescriptor) -> int:
    opts = fd.GetOptions()
    if opts.HasExtension(annotations_pb2.rules):
        return opts.Extensions[annotations_pb2.rules].bytes_len
    return 0


def is_wrapper(desc: Descriptor) -> bool:
    """A message written as its bare `value`: Google's wrappers and those ttsl annotates."""
    if desc.full_name in GOOGLE_WRAPPERS:
        return True
    opts = desc.GetOptions()
    return (
        opts.HasExtension(annotations_pb2.message_json)
        and opts.Extensions[annotations_pb2.message_json].wrapper
        and "value" in desc.fields_by_name
    )


def is_map(fd: FieldDescriptor) -> bool:
    mt = fd.message_type
    return fd.is_repeated and mt is not None and mt.GetOptions().map_entry


def real_oneof(fd: FieldDescriptor) -> str | None:
    """The full name of the oneof holding fd, or None (also for proto3 `optional` synthetic oneofs)."""
    oneof = fd.containing_oneof
    if oneof is None:
        return None
    if len(oneof.fields) == 1 and oneof.name == "_" + fd.name:
        return None
    return oneof.full_name


_pool = descriptor_pool.Default()
_any_types: dict[str, tuple[Descriptor, type, bool]] = {}


def any_type(url: str) -> tuple[Descriptor, type, bool]:
    """(descriptor, class, whether the JSON goes under "value") of an Any's type URL; raises
    LookupError for a type the pool does not have."""
    hit = _any_types.get(url)
    if hit is None:
        name = url.rpartition("/")[2]
        try:
            desc = _pool.FindMessageTypeByName(name)
        except KeyError:
            raise LookupError(f'unable to resolve "{url}": not found') from None
        value_form = desc.full_name in _ANY_VALUE_FORM or is_wrapper(desc)
        hit = (desc, message_factory.GetMessageClass(desc), value_form)
        _any_types[url] = hit
    return hit
