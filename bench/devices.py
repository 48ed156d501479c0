"""The end-device part of ``make bench``: IS and NS Get/Set with many devices stored.

The devices are written straight into the SQLite file before the server starts (one
transaction for all; going through the API would take an fsync per device), in the same
shape the registries store them. Each run picks a random device per request.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from ttn.lorawan.v3 import end_device_pb2, lorawan_pb2

__all__ = ["populate", "lua_script", "rss_mib"]

APP_ID = "bench-app"


def _ids(device: end_device_pb2.EndDevice, i: int) -> None:
    device.ids.device_id = f"dev-{i}"
    device.ids.application_ids.application_id = APP_ID
    device.ids.dev_eui = (0x70B3D57ED0000000 + i).to_bytes(8, "big")
    device.ids.join_eui = bytes(8)


def populate(db: Path, count: int) -> None:
    """``count`` devices in the Identity Server and in the Network Server registry."""
    now = time.time_ns() // 1000 * 1000
    is_rows, ns_rows = [], []
    for i in range(count):
        device = end_device_pb2.EndDevice(name=f"Device {i}", description="bench device")
        _ids(device, i)
        device.attributes["site"] = "lab-1"
        is_rows.append((APP_ID, f"dev-{i}", device.ids.dev_eui, device.ids.join_eui, device.name,
                        device.description, now, now, device.SerializeToString()))
        ns = end_device_pb2.EndDevice(
            frequency_plan_id="EU_863_870_TTN",
            lorawan_version=lorawan_pb2.MAC_V1_0_3,
            lorawan_phy_version=lorawan_pb2.RP001_V1_0_3_REV_A,
            supports_join=True,
        )
        _ids(ns, i)
        ns.created_at.FromNanoseconds(now)
        ns.updated_at.FromNanoseconds(now)
        ns_rows.append(("ns", APP_ID, f"dev-{i}", ns.ids.dev_eui, ns.ids.join_eui, None, now, now,
                        ns.SerializeToString()))
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO end_devices (application_id, device_id, dev_eui, join_eui, name, description,"
            " created_at, updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", is_rows)
        conn.executemany(
            "INSERT INTO registry_devices (component, application_id, device_id, dev_eui, join_eui, dev_addr,"
            " created_at, updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ns_rows)


def lua_script(count: int, method: str, path: str, body: str = "") -> Path:
    """A wrk script sending ``method path`` with every ``{i}`` in path and body replaced by the
    number of a random device."""
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    body_expr = f'([[{body}]]):gsub("{{i}}", n)' if body else "nil"
    script.write_text(
        "math.randomseed(os.time())\n"
        'wrk.headers["Content-Type"] = "application/json"\n'
        "request = function()\n"
        f"  local n = tostring(math.random(0, {count - 1}))\n"
        f'  local path = ([[{path}]]):gsub("{{i}}", n)\n'
        f"  local body = {body_expr}\n"
        f'  return wrk.format("{method}", path, nil, body)\n'
        "end\n"
    )
    return script


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
