"""ApplicationAccess, OrganizationAccess, UserAccess: rights, API keys and collaborators.

The three services differ only in the entity they are about, so one implementation serves
them, configured by an :class:`EntityKind`. The pipeline has checked the method's own right
(``*_SETTINGS_API_KEYS`` or ``*_SETTINGS_COLLABORATORS``) before a handler runs; handlers then
check what depends on the request: a caller may only grant, or take away, rights they hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import identifiers_pb2, rights_pb2

from ..auth import rights as R
from ..auth.tokens import generate_api_key, hash_secret
from ..errors import ErrorDefinition, Namespace
from ..events import EventBus, EventDefinition, define
from ..pipeline import Call
from ..store import APIKeyRow, IDTaken, Membership, Store
from . import entities
from .accounts import ERR_ACCOUNT_NOT_FOUND, ERR_NESTED_ORGANIZATIONS, account_identifiers, collaborator_key

__all__ = [
    "EntityKind", "ApplicationAccess", "OrganizationAccess", "UserAccess", "GatewayAccess",
    "APPLICATION", "ORGANIZATION", "USER", "GATEWAY",
]

Right = R.Right
_store_errors = Namespace("pkg/identityserver/store")
ERR_API_KEY_NOT_FOUND = _store_errors.not_found(
    "api_key_not_found", "api key with id `{api_key_id}` not found", "entity_type", "entity_id"
)
ERR_MEMBERSHIP_NOT_FOUND = _store_errors.not_found(
    "membership_not_found",
    "membership of {account_type} account with id `{account_id}` on {entity_type} entity with id `{entity_id}` not found",
)
_is = Namespace("pkg/identityserver")


@dataclass(frozen=True)
class EntityKind:
    """What differs between the Access services: the entity, its rights and its events."""

    kind: str  # "application"
    ids_field: str  # field of the requests naming the entity: "application_ids"
    id_field: str  # "application_id"
    rights: frozenset[int]  # every right about this kind of entity
    all_right: int  # RIGHT_APPLICATION_ALL
    collaborators_right: int | None  # who may see collaborators' rights; None: no collaborators
    needs_collaborator: ErrorDefinition | None
    key_created: EventDefinition
    key_updated: EventDefinition
    key_deleted: EventDefinition
    collaborator_updated: EventDefinition | None = None
    collaborator_deleted: EventDefinition | None = None

    def ids(self, entity_id: str):
        ids = getattr(identifiers_pb2, _IDS_MESSAGE[self.kind])()
        setattr(ids, self.id_field, entity_id)
        return ids

    def entity_identifiers(self, entity_id: str) -> identifiers_pb2.EntityIdentifiers:
        out = identifiers_pb2.EntityIdentifiers()
        getattr(out, self.ids_field).CopyFrom(self.ids(entity_id))
        return out


_IDS_MESSAGE = {
    "application": "ApplicationIdentifiers",
    "organization": "OrganizationIdentifiers",
    "user": "UserIdentifiers",
    "gateway": "GatewayIdentifiers",
}


def _kind(kind: str, prefix: str, api_keys: int, collaborators: int | None, all_right: int,
          collaborator_visibility: tuple[int, ...] = ()) -> EntityKind:
    ids_field = f"{kind}_ids"
    return EntityKind(
        kind=kind,
        ids_field=ids_field,
        id_field=f"{kind}_id",
        rights=frozenset(n for n in R.ALL_RIGHTS if R.names([n])[0].startswith(prefix)),
        all_right=all_right,
        collaborators_right=collaborators,
        needs_collaborator=(
            _is.failed_precondition(f"{kind}_needs_collaborator",
                                    f"every {kind} needs at least one collaborator with all rights")
            if collaborators is not None else None
        ),
        key_created=define(f"{kind}.api-key.create", f"create {kind} API key", api_keys),
        key_updated=define(f"{kind}.api-key.update", f"update {kind} API key", api_keys),
        key_deleted=define(f"{kind}.api-key.delete", f"delete {kind} API key", api_keys),
        collaborator_updated=(
            define(f"{kind}.collaborator.update", f"update {kind} collaborator", collaborators, *collaborator_visibility)
            if collaborators is not None else None
        ),
        collaborator_deleted=(
            define(f"{kind}.collaborator.delete", f"delete {kind} collaborator", collaborators, *collaborator_visibility)
            if collaborators is not None else None
        ),
    )


APPLICATION = _kind("application", "RIGHT_APPLICATION_", Right.RIGHT_APPLICATION_SETTINGS_API_KEYS,
                    Right.RIGHT_APPLICATION_SETTINGS_COLLABORATORS, Right.RIGHT_APPLICATION_ALL,
                    (Right.RIGHT_USER_APPLICATIONS_LIST,))
ORGANIZATION = _kind("organization", "RIGHT_ORGANIZATION_", Right.RIGHT_ORGANIZATION_SETTINGS_API_KEYS,
                     Right.RIGHT_ORGANIZATION_SETTINGS_MEMBERS, Right.RIGHT_ORGANIZATION_ALL,
                     (Right.RIGHT_USER_ORGANIZATIONS_LIST,))
USER = _kind("user", "RIGHT_USER_", Right.RIGHT_USER_SETTINGS_API_KEYS, None, Right.RIGHT_USER_ALL)
GATEWAY = _kind("gateway", "RIGHT_GATEWAY_", Right.RIGHT_GATEWAY_SETTINGS_API_KEYS,
                Right.RIGHT_GATEWAY_SETTINGS_COLLABORATORS, Right.RIGHT_GATEWAY_ALL,
                (Right.RIGHT_USER_GATEWAYS_LIST,))

_API_KEY_ORDERS = {"api_key_id", "name", "created_at", "expires_at"}


def _sorted_rights(rights) -> list[int]:
    return sorted(set(rights))


def _members_sorted(members, order: str):
    descending = order.startswith("-")
    key = order.lstrip("-")
    if key == "rights":
        members.sort(key=lambda m: (len(rights_pb2.Rights.FromString(m.rights).rights), m.member_id), reverse=descending)
    else:
        members.sort(key=lambda m: m.member_id, reverse=descending)
    return members


class EntityAccessService:
    """The Access service of one kind of entity."""

    SERVICE = ""
    KIND: EntityKind

    def __init__(self, store: Store, bus: EventBus) -> None:
        self._store = store
        self._bus = bus

    # Helpers ---------------------------------------------------------------------------------
    def _entity_id(self, req) -> str:
        return getattr(getattr(req, self.KIND.ids_field), self.KIND.id_field)

    async def _require(self, call: Call, entity_id: str, rights) -> None:
        if rights:
            R.require(self.KIND.kind, entity_id, await call.rights_on(self.KIND.kind, entity_id), rights)

    async def _publish(self, definition: EventDefinition, entity_id: str, call: Call, data=None, extra_ids=()) -> None:
        identifiers = [self.KIND.entity_identifiers(entity_id), *extra_ids]
        await self._bus.publish(call.event(definition, identifiers, data))

    def _check_held(self, entity_id: str, held: frozenset[int], rights) -> None:
        """``_require`` with rights read before: pure, for the checks inside a store's write."""
        if rights:
            R.require(self.KIND.kind, entity_id, held, rights)

    def _check_key(self, entity_id: str, key_id: str, row: APIKeyRow | None) -> APIKeyRow:
        if row is None or row.entity_kind != self.KIND.kind or row.entity_id != entity_id:
            raise ERR_API_KEY_NOT_FOUND(api_key_id=key_id, entity_type=self.KIND.kind, entity_id=entity_id)
        return row

    async def _key_row(self, entity_id: str, key_id: str) -> APIKeyRow:
        return self._check_key(entity_id, key_id, await self._store.get_api_key(key_id) if key_id else None)

    @staticmethod
    def _key_of(row: APIKeyRow) -> rights_pb2.APIKey:
        key = rights_pb2.APIKey.FromString(row.data)
        key.ClearField("key")
        return key

    # Rights ----------------------------------------------------------------------------------
    async def ListRights(self, req, call: Call) -> rights_pb2.Rights:
        entity_id = getattr(req, self.KIND.id_field)
        held = await call.rights_on(self.KIND.kind, entity_id)
        return rights_pb2.Rights(rights=sorted(held & self.KIND.rights))

    # API keys --------------------------------------------------------------------------------
    async def CreateAPIKey(self, req, call: Call) -> rights_pb2.APIKey:
        entity_id = self._entity_id(req)
        await self._require(call, entity_id, _sorted_rights(req.rights))
        token, key_id, secret = generate_api_key()
        now = entities.now_ns()
        key = rights_pb2.APIKey(id=key_id, name=req.name, rights=_sorted_rights(req.rights))
        key.created_at.FromNanoseconds(now)
        key.updated_at.FromNanoseconds(now)
        expires_at = None
        if req.HasField("expires_at"):
            key.expires_at.CopyFrom(req.expires_at)
            expires_at = req.expires_at.ToNanoseconds()
        row = APIKeyRow(key_id, self.KIND.kind, entity_id, hash_secret(secret), key.name,
                        key.SerializeToString(), now, now, expires_at)
        try:
            await self._store.create_api_key(row)
        except IDTaken:  # 24 random bytes; practically never
            raise entities.ERR_ID_TAKEN() from None
        await self._publish(self.KIND.key_created, entity_id, call, key)
        key.key = token  # shown once
        return key

    async def ListAPIKeys(self, req, call: Call) -> rights_pb2.APIKeys:
        entity_id = self._entity_id(req)
        limit, offset = entities.page(req.limit, req.page)
        rows, total = await self._store.list_api_keys(self.KIND.kind, entity_id, order=req.order, limit=limit,
                                                      offset=offset)
        call.set_total(total)
        return rights_pb2.APIKeys(api_keys=[self._key_of(row) for row in rows])

    async def GetAPIKey(self, req, call: Call) -> rights_pb2.APIKey:
        return self._key_of(await self._key_row(self._entity_id(req), req.key_id))

    async def UpdateAPIKey(self, req, call: Call) -> rights_pb2.APIKey:
        entity_id = self._entity_id(req)
        key_id = req.api_key.id
        paths = list(req.field_mask.paths) or ["rights", "name"]
        # The caller's rights are read before; the key's, which the check compares them with,
        # in the store's write, where the change is decided on the key as stored.
        held = await call.rights_on(self.KIND.kind, entity_id) if req.api_key.rights else frozenset()
        now = entities.now_ns()
        written: list[rights_pb2.APIKey] = []

        def change(row: APIKeyRow | None) -> APIKeyRow | None:
            row = self._check_key(entity_id, key_id, row if key_id else None)
            key = self._key_of(row)
            if req.api_key.rights:
                new, old = set(req.api_key.rights), set(key.rights)
                self._check_held(entity_id, held, sorted(new - old))
                self._check_held(entity_id, held, sorted(old - new))
            if not req.api_key.rights and "rights" in paths:
                return None  # no rights left: the key goes
            if "name" in paths:
                key.name = req.api_key.name
            if "rights" in paths:
                del key.rights[:]
                key.rights.extend(_sorted_rights(req.api_key.rights))
            expires_at = row.expires_at
            if "expires_at" in paths:
                key.ClearField("expires_at")
                expires_at = None
                if req.api_key.HasField("expires_at"):
                    key.expires_at.CopyFrom(req.api_key.expires_at)
                    expires_at = req.api_key.expires_at.ToNanoseconds()
            key.updated_at.FromNanoseconds(now)
            written.append(key)
            return APIKeyRow(row.id, row.entity_kind, row.entity_id, row.secret_hash, key.name,
                             key.SerializeToString(), row.created_at, now, expires_at)

        await self._store.update_api_key(key_id, change)
        if not written:
            await self._publish(self.KIND.key_deleted, entity_id, call)
            return rights_pb2.APIKey()
        await self._publish(self.KIND.key_updated, entity_id, call, written[0])
        return written[0]

    async def DeleteAPIKey(self, req, call: Call) -> empty_pb2.Empty:
        entity_id = self._entity_id(req)
        row = await self._key_row(entity_id, req.key_id)
        await self._store.delete_api_key(row.id)
        await self._publish(self.KIND.key_deleted, entity_id, call)
        return empty_pb2.Empty()

    # Collaborators ---------------------------------------------------------------------------
    async def _member_rights(self, entity_id: str, member_kind: str, member_id: str) -> rights_pb2.Rights | None:
        member = await self._store.get_membership(self.KIND.kind, entity_id, member_kind, member_id)
        return None if member is None else rights_pb2.Rights.FromString(member.rights)

    def _membership_not_found(self, entity_id: str, member_kind: str, member_id: str):
        return ERR_MEMBERSHIP_NOT_FOUND(account_type=member_kind, account_id=member_id,
                                        entity_type=self.KIND.kind, entity_id=entity_id)

    async def GetCollaborator(self, req, call: Call) -> rights_pb2.GetCollaboratorResponse:
        entity_id = self._entity_id(req)
        member_kind, member_id = collaborator_key(req.collaborator)
        rights = await self._member_rights(entity_id, member_kind, member_id)
        if rights is None:
            raise self._membership_not_found(entity_id, member_kind, member_id)
        return rights_pb2.GetCollaboratorResponse(ids=req.collaborator, rights=rights.rights)

    # Set and Delete decide inside the store's write (``change_membership``), on the memberships
    # as stored: two owners taking away each other's rights cannot both succeed.
    def _check_owner_remains(self, members: list[Membership], member_kind: str, member_id: str) -> None:
        """Another member than this one keeps all rights on the entity."""
        for member in members:
            if (member.member_kind, member.member_id) == (member_kind, member_id):
                continue
            if self.KIND.all_right in R.implied(rights_pb2.Rights.FromString(member.rights).rights):
                return
        raise self.KIND.needs_collaborator()

    async def SetCollaborator(self, req, call: Call) -> empty_pb2.Empty:
        entity_id = self._entity_id(req)
        collaborator = req.collaborator
        member_kind, member_id = collaborator_key(collaborator.ids)
        if self.KIND.kind == "organization" and member_kind == "organization":
            raise ERR_NESTED_ORGANIZATIONS()
        if collaborator.rights and await self._store.get_entity(member_kind, member_id) is None:
            raise ERR_ACCOUNT_NOT_FOUND(account_type=member_kind, account_id=member_id)
        held = await call.rights_on(self.KIND.kind, entity_id)
        new = R.implied(collaborator.rights)
        stored = rights_pb2.Rights(rights=_sorted_rights(collaborator.rights)).SerializeToString()

        def change(current: Membership | None, members: list[Membership]) -> bytes | None:
            old = R.implied(rights_pb2.Rights.FromString(current.rights).rights) if current is not None else frozenset()
            self._check_held(entity_id, held, sorted(new - old))
            if new and old - new:
                self._check_held(entity_id, held, sorted(old - new))
            if self.KIND.all_right in old - new:
                self._check_owner_remains(members, member_kind, member_id)
            return stored if collaborator.rights else None

        await self._store.change_membership(self.KIND.kind, entity_id, member_kind, member_id, change,
                                            now=entities.now_ns())
        if not collaborator.rights:
            await self._publish(self.KIND.collaborator_deleted, entity_id, call,
                                extra_ids=[_entity_ids_of(collaborator.ids)])
        else:
            await self._publish(self.KIND.collaborator_updated, entity_id, call, collaborator,
                                extra_ids=[_entity_ids_of(collaborator.ids)])
        return empty_pb2.Empty()

    async def ListCollaborators(self, req, call: Call) -> rights_pb2.Collaborators:
        entity_id = self._entity_id(req)
        held = await call.rights_on(self.KIND.kind, entity_id)
        public_only = self.KIND.collaborators_right not in held
        members = _members_sorted(await self._store.list_members(self.KIND.kind, entity_id), req.order)
        call.set_total(len(members))
        limit, offset = entities.page(req.limit, req.page)
        out = rights_pb2.Collaborators()
        for member in members[offset:offset + limit]:
            collaborator = out.collaborators.add()
            collaborator.ids.CopyFrom(account_identifiers(member.member_kind, member.member_id))
            if not public_only:
                collaborator.rights.extend(rights_pb2.Rights.FromString(member.rights).rights)
        return out

    async def DeleteCollaborator(self, req, call: Call) -> empty_pb2.Empty:
        entity_id = self._entity_id(req)
        member_kind, member_id = collaborator_key(req.collaborator_ids)

        def remove(current: Membership | None, members: list[Membership]) -> None:
            if current is None:
                raise self._membership_not_found(entity_id, member_kind, member_id)
            if self.KIND.all_right in R.implied(rights_pb2.Rights.FromString(current.rights).rights):
                self._check_owner_remains(members, member_kind, member_id)
            return None

        await self._store.change_membership(self.KIND.kind, entity_id, member_kind, member_id, remove,
                                            now=entities.now_ns())
        await self._publish(self.KIND.collaborator_deleted, entity_id, call,
                            extra_ids=[_entity_ids_of(req.collaborator_ids)])
        return empty_pb2.Empty()


def _entity_ids_of(ids: identifiers_pb2.OrganizationOrUserIdentifiers) -> identifiers_pb2.EntityIdentifiers:
    out = identifiers_pb2.EntityIdentifiers()
    if ids.WhichOneof("ids") == "organization_ids":
        out.organization_ids.CopyFrom(ids.organization_ids)
    else:
        out.user_ids.CopyFrom(ids.user_ids)
    return out


class ApplicationAccess(EntityAccessService):
    SERVICE = "ttn.lorawan.v3.ApplicationAccess"
    KIND = APPLICATION


class OrganizationAccess(EntityAccessService):
    SERVICE = "ttn.lorawan.v3.OrganizationAccess"
    KIND = ORGANIZATION


class UserAccess(EntityAccessService):
    SERVICE = "ttn.lorawan.v3.UserAccess"
    KIND = USER  # users have no collaborators; their service has no such methods


class GatewayAccess(EntityAccessService):
    SERVICE = "ttn.lorawan.v3.GatewayAccess"
    KIND = GATEWAY
