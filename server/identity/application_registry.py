"""ApplicationRegistry: create, read, list, update, delete, restore, purge, issue DevEUIs.

Rights are checked by the pipeline (server/rules.py) before these handlers run.
"""

from __future__ import annotations

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import application_pb2, identifiers_pb2, rights_pb2

from .. import fieldmask
from ..auth import rights as R
from ..errors import Namespace
from ..events import EventBus, define
from ..pipeline import Call
from ..store import IDTaken, Store
from . import entities
from .accounts import caller_account, collaborator_key
from .dev_eui import DevEUIIssuer

__all__ = ["ApplicationRegistry"]

Right = R.Right
KIND = "application"

_store_errors = Namespace("pkg/identityserver/store")
ERR_APPLICATION_NOT_FOUND = _store_errors.not_found(
    "application_not_found", "application with id `{application_id}` not found"
)
_is = Namespace("pkg/identityserver")
ERR_APPLICATION_HAS_DEVICES = _is.failed_precondition(
    "application_has_devices", "application still has `{count}` devices"
)
ERR_CONTACT_NO_COLLABORATOR = _is.invalid_argument("contact_no_collaborator", "contact `{contact}` is not a collaborator")

_INFO = (Right.RIGHT_APPLICATION_INFO,)
EVT_CREATE = define("application.create", "create application", *_INFO)
EVT_UPDATE = define("application.update", "update application", *_INFO)
EVT_DELETE = define("application.delete", "delete application", *_INFO)
EVT_RESTORE = define("application.restore", "restore application", *_INFO)
EVT_PURGE = define("application.purge", "purge application", *_INFO)
EVT_ISSUE_DEV_EUI = define("application.issue_dev_eui", "issue DevEUI for application", *_INFO)

# Fields anyone authenticated may read (upstream ``PublicApplicationFields``).
PUBLIC_PATHS = frozenset({"ids", "created_at", "updated_at", "deleted_at", "administrative_contact", "technical_contact"})
_ORDER = {"application_id": "id"}


def _entity_ids(app_id: str) -> identifiers_pb2.EntityIdentifiers:
    return identifiers_pb2.EntityIdentifiers(application_ids=identifiers_pb2.ApplicationIdentifiers(application_id=app_id))


def _public_safe(app: application_pb2.Application) -> application_pb2.Application:
    return fieldmask.filter_message(app, PUBLIC_PATHS)


class ApplicationRegistry:
    SERVICE = "ttn.lorawan.v3.ApplicationRegistry"

    def __init__(self, store: Store, bus: EventBus, dev_euis: DevEUIIssuer, count_devices) -> None:
        self._store = store
        self._bus = bus
        self._dev_euis = dev_euis
        self._count_devices = count_devices

    async def _publish(self, definition, app_id: str, call: Call, data=None) -> None:
        await self._bus.publish(
            definition.new([_entity_ids(app_id)], data, correlation_ids=call.correlation(),
                           authentication=call.event_authentication(), remote_ip=call.remote_ip,
                           user_agent=call.user_agent)
        )

    async def _load(self, app_id: str, *, include_deleted: bool = False) -> application_pb2.Application:
        row = await self._store.get_entity(KIND, app_id, include_deleted=include_deleted)
        if row is None:
            raise ERR_APPLICATION_NOT_FOUND(application_id=app_id)
        return entities.with_row_times(application_pb2.Application.FromString(row.data), row)

    async def Create(self, req: application_pb2.CreateApplicationRequest, call: Call) -> application_pb2.Application:
        app = req.application
        app_id = app.ids.application_id
        entities.check_blocklist(app_id)
        for contact in ("administrative_contact", "technical_contact"):
            if not app.HasField(contact):
                getattr(app, contact).CopyFrom(req.collaborator)
            elif collaborator_key(getattr(app, contact)) != collaborator_key(req.collaborator):
                raise ERR_CONTACT_NO_COLLABORATOR(contact=collaborator_key(getattr(app, contact))[1])
        app.dev_eui_counter = 0
        for field in ("created_at", "updated_at", "deleted_at"):
            app.ClearField(field)
        now = entities.now_ns()
        try:
            row = await self._store.create_entity(KIND, app_id, app.SerializeToString(), name=app.name, now=now)
        except IDTaken:
            raise entities.ERR_ID_TAKEN() from None
        member_kind, member_id = collaborator_key(req.collaborator)
        await self._store.set_membership(
            KIND, app_id, member_kind, member_id,
            rights_pb2.Rights(rights=[Right.RIGHT_ALL]).SerializeToString(), now=now,
        )
        await self._publish(EVT_CREATE, app_id, call)
        return entities.with_row_times(app, row)

    async def Get(self, req: application_pb2.GetApplicationRequest, call: Call) -> application_pb2.Application:
        app = await self._load(req.application_ids.application_id)
        return fieldmask.filter_message(app, entities.get_paths(list(req.field_mask.paths)))

    async def List(self, req: application_pb2.ListApplicationsRequest, call: Call) -> application_pb2.Applications:
        collaborator = req.collaborator if req.HasField("collaborator") else caller_account(call.auth)
        if collaborator is None:
            return application_pb2.Applications()
        member_kind, member_id = collaborator_key(collaborator)
        app_ids = {m.entity_id for m in await self._store.list_memberships(member_kind, member_id, KIND)}
        if member_kind == "user" and not req.HasField("collaborator"):  # indirect, through organizations
            for org in await self._store.list_memberships("user", member_id, "organization"):
                app_ids |= {m.entity_id for m in await self._store.list_memberships("organization", org.entity_id, KIND)}
        limit, offset = entities.page(req.limit, req.page)
        order = req.order
        for name, column in _ORDER.items():
            order = order.replace(name, column)
        rows, total = await self._store.list_entities(
            KIND, ids=sorted(app_ids), deleted=req.deleted, order=order, limit=limit, offset=offset
        )
        call.set_total(total)
        paths = entities.get_paths(list(req.field_mask.paths))
        out = application_pb2.Applications()
        for row in rows:
            app = fieldmask.filter_message(
                entities.with_row_times(application_pb2.Application.FromString(row.data), row), paths
            )
            if Right.RIGHT_APPLICATION_INFO not in await call.rights_on(KIND, row.id):
                app = _public_safe(app)
            out.applications.append(app)
        return out

    async def Update(self, req: application_pb2.UpdateApplicationRequest, call: Call) -> application_pb2.Application:
        app_id = req.application.ids.application_id
        paths = entities.update_paths(list(req.field_mask.paths))
        if fieldmask.has_any(paths, "contact_info"):
            call.warn("Contact info is deprecated and will be removed in the next major release")
            paths = fieldmask.exclude(paths, "contact_info")
        for contact in ("administrative_contact", "technical_contact"):
            if fieldmask.has_any(paths, contact) and req.application.HasField(contact):
                kind, member_id = collaborator_key(getattr(req.application, contact))
                if await self._store.get_membership(KIND, app_id, kind, member_id) is None:
                    raise ERR_CONTACT_NO_COLLABORATOR(contact=member_id)
        current = await self._load(app_id)
        updated = application_pb2.Application()
        updated.CopyFrom(current)
        fieldmask.copy_paths(updated, req.application, paths)
        for field in ("created_at", "updated_at", "deleted_at"):
            updated.ClearField(field)
        row = await self._store.update_entity(
            KIND, app_id, updated.SerializeToString(), name=updated.name, now=entities.now_ns()
        )
        if row is None:
            raise ERR_APPLICATION_NOT_FOUND(application_id=app_id)
        await self._publish(EVT_UPDATE, app_id, call, paths or ["updated_at"])
        return fieldmask.filter_message(entities.with_row_times(updated, row), entities.get_paths(paths))

    async def _refuse_if_devices(self, app_id: str) -> None:
        count = await self._count_devices(app_id)
        if count:
            raise ERR_APPLICATION_HAS_DEVICES(count=count)

    async def Delete(self, req: identifiers_pb2.ApplicationIdentifiers, call: Call) -> empty_pb2.Empty:
        app_id = req.application_id
        await self._load(app_id)
        await self._refuse_if_devices(app_id)
        await self._store.delete_entity(KIND, app_id, now=entities.now_ns())
        await self._publish(EVT_DELETE, app_id, call)
        return empty_pb2.Empty()

    async def Restore(self, req: identifiers_pb2.ApplicationIdentifiers, call: Call) -> empty_pb2.Empty:
        app_id = req.application_id
        row = await self._store.get_entity(KIND, app_id, include_deleted=True)
        if row is None or row.deleted_at is None:
            raise ERR_APPLICATION_NOT_FOUND(application_id=app_id)
        now = entities.now_ns()
        if now - row.deleted_at > entities.RESTORE_WINDOW_NS:
            raise entities.ERR_RESTORE_WINDOW_EXPIRED()
        await self._store.restore_entity(KIND, app_id, now=now)
        await self._publish(EVT_RESTORE, app_id, call)
        return empty_pb2.Empty()

    async def Purge(self, req: identifiers_pb2.ApplicationIdentifiers, call: Call) -> empty_pb2.Empty:
        app_id = req.application_id
        if await self._store.get_entity(KIND, app_id, include_deleted=True) is None:
            raise ERR_APPLICATION_NOT_FOUND(application_id=app_id)
        await self._refuse_if_devices(app_id)
        await self._store.purge_entity(KIND, app_id)
        await self._publish(EVT_PURGE, app_id, call)
        return empty_pb2.Empty()

    async def IssueDevEUI(self, req: identifiers_pb2.ApplicationIdentifiers, call: Call) -> application_pb2.IssueDevEUIResponse:
        app_id = req.application_id
        await self._load(app_id)
        dev_eui = await self._dev_euis.issue(app_id)
        await self._publish(EVT_ISSUE_DEV_EUI, app_id, call)
        return application_pb2.IssueDevEUIResponse(dev_eui=dev_eui)
