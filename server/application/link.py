"""The ``As`` service: an application's link, the Application Server's own settings of it
(upstream ``pkg/applicationserver/grpc.go`` and its redis link registry).

A link holds the application's default payload formatters (used for devices whose
``formatters`` are unset) and its ``skip_payload_crypto`` setting. Upstream's Application
Server no longer links to a Network Server: the link is just these settings, and
``GetLinkStats`` answers ``linking_not_implemented``.

* GetLink: the stored link, filtered to the field mask (an empty mask gives ``{}``); no link
  stored: ``pkg/redis:not_found``;
* SetLink: writes the masked paths (an empty mask writes nothing) and answers the whole link;
  a formatter parameter over the configured length (40960) is refused;
* DeleteLink: removes the link (there may be none) and the application's default package
  associations;
* the deprecated paths ``api_key``, ``network_server_address`` and ``tls`` are still accepted
  in masks; GetLink leaves each out, with an ``X-Warning`` ``field <path> is deprecated``.
  (Upstream's loop that drops them keeps the last two in the mask after warning, and its
  registry then fails with a plain ``invalid field`` error; ttsl drops all three.) A SetLink
  naming one fails validation before that, as upstream: the link has no such field.

Rights: RIGHT_APPLICATION_SETTINGS_BASIC for the three link RPCs; GetLinkStats and
GetConfiguration check none, as upstream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import applicationserver_pb2 as pb
from ttn.lorawan.v3 import identifiers_pb2

from .. import fieldmask
from ..devices.registry import ERR_NOT_FOUND
from ..errors import Namespace
from .device_registry import ERR_FIELD_VALUE, ERR_FORMATTER_SCRIPT_TOO_LARGE, MAX_FORMATTER_PARAMETER_LENGTH
from .packages import clear_default_associations

if TYPE_CHECKING:
    from ..pipeline import Call
    from ..store import Store

__all__ = ["As", "FIELD_MASKS", "LINK_PATHS", "DEPRECATED_LINK_PATHS", "default_formatters"]

ERR_LINKING_NOT_IMPLEMENTED = Namespace("pkg/applicationserver").unimplemented(
    "linking_not_implemented", "linking is not implemented"
)

DEPRECATED_LINK_PATHS = ("api_key", "network_server_address", "tls")
# Upstream's allowed field-mask paths of GetLink and SetLink (the deprecated ones included).
LINK_PATHS = frozenset(fieldmask.paths_of(pb.ApplicationLink.DESCRIPTOR)) | frozenset(DEPRECATED_LINK_PATHS)
FIELD_MASKS = {
    "/ttn.lorawan.v3.As/GetLink": LINK_PATHS,
    "/ttn.lorawan.v3.As/SetLink": LINK_PATHS,
}

_PARAMETERS = ("default_formatters.up_formatter_parameter", "default_formatters.down_formatter_parameter")


def _current_paths(call: "Call", paths: Sequence[str]) -> list[str]:
    """The mask without its deprecated paths, each of which is warned about."""
    kept = []
    for path in paths:
        if path in DEPRECATED_LINK_PATHS:
            call.warn(f"field {path} is deprecated")
        else:
            kept.append(path)
    return kept


class As:
    SERVICE = "ttn.lorawan.v3.As"

    def __init__(self, store: "Store") -> None:
        self._store = store

    async def GetLink(self, req: pb.GetApplicationLinkRequest, call: "Call") -> pb.ApplicationLink:
        paths = _current_paths(call, req.field_mask.paths)
        data = await self._store.get_application_link(req.application_ids.application_id)
        if data is None:
            raise ERR_NOT_FOUND()
        return fieldmask.filter_message(pb.ApplicationLink.FromString(data), paths)

    async def SetLink(self, req: pb.SetApplicationLinkRequest, call: "Call") -> pb.ApplicationLink:
        for path in _PARAMETERS:
            if fieldmask.has_any(req.field_mask.paths, path):
                size = len(getattr(req.link.default_formatters, path.rpartition(".")[2]).encode())
                if size > MAX_FORMATTER_PARAMETER_LENGTH:
                    raise ERR_FIELD_VALUE(field=path, cause=ERR_FORMATTER_SCRIPT_TOO_LARGE(
                        size=size, max_size=MAX_FORMATTER_PARAMETER_LENGTH))
        paths = _current_paths(call, req.field_mask.paths)

        def write(current: bytes | None) -> bytes | None:
            if not paths:
                return current
            link = pb.ApplicationLink.FromString(current) if current is not None else pb.ApplicationLink()
            fieldmask.copy_paths(link, req.link, paths)
            return link.SerializeToString()

        stored = await self._store.set_application_link(req.application_ids.application_id, write)
        return pb.ApplicationLink.FromString(stored) if stored is not None else pb.ApplicationLink()

    async def DeleteLink(self, req: identifiers_pb2.ApplicationIdentifiers, call: "Call") -> empty_pb2.Empty:
        await self._store.set_application_link(req.application_id, lambda current: None)
        await clear_default_associations(self._store, req.application_id)
        return empty_pb2.Empty()

    async def GetLinkStats(self, req: identifiers_pb2.ApplicationIdentifiers, call: "Call") -> pb.ApplicationLinkStats:
        raise ERR_LINKING_NOT_IMPLEMENTED()

    async def GetConfiguration(self, req: pb.GetAsConfigurationRequest, call: "Call") -> pb.GetAsConfigurationResponse:
        """Upstream's defaults: both pub/sub providers enabled (the zero value), webhooks never
        disabled for failures (threshold 0, retry interval 0s)."""
        response = pb.GetAsConfigurationResponse()
        config = response.configuration
        config.pubsub.providers.SetInParent()
        config.webhooks.unhealthy_retry_interval.SetInParent()
        return response


async def default_formatters(store: "Store", application_id: str):
    """The application's default formatters (None when it has no link, or the link none)."""
    data = await store.get_application_link(application_id)
    if data is None:
        return None
    link = pb.ApplicationLink.FromString(data)
    return link.default_formatters if link.HasField("default_formatters") else None
