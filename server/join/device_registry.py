"""JsEndDeviceRegistry: the Join Server's part of an end device (root keys, nonces, addresses).

Upstream ``pkg/joinserver/grpc_deviceregistry.go`` and ``pkg/joinserver/redis/registry.go``:
a Join Server device is found by its EUIs, so every Set names the JoinEUI (zero is a JoinEUI)
and a non-zero DevEUI; a DevAddr is never the Join Server's. Reading a root key needs
RIGHT_APPLICATION_DEVICES_READ_KEYS, writing one (or the root key ID) _WRITE_KEYS.
"""

from __future__ import annotations

from ttn.lorawan.v3 import identifiers_pb2
from ttn.lorawan.v3 import joinserver_pb2  # noqa: F401  (puts the service in the default pool)

from ..errors import Namespace, TTSError
from ..devices.registry import (
    ERR_PROHIBITED_FIELD,
    DeviceRegistry,
    SetState,
    define_events,
    eui_is_zero,
    key_is_zero,
    registry_errors,
)

__all__ = ["JsEndDeviceRegistry"]

_js = Namespace("pkg/joinserver")
ERR_DEVICE_NOT_FOUND = _js.not_found("device_not_found", "device not found")
ERR_NO_JOIN_EUI = _js.invalid_argument("no_join_eui", "no JoinEUI specified")
ERR_NO_DEV_EUI = _js.invalid_argument("no_dev_eui", "no DevEUI specified")
ERR_FIELD_VALUE = _js.invalid_argument("field_value", "invalid value of field `{field}`")
ERR_FIELD_MASK = _js.invalid_argument("field_mask", "invalid field mask")

EVENTS = define_events("js")
STORE_ERRORS = registry_errors("pkg/joinserver/redis")


class JsEndDeviceRegistry(DeviceRegistry):
    SERVICE = "ttn.lorawan.v3.JsEndDeviceRegistry"
    COMPONENT = "js"
    EVENTS = EVENTS
    STORE_ERRORS = STORE_ERRORS
    GET_KEY_PATHS = ("root_keys.app_key.key", "root_keys.nwk_key.key")
    SET_KEY_PATHS = ("root_keys.app_key.key", "root_keys.nwk_key.key", "root_keys.root_key_id")
    READ_ONLY_PATHS = DeviceRegistry.READ_ONLY_PATHS + ("provisioner_id", "provisioning_data")

    def _get_not_found(self, ids: identifiers_pb2.EndDeviceIdentifiers) -> TTSError:
        return ERR_DEVICE_NOT_FOUND()

    _delete_not_found = _get_not_found

    def _check_set(self, st: SetState) -> None:
        ids = st.device.ids
        if not ids.join_eui:
            raise ERR_NO_JOIN_EUI()
        if eui_is_zero(ids.dev_eui):
            raise ERR_NO_DEV_EUI()
        if st.has("root_keys.app_key.key") and key_is_zero(_app_key(st)):
            raise ERR_FIELD_VALUE(field="root_keys.app_key.key")
        if st.has("root_keys.nwk_key.key") and key_is_zero(_nwk_key(st)) and st.device.HasField("root_keys"):
            # A zero NwkKey clears it (LoRaWAN 1.0 devices have none).
            st.device.root_keys.ClearField("nwk_key")

    def _apply(self, st: SetState) -> None:
        ids = st.device.ids
        if st.stored is not None:
            if st.has("ids.dev_addr"):
                raise ERR_FIELD_MASK(cause=ERR_PROHIBITED_FIELD(field="ids.dev_addr"))
            return
        if not eui_is_zero(ids.dev_addr):
            raise ERR_FIELD_VALUE(field="ids.dev_addr")
        st.add("ids.application_ids", "ids.dev_eui", "ids.device_id", "ids.join_eui")


def _app_key(st: SetState):
    keys = st.device.root_keys
    return keys.app_key if st.device.HasField("root_keys") and keys.HasField("app_key") else None


def _nwk_key(st: SetState):
    keys = st.device.root_keys
    return keys.nwk_key if st.device.HasField("root_keys") and keys.HasField("nwk_key") else None
