"""The persistence contract every backend keeps, one Protocol per component.

A store only persists. It assumes the request was validated, the field mask applied and the
caller's rights checked; it never decides policy. Entities are rows with indexed identifier
columns and the protobuf message serialized as bytes (field masks are applied on messages).
Every acknowledged write is durable.

Changes that depend on what is stored are read-modify-writes: the caller passes ``fn``, which
gets the stored value and returns what to write, and the store runs it while the write is under
way (on SQLite: on the writer thread, inside the transaction), so no concurrent write comes in
between and none is lost. ``fn`` must be pure: no blocking, no awaiting, no events (publish
after the call returns). Whatever it raises comes out of the call, and nothing is written.

A component that needs only its own part asks for that Protocol; :class:`Store` is all of them.
"""

from __future__ import annotations

from typing import Callable, Protocol, Sequence

from .rows import (
    APIKeyRow,
    EndDeviceRow,
    Entity,
    EntityChange,
    Member,
    Membership,
    PackageAssociation,
    RegistryDevice,
    StoredApplicationUp,
)

__all__ = [
    "AccessVersions", "EntityStore", "MembershipStore", "APIKeyStore", "EndDeviceStore", "RegistryDeviceStore",
    "GatewayStore", "PackageStore", "StoredApplicationUpStore", "WebhookStore", "Store",
]


class AccessVersions(Protocol):
    """Two counters for the caches of server/auth/access.py; each only ever grows."""

    @property
    def auth_version(self) -> int:
        """Changes whenever what authenticates a key may change: an API key updated or deleted,
        a user written (admin flag, state), an entity created, deleted, restored or purged (a
        key authenticates only while its entity is live). A verified key may be cached for as
        long as it stays the same."""

    @property
    def rights_version(self) -> int:
        """Changes whenever rights may change: memberships written, and with every change of
        ``auth_version`` (a membership chain runs through live organizations only, and rights
        are held on live entities only). Rights may be cached for as long as it stays the same."""


class EntityStore(Protocol):
    """The Identity Server's entities: applications, users, organizations, gateways (and
    other kinds a component keeps as entity rows), soft-deleted with Restore and Purge.

    Entity kinds are ``application``, ``user``, ``organization``, ``gateway``. Users and
    organizations share one ID namespace."""

    async def create_entity(
        self, kind: str, id: str, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        """Insert; raises IDTaken when the ID is used, deleted or not. ``member`` is a membership
        on the new entity written in the same transaction (its creator, say): both or neither."""

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

    async def update_entity(
        self, kind: str, id: str, fn: Callable[[Entity | None], EntityChange | None], *, now: int | None
    ) -> Entity | None:
        """Read-modify-write of an entity that is not deleted (a gateway's EUI stays as it is).

        ``fn`` gets the stored row (None when there is none, or it is deleted) and returns what
        to write, or None to write nothing. ``now`` becomes ``updated_at``; None leaves it (a
        counter that is no change of the entity). Returns the row stored now (None when none).
        """

    async def update_entities(
        self,
        changes: Sequence[tuple[str, str, Callable[[Entity | None], EntityChange | None]]],
        *,
        now: int | None,
    ) -> list[Entity | None]:
        """``update_entity`` for each ``(kind, id, fn)`` in order, in one transaction: all are
        written or, when any ``fn`` raises, none. The rows stored now, in the same order."""

    async def delete_entity(self, kind: str, id: str, *, now: int) -> bool:
        """Soft delete (sets ``deleted_at``)."""

    async def restore_entity(self, kind: str, id: str, *, now: int) -> bool:
        """Undo a soft delete (False when the entity is not deleted); a gateway comes back as
        ``restore_gateway`` brings it back."""

    async def purge_entity(self, kind: str, id: str) -> bool:
        """Remove the row, its memberships and its API keys; the ID becomes free again."""


class MembershipStore(Protocol):
    """Collaborators: who holds which rights on an entity, directly or through an organization."""

    async def set_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str, rights: bytes | None, *, now: int
    ) -> None:
        """Set the member's rights; ``None`` removes the membership. A change that depends on
        what is stored (the rights held before, an owner remaining) is ``change_membership``."""

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

    async def change_membership(
        self,
        entity_kind: str,
        entity_id: str,
        member_kind: str,
        member_id: str,
        fn: Callable[[Membership | None, list[Membership]], bytes | None],
        *,
        now: int,
    ) -> Membership | None:
        """Read-modify-write of one membership, deciding on all of the entity's (the check that
        an owner remains, say) so that no concurrent change comes in between.

        ``fn`` gets the member's membership (None when there is none) and every membership on
        the entity (that one included, ordered as ``list_members``), and returns the rights to
        store, or None to remove the membership. Returns the membership stored now (None when
        there is none)."""


class APIKeyStore(Protocol):
    """API keys of entities; ``secret_hash`` is the stored hash of the key's secret."""

    async def create_api_key(self, row: APIKeyRow) -> None: ...

    async def get_api_key(self, id: str) -> APIKeyRow | None: ...

    async def list_api_keys(
        self, entity_kind: str, entity_id: str, *, order: str = "", limit: int = 0, offset: int = 0
    ) -> tuple[list[APIKeyRow], int]: ...

    async def update_api_key(self, id: str, fn: Callable[[APIKeyRow | None], APIKeyRow | None]) -> APIKeyRow | None:
        """Read-modify-write of one API key: ``fn`` gets the stored key (None when there is none)
        and returns the key to store (of which ``name``, ``data``, ``expires_at`` and
        ``updated_at`` are written), None to delete it, or its argument itself to leave it
        untouched. Returns the key stored now (None when there is none)."""

    async def delete_api_key(self, id: str) -> bool: ...


class EndDeviceStore(Protocol):
    """The Identity Server's end devices."""

    # Hard-deleted; (application_id, device_id) is unique, and so is (join_eui, dev_eui) when both
    # are set. Other registries (JS, NS, AS) read the IS record with ``get_end_device``.
    async def create_end_device(self, row: EndDeviceRow) -> None:
        """Insert; raises IDTaken when the application has a device with this ID, EUIsTaken when
        another device holds the (JoinEUI, DevEUI) pair."""

    async def create_end_devices(self, rows: Sequence[EndDeviceRow]) -> None:
        """Insert all, in one transaction, or none (the errors of ``create_end_device``)."""

    async def get_end_device(self, application_id: str, device_id: str) -> EndDeviceRow | None: ...

    async def get_end_device_by_euis(self, join_eui: bytes | None, dev_eui: bytes | None) -> EndDeviceRow | None:
        """The device holding exactly this (JoinEUI, DevEUI) pair (``None`` matches an unset EUI)."""

    async def list_end_devices(
        self,
        application_id: str,
        *,
        order: str = "",
        limit: int = 0,
        offset: int = 0,
        updated_since: int | None = None,
    ) -> tuple[list[EndDeviceRow], int]:
        """One page (``limit`` 0 = all) of the application's devices ordered by one of
        END_DEVICE_ORDER_COLUMNS (default device_id), keeping those updated at or after
        ``updated_since``; and the total, which counts the application's devices before that
        filter (as upstream's store does)."""

    async def find_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[EndDeviceRow]:
        """The application's devices among ``device_ids`` (missing ones left out), by device_id."""

    async def update_end_device(
        self, application_id: str, device_id: str, fn: Callable[[EndDeviceRow | None], EndDeviceRow | None]
    ) -> EndDeviceRow | None:
        """Read-modify-write of one device: ``fn`` gets the stored row (None when there is none)
        and returns the row to store (IDs and ``created_at`` are kept from the stored one), or
        None (or its argument itself) to write nothing. Raises EUIsTaken like create. Returns
        the row stored now (None when there is none)."""

    async def delete_end_device(self, application_id: str, device_id: str) -> bool: ...

    async def delete_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[str]:
        """Delete the application's devices among ``device_ids``; the IDs deleted, sorted."""

    async def count_end_devices(self, application_id: str) -> int: ...


class RegistryDeviceStore(Protocol):
    """The device registries of the Join, Network and Application Servers."""

    # One registry per component (REGISTRY_COMPONENTS), each keyed by (application_id, device_id),
    # hard-deleted. Within a registry, a (JoinEUI, DevEUI) pair with both EUIs set names at most
    # one device. Upstream's two verbs: get, and set as one atomic read-modify-write.
    async def get_registry_device(
        self, component: str, application_id: str, device_id: str
    ) -> RegistryDevice | None: ...

    async def set_registry_device(
        self,
        component: str,
        application_id: str,
        device_id: str,
        fn: Callable[[RegistryDevice | None], RegistryDevice | None],
    ) -> RegistryDevice | None:
        """Read, change and write one device so that no concurrent write comes in between.

        ``fn`` gets the stored device (None when absent) and returns the device to store, None to
        delete it, or its argument itself to leave the row untouched. It runs while the write is
        under way (on SQLite: on the writer thread, in the transaction), so it must neither block
        nor await; whatever it raises comes out of this call and nothing is written. Raises
        EUIsTaken when another device of the registry holds the (JoinEUI, DevEUI) pair. Returns
        the device stored now (None when there is none).
        """

    async def delete_registry_device(self, component: str, application_id: str, device_id: str) -> bool:
        """Delete; whether there was such a device."""


class GatewayStore(Protocol):
    """Gateways with their EUIs."""

    # Gateways are entities of kind "gateway" (EntityStore's methods read, list, delete and purge
    # them); these write them with their EUI, which is unique among the gateways that are not
    # deleted. A soft delete frees the EUI, a restore takes it again.
    async def create_gateway(
        self, id: str, eui: bytes | None, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        """Insert; raises IDTaken when the ID is used (deleted or not), GatewayEUITaken when a
        gateway that is not deleted holds the EUI. ``eui`` None: the gateway has none.
        ``member`` as in ``create_entity``."""

    async def update_gateway(
        self, id: str, fn: Callable[[Entity | None], EntityChange | None], *, now: int
    ) -> Entity | None:
        """``update_entity`` of a gateway that also writes the EUI ``fn`` returns; raises
        GatewayEUITaken when another gateway that is not deleted holds it."""

    async def restore_gateway(self, id: str, *, now: int,
                              without_eui: Callable[[bytes], bytes] | None = None) -> bool:
        """Undo a soft delete (False when the gateway is not deleted). When another gateway took
        its EUI meanwhile: with ``without_eui`` (the stored message without its EUI, from the
        stored one) the gateway comes back without it, as upstream's bunstore restores it; else
        GatewayEUITaken."""

    async def get_gateway_by_eui(self, eui: bytes) -> Entity | None:
        """The gateway that is not deleted and holds the EUI."""


class PackageStore(Protocol):
    """The Application Server's package associations and application links."""

    # Keyed by (application_id, device_id, f_port), hard-deleted. An end device's associations
    # are under its device_id; the application's default associations under device_id "" (no
    # device has an empty ID). Nothing checks that the application or device exists (upstream's
    # registry does not either).
    async def get_package_association(
        self, application_id: str, device_id: str, f_port: int
    ) -> PackageAssociation | None: ...

    async def list_package_associations(
        self, application_id: str, device_id: str, *, limit: int = 0, offset: int = 0
    ) -> tuple[list[PackageAssociation], int]:
        """One page ordered by FPort (``limit`` 0 = all, from the first), and the total."""

    async def set_package_association(
        self,
        application_id: str,
        device_id: str,
        f_port: int,
        fn: Callable[[PackageAssociation | None], PackageAssociation | None],
    ) -> PackageAssociation | None:
        """Read, change and write one association so that no concurrent write comes in between.

        ``fn`` gets the stored association (None when absent) and returns the one to store (under
        this key's FPort, whatever its own says), None to delete it, or its argument itself to
        leave the row untouched; it runs inside the write as ``set_registry_device``'s does, and
        whatever it raises comes out of this call with nothing written. Returns the association
        stored now (None when there is none)."""

    async def clear_package_associations(self, application_id: str, device_id: str) -> int:
        """Delete every association under (application_id, device_id); how many there were."""

    # Application links (Application Server) ---------------------------------------------------
    # One per application ID (a serialized ``ttn.lorawan.v3.ApplicationLink``), hard-deleted;
    # nothing checks that the application exists, and deleting or purging it leaves the link
    # (upstream's link registry is the Application Server's own).
    async def get_application_link(self, application_id: str) -> bytes | None: ...

    async def set_application_link(
        self, application_id: str, fn: Callable[[bytes | None], bytes | None]
    ) -> bytes | None:
        """Read, change and write the link so that no concurrent write comes in between: ``fn``
        gets the stored link (None when there is none) and returns the link to store, None to
        delete it, or its argument itself to leave it untouched; it runs inside the write as
        ``set_registry_device``'s does, and whatever it raises comes out of this call with
        nothing written. Returns the link stored now (None when there is none)."""


class WebhookStore(Protocol):
    """The Application Server's webhooks: serialized ``ttn.lorawan.v3.ApplicationWebhook``s by
    (application ID, webhook ID), hard-deleted; purging the application deletes them."""

    async def get_webhook(self, application_id: str, webhook_id: str) -> bytes | None: ...

    async def list_webhooks(self, application_id: str) -> list[bytes]:
        """The application's webhooks, by webhook ID."""

    async def set_webhook(
        self, application_id: str, webhook_id: str, fn: Callable[[bytes | None], bytes | None]
    ) -> bytes | None:
        """Read, change and write one webhook so that no concurrent write comes in between, as
        ``set_package_association``: ``fn`` gets the stored webhook (None: none) and returns what
        to store, None to delete it, or its argument itself to leave it; what it raises leaves
        the store unchanged. Returns what is stored now."""

    async def delete_webhooks(self, application_id: str) -> int:
        """Delete all of the application's webhooks; how many there were."""


class StoredApplicationUpStore(Protocol):
    """Upstream messages kept by the storage integration."""

    # Rows of (application_id, device_id, type, f_port or None, received_at, data); not keyed,
    # never updated. Selections: the application's (device_id None) or one device's messages,
    # of one type ("" = every type), with the FPort (None = any), received_at in [after, before]
    # (None = unbounded), ordered by received_at (ties in insertion order), at most ``limit``
    # (0 = all).
    async def add_stored_application_ups(
        self, rows: Sequence[StoredApplicationUp], *, expire_before: int | None = None
    ) -> None:
        """Insert the rows in one write; with ``expire_before``, first delete every stored
        message received before it (retention)."""

    async def list_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None, descending: bool = False, limit: int = 0,
    ) -> list[bytes]:
        """The selected messages' data."""

    async def count_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None,
    ) -> dict[str, int]:
        """How many messages are selected, per device ID (devices with none are left out)."""


class Store(
    AccessVersions, EntityStore, MembershipStore, APIKeyStore, EndDeviceStore, RegistryDeviceStore, GatewayStore,
    PackageStore, StoredApplicationUpStore, WebhookStore, Protocol,
):
    """Everything a ttsl process persists: what ``server.app`` opens and hands to the components."""

    async def close(self) -> None: ...
