"""How a webhook's base URL and message path join: Go's url.ResolveReference after upstream's
trailing-slash rule (io/web/request.go); expected values follow Go's resolvePath."""

from __future__ import annotations

import pytest

from server.application.integrations.webhooks.requests import _url

VARIABLES = {"appID": "app1", "applicationID": "app1", "devID": "dev1", "deviceID": "dev1",
             "devEUI": "", "joinEUI": "", "appEUI": "", "devAddr": "260B1234"}


@pytest.mark.parametrize("base, path, expected", [
    ("http://h/base", "/up", "http://h/base/up"),
    ("http://h/base", "up", "http://h/base/up"),
    ("http://h/base/", "up", "http://h/base/up"),
    ("http://h/base", "", "http://h/base"),
    ("http://h/base?x=1", "", "http://h/base?x=1"),
    ("http://h/base?x=1", "?y=2", "http://h/base?y=2"),
    ("http://h/base?x=1", "up?y=2", "http://h/base/up?y=2"),
    ("http://h/x//y/", "/a//b/./c/../d", "http://h/x//y/a//b/d"),
    ("http://h/x//y/", "e%2Ff/{devID}?q=1", "http://h/x//y/e%2Ff/dev1?q=1"),
    ("http://h", "/up/{devID}/{devEUI}/{joinEUI}/{devAddr}", "http://h/up/dev1///260B1234"),
    ("http://h/a/b", "../c", "http://h/a/c"),
    ("http://h/a/", "..", "http://h/"),
    ("http://h/a/", ".", "http://h/a/"),
    ("http://h/{appID}", "{devID}", "http://h/app1/dev1"),
    ("http://h/b/", "https://other/z/../q", "https://other/q"),
])
def test_join(base, path, expected):
    assert _url(base, path, VARIABLES) == expected
