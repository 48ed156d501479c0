"""Rights rules: what an RPC requires of its caller, checked by the pipeline before any handler.

This module holds the kinds of rule every component uses; the tables, one rule per RPC, are
declared by the components (``server/<component>/rules.py``) and handed to the pipeline by the
composition root (server/app.py). Every served method must have an entry (the pipeline refuses
to start otherwise). Checks that depend on the request's content beyond its identifiers (e.g.
key fields in a field mask, or the rights a new API key grants) stay in the handler, right
after this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from .auth import rights as R
from .auth.access import require_authenticated
from .errors import ErrorDefinition, TTSError

if TYPE_CHECKING:
    from .auth.access import Access, Auth

__all__ = ["Rule", "Anyone", "Authenticated", "Admin", "OnEntity", "field_at"]


def field_at(message: Any, path: str) -> Any:
    """The value at a dotted ``path`` of ``message``."""
    for name in path.split("."):
        message = getattr(message, name)
    return message


class Rule(Protocol):
    async def check(self, access: "Access", auth: "Auth", request: Any) -> None: ...


@dataclass(frozen=True, slots=True)
class Anyone:
    """No check here: the handler shows only what the caller may see."""

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        return None


@dataclass(frozen=True, slots=True)
class Authenticated:
    """A key, of an approved user if a user's (upstream ``RequireAuthenticated``)."""

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        require_authenticated(auth)


@dataclass(frozen=True, slots=True)
class Admin:
    error: ErrorDefinition

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if not auth.is_admin:
            raise self.error()


@dataclass(frozen=True, slots=True)
class OnEntity:
    """The caller holds ``rights`` on the entity whose ID is at ``id_path`` in the request.

    With ``public_paths``, an authenticated caller lacking the rights may still read when the
    request's field mask asks only for public fields (ids and timestamps are always public).
    Rights are held on live entities only (``Access.rights_on``); ``include_deleted`` lets a
    soft-deleted one count (Restore, as upstream checks its rights). ``authenticated``: the
    caller must be authenticated (``require_authenticated``) before anything else, or with
    ``authenticated_on_refusal`` only when the rights are refused (upstream's getUser: a pending
    or suspended user still reads their own profile).
    """

    kind: str
    id_path: str
    rights: tuple[int, ...]
    authenticated: bool = False
    public_paths: frozenset[str] = frozenset()
    include_deleted: bool = False
    authenticated_on_refusal: bool = False

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if self.authenticated:
            require_authenticated(auth)
        entity_id = field_at(request, self.id_path)
        try:
            held = await access.rights_on(auth, self.kind, entity_id, self.include_deleted)
            R.require(self.kind, entity_id, held, self.rights)
        except TTSError:
            if self.authenticated_on_refusal:
                require_authenticated(auth)
            if not (self.public_paths and self.public_paths.issuperset(request.field_mask.paths)):
                raise
