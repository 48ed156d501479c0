"""Path templates: the parse, compile and match stages, each as a table."""

import pytest

from gateway.template import (
    DeepWildcard,
    Literal,
    SegmentKind,
    TemplateError,
    Variable,
    Wildcard,
    compile_template,
    parse_template,
    split_path,
)

L, S, D = SegmentKind.LITERAL, SegmentKind.SINGLE, SegmentKind.DEEP

PARSE_CASES = [
    ("/applications", (Literal("applications"),), ""),
    (
        "/applications/{application_id}",
        (Literal("applications"), Variable("application_id", (Wildcard(),))),
        "",
    ),
    (
        "/applications/{end_device_ids.application_ids.application_id}/devices",
        (
            Literal("applications"),
            Variable("end_device_ids.application_ids.application_id", (Wildcard(),)),
            Literal("devices"),
        ),
        "",
    ),
    ("/v1/*/**", (Literal("v1"), Wildcard(), DeepWildcard()), ""),
    (
        "/v1/{name=shelves/*/books/**}",
        (Literal("v1"), Variable("name", (Literal("shelves"), Wildcard(), Literal("books"), DeepWildcard()))),
        "",
    ),
    ("/v1/{name}:cancel", (Literal("v1"), Variable("name", (Wildcard(),))), "cancel"),
    ("/v1/{name=**}:batchGet", (Literal("v1"), Variable("name", (DeepWildcard(),))), "batchGet"),
    ("/v1/*:verb", (Literal("v1"), Wildcard()), "verb"),
    ("/api-keys/a.b~c_d=e@f", (Literal("api-keys"), Literal("a.b~c_d=e@f")), ""),
    ("/%61pps", (Literal("apps"),), ""),  # literals are stored percent-decoded
]


@pytest.mark.parametrize(("source", "segments", "verb"), PARSE_CASES, ids=[case[0] for case in PARSE_CASES])
def test_parse(source, segments, verb):
    parsed = parse_template(source)
    assert (parsed.source, parsed.segments, parsed.verb) == (source, segments, verb)


BAD_TEMPLATES = [
    "",
    "applications",  # no leading slash
    "/",  # at least one segment
    "/a//b",  # empty segment
    "/a/",  # trailing slash
    "/{",
    "/{a",
    "/{a}}",
    "/{}",
    "/{a.}",
    "/{.a}",
    "/{1a}",
    "/{a-b}",
    "/{a=}",
    "/{a={b}}",  # nested variable
    "/{a=b/{c}}",
    "/a:",  # empty verb
    "/a:b/c",  # verb not last
    "/a:b:c",
    "/***",
    "/a*",
    "/a b",
    "/a?b",
    "/%zz",
    "/a}",
    "/{a}/{a}",  # bound twice
    "/{a.b}/x/{a.b=**}",
    "/**/x/**",  # two `**`
    "/{a=**}/{b=**}",
    "/{a=b/**}/**",
]


@pytest.mark.parametrize("source", BAD_TEMPLATES)
def test_bad_template_fails_at_compile_time(source):
    with pytest.raises(TemplateError):
        compile_template(source)


COMPILE_CASES = [
    # source, segment kinds, field paths, verb, first literal
    ("/applications", (L,), (), "", "applications"),
    (
        "/applications/{application_ids.application_id}/devices/{device_id}",
        (L, S, L, S),
        ("application_ids.application_id", "device_id"),
        "",
        "applications",
    ),
    ("/{name=shelves/*}/books", (L, S, L), ("name",), "", "shelves"),
    ("/{name}/x", (S, L), ("name",), "", None),
    ("/v1/{a=**}/versions/{b}", (L, D, L, S), ("a", "b"), "", "v1"),
    ("/v1/{name}:cancel", (L, S), ("name",), "cancel", "v1"),
    ("/*/**", (S, D), (), "", None),
]


@pytest.mark.parametrize(
    ("source", "kinds", "field_paths", "verb", "first_literal"), COMPILE_CASES, ids=[c[0] for c in COMPILE_CASES]
)
def test_compile(source, kinds, field_paths, verb, first_literal):
    template = compile_template(source)
    assert template.segment_kinds == kinds
    assert template.field_paths == field_paths
    assert template.verb == verb
    assert template.first_literal == first_literal
    assert template.has_deep_wildcard == (D in kinds)


def test_compile_accepts_a_parsed_template():
    parsed = parse_template("/a/{b}")
    assert compile_template(parsed) == compile_template("/a/{b}")


def test_templates_matching_the_same_paths_share_a_signature():
    assert compile_template("/a/{x}").signature == compile_template("/a/{y=*}").signature
    assert compile_template("/a/{x}").signature != compile_template("/a/{x}:verb").signature
    assert compile_template("/a/{x}").signature != compile_template("/b/{x}").signature


MATCH_CASES = [
    # template, path, expected {field_path: value} or None
    ("/applications", "/applications", {}),
    ("/applications", "/applications/", None),
    ("/applications", "/application", None),
    ("/applications", "applications", None),
    ("/applications/{application_id}", "/applications/app1", {"application_id": "app1"}),
    ("/applications/{application_id}", "/applications", None),
    ("/applications/{application_id}", "/applications/", None),  # `*` never matches an empty segment
    ("/applications/{application_id}", "/applications/app1/devices", None),
    (
        "/applications/{end_device_ids.application_ids.application_id}/devices/{end_device_ids.device_id}",
        "/applications/app1/devices/dev1",
        {"end_device_ids.application_ids.application_id": "app1", "end_device_ids.device_id": "dev1"},
    ),
    # percent-decoding
    ("/applications/{id}", "/applications/a%20b", {"id": "a b"}),
    ("/applications/{id}", "/applications/a%2Fb", {"id": "a/b"}),  # single segment: fully decoded
    ("/applications/{id}", "/applications/caf%C3%A9", {"id": "café"}),
    ("/applications/{id}", "/%61pplications/x", {"id": "x"}),  # encoded literal
    ("/a%20b/{id}", "/a b/x", {"id": "x"}),
    ("/a%20b/{id}", "/a%20b/x", {"id": "x"}),
    # `*` without variable
    ("/v1/*/x", "/v1/anything/x", {}),
    ("/v1/*/x", "/v1//x", None),
    # `**`
    ("/files/{name=**}", "/files/a/b/c", {"name": "a/b/c"}),
    ("/files/{name=**}", "/files/a", {"name": "a"}),
    ("/files/{name=**}", "/files", {"name": ""}),  # zero segments
    ("/files/{name=**}", "/files/a%2Fb/c%20d", {"name": "a%2Fb/c d"}),  # multi-segment keeps %2F
    ("/files/{name=**}", "/other/a", None),
    ("/v1/**", "/v1", {}),
    ("/v1/{a=**}/versions/{b}", "/v1/x/y/versions/3", {"a": "x/y", "b": "3"}),
    ("/v1/{a=**}/versions/{b}", "/v1/versions/3", {"a": "", "b": "3"}),
    ("/v1/{a=**}/versions/{b}", "/v1/x/y/3", None),
    ("/v1/{a=**}/versions/{b}", "/v1/x/versions", None),
    ("/{a=x/**}/{b=*/y}", "/x/1/2/z/y", {"a": "x/1/2", "b": "z/y"}),
    # multi-segment variable
    ("/v1/{name=shelves/*}/books", "/v1/shelves/s1/books", {"name": "shelves/s1"}),
    ("/v1/{name=shelves/*}/books", "/v1/racks/s1/books", None),
    # verbs
    ("/v1/{name}:cancel", "/v1/op1:cancel", {"name": "op1"}),
    ("/v1/{name}:cancel", "/v1/op1", None),
    ("/v1/{name}:cancel", "/v1/op1:other", None),
    ("/v1/{name=**}:cancel", "/v1/a/b:cancel", {"name": "a/b"}),
    ("/v1/ops:batchGet", "/v1/ops:batchGet", {}),
    ("/v1/{name}", "/v1/op1:cancel", {"name": "op1:cancel"}),  # no verb in template: colon is data
    ("/v1/{name}", "/v1/:cancel", {"name": ":cancel"}),  # a leading colon is no verb
    ("/v1/{name}/x", "/v1/a:b/x", {"name": "a:b"}),  # only the last segment carries a verb
]


@pytest.mark.parametrize(("source", "path", "expected"), MATCH_CASES, ids=[f"{c[0]} {c[1]}" for c in MATCH_CASES])
def test_match(source, path, expected):
    assert compile_template(source).match(path) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/a/b", (["a", "b"], "")),
        ("/a/b:verb", (["a", "b"], "verb")),
        ("/a:x/b", (["a:x", "b"], "")),
        ("/a/b:c:d", (["a", "b:c"], "d")),
        ("/a/:verb", (["a", ":verb"], "")),
        ("/", ([""], "")),
        ("a/b", None),
    ],
)
def test_split_path(path, expected):
    assert split_path(path) == expected


PRECEDENCE_ORDER = [
    # most specific first; each pair of neighbours is decided by the rule in the comment
    "/applications/{a}/devices/batch",  # literal beats variable in the last segment
    "/applications/{a}/devices/{d}:verb",  # a verb beats none
    "/applications/{a}/devices/{d}",  # single beats `**` in the last segment
    "/applications/{a}/devices/{d=**}/x",  # more segments first
    "/applications/{a}/devices/{d=**}",  # literal `devices` beats `*`
    "/applications/{a}/*/{d}",  # literal `applications` beats a variable
    "/{x}/{a}/devices/{d}",
]


def test_precedence_key_orders_by_specificity():
    shuffled = list(reversed(PRECEDENCE_ORDER))
    ordered = sorted((compile_template(s) for s in shuffled), key=lambda t: t.precedence_key)
    assert [t.source for t in ordered] == PRECEDENCE_ORDER
