"""The storage integration over both transports: enabled by a ``storage-integration`` default
association (or a device's association), fed by SimulateUplink, read back through
ApplicationUpStorage's server stream (HTTP: grpc-gateway JSON lines) and its count."""

from __future__ import annotations

import base64
import json
from typing import Any

import grpc

from support import upstream_json
from support.transports import assert_upstream_spelling
from support.waiting import until
from ttn.lorawan.v3 import applicationserver_integrations_storage_pb2 as pb
from ttn.lorawan.v3 import applicationserver_packages_pb2 as packages_pb
from ttn.lorawan.v3 import messages_pb2, rights_pb2

from contract.test_downlink_queue import APP_AS, DEVICE, queue_request, registered, simulated

OK, INVALID_ARGUMENT, PERMISSION_DENIED = 0, 3, 7
PKG = "/ttn.lorawan.v3.ApplicationPackageRegistry/"
STORAGE = "/ttn.lorawan.v3.ApplicationUpStorage/"


def message(cls, obj: dict):
    """A request written as a user writes its JSON, read without ttsl's codec."""
    return upstream_json.from_json(cls, obj)


async def enable(client, key, app: str, *, device: str | None = None, f_port: int = 200) -> None:
    """A ``storage-integration`` association: the application's default one, or the device's."""
    if device is None:
        req = message(packages_pb.SetApplicationPackageDefaultAssociationRequest, {
            "default": {"ids": {"application_ids": {"application_id": app}, "f_port": f_port},
                        "package_name": "storage-integration"},
            "field_mask": "package_name"})
        res = await client.call(PKG + "SetDefaultAssociation", req, key)
    else:
        req = message(packages_pb.SetApplicationPackageAssociationRequest, {
            "association": {"ids": {"end_device_ids": {"application_ids": {"application_id": app}, "device_id": device},
                                    "f_port": f_port},
                            "package_name": "storage-integration"},
            "field_mask": "package_name"})
        res = await client.call(PKG + "SetAssociation", req, key)
    assert res.code == OK, res.message


def _ids(app: str, device: str | None) -> dict:
    if device is None:
        return {"application_ids": {"application_id": app}}
    return {"end_device_ids": {"application_ids": {"application_id": app}, "device_id": device}}


def _path(app: str, device: str | None, type: str) -> str:
    base = f"/as/applications/{app}" + (f"/devices/{device}" if device is not None else "")
    return f"{base}/packages/storage/{type}"


async def stored(client, key, app: str, type: str = "uplink_message", *, device: str | None = None,
                 **params: Any) -> tuple[int, list[dict], Any]:
    """(code, messages as JSON objects, raw HTTP body or None) of GetStoredApplicationUp."""
    if client.transport == "grpc":
        req = message(pb.GetStoredApplicationUpRequest, {**_ids(app, device), "type": type, **params})
        rpc = client.channel.unary_stream(STORAGE + "GetStoredApplicationUp",
                                          request_serializer=lambda m: m.SerializeToString(),
                                          response_deserializer=messages_pb2.ApplicationUp.FromString)
        try:
            ups = [up async for up in rpc(req, metadata=(("authorization", f"Bearer {key}"),))]
        except grpc.aio.AioRpcError as exc:
            return exc.code().value[0], [], None
        return OK, [upstream_json.to_json(up) for up in ups], None
    query = [(k, str(v)) for k, v in params.items()]
    async with client.session.get(client.base_url + _path(app, device, type), params=query,
                                  headers={"Authorization": f"Bearer {key}"}) as resp:
        body = await resp.read()
        if resp.status != 200:
            # A stream's failure before its first message: {"error": <Status>} and the delimiter.
            return json.loads(body)["error"]["code"], [], body
        if body:
            assert resp.headers["Content-Type"] == "application/json"
    lines = body.split(b"\n")
    assert lines[-1] == b""
    results = [json.loads(line)["result"] for line in lines[:-1]]
    for result in results:
        assert_upstream_spelling(result, upstream_json.from_json(messages_pb2.ApplicationUp, result))
    return OK, results, body


async def count(client, key, app: str, type: str = "uplink_message", *, device: str | None = None, **params):
    if client.transport == "grpc":
        req = message(pb.GetStoredApplicationUpCountRequest, {**_ids(app, device), "type": type, **params})
        res = await client.call(STORAGE + "GetStoredApplicationUpCount", req, key)
        return res.code, dict(res.response.count) if res.code == OK else None
    res = await client.raw("GET", _path(app, device, type) + "/count", key=key,
                           query=[(k, str(v)) for k, v in params.items()])
    return res.code, res.json.get("count", {}) if res.code == OK else None


async def until_stored(client, key, app: str, n: int, **params: Any) -> list[dict]:
    async def enough():
        code, ups, _ = await stored(client, key, app, **params)
        assert code == OK
        return ups if len(ups) >= n else None

    return await until(enough, f"{n} stored messages of {app}")


async def until_passed_over(client, key, app_id: str) -> None:
    """Until the writer has dealt with what was offered so far: it takes messages in the order
    they are offered, so once an uplink of another, enabled, application is stored, everything
    offered before it has been written or passed over."""
    marker = await registered(client, key, app_id + "-marker")
    await enable(client, key, marker)
    await simulate(client, key, marker, 1)
    await until_stored(client, key, marker, 1)


async def simulate(client, key, app: str, f_port: int, received_at: str | None = None) -> None:
    up = simulated(app)
    up.uplink_message.f_port = f_port
    if received_at is not None:
        up.received_at.FromJsonString(received_at)
    res = await client.call(APP_AS + "SimulateUplink", up, key)
    assert res.code == OK, res.message


async def test_uplinks_are_stored_and_read_back(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    # Not enabled yet: nothing is stored, and an empty stream is an empty 200 answer.
    await simulate(client, admin_key, app, 1)
    await until_passed_over(client, admin_key, app)
    code, ups, body = await stored(client, admin_key, app)
    assert (code, ups) == (OK, [])
    if client.transport == "http":
        assert body == b""
    await enable(client, admin_key, app)
    await simulate(client, admin_key, app, 1, "2026-01-01T00:00:01Z")
    await simulate(client, admin_key, app, 2, "2026-01-01T00:00:02Z")
    await simulate(client, admin_key, app, 1, "2026-01-01T00:00:03Z")
    ups = await until_stored(client, admin_key, app, 3)
    assert [u["received_at"] for u in ups] == [
        "2026-01-01T00:00:01Z", "2026-01-01T00:00:02Z", "2026-01-01T00:00:03Z"]
    first = ups[0]
    assert first["end_device_ids"]["device_id"] == DEVICE and first["simulated"] is True
    assert first["uplink_message"]["frm_payload"] == "AQID"
    assert first["uplink_message"]["decoded_payload"] == {"sum": 6}
    # The device route, and the filters.
    assert len((await stored(client, admin_key, app, device=DEVICE))[1]) == 3
    assert (await stored(client, admin_key, app, device="other"))[:2] == (OK, [])

    def ports(result):
        assert result[0] == OK
        return [u["uplink_message"]["f_port"] for u in result[1]]

    def times(result):
        assert result[0] == OK
        return [u["received_at"][-3:-1] for u in result[1]]

    assert ports(await stored(client, admin_key, app, f_port=1)) == [1, 1]
    assert times(await stored(client, admin_key, app, limit=2)) == ["01", "02"]
    assert times(await stored(client, admin_key, app, order="-received_at", limit=2)) == ["03", "02"]
    assert times(await stored(client, admin_key, app, order="received_at")) == ["01", "02", "03"]
    assert times(await stored(client, admin_key, app, after="2026-01-01T00:00:02Z")) == ["02", "03"]
    assert times(await stored(client, admin_key, app, before="2026-01-01T00:00:02Z")) == ["01", "02"]
    assert times(await stored(client, admin_key, app, after="2026-01-01T00:00:01.5Z",
                              before="2026-01-01T00:00:02.5Z")) == ["02"]
    assert (await stored(client, admin_key, app, last="3600s"))[:2] == (OK, [])  # received in 2026-01
    assert (await stored(client, admin_key, app, type="join_accept"))[:2] == (OK, [])
    # A field mask keeps end_device_ids and received_at.
    code, ups, _ = await stored(client, admin_key, app, field_mask="up.uplink_message.f_port", limit=1)
    assert code == OK
    assert set(ups[0]) == {"end_device_ids", "received_at", "uplink_message"}
    assert ups[0]["uplink_message"] == {"f_port": 1}
    assert (await stored(client, admin_key, app, field_mask="nope"))[0] == INVALID_ARGUMENT
    assert (await stored(client, admin_key, app, order="f_port"))[0] == INVALID_ARGUMENT
    # Counts.
    assert await count(client, admin_key, app) == (OK, {DEVICE: 3})
    assert await count(client, admin_key, app, f_port=2) == (OK, {DEVICE: 1})
    assert await count(client, admin_key, app, device=DEVICE, after="2026-01-01T00:00:03Z") == (OK, {DEVICE: 1})
    assert await count(client, admin_key, app, device="other") == (OK, {"other": 0})
    assert await count(client, admin_key, app, type="join_accept") == (OK, {})


async def test_recent_uplinks_and_device_association(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    await enable(client, admin_key, app, device=DEVICE, f_port=7)
    await simulate(client, admin_key, app, 5)
    ups = await until_stored(client, admin_key, app, 1, last="3600s")
    assert ups[0]["uplink_message"]["f_port"] == 5


async def test_rights(client, admin_key, unique_id, server, population):
    app = await registered(client, admin_key, unique_id)
    reader = await population.key("application", app, rights_pb2.RIGHT_APPLICATION_TRAFFIC_READ)
    assert (await stored(client, reader, app))[0] == OK
    assert (await stored(client, reader, app, device=DEVICE))[0] == OK
    assert (await count(client, reader, app))[0] == OK
    info = await population.key("application", app, rights_pb2.RIGHT_APPLICATION_INFO,
                                rights_pb2.RIGHT_APPLICATION_SETTINGS_PACKAGES)
    assert (await stored(client, info, app))[0] == PERMISSION_DENIED
    assert (await stored(client, info, app, device=DEVICE))[0] == PERMISSION_DENIED
    assert (await count(client, info, app))[0] == PERMISSION_DENIED
    assert (await count(client, info, app, device=DEVICE))[0] == PERMISSION_DENIED
    # Another application's key.
    other = await registered(client, admin_key, unique_id + "-o")
    other_reader = await population.key("application", other, rights_pb2.RIGHT_APPLICATION_TRAFFIC_READ)
    assert (await stored(client, other_reader, app))[0] == PERMISSION_DENIED


async def test_downlink_queue_operations_are_stored(client, admin_key, unique_id, server):
    app = await registered(client, admin_key, unique_id)
    await enable(client, admin_key, app)
    push = APP_AS + "DownlinkQueuePush"
    res = await client.call(push, queue_request(app, {"frm_payload": "vu8=", "f_port": 42}), admin_key)
    assert res.code == OK, res.message
    res = await client.call(push, queue_request(app, {"frm_payload": base64.b64encode(bytes(243)).decode(),
                                                      "f_port": 43}), admin_key)
    assert res.code == INVALID_ARGUMENT
    queued = await until_stored(client, admin_key, app, 1, type="downlink_queued")
    assert len(queued) == 1
    assert queued[0]["downlink_queued"]["f_port"] == 42 and queued[0]["downlink_queued"]["frm_payload"] == "vu8="
    assert queued[0]["end_device_ids"]["device_id"] == DEVICE and "received_at" in queued[0]
    failed = await until_stored(client, admin_key, app, 1, type="downlink_failed")
    assert failed[0]["downlink_failed"]["downlink"]["f_port"] == 43
    assert failed[0]["downlink_failed"]["error"]["name"] == "application_downlink_too_long"
    assert (await stored(client, admin_key, app, type="downlink_queued", f_port=43))[:2] == (OK, [])
    assert await count(client, admin_key, app, type="downlink_queued") == (OK, {DEVICE: 1})
    if client.transport == "grpc":  # every type at once (the HTTP path segment cannot be empty)
        code, ups, _ = await stored(client, admin_key, app, type="")
        assert code == OK and [next(k for k in u if k.startswith("downlink_")) for u in ups] == [
            "downlink_queued", "downlink_failed"]


async def test_http_event_stream_framing_and_go_durations(http_client, admin_key, server):
    app = await registered(http_client, admin_key, "http-storage-sse")
    await enable(http_client, admin_key, app)
    await simulate(http_client, admin_key, app, 3)
    await simulate(http_client, admin_key, app, 4)
    await until_stored(http_client, admin_key, app, 2)
    # The docs' request: Accept text/event-stream, last as a Go duration.
    async with http_client.session.get(
        http_client.base_url + _path(app, None, "uplink_message"), params=[("last", "1h"), ("limit", "5")],
        headers={"Authorization": f"Bearer {admin_key}", "Accept": "text/event-stream"},
    ) as resp:
        assert resp.status == 200 and resp.headers["Content-Type"] == "text/event-stream"
        body = await resp.read()
    frames = body.split(b"\n\n")
    assert frames[-1] == b"" and len(frames) == 3
    assert [json.loads(f)["result"]["uplink_message"]["f_port"] for f in frames[:-1]] == [3, 4]


async def test_request_without_identifiers_is_refused(grpc_client, admin_key):
    rpc = grpc_client.channel.unary_stream(STORAGE + "GetStoredApplicationUp",
                                           request_serializer=lambda m: m.SerializeToString(),
                                           response_deserializer=messages_pb2.ApplicationUp.FromString)
    try:
        [up async for up in rpc(pb.GetStoredApplicationUpRequest(type="uplink_message"),
                                metadata=(("authorization", f"Bearer {admin_key}"),))]
    except grpc.aio.AioRpcError as exc:
        # An admin: the application "" is not found (no rights check refuses an admin first).
        assert exc.code() == grpc.StatusCode.NOT_FOUND, exc
    else:
        raise AssertionError("answered")
