"""Payload formatters: CayenneLPP golden vectors (written from the format: channel, type, value,
big-endian), JavaScript golden cases, normalized payloads, and the V8 engine's bounds."""

from __future__ import annotations

import asyncio

import pytest
import pytest_asyncio
from google.protobuf import json_format, struct_pb2

from server.application.formatters import Formatters, select
from server.application.formatters.cayennelpp import (
    decode_downlink_payload,
    decode_uplink_payload,
    encode_downlink_payload,
)
from server.application.formatters.normalized import go_float, parse, validation_warnings, InvalidPayload
from server.application.formatters.scripting import Marker, ScriptEngine
from server.errors import TTSError
from support.waiting import until
from ttn.lorawan.v3 import identifiers_pb2, messages_pb2

JS, CAYENNE = messages_pb2.FORMATTER_JAVASCRIPT, messages_pb2.FORMATTER_CAYENNELPP


# CayenneLPP --------------------------------------------------------------------------------------
@pytest.mark.parametrize("payload, decoded", [
    ("", {}),
    ("016700ff", {"temperature_1": 25.5}),
    ("0367011005670110", {"temperature_3": 27.2, "temperature_5": 27.2}),
    ("0167ffd7", {"temperature_1": -4.1}),
    ("010001" "020100", {"digital_in_1": 1, "digital_out_2": 0}),
    ("0302012c" "0403ff38", {"analog_in_3": 3.0, "analog_out_4": -2.0}),
    ("0565ffff", {"luminosity_5": 65535}),
    ("066601", {"presence_6": 1}),
    ("076861", {"relative_humidity_7": 48.5}),
    ("0873276f", {"barometric_pressure_8": 1009.5}),
    ("067104d2fb2e0000", {"accelerometer_6": {"x": 1.234, "y": -1.234, "z": 0.0}}),
    ("09860064ff9c0000", {"gyrometer_9": {"x": 1.0, "y": -1.0, "z": 0.0}}),
    ("018806765ff2960a0003e8", {"gps_1": {"latitude": 42.3519, "longitude": -87.9094, "altitude": 10.0}}),
    # A later record of the same channel and type replaces an earlier one.
    ("0167000a" "0167000b", {"temperature_1": 1.1}),
])
def test_cayennelpp_uplink_golden(payload, decoded):
    assert decode_uplink_payload(bytes.fromhex(payload)) == decoded


# A lone byte, a header without its value, a value cut short, an unknown type; a GPS record
# followed by a single byte (the next header cut short).
@pytest.mark.parametrize("payload", ["01", "0167", "016701", "01ff00", "0171000000", "0188" + "00" * 9 + "ff"])
def test_cayennelpp_uplink_refusals(payload):
    with pytest.raises(Exception):
        decode_uplink_payload(bytes.fromhex(payload))


def test_cayennelpp_downlink_golden():
    assert decode_downlink_payload(bytes.fromhex("0104d2" "02ff9c")) == {"value_1": 12.34, "value_2": -1.0}
    # 0xFF as a channel ends the payload.
    assert decode_downlink_payload(bytes.fromhex("0100c8" "ff" "0200")) == {"value_1": 2.0}
    assert decode_downlink_payload(b"") == {}
    with pytest.raises(Exception):
        decode_downlink_payload(bytes.fromhex("0104"))
    # Encoding: value_<channel> numbers only, times 100 truncated to 16 bits (0.29 * 100 is
    # 28.999999999999996 in binary floating point: 28), in channel order.
    assert encode_downlink_payload({"value_2": -1, "value_1": 12.34, "value_10": 0.29}) == bytes.fromhex(
        "0104d2" "02ff9c" "0a001c")
    assert encode_downlink_payload({"value_1": 400, "temperature_1": 1, "value_x": 2, "value_300": 1,
                                    "value_3": "1", "value_4": True, "_5": 1, "value": 1}) == bytes.fromhex("019c40")


async def test_cayennelpp_formatter_messages():
    formatters = Formatters(ScriptEngine())
    up = messages_pb2.ApplicationUplink(f_port=1, frm_payload=bytes.fromhex("03670110"))
    await formatters.decode_uplink(None, None, up, CAYENNE, "")
    assert dict(up.decoded_payload) == {"temperature_3": 27.2}
    with pytest.raises(TTSError) as failure:
        await formatters.decode_uplink(None, None, messages_pb2.ApplicationUplink(frm_payload=b"\x03\x67"), CAYENNE, "")
    assert failure.value.definition.full_name == "pkg/messageprocessors/cayennelpp:output"
    down = messages_pb2.ApplicationDownlink(f_port=3)
    await formatters.encode_downlink(None, None, down, CAYENNE, "")
    assert down.frm_payload == b""  # nothing decoded: nothing done
    down.decoded_payload.update({"value_7": 1.5})
    await formatters.encode_downlink(None, None, down, CAYENNE, "")
    assert (down.f_port, down.frm_payload) == (3, bytes.fromhex("070096"))


class _Setups:
    """How many isolates have been set up (their program compiled) since the test began."""

    count = 0

    async def done(self, n: int) -> None:
        await until(lambda: self.count >= n, f"{n} isolates set up")


@pytest.fixture
def setups(monkeypatch):
    from server.application.formatters import scripting

    counter = _Setups()
    setup = scripting._Isolate.setup

    async def counted_setup(isolate, max_memory):
        await setup(isolate, max_memory)
        counter.count += 1

    monkeypatch.setattr(scripting._Isolate, "setup", counted_setup)
    return counter


# JavaScript golden cases ------------------------------------------------------------------------
@pytest_asyncio.fixture
async def formatters():
    f = Formatters(ScriptEngine())
    yield f
    await f.close()


# The example of upstream's documentation: a temperature and a humidity in two bytes each.
DOCS_SCRIPT = """
function decodeUplink(input) {
  var data = {};
  data.temperature = ((input.bytes[0] << 24 >> 16) | input.bytes[1]) / 100;
  data.humidity = ((input.bytes[2] << 8) | input.bytes[3]) / 100;
  var warnings = [];
  if (data.temperature < -10) warnings.push("it's cold");
  return { data: data, warnings: warnings };
}
function encodeDownlink(input) {
  return { bytes: [input.data.led === "on" ? 1 : 0], fPort: 4 };
}
function decodeDownlink(input) {
  return { data: { led: input.bytes[0] ? "on" : "off" }, warnings: [], errors: [] };
}
"""


async def test_javascript_golden(formatters):
    up = messages_pb2.ApplicationUplink(f_port=2, frm_payload=bytes.fromhex("fc181388"))
    await formatters.decode_uplink(None, None, up, JS, DOCS_SCRIPT)
    assert dict(up.decoded_payload) == {"temperature": -10.0, "humidity": 50.0}
    assert list(up.decoded_payload_warnings) == []
    up = messages_pb2.ApplicationUplink(f_port=2, frm_payload=bytes.fromhex("fb501388"))
    await formatters.decode_uplink(None, None, up, JS, DOCS_SCRIPT)
    assert dict(up.decoded_payload) == {"temperature": -12.0, "humidity": 50.0}
    assert list(up.decoded_payload_warnings) == ["it's cold"]
    assert not up.normalized_payload  # not a measurement

    down = messages_pb2.ApplicationDownlink()
    down.decoded_payload.update({"led": "on"})
    await formatters.encode_downlink(None, None, down, JS, DOCS_SCRIPT)
    assert (down.f_port, down.frm_payload) == (4, b"\x01")
    back = messages_pb2.ApplicationDownlink(f_port=4, frm_payload=b"\x01")
    await formatters.decode_downlink(None, None, back, JS, DOCS_SCRIPT)
    assert dict(back.decoded_payload) == {"led": "on"}


async def test_javascript_inputs_and_outputs(formatters):
    # The input is {bytes, fPort}; an empty payload is an empty array.
    script = "function decodeUplink(input) { return { data: { keys: Object.keys(input), n: input.bytes.length } }; }"
    up = messages_pb2.ApplicationUplink(f_port=9)
    await formatters.decode_uplink(None, None, up, JS, script)
    assert dict(up.decoded_payload) == {"keys": ["bytes", "fPort"], "n": 0}
    # Undefined values are null; typed arrays are arrays; nested objects stay objects.
    script = ("function decodeUplink(i) { return { data: { u: undefined, t: new Uint8Array([1, 2]),"
              " o: { p: [true, 'x', null] } } }; }")
    await formatters.decode_uplink(None, None, up, JS, script)
    assert up.decoded_payload["u"] is None and list(up.decoded_payload["t"]) == [1, 2]
    assert list(up.decoded_payload["o"]["p"]) == [True, "x", None]
    # Encoder input: the decoded payload (null when empty) and the FPort.
    script = "function encodeDownlink(i) { return { bytes: [i.data === null ? 1 : 2, i.fPort] }; }"
    down = messages_pb2.ApplicationDownlink(f_port=5)
    down.decoded_payload.SetInParent()
    await formatters.encode_downlink(None, None, down, JS, script)
    assert (down.f_port, down.frm_payload) == (5, b"\x01\x05")
    # Bytes are numbers made into bytes: truncated, low 8 bits; what is not a number, 0.
    script = "function encodeDownlink(i) { return { bytes: [1.9, -1, 256 + 7, '16', 'x', null, true] }; }"
    down.decoded_payload.update({"a": 1})
    await formatters.encode_downlink(None, None, down, JS, script)
    assert down.frm_payload == bytes([1, 255, 7, 16, 0, 0, 1])


async def test_javascript_normalized_payload(formatters):
    script = """
    function decodeUplink(input) { return { data: { t: input.bytes[0] } }; }
    function normalizeUplink(input) {
      return { data: [{ air: { temperature: input.data.t } }, { wind: { direction: 360, speed: 3 } },
                      { soil: { pH: 15 } }], warnings: ['approximate'] };
    }
    """
    up = messages_pb2.ApplicationUplink(f_port=1, frm_payload=b"\x15")
    await formatters.decode_uplink(None, None, up, JS, script)
    assert [dict(m) for m in up.normalized_payload] == [{"air": {"temperature": 21}}, {"wind": {"speed": 3}}]
    assert list(up.normalized_payload_warnings) == [
        "approximate",
        "measurement 2: `wind.direction` should be less than `360`",
        "measurement 3: `soil.pH` should be equal or less than `14`",
    ]
    # normalizeUplink is not called when the decoder reports errors (which fail the call).
    script = ("function decodeUplink(i) { return { data: {}, errors: ['e'] }; }"
              "function normalizeUplink(i) { while (true) {} }")
    with pytest.raises(TTSError) as failure:
        await formatters.decode_uplink(None, None, up, JS, script)
    assert failure.value.definition.full_name == "pkg/messageprocessors/javascript:output_errors"


def test_normalized_payload_parse():
    def measurement(**fields) -> struct_pb2.Struct:
        s = struct_pb2.Struct()
        s.update(fields)
        return s

    parsed = parse([measurement(time="2024-01-02T03:04:05.123456789Z", air={"co2": 400, "pressure": 800})])
    assert dict(parsed[0].valid) == {"time": "2024-01-02T03:04:05.123456789Z", "air": {"co2": 400}}
    assert validation_warnings(parsed) == ["measurement 1: `air.pressure` should be equal or greater than `900`"]
    for bad in (measurement(temperature=1), measurement(air=1), measurement(air={"co2": "x"}),
                measurement(time="yesterday"), measurement(air={"nope": 1})):
        with pytest.raises(InvalidPayload):
            parse([bad])
    assert go_float(1000000.0) == "1000000" and go_float(-273.15) == "-273.15" and go_float(0.0) == "0"


def test_formatter_selection():
    device = messages_pb2.MessagePayloadFormatters(up_formatter=CAYENNE)
    defaults = messages_pb2.MessagePayloadFormatters(up_formatter=JS, up_formatter_parameter="x", down_formatter=JS)
    assert select(device, defaults, "up") == (CAYENNE, "")
    # A device's formatters override the defaults entirely, even with FORMATTER_NONE.
    assert select(device, defaults, "down") == (messages_pb2.FORMATTER_NONE, "")
    assert select(None, defaults, "up") == (JS, "x")
    assert select(None, None, "down") == (messages_pb2.FORMATTER_NONE, "")


# The engine ------------------------------------------------------------------------------------
async def test_each_call_runs_the_top_level_afresh():
    engine = ScriptEngine()
    try:
        program = "var n = 0; function main(input) { n += input; return n; } return main;"
        assert [await engine.run(program, 5) for _ in range(3)] == [5, 5, 5]
    finally:
        await engine.close()
    assert engine.isolates == 0  # each call's isolate is closed after it


async def test_programs_do_not_share_globals():
    engine = ScriptEngine()
    try:
        polluter = ("globalThis.leak = 1; Array.prototype.slice = null; JSON.stringify = null;"
                    " function main() { return typeof leak; } return main;")
        reader = "function main() { return [typeof leak, typeof [].slice]; } return main;"
        assert await engine.run(polluter, None) == "number"
        assert await engine.run(polluter, None) == "number"  # its own harness is untouched too
        assert await engine.run(reader, None) == ["undefined", "function"]
    finally:
        await engine.close()


# A sloppy-mode global (no `var`), globalThis and a built-in prototype changed by the script.
LEAKY_SCRIPT = """
function decodeUplink(input) {
  if (typeof seen === "undefined") seen = [];
  seen.push(input.bytes);
  globalThis.last = input.bytes;
  Array.prototype.extra = input.bytes[0];
  return { data: { seen: seen, last: typeof last, extra: [].extra } };
}
"""


async def test_no_state_survives_a_call_across_applications_or_calls(formatters):
    app1 = identifiers_pb2.EndDeviceIdentifiers(device_id="dev1")
    app1.application_ids.application_id = "app1"
    app2 = identifiers_pb2.EndDeviceIdentifiers(device_id="dev1")
    app2.application_ids.application_id = "app2"
    for ids, payload in ((app1, b"\x01\x02"), (app2, b"\x05\x06"), (app2, b"\x05\x06"), (app1, b"\x07")):
        up = messages_pb2.ApplicationUplink(f_port=1, frm_payload=payload)
        await formatters.decode_uplink(ids, None, up, JS, LEAKY_SCRIPT)
        decoded = json_format.MessageToDict(up.decoded_payload)
        assert decoded == {"seen": [list(payload)], "last": "object", "extra": payload[0]}


async def test_isolates_alive_are_bounded():
    engine = ScriptEngine(max_isolates=2, timeout=5)
    peak = 0
    try:
        busy = "function main(ms) { var end = Date.now() + ms; while (Date.now() < end) {} return ms; } return main;"

        async def watch():
            nonlocal peak
            while True:
                peak = max(peak, engine.isolates)
                await asyncio.sleep(0.001)

        watcher = asyncio.ensure_future(watch())
        assert await asyncio.gather(*(engine.run(busy, 10) for _ in range(6))) == [10] * 6
        watcher.cancel()
    finally:
        await engine.close()
    assert peak == 2 and engine.isolates == 0


async def test_timeouts_and_memory_are_bounded_and_the_isolate_is_replaced():
    engine = ScriptEngine(timeout=0.05, max_memory=16 << 20)
    try:
        spin = "function main(i) { if (i) { while (true) {} } return 'ok'; } return main;"
        with pytest.raises(TTSError) as failure:  # (how soon: `make bench`)
            await engine.run(spin, True)
        assert failure.value.definition.full_name == "pkg/scripting/javascript:script_timeout"
        assert await engine.run(spin, False) == "ok"
    finally:
        await engine.close()
    # Time enough to reach the heap limit however busy the machine: memory, not time, stops it.
    engine = ScriptEngine(timeout=5, max_memory=16 << 20)
    try:
        hog = "function main(i) { var a = []; if (i) { while (true) a.push(new Array(1e5).fill(i)); } return 1; } return main;"
        with pytest.raises(TTSError) as failure:
            await engine.run(hog, 1)
        assert failure.value.definition.full_name == "pkg/scripting/javascript:script_interrupt"
        assert await engine.run(hog, 0) == 1
    finally:
        await engine.close()


async def test_a_cancelled_call_terminates_its_script(setups):
    # One slot: the next call gets it only once the spinning isolate is closed, which needs its
    # script to have stopped. Its own timeout (5 s, from its arrival) would fail it otherwise.
    engine = ScriptEngine(timeout=5, max_isolates=1)
    try:
        spin = "function main(i) { if (i) { while (true) {} } return 'ok'; } return main;"
        task = asyncio.ensure_future(engine.run(spin, True))
        await setups.done(1)  # set up: the script is called right after
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await engine.run(spin, False) == "ok"
        assert setups.count == 2
    finally:
        await engine.close()


async def test_the_timeout_counts_from_the_arrival_of_a_call(setups):
    engine = ScriptEngine(timeout=0.5, max_isolates=1)
    try:
        busy = "function main(ms) { var end = Date.now() + ms; while (Date.now() < end) {} return ms; } return main;"
        # One slot: the first call takes 300 ms of its 500; the next ones wait for it and their
        # time runs out while queued (or, for the second, while it runs its own 300 ms), instead
        # of each getting 500 ms of its own: at most two isolates are ever made, not five.
        results = await asyncio.gather(*(engine.run(busy, 300) for _ in range(5)), return_exceptions=True)
        assert setups.count <= 2
        assert results[0] == 300
        for failure in results[1:]:
            assert isinstance(failure, TTSError)
            assert failure.definition.full_name == "pkg/scripting/javascript:script_timeout"
        assert await engine.run(busy, 1) == 1  # and the engine is free again
    finally:
        await engine.close()


async def test_array_buffer_memory_is_bounded():
    engine = ScriptEngine()
    try:
        ok = ("function main() { var a = new Uint8Array(1000); a.fill(7); return [a.length, a[999],"
              " new Float64Array(new ArrayBuffer(16)).length, Array.from(new Uint8Array([1, 2, 3]).map(function (x) { return x * 2; })),"
              " new Uint8Array(a.buffer, 0, 4).length] } return main;")
        assert await engine.run(ok, None) == [1000, 7, 2, [2, 4, 6], 4]
        # Over the budget: refused (goja has no such bound; this one is ours).
        for body in (
            "new Uint8Array(2e8)",
            "new ArrayBuffer(2e8)",
            "new Float64Array({length: 1e8})",
            # Many arrays each under the budget; copies through methods that bypass the constructors.
            "(function () { var k = []; for (var i = 0; i < 100; i++) k.push(new Uint8Array(1e6)); })()",
            "(function () { var a = new Uint8Array(3e6); a.constructor = undefined; var k = [];"
            " for (var i = 0; i < 100; i++) k.push(a.slice(), a.map(function (x) { return x; }), a.toReversed()); })()",
            "(function () { var b = new ArrayBuffer(3e6); b.constructor = undefined; var k = [];"
            " for (var i = 0; i < 100; i++) k.push(b.slice(0)); })()",
        ):
            program = f"function main() {{ var r = {body}; return r === undefined ? 'done' : r.byteLength; }} return main;"
            with pytest.raises(TTSError) as failure:
                await engine.run(program, None)
            assert failure.value.definition.full_name == "pkg/scripting/javascript:script", body
            assert "Array buffer allocation failed" in str(failure.value), body
        # Never resizable, as in goja (which ignores the options): a plain 8 bytes.
        program = "function main() { return new ArrayBuffer(8, {maxByteLength: 2e9}).byteLength; } return main;"
        assert await engine.run(program, None) == 8
        gone = "function main() { return [typeof SharedArrayBuffer, typeof Atomics, typeof WebAssembly]; } return main;"
        assert await engine.run(gone, None) == ["undefined"] * 3
    finally:
        await engine.close()


async def test_ten_concurrent_large_allocations_fail():
    # Upstream runs every call at once, each in its own VM: none waits for another. With a slot
    # for each call (and time to spare on a busy machine), so here: each is refused by the
    # budget, as it would be alone.
    formatters = Formatters(ScriptEngine(max_isolates=10, timeout=5))
    script = "function decodeUplink(input) { var b = new Uint8Array(2e8); b.fill(7); return { data: { l: b.length } }; }"

    async def one():
        up = messages_pb2.ApplicationUplink(f_port=1, frm_payload=b"\x01")
        with pytest.raises(TTSError) as failure:
            await formatters.decode_uplink(None, None, up, JS, script)
        return failure.value

    try:
        failures = await asyncio.gather(*(one() for _ in range(10)))
    finally:
        await formatters.close()
    for failure in failures:
        names = [failure.definition.full_name] + [c.definition.full_name for c in _causes(failure)]
        assert "pkg/scripting/javascript:script" in names and "pkg/scripting/javascript:script_timeout" not in names
        assert "Array buffer allocation failed" in str(failure) + "".join(str(c) for c in _causes(failure))


def _causes(error):
    cause = getattr(error, "cause", None)
    while isinstance(cause, TTSError):
        yield cause
        cause = getattr(cause, "cause", None)


async def test_output_is_bounded(formatters):
    script = "function decodeUplink(input) { return { data: { big: 'x'.repeat(2 << 20) } }; }"
    up = messages_pb2.ApplicationUplink(f_port=1, frm_payload=b"\x01")
    with pytest.raises(TTSError) as failure:
        await formatters.decode_uplink(None, None, up, JS, script)
    assert failure.value.definition.full_name == "pkg/messageprocessors/javascript:output"
    # Just under the limit is fine.
    script = "function decodeUplink(input) { return { data: { big: 'x'.repeat(1000000) } }; }"
    await formatters.decode_uplink(None, None, up, JS, script)
    assert len(up.decoded_payload["big"]) == 1000000


@pytest.mark.parametrize("value", [
    '{"\\u0000ttsl": ["number", "x"]}', '{"\\u0000ttsl": 5}', '{"\\u0000ttsl": ["bogus", 1]}',
    '{"\\u0000ttsl": ["number", "NaN"]}', '{"\\u0000ttsl": null, "b": 1}', '{"\\u0000ttsl": []}',
])
async def test_the_harness_marker_cannot_be_forged(value):
    engine = ScriptEngine()
    try:
        program = f"function main() {{ return {value}; }} return main;"
        result = await engine.run(program, None)
        assert isinstance(result, dict) and "\u0000ttsl" in result  # an ordinary object
        assert [type(v) for v in (await engine.run(
            "function main() { return [NaN, Infinity, function () {}, 10n, Symbol()]; } return main;", None))
        ][2:] == [Marker] * 3
    finally:
        await engine.close()


async def test_the_harness_marker_key_in_a_decoded_payload_is_no_server_error(formatters):
    # Upstream keeps such a key as any other (a NUL is valid in a Struct key): so do we, the
    # harness's own marker being another, random, key.
    for data, stored in (('{"\\u0000ttsl": ["number", "x"]}', ["number", "x"]), ('{"\\u0000ttsl": 5}', 5)):
        script = "function decodeUplink(input) { return { data: %s }; }" % data
        up = messages_pb2.ApplicationUplink(f_port=1, frm_payload=b"\x01")
        await formatters.decode_uplink(None, None, up, JS, script)
        assert json_format.MessageToDict(up.decoded_payload) == {"\u0000ttsl": stored}
