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
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import re2

from ..errors import Namespace

__all__ = [
    "names_from_patterns",
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

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # an invalid pattern is the caller's error, not ours to log


def names_from_patterns(patterns: Iterable[str], defined: Iterable[str]) -> list[str]:
    """The defined names the entries select, sorted; raises the upstream error for an entry
    that selects nothing."""
    patterns = list(patterns)
    if not patterns:
        return []
    defined = list(defined)
    selected: set[str] = set()
    for entry in patterns:
        if entry.startswith("/") and entry.endswith("/"):
            expression = entry.strip("/")
            try:
                compiled = re2.compile(expression, options=_OPTIONS)
            except re2.error:
                raise ERR_INVALID_REGEXP() from None
            found = [name for name in defined if compiled.search(name)]
            if not found:
                raise ERR_NO_MATCHING_EVENTS(regexp=expression)
            selected.update(found)
        elif entry in defined:
            selected.add(entry)
        else:
            raise ERR_UNKNOWN_EVENT_NAME(name=entry)
    return sorted(selected)
