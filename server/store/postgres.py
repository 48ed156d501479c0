"""The shared store: PostgreSQL through asyncpg, for several ttsl replicas on one database.

Connections come from a pool; every write is one transaction, whose steps (the operations
are the shared ones, :mod:`server.store.tables`) are awaited one by one. Read-modify-writes lock
what they read (``SELECT … FOR UPDATE``; where the row may not exist yet, or the decision covers
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
cached in memory (:mod:`server.store.cache`) as in the SQLite store, and
``auth_version``/``rights_version`` move as there (the caches of :mod:`server.auth.access`
trust them). Another replica's writes must reach these caches too, so every write transaction
that changes what they hold also sends ``pg_notify('ttsl_changes', …)`` naming what changed
(entity rows, end devices, "keys or liveness", "memberships"); PostgreSQL delivers it when, and
only if, the transaction commits.
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
from typing import Any, Callable, TypeVar

import asyncpg
import orjson

from .cache import Changes, RowCache
from .migrations import MIGRATIONS, statements
from .statement import Statement
from .tables import SQLStore
from .transaction import ATTEMPTS, Retry, Step, Tx, advance

__all__ = ["PostgresStore", "CHANNEL"]

log = logging.getLogger("ttsl.store")

CHANNEL = "ttsl_changes"
_HEARTBEAT = 2.0  # seconds between checks that the listening connection is alive
_MAX_PAYLOAD = 7_000  # bytes; PostgreSQL refuses notifications of 8000 bytes and more
# Advisory lock classes (the two-key form): schema migrations, and keys of read-modify-writes.
_LOCK_MIGRATIONS = 0x7474_736C
_LOCK_KEY = 0x7474_736D
_RETRYABLE = (asyncpg.DeadlockDetectedError, asyncpg.SerializationError, asyncpg.UniqueViolationError, Retry)

T = TypeVar("T")


def _count(status: str) -> int:
    """Rows affected, from a command status such as ``UPDATE 1`` or ``INSERT 0 1``."""
    return int(status.rpartition(" ")[2] or 0)


async def _step(conn: asyncpg.Connection, step: Step) -> Any:
    """Run one step of a transaction (see :mod:`server.store.transaction`)."""
    kind, statement, args = step
    if kind == "one":
        return await conn.fetchrow(statement.postgres, *args)
    if kind == "rows":
        return await conn.fetch(statement.postgres, *args)
    if kind == "run":
        return _count(await conn.execute(statement.postgres, *args))
    if kind == "many":
        await conn.executemany(statement.postgres, args)
        return None
    # A lock on a key, for a read-modify-write whose row may not exist yet or whose decision
    # covers several rows (hash collisions only serialize more).
    await conn.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", _LOCK_KEY, statement)
    return None


class _Connection(asyncpg.Connection):
    """A pool connection. The store leaves no session state on one (no session locks, cursors,
    LISTEN or SET; transactions always end), so releasing it to the pool needs no reset query:
    a round trip less per read and per write."""

    def get_reset_query(self) -> str:
        return ""


class PostgresStore(SQLStore):
    """See :class:`server.store.Store` for the contract, and the module for the caches."""

    def __init__(self, pool: asyncpg.Pool, dsn: str, schema: str) -> None:
        self._pool = pool
        self._dsn = dsn
        self._schema = schema
        self._origin = uuid.uuid4().hex[:16]
        self._cache = RowCache()
        self._cache.trusted = False  # until listening
        self._listener: asyncpg.Connection | None = None
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
        self._cache.trusted = False
        if listener is not None and not listener.is_closed():
            try:
                await asyncio.wait_for(listener.close(), 5)
            except (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
                listener.terminate()
        await self._pool.close()

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
        self._cache.forget_all()
        self._cache.trusted = True
        self._lost_event.clear()

    def _terminated(self, conn: asyncpg.Connection) -> None:
        if conn is self._listener:
            self._lost("the listening connection closed")

    def _lost(self, why: str) -> None:
        if self._closed:
            return
        listener, self._listener = self._listener, None
        if self._cache.trusted:
            log.warning("postgres: %s; caches off until listening again", why)
        self._cache.trusted = False
        self._cache.forget_all()
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
            self._cache.forget_named(
                None if entities == "*" else [tuple(k) for k in entities],
                None if devices == "*" else [tuple(k) for k in devices],
                auth=bool(change["a"]),
                rights=bool(change["r"]),
            )
        except (ValueError, KeyError, TypeError):
            log.warning("postgres: unreadable change notification %r; dropping all caches", payload[:200])
            self._cache.forget_all()

    def _payload(self, changes: Changes) -> str:
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

    # Plumbing (see Backend) ------------------------------------------------------------------
    async def _one(self, statement: Statement, *args: Any) -> Any | None:
        return await self._pool.fetchrow(statement.postgres, *args)

    async def _rows(self, statement: Statement, *args: Any) -> list[Any]:
        return await self._pool.fetch(statement.postgres, *args)

    async def _write(self, tx: Callable[..., Tx[T]], *args: Any) -> T:
        """Run the transaction, which notifies the other replicas of what it changed; run it
        again when it loses a deadlock or a unique-index race. What it changed is forgotten
        here when the transaction is over, committed or not."""
        for attempt in range(1, ATTEMPTS + 1):
            changes = Changes()
            try:
                async with self._pool.acquire() as conn:
                    async with conn.transaction():
                        steps = tx(changes, *args)
                        done, value = advance(steps)
                        while not done:
                            done, value = advance(steps, await _step(conn, value))
                        if changes:
                            await conn.execute("SELECT pg_notify($1, $2)", CHANNEL, self._payload(changes))
                return value
            except _RETRYABLE:
                if attempt == ATTEMPTS:
                    raise
            finally:
                self._cache.forget(changes)
        raise AssertionError("unreachable")


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
