"""One client API over both transports, so a contract case is written once.

``await client.call("/ttn.lorawan.v3.ApplicationRegistry/Get", request, key)`` returns a
:class:`Result` with the gRPC code, the response message (decoded from JSON over HTTP) and the
``ErrorDetails``, whichever transport ran it. The HTTP leg builds its request from the method's
first HTTP binding: path variables from the message, the rest as JSON body or query string.

The HTTP leg is a client that knows only upstream's API, not ttsl's gateway: it reads the
``google.api.http`` rules itself, writes and reads JSON with :mod:`support.upstream_json`, and
checks every answer against upstream's spelling of the message it decodes to. It imports nothing
from ``gateway`` (``contract/test_http_leg.py`` holds it to that), so a codec bug fails its leg.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import aiohttp
import grpc
from google.api import annotations_pb2
from google.protobuf import descriptor_pool, message_factory
from google.rpc import status_pb2

from support import upstream_json
from ttn.lorawan.v3 import error_pb2

__all__ = ["Result", "GRPCClient", "HTTPClient", "HTTP_STATUS", "error_details_from_json", "assert_upstream_spelling"]

_VARIABLE = re.compile(r"\{([^}=]+)(?:=[^}]*)?\}")
_ERROR_DETAILS = "type.googleapis.com/ttn.lorawan.v3.ErrorDetails"

# grpc-gateway's HTTP status of each gRPC code, which upstream keeps (FIDELITY §4).
HTTP_STATUS = {
    0: 200, 1: 499, 2: 500, 3: 400, 4: 504, 5: 404, 6: 409, 7: 403, 8: 429,
    9: 400, 10: 409, 11: 400, 12: 501, 13: 500, 14: 503, 15: 500, 16: 401,
}


@dataclass
class Result:
    code: int
    response: Any = None
    details: error_pb2.ErrorDetails | None = None
    message: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    http_status: int | None = None
    json: Any = None

    @property
    def error_name(self) -> str:
        return f"{self.details.namespace}:{self.details.name}" if self.details else ""

    @property
    def total(self) -> int | None:
        value = self.headers.get("x-total-count")
        return int(value) if value is not None else None


def _method(full_method: str):
    service, method = full_method[1:].rsplit("/", 1)
    return descriptor_pool.Default().FindServiceByName(service).methods_by_name[method]


@dataclass(frozen=True)
class _Binding:
    """The first `google.api.http` rule of a method, as a client reads it."""

    http_method: str
    pattern: str
    body: str
    response_body: str


def _first_binding(full_method: str) -> _Binding:
    """The primary rule, or the first additional one when the primary has no pattern."""
    rule = _method(full_method).GetOptions().Extensions[annotations_pb2.http]
    if rule.WhichOneof("pattern") is None and rule.additional_bindings:
        rule = rule.additional_bindings[0]
    kind = rule.WhichOneof("pattern")
    if kind is None:
        raise LookupError(f"{full_method} has no HTTP binding")
    if kind == "custom":
        http_method, pattern = rule.custom.kind, rule.custom.path
    else:
        http_method, pattern = kind.upper(), getattr(rule, kind)
    return _Binding(http_method, pattern, rule.body, rule.response_body)


def assert_upstream_spelling(obj, message) -> None:
    """obj, JSON read from the server, is exactly upstream's spelling of the message it decoded to."""
    expected = upstream_json.to_json(message)
    assert obj == expected, (
        f"{message.DESCRIPTOR.full_name} is not spelled as upstream spells it:\n"
        f"  got      {obj!r}\n  upstream {expected!r}"
    )


def error_details_from_json(status: dict) -> error_pb2.ErrorDetails | None:
    """The ErrorDetails among the details of a google.rpc.Status in JSON, checked for spelling."""
    found = None
    for detail in status.get("details", []):
        if detail.get("@type") == _ERROR_DETAILS:
            found = upstream_json.from_json(error_pb2.ErrorDetails, {k: v for k, v in detail.items() if k != "@type"})
            assert_upstream_spelling({k: v for k, v in detail.items() if k != "@type"}, found)
    return found


class GRPCClient:
    transport = "grpc"

    def __init__(self, port: int) -> None:
        self.channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")

    async def close(self) -> None:
        await self.channel.close()

    async def call(self, full_method: str, request: Any, key: str | None = None) -> Result:
        md = _method(full_method)
        response_class = message_factory.GetMessageClass(md.output_type)
        rpc = self.channel.unary_unary(
            full_method, request_serializer=lambda m: m.SerializeToString(), response_deserializer=response_class.FromString
        )
        metadata = (("authorization", f"Bearer {key}"),) if key else ()
        call = rpc(request, metadata=metadata)
        try:
            response = await call
        except grpc.aio.AioRpcError as exc:
            result = Result(exc.code().value[0], message=exc.details() or "")
            for k, v in exc.trailing_metadata() or ():
                if k == "grpc-status-details-bin":
                    status = status_pb2.Status.FromString(v)
                    for detail in status.details:
                        details = error_pb2.ErrorDetails()
                        if detail.Unpack(details):
                            result.details = details
            return result
        headers = {k: v for k, v in (await call.initial_metadata() or ())}
        return Result(0, response=response, headers=headers)


class HTTPClient:
    transport = "http"

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/") + "/api/v3"
        self.session = aiohttp.ClientSession()
        self._bindings: dict[str, Any] = {}

    async def close(self) -> None:
        await self.session.close()

    def _binding(self, full_method: str) -> _Binding:
        if full_method not in self._bindings:
            self._bindings[full_method] = _first_binding(full_method)
        return self._bindings[full_method]

    def request_for(self, full_method: str, request: Any) -> tuple[str, str, bytes | None, list[tuple[str, str]]]:
        """(HTTP method, path, body, query) for a request message, from the method's first binding."""
        binding = self._binding(full_method)
        obj = upstream_json.to_json(request)
        bound: list[str] = []

        def value_at(path: str) -> str:
            node: Any = obj
            for part in path.split("."):
                node = node.get(part, "") if isinstance(node, dict) else ""
            bound.append(path)
            return quote(str(node), safe="")

        path = _VARIABLE.sub(lambda m: value_at(m.group(1)), binding.pattern)
        body: bytes | None = None
        query: list[tuple[str, str]] = []
        if binding.body == "*":
            body = json.dumps(obj).encode()
        else:
            if binding.body:
                body = json.dumps(upstream_json.to_json(getattr(request, binding.body))).encode()
                bound.append(binding.body)
            _flatten(obj, "", bound, query)
        return binding.http_method, path, body, query

    async def call(self, full_method: str, request: Any, key: str | None = None) -> Result:
        method, path, body, query = self.request_for(full_method, request)
        return await self.raw(method, path, body=body, query=query, key=key, full_method=full_method)

    async def raw(
        self,
        method: str,
        path: str,
        *,
        body: bytes | str | None = None,
        query: list[tuple[str, str]] | None = None,
        key: str | None = None,
        headers: dict[str, str] | None = None,
        full_method: str | None = None,
    ) -> Result:
        all_headers = dict(headers or {})
        if key:
            all_headers["Authorization"] = f"Bearer {key}"
        if body is not None:
            all_headers.setdefault("Content-Type", "application/json")
        async with self.session.request(
            method, self.base_url + path, data=body, params=query or None, headers=all_headers
        ) as resp:
            raw = await resp.read()
            headers_out = {k.lower(): v for k, v in resp.headers.items()}
            if headers_out.get("x-total-count") is not None:
                headers_out["x-total-count"] = resp.headers["X-Total-Count"]
            json_body = json.loads(raw) if raw else None
        if resp.status == 200:
            response = None
            if full_method is not None:
                response = self._response(full_method, json_body)
            return Result(0, response=response, headers=headers_out, http_status=200, json=json_body)
        code = int(json_body.get("code", 2)) if isinstance(json_body, dict) else 2
        assert HTTP_STATUS.get(code, 500) == resp.status, (code, resp.status, json_body)
        result = Result(code, message=json_body.get("message", ""), headers=headers_out, http_status=resp.status, json=json_body)
        result.details = error_details_from_json(json_body)
        return result

    def _response(self, full_method: str, json_body: Any):
        """The response message of full_method read from its JSON, which must be upstream's spelling."""
        response = message_factory.GetMessageClass(_method(full_method).output_type)()
        field = self._binding(full_method).response_body
        target = getattr(response, field) if field else response
        upstream_json.parse(json_body, target)
        assert_upstream_spelling(json_body, target)
        return response


def _flatten(obj: Any, prefix: str, bound: list[str], out: list[tuple[str, str]]) -> None:
    for key, value in obj.items():
        path = f"{prefix}{key}"
        if path in bound:
            continue
        if key == "field_mask" and isinstance(value, dict):
            out.append((path, ",".join(value.get("paths", []))))
        elif isinstance(value, dict):
            _flatten(value, path + ".", bound, out)
        elif isinstance(value, list):
            out.extend((path, str(v)) for v in value)
        elif isinstance(value, bool):
            out.append((path, "true" if value else "false"))
        else:
            out.append((path, str(value)))
