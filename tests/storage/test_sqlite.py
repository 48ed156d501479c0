"""The store suite against the SQLite backend, plus what only a file-backed store can show."""

from __future__ import annotations

import sqlite3

import pytest

from server.store import StoredApplicationUp
from server.store.migrations import MIGRATIONS, statements
from server.store.sqlite import SQLiteStore
from storage.suite import SUITE, T0


@pytest.mark.parametrize("case", SUITE, ids=lambda f: f.__name__)
async def test_suite(case, tmp_path):
    store = await SQLiteStore.open(tmp_path / "ttsl.db")
    try:
        await case(store)
    finally:
        await store.close()


async def test_reopening_keeps_data_and_does_not_migrate_twice(tmp_path):
    store = await SQLiteStore.open(tmp_path / "ttsl.db")
    await store.create_entity("application", "kept", b"x", name="", now=T0)
    await store.close()
    store = await SQLiteStore.open(tmp_path / "ttsl.db")
    try:
        assert (await store.get_entity("application", "kept")).data == b"x"
    finally:
        await store.close()


async def test_upgrading_keeps_stored_messages_in_their_order(tmp_path):
    """Schema step 7 rebuilds the stored messages' table: the rows kept, ties in insertion order."""
    path = tmp_path / "ttsl.db"
    with sqlite3.connect(path) as conn:
        for step in MIGRATIONS[:6]:
            for statement in statements(step, "sqlite"):
                conn.execute(statement)
        conn.execute("PRAGMA user_version=6")
        conn.executemany(
            "INSERT INTO stored_application_ups (application_id, device_id, type, f_port, received_at, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [("app", "dev", "uplink_message", 1, T0, str(n).encode()) for n in range(6)],
        )
    conn.close()
    store = await SQLiteStore.open(path)
    try:
        await store.add_stored_application_ups([StoredApplicationUp("app", "dev", "uplink_message", 1, T0, b"6")])
        kept = [str(n).encode() for n in range(7)]
        assert await store.list_stored_application_ups("app", "dev", "uplink_message") == kept
        assert await store.list_stored_application_ups("app", None, "", descending=True, limit=3) == kept[::-1][:3]
        indexes = {row[1] for row in store._reader.execute("PRAGMA index_list(stored_application_ups)")}
        assert indexes == {"stored_application_ups_application", "stored_application_ups_received_at"}
    finally:
        await store.close()
