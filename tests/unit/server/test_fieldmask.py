"""Field-mask policy (allowed paths per RPC) and mechanics (filter, copy, path lists)."""

import json
from pathlib import Path

import grpc
import pytest
from google.protobuf import descriptor_pool, timestamp_pb2

from server import fieldmask as F
from server.app import field_masks
from server.errors import TTSError
from ttn.lorawan.v3 import (
    application_pb2 as A,
    application_services_pb2,  # noqa: F401
    contact_info_pb2 as C,
    identifiers_pb2 as I,
    organization_pb2 as O,
    organization_services_pb2,  # noqa: F401
    picture_pb2 as P,
    rights_pb2 as R,
    user_pb2 as U,
    user_services_pb2,  # noqa: F401
)

# The table the server starts with: every component's lists.
MASKS = field_masks()
API_DEFINITION = Path(__file__).resolve().parents[3].parent / "shared/reference/api-definition.json"


@pytest.fixture(scope="module")
def api_definition():
    if not API_DEFINITION.exists():
        pytest.skip(f"upstream's api-definition.json is not at {API_DEFINITION}")
    return json.loads(API_DEFINITION.read_text())


def upstream_allowed(api_definition, full_method):
    service, method = full_method.rsplit(".", 1)[1].split("/")
    return api_definition[service][method]["allowedFieldMaskPaths"]


# --- paths_of ---------------------------------------------------------------------------------


def test_paths_of_application_equals_upstream(api_definition):
    assert F.paths_of(A.Application.DESCRIPTOR) == api_definition["ApplicationRegistry"]["Get"]["allowedFieldMaskPaths"]


@pytest.mark.parametrize(
    "message, rpc",
    [
        (O.Organization, ("OrganizationRegistry", "Get")),
        (U.UserBookmark, ("UserBookmarkRegistry", "List")),  # oneof members several levels deep
        (R.APIKey, ("ApplicationAccess", "UpdateAPIKey")),
    ],
)
def test_paths_of_other_messages(api_definition, message, rpc):
    assert F.paths_of(message.DESCRIPTOR) == api_definition[rpc[0]][rpc[1]]["allowedFieldMaskPaths"]


def test_paths_of_shape():
    paths = F.paths_of(A.Application.DESCRIPTOR)
    assert paths == sorted(paths)
    # The oneof is a path element, intermediate paths are listed, well-known types and maps are leaves.
    for p in ("administrative_contact", "administrative_contact.ids", "administrative_contact.ids.user_ids",
              "administrative_contact.ids.user_ids.user_id", "created_at", "attributes", "contact_info"):
        assert p in paths
    assert not any(p.startswith(("created_at.", "attributes.", "contact_info.")) for p in paths)
    user_paths = F.paths_of(U.User.DESCRIPTOR)
    assert "profile_picture.embedded.mime_type" in user_paths and "profile_picture.sizes" in user_paths
    assert "console_preferences.sort_by.api_key" in user_paths


# --- the table the components declare ------------------------------------------------------


@pytest.mark.parametrize("method", sorted(MASKS))
def test_allowed_equals_upstream(api_definition, method):
    # Upstream writes some lists (the end-device ones) unsorted: compare the paths, not the order.
    assert sorted(MASKS[method]) == sorted(upstream_allowed(api_definition, method))


def test_every_method_with_a_field_mask_has_a_list():
    pool = descriptor_pool.Default()
    for name in ("ApplicationRegistry", "ApplicationAccess", "UserRegistry", "UserAccess",
                 "OrganizationRegistry", "OrganizationAccess"):
        service = pool.FindServiceByName("ttn.lorawan.v3." + name)
        for method in service.methods:
            if "field_mask" in method.input_type.fields_by_name:
                assert f"/{service.full_name}/{method.name}" in MASKS


def test_allowed_exclusions():
    assert "dev_eui_counter" in MASKS["/ttn.lorawan.v3.ApplicationRegistry/Get"]
    assert "dev_eui_counter" not in MASKS["/ttn.lorawan.v3.ApplicationRegistry/Update"]
    assert {"password", "temporary_password"}.isdisjoint(MASKS["/ttn.lorawan.v3.UserRegistry/Get"])
    assert "temporary_password" in MASKS["/ttn.lorawan.v3.UserRegistry/Update"]
    assert {"password", "password_updated_at"}.isdisjoint(MASKS["/ttn.lorawan.v3.UserRegistry/Update"])


# --- FieldMasks.check -------------------------------------------------------------------------


def forbidden(method, request):
    with pytest.raises(TTSError) as info:
        MASKS.check(method, request)
    err = info.value
    assert err.definition is F.ERR_FIELD_MASK_PATHS
    assert err.code == grpc.StatusCode.INVALID_ARGUMENT
    assert err.message == "error:pkg/rpcmiddleware/validator:field_mask_paths (forbidden path(s) in field mask)"
    return err.public_attributes()["forbidden_paths"]


@pytest.mark.parametrize(
    "method, request_",
    [
        ("/ttn.lorawan.v3.ApplicationRegistry/Get", A.GetApplicationRequest(field_mask={"paths": ["name", "ids.application_id", "administrative_contact.ids.user_ids.user_id"]})),
        ("/ttn.lorawan.v3.ApplicationRegistry/Get", A.GetApplicationRequest()),
        ("/ttn.lorawan.v3.ApplicationRegistry/List", A.ListApplicationsRequest(field_mask={"paths": ["dev_eui_counter"]})),
        ("/ttn.lorawan.v3.ApplicationRegistry/Update", A.UpdateApplicationRequest(field_mask={"paths": ["name", "contact_info"]})),
        ("/ttn.lorawan.v3.ApplicationAccess/UpdateAPIKey", A.UpdateApplicationAPIKeyRequest(field_mask={"paths": ["rights", "name", "expires_at"]})),
        ("/ttn.lorawan.v3.UserRegistry/Update", U.UpdateUserRequest(field_mask={"paths": ["temporary_password"]})),
        # No field_mask field at all, whatever the method.
        ("/ttn.lorawan.v3.Unknown/Method", A.CreateApplicationRequest()),
        # An empty mask in a method without a list.
        ("/ttn.lorawan.v3.Unknown/Method", A.GetApplicationRequest()),
    ],
)
def test_check_request_allows(method, request_):
    MASKS.check(method, request_)


def test_check_request_forbids():
    req = A.UpdateApplicationRequest(field_mask={"paths": ["name", "dev_eui_counter", "nope", "ids.nope"]})
    assert forbidden("/ttn.lorawan.v3.ApplicationRegistry/Update", req) == ["dev_eui_counter", "nope", "ids.nope"]
    assert forbidden("/ttn.lorawan.v3.UserRegistry/Get", U.GetUserRequest(field_mask={"paths": ["password"]})) == ["password"]
    assert forbidden("/ttn.lorawan.v3.UserRegistry/Update", U.UpdateUserRequest(field_mask={"paths": ["password_updated_at", "name"]})) == ["password_updated_at"]
    # Children are matched literally: a sub-path of a leaf is not listed.
    assert forbidden("/ttn.lorawan.v3.ApplicationRegistry/Get", A.GetApplicationRequest(field_mask={"paths": ["attributes.key"]})) == ["attributes.key"]
    # A method without a list refuses every path.
    assert forbidden("/ttn.lorawan.v3.Unknown/Method", A.GetApplicationRequest(field_mask={"paths": ["name"]})) == ["name"]


# --- path lists -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paths, search, expected",
    [
        (["name"], ("name",), True),
        (["ids"], ("ids.application_id",), True),  # a parent selects its children
        (["ids.application_id"], ("ids",), False),  # upstream's HasAnyField: a child does not
        (["name"], ("description", "name"), True),
        ([], ("name",), False),
        (["names"], ("name",), False),
    ],
)
def test_has_any(paths, search, expected):
    assert F.has_any(paths, *search) is expected


def test_add():
    assert F.add(["name"], "ids", "created_at") == ["name", "ids", "created_at"]
    assert F.add(["ids", "name"], "ids") == ["ids", "name"]
    # Sub-paths of added paths are dropped, the added parent covers them.
    assert F.add(["ids.application_id", "name"], "ids") == ["name", "ids"]
    assert F.add([], "updated_at") == ["updated_at"]


def test_exclude():
    assert F.exclude(["ids", "ids.application_id", "name", "names"], "ids", "name") == ["names"]
    assert F.exclude([], "ids") == []


def test_top_level():
    assert F.top_level(["ids.application_id", "name", "ids", "administrative_contact.ids"]) == ["ids", "name", "administrative_contact"]


# --- filter_message / copy_paths --------------------------------------------------------------


def full_app():
    return A.Application(
        ids=I.ApplicationIdentifiers(application_id="my-app"),
        created_at=timestamp_pb2.Timestamp(seconds=10),
        name="My App",
        description="desc",
        attributes={"a": "1", "b": "2"},
        contact_info=[C.ContactInfo(value="x")],
        administrative_contact=I.OrganizationOrUserIdentifiers(user_ids=I.UserIdentifiers(user_id="admin", email="a@b.c")),
        technical_contact=I.OrganizationOrUserIdentifiers(organization_ids=I.OrganizationIdentifiers(organization_id="org")),
        network_server_address="ns.example",
        dev_eui_counter=7,
    )


@pytest.mark.parametrize(
    "paths, expected",
    [
        ([], A.Application()),
        (["name"], A.Application(name="My App")),
        (["ids", "created_at", "attributes", "contact_info"], A.Application(
            ids=I.ApplicationIdentifiers(application_id="my-app"), created_at=timestamp_pb2.Timestamp(seconds=10),
            attributes={"a": "1", "b": "2"}, contact_info=[C.ContactInfo(value="x")])),
        (["ids.application_id"], A.Application(ids=I.ApplicationIdentifiers(application_id="my-app"))),
        (["administrative_contact"], A.Application(administrative_contact=I.OrganizationOrUserIdentifiers(user_ids=I.UserIdentifiers(user_id="admin", email="a@b.c")))),
        (["administrative_contact.ids.user_ids.user_id"], A.Application(administrative_contact=I.OrganizationOrUserIdentifiers(user_ids=I.UserIdentifiers(user_id="admin")))),
        # A oneof path naming the member not set selects nothing.
        (["technical_contact.ids.user_ids"], A.Application(technical_contact=I.OrganizationOrUserIdentifiers())),
        (["technical_contact.ids"], A.Application(technical_contact=I.OrganizationOrUserIdentifiers(organization_ids=I.OrganizationIdentifiers(organization_id="org")))),
        # A parent path wins over its children, in either order.
        (["ids.application_id", "ids"], A.Application(ids=I.ApplicationIdentifiers(application_id="my-app"))),
        (["administrative_contact", "administrative_contact.ids.user_ids.email"], A.Application(administrative_contact=I.OrganizationOrUserIdentifiers(user_ids=I.UserIdentifiers(user_id="admin", email="a@b.c")))),
        (["deleted_at", "join_server_address"], A.Application()),
        (["dev_eui_counter"], A.Application(dev_eui_counter=7)),
    ],
)
def test_filter_message(paths, expected):
    src = full_app()
    before = src.SerializeToString()
    got = F.filter_message(src, paths)
    assert got == expected
    assert src.SerializeToString() == before  # the source is untouched


def test_filter_message_nested_unset_parent_stays_unset():
    got = F.filter_message(A.Application(name="x"), ["ids.application_id", "administrative_contact.ids.user_ids.user_id"])
    assert not got.HasField("ids") and not got.HasField("administrative_contact")


def test_filter_message_map_of_messages():
    user = U.User(profile_picture=P.Picture(sizes={0: "https://x/0.png"}, embedded=P.Picture.Embedded(mime_type="image/png")))
    assert F.filter_message(user, ["profile_picture.sizes"]) == U.User(profile_picture=P.Picture(sizes={0: "https://x/0.png"}))


def test_copy_paths_sets_and_clears():
    dst = full_app()
    src = A.Application(ids=I.ApplicationIdentifiers(application_id="my-app"), name="New", attributes={"c": "3"})
    F.copy_paths(dst, src, ["name", "description", "attributes", "technical_contact", "created_at"])
    assert dst.name == "New"
    assert dst.description == ""  # unset in src: cleared
    assert dict(dst.attributes) == {"c": "3"}  # maps are replaced whole
    assert not dst.HasField("technical_contact") and not dst.HasField("created_at")
    assert dst.network_server_address == "ns.example" and dst.dev_eui_counter == 7  # untouched
    assert dst.administrative_contact.user_ids.user_id == "admin"


def test_copy_paths_nested_and_oneof():
    dst = full_app()
    src = A.Application(administrative_contact=I.OrganizationOrUserIdentifiers(user_ids=I.UserIdentifiers(user_id="other")))
    F.copy_paths(dst, src, ["administrative_contact.ids.user_ids.user_id"])
    assert dst.administrative_contact.user_ids.user_id == "other"
    assert dst.administrative_contact.user_ids.email == "a@b.c"  # sibling kept
    # Switching the member of a oneof with the oneof path.
    F.copy_paths(dst, src, ["technical_contact.ids"])
    assert dst.technical_contact.WhichOneof("ids") is None  # src has no technical contact at all
    src.technical_contact.user_ids.user_id = "tech"
    F.copy_paths(dst, src, ["technical_contact.ids"])
    assert dst.technical_contact.WhichOneof("ids") == "user_ids"
    # A member path whose member src lacks clears the oneof.
    F.copy_paths(dst, A.Application(), ["administrative_contact.ids.organization_ids"])
    assert dst.HasField("administrative_contact") and dst.administrative_contact.WhichOneof("ids") is None
    # Repeated fields are replaced whole.
    F.copy_paths(dst, A.Application(contact_info=[C.ContactInfo(value="a"), C.ContactInfo(value="b")]), ["contact_info"])
    assert [c.value for c in dst.contact_info] == ["a", "b"]


def test_copy_paths_sub_path_of_unset_source_zeroes_it():
    dst = A.Application(ids=I.ApplicationIdentifiers(application_id="my-app"))
    F.copy_paths(dst, A.Application(), ["ids.application_id"])
    assert dst.HasField("ids") and dst.ids.application_id == ""


@pytest.mark.parametrize(
    "paths",
    [["nope"], ["name.sub"], ["attributes.a"], ["contact_info.value"], ["administrative_contact.user_ids"], ["administrative_contact.ids.nope"]],
)
def test_invalid_paths_raise(paths):
    with pytest.raises(ValueError):
        F.filter_message(full_app(), paths)


def test_copy_paths_type_mismatch():
    with pytest.raises(TypeError):
        F.copy_paths(A.Application(), U.User(), ["name"])


# --- is_zero and non_zero_path (Set RPCs) -----------------------------------------------------
def test_is_zero_follows_upstreams_field_is_zero():
    from ttn.lorawan.v3 import end_device_pb2

    dev = end_device_pb2.EndDevice()
    assert F.is_zero(dev, "root_keys") and F.is_zero(dev, "root_keys.app_key.key")
    dev.root_keys.SetInParent()
    assert not F.is_zero(dev, "root_keys")  # a set message, even empty, is not zero
    assert F.is_zero(dev, "root_keys.app_key")
    dev.root_keys.app_key.key = bytes(16)
    assert not F.is_zero(dev, "root_keys.app_key.key")  # a value, even of zeros, is set
    dev.mac_settings.factory_preset_frequencies.append(868100000)
    assert not F.is_zero(dev, "mac_settings.factory_preset_frequencies")
    # Through a oneof: zero unless that very member is set.
    assert F.is_zero(dev, "mac_settings.adr.mode") and F.is_zero(dev, "mac_settings.adr.mode.static")
    dev.mac_settings.adr.static.nb_trans = 2
    assert not F.is_zero(dev, "mac_settings.adr.mode.static.nb_trans")
    assert F.is_zero(dev, "mac_settings.adr.mode.dynamic") and not F.is_zero(dev, "mac_settings.adr.mode")


def test_set_rpcs_refuse_values_below_an_asked_path_they_do_not_accept():
    from ttn.lorawan.v3 import end_device_pb2

    method = "/ttn.lorawan.v3.JsEndDeviceRegistry/Set"
    req = end_device_pb2.SetEndDeviceRequest()
    req.field_mask.paths.append("root_keys")
    req.end_device.root_keys.app_key.key = bytes(range(16))
    MASKS.check(method, req)
    req.end_device.root_keys.nwk_key.kek_label = "label"
    with pytest.raises(TTSError) as err:
        MASKS.check(method, req)
    assert err.value.name == "non_zero_path" and err.value.attributes == {"path": "root_keys.nwk_key.kek_label"}
    # Get RPCs are not Set RPCs.
    get = end_device_pb2.GetEndDeviceRequest()
    get.field_mask.paths.append("root_keys")
    MASKS.check("/ttn.lorawan.v3.JsEndDeviceRegistry/Get", get)
