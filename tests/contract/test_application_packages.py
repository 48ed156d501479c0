"""The Application Server's package registry, over both transports; and the requests of
"Managing Application Packages using the API" as the page sends them, over HTTP.

The docs source (seed 000) misspells three paths (``/api/app1/devices/dev1/packages``,
``/applications/app1/...`` without ``/api/v3/as``); the rendered page (seed 001) has them right,
with the same bodies, and upstream serves only those. The page's bodies put ``field_mask``
inside ``default``/``association``, where no such field exists: upstream's JSON decoding drops
it, so the Set has no mask, creates the association with its identifiers only, and answers
without ``package_name`` (as the page's outputs of Set and Get show).
"""

from __future__ import annotations

import itertools
import json

import pytest
from google.protobuf import field_mask_pb2, struct_pb2

from ttn.lorawan.v3 import applicationserver_packages_pb2 as pb
from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, rights_pb2

from support.requests import REG, create_request

R = rights_pb2
OK, INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED = 0, 3, 5, 7
PKG = "/ttn.lorawan.v3.ApplicationPackageRegistry/"
AS = "/ttn.lorawan.v3.AsEndDeviceRegistry/"
DEVICE = "dev1"  # the page's device
PACKAGES = [
    {"name": "alcsync-v1", "default_f_port": 202},
    {"name": "lora-cloud-device-management-v1", "default_f_port": 199},
    {"name": "lora-cloud-geolocation-v3", "default_f_port": 197},
]
_devices = itertools.count(1)


async def new_app(client, admin_key, app_id: str) -> str:
    res = await client.call(REG + "Create", create_request(app_id), admin_key)
    assert res.code == OK, res.message
    return app_id


def assert_error(res, code: int, error: str, **attributes):
    assert (res.code, res.error_name) == (code, error), (res.code, res.message)
    for key, value in attributes.items():
        got = res.details.attributes[key]
        assert (list(got) if isinstance(value, list) else got) == value, (key, got)


# Requests --------------------------------------------------------------------------------------
def device_ids(app_id: str, device_id: str = DEVICE) -> identifiers_pb2.EndDeviceIdentifiers:
    ids = identifiers_pb2.EndDeviceIdentifiers(device_id=device_id)
    ids.application_ids.application_id = app_id
    return ids


def association_ids(app_id: str, f_port: int, device_id: str = DEVICE) -> pb.ApplicationPackageAssociationIdentifiers:
    return pb.ApplicationPackageAssociationIdentifiers(end_device_ids=device_ids(app_id, device_id), f_port=f_port)


def default_ids(app_id: str, f_port: int) -> pb.ApplicationPackageDefaultAssociationIdentifiers:
    ids = pb.ApplicationPackageDefaultAssociationIdentifiers(f_port=f_port)
    ids.application_ids.application_id = app_id
    return ids


def _mask(paths) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


def _struct(**values) -> struct_pb2.Struct:
    s = struct_pb2.Struct()
    s.update(values)
    return s


def set_association(app_id: str, f_port: int, paths=(), *, device_id: str = DEVICE, package_name: str = "",
                    data: dict | None = None) -> pb.SetApplicationPackageAssociationRequest:
    req = pb.SetApplicationPackageAssociationRequest(field_mask=_mask(paths))
    req.association.ids.CopyFrom(association_ids(app_id, f_port, device_id))
    req.association.package_name = package_name
    if data is not None:
        req.association.data.CopyFrom(_struct(**data))
    return req


def set_default(app_id: str, f_port: int, paths=(), *, package_name: str = "",
                data: dict | None = None) -> pb.SetApplicationPackageDefaultAssociationRequest:
    req = pb.SetApplicationPackageDefaultAssociationRequest(field_mask=_mask(paths))
    req.default.ids.CopyFrom(default_ids(app_id, f_port))
    req.default.package_name = package_name
    if data is not None:
        req.default.data.CopyFrom(_struct(**data))
    return req


def get_association(app_id: str, f_port: int, *paths: str, device_id: str = DEVICE):
    return pb.GetApplicationPackageAssociationRequest(ids=association_ids(app_id, f_port, device_id),
                                                      field_mask=_mask(paths))


def get_default(app_id: str, f_port: int, *paths: str):
    return pb.GetApplicationPackageDefaultAssociationRequest(ids=default_ids(app_id, f_port), field_mask=_mask(paths))


def list_associations(app_id: str, *paths: str, limit: int = 0, page: int = 0, device_id: str = DEVICE):
    return pb.ListApplicationPackageAssociationRequest(ids=device_ids(app_id, device_id), limit=limit, page=page,
                                                       field_mask=_mask(paths))


def list_defaults(app_id: str, *paths: str, limit: int = 0, page: int = 0):
    req = pb.ListApplicationPackageDefaultAssociationRequest(limit=limit, page=page, field_mask=_mask(paths))
    req.ids.application_id = app_id
    return req


def seconds(ts) -> int:
    return ts.ToNanoseconds()


# The page's requests, verbatim over HTTP ---------------------------------------------------------
async def test_the_page_requests_as_written(http_client, admin_key):
    app = await new_app(http_client, admin_key, f"http-pkg-page{next(_devices)}")
    headers = {"content-type": "application/json", "authorization": f"Bearer {admin_key}"}

    async def curl(method: str, path: str, body: str | None = None):
        return await http_client.raw(method, path.replace("app1", app), body=body, headers=headers)

    # Listing the available packages.
    res = await curl("GET", "/as/applications/app1/devices/dev1/packages")
    assert res.http_status == 200 and res.json == {"packages": PACKAGES}

    # Creating associations.
    res = await curl("PUT", "/as/applications/app1/packages/associations/100",
                     '{"default":{"package_name":"test-package","field_mask":{"paths":["package_name"]}}}')
    assert res.http_status == 200, res.json
    default = res.json
    assert sorted(default) == ["created_at", "ids", "updated_at"]
    assert default["ids"] == {"application_ids": {"application_id": app}, "f_port": 100}
    assert default["created_at"] == default["updated_at"] and default["created_at"].endswith("Z")
    res = await curl("PUT", "/as/applications/app1/devices/dev1/packages/associations/100",
                     '{"association":{"package_name":"test-package","field_mask":{"paths":["package_name"]}}}')
    assert res.http_status == 200, res.json
    association = res.json
    assert sorted(association) == ["created_at", "ids", "updated_at"]
    assert association["ids"] == {"end_device_ids": {"device_id": "dev1", "application_ids": {"application_id": app}},
                                  "f_port": 100}

    # Listing associations.
    res = await curl("GET", "/as/applications/app1/packages/associations")
    assert res.http_status == 200 and res.json == {"defaults": [default]}
    res = await curl("GET", "/as/applications/app1/devices/dev1/packages/associations")
    assert res.http_status == 200 and res.json == {"associations": [association]}

    # Retrieving associations.
    res = await curl("GET", "/as/applications/app1/packages/associations/100")
    assert res.http_status == 200 and res.json == default
    res = await curl("GET", "/as/applications/app1/devices/dev1/packages/associations/100")
    assert res.http_status == 200 and res.json == association

    # Deleting associations.
    res = await curl("DELETE", "/as/applications/app1/packages/associations/100")
    assert res.http_status == 200 and res.json == {}
    res = await curl("DELETE", "/as/applications/app1/devices/dev1/packages/associations/100")
    assert res.http_status == 200 and res.json == {}
    for path in ("/as/applications/app1/packages/associations/100",
                 "/as/applications/app1/devices/dev1/packages/associations/100"):
        res = await curl("GET", path)
        assert res.http_status == 404 and res.json["message"] == "error:pkg/redis:not_found (entity not found)"


async def test_package_name_and_data_as_json(http_client, admin_key):
    """With the mask at the top of the body, the package name and data are written and read."""
    app = await new_app(http_client, admin_key, f"http-pkg-json{next(_devices)}")
    body = json.dumps({"default": {"package_name": "lora-cloud-device-management-v1",
                                   "data": {"token": "abc", "nested": {"n": 1.5, "on": True, "list": [1, "x"]}}},
                       "field_mask": {"paths": ["package_name", "data"]}})
    res = await http_client.raw("PUT", f"/as/applications/{app}/packages/associations/199", body=body, key=admin_key)
    assert res.http_status == 200, res.json
    assert res.json["package_name"] == "lora-cloud-device-management-v1"
    assert res.json["data"] == {"token": "abc", "nested": {"n": 1.5, "on": True, "list": [1, "x"]}}
    res = await http_client.raw("GET", f"/as/applications/{app}/packages/associations/199", key=admin_key)
    assert res.json["package_name"] == "lora-cloud-device-management-v1" and "data" not in res.json
    res = await http_client.raw("GET", f"/as/applications/{app}/packages/associations",
                                query=[("field_mask", "data"), ("limit", "1")], key=admin_key)
    assert res.json["defaults"][0]["data"]["token"] == "abc" and res.headers["x-total-count"] == "1"
    # An FPort that is no number, in the path.
    res = await http_client.raw("GET", f"/as/applications/{app}/packages/associations/abc", key=admin_key)
    assert (res.http_status, res.code) == (400, INVALID_ARGUMENT)


# Both transports ---------------------------------------------------------------------------------
async def test_list_answers_the_registered_packages(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(PKG + "List", device_ids(app, "not-registered-anywhere"), admin_key)
    assert res.code == OK, res.message
    assert [(p.name, p.default_f_port) for p in res.response.packages] == [
        (p["name"], p["default_f_port"]) for p in PACKAGES]


async def test_default_associations(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(PKG + "SetDefaultAssociation", set_default(
        app, 199, ["package_name", "data"], package_name="lora-cloud-device-management-v1", data={"token": "t1"}),
        admin_key)
    assert res.code == OK, res.message
    created = res.response
    assert created.ids == default_ids(app, 199)
    assert created.package_name == "lora-cloud-device-management-v1" and created.data == _struct(token="t1")
    assert seconds(created.created_at) == seconds(created.updated_at) > 0

    # Get: ids, timestamps and package_name; data only when asked.
    res = await client.call(PKG + "GetDefaultAssociation", get_default(app, 199), admin_key)
    assert res.code == OK and res.response.package_name == created.package_name
    assert not res.response.HasField("data") and res.response.created_at == created.created_at
    res = await client.call(PKG + "GetDefaultAssociation", get_default(app, 199, "data"), admin_key)
    assert res.code == OK and res.response.data == _struct(token="t1")

    # Update: the asked paths only; the answer has the Get paths and the asked ones.
    res = await client.call(PKG + "SetDefaultAssociation", set_default(app, 199, ["data"], data={"token": "t2"},
                                                                       package_name="ignored"), admin_key)
    assert res.code == OK, res.message
    updated = res.response
    assert updated.package_name == created.package_name and updated.data == _struct(token="t2")
    assert updated.created_at == created.created_at and seconds(updated.updated_at) > seconds(created.updated_at)
    # Without a mask an update writes nothing, not even updated_at.
    res = await client.call(PKG + "SetDefaultAssociation", set_default(app, 199, package_name="other"), admin_key)
    assert res.code == OK and res.response.updated_at == updated.updated_at
    assert res.response.package_name == created.package_name and not res.response.HasField("data")

    # Delete, then it is gone; deleting again is no error.
    res = await client.call(PKG + "DeleteDefaultAssociation", default_ids(app, 199), admin_key)
    assert res.code == OK, res.message
    if client.transport == "http":
        assert res.json == {}
    assert_error(await client.call(PKG + "GetDefaultAssociation", get_default(app, 199), admin_key),
                 NOT_FOUND, "pkg/redis:not_found")
    assert (await client.call(PKG + "DeleteDefaultAssociation", default_ids(app, 199), admin_key)).code == OK


async def test_device_associations(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    # No AS device is needed (upstream does not look for one).
    res = await client.call(PKG + "SetAssociation", set_association(app, 197, ["package_name"],
                                                                    package_name="lora-cloud-geolocation-v3",
                                                                    data={"ignored": True}), admin_key)
    assert res.code == OK, res.message
    created = res.response
    assert created.ids == association_ids(app, 197)
    assert created.package_name == "lora-cloud-geolocation-v3" and not created.HasField("data")
    res = await client.call(PKG + "GetAssociation", get_association(app, 197, "data", "ids.f_port"), admin_key)
    assert res.code == OK and res.response == created  # data was not written
    res = await client.call(PKG + "SetAssociation", set_association(app, 197, ["data", "package_name"],
                                                                    package_name="alcsync-v1", data={"a": 1}),
                            admin_key)
    assert res.code == OK and (res.response.package_name, res.response.data) == ("alcsync-v1", _struct(a=1))
    assert res.response.created_at == created.created_at
    # Another device, another FPort, the application's defaults: all apart.
    for req in (get_association(app, 197, device_id="dev2"), get_association(app, 198)):
        assert_error(await client.call(PKG + "GetAssociation", req, admin_key), NOT_FOUND, "pkg/redis:not_found")
    assert_error(await client.call(PKG + "GetDefaultAssociation", get_default(app, 197), admin_key),
                 NOT_FOUND, "pkg/redis:not_found")
    assert (await client.call(PKG + "DeleteAssociation", association_ids(app, 197), admin_key)).code == OK
    assert_error(await client.call(PKG + "GetAssociation", get_association(app, 197), admin_key),
                 NOT_FOUND, "pkg/redis:not_found")
    assert (await client.call(PKG + "DeleteAssociation", association_ids(app, 197), admin_key)).code == OK


async def test_lists_are_ordered_by_f_port_and_paged(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for f_port in (200, 3, 45, 1, 100):
        res = await client.call(PKG + "SetAssociation", set_association(
            app, f_port, ["package_name", "data"], package_name="alcsync-v1", data={"port": f_port}), admin_key)
        assert res.code == OK, res.message
        res = await client.call(PKG + "SetDefaultAssociation", set_default(app, f_port, ["package_name"],
                                                                           package_name="alcsync-v1"), admin_key)
        assert res.code == OK, res.message
    await client.call(PKG + "SetAssociation", set_association(app, 7, ["package_name"], device_id="dev2",
                                                              package_name="alcsync-v1"), admin_key)

    def ports(res, field: str = "associations") -> list[int]:
        assert res.code == OK, res.message
        return [a.ids.f_port for a in getattr(res.response, field)]

    # No limit: all of them, page ignored; the total is 0, as upstream counts only pages.
    res = await client.call(PKG + "ListAssociations", list_associations(app, page=3), admin_key)
    assert ports(res) == [1, 3, 45, 100, 200] and res.total == 0
    assert all(a.package_name == "alcsync-v1" and not a.HasField("data") for a in res.response.associations)
    res = await client.call(PKG + "ListAssociations", list_associations(app, limit=2, page=2), admin_key)
    assert ports(res) == [45, 100] and res.total == 5
    res = await client.call(PKG + "ListAssociations", list_associations(app, "data", limit=2), admin_key)
    assert ports(res) == [1, 3] and res.total == 5  # page 0 is page 1
    assert [a.data for a in res.response.associations] == [_struct(port=1), _struct(port=3)]
    res = await client.call(PKG + "ListAssociations", list_associations(app, limit=2, page=9), admin_key)
    assert ports(res) == [] and res.total == 5
    if client.transport == "http":
        assert res.json == {}
    res = await client.call(PKG + "ListDefaultAssociations", list_defaults(app, limit=3, page=2), admin_key)
    assert ports(res, "defaults") == [100, 200] and res.total == 5
    res = await client.call(PKG + "ListDefaultAssociations", list_defaults(app), admin_key)
    assert ports(res, "defaults") == [1, 3, 45, 100, 200] and res.total == 0
    res = await client.call(PKG + "ListAssociations", list_associations(app, device_id="dev2", limit=10), admin_key)
    assert ports(res) == [7] and res.total == 1
    res = await client.call(PKG + "ListAssociations", list_associations(app, limit=1001), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation", field="limit")


async def test_field_masks(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for method, req in (
        ("GetAssociation", get_association(app, 1, "ids", "name")),
        ("ListDefaultAssociations", list_defaults(app, "ids.end_device_ids")),
        ("SetDefaultAssociation", set_default(app, 1, ["package_name", "ids.end_device_ids"])),
    ):
        assert_error(await client.call(PKG + method, req, admin_key), INVALID_ARGUMENT,
                     "pkg/rpcmiddleware/validator:field_mask_paths",
                     forbidden_paths=["ids.end_device_ids"] if "Default" in method else ["name"])
    # The timestamps are the registry's.
    for path in ("created_at", "updated_at"):
        res = await client.call(PKG + "SetAssociation", set_association(app, 1, ["package_name", path],
                                                                        package_name="alcsync-v1"), admin_key)
        assert_error(res, INVALID_ARGUMENT, "pkg/applicationserver/io/packages/redis:invalid_fieldmask")
        assert (res.details.cause.namespace, res.details.cause.name) == ("pkg/ttnpb", "prohibited_field")
        assert res.details.cause.attributes["field"] == path
    # Writing the whole identifiers is allowed; they are the path's.
    res = await client.call(PKG + "SetDefaultAssociation", set_default(app, 5, ["ids", "package_name"],
                                                                       package_name="alcsync-v1"), admin_key)
    assert res.code == OK and res.response.ids == default_ids(app, 5)


async def test_f_ports_and_names_are_validated(client, http_client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(PKG + "GetDefaultAssociation", get_default(app, 256), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation", field="ids",
                 reason="embedded message failed validation")
    cause = res.details.cause
    assert (cause.attributes["field"], cause.attributes["reason"]) == ("f_port", "value must be inside range [1, 255]")
    res = await client.call(PKG + "DeleteAssociation", association_ids(app, 256), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation", field="f_port",
                 name="ApplicationPackageAssociationIdentifiersValidationError")
    res = await http_client.raw("DELETE", f"/as/applications/{app}/packages/associations/0", key=admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation", field="f_port")
    # No device has the empty ID (the store keeps the application's defaults under it).
    if client.transport == "grpc":
        res = await client.call(PKG + "ListAssociations", list_associations(app, device_id=""), admin_key)
        assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation", field="ids")
        assert res.details.cause.attributes["field"] == "device_id"
    # The package name: checked when written (or, without a mask, always).
    for paths in (["package_name"], []):
        res = await client.call(PKG + "SetAssociation", set_association(app, 2, paths, package_name="Not_A_Name"),
                                admin_key)
        assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation", field="association")
        assert res.details.cause.attributes["field"] == "package_name"
    res = await client.call(PKG + "SetAssociation", set_association(app, 2, ["data"], package_name="Not_A_Name"),
                            admin_key)
    assert res.code == OK and not res.response.package_name
    # A name no package has is accepted (upstream does not look it up).
    res = await client.call(PKG + "SetAssociation", set_association(app, 3, ["package_name"],
                                                                    package_name="test-package"), admin_key)
    assert res.code == OK and res.response.package_name == "test-package"


async def test_rights(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    requests = [
        ("List", device_ids(app)),
        ("SetAssociation", set_association(app, 9, ["package_name"], package_name="alcsync-v1")),
        ("GetAssociation", get_association(app, 9)),
        ("ListAssociations", list_associations(app)),
        ("DeleteAssociation", association_ids(app, 9)),
        ("SetDefaultAssociation", set_default(app, 9, ["package_name"], package_name="alcsync-v1")),
        ("GetDefaultAssociation", get_default(app, 9)),
        ("ListDefaultAssociations", list_defaults(app)),
        ("DeleteDefaultAssociation", default_ids(app, 9)),
    ]
    others = await population.key("application", app, R.RIGHT_APPLICATION_SETTINGS_BASIC,
                                  R.RIGHT_APPLICATION_DEVICES_WRITE)
    for method, req in requests:
        assert_error(await client.call(PKG + method, req, others), PERMISSION_DENIED,
                     "pkg/auth/rights:insufficient_application_rights",
                     missing=["RIGHT_APPLICATION_SETTINGS_PACKAGES"])
    assert_error(await client.call(PKG + "List", device_ids(app)), PERMISSION_DENIED,
                 "pkg/auth/rights:no_application_rights")
    packages = await population.key("application", app, R.RIGHT_APPLICATION_SETTINGS_PACKAGES)
    for method, req in requests:
        assert (await client.call(PKG + method, req, packages)).code == OK, method
    # An application that does not exist: no rights for others, not found for admins.
    await population.user("package-stranger")
    stranger = await population.key("user", "package-stranger", R.RIGHT_ALL)
    assert_error(await client.call(PKG + "ListDefaultAssociations", list_defaults("no-such-app"), stranger),
                 PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
    assert_error(await client.call(PKG + "GetAssociation", get_association("no-such-app", 1), admin_key),
                 NOT_FOUND, "pkg/identityserver/store:application_not_found")


async def test_deleting_the_as_device_clears_its_associations(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    req = end_device_pb2.SetEndDeviceRequest(field_mask=_mask(["ids.device_id"]))
    req.end_device.ids.CopyFrom(device_ids(app))
    assert (await client.call(AS + "Set", req, admin_key)).code == OK
    for device_id, f_port in ((DEVICE, 1), (DEVICE, 2), ("dev2", 1)):
        res = await client.call(PKG + "SetAssociation", set_association(app, f_port, ["package_name"],
                                                                        device_id=device_id,
                                                                        package_name="alcsync-v1"), admin_key)
        assert res.code == OK, res.message
    assert (await client.call(PKG + "SetDefaultAssociation", set_default(app, 1, ["package_name"],
                                                                         package_name="alcsync-v1"),
                              admin_key)).code == OK
    # A device the AS does not have: not found, and its associations stay.
    res = await client.call(AS + "Delete", device_ids(app, "dev2"), admin_key)
    assert_error(res, NOT_FOUND, "pkg/applicationserver:device_not_found")
    assert len((await client.call(PKG + "ListAssociations", list_associations(app, device_id="dev2"),
                                  admin_key)).response.associations) == 1

    assert (await client.call(AS + "Delete", device_ids(app), admin_key)).code == OK
    res = await client.call(PKG + "ListAssociations", list_associations(app, limit=10), admin_key)
    assert res.code == OK and list(res.response.associations) == [] and res.total == 0
    # The other device's, and the application's defaults, are kept.
    res = await client.call(PKG + "ListAssociations", list_associations(app, device_id="dev2"), admin_key)
    assert [a.ids.f_port for a in res.response.associations] == [1]
    res = await client.call(PKG + "ListDefaultAssociations", list_defaults(app), admin_key)
    assert [a.ids.f_port for a in res.response.defaults] == [1]


async def test_deleting_the_link_clears_the_default_associations(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for f_port in (1, 2):
        assert (await client.call(PKG + "SetDefaultAssociation", set_default(app, f_port, ["package_name"],
                                                                             package_name="alcsync-v1"),
                                  admin_key)).code == OK
    assert (await client.call(PKG + "SetAssociation", set_association(app, 1, ["package_name"],
                                                                      package_name="alcsync-v1"),
                              admin_key)).code == OK
    # There need not be a link to delete.
    assert (await client.call("/ttn.lorawan.v3.As/DeleteLink", identifiers_pb2.ApplicationIdentifiers(
        application_id=app), admin_key)).code == OK
    res = await client.call(PKG + "ListDefaultAssociations", list_defaults(app, limit=10), admin_key)
    assert res.code == OK and list(res.response.defaults) == [] and res.total == 0
    res = await client.call(PKG + "ListAssociations", list_associations(app), admin_key)
    assert [a.ids.f_port for a in res.response.associations] == [1]
