"""Golden tests of the JSON codec (gateway/codec/), one row per rule of FIDELITY §3.

Rows use our own messages where they carry the rule, and a test-only message (`Kitchen`,
compiled from the .proto text below) for the rules our API messages do not all exercise yet.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
import re
import tempfile
from pathlib import Path

import orjson
import pytest
from google.protobuf import (  # the well-known types KITCHEN_PROTO imports must be loaded
    any_pb2,  # noqa: F401
    descriptor_pb2,
    descriptor_pool,
    duration_pb2,
    empty_pb2,
    field_mask_pb2,
    json_format,
    message_factory,
    struct_pb2,
    timestamp_pb2,
    wrappers_pb2,
)
from google.rpc import status_pb2

import ttn.lorawan.v3
from gateway import codec
from gateway.codec import JSONError, decoder
from ttn.lorawan.v3 import application_pb2, error_pb2, identifiers_pb2, rights_pb2

REPO = Path(__file__).resolve().parents[3]
REFERENCE = REPO.parent / "shared" / "reference"

KITCHEN_PROTO = """
syntax = "proto3";
package ttsl.test.marshal;

import "google/protobuf/any.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/empty.proto";
import "google/protobuf/field_mask.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/wrappers.proto";
import "ttsl/annotations.proto";

enum Mode {
  option (ttsl.annotations.enum_json) = {as_string: true, prefix: "MODE"};
  MODE_UNKNOWN = 0;
  MODE_V1_0_2 = 1 [(ttsl.annotations.enum_value_json) = {aliases: ["1.0.2"]}];
  MODE_FAST = 2;
}

enum Level {
  LEVEL_0 = 0;
  LEVEL_1 = 1;
}

message Frequency {
  option (ttsl.annotations.message_json) = {wrapper: true};
  uint64 value = 1;
}

message LevelValue {
  option (ttsl.annotations.message_json) = {wrapper: true};
  Level value = 1;
}

message ModeValue {
  option (ttsl.annotations.message_json) = {wrapper: true};
  Mode value = 1;
}

message Kitchen {
  string s = 1;
  string declared_early = 60;
  bool b = 2;
  int32 i32 = 3;
  uint32 u32 = 4;
  int64 i64 = 5;
  uint64 u64 = 6;
  sint64 si64 = 7;
  fixed64 f64 = 8;
  double d = 9;
  float f = 10;
  bytes raw = 11;
  bytes eui = 12 [(ttsl.annotations.json).hex = true, (ttsl.annotations.rules).bytes_len = 8];
  bytes key_any = 13 [(ttsl.annotations.json).hex = true];
  Mode mode = 14;
  Level level = 15;
  repeated Mode modes = 16;
  repeated string tags = 17;
  repeated bytes addrs = 18 [(ttsl.annotations.json).hex = true, (ttsl.annotations.rules).bytes_len = 4];
  repeated int64 bigs = 19;
  map<string, string> attrs = 20;
  map<int32, string> by_int = 21;
  map<bool, int64> by_bool = 22;
  map<string, Kitchen> children = 23;
  optional uint32 opt = 24;
  oneof choice {
    string name = 25;
    Kitchen sub = 26;
    uint32 number = 27;
  }
  google.protobuf.Timestamp at = 28;
  google.protobuf.Duration ttl = 29;
  google.protobuf.FieldMask mask = 30;
  google.protobuf.Struct data = 31;
  google.protobuf.Value value = 32;
  google.protobuf.ListValue list = 33;
  google.protobuf.Empty empty = 34;
  google.protobuf.Any any = 35;
  repeated google.protobuf.Any anys = 36;
  google.protobuf.BoolValue bool_value = 37;
  google.protobuf.UInt32Value u32_value = 38;
  google.protobuf.StringValue str_value = 39;
  google.protobuf.FloatValue float_value = 40;
  google.protobuf.Int64Value i64_value = 41;
  google.protobuf.BytesValue bytes_value = 42;
  Frequency frequency = 43;
  LevelValue level_value = 44;
  ModeValue mode_value = 45;
  repeated Kitchen items = 46;
}
"""


def _load_kitchen():
    """Compile KITCHEN_PROTO into the default pool (so that Any can resolve it)."""
    pool = descriptor_pool.Default()
    try:
        return pool.FindMessageTypeByName("ttsl.test.marshal.Kitchen")
    except KeyError:
        pass
    grpc_tools = pytest.importorskip("grpc_tools")
    from grpc_tools import protoc

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ttsl_test_marshal.proto"
        src.write_text(KITCHEN_PROTO)
        out = Path(tmp) / "set.pb"
        include = Path(grpc_tools.__file__).parent / "_proto"
        code = protoc.main(
            ["protoc", f"-I{tmp}", f"-I{REPO / 'protos'}", f"-I{include}", f"--descriptor_set_out={out}", str(src)]
        )
        assert code == 0, "protoc failed on the test proto"
        fds = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
    pool.Add(fds.file[0])
    return pool.FindMessageTypeByName("ttsl.test.marshal.Kitchen")


_KITCHEN_DESC = _load_kitchen()
Kitchen = message_factory.GetMessageClass(_KITCHEN_DESC)
Frequency = message_factory.GetMessageClass(_KITCHEN_DESC.file.message_types_by_name["Frequency"])
K_FIELD = _KITCHEN_DESC.fields_by_name


def kitchen(**fields):
    return Kitchen(**fields)


def ts(text: str) -> timestamp_pb2.Timestamp:
    t = timestamp_pb2.Timestamp()
    t.FromJsonString(text)
    return t


def application() -> application_pb2.Application:
    app = application_pb2.Application(
        name="Test app",
        description="An application",
        network_server_address="ns.example.com",
    )
    app.ids.application_id = "app1"
    app.created_at.CopyFrom(ts("2024-03-01T12:00:00.123Z"))
    app.updated_at.CopyFrom(ts("2024-03-02T08:30:00.000456Z"))
    app.attributes["zeta"] = "1"
    app.attributes["alpha"] = "2"
    app.attributes["mid"] = "3"
    app.administrative_contact.user_ids.user_id = "admin"
    return app


def device_ids() -> identifiers_pb2.EndDeviceIdentifiers:
    ids = identifiers_pb2.EndDeviceIdentifiers(
        device_id="dev1",
        dev_eui=bytes.fromhex("70b3d57ed000abcd"),
        join_eui=bytes(8),
        dev_addr=bytes.fromhex("260b1234"),
    )
    ids.application_ids.application_id = "app1"
    return ids


def error_status() -> status_pb2.Status:
    details = error_pb2.ErrorDetails(
        namespace="pkg/identityserver/store",
        name="application_not_found",
        message_format="application with id `{application_id}` not found",
        correlation_id="7d4a76e4b2074fdfbb6d0fac81d8647c",
        code=5,
    )
    details.attributes.update({"application_id": "app1"})
    status = status_pb2.Status(
        code=5,
        message="error:pkg/identityserver/store:application_not_found (application with id `app1` not found)",
    )
    status.details.add().Pack(details)
    return status


def _kitchen_any() -> Kitchen:
    inner = kitchen(s="inner", i64=7)
    k = kitchen()
    k.any.Pack(inner)
    k.anys.add().Pack(ts("2020-01-01T00:00:00Z"))
    k.anys.add().Pack(duration_pb2.Duration(seconds=1, nanos=500_000_000))
    k.anys.add().Pack(wrappers_pb2.BoolValue(value=True))
    k.anys.add().Pack(empty_pb2.Empty())
    return k


# --- output ----------------------------------------------------------------------------------

KITCHEN_URL = "type.googleapis.com/ttsl.test.marshal.Kitchen"
ANY_OBJ = {
    "any": {"@type": KITCHEN_URL, "s": "inner", "i64": "7"},
    "anys": [
        {"@type": "type.googleapis.com/google.protobuf.Timestamp", "value": "2020-01-01T00:00:00Z"},
        {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "1.500s"},
        {"@type": "type.googleapis.com/google.protobuf.BoolValue", "value": True},
        {"@type": "type.googleapis.com/google.protobuf.Empty", "value": {}},
    ],
}

OUTPUT = [
    # (id, message factory, expected JSON object)
    ("proto names, set fields only", lambda: device_ids(),
     {"device_id": "dev1", "application_ids": {"application_id": "app1"},
      "dev_eui": "70B3D57ED000ABCD", "join_eui": "0000000000000000", "dev_addr": "260B1234"}),
    ("empty message", lambda: application_pb2.Application(), {}),
    ("empty list is {}", lambda: application_pb2.Applications(), {}),
    ("zero values omitted", lambda: kitchen(s="", b=False, i32=0, u64=0, mode=0, d=0.0), {}),
    ("present empty sub-message", lambda: application_pb2.GetApplicationRequest(
        application_ids=identifiers_pb2.ApplicationIdentifiers()), {"application_ids": {}}),
    ("64-bit integers as strings", lambda: kitchen(i64=-5, u64=18446744073709551615, si64=-1, f64=9),
     {"i64": "-5", "u64": "18446744073709551615", "si64": "-1", "f64": "9"}),
    ("32-bit integers as numbers", lambda: kitchen(i32=-7, u32=4294967295), {"i32": -7, "u32": 4294967295}),
    ("bool", lambda: kitchen(b=True), {"b": True}),
    ("double integral written without fraction", lambda: kitchen(d=5.0), {"d": 5}),
    ("double", lambda: kitchen(d=-0.25), {"d": -0.25}),
    ("float shortest", lambda: kitchen(f=1.1), {"f": 1.1}),
    ("double NaN", lambda: kitchen(d=math.nan), {"d": "NaN"}),
    ("double +Inf", lambda: kitchen(d=math.inf), {"d": "Infinity"}),
    ("float -Inf", lambda: kitchen(f=-math.inf), {"f": "-Infinity"}),
    ("bytes base64 std padded", lambda: kitchen(raw=b"\x01\x02\x03\xfb\xff"), {"raw": "AQID+/8="}),
    ("hex bytes upper-case", lambda: kitchen(eui=bytes.fromhex("70b3d57ed000abcd"), key_any=b"\xab"),
     {"eui": "70B3D57ED000ABCD", "key_any": "AB"}),
    ("repeated hex bytes", lambda: kitchen(addrs=[b"\x26\x0b\x12\x34", b"\x00\x00\x00\x01"]),
     {"addrs": ["260B1234", "00000001"]}),
    ("enum as string", lambda: kitchen(mode=2), {"mode": "MODE_FAST"}),
    ("enum without option as number", lambda: kitchen(level=1), {"level": 1}),
    ("undeclared enum number", lambda: kitchen(mode=7), {"mode": "7"}),
    ("repeated enum", lambda: kitchen(modes=[0, 1]), {"modes": ["MODE_UNKNOWN", "MODE_V1_0_2"]}),
    ("rights", lambda: rights_pb2.Rights(rights=[15, 28, 0]),
     {"rights": ["RIGHT_APPLICATION_INFO", "RIGHT_APPLICATION_ALL", "right_invalid"]}),
    ("repeated int64", lambda: kitchen(bigs=[1, -2]), {"bigs": ["1", "-2"]}),
    ("maps: string keys (sorted)", lambda: kitchen(attrs={"b": "2", "a": "1"}), {"attrs": {"a": "1", "b": "2"}}),
    ("maps: int keys", lambda: kitchen(by_int={3: "x", -1: "y"}), {"by_int": {"-1": "y", "3": "x"}}),
    ("maps: bool keys, int64 values", lambda: kitchen(by_bool={True: 5, False: 0}),
     {"by_bool": {"false": "0", "true": "5"}}),
    ("maps: message values", lambda: kitchen(children={"c": kitchen(i64=1)}), {"children": {"c": {"i64": "1"}}}),
    ("proto3 optional present at zero", lambda: kitchen(opt=0), {"opt": 0}),
    ("oneof member at zero", lambda: kitchen(number=0), {"number": 0}),
    ("oneof message member", lambda: kitchen(sub=kitchen(s="x")), {"sub": {"s": "x"}}),
    ("declaration order", lambda: kitchen(b=True, declared_early="e", s="s"),
     {"s": "s", "declared_early": "e", "b": True}),
    ("timestamp whole seconds", lambda: kitchen(at=ts("2024-03-01T12:00:00Z")), {"at": "2024-03-01T12:00:00Z"}),
    ("timestamp millis", lambda: kitchen(at=timestamp_pb2.Timestamp(seconds=1, nanos=500_000_000)),
     {"at": "1970-01-01T00:00:01.500Z"}),
    ("timestamp micros", lambda: kitchen(at=timestamp_pb2.Timestamp(seconds=0, nanos=1000)),
     {"at": "1970-01-01T00:00:00.000001Z"}),
    ("timestamp nanos", lambda: kitchen(at=timestamp_pb2.Timestamp(seconds=-1, nanos=1)),
     {"at": "1969-12-31T23:59:59.000000001Z"}),
    ("timestamp at epoch is present", lambda: kitchen(at=timestamp_pb2.Timestamp()), {"at": "1970-01-01T00:00:00Z"}),
    ("duration millis", lambda: kitchen(ttl=duration_pb2.Duration(seconds=1, nanos=500_000_000)), {"ttl": "1.500s"}),
    ("duration micros", lambda: kitchen(ttl=duration_pb2.Duration(nanos=61_696_000)), {"ttl": "0.061696s"}),
    ("duration whole", lambda: kitchen(ttl=duration_pb2.Duration(seconds=3600)), {"ttl": "3600s"}),
    ("duration negative nanos", lambda: kitchen(ttl=duration_pb2.Duration(seconds=-1, nanos=-5)),
     {"ttl": "-1.000000005s"}),
    ("duration zero present", lambda: kitchen(ttl=duration_pb2.Duration()), {"ttl": "0s"}),
    ("field mask legacy object", lambda: application_pb2.GetApplicationRequest(
        field_mask=field_mask_pb2.FieldMask(paths=["name", "attributes"])),
     {"field_mask": {"paths": ["name", "attributes"]}}),
    ("empty field mask present", lambda: application_pb2.GetApplicationRequest(
        field_mask=field_mask_pb2.FieldMask()), {"field_mask": {"paths": []}}),
    ("struct plain JSON", lambda: kitchen(data=struct_pb2.Struct(fields={
        "n": struct_pb2.Value(number_value=3), "f": struct_pb2.Value(number_value=1.5),
        "s": struct_pb2.Value(string_value="x"), "z": struct_pb2.Value(null_value=0),
        "l": struct_pb2.Value(list_value=struct_pb2.ListValue(values=[struct_pb2.Value(bool_value=True)]))})),
     {"data": {"f": 1.5, "l": [True], "n": 3, "s": "x", "z": None}}),
    ("value null", lambda: kitchen(value=struct_pb2.Value(null_value=0)), {"value": None}),
    ("list value", lambda: kitchen(list=struct_pb2.ListValue(values=[struct_pb2.Value(string_value="a")])),
     {"list": ["a"]}),
    ("empty", lambda: kitchen(empty={}), {"empty": {}}),
    ("any inline and WKT value forms", _kitchen_any, ANY_OBJ),
    ("google wrappers bare", lambda: kitchen(
        bool_value=wrappers_pb2.BoolValue(value=False), u32_value=wrappers_pb2.UInt32Value(value=3),
        str_value=wrappers_pb2.StringValue(value="s"), float_value=wrappers_pb2.FloatValue(value=0.1),
        i64_value=wrappers_pb2.Int64Value(value=9), bytes_value=wrappers_pb2.BytesValue(value=b"\x01")),
     {"bool_value": False, "u32_value": 3, "str_value": "s", "float_value": 0.1, "i64_value": "9",
      "bytes_value": "AQ=="}),
    ("own wrappers bare, zero value present", lambda: kitchen(
        frequency={"value": 868100000}, level_value={}, mode_value={}),
     {"frequency": "868100000", "level_value": 0, "mode_value": "MODE_UNKNOWN"}),
    ("api key with expiry", lambda: rights_pb2.APIKey(
        id="KEYID", name="k", rights=[15], expires_at=ts("2030-01-01T00:00:00Z")),
     {"id": "KEYID", "name": "k", "rights": ["RIGHT_APPLICATION_INFO"], "expires_at": "2030-01-01T00:00:00Z"}),
    ("error status (protojson form)", error_status,
     {"code": 5,
      "message": "error:pkg/identityserver/store:application_not_found (application with id `app1` not found)",
      "details": [{"@type": "type.googleapis.com/ttn.lorawan.v3.ErrorDetails",
                   "namespace": "pkg/identityserver/store", "name": "application_not_found",
                   "message_format": "application with id `{application_id}` not found",
                   "attributes": {"application_id": "app1"},
                   "correlation_id": "7d4a76e4b2074fdfbb6d0fac81d8647c", "code": 5}]}),
    ("top-level timestamp", lambda: ts("2024-03-01T12:00:00.100Z"), "2024-03-01T12:00:00.100Z"),
    ("top-level wrapper", lambda: Frequency(value=1), "1"),
]


@pytest.mark.parametrize("make,expected", [r[1:] for r in OUTPUT], ids=[r[0] for r in OUTPUT])
def test_output(make, expected):
    message = make()
    assert codec.to_obj(message) == expected
    assert codec.encode(message) == orjson.dumps(expected)


def test_output_bytes_application():
    assert codec.encode(application()) == (
        b'{"ids":{"application_id":"app1"},"created_at":"2024-03-01T12:00:00.123Z",'
        b'"updated_at":"2024-03-02T08:30:00.000456Z","name":"Test app","description":"An application",'
        b'"attributes":{"alpha":"2","mid":"3","zeta":"1"},'
        b'"administrative_contact":{"user_ids":{"user_id":"admin"}},'
        b'"network_server_address":"ns.example.com"}'
    )


def test_output_declaration_order_application():
    app = application()
    app.deleted_at.CopyFrom(ts("2024-03-03T00:00:00Z"))
    assert list(codec.to_obj(app))[:5] == ["ids", "created_at", "updated_at", "deleted_at", "name"]


@pytest.mark.parametrize(
    "make",
    [application, device_ids, error_status,
     lambda: rights_pb2.APIKey(id="K", rights=[15, 28], expires_at=ts("2030-01-01T00:00:00.5Z")),
     lambda: application_pb2.GetApplicationRequest(
         application_ids={"application_id": "a"}, field_mask={"paths": ["name"]})],
    ids=["application", "end device ids (hex)", "status", "api key", "field mask"],
)
def test_output_matches_protojson_where_standard(make):
    message = make()
    reference = json_format.MessageToDict(message, preserving_proto_field_name=True)
    ours = codec.to_obj(message)
    if "dev_eui" in reference:  # protojson writes base64; upstream writes hex
        for key in ("dev_eui", "join_eui", "dev_addr"):
            reference[key] = getattr(message, key).hex().upper()
    if "field_mask" in reference:  # protojson writes "a,b"; upstream the legacy object
        reference["field_mask"] = {"paths": reference["field_mask"].split(",")}
    assert ours == reference


# --- input ---------------------------------------------------------------------------------------

INPUT = [
    # (id, message class, JSON text, expected message factory)
    ("proto names", identifiers_pb2.EndDeviceIdentifiers,
     '{"device_id":"dev1","application_ids":{"application_id":"app1"},"dev_eui":"70B3D57ED000ABCD",'
     '"join_eui":"0000000000000000","dev_addr":"260B1234"}', device_ids),
    ("lowerCamel names", identifiers_pb2.EndDeviceIdentifiers,
     '{"deviceId":"dev1","applicationIds":{"applicationId":"app1"},"devEui":"70b3d57ed000abcd",'
     '"joinEui":"0000000000000000","devAddr":"260b1234"}', device_ids),
    ("unknown keys ignored", application_pb2.Application, '{"nope":1,"name":"x","ids":{"x":[1]}}',
     lambda: application_pb2.Application(name="x", ids={})),
    ("empty object marks a sub-message present", application_pb2.GetApplicationRequest,
     '{"application_ids":{}}', lambda: application_pb2.GetApplicationRequest(application_ids={})),
    ("null unsets", Kitchen, '{"s":null,"at":null,"tags":null,"attrs":null,"mode":null,"sub":null}', Kitchen),
    ("64-bit from string and number", Kitchen, '{"i64":"-5","u64":18446744073709551615,"si64":-1,"f64":"9"}',
     lambda: kitchen(i64=-5, u64=18446744073709551615, si64=-1, f64=9)),
    ("32-bit from number and string", Kitchen, '{"i32":"-7","u32":4294967295}', lambda: kitchen(i32=-7, u32=4294967295)),
    ("integral float for int", Kitchen, '{"u32":1e3}', lambda: kitchen(u32=1000)),
    ("floats from number and strings", Kitchen, '{"d":"1.5","f":2}', lambda: kitchen(d=1.5, f=2.0)),
    ("float special strings", Kitchen, '{"d":"NaN"}', lambda: kitchen(d=math.nan)),
    ("float infinity", Kitchen, '{"d":"-Infinity","f":"Infinity"}', lambda: kitchen(d=-math.inf, f=math.inf)),
    ("bytes std padded", Kitchen, '{"raw":"AQID+/8="}', lambda: kitchen(raw=b"\x01\x02\x03\xfb\xff")),
    ("bytes url unpadded", Kitchen, '{"raw":"AQID-_8"}', lambda: kitchen(raw=b"\x01\x02\x03\xfb\xff")),
    ("hex lower-case", Kitchen, '{"eui":"70b3d57ed000abcd"}', lambda: kitchen(eui=bytes.fromhex("70b3d57ed000abcd"))),
    ("hex field from base64", Kitchen, '{"eui":"cLPVftAAq80="}', lambda: kitchen(eui=bytes.fromhex("70b3d57ed000abcd"))),
    ("hex field from unpadded url base64", Kitchen, '{"eui":"cLPVftAAq80"}',
     lambda: kitchen(eui=bytes.fromhex("70b3d57ed000abcd"))),
    ("hex field empty is unset", Kitchen, '{"eui":""}', Kitchen),
    ("hex field without length", Kitchen, '{"key_any":"0a0B"}', lambda: kitchen(key_any=b"\x0a\x0b")),
    ("repeated hex", Kitchen, '{"addrs":["260B1234","JgsSNA=="]}', lambda: kitchen(addrs=[b"\x26\x0b\x12\x34"] * 2)),
    ("enum full name", Kitchen, '{"mode":"MODE_FAST"}', lambda: kitchen(mode=2)),
    ("enum without prefix", Kitchen, '{"mode":"FAST"}', lambda: kitchen(mode=2)),
    ("enum alias", Kitchen, '{"mode":"1.0.2"}', lambda: kitchen(mode=1)),
    ("enum number", Kitchen, '{"mode":2,"level":1}', lambda: kitchen(mode=2, level=1)),
    ("enum numeric string", Kitchen, '{"mode":"2","level":"LEVEL_1"}', lambda: kitchen(mode=2, level=1)),
    ("rights in every spelling", rights_pb2.Rights,
     '{"rights":["RIGHT_APPLICATION_INFO","APPLICATION_INFO",15,"15","right_invalid","ALL"]}',
     lambda: rights_pb2.Rights(rights=[15, 15, 15, 15, 0, 55])),
    ("repeated replaces", Kitchen, '{"tags":["a","b"],"bigs":["1",2]}', lambda: kitchen(tags=["a", "b"], bigs=[1, 2])),
    ("maps", Kitchen, '{"attrs":{"a":"1"},"byInt":{"-3":"x"},"by_bool":{"true":"5"},"children":{"c":{"s":"x"}}}',
     lambda: kitchen(attrs={"a": "1"}, by_int={-3: "x"}, by_bool={True: 5}, children={"c": kitchen(s="x")})),
    ("optional zero present", Kitchen, '{"opt":0}', lambda: kitchen(opt=0)),
    ("oneof member", Kitchen, '{"number":0}', lambda: kitchen(number=0)),
    ("oneof null member does not count", Kitchen, '{"name":null,"number":3}', lambda: kitchen(number=3)),
    ("timestamp", Kitchen, '{"at":"2024-03-01T12:00:00.123456789Z"}',
     lambda: kitchen(at=ts("2024-03-01T12:00:00.123456789Z"))),
    ("timestamp single-digit hour", Kitchen, '{"at":"2024-03-01T1:00:00Z"}', lambda: kitchen(at=ts("2024-03-01T01:00:00Z"))),
    ("duration Go units", Kitchen, '{"ttl":"1h2m"}', lambda: kitchen(ttl=duration_pb2.Duration(seconds=3720))),
    ("duration fraction", Kitchen, '{"ttl":"1.5s"}', lambda: kitchen(ttl=duration_pb2.Duration(seconds=1, nanos=500_000_000))),
    ("duration millis", Kitchen, '{"ttl":"300ms"}', lambda: kitchen(ttl=duration_pb2.Duration(nanos=300_000_000))),
    ("duration negative", Kitchen, '{"ttl":"-1.5s"}', lambda: kitchen(ttl=duration_pb2.Duration(seconds=-1, nanos=-500_000_000))),
    ("field mask object", Kitchen, '{"mask":{"paths":["a","b.c"]}}', lambda: kitchen(mask={"paths": ["a", "b.c"]})),
    ("field mask comma string", Kitchen, '{"mask":"a,b.c"}', lambda: kitchen(mask={"paths": ["a", "b.c"]})),
    ("struct", Kitchen, '{"data":{"a":[1,"x",null,{"b":true}]}}',
     lambda: kitchen(data=_struct({"a": [1, "x", None, {"b": True}]}))),
    ("value null is a null value", Kitchen, '{"value":null}', lambda: kitchen(value=struct_pb2.Value(null_value=0))),
    ("empty", Kitchen, '{"empty":{}}', lambda: kitchen(empty={})),
    ("any inline and WKT value forms", Kitchen, orjson.dumps(ANY_OBJ).decode(), _kitchen_any),
    ("google wrappers bare", Kitchen, '{"bool_value":false,"u32Value":3,"str_value":"s","i64_value":"9","bytes_value":"AQ=="}',
     lambda: kitchen(bool_value={}, u32_value={"value": 3}, str_value={"value": "s"}, i64_value={"value": 9},
                     bytes_value={"value": b"\x01"})),
    ("google wrappers as objects", Kitchen, '{"bool_value":{"value":true},"float_value":{"value":"0.5"}}',
     lambda: kitchen(bool_value={"value": True}, float_value={"value": 0.5})),
    ("own wrappers", Kitchen, '{"frequency":"868100000","level_value":{"value":1},"mode_value":"FAST"}',
     lambda: kitchen(frequency={"value": 868100000}, level_value={"value": 1}, mode_value={"value": 2})),
    ("api key with expiry", rights_pb2.APIKey,
     '{"id":"K","rights":["APPLICATION_INFO"],"expires_at":"2030-01-01T00:00:00Z"}',
     lambda: rights_pb2.APIKey(id="K", rights=[15], expires_at=ts("2030-01-01T00:00:00Z"))),
    ("error status", status_pb2.Status, None, error_status),
    ("top-level null is no input", Kitchen, "null", Kitchen),
    ("empty body is no input", Kitchen, "  ", Kitchen),
]


def _struct(obj) -> struct_pb2.Struct:
    s = struct_pb2.Struct()
    s.update(obj)
    return s


@pytest.mark.parametrize("cls,text,expected", [r[1:] for r in INPUT], ids=[r[0] for r in INPUT])
def test_input(cls, text, expected):
    want = expected()
    if text is None:  # round trip of our own output
        text = codec.encode(want)
    got = cls()
    codec.decode(text, got)
    if isinstance(want, Kitchen) and math.isnan(want.d):
        assert math.isnan(got.d)
        return
    assert got == want, f"{got} != {want}"


def test_input_round_trips_output():
    for _name, make, _ in OUTPUT:
        message = make()
        if isinstance(message, Kitchen) and (math.isnan(message.d)):
            continue
        back = type(message)()
        codec.decode(codec.encode(message), back)
        assert back == message, _name


def test_from_obj_merges_into_sub_message():
    request = application_pb2.GetApplicationRequest()
    codec.from_obj({}, request.application_ids)
    assert request.HasField("application_ids")
    app = application_pb2.Application(name="keep")
    codec.from_obj({"description": "new"}, app)
    assert (app.name, app.description) == ("keep", "new")


BAD_INPUT = [
    # (id, message class, JSON text, regular expression the error text must match)
    ("invalid JSON", Kitchen, '{"s":', r"invalid JSON"),
    ("top-level array", Kitchen, "[]", r"Array"),
    ("top-level number", application_pb2.Application, "5", r"Number"),
    ("string for message", application_pb2.Application, '{"ids":"app1"}', r'path "ids".*String'),
    ("object for int", Kitchen, '{"u32":{}}', r'path "u32".*uint32: Object'),
    ("bool for string", Kitchen, '{"s":true}', r"string: Bool"),
    ("string bool", Kitchen, '{"b":"true"}', r"bool: String"),
    ("non-integral number for int", Kitchen, '{"i32":1.5}', r"int32"),
    ("int32 out of range", Kitchen, '{"i32":2147483648}', r"out of range"),
    ("uint32 negative", Kitchen, '{"u32":-1}', r"out of range"),
    ("uint64 out of range", Kitchen, '{"u64":"18446744073709551616"}', r"out of range"),
    ("int string syntax", Kitchen, '{"i64":"12a"}', r"invalid syntax"),
    ("float32 out of range", Kitchen, '{"f":1e39}', r"float32"),
    ("bad base64", Kitchen, '{"raw":"A*=="}', r"illegal base64 data at input byte 1"),
    ("hex wrong length", Kitchen, '{"eui":"70B3D57ED000ABC"}',
     r'path "eui": error:pkg/types:invalid_length \(invalid length: want 8 bytes, got 15 runes\)'),
    ("hex bad digit", Kitchen, '{"eui":"70B3D57ED000ABCG"}', r"invalid byte"),
    ("hex field number", Kitchen, '{"eui":5}', r"bytes: Number"),
    ("unknown enum name", Kitchen, '{"mode":"MODE_SLOW"}', r'unknown value for enum: "MODE_SLOW"'),
    ("unknown right", rights_pb2.Rights, '{"rights":["RIGHT_NOPE"]}', r'path "rights": unknown value for enum'),
    ("enum bool", Kitchen, '{"mode":true}', r"enum: Bool"),
    ("two oneof members", Kitchen, '{"name":"a","number":1}', r"oneof ttsl.test.marshal.Kitchen.choice is already set"),
    ("repeated not array", Kitchen, '{"tags":"a"}', r"array: String"),
    ("map not object", Kitchen, '{"attrs":[]}', r"map: Array"),
    ("int map key", Kitchen, '{"by_int":{"x":"y"}}', r"invalid syntax"),
    ("bool map key", Kitchen, '{"by_bool":{"yes":"1"}}', r'invalid map key "yes"'),
    ("timestamp with offset", Kitchen, '{"at":"2024-03-01T12:00:00+02:00"}', r"invalid time"),
    ("timestamp lower-case z", Kitchen, '{"at":"2024-03-01T12:00:00z"}', r"invalid time"),
    ("timestamp impossible date", Kitchen, '{"at":"2024-02-30T12:00:00Z"}', r"invalid time"),
    ("timestamp number", Kitchen, '{"at":5}', r"time: Number"),
    ("duration without unit", Kitchen, '{"ttl":"5"}', r"missing unit"),
    ("duration unknown unit", Kitchen, '{"ttl":"5x"}', r'unknown unit "x"'),
    ("duration number", Kitchen, '{"ttl":1}', r"duration: Number"),
    ("field mask other key", Kitchen, '{"mask":{"path":["a"]}}', r'unexpected "path"'),
    ("wrapper extra key", Kitchen, '{"bool_value":{"value":true,"x":1}}', r'unexpected "x"'),
    ("wrapper wrong type", Kitchen, '{"u32_value":"x"}', r"invalid syntax"),
    ("any without type", Kitchen, '{"any":{"s":"x"}}', r'missing "@type"'),
    ("any unknown type", Kitchen, '{"any":{"@type":"type.googleapis.com/nope.Nope"}}', r"unable to resolve"),
    ("any WKT without value", Kitchen, '{"any":{"@type":"type.googleapis.com/google.protobuf.Duration"}}',
     r'missing "value"'),
    ("nested path", Kitchen, '{"children":{"c":{"sub":{"eui":"00"}}}}', r'path "children.sub.eui"'),
]


@pytest.mark.parametrize("cls,text,pattern", [r[1:] for r in BAD_INPUT], ids=[r[0] for r in BAD_INPUT])
def test_bad_input(cls, text, pattern):
    with pytest.raises(JSONError) as info:
        codec.decode(text, cls())
    assert re.search(pattern, str(info.value)), str(info.value)


def test_json_error_without_path_is_its_reason():
    assert str(JSONError("type mismatch")) == "type mismatch"


# --- query strings and path variables ------------------------------------------------------------

TEXT = [
    # (id, field, text, expected Python value)
    ("string", K_FIELD["s"], "a b", "a b"),
    ("bool true", K_FIELD["b"], "true", True),
    ("bool Go spelling", K_FIELD["b"], "0", False),
    ("int32", K_FIELD["i32"], "-3", -3),
    ("uint64", K_FIELD["u64"], "18446744073709551615", 18446744073709551615),
    ("double", K_FIELD["d"], "1.25", 1.25),
    ("enum name", K_FIELD["mode"], "MODE_FAST", 2),
    ("enum prefix-less", K_FIELD["mode"], "FAST", 2),
    ("enum alias", K_FIELD["mode"], "1.0.2", 1),
    ("enum number", K_FIELD["mode"], "2", 2),
    ("right", rights_pb2.Rights.DESCRIPTOR.fields_by_name["rights"], "APPLICATION_INFO", 15),
    ("bytes base64", K_FIELD["raw"], "AQID", b"\x01\x02\x03"),
    ("bytes url base64", K_FIELD["raw"], "-_8", b"\xfb\xff"),
    ("hex bytes", K_FIELD["eui"], "70b3d57ed000abcd", bytes.fromhex("70b3d57ed000abcd")),
    ("hex bytes from base64", K_FIELD["eui"], "cLPVftAAq80=", bytes.fromhex("70b3d57ed000abcd")),
    ("dev_eui", identifiers_pb2.EndDeviceIdentifiers.DESCRIPTOR.fields_by_name["dev_eui"], "70B3D57ED000ABCD",
     bytes.fromhex("70b3d57ed000abcd")),
    ("timestamp Z", K_FIELD["at"], "2024-03-01T12:00:00.5Z", ts("2024-03-01T12:00:00.5Z")),
    ("timestamp offset", K_FIELD["at"], "2024-03-01T14:00:00+02:00", ts("2024-03-01T12:00:00Z")),
    ("duration", K_FIELD["ttl"], "1h", duration_pb2.Duration(seconds=3600)),
    ("field mask", K_FIELD["mask"], "a,b", field_mask_pb2.FieldMask(paths=["a", "b"])),
    ("google wrapper", K_FIELD["u32_value"], "7", wrappers_pb2.UInt32Value(value=7)),
    ("own wrapper", K_FIELD["frequency"], "868100000", Frequency(value=868100000)),
]


@pytest.mark.parametrize("field,text,expected", [r[1:] for r in TEXT], ids=[r[0] for r in TEXT])
def test_scalar_from_text(field, text, expected):
    assert codec.scalar_from_text(field, text) == expected


BAD_TEXT = [
    ("bool", K_FIELD["b"], "yes", r'ParseBool: parsing "yes"'),
    ("int", K_FIELD["i32"], "1.5", r"invalid syntax"),
    ("uint range", K_FIELD["u32"], "4294967296", r"out of range"),
    ("enum", K_FIELD["mode"], "SLOW", r"unknown value for enum"),
    ("hex length", K_FIELD["eui"], "70B3", r"invalid_length"),
    ("timestamp", K_FIELD["at"], "yesterday", r"invalid time"),
    ("duration", K_FIELD["ttl"], "1 h", r"duration"),
    ("float", K_FIELD["d"], "1,5", r"invalid syntax"),
]


@pytest.mark.parametrize("field,text,pattern", [r[1:] for r in BAD_TEXT], ids=[r[0] for r in BAD_TEXT])
def test_scalar_from_text_errors(field, text, pattern):
    with pytest.raises(JSONError) as info:
        codec.scalar_from_text(field, text)
    assert re.search(pattern, str(info.value)), str(info.value)


# --- upstream's golden enum spellings -----------------------------------------------------------

def _import_all_v3():
    for module in pkgutil.iter_modules(ttn.lorawan.v3.__path__):
        if module.name.endswith("_pb2"):
            importlib.import_module(f"ttn.lorawan.v3.{module.name}")


def _golden_rows():
    path = REFERENCE / "ttnpb_encoding_golden.md"
    if not path.exists():
        return None
    rows = []
    for line in path.read_text().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 4 and parts[0] == "JSON" and parts[1].startswith("ttnpb."):
            rows.append((parts[1][len("ttnpb."):], parts[2], parts[3]))
    return rows


def test_golden_enum_spellings():
    rows = _golden_rows()
    if rows is None:
        pytest.skip(f"upstream golden file not found under {REFERENCE}")
    _import_all_v3()
    pool = descriptor_pool.Default()
    checked, types = 0, set()
    for type_name, value, encoding in rows:
        full_name = f"ttn.lorawan.v3.{type_name}"
        expected = orjson.loads(encoding)
        try:
            enum = pool.FindEnumTypeByName(full_name)
        except KeyError:
            enum = None
        if enum is not None:
            if value not in enum.values_by_name:
                continue  # a value we do not declare (yet)
            got = codec.enum_to_obj(enum, enum.values_by_name[value].number)
            assert got == expected, f"{type_name}.{value}: {got!r} != {expected!r}"
            checked += 1
            types.add(type_name)
            continue
        try:
            desc = pool.FindMessageTypeByName(full_name)
        except KeyError:
            continue  # a type we do not declare (yet)
        message = message_factory.GetMessageClass(desc)()
        field = desc.fields_by_name["value"]
        if value.startswith("value:"):
            text = value[len("value:"):]
            if field.type == field.TYPE_ENUM:
                if text not in field.enum_type.values_by_name:
                    continue
                message.value = field.enum_type.values_by_name[text].number
            else:
                message.value = codec.scalar_from_text(field, text)
        got = codec.to_obj(message)
        assert got == expected, f"{type_name} {value!r}: {got!r} != {expected!r}"
        checked += 1
        types.add(type_name)
    assert "Right" in types and checked >= 60, (checked, sorted(types))


def test_golden_right_invalid_lower_case():
    enum = rights_pb2.Right.DESCRIPTOR
    assert codec.enum_to_obj(enum, 0) == "right_invalid"


# --- EncodingMemo ---------------------------------------------------------------------------


def test_encoding_memo_answers_as_encode_and_follows_changes():
    memo = codec.EncodingMemo()
    app = application_pb2.Application(name="a", attributes={"k": "v"})
    first = memo.encode(app)
    assert first == codec.encode(app)
    assert memo.encode(application_pb2.Application.FromString(app.SerializeToString())) is first
    app.name = "b"
    assert memo.encode(app) == codec.encode(app) != first
    # same bytes, other type: another JSON form
    ids = identifiers_pb2.ApplicationIdentifiers(application_id="x")
    other = identifiers_pb2.EndDeviceIdentifiers.FromString(ids.SerializeToString())
    assert memo.encode(ids) == codec.encode(ids) and memo.encode(other) == codec.encode(other)


def test_encoding_memo_is_bounded():
    memo = codec.EncodingMemo(entries=2, max_bytes=16)
    for name in ("a", "b", "c", "d"):
        app = application_pb2.Application(name=name)
        assert memo.encode(app) == codec.encode(app)
    assert len(memo._memo) <= 2
    big = application_pb2.Application(name="x" * 100)
    assert memo.encode(big) == codec.encode(big)
    assert all(len(key[1]) <= 16 for key in memo._memo)


# Nesting depth ---------------------------------------------------------------------------------


def _nest(levels: int, leaf="x") -> str:
    """``levels`` JSON containers, objects and arrays in turn, around ``leaf``."""
    text = orjson.dumps(leaf).decode()
    for i in range(levels):
        text = f'{{"a": {text}}}' if i % 2 == 0 else f"[{text}]"
    return text


@pytest.mark.parametrize("as_bytes", [True, False])
def test_json_nested_up_to_max_depth_decodes_and_deeper_is_refused(as_bytes):
    limit = codec.MAX_DEPTH
    for levels, ok in ((limit, True), (limit + 1, False), (500, False)):
        text = _nest(levels)
        value = struct_pb2.Value()
        if ok:
            codec.decode(text.encode() if as_bytes else text, value)
            assert json_format.MessageToDict(value) == orjson.loads(text)
            # ... and it parses again from binary (Python's protobuf stops at 100 levels).
            assert struct_pb2.Value.FromString(value.SerializeToString()) == value
        else:
            with pytest.raises(codec.JSONError, match="exceeded max depth"):
                codec.decode(text.encode() if as_bytes else text, value)


def test_depth_counts_containers_not_brackets_in_strings_or_width():
    wide = "[" + ",".join([_nest(codec.MAX_DEPTH - 1)] * 50) + "]"  # many brackets, MAX_DEPTH deep
    codec.decode(wide, struct_pb2.Value())
    in_strings = '{"a": "' + "{[" * 200 + '"}'
    codec.decode(in_strings, struct_pb2.Struct())
    assert not decoder._deeper_than("scalar", 0)
    assert decoder._deeper_than({"a": [1]}, 1) and not decoder._deeper_than({"a": [1]}, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        (b'{"name": "a",}', "a"),
        (b'{"name": "a" , \n }', "a"),
        (b'{"name": "a,}",}', "a,}"),
        (b'{"name": "q\\",}",}', 'q",}'),
    ],
)
def test_a_comma_before_a_closing_bracket_is_forgiven(text, expected):
    from ttn.lorawan.v3 import application_pb2

    app = application_pb2.Application()
    codec.decode(text, app)
    assert app.name == expected


@pytest.mark.parametrize("text", [b"{,}", b'{"name": "a",,}', b"[1,,]", b'{"name": "a",} x', b'{"name": "a",'])
def test_other_malformed_json_stays_an_error(text):
    from ttn.lorawan.v3 import application_pb2

    with pytest.raises(JSONError):
        codec.decode(text, application_pb2.Application())
