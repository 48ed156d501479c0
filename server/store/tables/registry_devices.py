"""The device registries of the JS, NS and AS (:class:`server.store.RegistryDeviceStore`)."""

from __future__ import annotations

from typing import Callable

from .. import queries as q
from ..rows import EUIsTaken, RegistryDevice
from ..transaction import Tx, one
from .keyed import KeyedTables

__all__ = ["RegistryDevices"]


def _euis_free(key: tuple[str, str, str], current: RegistryDevice | None, new: RegistryDevice) -> Tx[None]:
    """Within a registry, a (JoinEUI, DevEUI) pair with both set names one device at most."""
    if new.join_eui is None or new.dev_eui is None:
        return
    if current is not None and (new.join_eui, new.dev_eui) == (current.join_eui, current.dev_eui):
        return
    component, application_id, device_id = key
    holder = yield one(q.REGISTRY_DEVICE_EUIS_HOLDER, component, new.join_eui, new.dev_eui, application_id, device_id)
    if holder is not None:
        raise EUIsTaken(join_eui=new.join_eui.hex().upper(), dev_eui=new.dev_eui.hex().upper(),
                        application_id=holder[0], device_id=holder[1])


class RegistryDevices(KeyedTables):
    async def get_registry_device(
        self, component: str, application_id: str, device_id: str
    ) -> RegistryDevice | None:
        return await self._get_keyed(q.REGISTRY_DEVICES, (component, application_id, device_id))

    async def set_registry_device(
        self,
        component: str,
        application_id: str,
        device_id: str,
        fn: Callable[[RegistryDevice | None], RegistryDevice | None],
    ) -> RegistryDevice | None:
        return await self._set_keyed(q.REGISTRY_DEVICES, (component, application_id, device_id), fn, _euis_free)

    async def delete_registry_device(self, component: str, application_id: str, device_id: str) -> bool:
        return await self._delete_keyed(q.REGISTRY_DEVICES, (component, application_id, device_id))
