"""The store contract as a suite: every backend runs these same functions."""

from __future__ import annotations

import pytest

from server.store import APIKeyRow, IDTaken, Store

T0 = 1_700_000_000_000_000_000


async def entities_crud(store: Store) -> None:
    row = await store.create_entity("application", "app1", b"data", name="App", now=T0)
    assert (row.id, row.data, row.created_at, row.deleted_at) == ("app1", b"data", T0, None)
    assert (await store.get_entity("application", "app1")).data == b"data"
    assert await store.get_entity("application", "nope") is None
    with pytest.raises(IDTaken):
        await store.create_entity("application", "app1", b"", name="", now=T0)
    updated = await store.update_entity("application", "app1", b"new", name="App", now=T0 + 1)
    assert (updated.data, updated.created_at, updated.updated_at) == (b"new", T0, T0 + 1)
    assert await store.update_entity("application", "nope", b"", name="", now=T0) is None


async def ids_are_namespaced(store: Store) -> None:
    await store.create_entity("user", "alice", b"", name="", now=T0)
    with pytest.raises(IDTaken):  # users and organizations share IDs
        await store.create_entity("organization", "alice", b"", name="", now=T0)
    await store.create_entity("application", "alice", b"", name="", now=T0)  # other kinds do not


async def soft_delete_restore_purge(store: Store) -> None:
    await store.create_entity("application", "gone", b"x", name="", now=T0)
    await store.set_membership("application", "gone", "user", "u1", b"r", now=T0)
    await store.create_api_key(APIKeyRow("KEY1", "application", "gone", "hash", "k", b"", T0, T0, None))
    assert await store.delete_entity("application", "gone", now=T0 + 5)
    assert await store.get_entity("application", "gone") is None
    assert (await store.get_entity("application", "gone", include_deleted=True)).deleted_at == T0 + 5
    with pytest.raises(IDTaken):
        await store.create_entity("application", "gone", b"", name="", now=T0)
    rows, total = await store.list_entities("application", deleted=True)
    assert [r.id for r in rows] == ["gone"] and total == 1
    assert await store.restore_entity("application", "gone", now=T0 + 6)
    assert await store.get_entity("application", "gone") is not None
    assert await store.purge_entity("application", "gone")
    assert await store.get_entity("application", "gone", include_deleted=True) is None
    assert await store.get_api_key("KEY1") is None
    assert await store.list_members("application", "gone") == []
    await store.create_entity("application", "gone", b"", name="", now=T0)  # the ID is free again


async def list_orders_and_pages(store: Store) -> None:
    for i, name in enumerate(["c", "a", "b", "e", "d"]):
        await store.create_entity("gateway", f"gw{i}", b"", name=name, now=T0 + i)
    rows, total = await store.list_entities("gateway", order="name", limit=2, offset=0)
    assert [r.id for r in rows] == ["gw1", "gw2"] and total == 5
    rows, _ = await store.list_entities("gateway", order="-created_at", limit=2, offset=2)
    assert [r.id for r in rows] == ["gw2", "gw1"]
    rows, total = await store.list_entities("gateway", ids=["gw4", "gw0", "zzz"])
    assert [r.id for r in rows] == ["gw0", "gw4"] and total == 2
    assert await store.list_entities("gateway", ids=[]) == ([], 0)


async def memberships(store: Store) -> None:
    await store.set_membership("application", "m-app", "user", "bob", b"r1", now=T0)
    await store.set_membership("application", "m-app", "organization", "org", b"r2", now=T0)
    await store.set_membership("application", "m-app", "user", "bob", b"r3", now=T0 + 1)
    assert (await store.get_membership("application", "m-app", "user", "bob")).rights == b"r3"
    assert [m.member_id for m in await store.list_members("application", "m-app")] == ["bob", "org"]
    assert [m.entity_id for m in await store.list_memberships("user", "bob", "application")] == ["m-app"]
    await store.set_membership("application", "m-app", "user", "bob", None, now=T0)
    assert await store.get_membership("application", "m-app", "user", "bob") is None


async def api_keys(store: Store) -> None:
    for i in range(3):
        await store.create_api_key(APIKeyRow(f"K{i}", "user", "carol", "h", f"n{2 - i}", b"", T0 + i, T0 + i, None))
    rows, total = await store.list_api_keys("user", "carol", order="name")
    assert [r.id for r in rows] == ["K2", "K1", "K0"] and total == 3
    updated = await store.update_api_key("K0", b"new", name="z", expires_at=T0 + 99, now=T0 + 9)
    assert (updated.data, updated.name, updated.expires_at) == (b"new", "z", T0 + 99)
    assert await store.delete_api_key("K0")
    assert await store.get_api_key("K0") is None
    with pytest.raises(IDTaken):
        await store.create_api_key(APIKeyRow("K1", "user", "x", "h", "", b"", T0, T0, None))


SUITE = [entities_crud, ids_are_namespaced, soft_delete_restore_purge, list_orders_and_pages, memberships, api_keys]
