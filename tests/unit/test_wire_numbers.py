"""Wire-level checks of our messages: field numbers, wire types and enum numbers.

Expected bytes are written out by hand from upstream's field numbers, so a renumbered
or retyped field fails here even when our own stubs still agree with each other.
"""

from ttn.lorawan.v3 import (
    application_pb2,
    error_pb2,
    identifiers_pb2,
    identityserver_pb2,
    organization_pb2,
    rights_pb2,
    user_pb2,
)


def tag(number, wire_type):
    """Encoded key of a field (varint of number << 3 | wire type)."""
    key = number << 3 | wire_type
    out = bytearray()
    while True:
        byte = key & 0x7F
        key >>= 7
        if key:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


VARINT, LEN = 0, 2


def ld(number, payload):
    """A length-delimited field (payloads here stay below 128 bytes)."""
    assert len(payload) < 128
    return tag(number, LEN) + bytes([len(payload)]) + payload


# The Right enum, as numbered upstream.
RIGHTS = {
    "right_invalid": 0,
    "RIGHT_USER_INFO": 1,
    "RIGHT_USER_SETTINGS_BASIC": 2,
    "RIGHT_USER_SETTINGS_API_KEYS": 3,
    "RIGHT_USER_DELETE": 4,
    "RIGHT_USER_AUTHORIZED_CLIENTS": 5,
    "RIGHT_USER_APPLICATIONS_LIST": 6,
    "RIGHT_USER_APPLICATIONS_CREATE": 7,
    "RIGHT_USER_GATEWAYS_LIST": 8,
    "RIGHT_USER_GATEWAYS_CREATE": 9,
    "RIGHT_USER_CLIENTS_LIST": 10,
    "RIGHT_USER_CLIENTS_CREATE": 11,
    "RIGHT_USER_ORGANIZATIONS_LIST": 12,
    "RIGHT_USER_ORGANIZATIONS_CREATE": 13,
    "RIGHT_USER_ALL": 14,
    "RIGHT_APPLICATION_INFO": 15,
    "RIGHT_APPLICATION_SETTINGS_BASIC": 16,
    "RIGHT_APPLICATION_SETTINGS_API_KEYS": 17,
    "RIGHT_APPLICATION_SETTINGS_COLLABORATORS": 18,
    "RIGHT_APPLICATION_DELETE": 19,
    "RIGHT_APPLICATION_DEVICES_READ": 20,
    "RIGHT_APPLICATION_DEVICES_WRITE": 21,
    "RIGHT_APPLICATION_DEVICES_READ_KEYS": 22,
    "RIGHT_APPLICATION_DEVICES_WRITE_KEYS": 23,
    "RIGHT_APPLICATION_TRAFFIC_READ": 24,
    "RIGHT_APPLICATION_TRAFFIC_UP_WRITE": 25,
    "RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE": 26,
    "RIGHT_APPLICATION_LINK": 27,
    "RIGHT_APPLICATION_ALL": 28,
    "RIGHT_CLIENT_ALL": 29,
    "RIGHT_GATEWAY_INFO": 30,
    "RIGHT_GATEWAY_SETTINGS_BASIC": 31,
    "RIGHT_GATEWAY_SETTINGS_API_KEYS": 32,
    "RIGHT_GATEWAY_SETTINGS_COLLABORATORS": 33,
    "RIGHT_GATEWAY_DELETE": 34,
    "RIGHT_GATEWAY_TRAFFIC_READ": 35,
    "RIGHT_GATEWAY_TRAFFIC_DOWN_WRITE": 36,
    "RIGHT_GATEWAY_LINK": 37,
    "RIGHT_GATEWAY_STATUS_READ": 38,
    "RIGHT_GATEWAY_LOCATION_READ": 39,
    "RIGHT_GATEWAY_ALL": 40,
    "RIGHT_ORGANIZATION_INFO": 41,
    "RIGHT_ORGANIZATION_SETTINGS_BASIC": 42,
    "RIGHT_ORGANIZATION_SETTINGS_API_KEYS": 43,
    "RIGHT_ORGANIZATION_SETTINGS_MEMBERS": 44,
    "RIGHT_ORGANIZATION_DELETE": 45,
    "RIGHT_ORGANIZATION_APPLICATIONS_LIST": 46,
    "RIGHT_ORGANIZATION_APPLICATIONS_CREATE": 47,
    "RIGHT_ORGANIZATION_GATEWAYS_LIST": 48,
    "RIGHT_ORGANIZATION_GATEWAYS_CREATE": 49,
    "RIGHT_ORGANIZATION_CLIENTS_LIST": 50,
    "RIGHT_ORGANIZATION_CLIENTS_CREATE": 51,
    "RIGHT_ORGANIZATION_ADD_AS_COLLABORATOR": 52,
    "RIGHT_ORGANIZATION_ALL": 53,
    "RIGHT_SEND_INVITES": 54,
    "RIGHT_ALL": 55,
    "RIGHT_APPLICATION_SETTINGS_PACKAGES": 56,
    "RIGHT_GATEWAY_WRITE_SECRETS": 57,
    "RIGHT_GATEWAY_READ_SECRETS": 58,
    "RIGHT_USER_NOTIFICATIONS_READ": 59,
    "RIGHT_CLIENT_INFO": 60,
    "RIGHT_CLIENT_SETTINGS_BASIC": 61,
    "RIGHT_CLIENT_SETTINGS_COLLABORATORS": 62,
    "RIGHT_CLIENT_DELETE": 63,
}


def test_tag_helper():
    assert tag(1, LEN) == b"\x0a"
    assert tag(9, VARINT) == b"\x48"
    assert tag(19, LEN) == b"\x9a\x01"


def test_right_enum_is_complete():
    enum = rights_pb2.DESCRIPTOR.enum_types_by_name["Right"]
    assert {v.name: v.number for v in enum.values} == RIGHTS


def test_application_fields():
    app = application_pb2.Application()
    app.ids.application_id = "app1"
    app.name = "n"
    app.deleted_at.seconds = 1
    app.dev_eui_counter = 5
    expected = (
        ld(1, ld(1, b"app1"))  # ids.application_id
        + ld(4, b"n")  # name
        + ld(8, tag(1, VARINT) + b"\x01")  # deleted_at.seconds
        + tag(9, VARINT) + b"\x05"  # dev_eui_counter
    )
    assert expected == bytes.fromhex("0a060a046170703122016e420208014805")
    assert app.SerializeToString() == expected


def test_application_other_numbers():
    raw = (
        ld(2, b"\x08\x02")  # created_at
        + ld(3, b"\x08\x03")  # updated_at
        + ld(5, b"d")  # description
        + ld(6, ld(1, b"key") + ld(2, b"val"))  # attributes map entry
        + ld(7, tag(3, LEN) + b"\x01x")  # contact_info[].value
        + ld(10, ld(2, ld(1, b"adm")))  # administrative_contact.user_ids.user_id
        + ld(11, ld(1, ld(1, b"org")))  # technical_contact.organization_ids.organization_id
        + ld(12, b"ns")
        + ld(13, b"as")
        + ld(14, b"js")
    )
    app = application_pb2.Application.FromString(raw)
    assert app.created_at.seconds == 2 and app.updated_at.seconds == 3
    assert app.description == "d"
    assert dict(app.attributes) == {"key": "val"}
    assert app.contact_info[0].value == "x"
    assert app.administrative_contact.user_ids.user_id == "adm"
    assert app.technical_contact.organization_ids.organization_id == "org"
    assert (app.network_server_address, app.application_server_address, app.join_server_address) == (
        "ns",
        "as",
        "js",
    )
    assert app.SerializeToString() == raw


def test_application_reserved_number_stays_unknown():
    # 15 is reserved upstream (a former end_device_limit); it must not map to any field.
    raw = tag(15, VARINT) + b"\x07"
    app = application_pb2.Application.FromString(raw)
    assert 15 not in application_pb2.Application.DESCRIPTOR.fields_by_number
    assert app.SerializeToString() == raw  # kept as an unknown field


def test_end_device_identifiers_bytes_fields():
    ids = identifiers_pb2.EndDeviceIdentifiers(
        device_id="dev",
        dev_eui=bytes.fromhex("70B3D57ED000ABCD"),
        join_eui=bytes(8),
        dev_addr=bytes.fromhex("2600ABCD"),
    )
    ids.application_ids.application_id = "app"
    expected = (
        ld(1, b"dev")
        + ld(2, ld(1, b"app"))
        + ld(4, bytes.fromhex("70B3D57ED000ABCD"))
        + ld(5, bytes(8))
        + ld(6, bytes.fromhex("2600ABCD"))
    )
    assert ids.SerializeToString() == expected


def test_rights_are_packed_varints():
    msg = rights_pb2.Rights(rights=[RIGHTS["RIGHT_APPLICATION_ALL"], RIGHTS["RIGHT_ALL"]])
    assert msg.SerializeToString() == b"\x0a\x02\x1c\x37"
    parsed = rights_pb2.Rights.FromString(b"\x0a\x02\x0f\x1b")
    assert list(parsed.rights) == [15, 27]


def test_api_key_fields():
    key = rights_pb2.APIKey(id="ID", key="K", name="nm", rights=[RIGHTS["RIGHT_APPLICATION_INFO"]])
    key.created_at.seconds = 5
    key.updated_at.seconds = 6
    key.expires_at.seconds = 7
    expected = (
        ld(1, b"ID")
        + ld(2, b"K")
        + ld(3, b"nm")
        + ld(4, b"\x0f")
        + ld(5, b"\x08\x05")
        + ld(6, b"\x08\x06")
        + ld(7, b"\x08\x07")
    )
    assert key.SerializeToString() == expected
    keys = rights_pb2.APIKeys.FromString(ld(1, expected))
    assert keys.api_keys[0] == key


def test_collaborator_oneof_numbers():
    collaborator = rights_pb2.Collaborator.FromString(
        ld(1, ld(2, ld(1, b"usr"))) + ld(2, bytes([RIGHTS["RIGHT_APPLICATION_ALL"]]))
    )
    assert collaborator.ids.WhichOneof("ids") == "user_ids"
    assert collaborator.ids.user_ids.user_id == "usr"
    assert list(collaborator.rights) == [28]
    # Both share one wire layout.
    response = rights_pb2.GetCollaboratorResponse.FromString(collaborator.SerializeToString())
    assert response.ids.user_ids.user_id == "usr"
    org = identifiers_pb2.OrganizationOrUserIdentifiers.FromString(ld(1, ld(1, b"org")))
    assert org.WhichOneof("ids") == "organization_ids"


def test_entity_identifiers_oneof_numbers():
    expected = {1: "application_ids", 2: "client_ids", 3: "device_ids", 4: "gateway_ids", 5: "organization_ids", 6: "user_ids"}
    for number, name in expected.items():
        msg = identifiers_pb2.EntityIdentifiers.FromString(ld(number, b""))
        assert msg.WhichOneof("ids") == name


def test_request_numbers():
    req = application_pb2.ListApplicationsRequest(order="-name", limit=3, page=4, deleted=True)
    req.collaborator.user_ids.user_id = "u"
    req.field_mask.paths.append("name")
    assert req.SerializeToString() == (
        ld(1, ld(2, ld(1, b"u")))
        + ld(2, ld(1, b"name"))
        + ld(3, b"-name")
        + tag(4, VARINT) + b"\x03"
        + tag(5, VARINT) + b"\x04"
        + tag(6, VARINT) + b"\x01"
    )
    create = application_pb2.CreateApplicationRequest.FromString(
        ld(1, ld(1, ld(1, b"app"))) + ld(2, ld(2, ld(1, b"u")))
    )
    assert create.application.ids.application_id == "app"
    assert create.collaborator.user_ids.user_id == "u"
    # ListApplicationAPIKeysRequest declares order as field 4, after limit 2 and page 3.
    keys = application_pb2.ListApplicationAPIKeysRequest(order="name", limit=2, page=3)
    assert keys.SerializeToString() == tag(2, VARINT) + b"\x02" + tag(3, VARINT) + b"\x03" + ld(4, b"name")


def test_issue_dev_eui_response():
    msg = application_pb2.IssueDevEUIResponse(dev_eui=bytes.fromhex("70B3D57ED000ABCD"))
    assert msg.SerializeToString() == ld(1, bytes.fromhex("70B3D57ED000ABCD"))


def test_user_high_numbers():
    user = user_pb2.User(admin=True, state=1)
    user.deleted_at.seconds = 1
    user.console_preferences.console_theme = 2
    assert user.SerializeToString() == (
        tag(13, VARINT) + b"\x01"  # state STATE_APPROVED
        + tag(14, VARINT) + b"\x01"  # admin
        + ld(19, b"\x08\x01")  # deleted_at
        + ld(25, tag(1, VARINT) + b"\x02")  # console_preferences.console_theme
    )
    assert tag(19, LEN) == b"\x9a\x01" and tag(25, LEN) == b"\xca\x01"


def test_organization_and_error_numbers():
    org = organization_pb2.Organization(fanout_notifications=True)
    org.deleted_at.seconds = 1
    assert org.SerializeToString() == ld(8, b"\x08\x01") + tag(14, VARINT) + b"\x01"
    details = error_pb2.ErrorDetails(namespace="pkg/x", name="y", code=5)
    assert details.SerializeToString() == ld(1, b"pkg/x") + ld(2, b"y") + tag(7, VARINT) + b"\x05"


def test_auth_info_numbers():
    resp = identityserver_pb2.AuthInfoResponse(is_admin=True)
    resp.universal_rights.rights.append(RIGHTS["RIGHT_ALL"])
    resp.api_key.api_key.id = "K"
    resp.api_key.entity_ids.user_ids.user_id = "u"
    assert resp.SerializeToString() == (
        ld(1, ld(1, ld(1, b"K")) + ld(2, ld(6, ld(1, b"u"))))
        + ld(3, ld(1, b"\x37"))
        + tag(4, VARINT) + b"\x01"
    )
    session = identityserver_pb2.AuthInfoResponse.FromString(ld(5, ld(2, b"sid")))
    assert session.WhichOneof("access_method") == "user_session"
    assert session.user_session.session_id == "sid"
    token = identityserver_pb2.AuthInfoResponse.FromString(ld(2, ld(3, b"tok")))
    assert token.WhichOneof("access_method") == "oauth_access_token"
    gateway = identityserver_pb2.AuthInfoResponse.FromString(ld(6, ld(6, b"\x25")))
    assert gateway.WhichOneof("access_method") == "gateway_token"
    assert list(gateway.gateway_token.rights) == [37]
