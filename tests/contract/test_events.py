"""Events.Stream and Events.FindRelated, over gRPC and HTTP (the ``client`` fixture); the HTTP
framing byte by byte and the seed's "Get Event Stream" request as written in the docs.

Every stream read is bounded in time (tests/support/streams.py), so a case fails, never hangs.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time

import pytest
from google.protobuf import field_mask_pb2, struct_pb2
from multidict import CIMultiDict

from server.app import start
from server.events import DEFINITIONS, define
from support.requests import REG, create_request
from support import servers
from support.streams import FIND_RELATED, open_stream
from support.transports import GRPCClient, HTTPClient
from support.waiting import next_millisecond, until
from ttn.lorawan.v3 import application_pb2, enums_pb2, events_pb2 as E, identifiers_pb2 as I, rights_pb2 as R

OK, INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED = 0, 3, 5, 7
DEV = "/ttn.lorawan.v3.EndDeviceRegistry/"
HOST = socket.gethostname()

# A device event that does not propagate to the application (like upstream's as.up.data.receive).
_LOCAL_NAME = "ttsl.test.device.local"
LOCAL = DEFINITIONS.get(_LOCAL_NAME) or define(_LOCAL_NAME, "device-only test event", R.RIGHT_APPLICATION_TRAFFIC_READ)


def app_entity(app: str) -> I.EntityIdentifiers:
    return I.EntityIdentifiers(application_ids=I.ApplicationIdentifiers(application_id=app))


def device_entity(app: str, dev: str) -> I.EntityIdentifiers:
    return I.EntityIdentifiers(device_ids=I.EndDeviceIdentifiers(
        device_id=dev, application_ids=I.ApplicationIdentifiers(application_id=app)))


def stream_request(*identifiers, tail: int = 0, after=None, names=()) -> E.StreamEventsRequest:
    req = E.StreamEventsRequest(identifiers=identifiers, tail=tail, names=names)
    if after is not None:
        req.after.CopyFrom(after)
    return req


async def new_app(client, key, app: str) -> str:
    res = await client.call(REG + "Create", create_request(app), key)
    assert res.code == OK, res.message
    return app


async def rename(client, key, app: str, name: str) -> None:
    req = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    req.application.ids.application_id = app
    req.application.name = name
    res = await client.call(REG + "Update", req, key)
    assert res.code == OK, res.message


async def new_device(client, key, app: str, dev: str) -> None:
    from ttn.lorawan.v3 import end_device_pb2

    req = end_device_pb2.CreateEndDeviceRequest()
    req.end_device.ids.device_id = dev
    req.end_device.ids.application_ids.application_id = app
    res = await client.call(DEV + "Create", req, key)
    assert res.code == OK, res.message


async def delete_device(client, key, app: str, dev: str) -> None:
    ids = I.EndDeviceIdentifiers(device_id=dev, application_ids=I.ApplicationIdentifiers(application_id=app))
    res = await client.call(DEV + "Delete", ids, key)
    assert res.code == OK, res.message


def listed(value_any) -> list[str]:
    value = struct_pb2.Value()
    assert value_any.Unpack(value)
    return [v.string_value for v in value.list_value.values]


async def started(client, req, key, **kw):
    stream = await open_stream(client, req, key, **kw)
    assert stream.error is None, stream.error
    start_event = await stream.next()
    assert start_event.name == "events.stream.start"
    return stream, start_event


# The first message -----------------------------------------------------------------------------

async def test_the_first_message_is_the_stream_start_event(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    req = stream_request(app_entity(app), device_entity(app, "dev1"))
    before = time.time_ns()
    stream, start_event = await started(client, req, admin_key)
    try:
        assert list(start_event.identifiers) == list(req.identifiers)
        assert start_event.origin == HOST
        assert len(start_event.correlation_ids) == 1
        assert start_event.correlation_ids[0].startswith("rpc:/ttn.lorawan.v3.Events/Stream:")
        assert len(start_event.unique_id) == 26
        assert before <= start_event.time.ToNanoseconds() <= time.time_ns()
        assert not start_event.HasField("data") and not start_event.HasField("visibility")
        assert not start_event.HasField("authentication") and not start_event.remote_ip
        await stream.quiet()  # no history without tail or after: the creation is not replayed
    finally:
        await stream.close()

    # With a names filter, the names it selects, sorted, as a list value.
    req = stream_request(app_entity(app), names=["application.update", r"/^end_device\.(create|delete)$/"])
    stream, start_event = await started(client, req, admin_key)
    await stream.close()
    assert start_event.data.type_url == "type.googleapis.com/google.protobuf.Value"
    assert listed(start_event.data) == ["application.update", "end_device.create", "end_device.delete"]

    # The names of a whole upstream stack are known, emitted here or not (yet).
    req = stream_request(app_entity(app), names=["as.up.data.forward", r"/^as\.down\.data\.(n?ack)\./"])
    stream, start_event = await started(client, req, admin_key)
    await stream.close()
    assert listed(start_event.data) == ["as.down.data.ack.forward", "as.down.data.nack.forward", "as.up.data.forward"]


# Live events ------------------------------------------------------------------------------------

async def test_live_events_carry_data_visibility_and_the_caller(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    stream, _ = await started(client, stream_request(app_entity(app)), admin_key)
    try:
        await rename(client, admin_key, app, "renamed")
        event = await stream.next()
    finally:
        await stream.close()
    assert event.name == "application.update"
    assert list(event.identifiers) == [app_entity(app)]
    assert listed(event.data) == ["name"]
    assert list(event.visibility.rights) == [R.RIGHT_APPLICATION_INFO]
    assert event.correlation_ids[0].startswith("rpc:/ttn.lorawan.v3.ApplicationRegistry/Update:")
    assert (event.authentication.type, event.authentication.token_type, event.authentication.token_id) == (
        "Bearer", "APIKey", admin_key.split(".")[1])
    assert event.remote_ip == "127.0.0.1"
    assert event.user_agent  # the caller's (grpc-python's or aiohttp's)
    assert event.origin == HOST and len(event.unique_id) == 26


async def test_device_events_reach_application_streams_only_when_they_propagate(server, client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    app_stream, _ = await started(client, stream_request(app_entity(app)), admin_key)
    dev_stream, _ = await started(client, stream_request(device_entity(app, "dev1")), admin_key)
    try:
        await server.bus.publish(LOCAL.new([device_entity(app, "dev1")]))
        await new_device(client, admin_key, app, "dev1")
        assert (await dev_stream.next()).name == _LOCAL_NAME
        created = await dev_stream.next()
        assert created.name == "end_device.create"
        assert created.identifiers[0].device_ids.device_id == "dev1"
        event = await app_stream.next()  # not the device-only event
        assert (event.name, event.identifiers[0].device_ids.device_id) == ("end_device.create", "dev1")

        # Another device's events and the application's own do not reach dev1's stream.
        await new_device(client, admin_key, app, "dev2")
        await rename(client, admin_key, app, "x")
        event = await app_stream.next()
        assert (event.name, event.identifiers[0].device_ids.device_id) == ("end_device.create", "dev2")
        assert (await app_stream.next()).name == "application.update"
        await dev_stream.quiet()
    finally:
        await app_stream.close()
        await dev_stream.close()


async def test_the_names_filter_keeps_exact_names_and_pattern_matches(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    req = stream_request(app_entity(app), names=["end_device.delete", r"/^application\.upd/"])
    stream, _ = await started(client, req, admin_key)
    try:
        await new_device(client, admin_key, app, "dev1")
        await rename(client, admin_key, app, "x")
        await delete_device(client, admin_key, app, "dev1")
        assert [(await stream.next()).name for _ in range(2)] == ["application.update", "end_device.delete"]
        await stream.quiet()
    finally:
        await stream.close()


# Refusals ----------------------------------------------------------------------------------------

async def refused(client, req, key=None, **kw):
    stream = await open_stream(client, req, key, **kw)
    await stream.close()
    assert stream.error is not None, "the stream was not refused"
    if client.transport == "http":
        # Refused by the server: the error chunk of the stream, with the status of its code.
        assert stream.raw.startswith(b'{"error":{') and stream.raw.endswith(b"}}\n"), stream.raw
        assert stream.headers["content-type"] == "application/json"
    return stream.error


async def test_requests_are_checked_before_rights(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    error = await refused(client, stream_request(), admin_key)
    assert (error.code, error.error_name) == (INVALID_ARGUMENT, "pkg/events/grpc:no_identifiers")
    assert error.message == "error:pkg/events/grpc:no_identifiers (no identifiers)"

    error = await refused(client, stream_request(app_entity(app), names=["as.up.nothing"]), admin_key)
    assert (error.code, error.error_name) == (INVALID_ARGUMENT, "pkg/events:unknown_event_name")
    assert error.details.attributes["name"] == "as.up.nothing"
    assert error.message == "error:pkg/events:unknown_event_name (unknown event `as.up.nothing`)"

    error = await refused(client, stream_request(app_entity(app), names=["application.update", "/^zzz/"]), admin_key)
    assert (error.code, error.error_name) == (INVALID_ARGUMENT, "pkg/events:no_matching_events")
    assert error.details.attributes["regexp"] == "^zzz"

    error = await refused(client, stream_request(app_entity(app), names=["/(/"]), admin_key)
    assert (error.code, error.error_name) == (INVALID_ARGUMENT, "pkg/events:invalid_regexp")

    # Before rights: an anonymous caller gets the request's error, then the rights error.
    error = await refused(client, stream_request(app_entity(app), names=["nope"]))
    assert error.error_name == "pkg/events:unknown_event_name"
    error = await refused(client, stream_request(app_entity(app)))
    assert (error.code, error.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")

    # An identifier that is not valid is the validation error.
    bad = I.EntityIdentifiers(application_ids=I.ApplicationIdentifiers(application_id="Not Valid"))
    error = await refused(client, stream_request(bad), admin_key)
    assert (error.code, error.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


async def _health_while(http_client, work):
    """Runs ``work`` while asking ``/healthz/live``, every answer a 200; the work's result."""
    root = http_client.base_url.removesuffix("/api/v3")
    task = asyncio.ensure_future(work)
    try:
        while not task.done():
            async with http_client.session.get(root + "/healthz/live") as resp:
                assert resp.status == 200
            await asyncio.sleep(0)
        return await task
    finally:
        task.cancel()


@pytest.fixture
def compiled(monkeypatch):
    """The expressions RE2 compiles during the test, each with the thread that compiled it."""
    import re2

    seen: list[tuple[str, int]] = []
    compile_ = re2.compile

    def counting_compile(expression, *args, **kwargs):
        seen.append((expression, threading.get_ident()))
        return compile_(expression, *args, **kwargs)

    monkeypatch.setattr(re2, "compile", counting_compile)
    return seen


async def test_a_big_names_list_is_refused_before_any_work_and_heavy_patterns_run_off_the_loop(
        client, http_client, admin_key, unique_id, compiled):
    from server.events.pattern import MAX_ENTRIES

    app = await new_app(client, admin_key, unique_id)
    # The reviewer's request: 20 000 entries (420 KB), no Authorization. Refused before any
    # entry is looked at: nothing is compiled (its time is measured in `make bench`).
    req = stream_request(app_entity(app), names=["/.{0,50}s.{0,50}/"] * 20000)
    error = await _health_while(http_client, refused(client, req))
    assert compiled == []
    assert (error.code, error.error_name) == (INVALID_ARGUMENT, "pkg/events:too_many_names")
    assert error.details.attributes["count"] == 20000 and error.details.attributes["max"] == MAX_ENTRIES
    if client.transport == "http":
        assert error.http_status == 400

    # At the cap, with heavy patterns never seen before: each is compiled once, none of them on
    # the event loop's thread, health answers meanwhile, and the anonymous caller then gets the
    # rights error.
    heavy = [f"/(?:.{{0,50}}s.{{0,50}}){{0,19}}(?:{client.transport}{i})?/" for i in range(MAX_ENTRIES)]
    error = await _health_while(http_client, refused(client, stream_request(app_entity(app), names=heavy)))
    assert sorted(expression for expression, _ in compiled) == sorted(entry.strip("/") for entry in heavy)
    assert threading.get_ident() not in {thread for _, thread in compiled}
    assert (error.code, error.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")


async def test_a_key_of_another_application_cannot_stream_this_one(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    other = await new_app(client, admin_key, unique_id + "-other")
    other_key = await population.key("application", other, R.RIGHT_APPLICATION_ALL)
    # Its own application and devices: allowed.
    stream, _ = await started(client, stream_request(app_entity(other), device_entity(other, "dev1")), other_key)
    await stream.close()
    # This one's, alone or among its own: refused whole, naming this application.
    for ids in (app_entity(app), device_entity(app, "dev1")):
        for req in (stream_request(ids), stream_request(app_entity(other), ids)):
            error = await refused(client, req, other_key)
            assert (error.code, error.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
            assert error.details.attributes["uid"] == app

    # Other kinds of entities: the rights error of their kind; an admin is told what is not there.
    user = await population.user(unique_id + "-u")
    user_key = await population.key("user", user, R.RIGHT_ALL)
    for ids, name in (
        (I.EntityIdentifiers(gateway_ids=I.GatewayIdentifiers(gateway_id="no-such-gtw")), "no_gateway_rights"),
        (I.EntityIdentifiers(organization_ids=I.OrganizationIdentifiers(organization_id="no-such-org")),
         "no_organization_rights"),
        (I.EntityIdentifiers(user_ids=I.UserIdentifiers(user_id="admin")), "no_user_rights"),
        (I.EntityIdentifiers(client_ids=I.ClientIdentifiers(client_id="no-such-client")), "no_client_rights"),
    ):
        error = await refused(client, stream_request(ids), user_key)
        assert (error.code, error.error_name) == (PERMISSION_DENIED, f"pkg/auth/rights:{name}")
    error = await refused(client, stream_request(app_entity("no-such-app-at-all")), admin_key)
    assert (error.code, error.error_name) == (NOT_FOUND, "pkg/identityserver/store:application_not_found")
    error = await refused(client, stream_request(
        I.EntityIdentifiers(client_ids=I.ClientIdentifiers(client_id="no-such-client"))), admin_key)
    assert (error.code, error.error_name) == (NOT_FOUND, "pkg/identityserver/store:client_not_found")

    # A user streams its own events.
    stream, _ = await started(client, stream_request(I.EntityIdentifiers(user_ids=I.UserIdentifiers(user_id=user))),
                              user_key)
    await stream.close()


async def test_events_the_caller_may_not_see_are_not_delivered(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    devices_key = await population.key("application", app, R.RIGHT_APPLICATION_DEVICES_READ)
    info_key = await population.key("application", app, R.RIGHT_APPLICATION_INFO)
    devices_stream, _ = await started(client, stream_request(app_entity(app)), devices_key)
    info_stream, _ = await started(client, stream_request(app_entity(app)), info_key)
    try:
        await rename(client, admin_key, app, "x")  # visible with APPLICATION_INFO
        await new_device(client, admin_key, app, "dev1")  # visible with DEVICES_READ
        assert (await devices_stream.next()).name == "end_device.create"
        assert (await info_stream.next()).name == "application.update"
        await devices_stream.quiet()
        await info_stream.quiet()
    finally:
        await devices_stream.close()
        await info_stream.close()


async def test_subscribers_see_the_deletion_of_their_application(client, admin_key, unique_id):
    # Rights are looked up once per stream (upstream): the events of a deletion still reach it.
    app = await new_app(client, admin_key, unique_id)
    stream, _ = await started(client, stream_request(app_entity(app)), admin_key)
    try:
        res = await client.call(REG + "Delete", I.ApplicationIdentifiers(application_id=app), admin_key)
        assert res.code == OK, res.message
        assert (await stream.next()).name == "application.delete"
    finally:
        await stream.close()


# History -----------------------------------------------------------------------------------------

async def test_tail_and_after_replay_the_history(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for name in ("a", "b", "c"):
        await next_millisecond()  # distinct milliseconds
        await rename(client, admin_key, app, name)
    await new_device(client, admin_key, app, "dev1")  # propagated: in the application's history

    stream, _ = await started(client, stream_request(app_entity(app), tail=10), admin_key)
    history = [await stream.next() for _ in range(5)]
    await stream.quiet()
    await stream.close()
    assert [e.name for e in history] == ["application.create"] + ["application.update"] * 3 + ["end_device.create"]
    create, update_a, update_b, update_c, device = history

    stream, _ = await started(client, stream_request(app_entity(app), tail=2), admin_key)
    assert [(await stream.next()).unique_id for _ in range(2)] == [update_c.unique_id, device.unique_id]
    await stream.quiet()
    # Then live events, once.
    await rename(client, admin_key, app, "d")
    update_d = await stream.next()
    assert listed(update_d.data) == ["name"]
    await stream.quiet()
    await stream.close()

    async def replayed(**kw) -> list[str]:
        stream, _ = await started(client, stream_request(app_entity(app), **kw), admin_key)
        try:
            ids = []
            while True:
                try:
                    ids.append((await stream.next(timeout=0.3)).unique_id)
                except asyncio.TimeoutError:
                    return ids
        finally:
            await stream.close()

    # after: strictly after, to the millisecond.
    c, d, dev = update_c.unique_id, update_d.unique_id, device.unique_id
    assert await replayed(after=update_b.time) == [c, dev, d]
    # Both: whichever limit is reached first.
    assert await replayed(tail=2, after=update_a.time) == [dev, d]
    assert await replayed(tail=4, after=update_b.time) == [c, dev, d]

    # The names filter applies after tail (upstream): the last two hold no creation.
    stream, _ = await started(client, stream_request(app_entity(app), tail=2, names=["application.create"]), admin_key)
    await stream.quiet()
    await stream.close()
    stream, _ = await started(client, stream_request(app_entity(app), tail=10, names=["application.create"]), admin_key)
    assert (await stream.next()).unique_id == create.unique_id
    await stream.close()

    # A device's stream has its own history.
    stream, _ = await started(client, stream_request(device_entity(app, "dev1"), tail=5), admin_key)
    assert (await stream.next()).unique_id == device.unique_id
    await stream.quiet()
    await stream.close()


# FindRelated -------------------------------------------------------------------------------------

async def test_find_related_returns_the_events_of_a_correlation_id(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    stream, _ = await started(client, stream_request(app_entity(app)), admin_key)
    await rename(client, admin_key, app, "x")
    update = await stream.next()
    await stream.close()
    cid = update.correlation_ids[0]

    res = await client.call(FIND_RELATED, E.FindRelatedEventsRequest(correlation_id=cid), admin_key)
    assert res.code == OK, res.message
    assert list(res.response.events) == [update]

    # Without the visibility rights: only the public part of the event.
    devices_key = await population.key("application", app, R.RIGHT_APPLICATION_DEVICES_READ)
    for key in (devices_key, None):
        res = await client.call(FIND_RELATED, E.FindRelatedEventsRequest(correlation_id=cid), key)
        assert res.code == OK, res.message
        (reduced,) = res.response.events
        assert (reduced.name, reduced.time, list(reduced.identifiers), reduced.origin, reduced.visibility,
                reduced.unique_id) == (update.name, update.time, list(update.identifiers), update.origin,
                                       update.visibility, update.unique_id)
        for private in ("data", "authentication"):
            assert not reduced.HasField(private)
        assert not reduced.correlation_ids and not reduced.context and not reduced.remote_ip and not reduced.user_agent

    res = await client.call(FIND_RELATED, E.FindRelatedEventsRequest(correlation_id="rpc:nothing:here"), admin_key)
    assert res.code == OK and not res.response.events
    if client.transport == "http":
        assert res.json == {}
    res = await client.call(FIND_RELATED, E.FindRelatedEventsRequest(correlation_id=""), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


# Headers and the end of streams ----------------------------------------------------------------

async def test_warnings_are_sent_as_headers_with_the_first_message(client, unique_id, population):
    user = await population.user(unique_id + "-pending", state=enums_pb2.STATE_REQUESTED)
    key = await population.key("user", user, R.RIGHT_USER_ALL)
    stream, _ = await started(client, stream_request(I.EntityIdentifiers(user_ids=I.UserIdentifiers(user_id=user))),
                              key)
    await stream.close()
    header = "warning" if client.transport == "grpc" else "x-warning"
    assert stream.headers[header] == "Restricted rights while account pending"


async def test_a_closed_stream_closes_its_subscription(server, client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    before = server.bus.open_subscriptions
    stream, _ = await started(client, stream_request(app_entity(app)), admin_key)
    assert server.bus.open_subscriptions == before + 1
    await stream.close()
    await until(lambda: server.bus.open_subscriptions == before, "the subscription to close")


async def test_streams_end_when_the_server_stops(tmp_path, admin_key):
    srv = await start(servers.test_config(tmp_path, admin_key))
    grpc_client, http_client = GRPCClient(srv.grpc_port), HTTPClient(f"http://127.0.0.1:{srv.http_port}")
    try:
        await new_app(grpc_client, admin_key, "stopping-app")
        streams = [(await started(c, stream_request(app_entity("stopping-app")), admin_key))[0]
                   for c in (grpc_client, http_client)]
        await asyncio.wait_for(srv.stop(), 30)  # a bound on a hang; its time is measured in `make bench`
        for stream in streams:
            with pytest.raises((AssertionError, ConnectionError, asyncio.IncompleteReadError)):
                await stream.next(timeout=2)  # ended (or failed), never waits
    finally:
        await grpc_client.close()
        await http_client.close()


# HTTP framing ------------------------------------------------------------------------------------

SEED_BODY = '''{
    "identifiers":[{
        "device_ids":{
            "device_id":"dev1",
            "application_ids":{"application_id":"app1"}
        }
    }]
  }'''


async def test_seed_get_event_stream(http_client, admin_key, unique_id):
    """The seed's request as written (host and IDs aside): ``text/event-stream``, each message
    ``{"result": …}`` and a blank line, no ``data:``."""
    app = await new_app(http_client, admin_key, unique_id)
    headers = {
        "Authorization": f"Bearer {admin_key}",
        "Accept": "text/event-stream",
        "Content-Type": "application/json",
        "User-Agent": "my-integration/my-integration-version",
    }
    body = SEED_BODY.replace('"app1"', f'"{app}"')
    async with http_client.session.post(http_client.base_url + "/events", data=body, headers=headers) as resp:
        assert resp.status == 200
        assert resp.headers["Content-Type"] == "text/event-stream"
        assert resp.headers["Transfer-Encoding"] == "chunked"
        first = await asyncio.wait_for(resp.content.readuntil(b"\n\n"), 5)
        assert first.startswith(b'{"result":{"name":"events.stream.start","time":"') and first.endswith(b"}}\n\n")
        start_event = json.loads(first)["result"]
        assert start_event["identifiers"] == [{"device_ids": {"device_id": "dev1", "application_ids": {
            "application_id": app}}}]
        res = await http_client.raw("POST", f"/applications/{app}/devices", key=admin_key,
                                    headers={"User-Agent": "my-integration/my-integration-version"},
                                    body=json.dumps({"end_device": {"ids": {"device_id": "dev1"}}}))
        assert res.code == OK, res.json
        second = await asyncio.wait_for(resp.content.readuntil(b"\n\n"), 5)
    assert second.startswith(b'{"result":{"name":"end_device.create",') and second.endswith(b"}}\n\n")
    assert b"data:" not in first + second
    event = json.loads(second)["result"]
    assert event["user_agent"] == "my-integration/my-integration-version"
    assert event["visibility"] == {"rights": ["RIGHT_APPLICATION_DEVICES_READ"]}
    assert event["authentication"] == {"type": "Bearer", "token_type": "APIKey", "token_id": admin_key.split(".")[1]}


async def _framing(http_client, admin_key, app, headers, body=None):
    all_headers = {"Authorization": f"Bearer {admin_key}", **headers} if isinstance(headers, dict) else headers
    if body is None:
        body = json.dumps({"identifiers": [{"application_ids": {"application_id": app}}]})
    resp = await http_client.session.post(http_client.base_url + "/events", data=body, headers=all_headers)
    return resp


async def test_http_framing_follows_the_exact_accept_header(http_client, admin_key, unique_id):
    app = await new_app(http_client, admin_key, unique_id)
    sse = (b"\n\n", "text/event-stream")
    lines = (b"\n", "application/json")
    auth = ("Authorization", f"Bearer {admin_key}")
    cases = [
        ({}, lines),
        ({"Accept": "application/json"}, lines),
        ({"Accept": "*/*"}, lines),
        ({"Accept": "text/event-stream, application/json"}, lines),  # not exactly the type
        ({"Accept": "text/event-stream;q=1"}, lines),
        (CIMultiDict([auth, ("Accept", "application/json"), ("Accept", "text/event-stream")]), sse),
        ({"Content-Type": "text/event-stream"}, sse),  # no Accept match: the request's type
        ({"Accept": "application/json", "Content-Type": "Text/Event-Stream; charset=utf-8"}, sse),
    ]
    for headers, (delimiter, content_type) in cases:
        resp = await _framing(http_client, admin_key, app, headers)
        try:
            assert resp.status == 200, headers
            assert resp.headers["Content-Type"] == content_type, headers
            first = await asyncio.wait_for(resp.content.readuntil(delimiter), 5)
            assert first.endswith(b"}}" + delimiter) and first.count(b"\n") == len(delimiter), (headers, first)
        finally:
            resp.close()

    # Two messages in a row: exactly one delimiter between them.
    resp = await _framing(http_client, admin_key, app, {})
    try:
        await asyncio.wait_for(resp.content.readuntil(b"\n"), 5)
        await rename(http_client, admin_key, app, "x")
        await rename(http_client, admin_key, app, "y")
        raw = b""
        while raw.count(b"\n") < 2:
            raw += await asyncio.wait_for(resp.content.readany(), 5)
    finally:
        resp.close()
    assert raw.startswith(b'{"result":{"name":"application.update"') and b"}}\n{\"result\":" in raw
    assert raw.endswith(b"}}\n") and b"\n\n" not in raw


async def test_http_errors_use_the_stream_marshaler(http_client, admin_key, unique_id):
    app = await new_app(http_client, admin_key, unique_id)
    # Refused by the server: the error chunk, the status of its code, the stream's content type.
    body = json.dumps({"identifiers": [{"application_ids": {"application_id": app}}], "names": ["nope"]})
    resp = await _framing(http_client, admin_key, app, {"Accept": "text/event-stream"}, body)
    raw = await resp.read()
    assert (resp.status, resp.headers["Content-Type"]) == (400, "text/event-stream")
    assert raw.startswith(b'{"error":{"code":3,"message":"error:pkg/events:unknown_event_name') and raw.endswith(
        b"}}\n\n")
    # Unauthenticated the same way (no WWW-Authenticate: that is the unary error handler's).
    resp = await http_client.session.post(http_client.base_url + "/events", data=body, headers={
        "Authorization": "Bearer NNSXS.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"})
    raw = await resp.read()
    assert resp.status == 401 and raw.startswith(b'{"error":{"code":16,') and raw.endswith(b"}}\n")
    # A body that does not decode never reaches the server: grpc-gateway's plain error body,
    # in the content type of the stream's marshaler.
    resp = await _framing(http_client, admin_key, app, {"Accept": "text/event-stream"}, b'{"identifiers": 1')
    raw = await resp.read()
    assert (resp.status, resp.headers["Content-Type"]) == (400, "text/event-stream")
    obj = json.loads(raw)
    assert obj["code"] == 3 and "error" not in obj and not raw.endswith(b"\n")
