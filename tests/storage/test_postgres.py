"""The store suite against PostgreSQL (a fresh schema per test), plus what only a store shared
by several replicas must show: migrations applied once, and changes reaching the caches of
another store on the same database."""

from __future__ import annotations

import asyncio
import time

import pytest

from server.store import APIKeyRow, RegistryDevice, StoredApplicationUp
from server.store.migrations import MIGRATIONS, statements
from server.store.postgres import PostgresStore
from storage.suite import SUITE, T0, _fields, _masked, _set
from support.postgres import fresh_schema


@pytest.mark.parametrize("case", SUITE, ids=lambda f: f.__name__)
async def test_suite(case):
    async with fresh_schema() as uri:
        store = await PostgresStore.open(uri)
        try:
            await case(store)
        finally:
            await store.close()


async def test_replicas_starting_at_once_migrate_once_and_reopening_keeps_data():
    async with fresh_schema() as uri:
        stores = await asyncio.gather(*(PostgresStore.open(uri) for _ in range(3)))
        try:
            await stores[0].create_entity("application", "kept", b"x", name="", now=T0)
            async with stores[0]._pool.acquire() as conn:
                versions = [r[0] for r in await conn.fetch("SELECT version FROM schema_migrations ORDER BY version")]
            assert versions == list(range(1, len(MIGRATIONS) + 1))
        finally:
            for store in stores:
                await store.close()
        store = await PostgresStore.open(uri)
        try:
            assert (await store.get_entity("application", "kept")).data == b"x"
        finally:
            await store.close()


async def test_upgrading_numbers_the_stored_messages_kept():
    """Schema step 7 adds the insertion order to the rows kept; new rows follow them."""
    import asyncpg

    async with fresh_schema() as uri:
        conn = await asyncpg.connect(uri)
        try:
            await conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                               " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            for number, step in enumerate(MIGRATIONS[:6], start=1):
                for statement in statements(step, "postgres"):
                    await conn.execute(statement)
                await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", number)
            await conn.executemany(
                "INSERT INTO stored_application_ups (application_id, device_id, type, f_port, received_at, data)"
                " VALUES ($1, $2, $3, $4, $5, $6)",
                [("app", "dev", "uplink_message", 1, T0 + n // 3, str(n).encode()) for n in range(6)],
            )
        finally:
            await conn.close()
        store = await PostgresStore.open(uri)
        try:
            await store.add_stored_application_ups(
                [StoredApplicationUp("app", "dev", "uplink_message", 1, T0 + 1, b"6")])
            # (The rows kept are numbered as PostgreSQL reads them: here, as they were written.)
            kept = [str(n).encode() for n in range(7)]
            assert await store.list_stored_application_ups("app", None, "") == kept
            assert await store.list_stored_application_ups("app", None, "", descending=True) == kept[::-1]
        finally:
            await store.close()


async def test_read_modify_writes_are_atomic_across_stores():
    """Two replicas writing one row at once: every update lands, each sees the one before."""
    async with fresh_schema() as uri:
        a, b = await PostgresStore.open(uri), await PostgresStore.open(uri)
        try:
            await a.create_entity("application", "busy", b"{}", name="", now=T0)
            fields = [f"field{i}" for i in range(20)]
            await asyncio.gather(*(
                (a, b)[i % 2].update_entity("application", "busy", _masked(f, i), now=T0 + i)
                for i, f in enumerate(fields)
            ))
            assert _fields((await b.get_entity("application", "busy")).data) == {f: i for i, f in enumerate(fields)}

            def increment(current):  # from no row at all: nothing to lock but the key
                count = int(current.data) if current is not None else 0
                return RegistryDevice(str(count + 1).encode())

            await asyncio.gather(*((a, b)[i % 2].set_registry_device("ns", "app", "dev", increment) for i in range(20)))
            assert (await a.get_registry_device("ns", "app", "dev")).data == b"20"
        finally:
            await a.close()
            await b.close()


async def _eventually(check, timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        assert time.monotonic() < deadline, "not seen in time"
        await asyncio.sleep(0.005)


async def test_changes_reach_the_caches_of_another_store():
    async with fresh_schema() as uri:
        a, b = await PostgresStore.open(uri), await PostgresStore.open(uri)
        try:
            # Cached on B (absent, then present), changed on A: B sees each change.
            assert await b.get_entity("application", "shared") is None
            await a.create_entity("application", "shared", b"v1", name="", now=T0)
            await _eventually(lambda: _data_is(b, b"v1"))
            await a.update_entity("application", "shared", _set(b"v2"), now=T0 + 1)
            await _eventually(lambda: _data_is(b, b"v2"))

            # Versions: a key deleted on A moves B's auth_version; a membership, its rights_version.
            await a.create_api_key(APIKeyRow("K", "application", "shared", "h", "", b"", T0, T0, None))
            auth, rights = b.auth_version, b.rights_version
            await a.delete_api_key("K")
            await _eventually(lambda: _true(b.auth_version > auth and b.rights_version > rights))
            auth, rights = b.auth_version, b.rights_version
            assert await b.membership_chains("application", "shared", "user", "u") == []
            await a.set_membership("application", "shared", "user", "u", b"r", now=T0)
            await _eventually(lambda: _true(b.rights_version > rights))
            assert b.auth_version == auth  # a membership is no change of authentication
            assert await b.membership_chains("application", "shared", "user", "u") == [(b"r", None)]

            # End devices, one by one and in batches.
            from storage.suite import device

            assert await b.get_end_device("app", "d1") is None
            await a.create_end_devices([device("app", "d1"), device("app", "d2")])
            await _eventually(lambda: _present(b.get_end_device("app", "d1")))
            assert await b.get_end_device("app", "d2") is not None
            await a.delete_end_devices("app", ["d1", "d2"])
            await _eventually(lambda: _absent(b.get_end_device("app", "d2")))

            # A soft delete on A: B's cached row goes, and its versions move.
            auth = b.auth_version
            await a.delete_entity("application", "shared", now=T0 + 2)
            await _eventually(lambda: _absent(b.get_entity("application", "shared")))
            assert b.auth_version > auth

            # B's own writes are not announced back to B (they invalidated when they committed).
            before = (b.auth_version, b.rights_version)
            await b.set_membership("application", "other", "user", "u", b"r", now=T0)
            after = (b.auth_version, b.rights_version)
            await asyncio.sleep(0.05)
            assert (b.auth_version, b.rights_version) == after and after[1] == before[1] + 1
        finally:
            await a.close()
            await b.close()


async def test_nothing_is_trusted_while_not_listening():
    async with fresh_schema() as uri:
        a, b = await PostgresStore.open(uri), await PostgresStore.open(uri)
        try:
            await a.create_entity("application", "app", b"v1", name="", now=T0)
            assert (await b.get_entity("application", "app")).data == b"v1"
            dsn, b._dsn = b._dsn, "postgresql://postgres@127.0.0.1:1/test"  # no way back for now
            b._listener.terminate()  # the listening connection drops
            await _eventually(lambda: _true(not b._cache.trusted))
            assert b.auth_version != b.auth_version  # every read a new version: no cache hit
            await a.update_entity("application", "app", _set(b"v2"), now=T0 + 1)
            assert (await b.get_entity("application", "app")).data == b"v2"  # not from a cache
            b._dsn = dsn
            await _eventually(lambda: _true(b._cache.trusted))  # back, and trusted again
            assert b.auth_version == b.auth_version
            await a.update_entity("application", "app", _set(b"v3"), now=T0 + 2)
            await _eventually(lambda: _data_is(b, b"v3", "app"))
        finally:
            await a.close()
            await b.close()


async def _true(value: bool) -> bool:
    return value


async def _data_is(store: PostgresStore, data: bytes, app_id: str = "shared") -> bool:
    row = await store.get_entity("application", app_id)
    return row is not None and row.data == data


async def _present(read) -> bool:
    return await read is not None


async def _absent(read) -> bool:
    return await read is None
