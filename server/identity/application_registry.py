"""ApplicationRegistry: the shared registry shape (entity_registry.py), plus DevEUIs and devices.

Rights are checked by the pipeline (server/identity/rules.py) before these handlers run.
"""

from __future__ import annotations

from ttn.lorawan.v3 import application_pb2, identifiers_pb2

from ..auth import rights as R
from ..errors import Namespace
from ..events import EventBus, define
from ..pipeline import Call
from ..store import Store
from .dev_eui import DevEUIIssuer
from .entities import ERR_APPLICATION_NOT_FOUND
from .entity_registry import ERR_CONTACT_NO_COLLABORATOR, EntityRegistry, RegistryKind, define_events
from .public import PUBLIC_PATHS as _PUBLIC

__all__ = ["ApplicationRegistry", "ERR_APPLICATION_NOT_FOUND", "ERR_APPLICATION_HAS_DEVICES", "ERR_CONTACT_NO_COLLABORATOR"]

Right = R.Right
KIND = "application"

ERR_APPLICATION_HAS_DEVICES = Namespace("pkg/identityserver").failed_precondition(
    "application_has_devices", "application still has `{count}` devices"
)

_INFO = (Right.RIGHT_APPLICATION_INFO,)
EVENTS = define_events(KIND, *_INFO)
EVT_ISSUE_DEV_EUI = define("application.issue_dev_eui", "issue DevEUI for application", *_INFO)

# Fields anyone authenticated may read (upstream ``PublicApplicationFields``).
PUBLIC_PATHS = _PUBLIC[KIND]

SPEC = RegistryKind(
    kind=KIND,
    message=application_pb2.Application,
    list_message=application_pb2.Applications,
    list_field="applications",
    entity_field="application",
    ids_field="application_ids",
    id_field="application_id",
    not_found=ERR_APPLICATION_NOT_FOUND,
    events=EVENTS,
    info_right=Right.RIGHT_APPLICATION_INFO,
    public_paths=PUBLIC_PATHS,
    order={"application_id": "id"},
    indirect=True,
    public_get=True,
)


class ApplicationRegistry(EntityRegistry):
    SERVICE = "ttn.lorawan.v3.ApplicationRegistry"
    SPEC = SPEC

    def __init__(self, store: Store, bus: EventBus, dev_euis: DevEUIIssuer, count_devices) -> None:
        super().__init__(store, bus)
        self._dev_euis = dev_euis
        self._count_devices = count_devices

    async def _prepare_create(self, req, app: application_pb2.Application, call: Call) -> None:
        app.dev_eui_counter = 0  # only IssueDevEUI counts

    async def _refuse_if_devices(self, app_id: str) -> None:
        count = await self._count_devices(app_id)
        if count:
            raise ERR_APPLICATION_HAS_DEVICES(count=count)

    _check_delete = _refuse_if_devices
    _check_purge = _refuse_if_devices

    async def IssueDevEUI(self, req: identifiers_pb2.ApplicationIdentifiers, call: Call) -> application_pb2.IssueDevEUIResponse:
        app_id = req.application_id
        dev_eui = await self._dev_euis.issue(app_id)
        if dev_eui is None:
            raise self._not_found(app_id)
        await self._publish(EVT_ISSUE_DEV_EUI, app_id, call)
        return application_pb2.IssueDevEUIResponse(dev_eui=dev_eui)
