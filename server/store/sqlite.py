"""The embedded default store: one SQLite file in WAL mode.

Reads run on the event loop through their own connection (a WAL read of a cached page takes a
few microseconds, less than a hop to a thread). Writes run one at a time on a dedicated
thread with ``synchronous=FULL``, so a write is on disk before it is acknowledged and the
loop never waits on an fsync.

The file belongs to one ttsl process (replicas share PostgreSQL instead), so every write goes
through this object: entity rows and membership chains, read on every call, are kept in
memory and dropped when a write that could change them has committed. The same writes move
``auth_version`` and ``rights_version`` (see :class:`server.store.Store`), which the caches of
verified keys and of rights check on every hit.
"""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Sequence

from . import (
    APIKeyRow,
    EndDeviceRow,
    Entity,
    EntityChange,
    EUIsTaken,
    GatewayEUITaken,
    IDTaken,
    Member,
    Membership,
    PackageAssociation,
    RegistryDevice,
    StoredApplicationUp,
)
from .migrations import MIGRATIONS, statements
from .sql import (
    API_KEY_COLUMNS,
    END_DEVICE_COLUMNS,
    ENTITY_COLUMNS,
    MEMBERSHIP_CHAINS,
    MEMBERSHIP_COLUMNS,
    PACKAGE_ASSOCIATION_COLUMNS,
    REGISTRY_DEVICE_COLUMNS,
    api_key_of,
    api_key_order_by,
    end_device_of,
    end_device_order_by,
    entity_of,
    membership_of,
    namespace_of,
    order_by,
    package_association_of,
    registry_device_of,
    stored_up_selection,
)

__all__ = ["SQLiteStore"]

_CACHE_SIZE = 100_000


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


class SQLiteStore:
    """See :class:`server.store.Store` for the contract."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._writer = _connect(self.path)
        self._migrate()
        self._reader = _connect(self.path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
        self._entities: dict[tuple[str, str], Entity | None] = {}
        self._chains: dict[tuple[str, str, str, str], list[tuple[bytes, bytes | None]]] = {}
        self._end_devices: dict[tuple[str, str], EndDeviceRow | None] = {}
        self.auth_version = 0
        self.rights_version = 0

    @classmethod
    async def open(cls, path: str | Path) -> "SQLiteStore":
        return cls(path)

    async def close(self) -> None:
        self._executor.shutdown(wait=True)
        self._reader.close()
        self._writer.close()

    def _migrate(self) -> None:
        (version,) = self._writer.execute("PRAGMA user_version").fetchone()
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            self._writer.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements(step, "sqlite"):
                    self._writer.execute(statement)
                self._writer.execute(f"PRAGMA user_version={number}")
                self._writer.execute("COMMIT")
            except BaseException:
                self._writer.execute("ROLLBACK")
                raise

    # Plumbing ---------------------------------------------------------------------------------
    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        return self._reader.execute(sql, args).fetchall()

    def _forget(self, kind: str, id: str, *, liveness: bool = False) -> None:
        """After any write to an entity row (committed or not): drop the cached row. A write that
        may change whether the entity exists and is live (``liveness``: create, delete, restore,
        purge), and any write to a user (admin flag, state), also changes what authentication
        and rights depend on."""
        self._entities.pop((kind, id), None)
        if liveness or kind == "user":
            self._auth_changed()

    def _memberships_changed(self) -> None:
        """After any write that may change rights: drop the chains, and tell rights caches."""
        self._chains.clear()
        self.rights_version += 1

    def _auth_changed(self) -> None:
        """After any write that may change what a key authenticates as: tell the caches of
        verified keys (``auth_version``) and, as rights depend on it too, the rights caches."""
        self.auth_version += 1
        self._memberships_changed()

    @staticmethod
    def _bounded(cache: dict) -> dict:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        return cache

    async def _write(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        def run() -> Any:
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result

        return await asyncio.get_running_loop().run_in_executor(self._executor, run)

    # Entities ---------------------------------------------------------------------------------
    # Read-modify-writes (``update_entity``, ``update_entities``, ``update_gateway``) read the
    # row on the writer thread inside their transaction, never from the cache: the cached row
    # may be older than a write that committed before this one started.
    async def create_entity(
        self, kind: str, id: str, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        def insert(conn: sqlite3.Connection) -> None:
            try:
                conn.execute(
                    "INSERT INTO entities (kind, id, namespace, name, created_at, updated_at, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (kind, id, namespace_of(kind), name, now, now, data),
                )
            except sqlite3.IntegrityError as exc:
                raise IDTaken(id) from exc
            if member is not None:
                self._upsert_membership(conn, kind, id, member, now)

        await self._write(insert)
        self._forget(kind, id, liveness=True)
        if member is not None:
            self._memberships_changed()
        return Entity(kind, id, data, now, now, None)

    async def get_entity(self, kind: str, id: str, *, include_deleted: bool = False) -> Entity | None:
        key = (kind, id)
        try:
            row = self._entities[key]
        except KeyError:
            rows = self._read(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = ? AND id = ?", key)
            row = self._bounded(self._entities)[key] = entity_of(rows[0]) if rows else None
        if row is not None and row.deleted_at is not None and not include_deleted:
            return None
        return row

    async def list_entities(
        self,
        kind: str,
        *,
        ids: Sequence[str] | None = None,
        deleted: bool = False,
        order: str = "",
        limit: int = 0,
        offset: int = 0,
    ) -> tuple[list[Entity], int]:
        where = "kind = ? AND deleted_at IS " + ("NOT NULL" if deleted else "NULL")
        args: list[Any] = [kind]
        if ids is not None:
            if not ids:
                return [], 0
            where += f" AND id IN ({','.join('?' * len(ids))})"
            args.extend(ids)
        (total,) = self._read(f"SELECT COUNT(*) FROM entities WHERE {where}", args)[0]
        sql = f"SELECT {ENTITY_COLUMNS} FROM entities WHERE {where} {order_by(order)}"
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [entity_of(r) for r in self._read(sql, args)], total

    _LIVE_ENTITY = f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = ? AND id = ? AND deleted_at IS NULL"

    @classmethod
    def _update_row(
        cls,
        conn: sqlite3.Connection,
        kind: str,
        id: str,
        fn: Callable[[Entity | None], EntityChange | None],
        now: int | None,
        *,
        eui: bool = False,
    ) -> Entity | None:
        """One read-modify-write of a live entity row, on the writer thread; ``eui``: write the
        EUI of the change too (gateways), refusing one another live gateway holds."""
        row = conn.execute(cls._LIVE_ENTITY, (kind, id)).fetchone()
        current = entity_of(row) if row is not None else None
        change = fn(current)
        if change is None or current is None:
            return current
        updated_at = current.updated_at if now is None else now
        if eui:
            if change.eui is not None and conn.execute(cls._GATEWAY_EUI_HOLDER, (change.eui, id)).fetchone():
                raise GatewayEUITaken(change.eui)
            conn.execute(
                "UPDATE entities SET data = ?, name = ?, updated_at = ?, eui = ? WHERE kind = ? AND id = ?",
                (change.data, change.name, updated_at, change.eui, kind, id),
            )
        else:
            conn.execute(
                "UPDATE entities SET data = ?, name = ?, updated_at = ? WHERE kind = ? AND id = ?",
                (change.data, change.name, updated_at, kind, id),
            )
        return Entity(kind, id, change.data, current.created_at, updated_at, None)

    async def update_entity(
        self, kind: str, id: str, fn: Callable[[Entity | None], EntityChange | None], *, now: int | None
    ) -> Entity | None:
        try:
            return await self._write(lambda conn: self._update_row(conn, kind, id, fn, now))
        finally:
            self._forget(kind, id)

    async def update_entities(
        self,
        changes: Sequence[tuple[str, str, Callable[[Entity | None], EntityChange | None]]],
        *,
        now: int | None,
    ) -> list[Entity | None]:
        changes = list(changes)
        try:
            return await self._write(
                lambda conn: [self._update_row(conn, kind, id, fn, now) for kind, id, fn in changes]
            )
        finally:
            for kind, id, _ in changes:
                self._forget(kind, id)

    async def delete_entity(self, kind: str, id: str, *, now: int) -> bool:
        try:
            return await self._changed(
                "UPDATE entities SET deleted_at = ?, updated_at = ? WHERE kind = ? AND id = ? AND deleted_at IS NULL",
                (now, now, kind, id),
            )
        finally:
            self._forget(kind, id, liveness=True)

    async def restore_entity(self, kind: str, id: str, *, now: int) -> bool:
        if kind == "gateway":  # its EUI may be taken meanwhile
            return await self.restore_gateway(id, now=now)
        try:
            return await self._changed(
                "UPDATE entities SET deleted_at = NULL, updated_at = ? WHERE kind = ? AND id = ? AND deleted_at IS NOT NULL",
                (now, kind, id),
            )
        finally:
            self._forget(kind, id, liveness=True)

    async def purge_entity(self, kind: str, id: str) -> bool:
        def purge(conn: sqlite3.Connection) -> bool:
            conn.execute("DELETE FROM api_keys WHERE entity_kind = ? AND entity_id = ?", (kind, id))
            conn.execute("DELETE FROM memberships WHERE entity_kind = ? AND entity_id = ?", (kind, id))
            conn.execute("DELETE FROM memberships WHERE member_kind = ? AND member_id = ?", (kind, id))
            return conn.execute("DELETE FROM entities WHERE kind = ? AND id = ?", (kind, id)).rowcount > 0

        try:
            return await self._write(purge)
        finally:
            self._forget(kind, id, liveness=True)

    async def _changed(self, sql: str, args: Sequence[Any]) -> bool:
        return await self._write(lambda conn: conn.execute(sql, args).rowcount > 0)

    # Memberships ------------------------------------------------------------------------------
    async def set_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str, rights: bytes | None, *, now: int
    ) -> None:
        key = (entity_kind, entity_id, member_kind, member_id)

        def upsert(conn: sqlite3.Connection) -> None:
            if rights is None:
                conn.execute(
                    "DELETE FROM memberships WHERE entity_kind = ? AND entity_id = ? AND member_kind = ? AND member_id = ?",
                    key,
                )
                return
            conn.execute(
                f"INSERT INTO memberships ({MEMBERSHIP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (entity_kind, entity_id, member_kind, member_id)"
                " DO UPDATE SET rights = excluded.rights, updated_at = excluded.updated_at",
                (*key, rights, now, now),
            )

        try:
            await self._write(upsert)
        finally:
            self._memberships_changed()

    async def get_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> Membership | None:
        rows = self._read(
            f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships"
            " WHERE entity_kind = ? AND entity_id = ? AND member_kind = ? AND member_id = ?",
            (entity_kind, entity_id, member_kind, member_id),
        )
        return membership_of(rows[0]) if rows else None

    async def list_members(self, entity_kind: str, entity_id: str) -> list[Membership]:
        rows = self._read(
            f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE entity_kind = ? AND entity_id = ?"
            " ORDER BY member_kind DESC, member_id",
            (entity_kind, entity_id),
        )
        return [membership_of(r) for r in rows]

    async def membership_chains(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> list[tuple[bytes, bytes | None]]:
        key = (entity_kind, entity_id, member_kind, member_id)
        try:
            return self._chains[key]
        except KeyError:
            chains = self._read(MEMBERSHIP_CHAINS, (*key, member_kind, member_id, entity_kind, entity_id))
            self._bounded(self._chains)[key] = chains
            return chains

    async def list_memberships(self, member_kind: str, member_id: str, entity_kind: str) -> list[Membership]:
        rows = self._read(
            f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships"
            " WHERE member_kind = ? AND member_id = ? AND entity_kind = ? ORDER BY entity_id",
            (member_kind, member_id, entity_kind),
        )
        return [membership_of(r) for r in rows]

    _MEMBERSHIP_KEY = "entity_kind = ? AND entity_id = ? AND member_kind = ? AND member_id = ?"

    @staticmethod
    def _upsert_membership(
        conn: sqlite3.Connection, entity_kind: str, entity_id: str, member: Member, now: int
    ) -> None:
        member_kind, member_id, rights = member
        conn.execute(
            f"INSERT INTO memberships ({MEMBERSHIP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (entity_kind, entity_id, member_kind, member_id)"
            " DO UPDATE SET rights = excluded.rights, updated_at = excluded.updated_at",
            (entity_kind, entity_id, member_kind, member_id, rights, now, now),
        )

    async def change_membership(
        self,
        entity_kind: str,
        entity_id: str,
        member_kind: str,
        member_id: str,
        fn: Callable[[Membership | None, list[Membership]], bytes | None],
        *,
        now: int,
    ) -> Membership | None:
        key = (entity_kind, entity_id, member_kind, member_id)

        def read_modify_write(conn: sqlite3.Connection) -> Membership | None:
            members = [
                membership_of(r)
                for r in conn.execute(
                    f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE entity_kind = ? AND entity_id = ?"
                    " ORDER BY member_kind DESC, member_id",
                    (entity_kind, entity_id),
                ).fetchall()
            ]
            current = next(
                (m for m in members if (m.member_kind, m.member_id) == (member_kind, member_id)), None
            )
            rights = fn(current, members)
            if rights is None:
                if current is not None:
                    conn.execute(f"DELETE FROM memberships WHERE {self._MEMBERSHIP_KEY}", key)
                return None
            self._upsert_membership(conn, entity_kind, entity_id, (member_kind, member_id, rights), now)
            created_at = current.created_at if current is not None else now
            return Membership(*key, rights, created_at, now)

        try:
            return await self._write(read_modify_write)
        finally:
            self._memberships_changed()

    # API keys ---------------------------------------------------------------------------------
    async def create_api_key(self, row: APIKeyRow) -> None:
        # No version moves: no verification is cached for a key that did not exist.
        def insert(conn: sqlite3.Connection) -> None:
            try:
                conn.execute(
                    f"INSERT INTO api_keys ({API_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row.id, row.entity_kind, row.entity_id, row.secret_hash, row.name, row.data,
                     row.created_at, row.updated_at, row.expires_at),
                )
            except sqlite3.IntegrityError as exc:
                raise IDTaken(row.id) from exc

        await self._write(insert)

    async def get_api_key(self, id: str) -> APIKeyRow | None:
        rows = self._read(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = ?", (id,))
        return api_key_of(rows[0]) if rows else None

    async def list_api_keys(
        self, entity_kind: str, entity_id: str, *, order: str = "", limit: int = 0, offset: int = 0
    ) -> tuple[list[APIKeyRow], int]:
        where, args = "entity_kind = ? AND entity_id = ?", (entity_kind, entity_id)
        (total,) = self._read(f"SELECT COUNT(*) FROM api_keys WHERE {where}", args)[0]
        sql = f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE {where} {api_key_order_by(order)}"
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [api_key_of(r) for r in self._read(sql, args)], total

    async def update_api_key(self, id: str, fn: Callable[[APIKeyRow | None], APIKeyRow | None]) -> APIKeyRow | None:
        def read_modify_write(conn: sqlite3.Connection) -> APIKeyRow | None:
            rows = conn.execute(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = ?", (id,)).fetchall()
            current = api_key_of(rows[0]) if rows else None
            new = fn(current)
            if new is current or current is None:
                return current
            if new is None:
                conn.execute("DELETE FROM api_keys WHERE id = ?", (id,))
                return None
            conn.execute(
                "UPDATE api_keys SET data = ?, name = ?, expires_at = ?, updated_at = ? WHERE id = ?",
                (new.data, new.name, new.expires_at, new.updated_at, id),
            )
            rows = conn.execute(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = ?", (id,)).fetchall()
            return api_key_of(rows[0])

        try:
            return await self._write(read_modify_write)
        finally:
            self._auth_changed()

    async def delete_api_key(self, id: str) -> bool:
        try:
            return await self._changed("DELETE FROM api_keys WHERE id = ?", (id,))
        finally:
            self._auth_changed()

    # End devices (Identity Server) -------------------------------------------------------------
    # Rows read by (application, device) are kept in ``_end_devices`` (absent ones too); every
    # write drops the keys it may have changed once it has committed or failed.
    def _forget_end_devices(self, application_id: str, device_ids: Sequence[str]) -> None:
        for device_id in device_ids:
            self._end_devices.pop((application_id, device_id), None)

    @staticmethod
    def _euis_taken(conn: sqlite3.Connection, join_eui: bytes | None, dev_eui: bytes | None) -> EUIsTaken | None:
        rows = conn.execute(
            "SELECT application_id, device_id FROM end_devices WHERE join_eui = ? AND dev_eui = ?", (join_eui, dev_eui)
        ).fetchall()
        if not rows or join_eui is None or dev_eui is None:
            return None
        return EUIsTaken(join_eui=join_eui.hex().upper(), dev_eui=dev_eui.hex().upper(),
                         application_id=rows[0][0], device_id=rows[0][1])

    @classmethod
    def _insert_end_device(cls, conn: sqlite3.Connection, row: EndDeviceRow) -> None:
        try:
            conn.execute(
                f"INSERT INTO end_devices ({END_DEVICE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row.application_id, row.device_id, row.dev_eui, row.join_eui, row.name, row.description, row.data,
                 row.created_at, row.updated_at, row.last_seen_at),
            )
        except sqlite3.IntegrityError as exc:
            taken = conn.execute(
                "SELECT 1 FROM end_devices WHERE application_id = ? AND device_id = ?", (row.application_id, row.device_id)
            ).fetchall()
            if taken:
                raise IDTaken(row.device_id) from exc
            euis = cls._euis_taken(conn, row.join_eui, row.dev_eui)
            if euis is None:
                raise
            raise euis from exc

    async def create_end_device(self, row: EndDeviceRow) -> None:
        try:
            await self._write(lambda conn: self._insert_end_device(conn, row))
        finally:
            self._forget_end_devices(row.application_id, (row.device_id,))

    async def create_end_devices(self, rows: Sequence[EndDeviceRow]) -> None:
        def insert(conn: sqlite3.Connection) -> None:
            for row in rows:
                self._insert_end_device(conn, row)

        try:
            await self._write(insert)
        finally:
            for row in rows:
                self._end_devices.pop((row.application_id, row.device_id), None)

    async def get_end_device(self, application_id: str, device_id: str) -> EndDeviceRow | None:
        key = (application_id, device_id)
        try:
            return self._end_devices[key]
        except KeyError:
            rows = self._read(
                f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE application_id = ? AND device_id = ?", key
            )
            row = self._bounded(self._end_devices)[key] = end_device_of(rows[0]) if rows else None
            return row

    async def get_end_device_by_euis(self, join_eui: bytes | None, dev_eui: bytes | None) -> EndDeviceRow | None:
        # ``=`` where both are set (the unique index); ``IS`` also matches NULL to NULL.
        op = "=" if join_eui and dev_eui else "IS"
        rows = self._read(
            f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE join_eui {op} ? AND dev_eui {op} ?"
            " ORDER BY application_id, device_id LIMIT 1",
            (join_eui or None, dev_eui or None),
        )
        return end_device_of(rows[0]) if rows else None

    async def list_end_devices(
        self,
        application_id: str,
        *,
        order: str = "",
        limit: int = 0,
        offset: int = 0,
        updated_since: int | None = None,
    ) -> tuple[list[EndDeviceRow], int]:
        (total,) = self._read("SELECT COUNT(*) FROM end_devices WHERE application_id = ?", (application_id,))[0]
        where, args = "application_id = ?", [application_id]
        if updated_since is not None:
            where += " AND updated_at >= ?"
            args.append(updated_since)
        sql = f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE {where} {end_device_order_by(order)}"
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [end_device_of(r) for r in self._read(sql, args)], total

    async def find_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[EndDeviceRow]:
        if not device_ids:
            return []
        rows = self._read(
            f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE application_id = ?"
            f" AND device_id IN ({','.join('?' * len(device_ids))}) ORDER BY device_id",
            (application_id, *device_ids),
        )
        return [end_device_of(r) for r in rows]

    async def update_end_device(
        self, application_id: str, device_id: str, fn: Callable[[EndDeviceRow | None], EndDeviceRow | None]
    ) -> EndDeviceRow | None:
        key = (application_id, device_id)

        def read_modify_write(conn: sqlite3.Connection) -> EndDeviceRow | None:
            # The stored row, never the cached one (which may predate a write committed since).
            rows = conn.execute(
                f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE application_id = ? AND device_id = ?", key
            ).fetchall()
            current = end_device_of(rows[0]) if rows else None
            row = fn(current)
            if row is None or row is current or current is None:
                return current
            try:
                conn.execute(
                    "UPDATE end_devices SET dev_eui = ?, join_eui = ?, name = ?, description = ?, data = ?,"
                    " updated_at = ?, last_seen_at = ? WHERE application_id = ? AND device_id = ?",
                    (row.dev_eui, row.join_eui, row.name, row.description, row.data, row.updated_at, row.last_seen_at,
                     *key),
                )
            except sqlite3.IntegrityError as exc:
                euis = self._euis_taken(conn, row.join_eui, row.dev_eui)
                if euis is None:
                    raise
                raise euis from exc
            return EndDeviceRow(application_id, device_id, row.dev_eui, row.join_eui, row.name, row.description,
                                row.data, current.created_at, row.updated_at, row.last_seen_at)

        try:
            return await self._write(read_modify_write)
        finally:
            self._forget_end_devices(application_id, (device_id,))

    async def delete_end_device(self, application_id: str, device_id: str) -> bool:
        try:
            return await self._changed(
                "DELETE FROM end_devices WHERE application_id = ? AND device_id = ?", (application_id, device_id)
            )
        finally:
            self._forget_end_devices(application_id, (device_id,))

    async def delete_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[str]:
        def delete(conn: sqlite3.Connection) -> list[str]:
            return [
                device_id
                for device_id in sorted(set(device_ids))
                if conn.execute(
                    "DELETE FROM end_devices WHERE application_id = ? AND device_id = ?", (application_id, device_id)
                ).rowcount
            ]

        try:
            return await self._write(delete)
        finally:
            self._forget_end_devices(application_id, device_ids)

    async def count_end_devices(self, application_id: str) -> int:
        (count,) = self._read("SELECT COUNT(*) FROM end_devices WHERE application_id = ?", (application_id,))[0]
        return count

    # Device registries (JS, NS, AS) -----------------------------------------------------------
    # Not cached: a registry read is one indexed row, and nothing reads it on every call.
    async def get_registry_device(
        self, component: str, application_id: str, device_id: str
    ) -> RegistryDevice | None:
        rows = self._read(
            f"SELECT {REGISTRY_DEVICE_COLUMNS} FROM registry_devices"
            " WHERE component = ? AND application_id = ? AND device_id = ?",
            (component, application_id, device_id),
        )
        return registry_device_of(rows[0]) if rows else None

    async def set_registry_device(
        self,
        component: str,
        application_id: str,
        device_id: str,
        fn: Callable[[RegistryDevice | None], RegistryDevice | None],
    ) -> RegistryDevice | None:
        key = (component, application_id, device_id)

        def read_modify_write(conn: sqlite3.Connection) -> RegistryDevice | None:
            rows = conn.execute(
                f"SELECT {REGISTRY_DEVICE_COLUMNS} FROM registry_devices"
                " WHERE component = ? AND application_id = ? AND device_id = ?",
                key,
            ).fetchall()
            current = registry_device_of(rows[0]) if rows else None
            new = fn(current)
            if new is current:
                return current
            if new is None:
                conn.execute(
                    "DELETE FROM registry_devices WHERE component = ? AND application_id = ? AND device_id = ?", key
                )
                return None
            try:
                conn.execute(
                    f"INSERT INTO registry_devices (component, application_id, device_id, {REGISTRY_DEVICE_COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (component, application_id, device_id) DO UPDATE SET data = excluded.data,"
                    " dev_eui = excluded.dev_eui, join_eui = excluded.join_eui, dev_addr = excluded.dev_addr,"
                    " created_at = excluded.created_at, updated_at = excluded.updated_at",
                    (*key, new.data, new.dev_eui, new.join_eui, new.dev_addr, new.created_at, new.updated_at),
                )
            except sqlite3.IntegrityError as exc:
                holder = conn.execute(
                    "SELECT application_id, device_id FROM registry_devices"
                    " WHERE component = ? AND join_eui = ? AND dev_eui = ?",
                    (component, new.join_eui, new.dev_eui),
                ).fetchall()
                if not holder or new.join_eui is None or new.dev_eui is None:
                    raise
                raise EUIsTaken(join_eui=new.join_eui.hex().upper(), dev_eui=new.dev_eui.hex().upper(),
                                application_id=holder[0][0], device_id=holder[0][1]) from exc
            return new

        return await self._write(read_modify_write)

    async def delete_registry_device(self, component: str, application_id: str, device_id: str) -> bool:
        return await self._changed(
            "DELETE FROM registry_devices WHERE component = ? AND application_id = ? AND device_id = ?",
            (component, application_id, device_id),
        )

    # Gateways ---------------------------------------------------------------------------------
    # A gateway is an entity row whose ``eui`` column (schema step 3) holds its EUI. Writes look
    # for a holder of the ID or EUI on the writer thread, inside their transaction, so the two are
    # told apart without parsing constraint messages; the partial unique index stays the guard.
    # Rows are cached like every entity row: ``_forget`` after each write.
    _GATEWAY_EUI_HOLDER = (
        "SELECT id FROM entities WHERE kind = 'gateway' AND eui = ? AND deleted_at IS NULL AND id != ?"
    )

    async def create_gateway(
        self, id: str, eui: bytes | None, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        namespace = namespace_of("gateway")

        def insert(conn: sqlite3.Connection) -> None:
            if conn.execute("SELECT 1 FROM entities WHERE namespace = ? AND id = ?", (namespace, id)).fetchone():
                raise IDTaken(id)
            if eui is not None and conn.execute(self._GATEWAY_EUI_HOLDER, (eui, id)).fetchone():
                raise GatewayEUITaken(eui)
            conn.execute(
                "INSERT INTO entities (kind, id, namespace, name, created_at, updated_at, data, eui)"
                " VALUES ('gateway', ?, ?, ?, ?, ?, ?, ?)",
                (id, namespace, name, now, now, data, eui),
            )
            if member is not None:
                self._upsert_membership(conn, "gateway", id, member, now)

        try:
            await self._write(insert)
        finally:
            self._forget("gateway", id, liveness=True)
            if member is not None:
                self._memberships_changed()
        return Entity("gateway", id, data, now, now, None)

    async def update_gateway(
        self, id: str, fn: Callable[[Entity | None], EntityChange | None], *, now: int
    ) -> Entity | None:
        try:
            return await self._write(lambda conn: self._update_row(conn, "gateway", id, fn, now, eui=True))
        finally:
            self._forget("gateway", id)

    async def restore_gateway(self, id: str, *, now: int) -> bool:
        def restore(conn: sqlite3.Connection) -> bool:
            row = conn.execute(
                "SELECT eui FROM entities WHERE kind = 'gateway' AND id = ? AND deleted_at IS NOT NULL", (id,)
            ).fetchone()
            if row is None:
                return False
            if row[0] is not None and conn.execute(self._GATEWAY_EUI_HOLDER, (row[0], id)).fetchone():
                raise GatewayEUITaken(bytes(row[0]))
            conn.execute(
                "UPDATE entities SET deleted_at = NULL, updated_at = ? WHERE kind = 'gateway' AND id = ?", (now, id)
            )
            return True

        try:
            return await self._write(restore)
        finally:
            self._forget("gateway", id, liveness=True)

    async def get_gateway_by_eui(self, eui: bytes) -> Entity | None:
        rows = self._read(
            f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = 'gateway' AND eui = ? AND deleted_at IS NULL", (eui,)
        )
        return entity_of(rows[0]) if rows else None

    # Application package associations -------------------------------------------------------
    # Not cached, like the device registries.
    _PACKAGE_ASSOCIATION = (
        f"SELECT {PACKAGE_ASSOCIATION_COLUMNS} FROM package_associations"
        " WHERE application_id = ? AND device_id = ? AND f_port = ?"
    )

    async def get_package_association(
        self, application_id: str, device_id: str, f_port: int
    ) -> PackageAssociation | None:
        rows = self._read(self._PACKAGE_ASSOCIATION, (application_id, device_id, f_port))
        return package_association_of(rows[0]) if rows else None

    async def list_package_associations(
        self, application_id: str, device_id: str, *, limit: int = 0, offset: int = 0
    ) -> tuple[list[PackageAssociation], int]:
        key = (application_id, device_id)
        (total,) = self._read(
            "SELECT COUNT(*) FROM package_associations WHERE application_id = ? AND device_id = ?", key
        )[0]
        sql = (
            f"SELECT {PACKAGE_ASSOCIATION_COLUMNS} FROM package_associations"
            " WHERE application_id = ? AND device_id = ? ORDER BY f_port"
        )
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [package_association_of(r) for r in self._read(sql, key)], total

    async def set_package_association(
        self,
        application_id: str,
        device_id: str,
        f_port: int,
        fn: Callable[[PackageAssociation | None], PackageAssociation | None],
    ) -> PackageAssociation | None:
        key = (application_id, device_id, f_port)

        def read_modify_write(conn: sqlite3.Connection) -> PackageAssociation | None:
            rows = conn.execute(self._PACKAGE_ASSOCIATION, key).fetchall()
            current = package_association_of(rows[0]) if rows else None
            new = fn(current)
            if new is current:
                return current
            if new is None:
                conn.execute(
                    "DELETE FROM package_associations WHERE application_id = ? AND device_id = ? AND f_port = ?", key
                )
                return None
            conn.execute(
                f"INSERT INTO package_associations (application_id, device_id, {PACKAGE_ASSOCIATION_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (application_id, device_id, f_port)"
                " DO UPDATE SET data = excluded.data, created_at = excluded.created_at,"
                " updated_at = excluded.updated_at",
                (*key, new.data, new.created_at, new.updated_at),
            )
            return PackageAssociation(f_port, new.data, new.created_at, new.updated_at)

        return await self._write(read_modify_write)

    async def clear_package_associations(self, application_id: str, device_id: str) -> int:
        return await self._write(lambda conn: conn.execute(
            "DELETE FROM package_associations WHERE application_id = ? AND device_id = ?", (application_id, device_id)
        ).rowcount)

    # Application links (Application Server) ---------------------------------------------------
    # Not cached: read by the Application Server's own calls only.
    async def get_application_link(self, application_id: str) -> bytes | None:
        rows = self._read("SELECT data FROM application_links WHERE application_id = ?", (application_id,))
        return bytes(rows[0][0]) if rows else None

    async def set_application_link(
        self, application_id: str, fn: Callable[[bytes | None], bytes | None]
    ) -> bytes | None:
        def read_modify_write(conn: sqlite3.Connection) -> bytes | None:
            row = conn.execute("SELECT data FROM application_links WHERE application_id = ?", (application_id,)).fetchone()
            current = bytes(row[0]) if row is not None else None
            new = fn(current)
            if new is current:
                return current
            if new is None:
                conn.execute("DELETE FROM application_links WHERE application_id = ?", (application_id,))
                return None
            conn.execute(
                "INSERT INTO application_links (application_id, data) VALUES (?, ?)"
                " ON CONFLICT (application_id) DO UPDATE SET data = excluded.data",
                (application_id, new),
            )
            return new

        return await self._write(read_modify_write)

    # Stored application upstream messages (the storage integration) ---------------------------
    async def add_stored_application_ups(
        self, rows: Sequence[StoredApplicationUp], *, expire_before: int | None = None
    ) -> None:
        def write(conn: sqlite3.Connection) -> None:
            if expire_before is not None:
                conn.execute("DELETE FROM stored_application_ups WHERE received_at < ?", (expire_before,))
            conn.executemany(
                "INSERT INTO stored_application_ups (application_id, device_id, type, f_port, received_at, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(r.application_id, r.device_id, r.type, r.f_port, r.received_at, r.data) for r in rows],
            )

        await self._write(write)

    async def list_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None, descending: bool = False, limit: int = 0,
    ) -> list[bytes]:
        where, args = stored_up_selection(application_id, device_id, type, f_port, after, before, lambda n: "?")
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT data FROM stored_application_ups WHERE {where}"
               f" ORDER BY received_at {direction}, seq {direction}")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [bytes(r[0]) for r in self._read(sql, args)]

    async def count_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None,
    ) -> dict[str, int]:
        where, args = stored_up_selection(application_id, device_id, type, f_port, after, before, lambda n: "?")
        rows = self._read(f"SELECT device_id, COUNT(*) FROM stored_application_ups WHERE {where} GROUP BY device_id", args)
        return {r[0]: r[1] for r in rows}
