"""The Identity Server's rights rules: one per RPC of its services, checked by the pipeline.

The rules of the entity registries, their access services (API keys, collaborators), users,
organizations, end devices and gateways, and what any caller may ask (``EntityAccess``); the
rights being granted or taken away by an access call are the handler's
(server/identity/entity_access.py). :func:`field_masks` lists the field-mask paths each of these
RPCs accepts (upstream ``pkg/ttnpb/field_mask_validation.go``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from google.protobuf import descriptor_pool

from ttn.lorawan.v3 import (  # noqa: F401  (the services and entities named below, in the default pool)
    application_pb2,
    application_services_pb2,
    gateway_pb2,
    organization_pb2,
    organization_services_pb2,
    rights_pb2,
    user_pb2,
    user_services_pb2,
)

from .. import fieldmask
from ..auth import rights as R
from ..devices import field_masks as device_field_masks
from ..errors import Namespace, TTSError
from ..rules import Admin, Anyone, Authenticated, OnEntity, Rule, field_at
from .accounts import ERR_NESTED_ORGANIZATIONS
from .entities import check_blocklist
from .public import public_field_paths

if TYPE_CHECKING:
    from ..auth.access import Access, Auth

__all__ = ["RULES", "OnAccount", "NewID", "GatewayUpdate", "field_masks"]

Right = R.Right
_is = Namespace("pkg/identityserver")
ERR_ADMINS_PURGE_APPLICATIONS = _is.permission_denied(
    "admins_purge_applications", "applications may only be purged by admins"
)


@dataclass(frozen=True, slots=True)
class OnAccount:
    """The caller holds ``user_right`` on the user, or ``organization_right`` on the
    organization, named by the ``OrganizationOrUserIdentifiers`` at ``path`` (the account an
    entity is created or listed under). When the request names none, the caller's own user or
    organization is meant; a caller that is neither passes (the handler answers with nothing).
    ``organization_right`` None: organizations are refused there, they do not nest."""

    path: str
    user_right: int
    organization_right: int | None

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        account = field_at(request, self.path)
        which = account.WhichOneof("ids")
        if which == "user_ids":
            kind, account_id = "user", account.user_ids.user_id
        elif which == "organization_ids":
            kind, account_id = "organization", account.organization_ids.organization_id
        elif auth.entity_kind in ("user", "organization"):
            kind, account_id = auth.entity_kind, auth.entity_id
        else:
            return
        if kind == "user":
            right = self.user_right
        elif self.organization_right is None:
            raise ERR_NESTED_ORGANIZATIONS()
        else:
            right = self.organization_right
        R.require(kind, account_id, await access.rights_on(auth, kind, account_id), (right,))


@dataclass(frozen=True, slots=True)
class NewID:
    """A Create's new ID must not be reserved; upstream checks that before any right."""

    id_path: str
    then: Rule

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        check_blocklist(field_at(request, self.id_path))
        await self.then.check(access, auth, request)


_APP = "/ttn.lorawan.v3.ApplicationRegistry/"


def _app(path: str, *rights: int, authenticated: bool = False) -> OnEntity:
    return OnEntity("application", path, rights, authenticated)


def _access_rules(service: str, kind: str, api_keys: int, collaborators: int | None) -> dict[str, Rule]:
    prefix = f"/ttn.lorawan.v3.{service}Access/"
    ids = f"{kind}_ids.{kind}_id"
    rules: dict[str, Rule] = {
        # What the caller holds, possibly nothing: {} (upstream answers the same).
        prefix + "ListRights": Anyone(),
        prefix + "CreateAPIKey": OnEntity(kind, ids, (api_keys,)),
        prefix + "ListAPIKeys": OnEntity(kind, ids, (api_keys,)),
        prefix + "GetAPIKey": OnEntity(kind, ids, (api_keys,)),
        prefix + "UpdateAPIKey": OnEntity(kind, ids, (api_keys,)),
        prefix + "DeleteAPIKey": OnEntity(kind, ids, (api_keys,)),
    }
    if collaborators is not None:
        rules.update({
            prefix + "GetCollaborator": OnEntity(kind, ids, (collaborators,)),
            prefix + "SetCollaborator": OnEntity(kind, ids, (collaborators,)),
            # Any authenticated caller; without the right, rights are left out of the answer.
            prefix + "ListCollaborators": Authenticated(),
            prefix + "DeleteCollaborator": OnEntity(kind, ids, (collaborators,)),
        })
    return rules


# Users and organizations ---------------------------------------------------------------------
ERR_USER_REGISTRATION_DISABLED = _is.invalid_argument("user_registration_disabled", "user registration disabled")
ERR_PERMISSION_DENIED = _is.permission_denied("permission_denied", "unauthorized request to restricted resource")
ERR_ADMINS_PURGE_USERS = _is.permission_denied("admins_purge_users", "users may only be purged by admins")
ERR_ADMINS_PURGE_ORGANIZATIONS = _is.permission_denied(
    "admins_purge_organizations", "organizations may only be purged by admins"
)


_USR = "/ttn.lorawan.v3.UserRegistry/"
_ORG = "/ttn.lorawan.v3.OrganizationRegistry/"
_ACCOUNT_RULES: dict[str, Rule] = {
    # Users: only admins create users (ttsl has no self-registration: upstream's answer when
    # registration is disabled) and list them; admin-only fields are refused in the handler.
    _USR + "Create": NewID("user.ids.user_id", Admin(ERR_USER_REGISTRATION_DISABLED)),
    _USR + "Get": OnEntity("user", "user_ids.user_id", (Right.RIGHT_USER_INFO,), authenticated_on_refusal=True,
                           public_paths=public_field_paths("user")),
    _USR + "List": Admin(ERR_PERMISSION_DENIED),
    _USR + "Update": OnEntity("user", "user.ids.user_id", (Right.RIGHT_USER_SETTINGS_BASIC,)),
    _USR + "Delete": OnEntity("user", "user_id", (Right.RIGHT_USER_DELETE,)),
    _USR + "Restore": OnEntity("user", "user_id", (Right.RIGHT_USER_DELETE,), include_deleted=True),
    _USR + "Purge": Admin(ERR_ADMINS_PURGE_USERS),
    # Organizations: created and listed under a user only.
    _ORG + "Create": NewID("organization.ids.organization_id",
                           OnAccount("collaborator", Right.RIGHT_USER_ORGANIZATIONS_CREATE, None)),
    _ORG + "Get": OnEntity("organization", "organization_ids.organization_id", (Right.RIGHT_ORGANIZATION_INFO,),
                           authenticated=True, public_paths=public_field_paths("organization")),
    _ORG + "List": OnAccount("collaborator", Right.RIGHT_USER_ORGANIZATIONS_LIST, None),
    _ORG + "Update": OnEntity("organization", "organization.ids.organization_id",
                              (Right.RIGHT_ORGANIZATION_SETTINGS_BASIC,)),
    _ORG + "Delete": OnEntity("organization", "organization_id", (Right.RIGHT_ORGANIZATION_DELETE,)),
    _ORG + "Restore": OnEntity("organization", "organization_id", (Right.RIGHT_ORGANIZATION_DELETE,),
                               include_deleted=True),
    _ORG + "Purge": Admin(ERR_ADMINS_PURGE_ORGANIZATIONS),
}


# End devices (Identity Server) ---------------------------------------------------------------
_DEV = "/ttn.lorawan.v3.EndDeviceRegistry/"
_DEV_BATCH = "/ttn.lorawan.v3.EndDeviceBatchRegistry/"
_DEVICES_READ = (Right.RIGHT_APPLICATION_DEVICES_READ,)
_DEVICES_WRITE = (Right.RIGHT_APPLICATION_DEVICES_WRITE,)
_END_DEVICE_RULES: dict[str, Rule] = {
    _DEV + "Create": OnEntity("application", "end_device.ids.application_ids.application_id", _DEVICES_WRITE),
    _DEV + "Get": OnEntity("application", "end_device_ids.application_ids.application_id", _DEVICES_READ),
    # Any authenticated caller may look up which device holds a pair of EUIs (upstream).
    _DEV + "GetIdentifiersForEUIs": Authenticated(),
    _DEV + "List": OnEntity("application", "application_ids.application_id", _DEVICES_READ),
    _DEV + "Update": OnEntity("application", "end_device.ids.application_ids.application_id", _DEVICES_WRITE),
    _DEV + "Delete": OnEntity("application", "application_ids.application_id", _DEVICES_WRITE),
    _DEV_BATCH + "Get": OnEntity("application", "application_ids.application_id", _DEVICES_READ),
    _DEV_BATCH + "Delete": OnEntity("application", "application_ids.application_id", _DEVICES_WRITE),
}


# Gateways ------------------------------------------------------------------------------------
ERR_ADMINS_PURGE_GATEWAYS = _is.permission_denied("admins_purge_gateways", "gateways may only be purged by admins")
# What a caller holding only RIGHT_GATEWAY_LINK (a gateway's own connection key) may update.
_GATEWAY_LINK_PATHS = frozenset({"antennas", "attributes"})


@dataclass(frozen=True, slots=True)
class GatewayUpdate:
    """RIGHT_GATEWAY_SETTINGS_BASIC on the gateway; RIGHT_GATEWAY_LINK is enough for a mask of
    antennas and attributes only. Secrets (WRITE_SECRETS) are the handler's."""

    id_path: str

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        gateway_id = field_at(request, self.id_path)
        held = await access.rights_on(auth, "gateway", gateway_id)
        try:
            R.require("gateway", gateway_id, held, (Right.RIGHT_GATEWAY_SETTINGS_BASIC,))
        except TTSError:
            if not (Right.RIGHT_GATEWAY_LINK in held and _GATEWAY_LINK_PATHS.issuperset(request.field_mask.paths)):
                raise


_GTW = "/ttn.lorawan.v3.GatewayRegistry/"
_GATEWAY_DELETE = (Right.RIGHT_GATEWAY_DELETE,)
_GATEWAY_RULES: dict[str, Rule] = {
    _GTW + "Create": NewID("gateway.ids.gateway_id", OnAccount(
        "collaborator", Right.RIGHT_USER_GATEWAYS_CREATE, Right.RIGHT_ORGANIZATION_GATEWAYS_CREATE
    )),
    # Without GATEWAY_INFO, public fields only; reading secrets also needs READ_SECRETS (handler).
    _GTW + "Get": OnEntity("gateway", "gateway_ids.gateway_id", (Right.RIGHT_GATEWAY_INFO,), authenticated=True,
                           public_paths=public_field_paths("gateway")),
    _GTW + "GetIdentifiersForEUI": Authenticated(),
    _GTW + "List": OnAccount("collaborator", Right.RIGHT_USER_GATEWAYS_LIST, Right.RIGHT_ORGANIZATION_GATEWAYS_LIST),
    _GTW + "Update": GatewayUpdate("gateway.ids.gateway_id"),
    _GTW + "Delete": OnEntity("gateway", "gateway_id", _GATEWAY_DELETE),
    _GTW + "Restore": OnEntity("gateway", "gateway_id", _GATEWAY_DELETE, include_deleted=True),
    _GTW + "Purge": Admin(ERR_ADMINS_PURGE_GATEWAYS),
    **_access_rules("Gateway", "gateway", Right.RIGHT_GATEWAY_SETTINGS_API_KEYS,
                    Right.RIGHT_GATEWAY_SETTINGS_COLLABORATORS),
}


RULES: dict[str, Rule] = {
    _APP + "Create": NewID("application.ids.application_id", OnAccount(
        "collaborator", Right.RIGHT_USER_APPLICATIONS_CREATE, Right.RIGHT_ORGANIZATION_APPLICATIONS_CREATE
    )),
    _APP + "Get": OnEntity("application", "application_ids.application_id", (Right.RIGHT_APPLICATION_INFO,),
                           authenticated=True, public_paths=public_field_paths("application")),
    _APP + "List": OnAccount(
        "collaborator", Right.RIGHT_USER_APPLICATIONS_LIST, Right.RIGHT_ORGANIZATION_APPLICATIONS_LIST
    ),
    _APP + "Update": _app("application.ids.application_id", Right.RIGHT_APPLICATION_SETTINGS_BASIC),
    _APP + "Delete": _app("application_id", Right.RIGHT_APPLICATION_DELETE),
    _APP + "Restore": OnEntity("application", "application_id", (Right.RIGHT_APPLICATION_DELETE,),
                               include_deleted=True),
    _APP + "Purge": Admin(ERR_ADMINS_PURGE_APPLICATIONS),
    _APP + "IssueDevEUI": _app("application_id", Right.RIGHT_APPLICATION_DEVICES_WRITE),
    # Access services: the method's own right here; rights being granted or taken away are
    # checked by the handler (server/identity/entity_access.py).
    **_access_rules("Application", "application", Right.RIGHT_APPLICATION_SETTINGS_API_KEYS,
                    Right.RIGHT_APPLICATION_SETTINGS_COLLABORATORS),
    **_access_rules("Organization", "organization", Right.RIGHT_ORGANIZATION_SETTINGS_API_KEYS,
                    Right.RIGHT_ORGANIZATION_SETTINGS_MEMBERS),
    **_access_rules("User", "user", Right.RIGHT_USER_SETTINGS_API_KEYS, None),
    "/ttn.lorawan.v3.EntityAccess/AuthInfo": Anyone(),
    **_ACCOUNT_RULES,
    **_END_DEVICE_RULES,
    **_GATEWAY_RULES,
}


# Field masks ---------------------------------------------------------------------------------
# Each entry names the message the mask selects in, and the paths of it the RPC does not accept.
_APPLICATION = "ttn.lorawan.v3.Application"
_ORGANIZATION = "ttn.lorawan.v3.Organization"
_USER = "ttn.lorawan.v3.User"
_API_KEY = "ttn.lorawan.v3.APIKey"

# The DevEUI counter is only changed by IssueDevEUI.
_APPLICATION_UPDATE_OMITS = frozenset({"dev_eui_counter"})
# Passwords are never read; the password is changed with UpdatePassword, and its timestamp by
# the server. The temporary password may be set by an admin through Update.
_USER_READ_OMITS = frozenset({"password", "temporary_password"})
_USER_UPDATE_OMITS = frozenset({"password", "password_updated_at"})

_POLICY: dict[str, tuple[str, frozenset[str]]] = {
    _APP + "Get": (_APPLICATION, frozenset()),
    _APP + "List": (_APPLICATION, frozenset()),
    _APP + "Update": (_APPLICATION, _APPLICATION_UPDATE_OMITS),
    "/ttn.lorawan.v3.ApplicationAccess/UpdateAPIKey": (_API_KEY, frozenset()),
    _ORG + "Get": (_ORGANIZATION, frozenset()),
    _ORG + "List": (_ORGANIZATION, frozenset()),
    _ORG + "Update": (_ORGANIZATION, frozenset()),
    "/ttn.lorawan.v3.OrganizationAccess/UpdateAPIKey": (_API_KEY, frozenset()),
    _USR + "Get": (_USER, _USER_READ_OMITS),
    _USR + "List": (_USER, _USER_READ_OMITS),
    _USR + "Update": (_USER, _USER_UPDATE_OMITS),
    "/ttn.lorawan.v3.UserAccess/UpdateAPIKey": (_API_KEY, frozenset()),
    "/ttn.lorawan.v3.GatewayAccess/UpdateAPIKey": (_API_KEY, frozenset()),
    # Gateways: every path of Gateway, for Get, List and Update alike.
    _GTW + "Get": ("ttn.lorawan.v3.Gateway", frozenset()),
    _GTW + "List": ("ttn.lorawan.v3.Gateway", frozenset()),
    _GTW + "Update": ("ttn.lorawan.v3.Gateway", frozenset()),
}


def field_masks() -> dict[str, frozenset[str]]:
    """The field-mask paths each Identity Server RPC with a mask accepts; the end-device ones
    are the Identity Server's paths of the ownership annotations (server/devices)."""
    pool = descriptor_pool.Default()
    allowed: dict[str, frozenset[str]] = {}
    for method, (entity, omitted) in _POLICY.items():
        paths = fieldmask.paths_of(pool.FindMessageTypeByName(entity))
        unknown = omitted.difference(paths)
        if unknown:
            raise LookupError(f"{method}: omitted paths {sorted(unknown)} are not paths of {entity}")
        allowed[method] = frozenset(paths).difference(omitted)
    allowed.update(device_field_masks.allowed("is"))
    return allowed
