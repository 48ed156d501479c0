"""Route table: (HTTP method, path) → the most specific binding, or why there is none.

Built once at start-up. Among the templates that match, the most specific wins, compared
segment by segment (literal > single-segment variable or `*` > `**`), then the one with more
segments, then the one with a verb — never the order in which rules were loaded. A path that
matches only under other methods is a `WrongMethod` (grpc-gateway answers UNIMPLEMENTED
"Method Not Allowed", HTTP 501), a path that matches nothing is `NotFound` (HTTP 404).

For speed, each method's templates are bucketed by segment count and first literal and sorted
by precedence, so a lookup tries a handful of templates and stops at the first match per bucket.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence
from urllib.parse import unquote

from gateway.bindings import Binding
from gateway.template import split_path

__all__ = ["DuplicateRouteError", "NotFound", "Resolved", "Router", "WrongMethod"]

_log = logging.getLogger(__name__)


class DuplicateRouteError(ValueError):
    """Two bindings with the same HTTP method and the same template text."""


@dataclass(frozen=True, slots=True)
class Resolved:
    binding: Binding
    path_params: dict[str, str]  # {field_path: percent-decoded value}


@dataclass(frozen=True, slots=True)
class NotFound:
    """No template matches the path under any method."""


@dataclass(frozen=True, slots=True)
class WrongMethod:
    """The path matches, but only under other methods."""

    allowed_methods: tuple[str, ...]


_NOT_FOUND = NotFound()

_Bucket = tuple[Binding, ...]


class _MethodTable:
    """The bindings of one HTTP method, bucketed for lookup."""

    __slots__ = ("_by_count_and_literal", "_by_count", "_deep")

    def __init__(self, bindings: Sequence[Binding]) -> None:
        by_count_and_literal: dict[tuple[int, str], list[Binding]] = defaultdict(list)
        by_count: dict[int, list[Binding]] = defaultdict(list)
        deep: list[Binding] = []
        for binding in bindings:
            template = binding.template
            count = len(template.segment_kinds)
            if template.has_deep_wildcard:
                deep.append(binding)
            elif template.first_literal is None:
                by_count[count].append(binding)
            else:
                by_count_and_literal[count, template.first_literal].append(binding)
        self._by_count_and_literal = {
            key: _by_precedence(bucket) for key, bucket in by_count_and_literal.items()
        }
        self._by_count = {key: _by_precedence(bucket) for key, bucket in by_count.items()}
        self._deep = _by_precedence(deep)

    def find(self, segments: list[str], verb: str) -> Resolved | None:
        count = len(segments)
        first = segments[0]
        if "%" in first:
            first = unquote(first)
        best: Resolved | None = None
        for bucket in (
            self._by_count_and_literal.get((count, first)),  # literals never hold a colon
            self._by_count.get(count),
            self._deep,
        ):
            if not bucket:
                continue
            found = _first_match(bucket, segments, verb)
            if found is not None and (
                best is None or found.binding.template.precedence_key < best.binding.template.precedence_key
            ):
                best = found
        return best


def _by_precedence(bindings: Iterable[Binding]) -> _Bucket:
    return tuple(sorted(bindings, key=lambda binding: binding.template.precedence_key))


def _first_match(bucket: _Bucket, segments: list[str], verb: str) -> Resolved | None:
    for binding in bucket:
        params = binding.template.match_segments(segments, verb)
        if params is not None:
            return Resolved(binding, params)
    return None


class Router:
    """Resolve requests against the bindings, mounted under `prefix`."""

    __slots__ = ("prefix", "bindings", "_tables")

    def __init__(self, bindings: Iterable[Binding], prefix: str = "/api/v3") -> None:
        if prefix and not prefix.startswith("/"):
            raise ValueError(f"route prefix {prefix!r} must start with '/'")
        self.prefix = prefix.rstrip("/")
        self.bindings = tuple(bindings)
        by_method: dict[str, list[Binding]] = defaultdict(list)
        for binding in self.bindings:
            by_method[binding.http_method].append(binding)
        for group in by_method.values():
            _refuse_duplicates(group)
            _warn_about_shadowing(group)
        self._tables = {method: _MethodTable(group) for method, group in by_method.items()}

    def resolve(self, http_method: str, path: str) -> Resolved | NotFound | WrongMethod:
        """Resolve a request path (no query string), prefix included."""
        if not path.startswith(self.prefix):
            return _NOT_FOUND
        split = split_path(path[len(self.prefix) :])
        if split is None:
            return _NOT_FOUND
        segments, verb = split
        table = self._tables.get(http_method)
        if table is not None:
            found = table.find(segments, verb)
            if found is not None:
                return found
        allowed = tuple(
            sorted(
                method
                for method, other in self._tables.items()
                if method != http_method and other.find(segments, verb) is not None
            )
        )
        return WrongMethod(allowed) if allowed else _NOT_FOUND


def _refuse_duplicates(bindings: Sequence[Binding]) -> None:
    seen: dict[str, Binding] = {}
    for binding in bindings:
        earlier = seen.setdefault(binding.template.source, binding)
        if earlier is not binding:
            raise DuplicateRouteError(
                f"{binding.http_method} {binding.template.source} is bound by both "
                f"{earlier.full_method} and {binding.full_method}"
            )


def _warn_about_shadowing(bindings: Sequence[Binding]) -> None:
    """Templates that differ only in variable names match the same paths: one never wins."""
    seen: dict[object, Binding] = {}
    for binding in bindings:
        earlier = seen.setdefault(binding.template.signature, binding)
        if earlier is not binding:
            winner, loser = sorted((earlier, binding), key=lambda b: b.template.precedence_key)
            _log.warning(
                "%s %s (%s) is unreachable: %s (%s) matches the same paths",
                loser.http_method,
                loser.template.source,
                loser.full_method,
                winner.template.source,
                winner.full_method,
            )
