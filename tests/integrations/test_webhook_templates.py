"""Webhook templates from a directory (``--webhook-templates``), in upstream's YAML format, and a
webhook made from one (its template_ids and template_fields kept, as upstream keeps them)."""

from __future__ import annotations

import dataclasses
import json

import aiohttp
import pytest

from server.app import start
from support.servers import test_config as server_config

TEMPLATES = {
    "templates.yml": "- my-cloud\n- broken\n",
    "my-cloud.yml": """\
template-id: my-cloud
name: My Cloud
description: Send traffic to My Cloud
logo-url: https://example.com/logo.svg
info-url: https://example.com/info
documentation-url: https://example.com/docs
tts-documentation-url: https://example.com/tts-docs
format: json
create-downlink-api-key: true
base-url: https://{region}.example.com/ingest
headers:
  Authorization: Bearer {token}
fields:
  - id: region
    name: Region
    description: Where your account lives
    default-value: eu
  - id: token
    name: Token
    secret: true
paths:
  uplink-message: /up
  join-accept: /join
  downlink-queue-invalidated: /invalidated
field-mask:
  - up.uplink_message.decoded_payload
""",
    "broken.yml": "template-id: [unclosed\n",
}


@pytest.fixture(scope="module")
async def templated(tmp_path_factory, admin_key):
    directory = tmp_path_factory.mktemp("templates")
    for name, text in TEMPLATES.items():
        (directory / name).write_text(text)
    config = dataclasses.replace(server_config(tmp_path_factory.mktemp("ttsl-templates"), admin_key),
                                 webhook_templates=str(directory))
    server = await start(config)
    session = aiohttp.ClientSession()
    base = f"http://127.0.0.1:{server.http_port}/api/v3"

    async def get(path: str, method: str = "GET", body=None, key=None):
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        async with session.request(method, base + path, data=json.dumps(body) if body else None,
                                   headers=headers) as resp:
            return resp.status, await resp.json()

    yield get, directory
    await session.close()
    await server.stop()


async def test_get_answers_ids_and_name_and_the_asked_paths(templated):
    get, _ = templated
    assert await get("/as/webhook-templates/my-cloud") == (200, {"ids": {"template_id": "my-cloud"}, "name": "My Cloud"})
    status, template = await get("/as/webhook-templates/my-cloud?field_mask=base_url,headers,fields,format,"
                                 "create_downlink_api_key,uplink_message,join_accept,downlink_queue_invalidated,"
                                 "downlink_ack,field_mask,logo_url,info_url,documentation_url,description")
    assert status == 200
    assert template == {
        "ids": {"template_id": "my-cloud"}, "name": "My Cloud", "description": "Send traffic to My Cloud",
        "logo_url": "https://example.com/logo.svg", "info_url": "https://example.com/info",
        "documentation_url": "https://example.com/docs", "base_url": "https://{region}.example.com/ingest",
        "headers": {"Authorization": "Bearer {token}"}, "format": "json",
        "fields": [{"id": "region", "name": "Region", "description": "Where your account lives", "default_value": "eu"},
                   {"id": "token", "name": "Token", "secret": True}],
        "create_downlink_api_key": True,
        "uplink_message": {"path": "/up"}, "join_accept": {"path": "/join"},
        "downlink_queue_invalidated": {"path": "/invalidated"},
        "field_mask": {"paths": ["up.uplink_message.decoded_payload"]},
    }


async def test_errors(templated):
    get, directory = templated
    status, error = await get("/as/webhook-templates/not-there")
    assert status == 404
    assert (error["details"][0]["name"], error["details"][0]["cause"]["name"]) == ("fetch", "file_not_found")
    assert error["details"][0]["cause"]["attributes"] == {"filename": "not-there.yml"}
    status, error = await get("/as/webhook-templates/broken")
    assert status == 500 and error["details"][0]["name"] == "parse_file"
    status, error = await get("/as/webhook-templates/Not_An_ID")
    assert status == 400 and error["details"][0]["name"] == "validation"  # checked before any file is read
    status, error = await get("/as/webhook-templates/..%2Fsecret")
    assert (status, error.get("details")) == (404, None)  # not a template path at all
    status, error = await get("/as/webhook-templates")  # the list holds the broken one
    assert status == 500 and error["details"][0]["name"] == "parse_file"
    (directory / "templates.yml").write_text("- my-cloud\n")  # files are read on each call
    try:
        status, listed = await get("/as/webhook-templates?field_mask=format")
        assert (status, listed) == (200, {"templates": [
            {"ids": {"template_id": "my-cloud"}, "name": "My Cloud", "format": "json"}]})
    finally:
        (directory / "templates.yml").write_text(TEMPLATES["templates.yml"])


async def test_a_webhook_keeps_its_template_and_fields(templated, admin_key):
    get, _ = templated
    status, _ = await get("/users/admin/applications", "POST", {"application": {"ids": {"application_id": "tpl-app"}}},
                          key=admin_key)
    assert status == 200
    status, hook = await get("/as/webhooks/tpl-app/from-template", "PUT", {
        "webhook": {"ids": {"webhook_id": "from-template"}, "template_ids": {"template_id": "my-cloud"},
                    "template_fields": {"region": "us", "token": "t0k3n"},
                    "base_url": "https://us.example.com/ingest", "format": "json",
                    "headers": {"Authorization": "Bearer t0k3n"}, "uplink_message": {"path": "/up"}},
        "field_mask": {"paths": ["template_ids", "template_fields", "base_url", "format", "headers", "uplink_message"]},
    }, key=admin_key)
    assert status == 200, hook
    assert hook["template_ids"] == {"template_id": "my-cloud"}
    assert hook["template_fields"] == {"region": "us", "token": "t0k3n"}
    status, got = await get("/as/webhooks/tpl-app/from-template?field_mask=template_ids,template_fields", key=admin_key)
    assert status == 200 and got["template_fields"] == {"region": "us", "token": "t0k3n"}
