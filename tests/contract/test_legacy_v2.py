"""The TTN v2 handler ApplicationManager HTTP API (legacy), over HTTP only (v2 has no v3 gRPC).

Every request of the seed's reference is sent with its body as written (real IDs in place of
``some-app-id``/``some-dev-id``), with ``Authorization: Key <API key>`` as v2 clients sent it;
what it did is then read back through the v3 registries.
"""

from __future__ import annotations

import base64
import itertools
import json

import pytest
from google.protobuf import field_mask_pb2

from ttn.lorawan.v3 import applicationserver_pb2, end_device_pb2, rights_pb2

from support.requests import REG, create_request

R = rights_pb2
_ids = itertools.count(1)
_euis = itertools.count(1)
JS, NS, AS = (f"/ttn.lorawan.v3.{c}EndDeviceRegistry/" for c in ("Js", "Ns", "As"))
IS_DEVICES = "/ttn.lorawan.v3.EndDeviceRegistry/"

# The seed's application and device, as written (IDs substituted by the tests).
APPLICATION = """{
  "app_id": "some-app-id",
  "converter": "function Converter(decoded, port) {...",
  "decoder": "function Decoder(bytes, port) {...",
  "encoder": "Encoder(object, port) {...",
  "payload_format": "",
  "register_on_join_access_key": "",
  "validator": "Validator(converted, port) {..."
}"""

DEVICE = """{
  "altitude": 0,
  "app_id": "some-app-id",
  "attributes": {
    "key": "",
    "value": ""
  },
  "description": "Some description of the device",
  "dev_id": "some-dev-id",
  "latitude": 52.375,
  "longitude": 4.887,
  "lorawan_device": {
    "activation_constraints": "local",
    "app_eui": "0102030405060708",
    "app_id": "some-app-id",
    "app_key": "01020304050607080102030405060708",
    "app_s_key": "01020304050607080102030405060708",
    "dev_addr": "01020304",
    "dev_eui": "0102030405060708",
    "dev_id": "some-dev-id",
    "disable_f_cnt_check": false,
    "f_cnt_down": 0,
    "f_cnt_up": 0,
    "last_seen": 0,
    "nwk_s_key": "01020304050607080102030405060708",
    "uses32_bit_f_cnt": true
  }
}"""


class V2:
    """HTTP requests as a v2 client makes them."""

    def __init__(self, http_client, key: str, scheme: str = "Key") -> None:
        self.session = http_client.session
        self.base = http_client.base_url.removesuffix("/api/v3")
        self.authorization = f"{scheme} {key}" if key else ""

    async def __call__(self, method: str, path: str, body: str | None = None):
        headers = {"Authorization": self.authorization} if self.authorization else {}
        if body is not None:
            headers["Content-Type"] = "application/json"
        async with self.session.request(method, self.base + path, data=body, headers=headers) as resp:
            raw = await resp.read()
            return resp.status, (json.loads(raw) if raw and resp.content_type == "application/json" else raw)


@pytest.fixture
def v2(http_client, admin_key):
    return V2(http_client, admin_key)


@pytest.fixture
async def app_id(http_client, admin_key):
    app = f"legacy-app{next(_ids)}"
    res = await http_client.call(REG + "Create", create_request(app), admin_key)
    assert res.code == 0, res.message
    return app


def application(app: str) -> str:
    return APPLICATION.replace("some-app-id", app)


def device(app: str, dev: str, eui: str | None = None) -> str:
    body = DEVICE.replace("some-app-id", app).replace("some-dev-id", dev)
    if eui is not None:
        body = body.replace('"dev_eui": "0102030405060708"', f'"dev_eui": "{eui}"')
    return body


def new_eui() -> str:
    return f"00F1E0D0{next(_euis):08X}"


def get_request(app: str, dev: str, *paths: str) -> end_device_pb2.GetEndDeviceRequest:
    req = end_device_pb2.GetEndDeviceRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.end_device_ids.application_ids.application_id = app
    req.end_device_ids.device_id = dev
    return req


# Applications ------------------------------------------------------------------------------------
async def test_register_get_set_and_delete_an_application(v2, app_id, http_client, admin_key):
    res = await v2("POST", "/applications", json.dumps({"app_id": app_id}))
    assert res == (200, {}), res
    status, body = await v2("POST", "/applications", json.dumps({"app_id": app_id}))
    assert status == 409 and body["code"] == 6

    status, body = await v2("GET", f"/applications/{app_id}")
    assert status == 200
    assert body == {"app_id": app_id, "payload_format": "", "decoder": "", "converter": "", "validator": "",
                    "encoder": "", "register_on_join_access_key": ""}

    for method in ("PUT", "POST"):
        assert await v2(method, f"/applications/{app_id}", application(app_id)) == (200, {})
        status, body = await v2("GET", f"/applications/{app_id}")
        assert status == 200
        assert body == {**json.loads(application(app_id)), "payload_format": "custom"}

    # The v3 view: the link's default formatters, JavaScript both ways.
    req = applicationserver_pb2.GetApplicationLinkRequest(field_mask=field_mask_pb2.FieldMask(paths=["default_formatters"]))
    req.application_ids.application_id = app_id
    link = (await http_client.call("/ttn.lorawan.v3.As/GetLink", req, admin_key)).response
    assert link.default_formatters.up_formatter == 3 and link.default_formatters.down_formatter == 3
    assert link.default_formatters.down_formatter_parameter == "Encoder(object, port) {..."

    cayenne = json.dumps({"app_id": app_id, "payload_format": "cayennelpp"})
    assert await v2("PUT", f"/applications/{app_id}", cayenne) == (200, {})
    assert (await v2("GET", f"/applications/{app_id}"))[1]["payload_format"] == "cayennelpp"

    assert await v2("DELETE", f"/applications/{app_id}") == (200, {})
    assert (await v2("GET", f"/applications/{app_id}"))[1]["payload_format"] == ""
    # The application itself stays in the Identity Server.
    assert (await v2("POST", "/applications", json.dumps({"app_id": app_id})))[0] == 200


async def test_application_errors(v2, app_id, http_client, admin_key):
    status, body = await v2("GET", "/applications/no-such-app")
    assert status == 404 and body["code"] == 5 and body["error"]
    status, body = await v2("PUT", f"/applications/{app_id}", json.dumps({"payload_format": "xml"}))
    assert status == 400 and body["code"] == 3
    status, body = await v2("PUT", f"/applications/{app_id}", json.dumps({"register_on_join_access_key": "x"}))
    assert status == 400
    status, body = await v2("PUT", f"/applications/{app_id}", "{not json")
    assert status == 400 and body["code"] == 3
    assert (await v2("PATCH", f"/applications/{app_id}", "{}"))[0] == 405
    assert (await v2("GET", f"/applications/{app_id}/nothing"))[0] == 404


async def test_auth_schemes_and_rights(http_client, app_id, admin_key, population):
    anonymous = V2(http_client, "")
    status, body = await anonymous("GET", f"/applications/{app_id}")
    assert status == 401 and body["code"] == 16  # as v3's ApplicationRegistry.Get answers
    assert (await V2(http_client, admin_key, "Bearer")("GET", f"/applications/{app_id}"))[0] == 200
    # A v2 access key is no API key of ttsl: refused as v3 refuses a malformed token.
    status, body = await V2(http_client, "ttn-account-v2.secret")("GET", f"/applications/{app_id}")
    assert status == 400 and body["code"] == 3 and "token" in body["error"]

    # An application key with devices rights only: devices yes, application settings no.
    key = await population.key("application", app_id, R.RIGHT_APPLICATION_DEVICES_READ,
                               R.RIGHT_APPLICATION_DEVICES_WRITE, R.RIGHT_APPLICATION_DEVICES_WRITE_KEYS)
    limited = V2(http_client, key)
    assert (await limited("PUT", f"/applications/{app_id}", application(app_id)))[0] == 403
    assert (await limited("PUT", f"/applications/{app_id}/devices/dev1", device(app_id, "dev1", new_eui())))[0] == 200
    status, body = await limited("GET", f"/applications/{app_id}/devices/dev1")
    assert status == 200
    # Without RIGHT_APPLICATION_DEVICES_READ_KEYS the keys are left out.
    assert body["lorawan_device"]["app_key"] == "" and body["lorawan_device"]["app_s_key"] == ""
    assert body["lorawan_device"]["dev_addr"] == "01020304"
    # Writing keys needs RIGHT_APPLICATION_DEVICES_WRITE_KEYS, as in v3.
    no_keys = V2(http_client, await population.key("application", app_id, R.RIGHT_APPLICATION_DEVICES_READ,
                                                   R.RIGHT_APPLICATION_DEVICES_WRITE))
    assert (await no_keys("PUT", f"/applications/{app_id}/devices/dev2", device(app_id, "dev2", new_eui())))[0] == 403
    reader = V2(http_client, await population.key("application", app_id, R.RIGHT_APPLICATION_INFO))
    assert (await reader("GET", f"/applications/{app_id}/devices/dev1"))[0] == 403
    assert (await reader("DELETE", f"/applications/{app_id}/devices/dev1"))[0] == 403


# Devices -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("method, with_id", [("PUT", True), ("POST", False), ("PUT", False), ("POST", True)])
async def test_set_get_list_and_delete_a_device(v2, app_id, http_client, admin_key, method, with_id):
    eui = new_eui()
    path = f"/applications/{app_id}/devices" + ("/some-dev" if with_id else "")
    res = await v2(method, path, device(app_id, "some-dev", eui))
    assert res == (200, {}), res

    status, body = await v2("GET", f"/applications/{app_id}/devices/some-dev")
    assert status == 200
    expected = json.loads(device(app_id, "some-dev", eui))
    expected["attributes"] = {}
    expected["lorawan_device"]["activation_constraints"] = "otaa"
    assert body == expected

    status, body = await v2("GET", f"/applications/{app_id}/devices")
    assert status == 200 and body == {"devices": [expected]}

    # The v3 registries hold their parts.
    res = await http_client.call(JS + "Get", get_request(app_id, "some-dev", "root_keys.app_key.key"), admin_key)
    assert res.response.root_keys.app_key.key.hex() == "01020304050607080102030405060708"
    res = await http_client.call(NS + "Get", get_request(app_id, "some-dev", "frequency_plan_id", "lorawan_version",
                                                         "supports_join", "session.dev_addr"), admin_key)
    ns = res.response
    assert (ns.frequency_plan_id, ns.lorawan_version, ns.supports_join, ns.session.dev_addr.hex()) == (
        "EU_863_870_TTN", 3, True, "01020304")
    res = await http_client.call(IS_DEVICES + "Get", get_request(app_id, "some-dev", "description", "locations"),
                                 admin_key)
    assert res.response.description == "Some description of the device"
    assert res.response.locations["user"].latitude == pytest.approx(52.375)

    # An update: other counters, keys and attributes; the frequency plan stays.
    update = json.loads(device(app_id, "some-dev", eui))
    update["lorawan_device"].update(f_cnt_up=7, f_cnt_down=3, uses32_bit_f_cnt=False,
                                    app_s_key="0A" * 16, app_key="0B" * 16)
    update["attributes"] = {"room": "kitchen"}
    assert await v2("PUT", f"/applications/{app_id}/devices/some-dev", json.dumps(update)) == (200, {})
    body = (await v2("GET", f"/applications/{app_id}/devices/some-dev"))[1]
    assert body["attributes"] == {"room": "kitchen"}
    assert body["lorawan_device"]["activation_constraints"] == "otaa"
    assert (body["lorawan_device"]["app_s_key"], body["lorawan_device"]["app_key"]) == ("0A" * 16, "0B" * 16)
    assert (body["lorawan_device"]["f_cnt_up"], body["lorawan_device"]["f_cnt_down"]) == (7, 3)
    assert body["lorawan_device"]["uses32_bit_f_cnt"] is False

    assert await v2("DELETE", f"/applications/{app_id}/devices/some-dev") == (200, {})
    assert (await v2("GET", f"/applications/{app_id}/devices/some-dev"))[0] == 404
    for registry in (JS, NS, AS):
        assert (await http_client.call(registry + "Get", get_request(app_id, "some-dev"), admin_key)).code == 5
    assert await v2("GET", f"/applications/{app_id}/devices") == (200, {"devices": []})
    assert (await v2("DELETE", f"/applications/{app_id}/devices/some-dev"))[0] == 404


async def test_abp_device_and_delete_application_deletes_devices(v2, app_id, http_client, admin_key):
    body = json.loads(device(app_id, "abp-dev", new_eui()))
    body["lorawan_device"].update(app_key="", activation_constraints="abp", disable_f_cnt_check=True)
    assert await v2("POST", f"/applications/{app_id}/devices", json.dumps(body)) == (200, {})
    got = (await v2("GET", f"/applications/{app_id}/devices/abp-dev"))[1]
    assert got["lorawan_device"]["activation_constraints"] == "abp"
    assert got["lorawan_device"]["disable_f_cnt_check"] is True
    assert got["lorawan_device"]["app_s_key"] == "01020304050607080102030405060708"
    assert (await http_client.call(JS + "Get", get_request(app_id, "abp-dev"), admin_key)).code == 5

    assert await v2("DELETE", f"/applications/{app_id}") == (200, {})
    assert await v2("GET", f"/applications/{app_id}/devices") == (200, {"devices": []})


async def test_device_errors(v2, app_id):
    status, body = await v2("POST", f"/applications/{app_id}/devices", json.dumps({"description": "x"}))
    assert status == 400 and body["code"] == 3
    bad = json.loads(device(app_id, "bad", new_eui()))
    bad["lorawan_device"]["app_key"] = "0102"
    status, body = await v2("PUT", f"/applications/{app_id}/devices/bad", json.dumps(bad))
    assert status == 400 and "app_key" in body["error"]
    assert (await v2("GET", f"/applications/{app_id}/devices/none"))[0] == 404
    assert (await v2("PUT", f"/applications/no-such-app/devices/xyz", device("no-such-app", "xyz", new_eui())))[0] == 404


async def _nowhere(http_client, admin_key, app_id: str, dev_id: str) -> None:
    """No registry has the device (nothing half created)."""
    for registry in (IS_DEVICES, JS, NS, AS):
        res = await http_client.call(registry + "Get", get_request(app_id, dev_id), admin_key)
        assert res.code == 5, (registry, res.code, res.message)


async def test_set_device_without_write_keys_creates_nothing(v2, app_id, http_client, admin_key, population):
    no_keys = V2(http_client, await population.key("application", app_id, R.RIGHT_APPLICATION_DEVICES_READ,
                                                   R.RIGHT_APPLICATION_DEVICES_WRITE))
    otaa = json.loads(device(app_id, "otaa", new_eui()))
    otaa["lorawan_device"].update(dev_addr="", nwk_s_key="", app_s_key="")  # keys: the root key only
    abp = json.loads(device(app_id, "abp", new_eui()))
    abp["lorawan_device"].update(app_key="")  # keys: the session's only
    for body in (otaa, abp):
        dev_id = body["dev_id"]
        status, answer = await no_keys("POST", f"/applications/{app_id}/devices", json.dumps(body))
        assert status == 403 and answer["code"] == 7, answer
        await _nowhere(http_client, admin_key, app_id, dev_id)
    # Without keys, the rights suffice; the Network Server then refuses an ABP device without
    # a session, after the Identity Server's create: undone.
    plain = json.loads(device(app_id, "plain", new_eui()))
    plain["lorawan_device"].update(app_key="", dev_addr="", nwk_s_key="", app_s_key="")
    status, answer = await no_keys("POST", f"/applications/{app_id}/devices", json.dumps(plain))
    assert status == 400 and "pkg/networkserver:field_value" in answer["error"], answer
    await _nowhere(http_client, admin_key, app_id, "plain")
    # An update of an existing device is refused before anything changes too.
    assert await v2("PUT", f"/applications/{app_id}/devices/otaa", json.dumps(otaa)) == (200, {})
    otaa["description"] = "changed"
    assert (await no_keys("PUT", f"/applications/{app_id}/devices/otaa", json.dumps(otaa)))[0] == 403
    assert (await v2("GET", f"/applications/{app_id}/devices/otaa"))[1]["description"] == "Some description of the device"


async def test_set_device_undoes_the_create_when_a_later_step_fails(v2, app_id, http_client, admin_key, monkeypatch):
    from server.errors import PlainStatus
    from server.legacy.handler import ApplicationManager
    import grpc

    original = ApplicationManager._set

    async def failing(self, ctx, method, device_, paths):
        if method == "AsEndDeviceRegistry/Set":
            raise PlainStatus(grpc.StatusCode.UNAVAILABLE, "application server unavailable")
        await original(self, ctx, method, device_, paths)

    monkeypatch.setattr(ApplicationManager, "_set", failing)
    status, answer = await v2("POST", f"/applications/{app_id}/devices", device(app_id, "undone", new_eui()))
    assert status == 503 and answer["code"] == 14, answer
    await _nowhere(http_client, admin_key, app_id, "undone")
    monkeypatch.setattr(ApplicationManager, "_set", original)
    assert await v2("POST", f"/applications/{app_id}/devices", device(app_id, "undone", new_eui())) == (200, {})


@pytest.mark.parametrize("field, value", [
    ("altitude", 99999999999), ("altitude", 1e308), ("altitude", -2147483649), ("altitude", 2147483648),
    ("altitude", "1e400"), ("latitude", 90.5), ("latitude", -91), ("latitude", 1e308), ("latitude", "NaN"),
    ("latitude", "Infinity"), ("longitude", 180.01), ("longitude", -1e308), ("longitude", "-inf"),
    ("altitude", "NaN"),
])
async def test_device_locations_out_of_range_are_refused(v2, app_id, field, value):
    body = json.loads(device(app_id, "far", new_eui()))
    body[field] = value
    for method, path in (("POST", f"/applications/{app_id}/devices"), ("PUT", f"/applications/{app_id}/devices/far")):
        status, answer = await v2(method, path, json.dumps(body))
        assert status == 400 and answer["code"] == 3 and field in answer["error"], answer
    assert (await v2("GET", f"/applications/{app_id}/devices/far"))[0] == 404


async def test_device_locations_at_the_bounds_are_kept(v2, app_id, http_client, admin_key):
    body = json.loads(device(app_id, "edge", new_eui()))
    body.update(latitude=-90, longitude=180, altitude=-2147483648)
    assert await v2("POST", f"/applications/{app_id}/devices", json.dumps(body)) == (200, {})
    got = (await v2("GET", f"/applications/{app_id}/devices/edge"))[1]
    assert (got["latitude"], got["longitude"], got["altitude"]) == (-90, 180, -2147483648)
    # A number JSON cannot hold as a double is the body's error.
    raw = json.dumps(body).replace("-2147483648", "1e999")
    status, answer = await v2("PUT", f"/applications/{app_id}/devices/edge", raw)
    assert status == 400 and answer["code"] == 3


# Payload functions -------------------------------------------------------------------------------
DECODER = "function Decoder(bytes, port) { console.log('port', port); return { value: bytes[0] + bytes[1] }; }"
CONVERTER = "function Converter(decoded, port) { decoded.value = decoded.value * 10; return decoded; }"
VALIDATOR = "function Validator(converted, port) { return converted.value < 100; }"
ENCODER = "function Encoder(object, port) { console.log(object); return [object.value, port]; }"


def dry_app(**functions: str) -> dict:
    return {"payload_format": "custom", **functions}


async def test_dry_uplink(v2, app_id):
    body = {"app": dry_app(decoder=DECODER, converter=CONVERTER, validator=VALIDATOR),
            "payload": base64.b64encode(b"\x01\x02").decode(), "port": 5}
    status, result = await v2("POST", f"/applications/{app_id}/dry-uplink", json.dumps(body))
    assert status == 200
    assert json.loads(result["fields"]) == {"value": 30}
    assert result["valid"] is True and result["payload"] == "AQI="
    assert result["logs"] == [{"function": "decoder", "fields": ['"port"', "5"]}]

    body["payload"] = base64.b64encode(b"\x09\x09").decode()
    result = (await v2("POST", f"/applications/{app_id}/dry-uplink", json.dumps(body)))[1]
    assert json.loads(result["fields"]) == {"value": 180} and result["valid"] is False

    body["app"] = dry_app(decoder="function Decoder(bytes, port) { throw new Error('bad'); }")
    status, result = await v2("POST", f"/applications/{app_id}/dry-uplink", json.dumps(body))
    assert status == 400 and "decoder" in result["error"]

    body = {"app": {"payload_format": "cayennelpp"}, "payload": base64.b64encode(bytes([1, 103, 0, 235])).decode(),
            "port": 1}
    result = (await v2("POST", f"/applications/{app_id}/dry-uplink", json.dumps(body)))[1]
    assert json.loads(result["fields"]) == {"temperature_1": 23.5}


async def test_dry_downlink(v2, app_id):
    body = {"app": dry_app(encoder=ENCODER), "fields": json.dumps({"value": 7}), "port": 2}
    status, result = await v2("POST", f"/applications/{app_id}/dry-downlink", json.dumps(body))
    assert status == 200
    assert base64.b64decode(result["payload"]) == bytes([7, 2])
    assert result["logs"] == [{"function": "encoder", "fields": ['{"value":7}']}]
    status, result = await v2("POST", f"/applications/{app_id}/dry-downlink", json.dumps({"fields": "[1]"}))
    assert status == 400


@pytest.mark.parametrize("returned", [
    "[NaN]", "[Infinity]", "[-Infinity]", "[1e300]", "[256]", "[-1]", "[1.5]", "[true]", "['1']", "[null]",
    "[function () {}]", "[1, 2, 1e308]",
])
async def test_dry_downlink_refuses_encoded_values_that_are_not_bytes(v2, app_id, returned):
    encoder = f"function Encoder(object, port) {{ return {returned}; }}"
    body = {"app": dry_app(encoder=encoder), "fields": json.dumps({"value": 7}), "port": 2}
    status, result = await v2("POST", f"/applications/{app_id}/dry-downlink", json.dumps(body))
    assert status == 400, result
    assert set(result) == {"error", "code"} and result["code"] == 3
    assert "encoder failed: does not return an Array of" in result["error"]


async def test_dry_downlink_accepts_integral_numbers_in_range(v2, app_id):
    encoder = "function Encoder(object, port) { return [0, 255, 2.0, -0]; }"
    body = {"app": dry_app(encoder=encoder), "fields": json.dumps({"value": 7}), "port": 2}
    status, result = await v2("POST", f"/applications/{app_id}/dry-downlink", json.dumps(body))
    assert status == 200 and base64.b64decode(result["payload"]) == bytes([0, 255, 2, 0])


@pytest.mark.parametrize("functions, message", [
    ({"converter": "function Converter(decoded, port) { return 5; }"}, "converter failed: does not return an object"),
    ({"converter": "function Converter(decoded, port) { return null; }"}, "converter failed: does not return an object"),
    ({"converter": "function Converter(decoded, port) { return [1]; }"}, "converter failed: does not return an object"),
    ({"validator": "function Validator(converted, port) { return 1; }"}, "validator failed: does not return a boolean"),
    ({"validator": "function Validator(converted, port) { return 'true'; }"}, "validator failed: does not return a boolean"),
])
async def test_dry_uplink_refuses_converters_and_validators_of_the_wrong_type(v2, app_id, functions, message):
    body = {"app": dry_app(decoder=DECODER, **functions), "payload": base64.b64encode(b"\x01\x02").decode(), "port": 5}
    status, result = await v2("POST", f"/applications/{app_id}/dry-uplink", json.dumps(body))
    assert status == 400, result
    assert set(result) == {"error", "code"} and result["code"] == 3
    assert message in result["error"]


async def test_dry_runs_need_rights(http_client, app_id, population):
    reader = V2(http_client, await population.key("application", app_id, R.RIGHT_APPLICATION_INFO))
    assert (await reader("POST", f"/applications/{app_id}/dry-uplink", "{}"))[0] == 403


async def test_set_functions_are_used_by_v3_decoding(v2, app_id, http_client, admin_key):
    app = {"app_id": app_id, "decoder": DECODER, "converter": CONVERTER, "validator": VALIDATOR, "encoder": ENCODER}
    assert await v2("PUT", f"/applications/{app_id}", json.dumps(app)) == (200, {})
    got = (await v2("GET", f"/applications/{app_id}"))[1]
    assert (got["decoder"], got["converter"], got["validator"], got["encoder"]) == (
        DECODER, CONVERTER, VALIDATOR, ENCODER)
    req = applicationserver_pb2.GetApplicationLinkRequest(field_mask=field_mask_pb2.FieldMask(paths=["default_formatters"]))
    req.application_ids.application_id = app_id
    link = (await http_client.call("/ttn.lorawan.v3.As/GetLink", req, admin_key)).response
    decode = applicationserver_pb2.DecodeUplinkRequest(
        formatter=3, parameter=link.default_formatters.up_formatter_parameter)
    decode.end_device_ids.application_ids.application_id = app_id
    decode.end_device_ids.device_id = "any"
    decode.uplink.f_port, decode.uplink.frm_payload = 1, b"\x01\x02"
    decode.uplink.settings.data_rate.lora.bandwidth = 125000
    decode.uplink.settings.data_rate.lora.spreading_factor = 7
    decode.uplink.settings.data_rate.lora.coding_rate = "4/5"
    decode.uplink.settings.frequency = 868100000
    res = await http_client.call("/ttn.lorawan.v3.AppAs/DecodeUplink", decode, admin_key)
    assert res.code == 0, res.message
    assert dict(res.response.uplink.decoded_payload) == {"value": 30}


@pytest.mark.parametrize("functions, error", [
    ({"converter": "function Converter(decoded, port) { return 5; }"}, "converter does not return an object"),
    ({"validator": "function Validator(converted, port) { return 1; }"}, "validator does not return a boolean"),
    ({"validator": "function Validator(converted, port) { return false; }"}, "validator rejected the payload"),
])
async def test_v3_decoding_refuses_converters_and_validators_of_the_wrong_type(v2, app_id, http_client, admin_key,
                                                                               functions, error):
    app = {"app_id": app_id, "decoder": DECODER, **functions}
    assert await v2("PUT", f"/applications/{app_id}", json.dumps(app)) == (200, {})
    req = applicationserver_pb2.GetApplicationLinkRequest(field_mask=field_mask_pb2.FieldMask(paths=["default_formatters"]))
    req.application_ids.application_id = app_id
    link = (await http_client.call("/ttn.lorawan.v3.As/GetLink", req, admin_key)).response
    decode = applicationserver_pb2.DecodeUplinkRequest(
        formatter=3, parameter=link.default_formatters.up_formatter_parameter)
    decode.end_device_ids.application_ids.application_id = app_id
    decode.end_device_ids.device_id = "any"
    decode.uplink.f_port, decode.uplink.frm_payload = 1, b"\x01\x02"
    decode.uplink.settings.data_rate.lora.bandwidth = 125000
    decode.uplink.settings.data_rate.lora.spreading_factor = 7
    decode.uplink.settings.data_rate.lora.coding_rate = "4/5"
    decode.uplink.settings.frequency = 868100000
    res = await http_client.call("/ttn.lorawan.v3.AppAs/DecodeUplink", decode, admin_key)
    assert res.code != 0 and error in res.message, res.message


async def test_simulate_uplink(v2, app_id, server):
    assert await v2("PUT", f"/applications/{app_id}/devices/sim-dev", device(app_id, "sim-dev", new_eui())) == (200, {})
    body = json.dumps({"app_id": app_id, "dev_id": "sim-dev", "payload": "AQI=", "port": 1})
    status, result = await v2("POST", f"/applications/{app_id}/devices/sim-dev/simulate-uplink", body)
    if "/ttn.lorawan.v3.AppAs/SimulateUplink" in server.pipeline.methods:
        assert (status, result) == (200, {})
    else:
        assert status == 501 and result["code"] == 12


async def test_the_v3_api_and_other_paths_are_untouched(http_client, app_id, admin_key):
    session, base = http_client.session, http_client.base_url.removesuffix("/api/v3")
    # v3 keeps its own authorization schemes: `Key` is v2's only.
    async with session.get(f"{base}/api/v3/applications/{app_id}", headers={"Authorization": f"Key {admin_key}"}) as resp:
        assert resp.status == 401
    async with session.get(f"{base}/api/v3/applications/{app_id}", headers={"Authorization": f"Bearer {admin_key}"}) as resp:
        assert resp.status == 200 and (await resp.json())["ids"]["application_id"] == app_id
    for path in ("/healthz/live", "/nothing", "/applicationsx"):
        async with session.get(base + path) as resp:
            assert resp.status == (200 if path == "/healthz/live" else 404)
