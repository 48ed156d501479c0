"""Which rights each RPC needs: one table, enforced by the pipeline before any handler runs.

Every served method must have an entry (the pipeline refuses to start otherwise). Checks that
depend on the request's content beyond its identifiers (e.g. key fields in a field mask, or the
rights a new API key grants) stay in the handler, right after this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Protocol

from .auth import rights as R
from .auth.access import require_authenticated
from .errors import ErrorDefinition, Namespace, TTSError
from .events.service import check_stream_request, require_any
from .identity.accounts import ERR_NESTED_ORGANIZATIONS
from .identity.entities import check_blocklist
from .identity.public import public_field_paths

if TYPE_CHECKING:
    from .auth.access import Access, Auth

__all__ = ["Rule", "RULES", "OnEntity", "OnAccount", "Authenticated", "Admin", "Anyone"]

Right = R.Right
_is = Namespace("pkg/identityserver")
ERR_ADMINS_PURGE_APPLICATIONS = _is.permission_denied(
    "admins_purge_applications", "applications may only be purged by admins"
)


def field_at(message: Any, path: str) -> Any:
    for name in path.split("."):
        message = getattr(message, name)
    return message


class Rule(Protocol):
    async def check(self, access: "Access", auth: "Auth", request: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class Anyone:
    """No check here: the handler shows only what the caller may see."""

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        return None


@dataclass(frozen=True, slots=True)
class Authenticated:
    """A key, of an approved user if a user's (upstream ``RequireAuthenticated``)."""

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        require_authenticated(auth)


@dataclass(frozen=True, slots=True)
class Admin:
    error: ErrorDefinition

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if not auth.is_admin:
            raise self.error()


@dataclass(frozen=True, slots=True)
class OnEntity:
    """The caller holds ``rights`` on the entity whose ID is at ``id_path`` in the request.

    With ``public_paths``, an authenticated caller lacking the rights may still read when the
    request's field mask asks only for public fields (ids and timestamps are always public).
    Rights are held on live entities only (``Access.rights_on``); ``include_deleted`` lets a
    soft-deleted one count (Restore, as upstream checks its rights). ``authenticated``: the
    caller must be authenticated (``require_authenticated``) before anything else, or with
    ``authenticated_on_refusal`` only when the rights are refused (upstream's getUser: a pending
    or suspended user still reads their own profile).
    """

    kind: str
    id_path: str
    rights: tuple[int, ...]
    authenticated: bool = False
    public_paths: frozenset[str] = frozenset()
    include_deleted: bool = False
    authenticated_on_refusal: bool = False

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if self.authenticated:
            require_authenticated(auth)
        entity_id = field_at(request, self.id_path)
        try:
            held = await access.rights_on(auth, self.kind, entity_id, self.include_deleted)
            R.require(self.kind, entity_id, held, self.rights)
        except TTSError:
            if self.authenticated_on_refusal:
                require_authenticated(auth)
            if not (self.public_paths and self.public_paths.issuperset(request.field_mask.paths)):
                raise


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


# Device registries of the Join, Network and Application Server -------------------------------
# The method's own right; reading or writing key material (and, on the NS, reading queued
# downlinks) needs more, checked by the handlers (server/devices/).
def _device_registry_rules(service: str, *, reset: bool = False) -> dict[str, Rule]:
    prefix = f"/ttn.lorawan.v3.{service}EndDeviceRegistry/"
    read, write = (Right.RIGHT_APPLICATION_DEVICES_READ,), (Right.RIGHT_APPLICATION_DEVICES_WRITE,)
    rules: dict[str, Rule] = {
        prefix + "Get": OnEntity("application", "end_device_ids.application_ids.application_id", read),
        prefix + "Set": OnEntity("application", "end_device.ids.application_ids.application_id", write),
        prefix + "Delete": OnEntity("application", "application_ids.application_id", write),
    }
    if reset:
        rules[prefix + "ResetFactoryDefaults"] = OnEntity(
            "application", "end_device_ids.application_ids.application_id", write
        )
    return rules


_DEVICE_REGISTRY_RULES: dict[str, Rule] = {
    **_device_registry_rules("Js"),
    **_device_registry_rules("Ns", reset=True),
    **_device_registry_rules("As"),
}


# Events --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AnyRightsOnEach:
    """Some right (any) on the entity of every identifier in the request's ``identifiers``,
    a device's being its application's (upstream ``RequireAny``). ``first`` checks the request
    before any right, as upstream's events server does (identifiers present, names defined);
    it is a coroutine function."""

    first: Callable[[Any], Awaitable[Any]] | None = None

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if self.first is not None:
            await self.first(request)

        async def rights_on(kind: str, entity_id: str) -> frozenset[int]:
            return await access.rights_on(auth, kind, entity_id)

        await require_any(rights_on, request.identifiers)


_EVENTS = "/ttn.lorawan.v3.Events/"
_EVENT_RULES: dict[str, Rule] = {
    # Each event is then shown only to callers holding one of its visibility rights
    # (server/events/service.py).
    _EVENTS + "Stream": AnyRightsOnEach(first=check_stream_request),
    # Any caller; the events it may not see come back reduced to their public part.
    _EVENTS + "FindRelated": Anyone(),
}


# Application packages (Application Server) --------------------------------------------------
# Every method: RIGHT_APPLICATION_SETTINGS_PACKAGES on the application (upstream io/packages/grpc.go).
_PKG = "/ttn.lorawan.v3.ApplicationPackageRegistry/"
_PACKAGES = (Right.RIGHT_APPLICATION_SETTINGS_PACKAGES,)
_PACKAGE_RULES: dict[str, Rule] = {
    _PKG + method: OnEntity("application", path, _PACKAGES)
    for method, path in (
        ("List", "application_ids.application_id"),
        ("GetAssociation", "ids.end_device_ids.application_ids.application_id"),
        ("ListAssociations", "ids.application_ids.application_id"),
        ("SetAssociation", "association.ids.end_device_ids.application_ids.application_id"),
        ("DeleteAssociation", "end_device_ids.application_ids.application_id"),
        ("GetDefaultAssociation", "ids.application_ids.application_id"),
        ("ListDefaultAssociations", "ids.application_id"),
        ("SetDefaultAssociation", "default.ids.application_ids.application_id"),
        ("DeleteDefaultAssociation", "application_ids.application_id"),
    )
}


# Application Server: links, payload formatter test endpoints, MQTT info ----------------------
# Upstream pkg/applicationserver/grpc.go and io/grpc/grpc.go; GetLinkStats (always
# Unimplemented) and GetConfiguration check no rights there.
_LINK = "/ttn.lorawan.v3.As/"
_APP_AS = "/ttn.lorawan.v3.AppAs/"
_SETTINGS_BASIC = (Right.RIGHT_APPLICATION_SETTINGS_BASIC,)
_TRAFFIC_READ = (Right.RIGHT_APPLICATION_TRAFFIC_READ,)
_APPLICATION_SERVER_RULES: dict[str, Rule] = {
    _LINK + "GetLink": OnEntity("application", "application_ids.application_id", _SETTINGS_BASIC),
    _LINK + "SetLink": OnEntity("application", "application_ids.application_id", _SETTINGS_BASIC),
    _LINK + "DeleteLink": OnEntity("application", "application_id", _SETTINGS_BASIC),
    _LINK + "GetLinkStats": Anyone(),
    _LINK + "GetConfiguration": Anyone(),
    _APP_AS + "EncodeDownlink": OnEntity("application", "end_device_ids.application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "DecodeUplink": OnEntity("application", "end_device_ids.application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "DecodeDownlink": OnEntity("application", "end_device_ids.application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "GetMQTTConnectionInfo": OnEntity("application", "application_id", (Right.RIGHT_APPLICATION_INFO,)),
    _APP_AS + "DownlinkQueuePush": OnEntity("application", "end_device_ids.application_ids.application_id",
                                            (Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE,)),
    _APP_AS + "DownlinkQueueReplace": OnEntity("application", "end_device_ids.application_ids.application_id",
                                               (Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE,)),
    _APP_AS + "DownlinkQueueList": OnEntity("application", "application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "SimulateUplink": OnEntity("application", "end_device_ids.application_ids.application_id",
                                         (Right.RIGHT_APPLICATION_TRAFFIC_UP_WRITE,)),
}

@dataclass(frozen=True, slots=True)
class OnApplicationOf:
    """``rights`` on the application of the request's ``end_device_ids`` when set, else of its
    ``application_ids`` (the storage integration's requests name either)."""

    rights: tuple[int, ...]

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if request.HasField("end_device_ids"):
            entity_id = request.end_device_ids.application_ids.application_id
        else:
            entity_id = request.application_ids.application_id
        R.require("application", entity_id, await access.rights_on(auth, "application", entity_id), self.rights)


# Storage integration: RIGHT_APPLICATION_TRAFFIC_READ (TTI's docs: "Read application traffic").
_STORAGE = "/ttn.lorawan.v3.ApplicationUpStorage/"
_STORAGE_RULES: dict[str, Rule] = {
    _STORAGE + "GetStoredApplicationUp": OnApplicationOf(_TRAFFIC_READ),
    _STORAGE + "GetStoredApplicationUpCount": OnApplicationOf(_TRAFFIC_READ),
}


# Webhooks: upstream io/web/grpc_webhooks.go. Formats and templates check no rights there.
_WEBHOOKS = "/ttn.lorawan.v3.ApplicationWebhookRegistry/"
_WEBHOOK_SET = (Right.RIGHT_APPLICATION_SETTINGS_BASIC, Right.RIGHT_APPLICATION_TRAFFIC_READ,
                Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE)
_WEBHOOK_RULES: dict[str, Rule] = {
    _WEBHOOKS + "GetFormats": Anyone(),
    _WEBHOOKS + "GetTemplate": Anyone(),
    _WEBHOOKS + "ListTemplates": Anyone(),
    _WEBHOOKS + "Get": OnEntity("application", "ids.application_ids.application_id", _TRAFFIC_READ),
    _WEBHOOKS + "List": OnEntity("application", "application_ids.application_id", _TRAFFIC_READ),
    _WEBHOOKS + "Set": OnEntity("application", "webhook.ids.application_ids.application_id", _WEBHOOK_SET),
    _WEBHOOKS + "Delete": OnEntity("application", "application_ids.application_id", _WEBHOOK_SET),
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
    **_DEVICE_REGISTRY_RULES,
    **_GATEWAY_RULES,
    **_EVENT_RULES,
    **_PACKAGE_RULES,
    **_APPLICATION_SERVER_RULES,
    **_STORAGE_RULES,
    **_WEBHOOK_RULES,
}
