"""One client API over both transports, so a contract case is written once.

``await client.call("/ttn.lorawan.v3.ApplicationRegistry/Get", request, key)`` returns a
:class:`Result` with the gRPC code, the response message (decoded from JSON over HTTP) and the
``ErrorDetails``, whichever transport ran it. The HTTP leg builds its request from the method's
first HTTP binding: path variables from the message, the rest as JSON body or query string.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import aiohttp
import grpc
from google.protobuf import descriptor_pool, message_factory
from google.rpc import status_pb2

from gateway import codec as marshal
from gateway.errors import http_status
from gateway.bindings import read_bindings
from ttn.lorawan.v3 import error_pb2

__all__ = ["Result", "GRPCClient", "HTTPClient"]

_VARIABLE = re.compile(r"\{([^}=]+)(?:=[^}]*)?\}")


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

    def _binding(self, full_method: str):
        if full_method not in self._bindings:
            md = _method(full_method)
            bindings = read_bindings([md.containing_service])
            self._bindings[full_method] = next(b for b in bindings if b.full_method == full_method)
        return self._bindings[full_method]

    def request_for(self, full_method: str, request: Any) -> tuple[str, str, bytes | None, list[tuple[str, str]]]:
        """(HTTP method, path, body, query) for a request message, from the method's first binding."""
        binding = self._binding(full_method)
        obj = marshal.to_obj(request)
        bound: list[str] = []

        def value_at(path: str) -> str:
            node: Any = obj
            for part in path.split("."):
                node = node.get(part, "") if isinstance(node, dict) else ""
            bound.append(path)
            return quote(str(node), safe="")

        path = _VARIABLE.sub(lambda m: value_at(m.group(1)), binding.template.source)
        if binding.template.verb:
            path += ":" + binding.template.verb
        body: bytes | None = None
        query: list[tuple[str, str]] = []
        if binding.body == "*":
            body = marshal.encode(request)
        else:
            if binding.body:
                body = marshal.encode(getattr(request, binding.body))
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
                response = message_factory.GetMessageClass(_method(full_method).output_type)()
                marshal.from_obj(json_body, response)
            return Result(0, response=response, headers=headers_out, http_status=200, json=json_body)
        code = int(json_body.get("code", 2)) if isinstance(json_body, dict) else 2
        assert http_status(code) == resp.status, (code, resp.status, json_body)
        result = Result(code, message=json_body.get("message", ""), headers=headers_out, http_status=resp.status, json=json_body)
        for detail in json_body.get("details", []):
            if detail.get("@type") == "type.googleapis.com/ttn.lorawan.v3.ErrorDetails":
                details = error_pb2.ErrorDetails()
                marshal.from_obj({k: v for k, v in detail.items() if k != "@type"}, details)
                result.details = details
        return result


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
