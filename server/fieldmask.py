"""Field masks: which paths each RPC accepts, and applying paths to messages.

Paths are written the way upstream writes them: dotted field names, where a field inside a real
(non-synthetic) oneof is reached through the oneof's name (``administrative_contact.ids.user_ids``
with ``ids`` the oneof of ``OrganizationOrUserIdentifiers``). Map and repeated fields are leaves.

Policy (upstream ``pkg/rpcmiddleware/validator`` with the lists of ``pkg/ttnpb/field_mask_validation.go``):
every path of a request's ``field_mask`` must be listed for its RPC, literally (a parent path
does not admit its children, nor the reverse), else ``field_mask_paths`` names every offending
path. An RPC without a list admits no path at all. This runs before validation and auth. The
lists are declared by the components (``server/<component>/rules.py``) and merged into one
:class:`FieldMasks` at start-up by the composition root (server/app.py), which the pipeline
consults.

Set RPCs (upstream's ``Set: true`` entries, :data:`SET_METHODS`) also refuse a request whose
entity carries a non-zero value at a path the RPC does not accept below a requested path
(``non_zero_path``): asking for ``root_keys`` on a Join Server Set while sending
``root_keys.app_key.encrypted_key``.

Mechanics (upstream ``pkg/ttnpb/fieldmask_utils.go`` and the generated ``SetFields`` and
``FieldIsZero``): :func:`filter_message`, :func:`copy_paths`, :func:`is_zero`, :func:`has_any`,
:func:`add`, :func:`exclude`, :func:`top_level`.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Iterator, Mapping, Optional, Sequence, TypeVar

from google.protobuf.descriptor import Descriptor, FieldDescriptor, OneofDescriptor
from google.protobuf.message import Message

from .errors import Namespace

__all__ = [
    "ERR_FIELD_MASK_PATHS",
    "ERR_NON_ZERO_PATH",
    "SET_METHODS",
    "FieldMasks",
    "MaskCheck",
    "paths_of",
    "filter_message",
    "copy_paths",
    "is_zero",
    "has_any",
    "add",
    "exclude",
    "top_level",
]

_validator = Namespace("pkg/rpcmiddleware/validator")
ERR_FIELD_MASK_PATHS = _validator.invalid_argument(
    "field_mask_paths", "forbidden path(s) in field mask", "forbidden_paths"
)
ERR_NON_ZERO_PATH = _validator.invalid_argument("non_zero_path", "path `{path}` is not zero")

M = TypeVar("M", bound=Message)

# ---------------------------------------------------------------------------------------------
# Paths of a message type.


def _real_oneof(fd: FieldDescriptor) -> Optional[OneofDescriptor]:
    """The field's oneof, unless it is the synthetic oneof of a proto3 ``optional`` field."""
    oneof = fd.containing_oneof
    if oneof is None or (len(oneof.fields) == 1 and oneof.name == "_" + fd.name):
        return None
    return oneof


def _is_map(fd: FieldDescriptor) -> bool:
    return fd.message_type is not None and fd.message_type.GetOptions().map_entry


def _recurses(fd: FieldDescriptor) -> bool:
    """Singular message fields have sub-paths, except well-known types (Timestamp, wrappers, …)."""
    t = fd.message_type
    return t is not None and not fd.is_repeated and not t.full_name.startswith("google.protobuf.")


@lru_cache(maxsize=None)
def _paths(descriptor: Descriptor) -> tuple[str, ...]:
    out: list[str] = []

    def walk(d: Descriptor, prefix: str, stack: tuple) -> None:
        if d in stack:  # a recursive type: upstream cannot list it either; stop here
            return
        stack = stack + (d,)
        for fd in d.fields:
            oneof = _real_oneof(fd)
            base = prefix
            if oneof is not None:
                base = prefix + oneof.name + "."
                if prefix + oneof.name not in out:
                    out.append(prefix + oneof.name)
            path = base + fd.name
            out.append(path)
            if _recurses(fd):
                walk(fd.message_type, path + ".", stack)

    walk(descriptor, "", ())
    return tuple(sorted(out))


def paths_of(descriptor: Descriptor) -> list[str]:
    """Every field path of a message type, sorted, as upstream's ``<Message>FieldPathsNested``."""
    return list(_paths(descriptor))


# ---------------------------------------------------------------------------------------------
# Allowed paths per RPC (pkg/ttnpb/field_mask_validation.go).

# Upstream's Update/Set RPCs (``Set: true``): under a requested path, the paths the RPC does not
# accept must be zero in the request's entity. Only methods with a list of paths are checked.
SET_METHODS: frozenset[str] = frozenset(
    "/ttn.lorawan.v3." + m
    for m in (
        "ApplicationAccess/UpdateAPIKey", "ApplicationActivationSettingRegistry/Set",
        "ApplicationPackageRegistry/SetAssociation", "ApplicationPackageRegistry/SetDefaultAssociation",
        "ApplicationPubSubRegistry/Set", "ApplicationRegistry/Update", "ApplicationWebhookRegistry/Set",
        "As/SetLink", "AsEndDeviceRegistry/Set", "ClientRegistry/Update", "EndDeviceRegistry/Update",
        "GatewayAccess/UpdateAPIKey", "GatewayRegistry/Update", "JsEndDeviceRegistry/Set",
        "NsEndDeviceRegistry/Set", "OrganizationAccess/UpdateAPIKey", "OrganizationRegistry/Update",
        "UserAccess/UpdateAPIKey", "UserRegistry/Update",
    )
)


_NO_PATHS: frozenset[str] = frozenset()
_has_mask: dict[Descriptor, bool] = {}


def _has_field_mask(d: Descriptor) -> bool:
    has = _has_mask.get(d)
    if has is None:
        fd = d.fields_by_name.get("field_mask")
        has = fd is not None and fd.message_type is not None and fd.message_type.full_name == "google.protobuf.FieldMask"
        _has_mask[d] = has
    return has


class MaskCheck:
    """The field-mask check of one RPC: refuse a request whose ``field_mask`` names a path the
    RPC does not accept (and, for a Set RPC, one whose entity sets what it does not accept
    below an asked path)."""

    __slots__ = ("full_method", "allowed", "_set", "_zero")

    def __init__(self, full_method: str, allowed: frozenset[str]) -> None:
        self.full_method = full_method
        self.allowed = allowed
        self._set = full_method in SET_METHODS and bool(allowed)
        # (the request field holding the entity, sorted entity paths the RPC does not accept),
        # found on the first Set request.
        self._zero: Optional[tuple[str, tuple[str, ...]]] = None

    def __call__(self, request: Message) -> None:
        d = request.DESCRIPTOR
        has = _has_mask.get(d)
        if not (has if has is not None else _has_field_mask(d)):
            return
        paths = request.field_mask.paths  # type: ignore[attr-defined]
        if not paths:
            return
        allowed = self.allowed
        if not allowed.issuperset(paths):
            raise ERR_FIELD_MASK_PATHS(forbidden_paths=[p for p in paths if p not in allowed])
        if self._set:
            self._check_zero(request, paths)

    def _check_zero(self, request: Message, paths: Sequence[str]) -> None:
        """Upstream's ``non_zero_path``: below each requested path, what the RPC does not accept
        must be zero in the request's entity."""
        check = self._zero
        if check is None:
            entity = _entity_field(request.DESCRIPTOR)
            refused: tuple[str, ...] = ()
            if entity is not None:
                refused = tuple(p for p in _paths(entity.message_type) if p not in self.allowed)
            check = self._zero = (entity.name if entity is not None else "", refused)
        field, refused = check
        if not refused:
            return
        entity_message = getattr(request, field)
        for p in paths:
            prefix = p + "."
            for i in range(bisect_left(refused, prefix), len(refused)):
                sub = refused[i]
                if not sub.startswith(prefix):
                    break
                if not is_zero(entity_message, sub):
                    raise ERR_NON_ZERO_PATH(path=sub)


class FieldMasks(Mapping[str, frozenset[str]]):
    """Full RPC name -> the field-mask paths it accepts: the tables of the components, merged
    once at start-up; a method declared by two tables is refused."""

    def __init__(self, *tables: Mapping[str, Iterable[str]]) -> None:
        self._paths: dict[str, frozenset[str]] = {}
        for table in tables:
            for method, paths in table.items():
                if method in self._paths:
                    raise ValueError(f"{method}: field-mask paths declared twice")
                self._paths[method] = frozenset(paths)
        self._checks: dict[str, MaskCheck] = {}

    def __getitem__(self, full_method: str) -> frozenset[str]:
        return self._paths[full_method]

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def check_of(self, full_method: str) -> MaskCheck:
        """The check of ``full_method`` (one per method, made on first use)."""
        check = self._checks.get(full_method)
        if check is None:
            check = self._checks[full_method] = MaskCheck(full_method, self._paths.get(full_method, _NO_PATHS))
        return check

    def check(self, full_method: str, request: Message) -> None:
        """Refuse a request whose ``field_mask`` names a path its RPC does not accept."""
        self.check_of(full_method)(request)


def _entity_field(request: Descriptor) -> Optional[FieldDescriptor]:
    """The field of an Update/Set request holding the entity the mask selects in: its one singular
    message field besides the mask and identifiers (``end_device``, ``application``, ``api_key``)."""
    for fd in request.fields:
        t = fd.message_type
        if t is None or fd.is_repeated or t.full_name.startswith("google.protobuf."):
            continue
        if fd.name.endswith("_ids") or fd.name == "ids":
            continue
        return fd
    return None


def is_zero(message: Message, path: str) -> bool:
    """Whether ``path`` of ``message`` is zero, as upstream's generated ``FieldIsZero``: an unset
    message (a set but empty one is not zero), an empty list or map, a scalar at its default;
    anything below an unset message, or below a oneof set to another member, is zero."""
    node = message
    parts = path.split(".")
    last = len(parts) - 1
    i = 0
    while True:
        d = node.DESCRIPTOR
        name = parts[i]
        fd = d.fields_by_name.get(name)
        if fd is None or _real_oneof(fd) is not None:
            oneof = d.oneofs_by_name.get(name)
            if oneof is None:
                raise ValueError(f"invalid field path `{path}` in {message.DESCRIPTOR.full_name}")
            which = node.WhichOneof(name)
            if i == last:
                return which is None
            i += 1
            if which != parts[i]:
                return True
            fd = d.fields_by_name[which]
        if fd.is_repeated:
            return len(getattr(node, fd.name)) == 0
        if fd.message_type is not None:
            if not node.HasField(fd.name):
                return True
            if i == last:
                return False
            node = getattr(node, fd.name)
            i += 1
            continue
        if fd.has_presence and not node.HasField(fd.name):
            return True
        return not getattr(node, fd.name)


# ---------------------------------------------------------------------------------------------
# Path lists (pkg/ttnpb/fieldmask_utils.go).


def has_any(paths: Iterable[str], *search: str) -> bool:
    """Whether ``paths`` selects any of ``search``: a path equal to one, or a parent of one.

    As upstream's ``HasAnyField``: a child does not count, ``has_any(["ids.application_id"], "ids")``
    is False.
    """
    for p in paths:
        prefix = p + "."
        for s in search:
            if s == p or s.startswith(prefix):
                return True
    return False


def add(paths: Sequence[str], *extra: str) -> list[str]:
    """``paths`` plus each of ``extra`` not already selected, without sub-paths of ``extra``
    (upstream ``AddFields``)."""
    out = list(paths)
    for e in extra:
        if not has_any(out, e):
            out.append(e)
    prefixes = tuple(e + "." for e in extra)
    return [p for p in out if not p.startswith(prefixes)]


def exclude(paths: Sequence[str], *removed: str) -> list[str]:
    """``paths`` without ``removed`` and their sub-paths (upstream ``ExcludeFields``)."""
    prefixes = tuple(r + "." for r in removed)
    drop = frozenset(removed)
    return [p for p in paths if p not in drop and not p.startswith(prefixes)]


def top_level(paths: Iterable[str]) -> list[str]:
    """The distinct first elements of ``paths``, in order (upstream ``TopLevelFields``)."""
    seen: dict[str, None] = {}
    for p in paths:
        seen.setdefault(p.partition(".")[0], None)
    return list(seen)


# ---------------------------------------------------------------------------------------------
# Applying paths to messages (upstream's generated SetFields).


@lru_cache(maxsize=4096)
def _tree(paths: tuple[str, ...]) -> dict:
    """Path tree: name -> None (the whole field) or a subtree. A parent path wins over children."""
    root: dict = {}
    for path in paths:
        node = root
        parts = path.split(".")
        for i, part in enumerate(parts):
            if i == len(parts) - 1:
                node[part] = None
                break
            child = node.get(part, {})
            if child is None:  # the parent is selected whole already
                break
            node[part] = child
            node = child
    return root


def filter_message(message: M, paths: Iterable[str]) -> M:
    """A new message with only ``paths`` of ``message`` (a path keeps its whole subtree).

    Copies the message in C and clears what the paths do not select: on the hot path of every
    Get and List, this is several times cheaper than copying field by field.
    """
    key = tuple(paths)
    tree = _tree(key)
    _check_tree(message.DESCRIPTOR, key)
    out = type(message)()
    out.CopyFrom(message)
    _prune(out, tree)
    return out


@lru_cache(maxsize=4096)
def _check_tree(descriptor: Descriptor, paths: tuple[str, ...]) -> None:
    """Raise ValueError when a path names no field (checked once per message type and paths)."""
    _check_node(descriptor, _tree(paths))


def _check_node(descriptor: Descriptor, tree: dict) -> None:
    for name, sub in tree.items():
        fd = descriptor.fields_by_name.get(name)
        if fd is not None and _real_oneof(fd) is None:
            _check_field(descriptor, fd, sub)
            continue
        oneof = descriptor.oneofs_by_name.get(name)
        if oneof is None:
            raise ValueError(f"invalid field path `{name}` in {descriptor.full_name}")
        for member_name, member_sub in (sub or {}).items():
            member = _member(oneof, member_name)
            if member is None:
                raise ValueError(f"invalid oneof field `{name}.{member_name}` in {descriptor.full_name}")
            _check_field(descriptor, member, member_sub)


def _check_field(descriptor: Descriptor, fd: FieldDescriptor, sub: Optional[dict]) -> None:
    if not sub:
        return
    if fd.message_type is None or fd.is_repeated:
        raise ValueError(f"`{fd.name}` of {descriptor.full_name} has no sub-fields")
    _check_node(fd.message_type, sub)


def _prune(message: Message, tree: dict) -> None:
    for fd, value in message.ListFields():
        name = fd.name
        if name in tree:
            sub = tree[name]
        else:
            oneof = _real_oneof(fd)
            if oneof is None or oneof.name not in tree:
                message.ClearField(name)
                continue
            sub = tree[oneof.name]
            if sub is not None:
                if name not in sub:
                    message.ClearField(name)
                    continue
                sub = sub[name]
        if sub is not None and fd.message_type is not None and not fd.is_repeated:
            _prune(value, sub)


def copy_paths(dst: Message, src: Message, paths: Iterable[str]) -> None:
    """Set ``paths`` of ``dst`` from ``src``; a path unset in ``src`` is cleared in ``dst``."""
    if dst.DESCRIPTOR is not src.DESCRIPTOR:
        raise TypeError(f"copy_paths: {dst.DESCRIPTOR.full_name} from {src.DESCRIPTOR.full_name}")
    _copy(dst, src, _tree(tuple(paths)))


def _copy(dst: Message, src: Message, tree: dict) -> None:
    d = dst.DESCRIPTOR
    fields = d.fields_by_name
    oneofs = d.oneofs_by_name
    for name, sub in tree.items():
        fd = fields.get(name)
        if fd is not None and _real_oneof(fd) is None:
            _copy_field(dst, src, fd, sub)
            continue
        oneof = oneofs.get(name)
        if oneof is None:  # unknown, or a oneof member named without its oneof
            raise ValueError(f"invalid field path `{name}` in {d.full_name}")
        _copy_oneof(dst, src, oneof, sub)


def _copy_field(dst: Message, src: Message, fd: FieldDescriptor, sub: Optional[dict]) -> None:
    name = fd.name
    if fd.is_repeated:
        if sub:
            raise ValueError(f"`{name}` of {dst.DESCRIPTOR.full_name} has no sub-fields")
        dst.ClearField(name)
        src_value = getattr(src, name)
        if not src_value:
            return
        if _is_map(fd):
            dst_map = getattr(dst, name)
            if fd.message_type.fields_by_name["value"].message_type is not None:
                for key, value in src_value.items():
                    dst_map[key].CopyFrom(value)
            else:
                dst_map.update(src_value)
        else:
            getattr(dst, name).extend(src_value)
        return
    if fd.message_type is not None:
        if not sub:
            if src.HasField(name):
                getattr(dst, name).CopyFrom(getattr(src, name))
            else:
                dst.ClearField(name)
            return
        if not src.HasField(name) and not dst.HasField(name):
            return
        child = getattr(dst, name)
        child.SetInParent()
        _copy(child, getattr(src, name), sub)
        return
    if sub:
        raise ValueError(f"`{name}` of {dst.DESCRIPTOR.full_name} has no sub-fields")
    if fd.has_presence and not src.HasField(name):
        dst.ClearField(name)
    else:
        setattr(dst, name, getattr(src, name))


def _copy_oneof(dst: Message, src: Message, oneof: OneofDescriptor, sub: Optional[dict]) -> None:
    which = src.WhichOneof(oneof.name)
    if not sub:  # the whole oneof: whichever member src has, or none
        if which is None:
            dst.ClearField(oneof.name)
        else:
            _copy_field(dst, src, _member(oneof, which), None)  # type: ignore[arg-type]
        return
    for member_name, member_sub in sub.items():
        member = _member(oneof, member_name)
        if member is None:
            raise ValueError(f"invalid oneof field `{oneof.name}.{member_name}`")
        if not member_sub:
            if which == member_name:
                _copy_field(dst, src, member, None)
            else:
                dst.ClearField(oneof.name)
            continue
        if which != member_name and dst.WhichOneof(oneof.name) != member_name:
            dst.ClearField(oneof.name)
            continue
        _copy_field(dst, src, member, member_sub)


def _member(oneof: OneofDescriptor, name: str) -> Optional[FieldDescriptor]:
    for fd in oneof.fields:
        if fd.name == name:
            return fd
    return None
