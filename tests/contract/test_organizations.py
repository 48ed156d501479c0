"""OrganizationRegistry contract: every case runs over gRPC and over HTTP (the ``client`` fixture)."""

from __future__ import annotations

from google.protobuf import field_mask_pb2

from support.requests import REG, create_request as create_app_request
from ttn.lorawan.v3 import application_pb2, contact_info_pb2, identifiers_pb2, organization_pb2, rights_pb2, user_pb2

ORG = "/ttn.lorawan.v3.OrganizationRegistry/"
USR = "/ttn.lorawan.v3.UserRegistry/"
R = rights_pb2
OK, INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, FAILED_PRECONDITION, UNAUTHENTICATED = 0, 3, 5, 6, 7, 9, 16


def create_request(org_id: str, user_id: str = "admin", **fields) -> organization_pb2.CreateOrganizationRequest:
    req = organization_pb2.CreateOrganizationRequest()
    req.organization.ids.organization_id = org_id
    for name, value in fields.items():
        if name == "attributes":
            req.organization.attributes.update(value)
        else:
            setattr(req.organization, name, value)
    req.collaborator.user_ids.user_id = user_id
    return req


def get_request(org_id: str, *paths: str) -> organization_pb2.GetOrganizationRequest:
    req = organization_pb2.GetOrganizationRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.organization_ids.organization_id = org_id
    return req


def list_request(*paths: str, user_id: str | None = None, **fields) -> organization_pb2.ListOrganizationsRequest:
    req = organization_pb2.ListOrganizationsRequest(field_mask=field_mask_pb2.FieldMask(paths=paths), **fields)
    if user_id is not None:
        req.collaborator.user_ids.user_id = user_id
    return req


def update_request(org_id: str, *paths: str, **fields) -> organization_pb2.UpdateOrganizationRequest:
    req = organization_pb2.UpdateOrganizationRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.organization.ids.organization_id = org_id
    for name, value in fields.items():
        if isinstance(value, identifiers_pb2.OrganizationOrUserIdentifiers):
            getattr(req.organization, name).CopyFrom(value)
        elif name == "contact_info":
            req.organization.contact_info.extend(value)
        else:
            setattr(req.organization, name, value)
    return req


def ids(org_id: str) -> identifiers_pb2.OrganizationIdentifiers:
    return identifiers_pb2.OrganizationIdentifiers(organization_id=org_id)


def user(user_id: str) -> identifiers_pb2.OrganizationOrUserIdentifiers:
    return identifiers_pb2.OrganizationOrUserIdentifiers(user_ids=identifiers_pb2.UserIdentifiers(user_id=user_id))


async def new_org(client, key, org_id: str, user_id: str = "admin", **fields) -> organization_pb2.Organization:
    res = await client.call(ORG + "Create", create_request(org_id, user_id, **fields), key)
    assert res.code == OK, res.message
    return res.response


def listed_ids(res) -> list[str]:
    assert res.code == OK, res.message
    return [o.ids.organization_id for o in res.response.organizations]


async def test_create_returns_the_whole_organization(client, admin_key, unique_id, server):
    org = await new_org(client, admin_key, unique_id, name="Org", description="d", fanout_notifications=True)
    assert org.ids.organization_id == unique_id
    assert (org.name, org.description, org.fanout_notifications) == ("Org", "d", True)
    assert org.HasField("created_at") and org.created_at == org.updated_at
    assert org.administrative_contact.user_ids.user_id == "admin"
    assert org.technical_contact.user_ids.user_id == "admin"
    member = await server.store.get_membership("organization", unique_id, "user", "admin")
    assert list(R.Rights.FromString(member.rights).rights) == [R.RIGHT_ALL]
    assert [e.name for e in server.bus.history()
            if e.identifiers and e.identifiers[0].organization_ids.organization_id == unique_id] == ["organization.create"]


async def test_get_answers_the_masked_fields_plus_ids_and_timestamps(client, admin_key, unique_id):
    await new_org(client, admin_key, unique_id, name="n", description="d")
    res = await client.call(ORG + "Get", get_request(unique_id, "name"), admin_key)
    assert res.code == OK, res.message
    assert (res.response.name, res.response.description) == ("n", "")
    assert res.response.HasField("created_at") and res.response.HasField("updated_at")
    assert not res.response.HasField("administrative_contact")
    res = await client.call(ORG + "Get", get_request("no-such-org"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:organization_not_found")
    assert res.details.attributes["organization_id"] == "no-such-org"
    assert res.message == ("error:pkg/identityserver/store:organization_not_found "
                           "(organization with id `no-such-org` not found)")
    res = await client.call(ORG + "Get", get_request(unique_id, "name", "nope"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    res = await client.call(ORG + "Get", get_request(unique_id, "name"))
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:unauthenticated")


async def test_invalid_organizations_are_refused(client, admin_key, unique_id):
    for bad in ("ab", "Upper", "a--b", "-abc", "x" * 37):
        res = await client.call(ORG + "Create", create_request(bad), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation"), bad
    res = await client.call(ORG + "Create", create_request(unique_id, name="n" * 51), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    res = await client.call(ORG + "Create", create_request("organizations"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver/blocklist:forbidden_id")
    req = create_request(unique_id)
    req.organization.technical_contact.user_ids.user_id = "someone-else"
    res = await client.call(ORG + "Create", req, admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:contact_no_collaborator")


async def test_ids_are_shared_with_users(client, admin_key, unique_id, population):
    await new_org(client, admin_key, unique_id)
    res = await client.call(ORG + "Create", create_request(unique_id), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:id_taken")
    taken_by_user = await population.user(unique_id + "-u")
    res = await client.call(ORG + "Create", create_request(taken_by_user), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:id_taken")


async def test_organizations_do_not_nest(client, admin_key, unique_id, population):
    parent = await new_org(client, admin_key, unique_id)
    if client.transport == "grpc":  # over HTTP the collaborator is the user in the path
        req = create_request(unique_id + "-child")
        req.collaborator.organization_ids.organization_id = parent.ids.organization_id
        res = await client.call(ORG + "Create", req, admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:nested_organizations")
    req = list_request()
    req.collaborator.organization_ids.organization_id = unique_id
    res = await client.call(ORG + "List", req, admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:nested_organizations")
    org_key = await population.key("organization", unique_id, R.RIGHT_ALL)
    res = await client.call(ORG + "List", list_request(), org_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:nested_organizations")


async def test_users_create_and_list_their_own_organizations(client, admin_key, unique_id, population):
    alice = await population.user(unique_id + "-alice")
    alice_key = await population.key("user", alice, R.RIGHT_ALL)
    bob = await population.user(unique_id + "-bob")
    bob_key = await population.key("user", bob, R.RIGHT_ALL)
    org = (await new_org(client, alice_key, unique_id, alice, name="Alice's", description="private")).ids.organization_id

    assert listed_ids(await client.call(ORG + "List", list_request(), alice_key)) == [org]
    assert listed_ids(await client.call(ORG + "List", list_request(user_id=alice), alice_key)) == [org]
    assert listed_ids(await client.call(ORG + "List", list_request(), bob_key)) == []
    res = await client.call(ORG + "List", list_request(user_id=alice), bob_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_user_rights")
    res = await client.call(ORG + "Create", create_request(unique_id + "-b", alice), bob_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_user_rights")
    reader = await population.key("user", alice, R.RIGHT_USER_INFO)
    res = await client.call(ORG + "Create", create_request(unique_id + "-c", alice), reader)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_user_rights")
    assert list(res.details.attributes["missing"]) == ["RIGHT_USER_ORGANIZATIONS_CREATE"]
    res = await client.call(ORG + "List", list_request(), reader)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_user_rights")
    res = await client.call(ORG + "List", list_request())
    assert res.code == OK and listed_ids(res) == []  # anonymous: member of nothing

    # Strangers read public fields only.
    res = await client.call(ORG + "Get", get_request(org, "name", "administrative_contact.ids.user_ids.user_id"), bob_key)
    assert res.code == OK, res.message
    assert res.response.name == "Alice's" and res.response.administrative_contact.user_ids.user_id == alice
    res = await client.call(ORG + "Get", get_request(org, "name", "description"), bob_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_organization_rights")
    for method, req in (("Update", update_request(org, "name", name="x")),
                        ("Delete", ids(org)), ("Restore", ids(org))):
        res = await client.call(ORG + method, req, bob_key)
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_organization_rights"), method
    res = await client.call(ORG + "Purge", ids(org), alice_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/identityserver:admins_purge_organizations")


async def test_list_shows_only_public_fields_without_organization_info(client, admin_key, unique_id, population):
    org = (await new_org(client, admin_key, unique_id, name="n", description="d")).ids.organization_id
    carol = await population.user(unique_id + "-carol")
    await population.member("organization", org, "user", carol, R.RIGHT_ORGANIZATION_SETTINGS_BASIC)
    carol_key = await population.key("user", carol, R.RIGHT_ALL)
    res = await client.call(ORG + "List", list_request("name", "description"), carol_key)
    assert listed_ids(res) == [org]
    entry = res.response.organizations[0]
    assert entry.name == "n" and entry.description == "" and entry.HasField("created_at")
    await population.member("organization", org, "user", carol, R.RIGHT_ORGANIZATION_INFO)
    entry = (await client.call(ORG + "List", list_request("name", "description"), carol_key)).response.organizations[0]
    assert (entry.name, entry.description) == ("n", "d")


async def test_update_echoes_the_masked_fields(client, admin_key, unique_id):
    created = await new_org(client, admin_key, unique_id, name="a", description="keep")
    res = await client.call(ORG + "Update", update_request(unique_id, "name", name="b", description="ignored"), admin_key)
    assert res.code == OK, res.message
    assert (res.response.name, res.response.description) == ("b", "")
    assert res.response.updated_at.ToNanoseconds() > created.updated_at.ToNanoseconds()
    got = (await client.call(ORG + "Get", get_request(unique_id, "name", "description"), admin_key)).response
    assert (got.name, got.description) == ("b", "keep")

    res = await client.call(ORG + "Update", update_request(unique_id, name="changed"), admin_key)
    assert res.code == OK, res.message
    got2 = (await client.call(ORG + "Get", get_request(unique_id, "name"), admin_key)).response
    assert got2.name == "b" and got2.updated_at.ToNanoseconds() > got.updated_at.ToNanoseconds()

    info = contact_info_pb2.ContactInfo(value="x@example.com", contact_method=contact_info_pb2.CONTACT_METHOD_EMAIL)
    res = await client.call(ORG + "Update", update_request(unique_id, "contact_info", contact_info=[info]), admin_key)
    assert res.code == OK, res.message
    assert "deprecated" in res.headers.get("warning", res.headers.get("x-warning", ""))
    res = await client.call(ORG + "Update", update_request(unique_id, "technical_contact", technical_contact=user("nobody")),
                            admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:contact_no_collaborator")
    res = await client.call(ORG + "Update", update_request(unique_id, "ids.organization_id"), admin_key)
    assert res.code == OK  # ids are not updated, the path is dropped


async def test_list_paginates_with_a_total(client, admin_key, unique_id):
    prefix = unique_id + "-l"
    for i in range(5):
        await new_org(client, admin_key, f"{prefix}{i}", name=f"n{4 - i}")
    listed = []
    for page in (1, 2, 3):
        req = list_request("name", limit=2, page=page, order="organization_id")
        res = await client.call(ORG + "List", req, admin_key)
        assert res.total is not None and res.total >= 5
        listed.extend(listed_ids(res))
    assert listed == sorted(listed)
    mine = [i for i in listed_ids(await client.call(ORG + "List", list_request(limit=1000, order="-name"), admin_key))
            if i.startswith(prefix)]
    assert mine == [f"{prefix}{i}" for i in range(5)]
    res = await client.call(ORG + "List", list_request(limit=1001), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


async def test_delete_restore_purge(client, admin_key, unique_id, population, server):
    await new_org(client, admin_key, unique_id)
    member = await population.user(unique_id + "-m")
    await population.member("organization", unique_id, "user", member, R.RIGHT_ORGANIZATION_ALL)
    key = await population.key("organization", unique_id, R.RIGHT_ALL)

    assert (await client.call(ORG + "Delete", ids(unique_id), admin_key)).code == OK
    assert (await client.call(ORG + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    deleted = await client.call(ORG + "List", list_request(deleted=True, limit=1000), admin_key)
    found = [o for o in deleted.response.organizations if o.ids.organization_id == unique_id]
    assert found and found[0].HasField("deleted_at")
    assert unique_id not in listed_ids(await client.call(ORG + "List", list_request(limit=1000), admin_key))
    assert (await client.call(ORG + "Create", create_request(unique_id), admin_key)).error_name == "pkg/util/store:id_taken"

    assert (await client.call(ORG + "Restore", ids(unique_id), admin_key)).code == OK
    assert (await client.call(ORG + "Get", get_request(unique_id), admin_key)).code == OK
    assert (await client.call(ORG + "Restore", ids(unique_id), admin_key)).code == NOT_FOUND

    assert (await client.call(ORG + "Purge", ids(unique_id), admin_key)).code == OK
    assert await server.store.get_membership("organization", unique_id, "user", member) is None
    assert await server.store.get_api_key(key.split(".")[1]) is None
    assert (await client.call(ORG + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    assert (await client.call(ORG + "Purge", ids(unique_id), admin_key)).code == NOT_FOUND
    req = user_pb2.CreateUserRequest()
    req.user.ids.user_id = unique_id  # the ID is free again, for a user too
    req.user.primary_email_address = f"{unique_id}@example.com"
    req.user.password = "Reused-1D-ok"
    assert (await client.call(USR + "Create", req, admin_key)).code == OK
    names = [e.name for e in server.bus.history()
             if e.identifiers and e.identifiers[0].organization_ids.organization_id == unique_id]
    assert names == ["organization.create", "organization.delete", "organization.restore", "organization.purge"]


async def test_applications_of_an_organization_are_listed_for_its_members(client, admin_key, unique_id, population):
    dana = await population.user(unique_id + "-dana")
    dana_key = await population.key("user", dana, R.RIGHT_ALL)
    org = (await new_org(client, dana_key, unique_id + "-org", dana)).ids.organization_id
    app_req = create_app_request(unique_id + "-app", name="Org App")
    app_req.collaborator.Clear()
    app_req.collaborator.organization_ids.organization_id = org
    if client.transport == "http":  # the HTTP binding of Create names a user; organizations have their own
        app = await client.raw("POST", f"/organizations/{org}/applications", key=dana_key,
                               body=f'{{"application": {{"ids": {{"application_id": "{unique_id}-app"}}, "name": "Org App"}}}}',
                               full_method=REG + "Create")
    else:
        app = await client.call(REG + "Create", app_req, dana_key)
    assert app.code == OK, app.message
    assert app.response.administrative_contact.organization_ids.organization_id == org

    def app_ids(res) -> list[str]:
        assert res.code == OK, res.message
        return [a.ids.application_id for a in res.response.applications]

    apps = application_pb2.ListApplicationsRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    res = await client.call(REG + "List", apps, dana_key)
    assert app_ids(res) == [unique_id + "-app"] and res.response.applications[0].name == "Org App"
    direct = application_pb2.ListApplicationsRequest()
    direct.collaborator.user_ids.user_id = dana
    assert app_ids(await client.call(REG + "List", direct, dana_key)) == []  # only direct memberships then
    via_org = application_pb2.ListApplicationsRequest()
    via_org.collaborator.organization_ids.organization_id = org
    assert app_ids(await client.call(REG + "List", via_org, dana_key)) == [unique_id + "-app"]

    # A member whose rights on the organization hold no application right sees the entry, public-safe.
    erin = await population.user(unique_id + "-erin")
    await population.member("organization", org, "user", erin, R.RIGHT_ORGANIZATION_INFO)
    erin_key = await population.key("user", erin, R.RIGHT_ALL)
    res = await client.call(REG + "List", apps, erin_key)
    assert app_ids(res) == [unique_id + "-app"] and res.response.applications[0].name == ""
    await population.member("organization", org, "user", erin, R.RIGHT_ORGANIZATION_INFO, R.RIGHT_APPLICATION_INFO)
    res = await client.call(REG + "List", apps, erin_key)
    assert res.response.applications[0].name == "Org App"
