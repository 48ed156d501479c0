"""NsEndDeviceRegistry: the Network Server's part of an end device (LoRaWAN settings, sessions).

Upstream ``pkg/networkserver/grpc_deviceregistry.go`` checks a Set against the paths it writes
and, for what it does not write, against the stored device; this module keeps the checks that
concern storing and returning devices, in upstream's order:

1. values: a written ``frequency_plan_id`` is not empty, written LoRaWAN and PHY versions are
   known ones; ttsl also needs all three when the device is created (an NS device without them
   is unusable: upstream refuses it as soon as anything band-related is written);
2. ``ids.dev_addr`` follows ``session.dev_addr``;
3. OTAA or ABP (``supports_join``): an OTAA device has a DevEUI and JoinEUI and no session keys
   of its own making (no pending session, no session key ID), an ABP device has a session with
   a DevAddr and an FNwkSIntKey, and a DevEUI from LoRaWAN 1.0.4 on (unless multicast); a
   multicast device is ABP and class B or C; neither ``supports_join`` nor ``multicast`` changes
   after creation;
4. the frequency plan exists and its band has the PHY version (our own table of upstream's
   plans, server/network/frequency_plans.py), and the device's band ID, if any, is the plan's;
5. the session's keys are present and consistent: LoRaWAN 1.1 needs all three network keys,
   before 1.1 they are one key, which the registry copies into the other two.

Not done (needs the band definitions, which ttsl does not have): generating the MAC state of an
ABP device on Set and on ResetFactoryDefaults, and the checks of data rates, frequencies and
MAC parameters against the band.

Reading network session keys needs RIGHT_APPLICATION_DEVICES_READ_KEYS, reading queued
application downlinks RIGHT_APPLICATION_TRAFFIC_READ, writing session keys _WRITE_KEYS.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, keys_pb2, lorawan_pb2
from ttn.lorawan.v3 import networkserver_pb2  # noqa: F401  (puts the service in the default pool)

from .. import fieldmask
from ..auth import rights as R
from ..devices.ownership import paths_for
from ..devices.registry import (
    DeviceRegistry,
    SetState,
    define_events,
    key_is_zero,
    registry_errors,
    require,
)
from ..errors import Namespace, TTSError
from ..pipeline import Call
from ..store import RegistryDevice
from . import frequency_plans
from .errors import (
    ERR_BAND_MISMATCH,
    ERR_CORRUPTED_MAC_STATE,
    ERR_DEVICE_NOT_FOUND,
    ERR_FIELD_IS_ZERO,
    ERR_FIELD_NOT_ZERO,
    ERR_FIELD_VALUE,
    ERR_SESSION,
)

__all__ = ["NsEndDeviceRegistry"]

EndDevice = end_device_pb2.EndDevice
MAC = lorawan_pb2.MACVersion
PHY = lorawan_pb2.PHYVersion

ERR_FIELD_BOUND = Namespace("pkg/ttnpb").invalid_argument(
    "field_bound", "`{field}` should be between `{min}` and `{max}`", "value"
)

EVENTS = define_events("ns")
STORE_ERRORS = registry_errors("pkg/networkserver/redis")

Right = R.Right

_NETWORK_KEYS = ("f_nwk_s_int_key", "nwk_s_enc_key", "s_nwk_s_int_key")
_READ_KEY_PATHS = tuple(
    f"{prefix}.{key}.key"
    for prefix in ("mac_state.queued_join_accept.keys", "pending_mac_state.queued_join_accept.keys",
                   "pending_session.keys", "session.keys")
    for key in _NETWORK_KEYS
)
_TRAFFIC_PATHS = (
    "pending_session.queued_application_downlinks", "queued_application_downlinks",
    "session.queued_application_downlinks",
)
_WRITE_KEY_PATHS = (
    "pending_mac_state.queued_join_accept.keys.app_s_key.encrypted_key",
    "pending_mac_state.queued_join_accept.keys.app_s_key.kek_label",
    "pending_mac_state.queued_join_accept.keys.app_s_key.key",
    *(f"pending_mac_state.queued_join_accept.keys.{key}.key" for key in _NETWORK_KEYS),
    "pending_mac_state.queued_join_accept.keys.session_key_id",
    *(f"pending_session.keys.{key}.key" for key in _NETWORK_KEYS),
    "pending_session.keys.session_key_id",
    *(f"session.keys.{key}.key" for key in _NETWORK_KEYS),
    "session.keys.session_key_id",
)

# An ABP device (supports_join false) has none of these (upstream ``ifZeroThenZeroFields``): no
# pending MAC state or pending session, no session key ID.
_NS_SET = paths_for("ns", "set")
_ZERO_WITHOUT_JOIN = tuple(
    sorted(p for p in _NS_SET if p.startswith("pending_mac_state.") and not any(q.startswith(p + ".") for q in _NS_SET))
) + (
    "pending_session.dev_addr",
    *(f"pending_session.keys.{key}.key" for key in _NETWORK_KEYS),
    "pending_session.keys.session_key_id",
    "session.keys.session_key_id",
)
# ... and these it must have (``ifZeroThenNotZeroFields``).
_NOT_ZERO_WITHOUT_JOIN = ("session.dev_addr", "session.keys.f_nwk_s_int_key.key")
# An OTAA device has both EUIs (``ifNotZeroThenNotZeroFields``).
_NOT_ZERO_WITH_JOIN = ("ids.dev_eui", "ids.join_eui")
# A multicast device never joins nor counts uplinks (part of ``ifNotZeroThenZeroFields``).
_ZERO_WITH_MULTICAST = (
    "mac_settings.schedule_downlinks.value", "session.last_conf_f_cnt_down", "session.last_f_cnt_up", "supports_join",
)
# Writing any of these checks the frequency plan and the band (a selection of upstream's list:
# the band-dependent values ttsl does not check itself are left out).
_BAND_PATHS = (
    "frequency_plan_id", "lorawan_phy_version", "mac_settings.factory_preset_frequencies", "supports_class_b",
    "version_ids.band_id",
)
# The paths whose change makes upstream re-check the session as a whole.
_SESSION_PATHS = (
    "lorawan_version",
    "mac_state.device_class", "mac_state.lorawan_version", "mac_state.current_parameters",
    "mac_state.desired_parameters", "mac_state.recent_uplinks",
    "multicast",
    "session.dev_addr",
    *(f"session.keys.{key}.{part}" for key in _NETWORK_KEYS for part in ("encrypted_key", "kek_label", "key")),
    "session.keys.session_key_id", "session.last_conf_f_cnt_down", "session.last_f_cnt_up",
    "session.last_n_f_cnt_down", "session.started_at",
    "supports_join",
)
_REQUIRED_ON_CREATE = ("frequency_plan_id", "lorawan_phy_version", "lorawan_version")

# LoRaWAN versions in protocol order (the enum's numbers are not).
_MAC_ORDER = {
    version: rank
    for rank, version in enumerate(
        (MAC.MAC_V1_0, MAC.MAC_V1_0_1, MAC.MAC_V1_0_2, MAC.MAC_V1_0_3, MAC.MAC_V1_0_4, MAC.MAC_V1_1), start=1
    )
}
_MAC_MAX = max(MAC.values())
_PHY_MAX = max(PHY.values())


def _uses_nwk_key(version: int) -> bool:
    """LoRaWAN 1.1 and later: three network session keys (upstream ``macspec.UseNwkKey``)."""
    return _MAC_ORDER.get(version, 0) >= _MAC_ORDER[MAC.MAC_V1_1]


def _needs_dev_eui_for_abp(version: int) -> bool:
    """LoRaWAN 1.0.4 and later (upstream ``macspec.RequireDevEUIForABP``)."""
    return _MAC_ORDER.get(version, 0) >= _MAC_ORDER[MAC.MAC_V1_0_4]


def _is_zero(device: Optional[EndDevice], path: str) -> bool:
    return device is None or fieldmask.is_zero(device, path)


def _invalid(path: str, cause: Optional[TTSError] = None) -> TTSError:
    return ERR_FIELD_VALUE(field=path, cause=cause)


class NsEndDeviceRegistry(DeviceRegistry):
    SERVICE = "ttn.lorawan.v3.NsEndDeviceRegistry"
    COMPONENT = "ns"
    EVENTS = EVENTS
    STORE_ERRORS = STORE_ERRORS
    GET_KEY_PATHS = _READ_KEY_PATHS
    SET_KEY_PATHS = _WRITE_KEY_PATHS

    def _delete_not_found(self, ids: identifiers_pb2.EndDeviceIdentifiers) -> TTSError:
        return ERR_DEVICE_NOT_FOUND()

    async def _require_get(self, call: Call, app_id: str, paths: Sequence[str]) -> None:
        extra = _read_rights(paths)
        if len(extra) > 1:  # DEVICES_READ itself is the pipeline's
            await require(call, app_id, *extra)

    # Set ---------------------------------------------------------------------------------------
    def _apply(self, st: SetState) -> None:
        device, stored = st.device, st.stored
        ids = device.ids
        # Upstream writes the identifiers sent whether asked or not (clients leave out ids.*).
        st.add("ids.application_ids", "ids.device_id")
        for name in ("join_eui", "dev_eui", "dev_addr"):
            if getattr(ids, name):
                st.add("ids." + name)
        self._check_values(st)
        self._follow_dev_addr(st)
        self._check_activation(st)
        self._check_band(st)
        has_session = self._check_session(st)
        if has_session:
            self._derive_session(st)
        if stored is not None:
            for path in ("multicast", "supports_join"):
                if st.has(path) and getattr(device, path) != getattr(stored, path):
                    raise _invalid(path)

    def _check_values(self, st: SetState) -> None:
        device = st.device
        if st.has("frequency_plan_id") and not device.frequency_plan_id:
            raise _invalid("frequency_plan_id")
        _check_version(st, "lorawan_phy_version", device.lorawan_phy_version, "PHYVersion", _PHY_MAX)
        _check_version(st, "lorawan_version", device.lorawan_version, "MACVersion", _MAC_MAX)
        for state in ("mac_state", "pending_mac_state"):
            if device.HasField(state):
                version = getattr(device, state).lorawan_version
                _check_version(st, state + ".lorawan_version", version, "MACVersion", _MAC_MAX)
        if st.stored is None:
            for path in _REQUIRED_ON_CREATE:
                if not st.has(path):
                    raise _invalid(path)

    def _follow_dev_addr(self, st: SetState) -> None:
        """``ids.dev_addr`` is the session's DevAddr: checked when sent, else derived."""
        device = st.device
        if st.has("ids.dev_addr"):
            source = st.source("session.dev_addr")
            session = source.session if source is not None and source.HasField("session") else None
            if not device.ids.dev_addr:
                valid = session is None
            else:
                valid = session is not None and session.dev_addr == device.ids.dev_addr
            if not valid:
                raise _invalid("session.dev_addr")
        elif st.has("session.dev_addr"):
            device.ids.dev_addr = device.session.dev_addr if device.HasField("session") else b""
            st.add("ids.dev_addr")

    def _check_activation(self, st: SetState) -> None:
        """OTAA and ABP, multicast (upstream's if-zero/if-not-zero rules on supports_join)."""
        # ABP: no pending state nor session key ID.
        _if_then(st, "supports_join", left_zero=True, right=_ZERO_WITHOUT_JOIN, right_zero=True)
        # ABP: a session with a DevAddr and an FNwkSIntKey.
        _if_then(st, "supports_join", left_zero=True, right=_NOT_ZERO_WITHOUT_JOIN, right_zero=False)
        # ABP: a known LoRaWAN version, and a DevEUI from 1.0.4 on unless multicast.
        if _abp_rule_applies(st, "ids.dev_eui", "lorawan_version", "multicast"):
            if _is_zero(st.source("ids.dev_eui"), "ids.dev_eui"):
                version = _get(st.source("lorawan_version"), "lorawan_version")
                if version == MAC.MAC_UNKNOWN:
                    raise _invalid("lorawan_version")
                if _needs_dev_eui_for_abp(version) and not _get(st.source("multicast"), "multicast"):
                    raise _invalid("ids.dev_eui")
        # ABP class B needs a ping slot periodicity.
        if _abp_rule_applies(st, "mac_settings.ping_slot_periodicity.value", "supports_class_b"):
            _check_ping_slot(st)
        # Multicast: never joins, and is class B or C.
        _if_then(st, "multicast", left_zero=False, right=_ZERO_WITH_MULTICAST, right_zero=True)
        multicast_fields = ("supports_class_b", "supports_class_c")
        multicast = not _is_zero(st.source("multicast"), "multicast")
        if (st.has("multicast") or st.has(*multicast_fields)) and multicast:
            if not _get(st.source("supports_class_b"), "supports_class_b") and not _get(
                st.source("supports_class_c"), "supports_class_c"
            ):
                raise _invalid("supports_class_b")
        # OTAA: both EUIs.
        _if_then(st, "supports_join", left_zero=False, right=_NOT_ZERO_WITH_JOIN, right_zero=False)

    def _check_band(self, st: SetState) -> None:
        if not st.has(*_BAND_PATHS):
            return
        plan_id = _get(st.source("frequency_plan_id"), "frequency_plan_id") or ""
        phy_version = _get(st.source("lorawan_phy_version"), "lorawan_phy_version") or 0
        band = frequency_plans.check_band_version(plan_id, phy_version)
        if st.has("frequency_plan_id", "version_ids.band_id"):
            source = st.source("version_ids.band_id")
            device_band = source.version_ids.band_id if source is not None else ""
            if device_band and device_band != band:
                raise _invalid("version_ids.band_id", ERR_BAND_MISMATCH(dev_band_id=device_band, fp_band_id=band))

    def _check_session(self, st: SetState) -> bool:
        """The session's values and keys; whether the device has a session once written."""
        device = st.device
        for state in ("session", "pending_session"):
            if not device.HasField(state):
                continue
            session = getattr(device, state)
            keys = session.keys if session.HasField("keys") else None
            checks = [(f"{state}.dev_addr", not any(session.dev_addr))]
            for key in _NETWORK_KEYS:
                envelope = getattr(keys, key) if keys is not None and keys.HasField(key) else None
                # In the current session, the 1.1 keys may be left out (they are derived).
                if state == "pending_session" or key == "f_nwk_s_int_key" or envelope is not None:
                    checks.append((f"{state}.keys.{key}.key", key_is_zero(envelope)))
            if state == "pending_session":
                checks.append(("pending_session.keys.session_key_id", keys is None or not keys.session_key_id))
            for path, zero in checks:
                if st.has(path) and zero:
                    raise _invalid(path)

        has_session = False
        if st.has(*_SESSION_PATHS):
            has_session = _effective_has(st, "session")
            has_mac_state = _effective_has(st, "mac_state")
            multicast = bool(_get(st.source("multicast"), "multicast"))
            if not has_mac_state and not has_session and not multicast:
                return False
            if not has_session:
                raise _invalid("session")
            if not has_mac_state and st.has("mac_state"):
                raise _invalid("mac_state")
            version = self._mac_version(st, has_mac_state)
            source = st.source("session.dev_addr")
            if source is None or not source.HasField("session"):
                raise _invalid("session.dev_addr")
            f_nwk = _session_key(st, "f_nwk_s_int_key")
            if _key_zero(f_nwk):
                raise _invalid("session.keys.f_nwk_s_int_key.key")
            for key in ("nwk_s_enc_key", "s_nwk_s_int_key"):
                envelope = _session_key(st, key)
                if _uses_nwk_key(version):
                    if _key_zero(envelope):
                        raise _invalid(f"session.keys.{key}.key")
                elif st.has(f"session.keys.{key}.key") and not _keys_equal(f_nwk, envelope):
                    raise _invalid(f"session.keys.{key}.key")
            if _get(st.source("supports_join"), "supports_join"):
                source = st.source("session.keys.session_key_id")
                if source is None or not source.HasField("session"):
                    raise _invalid("session.keys.session_key_id")

        if _effective_has(st, "pending_session", ("pending_session.dev_addr", "pending_session.keys")) and not (
            _effective_has(st, "pending_mac_state", ("pending_mac_state.lorawan_version",))
        ):
            raise _invalid("pending_mac_state")
        return has_session

    @staticmethod
    def _mac_version(st: SetState, has_mac_state: bool) -> int:
        if has_mac_state:
            source = st.source("mac_state.lorawan_version")
            if source is None or not source.HasField("mac_state"):
                raise _invalid("mac_state.lorawan_version")
            return source.mac_state.lorawan_version
        return _get(st.source("lorawan_version"), "lorawan_version") or 0

    def _derive_session(self, st: SetState) -> None:
        """Before LoRaWAN 1.1 the three network keys are one; a new session starts now."""
        device, stored = st.device, st.stored
        stored_state = stored.mac_state if stored is not None and stored.HasField("mac_state") else None
        if st.has("mac_state.lorawan_version") and device.HasField("mac_state"):
            version = device.mac_state.lorawan_version
        elif stored_state is not None:
            version = stored_state.lorawan_version
        else:  # no MAC state (ttsl does not generate one): the device's version
            version = _get(st.source("lorawan_version"), "lorawan_version") or 0
        if st.has("session.keys.f_nwk_s_int_key.key") and not _uses_nwk_key(version):
            keys = device.session.keys
            secret = keys.f_nwk_s_int_key.key
            for name in ("nwk_s_enc_key", "s_nwk_s_int_key"):
                getattr(keys, name).CopyFrom(keys_pb2.KeyEnvelope(key=secret))
                st.add(*(f"session.keys.{name}.{part}" for part in ("encrypted_key", "kek_label", "key")))
        stored_session = stored.session if stored is not None and stored.HasField("session") else None
        sent_session = device.session if device.HasField("session") else None
        restart = (
            (st.has("session.started_at") and (sent_session is None or not sent_session.HasField("started_at")))
            or (st.has("session.session_key_id") and _session_key_id(sent_session) != _session_key_id(stored_session))
            or stored_session is None or not stored_session.HasField("started_at")
        )
        if restart:
            device.session.started_at.FromNanoseconds(st.now)
            st.add("session.started_at")

    # ResetFactoryDefaults ----------------------------------------------------------------------
    async def ResetFactoryDefaults(self, req: end_device_pb2.ResetAndGetEndDeviceRequest, call: Call) -> EndDevice:
        ids = req.end_device_ids
        app_id = ids.application_ids.application_id
        paths = list(req.field_mask.paths)
        await require(call, app_id, *_read_rights(paths))  # DEVICES_WRITE is the pipeline's

        def reset(current: Optional[RegistryDevice]) -> Optional[RegistryDevice]:
            if current is None:
                raise ERR_DEVICE_NOT_FOUND()
            device = EndDevice.FromString(current.data)
            for name in ("battery_percentage", "downlink_margin", "last_dev_status_received_at", "mac_state",
                         "pending_mac_state", "pending_session", "power_state"):
                device.ClearField(name)
            if device.supports_join:
                device.ClearField("session")
            else:
                if not device.HasField("session"):
                    raise ERR_CORRUPTED_MAC_STATE(cause=ERR_SESSION())
                old = device.session
                session = end_device_pb2.Session(dev_addr=old.dev_addr)
                if old.HasField("keys"):
                    session.keys.CopyFrom(old.keys)
                session.queued_application_downlinks.extend(old.queued_application_downlinks)
                session.started_at.GetCurrentTime()
                device.session.CopyFrom(session)
            device.updated_at.GetCurrentTime()
            return RegistryDevice(device.SerializeToString(), current.dev_eui, current.join_eui,
                                  current.dev_addr, current.created_at, device.updated_at.ToNanoseconds())

        row = await self._store.set_registry_device(self.COMPONENT, app_id, ids.device_id, reset)
        assert row is not None
        return self._answer(EndDevice.FromString(row.data), paths)


# Helpers ---------------------------------------------------------------------------------------
def _read_rights(paths: Sequence[str]) -> list[int]:
    """Upstream asks for the read rights at once: DEVICES_READ when anything is asked, with
    TRAFFIC_READ for queued downlinks and DEVICES_READ_KEYS for session keys."""
    if not paths:
        return []
    rights = [Right.RIGHT_APPLICATION_DEVICES_READ]
    if fieldmask.has_any(paths, *_TRAFFIC_PATHS):
        rights.append(Right.RIGHT_APPLICATION_TRAFFIC_READ)
    if fieldmask.has_any(paths, *_READ_KEY_PATHS):
        rights.append(Right.RIGHT_APPLICATION_DEVICES_READ_KEYS)
    return rights


def _get(device: Optional[EndDevice], path: str):
    if device is None:
        return None
    value = device
    for name in path.split("."):
        value = getattr(value, name)
    return value


def _check_version(st: SetState, path: str, version: int, name: str, maximum: int) -> None:
    """Upstream ``MACVersion.Validate``/``PHYVersion.Validate`` of a written version."""
    if st.has(path) and not 1 <= version <= maximum:
        raise _invalid(path, ERR_FIELD_BOUND(field=name, min=1, max=maximum, value=version))


def _require_zero(st: SetState, path: str) -> None:
    if st.has(path):
        if not fieldmask.is_zero(st.device, path):
            raise _invalid(path, ERR_FIELD_NOT_ZERO(name=path))
    elif not _is_zero(st.stored, path):
        raise _invalid(path)


def _require_not_zero(st: SetState, path: str) -> None:
    if st.has(path):
        if fieldmask.is_zero(st.device, path):
            raise _invalid(path, ERR_FIELD_IS_ZERO(name=path))
    elif _is_zero(st.stored, path):
        raise _invalid(path)


def _if_then(st: SetState, left: str, *, left_zero: bool, right: Sequence[str], right_zero: bool) -> None:
    """Upstream's implication rules: when ``left`` is zero (``left_zero``) or not, each of
    ``right`` is zero (``right_zero``) or not; checked both ways, from what the Set writes."""
    if st.has(left):
        if fieldmask.is_zero(st.device, left) != left_zero:
            return
        for path in right:
            (_require_zero if right_zero else _require_not_zero)(st, path)
    for path in right:
        if not st.has(path) or fieldmask.is_zero(st.device, path) == right_zero:
            continue
        # A right-hand value that breaks the rule: the left-hand side must not hold.
        (_require_zero if not left_zero else _require_not_zero)(st, left)


def _abp_rule_applies(st: SetState, *fields: str) -> bool:
    """Upstream's ``ifZeroThenFuncFields`` on supports_join: the rule holds for ABP devices and
    is checked when the Set writes supports_join or one of the rule's fields."""
    if st.has("supports_join"):
        return fieldmask.is_zero(st.device, "supports_join")
    return st.has(*fields) and _is_zero(st.stored, "supports_join")


def _check_ping_slot(st: SetState) -> None:
    class_b = _get(st.source("supports_class_b"), "supports_class_b")
    source = st.source("mac_settings.ping_slot_periodicity.value")
    has_periodicity = source is not None and source.mac_settings.HasField("ping_slot_periodicity")
    if class_b and not has_periodicity:
        raise _invalid("mac_settings.ping_slot_periodicity.value")


def _effective_has(st: SetState, top: str, listed: Optional[Sequence[str]] = None) -> bool:
    """Whether the device has ``top`` once written, judged like upstream: from the device sent
    for the listed paths the Set writes, from the stored one for the others."""
    listed = listed if listed is not None else [p for p in _SESSION_PATHS if p.startswith(top + ".")]
    written = [p for p in listed if st.has(p)]
    if written and st.device.HasField(top):
        return True
    return len(written) < len(listed) and st.stored is not None and st.stored.HasField(top)


def _session_key(st: SetState, key: str):
    """The session's key envelope of ``key``, from wherever its ``.key`` comes from."""
    source = st.source(f"session.keys.{key}.key")
    if source is None or not source.HasField("session") or not source.session.HasField("keys"):
        return None
    keys = source.session.keys
    return getattr(keys, key) if keys.HasField(key) else None


def _key_zero(envelope) -> bool:
    return envelope is None or (not any(envelope.key) and not envelope.encrypted_key)


def _keys_equal(a, b) -> bool:
    def parts(e):
        return (bytes(e.key), bytes(e.encrypted_key), e.kek_label) if e is not None else (b"", b"", "")

    return parts(a) == parts(b)


def _session_key_id(session) -> bytes:
    return bytes(session.keys.session_key_id) if session is not None and session.HasField("keys") else b""
