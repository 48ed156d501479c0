"""JavaScript payload formatters (upstream ``pkg/messageprocessors/javascript``).

The formatter parameter is a script; each direction wraps it in a program whose ``main`` calls
the script's function with upstream's input and returns its output:

* uplink decoder: ``decodeUplink({bytes, fPort})`` → ``{data, warnings, errors}``, then, when
  it reported no errors and gave data, ``normalizeUplink({data})`` → ``{data, warnings,
  errors}`` if the script has one; without ``decodeUplink``, the legacy ``Decoder(bytes, fPort)``
  → data;
* downlink encoder: ``encodeDownlink({data, fPort})`` → ``{bytes, fPort, warnings, errors}``;
  without it, the legacy ``Encoder(data, fPort)`` → bytes (the FPort stays as given);
* downlink decoder: ``decodeDownlink({bytes, fPort})`` → ``{data, warnings, errors}``.

Outputs are read as upstream's Go types read them: an ``errors`` list that is not empty fails
with ``output_errors`` (its items joined by ", "), a value of the wrong shape with ``output``,
and data holding NaN or ±Infinity with ``output_encoding``. An encoder that gives no FPort
leaves the message's, or sets 1 when it had none. Decoded uplinks are also normalized: by
``normalizeUplink`` when the script has one, else the decoded data is tried as a normalized
measurement and kept as such when it is one.
"""

from __future__ import annotations

import math
from typing import Any, Optional

from google.protobuf import struct_pb2

from ttn.lorawan.v3 import messages_pb2

from ...errors import Namespace, TTSError
from . import normalized
from .scripting import ERR_NO_SCRIPT_OUTPUT, ERR_RUNTIME, Marker, ScriptEngine, ScriptOutputError
from .structs import StructError, invalid_numbers, to_map, to_struct

__all__ = ["JavaScript", "uplink_decoder_program", "downlink_encoder_program", "downlink_decoder_program"]

_errors = Namespace("pkg/messageprocessors/javascript")
ERR_INPUT = _errors.invalid_argument("input", "invalid input")
ERR_OUTPUT = _errors.unknown("output", "invalid output")
ERR_OUTPUT_ERRORS = _errors.aborted("output_errors", "{errors}")
ERR_OUTPUT_ENCODING = _errors.invalid_argument("output_encoding", "{errors}")


# The wrappers: the script first, on the program's second line (so that places in it are
# counted as upstream counts them), then ``main``.
def uplink_decoder_program(script: str) -> str:
    return f"""
\t\t{script}

\t\tfunction main(input) {{
\t\t\tconst bytes = input.bytes.slice();
\t\t\tconst fPort = input.fPort;
\t\t\tif (typeof decodeUplink !== 'function') {{
\t\t\t\treturn {{ decoded: {{ data: Decoder(bytes, fPort) }} }};
\t\t\t}}
\t\t\tconst decoded = decodeUplink({{ bytes: bytes, fPort: fPort }});
\t\t\tconst {{ data, errors }} = decoded;
\t\t\tlet normalized;
\t\t\tif (data && !(errors && errors.length) && typeof normalizeUplink === 'function') {{
\t\t\t\tnormalized = normalizeUplink({{ data: data }});
\t\t\t}}
\t\t\treturn {{ decoded: decoded, normalized: normalized }};
\t\t}}
\t\treturn main;
"""


def downlink_encoder_program(script: str) -> str:
    return f"""
\t\t{script}

\t\tfunction main(input) {{
\t\t\tconst {{ data, fPort }} = input;
\t\t\tif (typeof encodeDownlink !== 'function') {{
\t\t\t\treturn {{ bytes: Encoder(data, fPort), fPort: input.fPort }};
\t\t\t}}
\t\t\treturn encodeDownlink({{ data: data, fPort: fPort }});
\t\t}}
\t\treturn main;
"""


def downlink_decoder_program(script: str) -> str:
    return f"""
\t\t{script}

\t\tfunction main(input) {{
\t\t\tconst bytes = input.bytes.slice();
\t\t\treturn decodeDownlink({{ bytes: bytes, fPort: input.fPort }});
\t\t}}
\t\treturn main;
"""


class _Export(Exception):
    """A value that does not fit the Go type upstream exports it to (goja's ExportTo error)."""


class JavaScript:
    """The formatter: ``encode_downlink``, ``decode_uplink`` and ``decode_downlink`` change the
    message in place, as upstream's do, or raise its errors."""

    def __init__(self, engine: ScriptEngine) -> None:
        self.engine = engine

    async def encode_downlink(
        self, ids: Any, version_ids: Any, message: messages_pb2.ApplicationDownlink, script: str
    ) -> None:
        if not message.HasField("decoded_payload"):
            return
        value = await self._run(downlink_encoder_program(script), {
            "data": to_map(message.decoded_payload), "fPort": message.f_port,
        })
        if value is None:
            raise ERR_NO_SCRIPT_OUTPUT()
        try:
            record = _record(value)
            frm_payload = _bytes(record.get("bytes"))
            f_port = record.get("fPort")
            f_port = None if f_port is None else _uint8(f_port)
            warnings = _strings(record.get("warnings"))
            errors = _strings(record.get("errors"))
        except _Export as exc:
            raise _output(exc) from None
        if errors:
            raise ERR_OUTPUT_ERRORS(errors=", ".join(errors))
        message.frm_payload = frm_payload or b""
        message.ClearField("decoded_payload_warnings")
        message.decoded_payload_warnings.extend(warnings)
        if f_port is not None:
            message.f_port = f_port
        elif message.f_port == 0:
            message.f_port = 1

    async def decode_uplink(
        self, ids: Any, version_ids: Any, message: messages_pb2.ApplicationUplink, script: str
    ) -> None:
        value = await self._run(uplink_decoder_program(script), {
            "bytes": list(message.frm_payload), "fPort": message.f_port,
        })
        try:
            record = _record(value)
            decoded = _record(record.get("decoded"))
            data = _object(decoded.get("data"))
            warnings = _strings(decoded.get("warnings"))
            errors = _strings(decoded.get("errors"))
            norm = record.get("normalized")
            norm_record = None if norm is None else _record(norm)
            if norm_record is not None:
                norm_warnings = _strings(norm_record.get("warnings"))
                norm_errors = _strings(norm_record.get("errors"))
        except _Export as exc:
            raise _output(exc) from None
        if errors:
            raise ERR_OUTPUT_ERRORS(errors=", ".join(errors))
        decoded_payload = _struct(data)
        problems = invalid_numbers(decoded_payload)
        if problems:
            raise ERR_OUTPUT_ENCODING(errors=", ".join(problems))

        message.decoded_payload.CopyFrom(decoded_payload)
        _set_strings(message.decoded_payload_warnings, warnings)
        message.ClearField("normalized_payload")
        message.ClearField("normalized_payload_warnings")

        if norm_record is not None:
            if norm_errors:
                raise ERR_OUTPUT_ERRORS(errors=", ".join(norm_errors))
            data = norm_record.get("data")
            if data is None:
                return
            items = data if isinstance(data, list) else [data]
            if not all(isinstance(item, dict) for item in items):
                raise ERR_OUTPUT()
            measurements = [_struct(item) for item in items]
            try:
                parsed = normalized.parse(measurements)
            except normalized.InvalidPayload as invalid:
                raise ERR_OUTPUT(cause=invalid.error) from None
            message.normalized_payload.extend(normalized.valid_payload(parsed))
            message.normalized_payload_warnings.extend(norm_warnings + normalized.validation_warnings(parsed))
            return
        # Without a normalizer, the decoded data may be normalized already: kept when it parses.
        try:
            parsed = normalized.parse([decoded_payload])
        except normalized.InvalidPayload:
            return
        message.normalized_payload.extend(normalized.valid_payload(parsed))
        message.normalized_payload_warnings.extend(normalized.validation_warnings(parsed))

    async def decode_downlink(
        self, ids: Any, version_ids: Any, message: messages_pb2.ApplicationDownlink, script: str
    ) -> None:
        value = await self._run(downlink_decoder_program(script), {
            "bytes": list(message.frm_payload), "fPort": message.f_port,
        })
        if value is None:
            raise ERR_NO_SCRIPT_OUTPUT()
        try:
            record = _record(value)
            data = _object(record.get("data"))
            warnings = _strings(record.get("warnings"))
            errors = _strings(record.get("errors"))
        except _Export as exc:
            raise _output(exc) from None
        if errors:
            raise ERR_OUTPUT_ERRORS(errors=", ".join(errors))
        decoded_payload = _struct(data)
        problems = invalid_numbers(decoded_payload)
        if problems:
            raise ERR_OUTPUT_ENCODING(errors=", ".join(problems))
        message.decoded_payload.CopyFrom(decoded_payload)
        _set_strings(message.decoded_payload_warnings, warnings)

    async def _run(self, program: str, input: dict) -> Any:
        try:
            return await self.engine.run(program, input)
        except ScriptOutputError as exc:
            raise ERR_OUTPUT(cause=ERR_RUNTIME(message=str(exc))) from None


def _output(exc: _Export) -> TTSError:
    return ERR_OUTPUT(cause=ERR_RUNTIME(message=str(exc)))


def _struct(values: Optional[dict]) -> struct_pb2.Struct:
    try:
        return to_struct(values)
    except StructError:
        raise ERR_OUTPUT() from None


def _set_strings(field: Any, values: list[str]) -> None:
    del field[:]
    field.extend(values)


# Reading script values as the Go types upstream exports them to ---------------------------------
def _describe(value: Any) -> str:
    if isinstance(value, Marker):
        return value.kind
    return _js_string(value)


def _record(value: Any) -> dict:
    """A Go struct: an object (null and undefined give the zero struct)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _Export(f"could not convert {_describe(value)} to struct")
    return value


def _object(value: Any) -> Optional[dict]:
    """``map[string]any``: an object, or nil for null and undefined."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise _Export(f"could not convert {_describe(value)} to map[string]interface {{}}")
    return value


def _strings(value: Any) -> list[str]:
    """``[]string``: an array (each item as a string), or nil."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Export(f"could not convert {_describe(value)} to []string")
    return [_js_string(item) for item in value]


def _bytes(value: Any) -> Optional[bytes]:
    """``[]uint8``: an array of numbers (each wrapped into a byte), or nil."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise _Export(f"could not convert {_describe(value)} to []uint8")
    return bytes(_uint8(item) for item in value)


def _uint8(value: Any) -> int:
    """A number as goja puts it in a uint8: truncated to an integer, its low 8 bits (NaN,
    ±Infinity and what is not a number: 0)."""
    number = _js_number(value)
    if math.isnan(number) or math.isinf(number):
        return 0
    return int(number) & 0xFF


def _js_number(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if value is None:
        return 0.0
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return 0.0
        try:
            if text[:2].lower() in ("0x", "0o", "0b"):
                return float(int(text, 0))
            return float(text)
        except ValueError:
            return math.nan
    return math.nan


def _js_string(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)
    if isinstance(value, list):
        return ",".join("" if item is None else _js_string(item) for item in value)
    if isinstance(value, Marker):
        return value.text or value.kind
    return "[object Object]"
