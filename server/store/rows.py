"""What the store keeps and answers with: the rows, the errors a write raises, list orders.

The timestamps of every row are Unix time in nanoseconds; serialized messages are bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Entity", "Membership", "APIKeyRow", "IDTaken", "ORDER_COLUMNS",
    "EndDeviceRow", "EUIsTaken", "END_DEVICE_ORDER_COLUMNS",
    "RegistryDevice", "REGISTRY_COMPONENTS",
    "GatewayEUITaken", "EntityChange", "Member",
    "PackageAssociation", "StoredApplicationUp", "TextNotStorable", "storable_text",
]


class IDTaken(Exception):
    """The identifier (or a unique index value) is used already, deleted entities included."""


class GatewayEUITaken(Exception):
    """A gateway that is not deleted holds the EUI already (upstream's ``gateway_eui_index`` is
    unique among the gateways whose ``deleted_at`` is unset)."""

    def __init__(self, eui: bytes) -> None:
        super().__init__(f"gateway EUI {eui.hex().upper()} is taken")
        self.eui = eui


class EUIsTaken(Exception):
    """Another end device holds the (JoinEUI, DevEUI) pair. The EUIs are upper-case hex, the
    holder is named by its application and device ID (upstream ``end_device_euis_taken``)."""

    def __init__(self, *, join_eui: str, dev_eui: str, application_id: str, device_id: str) -> None:
        super().__init__(f"JoinEUI {join_eui} and DevEUI {dev_eui} are held by {application_id}/{device_id}")
        self.join_eui = join_eui
        self.dev_eui = dev_eui
        self.application_id = application_id
        self.device_id = device_id


class TextNotStorable(ValueError):
    """A name or description holds a NUL character, which PostgreSQL's text columns cannot keep
    (upstream's store fails such a write too): neither backend writes it."""


def storable_text(*texts: str) -> None:
    """Raise TextNotStorable unless every one of ``texts`` can be kept in a text column."""
    for text in texts:
        if "\x00" in text:
            raise TextNotStorable("text holds a NUL character, which the store cannot keep")


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


@dataclass(frozen=True, slots=True)
class EntityChange:
    """What a read-modify-write of an entity writes: the serialized message and its ``name``
    column; for a gateway (``update_gateway``) also its EUI, None when it has none."""

    data: bytes
    name: str
    eui: bytes | None = None


# A membership written with a new entity: (member_kind, member_id, rights).
Member = tuple[str, str, bytes]


# Sortable columns of the entity table; list orders name one of these (``-`` for descending).
ORDER_COLUMNS = frozenset({"id", "name", "created_at", "updated_at"})


# End devices (Identity Server) ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EndDeviceRow:
    """The Identity Server's part of an end device: indexed columns and the message.

    ``data`` is a serialized ``ttn.lorawan.v3.EndDevice`` holding the identifiers and the fields
    the Identity Server keeps, without ``created_at``/``updated_at`` (those are the row's).
    Empty EUIs are ``None``.
    """

    application_id: str
    device_id: str
    dev_eui: bytes | None
    join_eui: bytes | None
    name: str
    description: str
    data: bytes
    created_at: int  # Unix time in nanoseconds
    updated_at: int
    last_seen_at: int | None


# Orders of end-device lists (``-`` for descending); ties break on device_id in the same direction.
END_DEVICE_ORDER_COLUMNS = frozenset(
    {"device_id", "join_eui", "dev_eui", "name", "description", "created_at", "last_seen_at"}
)


# Device registries (JS, NS, AS) ----------------------------------------------------------------

# The components keeping their own part of an end device, as upstream's JS SDK names them.
REGISTRY_COMPONENTS = frozenset({"js", "ns", "as"})


@dataclass(frozen=True, slots=True)
class RegistryDevice:
    """One end device in the registry of one component: a serialized ``ttn.lorawan.v3.EndDevice``
    holding that component's fields, and the identifiers indexed next to it (empty ones are
    ``None``). The timestamps are the row's, in Unix nanoseconds; the store keeps what it is given.
    """

    data: bytes
    dev_eui: bytes | None = None
    join_eui: bytes | None = None
    dev_addr: bytes | None = None
    created_at: int = 0
    updated_at: int = 0


# Application package associations (Application Server) ----------------------------------------


@dataclass(frozen=True, slots=True)
class PackageAssociation:
    """One application package association on an FPort: of an end device, or the application's
    default one. ``data`` is the serialized message the registry keeps; the timestamps are the
    row's, in Unix nanoseconds; the store keeps what it is given."""

    f_port: int
    data: bytes
    created_at: int = 0
    updated_at: int = 0


@dataclass(frozen=True, slots=True)
class StoredApplicationUp:
    """One upstream message kept by the storage integration: ``type`` names the ApplicationUp's
    ``up`` member, ``received_at`` is in Unix nanoseconds, ``data`` the serialized message."""

    application_id: str
    device_id: str
    type: str
    f_port: int | None
    received_at: int
    data: bytes
