"""Request validation: the one place that checks an incoming message against its rules.

The rules are the ``(ttsl.annotations.rules)`` field options and ``(ttsl.annotations.oneof_rules)``
oneof options of our protos. A failure is upstream's ``pkg/errors:validation`` error, with the
attributes upstream's generated validators give it:

* ``field``: the field's name in the message that failed (``name``, ``attributes[key]``,
  ``rights[2]``, a oneof member's name), never a dotted path;
* ``reason``: upstream's reason text, word for word (see ``_reasons`` below);
* ``name``: ``<MessageName>ValidationError`` of the message that failed.

A failure inside an embedded message (a set message field, a repeated item or a map value) is
reported by the outer message as ``embedded message failed validation`` with the inner error as
its ``cause``, recursively, so the chain ends at the field that broke the rule.

Upstream checks fields in a random order (a Go map), so when a message breaks several rules the
one reported may differ between calls there; here it is always the first in declaration order
(or, for a masked update, in the order of the requested paths).

Checks are compiled once per message type into a list of small closures; a message type without
any rule anywhere below it compiles to nothing, and validating it is one dictionary look-up.
"""

from __future__ import annotations

import re
import time
from typing import Any, Callable, Optional

from google.protobuf.descriptor import Descriptor, FieldDescriptor, OneofDescriptor
from google.protobuf.message import Message

from ttsl import annotations_pb2 as _A

from .errors import Namespace, TTSError

__all__ = ["ERR_VALIDATION", "request", "message", "masked_update", "MASKED_UPDATES", "valid_uri"]

ERR_VALIDATION = Namespace("pkg/errors").invalid_argument("validation", "invalid `{field}`: {reason}", "name")

# A compiled field check: (message, sub-paths or None) -> the error, or None when valid.
Check = Callable[[Message, Optional[list]], Optional[TTSError]]

_T = FieldDescriptor
_INTEGER_TYPES = frozenset(
    {
        _T.TYPE_INT32, _T.TYPE_INT64, _T.TYPE_UINT32, _T.TYPE_UINT64, _T.TYPE_SINT32,
        _T.TYPE_SINT64, _T.TYPE_FIXED32, _T.TYPE_FIXED64, _T.TYPE_SFIXED32, _T.TYPE_SFIXED64,
    }
)
_FLOAT_TYPES = frozenset({_T.TYPE_FLOAT, _T.TYPE_DOUBLE})
_TIMESTAMP = "google.protobuf.Timestamp"
_ONEOF_RULES = getattr(_A, "oneof_rules", None)

# ---------------------------------------------------------------------------------------------
# Masked updates.
#
# Upstream validates an Update/Set request only on the paths of its field mask (when the mask is
# not empty): ``ValidateFields(FieldsWithPrefix("<entity field>", mask...)..., <always>...)`` in
# ``pkg/ttnpb/*_validators.go``. Every other request, including Get/List requests that carry a
# mask and the UpdateAPIKey requests (``UpdateApplicationAPIKeyRequest`` and its user and
# organization siblings are validated in full upstream), is validated in full.
#
# The rule, read from the descriptor: a request whose fields are exactly ``field_mask``
# (google.protobuf.FieldMask) and one singular message field whose type has an ``ids`` field
# (``UpdateApplicationRequest{application, field_mask}``) is a masked update of that field, which
# always also validates ``<field>.ids``. Upstream's exceptions to that rule are written out here
# (None: validated in full although the shape matches).
MASKED_UPDATES: dict[str, Optional[tuple[str, tuple[str, ...]]]] = {
    "ttn.lorawan.v3.UpdateEndDeviceRequest": (
        "end_device", ("end_device.ids.application_ids", "end_device.ids.device_id")),
    "ttn.lorawan.v3.SetEndDeviceRequest": (
        "end_device", ("end_device.ids.application_ids", "end_device.ids.device_id")),
    "ttn.lorawan.v3.SetApplicationLinkRequest": ("link", ("application_ids",)),
    "ttn.lorawan.v3.SetApplicationActivationSettingsRequest": ("settings", ("application_ids",)),
    "ttn.lorawan.v3.UpdateRelayRequest": (
        "settings", ("end_device_ids.application_ids", "end_device_ids.device_id")),
    "ttn.lorawan.v3.UpdateRelayUplinkForwardingRuleRequest": (
        "rule", ("end_device_ids.application_ids", "end_device_ids.device_id", "index")),
    "ttn.lorawan.v3.UpdateManagedGatewayRequest": None,
    "ttn.lorawan.v3.UpdatePacketBrokerGatewayRequest": None,
}


def masked_update(descriptor: Descriptor) -> Optional[tuple[str, tuple[str, ...]]]:
    """``(entity field, always-validated paths)`` when ``descriptor`` is a masked update, else None."""
    if descriptor.full_name in MASKED_UPDATES:
        return MASKED_UPDATES[descriptor.full_name]
    mask = descriptor.fields_by_name.get("field_mask")
    if mask is None or mask.message_type is None or mask.message_type.full_name != "google.protobuf.FieldMask":
        return None
    others = [f for f in descriptor.fields if f is not mask]
    if len(others) != 1:
        return None
    entity = others[0]
    if entity.is_repeated or entity.message_type is None or "ids" not in entity.message_type.fields_by_name:
        return None
    return entity.name, (entity.name + ".ids",)


# ---------------------------------------------------------------------------------------------
# Entry points.


def request(full_method: str, message: Message) -> None:
    """Validate an incoming request of ``full_method``; raise ``pkg/errors:validation`` if invalid.

    What is checked depends on the request's type only (see :func:`masked_update`); the method
    name is taken for symmetry with :meth:`server.fieldmask.FieldMasks.check`.
    """
    v = _validators.get(message.DESCRIPTOR)
    if v is None:
        v = _validator(message.DESCRIPTOR)
    if not v.active:
        return
    err: Optional[TTSError]
    if v.masked is not None and message.field_mask.paths:
        prefix, always = v.masked
        paths = [prefix + "." + p for p in message.field_mask.paths]
        paths.extend(always)
        err = v.run_paths(message, _process_paths(paths))
    else:
        err = v.run_all(message)
    if err is not None:
        raise err


def message(msg: Message, *paths: str) -> None:
    """Validate any message on ``paths`` (all fields when none), like upstream's ``ValidateFields``."""
    v = _validator(msg.DESCRIPTOR)
    err = v.run_paths(msg, _process_paths(list(paths))) if paths else v.run_all(msg)
    if err is not None:
        raise err


# ---------------------------------------------------------------------------------------------
# Paths, upstream style.


def _process_paths(paths: list) -> dict:
    """Top-level names of ``paths`` with their sub-paths; None means the whole field.

    Upstream's ``_processPaths``: a bare name wins over sub-paths of the same name.
    """
    out: dict = {}
    for p in paths:
        head, dot, tail = p.partition(".")
        if not dot:
            out[head] = None
        elif head in out:
            subs = out[head]
            if subs is not None:
                subs.append(tail)
        else:
            out[head] = [tail]
    return out


# ---------------------------------------------------------------------------------------------
# Compiled validators.

_validators: dict[Descriptor, "_Validator"] = {}
_MISSING = object()


class _Validator:
    """The compiled checks of one message type."""

    __slots__ = ("descriptor", "error_name", "entries", "active", "masked")

    def __init__(self, descriptor: Descriptor) -> None:
        self.descriptor = descriptor
        # Go's type name: nested types are joined with "_" (Picture_EmbeddedValidationError).
        package = descriptor.file.package
        local = descriptor.full_name[len(package) + 1 :] if package else descriptor.full_name
        self.error_name = local.replace(".", "_") + "ValidationError"
        # Every top-level path name (fields outside real oneofs, and oneof names) -> check or None.
        self.entries: dict[str, Optional[Check]] = {}
        # The checks to run for a full validation, in declaration order.
        self.active: tuple[Check, ...] = ()
        self.masked = masked_update(descriptor)

    def fail(self, field: str, reason: str, cause: Optional[TTSError] = None) -> TTSError:
        return ERR_VALIDATION(field=field, reason=reason, name=self.error_name, cause=cause)

    def run_all(self, msg: Message) -> Optional[TTSError]:
        for check in self.active:
            err = check(msg, None)
            if err is not None:
                return err
        return None

    def run_paths(self, msg: Message, path_map: dict) -> Optional[TTSError]:
        entries = self.entries
        for name, subs in path_map.items():
            check = entries.get(name, _MISSING)
            if check is None:
                continue
            if check is _MISSING:
                return self.fail(name, "invalid field path")
            err = check(msg, subs)  # type: ignore[operator]
            if err is not None:
                return err
        return None

    def run(self, msg: Message, subs: Optional[list]) -> Optional[TTSError]:
        if subs:
            return self.run_paths(msg, _process_paths(subs))
        return self.run_all(msg)


def _validator(descriptor: Descriptor) -> _Validator:
    v = _validators.get(descriptor)
    if v is not None:
        return v
    v = _Validator(descriptor)
    _validators[descriptor] = v  # before compiling: recursive types find it here
    if _has_rules(descriptor):
        _compile(v)
    else:
        v.entries = {name: None for name in _path_names(descriptor)}
    return v


def _path_names(descriptor: Descriptor) -> list[str]:
    names: list[str] = []
    for fd in descriptor.fields:
        oneof = _real_oneof(fd)
        if oneof is None:
            names.append(fd.name)
        elif oneof.name not in names:
            names.append(oneof.name)
    return names


def _real_oneof(fd: FieldDescriptor) -> Optional[OneofDescriptor]:
    """The field's oneof, unless it is the synthetic oneof of a proto3 ``optional`` field."""
    oneof = fd.containing_oneof
    if oneof is None or (len(oneof.fields) == 1 and oneof.name == "_" + fd.name):
        return None
    return oneof


def _rules(fd: FieldDescriptor) -> Optional[_A.FieldRules]:
    options = fd.GetOptions()
    if options.HasExtension(_A.rules):
        r = options.Extensions[_A.rules]
        if r.ListFields():
            return r
    return None


def _oneof_required(oneof: OneofDescriptor) -> bool:
    if _ONEOF_RULES is None:
        return False
    options = oneof.GetOptions()
    return options.HasExtension(_ONEOF_RULES) and options.Extensions[_ONEOF_RULES].required


def _is_wkt(descriptor: Optional[Descriptor]) -> bool:
    return descriptor is not None and descriptor.full_name.startswith("google.protobuf.")


_own_rules_cache: dict[Descriptor, bool] = {}


def _own_rules(descriptor: Descriptor) -> bool:
    own = _own_rules_cache.get(descriptor)
    if own is None:
        own = any(_rules(fd) is not None for fd in descriptor.fields) or any(
            _oneof_required(o) for o in descriptor.oneofs
        )
        _own_rules_cache[descriptor] = own
    return own


_has_rules_cache: dict[Descriptor, bool] = {}


def _has_rules(descriptor: Descriptor) -> bool:
    """Whether any rule applies to this type or to any message type reachable from it."""
    cached = _has_rules_cache.get(descriptor)
    if cached is not None:
        return cached
    seen = {descriptor}
    stack = [descriptor]
    found = False
    while stack and not found:
        d = stack.pop()
        if _own_rules(d):
            found = True
            break
        for fd in d.fields:
            t = fd.message_type
            if t is not None and not _is_wkt(t) and t not in seen:
                seen.add(t)
                stack.append(t)
    _has_rules_cache[descriptor] = found
    return found


def _compile(v: _Validator) -> None:
    descriptor = v.descriptor
    entries: dict[str, Optional[Check]] = {}
    active: list[Check] = []
    for fd in descriptor.fields:
        oneof = _real_oneof(fd)
        if oneof is None:
            check = _field_check(v, fd)
            entries[fd.name] = check
            if check is not None:
                active.append(check)
        elif oneof.name not in entries:
            check = _oneof_check(v, oneof)
            entries[oneof.name] = check
            if check is not None:
                active.append(check)
    v.entries = entries
    v.active = tuple(active)


def _oneof_check(v: _Validator, oneof: OneofDescriptor) -> Optional[Check]:
    members: dict[str, Check] = {}
    for fd in oneof.fields:
        check = _field_check(v, fd)
        if check is not None:
            members[fd.name] = check
    required = _oneof_required(oneof)
    if not members and not required:
        return None
    name = oneof.name
    fail = v.fail

    def check_oneof(msg: Message, subs: Optional[list]) -> Optional[TTSError]:
        which = msg.WhichOneof(name)
        if which is None:
            return fail(name, "value is required") if required else None
        member = members.get(which)
        if member is None:
            return None
        if subs:
            member_subs = _process_paths(subs).get(which, _MISSING)
            if member_subs is _MISSING:
                return None
            return member(msg, member_subs)  # type: ignore[arg-type]
        return member(msg, None)

    return check_oneof


def _field_check(v: _Validator, fd: FieldDescriptor) -> Optional[Check]:
    r = _rules(fd)
    t = fd.message_type
    if fd.is_repeated and t is not None and t.GetOptions().map_entry:
        return _map_check(v, fd, r)
    if fd.is_repeated:
        return _repeated_check(v, fd, r)
    if t is not None:
        return _message_check(v, fd, r)
    if r is None:
        return None
    ignore_empty, checks = _value_checks(r, fd)
    if not checks:
        return None
    name = fd.name
    fail = v.fail
    has_presence = fd.has_presence

    def check_scalar(msg: Message, subs: Optional[list]) -> Optional[TTSError]:
        if has_presence and not msg.HasField(name):
            return None
        value = getattr(msg, name)
        if ignore_empty and not value:
            return None
        for bad, reason in checks:
            if bad(value):
                return fail(name, reason)
        return None

    return check_scalar


def _message_check(v: _Validator, fd: FieldDescriptor, r: Optional[_A.FieldRules]) -> Optional[Check]:
    name = fd.name
    fail = v.fail
    required = r is not None and r.required
    t = fd.message_type
    own: list[Callable[[Any], Optional[str]]] = []
    if r is not None and t.full_name == _TIMESTAMP and r.future:
        own.append(_timestamp_future)
    sub = _validator(t) if not _is_wkt(t) and _has_rules(t) else None
    if not required and not own and sub is None:
        return None

    def check_message(msg: Message, subs: Optional[list]) -> Optional[TTSError]:
        if not msg.HasField(name):
            return fail(name, "value is required") if required else None
        value = getattr(msg, name)
        for c in own:
            reason = c(value)
            if reason is not None:
                return fail(name, reason)
        if sub is not None and sub.active:
            err = sub.run(value, subs)
            if err is not None:
                return fail(name, "embedded message failed validation", err)
        return None

    return check_message


def _repeated_check(v: _Validator, fd: FieldDescriptor, r: Optional[_A.FieldRules]) -> Optional[Check]:
    name = fd.name
    fail = v.fail
    count = _count_check(r, "item") if r is not None else None
    unique = r is not None and r.unique
    item_checks: list = []
    ignore_empty = False
    if r is not None and r.HasField("items") and fd.message_type is None:
        ignore_empty, item_checks = _value_checks(r.items, fd)
    t = fd.message_type
    sub = _validator(t) if t is not None and not _is_wkt(t) and _has_rules(t) else None
    if count is None and not unique and not item_checks and sub is None:
        return None

    def check_repeated(msg: Message, subs: Optional[list]) -> Optional[TTSError]:
        items = getattr(msg, name)
        if count is not None and count[0](len(items)):
            return fail(name, count[1])
        if unique:
            seen: set = set()
        for idx, item in enumerate(items):
            if unique:
                if item in seen:
                    return fail(f"{name}[{idx}]", "repeated value must contain unique items")
                seen.add(item)
            if item_checks and not (ignore_empty and not item):
                for bad, reason in item_checks:
                    if bad(item):
                        return fail(f"{name}[{idx}]", reason)
            if sub is not None and sub.active:
                err = sub.run(item, subs)
                if err is not None:
                    return fail(f"{name}[{idx}]", "embedded message failed validation", err)
        return None

    return check_repeated


def _map_check(v: _Validator, fd: FieldDescriptor, r: Optional[_A.FieldRules]) -> Optional[Check]:
    name = fd.name
    fail = v.fail
    entry = fd.message_type
    key_fd = entry.fields_by_name["key"]
    value_fd = entry.fields_by_name["value"]
    count = _count_check(r, "pair") if r is not None else None
    key_ignore, key_checks = (False, [])
    value_ignore, value_checks = (False, [])
    if r is not None and r.HasField("keys"):
        key_ignore, key_checks = _value_checks(r.keys, key_fd)
    if r is not None and r.HasField("values") and value_fd.message_type is None:
        value_ignore, value_checks = _value_checks(r.values, value_fd)
    t = value_fd.message_type
    sub = _validator(t) if t is not None and not _is_wkt(t) and _has_rules(t) else None
    if count is None and not key_checks and not value_checks and sub is None:
        return None
    bool_keys = key_fd.type == _T.TYPE_BOOL

    def label(key: Any) -> str:
        if bool_keys:
            return f"{name}[{'true' if key else 'false'}]"
        return f"{name}[{key}]"

    def check_map(msg: Message, subs: Optional[list]) -> Optional[TTSError]:
        entries = getattr(msg, name)
        if count is not None and count[0](len(entries)):
            return fail(name, count[1])
        if not key_checks and not value_checks and (sub is None or not sub.active):
            return None
        for key, value in entries.items():
            if key_checks and not (key_ignore and not key):
                for bad, reason in key_checks:
                    if bad(key):
                        return fail(label(key), reason)
            if value_checks and not (value_ignore and not value):
                for bad, reason in value_checks:
                    if bad(value):
                        return fail(label(key), reason)
            if sub is not None and sub.active:
                err = sub.run(value, subs)
                if err is not None:
                    return fail(label(key), "embedded message failed validation", err)
        return None

    return check_map


# ---------------------------------------------------------------------------------------------
# Reasons, word for word as protoc-gen-validate's Go templates write them. Order within a
# field follows the templates too: in, lengths (runes, then bytes), pattern, e-mail; numbers:
# range, then not_in; enums: not_in, then defined_only; repeated: count, then per item
# uniqueness and item rules; maps: count, then per entry key and value rules.


def _count_check(r: _A.FieldRules, unit: str) -> Optional[tuple[Callable[[int], bool], str]]:
    """min_items/max_items of a repeated (``item``) or map (``pair``) field."""
    lo, hi = r.min_items, r.max_items
    if not lo and not hi:
        return None
    plural = "items" if unit == "item" else "pairs"
    if lo and hi:
        reason = (
            f"value must contain exactly {lo} {unit}(s)"
            if lo == hi
            else f"value must contain between {lo} and {hi} {plural}, inclusive"
        )
        return (lambda n: n < lo or n > hi), reason
    if lo:
        return (lambda n: n < lo), f"value must contain at least {lo} {unit}(s)"
    return (lambda n: n > hi), f"value must contain no more than {hi} {unit}(s)"


def _value_checks(r: _A.FieldRules, fd: FieldDescriptor) -> tuple[bool, list[tuple[Callable[[Any], bool], str]]]:
    """``(ignore_empty, [(refuses(value), reason), ...])`` for a scalar value of ``fd``'s type."""
    t = fd.type
    if t == _T.TYPE_STRING:
        return r.ignore_empty, _string_checks(r)
    if t == _T.TYPE_BYTES:
        return r.ignore_empty, _bytes_checks(r)
    if t == _T.TYPE_ENUM:
        return False, _enum_checks(r, fd)
    if t in _INTEGER_TYPES or t in _FLOAT_TYPES:
        return False, _number_checks(r, fd)
    return False, []


def _string_checks(r: _A.FieldRules) -> list:
    checks: list = []
    allowed = list(getattr(r, "in"))
    if allowed:
        allowed_set = frozenset(allowed)
        checks.append((lambda s: s not in allowed_set, f"value must be in list [{' '.join(allowed)}]"))
    lo, hi = r.min_len, r.max_len
    if lo and hi:
        reason_len = (
            f"value length must be {lo} runes" if lo == hi else f"value length must be between {lo} and {hi} runes, inclusive"
        )
        checks.append((lambda s: not lo <= len(s) <= hi, reason_len))
    elif lo:
        checks.append((lambda s: len(s) < lo, f"value length must be at least {lo} runes"))
    elif hi:
        checks.append((lambda s: len(s) > hi, f"value length must be at most {hi} runes"))
    if r.max_bytes:
        max_bytes = r.max_bytes
        checks.append(
            (
                lambda s: len(s) > max_bytes or (len(s) * 4 > max_bytes and len(s.encode()) > max_bytes),
                f"value length must be at most {max_bytes} bytes",
            )
        )
    if r.pattern:
        search = go_regexp(r.pattern).search
        checks.append((lambda s: search(s) is None, "value does not match regex pattern " + go_quote(r.pattern)))
    if r.email:
        checks.append((lambda s: not valid_email(s), "value must be a valid email address"))
    if r.uri:
        checks.append((lambda s: not valid_uri(s), "value must be a valid URI"))
        checks.append((lambda s: _URI_SCHEME.match(s) is None, "value must be absolute"))
    return checks


def _bytes_checks(r: _A.FieldRules) -> list:
    checks: list = []
    if r.bytes_len:
        n = r.bytes_len
        # Empty means unset (upstream's ignore_empty on every fixed-length bytes field we model).
        checks.append((lambda b: len(b) != n and len(b) > 0, f"value length must be {n} bytes"))
    if r.max_bytes:
        max_bytes = r.max_bytes
        checks.append((lambda b: len(b) > max_bytes, f"value length must be at most {max_bytes} bytes"))
    return checks


def _enum_checks(r: _A.FieldRules, fd: FieldDescriptor) -> list:
    checks: list = []
    enum = fd.enum_type
    if r.not_in:
        refused = frozenset(int(x) for x in r.not_in)
        names = [enum.values_by_number[x].name if x in enum.values_by_number else str(x) for x in map(int, r.not_in)]
        checks.append((lambda x: x in refused, f"value must not be in list [{' '.join(names)}]"))
    if r.defined_only:
        defined = frozenset(enum.values_by_number)
        checks.append((lambda x: x not in defined, "value must be one of the defined enum values"))
    return checks


def _number_checks(r: _A.FieldRules, fd: FieldDescriptor) -> list:
    checks: list = []
    fmt = (lambda x: str(int(x))) if fd.type in _INTEGER_TYPES else go_float
    has_gte, has_lte = r.HasField("gte"), r.HasField("lte")
    gte, lte = r.gte, r.lte
    if has_gte and has_lte:
        if gte <= lte:
            checks.append((lambda x: x < gte or x > lte, f"value must be inside range [{fmt(gte)}, {fmt(lte)}]"))
        else:
            checks.append((lambda x: lte < x < gte, f"value must be outside range ({fmt(lte)}, {fmt(gte)})"))
    elif has_gte:
        checks.append((lambda x: x < gte, f"value must be greater than or equal to {fmt(gte)}"))
    elif has_lte:
        checks.append((lambda x: x > lte, f"value must be less than or equal to {fmt(lte)}"))
    if r.not_in:
        refused = frozenset(r.not_in)
        checks.append((lambda x: x in refused, f"value must not be in list [{' '.join(fmt(x) for x in r.not_in)}]"))
    return checks


_TS_MIN, _TS_MAX = -62135596800, 253402300799  # 0001-01-01 .. 9999-12-31T23:59:59


def _timestamp_future(ts: Any) -> Optional[str]:
    seconds, nanos = ts.seconds, ts.nanos
    if not (_TS_MIN <= seconds <= _TS_MAX and 0 <= nanos < 1_000_000_000):
        return "value is not a valid timestamp"
    if seconds * 1_000_000_000 + nanos <= time.time_ns():
        return "value must be greater than now"
    return None


# ---------------------------------------------------------------------------------------------
# Go semantics.


def go_quote(s: str) -> str:
    """Go's ``%q`` (strconv.Quote) of a string, as the pattern appears in upstream's reason."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == "\\" or ch == '"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif not ch.isprintable():
            out.append(f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def go_float(x: float) -> str:
    """Go's ``%v`` of a float64."""
    if x == int(x) and abs(x) < 1e21:
        return str(int(x))
    return repr(x)


_regexps: dict[str, "re.Pattern[str]"] = {}


def go_regexp(pattern: str) -> "re.Pattern[str]":
    """A Python regexp matching like Go's ``regexp.MatchString`` (unanchored search).

    Go's ``$`` (without the ``m`` flag) only matches at the very end of the text, Python's also
    before a final newline: every unescaped ``$`` outside a character class becomes ``\\Z``
    (and Go's ``\\z`` too). Character classes like ``\\d`` and ``\\w`` are ASCII in Go.
    """
    compiled = _regexps.get(pattern)
    if compiled is None:
        out = []
        i, n, in_class = 0, len(pattern), False
        while i < n:
            ch = pattern[i]
            if ch == "\\" and i + 1 < n:
                nxt = pattern[i + 1]
                out.append("\\Z" if nxt == "z" and not in_class else ch + nxt)
                i += 2
                continue
            if in_class:
                if ch == "]":
                    in_class = False
                out.append(ch)
            elif ch == "[":
                in_class = True
                out.append(ch)
                # A leading ']' (or '^]') is a literal member of the class.
                if pattern.startswith("^]", i + 1):
                    out.append("^]")
                    i += 2
                elif pattern.startswith("]", i + 1):
                    out.append("]")
                    i += 1
            elif ch == "$":
                out.append("\\Z")
            else:
                out.append(ch)
            i += 1
        compiled = re.compile("".join(out), re.ASCII)
        _regexps[pattern] = compiled
    return compiled


# Go's net/mail ParseAddress (an addr-spec, or "display name <addr-spec>"), then the generated
# validator's own limits: address at most 254 bytes, local part at most 64, and a hostname of
# lower-case letters, digits and hyphens in non-empty labels of at most 63 characters.
_ATEXT = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\U0010ffff]"
_LOCAL = rf'(?:(?:{_ATEXT}|\.)+|"(?:[^"\\\r\n]|\\.)*")'
_DOMAIN = rf"(?:{_ATEXT}+(?:\.{_ATEXT}+)*|\[[^\[\]\\]*\])"
_ADDR_SPEC = re.compile(rf"({_LOCAL})@({_DOMAIN})")
_ANGLE = re.compile(r'\s*(?:[^<>"]*|"(?:[^"\\]|\\.)*")\s*<\s*([^<>]*?)\s*>\s*')


# Go's url.Parse, as the generated validators call it before asking for a scheme: control
# characters, a malformed percent escape, a leading colon (no scheme) or a host with characters
# no host may hold make it fail; what it parses, it parses leniently.
_URI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_URI_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://([^/?#]*)")
_HOST_CHARS = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:\[\]%@\u0080-\U0010ffff]*")


def valid_uri(value: str) -> bool:
    if any(c < " " or c == "\x7f" for c in value) or value.startswith(":") or _BAD_ESCAPE.search(value):
        return False
    authority = _URI_HOST.match(value)
    if authority is None:
        return True
    host = authority.group(1).rpartition("@")[2]
    if host.startswith("["):  # an IPv6 literal, then maybe a port
        end = host.find("]")
        if end < 0:
            return False
        port = host[end + 1:]
        if port and not (port.startswith(":") and port[1:].isdigit() | (port == ":")):
            return False
        return True
    if ":" in host and not (host.rpartition(":")[2].isdigit() or host.endswith(":")):
        return False
    return _HOST_CHARS.fullmatch(host) is not None


def valid_email(value: str) -> bool:
    m = _ANGLE.fullmatch(value)
    addr = m.group(1) if m else value.strip(" \t")
    spec = _ADDR_SPEC.fullmatch(addr)
    if spec is None:
        return False
    local, domain = spec.group(1), spec.group(2)
    if len(addr.encode()) > 254 or len(local.encode()) > 64 or len(domain) > 253:
        return False
    for part in domain.lower().removesuffix(".").split("."):
        if not 0 < len(part) <= 63 or part[0] == "-" or part[-1] == "-":
            return False
        if any(not ("a" <= c <= "z" or "0" <= c <= "9" or c == "-") for c in part):
            return False
    return True


def reasons(descriptor: Descriptor) -> dict[str, list[str]]:
    """Every reason a message of this type can fail with on its own fields (not embedded ones),
    by field name (oneofs by their name), in check order; for tests and fidelity reviews."""
    out: dict[str, list[str]] = {}
    for oneof in descriptor.oneofs:
        if _oneof_required(oneof):
            out.setdefault(oneof.name, []).append("value is required")
    for fd in descriptor.fields:
        r = _rules(fd)
        if r is None:
            continue
        found: list[str] = []
        t = fd.message_type
        if fd.is_repeated and t is not None and t.GetOptions().map_entry:
            count = _count_check(r, "pair")
            found += [count[1]] if count else []
            if r.HasField("keys"):
                found += [reason for _, reason in _value_checks(r.keys, t.fields_by_name["key"])[1]]
            if r.HasField("values") and t.fields_by_name["value"].message_type is None:
                found += [reason for _, reason in _value_checks(r.values, t.fields_by_name["value"])[1]]
        elif fd.is_repeated:
            count = _count_check(r, "item")
            found += [count[1]] if count else []
            found += ["repeated value must contain unique items"] if r.unique else []
            if r.HasField("items") and t is None:
                found += [reason for _, reason in _value_checks(r.items, fd)[1]]
        elif t is not None:
            found += ["value is required"] if r.required else []
            if t.full_name == _TIMESTAMP and r.future:
                found += ["value is not a valid timestamp", "value must be greater than now"]
        else:
            found += [reason for _, reason in _value_checks(r, fd)[1]]
        if found:
            out.setdefault(fd.name, []).extend(found)
    return out
