"""The shared store: PostgreSQL through asyncpg, for several ttsl replicas on one database.

Connections come from a pool; every write is one transaction. Read-modify-writes lock what
they read (``SELECT … FOR UPDATE``; where the row may not exist yet, or the decision covers
several rows, a transaction-scoped advisory lock on the key) and call ``fn`` inside the
transaction, so concurrent writers — on this replica or another — each see the one before.
A transaction that loses a deadlock, or a race for a unique index that its own checks could
not see, is run again (``fn`` is pure, so running it again is safe).

Schema: the numbered steps of :mod:`server.store.migrations`, the last one applied recorded in
``schema_migrations``, applied under ``pg_advisory_xact_lock`` so that replicas starting at
once do not race. The tables go to the connection's current schema (``search_path``; a URI may
carry it as a query parameter, ``postgresql://host/db?search_path=ttsl``).

Caches across replicas
----------------------
Entity rows, membership chains and IS end devices are read on nearly every call, so they are
cached in memory as in the SQLite store, and ``auth_version``/``rights_version`` move as
there (the caches of :mod:`server.auth.access` trust them). Another replica's writes must
reach these caches too, so every write transaction that changes what they hold also sends
``pg_notify('ttsl_changes', …)`` naming what changed (entity rows, end devices, "keys or
liveness", "memberships"); PostgreSQL delivers it when, and only if, the transaction commits.
Each store keeps one connection listening on the channel and, on a notification, drops the
named entries and moves its counters. Within one replica a write invalidates synchronously,
right after its transaction ends (its own notification, carrying its origin, is ignored).

The window: a notification reaches the other replicas a few milliseconds after the commit;
until then they may still answer from what they cached before (a deleted API key may
authenticate, a removed collaborator keep rights, for those few milliseconds). A read that
was under way while an invalidation arrived does not fill the cache. While the listening
connection is down (noticed by its termination, or by a heartbeat every few seconds) nothing
is cached and both counters change on every read, so nothing is trusted until it is listening
again; the caches are emptied when it is back. Notifications of other schemas in the same
database are ignored.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any, Awaitable, Callable, Sequence, TypeVar

import asyncpg
import orjson

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

__all__ = ["PostgresStore", "CHANNEL"]

log = logging.getLogger("ttsl.store")

CHANNEL = "ttsl_changes"
_CACHE_SIZE = 100_000
_HEARTBEAT = 2.0  # seconds between checks that the listening connection is alive
_ATTEMPTS = 5  # runs of a write transaction that loses a deadlock or a unique-index race
_MAX_PAYLOAD = 7_000  # bytes; PostgreSQL refuses notifications of 8000 bytes and more
# Advisory lock classes (the two-key form): schema migrations, and keys of read-modify-writes.
_LOCK_MIGRATIONS = 0x7474_736C
_LOCK_KEY = 0x7474_736D

T = TypeVar("T")


def _dollar(sql: str) -> str:
    """``?`` placeholders (the SQL shared with SQLite) as PostgreSQL's ``$1, $2, …``."""
    parts = sql.split("?")
    return "".join(part + (f"${i}" if i < len(parts) else "") for i, part in enumerate(parts, start=1))


def _count(status: str) -> int:
    """Rows affected, from a command status such as ``UPDATE 1`` or ``INSERT 0 1``."""
    return int(status.rpartition(" ")[2] or 0)


class _Connection(asyncpg.Connection):
    """A pool connection. The store leaves no session state on one (no session locks, cursors,
    LISTEN or SET; transactions always end), so releasing it to the pool needs no reset query:
    a round trip less per read and per write."""

    def get_reset_query(self) -> str:
        return ""


class _Retry(Exception):
    """A unique index refused a write that the transaction's own checks found free: another
    transaction took the value in between. Run it again (the checks will see the holder)."""


_RETRYABLE = (asyncpg.DeadlockDetectedError, asyncpg.SerializationError, asyncpg.UniqueViolationError, _Retry)


class _Changes:
    """What one write transaction changed, for the caches (here, and on the other replicas)."""

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
        self.auth = True

    def device(self, application_id: str, device_id: str) -> None:
        self.devices.add((application_id, device_id))

    def __bool__(self) -> bool:
        return bool(self.entities or self.devices or self.auth or self.rights)


class PostgresStore:
    """See :class:`server.store.Store` for the contract, and the module for the caches."""

    def __init__(self, pool: asyncpg.Pool, dsn: str, schema: str) -> None:
        self._pool = pool
        self._dsn = dsn
        self._schema = schema
        self._origin = uuid.uuid4().hex[:16]
        self._entities: dict[tuple[str, str], Entity | None] = {}
        self._chains: dict[tuple[str, str, str, str], list[tuple[bytes, bytes | None]]] = {}
        self._end_devices: dict[tuple[str, str], EndDeviceRow | None] = {}
        self._generation = 0  # moves with every invalidation: a read under way then is not cached
        self._auth_version = 0
        self._rights_version = 0
        self._listener: asyncpg.Connection | None = None
        self._listening = False
        self._lost_event = asyncio.Event()
        self._watcher: asyncio.Task | None = None
        self._closed = False

    @classmethod
    async def open(cls, uri: str, *, min_size: int = 1, max_size: int = 10) -> "PostgresStore":
        """Connect, migrate, and start listening for the other replicas' changes."""
        pool = await asyncpg.create_pool(uri, min_size=min_size, max_size=max_size, connection_class=_Connection)
        try:
            async with pool.acquire() as conn:
                schema = await _migrate(conn)
            store = cls(pool, uri, schema)
            await store._listen()
        except BaseException:
            await pool.close()
            raise
        store._watcher = asyncio.get_running_loop().create_task(store._watch(), name="ttsl-postgres-listener")
        return store

    async def close(self) -> None:
        self._closed = True
        if self._watcher is not None:
            self._watcher.cancel()
            try:
                await self._watcher
            except asyncio.CancelledError:
                pass
        listener, self._listener = self._listener, None
        self._listening = False
        if listener is not None and not listener.is_closed():
            try:
                await asyncio.wait_for(listener.close(), 5)
            except (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
                listener.terminate()
        await self._pool.close()

    # Versions (see Store): while not listening, every read is a new one (nothing is trusted) --
    @property
    def auth_version(self) -> int:
        if not self._listening:
            self._auth_version += 1
        return self._auth_version

    @property
    def rights_version(self) -> int:
        if not self._listening:
            self._rights_version += 1
        return self._rights_version

    # Listening -------------------------------------------------------------------------------
    async def _listen(self) -> None:
        conn = await asyncpg.connect(self._dsn)
        try:
            await conn.add_listener(CHANNEL, self._notified)
        except BaseException:
            conn.terminate()
            raise
        conn.add_termination_listener(self._terminated)
        self._listener = conn
        # Changes committed while nobody listened: forget everything, then trust again.
        self._invalidate_all()
        self._listening = True
        self._lost_event.clear()

    def _terminated(self, conn: asyncpg.Connection) -> None:
        if conn is self._listener:
            self._lost("the listening connection closed")

    def _lost(self, why: str) -> None:
        if self._closed:
            return
        listener, self._listener = self._listener, None
        if self._listening:
            log.warning("postgres: %s; caches off until listening again", why)
        self._listening = False
        self._invalidate_all()
        if listener is not None and not listener.is_closed():
            listener.terminate()
        self._lost_event.set()

    async def _watch(self) -> None:
        """Keep the listening connection: check it every few seconds, reconnect when lost."""
        delay = 0.1
        while not self._closed:
            if self._listener is None:
                try:
                    await self._listen()
                    log.info("postgres: listening for changes again")
                    delay = 0.1
                except Exception as exc:  # noqa: BLE001 - whatever it is, keep trying
                    log.warning("postgres: cannot listen for changes (%s); retrying in %.1fs", exc, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 5.0)
                    continue
            try:
                await asyncio.wait_for(self._lost_event.wait(), _HEARTBEAT)
                continue  # lost: reconnect
            except asyncio.TimeoutError:
                pass
            listener = self._listener
            if listener is None:
                continue
            try:
                await asyncio.wait_for(listener.execute("SELECT 1"), _HEARTBEAT)
            except Exception as exc:  # noqa: BLE001 - whatever failed, the connection is not trusted
                if listener is self._listener:
                    self._lost(f"the listening connection failed ({exc or type(exc).__name__})")

    def _notified(self, conn: Any, pid: int, channel: str, payload: str) -> None:
        try:
            change = orjson.loads(payload)
            if change["s"] != self._schema or change["o"] == self._origin:
                return  # another schema's, or ours (invalidated when it committed)
            entities, devices = change["e"], change["d"]
            self._invalidate(
                None if entities == "*" else [tuple(k) for k in entities],
                None if devices == "*" else [tuple(k) for k in devices],
                auth=bool(change["a"]),
                rights=bool(change["r"]),
            )
        except (ValueError, KeyError, TypeError):
            log.warning("postgres: unreadable change notification %r; dropping all caches", payload[:200])
            self._invalidate_all()

    def _payload(self, changes: _Changes) -> str:
        message = {
            "s": self._schema, "o": self._origin, "a": changes.auth, "r": changes.rights,
            "e": sorted(changes.entities), "d": sorted(changes.devices),
        }
        payload = orjson.dumps(message)
        if len(payload) > _MAX_PAYLOAD:  # too many keys to name: the others drop the whole cache
            message["e"] = "*" if changes.entities else []
            message["d"] = "*" if changes.devices else []
            payload = orjson.dumps(message)
        return payload.decode()

    # Caches ----------------------------------------------------------------------------------
    def _invalidate(
        self,
        entities: Sequence[tuple[str, str]] | None,
        devices: Sequence[tuple[str, str]] | None,
        *,
        auth: bool,
        rights: bool,
    ) -> None:
        """Drop cached entity rows and devices (None: all of them); move the versions."""
        self._generation += 1
        if entities is None:
            self._entities.clear()
        else:
            for key in entities:
                self._entities.pop(key, None)
        if devices is None:
            self._end_devices.clear()
        else:
            for key in devices:
                self._end_devices.pop(key, None)
        if auth:
            self._auth_version += 1
        if auth or rights:
            self._chains.clear()  # a chain runs through live organizations only
            self._rights_version += 1

    def _invalidate_all(self) -> None:
        self._invalidate(None, None, auth=True, rights=True)

    def _remember(self, cache: dict, key: tuple, value: Any, generation: int) -> None:
        """Cache a value read while nothing was invalidated (and while listening)."""
        if self._listening and generation == self._generation:
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[key] = value

    # Plumbing --------------------------------------------------------------------------------
    async def _write(self, fn: Callable[[asyncpg.Connection, _Changes], Awaitable[T]]) -> T:
        """Run ``fn`` in one transaction, which notifies the other replicas of what it changed;
        run it again when it loses a deadlock or a unique-index race. What it changed is
        forgotten here when the transaction is over, committed or not."""
        for attempt in range(1, _ATTEMPTS + 1):
            changes = _Changes()
            try:
                async with self._pool.acquire() as conn:
                    async with conn.transaction():
                        result = await fn(conn, changes)
                        if changes:
                            await conn.execute("SELECT pg_notify($1, $2)", CHANNEL, self._payload(changes))
                return result
            except _RETRYABLE:
                if attempt == _ATTEMPTS:
                    raise
            finally:
                if changes:
                    self._invalidate(changes.entities, changes.devices, auth=changes.auth, rights=changes.rights)
        raise AssertionError("unreachable")

    @staticmethod
    async def _lock(conn: asyncpg.Connection, *key: str) -> None:
        """A transaction-scoped lock on a key, for a read-modify-write whose row may not exist
        yet or whose decision covers several rows (hash collisions only serialize more)."""
        await conn.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", _LOCK_KEY, "\x1f".join(key))

    # Entities ---------------------------------------------------------------------------------
    async def create_entity(
        self, kind: str, id: str, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        async def insert(conn: asyncpg.Connection, changes: _Changes) -> None:
            try:
                await conn.execute(
                    "INSERT INTO entities (kind, id, namespace, name, created_at, updated_at, data)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    kind, id, namespace_of(kind), name, now, now, data,
                )
            except asyncpg.UniqueViolationError as exc:
                raise IDTaken(id) from exc
            changes.entity(kind, id, liveness=True)
            if member is not None:
                await self._upsert_membership(conn, kind, id, member, now)
                changes.memberships()

        await self._write(insert)
        return Entity(kind, id, data, now, now, None)

    async def get_entity(self, kind: str, id: str, *, include_deleted: bool = False) -> Entity | None:
        key = (kind, id)
        try:
            row = self._entities[key]
        except KeyError:
            generation = self._generation
            record = await self._pool.fetchrow(
                f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = $1 AND id = $2", kind, id
            )
            row = entity_of(record) if record is not None else None
            self._remember(self._entities, key, row, generation)
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
        where = "kind = $1 AND deleted_at IS " + ("NOT NULL" if deleted else "NULL")
        args: list[Any] = [kind]
        if ids is not None:
            if not ids:
                return [], 0
            where += " AND id = ANY($2::text[])"
            args.append(list(ids))
        sql = f"SELECT {ENTITY_COLUMNS}, COUNT(*) OVER () FROM entities WHERE {where} {order_by(order)}"
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        records = await self._pool.fetch(sql, *args)
        if records:
            return [entity_of(r) for r in records], records[0][-1]
        return [], await self._pool.fetchval(f"SELECT COUNT(*) FROM entities WHERE {where}", *args)

    _LIVE_ENTITY = (
        f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE"
    )
    _GATEWAY_EUI_HOLDER = (
        "SELECT id FROM entities WHERE kind = 'gateway' AND eui = $1 AND deleted_at IS NULL AND id != $2"
    )

    @classmethod
    async def _update_row(
        cls,
        conn: asyncpg.Connection,
        changes: _Changes,
        kind: str,
        id: str,
        fn: Callable[[Entity | None], EntityChange | None],
        now: int | None,
        *,
        eui: bool = False,
    ) -> Entity | None:
        """One read-modify-write of a live entity row, locked; ``eui``: write the EUI of the
        change too (gateways), refusing one another live gateway holds."""
        record = await conn.fetchrow(cls._LIVE_ENTITY, kind, id)
        current = entity_of(record) if record is not None else None
        change = fn(current)
        if change is None or current is None:
            return current
        updated_at = current.updated_at if now is None else now
        if eui:
            if change.eui is not None and await conn.fetchval(cls._GATEWAY_EUI_HOLDER, change.eui, id) is not None:
                raise GatewayEUITaken(change.eui)
            await conn.execute(
                "UPDATE entities SET data = $1, name = $2, updated_at = $3, eui = $4 WHERE kind = $5 AND id = $6",
                change.data, change.name, updated_at, change.eui, kind, id,
            )
        else:
            await conn.execute(
                "UPDATE entities SET data = $1, name = $2, updated_at = $3 WHERE kind = $4 AND id = $5",
                change.data, change.name, updated_at, kind, id,
            )
        changes.entity(kind, id)
        return Entity(kind, id, change.data, current.created_at, updated_at, None)

    async def update_entity(
        self, kind: str, id: str, fn: Callable[[Entity | None], EntityChange | None], *, now: int | None
    ) -> Entity | None:
        return await self._write(lambda conn, changes: self._update_row(conn, changes, kind, id, fn, now))

    async def update_entities(
        self,
        changes: Sequence[tuple[str, str, Callable[[Entity | None], EntityChange | None]]],
        *,
        now: int | None,
    ) -> list[Entity | None]:
        updates = list(changes)

        async def update_all(conn: asyncpg.Connection, changed: _Changes) -> list[Entity | None]:
            return [await self._update_row(conn, changed, kind, id, fn, now) for kind, id, fn in updates]

        return await self._write(update_all)

    async def delete_entity(self, kind: str, id: str, *, now: int) -> bool:
        return await self._set_liveness(
            kind, id, "UPDATE entities SET deleted_at = $1, updated_at = $1 WHERE kind = $2 AND id = $3"
            " AND deleted_at IS NULL", now,
        )

    async def restore_entity(self, kind: str, id: str, *, now: int) -> bool:
        if kind == "gateway":  # its EUI may be taken meanwhile
            return await self.restore_gateway(id, now=now)
        return await self._set_liveness(
            kind, id, "UPDATE entities SET deleted_at = NULL, updated_at = $1 WHERE kind = $2 AND id = $3"
            " AND deleted_at IS NOT NULL", now,
        )

    async def _set_liveness(self, kind: str, id: str, sql: str, now: int) -> bool:
        async def update(conn: asyncpg.Connection, changes: _Changes) -> bool:
            if not _count(await conn.execute(sql, now, kind, id)):
                return False
            changes.entity(kind, id, liveness=True)
            return True

        return await self._write(update)

    async def purge_entity(self, kind: str, id: str) -> bool:
        async def purge(conn: asyncpg.Connection, changes: _Changes) -> bool:
            purged, others = await conn.fetchrow(
                "WITH k AS (DELETE FROM api_keys WHERE entity_kind = $1 AND entity_id = $2 RETURNING 1),"
                " m AS (DELETE FROM memberships WHERE (entity_kind = $1 AND entity_id = $2)"
                "       OR (member_kind = $1 AND member_id = $2) RETURNING 1),"
                " e AS (DELETE FROM entities WHERE kind = $1 AND id = $2 RETURNING 1)"
                " SELECT (SELECT COUNT(*) FROM e), (SELECT COUNT(*) FROM k) + (SELECT COUNT(*) FROM m)",
                kind, id,
            )
            if purged or others:
                changes.entity(kind, id, liveness=True)
            return purged > 0

        return await self._write(purge)

    # Memberships ------------------------------------------------------------------------------
    # Writes of an entity's memberships hold the entity's key lock: ``change_membership`` decides
    # on all of them, so none may change (or be added) meanwhile.
    _MEMBERSHIP_KEY = "entity_kind = $1 AND entity_id = $2 AND member_kind = $3 AND member_id = $4"

    async def set_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str, rights: bytes | None, *, now: int
    ) -> None:
        async def write(conn: asyncpg.Connection, changes: _Changes) -> None:
            await self._lock(conn, "memberships", entity_kind, entity_id)
            if rights is None:
                status = await conn.execute(
                    f"DELETE FROM memberships WHERE {self._MEMBERSHIP_KEY}", entity_kind, entity_id, member_kind,
                    member_id,
                )
                if not _count(status):
                    return
            else:
                await self._upsert_membership(conn, entity_kind, entity_id, (member_kind, member_id, rights), now)
            changes.memberships()

        await self._write(write)

    async def get_membership(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> Membership | None:
        record = await self._pool.fetchrow(
            f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE {self._MEMBERSHIP_KEY}",
            entity_kind, entity_id, member_kind, member_id,
        )
        return membership_of(record) if record is not None else None

    _MEMBERS = (
        f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE entity_kind = $1 AND entity_id = $2"
        " ORDER BY member_kind DESC, member_id"
    )

    async def list_members(self, entity_kind: str, entity_id: str) -> list[Membership]:
        return [membership_of(r) for r in await self._pool.fetch(self._MEMBERS, entity_kind, entity_id)]

    _CHAINS = _dollar(MEMBERSHIP_CHAINS)

    async def membership_chains(
        self, entity_kind: str, entity_id: str, member_kind: str, member_id: str
    ) -> list[tuple[bytes, bytes | None]]:
        key = (entity_kind, entity_id, member_kind, member_id)
        try:
            return self._chains[key]
        except KeyError:
            generation = self._generation
            records = await self._pool.fetch(self._CHAINS, *key, member_kind, member_id, entity_kind, entity_id)
            chains = [(bytes(r[0]), bytes(r[1]) if r[1] is not None else None) for r in records]
            self._remember(self._chains, key, chains, generation)
            return chains

    async def list_memberships(self, member_kind: str, member_id: str, entity_kind: str) -> list[Membership]:
        records = await self._pool.fetch(
            f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships"
            " WHERE member_kind = $1 AND member_id = $2 AND entity_kind = $3 ORDER BY entity_id",
            member_kind, member_id, entity_kind,
        )
        return [membership_of(r) for r in records]

    @staticmethod
    async def _upsert_membership(
        conn: asyncpg.Connection, entity_kind: str, entity_id: str, member: Member, now: int
    ) -> None:
        member_kind, member_id, rights = member
        await conn.execute(
            f"INSERT INTO memberships ({MEMBERSHIP_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            " ON CONFLICT (entity_kind, entity_id, member_kind, member_id)"
            " DO UPDATE SET rights = excluded.rights, updated_at = excluded.updated_at",
            entity_kind, entity_id, member_kind, member_id, rights, now, now,
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

        async def read_modify_write(conn: asyncpg.Connection, changes: _Changes) -> Membership | None:
            await self._lock(conn, "memberships", entity_kind, entity_id)
            records = await conn.fetch(self._MEMBERS + " FOR UPDATE", entity_kind, entity_id)
            members = [membership_of(r) for r in records]
            current = next((m for m in members if (m.member_kind, m.member_id) == (member_kind, member_id)), None)
            rights = fn(current, members)
            if rights is None:
                if current is not None:
                    await conn.execute(f"DELETE FROM memberships WHERE {self._MEMBERSHIP_KEY}", *key)
                    changes.memberships()
                return None
            await self._upsert_membership(conn, entity_kind, entity_id, (member_kind, member_id, rights), now)
            changes.memberships()
            created_at = current.created_at if current is not None else now
            return Membership(*key, rights, created_at, now)

        return await self._write(read_modify_write)

    # API keys ---------------------------------------------------------------------------------
    async def create_api_key(self, row: APIKeyRow) -> None:
        # No version moves: no verification is cached for a key that did not exist.
        async def insert(conn: asyncpg.Connection, changes: _Changes) -> None:
            try:
                await conn.execute(
                    f"INSERT INTO api_keys ({API_KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    row.id, row.entity_kind, row.entity_id, row.secret_hash, row.name, row.data,
                    row.created_at, row.updated_at, row.expires_at,
                )
            except asyncpg.UniqueViolationError as exc:
                raise IDTaken(row.id) from exc

        await self._write(insert)

    async def get_api_key(self, id: str) -> APIKeyRow | None:
        record = await self._pool.fetchrow(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = $1", id)
        return api_key_of(record) if record is not None else None

    async def list_api_keys(
        self, entity_kind: str, entity_id: str, *, order: str = "", limit: int = 0, offset: int = 0
    ) -> tuple[list[APIKeyRow], int]:
        where = "entity_kind = $1 AND entity_id = $2"
        sql = f"SELECT {API_KEY_COLUMNS}, COUNT(*) OVER () FROM api_keys WHERE {where} {api_key_order_by(order)}"
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        records = await self._pool.fetch(sql, entity_kind, entity_id)
        if records:
            return [api_key_of(r) for r in records], records[0][-1]
        return [], await self._pool.fetchval(f"SELECT COUNT(*) FROM api_keys WHERE {where}", entity_kind, entity_id)

    async def update_api_key(self, id: str, fn: Callable[[APIKeyRow | None], APIKeyRow | None]) -> APIKeyRow | None:
        async def read_modify_write(conn: asyncpg.Connection, changes: _Changes) -> APIKeyRow | None:
            record = await conn.fetchrow(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = $1 FOR UPDATE", id)
            current = api_key_of(record) if record is not None else None
            new = fn(current)
            if new is current or current is None:
                return current
            changes.keys()
            if new is None:
                await conn.execute("DELETE FROM api_keys WHERE id = $1", id)
                return None
            record = await conn.fetchrow(
                "UPDATE api_keys SET data = $1, name = $2, expires_at = $3, updated_at = $4 WHERE id = $5"
                f" RETURNING {API_KEY_COLUMNS}",
                new.data, new.name, new.expires_at, new.updated_at, id,
            )
            return api_key_of(record)

        return await self._write(read_modify_write)

    async def delete_api_key(self, id: str) -> bool:
        async def delete(conn: asyncpg.Connection, changes: _Changes) -> bool:
            if not _count(await conn.execute("DELETE FROM api_keys WHERE id = $1", id)):
                return False
            changes.keys()
            return True

        return await self._write(delete)

    # End devices (Identity Server) -------------------------------------------------------------
    # Rows read by (application, device) are cached (absent ones too), dropped by every write of
    # the device, here and on the other replicas.
    @staticmethod
    async def _euis_taken(
        conn: asyncpg.Connection,
        join_eui: bytes | None,
        dev_eui: bytes | None,
        *,
        other_than: tuple[str, str] = ("", ""),
    ) -> EUIsTaken | None:
        if join_eui is None or dev_eui is None:
            return None
        record = await conn.fetchrow(
            "SELECT application_id, device_id FROM end_devices WHERE join_eui = $1 AND dev_eui = $2"
            " AND NOT (application_id = $3 AND device_id = $4)",
            join_eui, dev_eui, *other_than,
        )
        if record is None:
            return None
        return EUIsTaken(join_eui=join_eui.hex().upper(), dev_eui=dev_eui.hex().upper(),
                         application_id=record[0], device_id=record[1])

    @classmethod
    async def _insert_end_device(cls, conn: asyncpg.Connection, changes: _Changes, row: EndDeviceRow) -> None:
        status = await conn.execute(
            f"INSERT INTO end_devices ({END_DEVICE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
            " ON CONFLICT DO NOTHING",
            row.application_id, row.device_id, row.dev_eui, row.join_eui, row.name, row.description, row.data,
            row.created_at, row.updated_at, row.last_seen_at,
        )
        if _count(status):
            changes.device(row.application_id, row.device_id)
            return
        # A unique index refused it (the transaction goes on): tell which.
        if await conn.fetchval(
            "SELECT 1 FROM end_devices WHERE application_id = $1 AND device_id = $2", row.application_id, row.device_id
        ):
            raise IDTaken(row.device_id)
        euis = await cls._euis_taken(conn, row.join_eui, row.dev_eui)
        if euis is not None:
            raise euis
        raise _Retry()  # the holder is gone already

    async def create_end_device(self, row: EndDeviceRow) -> None:
        await self._write(lambda conn, changes: self._insert_end_device(conn, changes, row))

    async def create_end_devices(self, rows: Sequence[EndDeviceRow]) -> None:
        async def insert(conn: asyncpg.Connection, changes: _Changes) -> None:
            for row in rows:
                await self._insert_end_device(conn, changes, row)

        await self._write(insert)

    _END_DEVICE = f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE application_id = $1 AND device_id = $2"

    async def get_end_device(self, application_id: str, device_id: str) -> EndDeviceRow | None:
        key = (application_id, device_id)
        try:
            return self._end_devices[key]
        except KeyError:
            generation = self._generation
            record = await self._pool.fetchrow(self._END_DEVICE, application_id, device_id)
            row = end_device_of(record) if record is not None else None
            self._remember(self._end_devices, key, row, generation)
            return row

    async def get_end_device_by_euis(self, join_eui: bytes | None, dev_eui: bytes | None) -> EndDeviceRow | None:
        # ``=`` where both are set (the unique index); ``IS NOT DISTINCT FROM`` also matches NULL to NULL.
        op = "=" if join_eui and dev_eui else "IS NOT DISTINCT FROM"
        record = await self._pool.fetchrow(
            f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE join_eui {op} $1::bytea AND dev_eui {op} $2::bytea"
            " ORDER BY application_id, device_id LIMIT 1",
            join_eui or None, dev_eui or None,
        )
        return end_device_of(record) if record is not None else None

    async def list_end_devices(
        self,
        application_id: str,
        *,
        order: str = "",
        limit: int = 0,
        offset: int = 0,
        updated_since: int | None = None,
    ) -> tuple[list[EndDeviceRow], int]:
        where, args = "application_id = $1", [application_id]
        if updated_since is not None:
            where += " AND updated_at >= $2"
            args.append(updated_since)
        sql = (
            f"SELECT {END_DEVICE_COLUMNS}, (SELECT COUNT(*) FROM end_devices WHERE application_id = $1)"
            f" FROM end_devices WHERE {where} {end_device_order_by(order)}"
        )
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        records = await self._pool.fetch(sql, *args)
        if records:
            return [end_device_of(r) for r in records], records[0][-1]
        return [], await self.count_end_devices(application_id)

    async def find_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[EndDeviceRow]:
        if not device_ids:
            return []
        records = await self._pool.fetch(
            f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE application_id = $1"
            " AND device_id = ANY($2::text[]) ORDER BY device_id",
            application_id, list(device_ids),
        )
        return [end_device_of(r) for r in records]

    async def update_end_device(
        self, application_id: str, device_id: str, fn: Callable[[EndDeviceRow | None], EndDeviceRow | None]
    ) -> EndDeviceRow | None:
        key = (application_id, device_id)

        async def read_modify_write(conn: asyncpg.Connection, changes: _Changes) -> EndDeviceRow | None:
            record = await conn.fetchrow(self._END_DEVICE + " FOR UPDATE", application_id, device_id)
            current = end_device_of(record) if record is not None else None
            row = fn(current)
            if row is None or row is current or current is None:
                return current
            if (row.join_eui, row.dev_eui) != (current.join_eui, current.dev_eui):
                euis = await self._euis_taken(conn, row.join_eui, row.dev_eui, other_than=key)
                if euis is not None:
                    raise euis
            await conn.execute(
                "UPDATE end_devices SET dev_eui = $1, join_eui = $2, name = $3, description = $4, data = $5,"
                " updated_at = $6, last_seen_at = $7 WHERE application_id = $8 AND device_id = $9",
                row.dev_eui, row.join_eui, row.name, row.description, row.data, row.updated_at, row.last_seen_at, *key,
            )
            changes.device(application_id, device_id)
            return EndDeviceRow(application_id, device_id, row.dev_eui, row.join_eui, row.name, row.description,
                                row.data, current.created_at, row.updated_at, row.last_seen_at)

        return await self._write(read_modify_write)

    async def delete_end_device(self, application_id: str, device_id: str) -> bool:
        return bool(await self.delete_end_devices(application_id, (device_id,)))

    async def delete_end_devices(self, application_id: str, device_ids: Sequence[str]) -> list[str]:
        async def delete(conn: asyncpg.Connection, changes: _Changes) -> list[str]:
            records = await conn.fetch(
                "DELETE FROM end_devices WHERE application_id = $1 AND device_id = ANY($2::text[]) RETURNING device_id",
                application_id, list(device_ids),
            )
            deleted = sorted(r[0] for r in records)
            for device_id in deleted:
                changes.device(application_id, device_id)
            return deleted

        if not device_ids:
            return []
        return await self._write(delete)

    async def count_end_devices(self, application_id: str) -> int:
        return await self._pool.fetchval("SELECT COUNT(*) FROM end_devices WHERE application_id = $1", application_id)

    # Device registries (JS, NS, AS) -----------------------------------------------------------
    # Not cached (one indexed row, read by no hot path), so writes have nothing to tell.
    _REGISTRY_DEVICE = (
        f"SELECT {REGISTRY_DEVICE_COLUMNS} FROM registry_devices"
        " WHERE component = $1 AND application_id = $2 AND device_id = $3"
    )

    async def get_registry_device(
        self, component: str, application_id: str, device_id: str
    ) -> RegistryDevice | None:
        record = await self._pool.fetchrow(self._REGISTRY_DEVICE, component, application_id, device_id)
        return registry_device_of(record) if record is not None else None

    async def set_registry_device(
        self,
        component: str,
        application_id: str,
        device_id: str,
        fn: Callable[[RegistryDevice | None], RegistryDevice | None],
    ) -> RegistryDevice | None:
        key = (component, application_id, device_id)

        async def read_modify_write(conn: asyncpg.Connection, changes: _Changes) -> RegistryDevice | None:
            await self._lock(conn, "registry", *key)  # the row may not exist yet: nothing to lock
            record = await conn.fetchrow(self._REGISTRY_DEVICE + " FOR UPDATE", *key)
            current = registry_device_of(record) if record is not None else None
            new = fn(current)
            if new is current:
                return current
            if new is None:
                await conn.execute(
                    "DELETE FROM registry_devices WHERE component = $1 AND application_id = $2 AND device_id = $3", *key
                )
                return None
            if (
                new.join_eui is not None and new.dev_eui is not None
                and (current is None or (new.join_eui, new.dev_eui) != (current.join_eui, current.dev_eui))
            ):
                holder = await conn.fetchrow(
                    "SELECT application_id, device_id FROM registry_devices WHERE component = $1 AND join_eui = $2"
                    " AND dev_eui = $3 AND NOT (application_id = $4 AND device_id = $5)",
                    component, new.join_eui, new.dev_eui, application_id, device_id,
                )
                if holder is not None:
                    raise EUIsTaken(join_eui=new.join_eui.hex().upper(), dev_eui=new.dev_eui.hex().upper(),
                                    application_id=holder[0], device_id=holder[1])
            await conn.execute(
                f"INSERT INTO registry_devices (component, application_id, device_id, {REGISTRY_DEVICE_COLUMNS})"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                " ON CONFLICT (component, application_id, device_id) DO UPDATE SET data = excluded.data,"
                " dev_eui = excluded.dev_eui, join_eui = excluded.join_eui, dev_addr = excluded.dev_addr,"
                " created_at = excluded.created_at, updated_at = excluded.updated_at",
                *key, new.data, new.dev_eui, new.join_eui, new.dev_addr, new.created_at, new.updated_at,
            )
            return new

        return await self._write(read_modify_write)

    async def delete_registry_device(self, component: str, application_id: str, device_id: str) -> bool:
        async def delete(conn: asyncpg.Connection, changes: _Changes) -> bool:
            return _count(await conn.execute(
                "DELETE FROM registry_devices WHERE component = $1 AND application_id = $2 AND device_id = $3",
                component, application_id, device_id,
            )) > 0

        return await self._write(delete)

    # Gateways ---------------------------------------------------------------------------------
    # A gateway is an entity row whose ``eui`` column (schema step 3) holds its EUI. Writes look
    # for a holder of the ID or EUI inside their transaction, so the two are told apart without
    # parsing constraint messages; the unique indexes stay the guard (a race they catch runs
    # the write again, which then finds the holder).
    async def create_gateway(
        self, id: str, eui: bytes | None, data: bytes, *, name: str, now: int, member: Member | None = None
    ) -> Entity:
        namespace = namespace_of("gateway")

        async def insert(conn: asyncpg.Connection, changes: _Changes) -> None:
            if await conn.fetchval("SELECT 1 FROM entities WHERE namespace = $1 AND id = $2", namespace, id):
                raise IDTaken(id)
            if eui is not None and await conn.fetchval(self._GATEWAY_EUI_HOLDER, eui, id) is not None:
                raise GatewayEUITaken(eui)
            await conn.execute(
                "INSERT INTO entities (kind, id, namespace, name, created_at, updated_at, data, eui)"
                " VALUES ('gateway', $1, $2, $3, $4, $4, $5, $6)",
                id, namespace, name, now, data, eui,
            )
            changes.entity("gateway", id, liveness=True)
            if member is not None:
                await self._upsert_membership(conn, "gateway", id, member, now)
                changes.memberships()

        await self._write(insert)
        return Entity("gateway", id, data, now, now, None)

    async def update_gateway(
        self, id: str, fn: Callable[[Entity | None], EntityChange | None], *, now: int
    ) -> Entity | None:
        return await self._write(
            lambda conn, changes: self._update_row(conn, changes, "gateway", id, fn, now, eui=True)
        )

    async def restore_gateway(self, id: str, *, now: int) -> bool:
        async def restore(conn: asyncpg.Connection, changes: _Changes) -> bool:
            record = await conn.fetchrow(
                "SELECT eui FROM entities WHERE kind = 'gateway' AND id = $1 AND deleted_at IS NOT NULL FOR UPDATE", id
            )
            if record is None:
                return False
            if record[0] is not None and await conn.fetchval(self._GATEWAY_EUI_HOLDER, record[0], id) is not None:
                raise GatewayEUITaken(bytes(record[0]))
            await conn.execute(
                "UPDATE entities SET deleted_at = NULL, updated_at = $1 WHERE kind = 'gateway' AND id = $2", now, id
            )
            changes.entity("gateway", id, liveness=True)
            return True

        return await self._write(restore)

    async def get_gateway_by_eui(self, eui: bytes) -> Entity | None:
        record = await self._pool.fetchrow(
            f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = 'gateway' AND eui = $1 AND deleted_at IS NULL", eui
        )
        return entity_of(record) if record is not None else None

    # Application package associations -------------------------------------------------------
    # Not cached (as the device registries), so writes have nothing to tell the other replicas.
    _PACKAGE_ASSOCIATION = (
        f"SELECT {PACKAGE_ASSOCIATION_COLUMNS} FROM package_associations"
        " WHERE application_id = $1 AND device_id = $2 AND f_port = $3"
    )

    async def get_package_association(
        self, application_id: str, device_id: str, f_port: int
    ) -> PackageAssociation | None:
        record = await self._pool.fetchrow(self._PACKAGE_ASSOCIATION, application_id, device_id, f_port)
        return package_association_of(record) if record is not None else None

    async def list_package_associations(
        self, application_id: str, device_id: str, *, limit: int = 0, offset: int = 0
    ) -> tuple[list[PackageAssociation], int]:
        sql = (
            f"SELECT {PACKAGE_ASSOCIATION_COLUMNS}, COUNT(*) OVER () FROM package_associations"
            " WHERE application_id = $1 AND device_id = $2 ORDER BY f_port"
        )
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        records = await self._pool.fetch(sql, application_id, device_id)
        if records:
            total = records[0][4]
        elif limit and offset:  # a page past the end: the total still counts
            total = await self._pool.fetchval(
                "SELECT COUNT(*) FROM package_associations WHERE application_id = $1 AND device_id = $2",
                application_id, device_id,
            )
        else:
            total = 0
        return [package_association_of(r) for r in records], total

    async def set_package_association(
        self,
        application_id: str,
        device_id: str,
        f_port: int,
        fn: Callable[[PackageAssociation | None], PackageAssociation | None],
    ) -> PackageAssociation | None:
        async def read_modify_write(conn: asyncpg.Connection, changes: _Changes) -> PackageAssociation | None:
            # The row may not exist yet: lock the key.
            await self._lock(conn, "package_association", application_id, device_id, str(f_port))
            record = await conn.fetchrow(self._PACKAGE_ASSOCIATION + " FOR UPDATE", application_id, device_id, f_port)
            current = package_association_of(record) if record is not None else None
            new = fn(current)
            if new is current:
                return current
            if new is None:
                await conn.execute(
                    "DELETE FROM package_associations WHERE application_id = $1 AND device_id = $2 AND f_port = $3",
                    application_id, device_id, f_port,
                )
                return None
            await conn.execute(
                f"INSERT INTO package_associations (application_id, device_id, {PACKAGE_ASSOCIATION_COLUMNS})"
                " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (application_id, device_id, f_port)"
                " DO UPDATE SET data = excluded.data, created_at = excluded.created_at,"
                " updated_at = excluded.updated_at",
                application_id, device_id, f_port, new.data, new.created_at, new.updated_at,
            )
            return PackageAssociation(f_port, new.data, new.created_at, new.updated_at)

        return await self._write(read_modify_write)

    async def clear_package_associations(self, application_id: str, device_id: str) -> int:
        async def delete(conn: asyncpg.Connection, changes: _Changes) -> int:
            return _count(await conn.execute(
                "DELETE FROM package_associations WHERE application_id = $1 AND device_id = $2",
                application_id, device_id,
            ))

        return await self._write(delete)


    # Application links (Application Server) ---------------------------------------------------
    # Not cached (read by the Application Server's own calls only), so writes have nothing to tell.
    async def get_application_link(self, application_id: str) -> bytes | None:
        data = await self._pool.fetchval("SELECT data FROM application_links WHERE application_id = $1", application_id)
        return bytes(data) if data is not None else None

    async def set_application_link(
        self, application_id: str, fn: Callable[[bytes | None], bytes | None]
    ) -> bytes | None:
        async def read_modify_write(conn: asyncpg.Connection, changes: _Changes) -> bytes | None:
            await self._lock(conn, "application_link", application_id)  # the row may not exist yet
            data = await conn.fetchval(
                "SELECT data FROM application_links WHERE application_id = $1 FOR UPDATE", application_id
            )
            current = bytes(data) if data is not None else None
            new = fn(current)
            if new is current:
                return current
            if new is None:
                await conn.execute("DELETE FROM application_links WHERE application_id = $1", application_id)
                return None
            await conn.execute(
                "INSERT INTO application_links (application_id, data) VALUES ($1, $2)"
                " ON CONFLICT (application_id) DO UPDATE SET data = excluded.data",
                application_id, new,
            )
            return new

        return await self._write(read_modify_write)

    # Stored application upstream messages (the storage integration) ---------------------------
    # Not cached; ties of received_at in insertion order (``seq``, schema step 7).
    async def add_stored_application_ups(
        self, rows: Sequence[StoredApplicationUp], *, expire_before: int | None = None
    ) -> None:
        async def write(conn: asyncpg.Connection, changes: _Changes) -> None:
            if expire_before is not None:
                await conn.execute("DELETE FROM stored_application_ups WHERE received_at < $1", expire_before)
            await conn.executemany(
                "INSERT INTO stored_application_ups (application_id, device_id, type, f_port, received_at, data)"
                " VALUES ($1, $2, $3, $4, $5, $6)",
                [(r.application_id, r.device_id, r.type, r.f_port, r.received_at, r.data) for r in rows],
            )

        await self._write(write)

    async def list_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None, descending: bool = False, limit: int = 0,
    ) -> list[bytes]:
        where, args = stored_up_selection(application_id, device_id, type, f_port, after, before, lambda n: f"${n}")
        direction = "DESC" if descending else "ASC"
        sql = f"SELECT data FROM stored_application_ups WHERE {where} ORDER BY received_at {direction}, seq {direction}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [bytes(r[0]) for r in await self._pool.fetch(sql, *args)]

    async def count_stored_application_ups(
        self, application_id: str, device_id: str | None, type: str, *, f_port: int | None = None,
        after: int | None = None, before: int | None = None,
    ) -> dict[str, int]:
        where, args = stored_up_selection(application_id, device_id, type, f_port, after, before, lambda n: f"${n}")
        records = await self._pool.fetch(
            f"SELECT device_id, COUNT(*) FROM stored_application_ups WHERE {where} GROUP BY device_id", *args
        )
        return {r[0]: r[1] for r in records}


async def _migrate(conn: asyncpg.Connection) -> str:
    """Apply the steps not applied yet, in one transaction under an advisory lock (per schema),
    so that replicas starting at once apply each step once. Returns the schema."""
    schema = await conn.fetchval("SELECT current_schema()")
    if schema is None:
        raise RuntimeError("postgres: no schema to create tables in (does the search_path name an existing schema?)")
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", _LOCK_MIGRATIONS, schema)
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        version = await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"postgres: schema {schema!r} is at migration {version}; this ttsl knows {len(MIGRATIONS)} steps"
            )
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements(step, "postgres"):
                await conn.execute(statement)
            await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", number)
    return schema
