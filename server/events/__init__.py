"""Events: definitions (name, visibility), and the bus they are published on.

Where an event goes is decided by its identifiers, as upstream keys its event streams: each
identifier names one entity (``entity_key``), and an event of an end device whose definition
propagates to the parent also goes to the device's application (``entity_keys``). A bus keeps
the recent events of each entity (for a stream's ``tail`` and ``after``) and of each
correlation ID (for ``FindRelated``), and hands every published event to the subscriptions
open on it — on every replica, for a shared bus.
"""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Protocol

from google.protobuf import any_pb2, message as _message, struct_pb2, timestamp_pb2

from ttn.lorawan.v3 import events_pb2, identifiers_pb2, rights_pb2

__all__ = [
    "EventDefinition",
    "define",
    "EventBus",
    "Subscription",
    "Match",
    "new_ulid",
    "entity_key",
    "entity_keys",
    "application_key",
    "DEFINITIONS",
    "ORIGIN",
]

ORIGIN = _ORIGIN = socket.gethostname()
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DEFINITIONS: dict[str, "EventDefinition"] = {}


def new_ulid() -> str:
    """A ULID: 48-bit millisecond time and 80 random bits, Crockford base32."""
    value = (time.time_ns() // 1_000_000) << 80 | int.from_bytes(os.urandom(10), "big")
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


@dataclass(frozen=True, slots=True)
class EventDefinition:
    name: str
    description: str
    visibility: tuple[int, ...]
    propagate_to_parent: bool = False

    def new(
        self,
        identifiers: Iterable[identifiers_pb2.EntityIdentifiers],
        data: _message.Message | list[str] | None = None,
        *,
        correlation_ids: Iterable[str] = (),
        authentication: events_pb2.Event.Authentication | None = None,
        remote_ip: str = "",
        user_agent: str = "",
    ) -> events_pb2.Event:
        event = events_pb2.Event(
            name=self.name,
            identifiers=list(identifiers),
            correlation_ids=list(correlation_ids),
            origin=_ORIGIN,
            visibility=rights_pb2.Rights(rights=self.visibility),
            remote_ip=remote_ip,
            user_agent=user_agent,
            unique_id=new_ulid(),
        )
        event.time.FromNanoseconds(time.time_ns())
        if authentication is not None:
            event.authentication.CopyFrom(authentication)
        if isinstance(data, list):  # updated field paths, as upstream sends them
            value = struct_pb2.Value()
            value.list_value.extend(data)
            event.data.Pack(value)
        elif data is not None:
            event.data.Pack(data)
        return event


def define(name: str, description: str, *visibility: int, propagate_to_parent: bool = False) -> EventDefinition:
    if name in DEFINITIONS:
        raise ValueError(f"event {name} is defined twice")
    definition = EventDefinition(name, description, tuple(visibility), propagate_to_parent)
    DEFINITIONS[name] = definition
    return definition


# The entity type names of upstream's ``EntityType()``, by EntityIdentifiers oneof member.
_ENTITY_TYPES = {
    "application_ids": "application",
    "client_ids": "client",
    "device_ids": "end device",
    "gateway_ids": "gateway",
    "organization_ids": "organization",
    "user_ids": "user",
}


def entity_key(ids: identifiers_pb2.EntityIdentifiers) -> str:
    """``<entity type>:<unique ID>`` of one identifier (a device's unique ID is
    ``<application>.<device>``), or "" for an empty one."""
    which = ids.WhichOneof("ids")
    if which is None:
        return ""
    if which == "device_ids":
        dev = ids.device_ids
        return f"end device:{dev.application_ids.application_id}.{dev.device_id}"
    inner = getattr(ids, which)
    return f"{_ENTITY_TYPES[which]}:{getattr(inner, which[:-4] + '_id')}"


def application_key(application_id: str) -> str:
    return f"application:{application_id}"


def entity_keys(event: events_pb2.Event) -> list[str]:
    """The entities whose history keeps ``event``: each of its identifiers, and the application
    of each device when the event's definition propagates to the parent (upstream's store)."""
    definition = DEFINITIONS.get(event.name)
    propagates = definition is not None and definition.propagate_to_parent
    keys: list[str] = []
    for ids in event.identifiers:
        key = entity_key(ids)
        if key and key not in keys:
            keys.append(key)
        if propagates and ids.WhichOneof("ids") == "device_ids":
            parent = application_key(ids.device_ids.application_ids.application_id)
            if parent not in keys:
                keys.append(parent)
    return keys


# Whether a subscription wants an event (names and identifiers; visibility is the caller's).
Match = Callable[[events_pb2.Event], bool]


class Subscription(Protocol):
    """The events published since it was opened that its match accepted, in order. Ends (the
    iteration stops) when the bus closes."""

    def __aiter__(self) -> "Subscription": ...
    async def __anext__(self) -> events_pb2.Event: ...
    def close(self) -> None: ...


class EventBus(Protocol):
    """Publishes events to every open subscription, on this replica or (Redis) on any, and keeps
    a bounded history of them."""

    async def publish(self, event: events_pb2.Event) -> None:
        """Hand ``event`` out and keep it; never waits for a subscriber or a remote store."""
        ...

    async def flush(self) -> None:
        """Wait until the events published here so far are kept where every replica reads them."""
        ...

    def subscribe(self, match: Match | None = None) -> Subscription: ...

    async def entity_history(
        self, ids: identifiers_pb2.EntityIdentifiers, *, tail: int = 0, since_ms: int | None = None
    ) -> list[events_pb2.Event]:
        """The kept events of one entity, oldest first: those stored at or after ``since_ms``
        (Unix milliseconds; all when None), the last ``tail`` of them when ``tail`` > 0."""
        ...

    async def find_related(self, correlation_id: str) -> list[events_pb2.Event]:
        """The kept events carrying ``correlation_id``, newest first."""
        ...

    async def close(self) -> None: ...
