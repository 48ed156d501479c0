"""The Join, Network and Application Server device registries, over both transports.

The seed's "Multi-step Actions" (OTAA and ABP registration) are sent as written: over HTTP the
JSON bodies verbatim, over gRPC the same JSON decoded into the request by the gateway's codec.
"""

from __future__ import annotations

import itertools
import json

import pytest
from google.protobuf import field_mask_pb2, struct_pb2

from support import upstream_json
from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, rights_pb2

from support.requests import REG, create_request

R = rights_pb2
EndDevice = end_device_pb2.EndDevice
OK, INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, DATA_LOSS = 0, 3, 5, 6, 7, 15
JS, NS, AS = (f"/ttn.lorawan.v3.{c}EndDeviceRegistry/" for c in ("Js", "Ns", "As"))
IS_DEVICES = "/ttn.lorawan.v3.EndDeviceRegistry/"
DEVICE = "newdev1"  # the seed's device; every test has an application of its own

APP_KEY = "0123456789ABCDEF0123456789ABCDEF"
NWK_S_KEY = "A1A2A3A4A5A6A7A8A9AAABACADAEAFA0"
APP_S_KEY = "B1B2B3B4B5B6B7B8B9BABBBCBDBEBFB0"
DEV_ADDR = "260B1234"
_euis = itertools.count(1)


def new_euis() -> tuple[str, str]:
    """A JoinEUI and DevEUI no other test uses (each registry keeps EUI pairs unique)."""
    n = next(_euis)
    return f"70B3D57ED0{n:06X}", f"0004A30B{n:08X}"


async def new_app(client, admin_key, app_id: str) -> str:
    res = await client.call(REG + "Create", create_request(app_id), admin_key)
    assert res.code == OK, res.message
    return app_id


# The seed's requests, with real values in place of its X placeholders -------------------------
def otaa_js(dev_eui: str, join_eui: str) -> str:
    return """{
    "end_device": {
      "ids": {
        "device_id": "newdev1",
        "dev_eui": "%s",
        "join_eui": "%s"
      },
      "network_server_address": "thethings.example.com",
      "application_server_address": "thethings.example.com",
      "root_keys": {
        "app_key": {
          "key": "%s"
        }
      }
    },
    "field_mask": {
      "paths": [
        "network_server_address",
        "application_server_address",
        "ids.device_id",
        "ids.dev_eui",
        "ids.join_eui",
        "root_keys.app_key.key"
      ]
    }
  }""" % (dev_eui, join_eui, APP_KEY)


def otaa_ns(dev_eui: str, join_eui: str) -> str:
    return """{
    "end_device": {
      "supports_join": true,
      "lorawan_version": "1.0.2",
      "ids": {
        "device_id": "newdev1",
        "dev_eui": "%s",
        "join_eui": "%s"
      },
      "lorawan_phy_version": "1.0.2-b",
      "frequency_plan_id": "EU_863_870_TTN"
    },
    "field_mask": {
      "paths": [
        "supports_join",
        "lorawan_version",
        "ids.device_id",
        "ids.dev_eui",
        "ids.join_eui",
        "lorawan_phy_version",
        "frequency_plan_id"
      ]
    }
  }""" % (dev_eui, join_eui)


def otaa_as(dev_eui: str, join_eui: str) -> str:
    return """{
    "end_device": {
      "ids": {
        "device_id": "newdev1",
        "dev_eui": "%s",
        "join_eui": "%s"
      }
    },
    "field_mask": {
      "paths": [
        "ids.device_id",
        "ids.dev_eui",
        "ids.join_eui"
      ]
    }
  }""" % (dev_eui, join_eui)


def abp_ns(dev_eui: str) -> str:
    return """{
    "end_device": {
      "supports_join": false,
      "lorawan_version": "1.0.2",
      "ids": {
        "device_id": "newdev1",
        "dev_eui": "%s"
      },
      "session": {
        "keys": {
          "f_nwk_s_int_key": {
            "key": "%s"
          }
        },
        "dev_addr": "%s"
      },
      "mac_settings": {
        "resets_f_cnt": true,
        "factory_preset_frequencies": [
          "868100000",
          "868300000",
          "868500000",
          "867100000",
          "867300000",
          "867500000",
          "867700000",
          "867900000"
        ]
      },
      "resets_f_cnt": false,
      "lorawan_phy_version": "1.0.2-b",
      "frequency_plan_id": "EU_863_870_TTN"
    },
    "field_mask": {
      "paths": [
        "supports_join",
        "lorawan_version",
        "ids.device_id",
        "ids.dev_eui",
        "session.keys.f_nwk_s_int_key.key",
        "session.dev_addr",
        "mac_settings.resets_f_cnt",
        "mac_settings.factory_preset_frequencies",
        "lorawan_phy_version",
        "frequency_plan_id"
      ]
    }
  }""" % (dev_eui, NWK_S_KEY, DEV_ADDR)


def abp_as(dev_eui: str) -> str:
    return """{
    "end_device": {
      "ids": {
        "device_id": "newdev1",
        "dev_eui": "%s"
      },
      "session": {
        "keys": {
          "app_s_key": {
            "key": "%s"
          }
        },
        "dev_addr": "%s"
      },
      "skip_payload_crypto": false
    },
    "field_mask": {
      "paths": [
        "ids.device_id",
        "ids.dev_eui",
        "session.keys.app_s_key.key",
        "session.dev_addr",
        "skip_payload_crypto"
      ]
    }
  }""" % (dev_eui, APP_S_KEY, DEV_ADDR)


_PREFIX = {JS: "/js", NS: "/ns", AS: "/as"}


async def put(client, key, registry: str, app_id: str, body: str, device_id: str = DEVICE):
    """A Set as the seed sends it: PUT of the JSON over HTTP, the same JSON decoded over gRPC."""
    if client.transport == "http":
        path = f"{_PREFIX[registry]}/applications/{app_id}/devices/{device_id}"
        return await client.raw("PUT", path, body=body, key=key, full_method=registry + "Set")
    req = upstream_json.from_json(end_device_pb2.SetEndDeviceRequest, json.loads(body), ignore_unknown=True)
    req.end_device.ids.application_ids.application_id = app_id
    req.end_device.ids.device_id = device_id
    return await client.call(registry + "Set", req, key)


def set_request(app_id: str, paths, device_id: str = DEVICE, **ids) -> end_device_pb2.SetEndDeviceRequest:
    req = end_device_pb2.SetEndDeviceRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.end_device.ids.application_ids.application_id = app_id
    req.end_device.ids.device_id = device_id
    for name, value in ids.items():
        setattr(req.end_device.ids, name, bytes.fromhex(value))
    return req


def get_request(app_id: str, *paths: str, device_id: str = DEVICE) -> end_device_pb2.GetEndDeviceRequest:
    req = end_device_pb2.GetEndDeviceRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.end_device_ids.application_ids.application_id = app_id
    req.end_device_ids.device_id = device_id
    return req


def device_ids(app_id: str, device_id: str = DEVICE) -> identifiers_pb2.EndDeviceIdentifiers:
    ids = identifiers_pb2.EndDeviceIdentifiers(device_id=device_id)
    ids.application_ids.application_id = app_id
    return ids


def ns_otaa(app_id: str, dev_eui: str, join_eui: str, *extra_paths: str) -> end_device_pb2.SetEndDeviceRequest:
    req = set_request(app_id, ["supports_join", "lorawan_version", "lorawan_phy_version", "frequency_plan_id",
                               *extra_paths], dev_eui=dev_eui, join_eui=join_eui)
    dev = req.end_device
    dev.supports_join = True
    dev.lorawan_version = 3  # MAC_V1_0_2
    dev.lorawan_phy_version = 4  # RP001_V1_0_2_REV_B
    dev.frequency_plan_id = "EU_863_870_TTN"
    return req


def ns_abp(app_id: str, dev_eui: str, *extra_paths: str, version: int = 3) -> end_device_pb2.SetEndDeviceRequest:
    req = set_request(app_id, ["supports_join", "lorawan_version", "lorawan_phy_version", "frequency_plan_id",
                               "session.dev_addr", "session.keys.f_nwk_s_int_key.key", *extra_paths],
                      **({"dev_eui": dev_eui} if dev_eui else {}))
    dev = req.end_device
    dev.lorawan_version = version
    dev.lorawan_phy_version = 4 if version == 3 else 6
    dev.frequency_plan_id = "EU_863_870_TTN"
    dev.session.dev_addr = bytes.fromhex(DEV_ADDR)
    dev.session.keys.f_nwk_s_int_key.key = bytes.fromhex(NWK_S_KEY)
    return req


async def stored(server, component: str, app_id: str) -> EndDevice | None:
    """What a registry keeps (read straight from the store)."""
    row = await server.store.get_registry_device(component, app_id, DEVICE)
    return EndDevice.FromString(row.data) if row is not None else None


def assert_error(res, code: int, name: str, **attributes):
    assert (res.code, res.error_name) == (code, name), (res.code, res.message)
    for key, value in attributes.items():
        got = res.details.attributes[key]
        assert (list(got) if isinstance(value, list) else got) == value, (key, got)


# The seed's flows ------------------------------------------------------------------------------
async def test_otaa_registration_as_the_seed_sends_it(client, admin_key, unique_id, server):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()

    res = await put(client, admin_key, JS, app, otaa_js(dev_eui, join_eui))
    assert res.code == OK, res.message
    assert res.response.root_keys.app_key.key == bytes.fromhex(APP_KEY)
    assert res.response.HasField("created_at") and res.response.HasField("updated_at")
    res = await put(client, admin_key, NS, app, otaa_ns(dev_eui, join_eui))
    assert res.code == OK, res.message
    assert (res.response.lorawan_version, res.response.lorawan_phy_version) == (3, 4)
    res = await put(client, admin_key, AS, app, otaa_as(dev_eui, join_eui))
    assert res.code == OK, res.message

    # Each registry answers its own fields.
    res = await client.call(JS + "Get", get_request(app, "root_keys.app_key.key", "network_server_address",
                                                    "application_server_address"), admin_key)
    assert res.code == OK, res.message
    js = res.response
    assert js.root_keys.app_key.key == bytes.fromhex(APP_KEY)
    assert js.network_server_address == js.application_server_address == "thethings.example.com"
    assert (js.ids.dev_eui.hex().upper(), js.ids.join_eui.hex().upper()) == (dev_eui, join_eui)
    res = await client.call(NS + "Get", get_request(app, "supports_join", "lorawan_version", "lorawan_phy_version",
                                                    "frequency_plan_id"), admin_key)
    assert res.code == OK, res.message
    ns = res.response
    assert (ns.supports_join, ns.lorawan_version, ns.lorawan_phy_version, ns.frequency_plan_id) == (
        True, 3, 4, "EU_863_870_TTN")
    assert ns.HasField("created_at") and not ns.HasField("session")
    res = await client.call(AS + "Get", get_request(app, "ids"), admin_key)
    assert res.code == OK and res.response.ids.dev_eui.hex().upper() == dev_eui
    if client.transport == "http":
        res = await client.raw("GET", f"/ns/applications/{app}/devices/{DEVICE}",
                               query=[("field_mask", "lorawan_version,lorawan_phy_version,supports_join")],
                               key=admin_key)
        assert res.json["lorawan_version"] == "MAC_V1_0_2" and res.json["lorawan_phy_version"] == "PHY_V1_0_2_REV_B"
        assert res.json["ids"] == {"device_id": DEVICE, "application_ids": {"application_id": app},
                                   "dev_eui": dev_eui, "join_eui": join_eui}
        res = await client.raw("GET", f"/js/applications/{app}/devices/{DEVICE}",
                               query=[("field_mask", "root_keys.app_key.key")], key=admin_key)
        assert res.json["root_keys"] == {"app_key": {"key": APP_KEY}}

    # ... and keeps nothing of the others'.
    js_dev, ns_dev, as_dev = [await stored(server, c, app) for c in ("js", "ns", "as")]
    assert js_dev.network_server_address and not js_dev.frequency_plan_id and not js_dev.supports_join
    assert ns_dev.frequency_plan_id and not ns_dev.HasField("root_keys") and not ns_dev.network_server_address
    assert not as_dev.HasField("root_keys") and not as_dev.frequency_plan_id and as_dev.ids.join_eui


async def test_abp_registration_as_the_seed_sends_it(client, admin_key, unique_id, server):
    app = await new_app(client, admin_key, unique_id)
    _, dev_eui = new_euis()

    res = await put(client, admin_key, NS, app, abp_ns(dev_eui))
    assert res.code == OK, res.message
    res = await put(client, admin_key, AS, app, abp_as(dev_eui))
    assert res.code == OK, res.message

    res = await client.call(NS + "Get", get_request(
        app, "supports_join", "session", "mac_settings", "ids.dev_addr"), admin_key)
    assert res.code == OK, res.message
    ns = res.response
    assert not ns.supports_join and ns.ids.dev_addr == bytes.fromhex(DEV_ADDR)
    assert ns.session.dev_addr == bytes.fromhex(DEV_ADDR) and ns.session.HasField("started_at")
    keys = ns.session.keys
    # Before LoRaWAN 1.1 the three network session keys are one.
    assert keys.f_nwk_s_int_key.key == keys.nwk_s_enc_key.key == keys.s_nwk_s_int_key.key == bytes.fromhex(NWK_S_KEY)
    assert not keys.HasField("app_s_key")
    assert ns.mac_settings.resets_f_cnt.value is True
    assert list(ns.mac_settings.factory_preset_frequencies)[:2] == [868100000, 868300000]

    res = await client.call(AS + "Get", get_request(
        app, "session.keys.app_s_key.key", "session.dev_addr", "skip_payload_crypto",
        "skip_payload_crypto_override"), admin_key)
    assert res.code == OK, res.message
    as_dev = res.response
    assert as_dev.session.keys.app_s_key.key == bytes.fromhex(APP_S_KEY)
    assert as_dev.session.dev_addr == bytes.fromhex(DEV_ADDR)
    assert not as_dev.skip_payload_crypto and as_dev.HasField("skip_payload_crypto_override")
    if client.transport == "http":
        res = await client.raw("GET", f"/ns/applications/{app}/devices/{DEVICE}",
                               query=[("field_mask", "session.keys,mac_settings.factory_preset_frequencies")],
                               key=admin_key)
        assert res.json["session"]["keys"]["f_nwk_s_int_key"] == {"key": NWK_S_KEY}
        assert res.json["mac_settings"]["factory_preset_frequencies"][0] == "868100000"
        res = await client.raw("GET", f"/as/applications/{app}/devices/{DEVICE}",
                               query=[("field_mask", "session.keys.app_s_key.key,skip_payload_crypto_override")],
                               key=admin_key)
        assert res.json["session"] == {"keys": {"app_s_key": {"key": APP_S_KEY}}}
        assert res.json["skip_payload_crypto_override"] is False

    ns_dev, as_dev = await stored(server, "ns", app), await stored(server, "as", app)
    assert not ns_dev.session.keys.HasField("app_s_key") and not ns_dev.HasField("skip_payload_crypto_override")
    assert not as_dev.session.keys.HasField("f_nwk_s_int_key") and not as_dev.frequency_plan_id
    # The AS takes ids.dev_addr from the session on update, not on create (as upstream).
    assert not as_dev.ids.dev_addr
    res = await put(client, admin_key, AS, app, abp_as(dev_eui))
    assert res.code == OK and (await stored(server, "as", app)).ids.dev_addr == bytes.fromhex(DEV_ADDR)


# Field masks -----------------------------------------------------------------------------------
@pytest.mark.parametrize("registry, path", [
    (NS, "name"), (AS, "root_keys.app_key.key"), (JS, "frequency_plan_id"), (AS, "session.keys.f_nwk_s_int_key.key"),
])
async def test_registries_refuse_paths_they_do_not_set(client, admin_key, registry, path):
    res = await client.call(registry + "Set", set_request("any-app", [path]), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths", forbidden_paths=[path])


@pytest.mark.parametrize("registry, path", [(NS, "root_keys"), (JS, "session"), (AS, "frequency_plan_id")])
async def test_registries_refuse_paths_they_do_not_read(client, admin_key, registry, path):
    res = await client.call(registry + "Get", get_request("any-app", path), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths", forbidden_paths=[path])


async def test_values_below_an_asked_path_that_the_registry_does_not_set_are_refused(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    req = set_request(app, ["root_keys"], dev_eui=dev_eui, join_eui=join_eui)
    req.end_device.root_keys.app_key.key = bytes.fromhex(APP_KEY)
    req.end_device.root_keys.app_key.encrypted_key = b"wrapped"
    res = await client.call(JS + "Set", req, admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:non_zero_path",
                 path="root_keys.app_key.encrypted_key")
    req.end_device.root_keys.app_key.ClearField("encrypted_key")
    assert (await client.call(JS + "Set", req, admin_key)).code == OK


# Rights ----------------------------------------------------------------------------------------
async def test_key_material_needs_the_keys_rights(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    for registry, body in ((JS, otaa_js(dev_eui, join_eui)), (NS, abp_ns(dev_eui)), (AS, abp_as(dev_eui))):
        assert (await put(client, admin_key, registry, app, body)).code == OK
    reader = await population.key("application", app, R.RIGHT_APPLICATION_DEVICES_READ)
    for registry, path in ((JS, "root_keys.app_key.key"), (JS, "root_keys"), (AS, "session.keys.app_s_key.key"),
                           (NS, "session.keys.f_nwk_s_int_key.key")):
        res = await client.call(registry + "Get", get_request(app, path), reader)
        assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights",
                     missing=["RIGHT_APPLICATION_DEVICES_READ_KEYS"])
    # The NS asks for all it needs at once: the whole session holds keys and queued downlinks.
    res = await client.call(NS + "Get", get_request(app, "session"), reader)
    assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights",
                 missing=["RIGHT_APPLICATION_DEVICES_READ_KEYS", "RIGHT_APPLICATION_TRAFFIC_READ"])
    res = await client.call(JS + "Get", get_request(app, "network_server_address", "root_keys.root_key_id"), reader)
    assert res.code == OK and res.response.network_server_address == "thethings.example.com"
    res = await client.call(AS + "Get", get_request(app, "session.dev_addr"), reader)
    assert res.code == OK and not res.response.session.keys.HasField("app_s_key")

    writer = await population.key("application", app, R.RIGHT_APPLICATION_DEVICES_WRITE)
    res = await put(client, writer, JS, app, otaa_js(dev_eui, join_eui))
    assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights",
                 missing=["RIGHT_APPLICATION_DEVICES_WRITE_KEYS"])
    res = await put(client, writer, AS, app, abp_as(dev_eui))
    assert res.code == PERMISSION_DENIED
    res = await put(client, writer, NS, app, otaa_ns(dev_eui, join_eui))
    assert (res.code, res.error_name) != (PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
    res = await client.call(NS + "Get", get_request(app, "frequency_plan_id"), writer)
    assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights",
                 missing=["RIGHT_APPLICATION_DEVICES_READ"])
    res = await client.call(NS + "Delete", device_ids(app), reader)
    assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights",
                 missing=["RIGHT_APPLICATION_DEVICES_WRITE"])


async def test_unknown_applications(client, admin_key, population):
    res = await client.call(JS + "Get", get_request("no-such-app", "ids"), admin_key)
    assert_error(res, NOT_FOUND, "pkg/identityserver/store:application_not_found")
    await population.user("registry-stranger")
    stranger = await population.key("user", "registry-stranger", R.RIGHT_ALL)
    res = await client.call(NS + "Get", get_request("no-such-app", "ids"), stranger)
    assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")


# Input errors ----------------------------------------------------------------------------------
async def test_unknown_enum_values_are_refused(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    if client.transport == "http":
        body = otaa_ns(dev_eui, join_eui).replace('"1.0.2-b"', '"1.0.9-z"')
        res = await put(client, admin_key, NS, app, body)
        assert (res.http_status, res.code) == (400, INVALID_ARGUMENT) and not res.json.get("details")
        res = await put(client, admin_key, NS, app, otaa_ns(dev_eui, join_eui).replace('"1.0.2"', '"MAC_V9"'))
        assert (res.http_status, res.code) == (400, INVALID_ARGUMENT)
    else:
        req = ns_otaa(app, dev_eui, join_eui)
        req.end_device.lorawan_version = 99
        res = await client.call(NS + "Set", req, admin_key)
        assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation")


@pytest.mark.parametrize("bad", ["0123456789ABCDEF0123456789ABCD", "ZZ23456789ABCDEF0123456789ABCDEF"])
async def test_malformed_keys_are_refused(client, admin_key, unique_id, bad):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    if client.transport == "http":
        res = await put(client, admin_key, JS, app, otaa_js(dev_eui, join_eui).replace(APP_KEY, bad))
        assert (res.http_status, res.code) == (400, INVALID_ARGUMENT)
        res = await put(client, admin_key, AS, app, abp_as(dev_eui).replace(DEV_ADDR, DEV_ADDR + "00"))
        assert (res.http_status, res.code) == (400, INVALID_ARGUMENT)
    else:
        req = set_request(app, ["root_keys.app_key.key"], dev_eui=dev_eui, join_eui=join_eui)
        req.end_device.root_keys.app_key.key = bytes.fromhex(APP_KEY)[:15]
        res = await client.call(JS + "Set", req, admin_key)
        assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation")


async def test_frequency_plans_and_versions(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    req = ns_otaa(app, dev_eui, join_eui)
    req.end_device.frequency_plan_id = "EU_863_870_NOWHERE"
    # Upstream answers an unknown plan with its frequency plan store's NotFound.
    assert_error(await client.call(NS + "Set", req, admin_key), NOT_FOUND, "pkg/frequencyplans:not_found",
                 id="EU_863_870_NOWHERE")
    req.end_device.frequency_plan_id = "IN_865_867"
    req.end_device.lorawan_phy_version = 1  # TS001 1.0: not defined for the Indian band
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver/internal:no_band_version", id="IN_865_867")
    # A new device needs a plan and both versions.
    for path in ("frequency_plan_id", "lorawan_phy_version", "lorawan_version"):
        req = ns_otaa(app, dev_eui, join_eui)
        req.field_mask.paths.remove(path)
        assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                     "pkg/networkserver:field_value", field=path)
    req = ns_otaa(app, dev_eui, join_eui)
    req.end_device.lorawan_version = 0
    res = await client.call(NS + "Set", req, admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/networkserver:field_value", field="lorawan_version")
    assert res.details.cause.name == "field_bound"
    req = ns_otaa(app, dev_eui, join_eui, "version_ids.band_id")
    req.end_device.version_ids.band_id = "US_902_928"
    res = await client.call(NS + "Set", req, admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/networkserver:field_value", field="version_ids.band_id")
    assert res.details.cause.name == "device_and_frequency_plan_band_mismatch"
    assert (await client.call(NS + "Set", ns_otaa(app, dev_eui, join_eui), admin_key)).code == OK
    # Once created, a Set need not repeat them.
    req = set_request(app, ["supports_class_c"])
    req.end_device.supports_class_c = True
    res = await client.call(NS + "Set", req, admin_key)
    assert res.code == OK and res.response.supports_class_c


# OTAA and ABP ----------------------------------------------------------------------------------
async def test_otaa_and_abp_are_consistent(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    # OTAA needs both EUIs.
    req = ns_otaa(app, dev_eui, join_eui)
    req.end_device.ids.join_eui = b""
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="ids.join_eui")
    # ABP needs a session with a DevAddr and an FNwkSIntKey...
    req = ns_abp(app, dev_eui)
    req.field_mask.paths.remove("session.dev_addr")
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="session.dev_addr")
    req = ns_abp(app, dev_eui)
    req.end_device.session.keys.f_nwk_s_int_key.key = bytes(16)
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="session.keys.f_nwk_s_int_key.key")
    # ... no session key ID nor pending session of its own...
    req = ns_abp(app, dev_eui, "session.keys.session_key_id")
    req.end_device.session.keys.session_key_id = b"\x01\x02"
    res = await client.call(NS + "Set", req, admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/networkserver:field_value", field="session.keys.session_key_id")
    assert res.details.cause.name == "field_not_zero"
    # ... a DevEUI from LoRaWAN 1.0.4 on, all three network keys from 1.1 on.
    req = ns_abp(app, "", version=6)
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="ids.dev_eui")
    req = ns_abp(app, dev_eui, version=4)
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="session.keys.nwk_s_enc_key.key")
    # ids.dev_addr is the session's.
    req = ns_abp(app, dev_eui)
    req.end_device.ids.dev_addr = bytes.fromhex("01020304")
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="session.dev_addr")
    # A multicast device is class B or C.
    req = ns_abp(app, dev_eui, "multicast")
    req.end_device.multicast = True
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="supports_class_b")

    res = await client.call(NS + "Set", ns_abp(app, dev_eui), admin_key)
    assert res.code == OK, res.message
    # An ABP device stays ABP.
    req = set_request(app, ["supports_join"])
    req.end_device.supports_join = True
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="ids.join_eui")  # OTAA needs a JoinEUI first
    req = set_request(app, ["supports_join"], dev_eui=dev_eui, join_eui=join_eui)
    req.end_device.supports_join = True
    assert_error(await client.call(NS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/networkserver:field_value", field="supports_join")

    # The AS refuses a zero DevAddr or AppSKey it is asked to write.
    req = set_request(app, ["session.dev_addr"], dev_eui=dev_eui)
    req.end_device.session.dev_addr = bytes(4)
    assert_error(await client.call(AS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/applicationserver:field_value", field="session.dev_addr")
    req = set_request(app, ["session.keys.app_s_key.key"], dev_eui=dev_eui)
    assert_error(await client.call(AS + "Set", req, admin_key), INVALID_ARGUMENT,
                 "pkg/applicationserver:field_value", field="session.keys.app_s_key.key")
    # The JS needs the EUIs and a non-zero AppKey.
    req = set_request(app, ["root_keys.app_key.key"], dev_eui=dev_eui)
    assert_error(await client.call(JS + "Set", req, admin_key), INVALID_ARGUMENT, "pkg/joinserver:no_join_eui")
    req = set_request(app, ["root_keys.app_key.key"], dev_eui="0000000000000000", join_eui=join_eui)
    assert_error(await client.call(JS + "Set", req, admin_key), INVALID_ARGUMENT, "pkg/joinserver:no_dev_eui")
    req = set_request(app, ["root_keys.app_key.key"], dev_eui=dev_eui, join_eui=join_eui)
    req.end_device.root_keys.app_key.key = bytes(16)
    assert_error(await client.call(JS + "Set", req, admin_key), INVALID_ARGUMENT, "pkg/joinserver:field_value",
                 field="root_keys.app_key.key")


# Identifiers -----------------------------------------------------------------------------------
async def test_identifiers_are_fixed(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    other_join, other_dev = new_euis()
    assert (await put(client, admin_key, JS, app, otaa_js(dev_eui, join_eui))).code == OK
    # Within a registry, once stored...
    res = await put(client, admin_key, JS, app, otaa_js(other_dev, join_eui))
    assert_error(res, INVALID_ARGUMENT, "pkg/joinserver/redis:read_only_field", field="ids.dev_eui")
    # ... and unique.
    res = await put(client, admin_key, JS, app, otaa_js(dev_eui, join_eui), device_id="newdev2")
    assert_error(res, ALREADY_EXISTS, "pkg/internal/registry:end_device_euis_taken", device_id=DEVICE,
                 application_id=app, dev_eui=dev_eui, join_eui=join_eui)
    # The Identity Server's record of the device fixes its EUIs for every registry.
    create = end_device_pb2.CreateEndDeviceRequest()
    create.end_device.ids.CopyFrom(device_ids(app, "newdev3"))
    create.end_device.ids.dev_eui = bytes.fromhex(other_dev)
    create.end_device.ids.join_eui = bytes.fromhex(other_join)
    res = await client.call(IS_DEVICES + "Create", create, admin_key)
    assert res.code == OK, res.message
    for registry, body, error in (
        (JS, otaa_js(dev_eui, other_join), "pkg/joinserver/redis:read_only_field"),
        (NS, otaa_ns(dev_eui, other_join), "pkg/networkserver/redis:read_only_field"),
        (AS, otaa_as(other_dev, join_eui), "pkg/applicationserver/redis:read_only_field"),
    ):
        res = await put(client, admin_key, registry, app, body, device_id="newdev3")
        assert_error(res, INVALID_ARGUMENT, error)
    for registry, body in ((JS, otaa_js), (NS, otaa_ns), (AS, otaa_as)):
        res = await put(client, admin_key, registry, app, body(other_dev, other_join), device_id="newdev3")
        assert res.code == OK, (registry, res.message)


# Delete ----------------------------------------------------------------------------------------
async def test_delete_is_per_registry_and_final(client, admin_key, unique_id, server):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    for registry, body in ((JS, otaa_js), (NS, otaa_ns), (AS, otaa_as)):
        assert (await put(client, admin_key, registry, app, body(dev_eui, join_eui))).code == OK
    for i, (registry, get_error, delete_error) in enumerate((
        (JS, "pkg/joinserver:device_not_found", "pkg/joinserver:device_not_found"),
        (NS, "pkg/redis:not_found", "pkg/networkserver:device_not_found"),
        (AS, "pkg/redis:not_found", "pkg/applicationserver:device_not_found"),
    )):
        res = await client.call(registry + "Delete", device_ids(app), admin_key)
        assert res.code == OK, res.message
        if client.transport == "http":
            assert res.json == {}
        assert_error(await client.call(registry + "Get", get_request(app, "ids"), admin_key), NOT_FOUND, get_error)
        assert_error(await client.call(registry + "Delete", device_ids(app), admin_key), NOT_FOUND, delete_error)
        # The other registries keep their part until deleted there.
        for component in ("js", "ns", "as")[i + 1:]:
            assert await stored(server, component, app) is not None
    res = await client.call(AS + "Delete", device_ids(app, "never"), admin_key)
    assert_error(res, NOT_FOUND, "pkg/applicationserver:device_not_found", device_uid=f"{app}.never")
    # Deleted, the EUIs are free again in that registry.
    assert (await put(client, admin_key, JS, app, otaa_js(dev_eui, join_eui), device_id="newdev2")).code == OK


# Events and the rest -----------------------------------------------------------------------------
async def test_changes_are_published(client, admin_key, unique_id, server):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    assert (await put(client, admin_key, JS, app, otaa_js(dev_eui, join_eui))).code == OK
    assert (await put(client, admin_key, JS, app, otaa_js(dev_eui, join_eui))).code == OK
    assert (await client.call(JS + "Delete", device_ids(app), admin_key)).code == OK
    events = [
        e for e in server.bus.history()
        if e.name.startswith("js.end_device.") and e.identifiers[0].device_ids.application_ids.application_id == app
    ]
    assert [e.name for e in events] == ["js.end_device.create", "js.end_device.update", "js.end_device.delete"]
    assert all(list(e.visibility.rights) == [R.RIGHT_APPLICATION_DEVICES_READ] for e in events)
    assert events[0].identifiers[0].device_ids.device_id == DEVICE
    paths = struct_pb2.Value()
    assert events[1].data.Unpack(paths)
    assert [v.string_value for v in paths.list_value.values] == json.loads(otaa_js(dev_eui, join_eui))[
        "field_mask"]["paths"]
    assert not events[0].HasField("data") and not events[2].HasField("data")


async def test_skip_payload_crypto_is_kept_as_its_override(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    req = set_request(app, ["skip_payload_crypto"])
    req.end_device.skip_payload_crypto = True
    assert (await client.call(AS + "Set", req, admin_key)).code == OK
    res = await client.call(AS + "Get", get_request(app, "skip_payload_crypto", "skip_payload_crypto_override"),
                            admin_key)
    assert res.code == OK and res.response.skip_payload_crypto and res.response.skip_payload_crypto_override.value


async def test_reset_factory_defaults(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    join_eui, dev_eui = new_euis()
    res = await client.call(NS + "Set", ns_abp(app, dev_eui), admin_key)
    assert res.code == OK, res.message
    req = end_device_pb2.ResetAndGetEndDeviceRequest(field_mask=field_mask_pb2.FieldMask(paths=["session"]))
    req.end_device_ids.CopyFrom(device_ids(app))
    res = await client.call(NS + "ResetFactoryDefaults", req, admin_key)
    assert res.code == OK, res.message
    assert res.response.session.dev_addr == bytes.fromhex(DEV_ADDR)
    assert res.response.session.keys.f_nwk_s_int_key.key == bytes.fromhex(NWK_S_KEY)
    req.end_device_ids.device_id = "never"
    assert_error(await client.call(NS + "ResetFactoryDefaults", req, admin_key), NOT_FOUND,
                 "pkg/networkserver:device_not_found")
    other = await new_app(client, admin_key, unique_id + "-otaa")
    join_eui, dev_eui = new_euis()
    assert (await client.call(NS + "Set", ns_otaa(other, dev_eui, join_eui), admin_key)).code == OK
    req.end_device_ids.CopyFrom(device_ids(other))
    res = await client.call(NS + "ResetFactoryDefaults", req, admin_key)
    assert res.code == OK and not res.response.HasField("session")
