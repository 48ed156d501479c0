"""The store: what ttsl persists, behind one contract with two backends.

``rows`` holds what the store keeps and answers with, ``contract`` the Protocols (one per
component, :class:`Store` their union). Both backends (``sqlite``, ``postgres``) run the same
operations (``tables``) and the same statements (``queries``); only the plumbing differs.
"""

from __future__ import annotations

from .contract import (
    AccessVersions,
    APIKeyStore,
    EndDeviceStore,
    EntityStore,
    GatewayStore,
    MembershipStore,
    PackageStore,
    RegistryDeviceStore,
    Store,
    StoredApplicationUpStore,
    WebhookStore,
)
from .rows import (
    END_DEVICE_ORDER_COLUMNS,
    ORDER_COLUMNS,
    REGISTRY_COMPONENTS,
    APIKeyRow,
    EndDeviceRow,
    Entity,
    EntityChange,
    EUIsTaken,
    GatewayEUITaken,
    IDTaken,
    Member,
    Membership,
    PackageAssociation,
    RegistryDevice,
    StoredApplicationUp,
    TextNotStorable,
)

__all__ = [
    "Entity", "Membership", "APIKeyRow", "Store", "IDTaken", "ORDER_COLUMNS",
    "EndDeviceRow", "EUIsTaken", "END_DEVICE_ORDER_COLUMNS",
    "RegistryDevice", "REGISTRY_COMPONENTS",
    "GatewayEUITaken", "EntityChange", "Member",
    "PackageAssociation", "StoredApplicationUp", "TextNotStorable",
    "AccessVersions", "EntityStore", "MembershipStore", "APIKeyStore", "EndDeviceStore", "RegistryDeviceStore",
    "GatewayStore", "PackageStore", "StoredApplicationUpStore", "WebhookStore",
]
