"""The HTTP request of one ApplicationUp for one webhook (upstream ``io/web/request.go``).

* Only a kind of message the webhook has a message setting for is sent (``uplink_message``,
  ``join_accept``, …: the member of the ApplicationUp's ``up`` oneof of the same name).
* URL: the webhook's ``base_url`` and the message's ``path``, each an RFC 6570 URI template
  expanded with ``appID``/``applicationID``, ``devID``/``deviceID``, ``appEUI``/``joinEUI``,
  ``devEUI`` and ``devAddr`` (upper-case hex; empty when the device has none), then joined as
  upstream joins them (Go's ``ResolveReference``): a path with a leading ``/`` is relative to
  the base URL's path (which gets a trailing ``/``), and so is any non-empty path; dot segments
  go, empty ones stay; a path that is only a query replaces the base URL's query.
* Body: the message in the webhook's format, cut by its ``field_mask`` when that has paths (the
  paths outside ``up``, and under ``up`` only those of the message's own kind).
* Headers: the webhook's own (but ``Host``, ``Content-Length``, ``Transfer-Encoding`` and
  ``Trailer``, which the HTTP client writes itself), ``X-Downlink-Apikey``, ``X-Downlink-Push`` and
  ``X-Downlink-Replace`` when it has a downlink API key, ``X-Tts-Domain`` (the host of the
  downlink address), ``Content-Type`` of the format, and ``User-Agent`` unless the webhook sets
  one. Header names are written in Go's canonical form, as upstream's HTTP client sends them.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import uritemplate

from ttn.lorawan.v3 import applicationserver_web_pb2 as web_pb
from ttn.lorawan.v3 import messages_pb2

from .... import fieldmask
from ....errors import Namespace
from .formats import FORMATS

__all__ = ["Request", "DownlinkAddress", "new_request", "USER_AGENT", "canonical_header", "sendable"]

ERR_FORMAT_NOT_FOUND = Namespace("pkg/applicationserver/io/web").not_found(
    "format_not_found", "format `{format}` not found"
)

_GO_ARCH = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64", "i686": "386"}
# Upstream's client identifies itself as TheThingsStack/<version> (<GOOS>/<GOARCH>).
USER_AGENT = f"TheThingsStack/3.32.1 ({platform.system().lower()}/{_GO_ARCH.get(platform.machine().lower(), platform.machine().lower())})"


@dataclass(frozen=True, slots=True)
class Request:
    url: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True, slots=True)
class DownlinkAddress:
    """Where receivers queue downlinks (upstream ``as.webhooks.downlinks.public-address``)."""

    public_address: str  # e.g. http://localhost:1885/api/v3

    def url(self, webhook_ids: web_pb.ApplicationWebhookIdentifiers, device_id: str, op: str) -> str:
        return (f"{self.public_address}/as/applications/{webhook_ids.application_ids.application_id}"
                f"/webhooks/{webhook_ids.webhook_id}/devices/{device_id}/down/{op}")

    @property
    def domain(self) -> str:
        try:
            return urlsplit(self.public_address).netloc
        except ValueError:
            return ""


_TRANSPORT_HEADERS = ("Host", "Content-Length", "Transfer-Encoding", "Trailer")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


_FIELD_VALUE = re.compile(r"[^\x00-\x08\x0a-\x1f\x7f]*")


def sendable(headers: dict[str, str]) -> bool:
    """Whether Go's client would send these headers (token names, values without controls)."""
    return all(_TOKEN.fullmatch(k) and _FIELD_VALUE.fullmatch(v) for k, v in headers.items())


def canonical_header(name: str) -> str:
    """Go's ``CanonicalMIMEHeaderKey``: ``x-api-key`` is sent as ``X-Api-Key``."""
    if not _TOKEN.fullmatch(name):
        return name
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))


def _variables(up: messages_pb2.ApplicationUp) -> dict[str, str]:
    ids = up.end_device_ids
    app_id = ids.application_ids.application_id
    join_eui = ids.join_eui.hex().upper()
    return {
        "appID": app_id, "applicationID": app_id,
        "appEUI": join_eui, "joinEUI": join_eui,
        "devID": ids.device_id, "deviceID": ids.device_id,
        "devEUI": ids.dev_eui.hex().upper(),
        "devAddr": ids.dev_addr.hex().upper(),
    }


def _resolve_path(base: str, ref: str) -> str:
    """Go's ``resolvePath``: ``ref`` against ``base``, dot segments removed, empty ones kept."""
    if not ref:
        full = base
    elif not ref.startswith("/"):
        full = base[: base.rfind("/") + 1] + ref
    else:
        full = ref
    if not full:
        return ""
    out: list[str] = []
    elements = full.split("/")
    for element in elements[1:] if full.startswith("/") else elements:
        if element == ".":
            continue
        if element == "..":
            if out:
                out.pop()
            continue
        out.append(element)
    if elements[-1] in (".", ".."):
        out.append("")
    return "/" + "/".join(out)


def _url(base_template: str, path_template: str, variables: dict[str, str]) -> str:
    """Both templates expanded, then joined as upstream joins them (Go's ``ResolveReference``,
    after giving the base path a trailing ``/`` for a non-empty relative path)."""
    base = urlsplit(uritemplate.expand(base_template, variables))
    ref = urlsplit(uritemplate.expand(path_template, variables))
    base_path, relative = base.path, ref.path
    if relative.startswith("/"):
        relative = relative.lstrip("/")
        if not base_path.endswith("/"):
            base_path += "/"
    if relative and not base_path.endswith("/"):
        base_path += "/"
    if ref.scheme:
        return urlunsplit(ref._replace(path=_resolve_path("", ref.path)))
    if ref.netloc:
        return urlunsplit(ref._replace(scheme=base.scheme, path=_resolve_path("", ref.path)))
    if not relative:
        query = ref.query or base.query
        return urlunsplit(base._replace(path=base_path, query=query, fragment=ref.fragment))
    return urlunsplit(base._replace(path=_resolve_path(base_path, relative), query=ref.query, fragment=ref.fragment))


def _cut(up: messages_pb2.ApplicationUp, paths) -> messages_pb2.ApplicationUp:
    own = "up." + up.WhichOneof("up")
    kept = [p for p in paths if not p.startswith("up.")]
    kept += [p for p in paths if p == own or p.startswith(own + ".")]
    cut = messages_pb2.ApplicationUp()
    fieldmask.copy_paths(cut, up, kept)
    return cut


def new_request(up: messages_pb2.ApplicationUp, hook: web_pb.ApplicationWebhook,
                downlinks: DownlinkAddress) -> Request | None:
    """The request for ``up``, or None when the webhook does not take its kind of message.
    Raises ``format_not_found``, or ValueError for a URL template that does not expand."""
    which = up.WhichOneof("up")
    if which is None or not hook.HasField(which):
        return None
    message: web_pb.ApplicationWebhook.Message = getattr(hook, which)
    variables = _variables(up)
    url = _url(hook.base_url, message.path, variables)
    form = FORMATS.get(hook.format)
    if form is None:
        raise ERR_FORMAT_NOT_FOUND(format=hook.format)
    body = form.from_up(_cut(up, hook.field_mask.paths) if hook.field_mask.paths else up)
    headers = {canonical_header(k): v for k, v in hook.headers.items()}
    for name in _TRANSPORT_HEADERS:  # Go's client writes these itself, whatever the map says
        headers.pop(name, None)
    if hook.downlink_api_key:
        device_id = up.end_device_ids.device_id
        headers["X-Downlink-Apikey"] = hook.downlink_api_key
        headers["X-Downlink-Push"] = downlinks.url(hook.ids, device_id, "push")
        headers["X-Downlink-Replace"] = downlinks.url(hook.ids, device_id, "replace")
    domain = downlinks.domain
    if domain:
        headers["X-Tts-Domain"] = domain
    headers["Content-Type"] = form.content_type
    headers.setdefault("User-Agent", USER_AGENT)
    return Request(url, headers, body)
