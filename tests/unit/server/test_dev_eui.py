"""DevEUIIssuer (server/identity/dev_eui.py) on the SQLite store: one transaction counts and takes
an address, so refusals change nothing and concurrent issues never share an address."""

from __future__ import annotations

import asyncio

import pytest

from server.errors import TTSError
from server.identity.dev_eui import DevEUIIssuer
from server.store.sqlite import SQLiteStore
from ttn.lorawan.v3 import application_pb2

T0 = 1_700_000_000_000_000_000


@pytest.fixture
async def store(tmp_path):
    store = await SQLiteStore.open(tmp_path / "ttsl.db")
    yield store
    await store.close()


async def _app(store, app_id: str, **fields) -> None:
    app = application_pb2.Application(name="kept", description="kept too", **fields)
    app.ids.application_id = app_id
    await store.create_entity("application", app_id, app.SerializeToString(), name="kept", now=T0)


async def _counter(store, app_id: str) -> int:
    return application_pb2.Application.FromString((await store.get_entity("application", app_id)).data).dev_eui_counter


async def test_concurrent_issues_get_distinct_addresses_and_all_count(store):
    await _app(store, "app1")
    issuer = DevEUIIssuer(store, "70B3D57ED0000000/36", application_limit=100)
    euis = await asyncio.gather(*(issuer.issue("app1") for _ in range(20)))
    assert len(set(euis)) == 20 and all(e.hex().upper().startswith("70B3D57ED") for e in euis)
    assert await _counter(store, "app1") == 20
    app = application_pb2.Application.FromString((await store.get_entity("application", "app1")).data)
    assert (app.name, app.description) == ("kept", "kept too")  # only the counter changed


async def test_refusals_change_nothing(store):
    await _app(store, "app1")
    await _app(store, "app2")
    issuer = DevEUIIssuer(store, "70B3D57ED0000000/62", application_limit=2)  # a block of 4 addresses
    first = await issuer.issue("app1")
    await issuer.issue("app1")
    with pytest.raises(TTSError) as refused:  # app1's limit: no address is taken for it
        await issuer.issue("app1")
    assert refused.value.name == "application_dev_eui_limit_reached"
    assert await issuer.issue("nope") is None  # no such application: no address taken either
    assert [e.hex() for e in (await issuer.issue("app2"), await issuer.issue("app2"))] == [
        (int.from_bytes(first, "big") + n).to_bytes(8, "big").hex() for n in (2, 3)
    ]
    await _app(store, "app3")
    with pytest.raises(TTSError) as refused:  # the block is used up: app3's counter stays
        await issuer.issue("app3")
    assert refused.value.name == "no_eui_or_block_available"
    assert (await _counter(store, "app1"), await _counter(store, "app2"), await _counter(store, "app3")) == (2, 2, 0)
