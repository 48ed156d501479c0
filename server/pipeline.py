"""The one call path both transports use: field mask → validation → auth → rights → handler.

A servicer is a plain object with a ``SERVICE`` attribute (the full service name) and one
coroutine per RPC it serves, named as the RPC and called as ``handler(request, call)``; for a
server-streaming RPC the handler is an async generator of the responses. The gRPC adapter and
the HTTP gateway both call :meth:`Pipeline.unary` (or :meth:`Pipeline.stream`); whatever a
handler raises leaves here as a :class:`~server.errors.StatusError` (a ``TTSError``, or a plain
status a handler chose), anything else as ``internal_error``. The steps before the handler
are :meth:`Pipeline.admit`, also taken on its own by callers that check a v3 call without
making it (the v2 layer, server/legacy).

The pipeline knows no component: the rights rules and the field-mask paths of every method are
handed to it by the composition root (server/app.py), from the tables the components declare.
"""

from __future__ import annotations

import logging
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence

from google.protobuf import descriptor_pool, message_factory
from google.protobuf.descriptor import MethodDescriptor

from ttn.lorawan.v3 import events_pb2

from . import validate
from .auth.access import ANONYMOUS, Access, Auth
from .errors import StatusError, internal_error
from .events import new_ulid
from .fieldmask import FieldMasks, MaskCheck
from .rules import Rule

__all__ = ["Call", "Method", "Pipeline"]

log = logging.getLogger("ttsl.pipeline")


@dataclass(slots=True)
class Call:
    """One RPC as the handlers see it, whichever transport it came over."""

    method: str
    authorization: str = ""
    user_agent: str = ""
    remote_ip: str = ""
    auth: Auth = ANONYMOUS
    header: list[tuple[str, str]] = field(default_factory=list)
    correlation_ids: list[str] = field(default_factory=list)
    # An RPC's events carry an ``rpc:<method>:<ULID>`` correlation ID (upstream's gRPC
    # interceptor); a call of a plain HTTP route (webhook downlinks) has none.
    rpc: bool = True
    access: Access | None = None

    async def rights_on(self, entity_kind: str, entity_id: str, include_deleted: bool = False) -> frozenset[int]:
        """The caller's rights on an entity (for handlers that decide per item, like lists);
        see :meth:`Access.rights_on`."""
        assert self.access is not None
        return await self.access.rights_on(self.auth, entity_kind, entity_id, include_deleted)

    def correlation(self) -> list[str]:
        """The call's correlation IDs, made on first use (most calls publish nothing)."""
        if not self.correlation_ids and self.rpc:
            self.correlation_ids.append(f"rpc:{self.method}:{new_ulid()}")
        return self.correlation_ids

    def event(self, definition, identifiers, data=None, correlation_ids=None) -> events_pb2.Event:
        """An event of this call: its correlation IDs, the caller's credentials and client."""
        return definition.new(
            identifiers, data,
            correlation_ids=self.correlation() if correlation_ids is None else correlation_ids,
            authentication=self.event_authentication(), remote_ip=self.remote_ip, user_agent=self.user_agent,
        )

    def event_authentication(self) -> events_pb2.Event.Authentication | None:
        """Upstream's: the scheme as the caller wrote it, the token's type and ID."""
        if not self.auth.authenticated:
            return None
        scheme = self.authorization.partition(" ")[0]
        return events_pb2.Event.Authentication(type=scheme, token_type="APIKey", token_id=self.auth.key_id)

    def set_total(self, total: int) -> None:
        """The ``X-Total-Count`` of a list response."""
        self.header.append(("x-total-count", str(total)))

    def warn(self, message: str) -> None:
        """A warning for the client (``X-Warning`` over HTTP)."""
        self.header.append(("warning", message))


@dataclass(frozen=True, slots=True)
class Method:
    full_name: str
    descriptor: MethodDescriptor
    request_class: type
    response_class: type
    handler: Callable[[Any, Call], Awaitable[Any]]
    rule: Rule
    server_streaming: bool
    field_mask: MaskCheck


class Pipeline:
    """The served methods of ``servicers``, each with its rights rule from ``rules`` (every
    served method must have one: a :class:`LookupError` otherwise) and its field-mask paths
    from ``field_masks`` (none: no path accepted)."""

    def __init__(
        self, access: Access, servicers: Iterable[object], *, rules: Mapping[str, Rule], field_masks: FieldMasks
    ) -> None:
        self.access = access
        self.methods: dict[str, Method] = {}
        pool = descriptor_pool.Default()
        for servicer in servicers:
            service = pool.FindServiceByName(servicer.SERVICE)  # type: ignore[attr-defined]
            for md in service.methods:
                handler = getattr(servicer, md.name, None)
                if handler is None:
                    continue
                full_name = f"/{service.full_name}/{md.name}"
                if full_name not in rules:
                    raise LookupError(f"{full_name} has no rights rule (server/<component>/rules.py)")
                self.methods[full_name] = Method(
                    full_name,
                    md,
                    message_factory.GetMessageClass(md.input_type),
                    message_factory.GetMessageClass(md.output_type),
                    handler,
                    rules[full_name],
                    md.server_streaming,
                    field_masks.check_of(full_name),
                )

    async def admit(self, method: Method, request: Any, call: Call, *, paths: Sequence[str] = ()) -> None:
        """The steps before the handler, in upstream's order: the field mask, validation,
        authentication (its warning, if any, goes to the client) and the method's rights rule.
        ``paths``: validate only these paths of the request (upstream's ``ValidateFields``), for
        a caller that has only part of a request to admit (the v2 dry runs, server/legacy)."""
        method.field_mask(request)
        if paths:
            validate.message(request, *paths)
        else:
            validate.request(method.full_name, request)
        call.access = access = self.access
        call.auth = auth = await access.authenticate(call.authorization)
        if auth.warning:  # rights restricted by the user's state: said on every call
            call.warn(auth.warning)
        await method.rule.check(access, auth, request)

    async def unary(self, method: Method, request: Any, call: Call) -> Any:
        try:
            await self.admit(method, request, call)
            return await method.handler(request, call)
        except StatusError:
            raise
        except Exception:
            log.exception("unexpected error in %s", method.full_name)
            raise internal_error() from None

    async def stream(self, method: Method, request: Any, call: Call) -> AsyncIterator[Any]:
        """A server-streaming call: :meth:`admit`, then the handler's responses. Nothing runs
        before the first ``__anext__``; a failure before the first response comes out of that
        one (the transports then answer with the status alone), a later one ends the stream.
        Closing the iterator closes the handler's."""
        try:
            await self.admit(method, request, call)
            async with aclosing(method.handler(request, call)) as responses:
                async for response in responses:
                    yield response
        except StatusError:
            raise
        except Exception:
            log.exception("unexpected error in %s", method.full_name)
            raise internal_error() from None
