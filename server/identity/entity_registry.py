"""What the registries of applications, organizations, users and gateways share.

Upstream writes ``createApplication``, ``createOrganization``, ``createGateway``… as near copies;
here one :class:`EntityRegistry` holds that shape and a :class:`RegistryKind` says what differs
in data (message types, request field names, the not-found error, events, public fields, list
orders). A subclass only adds what is its own, through the hooks ``_prepare_create``,
``_prepare_update``, ``_check_delete``, ``_check_purge`` and ``_answer``, the row writers
``_create_row``, ``_update_row``, ``_change`` and ``_restore_row`` (gateways keep an indexed
EUI), or by replacing an RPC.

The shape:

* Create: under a collaborator (user or organization), who becomes a member with RIGHT_ALL in
  the transaction that stores the entity; contacts default to the collaborator and may name
  nobody else.
* Get: the masked fields plus ``ids`` and the timestamps.
* List: the entities the collaborator is a member of (by default the caller's own account, then
  also through its organizations when ``indirect``), paged, ``X-Total-Count``; an entry the
  caller holds no INFO right on is reduced to its public fields.
* Update: the masked fields (ids and timestamps stripped; an empty mask only touches
  ``updated_at``; ``contact_info`` dropped with a warning); the answer has the masked fields.
  The mask is applied to the entity as stored, inside the store's write (``update_entity``),
  so concurrent updates of different fields all land.
* Delete (soft), Restore (within the restore window), Purge (rights: the rules table).

Rights are checked by the pipeline (server/identity/rules.py) before these handlers run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from google.protobuf import empty_pb2
from google.protobuf.message import Message

from ttn.lorawan.v3 import identifiers_pb2, rights_pb2

from .. import fieldmask
from ..auth import rights as R
from ..errors import ErrorDefinition, Namespace
from ..events import EventBus, EventDefinition, define
from ..pipeline import Call
from ..store import ORDER_COLUMNS, Entity, EntityChange, IDTaken, Member, Store
from . import entities
from .accounts import caller_account, collaborator_key
from .public import public_safe
from .views import Views

__all__ = ["RegistryKind", "RegistryEvents", "define_events", "EntityRegistry", "ERR_CONTACT_NO_COLLABORATOR"]

ERR_CONTACT_NO_COLLABORATOR = Namespace("pkg/identityserver").invalid_argument(
    "contact_no_collaborator", "contact `{contact}` is not a collaborator"
)
CONTACT_INFO_WARNING = "Contact info is deprecated and will be removed in the next major release"
_CONTACTS = ("administrative_contact", "technical_contact")


def _whole_contacts(paths: list[str]) -> list[str]:
    """A path into a contact selects the whole contact (upstream ``FlattenPaths``)."""
    out: list[str] = []
    for path in paths:
        head = path.partition(".")[0]
        path = head if head in _CONTACTS else path
        if path not in out:
            out.append(path)
    return out
_TIMESTAMPS = ("created_at", "updated_at", "deleted_at")
_RIGHTS_ALL = rights_pb2.Rights(rights=[R.Right.RIGHT_ALL]).SerializeToString()


@dataclass(frozen=True)
class RegistryEvents:
    create: EventDefinition
    update: EventDefinition
    delete: EventDefinition
    restore: EventDefinition
    purge: EventDefinition


def define_events(kind: str, *visibility: int) -> RegistryEvents:
    """``<kind>.create`` … ``<kind>.purge``, as upstream names and describes them."""
    return RegistryEvents(
        *(define(f"{kind}.{verb}", f"{verb} {kind}", *visibility) for verb in ("create", "update", "delete", "restore", "purge"))
    )


@dataclass(frozen=True)
class RegistryKind:
    """What differs, in data, between the registries of two kinds of entity."""

    kind: str  # store kind: "application"
    message: type  # application_pb2.Application
    list_message: type  # application_pb2.Applications
    list_field: str  # its repeated field: "applications"
    entity_field: str  # Create/Update request field holding the entity: "application"
    ids_field: str  # Get request field with the identifiers, and EntityIdentifiers member: "application_ids"
    id_field: str  # "application_id"
    not_found: ErrorDefinition  # pkg/identityserver/store:<kind>_not_found, attribute <id_field>
    events: RegistryEvents
    info_right: int  # without it, List entries (and Get answers) show public fields only
    public_paths: frozenset[str]
    order: Mapping[str, str]  # list order names that are not the store's: {"application_id": "id"}
    indirect: bool = False  # List without a collaborator also follows the caller's organizations
    contacts: bool = True  # has administrative_contact/technical_contact, kept to collaborators
    public_get: bool = False  # the rules let Get through without info_right for public fields

    def entity_identifiers(self, entity_id: str) -> identifiers_pb2.EntityIdentifiers:
        ids = identifiers_pb2.EntityIdentifiers()
        setattr(getattr(ids, self.ids_field), self.id_field, entity_id)
        return ids


class EntityRegistry:
    """The registry RPCs of one kind of entity. Subclasses set ``SERVICE`` and ``SPEC``."""

    SERVICE = ""
    SPEC: RegistryKind

    def __init__(self, store: Store, bus: EventBus) -> None:
        self._store = store
        self._bus = bus
        self._views: Views[Any] = Views(self._from_row)

    # Helpers ---------------------------------------------------------------------------------
    async def _publish(self, definition: EventDefinition, entity_id: str, call: Call, data: Any = None) -> None:
        await self._bus.publish(call.event(definition, [self.SPEC.entity_identifiers(entity_id)], data))

    def _not_found(self, entity_id: str):
        return self.SPEC.not_found(**{self.SPEC.id_field: entity_id})

    def _from_row(self, row: Entity) -> Any:
        return entities.with_row_times(self.SPEC.message.FromString(row.data), row)

    async def _row(self, entity_id: str, *, include_deleted: bool = False) -> Entity:
        row = await self._store.get_entity(self.SPEC.kind, entity_id, include_deleted=include_deleted)
        if row is None:
            raise self._not_found(entity_id)
        return row

    async def _load(self, entity_id: str, *, include_deleted: bool = False) -> Any:
        return self._from_row(await self._row(entity_id, include_deleted=include_deleted))

    async def _create_row(self, entity_id: str, entity: Message, member: Member | None = None) -> Entity:
        """Store a new entity (its timestamps come from the row) and, in the same transaction,
        the membership of its creator (``member``); the ID must be free."""
        for field in _TIMESTAMPS:
            entity.ClearField(field)
        try:
            return await self._store.create_entity(
                self.SPEC.kind, entity_id, entity.SerializeToString(), name=entity.name,  # type: ignore[attr-defined]
                now=entities.now_ns(), member=member,
            )
        except IDTaken:
            raise entities.ERR_ID_TAKEN() from None

    def _change(self, entity: Any) -> EntityChange:
        """What an update of ``entity`` (timestamps cleared) writes. Runs in the store's write."""
        return EntityChange(entity.SerializeToString(), entity.name)

    async def _update_row(
        self, entity_id: str, fn: Callable[[Entity | None], EntityChange | None], now: int
    ) -> Entity | None:
        """Read-modify-write of a live entity with ``fn`` (see ``Store.update_entity``)."""
        return await self._store.update_entity(self.SPEC.kind, entity_id, fn, now=now)

    async def _restore_row(self, entity_id: str, now: int) -> None:
        """Undo the soft delete of an entity."""
        await self._store.restore_entity(self.SPEC.kind, entity_id, now=now)

    async def _page(self, req: Any, ids: Sequence[str] | None) -> tuple[list[Entity], int]:
        """One page of a List request (``order``, ``limit``, ``page``, ``deleted``) and the total.

        Orders on a store column are the store's; on any other field of the message (users by
        ``state``, say) the rows are sorted here, ties broken by ID as the store does.
        """
        spec = self.SPEC
        limit, offset = entities.page(req.limit, req.page)
        descending = req.order.startswith("-")
        name = req.order[1:] if descending else req.order
        column = spec.order.get(name, name)
        if not column or column in ORDER_COLUMNS:
            order = "-" + column if descending and column else column
            return await self._store.list_entities(
                spec.kind, ids=ids, deleted=req.deleted, order=order, limit=limit, offset=offset
            )
        rows, total = await self._store.list_entities(spec.kind, ids=ids, deleted=req.deleted)
        value = {row.id: getattr(spec.message.FromString(row.data), column) for row in rows}
        rows.sort(key=lambda row: value[row.id], reverse=descending)  # stable: ties stay by ID
        return rows[offset:offset + limit], total

    # Hooks -----------------------------------------------------------------------------------
    async def _prepare_create(self, req: Any, entity: Any, call: Call) -> None:
        """Adjust or refuse a new entity before it is stored."""

    async def _prepare_update(self, req: Any, entity: Any, paths: list[str], call: Call) -> list[str]:
        """Adjust or refuse an update; returns the paths to write (ids/timestamps already stripped)."""
        return paths

    async def _check_delete(self, entity_id: str) -> None:
        """Refuse a soft delete of an existing entity."""

    async def _check_purge(self, entity_id: str) -> None:
        """Refuse a purge of an existing (or soft-deleted) entity."""

    def _answer(self, entity: Any) -> Any:
        """The Create/Update answer: remove what is never returned."""
        return entity

    # RPCs ------------------------------------------------------------------------------------
    async def Create(self, req: Any, call: Call) -> Any:
        spec = self.SPEC
        entity = getattr(req, spec.entity_field)
        entity_id = getattr(entity.ids, spec.id_field)
        if spec.contacts:
            for contact in _CONTACTS:
                if not entity.HasField(contact):
                    getattr(entity, contact).CopyFrom(req.collaborator)
                elif collaborator_key(getattr(entity, contact)) != collaborator_key(req.collaborator):
                    raise ERR_CONTACT_NO_COLLABORATOR(contact=collaborator_key(getattr(entity, contact))[1])
        await self._prepare_create(req, entity, call)
        row = await self._create_row(entity_id, entity, (*collaborator_key(req.collaborator), _RIGHTS_ALL))
        await self._publish(spec.events.create, entity_id, call)
        return self._answer(entities.with_row_times(entity, row))

    async def Get(self, req: Any, call: Call) -> Any:
        spec = self.SPEC
        entity_id = getattr(getattr(req, spec.ids_field), spec.id_field)
        requested = tuple(req.field_mask.paths[:])  # read once: each read builds new strings
        out = self._views.of(await self._row(entity_id), requested)
        # Without the INFO right the rules let only public paths through, so the answer holds
        # public fields already; but contact_info is public entry by entry.
        if spec.public_get and "contact_info" in requested:  # a leaf path: no sub-paths to look for
            if spec.info_right not in await call.rights_on(spec.kind, entity_id):
                out = public_safe(out, spec.public_paths)
        return out

    async def List(self, req: Any, call: Call) -> Any:
        spec = self.SPEC
        collaborator = req.collaborator if req.HasField("collaborator") else caller_account(call.auth)
        if collaborator is None:  # an application key, say: member of nothing
            return spec.list_message()
        member_kind, member_id = collaborator_key(collaborator)
        entity_ids = {m.entity_id for m in await self._store.list_memberships(member_kind, member_id, spec.kind)}
        if spec.indirect and member_kind == "user" and not req.HasField("collaborator"):  # through organizations
            for org in await self._store.list_memberships("user", member_id, "organization"):
                if await self._store.get_entity("organization", org.entity_id) is None:
                    continue  # a deleted organization passes nothing on
                entity_ids |= {m.entity_id for m in await self._store.list_memberships("organization", org.entity_id, spec.kind)}
        rows, total = await self._page(req, sorted(entity_ids))
        call.set_total(total)
        requested = tuple(req.field_mask.paths[:])
        out = spec.list_message()
        items = getattr(out, spec.list_field)
        for row in rows:
            entity = self._views.of(row, requested)
            if spec.info_right not in await call.rights_on(spec.kind, row.id, req.deleted):  # rows listed are there
                entity = public_safe(entity, spec.public_paths)
            items.append(entity)
        return out

    async def Update(self, req: Any, call: Call) -> Any:
        spec = self.SPEC
        entity = getattr(req, spec.entity_field)
        entity_id = getattr(entity.ids, spec.id_field)
        paths = entities.update_paths(list(req.field_mask.paths))
        if fieldmask.has_any(paths, "contact_info"):
            call.warn(CONTACT_INFO_WARNING)
            paths = fieldmask.exclude(paths, "contact_info")
        if spec.contacts:
            paths = _whole_contacts(paths)
            for contact in _CONTACTS:  # a contact given in the request must be a collaborator, masked or not
                if entity.HasField(contact):
                    kind, member_id = collaborator_key(getattr(entity, contact))
                    if await self._store.get_membership(spec.kind, entity_id, kind, member_id) is None:
                        raise ERR_CONTACT_NO_COLLABORATOR(contact=member_id)
        paths = await self._prepare_update(req, entity, paths, call)
        written: list[Any] = []

        def change(row: Entity | None) -> EntityChange:
            # In the store's write: the masked paths go onto the entity as it is stored now.
            if row is None:
                raise self._not_found(entity_id)
            updated = spec.message.FromString(row.data)
            fieldmask.copy_paths(updated, entity, paths)
            for field in _TIMESTAMPS:
                updated.ClearField(field)
            written.append(updated)
            return self._change(updated)

        row = await self._update_row(entity_id, change, entities.now_ns())
        if row is None:
            raise self._not_found(entity_id)
        await self._publish(spec.events.update, entity_id, call, paths or ["updated_at"])
        answer = entities.with_row_times(written[-1], row)
        return self._answer(fieldmask.filter_message(answer, entities.get_paths(paths)))

    async def Delete(self, req: Any, call: Call) -> empty_pb2.Empty:
        spec = self.SPEC
        entity_id = getattr(req, spec.id_field)
        if await self._store.get_entity(spec.kind, entity_id) is None:
            raise self._not_found(entity_id)
        await self._check_delete(entity_id)
        await self._store.delete_entity(spec.kind, entity_id, now=entities.now_ns())
        await self._publish(spec.events.delete, entity_id, call)
        return empty_pb2.Empty()

    async def Restore(self, req: Any, call: Call) -> empty_pb2.Empty:
        spec = self.SPEC
        entity_id = getattr(req, spec.id_field)
        row = await self._store.get_entity(spec.kind, entity_id, include_deleted=True)
        if row is None or row.deleted_at is None:
            raise self._not_found(entity_id)
        now = entities.now_ns()
        if now - row.deleted_at > entities.RESTORE_WINDOW_NS:
            raise entities.ERR_RESTORE_WINDOW_EXPIRED()
        await self._restore_row(entity_id, now)
        await self._publish(spec.events.restore, entity_id, call)
        return empty_pb2.Empty()

    async def Purge(self, req: Any, call: Call) -> empty_pb2.Empty:
        spec = self.SPEC
        entity_id = getattr(req, spec.id_field)
        if await self._store.get_entity(spec.kind, entity_id, include_deleted=True) is None:
            raise self._not_found(entity_id)
        await self._check_purge(entity_id)
        await self._store.purge_entity(spec.kind, entity_id)
        await self._publish(spec.events.purge, entity_id, call)
        return empty_pb2.Empty()
