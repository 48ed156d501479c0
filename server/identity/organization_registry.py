"""OrganizationRegistry: the shared registry shape (entity_registry.py) for organizations.

Organizations do not nest: only a user creates one, and lists are of a user's organizations
(the rules table refuses an organization as collaborator with ``nested_organizations``).
Organization IDs share one namespace with user IDs (the store enforces it).
"""

from __future__ import annotations

from ttn.lorawan.v3 import organization_pb2

from ..auth import rights as R
from .entities import ERR_ORGANIZATION_NOT_FOUND
from .entity_registry import EntityRegistry, RegistryKind, define_events
from .public import PUBLIC_PATHS

__all__ = ["OrganizationRegistry", "ERR_ORGANIZATION_NOT_FOUND"]

Right = R.Right
KIND = "organization"


EVENTS = define_events(KIND, Right.RIGHT_ORGANIZATION_INFO)

SPEC = RegistryKind(
    kind=KIND,
    message=organization_pb2.Organization,
    list_message=organization_pb2.Organizations,
    list_field="organizations",
    entity_field="organization",
    ids_field="organization_ids",
    id_field="organization_id",
    not_found=ERR_ORGANIZATION_NOT_FOUND,
    events=EVENTS,
    info_right=Right.RIGHT_ORGANIZATION_INFO,
    public_paths=PUBLIC_PATHS[KIND],
    order={"organization_id": "id"},
    public_get=True,
)


class OrganizationRegistry(EntityRegistry):
    SERVICE = "ttn.lorawan.v3.OrganizationRegistry"
    SPEC = SPEC
