"""Read the `google.api.http` rules of service descriptors into HTTP bindings.

One `Binding` per rule, `additional_bindings` included. Everything a request could trip over
later is checked here, so a bad rule fails start-up: the template grammar (`TemplateError`), and
that path variables, `body` and `response_body` name fields that exist (`RuleError`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from google.api import annotations_pb2, http_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor, ServiceDescriptor

from gateway.template import PathTemplate, compile_template

__all__ = ["Binding", "RuleError", "read_bindings"]


class RuleError(ValueError):
    """A `google.api.http` rule that cannot be served (unknown field, nested bindings, …)."""


@dataclass(frozen=True, slots=True)
class Binding:
    """One HTTP route of one RPC."""

    http_method: str  # GET, POST, PUT, DELETE, PATCH, or a custom kind
    template: PathTemplate
    body: str  # "" no body, "*" the whole request, else one top-level request field
    response_body: str  # "" the whole response, else one top-level response field
    service: str  # ttn.lorawan.v3.ApplicationRegistry
    method: MethodDescriptor
    full_method: str  # /ttn.lorawan.v3.ApplicationRegistry/Get
    server_streaming: bool


_STANDARD_PATTERNS = {"get": "GET", "put": "PUT", "post": "POST", "delete": "DELETE", "patch": "PATCH"}


def read_bindings(services: Iterable[ServiceDescriptor]) -> Iterator[Binding]:
    """Yield the bindings of every method, in declaration order, primary rule first."""
    for service in services:
        for method in service.methods:
            options = method.GetOptions()
            if options.HasExtension(annotations_pb2.http):
                yield from _method_bindings(method, options.Extensions[annotations_pb2.http])


def _method_bindings(method: MethodDescriptor, rule: http_pb2.HttpRule) -> Iterator[Binding]:
    if rule.WhichOneof("pattern") is not None:  # an empty primary rule only carries additional ones
        yield _binding(method, rule)
    for additional in rule.additional_bindings:
        if additional.additional_bindings:
            raise RuleError(f"{_full_method(method)}: additional_bindings may not nest")
        if additional.WhichOneof("pattern") is None:
            raise RuleError(f"{_full_method(method)}: an additional binding has no pattern")
        yield _binding(method, additional)


def _binding(method: MethodDescriptor, rule: http_pb2.HttpRule) -> Binding:
    full_method = _full_method(method)
    http_method, path = _pattern(rule)
    try:
        template = compile_template(path)
    except ValueError as error:
        error.add_note(f"in the google.api.http rule of {full_method}")
        raise
    for field_path in template.field_paths:
        _check_path_variable(method.input_type, field_path, full_method)
    if rule.body not in ("", "*"):
        _check_top_level_field(method.input_type, rule.body, "body", full_method)
    if rule.response_body:
        _check_top_level_field(method.output_type, rule.response_body, "response_body", full_method)
    return Binding(
        http_method=http_method,
        template=template,
        body=rule.body,
        response_body=rule.response_body,
        service=method.containing_service.full_name,
        method=method,
        full_method=full_method,
        server_streaming=method.server_streaming,
    )


def _full_method(method: MethodDescriptor) -> str:
    return f"/{method.containing_service.full_name}/{method.name}"


def _pattern(rule: http_pb2.HttpRule) -> tuple[str, str]:
    kind = rule.WhichOneof("pattern")
    if kind == "custom":
        return rule.custom.kind, rule.custom.path
    return _STANDARD_PATTERNS[kind], getattr(rule, kind)


def _check_path_variable(message: Descriptor, field_path: str, full_method: str) -> None:
    """A path variable must lead through singular message fields to a singular non-message field."""
    *parents, leaf = field_path.split(".")
    for name in parents:
        field = _field(message, name, field_path, full_method)
        if field.message_type is None or field.is_repeated:
            raise RuleError(
                f"{full_method}: path variable {field_path!r}: {name!r} is not a singular message"
            )
        message = field.message_type
    field = _field(message, leaf, field_path, full_method)
    if field.message_type is not None or field.is_repeated:
        raise RuleError(f"{full_method}: path variable {field_path!r} is not a singular scalar field")


def _check_top_level_field(message: Descriptor, name: str, option: str, full_method: str) -> None:
    if name not in message.fields_by_name:
        raise RuleError(f"{full_method}: {option} {name!r} is not a field of {message.full_name}")


def _field(message: Descriptor, name: str, field_path: str, full_method: str) -> FieldDescriptor:
    field = message.fields_by_name.get(name)
    if field is None:
        raise RuleError(
            f"{full_method}: path variable {field_path!r}: no field {name!r} in {message.full_name}"
        )
    return field

