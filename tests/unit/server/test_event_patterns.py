"""The names filter of event streams (server/events/pattern.py), as upstream's
``NamesFromPatterns``: exact names, ``/regular expressions/`` in Go's (RE2) syntax, searched
anywhere in a name, and the upstream errors for entries that select nothing."""

from __future__ import annotations

import time

import pytest

from server.errors import TTSError
from server.events.pattern import names_from_patterns

DEFINED = ["application.create", "application.update", "end_device.create", "end_device.update",
           "as.up.data.forward", "as.up.data.receive"]


@pytest.mark.parametrize("patterns, selected", [
    ([], []),
    (["application.update"], ["application.update"]),
    (["application.update", "application.update"], ["application.update"]),
    ([r"/^as\./"], ["as.up.data.forward", "as.up.data.receive"]),
    (["/create/"], ["application.create", "end_device.create"]),  # searched, not anchored
    (["end_device.update", "/^application/"], ["application.create", "application.update", "end_device.update"]),
    (["//"], sorted(DEFINED)),  # the empty expression matches every name
    (["/"], sorted(DEFINED)),  # one slash starts and ends the entry: the same
    ([r"//^as\.up\.data\.(receive|forward)$//"], ["as.up.data.forward", "as.up.data.receive"]),  # slashes trimmed
    ([r"/\Aend_device\.create\z/"], ["end_device.create"]),  # RE2's \z
])
def test_selected_names_are_sorted_and_unique(patterns, selected):
    assert names_from_patterns(patterns, DEFINED) == selected


@pytest.mark.parametrize("patterns, name, attributes", [
    (["application.nope"], "unknown_event_name", {"name": "application.nope"}),
    (["Application.Update"], "unknown_event_name", {"name": "Application.Update"}),  # exact, case included
    (["application.update", "/^gs\\./"], "no_matching_events", {"regexp": "^gs\\."}),
    (["/(/"], "invalid_regexp", {}),
    ([r"/(?<=a)b/"], "invalid_regexp", {}),  # no look-behind in Go's syntax
])
def test_entries_that_select_nothing_are_refused(patterns, name, attributes):
    with pytest.raises(TTSError) as exc:
        names_from_patterns(patterns, DEFINED)
    assert (exc.value.definition.namespace, exc.value.name) == ("pkg/events", name)
    assert exc.value.code.value[0] == 3
    assert exc.value.public_attributes() == attributes


def test_patterns_run_in_linear_time():
    # Catastrophic for a backtracking engine on a name without an X; RE2 does not backtrack.
    began = time.monotonic()
    with pytest.raises(TTSError):
        names_from_patterns([r"/^([a-z._]+)+X$/"], DEFINED + ["a" * 40 + "." + "b" * 40])
    assert time.monotonic() - began < 1.0
