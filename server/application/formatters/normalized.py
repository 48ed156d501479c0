"""Normalized uplink payload: parsing and validating measurements (upstream
``pkg/messageprocessors/normalizedpayload``).

A measurement is an object of known fields only (``time``, ``soil.*``, ``air.*``, ``wind.*``);
an unknown field or a value of the wrong type makes the whole payload invalid (the error is
returned), while a value outside its range is only left out, with a validation error kept per
measurement (upstream's DataLoss errors), from which the caller makes warnings.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Optional

from google.protobuf import struct_pb2

from ...errors import Namespace, TTSError

__all__ = [
    "ParsedMeasurement", "InvalidPayload", "parse", "validation_warnings", "valid_payload", "go_float",
    "ERR_UNKNOWN_FIELD", "ERR_FIELD_TYPE",
]

_errors = Namespace("pkg/messageprocessors/normalizedpayload")
ERR_FIELD_TYPE = _errors.invalid_argument("field_type", "invalid field type of `{path}`")
ERR_FIELD_MINIMUM = _errors.data_loss("field_minimum", "`{path}` should be equal or greater than `{minimum}`")
ERR_FIELD_EXCLUSIVE_MINIMUM = _errors.data_loss(
    "field_exclusive_minimum", "`{path}` should be greater than `{minimum}`"
)
ERR_FIELD_MAXIMUM = _errors.data_loss("field_maximum", "`{path}` should be equal or less than `{maximum}`")
ERR_FIELD_EXCLUSIVE_MAXIMUM = _errors.data_loss(
    "field_exclusive_maximum", "`{path}` should be less than `{maximum}`"
)
ERR_UNKNOWN_FIELD = _errors.invalid_argument("unknown_field", "unknown field `{path}`")


def go_float(value: float) -> str:
    """A float as Go's ``strconv.FormatFloat(v, 'f', -1, 64)`` writes it (no exponent)."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return "0" if text in ("-0", "0") and value == 0 else text


class InvalidPayload(Exception):
    """A value that stops the parse (upstream: any error that is not DataLoss). ``error`` is the
    upstream error, None where upstream has Go's own (a time that does not parse)."""

    def __init__(self, error: Optional[TTSError]) -> None:
        super().__init__(error.message if error is not None else "invalid time")
        self.error = error


_Invalid = InvalidPayload


# A field check: the value, its path -> the DataLoss errors (empty: valid). Raises _Invalid.
Check = Callable[[struct_pb2.Value, str], list]


def _object(value: struct_pb2.Value, path: str) -> list:
    if value.WhichOneof("kind") != "struct_value":
        raise _Invalid(ERR_FIELD_TYPE(path=path))
    return []


def _number(*bounds: tuple[str, float]) -> Check:
    def check(value: struct_pb2.Value, path: str) -> list:
        if value.WhichOneof("kind") != "number_value":
            raise _Invalid(ERR_FIELD_TYPE(path=path))
        n = value.number_value
        errors = []
        for kind, bound in bounds:
            if kind == "min" and n < bound:
                errors.append(ERR_FIELD_MINIMUM(path=path, minimum=bound))
            elif kind == "max" and n > bound:
                errors.append(ERR_FIELD_MAXIMUM(path=path, maximum=bound))
            elif kind == "xmax" and n >= bound:
                errors.append(ERR_FIELD_EXCLUSIVE_MAXIMUM(path=path, maximum=bound))
        return errors

    return check


# RFC 3339 with an optional fraction (Go's time.RFC3339Nano layout, which also reads "Z" or an offset).
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _time(value: struct_pb2.Value, path: str) -> list:
    if value.WhichOneof("kind") != "string_value":
        raise _Invalid(ERR_FIELD_TYPE(path=path))
    text = value.string_value
    try:
        if not _RFC3339.match(text):
            raise ValueError(text)
        _dt.datetime.fromisoformat(re.sub(r"\.(\d{6})\d+", r".\1", text.replace("Z", "+00:00")))
    except ValueError:
        raise _Invalid(None) from None
    return []


_PERCENTAGE = _number(("min", 0.0), ("max", 100.0))
_CONCENTRATION = _number(("min", 0.0), ("max", 1000000.0))

_FIELDS: dict[str, Check] = {
    "time": _time,
    "soil": _object,
    "soil.depth": _number(("min", 0.0)),
    "soil.moisture": _PERCENTAGE,
    "soil.temperature": _number(("min", -273.15)),
    "soil.ec": _number(("min", 0.0), ("max", 621.0)),
    "soil.pH": _number(("min", 0.0), ("max", 14.0)),
    "soil.n": _CONCENTRATION,
    "soil.p": _CONCENTRATION,
    "soil.k": _CONCENTRATION,
    "air": _object,
    "air.temperature": _number(("min", -273.15)),
    "air.relativeHumidity": _PERCENTAGE,
    "air.pressure": _number(("min", 900.0), ("max", 1100.0)),
    "air.co2": _CONCENTRATION,
    "air.lightIntensity": _number(("min", 0.0)),
    "wind": _object,
    "wind.speed": _number(("min", 0.0)),
    "wind.direction": _number(("min", 0.0), ("xmax", 360.0)),
}


@dataclass
class ParsedMeasurement:
    """One measurement: the fields that passed (``valid``) and the errors of those that did not."""

    valid: struct_pb2.Struct = field(default_factory=struct_pb2.Struct)
    validation_errors: list = field(default_factory=list)


def parse(measurements: list[struct_pb2.Struct]) -> list[ParsedMeasurement]:
    """Parse every measurement; raises :class:`InvalidPayload` for the first error that is not
    a validation error.

    Upstream walks the fields in Go's map order (random); here in sorted order, so when a
    measurement has several invalid fields the one reported is always the same."""
    out = []
    for source in measurements:
        parsed = ParsedMeasurement()
        _parse(parsed, source, "")
        out.append(parsed)
    return out


def _parse(dst: ParsedMeasurement, src: struct_pb2.Struct, prefix: str) -> None:
    for key in sorted(src.fields):
        value = src.fields[key]
        path = prefix + key
        check: Optional[Check] = _FIELDS.get(path)
        if check is None:
            raise _Invalid(ERR_UNKNOWN_FIELD(path=path))
        errors = check(value, path)
        if errors:
            dst.validation_errors.extend(errors)
            continue
        if value.WhichOneof("kind") == "struct_value":
            nested = ParsedMeasurement()
            _parse(nested, value.struct_value, path + ".")
            dst.validation_errors.extend(nested.validation_errors)
            if nested.valid.fields:
                dst.valid.fields[key].struct_value.CopyFrom(nested.valid)
        else:
            dst.valid.fields[key].CopyFrom(value)


def validation_warnings(measurements: list[ParsedMeasurement]) -> list[str]:
    """``measurement <n>: <message>`` for each validation error (upstream's warnings)."""
    out = []
    for i, measurement in enumerate(measurements, start=1):
        for error in measurement.validation_errors:
            out.append(f"measurement {i}: {_message(error)}")
    return out


def _message(error: TTSError) -> str:
    attributes = {k: (go_float(v) if isinstance(v, float) else v) for k, v in error.attributes.items()}
    return TTSError(error.definition, attributes).formatted()


def valid_payload(measurements: list[ParsedMeasurement]) -> list[struct_pb2.Struct]:
    """The valid part of each measurement that has one."""
    return [m.valid for m in measurements if m.valid.fields]

