"""EndDeviceRegistry and EndDeviceBatchRegistry (Identity Server), over both transports.

Every case runs over gRPC and over HTTP (the ``client`` fixture); the seed's requests run over
HTTP exactly as written in the docs.
"""

from __future__ import annotations

import itertools
import json

import pytest
from google.protobuf import field_mask_pb2, struct_pb2

from server.events import DEFINITIONS
from server.store import EndDeviceRow
from support.requests import REG, app_ids, create_request
from ttn.lorawan.v3 import end_device_pb2 as D, identifiers_pb2 as I, lorawan_pb2, metadata_pb2, rights_pb2 as R

DEV = "/ttn.lorawan.v3.EndDeviceRegistry/"
BATCH = "/ttn.lorawan.v3.EndDeviceBatchRegistry/"
OK, INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, FAILED_PRECONDITION = 0, 3, 5, 6, 7, 9

_euis = itertools.count(1)


def eui() -> bytes:
    """A fresh EUI for each device of the session."""
    return (0x70B3D57ED0000000 + next(_euis)).to_bytes(8, "big")


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=paths)


def device_ids(app: str, dev: str) -> I.EndDeviceIdentifiers:
    return I.EndDeviceIdentifiers(device_id=dev, application_ids=app_ids(app))


def create(app: str, dev: str, *, dev_eui: bytes = b"", join_eui: bytes = b"", **fields) -> D.CreateEndDeviceRequest:
    req = D.CreateEndDeviceRequest()
    req.end_device.ids.CopyFrom(device_ids(app, dev))
    req.end_device.ids.dev_eui = dev_eui
    req.end_device.ids.join_eui = join_eui
    for name, value in fields.items():
        if name == "attributes":
            req.end_device.attributes.update(value)
        elif name == "locations":
            for service, location in value.items():
                req.end_device.locations[service].CopyFrom(location)
        else:
            setattr(req.end_device, name, value)
    return req


def get(app: str, dev: str, *paths: str) -> D.GetEndDeviceRequest:
    return D.GetEndDeviceRequest(end_device_ids=device_ids(app, dev), field_mask=mask(*paths))


def update(app: str, dev: str, paths, **fields) -> D.UpdateEndDeviceRequest:
    req = D.UpdateEndDeviceRequest(field_mask=mask(*paths))
    req.end_device.ids.CopyFrom(device_ids(app, dev))
    for name, value in fields.items():
        setattr(req.end_device, name, value)
    return req


def listing(app: str, *paths: str, **kw) -> D.ListEndDevicesRequest:
    return D.ListEndDevicesRequest(application_ids=app_ids(app), field_mask=mask(*paths), **kw)


async def new_app(client, key, app_id, **fields) -> str:
    res = await client.call(REG + "Create", create_request(app_id, **fields), key)
    assert res.code == OK, res.message
    return app_id


async def created(client, key, req) -> D.EndDevice:
    res = await client.call(DEV + "Create", req, key)
    assert res.code == OK, res.message
    return res.response


# CRUD -------------------------------------------------------------------------------------------


async def test_create_get_list_update_delete(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    dev_eui, join_eui = eui(), eui()
    location = metadata_pb2.Location(latitude=52.37, longitude=4.89, altitude=2)
    dev = await created(client, admin_key, create(app, "dev1", dev_eui=dev_eui, join_eui=join_eui, name="Device 1",
                                                  description="d", attributes={"room": "12"},
                                                  locations={"user": location}))
    assert (dev.ids.device_id, dev.ids.application_ids.application_id) == ("dev1", app)
    assert (dev.ids.dev_eui, dev.ids.join_eui) == (dev_eui, join_eui)
    assert (dev.name, dev.description, dict(dev.attributes)) == ("Device 1", "d", {"room": "12"})
    assert dev.locations["user"].latitude == 52.37
    assert dev.HasField("created_at") and dev.created_at == dev.updated_at
    # Create answers everything the IS keeps; these two are always there, maybe empty.
    assert dev.HasField("version_ids") and dev.HasField("lora_alliance_profile_ids")

    res = await client.call(DEV + "Get", get(app, "dev1", "name"), admin_key)
    assert res.code == OK, res.message
    assert res.response.name == "Device 1" and res.response.description == ""
    assert res.response.ids.dev_eui == dev_eui and res.response.HasField("updated_at")
    assert not res.response.HasField("version_ids") and not res.response.attributes

    res = await client.call(DEV + "List", listing(app, "name"), admin_key)
    assert res.code == OK and res.total == 1
    assert [(d.ids.device_id, d.name) for d in res.response.end_devices] == [("dev1", "Device 1")]

    res = await client.call(DEV + "Update", update(app, "dev1", ["description"], name="ignored", description="new"),
                            admin_key)
    assert res.code == OK, res.message
    assert (res.response.name, res.response.description) == ("", "new")  # only the masked fields
    assert res.response.updated_at.ToNanoseconds() > dev.updated_at.ToNanoseconds()
    assert res.response.created_at == dev.created_at
    got = (await client.call(DEV + "Get", get(app, "dev1", "name", "description", "attributes"), admin_key)).response
    assert (got.name, got.description, dict(got.attributes)) == ("Device 1", "new", {"room": "12"})

    assert (await client.call(DEV + "Delete", device_ids(app, "dev1"), admin_key)).code == OK
    res = await client.call(DEV + "Get", get(app, "dev1"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:end_device_not_found")
    assert res.message == (f"error:pkg/identityserver/store:end_device_not_found "
                           f"(end device with id `dev1` not found in application with id `{app}`)")
    assert dict(res.details.attributes) == {"device_id": "dev1", "application_id": app}
    res = await client.call(DEV + "Delete", device_ids(app, "dev1"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:end_device_not_found")
    res = await client.call(DEV + "Update", update(app, "dev1", ["name"], name="x"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:end_device_not_found")
    # A hard delete frees the device ID and the EUIs.
    await created(client, admin_key, create(app, "dev1", dev_eui=dev_eui, join_eui=join_eui))


async def test_create_keeps_only_what_the_identity_server_owns(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    req = create(app, "dev1", dev_eui=eui(), name="n", frequency_plan_id="EU_863_870_TTN", supports_join=True,
                 lorawan_version=lorawan_pb2.MAC_V1_0_2)
    req.end_device.ids.dev_addr = bytes.fromhex("260B1234")
    req.end_device.root_keys.app_key.key = bytes(16)
    req.end_device.mac_settings.resets_f_cnt.value = True
    req.end_device.formatters.up_formatter = 3
    dev = await created(client, admin_key, req)  # no error: upstream drops what it does not keep
    assert dev.name == "n" and dev.ids.dev_addr == b""
    assert (dev.frequency_plan_id, dev.supports_join, dev.lorawan_version) == ("", False, 0)
    assert not any(dev.HasField(field) for field in ("root_keys", "mac_settings", "formatters"))
    every_is_path = sorted({p.split(".")[0] for p in (
        "name", "description", "attributes", "version_ids", "network_server_address", "application_server_address",
        "join_server_address", "locations", "service_profile_id", "serial_number", "lora_alliance_profile_ids",
        "claim_authentication_code", "picture", "activated_at", "last_seen_at")})
    got = (await client.call(DEV + "Get", get(app, "dev1", *every_is_path), admin_key)).response
    assert got.name == "n" and got.ids.dev_addr == b"" and not got.HasField("mac_settings")


async def test_get_and_list_refuse_paths_of_other_registries(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    await created(client, admin_key, create(app, "dev1"))
    for paths in (["name", "frequency_plan_id"], ["session.dev_addr"], ["root_keys.app_key.key"], ["formatters"]):
        res = await client.call(DEV + "Get", get(app, "dev1", *paths), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths"), paths
        assert list(res.details.attributes["forbidden_paths"]) == [p for p in paths if p != "name"]
    res = await client.call(DEV + "List", listing(app, "mac_settings"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")


async def test_update_refuses_identifiers_in_the_mask(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    await created(client, admin_key, create(app, "dev1", dev_eui=eui()))
    req = update(app, "dev1", ["name", "ids.dev_eui"], name="x")
    req.end_device.ids.dev_eui = eui()
    res = await client.call(DEV + "Update", req, admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    assert list(res.details.attributes["forbidden_paths"]) == ["ids.dev_eui"]
    for paths in (["ids"], ["created_at"], ["frequency_plan_id"]):
        res = await client.call(DEV + "Update", update(app, "dev1", paths), admin_key)
        assert res.error_name == "pkg/rpcmiddleware/validator:field_mask_paths", paths


async def test_update_with_an_empty_mask_only_touches_updated_at(server, client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    dev = await created(client, admin_key, create(app, "dev1", name="kept"))
    subscription = server.bus.subscribe()
    try:
        res = await client.call(DEV + "Update", update(app, "dev1", [], name="changed"), admin_key)
        assert res.code == OK, res.message
        assert res.response.name == "" and res.response.ids.device_id == "dev1"
        assert res.response.updated_at.ToNanoseconds() > dev.updated_at.ToNanoseconds()
        event = await _next_event(subscription, "end_device.update", "dev1", app)
        paths = struct_pb2.Value()
        assert event.data.Unpack(paths) and [v.string_value for v in paths.list_value.values] == ["updated_at"]
    finally:
        subscription.close()
    got = (await client.call(DEV + "Get", get(app, "dev1", "name"), admin_key)).response
    assert got.name == "kept"


async def test_update_rules_for_activation_claim_code_and_profile(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    await created(client, admin_key, create(app, "dev1"))
    req = update(app, "dev1", ["activated_at", "claim_authentication_code", "lora_alliance_profile_ids"])
    req.end_device.activated_at.FromSeconds(1_700_000_000)
    req.end_device.claim_authentication_code.value = "ABC123"
    req.end_device.claim_authentication_code.valid_from.FromSeconds(1_700_000_000)
    req.end_device.lora_alliance_profile_ids.vendor_id = 42
    res = await client.call(DEV + "Update", req, admin_key)
    assert res.code == OK, res.message
    assert res.response.claim_authentication_code.value == "ABC123"
    # activated_at cannot be unset; a claim code sub-path updates the code, keeping the rest;
    # an unset profile leaves it as it is.
    req = update(app, "dev1", ["activated_at", "claim_authentication_code.valid_to", "lora_alliance_profile_ids"])
    req.end_device.claim_authentication_code.valid_to.FromSeconds(1_800_000_000)
    res = await client.call(DEV + "Update", req, admin_key)
    assert res.code == OK, res.message
    got = (await client.call(DEV + "Get", get(app, "dev1", "activated_at", "claim_authentication_code.value",
                                              "lora_alliance_profile_ids"), admin_key)).response
    assert got.activated_at.seconds == 1_700_000_000
    cac = got.claim_authentication_code  # any part asked for answers the whole code
    assert (cac.value, cac.valid_from.seconds, cac.valid_to.seconds) == ("ABC123", 1_700_000_000, 1_800_000_000)
    assert got.lora_alliance_profile_ids.vendor_id == 42
    # A code that ends before it starts is refused.
    req = update(app, "dev1", ["claim_authentication_code"])
    req.end_device.claim_authentication_code.value = "X1"
    req.end_device.claim_authentication_code.valid_from.FromSeconds(1_800_000_000)
    req.end_device.claim_authentication_code.valid_to.FromSeconds(1_700_000_000)
    res = await client.call(DEV + "Update", req, admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:claim_authentication_code")


# Identifiers ------------------------------------------------------------------------------------


async def test_duplicate_device_id_is_taken(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    await created(client, admin_key, create(app, "dev1", dev_eui=eui()))
    res = await client.call(DEV + "Create", create(app, "dev1", dev_eui=eui()), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:id_taken")
    other = await new_app(client, admin_key, unique_id + "-other")
    await created(client, admin_key, create(other, "dev1"))  # device IDs are per application


async def test_duplicate_eui_pair_is_taken(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    other = await new_app(client, admin_key, unique_id + "-other")
    dev_eui, join_eui = eui(), eui()
    await created(client, admin_key, create(app, "holder", dev_eui=dev_eui, join_eui=join_eui))
    res = await client.call(DEV + "Create", create(other, "second", dev_eui=dev_eui, join_eui=join_eui), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/identityserver:end_device_euis_taken")
    attributes = dict(res.details.attributes)
    assert attributes == {"join_eui": join_eui.hex().upper(), "dev_eui": dev_eui.hex().upper(),
                          "device_id": "holder", "application_id": app}
    assert res.message == (f"error:pkg/identityserver:end_device_euis_taken (an end device with JoinEUI "
                           f"`{join_eui.hex().upper()}` and DevEUI `{dev_eui.hex().upper()}` is already registered "
                           f"as `holder` in application `{app}`)")
    # The same DevEUI with another JoinEUI, or without one (ABP), is another pair.
    await created(client, admin_key, create(other, "other-join", dev_eui=dev_eui, join_eui=eui()))
    await created(client, admin_key, create(other, "abp", dev_eui=dev_eui))


async def test_malformed_euis_are_refused_and_lower_case_hex_accepted(client, http_client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    if client.transport == "http":
        for bad in ("70B3D57ED000ABC", "70B3D57ED000ABCDEF", "ZZZZZZZZZZZZZZZZ", "70B3D57ED000ABC!"):
            body = json.dumps({"end_device": {"ids": {"device_id": "bad", "dev_eui": bad}}})
            res = await http_client.raw("POST", f"/applications/{app}/devices", body=body, key=admin_key)
            assert (res.http_status, res.code, res.details) == (400, INVALID_ARGUMENT, None), bad
        body = json.dumps({"end_device": {"ids": {"device_id": "lower", "dev_eui": "70b3d57ed00abcde",
                                                  "join_eui": "70b3d57ed00abcdf"}}})
        res = await http_client.raw("POST", f"/applications/{app}/devices", body=body, key=admin_key)
        assert res.http_status == 200, res.json
        assert res.json["ids"]["dev_eui"] == "70B3D57ED00ABCDE" and res.json["ids"]["join_eui"] == "70B3D57ED00ABCDF"
    else:
        for bad in (bytes(7), bytes(9)):
            res = await client.call(DEV + "Create", create(app, "bad", dev_eui=bad), admin_key)
            assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
            assert res.details.cause.cause.attributes["field"] == "dev_eui"  # end_device.ids.dev_eui
        await created(client, admin_key, create(app, "lower", dev_eui=bytes.fromhex("70b3d57ed00abcde")))


async def test_invalid_and_reserved_device_ids(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for bad in ("ab", "Dev1", "a--b", "x" * 37):
        res = await client.call(DEV + "Create", create(app, bad), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation"), bad
    res = await client.call(DEV + "Create", create(app, "admin"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver/blocklist:forbidden_id")
    res = await client.call(DEV + "Create", create(app, "dev1", name="n" * 51), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


async def test_addresses_must_match_the_application(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id, network_server_address="ns.example.com:1884")
    res = await client.call(DEV + "Create", create(app, "dev1", network_server_address="ns.other.com"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:network_server_address_mismatch")
    assert dict(res.details.attributes) == {"address": "ns.other.com", "expected": "ns.example.com:1884"}
    await created(client, admin_key, create(app, "dev1", network_server_address="ns.example.com"))
    await created(client, admin_key, create(app, "dev2", application_server_address="anything.example.com"))


# Lists and batches ------------------------------------------------------------------------------


async def test_list_orders_filters_and_limits(client, http_client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for dev, name in (("dev-c", "b"), ("dev-a", ""), ("dev-b", "a")):
        await created(client, admin_key, create(app, dev, name=name, dev_eui=eui()))
    ids = lambda res: [d.ids.device_id for d in res.response.end_devices]  # noqa: E731
    res = await client.call(DEV + "List", listing(app), admin_key)
    assert ids(res) == ["dev-a", "dev-b", "dev-c"] and res.total == 3
    assert all(not d.name for d in res.response.end_devices)  # no mask: ids and timestamps only
    assert ids(await client.call(DEV + "List", listing(app, "name", order="name"), admin_key)) == ["dev-b", "dev-c", "dev-a"]
    assert ids(await client.call(DEV + "List", listing(app, order="-device_id"), admin_key)) == ["dev-c", "dev-b", "dev-a"]
    # Orders upstream's store does not sort by (join_eui, dev_eui, description) give the default.
    assert ids(await client.call(DEV + "List", listing(app, order="-dev_eui"), admin_key)) == ["dev-a", "dev-b", "dev-c"]
    res = await client.call(DEV + "List", listing(app, limit=2, page=2), admin_key)
    assert ids(res) == ["dev-c"] and res.total == 3
    res = await client.call(DEV + "List", listing(app, limit=2, page=3), admin_key)
    assert ids(res) == [] and res.total == 3
    res = await client.call(DEV + "List", listing(app, limit=1001), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    res = await client.call(DEV + "List", listing(app, order="frequency_plan_id"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")

    # updated_since keeps the devices updated since; the total still counts them all (upstream).
    touched = await client.call(DEV + "Update", update(app, "dev-b", ["name"], name="a2"), admin_key)
    since = touched.response.updated_at
    req = listing(app)
    req.filters.add().updated_since.CopyFrom(since)
    if client.transport == "http":  # the filter binding
        body = json.dumps({"filters": [{"updated_since": since.ToJsonString()}]})
        res = await http_client.raw("POST", f"/applications/{app}/devices/filter", body=body, key=admin_key)
        assert res.http_status == 200, res.json
        assert [d["ids"]["device_id"] for d in res.json["end_devices"]] == ["dev-b"]
        assert res.headers["x-total-count"] == "3"
    else:
        res = await client.call(DEV + "List", req, admin_key)
        assert ids(res) == ["dev-b"] and res.total == 3


async def test_batch_get_and_delete(server, client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for dev in ("dev-a", "dev-b", "dev-c"):
        await created(client, admin_key, create(app, dev, name=dev.upper()))
    req = D.BatchGetEndDevicesRequest(application_ids=app_ids(app), device_ids=["dev-c", "nope", "dev-a"],
                                      field_mask=mask("name"))
    res = await client.call(BATCH + "Get", req, admin_key)
    assert res.code == OK, res.message
    assert [(d.ids.device_id, d.name) for d in res.response.end_devices] == [("dev-a", "DEV-A"), ("dev-c", "DEV-C")]
    subscription = server.bus.subscribe()
    try:
        req = D.BatchDeleteEndDevicesRequest(application_ids=app_ids(app), device_ids=["dev-a", "nope", "dev-c"])
        assert (await client.call(BATCH + "Delete", req, admin_key)).code == OK
        event = await _next_event(subscription, "end_device.batch.delete", None, app)
        deleted = I.EndDeviceIdentifiersList()
        assert event.data.Unpack(deleted)
        assert [d.device_id for d in deleted.end_device_ids] == ["dev-a", "dev-c"]
    finally:
        subscription.close()
    res = await client.call(DEV + "List", listing(app), admin_key)
    assert [d.ids.device_id for d in res.response.end_devices] == ["dev-b"]
    res = await client.call(BATCH + "Get", D.BatchGetEndDevicesRequest(application_ids=app_ids(app)), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")  # at least one ID


async def test_batch_routes_win_over_device_routes(http_client, admin_key, unique_id):
    """``…/devices/batch`` is the batch binding (a literal beats ``{device_id}``), for GET and DELETE."""
    app = await new_app(http_client, admin_key, unique_id)
    for dev in ("dev-a", "dev-b", "batch1"):
        await created(http_client, admin_key, create(app, dev))
    res = await http_client.raw("GET", f"/applications/{app}/devices/batch",
                                query=[("device_ids", "dev-a"), ("device_ids", "dev-b")], key=admin_key)
    assert res.http_status == 200, res.json
    assert [d["ids"]["device_id"] for d in res.json["end_devices"]] == ["dev-a", "dev-b"]
    res = await http_client.raw("GET", f"/applications/{app}/devices/batch1", key=admin_key)
    assert res.http_status == 200 and res.json["ids"]["device_id"] == "batch1"
    res = await http_client.raw("DELETE", f"/applications/{app}/devices/batch", query=[("device_ids", "dev-a")],
                                key=admin_key)
    assert (res.http_status, res.json) == (200, {})
    res = await http_client.raw("GET", f"/applications/{app}/devices/dev-a", key=admin_key)
    assert res.http_status == 404
    res = await http_client.raw("DELETE", f"/applications/{app}/devices/dev-b", key=admin_key)
    assert (res.http_status, res.json) == (200, {})
    res = await http_client.raw("GET", f"/applications/{app}/devices", key=admin_key)
    assert [d["ids"]["device_id"] for d in res.json["end_devices"]] == ["batch1"]


@pytest.fixture(scope="module")
async def ten_thousand(grpc_client, server, admin_key):
    """An application with 10 000 devices, written through the store in one go."""
    app = await new_app(grpc_client, admin_key, "ten-thousand")
    rows = []
    for i in range(10_000):
        dev = D.EndDevice(name=f"n{(i * 7919) % 10_000:05d}")
        dev.ids.application_ids.application_id = app
        dev.ids.device_id = f"dev-{i:05d}"
        dev.ids.dev_eui = (0x70B3D57EE0000000 + i).to_bytes(8, "big")
        dev.version_ids.SetInParent()
        dev.lora_alliance_profile_ids.SetInParent()
        rows.append(EndDeviceRow(app, dev.ids.device_id, dev.ids.dev_eui, None, dev.name, "", dev.SerializeToString(),
                                 1_700_000_000_000_000_000 + i * 1000, 1_700_000_000_000_000_000 + i * 1000, None))
    await server.store.create_end_devices(rows)
    return app, rows


@pytest.mark.parametrize("order", ["", "-name"])
async def test_ten_thousand_devices_page_in_thousands(client, admin_key, ten_thousand, order):
    app, rows = ten_thousand
    if order == "-name":
        expected = [r.device_id for r in sorted(rows, key=lambda r: (r.name, r.device_id), reverse=True)]
    else:
        expected = sorted(r.device_id for r in rows)
    listed: list[str] = []
    for page in range(1, 12):
        res = await client.call(DEV + "List", listing(app, "name", limit=1000, page=page, order=order), admin_key)
        assert res.code == OK, res.message
        assert res.total == 10_000
        assert len(res.response.end_devices) == (1000 if page <= 10 else 0)
        listed.extend(d.ids.device_id for d in res.response.end_devices)
    assert listed == expected and len(set(listed)) == 10_000
    res = await client.call(DEV + "List", listing(app, order=order), admin_key)  # the default limit
    assert [d.ids.device_id for d in res.response.end_devices] == expected[:100] and res.total == 10_000


# The seed: "Multi-step Actions" (Identity Server part) and "Get Device Info" -----------------------

SEED_OTAA = """{
    "end_device": {
      "ids": {
        "device_id": "newdev1",
        "dev_eui": "70B3D57ED005E0A1",
        "join_eui": "70B3D57ED0000001"
      },
      "join_server_address": "thethings.example.com",
      "network_server_address": "thethings.example.com",
      "application_server_address": "thethings.example.com"
    },
    "field_mask": {
      "paths": [
        "join_server_address",
        "network_server_address",
        "application_server_address",
        "ids.dev_eui",
        "ids.join_eui"
      ]
    }
  }"""

SEED_ABP = """{
    "end_device": {
      "ids": {
        "device_id": "newdev1",
        "dev_eui": "70B3D57ED005E0A2"
      },
      "network_server_address": "thethings.example.com",
      "application_server_address": "thethings.example.com"
    },
    "field_mask": {
      "paths": [
        "network_server_address",
        "application_server_address",
        "ids.dev_eui"
      ]
    }
  }"""

SEED_HEADERS = {"Accept": "application/json", "Content-Type": "application/json",
                "User-Agent": "my-integration/my-integration-version"}


async def test_seed_requests(http_client, admin_key):
    res = await http_client.call(REG + "Create", create_request("app1"), admin_key)
    assert res.code in (OK, ALREADY_EXISTS), res.message
    addresses = {"join_server_address", "network_server_address", "application_server_address"}

    # OTAA: the IS part of registering newdev1 (the field_mask key is not part of the request: ignored).
    res = await http_client.raw("POST", "/applications/app1/devices", body=SEED_OTAA, key=admin_key,
                                headers=SEED_HEADERS)
    assert res.http_status == 200, res.json
    body = res.json
    assert body["ids"] == {"device_id": "newdev1", "application_ids": {"application_id": "app1"},
                           "dev_eui": "70B3D57ED005E0A1", "join_eui": "70B3D57ED0000001"}
    assert {k: body[k] for k in addresses} == dict.fromkeys(addresses, "thethings.example.com")
    assert body["created_at"] == body["updated_at"] and body["created_at"].endswith("Z")
    assert body["version_ids"] == {} and body["lora_alliance_profile_ids"] == {}
    assert set(body) == {"ids", "created_at", "updated_at", "version_ids", "lora_alliance_profile_ids"} | addresses

    # ABP, after removing the OTAA device: no JoinEUI.
    assert (await http_client.raw("DELETE", "/applications/app1/devices/newdev1", key=admin_key)).http_status == 200
    res = await http_client.raw("POST", "/applications/app1/devices", body=SEED_ABP, key=admin_key,
                                headers=SEED_HEADERS)
    assert res.http_status == 200, res.json
    assert res.json["ids"] == {"device_id": "newdev1", "application_ids": {"application_id": "app1"},
                               "dev_eui": "70B3D57ED005E0A2"}
    assert "join_server_address" not in res.json

    # Get Device Info.
    location = metadata_pb2.Location(latitude=52.3676, longitude=4.9041)
    await created(http_client, admin_key, create("app1", "dev1", name="Device 1", description="On the roof",
                                                 serial_number="sn1", locations={"user": location}))
    res = await http_client.raw("GET", "/applications/app1/devices/dev1?field_mask=name,description,locations",
                                key=admin_key, headers={"Accept": "application/json",
                                                        "User-Agent": "my-integration/my-integration-version"})
    assert res.http_status == 200, res.json
    body = res.json
    assert set(body) == {"ids", "created_at", "updated_at", "name", "description", "locations"}
    assert (body["name"], body["description"]) == ("Device 1", "On the roof")
    assert body["locations"] == {"user": {"latitude": 52.3676, "longitude": 4.9041}}
    assert body["ids"] == {"device_id": "dev1", "application_ids": {"application_id": "app1"}}


# Rights, events, applications -------------------------------------------------------------------


async def test_rights(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    other = await new_app(client, admin_key, unique_id + "-other")
    await created(client, admin_key, create(app, "dev1"))
    reader = await population.key("application", app, R.RIGHT_APPLICATION_DEVICES_READ)
    assert (await client.call(DEV + "Get", get(app, "dev1", "name"), reader)).code == OK
    assert (await client.call(DEV + "List", listing(app), reader)).code == OK
    batch_get = D.BatchGetEndDevicesRequest(application_ids=app_ids(app), device_ids=["dev1"])
    assert (await client.call(BATCH + "Get", batch_get, reader)).code == OK
    writes = [
        (DEV + "Create", create(app, "dev2")),
        (DEV + "Update", update(app, "dev1", ["name"], name="x")),
        (DEV + "Delete", device_ids(app, "dev1")),
        (BATCH + "Delete", D.BatchDeleteEndDevicesRequest(application_ids=app_ids(app), device_ids=["dev1"])),
    ]
    for method, req in writes:
        res = await client.call(method, req, reader)
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
        assert list(res.details.attributes["missing"]) == ["RIGHT_APPLICATION_DEVICES_WRITE"]
    writer = await population.key("application", app, R.RIGHT_APPLICATION_DEVICES_WRITE)
    res = await client.call(DEV + "Get", get(app, "dev1"), writer)
    assert list(res.details.attributes["missing"]) == ["RIGHT_APPLICATION_DEVICES_READ"]
    assert (await client.call(DEV + "Create", create(app, "dev2"), writer)).code == OK

    outsider = await population.key("application", other, R.RIGHT_APPLICATION_ALL)
    for method, req in [(DEV + "Get", get(app, "dev1")), (DEV + "List", listing(app))] + writes:
        res = await client.call(method, req, outsider)
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights"), method
        assert res.details.attributes["uid"] == app
    res = await client.call(DEV + "Get", get(app, "dev1"))  # no key
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
    # An application that does not exist: NotFound for an admin, no rights for anyone else.
    res = await client.call(DEV + "List", listing("no-such-app-here"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:application_not_found")
    res = await client.call(DEV + "Create", create("no-such-app-here", "dev1"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:application_not_found")
    user = await population.user(unique_id + "-user")
    user_key = await population.key("user", user, R.RIGHT_ALL)
    res = await client.call(DEV + "Get", get("no-such-app-here", "dev1"), user_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")


async def _next_event(subscription, name: str, device_id: str | None, app: str):
    while True:
        event = await subscription.__anext__()
        if event.name != name:
            continue
        ids = event.identifiers[0]
        if device_id is None and ids.application_ids.application_id == app:
            return event
        if device_id is not None and (ids.device_ids.device_id, ids.device_ids.application_ids.application_id) == (
                device_id, app):
            return event


async def test_events(server, client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    subscription = server.bus.subscribe()
    try:
        await created(client, admin_key, create(app, "dev1"))
        event = await _next_event(subscription, "end_device.create", "dev1", app)
        assert list(event.visibility.rights) == [R.RIGHT_APPLICATION_DEVICES_READ]
        assert event.correlation_ids[0].startswith("rpc:/ttn.lorawan.v3.EndDeviceRegistry/Create:")
        assert event.authentication.token_type == "APIKey"
        await client.call(DEV + "Update", update(app, "dev1", ["name", "description"], name="x"), admin_key)
        event = await _next_event(subscription, "end_device.update", "dev1", app)
        paths = struct_pb2.Value()
        assert event.data.Unpack(paths) and [v.string_value for v in paths.list_value.values] == ["name", "description"]
        await client.call(DEV + "Delete", device_ids(app, "dev1"), admin_key)
        await _next_event(subscription, "end_device.delete", "dev1", app)
    finally:
        subscription.close()
    for name in ("end_device.create", "end_device.update", "end_device.delete", "end_device.batch.delete"):
        assert DEFINITIONS[name].propagate_to_parent, name


async def test_get_identifiers_for_euis(grpc_client, admin_key, unique_id, population):
    app = await new_app(grpc_client, admin_key, unique_id)
    dev_eui, join_eui = eui(), eui()
    await created(grpc_client, admin_key, create(app, "dev1", dev_eui=dev_eui, join_eui=join_eui))
    req = D.GetEndDeviceIdentifiersForEUIsRequest(join_eui=join_eui, dev_eui=dev_eui)
    res = await grpc_client.call(DEV + "GetIdentifiersForEUIs", req, admin_key)
    assert res.code == OK, res.message
    assert (res.response.device_id, res.response.application_ids.application_id) == ("dev1", app)
    req = D.GetEndDeviceIdentifiersForEUIsRequest(join_eui=dev_eui, dev_eui=join_eui)
    res = await grpc_client.call(DEV + "GetIdentifiersForEUIs", req, admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:end_device_not_found")
    res = await grpc_client.call(DEV + "GetIdentifiersForEUIs", req)
    assert res.error_name == "pkg/identityserver:unauthenticated"


async def test_application_with_devices_cannot_be_deleted_nor_purged(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    await created(client, admin_key, create(app, "dev1"))
    await created(client, admin_key, create(app, "dev2"))
    for method in ("Delete", "Purge"):
        res = await client.call(REG + method, app_ids(app), admin_key)
        assert (res.code, res.error_name) == (FAILED_PRECONDITION, "pkg/identityserver:application_has_devices")
        assert res.details.attributes["count"] == 2
        assert res.message == "error:pkg/identityserver:application_has_devices (application still has `2` devices)"
    req = D.BatchDeleteEndDevicesRequest(application_ids=app_ids(app), device_ids=["dev1", "dev2"])
    assert (await client.call(BATCH + "Delete", req, admin_key)).code == OK
    assert (await client.call(REG + "Delete", app_ids(app), admin_key)).code == OK
    # The devices of a deleted application are out of reach: its rights are gone.
    res = await client.call(DEV + "List", listing(app), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:application_not_found")
