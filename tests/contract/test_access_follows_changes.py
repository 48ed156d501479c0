"""Authentication and rights follow every change at once, over both transports.

Keys are verified once and then cached, and so are rights; these cases use a key (so that its
verification and rights are cached), change what they depend on, and use it again right away:
purge and re-creation, deleted users, entities and organizations, demoted or suspended users.
They also pin down the rule on targets: rights are held on live entities only — callers hold
nothing on one that is missing or deleted, admins get ``<kind>_not_found``.
"""

from __future__ import annotations

import json

import pytest
from google.protobuf import empty_pb2, field_mask_pb2

from support import upstream_json
from server.identity.entities import now_ns
from support.requests import REG, app_ids, create_request, get_request
from ttn.lorawan.v3 import (
    application_pb2,
    end_device_pb2,
    enums_pb2,
    gateway_pb2,
    identifiers_pb2,
    organization_pb2,
    rights_pb2 as R,
    user_pb2,
)

ACC = "/ttn.lorawan.v3.ApplicationAccess/"
USR = "/ttn.lorawan.v3.UserRegistry/"
USR_ACC = "/ttn.lorawan.v3.UserAccess/"
ORG = "/ttn.lorawan.v3.OrganizationRegistry/"
GTW = "/ttn.lorawan.v3.GatewayRegistry/"
AUTH_INFO = "/ttn.lorawan.v3.EntityAccess/AuthInfo"
OK, NOT_FOUND, PERMISSION_DENIED, UNAUTHENTICATED = 0, 5, 7, 16
KEY_NOT_FOUND = (UNAUTHENTICATED, "pkg/identityserver:api_key_not_found")
NO_APP_RIGHTS = (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
APP_NOT_FOUND = (NOT_FOUND, "pkg/identityserver/store:application_not_found")


def outcome(res) -> tuple[int, str]:
    return res.code, res.error_name


def user_ids(user_id: str) -> identifiers_pb2.UserIdentifiers:
    return identifiers_pb2.UserIdentifiers(user_id=user_id)


def update_user(user_id: str, **fields) -> user_pb2.UpdateUserRequest:
    req = user_pb2.UpdateUserRequest(field_mask=field_mask_pb2.FieldMask(paths=sorted(fields)))
    req.user.ids.user_id = user_id
    for name, value in fields.items():
        setattr(req.user, name, value)
    return req


def warning_of(res) -> str:
    return res.headers.get("warning", res.headers.get("x-warning", ""))


async def new_app(client, key, app_id, user_id="admin"):
    res = await client.call(REG + "Create", create_request(app_id, user_id), key)
    assert res.code == OK, res.message
    return app_id


async def create_key(client, key, app_id, *rights) -> str:
    req = application_pb2.CreateApplicationAPIKeyRequest(name="k", rights=rights, application_ids=app_ids(app_id))
    res = await client.call(ACC + "CreateAPIKey", req, key)
    assert res.code == OK, res.message
    return res.response.key


async def create_under_organization(client, req: application_pb2.CreateApplicationRequest, key: str):
    """ApplicationRegistry.Create under an organization (over HTTP: its second binding)."""
    if client.transport == "grpc":
        return await client.call(REG + "Create", req, key)
    org = req.collaborator.organization_ids.organization_id
    return await client.raw("POST", f"/organizations/{org}/applications", body=json.dumps(upstream_json.to_json(req)), key=key,
                            full_method=REG + "Create")


# 1. Cached verifications and rights ----------------------------------------------------------


async def test_a_purged_applications_key_does_not_reach_the_application_recreated_with_its_id(
    client, admin_key, unique_id, population
):
    app = await new_app(client, admin_key, unique_id)
    old_key = await create_key(client, admin_key, app, R.RIGHT_APPLICATION_ALL)
    assert (await client.call(REG + "Get", get_request(app, "name"), old_key)).code == OK  # verified and cached
    assert (await client.call(REG + "Purge", app_ids(app), admin_key)).code == OK

    bob = await population.user(unique_id + "-bob")
    bob_key = await population.key("user", bob, R.RIGHT_ALL)
    await new_app(client, bob_key, app, bob)  # the ID is free again: someone else's now

    assert outcome(await client.call(REG + "Get", get_request(app, "name"), old_key)) == KEY_NOT_FOUND
    req = application_pb2.CreateApplicationAPIKeyRequest(name="mine", rights=[R.RIGHT_APPLICATION_ALL],
                                                         application_ids=app_ids(app))
    assert outcome(await client.call(ACC + "CreateAPIKey", req, old_key)) == KEY_NOT_FOUND
    assert (await client.call(REG + "Get", get_request(app, "name"), bob_key)).code == OK


async def test_a_deleted_users_key_is_refused_until_the_user_is_restored(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    carol = await population.user(unique_id + "-carol")
    await population.member("application", app, "user", carol, R.RIGHT_APPLICATION_ALL)
    carol_key = await population.key("user", carol, R.RIGHT_ALL)
    assert (await client.call(REG + "Get", get_request(app, "name"), carol_key)).code == OK

    assert (await client.call(USR + "Delete", user_ids(carol), admin_key)).code == OK
    assert outcome(await client.call(REG + "Get", get_request(app, "name"), carol_key)) == KEY_NOT_FOUND
    assert outcome(await client.call(AUTH_INFO, empty_pb2.Empty(), carol_key)) == KEY_NOT_FOUND

    assert (await client.call(USR + "Restore", user_ids(carol), admin_key)).code == OK
    assert (await client.call(REG + "Get", get_request(app, "name"), carol_key)).code == OK

    assert (await client.call(USR + "Purge", user_ids(carol), admin_key)).code == OK
    assert outcome(await client.call(REG + "Get", get_request(app, "name"), carol_key)) == KEY_NOT_FOUND


async def test_a_demoted_admin_loses_admin_rights_at_once(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    dora = await population.user(unique_id + "-dora", admin=True)
    dora_key = await population.key("user", dora, R.RIGHT_ALL)
    assert (await client.call(REG + "Get", get_request(app, "name"), dora_key)).code == OK  # not a member: admin
    assert (await client.call(AUTH_INFO, empty_pb2.Empty(), dora_key)).response.is_admin

    assert (await client.call(USR + "Update", update_user(dora, admin=False), admin_key)).code == OK
    assert outcome(await client.call(REG + "Get", get_request(app, "name"), dora_key)) == NO_APP_RIGHTS
    info = await client.call(AUTH_INFO, empty_pb2.Empty(), dora_key)
    assert not info.response.is_admin and not info.response.universal_rights.rights
    res = await client.call(USR + "List", user_pb2.ListUsersRequest(), dora_key)
    assert outcome(res) == (PERMISSION_DENIED, "pkg/identityserver:permission_denied")

    # promoted again, then flagged: an admin only while approved
    assert (await client.call(USR + "Update", update_user(dora, admin=True), admin_key)).code == OK
    assert (await client.call(REG + "Get", get_request(app, "name"), dora_key)).code == OK
    flagged = update_user(dora, state=enums_pb2.STATE_FLAGGED)
    assert (await client.call(USR + "Update", flagged, admin_key)).code == OK
    assert outcome(await client.call(REG + "Get", get_request(app, "name"), dora_key)) == NO_APP_RIGHTS
    assert not (await client.call(AUTH_INFO, empty_pb2.Empty(), dora_key)).response.is_admin
    assert (await client.call(USR + "Purge", user_ids(dora), admin_key)).code == OK  # other tests count admins


# 2. Deleted entities grant nothing ------------------------------------------------------------


async def test_a_deleted_organization_grants_nothing(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    org = await population.organization(unique_id + "-org")
    erin = await population.user(unique_id + "-erin")
    await population.member("organization", org, "user", "admin", R.RIGHT_ALL)
    await population.member("organization", org, "user", erin, R.RIGHT_APPLICATION_ALL)
    await population.member("application", app, "organization", org, R.RIGHT_APPLICATION_ALL)
    erin_key = await population.key("user", erin, R.RIGHT_ALL)
    assert (await client.call(REG + "Get", get_request(app, "name"), erin_key)).code == OK
    listed = await client.call(REG + "List", application_pb2.ListApplicationsRequest(), erin_key)
    assert app in [a.ids.application_id for a in listed.response.applications]

    org_ids = identifiers_pb2.OrganizationIdentifiers(organization_id=org)
    assert (await client.call(ORG + "Delete", org_ids, admin_key)).code == OK
    assert outcome(await client.call(REG + "Get", get_request(app, "name"), erin_key)) == NO_APP_RIGHTS
    assert (await client.call(ACC + "ListRights", app_ids(app), erin_key)).response.rights == []
    listed = await client.call(REG + "List", application_pb2.ListApplicationsRequest(), erin_key)
    assert app not in [a.ids.application_id for a in listed.response.applications]

    assert (await client.call(ORG + "Restore", org_ids, admin_key)).code == OK
    assert (await client.call(REG + "Get", get_request(app, "name"), erin_key)).code == OK


async def test_keys_of_deleted_entities_are_refused(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    app_key = await create_key(client, admin_key, app, R.RIGHT_APPLICATION_ALL)
    org = await population.organization(unique_id + "-org")
    await population.member("organization", org, "user", "admin", R.RIGHT_ALL)
    org_key = await population.key("organization", org, R.RIGHT_ORGANIZATION_ALL)
    gtw = unique_id + "-gtw"
    gateway = gateway_pb2.Gateway(name=gtw)
    gateway.ids.gateway_id = gtw
    await population.store.create_gateway(gtw, None, gateway.SerializeToString(), name=gtw, now=now_ns())
    gtw_key = await population.key("gateway", gtw, R.RIGHT_GATEWAY_ALL)
    org_ids = identifiers_pb2.OrganizationIdentifiers(organization_id=org)
    gtw_ids = identifiers_pb2.GatewayIdentifiers(gateway_id=gtw)
    cases = [  # (a call with the entity's key, its Delete, its Restore)
        ((REG + "Get", get_request(app, "name"), app_key),
         (REG + "Delete", app_ids(app)), (REG + "Restore", app_ids(app))),
        ((ORG + "Get", organization_pb2.GetOrganizationRequest(
            organization_ids=org_ids, field_mask=field_mask_pb2.FieldMask(paths=["name"])), org_key),
         (ORG + "Delete", org_ids), (ORG + "Restore", org_ids)),
        ((GTW + "Get", gateway_pb2.GetGatewayRequest(
            gateway_ids=gtw_ids, field_mask=field_mask_pb2.FieldMask(paths=["name"])), gtw_key),
         (GTW + "Delete", gtw_ids), (GTW + "Restore", gtw_ids)),
    ]
    for (method, req, key), (delete, ids), (restore, _) in cases:
        assert (await client.call(method, req, key)).code == OK, method
        assert (await client.call(delete, ids, admin_key)).code == OK, delete
        assert outcome(await client.call(method, req, key)) == KEY_NOT_FOUND, method
        assert outcome(await client.call(AUTH_INFO, empty_pb2.Empty(), key)) == KEY_NOT_FOUND, method
        assert (await client.call(restore, ids, admin_key)).code == OK, restore
        assert (await client.call(method, req, key)).code == OK, method


async def test_rights_on_missing_or_deleted_applications(client, admin_key, unique_id, population):
    frank = await population.user(unique_id + "-frank")
    frank_key = await population.key("user", frank, R.RIGHT_ALL)
    app = await new_app(client, admin_key, unique_id)
    await population.member("application", app, "user", frank, R.RIGHT_APPLICATION_ALL)
    missing = unique_id + "-missing"
    devices = end_device_pb2.ListEndDevicesRequest(application_ids=app_ids(missing))
    ns_get = end_device_pb2.GetEndDeviceRequest(field_mask=field_mask_pb2.FieldMask(paths=["frequency_plan_id"]))
    ns_get.end_device_ids.application_ids.application_id = missing
    ns_get.end_device_ids.device_id = "dev"
    calls = [
        (REG + "Get", get_request(missing, "name")),
        (REG + "Update", application_pb2.UpdateApplicationRequest(
            application=application_pb2.Application(ids=app_ids(missing), name="x"),
            field_mask=field_mask_pb2.FieldMask(paths=["name"]))),
        (ACC + "ListRights", app_ids(missing)),
        (ACC + "ListAPIKeys", application_pb2.ListApplicationAPIKeysRequest(application_ids=app_ids(missing))),
        ("/ttn.lorawan.v3.EndDeviceRegistry/List", devices),
        ("/ttn.lorawan.v3.NsEndDeviceRegistry/Get", ns_get),
    ]
    for method, req in calls:
        assert outcome(await client.call(method, req, admin_key)) == APP_NOT_FOUND, method
        res = await client.call(method, req, frank_key)
        if method.endswith("ListRights"):  # nothing held: {} as upstream
            assert res.code == OK and list(res.response.rights) == [], method
        else:
            assert outcome(res) == NO_APP_RIGHTS, method

    # deleted: the same answers, until a collaborator with the DELETE right restores it
    assert (await client.call(REG + "Delete", app_ids(app), frank_key)).code == OK
    assert outcome(await client.call(REG + "Get", get_request(app, "name"), admin_key)) == APP_NOT_FOUND
    assert outcome(await client.call(REG + "Get", get_request(app, "name"), frank_key)) == NO_APP_RIGHTS
    assert outcome(await client.call(REG + "Delete", app_ids(app), frank_key)) == NO_APP_RIGHTS
    assert outcome(await client.call(REG + "Delete", app_ids(app), admin_key)) == APP_NOT_FOUND
    deleted = await client.call(REG + "List", application_pb2.ListApplicationsRequest(
        deleted=True, field_mask=field_mask_pb2.FieldMask(paths=["name"])), admin_key)
    assert deleted.code == OK and app in [a.ids.application_id for a in deleted.response.applications]
    assert (await client.call(REG + "Restore", app_ids(app), frank_key)).code == OK
    assert (await client.call(REG + "Get", get_request(app, "name"), frank_key)).code == OK


async def test_creating_under_an_account_that_is_not_there(client, admin_key, unique_id, population):
    gina = await population.user(unique_id + "-gina")
    gina_key = await population.key("user", gina, R.RIGHT_ALL)
    nobody = unique_id + "-nobody"
    res = await client.call(REG + "Create", create_request(unique_id, nobody), admin_key)
    assert outcome(res) == (NOT_FOUND, "pkg/identityserver/store:user_not_found")
    res = await client.call(REG + "Create", create_request(unique_id, nobody), gina_key)
    assert outcome(res) == (PERMISSION_DENIED, "pkg/auth/rights:no_user_rights")
    under_org = create_request(unique_id)
    under_org.collaborator.organization_ids.organization_id = nobody
    res = await create_under_organization(client, under_org, admin_key)
    assert outcome(res) == (NOT_FOUND, "pkg/identityserver/store:organization_not_found")
    res = await create_under_organization(client, under_org, gina_key)
    assert outcome(res) == (PERMISSION_DENIED, "pkg/auth/rights:no_organization_rights")
    # nothing was created, and a deleted user is not there either
    assert outcome(await client.call(REG + "Get", get_request(unique_id, "name"), admin_key)) == APP_NOT_FOUND
    assert (await client.call(USR + "Delete", user_ids(gina), admin_key)).code == OK
    res = await client.call(REG + "Create", create_request(unique_id, gina), admin_key)
    assert outcome(res) == (NOT_FOUND, "pkg/identityserver/store:user_not_found")


# 3. User states -------------------------------------------------------------------------------

RESTRICTED = {
    enums_pb2.STATE_REQUESTED: (
        [R.RIGHT_USER_INFO, R.RIGHT_USER_SETTINGS_BASIC, R.RIGHT_USER_DELETE],
        "Restricted rights while account pending", "pkg/identityserver:user_requested",
    ),
    enums_pb2.STATE_REJECTED: (
        [R.RIGHT_USER_INFO, R.RIGHT_USER_DELETE],
        "Restricted rights after account rejection: spam", "pkg/identityserver:user_rejected",
    ),
    enums_pb2.STATE_SUSPENDED: (
        [R.RIGHT_USER_INFO],
        "Restricted rights after account suspension: spam", "pkg/identityserver:user_suspended",
    ),
}


@pytest.mark.parametrize("state", sorted(RESTRICTED), ids=enums_pb2.State.Name)
async def test_users_neither_approved_nor_flagged_have_restricted_rights(
    client, admin_key, unique_id, population, state
):
    rights, warning, refusal = RESTRICTED[state]
    app = await new_app(client, admin_key, unique_id)
    hank = await population.user(unique_id + "-hank", admin=True)
    await population.member("application", app, "user", hank, R.RIGHT_APPLICATION_ALL)
    hank_key = await population.key("user", hank, R.RIGHT_ALL)
    res = await client.call(ACC + "ListRights", app_ids(app), hank_key)  # verified and cached, approved
    assert R.RIGHT_APPLICATION_DELETE in res.response.rights and not warning_of(res)

    # the state changes take effect on the very next call
    description = "" if state == enums_pb2.STATE_REQUESTED else "spam"
    req = update_user(hank, state=state, state_description=description)
    assert (await client.call(USR + "Update", req, admin_key)).code == OK

    info = await client.call(AUTH_INFO, empty_pb2.Empty(), hank_key)
    assert info.code == OK and warning_of(info) == warning
    assert list(info.response.api_key.api_key.rights) == rights
    assert not info.response.is_admin and not info.response.universal_rights.rights
    res = await client.call(ACC + "ListRights", app_ids(app), hank_key)
    assert res.code == OK and list(res.response.rights) == [] and warning_of(res) == warning
    res = await client.call(USR_ACC + "ListRights", user_ids(hank), hank_key)
    assert list(res.response.rights) == rights
    # calls that need an authenticated caller refuse the user, naming the state
    res = await client.call(REG + "Get", get_request(app, "name"), hank_key)
    assert outcome(res) == (PERMISSION_DENIED, refusal)
    if description:
        assert res.details.attributes["description"] == description
    # ... but the user's own profile stays readable (RIGHT_USER_INFO is kept), others' are not
    own = user_pb2.GetUserRequest(user_ids=user_ids(hank), field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    assert (await client.call(USR + "Get", own, hank_key)).code == OK
    other = user_pb2.GetUserRequest(user_ids=user_ids("admin"), field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    assert outcome(await client.call(USR + "Get", other, hank_key)) == (PERMISSION_DENIED, refusal)
    # what is left: a pending user may still edit the profile, others may not
    res = await client.call(USR + "Update", update_user(hank, name="Hank"), hank_key)
    if state == enums_pb2.STATE_REQUESTED:
        assert res.code == OK and warning_of(res) == warning
    else:
        assert outcome(res) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_user_rights")
    assert outcome(await client.call(REG + "Delete", app_ids(app), hank_key)) == NO_APP_RIGHTS

    approve = update_user(hank, state=enums_pb2.STATE_APPROVED)
    assert (await client.call(USR + "Update", approve, admin_key)).code == OK
    res = await client.call(ACC + "ListRights", app_ids(app), hank_key)
    assert R.RIGHT_APPLICATION_DELETE in res.response.rights and not warning_of(res)
    assert (await client.call(USR + "Purge", user_ids(hank), admin_key)).code == OK  # other tests count admins


async def test_flagged_users_keep_their_rights(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    ivy = await population.user(unique_id + "-ivy", state=enums_pb2.STATE_FLAGGED)
    await population.member("application", app, "user", ivy, R.RIGHT_APPLICATION_ALL)
    ivy_key = await population.key("user", ivy, R.RIGHT_ALL)
    res = await client.call(REG + "Get", get_request(app, "name"), ivy_key)
    assert res.code == OK and not warning_of(res)
