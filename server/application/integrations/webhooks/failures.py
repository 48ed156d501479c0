"""Why a webhook request failed, as upstream's sink reports it (``io/web/sink/http.go``) with the
cause its HTTP client's error converts to (``pkg/errors/conversion.go``).

The sink's error is ``request`` (``webhook_id``, ``url`` and, given an answer, ``status_code``
and up to 1 KiB of a UTF-8 answer body in its details). When no answer came, its cause is what
the client met, spelled as upstream converts Go's errors: ``context_deadline_exceeded`` for the
timeout; else ``pkg/errors:request`` (``op`` ``Post``, ``url``) caused by ``net_dns`` (no such
host), ``net_operation`` (``dial``, ``tcp``, the address) caused by ``syscall`` (``connect`` and
its error, e.g. ``connection refused``), or nothing further (e.g. a header Go refuses to send).
"""

from __future__ import annotations

import asyncio
import errno
import os

import aiohttp
from google.protobuf import struct_pb2

from ttn.lorawan.v3 import error_pb2

from ....errors import Namespace, TTSError

__all__ = ["ERR_REQUEST", "ERR_WEBHOOK_DISABLED", "ERR_POOL_FULL", "answered", "unanswered", "RequestRefused"]

_sink = Namespace("pkg/applicationserver/io/web/sink")
ERR_REQUEST = _sink.unavailable("request", "request", "webhook_id", "url", "status_code")
ERR_WEBHOOK_DISABLED = _sink.aborted("webhook_disabled", "webhook disabled")
ERR_POOL_FULL = Namespace("pkg/workerpool").resource_exhausted("pool_full", "the worker pool is full")

_go = Namespace("pkg/errors")
ERR_CLIENT_REQUEST = _go.unknown("request", "request to `{url}` failed", "op")
ERR_DEADLINE = _go.deadline_exceeded("context_deadline_exceeded", "context deadline exceeded")
ERR_NET_DNS = _go.unavailable("net_dns", "{message}", "timeout", "not_found")
ERR_NET_OPERATION = _go.unavailable("net_operation", "net operation failed", "op", "net", "source", "address",
                                    "timeout")
ERR_SYSCALL = _go.unknown("syscall", "`{syscall}` failed", "syscall", "error", "timeout")

_MAX_ANSWER = 1024


class RequestRefused(Exception):
    """The client would not send the request (a header Go's client refuses)."""


def answered(webhook_id: str, url: str, status_code: int, body: bytes) -> error_pb2.ErrorDetails:
    details = ERR_REQUEST(webhook_id=webhook_id, url=url, status_code=status_code).details()
    try:
        text = body[:_MAX_ANSWER].decode()
    except UnicodeDecodeError:
        return details
    details.details.add().Pack(struct_pb2.Struct(fields={"body": struct_pb2.Value(string_value=text)}))
    return details


def unanswered(webhook_id: str, url: str, exc: BaseException) -> error_pb2.ErrorDetails:
    return ERR_REQUEST(webhook_id=webhook_id, url=url, cause=_cause(url, exc)).details()


def _cause(url: str, exc: BaseException) -> TTSError:
    if isinstance(exc, asyncio.TimeoutError):
        return ERR_DEADLINE()
    return ERR_CLIENT_REQUEST(url=url, op="Post", cause=_network(exc))


def _network(exc: BaseException) -> TTSError | None:
    dns = getattr(aiohttp, "ClientConnectorDNSError", None)
    if dns is not None and isinstance(exc, dns):
        return ERR_NET_DNS(message=f"lookup {exc.host}: no such host", timeout=False, not_found=True)
    if isinstance(exc, aiohttp.ClientConnectorError):
        os_error = exc.os_error
        code = getattr(os_error, "errno", None)
        address = f"{exc.host}:{exc.port}"
        syscall = None
        if code is not None:
            syscall = ERR_SYSCALL(syscall="connect", error=os.strerror(code).lower() if code in errno.errorcode
                                  else str(os_error), timeout=code == errno.ETIMEDOUT)
        return ERR_NET_OPERATION(op="dial", net="tcp", address=address, timeout=False, cause=syscall)
    return None
