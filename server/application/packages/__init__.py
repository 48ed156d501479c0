"""Application packages of the Application Server: the packages it knows, and their registry.

Upstream's open-source Application Server registers three package handlers
(``pkg/applicationserver/config.go``, ``NewApplicationPackages``), each naming itself and its
default FPort in its ``Package()`` (``pkg/applicationserver/io/packages/{loradms/v1,loragls/v3,
alcsync/v1}/package.go``). ttsl runs none of them on uplinks; it knows them so that ``List``
answers as upstream does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ttn.lorawan.v3 import applicationserver_packages_pb2 as _pb

if TYPE_CHECKING:
    from ...store import Store

__all__ = ["PACKAGES", "DEFAULTS", "clear_associations", "clear_default_associations"]

# Upstream keeps its handlers in a Go map, so its List answers them in any order; ours is by name.
PACKAGES: tuple[_pb.ApplicationPackage, ...] = (
    _pb.ApplicationPackage(name="alcsync-v1", default_f_port=202),
    _pb.ApplicationPackage(name="lora-cloud-device-management-v1", default_f_port=199),
    _pb.ApplicationPackage(name="lora-cloud-geolocation-v3", default_f_port=197),
)

# The device ID under which the store keeps an application's default associations.
DEFAULTS = ""


async def clear_associations(store: "Store", application_id: str, device_id: str) -> None:
    """Forget the end device's associations (upstream, when the AS end device is deleted)."""
    await store.clear_package_associations(application_id, device_id)


async def clear_default_associations(store: "Store", application_id: str) -> None:
    """Forget the application's default associations (upstream, when its link is deleted)."""
    await store.clear_package_associations(application_id, DEFAULTS)
