"""The Network Server's errors (upstream ``pkg/networkserver`` and its ``internal`` package):
those of its device registry and those of the application downlink queue it keeps."""

from __future__ import annotations

from ..errors import Namespace

__all__ = [
    "ERR_DEVICE_NOT_FOUND",
    "ERR_FIELD_VALUE",
    "ERR_FIELD_NOT_ZERO",
    "ERR_FIELD_IS_ZERO",
    "ERR_BAND_MISMATCH",
    "ERR_CORRUPTED_MAC_STATE",
    "ERR_SESSION",
    "ERR_TOO_LONG",
    "ERR_F_CNT_TOO_LOW",
    "ERR_UNKNOWN_SESSION",
    "ERR_QUEUE_CAPACITY",
    "ERR_CONFIRMED_MULTICAST",
    "ERR_NO_PATH",
    "ERR_EXPIRED",
]

_ns = Namespace("pkg/networkserver")
ERR_DEVICE_NOT_FOUND = _ns.not_found("device_not_found", "device not found")

# Device registry.
ERR_FIELD_VALUE = _ns.invalid_argument("field_value", "invalid value of field `{field}`")
ERR_FIELD_NOT_ZERO = _ns.invalid_argument("field_not_zero", "field `{name}` is not zero")
ERR_FIELD_IS_ZERO = _ns.invalid_argument("field_is_zero", "field `{name}` is zero")
ERR_BAND_MISMATCH = _ns.invalid_argument(
    "device_and_frequency_plan_band_mismatch",
    "device band ID `{dev_band_id}` and frequency plan band ID `{fp_band_id}` do not match",
)
_internal = Namespace("pkg/networkserver/internal")
ERR_CORRUPTED_MAC_STATE = _internal.data_loss("corrupted_mac_state", "MAC state is corrupted")
ERR_SESSION = _internal.data_loss("session", "no device session")

# Application downlink queue (upstream ``grpc_asns.go``).
ERR_TOO_LONG = _ns.invalid_argument(
    "application_downlink_too_long", "application downlink payload length `{length}` exceeds maximum '{max}'"
)
ERR_F_CNT_TOO_LOW = _ns.invalid_argument("f_cnt_too_low", "FCnt `{f_cnt}` is lower than minimum of `{min_f_cnt}`")
ERR_UNKNOWN_SESSION = _ns.not_found("unknown_session", "unknown session")
ERR_QUEUE_CAPACITY = _ns.resource_exhausted("downlink_queue_capacity", "downlink queue capacity exceeded")
ERR_CONFIRMED_MULTICAST = _ns.invalid_argument(
    "confirmed_multicast_downlink", "confirmed downlink queued for multicast device"
)
ERR_NO_PATH = _ns.not_found("no_downlink_path", "no downlink path available")
ERR_EXPIRED = _ns.failed_precondition("downlink_expired", "queued downlink is expired")
