"""Rights: the upstream model of implication, and the errors for missing ones."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ttn.lorawan.v3 import rights_pb2

from ..errors import Namespace

__all__ = [
    "Right",
    "ALL_RIGHTS",
    "implied",
    "universal_admin_rights",
    "names",
    "require",
    "ERR_NO_ADMIN",
]

Right = rights_pb2.Right
_NAME_OF = {v.number: v.name for v in Right.DESCRIPTOR.values}
ALL_RIGHTS = frozenset(n for n in _NAME_OF if n != Right.right_invalid)

_errors = Namespace("pkg/auth/rights")
_NO_RIGHTS = {}
_INSUFFICIENT = {}
for _entity in ("application", "client", "gateway", "organization", "user"):
    _NO_RIGHTS[_entity] = _errors.permission_denied(f"no_{_entity}_rights", f"no rights for {_entity} `{{uid}}`")
    _INSUFFICIENT[_entity] = _errors.permission_denied(
        f"insufficient_{_entity}_rights", f"insufficient rights for {_entity} `{{uid}}`", "missing"
    )
ERR_NO_ADMIN = _errors.permission_denied("no_admin", "no admin")


def _with_prefix(prefix: str) -> frozenset[int]:
    return frozenset(n for n, name in _NAME_OF.items() if name.startswith(prefix))


# What each right implies beyond itself (upstream ``Right.Implied``).
_IMPLIES: dict[int, frozenset[int]] = {
    Right.RIGHT_ALL: ALL_RIGHTS,
    Right.RIGHT_USER_ALL: _with_prefix("RIGHT_USER_"),
    Right.RIGHT_APPLICATION_ALL: _with_prefix("RIGHT_APPLICATION_"),
    Right.RIGHT_GATEWAY_ALL: _with_prefix("RIGHT_GATEWAY_"),
    Right.RIGHT_ORGANIZATION_ALL: _with_prefix("RIGHT_ORGANIZATION_"),
    Right.RIGHT_CLIENT_ALL: frozenset(
        {
            Right.RIGHT_CLIENT_ALL,
            Right.RIGHT_CLIENT_INFO,
            Right.RIGHT_CLIENT_SETTINGS_BASIC,
            Right.RIGHT_CLIENT_SETTINGS_COLLABORATORS,
            Right.RIGHT_CLIENT_DELETE,
        }
    ),
    Right.RIGHT_APPLICATION_LINK: frozenset(
        {
            Right.RIGHT_APPLICATION_LINK,
            Right.RIGHT_APPLICATION_INFO,
            Right.RIGHT_APPLICATION_TRAFFIC_READ,
            Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE,
        }
    ),
    Right.RIGHT_GATEWAY_LINK: frozenset({Right.RIGHT_GATEWAY_LINK, Right.RIGHT_GATEWAY_INFO}),
}


def implied(rights: Iterable[int]) -> frozenset[int]:
    """The rights together with every right they imply."""
    return _implied(tuple(rights))


@lru_cache(maxsize=1024)
def _implied(rights: tuple[int, ...]) -> frozenset[int]:
    out: set[int] = set()
    for right in rights:
        out.update(_IMPLIES.get(right, (right,)))
    return frozenset(out)


_UNIVERSAL_ADMIN_RIGHTS = frozenset(
    n for n in ALL_RIGHTS if not (_NAME_OF[n].endswith("_KEYS") or _NAME_OF[n].endswith("_ALL"))
)


def universal_admin_rights() -> frozenset[int]:
    """What an admin may do anywhere: every right except the ``_KEYS`` and ``_ALL`` ones."""
    return _UNIVERSAL_ADMIN_RIGHTS


def names(rights: Iterable[int]) -> list[str]:
    return [_NAME_OF.get(r, str(r)) for r in sorted(rights)]


def require(entity: str, uid: str, held: frozenset[int], required: Iterable[int]) -> None:
    """Raise the upstream error when ``held`` is empty or lacks any of ``required``."""
    if not held:
        raise _NO_RIGHTS[entity](uid=uid)
    missing = [r for r in required if r not in held]
    if missing:
        raise _INSUFFICIENT[entity](uid=uid, missing=names(missing))
