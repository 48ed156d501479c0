"""Wire-level checks of our messages: field numbers, wire types and enum numbers.

Expected bytes are written out by hand from upstream's field numbers, so a renumbered
or retyped field fails here even when our own stubs still agree with each other.
"""

from ttn.lorawan.v3 import (
    application_pb2,
    end_device_pb2,
    error_pb2,
    gateway_pb2,
    identifiers_pb2,
    identityserver_pb2,
    keys_pb2,
    lorawan_pb2,
    messages_pb2,
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


# ---------------------------------------------------------------------------------------------
# End devices, gateways and LoRaWAN enums.

KEY = bytes.fromhex("000102030405060708090A0B0C0D0E0F")


def test_mac_and_phy_versions():
    mac = {v.name: v.number for v in lorawan_pb2.MACVersion.DESCRIPTOR.values}
    assert mac == {
        "MAC_UNKNOWN": 0, "MAC_V1_0": 1, "MAC_V1_0_1": 2, "MAC_V1_0_2": 3,
        "MAC_V1_1": 4, "MAC_V1_0_3": 5, "MAC_V1_0_4": 6,
    }
    phy = {v.name: v.number for v in lorawan_pb2.PHYVersion.DESCRIPTOR.values}
    assert phy == {
        "PHY_UNKNOWN": 0, "PHY_V1_0": 1, "TS001_V1_0": 1, "PHY_V1_0_1": 2, "TS001_V1_0_1": 2,
        "PHY_V1_0_2_REV_A": 3, "RP001_V1_0_2": 3, "PHY_V1_0_2_REV_B": 4, "RP001_V1_0_2_REV_B": 4,
        "PHY_V1_1_REV_A": 5, "RP001_V1_1_REV_A": 5, "PHY_V1_1_REV_B": 6, "RP001_V1_1_REV_B": 6,
        "PHY_V1_0_3_REV_A": 7, "RP001_V1_0_3_REV_A": 7, "RP002_V1_0_0": 8, "RP002_V1_0_1": 9,
        "RP002_V1_0_2": 10, "RP002_V1_0_3": 11, "RP002_V1_0_4": 12,
    }
    # With aliases, a number's name is the first one declared (what JSON writes upstream).
    assert [lorawan_pb2.PHYVersion.Name(n) for n in (1, 3, 7, 8)] == [
        "PHY_V1_0", "PHY_V1_0_2_REV_A", "PHY_V1_0_3_REV_A", "RP002_V1_0_0"
    ]
    rates = {v.name: v.number for v in lorawan_pb2.DataRateIndex.DESCRIPTOR.values}
    assert rates == {f"DATA_RATE_{i}": i for i in range(16)}


def test_end_device_high_numbers():
    dev = end_device_pb2.EndDevice(serial_number="sn1")
    dev.lora_alliance_profile_ids.vendor_id = 1
    dev.lora_alliance_profile_ids.vendor_profile_id = 2
    dev.last_seen_at.seconds = 3
    dev.skip_payload_crypto_override.value = True
    assert tag(56, LEN) == b"\xc2\x03"
    assert dev.SerializeToString() == (
        ld(52, tag(1, VARINT) + b"\x01")  # skip_payload_crypto_override {value: true}
        + ld(54, tag(1, VARINT) + b"\x03")  # last_seen_at
        + ld(55, b"sn1")
        + ld(56, tag(1, VARINT) + b"\x01" + tag(2, VARINT) + b"\x02")  # lora_alliance_profile_ids
    )


def test_end_device_network_fields():
    dev = end_device_pb2.EndDevice(
        lorawan_version=lorawan_pb2.MAC_V1_0_3,
        lorawan_phy_version=lorawan_pb2.RP001_V1_0_3_REV_A,
        frequency_plan_id="EU_863_870",
        supports_join=True,
        net_id=bytes.fromhex("000013"),
    )
    dev.ids.device_id = "dev"
    dev.ids.application_ids.application_id = "app"
    dev.mac_settings.rx2_frequency.value = 869525000
    dev.mac_settings.supports_32_bit_f_cnt.value = True
    dev.pending_mac_state.lorawan_version = lorawan_pb2.MAC_V1_0_3
    expected = (
        ld(1, ld(1, b"dev") + ld(2, ld(1, b"app")))
        + tag(15, VARINT) + b"\x05"  # lorawan_version MAC_V1_0_3
        + tag(16, VARINT) + b"\x07"  # lorawan_phy_version PHY_V1_0_3_REV_A
        + ld(17, b"EU_863_870")
        + tag(20, VARINT) + b"\x01"  # supports_join
        + ld(23, bytes.fromhex("000013"))  # net_id
        # mac_settings: rx2_frequency (9) {value (1)}, supports_32_bit_f_cnt (12) {value (1)}
        + ld(24, ld(9, tag(1, VARINT) + bytes.fromhex("88cccf9e03")) + ld(12, tag(1, VARINT) + b"\x01"))
        + ld(44, tag(4, VARINT) + b"\x05")  # pending_mac_state.lorawan_version
    )
    assert dev.SerializeToString() == expected


def test_end_device_keys_and_session():
    dev = end_device_pb2.EndDevice()
    dev.root_keys.app_key.key = KEY
    dev.session.dev_addr = bytes.fromhex("2600ABCD")
    dev.session.keys.session_key_id = b"sk"
    dev.session.keys.app_s_key.key = KEY
    dev.session.keys.f_nwk_s_int_key.key = KEY
    dev.session.last_a_f_cnt_down = 7
    dev.pending_session.keys.nwk_s_enc_key.kek_label = "ns"
    envelope = ld(1, KEY)
    assert dev.SerializeToString() == (
        ld(22, ld(2, envelope))  # root_keys.app_key.key
        + ld(26,  # session
             ld(2, bytes.fromhex("2600ABCD"))  # dev_addr
             + ld(3, ld(1, b"sk") + ld(2, envelope) + ld(5, envelope))  # keys: id, FNwkSIntKey, AppSKey
             + tag(6, VARINT) + b"\x07")  # last_a_f_cnt_down
        + ld(27, ld(3, ld(4, ld(2, b"ns"))))  # pending_session.keys.nwk_s_enc_key.kek_label
    )
    keys = keys_pb2.SessionKeys.FromString(ld(3, envelope) + ld(4, ld(3, b"\x01")))
    assert keys.s_nwk_s_int_key.key == KEY and keys.nwk_s_enc_key.encrypted_key == b"\x01"


def test_end_device_app_side_fields():
    dev = end_device_pb2.EndDevice()
    dev.formatters.up_formatter = messages_pb2.FORMATTER_JAVASCRIPT
    dev.formatters.up_formatter_parameter = "f"
    dev.claim_authentication_code.value = "ABC"
    dev.picture.embedded.mime_type = "image/png"
    assert dev.SerializeToString() == (
        ld(41, tag(1, VARINT) + b"\x03" + ld(2, b"f"))  # formatters
        + ld(46, ld(1, b"ABC"))  # claim_authentication_code.value
        + ld(50, ld(1, ld(1, b"image/png")))  # picture.embedded.mime_type
    )
    assert 37 not in end_device_pb2.EndDevice.DESCRIPTOR.fields_by_number  # reserved 37-39


def test_application_up_oneof_numbers():
    expected = {
        3: "uplink_message", 4: "join_accept", 5: "downlink_ack", 6: "downlink_nack",
        7: "downlink_sent", 8: "downlink_failed", 9: "downlink_queued",
        10: "downlink_queue_invalidated", 11: "location_solved", 13: "service_data",
        15: "uplink_normalized",
    }
    for number, name in expected.items():
        up = messages_pb2.ApplicationUp.FromString(ld(number, b""))
        assert up.WhichOneof("up") == name


def test_gateway_fields():
    gtw = gateway_pb2.Gateway(frequency_plan_ids=["EU_863_870", "EU_863_870_TTN"], disable_packet_broker_forwarding=True)
    gtw.ids.gateway_id = "gtw"
    gtw.ids.eui = bytes.fromhex("58A0CBFFFE800001")
    gtw.deleted_at.seconds = 1
    gtw.lbs_lns_secret.value = b"s"
    gtw.administrative_contact.user_ids.user_id = "u"
    assert gtw.SerializeToString() == (
        ld(1, ld(1, b"gtw") + ld(2, bytes.fromhex("58A0CBFFFE800001")))  # ids: gateway_id, eui
        + ld(20, b"EU_863_870") + ld(20, b"EU_863_870_TTN")
        + ld(22, ld(2, b"s"))  # lbs_lns_secret.value
        + ld(26, tag(1, VARINT) + b"\x01")  # deleted_at
        + tag(29, VARINT) + b"\x01"  # disable_packet_broker_forwarding
        + ld(30, ld(2, ld(1, b"u")))  # administrative_contact.user_ids
    )
