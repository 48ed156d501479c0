"""ApplicationRegistry contract: every case runs over gRPC and over HTTP (the ``client`` fixture)."""

from __future__ import annotations

from google.protobuf import field_mask_pb2

from support.requests import REG, app_ids, create_request, get_request
from ttn.lorawan.v3 import application_pb2

OK, INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, FAILED_PRECONDITION, UNAUTHENTICATED = 0, 3, 5, 6, 7, 9, 16
ids = app_ids


async def test_create_returns_the_whole_application(client, admin_key, unique_id):
    res = await client.call(REG + "Create", create_request(unique_id, name="My App", description="d"), admin_key)
    assert res.code == OK, res.message
    app = res.response
    assert app.ids.application_id == unique_id
    assert app.name == "My App" and app.description == "d"
    assert app.HasField("created_at") and app.created_at == app.updated_at
    assert app.administrative_contact.user_ids.user_id == "admin"
    assert app.technical_contact.user_ids.user_id == "admin"


async def test_get_answers_only_the_masked_fields_plus_ids_and_timestamps(client, admin_key, unique_id):
    await client.call(REG + "Create", create_request(unique_id, name="n", description="d"), admin_key)
    res = await client.call(REG + "Get", get_request(unique_id, "name"), admin_key)
    assert res.code == OK, res.message
    app = res.response
    assert app.name == "n" and app.description == ""
    assert app.ids.application_id == unique_id and app.HasField("created_at") and app.HasField("updated_at")
    assert not app.HasField("administrative_contact")

    bare = (await client.call(REG + "Get", get_request(unique_id), admin_key)).response
    assert bare.name == "" and bare.ids.application_id == unique_id


async def test_get_unknown_application_as_admin_is_not_found(client, admin_key):
    res = await client.call(REG + "Get", get_request("does-not-exist"), admin_key)
    assert res.code == NOT_FOUND
    assert res.error_name == "pkg/identityserver/store:application_not_found"
    assert res.details.attributes["application_id"] == "does-not-exist"
    assert res.message == "error:pkg/identityserver/store:application_not_found (application with id `does-not-exist` not found)"


async def test_credentials(client, admin_key, unique_id):
    await client.call(REG + "Create", create_request(unique_id), admin_key)
    res = await client.call(REG + "Get", get_request(unique_id))
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:unauthenticated")
    unknown = "NNSXS.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"
    res = await client.call(REG + "Get", get_request(unique_id), unknown)
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:api_key_not_found")
    wrong_secret = admin_key.rsplit(".", 1)[0] + ".CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"
    res = await client.call(REG + "Get", get_request(unique_id), wrong_secret)
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:invalid_authorization")
    res = await client.call(REG + "Get", get_request(unique_id), "not-a-token")
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/auth:token")


async def test_invalid_input_is_refused_with_the_validation_error(client, admin_key):
    for bad in ("ab", "Upper", "a--b", "-abc", "x" * 37):
        res = await client.call(REG + "Create", create_request(bad), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation"), bad
    res = await client.call(REG + "Create", create_request("long-name-app", name="n" * 51), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    res = await client.call(REG + "Create", create_request("bad-attrs-app", attributes={"BAD": "x"}), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


async def test_reserved_ids_are_refused(client, admin_key):
    res = await client.call(REG + "Create", create_request("admin"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver/blocklist:forbidden_id")


async def test_duplicate_id_is_taken(client, admin_key, unique_id):
    assert (await client.call(REG + "Create", create_request(unique_id), admin_key)).code == OK
    res = await client.call(REG + "Create", create_request(unique_id), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:id_taken")


async def test_forbidden_field_mask_paths_are_named(client, admin_key, unique_id):
    await client.call(REG + "Create", create_request(unique_id), admin_key)
    res = await client.call(REG + "Get", get_request(unique_id, "name", "nope", "ids.foo"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    assert list(res.details.attributes["forbidden_paths"]) == ["nope", "ids.foo"]


async def test_update_echoes_the_masked_fields(client, admin_key, unique_id):
    created = (await client.call(REG + "Create", create_request(unique_id, name="a", description="keep"), admin_key)).response
    req = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    req.application.ids.application_id = unique_id
    req.application.name = "b"
    req.application.description = "ignored, not in the mask"
    res = await client.call(REG + "Update", req, admin_key)
    assert res.code == OK, res.message
    assert res.response.name == "b" and res.response.description == ""
    assert res.response.updated_at.ToNanoseconds() >= created.updated_at.ToNanoseconds()
    got = (await client.call(REG + "Get", get_request(unique_id, "name", "description"), admin_key)).response
    assert (got.name, got.description) == ("b", "keep")


async def test_update_with_an_empty_mask_only_touches_updated_at(client, admin_key, unique_id):
    created = (await client.call(REG + "Create", create_request(unique_id, name="a"), admin_key)).response
    req = application_pb2.UpdateApplicationRequest()
    req.application.ids.application_id = unique_id
    req.application.name = "changed"
    res = await client.call(REG + "Update", req, admin_key)
    assert res.code == OK, res.message
    got = (await client.call(REG + "Get", get_request(unique_id, "name"), admin_key)).response
    assert got.name == "a"
    assert got.updated_at.ToNanoseconds() > created.updated_at.ToNanoseconds()


async def test_update_refuses_ids_paths_it_does_not_allow(client, admin_key, unique_id):
    await client.call(REG + "Create", create_request(unique_id), admin_key)
    req = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=["dev_eui_counter"]))
    req.application.ids.application_id = unique_id
    res = await client.call(REG + "Update", req, admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")


async def test_list_paginates_with_a_total(client, admin_key, unique_id):
    prefix = unique_id + "-l"
    for i in range(5):
        await client.call(REG + "Create", create_request(f"{prefix}{i}", name=f"n{4 - i}"), admin_key)
    listed = []
    for page in (1, 2, 3):
        req = application_pb2.ListApplicationsRequest(limit=2, page=page, order="application_id",
                                                      field_mask=field_mask_pb2.FieldMask(paths=["name"]))
        res = await client.call(REG + "List", req, admin_key)
        assert res.code == OK, res.message
        assert res.total is not None and res.total >= 5
        listed.extend(a.ids.application_id for a in res.response.applications)
    assert listed == sorted(listed)
    req = application_pb2.ListApplicationsRequest(limit=1000, order="-name")
    res = await client.call(REG + "List", req, admin_key)
    mine = [a.ids.application_id for a in res.response.applications if a.ids.application_id.startswith(prefix)]
    assert mine == [f"{prefix}{i}" for i in range(5)]
    res = await client.call(REG + "List", application_pb2.ListApplicationsRequest(limit=1001), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    res = await client.call(REG + "List", application_pb2.ListApplicationsRequest(order="description"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


async def test_delete_restore_purge(client, admin_key, unique_id):
    await client.call(REG + "Create", create_request(unique_id), admin_key)
    assert (await client.call(REG + "Delete", ids(unique_id), admin_key)).code == OK
    assert (await client.call(REG + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    deleted = await client.call(REG + "List", application_pb2.ListApplicationsRequest(deleted=True, limit=1000), admin_key)
    found = [a for a in deleted.response.applications if a.ids.application_id == unique_id]
    assert found and found[0].HasField("deleted_at")
    live = await client.call(REG + "List", application_pb2.ListApplicationsRequest(limit=1000), admin_key)
    assert unique_id not in [a.ids.application_id for a in live.response.applications]
    res = await client.call(REG + "Create", create_request(unique_id), admin_key)
    assert res.error_name == "pkg/util/store:id_taken"  # a deleted ID stays reserved

    assert (await client.call(REG + "Restore", ids(unique_id), admin_key)).code == OK
    assert (await client.call(REG + "Get", get_request(unique_id), admin_key)).code == OK
    res = await client.call(REG + "Restore", ids(unique_id), admin_key)
    assert res.code == NOT_FOUND

    assert (await client.call(REG + "Purge", ids(unique_id), admin_key)).code == OK
    assert (await client.call(REG + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    assert (await client.call(REG + "Create", create_request(unique_id), admin_key)).code == OK  # the ID is free


async def test_issue_dev_eui_counts_per_application(client, admin_key, unique_id):
    await client.call(REG + "Create", create_request(unique_id), admin_key)
    first = await client.call(REG + "IssueDevEUI", ids(unique_id), admin_key)
    second = await client.call(REG + "IssueDevEUI", ids(unique_id), admin_key)
    assert first.code == OK and len(first.response.dev_eui) == 8
    assert first.response.dev_eui != second.response.dev_eui
    got = (await client.call(REG + "Get", get_request(unique_id, "dev_eui_counter"), admin_key)).response
    assert got.dev_eui_counter == 2
