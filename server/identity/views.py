"""Read views of stored entity rows, shared between the reads of an unchanged row.

A Get or List answers with the row's message, its times set from the row and filtered to the
request's field mask. Building that (parse, set times, filter) costs several microseconds on
every read although the row rarely changes, so views are kept by row and requested mask, and
the reads of an unchanged row with the same mask share one.

Views are shared: callers must never mutate one (the transports only serialize them, and a
handler that changes an entity loads its own copy).
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from google.protobuf.message import Message

from .. import fieldmask
from ..store import Entity
from .entities import get_paths

__all__ = ["Views"]

M = TypeVar("M", bound=Message)

# Views kept at most, over all rows and masks (then all are dropped and rebuilt on demand).
_MAX_VIEWS = 10_000


class Views(Generic[M]):
    """The read views of one entity kind's rows, by row and requested mask."""

    __slots__ = ("_load", "_views")

    def __init__(self, load: Callable[[Entity], M]) -> None:
        self._load = load  # the row's whole message, times set (a new message on every call)
        # (row ID, requested paths) -> (the row the view was built from, the view)
        self._views: dict[tuple[str, tuple[str, ...]], tuple[Entity, M]] = {}

    def of(self, row: Entity, requested: tuple[str, ...]) -> M:
        """The row as a Get answers it for the ``requested`` paths (see ``entities.get_paths``)."""
        key = (row.id, requested)
        entry = self._views.get(key)
        # Invalidation: a view is reused only for a row equal to the one it was built from (same
        # data and times), so a write, delete or restore, which changes the stored row, builds
        # anew. Rows are immutable, so the identity test is the usual fast path.
        if entry is not None and (entry[0] is row or entry[0] == row):
            return entry[1]
        if len(self._views) >= _MAX_VIEWS:
            self._views.clear()
        view = fieldmask.filter_message(self._load(row), get_paths(requested))
        self._views[key] = (row, view)
        return view
