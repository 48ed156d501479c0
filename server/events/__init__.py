"""Events: definitions (name, visibility), and the bus they are published on."""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from typing import Iterable, Protocol

from google.protobuf import any_pb2, message as _message, struct_pb2, timestamp_pb2

from ttn.lorawan.v3 import events_pb2, identifiers_pb2, rights_pb2

__all__ = ["EventDefinition", "define", "EventBus", "Subscription", "new_ulid", "DEFINITIONS"]

_ORIGIN = socket.gethostname()
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


class Subscription(Protocol):
    def __aiter__(self) -> "Subscription": ...
    async def __anext__(self) -> events_pb2.Event: ...
    def close(self) -> None: ...


class EventBus(Protocol):
    """Publishes events to every open subscription, on this replica or (Redis) on any."""

    async def publish(self, event: events_pb2.Event) -> None: ...

    def subscribe(self) -> Subscription: ...

    def history(self) -> list[events_pb2.Event]: ...

    async def close(self) -> None: ...
