"""Webhooks that deliver: a real HTTP receiver gets the POSTs The Things Stack would send.

Everything is driven as a user would: plain JSON over the HTTP API (webhooks, devices, simulated
uplinks, downlinks) and a receiver of our own (``support/receiver.py``); expected bodies are
written out in upstream's JSON spelling."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import dataclasses
import itertools
import json
import re

import aiohttp
import pytest
from google.protobuf import struct_pb2

from server.app import start
from server.application.integrations.webhooks.delivery import WebhookDelivery
from support.receiver import Receiver
from support.servers import test_config as server_config
from ttn.lorawan.v3 import error_pb2, messages_pb2

DEV_EUI, JOIN_EUI, DEV_ADDR = "0004A30B001C0530", "800000000000000C", "260B1234"
APP_S_KEY = "B1B2B3B4B5B6B7B8B9BABBBCBDBEBFB0"
LPP = base64.b64encode(bytes.fromhex("016700FF")).decode()  # channel 1, temperature 25.5 °C
SETTINGS = {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7}}, "frequency": "868100000"}
RPC_SIMULATE = "rpc:/ttn.lorawan.v3.AppAs/SimulateUplink:"
ULID = r"[0-9A-HJKMNP-TV-Z]{26}"


class API:
    """The HTTP API as a user's code calls it: JSON in, JSON out."""

    def __init__(self, port: int, key: str) -> None:
        self.base = f"http://127.0.0.1:{port}/api/v3"
        self.key = key
        self.session = aiohttp.ClientSession()

    async def call(self, method: str, path: str, body=None, *, key: str | None = None, raw: bytes | None = None,
                   expect: int | None = 200):
        headers = {"Authorization": f"Bearer {key or self.key}"} if (key or self.key) else {}
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        async with self.session.request(method, self.base + path, data=data, headers=headers) as resp:
            text = await resp.read()
            if expect is not None:
                assert resp.status == expect, (resp.status, text)
            return resp.status, (json.loads(text) if text else None)

    async def close(self) -> None:
        await self.session.close()


@contextlib.asynccontextmanager
async def api_of(server, key):
    api = API(server.http_port, key)
    try:
        yield api
    finally:
        await api.close()


_ids = itertools.count(1)


@pytest.fixture
def unique_id() -> str:
    """An application ID per test; each application's device gets DevEUI ``DEV_EUI`` with its
    number in the last bytes (one device per (JoinEUI, DevEUI) in all)."""
    return f"wh-t{next(_ids)}"


def dev_eui(app: str) -> str:
    number = int(re.match(r"wh-t(\d+)", app).group(1)) + (1 << 20 if app.endswith("-r") else 0)
    return DEV_EUI[:10] + f"{number:06X}"


@pytest.fixture
async def receiver():
    r = await Receiver().start()
    yield r
    await r.stop()


@pytest.fixture
async def api(server, admin_key):
    async with api_of(server, admin_key) as a:
        yield a


def delivery_of(server) -> WebhookDelivery:
    return next(s for s in server.sinks if isinstance(s, WebhookDelivery))


async def settled(server) -> None:
    """Until the webhook sink has nothing queued and nothing under way."""
    sink = delivery_of(server)
    for _ in range(2000):
        if sink.pending == 0 and sink.in_flight == 0:
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the webhook sink did not settle")


async def application(api: API, app: str, *, formatter: bool = True) -> str:
    await api.call("POST", "/users/admin/applications", {"application": {"ids": {"application_id": app}}})
    device = {"ids": {"device_id": "dev1", "dev_eui": dev_eui(app), "join_eui": JOIN_EUI},
              "session": {"dev_addr": DEV_ADDR, "keys": {"app_s_key": {"key": APP_S_KEY}}}}
    paths = ["ids.dev_eui", "ids.join_eui", "session.dev_addr", "session.keys.app_s_key.key"]
    if formatter:
        device["formatters"] = {"up_formatter": "FORMATTER_CAYENNELPP"}
        paths.append("formatters")
    await api.call("PUT", f"/as/applications/{app}/devices/dev1", {"end_device": device, "field_mask": {"paths": paths}})
    # An update of the session's DevAddr writes the identifiers' too.
    await api.call("PUT", f"/as/applications/{app}/devices/dev1", {
        "end_device": {"ids": {"device_id": "dev1"}, "session": {"dev_addr": DEV_ADDR}},
        "field_mask": {"paths": ["session.dev_addr"]}})
    return app


async def ns_session(api: API, app: str) -> None:
    """The device's ABP session in the Network Server too, so that downlinks can be queued."""
    await api.call("PUT", f"/ns/applications/{app}/devices/dev1", {
        "end_device": {"ids": {"device_id": "dev1"}, "lorawan_version": "1.0.2", "lorawan_phy_version": "1.0.2-b",
                       "frequency_plan_id": "EU_863_870_TTN", "supports_join": False,
                       "session": {"dev_addr": DEV_ADDR, "keys": {"f_nwk_s_int_key": {"key": APP_S_KEY}}}},
        "field_mask": {"paths": ["lorawan_version", "lorawan_phy_version", "frequency_plan_id", "supports_join",
                                 "session.dev_addr", "session.keys.f_nwk_s_int_key.key"]}})


async def set_webhook(api: API, app: str, webhook_id: str, **fields):
    paths = sorted(fields)
    _, hook = await api.call("PUT", f"/as/webhooks/{app}/{webhook_id}",
                             {"webhook": {"ids": {"webhook_id": webhook_id}, **fields}, "field_mask": {"paths": paths}})
    return hook


async def simulate(api: API, app: str, up: dict, **kwargs):
    return await api.call("POST", f"/as/applications/{app}/devices/dev1/up/simulate",
                          {"end_device_ids": {"device_id": "dev1"}, **up}, **kwargs)


def uplink(f_port: int = 1, payload: str = LPP) -> dict:
    return {"uplink_message": {"f_port": f_port, "frm_payload": payload, "settings": SETTINGS}}


async def test_an_uplink_reaches_the_receiver_as_upstream_sends_it(api, receiver, server, unique_id):
    app = await application(api, unique_id)
    await set_webhook(api, app, "wh1", base_url=receiver.url + "/{appID}/hook", format="json",
                      headers={"x-api-key": "s3cr3t", "Authorization": "Basic dXNlcjpwYXNz"},
                      uplink_message={"path": "/up/{devID}/{devEUI}?join={joinEUI}&addr={devAddr}"},
                      downlink_api_key="NNSXS.DOWNLINKKEY.SECRET")
    _, answer = await simulate(api, app, uplink())
    assert answer == {}
    (got,) = await receiver.wait(1)
    assert got.method == "POST"
    assert (got.path, got.query) == (f"/{app}/hook/up/dev1/{dev_eui(app)}", f"join={JOIN_EUI}&addr={DEV_ADDR}")
    headers = got.headers
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Api-Key"] == "s3cr3t" and headers["Authorization"] == "Basic dXNlcjpwYXNz"
    assert headers["X-Downlink-Apikey"] == "NNSXS.DOWNLINKKEY.SECRET"
    down = f"http://127.0.0.1:{server.http_port}/api/v3/as/applications/{app}/webhooks/wh1/devices/dev1/down"
    assert (headers["X-Downlink-Push"], headers["X-Downlink-Replace"]) == (down + "/push", down + "/replace")
    assert headers["X-Tts-Domain"] == f"127.0.0.1:{server.http_port}"
    assert re.fullmatch(r"TheThingsStack/3\.32\.1 \([a-z]+/[a-z0-9]+\)", headers["User-Agent"])
    body = json.loads(got.body)
    assert list(body) == ["end_device_ids", "correlation_ids", "received_at", "uplink_message", "simulated"]
    assert body["end_device_ids"] == {"device_id": "dev1", "application_ids": {"application_id": app},
                                      "dev_eui": dev_eui(app), "join_eui": JOIN_EUI, "dev_addr": DEV_ADDR}
    assert body["uplink_message"] == {"f_port": 1, "frm_payload": LPP,
                                      "decoded_payload": {"temperature_1": 25.5}, "settings": SETTINGS}
    assert body["simulated"] is True
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", body["received_at"])
    correlation = body["correlation_ids"]
    assert correlation == sorted(correlation) and len(correlation) == 2
    assert re.fullmatch("as:up:" + ULID, correlation[0]) and correlation[1].startswith(RPC_SIMULATE)


# Each kind of ApplicationUp, as SimulateUplink accepts it, and the path its message setting names.
KINDS = {
    "uplink_normalized": {"f_port": 1, "normalized_payload": {"air": {"temperature": 21.5}}, "settings": SETTINGS,
                          "received_at": "2026-01-01T00:00:00Z"},
    "join_accept": {"session_key_id": "AQI=", "received_at": "2026-01-01T00:00:00Z"},
    "downlink_ack": {"f_port": 2, "f_cnt": 3, "frm_payload": "AQ=="},
    "downlink_nack": {"f_port": 2, "f_cnt": 4, "frm_payload": "Ag=="},
    "downlink_sent": {"f_port": 2, "f_cnt": 5, "frm_payload": "Aw=="},
    "downlink_failed": {"downlink": {"f_port": 2, "frm_payload": "BA=="},
                        "error": {"namespace": "pkg/networkserver", "name": "x", "code": 9}},
    "downlink_queued": {"f_port": 2, "frm_payload": "BQ==", "priority": "HIGH"},
    "downlink_queue_invalidated": {"downlinks": [{"f_port": 2, "f_cnt": 6, "frm_payload": "Bg=="}], "last_f_cnt_down": 5},
    "location_solved": {"service": "test", "location": {"latitude": 52.37, "longitude": 4.89, "source": "SOURCE_GPS"}},
    "service_data": {"service": "test", "data": {"a": 1}},
}
FORWARD_EVENTS = {
    "uplink_normalized": "as.up.normalized.forward", "join_accept": "as.up.join.forward",
    "downlink_ack": "as.down.data.ack.forward", "downlink_nack": "as.down.data.nack.forward",
    "downlink_sent": "as.down.data.sent.forward", "downlink_failed": "as.down.data.failed.forward",
    "downlink_queue_invalidated": "as.down.data.queue.invalidated.forward",
    "location_solved": "as.up.location.forward", "service_data": "as.up.service.forward",
}


async def test_every_kind_reaches_its_own_path(api, receiver, server, unique_id):
    app = await application(api, unique_id, formatter=False)
    messages = {kind: {"path": f"/{kind.replace('_', '-')}"} for kind in ["uplink_message", *KINDS]}
    await set_webhook(api, app, "all", base_url=receiver.url, format="json", **messages)
    events = server.bus.subscribe(lambda e: e.name.endswith(".forward") and any(
        i.device_ids.application_ids.application_id == app for i in e.identifiers))
    try:
        for kind, message in KINDS.items():
            await simulate(api, app, {kind: message})
        got = {r.path: json.loads(r.body) for r in await receiver.wait(len(KINDS))}
        assert set(got) == {f"/{kind.replace('_', '-')}" for kind in KINDS}
        for kind, message in KINDS.items():
            body = got[f"/{kind.replace('_', '-')}"]
            assert body[kind] == message, kind
            assert body["simulated"] is True and body["end_device_ids"]["dev_addr"] == DEV_ADDR
        names = set()
        while len(names) < len(FORWARD_EVENTS):
            names.add((await asyncio.wait_for(events.__anext__(), 5)).name)
        assert names == set(FORWARD_EVENTS.values())
    finally:
        events.close()


async def test_kinds_without_a_message_setting_are_not_sent(api, receiver, server, unique_id):
    app = await application(api, unique_id)
    await set_webhook(api, app, "acks", base_url=receiver.url + "/acks", format="json", downlink_ack={})
    await set_webhook(api, app, "ups", base_url=receiver.url + "/ups", format="json", uplink_message={})
    await simulate(api, app, uplink())
    await simulate(api, app, {"downlink_nack": KINDS["downlink_nack"]})
    await simulate(api, app, {"downlink_ack": KINDS["downlink_ack"]})
    await receiver.wait(1, "/acks")
    await receiver.wait(1, "/ups")
    await settled(server)
    assert [r.path for r in receiver.requests if r.path.startswith("/acks")] == ["/acks"]  # an empty path: the base URL
    assert "downlink_ack" in json.loads(receiver.under("/acks")[0].body)
    assert len(receiver.requests) == 2


async def test_field_mask_cuts_the_body(api, receiver, unique_id):
    app = await application(api, unique_id)
    await set_webhook(api, app, "cut", base_url=receiver.url, format="json", uplink_message={}, downlink_ack={},
                      field_mask={"paths": ["end_device_ids.device_id", "up.uplink_message.decoded_payload",
                                            "up.downlink_ack.f_cnt", "simulated"]})
    await simulate(api, app, uplink())
    first = json.loads((await receiver.wait(1))[0].body)
    assert first == {"end_device_ids": {"device_id": "dev1"}, "uplink_message": {"decoded_payload": {"temperature_1": 25.5}},
                     "simulated": True}
    await simulate(api, app, {"downlink_ack": KINDS["downlink_ack"]})
    second = json.loads((await receiver.wait(2))[1].body)
    assert second == {"end_device_ids": {"device_id": "dev1"}, "downlink_ack": {"f_cnt": 3}, "simulated": True}


async def test_protobuf_format(api, receiver, unique_id):
    app = await application(api, unique_id)
    await set_webhook(api, app, "pbuf", base_url=receiver.url, format="protobuf", uplink_message={"path": "up"})
    await simulate(api, app, uplink())
    (got,) = await receiver.wait(1)
    assert got.headers["Content-Type"] == "application/octet-stream"
    up = messages_pb2.ApplicationUp.FromString(got.body)
    assert up.end_device_ids.dev_eui == bytes.fromhex(dev_eui(app)) and up.end_device_ids.device_id == "dev1"
    assert up.uplink_message.frm_payload == bytes.fromhex("016700FF") and up.simulated
    assert up.uplink_message.decoded_payload["temperature_1"] == 25.5


async def test_paused_webhooks_send_nothing(api, receiver, server, unique_id):
    app = await application(api, unique_id)
    await set_webhook(api, app, "paused", base_url=receiver.url + "/paused", format="json", uplink_message={},
                      paused=True)
    await set_webhook(api, app, "live", base_url=receiver.url + "/live", format="json", uplink_message={})
    await simulate(api, app, uplink())
    await receiver.wait(1, "/live")
    await settled(server)
    assert receiver.under("/paused") == []
    await set_webhook(api, app, "paused", paused=False)
    await simulate(api, app, uplink())
    await receiver.wait(1, "/paused")


async def test_queued_downlinks_reach_the_webhook(api, receiver, unique_id):
    app = await application(api, unique_id)
    await ns_session(api, app)
    await set_webhook(api, app, "queued", base_url=receiver.url, format="json", downlink_queued={"path": "/queued"})
    await api.call("POST", f"/as/applications/{app}/devices/dev1/down/push",
                   {"downlinks": [{"f_port": 15, "frm_payload": "AQID", "priority": "NORMAL"}]})
    body = json.loads((await receiver.wait(1, "/queued"))[0].body)
    queued = body["downlink_queued"]
    assert (queued["f_port"], queued["frm_payload"], queued["priority"]) == (15, "AQID", "NORMAL")
    assert "f_cnt" not in queued and "simulated" not in body  # the item as pushed (upstream's "decrypted" items)
    assert any(c.startswith("as:downlink:") for c in body["correlation_ids"])


async def test_a_hanging_receiver_holds_up_neither_the_call_nor_other_webhooks(api, receiver, server, unique_id):
    app = await application(api, unique_id)
    receiver.answer("/hang", hang=True)
    await set_webhook(api, app, "hang", base_url=receiver.url + "/hang", format="json", uplink_message={})
    await set_webhook(api, app, "fine", base_url=receiver.url + "/fine", format="json", uplink_message={})
    for _ in range(20):
        status, answer = await simulate(api, app, uplink())
        assert (status, answer) == (200, {})
    assert len(await receiver.wait(20, "/fine")) == 20
    await receiver.wait(20, "/hang")  # all under way at once: one hanging request holds one worker
    assert receiver.open >= 20


async def test_failures_are_events_and_health(api, receiver, server, unique_id):
    app = await application(api, unique_id)
    receiver.answer("/broken", status=500, body=b'{"error":"down for maintenance"}')
    receiver.answer("/missing", status=404, body=b"\xff\xfe")
    await set_webhook(api, app, "broken", base_url=receiver.url + "/broken", format="json", uplink_message={})
    await set_webhook(api, app, "missing", base_url=receiver.url + "/missing", format="json", uplink_message={})
    events = server.bus.subscribe(lambda e: e.name == "as.webhook.fail" and any(
        i.device_ids.application_ids.application_id == app for i in e.identifiers))
    try:
        await simulate(api, app, uplink())
        failures = {}
        for _ in range(2):
            event = await asyncio.wait_for(events.__anext__(), 5)
            details = error_pb2.ErrorDetails()
            assert event.data.Unpack(details)
            failures[details.attributes["webhook_id"]] = details
        broken = failures["broken"]
        assert (broken.namespace, broken.name, broken.code) == ("pkg/applicationserver/io/web/sink", "request", 14)
        assert broken.attributes["url"] == receiver.url + "/broken" and broken.attributes["status_code"] == 500
        answer = struct_pb2.Struct()
        assert broken.details[0].Unpack(answer) and answer["body"] == '{"error":"down for maintenance"}'
        assert failures["missing"].attributes["status_code"] == 404 and not failures["missing"].details  # not UTF-8
        assert list(event.correlation_ids) and event.identifiers[0].device_ids.device_id == "dev1"
    finally:
        events.close()
    await settled(server)
    _, hook = await api.call("GET", f"/as/webhooks/{app}/broken?field_mask=health_status")
    unhealthy = hook["health_status"]["unhealthy"]
    assert unhealthy["failed_attempts"] == "1"  # uint64: a string in JSON
    assert unhealthy["last_failed_attempt_details"]["name"] == "request"
    receiver.answer("/broken", status=204)
    await simulate(api, app, uplink())
    await receiver.wait(2, "/broken")
    await settled(server)
    _, hook = await api.call("GET", f"/as/webhooks/{app}/broken?field_mask=health_status")
    assert hook["health_status"] == {"healthy": {}}


async def test_unhealthy_webhooks_are_skipped_until_the_retry_interval(tmp_path, admin_key, unique_id):
    config = dataclasses.replace(server_config(tmp_path, admin_key), webhook_unhealthy_attempts_threshold=2,
                                 webhook_unhealthy_retry_interval=0.5)
    server = await start(config)
    receiver = await Receiver().start()
    try:
        async with api_of(server, admin_key) as api:
            app = await application(api, unique_id)
            receiver.answer("/", status=503)
            await set_webhook(api, app, "flaky", base_url=receiver.url, format="json", uplink_message={})
            skipped = server.bus.subscribe(lambda e: e.name == "as.webhook.fail")
            for count in (1, 2):
                await simulate(api, app, uplink())
                await receiver.wait(count)
                await settled(server)
            for _ in range(3):  # threshold reached: skipped, each a failure event
                await simulate(api, app, uplink())
            await settled(server)
            assert len(receiver.requests) == 2
            names = []
            while len(names) < 5:
                details = error_pb2.ErrorDetails()
                (await asyncio.wait_for(skipped.__anext__(), 5)).data.Unpack(details)
                names.append(details.name)
            assert names == ["request", "request", "webhook_disabled", "webhook_disabled", "webhook_disabled"]
            skipped.close()
            _, hook = await api.call("GET", f"/as/webhooks/{app}/flaky?field_mask=health_status")
            assert hook["health_status"]["unhealthy"]["failed_attempts"] == "2"
            # Once the retry interval has passed since the last failure, the next message is tried.
            receiver.answer("/", status=200)
            last = hook["health_status"]["unhealthy"]["last_failed_attempt_at"]
            while True:
                await simulate(api, app, uplink())
                await settled(server)
                if len(receiver.requests) == 3:
                    break
                await asyncio.sleep(0.1)
            _, hook = await api.call("GET", f"/as/webhooks/{app}/flaky?field_mask=health_status")
            assert hook["health_status"] == {"healthy": {}} and last
    finally:
        await receiver.stop()
        await server.stop()


async def test_retries_beyond_upstream_are_off_by_default_and_back_off(tmp_path, admin_key, unique_id, api, receiver,
                                                                       server):
    app = await application(api, unique_id)
    receiver.answer("/once", fail_first=1)
    await set_webhook(api, app, "once", base_url=receiver.url + "/once", format="json", uplink_message={})
    await simulate(api, app, uplink())
    await receiver.wait(1, "/once")
    await settled(server)
    assert len(receiver.under("/once")) == 1  # no retry: upstream's open-source behaviour

    config = dataclasses.replace(server_config(tmp_path, admin_key), webhook_retries=3, webhook_retry_backoff=0.01)
    retrying = await start(config)
    other = await Receiver().start()
    try:
        async with api_of(retrying, admin_key) as api2:
            app2 = await application(api2, unique_id + "-r")
            other.answer("/", fail_first=2)
            await set_webhook(api2, app2, "retry", base_url=other.url, format="json", uplink_message={})
            await simulate(api2, app2, uplink())
            got = await other.wait(3)
            assert len({r.body for r in got}) == 1  # the same request, sent three times
            await settled(retrying)
            assert len(other.requests) == 3
            _, hook = await api2.call("GET", f"/as/webhooks/{app2}/retry?field_mask=health_status")
            assert hook["health_status"] == {"healthy": {}}
    finally:
        await other.stop()
        await retrying.stop()


async def down_key(api: API, app: str, *rights: str) -> str:
    _, key = await api.call("POST", f"/applications/{app}/api-keys", {"name": "down", "rights": list(rights)})
    return key["key"]


async def test_downlinks_through_the_webhook_endpoint(api, receiver, server, unique_id):
    app = await application(api, unique_id)
    await ns_session(api, app)
    key = await down_key(api, app, "RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE")
    await set_webhook(api, app, "wh1", base_url=receiver.url, format="json", uplink_message={}, downlink_api_key=key)
    await simulate(api, app, uplink())
    (got,) = await receiver.wait(1)
    push, replace = got.headers["X-Downlink-Push"], got.headers["X-Downlink-Replace"]

    async with aiohttp.ClientSession() as session:
        async def post(url, body, token=got.headers["X-Downlink-Apikey"], raw=None):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            async with session.post(url, data=raw if raw is not None else json.dumps(body), headers=headers) as resp:
                return resp.status, await resp.read()

        assert await post(push, {"downlinks": [{"f_port": 1, "frm_payload": "AQI="}]}) == (200, b"")
        assert await post(push, {"downlinks": [{"f_port": 2, "frm_payload": "AwQ="}]}) == (200, b"")
        _, listed = await api.call("GET", f"/as/applications/{app}/devices/dev1/down")
        assert [(d["f_port"], d["frm_payload"]) for d in listed["downlinks"]] == [(1, "AQI="), (2, "AwQ=")]
        assert await post(replace, {"downlinks": [{"f_port": 3, "frm_payload": "BQ=="}]}) == (200, b"")
        _, listed = await api.call("GET", f"/as/applications/{app}/devices/dev1/down")
        assert [d["f_port"] for d in listed["downlinks"]] == [3]

        status, body = await post(push, None, raw=b"{not json")
        assert status == 400 and json.loads(body)["details"][0]["name"] == "decode_body"
        status, body = await post(push, {"downlinks": [{"f_port": 300, "frm_payload": "AQI="}]})
        assert status == 400 and json.loads(body)["details"][0]["name"] == "validate_body"
        assert (await post(push, {"downlinks": []}, token=None))[0] in (401, 403)
        reader = await down_key(api, app, "RIGHT_APPLICATION_TRAFFIC_READ")
        status, body = await post(push, {"downlinks": []}, token=reader)
        assert status == 403 and json.loads(body)["details"][0]["name"] == "insufficient_application_rights"
        status, body = await post(push.replace("/wh1/", "/nope/"), {"downlinks": []})
        assert status == 404 and json.loads(body)["details"][0]["name"] == "not_found"
        status, body = await post(push.replace("/wh1/", "/X/"), {"downlinks": []})
        assert status == 400 and json.loads(body)["details"][0]["name"] == "validation"
        status, body = await post(push.replace("/dev1/", "/nodev/"), {"downlinks": [{"f_port": 1, "frm_payload": "AQI="}]})
        assert status == 404

        await set_webhook(api, app, "wh1", paused=True)
        assert await post(push, {"downlinks": [{"f_port": 1, "frm_payload": "AQI="}]}) == (406, b"")


async def test_headers_the_client_writes_itself_are_not_taken_from_the_webhook(api, receiver, unique_id):
    app = await application(api, unique_id)
    await set_webhook(api, app, "hdr", base_url=receiver.url, format="json", uplink_message={},
                      headers={"host": "evil.example", "Content-Length": "3", "Transfer-Encoding": "chunked"})
    await simulate(api, app, uplink())
    (got,) = await receiver.wait(1)
    assert got.headers["Host"] == f"127.0.0.1:{receiver.port}"
    assert int(got.headers["Content-Length"]) == len(got.body) > 3 and "Transfer-Encoding" not in got.headers
    assert json.loads(got.body)["uplink_message"]["f_port"] == 1


NORMALIZER = """
function decodeUplink(input) { return { data: { t: [21.5, 22.5] } }; }
function normalizeUplink(input) {
  return { data: input.data.t.map(function (t) { return { air: { temperature: t } }; }) };
}
"""


async def test_each_normalized_measurement_is_an_uplink_normalized_message(api, receiver, server, unique_id):
    app = await application(api, unique_id, formatter=False)
    await api.call("PUT", f"/as/applications/{app}/devices/dev1", {
        "end_device": {"ids": {"device_id": "dev1"},
                       "formatters": {"up_formatter": "FORMATTER_JAVASCRIPT", "up_formatter_parameter": NORMALIZER}},
        "field_mask": {"paths": ["formatters"]}})
    await set_webhook(api, app, "norm", base_url=receiver.url, format="json", uplink_message={"path": "/up"},
                      uplink_normalized={"path": "/normalized"})
    await simulate(api, app, uplink())
    (up,) = await receiver.wait(1, "/up")
    normalized = [json.loads(r.body) for r in await receiver.wait(2, "/normalized")]
    uplink_body = json.loads(up.body)
    assert uplink_body["uplink_message"]["normalized_payload"] == [{"air": {"temperature": 21.5}},
                                                                   {"air": {"temperature": 22.5}}]
    assert sorted(n["uplink_normalized"]["normalized_payload"]["air"]["temperature"] for n in normalized) == [21.5, 22.5]
    for n in normalized:
        assert n["uplink_normalized"]["f_port"] == 1 and n["uplink_normalized"]["settings"] == SETTINGS
        assert n["simulated"] is True and n["received_at"] == uplink_body["received_at"]
        # The uplink's correlation IDs, and one more as:up of its own.
        assert set(uplink_body["correlation_ids"]) < set(n["correlation_ids"])
    await settled(server)
    assert len(receiver.requests) == 3


async def test_an_uplink_of_a_device_the_application_server_lacks_is_dropped(api, receiver, server, unique_id):
    app = await application(api, unique_id)
    await set_webhook(api, app, "any", base_url=receiver.url, format="json", uplink_message={"path": "/up"},
                      downlink_ack={"path": "/ack"})
    events = server.bus.subscribe(lambda e: e.name == "as.up.data.drop" and any(
        i.device_ids.application_ids.application_id == app for i in e.identifiers))
    try:
        await api.call("POST", f"/as/applications/{app}/devices/nodev/up/simulate",
                       {"end_device_ids": {"device_id": "nodev"}, **uplink()})
        dropped = await asyncio.wait_for(events.__anext__(), 5)
        details = error_pb2.ErrorDetails()
        assert dropped.data.Unpack(details) and (details.namespace, details.name) == ("pkg/redis", "not_found")
    finally:
        events.close()
    # Other kinds pass without a device; they arrive, and the uplink never did.
    await api.call("POST", f"/as/applications/{app}/devices/nodev/up/simulate",
                   {"end_device_ids": {"device_id": "nodev"}, "downlink_ack": KINDS["downlink_ack"]})
    await receiver.wait(1, "/ack")
    await settled(server)
    assert receiver.under("/up") == []


async def test_why_an_unanswered_request_failed(api, server, unique_id):
    from support.servers import free_port

    app = await application(api, unique_id)
    url = f"http://127.0.0.1:{free_port()}/"
    await set_webhook(api, app, "refused", base_url=url, format="json", uplink_message={})
    await set_webhook(api, app, "bad-header", base_url=url, format="json", uplink_message={}, headers={"": "v"})
    events = server.bus.subscribe(lambda e: e.name == "as.webhook.fail" and any(
        i.device_ids.application_ids.application_id == app for i in e.identifiers))
    try:
        await simulate(api, app, uplink())
        failures = {}
        for _ in range(2):
            details = error_pb2.ErrorDetails()
            (await asyncio.wait_for(events.__anext__(), 5)).data.Unpack(details)
            failures[details.attributes["webhook_id"]] = details
    finally:
        events.close()
    refused = failures["refused"]
    assert (refused.name, "status_code" in refused.attributes) == ("request", False)
    cause = refused.cause
    assert (cause.namespace, cause.name, dict(cause.attributes)) == ("pkg/errors", "request", {"op": "Post", "url": url})
    assert cause.message_format == "request to `{url}` failed"
    net = cause.cause
    assert (net.name, net.attributes["op"], net.attributes["net"], net.attributes["timeout"]) == (
        "net_operation", "dial", "tcp", False)
    assert net.attributes["address"].endswith(url.rsplit(":", 1)[1].rstrip("/"))
    assert (net.cause.name, net.cause.attributes["syscall"], net.cause.attributes["error"]) == (
        "syscall", "connect", "connection refused")
    bad = failures["bad-header"]
    assert (bad.name, bad.cause.name, bad.cause.HasField("cause")) == ("request", "request", False)


async def test_downlinks_through_a_webhook_carry_no_rpc_correlation(api, receiver, unique_id):
    app = await application(api, unique_id)
    await ns_session(api, app)
    await set_webhook(api, app, "queue", base_url=receiver.url, format="json", downlink_queued={})
    status, _ = await api.call("POST", f"/as/applications/{app}/webhooks/queue/devices/dev1/down/push",
                               {"downlinks": [{"f_port": 1, "frm_payload": "AQI="}]})
    assert status == 200
    body = json.loads((await receiver.wait(1))[0].body)
    assert [c.split(":")[0] for c in body["correlation_ids"]] == ["as"]
    assert re.fullmatch("as:downlink:" + ULID, body["correlation_ids"][0])
