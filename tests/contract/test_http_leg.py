"""The HTTP leg of the contract tests is a client of upstream's API, not a second copy of ttsl.

It must not borrow the gateway's codec (a codec bug would then pass both legs), and its own
spelling tables (``support.upstream_json``) must agree with upstream's published data: the
golden encodings and the OpenAPI document in ``shared/reference``.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from google.protobuf import descriptor_pool, duration_pb2, message_factory, timestamp_pb2

from support import upstream_json
from support.upstream_json import UpstreamJSONError, from_json, to_json
from ttn.lorawan.v3 import end_device_pb2, identifiers_pb2, keys_pb2, lorawan_pb2, messages_pb2, rights_pb2

TESTS = Path(__file__).resolve().parents[1]
REFERENCE = TESTS.parent.parent / "shared" / "reference"
HTTP_LEG = [TESTS / "support" / name for name in ("transports.py", "streams.py", "upstream_json.py")]


def _reference(name: str) -> Path:
    path = REFERENCE / name
    if not path.exists():
        pytest.skip(f"upstream reference {path} is not available")
    return path


# --- independence ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", HTTP_LEG, ids=lambda p: p.name)
def test_the_http_leg_imports_nothing_of_the_gateway(path):
    imported = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            imported.add(node.module)
    assert not {name for name in imported if name == "gateway" or name.startswith("gateway.")}, imported


def test_the_http_leg_loads_no_gateway_module():
    """Not even through another module: gateway.marshal and gateway.codec stay unloaded."""
    probe = (
        "import sys; import support.transports, support.streams, support.upstream_json; "
        "print(sorted(m for m in sys.modules if m == 'gateway' or m.startswith('gateway.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=TESTS, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(TESTS), "PATH": ""},
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


# --- upstream's spelling, from FIDELITY §3's examples -----------------------------------------


def test_identifiers_keys_and_uplinks_as_upstream_writes_them():
    ids = identifiers_pb2.EndDeviceIdentifiers(
        device_id="dev1", dev_eui=bytes.fromhex("70B3D57ED000ABCD"), join_eui=bytes(8),
        dev_addr=bytes.fromhex("260B1234"),
    )
    ids.application_ids.application_id = "app1"
    written = {"device_id": "dev1", "application_ids": {"application_id": "app1"},
               "dev_eui": "70B3D57ED000ABCD", "join_eui": "0000000000000000", "dev_addr": "260B1234"}
    assert to_json(ids) == written
    assert from_json(identifiers_pb2.EndDeviceIdentifiers, written) == ids

    key = keys_pb2.KeyEnvelope(key=bytes.fromhex("0123456789ABCDEF0123456789ABCDEF"))
    assert to_json(key) == {"key": "0123456789ABCDEF0123456789ABCDEF"}

    up = messages_pb2.ApplicationUplink(frm_payload=b"\x01\x02\x03", f_port=1)
    up.settings.frequency = 868100000
    up.settings.data_rate.lora.bandwidth = 125000
    assert to_json(up) == {"f_port": 1, "frm_payload": "AQID",
                           "settings": {"frequency": "868100000", "data_rate": {"lora": {"bandwidth": 125000}}}}


def test_enums_wrappers_masks_and_times_as_upstream_writes_them():
    device = end_device_pb2.EndDevice(lorawan_version=lorawan_pb2.MAC_V1_0_3)
    device.mac_settings.rx2_data_rate_index.value = lorawan_pb2.DATA_RATE_3
    device.mac_settings.supports_32_bit_f_cnt.value = True
    device.created_at.FromJsonString("2024-01-02T03:04:05.120Z")
    assert to_json(device) == {
        "lorawan_version": "MAC_V1_0_3",
        "mac_settings": {"rx2_data_rate_index": 3, "supports_32_bit_f_cnt": True},
        "created_at": "2024-01-02T03:04:05.120Z",
    }
    request = end_device_pb2.SetEndDeviceRequest()
    request.field_mask.paths[:] = ["mac_settings.supports_32_bit_f_cnt", "ids.dev_eui"]
    assert to_json(request) == {"field_mask": {"paths": ["mac_settings.supports_32_bit_f_cnt", "ids.dev_eui"]}}
    assert to_json(duration_pb2.Duration(nanos=61696000)) == "0.061696s"
    assert to_json(timestamp_pb2.Timestamp(seconds=1)) == "1970-01-01T00:00:01Z"
    rights = rights_pb2.Rights(rights=[rights_pb2.RIGHT_ALL, 0])
    assert to_json(rights) == {"rights": ["RIGHT_ALL", "right_invalid"]}


@pytest.mark.parametrize("field, value, why", [
    ("dev_eui", "70b3d57ed000abcd", "lower-case hex"),
    ("dev_eui", "cLPVftAAq80=", "base64 where upstream writes hex"),
    ("device_id", 5, "a number for a string"),
    ("unknown_field", "x", "a key upstream never writes"),
])
def test_what_upstream_never_writes_fails_the_leg(field, value, why):
    with pytest.raises(UpstreamJSONError):
        from_json(identifiers_pb2.EndDeviceIdentifiers, {field: value})


@pytest.mark.parametrize("obj", [
    {"lorawan_version": 5},  # a number for a string enum
    {"mac_settings": {"rx2_data_rate_index": "DATA_RATE_3"}},  # a name for a number enum
    {"mac_state": {"last_confirmed_downlink_at": 5}},  # a number for a timestamp
    {"session": {"last_f_cnt_up": "5"}},  # a string for a 32-bit integer
    {"frequency_plan_id": None, "locations": {"x": {"latitude": "north"}}},
])
def test_other_spellings_fail_the_leg(obj):
    with pytest.raises(UpstreamJSONError):
        from_json(end_device_pb2.EndDevice, obj)


def test_64_bit_integers_must_be_strings():
    with pytest.raises(UpstreamJSONError):
        from_json(lorawan_pb2.TxSettings, {"frequency": 868100000})
    assert from_json(lorawan_pb2.TxSettings, {"frequency": "868100000"}).frequency == 868100000


def test_requests_read_as_upstream_reads_them():
    """A user's request may name unknown fields and use the version aliases; upstream reads it."""
    request = from_json(end_device_pb2.EndDevice, {"lorawan_version": "1.0.2", "lorawan_phy_version": "1.0.2-b",
                                                   "resets_f_cnt": True}, ignore_unknown=True)
    assert (request.lorawan_version, request.lorawan_phy_version) == (
        lorawan_pb2.MAC_V1_0_2, lorawan_pb2.PHY_V1_0_2_REV_B)
    assert from_json(end_device_pb2.SetEndDeviceRequest, {"field_mask": "a,b.c"}).field_mask.paths == ["a", "b.c"]


# --- the tables against upstream's published data ---------------------------------------------


def _golden_json_rows():
    rows = []
    for line in _reference("ttnpb_encoding_golden.md").read_text().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 4 and parts[0] == "JSON" and parts[1].startswith("ttnpb."):
            rows.append(("ttn.lorawan.v3." + parts[1][len("ttnpb."):], parts[2], json.loads(parts[3])))
    return rows


def test_the_tables_spell_enums_and_wrappers_as_the_golden_file():
    pool = descriptor_pool.Default()
    checked = set()
    for type_name, value, expected in _golden_json_rows():
        try:
            enum = pool.FindEnumTypeByName(type_name)
        except KeyError:
            enum = None
        if enum is not None:
            assert (enum.full_name in upstream_json.ENUMS_AS_NUMBERS) == isinstance(expected, int), type_name
            if value in enum.values_by_name:
                assert upstream_json.enum_to_json(enum, enum.values_by_name[value].number) == expected
                checked.add(type_name)
            continue
        try:
            desc = pool.FindMessageTypeByName(type_name)
        except KeyError:
            continue
        assert type_name in upstream_json.BARE_WRAPPERS, type_name
        cls = message_factory.GetMessageClass(desc)
        message = from_json(cls, {"value": _golden_value(desc, value)} if value else {})
        assert to_json(message) == expected, (type_name, value)
        checked.add(type_name)
    assert {"ttn.lorawan.v3.Right", "ttn.lorawan.v3.DataRateIndexValue", "ttn.lorawan.v3.BoolValue",
            "ttn.lorawan.v3.ZeroableFrequencyValue"} <= checked, sorted(checked)


def _golden_value(desc, value: str):
    text = value[len("value:"):]
    field = desc.fields_by_name["value"]
    if field.enum_type is not None:
        return upstream_json.enum_to_json(field.enum_type, field.enum_type.values_by_name[text].number)
    if field.type == field.TYPE_BOOL:
        return text == "true"
    return text  # 64-bit frequencies, as strings


def test_every_wrapper_of_ours_is_in_the_table():
    """Our wrapper messages are the upstream ones the table names (it is not read from our protos)."""
    pool = descriptor_pool.Default()
    for name in upstream_json.BARE_WRAPPERS:
        desc = pool.FindMessageTypeByName(name)
        assert list(desc.fields_by_name) == ["value"], name


_HEX_EXAMPLE = re.compile(r'"?(?:[0-9A-F]{2})+"?\Z')


def test_the_hex_table_agrees_with_the_openapi_document():
    """Every property the OpenAPI document gives as a hex string is in the table; no property it
    gives as base64 is, but for the exceptions the table names."""
    definitions = json.loads(_reference("api.swagger.json").read_text())["definitions"]
    exceptions = {name.rsplit(".", 1)[-1] for name in upstream_json.BASE64_DESPITE_NAME}
    exceptions |= {name.rsplit(".", 1)[-1] for name in upstream_json.DEV_ADDR_PREFIX_FIELDS}
    hex_properties = set()
    for definition in definitions.values():
        for name, prop in (definition.get("properties") or {}).items():
            if prop.get("format") == "string" and _HEX_EXAMPLE.match(str(prop.get("example", ""))):
                hex_properties.add(name)
            items = prop.get("items") or {}
            if prop.get("format") == "byte" or items.get("format") == "byte":
                assert name not in upstream_json.HEX_FIELD_NAMES or name in exceptions, name
    assert hex_properties <= upstream_json.HEX_FIELD_NAMES, hex_properties - upstream_json.HEX_FIELD_NAMES
    assert len(hex_properties) >= 15, sorted(hex_properties)
