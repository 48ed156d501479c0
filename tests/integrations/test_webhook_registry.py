"""ApplicationWebhookRegistry over both transports: formats, Get/List/Set/Delete with upstream's
implicit paths and upsert rules, validation, field masks, rights, and the application purge."""

from __future__ import annotations

import json

from google.protobuf import empty_pb2, field_mask_pb2

from gateway import codec as marshal
from ttn.lorawan.v3 import application_pb2, applicationserver_web_pb2 as web_pb, identifiers_pb2, rights_pb2

from support.requests import REG, create_request

WEB = "/ttn.lorawan.v3.ApplicationWebhookRegistry/"
ACC = "/ttn.lorawan.v3.ApplicationAccess/"
R = rights_pb2
OK, INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED = 0, 3, 5, 7


def assert_error(res, code: int, name: str):
    assert (res.code, res.error_name) == (code, name), (res.code, res.message)


async def new_app(client, admin_key, app_id: str) -> str:
    res = await client.call(REG + "Create", create_request(app_id), admin_key)
    assert res.code == OK, res.message
    return app_id


def webhook(app: str, webhook_id: str, paths, **fields) -> web_pb.SetApplicationWebhookRequest:
    req = web_pb.SetApplicationWebhookRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    marshal.from_obj({"ids": {"application_ids": {"application_id": app}, "webhook_id": webhook_id}, **fields},
                     req.webhook)
    return req


def get(app: str, webhook_id: str, *paths: str) -> web_pb.GetApplicationWebhookRequest:
    req = web_pb.GetApplicationWebhookRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.ids.application_ids.application_id, req.ids.webhook_id = app, webhook_id
    return req


def ids(app: str, webhook_id: str) -> web_pb.ApplicationWebhookIdentifiers:
    return web_pb.ApplicationWebhookIdentifiers(
        application_ids=identifiers_pb2.ApplicationIdentifiers(application_id=app), webhook_id=webhook_id)


async def api_key(client, admin_key, app: str, *rights: int) -> str:
    req = application_pb2.CreateApplicationAPIKeyRequest(name="k", rights=rights)
    req.application_ids.application_id = app
    res = await client.call(ACC + "CreateAPIKey", req, admin_key)
    assert res.code == OK, res.message
    return res.response.key


BASIC = {"base_url": "https://example.com/hooks/{appID}", "format": "json"}


async def test_formats_need_no_rights(client):
    res = await client.call(WEB + "GetFormats", empty_pb2.Empty())
    assert res.code == OK
    assert dict(res.response.formats) == {"json": "JSON", "protobuf": "Protocol Buffers"}


async def test_set_get_list_delete(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    created = await client.call(WEB + "Set", webhook(
        app, "wh1", ["base_url", "format", "headers", "uplink_message", "downlink_api_key"], **BASIC,
        headers={"Authorization": "Bearer x"}, uplink_message={"path": "/up"}, downlink_api_key="secret"), admin_key)
    assert created.code == OK, created.message
    hook = created.response
    assert hook.ids.webhook_id == "wh1" and hook.created_at == hook.updated_at and hook.HasField("created_at")
    assert dict(hook.headers) == {"Authorization": "Bearer x"} and hook.uplink_message.path == "/up"
    assert hook.downlink_api_key == "secret"

    # Without a mask: the identifiers, timestamps, base URL and format only (upstream's implicit paths).
    got = (await client.call(WEB + "Get", get(app, "wh1"), admin_key)).response
    expected = web_pb.ApplicationWebhook(ids=hook.ids, created_at=hook.created_at, updated_at=hook.updated_at,
                                         base_url=BASIC["base_url"], format="json")
    assert got == expected
    got = (await client.call(WEB + "Get", get(app, "wh1", "headers", "uplink_message.path"), admin_key)).response
    assert dict(got.headers) == {"Authorization": "Bearer x"} and got.uplink_message.path == "/up"
    assert not got.downlink_api_key

    # Updating with no path asked changes nothing, not even updated_at.
    same = await client.call(WEB + "Set", webhook(app, "wh1", [], base_url="https://other.example.com", format="json"),
                             admin_key)
    assert same.code == OK and same.response.base_url == BASIC["base_url"] and same.response.updated_at == hook.updated_at
    updated = await client.call(WEB + "Set", webhook(app, "wh1", ["paused", "uplink_message"], paused=True), admin_key)
    assert updated.code == OK and updated.response.paused and not updated.response.HasField("uplink_message")
    assert updated.response.created_at == hook.created_at and updated.response.updated_at != hook.updated_at

    assert (await client.call(WEB + "Set", webhook(app, "wh0", ["base_url", "format"], **BASIC), admin_key)).code == OK
    listed = await client.call(WEB + "List", web_pb.ListApplicationWebhooksRequest(
        application_ids=identifiers_pb2.ApplicationIdentifiers(application_id=app),
        field_mask=field_mask_pb2.FieldMask(paths=["paused"])), admin_key)
    assert listed.code == OK and listed.total == 2
    assert [(w.ids.webhook_id, w.paused, w.base_url) for w in listed.response.webhooks] == [
        ("wh0", False, BASIC["base_url"]), ("wh1", True, BASIC["base_url"])]

    assert (await client.call(WEB + "Delete", ids(app, "wh1"), admin_key)).code == OK
    assert_error(await client.call(WEB + "Get", get(app, "wh1"), admin_key), NOT_FOUND, "pkg/redis:not_found")
    assert (await client.call(WEB + "Delete", ids(app, "wh1"), admin_key)).code == OK  # none: still fine


async def test_post_binding_creates_too(http_client, admin_key, unique_id):
    app = await new_app(http_client, admin_key, unique_id)
    body = {"webhook": {"ids": {"webhook_id": "posted"}, **BASIC}, "field_mask": {"paths": ["base_url", "format"]}}
    res = await http_client.raw("POST", f"/as/webhooks/{app}", body=json.dumps(body), key=admin_key)
    assert res.code == OK, res.message
    assert res.json["ids"] == {"application_ids": {"application_id": app}, "webhook_id": "posted"}
    assert res.json["base_url"] == BASIC["base_url"] and res.json["format"] == "json"


async def test_a_new_webhook_is_validated_whole(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(WEB + "Set", webhook(app, "wh1", ["base_url"], base_url="https://example.com"), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation")
    assert res.details.attributes["field"] == "format"
    res = await client.call(WEB + "Set", webhook(app, "wh1", ["format"], format="json"), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation")
    assert (res.details.attributes["field"], res.details.attributes["reason"]) == ("base_url", "value must be absolute")
    assert_error(await client.call(WEB + "Get", get(app, "wh1"), admin_key), NOT_FOUND, "pkg/redis:not_found")


async def test_request_validation(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    cases = [
        (webhook(app, "x", ["base_url", "format"], **BASIC), "webhook_id"),
        (webhook(app, "wh1", ["base_url", "format"], base_url="not a url", format="json"), "base_url"),
        (webhook(app, "wh1", ["base_url", "format"], base_url="example.com/x", format="json"), "base_url"),
        (webhook(app, "wh1", ["base_url", "format"], base_url="http://[::1", format="json"), "base_url"),
        (webhook(app, "wh1", ["base_url", "format"], base_url="http://x:abc/", format="json"), "base_url"),
        (webhook(app, "wh1", ["base_url", "format"], base_url="https://e.com", format="JSON"), "format"),
        (webhook(app, "wh1", ["base_url", "format", "headers"], **BASIC,
                 headers={f"h{i}": "v" for i in range(51)}), "headers"),
        (webhook(app, "wh1", ["base_url", "format", "uplink_message"], **BASIC,
                 uplink_message={"path": "/" + "p" * 64}), "path"),
        (webhook(app, "wh1", ["base_url", "format", "downlink_api_key"], **BASIC,
                 downlink_api_key="k" * 129), "downlink_api_key"),
    ]
    for req, field in cases:
        res = await client.call(WEB + "Set", req, admin_key)
        assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation")
        assert field in str(res.details), (field, res.details)
    ok = webhook(app, "wh1", ["base_url", "format", "headers"], **BASIC, headers={f"h{i}": "v" for i in range(50)})
    assert (await client.call(WEB + "Set", ok, admin_key)).code == OK


async def test_field_masks_are_checked(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    assert_error(await client.call(WEB + "Get", get(app, "wh1", "nope"), admin_key),
                 INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    res = await client.call(WEB + "Set", webhook(app, "wh1", ["base_url", "format", "queue"], **BASIC), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    deep = get(app, "wh1", "health_status.status.unhealthy.last_failed_attempt_details.cause.name")
    assert_error(await client.call(WEB + "Get", deep, admin_key), NOT_FOUND, "pkg/redis:not_found")  # allowed path


async def test_rights(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    other = await new_app(client, admin_key, unique_id + "-o")
    assert (await client.call(WEB + "Set", webhook(app, "wh1", ["base_url", "format"], **BASIC), admin_key)).code == OK
    reader = await api_key(client, admin_key, app, R.RIGHT_APPLICATION_TRAFFIC_READ)
    foreign = await api_key(client, admin_key, other, R.RIGHT_APPLICATION_ALL)

    assert (await client.call(WEB + "Get", get(app, "wh1"), reader)).code == OK
    assert (await client.call(WEB + "List", web_pb.ListApplicationWebhooksRequest(
        application_ids=identifiers_pb2.ApplicationIdentifiers(application_id=app)), reader)).code == OK
    res = await client.call(WEB + "Set", webhook(app, "wh2", ["base_url", "format"], **BASIC), reader)
    assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
    assert_error(await client.call(WEB + "Delete", ids(app, "wh1"), reader),
                 PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
    for req, method in ((get(app, "wh1"), "Get"), (ids(app, "wh1"), "Delete")):
        res = await client.call(WEB + method, req, foreign)
        assert_error(res, PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
    assert_error(await client.call(WEB + "Get", get(app, "wh1")), PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
    writer = await api_key(client, admin_key, app, R.RIGHT_APPLICATION_SETTINGS_BASIC,
                           R.RIGHT_APPLICATION_TRAFFIC_READ, R.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE)
    assert (await client.call(WEB + "Set", webhook(app, "wh2", ["base_url", "format"], **BASIC), writer)).code == OK


async def test_templates_without_a_directory(client):
    res = await client.call(WEB + "ListTemplates", web_pb.ListApplicationWebhookTemplatesRequest())
    assert res.code == OK and list(res.response.templates) == []
    req = web_pb.GetApplicationWebhookTemplateRequest()
    req.ids.template_id = "my-template"
    assert_error(await client.call(WEB + "GetTemplate", req), NOT_FOUND, "pkg/applicationserver/io/web:template_not_found")


async def test_purging_the_application_removes_its_webhooks(client, admin_key, unique_id, server):
    app = await new_app(client, admin_key, unique_id)
    assert (await client.call(WEB + "Set", webhook(app, "wh1", ["base_url", "format"], **BASIC), admin_key)).code == OK
    app_ids = identifiers_pb2.ApplicationIdentifiers(application_id=app)
    assert (await client.call(REG + "Delete", app_ids, admin_key)).code == OK
    assert await server.store.list_webhooks(app) != []  # a soft delete keeps them (a restore finds them)
    assert (await client.call(REG + "Purge", app_ids, admin_key)).code == OK
    assert await server.store.list_webhooks(app) == []
