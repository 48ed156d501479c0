"""What any authenticated caller may read of an entity it has no INFO right on.

The lists are upstream's ``Public<Entity>Fields`` (``pkg/ttnpb/public.go``): the fields every
entity shows (``ids``, the timestamps, and ``contact_info`` entry by entry: only the entries
marked public) plus a few per kind. This module imports no servicer, so the rights table
(server/identity/rules.py) can use it too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, TypeVar

from google.protobuf import descriptor_pool
from google.protobuf.message import Message

from ttn.lorawan.v3 import gateway_pb2  # noqa: F401  (Gateway in the default pool)

from .. import fieldmask

__all__ = ["PUBLIC_PATHS", "only_public", "public_safe", "public_field_paths"]

M = TypeVar("M", bound=Message)

_ENTITY = ("ids", "created_at", "updated_at", "deleted_at", "contact_info")

PUBLIC_PATHS: dict[str, frozenset[str]] = {
    "application": frozenset(_ENTITY + ("administrative_contact", "technical_contact")),
    "organization": frozenset(_ENTITY + ("name", "administrative_contact", "technical_contact")),
    "user": frozenset(_ENTITY + ("name", "description", "state", "admin", "profile_picture")),
    "gateway": frozenset(_ENTITY + (
        "name", "description", "frequency_plan_id", "frequency_plan_ids", "status_public",
        "gateway_server_address", "location_public", "antennas", "lrfhss.supported",
        "administrative_contact", "technical_contact",
    )),
}


_MESSAGES = {
    "application": "ttn.lorawan.v3.Application",
    "organization": "ttn.lorawan.v3.Organization",
    "user": "ttn.lorawan.v3.User",
    "gateway": "ttn.lorawan.v3.Gateway",
}


@lru_cache(maxsize=None)
def public_field_paths(kind: str) -> frozenset[str]:
    """Every field path of the kind's message that is public or lies under a public field:
    the literal set a request's field mask must stay within to read without the INFO right."""
    descriptor = descriptor_pool.Default().FindMessageTypeByName(_MESSAGES[kind])
    public = PUBLIC_PATHS[kind]
    return frozenset(p for p in fieldmask.paths_of(descriptor) if only_public((p,), public))


def only_public(paths: Iterable[str], public: frozenset[str]) -> bool:
    """Whether every path is a public field or lies under one (upstream ``HasOnlyAllowedFields``)."""
    for path in paths:
        if path in public:
            continue
        head = path
        while "." in head:
            head = head.rpartition(".")[0]
            if head in public:
                break
        else:
            return False
    return True


def public_safe(message: M, public: frozenset[str]) -> M:
    """A copy with only the public fields; of ``contact_info``, only the entries marked public."""
    out = fieldmask.filter_message(message, _without_contact_info(public))
    if "contact_info" in public:
        out.contact_info.extend(c for c in message.contact_info if c.public)  # type: ignore[attr-defined]
    if out.DESCRIPTOR.full_name == "ttn.lorawan.v3.Gateway":
        # A gateway's address is public only with its status, antenna locations with its location.
        if not out.status_public:  # type: ignore[attr-defined]
            out.ClearField("gateway_server_address")
        if not out.location_public:  # type: ignore[attr-defined]
            for antenna in out.antennas:  # type: ignore[attr-defined]
                antenna.ClearField("location")
    return out


@lru_cache(maxsize=None)
def _without_contact_info(public: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(public - {"contact_info"}))
