"""Webhooks across two ``ttsl serve`` replicas on one PostgreSQL and one Redis: a webhook set on
one replica is used by both, and each message is delivered once per webhook, by the replica
that produced it. Skips, saying why, when PostgreSQL or Redis is unreachable."""

from __future__ import annotations

import collections
import json

import aiohttp
import pytest

from support.postgres import fresh_schema_sync
from support.receiver import Receiver
from support.redis import fresh_namespace_sync
from support.servers import two_replicas

APP = "replicated-webhooks"
SETTINGS = {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7}}, "frequency": "868100000"}


@pytest.fixture(scope="module")
def replicas(tmp_path_factory):
    with fresh_namespace_sync() as events_uri, fresh_schema_sync() as database_uri:
        with two_replicas(tmp_path_factory, "webhooks", database_uri, events_uri) as pair:
            yield pair


async def call(session, replica, method, path, body):
    async with session.request(method, f"{replica.http_url}/api/v3{path}", data=json.dumps(body),
                               headers={"Authorization": f"Bearer {replica.admin_key}"}) as resp:
        assert resp.status == 200, (resp.status, await resp.text())
        return await resp.json()


async def simulate(session, replica, f_port: int) -> None:
    await call(session, replica, "POST", f"/as/applications/{APP}/devices/dev1/up/simulate", {
        "end_device_ids": {"device_id": "dev1"},
        "uplink_message": {"f_port": f_port, "frm_payload": "AQI=", "settings": SETTINGS}})


def hook(webhook_id: str, base_url: str) -> dict:
    return {"webhook": {"ids": {"webhook_id": webhook_id}, "base_url": base_url, "format": "json",
                        "uplink_message": {}},
            "field_mask": {"paths": ["base_url", "format", "uplink_message"]}}


def ports(received) -> collections.Counter:
    return collections.Counter(json.loads(r.body)["uplink_message"]["f_port"] for r in received)


async def test_each_message_is_delivered_once_per_webhook(replicas):
    a, b = replicas
    receiver = await Receiver().start()
    try:
        async with aiohttp.ClientSession() as session:
            await call(session, a, "POST", "/users/admin/applications", {"application": {"ids": {"application_id": APP}}})
            await call(session, a, "PUT", f"/as/applications/{APP}/devices/dev1", {
                "end_device": {"ids": {"device_id": "dev1"}, "formatters": {"up_formatter": "FORMATTER_NONE"}},
                "field_mask": {"paths": ["formatters"]}})
            await call(session, a, "PUT", f"/as/webhooks/{APP}/one", hook("one", receiver.url + "/one"))
            await call(session, b, "PUT", f"/as/webhooks/{APP}/two", hook("two", receiver.url + "/two"))
            for f_port in range(1, 11):  # odd ones made on A, even ones on B
                await simulate(session, a if f_port % 2 else b, f_port)
            await receiver.wait(10, "/one")
            await receiver.wait(10, "/two")
            # Markers after the lot, from both replicas: a second copy would have come by then.
            await simulate(session, a, 100)
            await simulate(session, b, 101)
            await receiver.wait(12, "/one")
            await receiver.wait(12, "/two")
            expected = collections.Counter({p: 1 for p in (*range(1, 11), 100, 101)})
            assert ports(receiver.under("/one")) == expected
            assert ports(receiver.under("/two")) == expected

            # A webhook deleted on one replica is gone on the other at once.
            async with session.delete(f"{b.http_url}/api/v3/as/webhooks/{APP}/one",
                                      headers={"Authorization": f"Bearer {b.admin_key}"}) as resp:
                assert resp.status == 200
            await simulate(session, a, 102)
            await simulate(session, a, 103)
            await receiver.wait(14, "/two")
            assert ports(receiver.under("/one")) == expected
    finally:
        await receiver.stop()
