"""Reads are cached (entity views, JSON answers, request messages, rights): every write is seen
by the very next read, over both transports."""

from __future__ import annotations

from google.protobuf import field_mask_pb2

from ttn.lorawan.v3 import application_pb2, rights_pb2

from support.requests import REG, app_ids, create_request, get_request

R = rights_pb2
OK, NOT_FOUND, PERMISSION_DENIED = 0, 5, 7


async def _get(client, key, app_id, *paths):
    return await client.call(REG + "Get", get_request(app_id, *paths), key)


async def test_repeated_reads_follow_updates_deletes_and_restores(client, admin_key, unique_id):
    assert (await client.call(REG + "Create", create_request(unique_id, name="first"), admin_key)).code == OK
    for _ in range(3):
        res = await _get(client, admin_key, unique_id, "name")
        assert res.code == OK and res.response.name == "first"

    update = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    update.application.ids.application_id = unique_id
    update.application.name = "second"
    assert (await client.call(REG + "Update", update, admin_key)).code == OK
    res = await _get(client, admin_key, unique_id, "name")
    assert res.response.name == "second"
    listed = await client.call(REG + "List", application_pb2.ListApplicationsRequest(
        limit=1000, field_mask=field_mask_pb2.FieldMask(paths=["name"])), admin_key)  # the admin's are many
    assert [a.name for a in listed.response.applications if a.ids.application_id == unique_id] == ["second"]

    assert (await client.call(REG + "Delete", app_ids(unique_id), admin_key)).code == OK
    assert (await _get(client, admin_key, unique_id, "name")).code == NOT_FOUND
    assert (await client.call(REG + "Restore", app_ids(unique_id), admin_key)).code == OK
    res = await _get(client, admin_key, unique_id, "name")
    assert res.code == OK and res.response.name == "second"


async def test_rights_follow_membership_changes_at_once(client, admin_key, unique_id, population):
    assert (await client.call(REG + "Create", create_request(unique_id), admin_key)).code == OK
    org = await population.organization(unique_id + "-org")
    erin = await population.user(unique_id + "-erin")
    erin_key = await population.key("user", erin, R.RIGHT_ALL)
    assert (await _get(client, erin_key, unique_id, "name")).code == PERMISSION_DENIED

    # granted through an organization: both links count, and either change is seen at once
    await population.member("application", unique_id, "organization", org, R.RIGHT_APPLICATION_ALL)
    assert (await _get(client, erin_key, unique_id, "name")).code == PERMISSION_DENIED
    await population.member("organization", org, "user", erin, R.RIGHT_APPLICATION_INFO)
    assert (await _get(client, erin_key, unique_id, "name")).code == OK
    await population.member("application", unique_id, "organization", org, R.RIGHT_APPLICATION_DEVICES_READ)
    assert (await _get(client, erin_key, unique_id, "name")).code == PERMISSION_DENIED
    await population.member("application", unique_id, "organization", org, R.RIGHT_APPLICATION_INFO)
    assert (await _get(client, erin_key, unique_id, "name")).code == OK
    await population.member("organization", org, "user", erin)
    assert (await _get(client, erin_key, unique_id, "name")).code == PERMISSION_DENIED
