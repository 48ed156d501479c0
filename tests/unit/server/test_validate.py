"""Request validation: upstream's reasons, field names, error names and cause chains.

Expected strings are upstream's (pkg/ttnpb/*.pb.validate.go), written out by hand.
"""

import time

import grpc
import pytest
from google.protobuf import empty_pb2, timestamp_pb2

from server import validate
from server.errors import TTSError
from ttn.lorawan.v3 import (
    application_pb2 as A,
    contact_info_pb2 as C,
    events_pb2,
    identifiers_pb2 as I,
    organization_pb2 as O,
    picture_pb2 as P,
    rights_pb2 as R,
    user_pb2 as U,
)

ID_PATTERN = '"^[a-z0-9](?:[-]?[a-z0-9]){2,}$"'
USER_ID_PATTERN = '"^[a-z0-9](?:[-]?[a-z0-9]){1,}$"'
HOST_PATTERN = (
    '"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\\\-]*[a-zA-Z0-9])\\\\.)*'
    '(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\\\-]*[A-Za-z0-9])(?::[0-9]{1,5})?$|^$"'
)


def app_ids(app_id="my-app"):
    return I.ApplicationIdentifiers(application_id=app_id)


def user(user_id="admin1"):
    return I.OrganizationOrUserIdentifiers(user_ids=I.UserIdentifiers(user_id=user_id))


def create_app(**fields):
    app = A.Application(ids=app_ids(), **fields)
    return A.CreateApplicationRequest(application=app, collaborator=user())


def future(seconds=3600):
    return timestamp_pb2.Timestamp(seconds=int(time.time()) + seconds)


def chain(err):
    """[(name, field, reason), ...] from the outer error down its causes."""
    out = []
    while err is not None:
        assert err.definition is validate.ERR_VALIDATION
        out.append((err.attributes["name"], err.attributes["field"], err.attributes["reason"]))
        err = err.cause
    return out


def failure(msg, method="/ttn.lorawan.v3.Test/Method"):
    with pytest.raises(TTSError) as info:
        validate.request(method, msg)
    return chain(info.value)


def app_failure(**fields):
    """The failure inside Application of a CreateApplicationRequest."""
    c = failure(create_app(**fields))
    assert c[0] == ("CreateApplicationRequestValidationError", "application", "embedded message failed validation")
    return c[1:]


def test_error_definition_and_wire_form():
    c = create_app(name="x" * 51)
    with pytest.raises(TTSError) as info:
        validate.request("/ttn.lorawan.v3.ApplicationRegistry/Create", c)
    err = info.value
    assert err.definition.namespace == "pkg/errors" and err.name == "validation"
    assert err.code == grpc.StatusCode.INVALID_ARGUMENT
    assert err.message == "error:pkg/errors:validation (invalid `application`: embedded message failed validation)"
    details = err.details()
    assert details.message_format == "invalid `{field}`: {reason}"
    assert dict(details.attributes) == {
        "field": "application",
        "reason": "embedded message failed validation",
        "name": "CreateApplicationRequestValidationError",
    }
    assert dict(details.cause.attributes) == {
        "field": "name",
        "reason": "value length must be at most 50 runes",
        "name": "ApplicationValidationError",
    }
    assert not details.cause.HasField("cause")


@pytest.mark.parametrize(
    "msg",
    [
        create_app(),
        create_app(
            name="x" * 50,
            description="é" * 2000,  # runes, not bytes
            attributes={f"key{i}": "v" * 200 for i in range(10)},
            contact_info=[C.ContactInfo(contact_type=C.CONTACT_TYPE_TECHNICAL, value="x" * 256)] * 10,
            network_server_address="eu1.cloud.thethings.network:8884",
            application_server_address="",
            join_server_address="localhost",
            administrative_contact=user("ab"),
            technical_contact=I.OrganizationOrUserIdentifiers(organization_ids=I.OrganizationIdentifiers(organization_id="org")),
        ),
        A.GetApplicationRequest(application_ids=app_ids()),
        A.ListApplicationsRequest(limit=1000, order="-created_at"),
        A.ListApplicationsRequest(),
        A.CreateApplicationAPIKeyRequest(
            application_ids=app_ids(), rights=[R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_LINK], expires_at=future()
        ),
        A.CreateApplicationAPIKeyRequest(application_ids=app_ids(), rights=[R.RIGHT_ALL]),  # expires_at unset
        I.EndDeviceIdentifiers(device_id="dev", application_ids=app_ids(), dev_eui=b"\x01" * 8),
        I.EndDeviceIdentifiers(device_id="dev", application_ids=app_ids(), dev_eui=b""),  # empty = unset
        I.EndDeviceVersionIdentifiers(brand_id="", model_id=""),  # ignore_empty
        U.CreateUserRequest(user=U.User(ids=I.UserIdentifiers(user_id="jo"), primary_email_address="jo@example.com")),
        U.SendInvitationRequest(email="Jo Doe <jo.doe+x@mail.example.com>"),
        empty_pb2.Empty(),
    ],
)
def test_valid(msg):
    validate.request("/ttn.lorawan.v3.Test/Method", msg)


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"name": "x" * 51}, ("name", "value length must be at most 50 runes")),
        ({"name": "é" * 51}, ("name", "value length must be at most 50 runes")),
        ({"description": "x" * 2001}, ("description", "value length must be at most 2000 runes")),
        (
            {"attributes": {f"key{i}": "v" for i in range(11)}},
            ("attributes", "value must contain no more than 10 pair(s)"),
        ),
        ({"attributes": {"Key": "v"}}, ("attributes[Key]", "value does not match regex pattern " + ID_PATTERN)),
        ({"attributes": {"k" * 37: "v"}}, ("attributes[" + "k" * 37 + "]", "value length must be at most 36 runes")),
        ({"attributes": {"key": "v" * 201}}, ("attributes[key]", "value length must be at most 200 runes")),
        ({"contact_info": [C.ContactInfo()] * 11}, ("contact_info", "value must contain no more than 10 item(s)")),
        ({"network_server_address": "not an address"}, ("network_server_address", "value does not match regex pattern " + HOST_PATTERN)),
        # Go's `$` does not match before a final newline.
        ({"join_server_address": "host.example\n"}, ("join_server_address", "value does not match regex pattern " + HOST_PATTERN)),
        ({"application_server_address": "-bad"}, ("application_server_address", "value does not match regex pattern " + HOST_PATTERN)),
    ],
)
def test_application_rules(fields, expected):
    assert app_failure(**fields) == [("ApplicationValidationError",) + expected]


@pytest.mark.parametrize(
    "app_id, reason",
    [
        ("", "value does not match regex pattern " + ID_PATTERN),
        ("ab", "value does not match regex pattern " + ID_PATTERN),
        ("My-App", "value does not match regex pattern " + ID_PATTERN),
        ("a--b", "value does not match regex pattern " + ID_PATTERN),
        ("app-", "value does not match regex pattern " + ID_PATTERN),
        ("app\n", "value does not match regex pattern " + ID_PATTERN),
        ("a" * 37, "value length must be at most 36 runes"),  # length first
    ],
)
def test_application_id(app_id, reason):
    c = failure(A.GetApplicationRequest(application_ids=app_ids(app_id)))
    assert c == [
        ("GetApplicationRequestValidationError", "application_ids", "embedded message failed validation"),
        ("ApplicationIdentifiersValidationError", "application_id", reason),
    ]


def test_required_message_fields():
    assert failure(A.CreateApplicationRequest(collaborator=user())) == [
        ("CreateApplicationRequestValidationError", "application", "value is required")
    ]
    assert failure(A.CreateApplicationRequest(application=A.Application(ids=app_ids()))) == [
        ("CreateApplicationRequestValidationError", "collaborator", "value is required")
    ]
    assert failure(A.CreateApplicationRequest(application=A.Application(), collaborator=user())) == [
        ("CreateApplicationRequestValidationError", "application", "embedded message failed validation"),
        ("ApplicationValidationError", "ids", "value is required"),
    ]
    assert failure(A.GetApplicationRequest()) == [("GetApplicationRequestValidationError", "application_ids", "value is required")]


def test_oneof_required_and_members():
    req = A.CreateApplicationRequest(application=A.Application(ids=app_ids()), collaborator=I.OrganizationOrUserIdentifiers())
    assert failure(req) == [
        ("CreateApplicationRequestValidationError", "collaborator", "embedded message failed validation"),
        ("OrganizationOrUserIdentifiersValidationError", "ids", "value is required"),
    ]
    req.collaborator.user_ids.user_id = "X"
    assert failure(req) == [
        ("CreateApplicationRequestValidationError", "collaborator", "embedded message failed validation"),
        ("OrganizationOrUserIdentifiersValidationError", "user_ids", "embedded message failed validation"),
        ("UserIdentifiersValidationError", "user_id", "value does not match regex pattern " + USER_ID_PATTERN),
    ]
    # An unset optional contact is fine; a set one is validated three levels down.
    assert app_failure(technical_contact=I.OrganizationOrUserIdentifiers(organization_ids=I.OrganizationIdentifiers(organization_id="o"))) == [
        ("ApplicationValidationError", "technical_contact", "embedded message failed validation"),
        ("OrganizationOrUserIdentifiersValidationError", "organization_ids", "embedded message failed validation"),
        ("OrganizationIdentifiersValidationError", "organization_id", "value does not match regex pattern " + ID_PATTERN),
    ]


def test_repeated_items_of_messages():
    items = [C.ContactInfo(), C.ContactInfo(contact_method=7)]
    assert app_failure(contact_info=items) == [
        ("ApplicationValidationError", "contact_info[1]", "embedded message failed validation"),
        ("ContactInfoValidationError", "contact_method", "value must be one of the defined enum values"),
    ]
    assert app_failure(contact_info=[C.ContactInfo(value="x" * 257)]) == [
        ("ApplicationValidationError", "contact_info[0]", "embedded message failed validation"),
        ("ContactInfoValidationError", "value", "value length must be at most 256 runes"),
    ]


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"rights": []}, ("rights", "value must contain at least 1 item(s)")),
        (
            {"rights": [R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_LINK, R.RIGHT_APPLICATION_INFO]},
            ("rights[2]", "repeated value must contain unique items"),
        ),
        ({"rights": [R.RIGHT_APPLICATION_INFO, 999]}, ("rights[1]", "value must be one of the defined enum values")),
        ({"rights": [R.RIGHT_ALL], "name": "n" * 51}, ("name", "value length must be at most 50 runes")),
        ({"rights": [R.RIGHT_ALL], "expires_at": timestamp_pb2.Timestamp(seconds=1)}, ("expires_at", "value must be greater than now")),
        (
            {"rights": [R.RIGHT_ALL], "expires_at": timestamp_pb2.Timestamp(seconds=10**12)},
            ("expires_at", "value is not a valid timestamp"),
        ),
    ],
)
def test_create_api_key_rules(fields, expected):
    req = A.CreateApplicationAPIKeyRequest(application_ids=app_ids(), **fields)
    assert failure(req) == [("CreateApplicationAPIKeyRequestValidationError",) + expected]


@pytest.mark.parametrize(
    "msg, expected",
    [
        (A.ListApplicationsRequest(limit=1001), ("ListApplicationsRequestValidationError", "limit", "value must be less than or equal to 1000")),
        (
            A.ListApplicationsRequest(order="foo"),
            (
                "ListApplicationsRequestValidationError",
                "order",
                "value must be in list [ application_id -application_id name -name created_at -created_at]",
            ),
        ),
        (
            I.EndDeviceIdentifiers(device_id="dev", application_ids=app_ids(), dev_eui=b"\x01" * 7),
            ("EndDeviceIdentifiersValidationError", "dev_eui", "value length must be 8 bytes"),
        ),
        (
            I.EndDeviceIdentifiers(device_id="dev", application_ids=app_ids(), dev_addr=b"\x01" * 5),
            ("EndDeviceIdentifiersValidationError", "dev_addr", "value length must be 4 bytes"),
        ),
        (
            I.EndDeviceVersionIdentifiers(brand_id="X"),
            ("EndDeviceVersionIdentifiersValidationError", "brand_id", "value does not match regex pattern " + ID_PATTERN),
        ),
        (
            I.EndDeviceVersionIdentifiers(hardware_version="v" * 33),
            ("EndDeviceVersionIdentifiersValidationError", "hardware_version", "value length must be at most 32 runes"),
        ),
        (
            I.NetworkIdentifiers(tenant_id="X"),
            ("NetworkIdentifiersValidationError", "tenant_id", 'value does not match regex pattern "^[a-z0-9](?:[-]?[a-z0-9]){2,}$|^$"'),
        ),
        (U.SendInvitationRequest(email="not-an-email"), ("SendInvitationRequestValidationError", "email", "value must be a valid email address")),
        (U.SendInvitationRequest(email="jo@-example.com"), ("SendInvitationRequestValidationError", "email", "value must be a valid email address")),
        (U.SendInvitationRequest(email=""), ("SendInvitationRequestValidationError", "email", "value must be a valid email address")),
        (
            U.BatchDeleteUserBookmarksRequest(
                user_ids=I.UserIdentifiers(user_id="jo"),
                entity_ids=[I.EntityIdentifiers(application_ids=app_ids())] * 21,
            ),
            ("BatchDeleteUserBookmarksRequestValidationError", "entity_ids", "value must contain between 1 and 20 items, inclusive"),
        ),
        (
            events_pb2.FindRelatedEventsRequest(correlation_id=""),
            ("FindRelatedEventsRequestValidationError", "correlation_id", "value length must be between 1 and 100 runes, inclusive"),
        ),
    ],
)
def test_other_rules(msg, expected):
    assert failure(msg) == [expected]


def test_map_of_message_values_and_bytes_limit():
    req = U.UpdateUserRequest(
        user=U.User(ids=I.UserIdentifiers(user_id="jo"), profile_picture=P.Picture(embedded=P.Picture.Embedded(mime_type="m" * 33))),
        field_mask={"paths": ["profile_picture"]},
    )
    assert failure(req) == [
        ("UpdateUserRequestValidationError", "user", "embedded message failed validation"),
        ("UserValidationError", "profile_picture", "embedded message failed validation"),
        ("PictureValidationError", "embedded", "embedded message failed validation"),
        ("Picture_EmbeddedValidationError", "mime_type", "value length must be at most 32 runes"),
    ]


def test_masked_update_validates_only_masked_paths_and_ids():
    bad_name = A.Application(ids=app_ids(), name="x" * 51)
    # name is not in the mask: not validated.
    validate.request("/ttn.lorawan.v3.ApplicationRegistry/Update", A.UpdateApplicationRequest(application=bad_name, field_mask={"paths": ["description"]}))
    # name is in the mask.
    assert failure(A.UpdateApplicationRequest(application=bad_name, field_mask={"paths": ["name"]})) == [
        ("UpdateApplicationRequestValidationError", "application", "embedded message failed validation"),
        ("ApplicationValidationError", "name", "value length must be at most 50 runes"),
    ]
    # An empty mask validates everything.
    assert failure(A.UpdateApplicationRequest(application=bad_name))[1] == ("ApplicationValidationError", "name", "value length must be at most 50 runes")
    # ids are always validated.
    bad_ids = A.Application(ids=app_ids("X"), name="fine")
    assert failure(A.UpdateApplicationRequest(application=bad_ids, field_mask={"paths": ["name"]}))[1:] == [
        ("ApplicationValidationError", "ids", "embedded message failed validation"),
        ("ApplicationIdentifiersValidationError", "application_id", "value does not match regex pattern " + ID_PATTERN),
    ]
    assert failure(A.UpdateApplicationRequest(application=A.Application(name="x"), field_mask={"paths": ["name"]}))[1] == (
        "ApplicationValidationError", "ids", "value is required",
    )
    # The application itself stays required.
    assert failure(A.UpdateApplicationRequest(field_mask={"paths": ["name"]})) == [
        ("UpdateApplicationRequestValidationError", "application", "value is required")
    ]
    # Nested paths select nested fields only.
    contact = A.Application(ids=app_ids(), technical_contact=user("X"), administrative_contact=user("Y"))
    req = A.UpdateApplicationRequest(application=contact, field_mask={"paths": ["technical_contact.ids.user_ids.user_id"]})
    assert failure(req)[1:] == [
        ("ApplicationValidationError", "technical_contact", "embedded message failed validation"),
        ("OrganizationOrUserIdentifiersValidationError", "user_ids", "embedded message failed validation"),
        ("UserIdentifiersValidationError", "user_id", "value does not match regex pattern " + USER_ID_PATTERN),
    ]
    # A mask path naming no field (the field-mask check refuses it earlier in the pipeline).
    assert failure(A.UpdateApplicationRequest(application=A.Application(ids=app_ids()), field_mask={"paths": ["nope"]}))[1] == (
        "ApplicationValidationError", "nope", "invalid field path",
    )


def test_masked_update_user_and_organization():
    u = U.User(ids=I.UserIdentifiers(user_id="jo"), description="x" * 2001, state_description="s" * 129)
    validate.request("/ttn.lorawan.v3.UserRegistry/Update", U.UpdateUserRequest(user=u, field_mask={"paths": ["name"]}))
    assert failure(U.UpdateUserRequest(user=u, field_mask={"paths": ["state_description"]}))[1] == (
        "UserValidationError", "state_description", "value length must be at most 128 runes",
    )
    o = O.Organization(ids=I.OrganizationIdentifiers(organization_id="org"), name="x" * 51)
    validate.request("/ttn.lorawan.v3.OrganizationRegistry/Update", O.UpdateOrganizationRequest(organization=o, field_mask={"paths": ["description"]}))
    assert failure(O.UpdateOrganizationRequest(organization=o, field_mask={"paths": ["name"]}))[1] == (
        "OrganizationValidationError", "name", "value length must be at most 50 runes",
    )


def test_update_api_key_is_validated_in_full():
    # Upstream's UpdateApplicationAPIKeyRequest.ValidateContext ignores the mask.
    key = R.APIKey(id="KEYID", name="x" * 51, rights=[R.RIGHT_APPLICATION_INFO])
    req = A.UpdateApplicationAPIKeyRequest(application_ids=app_ids(), api_key=key, field_mask={"paths": ["rights"]})
    assert failure(req) == [
        ("UpdateApplicationAPIKeyRequestValidationError", "api_key", "embedded message failed validation"),
        ("APIKeyValidationError", "name", "value length must be at most 50 runes"),
    ]
    key = R.APIKey(id="KEYID", expires_at=timestamp_pb2.Timestamp(seconds=5))
    assert failure(A.UpdateApplicationAPIKeyRequest(application_ids=app_ids(), api_key=key))[1] == (
        "APIKeyValidationError", "expires_at", "value must be greater than now",
    )


def test_get_mask_does_not_restrict_validation():
    req = A.GetApplicationRequest(application_ids=app_ids("X"), field_mask={"paths": ["name"]})
    assert failure(req)[0] == ("GetApplicationRequestValidationError", "application_ids", "embedded message failed validation")


def test_masked_update_rule():
    assert validate.masked_update(A.UpdateApplicationRequest.DESCRIPTOR) == ("application", ("application.ids",))
    assert validate.masked_update(U.UpdateUserRequest.DESCRIPTOR) == ("user", ("user.ids",))
    assert validate.masked_update(O.UpdateOrganizationRequest.DESCRIPTOR) == ("organization", ("organization.ids",))
    for full in (
        A.GetApplicationRequest, A.ListApplicationsRequest, A.UpdateApplicationAPIKeyRequest,
        U.UpdateUserAPIKeyRequest, O.UpdateOrganizationAPIKeyRequest, U.GetUserRequest, A.CreateApplicationRequest,
    ):
        assert validate.masked_update(full.DESCRIPTOR) is None, full


def test_first_failure_in_declaration_order():
    assert app_failure(name="x" * 51, description="x" * 2001) == [
        ("ApplicationValidationError", "name", "value length must be at most 50 runes")
    ]


def test_go_helpers():
    assert validate.go_quote('a\\-"b\n') == '"a\\\\-\\"b\\n"'
    assert validate.go_float(1000.0) == "1000" and validate.go_float(0.5) == "0.5"
    assert validate.go_regexp("^a$").search("a\n") is None
    assert validate.go_regexp("[$]").search("$")
    assert validate.go_regexp(r"^\d+$").search("١٢") is None  # Go's \d is ASCII
    assert validate.go_regexp("[0-9A-F]{6}").search("xx00AAFFyy")  # unanchored, like MatchString


@pytest.mark.parametrize(
    "address, ok",
    [
        ("jo@example.com", True),
        ("Jo <jo@example.com>", True),
        ("jo.doe+tag@sub.example.co", True),
        ("jo@EXAMPLE.com", True),
        ("jo@example.com.", False),  # not a dot-atom for Go's net/mail
        ("", False),
        ("jo", False),
        ("jo@", False),
        ("@example.com", False),
        ("jo@exa_mple.com", False),
        ("jo@-example.com", False),
        ("jo@example-.com", False),
        ("jo@[127.0.0.1]", False),
        ("j" * 65 + "@example.com", False),
        ("jo@" + "a" * 64 + ".com", False),
    ],
)
def test_valid_email(address, ok):
    assert validate.valid_email(address) is ok


def test_no_rules_costs_nothing():
    # A message type with no rules anywhere below it compiles to no checks at all.
    validate.request("/x/y", empty_pb2.Empty())
    assert validate._validators[empty_pb2.Empty.DESCRIPTOR].active == ()
    assert validate._validators[A.CreateApplicationRequest.DESCRIPTOR.fields_by_name["application"].message_type] is not None


def test_reasons_description():
    assert validate.reasons(A.CreateApplicationAPIKeyRequest.DESCRIPTOR) == {
        "application_ids": ["value is required"],
        "name": ["value length must be at most 50 runes"],
        "rights": [
            "value must contain at least 1 item(s)",
            "repeated value must contain unique items",
            "value must be one of the defined enum values",
        ],
        "expires_at": ["value is not a valid timestamp", "value must be greater than now"],
    }
    assert validate.reasons(I.OrganizationOrUserIdentifiers.DESCRIPTOR) == {"ids": ["value is required"]}


def test_message_on_paths():
    app = A.Application(ids=app_ids("X"), name="x" * 51)
    validate.message(A.Application(ids=app_ids()))
    with pytest.raises(TTSError) as info:
        validate.message(app, "name")
    assert chain(info.value) == [("ApplicationValidationError", "name", "value length must be at most 50 runes")]
    with pytest.raises(TTSError) as info:
        validate.message(app)
    assert chain(info.value)[0] == ("ApplicationValidationError", "ids", "embedded message failed validation")
    validate.message(app, "description")
