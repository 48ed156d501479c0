"""What every Identity Server registry does the same way: timestamps, paging, masks, IDs."""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from google.protobuf.message import Message

from .. import fieldmask
from ..errors import Namespace, TTSError
from ..store import Entity

__all__ = [
    "now_ns",
    "with_row_times",
    "page",
    "get_paths",
    "update_paths",
    "ERR_ID_TAKEN",
    "ERR_RESTORE_WINDOW_EXPIRED",
    "ERR_CLAIM_AUTHENTICATION_CODE",
    "ERR_APPLICATION_NOT_FOUND",
    "ERR_GATEWAY_NOT_FOUND",
    "ERR_ORGANIZATION_NOT_FOUND",
    "ERR_USER_NOT_FOUND",
    "not_found",
    "check_blocklist",
]

DEFAULT_LIMIT = 100
RESTORE_WINDOW_NS = 24 * 3600 * 10**9

ERR_ID_TAKEN = Namespace("pkg/util/store").already_exists(
    "id_taken", "ID already taken, choose a different one and try again"
)
ERR_RESTORE_WINDOW_EXPIRED = Namespace("pkg/identityserver").failed_precondition(
    "restore_window_expired", "this entity can no longer be restored"
)
ERR_FORBIDDEN_ID = Namespace("pkg/identityserver/blocklist").invalid_argument(
    "forbidden_id", "the ID `{id}` can not be registered"
)
# Claim authentication codes of end devices and gateways.
ERR_CLAIM_AUTHENTICATION_CODE = Namespace("pkg/identityserver").invalid_argument(
    "claim_authentication_code", "invalid claim authentication code"
)

# An entity that does not exist (or is soft-deleted), by kind; the attribute is ``<kind>_id``.
_store_errors = Namespace("pkg/identityserver/store")
ERR_APPLICATION_NOT_FOUND = _store_errors.not_found(
    "application_not_found", "application with id `{application_id}` not found"
)
ERR_GATEWAY_NOT_FOUND = _store_errors.not_found("gateway_not_found", "gateway with id `{gateway_id}` not found")
ERR_ORGANIZATION_NOT_FOUND = _store_errors.not_found(
    "organization_not_found", "organization with id `{organization_id}` not found"
)
ERR_USER_NOT_FOUND = _store_errors.not_found("user_not_found", "user with id `{user_id}` not found")
# ttsl has no OAuth clients: named only by event streams, where an admin is told there is none.
ERR_CLIENT_NOT_FOUND = _store_errors.not_found("client_not_found", "client with id `{client_id}` not found")
_NOT_FOUND = {
    "application": ERR_APPLICATION_NOT_FOUND,
    "client": ERR_CLIENT_NOT_FOUND,
    "gateway": ERR_GATEWAY_NOT_FOUND,
    "organization": ERR_ORGANIZATION_NOT_FOUND,
    "user": ERR_USER_NOT_FOUND,
}


def not_found(kind: str, entity_id: str) -> TTSError:
    """The store's ``<kind>_not_found`` for an entity of one of the four kinds (or a client)."""
    return _NOT_FOUND[kind](**{f"{kind}_id": entity_id})

# IDs refused for new entities (upstream's built-in blocklist), one per line.
_BLOCKLIST = frozenset((Path(__file__).with_name("reserved_ids.txt")).read_text().split())

# Always part of a Get or List answer (upstream ``getPaths``).
GET_PATHS = ("ids", "created_at", "updated_at")


def now_ns() -> int:
    """Now, at the microsecond precision upstream's database keeps."""
    return time.time_ns() // 1000 * 1000


def check_blocklist(entity_id: str) -> None:
    if entity_id in _BLOCKLIST:
        raise ERR_FORBIDDEN_ID(id=entity_id)


def with_row_times(message: Message, row: Entity) -> Message:
    """Set ``created_at``/``updated_at``/``deleted_at`` from the stored row."""
    message.created_at.FromNanoseconds(row.created_at)
    message.updated_at.FromNanoseconds(row.updated_at)
    if row.deleted_at is not None:
        message.deleted_at.FromNanoseconds(row.deleted_at)
    else:
        message.ClearField("deleted_at")
    return message


@lru_cache(maxsize=1024)
def _get_paths(requested: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fieldmask.add(requested, *GET_PATHS, "deleted_at"))


def get_paths(requested: Sequence[str]) -> tuple[str, ...]:
    """The paths a Get/List answers with: the requested ones plus ids and timestamps."""
    return _get_paths(tuple(requested))


def update_paths(requested: list[str]) -> list[str]:
    """An Update's effective mask: ids and timestamps removed; empty only touches updated_at."""
    paths = fieldmask.exclude(requested, *GET_PATHS)
    return paths


def page(limit: int, page_number: int) -> tuple[int, int]:
    """(limit, offset) for upstream's paging: limit 0 is the default, page 0 is page 1."""
    limit = limit or DEFAULT_LIMIT
    return limit, (max(page_number, 1) - 1) * limit
