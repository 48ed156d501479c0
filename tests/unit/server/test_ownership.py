"""End-device ownership and the device/gateway field-mask lists, derived from our protos.

Compared with upstream's generated ``device-entity-map.json`` and the ``allowedFieldMaskPaths``
of ``api-definition.json``; the checks that need neither file run everywhere.
"""

import json
from pathlib import Path

import pytest

from server.app import field_masks
from server.devices import field_masks as device_field_masks
from server.devices import ownership
from server.fieldmask import paths_of
from ttn.lorawan.v3 import end_device_pb2
from ttsl import annotations_pb2

REFERENCE = Path(__file__).resolve().parents[3].parent / "shared/reference"
NOBODY = (frozenset(), frozenset())


def _reference(name):
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(f"upstream reference {path} is not available")
    with path.open() as f:
        return json.load(f)


def _entity_map():
    """device-entity-map.json as {path: (get, set)}; "read_only" means no registry sets it."""
    out = {}

    def as_set(v):
        if v == "read_only":
            return frozenset()
        return frozenset([v] if isinstance(v, str) else v)

    def walk(node, prefix):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "_root":
                    out[prefix] = (as_set(value[0]), as_set(value[1]))
                else:
                    walk(value, f"{prefix}.{key}" if prefix else key)
        else:
            out[prefix] = (as_set(node[0]), as_set(node[1]))

    walk(_reference("device-entity-map.json"), "")
    return out


def test_every_top_level_field_names_its_owners():
    for fd in end_device_pb2.EndDevice.DESCRIPTOR.fields:
        options = fd.GetOptions()
        assert options.HasExtension(annotations_pb2.owners), fd.name
        a = options.Extensions[annotations_pb2.owners]
        assert a.get or a.set or a.none, fd.name


def test_owners_match_upstream_entity_map():
    expected = _entity_map()
    table = ownership.table()
    assert set(expected) <= set(table), sorted(set(expected) - set(table))
    wrong = {p: (table[p], want) for p, want in expected.items() if table[p] != want}
    assert not wrong
    # Every other path of EndDevice is served by no registry.
    extra = {p: o for p, o in table.items() if p not in expected and o != NOBODY}
    assert not extra
    assert len(expected) == 636


# The end-device methods of every registry, and the gateway registry's, in the server's table.
MASKS = field_masks()
DEVICE_AND_GATEWAY_METHODS = sorted(
    ["/ttn.lorawan.v3." + m for m in device_field_masks.METHODS]
    + ["/ttn.lorawan.v3.GatewayRegistry/" + m for m in ("Get", "List", "Update")]
)


@pytest.mark.parametrize("method", DEVICE_AND_GATEWAY_METHODS)
def test_allowed_paths_match_upstream(method):
    api = _reference("api-definition.json")
    service, name = method.rsplit("/", 1)
    upstream = api[service.rsplit(".", 1)[-1]][name]["allowedFieldMaskPaths"]
    assert len(upstream) == len(set(upstream))
    assert MASKS[method] == frozenset(upstream)


def test_examples():
    o = ownership.owners
    assert o("ids.device_id") == ({"is", "as", "ns", "js"}, {"as", "ns", "js"})
    assert o("ids.dev_addr") == ({"as", "ns", "js"}, frozenset())
    assert o("created_at") == ({"is", "ns"}, frozenset())
    assert o("name") == ({"is"}, {"is"})
    assert o("root_keys.app_key.key") == ({"js"}, {"js"})
    assert o("root_keys.app_key.kek_label") == NOBODY
    # Session is shared by session and pending_session, owned differently under each.
    assert o("session") == ({"as", "ns"}, {"ns"})
    assert o("session.dev_addr") == ({"as", "ns"}, {"as", "ns"})
    assert o("session.keys.app_s_key") == ({"as"}, {"as"})
    assert o("session.keys.nwk_s_enc_key.key") == ({"ns"}, {"ns"})
    assert o("pending_session.dev_addr") == ({"as", "ns"}, {"ns"})
    assert o("pending_session.keys.app_s_key.key") == ({"as"}, frozenset())
    assert o("pending_session.started_at") == NOBODY
    # MACState likewise under mac_state and pending_mac_state.
    assert o("mac_state.pending_application_downlink.f_port") == ({"ns"}, {"ns"})
    assert o("pending_mac_state.pending_application_downlink.f_port") == NOBODY
    assert o("mac_state.queued_join_accept.keys.app_s_key.kek_label") == NOBODY
    assert o("pending_mac_state.queued_join_accept.keys.app_s_key.kek_label") == ({"ns"}, {"ns"})
    assert o("pending_mac_state.queued_join_accept.keys.nwk_s_enc_key.kek_label") == NOBODY
    # Oneof names are path elements.
    assert o("mac_settings.adr.mode.dynamic.margin") == ({"ns"}, {"ns"})
    assert o("serial_number") == ({"is", "as"}, {"is", "as", "ns"})
    assert o("queued_application_downlinks") == NOBODY
    with pytest.raises(ValueError):
        o("no_such_field")
    with pytest.raises(ValueError):
        ownership.paths_for("gs", "get")


def test_paths_for_and_omitted():
    every = set(paths_of(end_device_pb2.EndDevice.DESCRIPTOR))
    assert ownership.OMITTED <= every
    for path in ownership.OMITTED:
        assert ownership.owners(path) == NOBODY
    assert "mac_state.current_parameters.adr_ack_limit" not in ownership.paths_for("ns", "get")
    assert "mac_settings.use_adr" in ownership.paths_for("ns", "set")
    sizes = {(c, op): len(ownership.paths_for(c, op)) for c in ownership.COMPONENTS for op in ("get", "set")}
    assert sizes == {
        ("is", "get"): 33, ("is", "set"): 25, ("js", "get"): 27, ("js", "set"): 26,
        ("ns", "get"): 586, ("ns", "set"): 586, ("as", "get"): 38, ("as", "set"): 28,
    }
