"""Concurrent writes, over both transports: masked updates of different fields all land, counters
count every issue, and checks that span rows (an owner remains) hold against a concurrent write.

Each handler decides on the row as stored inside the store's write (server/store ``update_*`` and
``change_membership``), so these hold whatever the interleaving of the requests.
"""

from __future__ import annotations

import asyncio

from google.protobuf import field_mask_pb2

from support.requests import REG, app_ids, create_request, get_request
from ttn.lorawan.v3 import application_pb2, end_device_pb2, rights_pb2

ACC = "/ttn.lorawan.v3.ApplicationAccess/"
DEV = "/ttn.lorawan.v3.EndDeviceRegistry/"
OK, FAILED_PRECONDITION = 0, 9
ROUNDS = 5


def _mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=paths)


def _app_update(app_id: str, path: str, value: str) -> application_pb2.UpdateApplicationRequest:
    req = application_pb2.UpdateApplicationRequest(field_mask=_mask(path))
    req.application.ids.application_id = app_id
    setattr(req.application, path, value)
    return req


async def test_masked_application_updates_and_dev_eui_issues_all_land(client, admin_key, unique_id):
    assert (await client.call(REG + "Create", create_request(unique_id), admin_key)).code == OK
    for i in range(ROUNDS):
        results = await asyncio.gather(
            client.call(REG + "Update", _app_update(unique_id, "name", f"name {i}"), admin_key),
            client.call(REG + "Update", _app_update(unique_id, "description", f"description {i}"), admin_key),
            client.call(REG + "IssueDevEUI", app_ids(unique_id), admin_key),
            client.call(REG + "IssueDevEUI", app_ids(unique_id), admin_key),
        )
        assert [r.code for r in results] == [OK] * 4, [r.message for r in results]
        issued = {r.response.dev_eui for r in results[2:]}
        assert len(issued) == 2  # never the same address twice
        get = get_request(unique_id, "name", "description", "dev_eui_counter")
        got = await client.call(REG + "Get", get, admin_key)
        assert (got.response.name, got.response.description) == (f"name {i}", f"description {i}")
        assert got.response.dev_eui_counter == 2 * (i + 1)


async def test_masked_end_device_updates_all_land(client, admin_key, unique_id):
    assert (await client.call(REG + "Create", create_request(unique_id), admin_key)).code == OK
    create = end_device_pb2.CreateEndDeviceRequest()
    create.end_device.ids.application_ids.application_id = unique_id
    create.end_device.ids.device_id = "sensor-1"
    assert (await client.call(DEV + "Create", create, admin_key)).code == OK

    def update(path: str, value: str) -> end_device_pb2.UpdateEndDeviceRequest:
        req = end_device_pb2.UpdateEndDeviceRequest(field_mask=_mask(path))
        req.end_device.ids.CopyFrom(create.end_device.ids)
        setattr(req.end_device, path, value)
        return req

    for i in range(ROUNDS):
        results = await asyncio.gather(
            client.call(DEV + "Update", update("name", f"name {i}"), admin_key),
            client.call(DEV + "Update", update("description", f"description {i}"), admin_key),
            client.call(DEV + "Update", update("serial_number", f"sn-{i}"), admin_key),
        )
        assert [r.code for r in results] == [OK] * 3, [r.message for r in results]
        get = end_device_pb2.GetEndDeviceRequest(field_mask=_mask("name", "description", "serial_number"))
        get.end_device_ids.CopyFrom(create.end_device.ids)
        got = (await client.call(DEV + "Get", get, admin_key)).response
        assert (got.name, got.description, got.serial_number) == (f"name {i}", f"description {i}", f"sn-{i}")


async def test_masked_api_key_updates_all_land(client, admin_key, unique_id):
    assert (await client.call(REG + "Create", create_request(unique_id), admin_key)).code == OK
    create = application_pb2.CreateApplicationAPIKeyRequest(name="k", rights=[rights_pb2.RIGHT_APPLICATION_INFO])
    create.application_ids.application_id = unique_id
    key = (await client.call(ACC + "CreateAPIKey", create, admin_key)).response

    def update(path: str, i: int) -> application_pb2.UpdateApplicationAPIKeyRequest:
        req = application_pb2.UpdateApplicationAPIKeyRequest(field_mask=_mask(path))
        req.application_ids.application_id = unique_id
        req.api_key.id = key.id
        if path == "name":
            req.api_key.name = f"name {i}"
        else:
            rights = [rights_pb2.RIGHT_APPLICATION_INFO, rights_pb2.RIGHT_APPLICATION_DEVICES_READ]
            req.api_key.rights.extend(rights[: 1 + i % 2])
        return req

    for i in range(ROUNDS):
        results = await asyncio.gather(
            client.call(ACC + "UpdateAPIKey", update("name", i), admin_key),
            client.call(ACC + "UpdateAPIKey", update("rights", i), admin_key),
        )
        assert [r.code for r in results] == [OK, OK], [r.message for r in results]
        get = application_pb2.GetApplicationAPIKeyRequest(key_id=key.id)
        get.application_ids.application_id = unique_id
        got = (await client.call(ACC + "GetAPIKey", get, admin_key)).response
        assert got.name == f"name {i}" and len(got.rights) == 1 + i % 2


async def test_two_owners_leaving_at_once_leave_one_owner(client, admin_key, unique_id, population):
    assert (await client.call(REG + "Create", create_request(unique_id), admin_key)).code == OK
    bob = await population.user(unique_id + "-bob")
    await population.member("application", unique_id, "user", bob, rights_pb2.RIGHT_APPLICATION_ALL)

    def leave(user_id: str) -> application_pb2.DeleteApplicationCollaboratorRequest:
        req = application_pb2.DeleteApplicationCollaboratorRequest()
        req.application_ids.application_id = unique_id
        req.collaborator_ids.user_ids.user_id = user_id
        return req

    def demote(user_id: str) -> application_pb2.SetApplicationCollaboratorRequest:
        req = application_pb2.SetApplicationCollaboratorRequest()
        req.application_ids.application_id = unique_id
        req.collaborator.ids.user_ids.user_id = user_id
        req.collaborator.rights.append(rights_pb2.RIGHT_APPLICATION_INFO)
        return req

    async def owners() -> list[str]:
        listed = await client.call(
            ACC + "ListCollaborators",
            application_pb2.ListApplicationCollaboratorsRequest(application_ids=app_ids(unique_id)), admin_key,
        )
        # The creator holds RIGHT_ALL, bob RIGHT_APPLICATION_ALL: either makes an owner.
        return [c.ids.user_ids.user_id for c in listed.response.collaborators
                if {rights_pb2.RIGHT_APPLICATION_ALL, rights_pb2.RIGHT_ALL} & set(c.rights)]

    def one_refused(results) -> None:
        assert sorted(r.code for r in results) == [OK, FAILED_PRECONDITION], [r.message for r in results]
        refused = next(r for r in results if r.code != OK)
        assert refused.error_name == "pkg/identityserver:application_needs_collaborator"

    # Both leave.
    one_refused(await asyncio.gather(
        client.call(ACC + "DeleteCollaborator", leave("admin"), admin_key),
        client.call(ACC + "DeleteCollaborator", leave(bob), admin_key),
    ))
    assert len(await owners()) == 1
    # One leaves while the other takes away their own rights (each with their own key).
    await population.member("application", unique_id, "user", "admin", rights_pb2.RIGHT_APPLICATION_ALL)
    await population.member("application", unique_id, "user", bob, rights_pb2.RIGHT_APPLICATION_ALL)
    bob_key = await population.key("user", bob, rights_pb2.RIGHT_ALL)
    one_refused(await asyncio.gather(
        client.call(ACC + "DeleteCollaborator", leave("admin"), admin_key),
        client.call(ACC + "SetCollaborator", demote(bob), bob_key),
    ))
    assert len(await owners()) == 1
