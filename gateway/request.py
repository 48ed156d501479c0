"""Build the request message of a route: body, then path variables, then the query string.

grpc-gateway's precedence: the body (``*`` the whole message, or one field) is decoded first,
path variables overwrite it, and the query string fills the rest — never a field the path or
body bound, and not at all when the body is ``*``. Query keys that name no field are ignored;
``field_mask=a,b`` is a comma list; repeated fields take repeated keys. A key whose path goes
through a field that is not a singular message (``filters.updated_since``, ``filters`` being
repeated) is refused with INVALID_ARGUMENT, as grpc-gateway's query parser refuses it
(``invalid path: "filters" is not a message``).

A path variable or query key may not set a second member of a oneof, at any level of its path
(``collaborator.user_ids.user_id`` and then ``collaborator.organization_ids.organization_id``):
grpc-gateway's ``populateFieldValueFromPath`` refuses it (``field already set for oneof "ids"``)
where a plain walk would clear the first member. Going on through the member already set is
fine (``a.ids.x`` and ``a.ids.y``).

The values are read with the mount's codec (``decode`` for the body, ``scalar_from_text`` for
path and query values).
"""

from __future__ import annotations

from typing import Any, Iterable

from google.protobuf.descriptor import Descriptor, FieldDescriptor

from .codec import JSONError
from .codec.descriptors import DURATION, FIELD_MASK, TIMESTAMP, is_wrapper, real_oneof

__all__ = ["RequestBuilder"]

_MESSAGE = FieldDescriptor.TYPE_MESSAGE
# Well-known messages a single query value can spell, besides wrappers.
_TEXT_MESSAGES = frozenset({TIMESTAMP, DURATION, FIELD_MASK})


def _resolve(descriptor: Descriptor, path: str) -> list[FieldDescriptor] | None:
    """The fields along a dotted path (proto or JSON names), or None when it names no field."""
    fields = []
    for part in path.split("."):
        if descriptor is None:
            return None
        fd = descriptor.fields_by_name.get(part) or descriptor.fields_by_camelcase_name.get(part)
        if fd is None:
            return None
        fields.append(fd)
        descriptor = fd.message_type
    return fields


def _resolve_query(descriptor: Descriptor, key: str) -> list[FieldDescriptor] | None:
    """The fields along a query key, None when a part names no field (the key is ignored); raises
    JSONError when the path goes on through a field that is not a singular message
    (grpc-gateway ``populateFieldValueFromPath``)."""
    fields = []
    parts = key.split(".")
    last = len(parts) - 1
    for i, part in enumerate(parts):
        fd = descriptor.fields_by_name.get(part) or descriptor.fields_by_camelcase_name.get(part)
        if fd is None:
            return None
        fields.append(fd)
        if i == last:
            break
        if fd.type != _MESSAGE or fd.is_repeated:
            raise JSONError(f'invalid path: "{part}" is not a message')
        descriptor = fd.message_type
    return fields


def _is_query_target(fd: FieldDescriptor) -> bool:
    """A field one query value can set: scalars, enums, well-known scalar messages, wrappers, masks."""
    if fd.type != _MESSAGE:
        return True
    return fd.message_type.full_name in _TEXT_MESSAGES or is_wrapper(fd.message_type)


def _oneofs_along(fields: list[FieldDescriptor]) -> tuple[tuple[int, str, str, bool], ...]:
    """(depth, oneof name, member name, member is a message) of each field of the path that is
    a member of a oneof (proto3 ``optional`` fields are not)."""
    found = []
    for depth, fd in enumerate(fields):
        if real_oneof(fd) is not None:
            found.append((depth, fd.containing_oneof.name, fd.name, fd.type == _MESSAGE))
    return tuple(found)


class _Target:
    """Where one path variable or query key goes: its fields, and the oneofs along them."""

    __slots__ = ("fields", "leaf", "oneofs")

    def __init__(self, fields: list[FieldDescriptor]) -> None:
        self.fields = fields
        self.leaf = fields[-1]
        self.oneofs = _oneofs_along(fields)

    def parent(self, message: Any) -> Any:
        """The message holding the leaf; JSONError when the path would set a second member of
        a oneof."""
        oneofs = self.oneofs
        if oneofs:
            self._check_oneofs(message)
        for fd in self.fields[:-1]:
            message = getattr(message, fd.name)
        return message

    def _check_oneofs(self, message: Any) -> None:
        fields = self.fields
        reached, at = message, 0
        for depth, oneof, member, is_message in self.oneofs:
            while at < depth:
                reached = getattr(reached, fields[at].name)
                at += 1
            which = reached.WhichOneof(oneof)
            if which is not None and (which != member or not is_message):
                raise JSONError(f'field already set for oneof "{oneof}"')


def _assign(from_text: Any, message: Any, fd: FieldDescriptor, text: str) -> None:
    """Set (or, for repeated fields, append) one text value."""
    if fd.type == _MESSAGE and fd.message_type.full_name == FIELD_MASK:
        getattr(message, fd.name).paths.extend(p for p in text.split(",") if p)
        return
    value = from_text(fd, text)
    if fd.is_repeated:
        container = getattr(message, fd.name)
        if fd.type == _MESSAGE:
            container.add().CopyFrom(value)
        else:
            container.append(value)
    elif fd.type == _MESSAGE:
        getattr(message, fd.name).CopyFrom(value)
    else:
        setattr(message, fd.name, value)


class RequestBuilder:
    """Per route: how to turn body, path variables and query into the request message."""

    __slots__ = (
        "message_class", "body", "_path_targets", "_bound", "_query_cache", "_descriptor", "_decode", "_from_text"
    )

    def __init__(self, message_class: type, body: str, path_variables: Iterable[str], codec: Any) -> None:
        self.message_class = message_class
        self.body = body
        self._decode = codec.decode
        self._from_text = codec.scalar_from_text
        self._descriptor = message_class.DESCRIPTOR
        self._path_targets: dict[str, _Target] = {}
        for path in path_variables:
            fields = _resolve(self._descriptor, path)
            if fields is None:
                raise ValueError(f"{self._descriptor.full_name} has no field {path}")
            self._path_targets[path] = _Target(fields)
        bound = set(self._path_targets)
        if body and body != "*":
            bound.add(body)
        self._bound = frozenset(bound)
        # key -> its target, None (ignored) or the error refusing it
        self._query_cache: dict[str, _Target | str | None] = {}

    def build(self, body: bytes, path_params: dict[str, str], query: Iterable[tuple[str, str]]) -> Any:
        """The request message; raises JSONError for anything that cannot be bound."""
        message = self.message_class()
        if self.body and body.strip():
            if self.body == "*":
                self._decode(body, message)
            else:
                self._decode(body, getattr(message, self.body))
        for path, value in path_params.items():
            target = self._path_targets[path]
            try:
                _assign(self._from_text, target.parent(message), target.leaf, value)
            except JSONError as exc:
                raise JSONError(f"type mismatch, parameter: {path}, error: {exc}") from None
        if self.body != "*":
            self._bind_query(message, query)
        return message

    def _bind_query(self, message: Any, query: Iterable[tuple[str, str]]) -> None:
        seen_singular: set[str] = set()
        for key, value in query:
            target = self._query_target(key)
            if target is None:
                continue
            leaf = target.leaf
            is_mask = leaf.type == _MESSAGE and leaf.message_type.full_name == FIELD_MASK
            if not leaf.is_repeated and not is_mask:
                if key in seen_singular:
                    raise JSONError(f"too many values for field {key!r}: expected one")
                seen_singular.add(key)
            parent = target.parent(message)  # its JSONError is the answer as it is
            try:
                _assign(self._from_text, parent, leaf, value)
            except JSONError as exc:
                raise JSONError(f"failed to set {key!r}: {exc}") from None

    def _query_target(self, key: str) -> _Target | None:
        try:
            target = self._query_cache[key]
        except KeyError:
            target = None
            if not any(key == b or key.startswith(b + ".") or b.startswith(key + ".") for b in self._bound):
                try:
                    resolved = _resolve_query(self._descriptor, key)
                except JSONError as exc:
                    target = str(exc)
                else:
                    if resolved is not None and _is_query_target(resolved[-1]):
                        target = _Target(resolved)
            if len(self._query_cache) < 1024:
                self._query_cache[key] = target
        if type(target) is str:
            raise JSONError(target)
        return target
