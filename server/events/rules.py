"""The Events service's rights rules: some right on every entity a stream asks for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from ..rules import Anyone, Rule
from .service import check_stream_request, require_any

if TYPE_CHECKING:
    from ..auth.access import Access, Auth

__all__ = ["RULES", "AnyRightsOnEach", "field_masks"]


@dataclass(frozen=True, slots=True)
class AnyRightsOnEach:
    """Some right (any) on the entity of every identifier in the request's ``identifiers``,
    a device's being its application's (upstream ``RequireAny``). ``first`` checks the request
    before any right, as upstream's events server does (identifiers present, names defined);
    it is a coroutine function."""

    first: Callable[[Any], Awaitable[Any]] | None = None

    async def check(self, access: "Access", auth: "Auth", request: Any) -> None:
        if self.first is not None:
            await self.first(request)

        async def rights_on(kind: str, entity_id: str) -> frozenset[int]:
            return await access.rights_on(auth, kind, entity_id)

        await require_any(rights_on, request.identifiers)


_EVENTS = "/ttn.lorawan.v3.Events/"
RULES: dict[str, Rule] = {
    # Each event is then shown only to callers holding one of its visibility rights
    # (server/events/service.py).
    _EVENTS + "Stream": AnyRightsOnEach(first=check_stream_request),
    # Any caller; the events it may not see come back reduced to their public part.
    _EVENTS + "FindRelated": Anyone(),
}



def field_masks() -> dict[str, frozenset[str]]:
    """The Events service's RPCs take no field mask."""
    return {}
