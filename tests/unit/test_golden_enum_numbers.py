"""Upstream's golden enum encodings, name → number → name, with upstream's numbers checked.

A spelling test that turns a name into our number and back passes even when two of our values
swap numbers. Here the number in the middle is upstream's: the golden file's Binary rows give
it for the LoRaWAN enums (one byte, the enum's number), and for the enums it spells only in JSON
the numbers are written out below from the v3.32.1 protos (``Right`` in ``test_wire_numbers``).
Each golden JSON spelling, read by the codec, must land on upstream's number, and that number,
written by the codec, must give the golden spelling.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest
from google.protobuf import descriptor_pool, message_factory

import ttn.lorawan.v3
from gateway import codec as marshal
from unit.test_wire_numbers import RIGHTS

GOLDEN = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "ttnpb_encoding_golden.md"

# Upstream's numbers of the enums the golden file has no Binary rows for.
JSON_ONLY_NUMBERS = {
    "State": {"STATE_REQUESTED": 0, "STATE_APPROVED": 1, "STATE_REJECTED": 2, "STATE_FLAGGED": 3,
              "STATE_SUSPENDED": 4},
    "GatewayAntennaPlacement": {"PLACEMENT_UNKNOWN": 0, "INDOOR": 1, "OUTDOOR": 2},
    "LocationSource": {"SOURCE_UNKNOWN": 0, "SOURCE_GPS": 1, "SOURCE_REGISTRY": 3, "SOURCE_IP_GEOLOCATION": 4,
                       "SOURCE_WIFI_RSSI_GEOLOCATION": 5, "SOURCE_BT_RSSI_GEOLOCATION": 6,
                       "SOURCE_LORA_RSSI_GEOLOCATION": 7, "SOURCE_LORA_TDOA_GEOLOCATION": 8,
                       "SOURCE_COMBINED_GEOLOCATION": 9},
    "GrantType": {"GRANT_AUTHORIZATION_CODE": 0, "GRANT_PASSWORD": 1, "GRANT_REFRESH_TOKEN": 2},
    "Right": RIGHTS,
}


def _rows(kind: str) -> list[tuple[str, str, str]]:
    if not GOLDEN.exists():
        pytest.skip(f"upstream golden file not found at {GOLDEN}")
    rows = []
    for line in GOLDEN.read_text().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 4 and parts[0] == kind and parts[1].startswith("ttnpb."):
            rows.append((parts[1][len("ttnpb."):], parts[2], parts[3]))
    return rows


def _upstream_numbers() -> dict[str, dict[str, int]]:
    """Upstream's number of every enum value the golden file names: enum → name → number."""
    numbers = {name: dict(values) for name, values in JSON_ONLY_NUMBERS.items()}
    for type_name, value, encoding in _rows("Binary"):
        if type_name.endswith("Value"):
            continue  # wrappers: the same numbers as their enum
        (number,) = json.loads(encoding)
        numbers.setdefault(type_name, {})[value] = number
    return numbers


def _pool():
    for module in pkgutil.iter_modules(ttn.lorawan.v3.__path__):
        if module.name.endswith("_pb2"):
            importlib.import_module(f"ttn.lorawan.v3.{module.name}")
    return descriptor_pool.Default()


def _enum(pool, name: str):
    try:
        return pool.FindEnumTypeByName(f"ttn.lorawan.v3.{name}")
    except KeyError:
        return None


def test_our_numbers_are_upstreams():
    pool = _pool()
    checked = 0
    for name, values in _upstream_numbers().items():
        enum = _enum(pool, name)
        if enum is None:
            continue  # an enum we do not declare (yet)
        for value, number in values.items():
            if value in enum.values_by_name:
                assert enum.values_by_name[value].number == number, f"{name}.{value}"
                checked += 1
    assert checked >= 300, checked


def test_golden_spelling_to_upstreams_number_and_back():
    pool = _pool()
    numbers = _upstream_numbers()
    checked = set()
    for type_name, value, encoding in _rows("JSON"):
        spelled = json.loads(encoding)
        enum = _enum(pool, type_name)
        wrapped = enum is None and type_name.endswith("Value") and value.startswith("value:")
        if wrapped:
            enum, value = _enum(pool, type_name[: -len("Value")]), value[len("value:"):]
        if enum is None or value not in enum.values_by_name:
            continue  # not an enum (other wrappers: test_marshal), or not one we declare (yet)
        number = numbers[enum.name][value]
        cls, field = _holder(pool, enum)
        message = cls()
        repeated = message.DESCRIPTOR.fields_by_name[field].is_repeated
        marshal.from_obj({field: [spelled] if repeated else spelled} if field != "value" else spelled, message)
        read = getattr(message, field)
        assert (read[0] if repeated else read) == number, f"{type_name} {value!r} read as {read}"
        if wrapped:
            assert marshal.to_obj(cls(value=number)) == spelled, f"{type_name} {value!r}"
        else:
            assert marshal.enum_to_obj(enum, number) == spelled, f"{type_name} {value!r}"
        checked.add(enum.name)
    assert {"Right", "MACVersion", "PHYVersion", "DataRateIndex", "State", "LocationSource"} <= checked, checked


def _holder(pool, enum):
    """A message class with a field of the enum, and that field: its wrapper's value, or the
    first field of that type in our protos."""
    try:
        return message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{enum.full_name}Value")), "value"
    except KeyError:
        pass
    for module in pkgutil.iter_modules(ttn.lorawan.v3.__path__):
        if module.name.endswith("_pb2"):
            stack = list(importlib.import_module(f"ttn.lorawan.v3.{module.name}").DESCRIPTOR.message_types_by_name.values())
            while stack:
                desc = stack.pop()
                for f in desc.fields:
                    if f.enum_type is enum:
                        return message_factory.GetMessageClass(desc), f.name
                stack.extend(desc.nested_types)
    raise LookupError(f"no field of {enum.full_name}")
