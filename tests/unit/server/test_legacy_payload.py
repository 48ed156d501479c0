"""The v2 payload functions ⇄ the link's default formatters (server/legacy/payload.py)."""

from __future__ import annotations

import pytest

from server.errors import TTSError
from server.legacy.payload import V2Functions, from_formatters, to_formatters
from ttn.lorawan.v3 import messages_pb2

JS, CAYENNE = messages_pb2.FORMATTER_JAVASCRIPT, messages_pb2.FORMATTER_CAYENNELPP


@pytest.mark.parametrize("functions", [
    V2Functions("custom", "function Decoder(b, p) { return {}; }"),
    V2Functions("custom", "function Decoder(b, p) { return {}; }", "function Converter(d, p) { return d; }",
                "function Validator(c, p) { return true; }", "function Encoder(o, p) { return []; }"),
    V2Functions("custom", "", "", "function Validator(c, p) { return true; }"),
    V2Functions("custom", encoder="function Encoder(o, p) { return [1]; }"),
    V2Functions("cayennelpp"),
    V2Functions(""),
])
def test_round_trip(functions):
    assert from_formatters(to_formatters(functions)).to_json() == functions.to_json()


def test_a_decoder_alone_is_the_v3_parameter_as_written():
    formatters = to_formatters(V2Functions("", "function Decoder(b, p) { return {}; }"))
    assert (formatters.up_formatter, formatters.up_formatter_parameter) == (JS, "function Decoder(b, p) { return {}; }")
    assert formatters.down_formatter == messages_pb2.FORMATTER_NONE


def test_a_script_written_through_v3_reads_as_the_decoder():
    formatters = messages_pb2.MessagePayloadFormatters(up_formatter=JS, up_formatter_parameter="function decodeUplink() {}")
    assert from_formatters(formatters).to_json() == {
        "payload_format": "custom", "decoder": "function decodeUplink() {}", "converter": "", "validator": "",
        "encoder": "",
    }
    cayenne = messages_pb2.MessagePayloadFormatters(up_formatter=CAYENNE, down_formatter=CAYENNE)
    assert from_formatters(cayenne).payload_format == "cayennelpp"
    assert from_formatters(None).to_json()["payload_format"] == ""


def test_unknown_payload_formats_are_refused():
    with pytest.raises(TTSError):
        to_formatters(V2Functions("xml"))
