"""The persistence contract every backend keeps.

A store only persists. It assumes the request was validated, the field mask applied and the
caller's rights checked; it never decides policy. Entities are rows with indexed identifier
columns and the protobuf message serialized as bytes (field masks are applied on messages).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

__all__ = ["Entity", "Membership", "APIKeyRow", "Store", "IDTaken", "ORDER_COLUMNS"]


class IDTaken(Exception):
    """The identifier (or a unique index value) is used already, deleted entities included."""


@dataclass(frozen=True, slots=True)
class Entity:
    kind: str
    id: str
    data: bytes
    created_at: int  # Unix time in nanoseconds
    updated_at: int
    deleted_at: int | None


@dataclass(frozen=True, slots=True)
class Membership:
    entity_kind: str
    entity_id: str
    member_kind: str  # "user" or "organization"
    member_id: str
    rights: bytes  # ttn.lorawan.v3.Rights
    created_at: int
    updated_at: int


@dataclass(frozen=True, slots=True)
class APIKeyRow:
    id: str
    entity_kind: str
    entity_id: str
    secret_hash: str
    name: str
    data: bytes  # ttn.lorawan.v3.APIKey without the secret
    created_at: int
    updated_at: int
    expires_at: int | None


# Sortable columns of the entity table; list orders name one of these (``-`` for descending).
ORDER_COLUMNS = frozenset({"id", "name", "created_at", "updated_at"})


class Store(Protocol):
    """Async persistence for the Identity Server's entities, memberships and API keys.

    Entity kinds are ``application``, ``user``, ``organization``, ``gateway``. Users and
    organizations share one ID namespace. Every acknowledged write is durable.
    """

    async def close(self) -> None: ...

    # Entities -----------------------------------------------------------------------------
    async def create_entity(self, kind: str, id: str, data: bytes, *, name: str, now: int) -> Entity:
        """Insert; raises IDTaken when the ID is used, deleted or not."""

    async def get_entity(self, kind: str, id: str, *, include_deleted: bool = False) -> Entity | None: ...

    async def list_entities(
        self,
        kind: str,
        *,
        ids: Sequence[str] | None = None,
        deleted: bool = False,
        order: str = "",
        limit: int = 0,
        offset: int = 0,
    ) -> tuple[list[Entity], int]:
        """One page (``limit`` 0 = all) and the total; ``deleted`` lists only soft-deleted ones."""

    async def update_entity(self, kind: str, id: str, data: bytes, *, name: str, now: int) -> Entity | None: ...

    async def delete_entity(self, kind: str, id: str, *, now: int) -> bool:
        """Soft delete (sets ``deleted_at``)."""

    async def restore_entity(self, kind: str, id: str, *, now: int) -> bool: ...

    async def purge_entity(self, kind: str, id: str) -> bool:
        """Remove the row, its memberships and its API keys; the ID becomes free again."""

    # Memberships (collaborators) ------------------------------------------------------------
    async def set_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str, rights: bytes | None, *, now: int
    ) -> None:
        """Set the member's rights; ``None`` removes the membership."""

    async def get_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> Membership | None: ...

    async def list_members(self, entity_kind: str, entity_id: str) -> list[Membership]: ...

    async def membership_chains(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> list[tuple[bytes, bytes | None]]:
        """How the member reaches the entity: ``(rights on the entity, None)`` for a direct
        membership, ``(organization's rights on the entity, member's rights on that organization)``
        for each organization in between."""

    async def list_memberships(self, member_kind: str, member_id: str, entity_kind: str) -> list[Membership]: ...

    # API keys ---------------------------------------------------------------------------------
    async def create_api_key(self, row: APIKeyRow) -> None: ...

    async def get_api_key(self, id: str) -> APIKeyRow | None: ...

    async def list_api_keys(
        self, entity_kind: str, entity_id: str, *, order: str = "", limit: int = 0, offset: int = 0
    ) -> tuple[list[APIKeyRow], int]: ...

    async def update_api_key(
        self, id: str, data: bytes, *, name: str, expires_at: int | None, now: int
    ) -> APIKeyRow | None: ...

    async def delete_api_key(self, id: str) -> bool: ...
