"""The rows read on nearly every call, kept in memory, and what a write makes them forget.

Entity rows, membership chains and the Identity Server's end devices (absent ones too) are
cached by both backends; every write transaction records in a :class:`Changes` what it changed,
and the store hands it to :meth:`RowCache.forget` once the transaction is over (committed or
not). The same changes move ``auth_version`` and ``rights_version`` (see
:class:`server.store.AccessVersions`), which the caches of verified keys and of rights check on
every hit. PostgreSQL also forgets what the other replicas' changes name.

A cache is trusted or not: while it is not (PostgreSQL while it does not hear the other
replicas), nothing is kept and both versions change on every read.
"""

from __future__ import annotations

from typing import Any, Iterable

__all__ = ["Changes", "RowCache"]

_SIZE = 100_000  # entries per table; a full table is emptied, not trimmed


class Changes:
    """What one write transaction changed, for the caches."""

    __slots__ = ("entities", "devices", "auth", "rights")

    def __init__(self) -> None:
        self.entities: set[tuple[str, str]] = set()
        self.devices: set[tuple[str, str]] = set()
        self.auth = False  # what authenticates a key (moves rights too)
        self.rights = False  # memberships

    def entity(self, kind: str, id: str, *, liveness: bool = False) -> None:
        """An entity row written. One created, deleted, restored or purged (``liveness``), and
        any user (admin flag, state), changes what authentication and rights depend on."""
        self.entities.add((kind, id))
        if liveness or kind == "user":
            self.auth = True

    def memberships(self) -> None:
        self.rights = True

    def keys(self) -> None:
        """An API key updated or deleted (a key that did not exist was cached nowhere)."""
        self.auth = True

    def device(self, application_id: str, device_id: str) -> None:
        self.devices.add((application_id, device_id))

    def __bool__(self) -> bool:
        return bool(self.entities or self.devices or self.auth or self.rights)


class RowCache:
    """Cached entity rows, membership chains and end devices, with the two access versions."""

    def __init__(self) -> None:
        self.entities: dict[tuple[str, str], Any] = {}
        self.chains: dict[tuple[str, str, str, str], list[tuple[bytes, bytes | None]]] = {}
        self.end_devices: dict[tuple[str, str], Any] = {}
        self.generation = 0  # moves with every forgetting: a read under way then is not kept
        self.trusted = True
        self._auth_version = 0
        self._rights_version = 0

    @property
    def auth_version(self) -> int:
        if not self.trusted:
            self._auth_version += 1
        return self._auth_version

    @property
    def rights_version(self) -> int:
        if not self.trusted:
            self._rights_version += 1
        return self._rights_version

    def remember(self, table: dict, key: tuple, value: Any, generation: int) -> None:
        """Keep a value read while nothing was forgotten (``generation`` is the one from before
        the read) and while trusted."""
        if self.trusted and generation == self.generation:
            if len(table) >= _SIZE:
                table.clear()
            table[key] = value

    def forget(self, changes: Changes) -> None:
        """After a write transaction: drop what it changed, move the versions."""
        if changes:
            self.forget_named(changes.entities, changes.devices, auth=changes.auth, rights=changes.rights)

    def forget_named(
        self,
        entities: Iterable[tuple[str, str]] | None,
        devices: Iterable[tuple[str, str]] | None,
        *,
        auth: bool,
        rights: bool,
    ) -> None:
        """Drop cached entity rows and devices (None: all of them); move the versions."""
        self.generation += 1
        if entities is None:
            self.entities.clear()
        else:
            for key in entities:
                self.entities.pop(key, None)
        if devices is None:
            self.end_devices.clear()
        else:
            for key in devices:
                self.end_devices.pop(key, None)
        if auth:
            self._auth_version += 1
        if auth or rights:
            self.chains.clear()  # a chain runs through live organizations only
            self._rights_version += 1

    def forget_all(self) -> None:
        self.forget_named(None, None, auth=True, rights=True)
