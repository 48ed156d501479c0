"""EndDeviceRegistry and EndDeviceBatchRegistry: the Identity Server's part of end devices.

The Identity Server keeps a device's identifiers (application, device ID, JoinEUI, DevEUI) and
its descriptive fields: the paths our ownership annotations give the IS on write
(``server.devices.ownership``: name, description, attributes, version and LoRa Alliance profile
identifiers, cluster addresses, locations, claim code, picture, serial number, service profile,
activation and last-seen times). Everything else of a device lives in the JS, NS and AS
registries.

As upstream (``pkg/identityserver/end_device_registry.go`` with its store
``pkg/identityserver/bunstore/end_device_store.go``):

* Create keeps only those fields and silently drops the rest (a device's NS, AS or JS fields in
  a Create are no error), and answers with everything it kept; ``version_ids`` and
  ``lora_alliance_profile_ids`` are always there, possibly empty.
* Get and List answer the masked paths plus ``ids``, ``created_at`` and ``updated_at``.
* Update: an empty mask only touches ``updated_at``; ``activated_at`` cannot be unset; the
  answer holds the masked paths (plus ids and timestamps). The mask is applied to the device
  as stored, inside the store's write, so concurrent updates of different fields all land.
* Delete is a hard delete: the device ID and its EUIs are free again.

Rights are checked by the pipeline (server/identity/rules.py) before these handlers run; the handlers
then check that the application exists, as upstream's rights lookup does.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional
from urllib.parse import urlsplit

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import application_pb2, end_device_pb2, identifiers_pb2
from ttn.lorawan.v3 import end_device_services_pb2  # noqa: F401  (the services, in the default pool)

from .. import fieldmask
from ..auth import rights as R
from ..devices.ownership import paths_for
from ..errors import Namespace
from ..events import EventBus, EventDefinition, define
from ..pipeline import Call
from ..store import EndDeviceRow, EUIsTaken, IDTaken, Store
from . import entities
from .application_registry import ERR_APPLICATION_NOT_FOUND

__all__ = [
    "EndDeviceRegistry",
    "EndDeviceBatchRegistry",
    "ERR_END_DEVICE_NOT_FOUND",
    "ERR_END_DEVICE_EUIS_TAKEN",
    "EVT_CREATE_END_DEVICE",
    "EVT_UPDATE_END_DEVICE",
    "EVT_DELETE_END_DEVICE",
    "EVT_BATCH_DELETE_END_DEVICES",
]

Right = R.Right
EndDevice = end_device_pb2.EndDevice

ERR_END_DEVICE_NOT_FOUND = Namespace("pkg/identityserver/store").not_found(
    "end_device_not_found", "end device with id `{device_id}` not found in application with id `{application_id}`"
)
_is = Namespace("pkg/identityserver")
ERR_END_DEVICE_EUIS_TAKEN = _is.already_exists(
    "end_device_euis_taken",
    "an end device with JoinEUI `{join_eui}` and DevEUI `{dev_eui}` is already registered as `{device_id}`"
    " in application `{application_id}`",
)
ERR_NETWORK_SERVER_ADDRESS_MISMATCH = _is.invalid_argument(
    "network_server_address_mismatch", "network server address `{address}` does not match `{expected}`"
)
ERR_APPLICATION_SERVER_ADDRESS_MISMATCH = _is.invalid_argument(
    "application_server_address_mismatch", "application server address `{address}` does not match `{expected}`"
)
ERR_JOIN_SERVER_ADDRESS_MISMATCH = _is.invalid_argument(
    "join_server_address_mismatch", "join server address `{address}` does not match `{expected}`"
)

_READ = (Right.RIGHT_APPLICATION_DEVICES_READ,)
EVT_CREATE_END_DEVICE = define("end_device.create", "create end device", *_READ, propagate_to_parent=True)
EVT_UPDATE_END_DEVICE = define("end_device.update", "update end device", *_READ, propagate_to_parent=True)
EVT_DELETE_END_DEVICE = define("end_device.delete", "delete end device", *_READ, propagate_to_parent=True)
EVT_BATCH_DELETE_END_DEVICES = define(
    "end_device.batch.delete", "batch delete end devices", *_READ, propagate_to_parent=True
)

# The top-level fields the Identity Server stores (besides the identifiers).
_IS_FIELDS: tuple[str, ...] = tuple(fieldmask.top_level(sorted(paths_for("is", "set"))))
# Always part of an answer (upstream ``getPaths``).
_ALWAYS = ("ids", "created_at", "updated_at")
# List orders upstream's store sorts by; the other accepted ones fall back to device_id.
_SORTED_BY = frozenset({"device_id", "name", "created_at", "last_seen_at"})


# Messages and rows ----------------------------------------------------------------------------


def _micro(ts) -> None:
    """Truncate a timestamp to the microseconds upstream's database keeps."""
    ts.nanos -= ts.nanos % 1000


def _clean(dev: EndDevice) -> EndDevice:
    """The device as upstream's store gives it back: no claim code without a value, times in
    microseconds, version and profile identifiers always present."""
    cac = dev.claim_authentication_code
    if not cac.value:
        dev.ClearField("claim_authentication_code")
    else:
        for name in ("valid_from", "valid_to"):
            if cac.HasField(name):
                _micro(getattr(cac, name))
    for name in ("activated_at", "last_seen_at"):
        if dev.HasField(name):
            _micro(getattr(dev, name))
    dev.version_ids.SetInParent()
    dev.lora_alliance_profile_ids.SetInParent()
    return dev


def _stored(dev: EndDevice) -> EndDevice:
    """What the Identity Server keeps of a new device."""
    out = EndDevice()
    ids = out.ids
    ids.application_ids.application_id = dev.ids.application_ids.application_id
    ids.device_id = dev.ids.device_id
    ids.dev_eui = dev.ids.dev_eui
    ids.join_eui = dev.ids.join_eui
    fieldmask.copy_paths(out, dev, _IS_FIELDS)
    return _clean(out)


def _row(dev: EndDevice, created_at: int, updated_at: int) -> EndDeviceRow:
    ids = dev.ids
    return EndDeviceRow(
        ids.application_ids.application_id,
        ids.device_id,
        ids.dev_eui or None,
        ids.join_eui or None,
        dev.name,
        dev.description,
        dev.SerializeToString(),
        created_at,
        updated_at,
        dev.last_seen_at.ToNanoseconds() if dev.HasField("last_seen_at") else None,
    )


def _message(row: EndDeviceRow) -> EndDevice:
    dev = EndDevice.FromString(row.data)
    dev.created_at.FromNanoseconds(row.created_at)
    dev.updated_at.FromNanoseconds(row.updated_at)
    return dev


@lru_cache(maxsize=1024)
def _answer_paths(requested: tuple[str, ...], whole_claim_code: bool) -> tuple[str, ...]:
    """The requested paths plus ids and timestamps; Get also answers the whole claim code when
    any part of it is asked for (its value is stored apart upstream)."""
    paths = fieldmask.add(requested, *_ALWAYS)
    if whole_claim_code and "claim_authentication_code" in fieldmask.top_level(paths):
        paths = fieldmask.add(paths, "claim_authentication_code")
    return tuple(paths)


def _view(row: EndDeviceRow, paths: tuple[str, ...]) -> EndDevice:
    return fieldmask.filter_message(_message(row), paths)


def _device_identifiers(ids: identifiers_pb2.EndDeviceIdentifiers) -> identifiers_pb2.EntityIdentifiers:
    out = identifiers_pb2.EntityIdentifiers()
    out.device_ids.CopyFrom(ids)
    return out


# Checks ---------------------------------------------------------------------------------------


def _split_host_port(address: str) -> Optional[str]:
    """The host of ``host:port`` as Go's ``net.SplitHostPort`` finds it; None where it fails."""
    i = address.rfind(":")
    if address.startswith("["):
        end = address.find("]")
        if end < 0 or end + 1 != i:
            return None
        host, rest = address[1:end], address[end + 1 :]
    else:
        host, rest = address[:i], address[i:]
        if ":" in host:
            return None
    if "[" in host or "[" in rest or "]" in rest:
        return None
    return host


def _host(address: str) -> str:
    """The host part of a server address, URL or ``host[:port]`` (upstream ``getHost``)."""
    if "://" in address:
        try:
            address = urlsplit(address).netloc.rpartition("@")[2]
        except ValueError:
            pass
    if ":" in address:
        host = _split_host_port(address)
        if host is not None:
            return host
    return address


_ADDRESS_CHECKS = (
    ("network_server_address", ERR_NETWORK_SERVER_ADDRESS_MISMATCH),
    ("application_server_address", ERR_APPLICATION_SERVER_ADDRESS_MISMATCH),
    ("join_server_address", ERR_JOIN_SERVER_ADDRESS_MISMATCH),
)


def _check_addresses(dev: EndDevice, app: application_pb2.Application) -> None:
    """A new device's cluster addresses name the hosts its application's addresses name."""
    for field, error in _ADDRESS_CHECKS:
        address, expected = getattr(dev, field), getattr(app, field)
        if address and expected and _host(address) != _host(expected):
            raise error(address=address, expected=expected)


def _check_claim_code(cac: end_device_pb2.EndDeviceAuthenticationCode) -> None:
    """With both bounds, the code must have a value and not end before it starts."""
    if cac.HasField("valid_from") and cac.HasField("valid_to"):
        if cac.valid_to.ToNanoseconds() < cac.valid_from.ToNanoseconds() or not cac.value:
            raise entities.ERR_CLAIM_AUTHENTICATION_CODE()


def _apply(current: EndDevice, dev: EndDevice, paths: Iterable[str]) -> None:
    """Set ``paths`` of ``current`` from ``dev``, with upstream's store rules for two fields."""
    for path in paths:
        head = path.partition(".")[0]
        if head == "updated_at":
            continue
        if head == "claim_authentication_code":  # selected whole: unset clears, else merge
            if not dev.HasField(head):
                current.ClearField(head)
                continue
            src, dst = dev.claim_authentication_code, current.claim_authentication_code
            if src.value:
                dst.value = src.value
            for name in ("valid_from", "valid_to"):
                if src.HasField(name):
                    getattr(dst, name).CopyFrom(getattr(src, name))
            continue
        if head == "lora_alliance_profile_ids" and not dev.HasField(head):
            continue  # upstream only writes these from a set message
        fieldmask.copy_paths(current, dev, (path,))


# Servicers ------------------------------------------------------------------------------------


class _Devices:
    def __init__(self, store: Store, bus: EventBus) -> None:
        self._store = store
        self._bus = bus

    async def _application(self, application_id: str):
        """The application's row. The rules have checked that it is there and live (rights are
        held on live entities only, server/auth/access.py); it may have gone since."""
        row = await self._store.get_entity("application", application_id)
        if row is None:
            raise ERR_APPLICATION_NOT_FOUND(application_id=application_id)
        return row

    async def _publish(
        self, definition: EventDefinition, ids: identifiers_pb2.EntityIdentifiers, call: Call, data=None
    ) -> None:
        await self._bus.publish(call.event(definition, [ids], data))


class EndDeviceRegistry(_Devices):
    SERVICE = "ttn.lorawan.v3.EndDeviceRegistry"

    async def Create(self, req: end_device_pb2.CreateEndDeviceRequest, call: Call) -> EndDevice:
        dev = req.end_device
        app_id = dev.ids.application_ids.application_id
        app_row = await self._application(app_id)
        entities.check_blocklist(dev.ids.device_id)
        _check_addresses(dev, application_pb2.Application.FromString(app_row.data))
        if dev.claim_authentication_code.value:
            _check_claim_code(dev.claim_authentication_code)
        now = entities.now_ns()
        row = _row(_stored(dev), now, now)
        try:
            await self._store.create_end_device(row)
        except IDTaken:
            raise entities.ERR_ID_TAKEN() from None
        except EUIsTaken as taken:
            raise ERR_END_DEVICE_EUIS_TAKEN(join_eui=taken.join_eui, dev_eui=taken.dev_eui,
                                            device_id=taken.device_id, application_id=taken.application_id) from None
        await self._publish(EVT_CREATE_END_DEVICE, _device_identifiers(dev.ids), call)
        return _message(row)

    async def Get(self, req: end_device_pb2.GetEndDeviceRequest, call: Call) -> EndDevice:
        ids = req.end_device_ids
        app_id, device_id = ids.application_ids.application_id, ids.device_id
        row = await self._store.get_end_device(app_id, device_id)
        # EUIs in the request narrow the look-up, as upstream's store query does.
        if row is None or (ids.dev_eui and ids.dev_eui != row.dev_eui) or (ids.join_eui and ids.join_eui != row.join_eui):
            raise ERR_END_DEVICE_NOT_FOUND(application_id=app_id, device_id=device_id)
        return _view(row, _answer_paths(tuple(req.field_mask.paths), True))

    async def GetIdentifiersForEUIs(
        self, req: end_device_pb2.GetEndDeviceIdentifiersForEUIsRequest, call: Call
    ) -> identifiers_pb2.EndDeviceIdentifiers:
        row = await self._store.get_end_device_by_euis(req.join_eui or None, req.dev_eui or None)
        if row is None:
            raise ERR_END_DEVICE_NOT_FOUND(application_id="", device_id="")
        return EndDevice.FromString(row.data).ids

    async def List(self, req: end_device_pb2.ListEndDevicesRequest, call: Call) -> end_device_pb2.EndDevices:
        app_id = req.application_ids.application_id
        limit, offset = entities.page(req.limit, req.page)
        order = req.order if req.order.lstrip("-") in _SORTED_BY else ""
        updated_since = None
        for f in req.filters:  # the last one counts, as upstream
            if f.WhichOneof("field") == "updated_since":
                updated_since = f.updated_since.ToNanoseconds()
        rows, total = await self._store.list_end_devices(
            app_id, order=order, limit=limit, offset=offset, updated_since=updated_since
        )
        call.set_total(total)
        paths = _answer_paths(tuple(req.field_mask.paths), False)
        return end_device_pb2.EndDevices(end_devices=[_view(row, paths) for row in rows])

    async def Update(self, req: end_device_pb2.UpdateEndDeviceRequest, call: Call) -> EndDevice:
        dev = req.end_device
        app_id, device_id = dev.ids.application_ids.application_id, dev.ids.device_id
        paths = fieldmask.exclude(list(req.field_mask.paths), *_ALWAYS)
        if not paths:
            paths = ["updated_at"]
        if fieldmask.has_any(paths, "activated_at") and not dev.HasField("activated_at"):
            paths = fieldmask.exclude(paths, "activated_at")  # once activated, always activated
        top = fieldmask.top_level(paths)
        for whole in ("claim_authentication_code", "picture"):
            if whole in top:
                paths = fieldmask.add(paths, whole)
        if fieldmask.has_any(paths, "claim_authentication_code") and dev.HasField("claim_authentication_code"):
            _check_claim_code(dev.claim_authentication_code)
        now = entities.now_ns()

        def change(stored: EndDeviceRow | None) -> EndDeviceRow:
            # In the store's write: the masked paths go onto the device as it is stored now.
            if stored is None:
                raise ERR_END_DEVICE_NOT_FOUND(application_id=app_id, device_id=device_id)
            current = EndDevice.FromString(stored.data)
            _apply(current, dev, paths)
            return _row(_clean(current), stored.created_at, now)

        try:
            row = await self._store.update_end_device(app_id, device_id, change)
        except EUIsTaken as taken:  # only if the identifiers changed, which Update does not allow
            raise ERR_END_DEVICE_EUIS_TAKEN(join_eui=taken.join_eui, dev_eui=taken.dev_eui,
                                            device_id=taken.device_id, application_id=taken.application_id) from None
        if row is None:
            raise ERR_END_DEVICE_NOT_FOUND(application_id=app_id, device_id=device_id)
        await self._publish(EVT_UPDATE_END_DEVICE, _device_identifiers(dev.ids), call, list(paths))
        return _view(row, _answer_paths(tuple(paths), False))

    async def Delete(self, req: identifiers_pb2.EndDeviceIdentifiers, call: Call) -> empty_pb2.Empty:
        app_id = req.application_ids.application_id
        if not await self._store.delete_end_device(app_id, req.device_id):
            raise ERR_END_DEVICE_NOT_FOUND(application_id=app_id, device_id=req.device_id)
        await self._publish(EVT_DELETE_END_DEVICE, _device_identifiers(req), call)
        return empty_pb2.Empty()


class EndDeviceBatchRegistry(_Devices):
    SERVICE = "ttn.lorawan.v3.EndDeviceBatchRegistry"

    async def Get(self, req: end_device_pb2.BatchGetEndDevicesRequest, call: Call) -> end_device_pb2.EndDevices:
        app_id = req.application_ids.application_id
        rows = await self._store.find_end_devices(app_id, list(req.device_ids))
        paths = _answer_paths(tuple(req.field_mask.paths), False)
        return end_device_pb2.EndDevices(end_devices=[_view(row, paths) for row in rows])

    async def Delete(self, req: end_device_pb2.BatchDeleteEndDevicesRequest, call: Call) -> empty_pb2.Empty:
        """Deletes the devices that exist and ignores the others; one event names those deleted."""
        app_id = req.application_ids.application_id
        deleted = await self._store.delete_end_devices(app_id, list(req.device_ids))
        if deleted:
            ids = identifiers_pb2.EntityIdentifiers()
            ids.application_ids.application_id = app_id
            data = identifiers_pb2.EndDeviceIdentifiersList()
            for device_id in deleted:
                item = data.end_device_ids.add(device_id=device_id)
                item.application_ids.application_id = app_id
            await self._publish(EVT_BATCH_DELETE_END_DEVICES, ids, call, data)
        return empty_pb2.Empty()
