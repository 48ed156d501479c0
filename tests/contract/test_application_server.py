"""The Application Server's link (``As``) and its payload formatter test endpoints and MQTT
information (``AppAs``), over both transports."""

from __future__ import annotations

import asyncio

import pytest
from google.protobuf import field_mask_pb2

from support import upstream_json
from ttn.lorawan.v3 import applicationserver_pb2 as pb
from ttn.lorawan.v3 import identifiers_pb2, rights_pb2

from support.requests import REG, create_request, get_request
from support.waiting import until

R = rights_pb2
OK, INVALID_ARGUMENT, DEADLINE_EXCEEDED, NOT_FOUND, PERMISSION_DENIED = 0, 3, 4, 5, 7
FAILED_PRECONDITION, ABORTED, UNIMPLEMENTED, UNAVAILABLE, UNKNOWN = 9, 10, 12, 14, 2
LINK = "/ttn.lorawan.v3.As/"
APP_AS = "/ttn.lorawan.v3.AppAs/"
JS, CAYENNE = "FORMATTER_JAVASCRIPT", "FORMATTER_CAYENNELPP"
SETTINGS = {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7, "coding_rate": "4/5"}},
            "frequency": "868100000"}


async def new_app(client, admin_key, app_id: str) -> str:
    res = await client.call(REG + "Create", create_request(app_id), admin_key)
    assert res.code == OK, res.message
    return app_id


def assert_error(res, code: int, name: str, **attributes):
    assert (res.code, res.error_name) == (code, name), (res.code, res.message)
    for key, value in attributes.items():
        got = res.details.attributes[key]
        assert (list(got) if isinstance(value, list) else got) == value, (key, got)


def warnings_of(res) -> list[str]:
    value = res.headers.get("x-warning") or res.headers.get("warning")
    return [value] if value else []


def message(cls, obj: dict):
    """A request written as a user writes its JSON, read without ttsl's codec."""
    return upstream_json.from_json(cls, obj)


# Link ------------------------------------------------------------------------------------------
def set_link(app: str, link: dict, paths) -> pb.SetApplicationLinkRequest:
    return message(pb.SetApplicationLinkRequest, {
        "application_ids": {"application_id": app}, "link": link, "field_mask": {"paths": list(paths)},
    })


def get_link(app: str, *paths: str) -> pb.GetApplicationLinkRequest:
    return message(pb.GetApplicationLinkRequest, {
        "application_ids": {"application_id": app}, "field_mask": {"paths": list(paths)},
    })


def app_ids(app: str) -> identifiers_pb2.ApplicationIdentifiers:
    return identifiers_pb2.ApplicationIdentifiers(application_id=app)


DEFAULTS = {"up_formatter": JS, "up_formatter_parameter": "function decodeUplink(i) { return {data: {}}; }",
            "down_formatter": CAYENNE}


async def test_link_set_get_delete(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    # No link yet: the link registry's not found.
    assert_error(await client.call(LINK + "GetLink", get_link(app, "default_formatters"), admin_key),
                 NOT_FOUND, "pkg/redis:not_found")

    res = await client.call(LINK + "SetLink", set_link(app, {"default_formatters": DEFAULTS}, ["default_formatters"]),
                            admin_key)
    assert res.code == OK, res.message
    assert res.response.default_formatters.up_formatter == 3 and res.response.default_formatters.down_formatter == 4
    if client.transport == "http":
        assert res.json == {"default_formatters": DEFAULTS}

    # Set answers the whole link, whatever its mask.
    res = await client.call(LINK + "SetLink", set_link(app, {"skip_payload_crypto": True}, ["skip_payload_crypto"]),
                            admin_key)
    assert res.code == OK, res.message
    assert res.response.skip_payload_crypto.value is True
    assert res.response.default_formatters.up_formatter_parameter == DEFAULTS["up_formatter_parameter"]
    if client.transport == "http":
        assert res.json == {"default_formatters": DEFAULTS, "skip_payload_crypto": True}

    # Get answers the masked paths only; no mask, nothing.
    res = await client.call(LINK + "GetLink", get_link(app, "default_formatters.down_formatter"), admin_key)
    assert res.code == OK, res.message
    assert res.response == pb.ApplicationLink(default_formatters={"down_formatter": 4})
    res = await client.call(LINK + "GetLink", get_link(app), admin_key)
    assert res.code == OK and res.response == pb.ApplicationLink()
    if client.transport == "http":
        assert res.json == {}
        res = await client.raw("GET", f"/as/applications/{app}/link",
                               query=[("field_mask", "default_formatters,skip_payload_crypto")], key=admin_key)
        assert res.json == {"default_formatters": DEFAULTS, "skip_payload_crypto": True}

    # A masked path the request leaves unset is cleared; an empty mask changes nothing.
    res = await client.call(LINK + "SetLink", set_link(app, {}, ["default_formatters.up_formatter_parameter"]),
                            admin_key)
    assert res.code == OK and res.response.default_formatters.up_formatter_parameter == ""
    assert res.response.default_formatters.up_formatter == 3
    res = await client.call(LINK + "SetLink", set_link(app, {"skip_payload_crypto": False}, []), admin_key)
    assert res.code == OK and res.response.skip_payload_crypto.value is True

    # Delete, twice: there may be no link.
    for _ in range(2):
        res = await client.call(LINK + "DeleteLink", app_ids(app), admin_key)
        assert res.code == OK, res.message
        if client.transport == "http":
            assert res.json == {}
    assert_error(await client.call(LINK + "GetLink", get_link(app, "skip_payload_crypto"), admin_key),
                 NOT_FOUND, "pkg/redis:not_found")



async def test_deleting_the_link_clears_the_default_package_associations(client, admin_key, unique_id):
    from ttn.lorawan.v3 import applicationserver_packages_pb2 as packages

    pkg = "/ttn.lorawan.v3.ApplicationPackageRegistry/"
    app = await new_app(client, admin_key, unique_id)
    default = message(packages.SetApplicationPackageDefaultAssociationRequest, {
        "default": {"ids": {"application_ids": {"application_id": app}, "f_port": 9}, "package_name": "alcsync-v1"},
        "field_mask": {"paths": ["package_name"]},
    })
    assert (await client.call(pkg + "SetDefaultAssociation", default, admin_key)).code == OK
    listing = packages.ListApplicationPackageDefaultAssociationRequest()
    listing.ids.application_id = app
    res = await client.call(pkg + "ListDefaultAssociations", listing, admin_key)
    assert res.code == OK and len(res.response.defaults) == 1
    assert (await client.call(LINK + "DeleteLink", app_ids(app), admin_key)).code == OK
    res = await client.call(pkg + "ListDefaultAssociations", listing, admin_key)
    assert res.code == OK and len(res.response.defaults) == 0

async def test_link_as_the_docs_send_it(client, admin_key, unique_id):
    """PUT /as/applications/{id}/link with the body of FIDELITY §10."""
    app = await new_app(client, admin_key, unique_id)
    if client.transport != "http":
        pytest.skip("the HTTP request as written")
    body = ('{"link":{"default_formatters":{"up_formatter":"FORMATTER_CAYENNELPP","down_formatter":'
            '"FORMATTER_CAYENNELPP"}},"field_mask":{"paths":["default_formatters"]}}')
    res = await client.raw("PUT", f"/as/applications/{app}/link", body=body, key=admin_key, full_method=LINK + "SetLink")
    assert res.code == OK, res.message
    assert res.json == {"default_formatters": {"up_formatter": CAYENNE, "down_formatter": CAYENNE}}


async def test_deprecated_link_paths(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    assert (await client.call(LINK + "SetLink", set_link(app, {"skip_payload_crypto": True}, ["skip_payload_crypto"]),
                              admin_key)).code == OK
    # Get leaves them out of its mask, each with a warning.
    for path in ("api_key", "network_server_address", "tls"):
        res = await client.call(LINK + "GetLink", get_link(app, "skip_payload_crypto", path), admin_key)
        assert res.code == OK, res.message
        assert res.response == pb.ApplicationLink(skip_payload_crypto={"value": True})
        assert warnings_of(res) == [f"field {path} is deprecated"]
    # Set validates the link on its mask before anything else, and the link has no such field.
    res = await client.call(LINK + "SetLink", set_link(app, {}, ["api_key", "skip_payload_crypto"]), admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/errors:validation", field="link")
    assert (res.details.cause.attributes["field"], res.details.cause.attributes["reason"]) == (
        "api_key", "invalid field path")


async def test_link_refusals(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    # Paths outside the link.
    assert_error(await client.call(LINK + "SetLink", set_link(app, {}, ["default_formatters.nope"]), admin_key),
                 INVALID_ARGUMENT, "pkg/rpcmiddleware/validator:field_mask_paths",
                 forbidden_paths=["default_formatters.nope"])
    # A parameter over 40960 characters breaks the message's rule; one of at most 40960
    # characters but more bytes than that, the Application Server's limit.
    long = {"default_formatters": {"up_formatter": JS, "up_formatter_parameter": "x" * 40961}}
    assert_error(await client.call(LINK + "SetLink", set_link(app, long, ["default_formatters"]), admin_key),
                 INVALID_ARGUMENT, "pkg/errors:validation")
    wide = {"default_formatters": {"down_formatter": JS, "down_formatter_parameter": "é" * 40000}}
    res = await client.call(LINK + "SetLink", set_link(app, wide, ["default_formatters.down_formatter_parameter"]),
                            admin_key)
    assert_error(res, INVALID_ARGUMENT, "pkg/applicationserver:field_value",
                 field="default_formatters.down_formatter_parameter")
    assert res.details.cause.name == "formatter_script_too_large"
    assert res.details.cause.attributes["size"] == 80000
    # An undefined formatter.
    bad = pb.SetApplicationLinkRequest(field_mask=field_mask_pb2.FieldMask(paths=["default_formatters.up_formatter"]))
    bad.application_ids.application_id = app
    bad.link.default_formatters.up_formatter = 42
    if client.transport == "grpc":
        assert_error(await client.call(LINK + "SetLink", bad, admin_key), INVALID_ARGUMENT, "pkg/errors:validation")

    # Rights: SETTINGS_BASIC for each link RPC.
    info = await population.key("application", app, R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_TRAFFIC_READ)
    for method, req in (("GetLink", get_link(app, "skip_payload_crypto")),
                        ("SetLink", set_link(app, {}, ["skip_payload_crypto"])),
                        ("DeleteLink", app_ids(app))):
        assert_error(await client.call(LINK + method, req, info), PERMISSION_DENIED,
                     "pkg/auth/rights:insufficient_application_rights",
                     missing=["RIGHT_APPLICATION_SETTINGS_BASIC"])
    basic = await population.key("application", app, R.RIGHT_APPLICATION_SETTINGS_BASIC)
    assert (await client.call(LINK + "SetLink", set_link(app, {}, ["skip_payload_crypto"]), basic)).code == OK
    assert (await client.call(LINK + "GetLink", get_link(app, "skip_payload_crypto"), basic)).code == OK
    assert (await client.call(LINK + "DeleteLink", app_ids(app), basic)).code == OK
    assert_error(await client.call(LINK + "GetLink", get_link(app)), PERMISSION_DENIED,
                 "pkg/auth/rights:no_application_rights")


async def test_link_stats_and_configuration(client, admin_key, unique_id):
    # Upstream answers Unimplemented without looking at the caller.
    for key in (admin_key, None):
        assert_error(await client.call(LINK + "GetLinkStats", app_ids("any-app"), key), UNIMPLEMENTED,
                     "pkg/applicationserver:linking_not_implemented")
    res = await client.call(LINK + "GetConfiguration", pb.GetAsConfigurationRequest())
    assert res.code == OK, res.message
    config = res.response.configuration
    assert config.HasField("pubsub") and config.webhooks.HasField("unhealthy_retry_interval")
    if client.transport == "http":
        assert res.json == {"configuration": {"pubsub": {"providers": {}},
                                              "webhooks": {"unhealthy_retry_interval": "0s"}}}


# AppAs -----------------------------------------------------------------------------------------
def device(app: str) -> dict:
    return {"device_id": "dev1", "application_ids": {"application_id": app}}


def encode(app: str, downlink: dict, formatter: str = JS, parameter: str = "", **extra) -> pb.EncodeDownlinkRequest:
    return message(pb.EncodeDownlinkRequest, {"end_device_ids": device(app), "downlink": downlink,
                                              "formatter": formatter, "parameter": parameter, **extra})


def decode_up(app: str, uplink: dict, formatter: str = JS, parameter: str = "", **extra) -> pb.DecodeUplinkRequest:
    uplink = {"settings": SETTINGS, **uplink}
    return message(pb.DecodeUplinkRequest, {"end_device_ids": device(app), "uplink": uplink,
                                            "formatter": formatter, "parameter": parameter, **extra})


def decode_down(app: str, downlink: dict, formatter: str = JS, parameter: str = "") -> pb.DecodeDownlinkRequest:
    return message(pb.DecodeDownlinkRequest, {"end_device_ids": device(app), "downlink": downlink,
                                              "formatter": formatter, "parameter": parameter})


ENCODER = """
function encodeDownlink(input) {
  return { bytes: [input.data.a, input.data.b, input.fPort], warnings: input.data.a > 1 ? ["big"] : [] };
}
"""

DECODER = """
function decodeUplink(input) {
  var t = ((input.bytes[0] << 8) | input.bytes[1]) / 100;
  return { data: { temperature: t, port: input.fPort, raw: input.bytes }, warnings: ["w"] };
}
function normalizeUplink(input) {
  return { data: { air: { temperature: input.data.temperature } }, warnings: ["n"] };
}
function decodeDownlink(input) {
  return { data: { a: input.bytes[0], b: input.bytes[1], port: input.fPort } };
}
"""


async def test_encode_downlink_javascript(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(APP_AS + "EncodeDownlink", encode(app, {"decoded_payload": {"a": 1, "b": 2}}, JS, ENCODER),
                            admin_key)
    assert res.code == OK, res.message
    down = res.response.downlink
    # No FPort from the script, none in the message: 1 (the input saw 0).
    assert (down.f_port, down.frm_payload, list(down.decoded_payload_warnings)) == (1, b"\x01\x02\x00", [])
    if client.transport == "http":
        assert res.json == {"downlink": {"f_port": 1, "frm_payload": "AQIA", "decoded_payload": {"a": 1, "b": 2}}}
    res = await client.call(APP_AS + "EncodeDownlink",
                            encode(app, {"f_port": 7, "decoded_payload": {"a": 2, "b": 3}}, JS, ENCODER), admin_key)
    assert res.code == OK, res.message
    assert (res.response.downlink.f_port, res.response.downlink.frm_payload) == (7, b"\x02\x03\x07")
    assert list(res.response.downlink.decoded_payload_warnings) == ["big"]
    # The script's FPort wins; the legacy Encoder keeps the message's.
    script = "function encodeDownlink(i) { return { bytes: [255, 256, -1], fPort: 42 }; }"
    res = await client.call(APP_AS + "EncodeDownlink", encode(app, {"f_port": 7, "decoded_payload": {"x": 1}}, JS,
                                                               script), admin_key)
    assert res.code == OK and (res.response.downlink.f_port, res.response.downlink.frm_payload) == (42, b"\xff\x00\xff")
    legacy = "function Encoder(object, port) { return [object.on ? 1 : 0, port]; }"
    res = await client.call(APP_AS + "EncodeDownlink", encode(app, {"f_port": 3, "decoded_payload": {"on": True}}, JS,
                                                               legacy), admin_key)
    assert res.code == OK and (res.response.downlink.f_port, res.response.downlink.frm_payload) == (3, b"\x01\x03")
    # Nothing decoded: nothing to encode, the message comes back as sent.
    res = await client.call(APP_AS + "EncodeDownlink", encode(app, {"f_port": 3, "frm_payload": "AQ=="}, JS, "!"),
                            admin_key)
    assert res.code == OK and res.response.downlink.frm_payload == b"\x01"


async def test_decode_uplink_javascript(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 5, "frm_payload": "CSk="}, JS, DECODER),
                            admin_key)
    assert res.code == OK, res.message
    up = res.response.uplink
    assert dict(up.decoded_payload) == {"temperature": 23.45, "port": 5, "raw": [9, 41]}
    assert list(up.decoded_payload_warnings) == ["w"]
    assert [dict(m) for m in up.normalized_payload] == [{"air": {"temperature": 23.45}}]
    assert list(up.normalized_payload_warnings) == ["n"]
    if client.transport == "http":
        uplink = res.json["uplink"]
        assert uplink["decoded_payload"] == {"temperature": 23.45, "port": 5, "raw": [9, 41]}
        assert uplink["normalized_payload"] == [{"air": {"temperature": 23.45}}]
        assert uplink["frm_payload"] == "CSk=" and uplink["f_port"] == 5

    # Without a normalizer, decoded data that is a measurement is the normalized payload; values
    # out of range are left out, with a warning.
    script = "function decodeUplink(i) { return { data: { air: { temperature: -300, relativeHumidity: 40 } } }; }"
    res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1, "frm_payload": "AA=="}, JS, script),
                            admin_key)
    assert res.code == OK, res.message
    assert [dict(m) for m in res.response.uplink.normalized_payload] == [{"air": {"relativeHumidity": 40}}]
    assert list(res.response.uplink.normalized_payload_warnings) == [
        "measurement 1: `air.temperature` should be equal or greater than `-273.15`"]
    # Legacy Decoder(bytes, port).
    legacy = "function Decoder(bytes, port) { return { first: bytes[0], port: port, n: bytes.length }; }"
    res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 9, "frm_payload": "BwgJ"}, JS, legacy),
                            admin_key)
    assert res.code == OK and dict(res.response.uplink.decoded_payload) == {"first": 7, "port": 9, "n": 3}
    assert not res.response.uplink.normalized_payload


async def test_decode_downlink_javascript(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(APP_AS + "DecodeDownlink", decode_down(app, {"f_port": 4, "frm_payload": "AQI="}, JS,
                                                                     DECODER), admin_key)
    assert res.code == OK, res.message
    assert dict(res.response.downlink.decoded_payload) == {"a": 1, "b": 2, "port": 4}
    if client.transport == "http":
        assert res.json == {"downlink": {"f_port": 4, "frm_payload": "AQI=",
                                         "decoded_payload": {"a": 1, "b": 2, "port": 4}}}
    # No decodeDownlink: the script fails (upstream has no legacy fallback there).
    assert_error(await client.call(APP_AS + "DecodeDownlink", decode_down(app, {"f_port": 4}, JS, ENCODER), admin_key),
                 ABORTED, "pkg/scripting/javascript:script")


@pytest.mark.parametrize("script, code, error, message", [
    ("function decodeUplink(", ABORTED, "pkg/scripting/javascript:script", "SyntaxError"),
    ("function decodeUplink(i) {\n  throw new Error('boom');\n}", ABORTED, "pkg/scripting/javascript:script",
     "Error: boom at decodeUplink (<eval>:3:9)"),
    ("function decodeUplink(i) { return { errors: ['bad', 'worse'] }; }", ABORTED,
     "pkg/messageprocessors/javascript:output_errors", "bad, worse"),
    ("function decodeUplink(i) { return { data: {} }; }\nfunction normalizeUplink(i) { return { errors: ['n'] }; }",
     ABORTED, "pkg/messageprocessors/javascript:output_errors", "n"),
    ("function decodeUplink(i) { return { data: { x: NaN, y: [1, -Infinity] } }; }", INVALID_ARGUMENT,
     "pkg/messageprocessors/javascript:output_encoding", ".x: invalid NaN value, .y[1]: invalid -Infinity value"),
    # `output` is defined without a code: it answers its cause's (pkg/errors Code()), here the
    # runtime error of the failed export (ABORTED), the normalizer's (INVALID_ARGUMENT), or a
    # plain Go error's (UNKNOWN).
    ("function decodeUplink(i) { return { data: 42 }; }", ABORTED, "pkg/messageprocessors/javascript:output", ""),
    ("function decodeUplink(i) { return { data: { f: function () {} } }; }", UNKNOWN,
     "pkg/messageprocessors/javascript:output", ""),
    ("function decodeUplink(i) { return { data: {} }; }\nfunction normalizeUplink(i) { return { data: { nope: 1 } }; }",
     INVALID_ARGUMENT, "pkg/messageprocessors/javascript:output", ""),
    ("var x = 1;", ABORTED, "pkg/scripting/javascript:script", "ReferenceError: Decoder is not defined"),
    ("function decodeUplink(i) { while (true) {} }", DEADLINE_EXCEEDED, "pkg/scripting/javascript:script_timeout",
     "script timeout"),
])
async def test_javascript_errors(client, admin_key, unique_id, script, code, error, message):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1, "frm_payload": "AQ=="}, JS, script),
                            admin_key)
    assert_error(res, code, error)
    assert message in res.message, res.message
    if client.transport == "http":
        assert res.http_status == {ABORTED: 409, INVALID_ARGUMENT: 400, UNKNOWN: 500, DEADLINE_EXCEEDED: 504}[code]


async def test_encode_and_decode_downlink_errors(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    script = "function encodeDownlink(i) { return { errors: ['no way'] }; }"
    assert_error(await client.call(APP_AS + "EncodeDownlink", encode(app, {"decoded_payload": {"a": 1}}, JS, script),
                                   admin_key), ABORTED, "pkg/messageprocessors/javascript:output_errors",
                 errors="no way")
    script = "function encodeDownlink(i) { return { bytes: 'AQ==' }; }"
    assert_error(await client.call(APP_AS + "EncodeDownlink", encode(app, {"decoded_payload": {"a": 1}}, JS, script),
                                   admin_key), ABORTED, "pkg/messageprocessors/javascript:output")  # its cause's code
    script = "function decodeDownlink(i) { }"
    assert_error(await client.call(APP_AS + "DecodeDownlink", decode_down(app, {"f_port": 1}, JS, script), admin_key),
                 ABORTED, "pkg/scripting/javascript:no_script_output")


async def test_formatters_that_are_not_configured(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    for formatter in ("FORMATTER_NONE", "FORMATTER_GRPC_SERVICE"):
        res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1}, formatter), admin_key)
        assert_error(res, FAILED_PRECONDITION, "pkg/messageprocessors:formatter_not_configured", formatter=formatter)
        if client.transport == "http":
            assert res.http_status == 400
    # The Device Repository: version identifiers first, then no peer to ask.
    assert_error(await client.call(APP_AS + "EncodeDownlink", encode(app, {"decoded_payload": {"a": 1}},
                                                                      "FORMATTER_REPOSITORY"), admin_key),
                 INVALID_ARGUMENT, "pkg/messageprocessors/devicerepository:no_version_identifiers")
    req = decode_down(app, {"f_port": 1}, "FORMATTER_REPOSITORY")
    req.version_ids.brand_id = "the-things-products"
    assert_error(await client.call(APP_AS + "DecodeDownlink", req, admin_key), UNAVAILABLE,
                 "pkg/cluster:peer_unavailable", cluster_role="DEVICE REPOSITORY")
    if client.transport == "http":
        res = await client.raw("POST", f"/as/applications/{app}/devices/dev1/up/decode",
                               body='{"uplink": {"f_port": 1}, "formatter": "FORMATTER_NOPE"}', key=admin_key)
        assert res.http_status == 400 and res.details is None


async def test_cayennelpp_through_the_endpoints(client, admin_key, unique_id):
    app = await new_app(client, admin_key, unique_id)
    # Temperature 27.2 °C on channel 3, relative humidity 32 % on channel 5.
    res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1, "frm_payload": "A2cBEAVoQA=="},
                                                                 CAYENNE), admin_key)
    assert res.code == OK, res.message
    assert dict(res.response.uplink.decoded_payload) == {"temperature_3": 27.2, "relative_humidity_5": 32}
    assert not res.response.uplink.normalized_payload
    assert_error(await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1, "frm_payload": "A2cB"},
                                                                        CAYENNE), admin_key),
                 INVALID_ARGUMENT, "pkg/messageprocessors/cayennelpp:output")
    res = await client.call(APP_AS + "EncodeDownlink", encode(app, {"f_port": 2, "decoded_payload": {
        "value_1": 12.34, "value_2": -1, "other_3": 5, "value_x": 1}}, CAYENNE), admin_key)
    assert res.code == OK, res.message
    assert (res.response.downlink.f_port, res.response.downlink.frm_payload) == (2, bytes.fromhex("0104d202ff9c"))
    res = await client.call(APP_AS + "DecodeDownlink", decode_down(app, {"f_port": 2, "frm_payload": "AQTSAv+c"},
                                                                     CAYENNE), admin_key)
    assert res.code == OK and dict(res.response.downlink.decoded_payload) == {"value_1": 12.34, "value_2": -1}


async def test_traffic_read_is_needed(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    others = await population.key("application", app, R.RIGHT_APPLICATION_INFO, R.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE)
    requests = (("EncodeDownlink", encode(app, {"decoded_payload": {"value_1": 1}}, CAYENNE)),
                ("DecodeUplink", decode_up(app, {"f_port": 1}, CAYENNE)),
                ("DecodeDownlink", decode_down(app, {"f_port": 1}, CAYENNE)))
    for method, req in requests:
        assert_error(await client.call(APP_AS + method, req, others), PERMISSION_DENIED,
                     "pkg/auth/rights:insufficient_application_rights", missing=["RIGHT_APPLICATION_TRAFFIC_READ"])
    reader = await population.key("application", app, R.RIGHT_APPLICATION_TRAFFIC_READ)
    for method, req in requests:
        assert (await client.call(APP_AS + method, req, reader)).code == OK, method


async def test_mqtt_connection_info(client, admin_key, unique_id, population):
    app = await new_app(client, admin_key, unique_id)
    res = await client.call(APP_AS + "GetMQTTConnectionInfo", app_ids(app), admin_key)
    assert res.code == OK, res.message
    assert (res.response.public_address, res.response.public_tls_address, res.response.username) == (
        "127.0.0.1:1883", "127.0.0.1:8883", app)
    traffic = await population.key("application", app, R.RIGHT_APPLICATION_TRAFFIC_READ)
    assert_error(await client.call(APP_AS + "GetMQTTConnectionInfo", app_ids(app), traffic), PERMISSION_DENIED,
                 "pkg/auth/rights:insufficient_application_rights", missing=["RIGHT_APPLICATION_INFO"])
    info = await population.key("application", app, R.RIGHT_APPLICATION_INFO)
    assert (await client.call(APP_AS + "GetMQTTConnectionInfo", app_ids(app), info)).code == OK


async def test_a_runaway_script_fails_its_call_and_the_server_keeps_serving(client, admin_key, unique_id, server,
                                                                            monkeypatch):
    app = await new_app(client, admin_key, unique_id)
    runaway = "function decodeUplink(i) { while (true) {} }"
    engine = server.formatters.engine
    # For "meanwhile" not to depend on how busy the machine is, the runaway spins for a second
    # here instead of upstream's 100 ms (how soon it fails by default is measured in `make bench`).
    monkeypatch.setattr(engine, "timeout", 1.0)
    await until(lambda: engine.isolates == 0, "the isolates of earlier calls to close")
    stuck = asyncio.ensure_future(client.call(
        APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1, "frm_payload": "AQ=="}, JS, runaway), admin_key))
    await until(lambda: engine.isolates or stuck.done(), "the runaway script's isolate")
    # Meanwhile other calls are answered, formatter calls included: all of them before it fails.
    answered_meanwhile = 0
    for _ in range(5):
        res = await client.call(REG + "Get", get_request(app, "name"), admin_key)
        assert res.code == OK
        res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1, "frm_payload": "CSk="}, JS,
                                                                     DECODER), admin_key)
        assert res.code == OK
        answered_meanwhile += not stuck.done()
    assert answered_meanwhile == 5
    assert not stuck.done()
    res = await stuck
    assert_error(res, DEADLINE_EXCEEDED, "pkg/scripting/javascript:script_timeout")
    monkeypatch.undo()  # upstream's timeout again
    # The same script fails the same way again, and does not hold up others.
    runs = await asyncio.gather(*(client.call(APP_AS + "DecodeUplink", decode_up(
        app, {"f_port": 1, "frm_payload": "AQ=="}, JS, runaway), admin_key) for _ in range(2)))
    assert all(r.error_name == "pkg/scripting/javascript:script_timeout" for r in runs)
    res = await client.call(APP_AS + "DecodeUplink", decode_up(app, {"f_port": 1, "frm_payload": "CSk="}, JS, DECODER),
                            admin_key)
    assert res.code == OK and res.response.uplink.decoded_payload["temperature"] == 23.45
