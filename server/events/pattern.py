"""A stream's ``names`` filter: exact event names and ``/regular expressions/``.

Each entry must select something defined: an exact name must be a defined event's, and a
pattern (an entry that starts and ends with ``/``, slashes trimmed from both ends) must match at
least one defined name somewhere in it. The result is the sorted set of defined names selected;
no entries select every event (an empty list).

The defined names are those of a whole upstream stack (``upstream_event_names.txt``: every
``event:<name>`` of upstream's ``config/messages.json``, v3.32), so that a filter written for The
Things Stack (``as.up.data.forward``, ``/^gs/``) is accepted and selects what it selects there,
with ours (``DEFINITIONS``) added.

Patterns are compiled with RE2, the engine (and so the syntax) of Go's ``regexp``, whose
matching time is linear in the input: a pattern comes from any caller, before any right is
checked, and a backtracking engine can be made to run for ever by one.

Bounds (ours; upstream has none): more than ``MAX_ENTRIES`` entries are refused before any is
looked at, entries are deduplicated (first occurrence kept, so the first failing entry is
upstream's), a pattern's compiled program is bounded (``_MAX_MEM``: beyond it the pattern is an
``invalid_regexp``, as Go refuses an expression too large), and each entry's outcome is memoized
(``selection_cached`` says whether a list of entries costs anything more), so that the callers
can move the uncached work off the event loop.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Iterable

import re2

from ..errors import Namespace

__all__ = [
    "names_from_patterns",
    "unique_entries",
    "selection_cached",
    "MAX_ENTRIES",
    "ERR_TOO_MANY_NAMES",
    "UPSTREAM_EVENT_NAMES",
    "ERR_INVALID_REGEXP",
    "ERR_NO_MATCHING_EVENTS",
    "ERR_UNKNOWN_EVENT_NAME",
]

UPSTREAM_EVENT_NAMES = frozenset(Path(__file__).with_name("upstream_event_names.txt").read_text().split())

_errors = Namespace("pkg/events")
ERR_INVALID_REGEXP = _errors.invalid_argument("invalid_regexp", "invalid regexp")
ERR_NO_MATCHING_EVENTS = _errors.invalid_argument("no_matching_events", "no matching events for regexp `{regexp}`")
ERR_UNKNOWN_EVENT_NAME = _errors.invalid_argument("unknown_event_name", "unknown event `{name}`")
ERR_TOO_MANY_NAMES = _errors.invalid_argument(
    "too_many_names", "too many names: `{count}` entries, at most `{max}`"
)

MAX_ENTRIES = 100
# RE2's memory budget per pattern (program and DFA cache); RE2's default is 8 MiB, with which a
# pattern of ~20 000 instructions takes ~0.1 s to search 250 names.
_MAX_MEM = 1 << 20
_CACHE_SIZE = 2048  # entries of at most _CACHE_ENTRY_LENGTH characters: a few MB at most
_CACHE_ENTRY_LENGTH = 1024

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # an invalid pattern is the caller's error, not ours to log
_OPTIONS.max_mem = _MAX_MEM

# (entry, defined) → the names it selects (a tuple) or the error it raises (definition, attributes).
_cache: "OrderedDict[tuple[str, frozenset[str]], object]" = OrderedDict()
_cache_lock = threading.Lock()


def unique_entries(patterns: Iterable[str]) -> list[str]:
    """The entries once each, in order; raises ``too_many_names`` past ``MAX_ENTRIES`` entries
    (counted as given: a list that long is no filter anyone writes)."""
    entries = list(patterns)
    if len(entries) > MAX_ENTRIES:
        raise ERR_TOO_MANY_NAMES(count=len(entries), max=MAX_ENTRIES)
    return list(dict.fromkeys(entries))


def selection_cached(entries: Iterable[str], defined: frozenset[str]) -> bool:
    """Whether every entry's outcome is memoized (``names_from_patterns`` then costs nothing;
    an entry longer than ``_CACHE_ENTRY_LENGTH`` is never kept)."""
    with _cache_lock:
        return all((entry, defined) in _cache for entry in entries)


def _select(entry: str, defined: frozenset[str]) -> tuple[str, ...]:
    if len(entry) > _CACHE_ENTRY_LENGTH:  # not kept: the memo stays small
        outcome = _compute(entry, defined)
        if isinstance(outcome, tuple):
            return outcome
        definition, attributes = outcome
        raise definition(**attributes)
    key = (entry, defined)
    with _cache_lock:
        outcome = _cache.get(key)
        if outcome is not None:
            _cache.move_to_end(key)
    if outcome is None:
        outcome = _compute(entry, defined)
        with _cache_lock:
            _cache[key] = outcome
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    if isinstance(outcome, tuple):
        return outcome
    definition, attributes = outcome
    raise definition(**attributes)


def _compute(entry: str, defined: frozenset[str]) -> object:
    if entry.startswith("/") and entry.endswith("/"):
        expression = entry.strip("/")
        try:
            compiled = re2.compile(expression, options=_OPTIONS)
        except re2.error:
            return [ERR_INVALID_REGEXP, {}]
        found = tuple(name for name in defined if compiled.search(name))
        if not found:
            return [ERR_NO_MATCHING_EVENTS, {"regexp": expression}]
        return found
    if entry in defined:
        return (entry,)
    return [ERR_UNKNOWN_EVENT_NAME, {"name": entry}]


def names_from_patterns(patterns: Iterable[str], defined: Iterable[str]) -> list[str]:
    """The defined names the entries select, sorted; raises ``too_many_names`` past
    ``MAX_ENTRIES`` entries, else the upstream error of the first entry that selects nothing."""
    entries = unique_entries(patterns)
    if not entries:
        return []
    if not isinstance(defined, frozenset):
        defined = frozenset(defined)
    selected: set[str] = set()
    for entry in entries:
        selected.update(_select(entry, defined))
    return sorted(selected)
