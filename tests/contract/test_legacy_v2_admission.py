"""The v2 layer admits what it checks as the pipeline admits a v3 call: field mask, validation,
authentication, rights, in that order. A v2 request whose v3 counterpart fails validation gets
that error, ahead of any rights error, as the v3 call does."""

from __future__ import annotations

import itertools
import json

import pytest
from google.protobuf import field_mask_pb2

from support.requests import REG, create_request
from ttn.lorawan.v3 import applicationserver_pb2, end_device_pb2, rights_pb2

R = rights_pb2
_ids = itertools.count(1)
DECODE = "/ttn.lorawan.v3.AppAs/DecodeUplink"
UPDATE = "/ttn.lorawan.v3.EndDeviceRegistry/Update"
VALIDATION = "pkg/errors:validation"


async def _v2(http_client, key: str, method: str, path: str, body: dict) -> tuple[int, dict]:
    base = http_client.base_url.removesuffix("/api/v3")
    headers = {"Authorization": f"Key {key}", "Content-Type": "application/json"}
    async with http_client.session.request(method, base + path, data=json.dumps(body), headers=headers) as resp:
        return resp.status, json.loads(await resp.read())


@pytest.fixture
async def app_id(http_client, admin_key):
    app = f"legacy-admit{next(_ids)}"
    res = await http_client.call(REG + "Create", create_request(app), admin_key)
    assert res.code == 0, res.message
    return app


def _decode(app: str, port: int) -> applicationserver_pb2.DecodeUplinkRequest:
    req = applicationserver_pb2.DecodeUplinkRequest()
    req.end_device_ids.application_ids.application_id = app
    req.end_device_ids.device_id = "dev1"
    req.uplink.f_port = port
    req.uplink.settings.data_rate.lora.bandwidth = 125000
    req.uplink.settings.data_rate.lora.spreading_factor = 7
    req.uplink.settings.frequency = 868100000
    return req


@pytest.mark.parametrize("port, reason", [
    (256, "value must be less than or equal to 255"),
    (224, "value must not be in list [224]"),
])
async def test_a_dry_uplink_on_a_port_v3_refuses_is_refused(http_client, admin_key, app_id, port, reason):
    v3 = await http_client.call(DECODE, _decode(app_id, port), admin_key)
    assert (v3.code, v3.error_name) == (3, VALIDATION)
    assert v3.details.cause.attributes["reason"] == reason

    status, body = await _v2(http_client, admin_key, "POST", f"/applications/{app_id}/dry-uplink",
                             {"app": {"payload_format": "custom", "decoder": "function Decoder() { return {}; }"},
                              "port": port})
    assert (status, body["code"]) == (400, 3), body
    assert body["error"] == v3.message == "error:pkg/errors:validation (invalid `uplink`: embedded message failed validation)"


async def test_a_dry_run_on_an_invalid_application_id_is_a_validation_error_before_rights(http_client, admin_key,
                                                                                         population, app_id):
    # Without TRAFFIC_READ, and on an ID no application can have: v3 answers the ID first.
    key = await population.key("application", app_id, R.RIGHT_APPLICATION_INFO)
    v3 = await http_client.call(DECODE, _decode("Not_An_ID", 1), key)
    assert (v3.code, v3.error_name) == (3, VALIDATION)
    for path in ("/applications/Not_An_ID/dry-uplink", "/applications/Not_An_ID/dry-downlink"):
        status, body = await _v2(http_client, key, "POST", path, {"port": 1})
        assert (status, body["code"]) == (400, 3), body
        assert body["error"].startswith("error:pkg/errors:validation (invalid `end_device_ids`"), body
    # A valid ID still needs the right.
    status, _ = await _v2(http_client, key, "POST", f"/applications/{app_id}/dry-uplink", {"port": 1})
    assert status == 403


async def test_a_dry_downlink_with_a_payload_v3_refuses_is_refused(http_client, admin_key, app_id):
    payload = "AA" * 200  # 300 bytes in base64: more than an ApplicationDownlink holds
    status, body = await _v2(http_client, admin_key, "POST", f"/applications/{app_id}/dry-downlink",
                             {"payload": payload + "AA==", "port": 1})
    assert (status, body["code"]) == (400, 3), body
    assert body["error"] == "error:pkg/errors:validation (invalid `downlink`: embedded message failed validation)"


async def test_set_device_is_admitted_as_its_v3_update(http_client, admin_key, population, app_id):
    """A key that may read devices but not write them, updating a device with an attribute key
    v3 refuses: the v3 Update answers the validation error (validation comes before rights);
    so does the v2 SetDevice, before anything is changed."""
    device = {"dev_id": "dev1", "description": "before", "lorawan_device": {
        "app_eui": "0102030405060708", "dev_eui": "00F1E0D0AB000001", "app_key": "01020304050607080102030405060708"}}
    assert await _v2(http_client, admin_key, "PUT", f"/applications/{app_id}/devices/dev1", device) == (200, {})
    reader = await population.key("application", app_id, R.RIGHT_APPLICATION_DEVICES_READ)

    update = end_device_pb2.UpdateEndDeviceRequest(field_mask=field_mask_pb2.FieldMask(paths=["attributes"]))
    update.end_device.ids.application_ids.application_id = app_id
    update.end_device.ids.device_id = "dev1"
    update.end_device.attributes["Not A Key"] = "x"
    v3 = await http_client.call(UPDATE, update, reader)
    assert (v3.code, v3.error_name) == (3, VALIDATION)

    status, body = await _v2(http_client, reader, "PUT", f"/applications/{app_id}/devices/dev1",
                             {**device, "attributes": {"Not A Key": "x"}})
    assert (status, body["code"]) == (400, 3), body
    assert body["error"] == "error:pkg/errors:validation (invalid `end_device`: embedded message failed validation)"
    # With a valid attribute key the reader is refused the write, as before.
    status, _ = await _v2(http_client, reader, "PUT", f"/applications/{app_id}/devices/dev1",
                          {**device, "attributes": {"a-key": "x"}})
    assert status == 403
    _, got = await _v2(http_client, admin_key, "GET", f"/applications/{app_id}/devices/dev1", {})
    assert got["description"] == "before" and got["attributes"] == {}
