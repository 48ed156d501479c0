"""The Events service: ``Stream`` (server streaming) and ``FindRelated``, over the event bus.

Stream, as upstream's events server does it:

1. Request checks (``check_stream_request``, run by the rules before any right): identifiers
   are required, and ``names`` must select defined events (``pattern.py``: upstream's names
   and ours).
2. Rights (server/events/rules.py): some right on every requested entity, a device's being its
   application's.
3. The subscription is opened, then the first message is sent: the synthetic
   ``events.stream.start`` (the request's identifiers, this host, the call's correlation ID, and
   the selected names as a list value when a filter was given).
4. History: for each requested entity, its kept events — the last ``tail`` of them, those after
   ``after``, or both (whichever limit is reached first); with neither, ``after`` is now, so
   only what the subscription may have missed. A stored event is read from one second before
   ``after`` (clock skew between replicas and Redis), then kept only if its time, to the
   millisecond, is after ``after``. The ``names`` filter applies after ``tail`` (upstream).
5. Live events, skipping those the history already sent.

Matching: an event matches an entity of the request when one of its identifiers is that entity,
or is a device of a requested application and the event's definition propagates to the parent.
Visibility: an event with visibility rights is sent only when the caller holds one of them on one
of the event's entities (a device's rights are its application's). As upstream, the caller's
rights on an entity are looked up once per stream and kept for its life, so the events of an
application's deletion still reach its subscribers; when a lookup fails (an admin's, for an
entity that is gone), the stream ends if the caller no longer holds rights on every requested
entity, and the event is skipped otherwise.

Nothing is sent on an idle stream: upstream writes no keep-alive message either (gRPC
connections carry HTTP/2 keep-alive pings, see server/app.py).

FindRelated: the kept events of a correlation ID; events the caller may not see are returned
reduced to name, time, identifiers, origin, visibility and unique ID.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, AsyncIterator

from google.protobuf import struct_pb2

from ttn.lorawan.v3 import events_pb2, identifiers_pb2

from ..auth import rights as R
from ..errors import Namespace, TTSError
from . import DEFINITIONS, ORIGIN, EventBus, application_key, entity_key, new_ulid
from .pattern import UPSTREAM_EVENT_NAMES, names_from_patterns, selection_cached, unique_entries

__all__ = ["Events", "check_stream_request", "entity_of", "require_any", "STREAM_START"]

_errors = Namespace("pkg/events/grpc")
ERR_NO_IDENTIFIERS = _errors.invalid_argument("no_identifiers", "no identifiers")

STREAM_START = "events.stream.start"
# Go's zero time.Time as a Timestamp: upstream reads it as "no after".
_GO_ZERO_TIME_SECONDS = -62135596800
# How far before ``after`` stored events are read (upstream allows for 1 s of clock skew).
_SKEW_MS = 1000


_defined: tuple[int, frozenset[str]] = (-1, frozenset())


def _defined_names() -> frozenset[str]:
    """Upstream's event names and ours (one object while ``DEFINITIONS`` does not grow: the key
    of the names filter's memo)."""
    global _defined
    if _defined[0] != len(DEFINITIONS):
        _defined = (len(DEFINITIONS), UPSTREAM_EVENT_NAMES.union(DEFINITIONS))
    return _defined[1]


async def check_stream_request(request: events_pb2.StreamEventsRequest) -> list[str]:
    """What upstream checks before any right: identifiers, then the names filter. The names
    the filter selects (sorted; none for no filter). Unauthenticated callers get here: the
    entries are bounded (``pattern.MAX_ENTRIES``), and patterns not seen before are matched in a
    worker thread, off the event loop."""
    if not request.identifiers:
        raise ERR_NO_IDENTIFIERS()
    entries = unique_entries(request.names)
    defined = _defined_names()
    if selection_cached(entries, defined):
        return names_from_patterns(entries, defined)
    return await asyncio.to_thread(names_from_patterns, entries, defined)


def entity_of(ids: identifiers_pb2.EntityIdentifiers) -> tuple[str, str] | None:
    """The entity whose rights count for an identifier: (kind, ID), a device's application for
    a device; None for an empty identifier."""
    which = ids.WhichOneof("ids")
    if which is None:
        return None
    if which == "device_ids":
        return "application", ids.device_ids.application_ids.application_id
    kind = which[:-4]  # application_ids → application, …
    return kind, getattr(getattr(ids, which), f"{kind}_id")


async def require_any(rights_on, identifiers) -> None:
    """Some right on the entity of each identifier (upstream ``RequireAny``); ``rights_on`` is
    ``async (kind, id) -> rights``."""
    for ids in identifiers:
        target = entity_of(ids)
        if target is None:
            continue
        kind, entity_id = target
        R.require(kind, entity_id, await rights_on(kind, entity_id), ())


class _Rights:
    """The caller's rights per entity, looked up once and kept for the call (upstream's
    per-request rights cache); failures are not kept."""

    __slots__ = ("_call", "_held")

    def __init__(self, call) -> None:
        self._call = call
        self._held: dict[tuple[str, str], frozenset[int]] = {}

    async def on(self, kind: str, entity_id: str) -> frozenset[int]:
        key = (kind, entity_id)
        held = self._held.get(key)
        if held is None:
            held = self._held[key] = await self._call.rights_on(kind, entity_id)
        return held

    async def visible(self, event: events_pb2.Event) -> bool:
        """Upstream ``EventIsVisible``; raises what a rights lookup raises."""
        visibility = event.visibility.rights
        if not visibility:
            return True
        for ids in event.identifiers:
            target = entity_of(ids)
            if target is None:
                continue
            held = await self.on(*target)
            if any(right in held for right in visibility):
                return True
        return False


class _Matcher:
    """Whether an event is one a stream asked for: names, then identifiers."""

    __slots__ = ("_names", "_keys", "_applications")

    def __init__(self, identifiers, names: list[str]) -> None:
        self._names = frozenset(names)
        self._keys = frozenset(k for k in (entity_key(ids) for ids in identifiers) if k)
        self._applications = frozenset(k for k in self._keys if k.startswith("application:"))

    def names(self, event: events_pb2.Event) -> bool:
        return not self._names or event.name in self._names

    def __call__(self, event: events_pb2.Event) -> bool:
        if self._names and event.name not in self._names:
            return False
        propagates: bool | None = None
        for ids in event.identifiers:
            if entity_key(ids) in self._keys:
                return True
            if self._applications and ids.WhichOneof("ids") == "device_ids":
                if propagates is None:
                    definition = DEFINITIONS.get(event.name)
                    propagates = definition is not None and definition.propagate_to_parent
                if propagates and application_key(ids.device_ids.application_ids.application_id) in self._applications:
                    return True
        return False


def _after_ms(request: events_pb2.StreamEventsRequest) -> int | None:
    """``after`` in Unix milliseconds: None for none (or Go's zero time), now when neither
    ``after`` nor ``tail`` is given."""
    if request.HasField("after"):
        if request.after.seconds == _GO_ZERO_TIME_SECONDS and request.after.nanos == 0:
            return None
        return request.after.ToNanoseconds() // 1_000_000
    if request.tail == 0:
        return time.time_ns() // 1_000_000
    return None


def _time_ms(event: events_pb2.Event) -> int:
    return event.time.ToNanoseconds() // 1_000_000


def _reduced(event: events_pb2.Event) -> events_pb2.Event:
    """What anyone may see of an event: no data, correlation IDs, context, authentication,
    remote IP or user agent."""
    out = events_pb2.Event(
        name=event.name,
        identifiers=event.identifiers,
        origin=event.origin,
        unique_id=event.unique_id,
    )
    if event.HasField("time"):
        out.time.CopyFrom(event.time)
    if event.HasField("visibility"):
        out.visibility.CopyFrom(event.visibility)
    return out


class Events:
    SERVICE = "ttn.lorawan.v3.Events"

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    async def Stream(self, req: events_pb2.StreamEventsRequest, call) -> AsyncIterator[events_pb2.Event]:
        names = await check_stream_request(req)  # checked by the rules already: the same answer (memoized)
        identifiers = list(req.identifiers)
        rights = _Rights(call)
        await require_any(rights.on, identifiers)  # keeps the rights on the requested entities
        after_ms = _after_ms(req)
        tail = req.tail
        matcher = _Matcher(identifiers, names)
        subscription = self._bus.subscribe(matcher)
        try:
            yield self._start_event(identifiers, names, call)

            sent: set[str] = set()
            since_ms = after_ms - _SKEW_MS if after_ms is not None else None
            for ids in identifiers:
                for event in await self._bus.entity_history(ids, tail=tail, since_ms=since_ms):
                    if event.unique_id in sent or not matcher.names(event):
                        continue
                    if after_ms is not None and _time_ms(event) <= after_ms:
                        continue
                    sent.add(event.unique_id)
                    if await self._visible(rights, identifiers, event):
                        yield event

            async for event in subscription:
                if event.unique_id in sent:
                    continue
                if await self._visible(rights, identifiers, event):
                    yield event
        finally:
            subscription.close()

    @staticmethod
    def _start_event(identifiers, names: list[str], call) -> events_pb2.Event:
        event = events_pb2.Event(
            unique_id=new_ulid(),
            name=STREAM_START,
            identifiers=identifiers,
            origin=ORIGIN,
            correlation_ids=call.correlation(),
        )
        event.time.FromNanoseconds(time.time_ns())
        if names:
            value = struct_pb2.Value()
            value.list_value.extend(names)
            event.data.Pack(value)
        return event

    @staticmethod
    async def _visible(rights: _Rights, identifiers, event: events_pb2.Event) -> bool:
        try:
            return await rights.visible(event)
        except TTSError:
            # The rights of an event's entity could not be had: the stream goes on only while
            # the caller still holds rights on what it asked for (upstream).
            await require_any(rights.on, identifiers)
            return False

    async def FindRelated(self, req: events_pb2.FindRelatedEventsRequest, call) -> Any:
        rights = _Rights(call)
        out = events_pb2.FindRelatedEventsResponse()
        for event in await self._bus.find_related(req.correlation_id):
            try:
                visible = await rights.visible(event)
            except TTSError:
                continue  # upstream skips an event whose visibility it cannot check
            out.events.append(event if visible else _reduced(event))
        return out
