"""UserRegistry contract: every case runs over gRPC and over HTTP (the ``client`` fixture)."""

from __future__ import annotations

import json
from pathlib import Path

from google.protobuf import field_mask_pb2

from server.auth.tokens import verify_secret
from support.pbkdf2 import PASSWORD_ITERATIONS, assert_upstream_pbkdf2
from ttn.lorawan.v3 import enums_pb2, identifiers_pb2, rights_pb2, user_pb2

USR = "/ttn.lorawan.v3.UserRegistry/"
R = rights_pb2
OK, INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, FAILED_PRECONDITION, UNAUTHENTICATED = 0, 3, 5, 6, 7, 9, 16
PASSWORD = "Correct-Horse-B4ttery"


def create_request(user_id: str, password: str = PASSWORD, email: str | None = None, **fields) -> user_pb2.CreateUserRequest:
    req = user_pb2.CreateUserRequest()
    req.user.ids.user_id = user_id
    req.user.password = password
    req.user.primary_email_address = f"{user_id}@example.com" if email is None else email
    for name, value in fields.items():
        setattr(req.user, name, value)
    return req


def get_request(user_id: str, *paths: str) -> user_pb2.GetUserRequest:
    req = user_pb2.GetUserRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.user_ids.user_id = user_id
    return req


def update_request(user_id: str, *paths: str, **fields) -> user_pb2.UpdateUserRequest:
    req = user_pb2.UpdateUserRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.user.ids.user_id = user_id
    for name, value in fields.items():
        if name.endswith("_at"):
            getattr(req.user, name).FromNanoseconds(value)
        else:
            setattr(req.user, name, value)
    return req


def ids(user_id: str) -> identifiers_pb2.UserIdentifiers:
    return identifiers_pb2.UserIdentifiers(user_id=user_id)


async def new_user(client, admin_key, user_id: str, **fields) -> user_pb2.User:
    res = await client.call(USR + "Create", create_request(user_id, **fields), admin_key)
    assert res.code == OK, res.message
    return res.response


def assert_no_password(res) -> None:
    assert res.response.password == "" and res.response.temporary_password == ""
    if res.json is not None:  # over HTTP: not even an empty key, nor any hash
        text = json.dumps(res.json)
        assert "password\"" not in text.replace("password_updated_at\"", "")
        assert PASSWORD not in text and "PBKDF2" not in text


async def test_create_answers_the_user_without_its_password(client, admin_key, unique_id, server):
    res = await client.call(USR + "Create", create_request(unique_id, name="Jane", description="d"), admin_key)
    assert res.code == OK, res.message
    user = res.response
    assert user.ids.user_id == unique_id and (user.name, user.description) == ("Jane", "d")
    assert user.primary_email_address == f"{unique_id}@example.com"
    assert user.HasField("created_at") and user.created_at == user.updated_at
    assert user.HasField("password_updated_at")
    assert not user.admin and user.state == enums_pb2.STATE_REQUESTED  # an admin's request is kept as given
    assert_no_password(res)
    events = [e for e in server.bus.history() if e.name == "user.create" and e.identifiers[0].user_ids.user_id == unique_id]
    assert len(events) == 1

    approved = await client.call(
        USR + "Create", create_request(unique_id + "-a", state=enums_pb2.STATE_APPROVED, admin=False), admin_key
    )
    assert approved.code == OK and approved.response.state == enums_pb2.STATE_APPROVED


async def test_passwords_are_stored_as_pbkdf2_hashes_only(client, admin_key, unique_id, server):
    await new_user(client, admin_key, unique_id)
    row = await server.store.get_entity("user", unique_id)
    stored = user_pb2.User.FromString(row.data).password
    assert stored.startswith("PBKDF2$sha256$20000$") and len(stored.split("$")) == 5
    assert verify_secret(stored, PASSWORD) and not verify_secret(stored, PASSWORD + "x")
    assert_upstream_pbkdf2(stored, PASSWORD, PASSWORD_ITERATIONS)
    on_disk = b"".join(p.read_bytes() for p in Path(server.config.data_dir).iterdir() if p.name.startswith("ttsl.db"))
    assert PASSWORD.encode() not in on_disk
    assert stored.encode() in on_disk


async def test_weak_passwords_are_refused_with_upstream_errors(client, admin_key, unique_id):
    cases = [
        ("Sh0rt", "password_strength_min_length", 8),
        ("É" * 600 + "A1", "password_strength_max_length", 1000),  # 1000 runes, but more bytes
        ("no-upper-case-1", "password_strength_uppercase", 1),
        ("No-Digits-Here", "password_strength_digits", 1),
        (f"X9-{unique_id}-pw", "password_contains_user_id", None),
        (f"X9-{unique_id.upper()}", "password_contains_user_id", None),
    ]
    for password, name, n in cases:
        res = await client.call(USR + "Create", create_request(unique_id, password=password), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, f"pkg/identityserver:{name}"), password
        if n is not None:
            assert res.details.attributes["n"] == n
    assert (await client.call(USR + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    res = await client.call(USR + "Create", create_request(unique_id, password="x" * 1001), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


async def test_invalid_users_are_refused(client, admin_key, unique_id):
    for bad in ("a", "Upper", "a--b", "-ab", "x" * 37):
        res = await client.call(USR + "Create", create_request(bad), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation"), bad
    res = await client.call(USR + "Create", create_request(unique_id, email=""), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    assert res.details.attributes["field"] == "user" and res.details.cause.attributes["field"] == "primary_email_address"
    # Accepted by the message rules (a display name), not by upstream's plain address check.
    res = await client.call(USR + "Create", create_request(unique_id, email=f"Jane <{unique_id}@example.com>"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/validate:email")
    res = await client.call(USR + "Create", create_request("root"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver/blocklist:forbidden_id")
    req = create_request(unique_id)
    req.invitation_token = "nope"
    res = await client.call(USR + "Create", req, admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:invitation_not_found")


async def test_user_ids_are_taken_once_and_shared_with_organizations(client, admin_key, unique_id):
    await new_user(client, admin_key, unique_id)
    res = await client.call(USR + "Create", create_request(unique_id), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:id_taken")
    res = await client.call(USR + "Create", create_request("admin"), admin_key)  # blocklisted, and taken
    assert res.code == INVALID_ARGUMENT
    from ttn.lorawan.v3 import organization_pb2

    org = organization_pb2.CreateOrganizationRequest()
    org.organization.ids.organization_id = unique_id + "-org"
    org.collaborator.user_ids.user_id = "admin"
    assert (await client.call("/ttn.lorawan.v3.OrganizationRegistry/Create", org, admin_key)).code == OK
    res = await client.call(USR + "Create", create_request(unique_id + "-org"), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:id_taken")


async def test_only_admins_create_list_and_purge_users(client, admin_key, unique_id, population):
    jane = await population.user(unique_id + "-jane")
    jane_key = await population.key("user", jane, R.RIGHT_ALL)
    res = await client.call(USR + "Create", create_request(unique_id), jane_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:user_registration_disabled")
    res = await client.call(USR + "Create", create_request(unique_id))
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:user_registration_disabled")
    res = await client.call(USR + "List", user_pb2.ListUsersRequest(), jane_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/identityserver:permission_denied")
    res = await client.call(USR + "Purge", ids(jane), jane_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/identityserver:admins_purge_users")
    res = await client.call(USR + "Delete", ids("admin"), jane_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_user_rights")


async def test_get_needs_user_info_except_for_public_fields(client, admin_key, unique_id, population):
    await new_user(client, admin_key, unique_id, name="Public Name", description="about")
    other = await population.user(unique_id + "-other")
    other_key = await population.key("user", other, R.RIGHT_ALL)

    res = await client.call(USR + "Get", get_request(unique_id, "name", "description", "state", "admin"), other_key)
    assert res.code == OK, res.message
    assert (res.response.name, res.response.description) == ("Public Name", "about")
    assert res.response.ids.user_id == unique_id and res.response.HasField("created_at")
    res = await client.call(USR + "Get", get_request(unique_id, "name", "primary_email_address"), other_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_user_rights")
    res = await client.call(USR + "Get", get_request(unique_id, "name"))
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:unauthenticated")

    res = await client.call(USR + "Get", get_request(unique_id, "name", "primary_email_address"), admin_key)
    assert res.code == OK and res.response.primary_email_address == f"{unique_id}@example.com"
    assert res.response.description == ""  # not asked for
    own = await client.call(USR + "Get", get_request(other, "name", "primary_email_address"), other_key)
    assert own.code == OK and own.response.name == other

    for secret in ("password", "temporary_password"):
        res = await client.call(USR + "Get", get_request(unique_id, secret), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    res = await client.call(USR + "Get", get_request("nobody-here", "name"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:user_not_found")
    assert res.details.attributes["user_id"] == "nobody-here"


async def test_contact_info_is_public_entry_by_entry(client, admin_key, unique_id, population):
    req = create_request(unique_id)
    req.user.contact_info.add(value="public@example.com", public=True)
    req.user.contact_info.add(value="private@example.com")
    assert (await client.call(USR + "Create", req, admin_key)).code == OK
    other_key = await population.key("user", await population.user(unique_id + "-other"), R.RIGHT_ALL)
    res = await client.call(USR + "Get", get_request(unique_id, "contact_info"), other_key)
    assert res.code == OK, res.message
    assert [c.value for c in res.response.contact_info] == ["public@example.com"]
    res = await client.call(USR + "Get", get_request(unique_id, "contact_info"), admin_key)
    assert [c.value for c in res.response.contact_info] == ["public@example.com", "private@example.com"]


async def test_users_update_themselves_but_not_admin_fields(client, admin_key, unique_id, population):
    user = await new_user(client, admin_key, unique_id, name="a")
    key = await population.key("user", unique_id, R.RIGHT_ALL)
    res = await client.call(USR + "Update", update_request(unique_id, "name", name="b", description="not masked"), key)
    assert res.code == OK, res.message
    assert res.response.name == "b" and res.response.description == ""
    assert res.response.updated_at.ToNanoseconds() > user.updated_at.ToNanoseconds()
    assert_no_password(res)
    for field, value in (("admin", True), ("state", enums_pb2.STATE_APPROVED), ("require_password_update", True),
                         ("temporary_password", "Temp0rary-pw")):
        res = await client.call(USR + "Update", update_request(unique_id, "name", field, **{field: value}), key)
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/identityserver:update_admin_field"), field
        assert res.details.attributes["field"] == field
    for field in ("password", "password_updated_at"):
        res = await client.call(USR + "Update", update_request(unique_id, field), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    stranger = await population.key("user", await population.user(unique_id + "-x"), R.RIGHT_ALL)
    res = await client.call(USR + "Update", update_request(unique_id, "name", name="c"), stranger)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_user_rights")
    got = (await client.call(USR + "Get", get_request(unique_id, "name", "admin", "state"), admin_key)).response
    assert (got.name, got.admin, got.state) == ("b", False, enums_pb2.STATE_REQUESTED)


async def test_a_new_email_address_is_unvalidated_unless_an_admin_sets_it(client, admin_key, unique_id, population):
    await new_user(client, admin_key, unique_id)
    key = await population.key("user", unique_id, R.RIGHT_ALL)
    validated = 1_700_000_000 * 10**9
    res = await client.call(USR + "Update", update_request(
        unique_id, "primary_email_address_validated_at", primary_email_address_validated_at=validated), admin_key)
    assert res.code == OK and res.response.primary_email_address_validated_at.ToNanoseconds() == validated

    res = await client.call(USR + "Update", update_request(
        unique_id, "primary_email_address", primary_email_address="admin-set@example.com"), admin_key)
    assert res.code == OK
    got = (await client.call(USR + "Get", get_request(unique_id, "primary_email_address_validated_at"), admin_key)).response
    assert got.primary_email_address_validated_at.ToNanoseconds() == validated

    res = await client.call(USR + "Update", update_request(
        unique_id, "primary_email_address", primary_email_address="self-set@example.com"), key)
    assert res.code == OK, res.message
    got = (await client.call(USR + "Get", get_request(unique_id, "primary_email_address",
                                                       "primary_email_address_validated_at"), admin_key)).response
    assert got.primary_email_address == "self-set@example.com" and not got.HasField("primary_email_address_validated_at")
    res = await client.call(USR + "Update", update_request(unique_id, "primary_email_address",
                                                           primary_email_address="J <j@example.com>"), key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/validate:email")


async def test_admins_set_state_and_temporary_passwords(client, admin_key, unique_id, server):
    await new_user(client, admin_key, unique_id)
    req = update_request(unique_id, "state", "state_description", state=enums_pb2.STATE_FLAGGED, state_description="why")
    assert (await client.call(USR + "Update", req, admin_key)).code == OK
    res = await client.call(USR + "Update", update_request(unique_id, "state", state=enums_pb2.STATE_APPROVED), admin_key)
    assert res.code == OK, res.message
    got = (await client.call(USR + "Get", get_request(unique_id, "state", "state_description"), admin_key)).response
    assert (got.state, got.state_description) == (enums_pb2.STATE_APPROVED, "")  # a new state drops the old reason

    res = await client.call(USR + "Update", update_request(unique_id, "temporary_password",
                                                           temporary_password="Temp0rary-pw"), admin_key)
    assert res.code == OK, res.message
    assert_no_password(res)
    assert res.response.HasField("temporary_password_created_at") and res.response.HasField("temporary_password_expires_at")
    stored = user_pb2.User.FromString((await server.store.get_entity("user", unique_id)).data)
    assert stored.temporary_password.startswith("PBKDF2$sha256$20000$")
    assert verify_secret(stored.temporary_password, "Temp0rary-pw")
    assert verify_secret(stored.password, PASSWORD)  # untouched
    assert_upstream_pbkdf2(stored.temporary_password, "Temp0rary-pw", PASSWORD_ITERATIONS)
    assert_upstream_pbkdf2(stored.password, PASSWORD, PASSWORD_ITERATIONS)


async def test_update_with_an_empty_mask_only_touches_updated_at(client, admin_key, unique_id):
    created = await new_user(client, admin_key, unique_id, name="a")
    res = await client.call(USR + "Update", update_request(unique_id, name="changed"), admin_key)
    # Without a mask the whole request is validated, as upstream does: an address is needed.
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    req = update_request(unique_id, name="changed", primary_email_address="changed@example.com")
    res = await client.call(USR + "Update", req, admin_key)
    assert res.code == OK, res.message
    got = (await client.call(USR + "Get", get_request(unique_id, "name", "primary_email_address"), admin_key)).response
    assert (got.name, got.primary_email_address) == ("a", f"{unique_id}@example.com")
    assert got.updated_at.ToNanoseconds() > created.updated_at.ToNanoseconds()


async def test_the_last_admin_stays_an_admin(client, admin_key, unique_id):
    listed = await client.call(USR + "List", user_pb2.ListUsersRequest(
        limit=1000, field_mask=field_mask_pb2.FieldMask(paths=["admin"])), admin_key)
    assert [u.ids.user_id for u in listed.response.users if u.admin] == ["admin"]  # other tests leave no admins
    res = await client.call(USR + "Update", update_request("admin", "admin", admin=True), admin_key)
    assert (res.code, res.error_name) == (FAILED_PRECONDITION, "pkg/identityserver/store:last_admin")
    res = await client.call(USR + "Delete", ids("admin"), admin_key)
    assert (res.code, res.error_name) == (FAILED_PRECONDITION, "pkg/identityserver/store:last_admin")

    # With a second admin, either may go.
    await new_user(client, admin_key, unique_id, admin=True)
    res = await client.call(USR + "Update", update_request(unique_id, "admin", admin=False), admin_key)
    assert res.code == OK, res.message
    assert (await client.call(USR + "Purge", ids(unique_id), admin_key)).code == OK


async def test_list_is_paged_ordered_and_counted(client, admin_key, unique_id):
    prefix = unique_id + "-l"
    for i in range(4):
        await new_user(client, admin_key, f"{prefix}{i}", name=f"n{3 - i}", email=f"{'dcba'[i]}-{prefix}@example.com")
    req = user_pb2.ListUsersRequest(limit=1000, order="-primary_email_address",
                                    field_mask=field_mask_pb2.FieldMask(paths=["primary_email_address"]))
    res = await client.call(USR + "List", req, admin_key)
    assert res.code == OK, res.message
    mine = [u.ids.user_id for u in res.response.users if u.ids.user_id.startswith(prefix)]
    assert mine == [f"{prefix}{i}" for i in range(4)]
    assert res.total == len(res.response.users) and res.total >= 5
    assert all(u.password == "" for u in res.response.users)

    res = await client.call(USR + "List", user_pb2.ListUsersRequest(limit=1000, order="name"), admin_key)
    mine = [u.ids.user_id for u in res.response.users if u.ids.user_id.startswith(prefix)]
    assert mine == [f"{prefix}{i}" for i in (3, 2, 1, 0)]
    assert res.response.users[0].name == ""  # not asked for

    pages = []
    for page in (1, 2):
        res = await client.call(USR + "List", user_pb2.ListUsersRequest(limit=2, page=page, order="user_id"), admin_key)
        pages.append([u.ids.user_id for u in res.response.users])
    assert len(pages[0]) == 2 and pages[0] + pages[1] == sorted(pages[0] + pages[1])
    res = await client.call(USR + "List", user_pb2.ListUsersRequest(order="description"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")


async def test_delete_restore_purge(client, admin_key, unique_id, population, server):
    await new_user(client, admin_key, unique_id)
    assert (await client.call(USR + "Delete", ids(unique_id), admin_key)).code == OK
    assert (await client.call(USR + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    deleted = await client.call(USR + "List", user_pb2.ListUsersRequest(deleted=True, limit=1000), admin_key)
    found = [u for u in deleted.response.users if u.ids.user_id == unique_id]
    assert found and found[0].HasField("deleted_at")
    res = await client.call(USR + "Create", create_request(unique_id), admin_key)
    assert res.error_name == "pkg/util/store:id_taken"
    res = await client.call(USR + "Delete", ids(unique_id), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:user_not_found")

    assert (await client.call(USR + "Restore", ids(unique_id), admin_key)).code == OK
    assert (await client.call(USR + "Get", get_request(unique_id), admin_key)).code == OK
    assert (await client.call(USR + "Restore", ids(unique_id), admin_key)).code == NOT_FOUND

    key = await population.key("user", unique_id, R.RIGHT_ALL)
    assert (await client.call(USR + "Purge", ids(unique_id), admin_key)).code == OK
    assert await server.store.get_api_key(key.split(".")[1]) is None  # its keys went with it
    assert (await client.call(USR + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    await new_user(client, admin_key, unique_id)  # the ID is free again
    names = [e.name for e in server.bus.history() if e.identifiers and e.identifiers[0].user_ids.user_id == unique_id]
    assert names == ["user.create", "user.delete", "user.restore", "user.purge", "user.create"]


async def test_users_delete_themselves(client, admin_key, unique_id, population):
    await new_user(client, admin_key, unique_id)
    reader = await population.key("user", unique_id, R.RIGHT_USER_INFO)
    res = await client.call(USR + "Delete", ids(unique_id), reader)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_user_rights")
    key = await population.key("user", unique_id, R.RIGHT_USER_DELETE)
    assert (await client.call(USR + "Delete", ids(unique_id), key)).code == OK
