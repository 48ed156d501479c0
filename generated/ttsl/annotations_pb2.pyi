from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Component(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMPONENT_UNSPECIFIED: _ClassVar[Component]
    IS: _ClassVar[Component]
    JS: _ClassVar[Component]
    NS: _ClassVar[Component]
    AS: _ClassVar[Component]
COMPONENT_UNSPECIFIED: Component
IS: Component
JS: Component
NS: Component
AS: Component
JSON_FIELD_NUMBER: _ClassVar[int]
json: _descriptor.FieldDescriptor
RULES_FIELD_NUMBER: _ClassVar[int]
rules: _descriptor.FieldDescriptor
OWNERS_FIELD_NUMBER: _ClassVar[int]
owners: _descriptor.FieldDescriptor
MESSAGE_JSON_FIELD_NUMBER: _ClassVar[int]
message_json: _descriptor.FieldDescriptor
ONEOF_RULES_FIELD_NUMBER: _ClassVar[int]
oneof_rules: _descriptor.FieldDescriptor
ENUM_JSON_FIELD_NUMBER: _ClassVar[int]
enum_json: _descriptor.FieldDescriptor
ENUM_VALUE_JSON_FIELD_NUMBER: _ClassVar[int]
enum_value_json: _descriptor.FieldDescriptor

class FieldJSON(_message.Message):
    __slots__ = ("hex",)
    HEX_FIELD_NUMBER: _ClassVar[int]
    hex: bool
    def __init__(self, hex: _Optional[bool] = ...) -> None: ...

class MessageJSON(_message.Message):
    __slots__ = ("wrapper",)
    WRAPPER_FIELD_NUMBER: _ClassVar[int]
    wrapper: bool
    def __init__(self, wrapper: _Optional[bool] = ...) -> None: ...

class EnumJSON(_message.Message):
    __slots__ = ("as_string", "prefix")
    AS_STRING_FIELD_NUMBER: _ClassVar[int]
    PREFIX_FIELD_NUMBER: _ClassVar[int]
    as_string: bool
    prefix: str
    def __init__(self, as_string: _Optional[bool] = ..., prefix: _Optional[str] = ...) -> None: ...

class EnumValueJSON(_message.Message):
    __slots__ = ("aliases",)
    ALIASES_FIELD_NUMBER: _ClassVar[int]
    aliases: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, aliases: _Optional[_Iterable[str]] = ...) -> None: ...

class FieldRules(_message.Message):
    __slots__ = ("required", "pattern", "min_len", "max_len", "bytes_len", "max_items", "unique", "gte", "lte", "not_in", "defined_only", "future", "keys", "values", "items", "ignore_empty", "min_items", "email", "max_bytes", "uri")
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    MIN_LEN_FIELD_NUMBER: _ClassVar[int]
    MAX_LEN_FIELD_NUMBER: _ClassVar[int]
    BYTES_LEN_FIELD_NUMBER: _ClassVar[int]
    MAX_ITEMS_FIELD_NUMBER: _ClassVar[int]
    UNIQUE_FIELD_NUMBER: _ClassVar[int]
    GTE_FIELD_NUMBER: _ClassVar[int]
    LTE_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_FIELD_NUMBER: _ClassVar[int]
    DEFINED_ONLY_FIELD_NUMBER: _ClassVar[int]
    FUTURE_FIELD_NUMBER: _ClassVar[int]
    KEYS_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    IGNORE_EMPTY_FIELD_NUMBER: _ClassVar[int]
    IN_FIELD_NUMBER: _ClassVar[int]
    MIN_ITEMS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    required: bool
    pattern: str
    min_len: int
    max_len: int
    bytes_len: int
    max_items: int
    unique: bool
    gte: float
    lte: float
    not_in: _containers.RepeatedScalarFieldContainer[float]
    defined_only: bool
    future: bool
    keys: FieldRules
    values: FieldRules
    items: FieldRules
    ignore_empty: bool
    min_items: int
    email: bool
    max_bytes: int
    uri: bool
    def __init__(self, required: _Optional[bool] = ..., pattern: _Optional[str] = ..., min_len: _Optional[int] = ..., max_len: _Optional[int] = ..., bytes_len: _Optional[int] = ..., max_items: _Optional[int] = ..., unique: _Optional[bool] = ..., gte: _Optional[float] = ..., lte: _Optional[float] = ..., not_in: _Optional[_Iterable[float]] = ..., defined_only: _Optional[bool] = ..., future: _Optional[bool] = ..., keys: _Optional[_Union[FieldRules, _Mapping]] = ..., values: _Optional[_Union[FieldRules, _Mapping]] = ..., items: _Optional[_Union[FieldRules, _Mapping]] = ..., ignore_empty: _Optional[bool] = ..., min_items: _Optional[int] = ..., email: _Optional[bool] = ..., max_bytes: _Optional[int] = ..., uri: _Optional[bool] = ..., **kwargs) -> None: ...

class OneofRules(_message.Message):
    __slots__ = ("required",)
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    required: bool
    def __init__(self, required: _Optional[bool] = ...) -> None: ...

class FieldOwners(_message.Message):
    __slots__ = ("get", "set", "none", "paths")
    GET_FIELD_NUMBER: _ClassVar[int]
    SET_FIELD_NUMBER: _ClassVar[int]
    NONE_FIELD_NUMBER: _ClassVar[int]
    PATHS_FIELD_NUMBER: _ClassVar[int]
    get: _containers.RepeatedScalarFieldContainer[Component]
    set: _containers.RepeatedScalarFieldContainer[Component]
    none: bool
    paths: _containers.RepeatedCompositeFieldContainer[PathOwners]
    def __init__(self, get: _Optional[_Iterable[_Union[Component, str]]] = ..., set: _Optional[_Iterable[_Union[Component, str]]] = ..., none: _Optional[bool] = ..., paths: _Optional[_Iterable[_Union[PathOwners, _Mapping]]] = ...) -> None: ...

class PathOwners(_message.Message):
    __slots__ = ("path", "get", "set", "none")
    PATH_FIELD_NUMBER: _ClassVar[int]
    GET_FIELD_NUMBER: _ClassVar[int]
    SET_FIELD_NUMBER: _ClassVar[int]
    NONE_FIELD_NUMBER: _ClassVar[int]
    path: str
    get: _containers.RepeatedScalarFieldContainer[Component]
    set: _containers.RepeatedScalarFieldContainer[Component]
    none: bool
    def __init__(self, path: _Optional[str] = ..., get: _Optional[_Iterable[_Union[Component, str]]] = ..., set: _Optional[_Iterable[_Union[Component, str]]] = ..., none: _Optional[bool] = ...) -> None: ...
