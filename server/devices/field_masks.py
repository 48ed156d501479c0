"""Field-mask paths accepted by the end-device and gateway registries, derived from our protos.

End devices: each registry accepts, on Get (and List), the paths it serves on read and, on
Update/Set, the paths it stores on write (:mod:`.ownership`). The Network Server's
ResetFactoryDefaults takes the paths of its Get. Gateways: every path of ``Gateway``, for Get,
List and Update alike.

:data:`ALLOWED` has upstream's method names as keys, ready to merge into
``server.fieldmask.ALLOWED``.
"""

from __future__ import annotations

from server.fieldmask import paths_of
from ttn.lorawan.v3 import gateway_pb2

from .ownership import paths_for

__all__ = ["ALLOWED", "allowed"]

_SERVICE = "/ttn.lorawan.v3."

# method -> (component, operation)
_DEVICE_METHODS: dict[str, tuple[str, str]] = {
    "EndDeviceRegistry/Get": ("is", "get"),
    "EndDeviceRegistry/List": ("is", "get"),
    "EndDeviceRegistry/Update": ("is", "set"),
    "EndDeviceBatchRegistry/Get": ("is", "get"),
    "JsEndDeviceRegistry/Get": ("js", "get"),
    "JsEndDeviceRegistry/Set": ("js", "set"),
    "NsEndDeviceRegistry/Get": ("ns", "get"),
    "NsEndDeviceRegistry/Set": ("ns", "set"),
    "NsEndDeviceRegistry/ResetFactoryDefaults": ("ns", "get"),
    "AsEndDeviceRegistry/Get": ("as", "get"),
    "AsEndDeviceRegistry/Set": ("as", "set"),
}

_GATEWAY_METHODS = ("GatewayRegistry/Get", "GatewayRegistry/List", "GatewayRegistry/Update")


def allowed() -> dict[str, frozenset[str]]:
    """Full method name -> the field-mask paths it accepts."""
    out: dict[str, frozenset[str]] = {}
    for method, (component, operation) in _DEVICE_METHODS.items():
        out[_SERVICE + method] = paths_for(component, operation)  # type: ignore[arg-type]
    gateway = frozenset(paths_of(gateway_pb2.Gateway.DESCRIPTOR))
    for method in _GATEWAY_METHODS:
        out[_SERVICE + method] = gateway
    return out


ALLOWED: dict[str, frozenset[str]] = allowed()
