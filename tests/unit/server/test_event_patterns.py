"""The names filter of event streams (server/events/pattern.py), as upstream's
``NamesFromPatterns``: exact names, ``/regular expressions/`` in Go's (RE2) syntax, searched
anywhere in a name, and the upstream errors for entries that select nothing."""

from __future__ import annotations

import pytest

from server.errors import TTSError
from server.events.pattern import names_from_patterns

@pytest.fixture
def compiled(monkeypatch):
    """The expressions RE2 compiles during the test."""
    import re2

    seen: list[str] = []
    compile_ = re2.compile

    def counting_compile(expression, *args, **kwargs):
        seen.append(expression)
        return compile_(expression, *args, **kwargs)

    monkeypatch.setattr(re2, "compile", counting_compile)
    return seen


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
    # Catastrophic for a backtracking engine on a name without an X (2^80 ways to split it):
    # RE2 does not backtrack, so the answer comes at all (its time is measured in `make bench`).
    with pytest.raises(TTSError) as exc:
        names_from_patterns([r"/^([a-z._]+)+X$/"], DEFINED + ["a" * 40 + "." + "b" * 40])
    assert exc.value.name == "no_matching_events"


def test_more_than_max_entries_are_refused_before_any_is_looked_at():
    from server.events.pattern import MAX_ENTRIES

    # At the cap, duplicates count once for the work, and the answer is the usual one.
    assert names_from_patterns(["/create/"] * MAX_ENTRIES, DEFINED) == ["application.create", "end_device.create"]
    for patterns in (["/create/"] * (MAX_ENTRIES + 1), ["nope"] * 20000, [f"/{i}/" for i in range(MAX_ENTRIES + 1)]):
        with pytest.raises(TTSError) as exc:
            names_from_patterns(patterns, DEFINED)
        assert (exc.value.definition.namespace, exc.value.name) == ("pkg/events", "too_many_names")
        assert exc.value.code.value[0] == 3
        assert exc.value.public_attributes() == {"count": len(patterns), "max": MAX_ENTRIES}


def test_the_first_failing_entry_is_reported_with_duplicates_and_memo():
    patterns = ["application.update", "/^as/", "application.update", "nope", "/(/"]
    for _ in range(2):  # the second time from the memo: the same answer, errors included
        with pytest.raises(TTSError) as exc:
            names_from_patterns(patterns, DEFINED)
        assert exc.value.name == "unknown_event_name"
        assert names_from_patterns(patterns[:3], DEFINED) == ["application.update", "as.up.data.forward",
                                                               "as.up.data.receive"]


def test_memoized_patterns_cost_nothing_the_second_time(compiled):
    from server.events.pattern import selection_cached

    defined = frozenset(DEFINED + [f"x{i}.{'s' * 30}" for i in range(50)])
    patterns = [f"/(?:.{{0,50}}s.{{0,50}}){{0,19}}{i}?/" for i in range(10)]
    assert not selection_cached(patterns, defined)
    first = names_from_patterns(patterns, defined)
    assert len(compiled) == 10
    assert selection_cached(patterns, defined)
    assert names_from_patterns(patterns, defined) == first
    assert len(compiled) == 10  # nothing compiled again: the memo answered


def test_a_pattern_too_large_is_an_invalid_regexp():
    with pytest.raises(TTSError) as exc:
        names_from_patterns([r"/[\p{L}\p{N}]{0,1000}z/"], DEFINED)
    assert exc.value.name == "invalid_regexp"


def test_long_entries_are_answered_but_not_kept():
    from server.events import pattern

    long_name = "/" + "(?:application)?" * 100 + "create/"
    assert len(long_name) > pattern._CACHE_ENTRY_LENGTH
    for _ in range(2):
        assert names_from_patterns([long_name], DEFINED) == ["application.create", "end_device.create"]
    assert not pattern.selection_cached([long_name], frozenset(DEFINED))
    with pytest.raises(TTSError) as exc:
        names_from_patterns(["/" + "a" * 400_000 + "/"], DEFINED)
    assert exc.value.name in ("invalid_regexp", "no_matching_events")
    assert all(len(key[0]) <= pattern._CACHE_ENTRY_LENGTH for key in pattern._cache)
