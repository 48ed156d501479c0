"""The store contract as a suite: every backend runs these same functions."""

from __future__ import annotations

import asyncio

import pytest

from server.store import APIKeyRow, EndDeviceRow, EUIsTaken, GatewayEUITaken, IDTaken, RegistryDevice, Store

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


# End devices (Identity Server) ----------------------------------------------------------------
EUI_A, EUI_B, EUI_C = bytes.fromhex("70B3D57ED000000A"), bytes.fromhex("70B3D57ED000000B"), bytes.fromhex("70B3D57ED000000C")


def device(app: str, dev: str, *, dev_eui: bytes | None = None, join_eui: bytes | None = None, name: str = "",
           description: str = "", data: bytes = b"", at: int = T0, last_seen_at: int | None = None) -> EndDeviceRow:
    return EndDeviceRow(app, dev, dev_eui, join_eui, name, description, data or dev.encode(), at, at, last_seen_at)


async def end_devices_crud(store: Store) -> None:
    await store.create_end_device(device("app1", "dev1", dev_eui=EUI_A, join_eui=EUI_B, name="one"))
    row = await store.get_end_device("app1", "dev1")
    assert (row.dev_eui, row.join_eui, row.name, row.data, row.created_at, row.last_seen_at) == (
        EUI_A, EUI_B, "one", b"dev1", T0, None)
    assert await store.get_end_device("app1", "nope") is None
    assert await store.get_end_device("app2", "dev1") is None
    await store.create_end_device(device("app2", "dev1"))  # device IDs are per application
    with pytest.raises(IDTaken):
        await store.create_end_device(device("app1", "dev1"))
    updated = await store.update_end_device(
        EndDeviceRow("app1", "dev1", EUI_A, EUI_B, "uno", "d", b"new", T0 + 50, T0 + 9, T0 + 8))
    assert (updated.name, updated.description, updated.data) == ("uno", "d", b"new")
    assert (updated.created_at, updated.updated_at, updated.last_seen_at) == (T0, T0 + 9, T0 + 8)
    assert await store.get_end_device("app1", "dev1") == updated
    assert await store.update_end_device(device("app1", "nope")) is None
    assert await store.count_end_devices("app1") == 1
    assert await store.delete_end_device("app1", "dev1")
    assert not await store.delete_end_device("app1", "dev1")
    assert await store.get_end_device("app1", "dev1") is None  # hard delete: the ID is free again
    assert await store.count_end_devices("app1") == 0
    await store.create_end_device(device("app1", "dev1", dev_eui=EUI_A, join_eui=EUI_B))


async def end_device_euis_are_unique(store: Store) -> None:
    await store.create_end_device(device("app1", "holder", dev_eui=EUI_A, join_eui=EUI_B))
    with pytest.raises(EUIsTaken) as taken:
        await store.create_end_device(device("app2", "second", dev_eui=EUI_A, join_eui=EUI_B))
    assert (taken.value.join_eui, taken.value.dev_eui) == ("70B3D57ED000000B", "70B3D57ED000000A")
    assert (taken.value.application_id, taken.value.device_id) == ("app1", "holder")
    assert await store.get_end_device("app2", "second") is None
    # Another pair, or an unset EUI (NULL never collides, as in upstream's index), is fine.
    await store.create_end_device(device("app2", "other-join", dev_eui=EUI_A, join_eui=EUI_C))
    await store.create_end_device(device("app2", "abp1", dev_eui=EUI_C))
    await store.create_end_device(device("app2", "abp2", dev_eui=EUI_C))
    with pytest.raises(EUIsTaken):  # an update cannot take a held pair either
        await store.update_end_device(device("app2", "abp1", dev_eui=EUI_A, join_eui=EUI_B))
    assert (await store.get_end_device("app2", "abp1")).join_eui is None
    assert (await store.get_end_device_by_euis(EUI_B, EUI_A)).device_id == "holder"
    assert (await store.get_end_device_by_euis(None, EUI_C)).device_id == "abp1"
    assert await store.get_end_device_by_euis(EUI_C, EUI_C) is None
    with pytest.raises(EUIsTaken):  # a batch is all or nothing
        await store.create_end_devices([device("app3", "fine"), device("app3", "clash", dev_eui=EUI_A, join_eui=EUI_B)])
    assert await store.get_end_device("app3", "fine") is None
    with pytest.raises(IDTaken):
        await store.create_end_devices([device("app3", "twice"), device("app3", "twice")])


async def end_device_lists(store: Store) -> None:
    rows = [
        device("app1", "d0", name="c", description="", dev_eui=EUI_C, join_eui=EUI_A, at=T0 + 3, last_seen_at=T0 + 1),
        device("app1", "d1", name="", description="z", dev_eui=EUI_A, join_eui=EUI_A, at=T0 + 1),
        device("app1", "d2", name="a", description="y", dev_eui=EUI_B, join_eui=EUI_A, at=T0 + 2, last_seen_at=T0 + 9),
        device("app1", "d3", name="a", description="x", at=T0 + 4, last_seen_at=T0 + 5),
        device("other", "d9", name="a"),
    ]
    await store.create_end_devices(rows)
    assert await store.count_end_devices("app1") == 4

    async def ids(order: str = "", **kw) -> list[str]:
        return [r.device_id for r in (await store.list_end_devices("app1", order=order, **kw))[0]]

    assert await ids() == ["d0", "d1", "d2", "d3"]
    assert await ids("-device_id") == ["d3", "d2", "d1", "d0"]
    # Unset values (NULL upstream: empty names too) sort last ascending and first descending;
    # ties break on device_id in the order's direction.
    assert await ids("name") == ["d2", "d3", "d0", "d1"]
    assert await ids("-name") == ["d1", "d0", "d3", "d2"]
    assert await ids("description") == ["d3", "d2", "d1", "d0"]
    assert await ids("dev_eui") == ["d1", "d2", "d0", "d3"]
    assert await ids("-join_eui") == ["d3", "d2", "d1", "d0"]
    assert await ids("created_at") == ["d1", "d2", "d0", "d3"]
    assert await ids("last_seen_at") == ["d0", "d3", "d2", "d1"]
    assert await ids("-last_seen_at") == ["d1", "d2", "d3", "d0"]
    page, total = await store.list_end_devices("app1", order="device_id", limit=3, offset=3)
    assert [r.device_id for r in page] == ["d3"] and total == 4
    assert await store.list_end_devices("nobody") == ([], 0)
    # updated_since keeps devices updated at or after it; the total counts them all.
    page, total = await store.list_end_devices("app1", updated_since=T0 + 3)
    assert [r.device_id for r in page] == ["d0", "d3"] and total == 4


async def end_device_batches(store: Store) -> None:
    await store.create_end_devices([device("app1", f"dev{i}") for i in range(5)] + [device("app2", "dev1")])
    found = await store.find_end_devices("app1", ["dev3", "nope", "dev1"])
    assert [r.device_id for r in found] == ["dev1", "dev3"]
    assert await store.find_end_devices("app1", []) == []
    assert await store.get_end_device("app1", "dev4") is not None  # cached by a store that caches
    assert await store.delete_end_devices("app1", ["dev4", "nope", "dev0", "dev4"]) == ["dev0", "dev4"]
    assert await store.get_end_device("app1", "dev4") is None
    assert [r.device_id for r in (await store.list_end_devices("app1"))[0]] == ["dev1", "dev2", "dev3"]
    assert await store.get_end_device("app2", "dev1") is not None


# Device registries (JS, NS, AS) ---------------------------------------------------------------
JOIN_EUI = bytes.fromhex("70B3D57ED0000000")


def _registry_device(data: bytes, dev_eui: bytes | None = None, join_eui: bytes | None = JOIN_EUI, now: int = T0):
    return RegistryDevice(data, dev_eui=dev_eui, join_eui=join_eui, created_at=now, updated_at=now)


async def registry_devices_read_modify_write(store: Store) -> None:
    assert await store.get_registry_device("js", "r-app", "dev1") is None
    seen = []

    def create(current):
        seen.append(current)
        return _registry_device(b"v1", EUI_A)

    stored = await store.set_registry_device("js", "r-app", "dev1", create)
    assert seen == [None] and stored.data == b"v1"
    assert await store.get_registry_device("js", "r-app", "dev1") == _registry_device(b"v1", EUI_A)
    # Each component is a registry of its own.
    assert await store.get_registry_device("ns", "r-app", "dev1") is None
    await store.set_registry_device("ns", "r-app", "dev1", lambda current: _registry_device(b"ns", EUI_A))

    def update(current):
        assert current.data == b"v1" and current.created_at == T0
        return RegistryDevice(b"v2", current.dev_eui, current.join_eui, bytes(4), current.created_at, T0 + 1)

    stored = await store.set_registry_device("js", "r-app", "dev1", update)
    assert (stored.data, stored.dev_addr, stored.updated_at) == (b"v2", bytes(4), T0 + 1)
    # Returning the argument leaves the row as it is; raising writes nothing.
    assert (await store.set_registry_device("js", "r-app", "dev1", lambda current: current)).data == b"v2"

    def fail(current):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.set_registry_device("js", "r-app", "dev1", fail)
    assert (await store.get_registry_device("js", "r-app", "dev1")).data == b"v2"
    # None deletes; so does delete_registry_device, which tells whether there was a device.
    assert await store.set_registry_device("js", "r-app", "dev1", lambda current: None) is None
    assert await store.get_registry_device("js", "r-app", "dev1") is None
    assert await store.set_registry_device("js", "r-app", "dev1", lambda current: None) is None
    assert await store.delete_registry_device("ns", "r-app", "dev1")
    assert not await store.delete_registry_device("ns", "r-app", "dev1")


async def registry_device_euis_are_unique_per_registry(store: Store) -> None:
    await store.set_registry_device("as", "e-app", "one", lambda current: _registry_device(b"", EUI_B))
    with pytest.raises(EUIsTaken) as taken:
        await store.set_registry_device("as", "e-app2", "two", lambda current: _registry_device(b"", EUI_B))
    assert (taken.value.join_eui, taken.value.dev_eui) == (JOIN_EUI.hex().upper(), EUI_B.hex().upper())
    assert (taken.value.application_id, taken.value.device_id) == ("e-app", "one")
    assert await store.get_registry_device("as", "e-app2", "two") is None
    # Another registry, another JoinEUI, or a pair with an EUI missing: no conflict.
    await store.set_registry_device("js", "e-app2", "two", lambda current: _registry_device(b"", EUI_B))
    await store.set_registry_device("as", "e-app2", "three", lambda current: _registry_device(b"", EUI_B, EUI_C))
    await store.set_registry_device("as", "e-app2", "four", lambda current: _registry_device(b"", None))
    await store.set_registry_device("as", "e-app2", "five", lambda current: _registry_device(b"", None))
    # Once deleted, the pair is free again.
    assert await store.delete_registry_device("as", "e-app", "one")
    await store.set_registry_device("as", "e-app2", "two", lambda current: _registry_device(b"", EUI_B))


async def registry_device_writes_are_not_lost(store: Store) -> None:
    """Concurrent read-modify-writes of one device: each sees the result of the one before."""

    def increment(current):
        count = int(current.data) if current is not None else 0
        return _registry_device(str(count + 1).encode())

    await asyncio.gather(*(store.set_registry_device("ns", "c-app", "dev", increment) for _ in range(25)))
    assert (await store.get_registry_device("ns", "c-app", "dev")).data == b"25"


# Gateways ------------------------------------------------------------------------------------
EUI1, EUI2 = bytes.fromhex("70B3D57ED0000001"), bytes.fromhex("70B3D57ED0000002")


async def gateways_crud(store: Store) -> None:
    row = await store.create_gateway("gtw1", EUI1, b"one", name="One", now=T0)
    assert (row.kind, row.id, row.data, row.created_at, row.deleted_at) == ("gateway", "gtw1", b"one", T0, None)
    assert (await store.get_entity("gateway", "gtw1")).data == b"one"
    assert (await store.get_gateway_by_eui(EUI1)).id == "gtw1"
    assert await store.get_gateway_by_eui(EUI2) is None
    await store.create_gateway("gtw2", None, b"no EUI", name="", now=T0)  # EUIs are optional
    await store.create_gateway("gtw3", None, b"", name="", now=T0)  # ... and several gateways have none
    with pytest.raises(IDTaken):
        await store.create_gateway("gtw1", EUI2, b"", name="", now=T0)
    await store.create_entity("application", "gtw4", b"", name="", now=T0)
    await store.create_gateway("gtw4", EUI2, b"", name="", now=T0)  # IDs are per kind
    updated = await store.update_gateway("gtw2", None, b"renamed", name="Two", now=T0 + 1)
    assert (updated.data, updated.created_at, updated.updated_at) == (b"renamed", T0, T0 + 1)
    assert (await store.get_entity("gateway", "gtw2")).data == b"renamed"  # not a stale cached row
    assert await store.update_gateway("nope", None, b"", name="", now=T0) is None
    rows, total = await store.list_entities("gateway", order="name")
    assert [r.id for r in rows] == ["gtw3", "gtw4", "gtw1", "gtw2"] and total == 4


async def gateway_euis_are_unique_among_live_gateways(store: Store) -> None:
    await store.create_gateway("gtw1", EUI1, b"", name="", now=T0)
    with pytest.raises(GatewayEUITaken) as taken:
        await store.create_gateway("gtw2", EUI1, b"", name="", now=T0)
    assert taken.value.eui == EUI1
    assert await store.get_entity("gateway", "gtw2") is None  # nothing written
    await store.create_gateway("gtw2", EUI2, b"", name="", now=T0)
    with pytest.raises(GatewayEUITaken):  # an update may not take another's EUI
        await store.update_gateway("gtw2", EUI1, b"x", name="", now=T0 + 1)
    assert (await store.get_entity("gateway", "gtw2")).data == b""
    await store.update_gateway("gtw2", EUI2, b"same EUI", name="", now=T0 + 1)  # keeping its own is fine

    # A soft delete frees the EUI; the deleted gateway cannot come back while another holds it.
    assert await store.delete_entity("gateway", "gtw1", now=T0 + 2)
    assert await store.get_gateway_by_eui(EUI1) is None
    await store.update_gateway("gtw2", EUI1, b"moved", name="", now=T0 + 3)
    assert (await store.get_gateway_by_eui(EUI1)).id == "gtw2"
    with pytest.raises(GatewayEUITaken):
        await store.restore_gateway("gtw1", now=T0 + 4)
    assert (await store.get_entity("gateway", "gtw1", include_deleted=True)).deleted_at == T0 + 2
    await store.update_gateway("gtw2", None, b"none", name="", now=T0 + 5)
    assert await store.restore_gateway("gtw1", now=T0 + 6)
    assert not await store.restore_gateway("gtw1", now=T0 + 7)  # not deleted
    assert (await store.get_entity("gateway", "gtw1")).updated_at == T0 + 6
    assert (await store.get_gateway_by_eui(EUI1)).id == "gtw1"

    # A purge frees ID and EUI.
    assert await store.purge_entity("gateway", "gtw1")
    await store.create_gateway("gtw1", EUI1, b"again", name="", now=T0 + 8)
    await store.delete_entity("gateway", "gtw1", now=T0 + 9)
    await store.purge_entity("gateway", "gtw1")
    await store.create_gateway("gtw3", EUI1, b"", name="", now=T0 + 10)


SUITE = [
    entities_crud, ids_are_namespaced, soft_delete_restore_purge, list_orders_and_pages, memberships, api_keys,
    end_devices_crud, end_device_euis_are_unique, end_device_lists, end_device_batches,
    registry_devices_read_modify_write, registry_device_euis_are_unique_per_registry,
    registry_device_writes_are_not_lost,
    gateways_crud, gateway_euis_are_unique_among_live_gateways,
]
