"""The embedded default store: one SQLite file in WAL mode.

Reads run on the event loop through their own connection (a WAL read of a cached page takes a
few microseconds, less than a hop to a thread). Writes run one at a time on a dedicated
thread with ``synchronous=FULL``, so a write is on disk before it is acknowledged and the
loop never waits on an fsync.

The file belongs to one ttsl process (replicas share PostgreSQL instead), so every write goes
through this object: entity rows and membership chains, read on every call, are kept in
memory and dropped when a write that could change them has committed.
"""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Sequence

from . import APIKeyRow, Entity, IDTaken, Membership
from .migrations import MIGRATIONS
from .sql import (
    API_KEY_COLUMNS,
    ENTITY_COLUMNS,
    MEMBERSHIP_CHAINS,
    MEMBERSHIP_COLUMNS,
    api_key_of,
    api_key_order_by,
    entity_of,
    membership_of,
    namespace_of,
    order_by,
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

    @classmethod
    async def open(cls, path: str | Path) -> "SQLiteStore":
        return cls(path)

    async def close(self) -> None:
        self._executor.shutdown(wait=True)
        self._reader.close()
        self._writer.close()

    def _migrate(self) -> None:
        (version,) = self._writer.execute("PRAGMA user_version").fetchone()
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            self._writer.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements:
                    self._writer.execute(statement)
                self._writer.execute(f"PRAGMA user_version={number}")
                self._writer.execute("COMMIT")
            except BaseException:
                self._writer.execute("ROLLBACK")
                raise

    # Plumbing ---------------------------------------------------------------------------------
    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        return self._reader.execute(sql, args).fetchall()

    def _forget(self, kind: str, id: str, *, memberships: bool = False) -> None:
        self._entities.pop((kind, id), None)
        if memberships:
            self._chains.clear()

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
    async def create_entity(self, kind: str, id: str, data: bytes, *, name: str, now: int) -> Entity:
        def insert(conn: sqlite3.Connection) -> None:
            try:
                conn.execute(
                    "INSERT INTO entities (kind, id, namespace, name, created_at, updated_at, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (kind, id, namespace_of(kind), name, now, now, data),
                )
            except sqlite3.IntegrityError as exc:
                raise IDTaken(id) from exc

        await self._write(insert)
        self._forget(kind, id)
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

    async def update_entity(self, kind: str, id: str, data: bytes, *, name: str, now: int) -> Entity | None:
        def update(conn: sqlite3.Connection) -> Entity | None:
            conn.execute(
                "UPDATE entities SET data = ?, name = ?, updated_at = ?"
                " WHERE kind = ? AND id = ? AND deleted_at IS NULL",
                (data, name, now, kind, id),
            )
            rows = conn.execute(
                f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = ? AND id = ? AND deleted_at IS NULL",
                (kind, id),
            ).fetchall()
            return entity_of(rows[0]) if rows else None

        try:
            return await self._write(update)
        finally:
            self._forget(kind, id)

    async def delete_entity(self, kind: str, id: str, *, now: int) -> bool:
        try:
            return await self._changed(
                "UPDATE entities SET deleted_at = ?, updated_at = ? WHERE kind = ? AND id = ? AND deleted_at IS NULL",
                (now, now, kind, id),
            )
        finally:
            self._forget(kind, id)

    async def restore_entity(self, kind: str, id: str, *, now: int) -> bool:
        try:
            return await self._changed(
                "UPDATE entities SET deleted_at = NULL, updated_at = ? WHERE kind = ? AND id = ? AND deleted_at IS NOT NULL",
                (now, kind, id),
            )
        finally:
            self._forget(kind, id)

    async def purge_entity(self, kind: str, id: str) -> bool:
        def purge(conn: sqlite3.Connection) -> bool:
            conn.execute("DELETE FROM api_keys WHERE entity_kind = ? AND entity_id = ?", (kind, id))
            conn.execute("DELETE FROM memberships WHERE entity_kind = ? AND entity_id = ?", (kind, id))
            conn.execute("DELETE FROM memberships WHERE member_kind = ? AND member_id = ?", (kind, id))
            return conn.execute("DELETE FROM entities WHERE kind = ? AND id = ?", (kind, id)).rowcount > 0

        try:
            return await self._write(purge)
        finally:
            self._forget(kind, id, memberships=True)

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
            self._chains.clear()

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

    # API keys ---------------------------------------------------------------------------------
    async def create_api_key(self, row: APIKeyRow) -> None:
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

    async def update_api_key(
        self, id: str, data: bytes, *, name: str, expires_at: int | None, now: int
    ) -> APIKeyRow | None:
        def update(conn: sqlite3.Connection) -> APIKeyRow | None:
            conn.execute(
                "UPDATE api_keys SET data = ?, name = ?, expires_at = ?, updated_at = ? WHERE id = ?",
                (data, name, expires_at, now, id),
            )
            rows = conn.execute(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = ?", (id,)).fetchall()
            return api_key_of(rows[0]) if rows else None

        return await self._write(update)

    async def delete_api_key(self, id: str) -> bool:
        return await self._changed("DELETE FROM api_keys WHERE id = ?", (id,))
