"""Which registry serves each field path of an EndDevice, read from ``(ttsl.annotations.owners)``.

The annotations (see ``protos/ttsl/annotations.proto``, ``FieldOwners``) sit on the fields of
``EndDevice`` and of the messages below it. For a path ``a.b.c`` the owners are found like this,
one path element at a time from the top:

1. an entry of an enclosing field's ``paths`` naming this sub-path (``pending_session`` names
   ``keys.app_s_key``), the outermost enclosing field first;
2. else the field's own annotation, when it gives owners (``get``, ``set`` or ``none``);
3. else the parent path's owners.

``none`` is final: nothing below a path that no registry serves is served either.

Upstream's allowed-path lists are written by hand, and leave out a few sub-paths whose parent
is served; :data:`OMITTED` names them (each with its sub-paths). Everything else follows from
the annotations. Components are named as upstream's JS SDK names them: ``is``, ``js``, ``ns``,
``as``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, Optional

from google.protobuf.descriptor import Descriptor, FieldDescriptor

from server.fieldmask import paths_of
from ttn.lorawan.v3 import end_device_pb2
from ttsl import annotations_pb2 as _A

__all__ = ["COMPONENTS", "OMITTED", "Owners", "owners", "paths_for", "table"]

Owners = tuple[frozenset[str], frozenset[str]]
Operation = Literal["get", "set"]

COMPONENTS = ("is", "js", "ns", "as")
_NAMES = {_A.IS: "is", _A.JS: "js", _A.NS: "ns", _A.AS: "as"}
_NOBODY: Owners = (frozenset(), frozenset())
_END_DEVICE: Descriptor = end_device_pb2.EndDevice.DESCRIPTOR

# Sub-paths upstream's lists leave out although their parent is listed (the lists predate
# these fields, or never went below the parent). Each entry also removes its sub-paths.
_DEPRECATED_MAC_PARAMETERS = ("adr_ack_limit", "adr_ack_delay", "ping_slot_data_rate_index")
OMITTED: frozenset[str] = frozenset(
    # The picture is selected whole.
    ["picture.embedded", "picture.sizes"]
    # Deprecated MAC parameters (their replacements are listed).
    + [
        f"{state}.{parameters}.{name}"
        for state in ("mac_state", "pending_mac_state")
        for parameters in ("current_parameters", "desired_parameters")
        for name in _DEPRECATED_MAC_PARAMETERS
    ]
    # Downlink fields added after the Network Server's list was written.
    + [
        "mac_state.pending_application_downlink.confirmed_retry",
        "mac_state.pending_application_downlink.decoded_payload",
        "mac_state.pending_application_downlink.decoded_payload_warnings",
    ]
)


class _Resolved:
    """Owners of one path while walking down: get, set, and whether `none` was reached."""

    __slots__ = ("get", "set", "dead")

    def __init__(self, get: frozenset[str], set_: frozenset[str], dead: bool) -> None:
        self.get, self.set, self.dead = get, set_, dead


def _from_annotation(a: "_A.FieldOwners | _A.PathOwners") -> Optional[_Resolved]:
    """The owners an annotation gives, or None when it gives none (only ``paths``)."""
    if a.none:
        return _Resolved(frozenset(), frozenset(), True)
    if not a.get and not a.set:
        return None
    return _Resolved(frozenset(_NAMES[c] for c in a.get), frozenset(_NAMES[c] for c in a.set), False)


def _annotation(fd: FieldDescriptor) -> Optional[_A.FieldOwners]:
    options = fd.GetOptions()
    if options.HasExtension(_A.owners):
        return options.Extensions[_A.owners]
    return None


def _steps(path: str) -> list[tuple[str, Optional[FieldDescriptor]]]:
    """The elements of a path with their fields (None for a oneof's name)."""
    out: list[tuple[str, Optional[FieldDescriptor]]] = []
    d: Optional[Descriptor] = _END_DEVICE
    pending_oneof = None
    for name in path.split("."):
        if d is None:
            raise ValueError(f"`{path}` is not a field path of EndDevice")
        if pending_oneof is not None:
            fd = next((f for f in pending_oneof.fields if f.name == name), None)
            pending_oneof = None
        else:
            fd = d.fields_by_name.get(name)
            if fd is None:
                oneof = d.oneofs_by_name.get(name)
                if oneof is None:
                    raise ValueError(f"`{path}` is not a field path of EndDevice")
                pending_oneof = oneof
                out.append((name, None))
                continue
        if fd is None:
            raise ValueError(f"`{path}` is not a field path of EndDevice")
        out.append((name, fd))
        d = fd.message_type if fd.message_type is not None and not fd.is_repeated else None
    return out


def _resolve(path: str) -> Owners:
    steps = _steps(path)
    names = [name for name, _ in steps]
    current: Optional[_Resolved] = None
    for k, (_, fd) in enumerate(steps):
        if current is not None and current.dead:
            return _NOBODY
        explicit: Optional[_Resolved] = None
        # 1. Entries of enclosing fields, outermost first.
        for j in range(k):
            outer = steps[j][1]
            a = _annotation(outer) if outer is not None else None
            if a is None or not a.paths:
                continue
            relative = ".".join(names[j + 1 : k + 1])
            entry = next((e for e in a.paths if e.path == relative), None)
            if entry is not None:
                explicit = _from_annotation(entry)
                break
        # 2. The field's own annotation.
        if explicit is None and fd is not None:
            a = _annotation(fd)
            if a is not None:
                explicit = _from_annotation(a)
        if explicit is not None:
            current = explicit
        elif current is None:  # a top-level field without owners
            return _NOBODY
    if current is None or current.dead:
        return _NOBODY
    return current.get, current.set


def _omitted(path: str) -> bool:
    return any(path == p or path.startswith(p + ".") for p in OMITTED)


@lru_cache(maxsize=1)
def table() -> dict[str, Owners]:
    """Owners of every field path of EndDevice (paths no registry serves map to empty sets)."""
    out: dict[str, Owners] = {}
    for path in paths_of(_END_DEVICE):
        out[path] = _NOBODY if _omitted(path) else _resolve(path)
    return out


def owners(path: str) -> Owners:
    """``(get, set)``: the registries that return ``path`` of an EndDevice on read, and those
    that store it on write (empty: read-only, or not served at all)."""
    found = table().get(path)
    if found is None:
        raise ValueError(f"`{path}` is not a field path of EndDevice")
    return found


@lru_cache(maxsize=None)
def paths_for(component: str, operation: Operation) -> frozenset[str]:
    """Every EndDevice path ``component`` (``is``, ``js``, ``ns``, ``as``) serves on ``operation``."""
    if component not in COMPONENTS:
        raise ValueError(f"unknown component `{component}`")
    if operation not in ("get", "set"):
        raise ValueError(f"unknown operation `{operation}`")
    index = 0 if operation == "get" else 1
    return frozenset(path for path, o in table().items() if component in o[index])
