"""Errors as data, the way upstream declares them.

Each module declares its errors once, at the top, under the upstream namespace::

    _errors = Namespace("pkg/identityserver/store")
    ERR_APPLICATION_NOT_FOUND = _errors.not_found(
        "application_not_found", "application with id `{application_id}` not found")

and raises them with attributes: ``raise ERR_APPLICATION_NOT_FOUND(application_id="app1")``.
An error knows its gRPC code, its wire message (``error:<namespace>:<name> (<formatted>)``)
and its ``ttn.lorawan.v3.ErrorDetails``; both transports render it from here. It is a
:class:`StatusError`, as is :class:`PlainStatus`, a bare status: what the transports answer with.
"""

from __future__ import annotations

import re
import uuid
from typing import Any, Iterable

import grpc
from google.protobuf import any_pb2, struct_pb2
from google.rpc import status_pb2

from gateway.errors import StatusError
from ttn.lorawan.v3 import error_pb2

__all__ = [
    "ErrorDefinition", "TTSError", "Namespace", "PlainStatus", "StatusError", "internal_error", "status_details_key",
]

status_details_key = "grpc-status-details-bin"
_placeholder = re.compile(r"\{([a-zA-Z0-9_]+)\}")
_registry: dict[tuple[str, str], "ErrorDefinition"] = {}


class ErrorDefinition:
    """A named error: namespace, name, gRPC code, message format and public attributes."""

    __slots__ = ("namespace", "name", "code", "message_format", "public_attributes", "full_name")

    def __init__(
        self,
        code: grpc.StatusCode,
        namespace: str,
        name: str,
        message_format: str,
        public_attributes: Iterable[str] = (),
    ) -> None:
        key = (namespace, name)
        if key in _registry:
            raise ValueError(f"error {namespace}:{name} is defined twice")
        self.namespace = namespace
        self.name = name
        self.code = code
        self.message_format = message_format
        self.public_attributes = frozenset(_placeholder.findall(message_format)) | frozenset(
            public_attributes
        )
        self.full_name = f"{namespace}:{name}"
        _registry[key] = self

    def __call__(self, *, cause: "TTSError | None" = None, **attributes: Any) -> "TTSError":
        return TTSError(self, attributes, cause)

    def __repr__(self) -> str:
        return f"<ErrorDefinition {self.full_name}>"


def _format_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + " ".join(_format_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _to_value(value: Any) -> Any:
    if isinstance(value, (str, bool, int, float)) or value is None:
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_to_value(v) for v in value]
    return str(value)


class TTSError(StatusError):
    """An error raised from a definition, with its attributes and optional cause."""

    def __init__(
        self,
        definition: ErrorDefinition,
        attributes: dict[str, Any],
        cause: "TTSError | None" = None,
    ) -> None:
        self.definition = definition
        self.attributes = attributes
        self.cause = cause
        self.correlation_id = uuid.uuid4().hex
        super().__init__(self.message)

    @property
    def code(self) -> grpc.StatusCode:
        """The definition's code; an error defined without one (UNKNOWN) takes its cause's, as
        upstream's errors do."""
        code = self.definition.code
        if code is grpc.StatusCode.UNKNOWN and self.cause is not None:
            return self.cause.code
        return code

    @property
    def name(self) -> str:
        return self.definition.name

    def formatted(self) -> str:
        attrs = self.attributes
        return _placeholder.sub(
            lambda m: _format_value(attrs[m.group(1)]) if m.group(1) in attrs else m.group(0),
            self.definition.message_format,
        )

    @property
    def message(self) -> str:
        return f"error:{self.definition.full_name} ({self.formatted()})"

    def public_attributes(self) -> dict[str, Any]:
        public = self.definition.public_attributes
        return {k: _to_value(v) for k, v in self.attributes.items() if k in public}

    def details(self) -> error_pb2.ErrorDetails:
        d = self.definition
        details = error_pb2.ErrorDetails(
            namespace=d.namespace,
            name=d.name,
            message_format=d.message_format,
            correlation_id=self.correlation_id,
            code=self.code.value[0],
        )
        attributes = self.public_attributes()
        if attributes:
            details.attributes.CopyFrom(_struct(attributes))
        if self.cause is not None:
            details.cause.CopyFrom(self.cause.details())
        return details

    def to_status(self) -> status_pb2.Status:
        detail = any_pb2.Any()
        detail.Pack(self.details())
        return status_pb2.Status(code=self.code.value[0], message=self.message, details=[detail])


def _struct(values: dict[str, Any]) -> struct_pb2.Struct:
    s = struct_pb2.Struct()
    s.update(values)
    return s


class Namespace:
    """Declares errors under one upstream namespace, one constructor per gRPC code."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace

    def define(self, code: grpc.StatusCode, name: str, message_format: str, *public: str) -> ErrorDefinition:
        return ErrorDefinition(code, self.namespace, name, message_format, public)

    def _by_code(code: grpc.StatusCode):  # type: ignore[misc]
        def define(self: "Namespace", name: str, message_format: str, *public: str) -> ErrorDefinition:
            return self.define(code, name, message_format, *public)

        define.__name__ = code.name.lower()
        return define

    canceled = _by_code(grpc.StatusCode.CANCELLED)
    unknown = _by_code(grpc.StatusCode.UNKNOWN)
    invalid_argument = _by_code(grpc.StatusCode.INVALID_ARGUMENT)
    deadline_exceeded = _by_code(grpc.StatusCode.DEADLINE_EXCEEDED)
    not_found = _by_code(grpc.StatusCode.NOT_FOUND)
    already_exists = _by_code(grpc.StatusCode.ALREADY_EXISTS)
    permission_denied = _by_code(grpc.StatusCode.PERMISSION_DENIED)
    resource_exhausted = _by_code(grpc.StatusCode.RESOURCE_EXHAUSTED)
    failed_precondition = _by_code(grpc.StatusCode.FAILED_PRECONDITION)
    aborted = _by_code(grpc.StatusCode.ABORTED)
    out_of_range = _by_code(grpc.StatusCode.OUT_OF_RANGE)
    unimplemented = _by_code(grpc.StatusCode.UNIMPLEMENTED)
    internal = _by_code(grpc.StatusCode.INTERNAL)
    unavailable = _by_code(grpc.StatusCode.UNAVAILABLE)
    data_loss = _by_code(grpc.StatusCode.DATA_LOSS)
    unauthenticated = _by_code(grpc.StatusCode.UNAUTHENTICATED)
    del _by_code


_ERR_INTERNAL = Namespace("pkg/errors").internal("internal", "internal error")


def internal_error() -> TTSError:
    """The error a caller sees for a bug on our side; the cause stays in our logs."""
    return _ERR_INTERNAL()


class PlainStatus(StatusError):
    """A bare gRPC status without ErrorDetails, as gRPC itself produces (e.g. unknown methods)."""

    def __init__(self, code: grpc.StatusCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def to_status(self) -> status_pb2.Status:
        return status_pb2.Status(code=self.code.value[0], message=self.message)
