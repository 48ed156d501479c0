"""Every operation of :class:`server.store.Store`, written once for both backends.

One module per component, as the Protocols of :mod:`server.store.contract` are split: each
holds a mixin whose methods read through the backend's ``_one``/``_rows`` and write through
``_write`` with transactions written as generators of steps (:mod:`server.store.transaction`),
running the statements of :mod:`server.store.queries`. :class:`SQLStore` is all of them; a
backend subclasses it and gives the plumbing (:class:`server.store.backend.Backend`).

A new table, for both backends: a schema step in ``migrations``; its row in ``rows`` and its
Protocol in ``contract`` (added to ``Store``); its statements in ``queries`` (a table keyed for
read-modify-writes is one ``keyed_rows(...)``); a module here with its mixin (``KeyedTables``
gives get/set/delete of keyed rows), added to ``SQLStore``'s bases; its functions in the store
suite (``tests/storage/suite.py``), which runs on both backends.
"""

from __future__ import annotations

from .api_keys import APIKeys
from .end_devices import EndDevices
from .gateways import Gateways
from .memberships import Memberships
from .packages import Packages
from .registry_devices import RegistryDevices
from .stored_application_ups import StoredApplicationUps
from .webhooks import Webhooks

__all__ = ["SQLStore"]


class SQLStore(Gateways, Memberships, APIKeys, EndDevices, RegistryDevices, Packages, StoredApplicationUps, Webhooks):
    """The store's operations over a backend's plumbing (Gateways includes the other entities)."""
