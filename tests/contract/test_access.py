"""ApplicationAccess, EntityAccess and the rights model, over both transports."""

from __future__ import annotations

import time

from google.protobuf import empty_pb2, field_mask_pb2

from ttn.lorawan.v3 import application_pb2, rights_pb2

from support.pbkdf2 import API_KEY_ITERATIONS, assert_upstream_pbkdf2
from support.requests import REG, app_ids, create_request, get_request
from support.waiting import clock_past

ACC = "/ttn.lorawan.v3.ApplicationAccess/"
R = rights_pb2
OK, INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED, FAILED_PRECONDITION, UNAUTHENTICATED = 0, 3, 5, 7, 9, 16


def create_key(app_id: str, *rights: int, name: str = "k", expires_ns: int | None = None):
    req = application_pb2.CreateApplicationAPIKeyRequest(name=name, rights=rights)
    req.application_ids.application_id = app_id
    if expires_ns is not None:
        req.expires_at.FromNanoseconds(expires_ns)
    return req


async def new_app(client, admin_key, app_id):
    res = await client.call(REG + "Create", create_request(app_id), admin_key)
    assert res.code == OK, res.message
    return app_id


async def test_api_key_lifecycle(client, admin_key, unique_id, server):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO, name="reader"), admin_key)
    assert res.code == OK, res.message
    created = res.response
    token = created.key
    assert token.startswith("NNSXS.") and token.split(".")[1] == created.id and len(created.id) == 39
    stored = await server.store.get_api_key(created.id)
    assert_upstream_pbkdf2(stored.secret_hash, token.split(".")[2], API_KEY_ITERATIONS)
    assert token not in repr(stored) and token.split(".")[2] not in repr(stored)
    assert list(created.rights) == [R.RIGHT_APPLICATION_INFO] and created.HasField("created_at")

    assert (await client.call(REG + "Get", get_request(app, "name"), token)).code == OK

    req = application_pb2.GetApplicationAPIKeyRequest(key_id=created.id)
    req.application_ids.application_id = app
    got = await client.call(ACC + "GetAPIKey", req, admin_key)
    assert got.code == OK and got.response.key == "" and got.response.name == "reader"

    listed = await client.call(ACC + "ListAPIKeys", application_pb2.ListApplicationAPIKeysRequest(application_ids=app_ids(app)), admin_key)
    assert listed.code == OK and listed.total == 1
    assert [k.id for k in listed.response.api_keys] == [created.id] and listed.response.api_keys[0].key == ""

    update = application_pb2.UpdateApplicationAPIKeyRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    update.application_ids.application_id = app
    update.api_key.id = created.id
    update.api_key.name = "renamed"
    res = await client.call(ACC + "UpdateAPIKey", update, admin_key)
    assert res.code == OK and res.response.name == "renamed" and res.response.key == ""

    delete = application_pb2.DeleteApplicationAPIKeyRequest(key_id=created.id)
    delete.application_ids.application_id = app
    assert (await client.call(ACC + "DeleteAPIKey", delete, admin_key)).code == OK
    res = await client.call(REG + "Get", get_request(app), token)
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:api_key_not_found")
    res = await client.call(ACC + "GetAPIKey", req, admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:api_key_not_found")


async def test_the_admin_key_is_kept_as_upstreams_hash(server, admin_key):
    _, key_id, secret = admin_key.split(".")
    stored = await server.store.get_api_key(key_id)
    assert (stored.entity_kind, stored.entity_id) == ("user", "admin")
    assert_upstream_pbkdf2(stored.secret_hash, secret, API_KEY_ITERATIONS)


async def test_updating_rights_to_none_deletes_the_key(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    key = (await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO), admin_key)).response
    update = application_pb2.UpdateApplicationAPIKeyRequest(field_mask=field_mask_pb2.FieldMask(paths=["rights"]))
    update.application_ids.application_id = app
    update.api_key.id = key.id
    res = await client.call(ACC + "UpdateAPIKey", update, admin_key)
    assert res.code == OK and res.response == R.APIKey()
    assert (await client.call(REG + "Get", get_request(app), key.key)).code == UNAUTHENTICATED


async def test_reducing_a_key_takes_effect_at_once(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    key = (await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO,
                                                              R.RIGHT_APPLICATION_SETTINGS_BASIC), admin_key)).response
    assert (await client.call(REG + "Get", get_request(app), key.key)).code == OK
    update = application_pb2.UpdateApplicationAPIKeyRequest(field_mask=field_mask_pb2.FieldMask(paths=["rights"]))
    update.application_ids.application_id = app
    update.api_key.id = key.id
    update.api_key.rights.append(R.RIGHT_APPLICATION_SETTINGS_BASIC)
    assert (await client.call(ACC + "UpdateAPIKey", update, admin_key)).code == OK
    res = await client.call(REG + "Get", get_request(app, "name"), key.key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
    assert list(res.details.attributes["missing"]) == ["RIGHT_APPLICATION_INFO"]


async def test_expired_keys_are_refused(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO,
                                                             expires_ns=time.time_ns() - 10**9), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    # A key with an expiry works until then (an hour: however slow the machine, not yet).
    res = await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO,
                                                             expires_ns=time.time_ns() + 3600 * 10**9), admin_key)
    assert res.code == OK, res.message
    token = res.response.key
    assert (await client.call(REG + "Get", get_request(app), token)).code == OK
    # Once its expiry has passed, it is refused.
    expires_ns = time.time_ns() + 500 * 10**6
    res = await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO, expires_ns=expires_ns),
                            admin_key)
    assert res.code == OK, res.message
    await clock_past(expires_ns, "the key's expiry")
    res = await client.call(REG + "Get", get_request(app), res.response.key)
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:api_key_expired")


async def test_read_only_key_reads_but_never_changes_nor_sees_others(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    other = await new_app(client, admin_key, unique_id + "-other")
    reader = await population.key("application", app, R.RIGHT_APPLICATION_INFO)
    assert (await client.call(REG + "Get", get_request(app, "name"), reader)).code == OK
    update = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    update.application.ids.application_id = app
    update.application.name = "hacked"
    res = await client.call(REG + "Update", update, reader)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
    assert list(res.details.attributes["missing"]) == ["RIGHT_APPLICATION_SETTINGS_BASIC"]
    res = await client.call(REG + "Get", get_request(other, "name"), reader)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
    assert res.details.attributes["uid"] == other
    # existence is not leaked: an application that does not exist answers the same
    res = await client.call(REG + "Get", get_request("no-such-app-anywhere", "name"), reader)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
    # public fields are public to any authenticated caller, as upstream
    res = await client.call(REG + "Get", get_request(other, "administrative_contact"), reader)
    assert res.code == OK and res.response.name == "" and res.response.administrative_contact.user_ids.user_id == "admin"
    for method, req in ((REG + "Delete", app_ids(app)), (ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO))):
        assert (await client.call(method, req, reader)).code == PERMISSION_DENIED
    listed = await client.call(REG + "List", application_pb2.ListApplicationsRequest(), reader)
    assert listed.code == OK and list(listed.response.applications) == []


async def test_no_escalation_through_keys(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    manager = await population.key("application", app, R.RIGHT_APPLICATION_SETTINGS_API_KEYS, R.RIGHT_APPLICATION_INFO)
    res = await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO), manager)
    assert res.code == OK
    for rights in ((R.RIGHT_APPLICATION_DEVICES_READ,), (R.RIGHT_APPLICATION_ALL,)):
        res = await client.call(ACC + "CreateAPIKey", create_key(app, *rights), manager)
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
    key = (await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO), manager)).response
    update = application_pb2.UpdateApplicationAPIKeyRequest(field_mask=field_mask_pb2.FieldMask(paths=["rights"]))
    update.application_ids.application_id = app
    update.api_key.id = key.id
    update.api_key.rights.append(R.RIGHT_APPLICATION_DELETE)
    res = await client.call(ACC + "UpdateAPIKey", update, manager)
    assert res.code == PERMISSION_DENIED


async def test_collaborators(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    bob = await population.user(unique_id + "-bob")
    set_req = application_pb2.SetApplicationCollaboratorRequest()
    set_req.application_ids.application_id = app
    set_req.collaborator.ids.user_ids.user_id = bob
    set_req.collaborator.rights.extend([R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_DEVICES_READ])
    assert (await client.call(ACC + "SetCollaborator", set_req, admin_key)).code == OK

    get_req = application_pb2.GetApplicationCollaboratorRequest()
    get_req.application_ids.application_id = app
    get_req.collaborator.user_ids.user_id = bob
    got = await client.call(ACC + "GetCollaborator", get_req, admin_key)
    assert got.code == OK and list(got.response.rights) == [R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_DEVICES_READ]

    listed = await client.call(ACC + "ListCollaborators", application_pb2.ListApplicationCollaboratorsRequest(application_ids=app_ids(app)), admin_key)
    assert listed.code == OK and listed.total == 2
    assert {c.ids.user_ids.user_id for c in listed.response.collaborators} == {"admin", bob}

    # bob's key reaches the application through his membership, limited by the key's rights
    bob_key = await population.key("user", bob, R.RIGHT_ALL)
    assert (await client.call(REG + "Get", get_request(app, "name"), bob_key)).code == OK
    rights = await client.call(ACC + "ListRights", app_ids(app), bob_key)
    assert list(rights.response.rights) == [R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_DEVICES_READ]
    mine = await client.call(REG + "List", application_pb2.ListApplicationsRequest(), bob_key)
    assert [a.ids.application_id for a in mine.response.applications] == [app]
    # without SETTINGS_COLLABORATORS the list carries no rights
    public = await client.call(ACC + "ListCollaborators", application_pb2.ListApplicationCollaboratorsRequest(application_ids=app_ids(app)), bob_key)
    assert public.code == OK and all(not c.rights for c in public.response.collaborators)

    # the last collaborator with all rights stays
    owner = application_pb2.SetApplicationCollaboratorRequest()
    owner.application_ids.application_id = app
    owner.collaborator.ids.user_ids.user_id = "admin"
    owner.collaborator.rights.append(R.RIGHT_APPLICATION_INFO)
    res = await client.call(ACC + "SetCollaborator", owner, admin_key)
    assert (res.code, res.error_name) == (FAILED_PRECONDITION, "pkg/identityserver:application_needs_collaborator")
    delete = application_pb2.DeleteApplicationCollaboratorRequest()
    delete.application_ids.application_id = app
    delete.collaborator_ids.user_ids.user_id = "admin"
    res = await client.call(ACC + "DeleteCollaborator", delete, admin_key)
    assert res.error_name == "pkg/identityserver:application_needs_collaborator"

    # setting no rights removes the collaborator
    del set_req.collaborator.rights[:]
    assert (await client.call(ACC + "SetCollaborator", set_req, admin_key)).code == OK
    res = await client.call(ACC + "GetCollaborator", get_req, admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:membership_not_found")
    res = await client.call(REG + "Get", get_request(app, "name"), bob_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")


async def test_no_escalation_through_collaborators(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    carol = await population.user(unique_id + "-carol")
    await population.member("application", app, "user", carol,
                            R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_SETTINGS_COLLABORATORS)
    carol_key = await population.key("user", carol, R.RIGHT_ALL)
    req = application_pb2.SetApplicationCollaboratorRequest()
    req.application_ids.application_id = app
    req.collaborator.ids.user_ids.user_id = carol
    req.collaborator.rights.extend([R.RIGHT_APPLICATION_ALL])
    res = await client.call(ACC + "SetCollaborator", req, carol_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")


async def test_rights_through_an_organization_are_intersected(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    org = await population.organization(unique_id + "-org")
    dave = await population.user(unique_id + "-dave")
    await population.member("application", app, "organization", org, R.RIGHT_APPLICATION_ALL)
    await population.member("organization", org, "user", dave, R.RIGHT_APPLICATION_INFO, R.RIGHT_ORGANIZATION_INFO)
    dave_key = await population.key("user", dave, R.RIGHT_ALL)
    rights = await client.call(ACC + "ListRights", app_ids(app), dave_key)
    assert list(rights.response.rights) == [R.RIGHT_APPLICATION_INFO]
    assert (await client.call(REG + "Get", get_request(app), dave_key)).code == OK
    assert (await client.call(REG + "Delete", app_ids(app), dave_key)).code == PERMISSION_DENIED
    mine = await client.call(REG + "List", application_pb2.ListApplicationsRequest(), dave_key)
    assert app in [a.ids.application_id for a in mine.response.applications]


async def test_auth_info(client, admin_key, unique_id, population):
    anonymous = await client.call("/ttn.lorawan.v3.EntityAccess/AuthInfo", empty_pb2.Empty())
    assert anonymous.code == OK and anonymous.response.WhichOneof("access_method") is None
    admin = await client.call("/ttn.lorawan.v3.EntityAccess/AuthInfo", empty_pb2.Empty(), admin_key)
    assert admin.response.is_admin
    assert admin.response.api_key.entity_ids.user_ids.user_id == "admin"
    assert R.RIGHT_APPLICATION_DEVICES_READ_KEYS not in admin.response.universal_rights.rights
    assert R.RIGHT_APPLICATION_INFO in admin.response.universal_rights.rights
    app = await new_app(client, admin_key, unique_id)
    key = await population.key("application", app, R.RIGHT_APPLICATION_ALL)
    info = (await client.call("/ttn.lorawan.v3.EntityAccess/AuthInfo", empty_pb2.Empty(), key)).response
    assert info.api_key.entity_ids.application_ids.application_id == app and not info.is_admin
    assert R.RIGHT_APPLICATION_DEVICES_WRITE in info.api_key.api_key.rights  # implied rights are listed
    assert info.api_key.api_key.key == ""


async def test_no_secret_is_stored(server, client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    token = (await client.call(ACC + "CreateAPIKey", create_key(app, R.RIGHT_APPLICATION_INFO), admin_key)).response.key
    secrets = [token.split(".")[2].encode(), admin_key.split(".")[2].encode()]
    for path in server.config.data_dir.rglob("*"):
        if path.is_file() and path.name != "admin-api-key":
            data = path.read_bytes()
            assert not any(secret in data for secret in secrets), path


async def test_listing_without_a_collaborator_needs_the_list_right_on_the_caller(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    erin = await population.user(unique_id + "-erin")
    await population.member("application", app, "user", erin, R.RIGHT_APPLICATION_ALL)
    narrow = await population.key("user", erin, R.RIGHT_USER_INFO)
    res = await client.call(REG + "List", application_pb2.ListApplicationsRequest(), narrow)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_user_rights")
    wide = await population.key("user", erin, R.RIGHT_USER_APPLICATIONS_LIST, R.RIGHT_APPLICATION_INFO)
    res = await client.call(REG + "List", application_pb2.ListApplicationsRequest(), wide)
    assert [a.ids.application_id for a in res.response.applications] == [app]


async def test_collaborators_must_exist(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for field in ("user_ids", "organization_ids"):
        req = application_pb2.SetApplicationCollaboratorRequest()
        req.application_ids.application_id = app
        if field == "user_ids":
            req.collaborator.ids.user_ids.user_id = "nobody-at-all"
        else:
            req.collaborator.ids.organization_ids.organization_id = "no-such-org"
        req.collaborator.rights.append(R.RIGHT_APPLICATION_INFO)
        res = await client.call(ACC + "SetCollaborator", req, admin_key)
        assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:account_not_found")


async def test_organizations_do_not_nest(client, admin_key, unique_id, population):
    from ttn.lorawan.v3 import organization_pb2

    outer = await population.organization(unique_id + "-outer")
    await population.member("organization", outer, "user", "admin", R.RIGHT_ALL)
    inner = await population.organization(unique_id + "-inner")
    req = organization_pb2.SetOrganizationCollaboratorRequest()
    req.organization_ids.organization_id = outer
    req.collaborator.ids.organization_ids.organization_id = inner
    req.collaborator.rights.append(R.RIGHT_ORGANIZATION_INFO)
    res = await client.call("/ttn.lorawan.v3.OrganizationAccess/SetCollaborator", req, admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:nested_organizations")


async def test_contacts_named_by_a_sub_path_must_be_collaborators(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    mallory = await population.user(unique_id + "-mallory")
    for path in ("administrative_contact.ids.user_ids.user_id", "technical_contact.ids"):
        req = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=[path]))
        req.application.ids.application_id = app
        req.application.administrative_contact.user_ids.user_id = mallory
        req.application.technical_contact.user_ids.user_id = mallory
        res = await client.call(REG + "Update", req, admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:contact_no_collaborator")


async def test_reserved_ids_are_refused_before_rights(client, unique_id, population):
    nobody = await population.user(unique_id + "-nobody")
    key = await population.key("user", nobody, R.RIGHT_USER_INFO)
    for app_id in ("admin", "about", "www"):
        res = await client.call(REG + "Create", create_request(app_id, nobody), key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver/blocklist:forbidden_id"), app_id
    res = await client.call(REG + "Create", create_request(unique_id + "-fine", nobody), key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_user_rights")
