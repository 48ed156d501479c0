"""AppAs downlink queue (Push, Replace, List) and SimulateUplink, over both transports, against
a device registered with a session in the Network and Application Server registries."""

from __future__ import annotations

import asyncio
import base64
import dataclasses


from support import upstream_json
from ttn.lorawan.v3 import applicationserver_pb2 as as_pb
from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, messages_pb2

from support.requests import REG, create_request

OK, INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED, RESOURCE_EXHAUSTED = 0, 3, 5, 7, 8
FAILED_PRECONDITION, ABORTED = 9, 10
APP_AS = "/ttn.lorawan.v3.AppAs/"
NS, AS = "/ttn.lorawan.v3.NsEndDeviceRegistry/", "/ttn.lorawan.v3.AsEndDeviceRegistry/"
DEVICE = "dev1"
APP_S_KEY = bytes.fromhex("B1B2B3B4B5B6B7B8B9BABBBCBDBEBFB0")
DEV_ADDR = bytes.fromhex("260B1234")

ENCODER = """
function encodeDownlink(input) { return { bytes: input.data.bytes }; }
function decodeDownlink(input) { return { data: { bytes: input.bytes, port: input.fPort } }; }
function decodeUplink(input) { return { data: { sum: input.bytes.reduce(function (a, b) { return a + b; }, 0) } }; }
"""

SEED_PUSH = """{
    "downlinks": [{
      "frm_payload": "vu8=",
      "f_port": 42,
    }]
  }"""
SEED_PUSH_DECODED = """{"downlinks":[{
      "decoded_payload": {
        "bytes": [1, 2, 3]
      }
    }]
  }"""


def assert_error(res, code: int, name: str):
    assert (res.code, res.error_name) == (code, name), (res.code, res.message)


def message(cls, obj: dict):
    """A request written as a user writes its JSON, read without ttsl's codec."""
    return upstream_json.from_json(cls, obj)


async def registered(client, key, app: str, *, formatters: bool = True, session: bool = True) -> str:
    res = await client.call(REG + "Create", create_request(app), key)
    assert res.code == OK, res.message
    ns = end_device_pb2.SetEndDeviceRequest()
    paths = ["supports_join", "lorawan_version", "lorawan_phy_version", "frequency_plan_id",
             "session.dev_addr", "session.keys.f_nwk_s_int_key.key"]
    ns.field_mask.paths.extend(paths)
    dev = ns.end_device
    dev.ids.application_ids.application_id, dev.ids.device_id = app, DEVICE
    dev.lorawan_version, dev.lorawan_phy_version, dev.frequency_plan_id = 3, 4, "EU_863_870_TTN"
    dev.session.dev_addr = DEV_ADDR
    dev.session.keys.f_nwk_s_int_key.key = bytes(range(16))
    res = await client.call(NS + "Set", ns, key)
    assert res.code == OK, res.message
    asr = end_device_pb2.SetEndDeviceRequest()
    dev = asr.end_device
    dev.ids.application_ids.application_id, dev.ids.device_id = app, DEVICE
    if session:
        asr.field_mask.paths.extend(["session.dev_addr", "session.keys.app_s_key.key"])
        dev.session.dev_addr = DEV_ADDR
        dev.session.keys.app_s_key.key = APP_S_KEY
    if formatters:
        asr.field_mask.paths.append("formatters")
        dev.formatters.down_formatter = messages_pb2.FORMATTER_JAVASCRIPT
        dev.formatters.down_formatter_parameter = ENCODER
        dev.formatters.up_formatter = messages_pb2.FORMATTER_JAVASCRIPT
        dev.formatters.up_formatter_parameter = ENCODER
    res = await client.call(AS + "Set", asr, key)
    assert res.code == OK, res.message
    return app


def queue_request(app: str, *downlinks: dict) -> messages_pb2.DownlinkQueueRequest:
    return message(messages_pb2.DownlinkQueueRequest, {
        "end_device_ids": {"device_id": DEVICE, "application_ids": {"application_id": app}},
        "downlinks": list(downlinks),
    })


def device_ids(app: str) -> identifiers_pb2.EndDeviceIdentifiers:
    return message(identifiers_pb2.EndDeviceIdentifiers, {"device_id": DEVICE, "application_ids": {"application_id": app}})


async def ns_queue(server, app: str) -> list[messages_pb2.ApplicationDownlink]:
    row = await server.store.get_registry_device("ns", app, DEVICE)
    return list(end_device_pb2.EndDevice.FromString(row.data).session.queued_application_downlinks)


async def as_device(server, app: str) -> end_device_pb2.EndDevice:
    row = await server.store.get_registry_device("as", app, DEVICE)
    return end_device_pb2.EndDevice.FromString(row.data)


class Events:
    """The bus's events of one device, as they come."""

    def __init__(self, server, app: str) -> None:
        def match(event) -> bool:
            return any(i.device_ids.application_ids.application_id == app for i in event.identifiers)

        self._sub = server.bus.subscribe(match)
        self.seen = []

    async def until(self, name: str, timeout: float = 5.0):
        for event in self.seen:
            if event.name == name:
                self.seen.remove(event)
                return event

        async def wait():
            async for event in self._sub:
                if event.name == name:
                    return event
                self.seen.append(event)

        return await asyncio.wait_for(wait(), timeout)

    def close(self) -> None:
        self._sub.close()


async def test_schedule_downlink_as_the_seed_sends_it(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    path = f"/as/applications/{app}/devices/{DEVICE}/down/push"
    if client.transport == "http":
        # The seed's first body has a trailing comma; the seeds must work as written.
        res = await client.raw("POST", path, body=SEED_PUSH, key=admin_key, full_method=APP_AS + "DownlinkQueuePush")
        assert res.code == OK and res.json == {}
        res = await client.raw("POST", path, body=SEED_PUSH_DECODED, key=admin_key,
                               full_method=APP_AS + "DownlinkQueuePush")
        assert res.code == OK and res.json == {}
    else:
        res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"frm_payload": "vu8=", "f_port": 42}),
                                admin_key)
        assert res.code == OK, res.message
        res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"decoded_payload": {"bytes": [1, 2, 3]}}),
                                admin_key)
        assert res.code == OK, res.message

    # Kept encrypted at the NS, FCnts 1 and 2 from the AS counter (persisted).
    queue = await ns_queue(server, app)
    assert [(d.f_cnt, d.f_port) for d in queue] == [(1, 42), (2, 1)]
    # BEEF and 010203 under APP_S_KEY, downlink, DEV_ADDR, FCnt 1 and 2 (LoRaWAN 1.0.x §4.3.3,
    # computed once with AES-ECB outside ttsl): literal bytes, not our own crypto module.
    assert queue[0].frm_payload == bytes.fromhex("40DD")
    assert queue[1].frm_payload == bytes.fromhex("DBDC4B")
    assert not queue[1].HasField("decoded_payload")
    assert (await as_device(server, app)).session.last_a_f_cnt_down == 2

    # List: decrypted and decoded with the device's down formatter.
    res = await client.call(APP_AS + "DownlinkQueueList", device_ids(app), admin_key)
    assert res.code == OK, res.message
    listed = res.response.downlinks
    assert [(d.f_cnt, d.f_port, bytes(d.frm_payload)) for d in listed] == [(1, 42, b"\xbe\xef"), (2, 1, b"\x01\x02\x03")]
    assert listed[1].decoded_payload["bytes"] == [1, 2, 3] and listed[1].decoded_payload["port"] == 1
    if client.transport == "http":
        res = await client.raw("GET", f"/as/applications/{app}/devices/{DEVICE}/down", key=admin_key)
        first = res.json["downlinks"][0]
        assert first["frm_payload"] == "vu8=" and first["f_port"] == 42 and first["f_cnt"] == 1
        assert first["correlation_ids"] and "session_key_id" not in first


async def test_replace_and_push_fcnts(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    for payload in ("AQ==", "Ag=="):
        res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"frm_payload": payload, "f_port": 1}),
                                admin_key)
        assert res.code == OK, res.message
    res = await client.call(APP_AS + "DownlinkQueueReplace", queue_request(
        app, {"frm_payload": "Aw==", "f_port": 2}, {"frm_payload": "BA==", "f_port": 3, "confirmed": True}), admin_key)
    assert res.code == OK, res.message
    queue = await ns_queue(server, app)
    # Replaced items' FCnts are never used again.
    assert [d.f_cnt for d in queue] == [3, 4]
    assert queue[1].confirmed and queue[1].confirmed_retry.attempt == 1
    res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"frm_payload": "BQ==", "f_port": 1}),
                            admin_key)
    assert [d.f_cnt for d in await ns_queue(server, app)] == [3, 4, 5]
    res = await client.call(APP_AS + "DownlinkQueueList", device_ids(app), admin_key)
    assert [bytes(d.frm_payload) for d in res.response.downlinks] == [b"\x03", b"\x04", b"\x05"]

    # Replace with nothing empties the queue; List then answers {}.
    res = await client.call(APP_AS + "DownlinkQueueReplace", queue_request(app), admin_key)
    assert res.code == OK, res.message
    res = await client.call(APP_AS + "DownlinkQueueList", device_ids(app), admin_key)
    assert res.code == OK and list(res.response.downlinks) == []
    if client.transport == "http":
        assert res.json == {}


async def test_the_as_resyncs_with_the_ns_queue(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"frm_payload": "AQ==", "f_port": 1}),
                            admin_key)
    assert res.code == OK

    # The AS counter falls behind the NS queue (as after a restore): the NS answers f_cnt_too_low
    # and the AS continues after the last queued FCnt.
    def rewind(current):
        device = end_device_pb2.EndDevice.FromString(current.data)
        device.session.last_a_f_cnt_down = 0
        return dataclasses.replace(current, data=device.SerializeToString())

    await server.store.set_registry_device("as", app, DEVICE, rewind)
    res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"frm_payload": "Ag==", "f_port": 1}),
                            admin_key)
    assert res.code == OK, res.message
    assert [d.f_cnt for d in await ns_queue(server, app)] == [1, 2]
    assert (await as_device(server, app)).session.last_a_f_cnt_down == 2


async def test_queue_errors(client, admin_key, unique_id, server, population):
    app = await registered(client, admin_key, unique_id)
    push = APP_AS + "DownlinkQueuePush"
    assert_error(await client.call(push, queue_request(app, {"f_port": 1}), admin_key),
                 INVALID_ARGUMENT, "pkg/applicationserver:no_payload")
    assert_error(await client.call(push, queue_request(app, {"frm_payload": "AQ=="}), admin_key),
                 INVALID_ARGUMENT, "pkg/applicationserver:no_f_port")
    assert_error(await client.call(push, queue_request(app, {"frm_payload": "AQ==", "f_port": 1, "confirmed": True,
                                                            "confirmed_retry": {"max_attempts": 33}}), admin_key),
                 INVALID_ARGUMENT, "pkg/applicationserver:downlink_max_retries_invalid")
    assert_error(await client.call(push, queue_request(app, {"frm_payload": base64.b64encode(bytes(243)).decode(),
                                                            "f_port": 1}), admin_key),
                 INVALID_ARGUMENT, "pkg/networkserver:application_downlink_too_long")
    # JS encoder errors fail the request.
    res = await client.call(push, queue_request(app, {"decoded_payload": {"bytes": "nope"}, "f_port": 1}), admin_key)
    assert res.code != OK
    assert await ns_queue(server, app) == []
    # Unknown device.
    other = queue_request(app, {"frm_payload": "AQ==", "f_port": 1})
    other.end_device_ids.device_id = "nope"
    assert_error(await client.call(push, other, admin_key), NOT_FOUND, "pkg/applicationserver:device_not_found")
    assert_error(await client.call(APP_AS + "DownlinkQueueList", other.end_device_ids, admin_key),
                 NOT_FOUND, "pkg/redis:not_found")

    # No session at the AS.
    app2 = await registered(client, admin_key, unique_id + "-nosession", session=False)
    assert_error(await client.call(push, queue_request(app2, {"frm_payload": "AQ==", "f_port": 1}), admin_key),
                 FAILED_PRECONDITION, "pkg/applicationserver:no_device_session")

    # Rights: TRAFFIC_DOWN_WRITE to push, TRAFFIC_READ to list.
    reader = await population.key("application", app, 24)  # RIGHT_APPLICATION_TRAFFIC_READ
    writer = await population.key("application", app, 26)  # RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE
    res = await client.call(push, queue_request(app, {"frm_payload": "AQ==", "f_port": 1}), reader)
    assert res.code == PERMISSION_DENIED
    res = await client.call(push, queue_request(app, {"frm_payload": "AQ==", "f_port": 1}), writer)
    assert res.code == OK, res.message
    assert (await client.call(APP_AS + "DownlinkQueueList", device_ids(app), writer)).code == PERMISSION_DENIED
    assert (await client.call(APP_AS + "DownlinkQueueList", device_ids(app), reader)).code == OK


async def test_downlink_events(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    events = Events(server, app)
    try:
        res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"frm_payload": "vu8=", "f_port": 42}),
                                admin_key)
        assert res.code == OK, res.message
        received = await events.until("as.down.data.receive")
        down = messages_pb2.ApplicationDownlink()
        received.data.Unpack(down)
        assert bytes(down.frm_payload) == b"\xbe\xef" and down.decoded_payload["port"] == 42
        assert any(c.startswith("as:downlink:") for c in received.correlation_ids)
        assert any(c.startswith("rpc:/ttn.lorawan.v3.AppAs/DownlinkQueuePush:") for c in received.correlation_ids)
        forwarded = await events.until("as.down.data.forward")
        forwarded.data.Unpack(down)
        assert down.f_cnt == 1 and bytes(down.frm_payload) != b"\xbe\xef"
        res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(app, {"f_port": 1}), admin_key)
        assert res.code == INVALID_ARGUMENT
    finally:
        events.close()


# SimulateUplink ----------------------------------------------------------------------------------
def simulated(app: str, **extra) -> messages_pb2.ApplicationUp:
    return message(messages_pb2.ApplicationUp, {
        "end_device_ids": {"device_id": DEVICE, "application_ids": {"application_id": app}},
        "uplink_message": {"f_port": 1, "frm_payload": "AQID", "settings": {
            "data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7, "coding_rate": "4/5"}},
            "frequency": "868100000"}},
        **extra,
    })


async def test_simulate_uplink(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    # An update of the session's DevAddr writes the identifiers' too (the create does not).
    asr = end_device_pb2.SetEndDeviceRequest()
    asr.end_device.ids.application_ids.application_id, asr.end_device.ids.device_id = app, DEVICE
    asr.field_mask.paths.append("session.dev_addr")
    asr.end_device.session.dev_addr = DEV_ADDR
    assert (await client.call(AS + "Set", asr, admin_key)).code == OK
    events = Events(server, app)
    try:
        res = await client.call(APP_AS + "SimulateUplink", simulated(app), admin_key)
        assert res.code == OK, res.message
        if client.transport == "http":
            assert res.json == {}
        await events.until("as.up.data.receive")
        forward = await events.until("as.up.data.forward")
        up = messages_pb2.ApplicationUp()
        forward.data.Unpack(up)
        assert up.simulated and up.HasField("received_at")
        assert bytes(up.uplink_message.frm_payload) == b"\x01\x02\x03"  # not decrypted
        assert up.uplink_message.decoded_payload["sum"] == 6
        assert up.end_device_ids.dev_addr == DEV_ADDR
        assert any(c.startswith("rpc:/ttn.lorawan.v3.AppAs/SimulateUplink:") for c in forward.correlation_ids)
    finally:
        events.close()


async def test_simulate_uplink_refusals(client, admin_key, unique_id, server, population):
    app = await registered(client, admin_key, unique_id)
    assert_error(await client.call(APP_AS + "SimulateUplink", simulated(app, simulated=True), admin_key),
                 INVALID_ARGUMENT, "pkg/applicationserver/io/grpc:simulated")
    asr = end_device_pb2.SetEndDeviceRequest()
    asr.end_device.ids.application_ids.application_id, asr.end_device.ids.device_id = app, DEVICE
    asr.field_mask.paths.append("skip_payload_crypto_override")
    asr.end_device.skip_payload_crypto_override.value = True
    res = await client.call(AS + "Set", asr, admin_key)
    assert res.code == OK, res.message
    assert_error(await client.call(APP_AS + "SimulateUplink", simulated(app), admin_key),
                 FAILED_PRECONDITION, "pkg/applicationserver/io/grpc:payload_crypto_skipped")
    reader = await population.key("application", app, 24)  # RIGHT_APPLICATION_TRAFFIC_READ only
    assert (await client.call(APP_AS + "SimulateUplink", simulated(app), reader)).code == PERMISSION_DENIED


async def test_skipped_payload_crypto_forwards_items_as_sent(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id, session=False, formatters=False)
    asr = end_device_pb2.SetEndDeviceRequest()
    asr.end_device.ids.application_ids.application_id, asr.end_device.ids.device_id = app, DEVICE
    asr.field_mask.paths.extend(["session.dev_addr", "skip_payload_crypto_override"])
    asr.end_device.session.dev_addr = DEV_ADDR
    asr.end_device.skip_payload_crypto_override.value = True
    assert (await client.call(AS + "Set", asr, admin_key)).code == OK
    push = APP_AS + "DownlinkQueuePush"
    res = await client.call(push, queue_request(app, {"frm_payload": "AQID", "f_port": 1, "f_cnt": 5}), admin_key)
    assert res.code == OK, res.message
    queue = await ns_queue(server, app)
    assert [(d.f_cnt, bytes(d.frm_payload)) for d in queue] == [(5, b"\x01\x02\x03")]
    assert (await as_device(server, app)).session.last_a_f_cnt_down == 0
    # The NS's FCnt check is final: no resync without payload crypto.
    assert_error(await client.call(push, queue_request(app, {"frm_payload": "AQID", "f_port": 1, "f_cnt": 5}),
                                   admin_key), INVALID_ARGUMENT, "pkg/networkserver:f_cnt_too_low")
    # List wants the session's AppSKey before it looks at the skip setting (as upstream).
    assert_error(await client.call(APP_AS + "DownlinkQueueList", device_ids(app), admin_key),
                 15, "pkg/applicationserver:no_app_s_key")


async def test_default_formatters_and_device_none(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id, formatters=False)
    link = message(as_pb.SetApplicationLinkRequest, {
        "application_ids": {"application_id": app},
        "link": {"default_formatters": {"down_formatter": "FORMATTER_JAVASCRIPT", "down_formatter_parameter": ENCODER}},
        "field_mask": {"paths": ["default_formatters"]},
    })
    assert (await client.call("/ttn.lorawan.v3.As/SetLink", link, admin_key)).code == OK
    push = APP_AS + "DownlinkQueuePush"
    res = await client.call(push, queue_request(app, {"decoded_payload": {"bytes": [7]}, "f_port": 9}), admin_key)
    assert res.code == OK, res.message
    res = await client.call(APP_AS + "DownlinkQueueList", device_ids(app), admin_key)
    assert [(d.f_port, bytes(d.frm_payload)) for d in res.response.downlinks] == [(9, b"\x07")]
    assert res.response.downlinks[0].decoded_payload["bytes"] == [7]

    # Device formatters set to NONE override the link's: a decoded payload alone is then no payload.
    asr = end_device_pb2.SetEndDeviceRequest()
    asr.end_device.ids.application_ids.application_id, asr.end_device.ids.device_id = app, DEVICE
    asr.field_mask.paths.append("formatters")
    asr.end_device.formatters.SetInParent()
    assert (await client.call(AS + "Set", asr, admin_key)).code == OK
    res = await client.call(push, queue_request(app, {"decoded_payload": {"bytes": [7]}, "f_port": 9}), admin_key)
    assert res.code == OK, res.message
    res = await client.call(APP_AS + "DownlinkQueueList", device_ids(app), admin_key)
    assert [(d.f_cnt, bytes(d.frm_payload)) for d in res.response.downlinks] == [(1, b"\x07"), (2, b"")]
    assert not res.response.downlinks[0].HasField("decoded_payload")


async def test_queue_capacity(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id, formatters=False)
    items = [{"frm_payload": "AQ==", "f_port": 1}] * 10001
    assert_error(await client.call(APP_AS + "DownlinkQueueReplace", queue_request(app, *items), admin_key),
                 RESOURCE_EXHAUSTED, "pkg/networkserver:downlink_queue_capacity")
    assert await ns_queue(server, app) == []
    assert (await as_device(server, app)).session.last_a_f_cnt_down == 0


async def test_simulated_uplink_decoder_failure_is_not_fatal(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id, formatters=False)
    asr = end_device_pb2.SetEndDeviceRequest()
    asr.end_device.ids.application_ids.application_id, asr.end_device.ids.device_id = app, DEVICE
    asr.field_mask.paths.append("formatters")
    asr.end_device.formatters.up_formatter = messages_pb2.FORMATTER_JAVASCRIPT
    asr.end_device.formatters.up_formatter_parameter = "function decodeUplink(i) { return {errors: ['bad']}; }"
    assert (await client.call(AS + "Set", asr, admin_key)).code == OK
    events = Events(server, app)
    try:
        res = await client.call(APP_AS + "SimulateUplink", simulated(app), admin_key)
        assert res.code == OK, res.message
        await events.until("as.up.data.decode.fail")
        forward = await events.until("as.up.data.forward")
        up = messages_pb2.ApplicationUp()
        forward.data.Unpack(up)
        assert up.simulated and not up.uplink_message.HasField("decoded_payload")
    finally:
        events.close()


async def test_encoder_errors_fail_the_request(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id, formatters=False)
    asr = end_device_pb2.SetEndDeviceRequest()
    asr.end_device.ids.application_ids.application_id, asr.end_device.ids.device_id = app, DEVICE
    asr.field_mask.paths.append("formatters")
    asr.end_device.formatters.down_formatter = messages_pb2.FORMATTER_JAVASCRIPT
    asr.end_device.formatters.down_formatter_parameter = "function encodeDownlink(i) { return {errors: ['no']}; }"
    assert (await client.call(AS + "Set", asr, admin_key)).code == OK
    events = Events(server, app)
    try:
        res = await client.call(APP_AS + "DownlinkQueuePush", queue_request(
            app, {"frm_payload": "AQ==", "f_port": 1}, {"decoded_payload": {"a": 1}, "f_port": 2}), admin_key)
        assert_error(res, ABORTED, "pkg/messageprocessors/javascript:output_errors")
        if client.transport == "http":
            assert res.http_status == 409
        await events.until("as.down.data.encode.fail")
        # Nothing was received nor queued.
        assert await ns_queue(server, app) == []
        assert not any(e.name == "as.down.data.receive" for e in events.seen)
    finally:
        events.close()


def _rfc3339(ns: int) -> str:
    import datetime

    moment = datetime.datetime.fromtimestamp(ns / 1e9, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


async def test_expired_absolute_time_is_refused(client, admin_key, unique_id, server):
    import time

    app = await registered(client, admin_key, unique_id)
    push = APP_AS + "DownlinkQueuePush"
    now = time.time_ns()
    for ahead in (-3600 * 10**9, 0, 2 * 10**9):  # upstream: before now + 2.5 s is expired
        res = await client.call(push, queue_request(app, {"frm_payload": "AQ==", "f_port": 1,
                                                          "class_b_c": {"absolute_time": _rfc3339(now + ahead)}}),
                                admin_key)
        assert_error(res, FAILED_PRECONDITION, "pkg/networkserver:downlink_expired")
        if client.transport == "http":
            assert res.http_status == 400
    # Valid items before the expired one are not queued either.
    res = await client.call(push, queue_request(
        app, {"frm_payload": "AQ==", "f_port": 1},
        {"frm_payload": "Ag==", "f_port": 1, "class_b_c": {"absolute_time": _rfc3339(now - 10**9)}}), admin_key)
    assert_error(res, FAILED_PRECONDITION, "pkg/networkserver:downlink_expired")
    assert await ns_queue(server, app) == []
    # In the future (and no absolute time at all): queued.
    res = await client.call(push, queue_request(
        app, {"frm_payload": "AQ==", "f_port": 1, "class_b_c": {"absolute_time": _rfc3339(now + 3600 * 10**9)}},
        {"frm_payload": "Ag==", "f_port": 1, "class_b_c": {"gateways": [{"gateway_ids": {"gateway_id": "gtw-1"}}]}}),
        admin_key)
    assert res.code == OK, res.message
    assert len(await ns_queue(server, app)) == 2


async def test_multicast_devices_need_unconfirmed_items_with_gateways(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    # Make the device multicast (class C): multicast is set when the NS device is created.
    delete = identifiers_pb2.EndDeviceIdentifiers(device_id=DEVICE)
    delete.application_ids.application_id = app
    assert (await client.call(NS + "Delete", delete, admin_key)).code == OK
    ns = end_device_pb2.SetEndDeviceRequest()
    ns.field_mask.paths.extend(["multicast", "supports_class_c", "supports_join", "lorawan_version",
                                "lorawan_phy_version", "frequency_plan_id", "session.dev_addr",
                                "session.keys.f_nwk_s_int_key.key"])
    dev = ns.end_device
    dev.ids.application_ids.application_id, dev.ids.device_id = app, DEVICE
    dev.multicast, dev.supports_class_c = True, True
    dev.lorawan_version, dev.lorawan_phy_version, dev.frequency_plan_id = 3, 4, "EU_863_870_TTN"
    dev.session.dev_addr = DEV_ADDR
    dev.session.keys.f_nwk_s_int_key.key = bytes(range(16))
    res = await client.call(NS + "Set", ns, admin_key)
    assert res.code == OK, res.message

    push, replace = APP_AS + "DownlinkQueuePush", APP_AS + "DownlinkQueueReplace"
    gateways = {"gateways": [{"gateway_ids": {"gateway_id": "gtw-1"}}]}
    for method in (push, replace):
        res = await client.call(method, queue_request(app, {"frm_payload": "AQ==", "f_port": 1, "confirmed": True,
                                                            "class_b_c": gateways}), admin_key)
        assert_error(res, INVALID_ARGUMENT, "pkg/networkserver:confirmed_multicast_downlink")
        for item in ({"frm_payload": "AQ==", "f_port": 1},
                     {"frm_payload": "AQ==", "f_port": 1, "class_b_c": {"gateways": []}}):
            res = await client.call(method, queue_request(app, item), admin_key)
            assert_error(res, NOT_FOUND, "pkg/networkserver:no_downlink_path")
            if client.transport == "http":
                assert res.http_status == 404
    assert await ns_queue(server, app) == []
    res = await client.call(push, queue_request(app, {"frm_payload": "AQ==", "f_port": 1, "class_b_c": gateways}),
                            admin_key)
    assert res.code == OK, res.message
    assert len(await ns_queue(server, app)) == 1
