"""AsEndDeviceRegistry: the Application Server's part of an end device (AppSKey, formatters).

Upstream ``pkg/applicationserver/grpc_deviceregistry.go``, ``registry.go`` and ``redis``:

* a Set that writes ``session.dev_addr`` or ``session.keys.app_s_key.key`` must give a non-zero
  value; formatter parameters are bounded by the AS configuration (40960 characters);
* on update, writing ``session.dev_addr`` also writes ``ids.dev_addr``; on create, a DevAddr in
  the identifiers must be the session's (and is not stored, as upstream);
* ``skip_payload_crypto`` is kept as ``skip_payload_crypto_override`` (the deprecated field is
  derived from it on read);
* the AppSKey is read with RIGHT_APPLICATION_DEVICES_READ_KEYS, written (or the session key ID)
  with _WRITE_KEYS;
* deleting a device also clears its application package associations (after the delete and its
  event; a device that is not found keeps them, as upstream).
"""

from __future__ import annotations

from typing import Sequence

from google.protobuf import empty_pb2, wrappers_pb2

from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2
from ttn.lorawan.v3 import applicationserver_pb2  # noqa: F401  (puts the service in the default pool)

from .. import fieldmask
from ..devices.registry import (
    ERR_PROHIBITED_FIELD,
    DeviceRegistry,
    SetState,
    define_events,
    eui_is_zero,
    key_is_zero,
    registry_errors,
)
from ..errors import Namespace, TTSError
from ..pipeline import Call
from .packages import clear_associations

__all__ = ["AsEndDeviceRegistry", "MAX_FORMATTER_PARAMETER_LENGTH"]

_as = Namespace("pkg/applicationserver")
ERR_DEVICE_NOT_FOUND = _as.not_found("device_not_found", "device `{device_uid}` not found")
ERR_FIELD_VALUE = _as.invalid_argument("field_value", "invalid value of field `{field}`")
ERR_FIELD_MASK = _as.invalid_argument("field_mask", "invalid field mask")
ERR_FORMATTER_SCRIPT_TOO_LARGE = _as.invalid_argument(
    "formatter_script_too_large", "formatter script size exceeds maximum allowed size", "size", "max_size"
)

EVENTS = define_events("as")
STORE_ERRORS = registry_errors("pkg/applicationserver/redis")

# Upstream's default ``as.formatters.max-parameter-length``.
MAX_FORMATTER_PARAMETER_LENGTH = 40960

_SKIP = "skip_payload_crypto"
_SKIP_OVERRIDE = "skip_payload_crypto_override"


class AsEndDeviceRegistry(DeviceRegistry):
    SERVICE = "ttn.lorawan.v3.AsEndDeviceRegistry"
    COMPONENT = "as"
    EVENTS = EVENTS
    STORE_ERRORS = STORE_ERRORS
    GET_KEY_PATHS = ("pending_session.keys.app_s_key.key", "session.keys.app_s_key.key")
    SET_KEY_PATHS = ("session.keys.app_s_key.key", "session.keys.session_key_id")

    def _delete_not_found(self, ids: identifiers_pb2.EndDeviceIdentifiers) -> TTSError:
        return ERR_DEVICE_NOT_FOUND(device_uid=f"{ids.application_ids.application_id}.{ids.device_id}")

    async def Delete(self, req: identifiers_pb2.EndDeviceIdentifiers, call: Call) -> empty_pb2.Empty:
        response = await super().Delete(req, call)
        await clear_associations(self._store, req.application_ids.application_id, req.device_id)
        return response

    def _check_set(self, st: SetState) -> None:
        device = st.device
        session = device.session if device.HasField("session") else None
        if st.has("session.dev_addr") and (session is None or eui_is_zero(session.dev_addr)):
            raise ERR_FIELD_VALUE(field="session.dev_addr")
        if st.has("session.keys.app_s_key.key"):
            keys = session.keys if session is not None and session.HasField("keys") else None
            if key_is_zero(keys.app_s_key if keys is not None and keys.HasField("app_s_key") else None):
                raise ERR_FIELD_VALUE(field="session.keys.app_s_key.key")
        for name in ("up_formatter_parameter", "down_formatter_parameter"):
            path = "formatters." + name
            size = len(getattr(device.formatters, name))
            if st.has(path) and size > MAX_FORMATTER_PARAMETER_LENGTH:
                raise ERR_FIELD_VALUE(field=path, cause=ERR_FORMATTER_SCRIPT_TOO_LARGE(
                    size=size, max_size=MAX_FORMATTER_PARAMETER_LENGTH))
        # The deprecated field is written as its replacement (upstream's replaced-field wrapper).
        if st.has(_SKIP):
            if not st.has(_SKIP_OVERRIDE):
                device.skip_payload_crypto_override.CopyFrom(wrappers_pb2.BoolValue(value=device.skip_payload_crypto))
            st.add(_SKIP_OVERRIDE)
            device.skip_payload_crypto = False

    def _apply(self, st: SetState) -> None:
        device = st.device
        if st.stored is not None:
            if st.has("ids.dev_addr"):
                raise ERR_FIELD_MASK(cause=ERR_PROHIBITED_FIELD(field="ids.dev_addr"))
            if st.has("session.dev_addr"):
                device.ids.dev_addr = device.session.dev_addr
                st.add("ids.dev_addr")
            return
        ids = device.ids
        if ids.dev_addr and (not st.has("session.dev_addr") or ids.dev_addr != device.session.dev_addr):
            raise ERR_FIELD_VALUE(field="ids.dev_addr")
        st.add("ids.application_ids", "ids.device_id")
        if ids.join_eui:
            st.add("ids.join_eui")
        if not eui_is_zero(ids.dev_eui):
            st.add("ids.dev_eui")

    def _read(self, device: end_device_pb2.EndDevice, paths: Sequence[str]) -> None:
        if fieldmask.has_any(paths, _SKIP):
            if not device.HasField(_SKIP_OVERRIDE) and device.skip_payload_crypto:
                device.skip_payload_crypto_override.value = True
            else:
                device.skip_payload_crypto = device.skip_payload_crypto_override.value
