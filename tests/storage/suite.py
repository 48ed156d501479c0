"""The store contract as a suite: every backend runs these same functions."""

from __future__ import annotations

import asyncio
import dataclasses
import json

import pytest

from server.store import (
    APIKeyRow,
    EndDeviceRow,
    EntityChange,
    EUIsTaken,
    GatewayEUITaken,
    IDTaken,
    PackageAssociation,
    RegistryDevice,
    Store,
    StoredApplicationUp,
    TextNotStorable,
)

T0 = 1_700_000_000_000_000_000


async def entities_crud(store: Store) -> None:
    row = await store.create_entity("application", "app1", b"data", name="App", now=T0)
    assert (row.id, row.data, row.created_at, row.deleted_at) == ("app1", b"data", T0, None)
    assert (await store.get_entity("application", "app1")).data == b"data"
    assert await store.get_entity("application", "nope") is None
    with pytest.raises(IDTaken):
        await store.create_entity("application", "app1", b"", name="", now=T0)
    updated = await store.update_entity("application", "app1", _set(b"new", "App"), now=T0 + 1)
    assert (updated.data, updated.created_at, updated.updated_at) == (b"new", T0, T0 + 1)
    assert await store.update_entity("application", "nope", _set(b"", ""), now=T0) is None


def _set(data: bytes, name: str = "", eui: bytes | None = None):
    """An update that writes ``data`` whatever is stored (None when nothing is)."""
    return lambda row: EntityChange(data, name, eui) if row is not None else None


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
    updated = await store.update_api_key(
        "K0", lambda row: APIKeyRow(row.id, row.entity_kind, row.entity_id, row.secret_hash, "z", b"new",
                                    row.created_at, T0 + 9, T0 + 99))
    assert (updated.data, updated.name, updated.expires_at, updated.updated_at) == (b"new", "z", T0 + 99, T0 + 9)
    assert await store.delete_api_key("K0")
    assert await store.get_api_key("K0") is None
    with pytest.raises(IDTaken):
        await store.create_api_key(APIKeyRow("K1", "user", "x", "h", "", b"", T0, T0, None))


# End devices (Identity Server) ----------------------------------------------------------------
EUI_A, EUI_B, EUI_C = bytes.fromhex("70B3D57ED000000A"), bytes.fromhex("70B3D57ED000000B"), bytes.fromhex("70B3D57ED000000C")


def device(app: str, dev: str, *, dev_eui: bytes | None = None, join_eui: bytes | None = None, name: str = "",
           description: str = "", data: bytes = b"", at: int = T0, last_seen_at: int | None = None) -> EndDeviceRow:
    return EndDeviceRow(app, dev, dev_eui, join_eui, name, description, data or dev.encode(), at, at, last_seen_at)


def _device_set(row: EndDeviceRow):
    """An update that writes ``row`` whatever is stored (nothing when nothing is)."""
    return lambda current: row if current is not None else None


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
        "app1", "dev1", _device_set(EndDeviceRow("app1", "dev1", EUI_A, EUI_B, "uno", "d", b"new", T0 + 50, T0 + 9, T0 + 8)))
    assert (updated.name, updated.description, updated.data) == ("uno", "d", b"new")
    assert (updated.created_at, updated.updated_at, updated.last_seen_at) == (T0, T0 + 9, T0 + 8)
    assert await store.get_end_device("app1", "dev1") == updated
    assert await store.update_end_device("app1", "nope", _device_set(device("app1", "nope"))) is None
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
        await store.update_end_device("app2", "abp1", _device_set(device("app2", "abp1", dev_eui=EUI_A, join_eui=EUI_B)))
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
    updated = await store.update_gateway("gtw2", _set(b"renamed", "Two"), now=T0 + 1)
    assert (updated.data, updated.created_at, updated.updated_at) == (b"renamed", T0, T0 + 1)
    assert (await store.get_entity("gateway", "gtw2")).data == b"renamed"  # not a stale cached row
    assert await store.update_gateway("nope", _set(b""), now=T0) is None
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
        await store.update_gateway("gtw2", _set(b"x", eui=EUI1), now=T0 + 1)
    assert (await store.get_entity("gateway", "gtw2")).data == b""
    await store.update_gateway("gtw2", _set(b"same EUI", eui=EUI2), now=T0 + 1)  # keeping its own is fine

    # A soft delete frees the EUI; the deleted gateway cannot come back while another holds it.
    assert await store.delete_entity("gateway", "gtw1", now=T0 + 2)
    assert await store.get_gateway_by_eui(EUI1) is None
    await store.update_gateway("gtw2", _set(b"moved", eui=EUI1), now=T0 + 3)
    assert (await store.get_gateway_by_eui(EUI1)).id == "gtw2"
    with pytest.raises(GatewayEUITaken):
        await store.restore_gateway("gtw1", now=T0 + 4)
    assert (await store.get_entity("gateway", "gtw1", include_deleted=True)).deleted_at == T0 + 2
    await store.update_gateway("gtw2", _set(b"none"), now=T0 + 5)
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


async def membership_chains_pass_through_live_organizations_only(store: Store) -> None:
    await store.create_entity("organization", "c-org", b"", name="", now=T0)
    await store.set_membership("organization", "c-org", "user", "cleo", b"via", now=T0)
    await store.set_membership("application", "c-app", "organization", "c-org", b"on", now=T0)
    await store.set_membership("application", "c-app", "user", "cleo", b"direct", now=T0)
    chains = await store.membership_chains("application", "c-app", "user", "cleo")
    assert sorted(chains, key=repr) == sorted([(b"direct", None), (b"on", b"via")], key=repr)
    await store.delete_entity("organization", "c-org", now=T0 + 1)
    assert await store.membership_chains("application", "c-app", "user", "cleo") == [(b"direct", None)]
    await store.restore_entity("organization", "c-org", now=T0 + 2)
    assert len(await store.membership_chains("application", "c-app", "user", "cleo")) == 2


async def versions_move_with_what_authentication_and_rights_depend_on(store: Store) -> None:
    def versions() -> tuple[int, int]:
        return store.auth_version, store.rights_version

    async def moves(write, *, auth: bool) -> None:
        before = versions()
        await write
        after = versions()
        assert after[1] > before[1]  # rights: every one of these writes
        assert (after[0] > before[0]) == auth, after

    await moves(store.create_entity("application", "v-app", b"", name="", now=T0), auth=True)
    await moves(store.set_membership("application", "v-app", "user", "vera", b"r", now=T0), auth=False)
    await moves(store.delete_entity("application", "v-app", now=T0 + 1), auth=True)
    await moves(store.restore_entity("application", "v-app", now=T0 + 2), auth=True)
    await store.create_api_key(APIKeyRow("VKEY", "application", "v-app", "h", "k", b"", T0, T0, None))
    renamed = store.update_api_key("VKEY", lambda row: dataclasses.replace(row, name="renamed", updated_at=T0 + 3))
    await moves(renamed, auth=True)
    await moves(store.delete_api_key("VKEY"), auth=True)
    await moves(store.purge_entity("application", "v-app"), auth=True)
    await moves(store.create_gateway("v-gtw", None, b"", name="", now=T0), auth=True)
    await moves(store.delete_entity("gateway", "v-gtw", now=T0 + 1), auth=True)
    await moves(store.restore_gateway("v-gtw", now=T0 + 2), auth=True)
    before = versions()  # reads move nothing
    await store.get_entity("gateway", "v-gtw")
    await store.membership_chains("application", "v-app", "user", "vera")
    assert versions() == before


# Read-modify-writes -----------------------------------------------------------------------------
# ``fn`` runs inside the store's write: it sees the row as stored, what it raises aborts the write,
# and concurrent read-modify-writes of one row each see the one before.


def _fields(data: bytes) -> dict:
    return json.loads(data) if data else {}


def _masked(field: str, value):
    """A masked update of one field of a JSON-encoded row (as a registry's Update is of a message)."""

    def change(row):
        if row is None:
            raise LookupError("gone")
        fields = _fields(row.data)
        fields[field] = value
        return EntityChange(json.dumps(fields, sort_keys=True).encode(), fields.get("name", ""))

    return change


async def entities_read_modify_write(store: Store) -> None:
    await store.create_entity("organization", "rmw", b'{"name": "a"}', name="a", now=T0)
    seen = []

    def rename(row):
        seen.append(row)
        return _masked("name", "b")(row)

    updated = await store.update_entity("organization", "rmw", rename, now=T0 + 1)
    assert seen[0].data == b'{"name": "a"}' and seen[0].created_at == T0
    assert (_fields(updated.data), updated.created_at, updated.updated_at) == ({"name": "b"}, T0, T0 + 1)
    assert (await store.get_entity("organization", "rmw")) == updated
    assert [r.id for r in (await store.list_entities("organization", order="name"))[0]] == ["rmw"]
    # None writes nothing and answers the stored row; raising writes nothing either.
    assert await store.update_entity("organization", "rmw", lambda row: None, now=T0 + 2) == updated

    def fail(row):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.update_entity("organization", "rmw", fail, now=T0 + 3)
    assert (await store.get_entity("organization", "rmw")) == updated
    # now=None keeps updated_at (a counter, not a change of the entity).
    counted = await store.update_entity("organization", "rmw", _masked("counter", 1), now=None)
    assert (_fields(counted.data)["counter"], counted.updated_at) == (1, T0 + 1)
    assert (await store.get_entity("organization", "rmw")).updated_at == T0 + 1
    # A deleted entity is not there for an update: fn sees None.
    await store.delete_entity("organization", "rmw", now=T0 + 4)
    seen.clear()
    assert await store.update_entity("organization", "rmw", lambda row: seen.append(row), now=T0 + 5) is None
    assert seen == [None]
    # update_entity of a gateway leaves its EUI as it is.
    await store.create_gateway("rmw-gtw", EUI_A, b"{}", name="", now=T0)
    await store.update_entity("gateway", "rmw-gtw", _masked("name", "g"), now=T0 + 1)
    assert (await store.get_gateway_by_eui(EUI_A)).id == "rmw-gtw"


async def entity_updates_are_not_lost(store: Store) -> None:
    """Many concurrent masked updates of different fields of one entity: every one lands."""
    await store.create_entity("application", "busy", b"{}", name="", now=T0)
    fields = [f"field{i}" for i in range(40)]
    await asyncio.gather(
        *(store.update_entity("application", "busy", _masked(f, i), now=T0 + i) for i, f in enumerate(fields)),
        *(store.get_entity("application", "busy") for _ in range(10)),
    )
    stored = _fields((await store.get_entity("application", "busy")).data)
    assert stored == {f: i for i, f in enumerate(fields)}


async def update_entities_is_all_or_nothing(store: Store) -> None:
    await store.create_entity("application", "pair-app", b"{}", name="", now=T0)
    await store.create_entity("dev_eui_block", "pair-block", b"{}", name="", now=T0)

    def exhausted(row):
        raise LookupError("no more")

    with pytest.raises(LookupError):
        await store.update_entities(
            [("application", "pair-app", _masked("counter", 1)), ("dev_eui_block", "pair-block", exhausted)], now=T0 + 1
        )
    assert (await store.get_entity("application", "pair-app")).data == b"{}"  # the first was not written
    rows = await store.update_entities(
        [("application", "pair-app", _masked("counter", 1)), ("dev_eui_block", "pair-block", _masked("next", 2)),
         ("application", "nope", lambda row: None)],
        now=T0 + 2,
    )
    assert [_fields(r.data) if r else None for r in rows] == [{"counter": 1}, {"next": 2}, None]
    assert _fields((await store.get_entity("dev_eui_block", "pair-block")).data) == {"next": 2}


async def create_entity_with_its_member(store: Store) -> None:
    await store.create_entity("application", "owned", b"", name="", now=T0, member=("user", "olga", b"all"))
    member = await store.get_membership("application", "owned", "user", "olga")
    assert (member.rights, member.created_at) == (b"all", T0)
    assert await store.membership_chains("application", "owned", "user", "olga") == [(b"all", None)]
    # The ID is taken: neither the entity nor the membership is written.
    with pytest.raises(IDTaken):
        await store.create_entity("application", "owned", b"x", name="", now=T0, member=("user", "mallory", b"all"))
    assert await store.get_membership("application", "owned", "user", "mallory") is None
    assert (await store.get_entity("application", "owned")).data == b""
    await store.create_gateway("owned-gtw", None, b"", name="", now=T0, member=("organization", "org", b"all"))
    assert (await store.get_membership("gateway", "owned-gtw", "organization", "org")).rights == b"all"
    with pytest.raises(IDTaken):
        await store.create_gateway("owned-gtw", None, b"", name="", now=T0, member=("user", "mallory", b"all"))
    assert await store.get_membership("gateway", "owned-gtw", "user", "mallory") is None


async def memberships_read_modify_write(store: Store) -> None:
    seen = []

    def grant(rights):
        def change(current, members):
            seen.append((current, [m.member_id for m in members]))
            return rights

        return change

    stored = await store.change_membership("application", "c-app", "user", "ann", grant(b"r1"), now=T0)
    assert (stored.rights, stored.created_at, stored.updated_at) == (b"r1", T0, T0)
    assert seen == [(None, [])]
    await store.change_membership("application", "c-app", "organization", "org", grant(b"r2"), now=T0 + 1)
    stored = await store.change_membership("application", "c-app", "user", "ann", grant(b"r3"), now=T0 + 2)
    assert (stored.rights, stored.created_at, stored.updated_at) == (b"r3", T0, T0 + 2)
    current, members = seen[-1]
    assert (current.rights, members) == (b"r1", ["ann", "org"])  # list_members' order
    assert (await store.get_membership("application", "c-app", "user", "ann")).rights == b"r3"
    assert await store.membership_chains("application", "c-app", "user", "ann") == [(b"r3", None)]

    def fail(current, members):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.change_membership("application", "c-app", "user", "ann", fail, now=T0 + 3)
    assert (await store.get_membership("application", "c-app", "user", "ann")).rights == b"r3"
    # None removes (and removing what is not there is no error).
    assert await store.change_membership("application", "c-app", "user", "ann", grant(None), now=T0 + 4) is None
    assert await store.get_membership("application", "c-app", "user", "ann") is None
    assert await store.membership_chains("application", "c-app", "user", "ann") == []
    assert await store.change_membership("application", "c-app", "user", "ann", grant(None), now=T0 + 5) is None


async def last_owner_check_is_atomic(store: Store) -> None:
    """Two owners leaving at once, each checking that another owner stays: one of them must stay."""
    for owner in ("one", "two"):
        await store.set_membership("application", "o-app", "user", owner, b"all", now=T0)
    await store.set_membership("application", "o-app", "user", "reader", b"read", now=T0)

    def leave(current, members):
        if not any(m.rights == b"all" and m.member_id != current.member_id for m in members):
            raise PermissionError("needs an owner")
        return None

    results = await asyncio.gather(
        *(store.change_membership("application", "o-app", "user", owner, leave, now=T0 + 1)
          for owner in ("one", "two")),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["NoneType", "PermissionError"]
    assert [m.rights for m in await store.list_members("application", "o-app")].count(b"all") == 1


async def api_keys_read_modify_write(store: Store) -> None:
    await store.create_api_key(APIKeyRow("RMW", "user", "dora", "h", "n", b"", T0, T0, None))
    seen = []

    def untouched(row):
        seen.append(row)
        return row

    assert (await store.update_api_key("RMW", untouched)).updated_at == T0
    assert seen[0].name == "n"
    assert await store.update_api_key("nope", untouched) is None and seen[-1] is None

    def fail(row):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.update_api_key("RMW", fail)
    # What the key is stored with stays: its secret, entity and creation.
    renamed = await store.update_api_key(
        "RMW", lambda row: APIKeyRow(row.id, "user", "other", "other-hash", "m", b"d", T0 + 5, T0 + 6, T0 + 7))
    assert (renamed.name, renamed.data, renamed.updated_at, renamed.expires_at) == ("m", b"d", T0 + 6, T0 + 7)
    assert (renamed.entity_id, renamed.secret_hash, renamed.created_at) == ("dora", "h", T0)
    assert await store.get_api_key("RMW") == renamed
    # None deletes.
    assert await store.update_api_key("RMW", lambda row: None) is None
    assert await store.get_api_key("RMW") is None


async def end_device_updates_are_not_lost(store: Store) -> None:
    """Concurrent masked updates of different fields of one device: every one lands, and fn
    sees the stored row (not a cached one)."""
    await store.create_end_device(device("u-app", "dev", data=b"{}"))
    assert await store.get_end_device("u-app", "dev") is not None  # cached by a store that caches

    def masked(field: str, value: int):
        def change(current):
            fields = _fields(current.data)
            fields[field] = value
            return dataclasses.replace(current, data=json.dumps(fields, sort_keys=True).encode(),
                                       updated_at=current.updated_at + 1)

        return change

    fields = [f"field{i}" for i in range(30)]
    await asyncio.gather(*(store.update_end_device("u-app", "dev", masked(f, i)) for i, f in enumerate(fields)))
    row = await store.get_end_device("u-app", "dev")
    assert _fields(row.data) == {f: i for i, f in enumerate(fields)}
    assert (row.created_at, row.updated_at) == (T0, T0 + 30)
    # Raising writes nothing; returning the argument (or None) leaves the row.

    def fail(current):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.update_end_device("u-app", "dev", fail)
    assert await store.update_end_device("u-app", "dev", lambda current: current) == row
    assert await store.update_end_device("u-app", "dev", lambda current: None) == row
    assert await store.get_end_device("u-app", "dev") == row



# Application package associations ------------------------------------------------------------
async def package_associations_read_modify_write(store: Store) -> None:
    assert await store.get_package_association("p-app", "dev", 10) is None
    seen = []

    def create(current):
        seen.append(current)
        return PackageAssociation(0, b"v1", T0, T0)  # stored under the key's FPort

    stored = await store.set_package_association("p-app", "dev", 10, create)
    assert seen == [None] and stored == PackageAssociation(10, b"v1", T0, T0)
    assert await store.get_package_association("p-app", "dev", 10) == stored
    # Devices, and the application's defaults (device ""), are apart.
    assert await store.get_package_association("p-app", "", 10) is None
    assert await store.get_package_association("p-app", "other", 10) is None
    await store.set_package_association("p-app", "", 10, lambda current: PackageAssociation(10, b"default", T0, T0))

    def update(current):
        assert current == PackageAssociation(10, b"v1", T0, T0)
        return PackageAssociation(10, b"v2", current.created_at, T0 + 1)

    assert await store.set_package_association("p-app", "dev", 10, update) == PackageAssociation(10, b"v2", T0, T0 + 1)
    # Returning the argument leaves the row; raising writes nothing; None deletes.
    assert (await store.set_package_association("p-app", "dev", 10, lambda current: current)).data == b"v2"

    def fail(current):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.set_package_association("p-app", "dev", 10, fail)
    assert (await store.get_package_association("p-app", "dev", 10)).data == b"v2"
    assert await store.set_package_association("p-app", "dev", 10, lambda current: None) is None
    assert await store.get_package_association("p-app", "dev", 10) is None
    assert await store.set_package_association("p-app", "dev", 10, lambda current: None) is None
    assert (await store.get_package_association("p-app", "", 10)).data == b"default"


async def package_association_lists_and_clears(store: Store) -> None:
    for f_port in (200, 3, 45, 1, 100):
        await store.set_package_association(
            "l-app", "dev", f_port, lambda current, f=f_port: PackageAssociation(f, str(f).encode(), T0, T0))
    await store.set_package_association("l-app", "", 7, lambda current: PackageAssociation(7, b"d", T0, T0))
    await store.set_package_association("l-app", "dev2", 7, lambda current: PackageAssociation(7, b"o", T0, T0))
    rows, total = await store.list_package_associations("l-app", "dev")
    assert [r.f_port for r in rows] == [1, 3, 45, 100, 200] and total == 5  # by FPort, as numbers
    rows, total = await store.list_package_associations("l-app", "dev", limit=2, offset=2)
    assert [r.f_port for r in rows] == [45, 100] and total == 5
    assert await store.list_package_associations("l-app", "dev", limit=2, offset=10) == ([], 5)
    assert await store.list_package_associations("l-app", "nope") == ([], 0)
    assert [r.data for r in (await store.list_package_associations("l-app", ""))[0]] == [b"d"]
    assert await store.clear_package_associations("l-app", "dev") == 5
    assert await store.list_package_associations("l-app", "dev") == ([], 0)
    assert await store.clear_package_associations("l-app", "dev") == 0
    # The application's defaults and the other device's associations are untouched.
    assert (await store.list_package_associations("l-app", ""))[1] == 1
    assert (await store.list_package_associations("l-app", "dev2"))[1] == 1


async def package_association_writes_are_not_lost(store: Store) -> None:
    def increment(current):
        count = int(current.data) if current is not None else 0
        return PackageAssociation(1, str(count + 1).encode(), T0, T0)

    await asyncio.gather(*(store.set_package_association("c-app", "dev", 1, increment) for _ in range(25)))
    assert (await store.get_package_association("c-app", "dev", 1)).data == b"25"

async def application_links_read_modify_write(store: Store) -> None:
    assert await store.get_application_link("l-app") is None
    # Returning the argument (None here) writes nothing; so does raising.
    assert await store.set_application_link("l-app", lambda current: current) is None
    assert await store.get_application_link("l-app") is None
    assert await store.set_application_link("l-app", lambda current: b"v1") == b"v1"
    assert await store.get_application_link("l-app") == b"v1"
    assert await store.get_application_link("l-app2") is None  # one link per application

    def fail(current):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.set_application_link("l-app", fail)
    assert await store.set_application_link("l-app", lambda current: current + b"+v2") == b"v1+v2"
    assert await store.set_application_link("l-app", lambda current: current) == b"v1+v2"
    # None deletes, once.
    assert await store.set_application_link("l-app", lambda current: None) is None
    assert await store.get_application_link("l-app") is None
    assert await store.set_application_link("l-app", lambda current: None) is None


async def application_link_writes_are_not_lost(store: Store) -> None:
    def increment(current):
        return str(int(current or b"0") + 1).encode()

    await asyncio.gather(*(store.set_application_link("c-app", increment) for _ in range(25)))
    assert await store.get_application_link("c-app") == b"25"


async def webhooks_read_modify_write_list_and_purge(store: Store) -> None:
    assert await store.get_webhook("w-app", "one") is None and await store.list_webhooks("w-app") == []
    assert await store.set_webhook("w-app", "one", lambda current: current) is None  # nothing written
    assert await store.set_webhook("w-app", "two", lambda current: b"2") == b"2"
    assert await store.set_webhook("w-app", "one", lambda current: b"1") == b"1"
    assert await store.set_webhook("w-other", "one", lambda current: b"other") == b"other"

    def fail(current):
        raise LookupError("refused")

    with pytest.raises(LookupError):
        await store.set_webhook("w-app", "one", fail)
    assert await store.get_webhook("w-app", "one") == b"1"
    assert await store.list_webhooks("w-app") == [b"1", b"2"]  # by webhook ID
    assert await store.set_webhook("w-app", "one", lambda current: current + b"+") == b"1+"
    assert await store.set_webhook("w-app", "two", lambda current: None) is None
    assert await store.list_webhooks("w-app") == [b"1+"]
    assert await store.delete_webhooks("w-other") == 1 and await store.list_webhooks("w-other") == []
    # Purging the application takes its webhooks; a soft delete does not.
    await store.create_entity("application", "w-app", b"", name="", now=1)
    await store.delete_entity("application", "w-app", now=2)
    assert await store.list_webhooks("w-app") == [b"1+"]
    assert await store.purge_entity("application", "w-app")
    assert await store.list_webhooks("w-app") == []


async def webhook_writes_are_not_lost(store: Store) -> None:
    def increment(current):
        return str(int(current or b"0") + 1).encode()

    await asyncio.gather(*(store.set_webhook("wc-app", "hook", increment) for _ in range(25)))
    assert await store.get_webhook("wc-app", "hook") == b"25"


async def stored_application_ups(store: Store) -> None:
    def up(device: str, type: str, f_port, at: int) -> StoredApplicationUp:
        return StoredApplicationUp("s-app", device, type, f_port, T0 + at, f"{device}/{type}/{at}".encode())

    await store.add_stored_application_ups([
        up("d1", "uplink_message", 1, 1), up("d1", "uplink_message", 2, 2), up("d2", "uplink_message", 1, 3),
        up("d1", "join_accept", None, 4),
    ])
    await store.add_stored_application_ups([StoredApplicationUp("other", "d1", "uplink_message", 1, T0, b"x")])
    assert await store.list_stored_application_ups("s-app", None, "uplink_message") == [
        b"d1/uplink_message/1", b"d1/uplink_message/2", b"d2/uplink_message/3"]
    assert await store.list_stored_application_ups("s-app", "d1", "") == [
        b"d1/uplink_message/1", b"d1/uplink_message/2", b"d1/join_accept/4"]
    assert await store.list_stored_application_ups("s-app", None, "", descending=True, limit=2) == [
        b"d1/join_accept/4", b"d2/uplink_message/3"]
    assert await store.list_stored_application_ups("s-app", None, "", f_port=1) == [
        b"d1/uplink_message/1", b"d2/uplink_message/3"]
    assert await store.list_stored_application_ups("s-app", None, "", after=T0 + 2, before=T0 + 3) == [
        b"d1/uplink_message/2", b"d2/uplink_message/3"]
    assert await store.list_stored_application_ups("s-app", "d3", "") == []
    assert await store.count_stored_application_ups("s-app", None, "uplink_message") == {"d1": 2, "d2": 1}
    assert await store.count_stored_application_ups("s-app", "d1", "", after=T0 + 2) == {"d1": 2}
    assert await store.count_stored_application_ups("s-app", "d3", "") == {}
    # Retention: a write first drops what was received before expire_before, in every application.
    await store.add_stored_application_ups([up("d2", "uplink_message", 5, 5)], expire_before=T0 + 3)
    assert await store.list_stored_application_ups("s-app", None, "") == [
        b"d2/uplink_message/3", b"d1/join_accept/4", b"d2/uplink_message/5"]
    assert await store.list_stored_application_ups("other", None, "") == []


# Soft-deleted siblings ---------------------------------------------------------------------------
# Every list that leaves out soft-deleted rows, with a live and a deleted sibling side by side: in
# the page, in the total, in a page past the end (which counts apart), among IDs, and in order.
_SIBLINGS = {"application": "app", "user": "usr", "organization": "org", "gateway": "gtw"}


async def _live_and_deleted(store: Store, kind: str) -> tuple[str, str]:
    live, gone = f"{_SIBLINGS[kind]}-live", f"{_SIBLINGS[kind]}-gone"
    if kind == "gateway":
        await store.create_gateway(gone, EUI1, b"gone", name="a", now=T0)
        await store.delete_entity(kind, gone, now=T0 + 1)
        await store.create_gateway(live, EUI1, b"live", name="b", now=T0 + 2)  # the EUI was freed
    else:
        await store.create_entity(kind, gone, b"gone", name="a", now=T0)
        await store.delete_entity(kind, gone, now=T0 + 1)
        await store.create_entity(kind, live, b"live", name="b", now=T0 + 2)
    return live, gone


async def lists_leave_out_soft_deleted_siblings(store: Store) -> None:
    for kind in _SIBLINGS:
        live, gone = await _live_and_deleted(store, kind)

        async def listed(**kw) -> tuple[list[str], int]:
            rows, total = await store.list_entities(kind, **kw)
            return [r.id for r in rows], total

        for deleted, expected in ((False, live), (True, gone)):
            assert await listed(deleted=deleted) == ([expected], 1), (kind, deleted)
            assert await listed(deleted=deleted, ids=[live, gone]) == ([expected], 1), (kind, deleted)
            assert await listed(deleted=deleted, order="name") == ([expected], 1), (kind, deleted)
            assert await listed(deleted=deleted, order="-created_at", limit=1) == ([expected], 1), (kind, deleted)
            assert await listed(deleted=deleted, limit=1, offset=1) == ([], 1), (kind, deleted)
            assert await listed(deleted=deleted, ids=[live, gone], limit=1, offset=1) == ([], 1), (kind, deleted)
        assert await listed(ids=[gone]) == ([], 0)
        assert await listed(deleted=True, ids=[live]) == ([], 0)
        assert (await store.get_entity(kind, gone, include_deleted=True)).data == b"gone"
    # A deleted gateway holds no EUI: the lookup finds the live one.
    assert (await store.get_gateway_by_eui(EUI1)).id == "gtw-live"
    # Restored, the sibling is listed again (its EUI is another's now: the gateway stays deleted).
    assert await store.restore_entity("application", "app-gone", now=T0 + 3)
    assert [r.id for r in (await store.list_entities("application", order="name"))[0]] == ["app-gone", "app-live"]
    assert (await store.list_entities("application", deleted=True)) == ([], 0)


async def end_device_lists_leave_out_deleted_siblings(store: Store) -> None:
    """IS end devices are hard-deleted: a deleted sibling is in no list, count or lookup."""
    await store.create_end_devices([device("sib-app", "live", dev_eui=EUI_A, join_eui=EUI_B),
                                    device("sib-app", "gone", dev_eui=EUI_C, join_eui=EUI_B)])
    assert await store.get_end_device("sib-app", "gone") is not None  # cached by a store that caches
    assert await store.delete_end_device("sib-app", "gone")

    async def listed(**kw) -> tuple[list[str], int]:
        rows, total = await store.list_end_devices("sib-app", **kw)
        return [r.device_id for r in rows], total

    assert await listed() == (["live"], 1)
    assert await listed(order="-device_id", limit=1) == (["live"], 1)
    assert await listed(limit=1, offset=1) == ([], 1)
    assert await listed(updated_since=T0) == (["live"], 1)
    assert [r.device_id for r in await store.find_end_devices("sib-app", ["live", "gone"])] == ["live"]
    assert await store.count_end_devices("sib-app") == 1
    assert await store.get_end_device("sib-app", "gone") is None
    assert await store.get_end_device_by_euis(EUI_B, EUI_C) is None


# Drifts once found between the backends ----------------------------------------------------------
async def stored_application_ups_keep_insertion_order_for_equal_times(store: Store) -> None:
    """Ties of received_at in insertion order, within a write and across writes; descending, in
    the reverse order (PostgreSQL once returned ties in whatever order its sort left them)."""

    def up(n: int, at: int) -> StoredApplicationUp:
        return StoredApplicationUp("tie-app", f"d{n % 3}", "uplink_message", 1, T0 + at, str(n).encode())

    await store.add_stored_application_ups([up(n, 5) for n in range(12)])
    await store.add_stored_application_ups([up(n, 5) for n in range(12, 20)])
    await store.add_stored_application_ups([up(20, 4), up(21, 6)])
    everything = [b"20", *(str(n).encode() for n in range(20)), b"21"]
    assert await store.list_stored_application_ups("tie-app", None, "") == everything
    assert await store.list_stored_application_ups("tie-app", None, "", descending=True) == everything[::-1]
    last_five = await store.list_stored_application_ups("tie-app", None, "", descending=True, limit=5)
    assert last_five == everything[::-1][:5]
    assert await store.list_stored_application_ups("tie-app", None, "", limit=4) == everything[:4]
    assert await store.list_stored_application_ups("tie-app", "d1", "uplink_message", after=T0 + 5, before=T0 + 5) == [
        data for data in everything[1:-1] if int(data) % 3 == 1]


async def restoring_a_gateway_as_an_entity_checks_its_eui(store: Store) -> None:
    """``restore_entity`` of a gateway is ``restore_gateway`` (SQLite once restored it past its
    EUI's new holder, and failed on the unique index)."""
    await store.create_gateway("r-gtw1", EUI1, b"", name="", now=T0)
    await store.delete_entity("gateway", "r-gtw1", now=T0 + 1)
    await store.create_gateway("r-gtw2", EUI1, b"", name="", now=T0 + 2)
    with pytest.raises(GatewayEUITaken) as taken:
        await store.restore_entity("gateway", "r-gtw1", now=T0 + 3)
    assert taken.value.eui == EUI1
    assert (await store.get_entity("gateway", "r-gtw1", include_deleted=True)).deleted_at == T0 + 1
    assert (await store.get_gateway_by_eui(EUI1)).id == "r-gtw2"
    await store.delete_entity("gateway", "r-gtw2", now=T0 + 4)
    assert await store.restore_entity("gateway", "r-gtw1", now=T0 + 5)
    assert not await store.restore_entity("gateway", "r-gtw1", now=T0 + 6)
    assert (await store.get_gateway_by_eui(EUI1)).id == "r-gtw1"


async def a_gateway_whose_eui_was_taken_comes_back_without_it(store: Store) -> None:
    """Upstream's bunstore RestoreGateway: the EUI column cleared, the message as the registry
    rewrites it; a gateway whose EUI is free keeps it (its message untouched)."""
    await store.create_gateway("w-gtw1", EUI1, b"with-eui", name="", now=T0)
    await store.delete_entity("gateway", "w-gtw1", now=T0 + 1)
    await store.create_gateway("w-gtw2", EUI1, b"", name="", now=T0 + 2)
    assert await store.restore_gateway("w-gtw1", now=T0 + 3, without_eui=lambda data: data + b"-without")
    restored = await store.get_entity("gateway", "w-gtw1")
    assert (restored.deleted_at, restored.data, restored.updated_at) == (None, b"with-eui-without", T0 + 3)
    assert (await store.get_gateway_by_eui(EUI1)).id == "w-gtw2"
    await store.delete_entity("gateway", "w-gtw1", now=T0 + 4)
    await store.delete_entity("gateway", "w-gtw2", now=T0 + 5)
    await store.create_gateway("w-gtw3", EUI2, b"mine", name="", now=T0 + 6)
    await store.delete_entity("gateway", "w-gtw3", now=T0 + 7)
    assert await store.restore_gateway("w-gtw3", now=T0 + 8, without_eui=lambda data: b"not called")
    assert (await store.get_entity("gateway", "w-gtw3")).data == b"mine"
    assert (await store.get_gateway_by_eui(EUI2)).id == "w-gtw3"


async def text_with_a_nul_character_is_refused(store: Store) -> None:
    """A name or description with a NUL: PostgreSQL's text columns cannot keep one (upstream's
    store fails such a write too), so neither backend writes it (SQLite once kept it, while
    PostgreSQL failed with a driver error)."""
    nul = "a\x00b"
    with pytest.raises(TextNotStorable):
        await store.create_entity("application", "nul-app", b"", name=nul, now=T0)
    with pytest.raises(TextNotStorable):
        await store.create_gateway("nul-gtw", EUI1, b"", name=nul, now=T0)
    with pytest.raises(TextNotStorable):
        await store.create_end_device(device("nul-app", "dev", description=nul))
    with pytest.raises(TextNotStorable):
        await store.create_api_key(APIKeyRow("NULKEY", "user", "u", "h", nul, b"", T0, T0, None))
    assert await store.get_entity("application", "nul-app") is None
    assert await store.get_entity("gateway", "nul-gtw") is None and await store.get_gateway_by_eui(EUI1) is None
    assert await store.get_end_device("nul-app", "dev") is None
    assert await store.get_api_key("NULKEY") is None
    # Updates write nothing either.
    await store.create_entity("application", "nul-app", b"", name="", now=T0)
    await store.create_gateway("nul-gtw", EUI1, b"", name="", now=T0)
    await store.create_end_device(device("nul-app", "dev"))
    await store.create_api_key(APIKeyRow("NULKEY", "user", "u", "h", "k", b"", T0, T0, None))
    with pytest.raises(TextNotStorable):
        await store.update_entity("application", "nul-app", _set(b"x", nul), now=T0 + 1)
    with pytest.raises(TextNotStorable):
        await store.update_gateway("nul-gtw", _set(b"x", nul, EUI1), now=T0 + 1)
    with pytest.raises(TextNotStorable):
        await store.update_end_device("nul-app", "dev", _device_set(device("nul-app", "dev", name=nul)))
    with pytest.raises(TextNotStorable):
        await store.update_api_key("NULKEY", lambda row: dataclasses.replace(row, name=nul))
    assert (await store.get_entity("application", "nul-app")).data == b""
    assert (await store.get_entity("gateway", "nul-gtw")).data == b""
    assert (await store.get_end_device("nul-app", "dev")).name == ""
    assert (await store.get_api_key("NULKEY")).name == "k"


SUITE = [
    entities_crud, ids_are_namespaced, soft_delete_restore_purge, list_orders_and_pages, memberships, api_keys,
    end_devices_crud, end_device_euis_are_unique, end_device_lists, end_device_batches,
    registry_devices_read_modify_write, registry_device_euis_are_unique_per_registry,
    registry_device_writes_are_not_lost,
    gateways_crud, gateway_euis_are_unique_among_live_gateways,
    entities_read_modify_write, entity_updates_are_not_lost, update_entities_is_all_or_nothing,
    create_entity_with_its_member, memberships_read_modify_write, last_owner_check_is_atomic,
    api_keys_read_modify_write, end_device_updates_are_not_lost,
    membership_chains_pass_through_live_organizations_only,
    versions_move_with_what_authentication_and_rights_depend_on,
    package_associations_read_modify_write, package_association_lists_and_clears,
    package_association_writes_are_not_lost,
    application_links_read_modify_write, application_link_writes_are_not_lost,
    stored_application_ups,
    lists_leave_out_soft_deleted_siblings, end_device_lists_leave_out_deleted_siblings,
    stored_application_ups_keep_insertion_order_for_equal_times, restoring_a_gateway_as_an_entity_checks_its_eui,
    text_with_a_nul_character_is_refused,
    webhooks_read_modify_write_list_and_purge, webhook_writes_are_not_lost,
    a_gateway_whose_eui_was_taken_comes_back_without_it,
]
