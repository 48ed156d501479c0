"""The store suite against the SQLite backend, plus what only a file-backed store can show."""

from __future__ import annotations

import pytest

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
