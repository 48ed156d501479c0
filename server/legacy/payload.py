"""TTN v2 payload functions on ttsl's formatters.

A v2 application has a payload format (``custom``: the JavaScript functions ``Decoder(bytes,
port)``, ``Converter(decoded, port)``, ``Validator(converted, port)`` and ``Encoder(object,
port)``; ``cayennelpp``; or none) where a v3 application has its link's default formatters.
They map onto each other as:

* ``custom`` ⇄ FORMATTER_JAVASCRIPT both ways. The down parameter is the encoder as written
  (v3's JavaScript formatter falls back to ``Encoder`` when there is no ``encodeDownlink``). The
  up parameter is the decoder as written when there is neither converter nor validator (v3
  falls back to ``Decoder``); otherwise the three functions, each after a marker line, and a
  ``decodeUplink`` that chains them as v2 did (a validator answering false fails the decoding:
  v2 dropped the message, v3 forwards it without decoded payload). Reading splits at the
  markers again; a script written through v3 reads back as the decoder alone;
* ``cayennelpp`` ⇄ FORMATTER_CAYENNELPP both ways;
* ``""`` with no function ⇄ no default formatters (FORMATTER_NONE). ``""`` with a function is
  ``custom``, as v2 read it.

Dry runs (v2's DryUplink and DryDownlink) run the functions of the application given in the
request on V8 (the shared :class:`ScriptEngine`, so with its time and memory bounds), and
collect what the functions log with ``console.log`` per function, as v2 did.
"""

from __future__ import annotations

import math
from typing import Any

import orjson

from ttn.lorawan.v3 import messages_pb2

from ..application.formatters.cayennelpp import CayenneLPP, encode_downlink_payload
from ..application.formatters.scripting import ScriptEngine
from ..application.formatters.structs import to_map
from ..errors import Namespace

__all__ = ["V2Functions", "to_formatters", "from_formatters", "dry_uplink", "dry_downlink",
           "PAYLOAD_FORMATS", "ERR_PAYLOAD_FORMAT"]

PayloadFormatter = messages_pb2.PayloadFormatter

_errors = Namespace("pkg/legacy/v2")
ERR_PAYLOAD_FORMAT = _errors.invalid_argument("payload_format", "unknown payload format `{payload_format}`")
ERR_FUNCTION = _errors.invalid_argument("function", "{function} failed: {message}")
ERR_FIELDS = _errors.invalid_argument("fields", "fields must be a JSON object")

CUSTOM, CAYENNE = "custom", "cayennelpp"
PAYLOAD_FORMATS = ("", CUSTOM, CAYENNE)

# Marker lines of a v3 up parameter that carries more than the v2 decoder.
_MARK = "// ttsl:v2:"
_CONVERTER, _VALIDATOR, _CHAIN = _MARK + "converter", _MARK + "validator", _MARK + "chain"
_CHAIN_SCRIPT = """function decodeUplink(input) {
  var data = typeof Decoder === 'function' ? Decoder(input.bytes, input.fPort) : {};
  if (typeof Converter === 'function') {
    data = Converter(data, input.fPort);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { errors: ['converter does not return an object'] };
    }
  }
  if (typeof Validator === 'function') {
    var valid = Validator(data, input.fPort);
    if (typeof valid !== 'boolean') { return { errors: ['validator does not return a boolean'] }; }
    if (!valid) { return { errors: ['validator rejected the payload'] }; }
  }
  return { data: data };
}"""


class V2Functions:
    """A v2 application's payload settings."""

    __slots__ = ("payload_format", "decoder", "converter", "validator", "encoder")

    def __init__(self, payload_format: str = "", decoder: str = "", converter: str = "", validator: str = "",
                 encoder: str = "") -> None:
        self.payload_format = payload_format
        self.decoder, self.converter, self.validator, self.encoder = decoder, converter, validator, encoder

    @classmethod
    def from_json(cls, body: dict) -> "V2Functions":
        def text(name: str) -> str:
            value = body.get(name) or ""
            if not isinstance(value, str):
                raise ERR_FIELDS()
            return value

        return cls(text("payload_format"), text("decoder"), text("converter"), text("validator"), text("encoder"))

    def effective_format(self) -> str:
        fmt = self.payload_format
        if fmt not in PAYLOAD_FORMATS:
            raise ERR_PAYLOAD_FORMAT(payload_format=fmt)
        if fmt == "" and (self.decoder or self.converter or self.validator or self.encoder):
            return CUSTOM
        return fmt

    def to_json(self) -> dict:
        return {
            "payload_format": self.payload_format,
            "decoder": self.decoder,
            "converter": self.converter,
            "validator": self.validator,
            "encoder": self.encoder,
        }


def to_formatters(functions: V2Functions) -> messages_pb2.MessagePayloadFormatters | None:
    """The link's default formatters for ``functions`` (None: none at all)."""
    fmt = functions.effective_format()
    if fmt == "":
        return None
    if fmt == CAYENNE:
        return messages_pb2.MessagePayloadFormatters(
            up_formatter=PayloadFormatter.FORMATTER_CAYENNELPP, down_formatter=PayloadFormatter.FORMATTER_CAYENNELPP
        )
    formatters = messages_pb2.MessagePayloadFormatters()
    up = _up_parameter(functions)
    if up:
        formatters.up_formatter = PayloadFormatter.FORMATTER_JAVASCRIPT
        formatters.up_formatter_parameter = up
    if functions.encoder:
        formatters.down_formatter = PayloadFormatter.FORMATTER_JAVASCRIPT
        formatters.down_formatter_parameter = functions.encoder
    return formatters


def _up_parameter(functions: V2Functions) -> str:
    if not (functions.converter or functions.validator):
        return functions.decoder
    return "\n".join((
        functions.decoder, _CONVERTER, functions.converter, _VALIDATOR, functions.validator, _CHAIN, _CHAIN_SCRIPT,
    ))


def from_formatters(formatters: messages_pb2.MessagePayloadFormatters | None) -> V2Functions:
    """The v2 view of the link's default formatters."""
    if formatters is None:
        return V2Functions()
    up, down = formatters.up_formatter, formatters.down_formatter
    if PayloadFormatter.FORMATTER_CAYENNELPP in (up, down):
        return V2Functions(CAYENNE)
    functions = V2Functions()
    if up == PayloadFormatter.FORMATTER_JAVASCRIPT:
        functions.decoder, functions.converter, functions.validator = _split(formatters.up_formatter_parameter)
    if down == PayloadFormatter.FORMATTER_JAVASCRIPT:
        functions.encoder = formatters.down_formatter_parameter
    if functions.decoder or functions.converter or functions.validator or functions.encoder:
        functions.payload_format = CUSTOM
    return functions


def _split(parameter: str) -> tuple[str, str, str]:
    head, sep, rest = parameter.partition("\n" + _CONVERTER + "\n")
    if not sep:
        return parameter, "", ""
    converter, _, rest = rest.partition("\n" + _VALIDATOR + "\n")
    validator, _, _ = rest.partition("\n" + _CHAIN + "\n")
    return head, converter, validator


# Dry runs -------------------------------------------------------------------------------------
# One program runs all of the application's functions; ``console.log`` is recorded with the
# name of the function being run. Each value crosses as JSON text made in the isolate.
def _dry_program(functions: V2Functions) -> str:
    return "\n".join((
        "var __ttslLogs = [], __ttslFunction = '';",
        "var console = { log: function () { var fields = [];"
        " for (var i = 0; i < arguments.length; i++) {"
        " var s = JSON.stringify(arguments[i]); fields.push(s === undefined ? 'undefined' : s); }"
        " __ttslLogs.push({ function: __ttslFunction, fields: fields }); } };",
        functions.decoder, functions.converter, functions.validator, functions.encoder,
        """function main(input) {
  var out = { logs: __ttslLogs };
  try {
    if (input.direction === 'up') {
      var fields = {};
      if (typeof Decoder === 'function') { __ttslFunction = 'decoder'; fields = Decoder(input.bytes, input.port); }
      if (typeof Converter === 'function') {
        __ttslFunction = 'converter'; fields = Converter(fields, input.port);
        if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) { throw 'does not return an object'; }
      }
      var valid = true;
      if (typeof Validator === 'function') {
        __ttslFunction = 'validator'; valid = Validator(fields, input.port);
        if (typeof valid !== 'boolean') { throw 'does not return a boolean'; }
      }
      out.fields = JSON.stringify(fields === undefined ? null : fields);
      out.valid = valid;
    } else {
      __ttslFunction = 'encoder';
      if (typeof Encoder !== 'function') { throw new Error('no Encoder function'); }
      out.bytes = Array.prototype.slice.call(Encoder(input.fields, input.port) || []);
    }
  } catch (e) {
    out.error = String(e);
    out.function = __ttslFunction;
  }
  return out;
}
return main;""",
    ))


async def _run(engine: ScriptEngine, functions: V2Functions, input: dict) -> dict:
    value = await engine.run(_dry_program(functions), input)
    if not isinstance(value, dict):
        raise ERR_FUNCTION(function="payload function", message="no result")
    if "error" in value:
        raise ERR_FUNCTION(function=value.get("function") or "payload function", message=value["error"])
    return value


def _logs(value: dict) -> list[dict]:
    return [{"function": entry.get("function", ""), "fields": list(entry.get("fields") or [])}
            for entry in value.get("logs") or [] if isinstance(entry, dict)]


async def dry_uplink(engine: ScriptEngine, functions: V2Functions, payload: bytes, port: int) -> dict:
    """``{payload, fields, valid, logs}``: fields as JSON text, payload as given."""
    fmt = functions.effective_format()
    if fmt == CAYENNE:
        message = messages_pb2.ApplicationUplink(f_port=port, frm_payload=payload)
        await CayenneLPP().decode_uplink(None, None, message, "")
        fields = to_map(message.decoded_payload) or {}
        return {"payload": payload, "fields": orjson.dumps(fields).decode(), "valid": True, "logs": []}
    if fmt == "":
        return {"payload": payload, "fields": "{}", "valid": True, "logs": []}
    value = await _run(engine, functions, {"direction": "up", "bytes": list(payload), "port": port})
    return {"payload": payload, "fields": value.get("fields") or "null", "valid": bool(value.get("valid")),
            "logs": _logs(value)}


async def dry_downlink(engine: ScriptEngine, functions: V2Functions, fields: str, payload: bytes, port: int) -> dict:
    """``{payload, logs}``: the given payload as is, else the fields encoded."""
    if payload or not fields:
        return {"payload": payload, "logs": []}
    try:
        values: Any = orjson.loads(fields)
    except orjson.JSONDecodeError:
        raise ERR_FIELDS() from None
    if not isinstance(values, dict):
        raise ERR_FIELDS()
    fmt = functions.effective_format()
    if fmt == CAYENNE:
        return {"payload": encode_downlink_payload(values), "logs": []}
    if fmt == "":
        return {"payload": b"", "logs": []}
    value = await _run(engine, functions, {"direction": "down", "fields": values, "port": port})
    return {"payload": _encoded_bytes(value.get("bytes")), "logs": _logs(value)}


def _encoded_bytes(items: Any) -> bytes:
    """The Encoder's array as bytes: as v2, only integer numbers in 0..255 (not NaN, not
    ±Infinity, not 1e300, not 1.5, not true); anything else is the function's error."""
    if items is None:
        return b""
    if not isinstance(items, list):
        raise ERR_FUNCTION(function="encoder", message="does not return an Array of numbers")
    out = bytearray()
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (int, float)):
            raise ERR_FUNCTION(function="encoder", message="does not return an Array of numbers")
        if isinstance(item, float) and not (math.isfinite(item) and item.is_integer()):
            raise ERR_FUNCTION(function="encoder",
                               message="does not return an Array of integer numbers in the range 0 to 255")
        if not 0 <= item <= 255:
            raise ERR_FUNCTION(function="encoder",
                               message="does not return an Array of integer numbers in the range 0 to 255")
        out.append(int(item))
    return bytes(out)
