"""GatewayRegistry and GatewayAccess contract: every case runs over gRPC and over HTTP (``client``)."""

from __future__ import annotations

import hashlib
import time

import pytest
from google.protobuf import empty_pb2, field_mask_pb2
from google.protobuf.message import Message

from support.waiting import clock_past
from ttn.lorawan.v3 import gateway_pb2, identifiers_pb2, rights_pb2, secrets_pb2

GTW = "/ttn.lorawan.v3.GatewayRegistry/"
ACC = "/ttn.lorawan.v3.GatewayAccess/"
R = rights_pb2
OK, INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED, FAILED_PRECONDITION, UNAUTHENTICATED = 0, 3, 5, 6, 7, 9, 16


def eui_of(name: str) -> bytes:
    """An EUI of the test's own (the session's server is shared by every test)."""
    return hashlib.sha256(name.encode()).digest()[:8]


def _set(message: Message, fields: dict) -> None:
    for name, value in fields.items():
        target = getattr(message, name)
        if isinstance(value, Message):
            target.CopyFrom(value)
        elif isinstance(value, dict):
            target.update(value)
        elif isinstance(value, list):
            target.extend(value)
        else:
            setattr(message, name, value)


def create_request(gtw_id: str, user_id: str = "admin", eui: bytes = b"", **fields) -> gateway_pb2.CreateGatewayRequest:
    req = gateway_pb2.CreateGatewayRequest()
    req.gateway.ids.gateway_id = gtw_id
    req.gateway.ids.eui = eui
    _set(req.gateway, fields)
    req.collaborator.user_ids.user_id = user_id
    return req


def get_request(gtw_id: str, *paths: str) -> gateway_pb2.GetGatewayRequest:
    req = gateway_pb2.GetGatewayRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.gateway_ids.gateway_id = gtw_id
    return req


def list_request(*paths: str, user_id: str | None = None, **fields) -> gateway_pb2.ListGatewaysRequest:
    req = gateway_pb2.ListGatewaysRequest(field_mask=field_mask_pb2.FieldMask(paths=paths), **fields)
    if user_id is not None:
        req.collaborator.user_ids.user_id = user_id
    return req


def update_request(gtw_id: str, *paths: str, **fields) -> gateway_pb2.UpdateGatewayRequest:
    req = gateway_pb2.UpdateGatewayRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.gateway.ids.gateway_id = gtw_id
    _set(req.gateway, fields)
    return req


def ids(gtw_id: str) -> identifiers_pb2.GatewayIdentifiers:
    return identifiers_pb2.GatewayIdentifiers(gateway_id=gtw_id)


async def new_gateway(client, key, gtw_id: str, user_id: str = "admin", **fields) -> gateway_pb2.Gateway:
    res = await client.call(GTW + "Create", create_request(gtw_id, user_id, **fields), key)
    assert res.code == OK, res.message
    return res.response


def listed_ids(res) -> list[str]:
    assert res.code == OK, res.message
    return [g.ids.gateway_id for g in res.response.gateways]


def events_of(server, gtw_id: str) -> list[str]:
    return [e.name for e in server.bus.history()
            if e.identifiers and e.identifiers[0].gateway_ids.gateway_id == gtw_id]


# The documentation's example ("Register a Gateway"), with an EUI for its placeholder.
SEED_BODY = """{
    "gateway": {
      "ids": {
        "gateway_id": "gtw1",
        "eui": "%s"
      },
      "name": "my gateway",
      "gateway_server_address": "thethings.example.com",
      "frequency_plan_id": "EU_863_870_TTN"
    }
  }"""


async def test_register_a_gateway_as_in_the_docs(client, http_client, admin_key, population, server):
    # The example registers under user1 with user1's API key; user1 and the key come from the
    # test population. The test purges gtw1 at the end, so the other transport can register it too.
    user1 = await population.user("user1")
    key = await population.key("user", user1, R.RIGHT_ALL)
    eui = "58A0CBFFFE800123"
    if client.transport == "http":
        res = await http_client.raw("POST", "/users/user1/gateways", body=SEED_BODY % eui, key=key,
                                    headers={"Accept": "application/json"}, full_method=GTW + "Create")
        assert res.http_status == 200, res.json
        body = res.json
        assert body["ids"] == {"gateway_id": "gtw1", "eui": eui}
        assert (body["name"], body["gateway_server_address"]) == ("my gateway", "thethings.example.com")
        # Kept as a list of plans; the deprecated single ID is not echoed by Create (upstream).
        assert body["frequency_plan_ids"] == ["EU_863_870_TTN"] and "frequency_plan_id" not in body
        assert body["administrative_contact"] == {"user_ids": {"user_id": "user1"}}
        assert body["created_at"].endswith("Z")
        assert not {"lbs_lns_secret", "claim_authentication_code", "target_cups_key"} & set(body)  # none given
    else:
        req = create_request("gtw1", "user1", bytes.fromhex(eui), name="my gateway",
                             gateway_server_address="thethings.example.com", frequency_plan_id="EU_863_870_TTN")
        res = await client.call(GTW + "Create", req, key)
        assert res.code == OK, res.message
    created = res.response
    assert created.ids.eui == bytes.fromhex(eui) and list(created.frequency_plan_ids) == ["EU_863_870_TTN"]
    member = await server.store.get_membership("gateway", "gtw1", "user", "user1")
    assert list(R.Rights.FromString(member.rights).rights) == [R.RIGHT_ALL]

    res = await client.call(GTW + "Get", get_request("gtw1", "name", "frequency_plan_id"), key)
    assert res.code == OK, res.message
    assert (res.response.name, res.response.frequency_plan_id) == ("my gateway", "EU_863_870_TTN")
    assert list(res.response.frequency_plan_ids) == ["EU_863_870_TTN"]
    assert res.response.gateway_server_address == ""  # not asked for
    if client.transport == "http":
        assert res.json["ids"]["eui"] == eui  # upper-case hex
        lower = await http_client.raw("GET", "/gateways/gtw1", query=[("field_mask", "ids.eui")], key=key)
        assert lower.json["ids"] == {"gateway_id": "gtw1", "eui": eui}

    assert (await client.call(GTW + "Purge", ids("gtw1"), admin_key)).code == OK
    assert events_of(server, "gtw1")[-2:] == ["gateway.create", "gateway.purge"]


async def test_create_under_an_organization(client, http_client, admin_key, unique_id, population):
    org = await population.organization(unique_id + "-org")
    erin = await population.user(unique_id + "-erin")
    await population.member("organization", org, "user", erin, R.RIGHT_ORGANIZATION_ALL)
    erin_key = await population.key("user", erin, R.RIGHT_ALL)
    if client.transport == "http":
        body = '{"gateway": {"ids": {"gateway_id": "%s", "eui": "%s"}}}' % (unique_id, eui_of(unique_id).hex())
        res = await http_client.raw("POST", f"/organizations/{org}/gateways", body=body, key=erin_key,
                                    full_method=GTW + "Create")
    else:
        req = create_request(unique_id, eui=eui_of(unique_id))
        req.collaborator.Clear()
        req.collaborator.organization_ids.organization_id = org
        res = await client.call(GTW + "Create", req, erin_key)
    assert res.code == OK, res.message
    assert res.response.administrative_contact.organization_ids.organization_id == org
    assert res.response.ids.eui == eui_of(unique_id)  # lower-case hex in, bytes stored

    via_org = list_request()
    via_org.collaborator.organization_ids.organization_id = org
    assert listed_ids(await client.call(GTW + "List", via_org, erin_key)) == [unique_id]
    assert listed_ids(await client.call(GTW + "List", list_request(), erin_key)) == [unique_id]  # through the org
    assert listed_ids(await client.call(GTW + "List", list_request(user_id=erin), erin_key)) == []  # direct only

    outsider = await population.key("user", await population.user(unique_id + "-out"), R.RIGHT_ALL)
    req = create_request(unique_id + "-2")
    req.collaborator.Clear()
    req.collaborator.organization_ids.organization_id = org
    res = await client.call(GTW + "Create", req, outsider) if client.transport == "grpc" else await http_client.raw(
        "POST", f"/organizations/{org}/gateways", key=outsider,
        body='{"gateway": {"ids": {"gateway_id": "%s-2"}}}' % unique_id)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_organization_rights")


async def test_get_with_field_masks(client, admin_key, unique_id, population):
    eui = eui_of(unique_id)
    await new_gateway(client, admin_key, unique_id, eui=eui, name="n", description="d", attributes={"key": "value"},
                      frequency_plan_ids=["EU_863_870", "EU_863_870_TTN"], gateway_server_address="gs.example.com")
    res = await client.call(GTW + "Get", get_request(unique_id, "name", "attributes"), admin_key)
    assert res.code == OK, res.message
    got = res.response
    assert (got.name, got.description, dict(got.attributes)) == ("n", "", {"key": "value"})
    assert got.ids.eui == eui and got.HasField("created_at") and got.HasField("updated_at")
    if client.transport == "http":
        assert res.json["ids"]["eui"] == eui.hex().upper()
        assert set(res.json) == {"ids", "created_at", "updated_at", "name", "attributes"}

    bare = (await client.call(GTW + "Get", get_request(unique_id), admin_key)).response
    assert bare.name == "" and bare.ids.gateway_id == unique_id and bare.ids.eui == eui
    plans = (await client.call(GTW + "Get", get_request(unique_id, "frequency_plan_id"), admin_key)).response
    assert plans.frequency_plan_id == "EU_863_870" and list(plans.frequency_plan_ids) == ["EU_863_870", "EU_863_870_TTN"]

    res = await client.call(GTW + "Get", get_request(unique_id, "name", "nope"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths")
    assert list(res.details.attributes["forbidden_paths"]) == ["nope"]
    res = await client.call(GTW + "Get", get_request("no-such-gateway"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:gateway_not_found")
    assert res.message == "error:pkg/identityserver/store:gateway_not_found (gateway with id `no-such-gateway` not found)"
    res = await client.call(GTW + "Get", get_request(unique_id, "name"))
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:unauthenticated")

    # Any authenticated caller reads the public fields; the address only when the status is public.
    stranger = await population.key("user", await population.user(unique_id + "-s"), R.RIGHT_ALL)
    res = await client.call(GTW + "Get", get_request("no-such-gateway", "name", "attributes"), stranger)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_gateway_rights")
    public = get_request(unique_id, "name", "description", "gateway_server_address", "frequency_plan_id")
    res = await client.call(GTW + "Get", public, stranger)
    assert res.code == OK, res.message
    assert (res.response.name, res.response.description, res.response.gateway_server_address) == ("n", "d", "")
    assert res.response.frequency_plan_id == "EU_863_870"
    res = await client.call(GTW + "Get", get_request(unique_id, "name", "attributes"), stranger)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_gateway_rights")
    assert (await client.call(GTW + "Update", update_request(unique_id, "status_public", status_public=True),
                              admin_key)).code == OK
    res = await client.call(GTW + "Get", public, stranger)
    assert res.response.gateway_server_address == ""  # status_public itself was not asked for
    public.field_mask.paths.append("status_public")
    res = await client.call(GTW + "Get", public, stranger)
    assert res.response.gateway_server_address == "gs.example.com"


async def test_list_paginates_with_a_total(client, http_client, admin_key, unique_id, population):
    owner = await population.user(unique_id + "-o")
    key = await population.key("user", owner, R.RIGHT_ALL)
    for i in range(5):
        await new_gateway(client, key, f"{unique_id}-{i}", owner, name=f"n{4 - i}")
    res = await client.call(GTW + "List", list_request("name"), key)
    assert listed_ids(res) == [f"{unique_id}-{i}" for i in range(5)] and res.total == 5
    assert [g.name for g in res.response.gateways] == ["n4", "n3", "n2", "n1", "n0"]
    pages = []
    for page in (1, 2, 3, 4):
        res = await client.call(GTW + "List", list_request(limit=2, page=page, user_id=owner), key)
        assert res.total == 5
        pages.append(listed_ids(res))
    assert pages == [[f"{unique_id}-0", f"{unique_id}-1"], [f"{unique_id}-2", f"{unique_id}-3"], [f"{unique_id}-4"], []]
    res = await client.call(GTW + "List", list_request(order="-name"), key)
    assert listed_ids(res) == [f"{unique_id}-{i}" for i in range(5)]
    res = await client.call(GTW + "List", list_request(order="name"), key)
    assert listed_ids(res) == [f"{unique_id}-{i}" for i in reversed(range(5))]
    if client.transport == "http":
        raw = await http_client.raw("GET", f"/users/{owner}/gateways", query=[("limit", "1")], key=key)
        assert raw.headers["x-total-count"] == "5" and len(raw.json["gateways"]) == 1

    # Filtered by update time (POST /gateways/filter over HTTP); the total stays that of the list.
    # `since` lies in a later microsecond (the HTTP stamp's precision) than every write so far.
    written_by = time.time_ns()
    await clock_past((written_by // 1000 + 1) * 1000, "the last write's microsecond")
    since = time.time_ns()
    await client.call(GTW + "Update", update_request(f"{unique_id}-3", "name", name="changed"), key)
    if client.transport == "http":
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(since // 10**9)) + ".%06dZ" % (since // 1000 % 10**6)
        body = '{"field_mask": {"paths": ["name"]}, "filters": [{"updated_since": "%s"}]}' % stamp
        res = await http_client.raw("POST", "/gateways/filter", body=body, key=key, full_method=GTW + "List")
    else:
        req = list_request("name")
        req.filters.add().updated_since.FromNanoseconds(since)
        res = await client.call(GTW + "List", req, key)
    assert listed_ids(res) == [f"{unique_id}-3"] and res.response.gateways[0].name == "changed"
    assert res.total == 5

    reader = await population.key("user", owner, R.RIGHT_USER_INFO)
    res = await client.call(GTW + "List", list_request(), reader)  # the caller's own gateways need the right too
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_user_rights")
    assert list(res.details.attributes["missing"]) == ["RIGHT_USER_GATEWAYS_LIST"]
    res = await client.call(GTW + "List", list_request(limit=1001), key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    gateway_key = await population.key("gateway", f"{unique_id}-0", R.RIGHT_GATEWAY_ALL)
    assert listed_ids(await client.call(GTW + "List", list_request(), gateway_key)) == []  # a gateway is no member


async def test_update_echoes_the_masked_fields(client, admin_key, unique_id, server):
    eui = eui_of(unique_id)
    created = await new_gateway(client, admin_key, unique_id, eui=eui, name="a", description="keep")
    res = await client.call(GTW + "Update", update_request(unique_id, "name", "frequency_plan_id", name="b",
                                                           description="ignored", frequency_plan_id="US_902_928_FSB_2"),
                            admin_key)
    assert res.code == OK, res.message
    assert (res.response.name, res.response.description) == ("b", "")
    assert list(res.response.frequency_plan_ids) == ["US_902_928_FSB_2"] and res.response.frequency_plan_id == ""
    assert res.response.updated_at.ToNanoseconds() > created.updated_at.ToNanoseconds()
    got = (await client.call(GTW + "Get", get_request(unique_id, "name", "description", "frequency_plan_id"),
                             admin_key)).response
    assert (got.name, got.description, got.frequency_plan_id) == ("b", "keep", "US_902_928_FSB_2")

    # The EUI is the one identifier an update changes; it stays unique.
    other = eui_of(unique_id + "-other")
    res = await client.call(GTW + "Update", update_request(unique_id, "ids.eui", ids=identifiers_pb2.GatewayIdentifiers(
        gateway_id=unique_id, eui=other)), admin_key)
    assert res.code == OK, res.message
    assert (await client.call(GTW + "Get", get_request(unique_id), admin_key)).response.ids.eui == other
    await new_gateway(client, admin_key, unique_id + "-2", eui=eui)  # the old EUI is free
    res = await client.call(GTW + "Update", update_request(unique_id + "-2", "ids.eui", ids=identifiers_pb2.GatewayIdentifiers(
        gateway_id=unique_id + "-2", eui=other)), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:eui_taken")

    assert (await client.call(GTW + "Update", update_request(unique_id), admin_key)).code == OK  # empty mask
    res = await client.call(GTW + "Update", update_request(unique_id, "technical_contact", technical_contact=
                                                           identifiers_pb2.OrganizationOrUserIdentifiers(
                                                               user_ids=identifiers_pb2.UserIdentifiers(user_id="nobody"))),
                            admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:contact_no_collaborator")
    res = await client.call(GTW + "Update", update_request(unique_id, "name", name="x" * 51), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    res = await client.call(GTW + "Update", update_request("no-such-gateway", "name", name="x"), admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:gateway_not_found")
    assert events_of(server, unique_id)[:2] == ["gateway.create", "gateway.update"]
    update = next(e for e in server.bus.history() if e.name == "gateway.update"
                  and e.identifiers[0].gateway_ids.gateway_id == unique_id)
    assert update.HasField("data")


async def test_duplicate_gateway_id(client, admin_key, unique_id):
    await new_gateway(client, admin_key, unique_id)
    res = await client.call(GTW + "Create", create_request(unique_id, eui=eui_of(unique_id)), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/util/store:id_taken")
    if client.transport == "http":
        assert res.http_status == 409
    res = await client.call(GTW + "Create", create_request("gateways"), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver/blocklist:forbidden_id")


async def test_duplicate_eui(client, admin_key, unique_id, population):
    eui = eui_of(unique_id)
    owner = await population.user(unique_id + "-o")
    key = await population.key("user", owner, R.RIGHT_ALL)
    await new_gateway(client, key, unique_id, owner, eui=eui)
    res = await client.call(GTW + "Create", create_request(unique_id + "-2", eui=eui), admin_key)
    assert (res.code, res.error_name) == (ALREADY_EXISTS, "pkg/identityserver:gateway_eui_taken")
    if client.transport == "http":
        assert res.http_status == 409
    hex_eui = eui.hex().upper()
    assert dict(res.details.attributes) == {"gateway_eui": hex_eui, "gateway_id": unique_id, "administrative_contact": owner}
    assert res.message == (f"error:pkg/identityserver:gateway_eui_taken (a gateway with EUI `{hex_eui}` is already "
                           f"registered (by you or someone else) as `{unique_id}`)")
    assert (await client.call(GTW + "Get", get_request(unique_id + "-2"), admin_key)).code == NOT_FOUND


async def test_bad_eui_length(client, http_client, admin_key, unique_id):
    if client.transport == "http":
        body = '{"gateway": {"ids": {"gateway_id": "%s", "eui": "70B3D57ED00001"}}}' % unique_id
        res = await http_client.raw("POST", "/users/admin/gateways", body=body, key=admin_key)
        assert (res.http_status, res.code) == (400, INVALID_ARGUMENT)
    else:
        res = await client.call(GTW + "Create", create_request(unique_id, eui=bytes(7)), admin_key)
        assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/errors:validation")
    assert (await client.call(GTW + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND


async def test_secrets_need_their_rights(client, admin_key, unique_id, population):
    lns = secrets_pb2.Secret(key_id="ignored", value=b"lns-secret")
    code = gateway_pb2.GatewayClaimAuthenticationCode(secret=secrets_pb2.Secret(value=b"CLAIM1"))
    created = await new_gateway(client, admin_key, unique_id, name="n", lbs_lns_secret=lns, claim_authentication_code=code,
                                target_cups_key=secrets_pb2.Secret(value=b"cups"))
    assert (created.lbs_lns_secret.key_id, created.lbs_lns_secret.value) == ("", b"lns-secret")  # what was written

    viewer = await population.user(unique_id + "-v")
    await population.member("gateway", unique_id, "user", viewer, R.RIGHT_GATEWAY_INFO, R.RIGHT_GATEWAY_SETTINGS_BASIC)
    viewer_key = await population.key("user", viewer, R.RIGHT_ALL)
    for path in ("lbs_lns_secret", "lbs_lns_secret.value", "claim_authentication_code", "target_cups_key"):
        res = await client.call(GTW + "Get", get_request(unique_id, "name", path), viewer_key)
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_gateway_rights"), path
        assert list(res.details.attributes["missing"]) == ["RIGHT_GATEWAY_READ_SECRETS"]
    res = await client.call(GTW + "List", list_request("name", "lbs_lns_secret", "target_cups_key"), viewer_key)
    assert listed_ids(res) == [unique_id]
    entry = res.response.gateways[0]
    assert entry.name == "n" and not entry.HasField("lbs_lns_secret") and not entry.HasField("target_cups_key")

    secrets = ("lbs_lns_secret", "claim_authentication_code", "target_cups_key")
    res = await client.call(GTW + "Get", get_request(unique_id, *secrets), admin_key)
    assert res.code == OK, res.message
    assert res.response.lbs_lns_secret == secrets_pb2.Secret(value=b"lns-secret")
    assert res.response.claim_authentication_code.secret.value == b"CLAIM1"
    assert res.response.target_cups_key.value == b"cups"
    if client.transport == "http":
        assert res.json["lbs_lns_secret"] == {"value": "bG5zLXNlY3JldA=="}
    listed = await client.call(GTW + "List", list_request(*secrets), admin_key)
    assert [g.lbs_lns_secret.value for g in listed.response.gateways if g.ids.gateway_id == unique_id] == [b"lns-secret"]

    write = update_request(unique_id, "lbs_lns_secret", lbs_lns_secret=secrets_pb2.Secret(value=b"new"))
    res = await client.call(GTW + "Update", write, viewer_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_gateway_rights")
    assert list(res.details.attributes["missing"]) == ["RIGHT_GATEWAY_WRITE_SECRETS"]
    await population.member("gateway", unique_id, "user", viewer, R.RIGHT_GATEWAY_INFO, R.RIGHT_GATEWAY_SETTINGS_BASIC,
                            R.RIGHT_GATEWAY_WRITE_SECRETS)
    res = await client.call(GTW + "Update", write, viewer_key)
    assert res.code == OK, res.message
    assert res.response.lbs_lns_secret.value == b"new"  # the caller's own value, echoed
    res = await client.call(GTW + "Get", get_request(unique_id, "lbs_lns_secret"), admin_key)
    assert res.response.lbs_lns_secret.value == b"new"

    no_secret = update_request(unique_id, "claim_authentication_code",
                               claim_authentication_code=gateway_pb2.GatewayClaimAuthenticationCode())
    no_secret.gateway.claim_authentication_code.valid_to.FromSeconds(1)
    res = await client.call(GTW + "Update", no_secret, admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:claim_authentication_code")
    backwards = gateway_pb2.GatewayClaimAuthenticationCode(secret=secrets_pb2.Secret(value=b"X"))
    backwards.valid_from.FromSeconds(2_000_000_000)
    backwards.valid_to.FromSeconds(1_900_000_000)
    res = await client.call(GTW + "Create", create_request(unique_id + "-2", claim_authentication_code=backwards), admin_key)
    assert (res.code, res.error_name) == (INVALID_ARGUMENT, "pkg/identityserver:claim_authentication_code")


async def test_delete_restore_purge(client, admin_key, unique_id, population, server):
    eui = eui_of(unique_id)
    await new_gateway(client, admin_key, unique_id, eui=eui)
    member = await population.user(unique_id + "-m")
    await population.member("gateway", unique_id, "user", member, R.RIGHT_GATEWAY_ALL)
    member_key = await population.key("user", member, R.RIGHT_ALL)
    gateway_key = await population.key("gateway", unique_id, R.RIGHT_ALL)

    res = await client.call(GTW + "Delete", ids(unique_id), await population.key("user", member, R.RIGHT_GATEWAY_INFO))
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_gateway_rights")
    assert (await client.call(GTW + "Delete", ids(unique_id), member_key)).code == OK
    assert (await client.call(GTW + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    assert (await client.call(GTW + "Delete", ids(unique_id), admin_key)).code == NOT_FOUND
    deleted = await client.call(GTW + "List", list_request(deleted=True, user_id=member), admin_key)
    assert listed_ids(deleted) == [unique_id] and deleted.response.gateways[0].HasField("deleted_at")
    assert listed_ids(await client.call(GTW + "List", list_request(user_id=member), admin_key)) == []
    res = await client.call(GTW + "Create", create_request(unique_id), admin_key)
    assert res.error_name == "pkg/util/store:id_taken"  # the ID stays reserved

    # A deleted gateway's EUI is free (as upstream); it comes back with it only while nobody else
    # holds it, else without it (upstream's bunstore RestoreGateway).
    await new_gateway(client, admin_key, unique_id + "-2", eui=eui)
    assert (await client.call(GTW + "Restore", ids(unique_id), member_key)).code == OK
    assert not (await client.call(GTW + "Get", get_request(unique_id, "ids"), admin_key)).response.ids.eui
    assert (await client.call(GTW + "Get", get_request(unique_id + "-2"), admin_key)).response.ids.eui == eui
    assert (await client.call(GTW + "Purge", ids(unique_id + "-2"), admin_key)).code == OK
    assert (await client.call(GTW + "Restore", ids(unique_id), admin_key)).code == NOT_FOUND

    res = await client.call(GTW + "Purge", ids(unique_id), member_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/identityserver:admins_purge_gateways")
    assert (await client.call(GTW + "Purge", ids(unique_id), admin_key)).code == OK
    assert await server.store.get_membership("gateway", unique_id, "user", member) is None
    assert await server.store.get_api_key(gateway_key.split(".")[1]) is None
    assert (await client.call(GTW + "Get", get_request(unique_id), admin_key)).code == NOT_FOUND
    assert (await client.call(GTW + "Purge", ids(unique_id), admin_key)).code == NOT_FOUND
    # Purge frees ID and EUI.
    again = await new_gateway(client, admin_key, unique_id, eui=eui)
    assert again.ids.eui == eui
    assert events_of(server, unique_id) == [
        "gateway.create", "gateway.delete", "gateway.restore", "gateway.purge", "gateway.create"]


async def test_gateway_api_keys(client, admin_key, unique_id, server):
    await new_gateway(client, admin_key, unique_id, name="n")
    create = gateway_pb2.CreateGatewayAPIKeyRequest(name="reader", rights=[R.RIGHT_GATEWAY_INFO])
    create.gateway_ids.gateway_id = unique_id
    res = await client.call(ACC + "CreateAPIKey", create, admin_key)
    assert res.code == OK, res.message
    key = res.response
    assert key.key.startswith("NNSXS.") and list(key.rights) == [R.RIGHT_GATEWAY_INFO]

    got = await client.call(GTW + "Get", get_request(unique_id, "name"), key.key)
    assert got.code == OK and got.response.name == "n"
    rights = await client.call(ACC + "ListRights", ids(unique_id), key.key)
    assert list(rights.response.rights) == [R.RIGHT_GATEWAY_INFO]
    info = await client.call("/ttn.lorawan.v3.EntityAccess/AuthInfo", empty_pb2.Empty(), key.key)
    assert info.response.api_key.entity_ids.gateway_ids.gateway_id == unique_id

    listed = await client.call(ACC + "ListAPIKeys", gateway_pb2.ListGatewayAPIKeysRequest(gateway_ids=ids(unique_id)),
                               admin_key)
    assert listed.code == OK and listed.total == 1 and [k.id for k in listed.response.api_keys] == [key.id]
    assert listed.response.api_keys[0].key == ""
    get = gateway_pb2.GetGatewayAPIKeyRequest(gateway_ids=ids(unique_id), key_id=key.id)
    assert (await client.call(ACC + "GetAPIKey", get, admin_key)).response.name == "reader"
    update = gateway_pb2.UpdateGatewayAPIKeyRequest(gateway_ids=ids(unique_id), field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    update.api_key.id = key.id
    update.api_key.name = "renamed"
    res = await client.call(ACC + "UpdateAPIKey", update, admin_key)
    assert res.code == OK and res.response.name == "renamed"
    res = await client.call(ACC + "CreateAPIKey", create, key.key)  # needs SETTINGS_API_KEYS
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_gateway_rights")
    delete = gateway_pb2.DeleteGatewayAPIKeyRequest(gateway_ids=ids(unique_id), key_id=key.id)
    assert (await client.call(ACC + "DeleteAPIKey", delete, admin_key)).code == OK
    res = await client.call(GTW + "Get", get_request(unique_id), key.key)
    assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:api_key_not_found")
    assert [n for n in events_of(server, unique_id) if n.startswith("gateway.api-key.")] == [
        "gateway.api-key.create", "gateway.api-key.update", "gateway.api-key.delete"]


async def test_gateway_collaborators(client, admin_key, unique_id, population, server):
    await new_gateway(client, admin_key, unique_id)
    bob = await population.user(unique_id + "-bob")
    set_req = gateway_pb2.SetGatewayCollaboratorRequest(gateway_ids=ids(unique_id))
    set_req.collaborator.ids.user_ids.user_id = bob
    set_req.collaborator.rights.extend([R.RIGHT_GATEWAY_INFO, R.RIGHT_GATEWAY_SETTINGS_BASIC])
    assert (await client.call(ACC + "SetCollaborator", set_req, admin_key)).code == OK

    get_req = gateway_pb2.GetGatewayCollaboratorRequest(gateway_ids=ids(unique_id))
    get_req.collaborator.user_ids.user_id = bob
    got = await client.call(ACC + "GetCollaborator", get_req, admin_key)
    assert got.code == OK and list(got.response.rights) == [R.RIGHT_GATEWAY_INFO, R.RIGHT_GATEWAY_SETTINGS_BASIC]
    listed = await client.call(ACC + "ListCollaborators", gateway_pb2.ListGatewayCollaboratorsRequest(gateway_ids=ids(unique_id)),
                               admin_key)
    assert listed.total == 2 and {c.ids.user_ids.user_id for c in listed.response.collaborators} == {"admin", bob}

    bob_key = await population.key("user", bob, R.RIGHT_ALL)
    assert listed_ids(await client.call(GTW + "List", list_request(), bob_key)) == [unique_id]
    rights = await client.call(ACC + "ListRights", ids(unique_id), bob_key)
    assert list(rights.response.rights) == [R.RIGHT_GATEWAY_INFO, R.RIGHT_GATEWAY_SETTINGS_BASIC]
    assert (await client.call(GTW + "Update", update_request(unique_id, "name", name="by bob"), bob_key)).code == OK
    res = await client.call(ACC + "SetCollaborator", set_req, bob_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_gateway_rights")

    owner = gateway_pb2.SetGatewayCollaboratorRequest(gateway_ids=ids(unique_id))
    owner.collaborator.ids.user_ids.user_id = "admin"
    owner.collaborator.rights.append(R.RIGHT_GATEWAY_INFO)
    res = await client.call(ACC + "SetCollaborator", owner, admin_key)
    assert (res.code, res.error_name) == (FAILED_PRECONDITION, "pkg/identityserver:gateway_needs_collaborator")

    delete = gateway_pb2.DeleteGatewayCollaboratorRequest(gateway_ids=ids(unique_id))
    delete.collaborator_ids.user_ids.user_id = bob
    assert (await client.call(ACC + "DeleteCollaborator", delete, admin_key)).code == OK
    res = await client.call(ACC + "GetCollaborator", get_req, admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:membership_not_found")
    res = await client.call(GTW + "Get", get_request(unique_id, "name", "attributes"), bob_key)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_gateway_rights")
    assert [n for n in events_of(server, unique_id) if n.startswith("gateway.collaborator.")] == [
        "gateway.collaborator.update", "gateway.collaborator.delete"]


async def test_a_read_only_key_cannot_update(client, admin_key, unique_id, population):
    await new_gateway(client, admin_key, unique_id, name="n")
    reader = await population.key("gateway", unique_id, R.RIGHT_GATEWAY_INFO)
    assert (await client.call(GTW + "Get", get_request(unique_id, "name"), reader)).response.name == "n"
    for method, req in (("Update", update_request(unique_id, "name", name="x")), ("Delete", ids(unique_id)),
                        ("Restore", ids(unique_id))):
        res = await client.call(GTW + method, req, reader)
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_gateway_rights"), method
    res = await client.call(GTW + "Update", update_request(unique_id, "name", name="x"), reader)
    assert list(res.details.attributes["missing"]) == ["RIGHT_GATEWAY_SETTINGS_BASIC"]
    res = await client.call(GTW + "Update", update_request(unique_id, "name", name="x"))
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_gateway_rights")
    assert (await client.call(GTW + "Get", get_request(unique_id, "name"), admin_key)).response.name == "n"

    # The gateway's own link key may set its antennas and attributes, nothing else.
    link = await population.key("gateway", unique_id, R.RIGHT_GATEWAY_LINK)
    res = await client.call(GTW + "Update", update_request(unique_id, "attributes", attributes={"firmware": "1.2"}), link)
    assert res.code == OK, res.message
    res = await client.call(GTW + "Update", update_request(unique_id, "attributes", "name", name="x"), link)
    assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_gateway_rights")


async def test_identifiers_for_an_eui(client, admin_key, unique_id):
    eui = eui_of(unique_id)
    await new_gateway(client, admin_key, unique_id, eui=eui)
    req = gateway_pb2.GetGatewayIdentifiersForEUIRequest(eui=eui)
    if client.transport == "http":
        # No HTTP binding, as upstream (cluster-internal): the HTTP client finds no route to
        # it, and an HTTP user sees the EUI on the gateway itself.
        with pytest.raises(LookupError, match="has no HTTP binding"):
            client.request_for(GTW + "GetIdentifiersForEUI", req)
        res = await client.call(GTW + "Get", get_request(unique_id, "ids"), admin_key)
        assert res.code == OK and res.response.ids == identifiers_pb2.GatewayIdentifiers(gateway_id=unique_id, eui=eui)
        assert res.json["ids"] == {"gateway_id": unique_id, "eui": eui.hex().upper()}
        return
    res = await client.call(GTW + "GetIdentifiersForEUI", req, admin_key)
    assert res.code == OK and res.response == identifiers_pb2.GatewayIdentifiers(gateway_id=unique_id, eui=eui)
    res = await client.call(GTW + "GetIdentifiersForEUI", req)
    assert res.code == UNAUTHENTICATED
    req.eui = eui_of(unique_id + "-none")
    res = await client.call(GTW + "GetIdentifiersForEUI", req, admin_key)
    assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:gateway_not_found_by_eui")
    assert res.details.attributes["gateway_eui"] == req.eui.hex().upper()
