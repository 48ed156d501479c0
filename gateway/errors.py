"""gRPC status → HTTP status and the grpc-gateway error body, in one table."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from google.rpc import status_pb2

__all__ = ["HTTP_STATUS", "JSON", "StatusError", "http_status", "status_of", "plain_status", "write_status"]

JSON = "application/json"


class StatusError(Exception):
    """A failure that carries the ``google.rpc.Status`` to answer with; every other exception
    is an internal error. The server's errors derive from it (``server.errors``)."""

    code: Any  # the status code, as its producer names it (``grpc.StatusCode`` in the server)

    def to_status(self) -> status_pb2.Status:
        raise NotImplementedError

# grpc-gateway's mapping, which upstream keeps (FAILED_PRECONDITION is 400 on purpose).
HTTP_STATUS: dict[int, int] = {
    0: 200,  # OK
    1: 499,  # CANCELLED
    2: 500,  # UNKNOWN
    3: 400,  # INVALID_ARGUMENT
    4: 504,  # DEADLINE_EXCEEDED
    5: 404,  # NOT_FOUND
    6: 409,  # ALREADY_EXISTS
    7: 403,  # PERMISSION_DENIED
    8: 429,  # RESOURCE_EXHAUSTED
    9: 400,  # FAILED_PRECONDITION
    10: 409,  # ABORTED
    11: 400,  # OUT_OF_RANGE
    12: 501,  # UNIMPLEMENTED
    13: 500,  # INTERNAL
    14: 503,  # UNAVAILABLE
    15: 500,  # DATA_LOSS
    16: 401,  # UNAUTHENTICATED
}

_INTERNAL, _UNAUTHENTICATED = 13, 16


def http_status(code: int) -> int:
    return HTTP_STATUS.get(code, 500)


def plain_status(code: int, message: str) -> status_pb2.Status:
    """A status without ErrorDetails, as grpc-gateway produces for routing and decoding errors."""
    return status_pb2.Status(code=code, message=message)


def status_of(exc: BaseException) -> status_pb2.Status:
    """The status a :class:`StatusError` carries, else an internal error."""
    if isinstance(exc, StatusError):
        return exc.to_status()
    return plain_status(_INTERNAL, "internal error")


def write_status(codec: Any, status: status_pb2.Status, content_type: str = JSON) -> web.Response:
    """grpc-gateway's default error handler: the ``google.rpc.Status`` in the codec's JSON, with
    the HTTP status of its code; an UNAUTHENTICATED answer also says so in ``WWW-Authenticate``."""
    headers = {}
    if status.code == _UNAUTHENTICATED:
        headers["WWW-Authenticate"] = status.message
    return web.Response(
        status=http_status(status.code), body=codec.encode(status), content_type=content_type, headers=headers
    )
