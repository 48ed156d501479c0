"""Read views of stored entity rows, shared between the reads of an unchanged row.

A Get or List answers with the row's message, its times set from the row and filtered to the
request's field mask. Building that (parse, set times, filter) costs several microseconds on
every read although the row rarely changes, so each row keeps the views built from it, one per
requested mask.

Views are shared: callers must never mutate one (the transports only serialize them, and a
handler that changes an entity loads its own copy).
"""

from __future__ import annotations

from typing import Callable, Generic, Sequence, TypeVar

from google.protobuf.message import Message

from .. import fieldmask
from ..store import Entity
from .entities import get_paths

__all__ = ["Views"]

M = TypeVar("M", bound=Message)

_MAX_ROWS = 10_000
_MAX_MASKS_PER_ROW = 64


class Views(Generic[M]):
    """The read views of one entity kind's rows, by row and requested mask."""

    __slots__ = ("_load", "_rows")

    def __init__(self, load: Callable[[Entity], M]) -> None:
        self._load = load  # the row's whole message, times set (a new message on every call)
        # id -> (the row the views were built from, {requested paths: view})
        self._rows: dict[str, tuple[Entity, dict[tuple[str, ...], M]]] = {}

    def of(self, row: Entity, requested: Sequence[str]) -> M:
        """The row as a Get answers it for ``requested`` paths (see ``entities.get_paths``)."""
        # Invalidation: views are reused only for a row equal to the one they were built from
        # (same data and times), so a write, delete or restore, which changes the stored row,
        # starts afresh. Rows are immutable, so the identity test is the usual fast path.
        entry = self._rows.get(row.id)
        if entry is None or (entry[0] is not row and entry[0] != row):
            if len(self._rows) >= _MAX_ROWS:
                self._rows.clear()
            entry = self._rows[row.id] = (row, {})
        views = entry[1]
        key = tuple(requested[:])  # slicing first: iterating a protobuf container is slower
        view = views.get(key)
        if view is None:
            if len(views) >= _MAX_MASKS_PER_ROW:
                views.clear()
            view = views[key] = fieldmask.filter_message(self._load(row), get_paths(key))
        return view
