"""TTN v2 handler devices ⇄ ttsl's end devices.

A v2 device is one record; a v3 end device is kept in four registries. The v2 fields map as
(the mapping of The Things Stack's own v2 migration tool, restated):

* ``dev_id``, ``app_id`` → ``ids``; ``lorawan_device.app_eui`` → ``ids.join_eui``,
  ``dev_eui`` → ``ids.dev_eui``; ``description``, ``attributes`` → the Identity Server's;
  ``latitude``/``longitude``/``altitude`` → the ``user`` location (source registry) when not
  all zero;
* ``app_key`` set (OTAA) → the Join Server's ``root_keys.app_key`` and ``supports_join``;
* ``dev_addr``, ``nwk_s_key``, ``app_s_key`` all set → a session: the Network Server's
  ``session.dev_addr`` and ``session.keys.f_nwk_s_int_key`` (LoRaWAN 1.0.x has one network
  session key), the Application Server's ``session.dev_addr`` and ``session.keys.app_s_key``;
  ``f_cnt_up`` → ``session.last_f_cnt_up``, ``f_cnt_down`` → ``session.last_n_f_cnt_down`` (and
  the Application Server's ``last_a_f_cnt_down``);
  the session of a device that joins has an ID (``session.keys.session_key_id``, the same in
  both): the one the Network Server has for the device, else a new random one (v2 sessions had
  none); an ABP device's session has none;
* ``uses32_bit_f_cnt`` → ``mac_settings.supports_32_bit_f_cnt``, ``disable_f_cnt_check`` →
  ``mac_settings.resets_f_cnt``;
* ``last_seen`` (Unix ns) ← the Identity Server's ``last_seen_at`` (read only);
* ``activation_constraints`` is not kept: it reads ``otaa`` for a device that joins, else
  ``abp``.

v2 devices had no LoRaWAN or PHY version nor frequency plan: a device created here is LoRaWAN
1.0.2, PHY 1.0.2 rev B, on ``EU_863_870_TTN`` (what the migration tool assumes); an update keeps
what the device has.
"""

from __future__ import annotations

import math
from typing import Any

from ttn.lorawan.v3 import end_device_pb2, lorawan_pb2, metadata_pb2

from ..errors import Namespace

__all__ = ["V2Device", "DEFAULT_FREQUENCY_PLAN", "ERR_INVALID_DEVICE"]

DEFAULT_FREQUENCY_PLAN = "EU_863_870_TTN"
MAC_VERSION = lorawan_pb2.MAC_V1_0_2
PHY_VERSION = lorawan_pb2.PHY_V1_0_2_REV_B

ERR_INVALID_DEVICE = Namespace("pkg/legacy/v2").invalid_argument("device", "invalid device field `{field}`")

_SIZES = {"app_eui": 8, "dev_eui": 8, "app_key": 16, "app_s_key": 16, "nwk_s_key": 16, "dev_addr": 4}


def _hex(value: Any, field: str) -> bytes:
    if value in (None, ""):
        return b""
    if not isinstance(value, str):
        raise ERR_INVALID_DEVICE(field=field)
    try:
        data = bytes.fromhex(value)
    except ValueError:
        raise ERR_INVALID_DEVICE(field=field) from None
    if len(data) != _SIZES[field]:
        raise ERR_INVALID_DEVICE(field=field)
    return b"" if not any(data) else data


def _number(value: Any, field: str, kind: type) -> Any:
    if value in (None, ""):
        return kind(0)
    if isinstance(value, bool):
        raise ERR_INVALID_DEVICE(field=field)
    try:
        number = kind(value)
        if isinstance(value, float) or kind is float:
            if not math.isfinite(float(value)):
                raise ValueError(value)
    except (TypeError, ValueError, OverflowError):
        raise ERR_INVALID_DEVICE(field=field) from None
    return number


def _bool(value: Any, field: str) -> bool:
    if value in (None, ""):
        return False
    if not isinstance(value, bool):
        raise ERR_INVALID_DEVICE(field=field)
    return value


def _attributes(value: Any) -> dict[str, str]:
    """A map, a list of ``{key, value}`` entries, or one such entry (an empty key: none)."""
    entries: list[tuple[Any, Any]]
    if value in (None, ""):
        return {}
    if isinstance(value, dict) and set(value) <= {"key", "value"} and "key" in value:
        entries = [(value.get("key"), value.get("value", ""))]
    elif isinstance(value, dict):
        entries = list(value.items())
    elif isinstance(value, list):
        entries = []
        for item in value:
            if not isinstance(item, dict):
                raise ERR_INVALID_DEVICE(field="attributes")
            entries.append((item.get("key"), item.get("value", "")))
    else:
        raise ERR_INVALID_DEVICE(field="attributes")
    out = {}
    for key, item in entries:
        if not isinstance(key, str) or not isinstance(item, (str, type(None))):
            raise ERR_INVALID_DEVICE(field="attributes")
        if key:
            out[key] = item or ""
    return out


class V2Device:
    """A v2 device as sent to SetDevice, checked and decoded."""

    def __init__(self, body: dict, app_id: str, dev_id: str) -> None:
        lorawan = body.get("lorawan_device") or {}
        if not isinstance(lorawan, dict):
            raise ERR_INVALID_DEVICE(field="lorawan_device")
        self.app_id, self.dev_id = app_id, dev_id
        self.description = body.get("description") or ""
        if not isinstance(self.description, str):
            raise ERR_INVALID_DEVICE(field="description")
        self.attributes = _attributes(body.get("attributes"))
        self.latitude = _number(body.get("latitude"), "latitude", float)
        self.longitude = _number(body.get("longitude"), "longitude", float)
        self.altitude = _number(body.get("altitude"), "altitude", int)
        self.app_eui = _hex(lorawan.get("app_eui"), "app_eui")
        self.dev_eui = _hex(lorawan.get("dev_eui"), "dev_eui")
        self.app_key = _hex(lorawan.get("app_key"), "app_key")
        self.app_s_key = _hex(lorawan.get("app_s_key"), "app_s_key")
        self.nwk_s_key = _hex(lorawan.get("nwk_s_key"), "nwk_s_key")
        self.dev_addr = _hex(lorawan.get("dev_addr"), "dev_addr")
        self.f_cnt_up = _number(lorawan.get("f_cnt_up"), "f_cnt_up", int)
        self.f_cnt_down = _number(lorawan.get("f_cnt_down"), "f_cnt_down", int)
        self.uses_32_bit_f_cnt = _bool(lorawan.get("uses32_bit_f_cnt"), "uses32_bit_f_cnt")
        self.disable_f_cnt_check = _bool(lorawan.get("disable_f_cnt_check"), "disable_f_cnt_check")
        for name, low, high in (("f_cnt_up", 0, 0xFFFFFFFF), ("f_cnt_down", 0, 0xFFFFFFFF),
                                ("latitude", -90, 90), ("longitude", -180, 180),
                                ("altitude", -(1 << 31), (1 << 31) - 1)):  # the v3 location's bounds
            if not low <= getattr(self, name) <= high:
                raise ERR_INVALID_DEVICE(field=name)

    @property
    def joins(self) -> bool:
        return bool(self.app_key)

    @property
    def has_session(self) -> bool:
        return bool(self.dev_addr and self.nwk_s_key and self.app_s_key)

    def ids(self, device: end_device_pb2.EndDevice) -> None:
        device.ids.application_ids.application_id = self.app_id
        device.ids.device_id = self.dev_id
        if self.dev_eui:
            device.ids.dev_eui = self.dev_eui
        if self.app_eui:
            device.ids.join_eui = self.app_eui

    def identity(self) -> tuple[end_device_pb2.EndDevice, list[str]]:
        """The Identity Server's part and its paths."""
        device = end_device_pb2.EndDevice()
        self.ids(device)
        device.description = self.description
        device.attributes.update(self.attributes)
        if self.latitude or self.longitude or self.altitude:
            location = device.locations["user"]
            location.latitude, location.longitude, location.altitude = self.latitude, self.longitude, self.altitude
            location.source = metadata_pb2.SOURCE_REGISTRY
        return device, ["description", "attributes", "locations"]

    def join(self) -> tuple[end_device_pb2.EndDevice, list[str]]:
        device = end_device_pb2.EndDevice()
        self.ids(device)
        device.root_keys.app_key.key = self.app_key
        return device, ["ids.dev_eui", "ids.join_eui", "root_keys.app_key.key"]

    def network(self, create: bool, session_key_id: bytes) -> tuple[end_device_pb2.EndDevice, list[str]]:
        device = end_device_pb2.EndDevice()
        self.ids(device)
        paths = ["ids.dev_eui", "ids.join_eui", "supports_join", "mac_settings.supports_32_bit_f_cnt",
                 "mac_settings.resets_f_cnt"]
        device.supports_join = self.joins
        device.mac_settings.supports_32_bit_f_cnt.value = self.uses_32_bit_f_cnt
        device.mac_settings.resets_f_cnt.value = self.disable_f_cnt_check
        if create:
            device.lorawan_version, device.lorawan_phy_version = MAC_VERSION, PHY_VERSION
            device.frequency_plan_id = DEFAULT_FREQUENCY_PLAN
            paths += ["lorawan_version", "lorawan_phy_version", "frequency_plan_id"]
        if self.has_session:
            session = device.session
            session.dev_addr = self.dev_addr
            session.keys.f_nwk_s_int_key.key = self.nwk_s_key
            session.last_f_cnt_up = self.f_cnt_up
            session.last_n_f_cnt_down = self.f_cnt_down
            session.keys.session_key_id = session_key_id
            paths += ["session.dev_addr", "session.keys.f_nwk_s_int_key.key", "session.last_f_cnt_up",
                      "session.last_n_f_cnt_down", "session.keys.session_key_id"]
        return device, paths

    def application(self, session_key_id: bytes) -> tuple[end_device_pb2.EndDevice, list[str]]:
        device = end_device_pb2.EndDevice()
        self.ids(device)
        paths = ["ids.dev_eui", "ids.join_eui"]
        if self.has_session:
            session = device.session
            session.dev_addr = self.dev_addr
            session.keys.app_s_key.key = self.app_s_key
            session.last_a_f_cnt_down = self.f_cnt_down
            session.keys.session_key_id = session_key_id
            paths += ["session.dev_addr", "session.keys.app_s_key.key", "session.last_a_f_cnt_down",
                      "session.keys.session_key_id"]
        return device, paths


# Reading ---------------------------------------------------------------------------------------
IS_PATHS = ("description", "attributes", "locations", "last_seen_at")
JS_KEY_PATHS = ("root_keys.app_key.key",)
NS_PATHS = ("supports_join", "mac_settings.supports_32_bit_f_cnt", "mac_settings.resets_f_cnt",
            "session.dev_addr", "session.last_f_cnt_up", "session.last_n_f_cnt_down")
NS_KEY_PATHS = ("session.keys.f_nwk_s_int_key.key",)
AS_PATHS = ("session.dev_addr",)
AS_KEY_PATHS = ("session.keys.app_s_key.key",)


def to_json(identity: end_device_pb2.EndDevice, join: Any, network: Any, application: Any) -> dict:
    """The v2 device of the four registries' parts (None: the registry does not have it)."""
    ids = identity.ids
    location = identity.locations.get("user") if "user" in identity.locations else None
    if location is None and identity.locations:
        location = next(iter(identity.locations.values()))
    last_seen = 0
    if identity.HasField("last_seen_at"):
        last_seen = identity.last_seen_at.seconds * 1_000_000_000 + identity.last_seen_at.nanos
    supports_join = bool(network.supports_join) if network is not None else join is not None
    app_key = join.root_keys.app_key.key if join is not None else b""
    ns_session = network.session if network is not None and network.HasField("session") else None
    as_session = application.session if application is not None and application.HasField("session") else None
    dev_addr = (ns_session.dev_addr if ns_session is not None else b"") or (
        as_session.dev_addr if as_session is not None else b"")
    mac = network.mac_settings if network is not None else None
    return {
        "app_id": ids.application_ids.application_id,
        "dev_id": ids.device_id,
        "description": identity.description,
        "attributes": dict(identity.attributes),
        "latitude": location.latitude if location is not None else 0,
        "longitude": location.longitude if location is not None else 0,
        "altitude": location.altitude if location is not None else 0,
        "lorawan_device": {
            "app_id": ids.application_ids.application_id,
            "dev_id": ids.device_id,
            "app_eui": ids.join_eui.hex().upper(),
            "dev_eui": ids.dev_eui.hex().upper(),
            "activation_constraints": "otaa" if supports_join else "abp",
            "app_key": app_key.hex().upper(),
            "dev_addr": dev_addr.hex().upper(),
            "nwk_s_key": ns_session.keys.f_nwk_s_int_key.key.hex().upper() if ns_session is not None else "",
            "app_s_key": as_session.keys.app_s_key.key.hex().upper() if as_session is not None else "",
            "f_cnt_up": ns_session.last_f_cnt_up if ns_session is not None else 0,
            "f_cnt_down": ns_session.last_n_f_cnt_down if ns_session is not None else 0,
            "uses32_bit_f_cnt": bool(mac is not None and mac.supports_32_bit_f_cnt.value),
            "disable_f_cnt_check": bool(mac is not None and mac.resets_f_cnt.value),
            "last_seen": last_seen,
        },
    }
