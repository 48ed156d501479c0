"""Field-mask paths accepted by the end-device registries, derived from our protos.

Each registry accepts, on Get (and List), the paths it serves on read and, on Update/Set, the
paths it stores on write (:mod:`.ownership`). The Network Server's ResetFactoryDefaults takes
the paths of its Get. Each component declares its registry's lists with :func:`allowed` in its
field-mask table (``server/<component>/rules.py``).
"""

from __future__ import annotations

from .ownership import paths_for

__all__ = ["METHODS", "allowed"]

_SERVICE = "/ttn.lorawan.v3."

# method -> (component, operation)
METHODS: dict[str, tuple[str, str]] = {
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


def allowed(component: str) -> dict[str, frozenset[str]]:
    """Full method name -> the field-mask paths it accepts, for the device methods of
    ``component`` (``is``, ``js``, ``ns`` or ``as``)."""
    return {
        _SERVICE + method: paths_for(owner, operation)  # type: ignore[arg-type]
        for method, (owner, operation) in METHODS.items()
        if owner == component
    }
