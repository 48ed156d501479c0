"""The Application Server's rights rules and field-mask paths, one entry per RPC it serves.

Upstream checks these in ``pkg/applicationserver/grpc*.go`` and ``io/**/grpc.go``; the rules of
its end-device registry are those every registry has (server/devices/registry.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..auth import rights as R
from ..devices import field_masks as device_field_masks
from ..devices.registry import rules
from ..rules import Anyone, OnEntity, Rule
from . import link
from .integrations import storage
from .integrations.webhooks import registry as webhooks
from .packages import registry as packages

if TYPE_CHECKING:
    from ..auth.access import Access, Auth

__all__ = ["RULES", "OnApplicationOf", "field_masks"]

Right = R.Right


# Application packages (Application Server) --------------------------------------------------
# Every method: RIGHT_APPLICATION_SETTINGS_PACKAGES on the application (upstream io/packages/grpc.go).
_PKG = "/ttn.lorawan.v3.ApplicationPackageRegistry/"
_PACKAGES = (Right.RIGHT_APPLICATION_SETTINGS_PACKAGES,)
_PACKAGE_RULES: dict[str, Rule] = {
    _PKG + method: OnEntity("application", path, _PACKAGES)
    for method, path in (
        ("List", "application_ids.application_id"),
        ("GetAssociation", "ids.end_device_ids.application_ids.application_id"),
        ("ListAssociations", "ids.application_ids.application_id"),
        ("SetAssociation", "association.ids.end_device_ids.application_ids.application_id"),
        ("DeleteAssociation", "end_device_ids.application_ids.application_id"),
        ("GetDefaultAssociation", "ids.application_ids.application_id"),
        ("ListDefaultAssociations", "ids.application_id"),
        ("SetDefaultAssociation", "default.ids.application_ids.application_id"),
        ("DeleteDefaultAssociation", "application_ids.application_id"),
    )
}


# Application Server: links, payload formatter test endpoints, MQTT info ----------------------
# Upstream pkg/applicationserver/grpc.go and io/grpc/grpc.go; GetLinkStats (always
# Unimplemented) and GetConfiguration check no rights there.
_LINK = "/ttn.lorawan.v3.As/"
_APP_AS = "/ttn.lorawan.v3.AppAs/"
_SETTINGS_BASIC = (Right.RIGHT_APPLICATION_SETTINGS_BASIC,)
_TRAFFIC_READ = (Right.RIGHT_APPLICATION_TRAFFIC_READ,)
_APPLICATION_SERVER_RULES: dict[str, Rule] = {
    _LINK + "GetLink": OnEntity("application", "application_ids.application_id", _SETTINGS_BASIC),
    _LINK + "SetLink": OnEntity("application", "application_ids.application_id", _SETTINGS_BASIC),
    _LINK + "DeleteLink": OnEntity("application", "application_id", _SETTINGS_BASIC),
    _LINK + "GetLinkStats": Anyone(),
    _LINK + "GetConfiguration": Anyone(),
    _APP_AS + "EncodeDownlink": OnEntity("application", "end_device_ids.application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "DecodeUplink": OnEntity("application", "end_device_ids.application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "DecodeDownlink": OnEntity("application", "end_device_ids.application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "GetMQTTConnectionInfo": OnEntity("application", "application_id", (Right.RIGHT_APPLICATION_INFO,)),
    _APP_AS + "DownlinkQueuePush": OnEntity("application", "end_device_ids.application_ids.application_id",
                                            (Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE,)),
    _APP_AS + "DownlinkQueueReplace": OnEntity("application", "end_device_ids.application_ids.application_id",
                                               (Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE,)),
    _APP_AS + "DownlinkQueueList": OnEntity("application", "application_ids.application_id", _TRAFFIC_READ),
    _APP_AS + "SimulateUplink": OnEntity("application", "end_device_ids.application_ids.application_id",
                                         (Right.RIGHT_APPLICATION_TRAFFIC_UP_WRITE,)),
}


@dataclass(frozen=True, slots=True)
class OnApplicationOf:
    """``rights`` on the application of the request's ``end_device_ids`` when set, else of its
    ``application_ids`` (the storage integration's requests name either)."""

    rights: tuple[int, ...]

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if request.HasField("end_device_ids"):
            entity_id = request.end_device_ids.application_ids.application_id
        else:
            entity_id = request.application_ids.application_id
        R.require("application", entity_id, await access.rights_on(auth, "application", entity_id), self.rights)


# Storage integration: RIGHT_APPLICATION_TRAFFIC_READ (TTI's docs: "Read application traffic").
_STORAGE = "/ttn.lorawan.v3.ApplicationUpStorage/"
_STORAGE_RULES: dict[str, Rule] = {
    _STORAGE + "GetStoredApplicationUp": OnApplicationOf(_TRAFFIC_READ),
    _STORAGE + "GetStoredApplicationUpCount": OnApplicationOf(_TRAFFIC_READ),
}


# Webhooks: upstream io/web/grpc_webhooks.go. Formats and templates check no rights there.
_WEBHOOKS = "/ttn.lorawan.v3.ApplicationWebhookRegistry/"
_WEBHOOK_SET = (Right.RIGHT_APPLICATION_SETTINGS_BASIC, Right.RIGHT_APPLICATION_TRAFFIC_READ,
                Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE)
_WEBHOOK_RULES: dict[str, Rule] = {
    _WEBHOOKS + "GetFormats": Anyone(),
    _WEBHOOKS + "GetTemplate": Anyone(),
    _WEBHOOKS + "ListTemplates": Anyone(),
    _WEBHOOKS + "Get": OnEntity("application", "ids.application_ids.application_id", _TRAFFIC_READ),
    _WEBHOOKS + "List": OnEntity("application", "application_ids.application_id", _TRAFFIC_READ),
    _WEBHOOKS + "Set": OnEntity("application", "webhook.ids.application_ids.application_id", _WEBHOOK_SET),
    _WEBHOOKS + "Delete": OnEntity("application", "application_ids.application_id", _WEBHOOK_SET),
}


RULES: dict[str, Rule] = {
    **rules("ttn.lorawan.v3.AsEndDeviceRegistry"),
    **_PACKAGE_RULES,
    **_APPLICATION_SERVER_RULES,
    **_STORAGE_RULES,
    **_WEBHOOK_RULES,
}


def field_masks() -> dict[str, frozenset[str]]:
    """The paths of the Application Server's RPCs with a field mask: its registry's (the
    ownership annotations), links, package associations and stored uplinks."""
    return {
        **device_field_masks.allowed("as"),
        **link.FIELD_MASKS,
        **packages.FIELD_MASKS,
        **storage.FIELD_MASKS,
        **webhooks.FIELD_MASKS,
    }
