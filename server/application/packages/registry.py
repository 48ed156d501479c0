"""ApplicationPackageRegistry: which application package an FPort is associated with, per end
device (associations) and per application (default associations).

Upstream ``pkg/applicationserver/io/packages/grpc.go`` over its Redis registry
(``io/packages/redis/registry.go``):

* every RPC needs RIGHT_APPLICATION_SETTINGS_PACKAGES on the application (server/application/rules.py).
  Nothing checks that the end device exists, nor that a package of that name is registered;
* Get and List answer ``ids``, ``created_at``, ``updated_at`` and ``package_name``, plus the
  asked paths (so ``data`` only when asked); an association that does not exist is
  ``pkg/redis:not_found``;
* Set is an upsert. Creating writes the asked paths and the identifiers; updating writes the
  asked paths, and with none asked changes nothing (``updated_at`` included). Asking for
  ``created_at`` or ``updated_at`` is ``invalid_fieldmask`` (cause ``prohibited_field``). The
  answer holds what a Get answers plus the asked paths;
* Delete removes the association and succeeds when there is none;
* lists are ordered by FPort: ``limit`` 0 lists all (``page`` ignored), else page ``page`` (0 is
  1) of ``limit``. ``X-Total-Count`` is the number of associations when a limit is given, and
  0 without one: upstream counts in its paginated branch only, yet always sends the header;
* deleting the AS end device clears its associations (server/application/device_registry.py),
  deleting the application link the default associations (server/application/link.py).

Upstream publishes no events for any of this, and neither does ttsl. The identifiers a Set
writes are always those of the request's key (its path), so the Redis registry's checks that
they match (``invalid_identifiers``, ``read_only_field``) cannot fail and are left out.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Sequence

from google.protobuf import empty_pb2
from google.protobuf.message import Message

from ttn.lorawan.v3 import applicationserver_packages_pb2 as pb
from ttn.lorawan.v3 import identifiers_pb2

from ... import fieldmask
from ...devices.registry import ERR_NOT_FOUND, ERR_PROHIBITED_FIELD
from ...errors import Namespace
from ...pipeline import Call
from ...store import PackageAssociation, Store
from . import DEFAULTS, PACKAGES

__all__ = ["ApplicationPackageRegistry", "FIELD_MASKS"]

_redis = Namespace("pkg/applicationserver/io/packages/redis")
ERR_INVALID_FIELDMASK = _redis.invalid_argument("invalid_fieldmask", "invalid fieldmask")

_SERVICE = "ttn.lorawan.v3.ApplicationPackageRegistry"

# Always part of a Get, List or Set answer (upstream: the gRPC layer's ``package_name``, and the
# registry's ``created_at``, ``ids``, ``updated_at``).
_GET_PATHS = ("created_at", "ids", "package_name", "updated_at")
# Set by the registry, never by a Set's mask.
_TIMESTAMPS = ("created_at", "updated_at")

# Upstream accepts every path of the association on each of these RPCs.
_association_paths = frozenset(fieldmask.paths_of(pb.ApplicationPackageAssociation.DESCRIPTOR))
_default_paths = frozenset(fieldmask.paths_of(pb.ApplicationPackageDefaultAssociation.DESCRIPTOR))
# The field-mask paths of these RPCs (declared in server/application/rules.py).
FIELD_MASKS = {
    f"/{_SERVICE}/{method}": paths
    for paths, methods in (
        (_association_paths, ("GetAssociation", "ListAssociations", "SetAssociation")),
        (_default_paths, ("GetDefaultAssociation", "ListDefaultAssociations", "SetDefaultAssociation")),
    )
    for method in methods
}


@dataclass(frozen=True)
class _Kind:
    """Associations of end devices, or default associations of applications."""

    message: type
    # What a Set that creates the association writes besides the asked paths.
    id_paths: tuple[str, ...]


_ASSOCIATION = _Kind(pb.ApplicationPackageAssociation, ("ids.end_device_ids", "ids.f_port"))
_DEFAULT = _Kind(pb.ApplicationPackageDefaultAssociation, ("ids.application_ids", "ids.f_port"))


class ApplicationPackageRegistry:
    SERVICE = _SERVICE

    def __init__(self, store: Store) -> None:
        self._store = store

    async def List(self, req: identifiers_pb2.EndDeviceIdentifiers, call: Call) -> pb.ApplicationPackages:
        return pb.ApplicationPackages(packages=PACKAGES)

    # Associations of an end device ------------------------------------------------------------
    async def GetAssociation(
        self, req: pb.GetApplicationPackageAssociationRequest, call: Call
    ) -> pb.ApplicationPackageAssociation:
        ids = req.ids
        dev = ids.end_device_ids
        return await self._get(_ASSOCIATION, dev.application_ids.application_id, dev.device_id, ids.f_port,
                               req.field_mask.paths)

    async def ListAssociations(
        self, req: pb.ListApplicationPackageAssociationRequest, call: Call
    ) -> pb.ApplicationPackageAssociations:
        associations = await self._list(_ASSOCIATION, req.ids.application_ids.application_id, req.ids.device_id,
                                        req, call)
        return pb.ApplicationPackageAssociations(associations=associations)

    async def SetAssociation(
        self, req: pb.SetApplicationPackageAssociationRequest, call: Call
    ) -> pb.ApplicationPackageAssociation:
        ids = req.association.ids
        dev = ids.end_device_ids
        return await self._set(_ASSOCIATION, dev.application_ids.application_id, dev.device_id, ids.f_port,
                               req.association, list(req.field_mask.paths))

    async def DeleteAssociation(
        self, req: pb.ApplicationPackageAssociationIdentifiers, call: Call
    ) -> empty_pb2.Empty:
        dev = req.end_device_ids
        await self._delete(dev.application_ids.application_id, dev.device_id, req.f_port)
        return empty_pb2.Empty()

    # Default associations of an application ------------------------------------------------------
    async def GetDefaultAssociation(
        self, req: pb.GetApplicationPackageDefaultAssociationRequest, call: Call
    ) -> pb.ApplicationPackageDefaultAssociation:
        ids = req.ids
        return await self._get(_DEFAULT, ids.application_ids.application_id, DEFAULTS, ids.f_port,
                               req.field_mask.paths)

    async def ListDefaultAssociations(
        self, req: pb.ListApplicationPackageDefaultAssociationRequest, call: Call
    ) -> pb.ApplicationPackageDefaultAssociations:
        defaults = await self._list(_DEFAULT, req.ids.application_id, DEFAULTS, req, call)
        return pb.ApplicationPackageDefaultAssociations(defaults=defaults)

    async def SetDefaultAssociation(
        self, req: pb.SetApplicationPackageDefaultAssociationRequest, call: Call
    ) -> pb.ApplicationPackageDefaultAssociation:
        ids = req.default.ids
        return await self._set(_DEFAULT, ids.application_ids.application_id, DEFAULTS, ids.f_port,
                               req.default, list(req.field_mask.paths))

    async def DeleteDefaultAssociation(
        self, req: pb.ApplicationPackageDefaultAssociationIdentifiers, call: Call
    ) -> empty_pb2.Empty:
        await self._delete(req.application_ids.application_id, DEFAULTS, req.f_port)
        return empty_pb2.Empty()

    # Shared steps --------------------------------------------------------------------------------
    async def _get(self, kind: _Kind, app_id: str, device_id: str, f_port: int, paths: Sequence[str]) -> Message:
        row = await self._store.get_package_association(app_id, device_id, f_port)
        if row is None:
            raise ERR_NOT_FOUND()
        return _answer(kind, row, paths)

    async def _list(self, kind: _Kind, app_id: str, device_id: str, req, call: Call) -> list[Message]:
        limit = req.limit
        offset = (max(req.page, 1) - 1) * limit
        rows, total = await self._store.list_package_associations(app_id, device_id, limit=limit, offset=offset)
        call.set_total(total if limit else 0)
        paths = req.field_mask.paths
        return [_answer(kind, row, paths) for row in rows]

    async def _set(
        self, kind: _Kind, app_id: str, device_id: str, f_port: int, sent: Message, mask: list[str]
    ) -> Message:
        for path in _TIMESTAMPS:
            if fieldmask.has_any(mask, path):
                raise ERR_INVALID_FIELDMASK(cause=ERR_PROHIBITED_FIELD(field=path))

        def write(current: PackageAssociation | None) -> PackageAssociation | None:
            if current is not None and not mask:
                return current
            now = time.time_ns()
            if current is None:
                updated = kind.message()
                fieldmask.copy_paths(updated, sent, [*mask, *kind.id_paths])
                updated.created_at.FromNanoseconds(now)
            else:
                updated = kind.message.FromString(current.data)
                fieldmask.copy_paths(updated, sent, mask)
            updated.updated_at.FromNanoseconds(now)
            return PackageAssociation(f_port, updated.SerializeToString(), updated.created_at.ToNanoseconds(), now)

        row = await self._store.set_package_association(app_id, device_id, f_port, write)
        assert row is not None
        return _answer(kind, row, mask)

    async def _delete(self, app_id: str, device_id: str, f_port: int) -> None:
        await self._store.set_package_association(app_id, device_id, f_port, lambda current: None)


def _answer(kind: _Kind, row: PackageAssociation, paths: Sequence[str]) -> Message:
    return fieldmask.filter_message(kind.message.FromString(row.data), [*_GET_PATHS, *paths])
