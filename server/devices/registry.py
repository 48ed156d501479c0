"""What the Join, Network and Application Server device registries share.

Each registry keeps its own part of an end device (the paths ``ownership.paths_for(component,
"set")`` names) in the store's registry of that component, and serves Get, Set and Delete:

* Get returns the asked paths (the pipeline has checked them against the component's read
  paths) plus ``ids``, ``created_at`` and ``updated_at``, as upstream's ``FilterGetEndDevice``;
* Set is an upsert: one atomic read-modify-write of the stored device
  (``Store.set_registry_device``) that creates it when absent. The component decides, in hooks,
  which paths it writes besides the asked ones and what it refuses; this module keeps the
  identifiers fixed once stored (``read_only_field``), the timestamps, and the EUIs unique
  within the registry (``end_device_euis_taken``);
* Delete removes the device from this registry only (hard delete).

Rights: the pipeline checks the method's own right (:func:`rules`, which each component
declares in its rights table); reading or writing key material needs ``*_KEYS`` as well,
checked here right after. As upstream's registries learn
rights from the Identity Server, an application that does not exist or is deleted leaves
callers without rights and admins with ``application_not_found`` (``Access.rights_on``). Every change is published as
``<component>.end_device.create|update|delete``, visible with RIGHT_APPLICATION_DEVICES_READ
and propagated to the application; an update carries the asked paths.

Keys are kept as sent (``key``): ttsl has no key vault, so nothing is wrapped with a KEK, as
upstream does when no KEK label is configured.

A JS/NS/AS Set naming a DevEUI or JoinEUI other than the Identity Server's record of the same
device is refused with the registry's ``read_only_field``: the Identity Server's identifiers
are as fixed as the registry's own (ttsl's check; upstream's registries do not consult the
Identity Server).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, ClassVar, Optional, Sequence

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2

from .. import fieldmask
from ..auth import rights as R
from ..errors import ErrorDefinition, Namespace, TTSError
from ..events import EventBus, EventDefinition, define
from ..pipeline import Call
from ..rules import OnEntity, Rule
from ..store import EUIsTaken, RegistryDevice, Store

__all__ = [
    "DeviceRegistry",
    "SetState",
    "RegistryErrors",
    "registry_errors",
    "ERR_NOT_FOUND",
    "ERR_EUIS_TAKEN",
    "ERR_PROHIBITED_FIELD",
    "IMPLICIT_GET_PATHS",
    "eui_is_zero",
    "key_is_zero",
    "require",
    "define_events",
    "rules",
]

EndDevice = end_device_pb2.EndDevice
Right = R.Right

# Always part of a Get or Set answer (upstream ``AddImplicitEndDeviceGetFields``).
IMPLICIT_GET_PATHS = ("created_at", "ids", "updated_at")

ERR_NOT_FOUND = Namespace("pkg/redis").not_found("not_found", "entity not found")
ERR_EUIS_TAKEN = Namespace("pkg/internal/registry").already_exists(
    "end_device_euis_taken",
    "an end device with JoinEUI `{join_eui}` and DevEUI `{dev_eui}` is already registered as `{device_id}`"
    " in application `{application_id}`",
)
ERR_PROHIBITED_FIELD = Namespace("pkg/ttnpb").unknown("prohibited_field", "field `{field}` is prohibited")


def rules(service: str, *extra_writes: str) -> dict[str, Rule]:
    """The rights rules of a registry's methods (``service``: the full service name): the
    method's own right on the device's application, DEVICES_READ for Get, DEVICES_WRITE for Set,
    Delete and ``extra_writes`` (methods taking ``end_device_ids``); reading or writing key
    material (and, on the NS, reading queued downlinks) needs more, checked by the handlers."""
    prefix = f"/{service}/"
    read, write = (Right.RIGHT_APPLICATION_DEVICES_READ,), (Right.RIGHT_APPLICATION_DEVICES_WRITE,)
    table: dict[str, Rule] = {
        prefix + "Get": OnEntity("application", "end_device_ids.application_ids.application_id", read),
        prefix + "Set": OnEntity("application", "end_device.ids.application_ids.application_id", write),
        prefix + "Delete": OnEntity("application", "application_ids.application_id", write),
    }
    for method in extra_writes:
        table[prefix + method] = OnEntity("application", "end_device_ids.application_ids.application_id", write)
    return table


@dataclass(frozen=True)
class RegistryErrors:
    """The errors of a component's device store (upstream: its ``redis`` package)."""

    invalid_fieldmask: ErrorDefinition
    read_only_field: ErrorDefinition


def registry_errors(namespace: str) -> RegistryErrors:
    errors = Namespace(namespace)
    return RegistryErrors(
        invalid_fieldmask=errors.invalid_argument("invalid_fieldmask", "invalid fieldmask"),
        read_only_field=errors.invalid_argument("read_only_field", "read-only field `{field}`"),
    )


def define_events(component: str) -> tuple[EventDefinition, EventDefinition, EventDefinition]:
    """``<component>.end_device.create|update|delete``."""
    read = Right.RIGHT_APPLICATION_DEVICES_READ
    return tuple(  # type: ignore[return-value]
        define(f"{component}.end_device.{verb}", f"{verb} end device", read, propagate_to_parent=True)
        for verb in ("create", "update", "delete")
    )


def eui_is_zero(eui: bytes) -> bool:
    """Upstream's ``MustEUI64(b).OrZero().IsZero()``: unset or all zeros (DevAddr alike)."""
    return not any(eui)


def key_is_zero(envelope: Any) -> bool:
    """Upstream's ``MustAES128Key(ke.GetKey()).OrZero().IsZero()`` for a key envelope (or None)."""
    return envelope is None or not any(envelope.key)


@dataclass
class SetState:
    """One Set while it runs: the device as sent (changed by the component: derived values), the
    asked paths, the paths to write, and, inside the write, the stored device (None: creating)."""

    device: EndDevice
    mask: list[str]
    sets: list[str]
    stored: Optional[EndDevice] = None
    now: int = 0

    def has(self, *paths: str) -> bool:
        """Whether a path to write selects any of ``paths`` (upstream ``HasSetField``)."""
        return fieldmask.has_any(self.sets, *paths)

    def add(self, *paths: str) -> None:
        """Write these paths too (upstream ``AddSetFields``/``AddFields``)."""
        self.sets = fieldmask.add(self.sets, *paths)

    def source(self, path: str) -> Optional[EndDevice]:
        """The device a value of ``path`` comes from: the one sent when the Set writes the path,
        else the stored one (None when creating)."""
        return self.device if self.has(path) else self.stored


class DeviceRegistry:
    """Get, Set and Delete for one component; subclasses fill in the class attributes and hooks."""

    SERVICE: ClassVar[str]
    COMPONENT: ClassVar[str]  # "js", "ns", "as"
    EVENTS: ClassVar[tuple[EventDefinition, EventDefinition, EventDefinition]]
    STORE_ERRORS: ClassVar[RegistryErrors]
    # Asking any of these needs RIGHT_APPLICATION_DEVICES_READ_KEYS / _WRITE_KEYS.
    GET_KEY_PATHS: ClassVar[tuple[str, ...]] = ()
    SET_KEY_PATHS: ClassVar[tuple[str, ...]] = ()
    # Identifiers fixed once stored, checked when a Set writes them (the redis registries' list).
    READ_ONLY_PATHS: ClassVar[tuple[str, ...]] = (
        "ids.application_ids.application_id", "ids.device_id", "ids.join_eui", "ids.dev_eui",
    )

    def __init__(self, store: Store, bus: EventBus) -> None:
        self._store = store
        self._bus = bus

    # Hooks -------------------------------------------------------------------------------------
    def _get_not_found(self, ids: identifiers_pb2.EndDeviceIdentifiers) -> TTSError:
        return ERR_NOT_FOUND()

    def _delete_not_found(self, ids: identifiers_pb2.EndDeviceIdentifiers) -> TTSError:
        return ERR_NOT_FOUND()

    def _check_set(self, st: SetState) -> None:
        """Refuse what the request alone makes invalid (before anything is read)."""

    async def _require_set(self, call: Call, app_id: str, st: SetState) -> None:
        """The rights a Set needs besides the pipeline's: the ``*_WRITE_KEYS`` for key paths."""
        if self.SET_KEY_PATHS and fieldmask.has_any(st.mask, *self.SET_KEY_PATHS):
            await require(call, app_id, Right.RIGHT_APPLICATION_DEVICES_WRITE_KEYS)

    async def _require_get(self, call: Call, app_id: str, paths: Sequence[str]) -> None:
        if self.GET_KEY_PATHS and fieldmask.has_any(paths, *self.GET_KEY_PATHS):
            await require(call, app_id, Right.RIGHT_APPLICATION_DEVICES_READ_KEYS)

    def _apply(self, st: SetState) -> None:
        """In the write, with ``st.stored`` known: the component's checks and derived paths."""

    def _read(self, device: EndDevice, paths: Sequence[str]) -> None:
        """Before an answer is filtered: fill values derived from stored ones (AS)."""

    # RPCs ----------------------------------------------------------------------------------------
    async def Get(self, req: end_device_pb2.GetEndDeviceRequest, call: Call) -> EndDevice:
        ids = req.end_device_ids
        app_id = ids.application_ids.application_id
        paths = list(req.field_mask.paths)
        await self._require_get(call, app_id, paths)
        row = await self._store.get_registry_device(self.COMPONENT, app_id, ids.device_id)
        if row is None:
            raise self._get_not_found(ids)
        return self._answer(EndDevice.FromString(row.data), paths)

    async def Set(self, req: end_device_pb2.SetEndDeviceRequest, call: Call) -> EndDevice:
        ids = req.end_device.ids
        app_id, device_id = ids.application_ids.application_id, ids.device_id
        mask = list(req.field_mask.paths)
        st = SetState(EndDevice(), mask, list(mask))
        st.device.CopyFrom(req.end_device)
        self._check_set(st)
        await self._require_set(call, app_id, st)
        await self._check_identity_record(st.device.ids)
        created = False

        def write(current: Optional[RegistryDevice]) -> Optional[RegistryDevice]:
            nonlocal created
            st.stored = EndDevice.FromString(current.data) if current is not None else None
            st.now = time.time_ns()
            created = st.stored is None
            self._apply(st)
            if st.stored is not None and not st.sets:
                return current
            return self._merge(st)

        try:
            row = await self._store.set_registry_device(self.COMPONENT, app_id, device_id, write)
        except EUIsTaken as taken:
            raise ERR_EUIS_TAKEN(join_eui=taken.join_eui, dev_eui=taken.dev_eui,
                                 device_id=taken.device_id, application_id=taken.application_id) from None
        assert row is not None
        created_event, updated_event, _ = self.EVENTS
        if created:
            await self._publish(created_event, st.device.ids, call)
        else:
            await self._publish(updated_event, st.device.ids, call, mask)
        return self._answer(EndDevice.FromString(row.data), mask)

    async def Delete(self, req: identifiers_pb2.EndDeviceIdentifiers, call: Call) -> empty_pb2.Empty:
        app_id = req.application_ids.application_id
        if not await self._store.delete_registry_device(self.COMPONENT, app_id, req.device_id):
            raise self._delete_not_found(req)
        await self._publish(self.EVENTS[2], req, call)
        return empty_pb2.Empty()

    # Shared steps --------------------------------------------------------------------------------
    def _answer(self, device: EndDevice, paths: Sequence[str]) -> EndDevice:
        self._read(device, paths)
        return fieldmask.filter_message(device, fieldmask.add(list(paths), *IMPLICIT_GET_PATHS))

    def _merge(self, st: SetState) -> RegistryDevice:
        """The stored device with the paths to write taken from the device sent."""
        errors = self.STORE_ERRORS
        sent, stored = st.device, st.stored
        if stored is None:
            missing = [p for p in ("ids.application_ids", "ids.device_id") if not st.has(p)]
            if missing:
                raise errors.invalid_fieldmask()
            updated = EndDevice()
        else:
            for path in self.READ_ONLY_PATHS:
                if st.has(path) and _value(sent, path) != _value(stored, path):
                    raise errors.read_only_field(field=path)
            updated = EndDevice()
            updated.CopyFrom(stored)
        fieldmask.copy_paths(updated, sent, st.sets)
        updated.updated_at.FromNanoseconds(st.now)
        if stored is None:
            updated.created_at.FromNanoseconds(st.now)
        ids = updated.ids
        return RegistryDevice(
            updated.SerializeToString(),
            dev_eui=ids.dev_eui or None,
            join_eui=ids.join_eui or None,
            dev_addr=ids.dev_addr or None,
            created_at=updated.created_at.ToNanoseconds(),
            updated_at=st.now,
        )

    async def _check_identity_record(self, ids: identifiers_pb2.EndDeviceIdentifiers) -> None:
        """Refuse EUIs other than the Identity Server's record of this device (when both are set)."""
        if not (ids.dev_eui or ids.join_eui):
            return
        record = await self._store.get_end_device(ids.application_ids.application_id, ids.device_id)
        if record is None:
            return
        registered = EndDevice.FromString(record.data).ids
        for name in ("join_eui", "dev_eui"):
            mine, theirs = getattr(ids, name), getattr(registered, name)
            if mine and theirs and mine != theirs:
                raise self.STORE_ERRORS.read_only_field(field="ids." + name)

    async def _publish(
        self, definition: EventDefinition, ids: identifiers_pb2.EndDeviceIdentifiers, call: Call,
        paths: Optional[list[str]] = None,
    ) -> None:
        await self._bus.publish(call.event(definition, [identifiers_pb2.EntityIdentifiers(device_ids=ids)], paths))


async def require(call: Call, app_id: str, *rights: int) -> None:
    """The caller holds ``rights`` on the application (upstream ``rights.RequireApplication``)."""
    if rights:
        R.require("application", app_id, await call.rights_on("application", app_id), rights)


def _value(message: Any, path: str) -> Any:
    for name in path.split("."):
        message = getattr(message, name)
    return message
