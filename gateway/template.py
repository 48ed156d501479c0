"""google.api.http path templates: parse → compile → match.

Grammar (google/api/http.proto)::

    Template = "/" Segments [ ":" Verb ] ;
    Segments = Segment { "/" Segment } ;
    Segment  = "*" | "**" | LITERAL | Variable ;
    Variable = "{" FieldPath [ "=" Segments ] "}" ;
    FieldPath = IDENT { "." IDENT } ;
    Verb     = LITERAL ;

`parse_template` turns the text into segments, `compile_template` flattens them into one
operation per path segment plus the bound field paths, and `PathTemplate.match` runs at request
time. Every grammar or consistency error raises `TemplateError`, so a bad template fails
start-up, never a request.

Percent-decoding of captured values follows grpc-gateway's non-legacy modes: a single-segment
variable is fully decoded; a multi-segment variable (`**`, or `=a/*`) joins its segments with a
plain `/` and keeps an encoded slash (`%2F`) encoded, so the two stay distinguishable.
A `*` (or single-segment variable) never matches an empty segment; `**` matches zero or more.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Sequence
from urllib.parse import unquote

__all__ = [
    "DeepWildcard",
    "Literal",
    "ParsedTemplate",
    "PathTemplate",
    "SegmentKind",
    "TemplateError",
    "Variable",
    "Wildcard",
    "compile_template",
    "parse_template",
    "split_path",
]


class TemplateError(ValueError):
    """A path template that does not follow the grammar or binds a field twice."""


# --- stage 1: parse -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Literal:
    text: str  # percent-decoded


@dataclass(frozen=True, slots=True)
class Wildcard:
    """`*`: exactly one non-empty segment."""


@dataclass(frozen=True, slots=True)
class DeepWildcard:
    """`**`: zero or more segments."""


PlainSegment = Literal | Wildcard | DeepWildcard


@dataclass(frozen=True, slots=True)
class Variable:
    field_path: str
    segments: tuple[PlainSegment, ...]  # `{x}` is `{x=*}`


Segment = PlainSegment | Variable


@dataclass(frozen=True, slots=True)
class ParsedTemplate:
    source: str
    segments: tuple[Segment, ...]
    verb: str  # "" when the template has none


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# RFC 3986 pchar without the characters the template grammar reserves (`*` `:` `/` `{` `}` `%`).
_LITERAL = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()+,;=@]|%[0-9A-Fa-f]{2})+")


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0

    def fail(self, message: str) -> TemplateError:
        return TemplateError(f"{message} at offset {self.pos} in template {self.source!r}")

    def peek(self) -> str:
        return self.source[self.pos : self.pos + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.fail(f"expected {char!r}")
        self.pos += 1

    def template(self) -> ParsedTemplate:
        self.expect("/")
        segments = self.segments(inside_variable=False)
        verb = ""
        if self.peek() == ":":
            self.pos += 1
            verb = self.literal("verb")
        if self.pos != len(self.source):
            raise self.fail(f"unexpected {self.peek()!r}")
        return ParsedTemplate(self.source, tuple(segments), verb)

    def segments(self, *, inside_variable: bool) -> list[Segment]:
        segments = [self.segment(inside_variable)]
        while self.peek() == "/":
            self.pos += 1
            segments.append(self.segment(inside_variable))
        return segments

    def segment(self, inside_variable: bool) -> Segment:
        if self.source.startswith("**", self.pos):
            self.pos += 2
            return DeepWildcard()
        if self.peek() == "*":
            self.pos += 1
            return Wildcard()
        if self.peek() == "{":
            if inside_variable:
                raise self.fail("nested variable")
            return self.variable()
        return Literal(self.literal("segment"))

    def variable(self) -> Variable:
        self.expect("{")
        field_path = self.field_path()
        segments: tuple[PlainSegment, ...] = (Wildcard(),)
        if self.peek() == "=":
            self.pos += 1
            segments = tuple(self.segments(inside_variable=True))  # type: ignore[arg-type]
        self.expect("}")
        return Variable(field_path, segments)

    def field_path(self) -> str:
        names = [self.ident()]
        while self.peek() == ".":
            self.pos += 1
            names.append(self.ident())
        return ".".join(names)

    def ident(self) -> str:
        found = _IDENT.match(self.source, self.pos)
        if found is None:
            raise self.fail("expected a field name")
        self.pos = found.end()
        return found.group()

    def literal(self, what: str) -> str:
        found = _LITERAL.match(self.source, self.pos)
        if found is None:
            raise self.fail(f"expected a {what}")
        self.pos = found.end()
        return unquote(found.group())


def parse_template(source: str) -> ParsedTemplate:
    """Parse `source` into segments; raise `TemplateError` if it breaks the grammar."""
    return _Parser(source).template()


# --- stage 2: compile -----------------------------------------------------------------------


class SegmentKind(enum.IntEnum):
    """How one path segment matches; a lower value is more specific."""

    LITERAL = 0
    SINGLE = 1  # `*` or a single-segment variable
    DEEP = 2  # `**`


# Sorts after every SegmentKind: a kind sequence that ends earlier is less specific.
_END_OF_SEGMENTS = 3


class PathTemplate:
    """A compiled template: one operation per path segment and the bound field paths.

    Offsets after a `**` are negative (counted from the end of the path), so every capture is
    a fixed index or slice whatever the number of segments the `**` swallows.
    """

    __slots__ = (
        "source",
        "verb",
        "segment_kinds",
        "field_paths",
        "signature",
        "precedence_key",
        "first_literal",
        "has_deep_wildcard",
        "_size",
        "_literals",
        "_singles",
        "_single_captures",
        "_multi_captures",
    )

    def __init__(self, parsed: ParsedTemplate) -> None:
        ops: list[tuple[SegmentKind, str]] = []
        spans: list[tuple[str, int, int]] = []  # field path, first op, last op + 1
        for segment in parsed.segments:
            if isinstance(segment, Variable):
                start = len(ops)
                ops.extend(_operation(part) for part in segment.segments)
                spans.append((segment.field_path, start, len(ops)))
            else:
                ops.append(_operation(segment))
        kinds = tuple(kind for kind, _ in ops)
        deep_at = _single_deep_wildcard(kinds, parsed.source)
        field_paths = tuple(path for path, _, _ in spans)
        if len(set(field_paths)) != len(field_paths):
            raise TemplateError(f"a field is bound twice in template {parsed.source!r}")

        size = len(ops)

        def offset(index: int) -> int:
            return index if deep_at is None or index <= deep_at else index - size

        def stop(end: int) -> int | None:
            if deep_at is None or end <= deep_at:
                return end
            return end - size or None  # 0 means "to the end of the path"

        def is_single(start: int, end: int) -> bool:
            return end - start == 1 and kinds[start] is SegmentKind.SINGLE

        self.source = parsed.source
        self.verb = parsed.verb
        self.segment_kinds = kinds
        self.field_paths = field_paths
        self.first_literal = ops[0][1] if kinds[0] is SegmentKind.LITERAL else None
        self.has_deep_wildcard = deep_at is not None
        # Two templates with the same signature match exactly the same paths.
        shape = tuple(text if kind is SegmentKind.LITERAL else kind for kind, text in ops)
        self.signature = (shape, self.verb)
        # Smaller is more specific: per segment kind, then more segments, then a verb; the text
        # only breaks ties between templates with the same signature.
        self.precedence_key = ((*kinds, _END_OF_SEGMENTS), -size, 0 if self.verb else 1, self.source)

        self._size = size
        self._literals = tuple(
            (offset(index), text) for index, (kind, text) in enumerate(ops) if kind is SegmentKind.LITERAL
        )
        self._singles = tuple(offset(index) for index, kind in enumerate(kinds) if kind is SegmentKind.SINGLE)
        self._single_captures = tuple(
            (path, offset(start)) for path, start, end in spans if is_single(start, end)
        )
        self._multi_captures = tuple(
            (path, offset(start), stop(end)) for path, start, end in spans if not is_single(start, end)
        )

    def __repr__(self) -> str:
        return f"PathTemplate({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PathTemplate) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)

    def match(self, path: str) -> dict[str, str] | None:
        """Match a request path (no prefix, no query); return `{field_path: value}` or None."""
        split = split_path(path)
        return None if split is None else self.match_segments(*split)

    def match_segments(self, segments: Sequence[str], verb: str) -> dict[str, str] | None:
        """Match raw (still percent-encoded) `segments` and the verb split off the last one."""
        if verb != self.verb:
            if self.verb:
                return None
            segments = [*segments[:-1], f"{segments[-1]}:{verb}"]  # the colon was part of the segment
        count = len(segments)
        if count != self._size and (not self.has_deep_wildcard or count < self._size - 1):
            return None
        for index, text in self._literals:
            segment = segments[index]
            if segment != text and ("%" not in segment or unquote(segment) != text):
                return None
        for index in self._singles:
            if not segments[index]:
                return None
        values = {}
        for path, index in self._single_captures:
            segment = segments[index]
            values[path] = unquote(segment) if "%" in segment else segment
        for path, start, end in self._multi_captures:
            values[path] = "/".join(map(_unquote_keeping_slash, segments[start:end]))
        return values


def _operation(segment: PlainSegment) -> tuple[SegmentKind, str]:
    if isinstance(segment, Literal):
        return SegmentKind.LITERAL, segment.text
    if isinstance(segment, Wildcard):
        return SegmentKind.SINGLE, ""
    return SegmentKind.DEEP, ""


def _single_deep_wildcard(kinds: tuple[SegmentKind, ...], source: str) -> int | None:
    deep = [index for index, kind in enumerate(kinds) if kind is SegmentKind.DEEP]
    if len(deep) > 1:
        raise TemplateError(f"more than one '**' in template {source!r}")
    return deep[0] if deep else None


_ENCODED_SLASH = re.compile("%2F", re.IGNORECASE)


def _unquote_keeping_slash(segment: str) -> str:
    if "%" not in segment:
        return segment
    return "%2F".join(map(unquote, _ENCODED_SLASH.split(segment)))


def compile_template(template: str | ParsedTemplate) -> PathTemplate:
    """Parse (if given text) and compile; raise `TemplateError` on a bad template."""
    parsed = parse_template(template) if isinstance(template, str) else template
    return PathTemplate(parsed)


# --- request paths --------------------------------------------------------------------------


def split_path(path: str) -> tuple[list[str], str] | None:
    """Split a request path into raw segments and the verb after the last segment's colon.

    Returns None for a path without the leading slash. As in grpc-gateway, a colon at the very
    start of the last segment does not introduce a verb.
    """
    if not path.startswith("/"):
        return None
    segments = path[1:].split("/")
    last = segments[-1]
    colon = last.rfind(":")
    if colon <= 0:
        return segments, ""
    segments[-1] = last[:colon]
    return segments, last[colon + 1 :]
