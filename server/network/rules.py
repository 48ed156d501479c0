"""The Network Server's rights rules and field-mask paths, one entry per RPC it serves."""

from __future__ import annotations

from ..devices import field_masks as device_field_masks
from ..devices.registry import rules
from ..rules import Rule

__all__ = ["RULES", "field_masks"]

RULES: dict[str, Rule] = rules("ttn.lorawan.v3.NsEndDeviceRegistry", "ResetFactoryDefaults")


def field_masks() -> dict[str, frozenset[str]]:
    """The Network Server's paths of the ownership annotations, for its registry's methods."""
    return device_field_masks.allowed("ns")
