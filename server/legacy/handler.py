"""The TTN v2 handler ``ApplicationManager`` over HTTP, on ttsl's v3 services.

Every v2 request is carried out as the v3 calls it stands for, each through the pipeline
(server/pipeline.py): field masks, validation, authentication and rights are the v3 methods'
own, there is no second place for them. A check made before any step is taken (SetDevice's,
of each step) is the pipeline's :meth:`~server.pipeline.Pipeline.admit` of the v3 request,
without the call. The dry runs, which call no v3 method, are admitted as the v3 method that does
the same (``AppAs/DecodeUplink`` and ``AppAs/EncodeDownlink``: RIGHT_APPLICATION_TRAFFIC_READ),
its request validated on the fields a dry run gives (the application, FPort and payload; v2
names no device).

Authentication: v2 clients sent ``Authorization: Key <access key>`` (or ``Bearer <token>``);
both schemes are taken here with a ttsl API key (``NNSXS.…``) and passed on as ``Bearer``.
v2 access keys (``ttn-account-v2.…``) and tokens are not API keys of ttsl and are refused as
v3 refuses an unknown token.

Requests and the v3 calls they make:

* ``POST /applications`` (RegisterApplication): ``As/GetLink``; no link yet: ``As/SetLink`` of
  empty default formatters (the application is now served by the Application Server); a link
  already there: ``already_registered`` (409);
* ``GET /applications/{app_id}`` (GetApplication): ``ApplicationRegistry/Get`` and
  ``As/GetLink`` (no link: no payload functions), see server/legacy/payload.py for the mapping;
* ``PUT|POST /applications/{app_id}`` (SetApplication): ``As/SetLink`` of
  ``default_formatters``. ``register_on_join_access_key`` has no v3 counterpart: only empty;
* ``DELETE /applications/{app_id}`` (DeleteApplication): each device of the application is
  deleted (as DeleteDevice), then ``As/DeleteLink``; the application itself stays in the
  Identity Server (v2's handler did not own it either);
* ``GET /applications/{app_id}/devices`` (GetDevicesForApplication): ``EndDeviceRegistry/List``
  and, per device, as GetDevice;
* ``GET /applications/{app_id}/devices/{dev_id}`` (GetDevice): ``EndDeviceRegistry/Get`` and the
  Get of the Join, Network and Application Server (a registry without the device contributes
  nothing); keys are asked for, and left out when the caller may not read keys;
* ``PUT|POST /applications/{app_id}/devices[/{dev_id}]`` (SetDevice, ``dev_id`` from the body
  when not in the path): ``EndDeviceRegistry/Create`` or ``Update``, then the Set of the Join
  Server (OTAA devices), Network Server and Application Server; see server/legacy/devices.py;
* ``DELETE /applications/{app_id}/devices/{dev_id}`` (DeleteDevice): the Delete of the Join,
  Network and Application Server (where the device is), then ``EndDeviceRegistry/Delete``;
* v2 gave DryUplink, DryDownlink and SimulateUplink no HTTP binding; ttsl serves them at
  ``POST /applications/{app_id}/dry-uplink``, ``…/dry-downlink`` and
  ``…/devices/{dev_id}/simulate-uplink`` with v2's messages as bodies (``payload`` in base64);
  SimulateUplink is ``AppAs/SimulateUplink`` (Unimplemented while that is not served).

Errors answer with the HTTP status of their gRPC code and grpc-gateway's body of v2's time,
``{"error": <message>, "code": <gRPC code>}``.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from typing import Any

import grpc
import orjson
from aiohttp import web
from google.protobuf import field_mask_pb2

from gateway.errors import http_status, status_of
from ttn.lorawan.v3 import application_pb2, applicationserver_pb2, end_device_pb2, identifiers_pb2, messages_pb2

from ..auth import rights as R
from ..errors import Namespace, PlainStatus, StatusError
from ..pipeline import Call, Pipeline
from . import devices as v2dev
from .payload import V2Functions, dry_downlink, dry_uplink, from_formatters, to_formatters

__all__ = ["ApplicationManager"]

log = logging.getLogger("ttsl.legacy")

_errors = Namespace("pkg/legacy/v2")
ERR_ALREADY_REGISTERED = _errors.already_exists("already_registered", "application `{app_id}` is already registered")
ERR_REGISTER_ON_JOIN = _errors.invalid_argument(
    "register_on_join", "register on join is not supported: `register_on_join_access_key` must be empty"
)
ERR_BODY = _errors.invalid_argument("body", "invalid request body: {message}")
ERR_NO_ID = _errors.invalid_argument("no_id", "no `{field}` given")

_V3 = "/ttn.lorawan.v3."
_LINK_MASK = ("default_formatters",)
_PAGE = 1000
_SESSION_KEY_ID = "session.keys.session_key_id"
# What a dry run gives of the v3 request it is admitted as (validated on these paths only).
_DRY_UPLINK_PATHS = ("end_device_ids.application_ids", "uplink.f_port", "uplink.frm_payload")
_DRY_DOWNLINK_PATHS = ("end_device_ids.application_ids", "downlink.f_port", "downlink.frm_payload")
_NOT_FOUND, _PERMISSION_DENIED = grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED
_UNIMPLEMENTED = grpc.StatusCode.UNIMPLEMENTED


def _error_response(code: int, message: str, status: int | None = None, headers=None) -> web.Response:
    """v2's error body (grpc-gateway's of v2's time), with the HTTP status of the gRPC code
    unless another is given."""
    return web.Response(
        status=http_status(code) if status is None else status,
        body=orjson.dumps({"error": message, "code": code}),
        content_type="application/json",
        headers=headers,
    )


class _Request:
    """What the v3 calls of one v2 request share: the caller."""

    __slots__ = ("authorization", "user_agent", "remote_ip")

    def __init__(self, request: web.BaseRequest) -> None:
        authorization = request.headers.get("Authorization", "")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() in ("key", "bearer") and token.strip():
            authorization = "Bearer " + token.strip()
        self.authorization = authorization
        self.user_agent = request.headers.get("User-Agent", "")
        self.remote_ip = request.remote or ""


class ApplicationManager:
    """The v2 API: :meth:`handle` is the HTTP server's handler for paths outside ``/api/v3``."""

    def __init__(self, pipeline: Pipeline, engine: Any) -> None:
        self._pipeline = pipeline
        self._engine = engine

    # v3 calls --------------------------------------------------------------------------------
    async def _call(self, ctx: _Request, method: str, request: Any) -> Any:
        full_method = _V3 + method
        found = self._pipeline.methods.get(full_method)
        if found is None:
            raise PlainStatus(grpc.StatusCode.UNIMPLEMENTED, f"method {method.rsplit('/', 1)[1]} not implemented")
        call = Call(full_method, ctx.authorization, ctx.user_agent, ctx.remote_ip)
        return await self._pipeline.unary(found, request, call)

    async def _check(self, ctx: _Request, method: str, request: Any, paths: tuple[str, ...] = ()) -> Call:
        """Admit ``request`` as the pipeline admits a call of ``method`` (field mask, validation,
        on ``paths`` only when given, authentication, rights), without making the call; the
        admitted call."""
        full_method = _V3 + method
        call = Call(full_method, ctx.authorization, ctx.user_agent, ctx.remote_ip)
        await self._pipeline.admit(self._pipeline.methods[full_method], request, call, paths=paths)
        return call

    async def _optional(self, ctx: _Request, method: str, request: Any) -> Any:
        """The call's answer, None when the registry does not have the device."""
        try:
            return await self._call(ctx, method, request)
        except StatusError as exc:
            if exc.code == _NOT_FOUND:
                return None
            raise

    # HTTP ------------------------------------------------------------------------------------
    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        parts = request.path.split("/")
        if len(parts) < 2 or parts[1] != "applications":
            raise web.HTTPNotFound()
        parts = parts[2:]
        if parts and parts[-1] == "":
            parts.pop()
        route = self._route(request.method, parts)
        if route is None:
            return _error_response(_NOT_FOUND.value[0], "Not Found")
        if isinstance(route, tuple) and route[0] is None:
            # grpc-gateway's answer to a path served under other methods (UNIMPLEMENTED), with
            # the 405 and Allow of v2's time
            allow = ",".join(sorted(route[1]))
            return _error_response(_UNIMPLEMENTED.value[0], "Method Not Allowed", 405, {"Allow": allow})
        handler, args = route
        try:
            body: Any = {}
            if request.method in ("POST", "PUT"):
                raw = await request.read()
                if raw.strip():
                    try:
                        body = orjson.loads(raw)
                    except orjson.JSONDecodeError as exc:
                        raise ERR_BODY(message=str(exc)) from None
                    if not isinstance(body, dict):
                        raise ERR_BODY(message="not a JSON object")
            result = await handler(_Request(request), body, *args)
            return web.Response(body=orjson.dumps(result), content_type="application/json")
        except web.HTTPException:
            raise
        except Exception as exc:
            if not isinstance(exc, StatusError):
                log.exception("unexpected error answering %s %s", request.method, request.path)
                status_code, message = grpc.StatusCode.INTERNAL.value[0], "internal error"
            else:
                status = exc.to_status()
                status_code, message = status.code, status.message
            return _error_response(status_code, message)

    def _route(self, method: str, parts: list[str]):
        """(handler, path arguments), None when no route, (None, allowed methods) when the
        path is known but not the method."""
        def pick(table: dict, *args: str):
            handler = table.get(method)
            if handler is None:
                return None, sorted(table)
            return handler, args

        if any(not part for part in parts):
            return None
        if not parts:
            return pick({"POST": self.register_application})
        app_id = parts[0]
        if len(parts) == 1:
            return pick({"GET": self.get_application, "PUT": self.set_application, "POST": self.set_application,
                         "DELETE": self.delete_application}, app_id)
        if len(parts) == 2 and parts[1] == "devices":
            return pick({"GET": self.list_devices, "PUT": self.set_device, "POST": self.set_device}, app_id, "")
        if len(parts) == 2 and parts[1] == "dry-uplink":
            return pick({"POST": self.dry_uplink}, app_id)
        if len(parts) == 2 and parts[1] == "dry-downlink":
            return pick({"POST": self.dry_downlink}, app_id)
        if len(parts) == 3 and parts[1] == "devices":
            return pick({"GET": self.get_device, "PUT": self.set_device, "POST": self.set_device,
                         "DELETE": self.delete_device}, app_id, parts[2])
        if len(parts) == 4 and parts[1] == "devices" and parts[3] == "simulate-uplink":
            return pick({"POST": self.simulate_uplink}, app_id, parts[2])
        return None

    # Applications ----------------------------------------------------------------------------
    async def register_application(self, ctx: _Request, body: dict) -> dict:
        app_id = body.get("app_id")
        if not app_id or not isinstance(app_id, str):
            raise ERR_NO_ID(field="app_id")
        ids = identifiers_pb2.ApplicationIdentifiers(application_id=app_id)
        link = await self._optional(ctx, "As/GetLink", applicationserver_pb2.GetApplicationLinkRequest(
            application_ids=ids, field_mask=field_mask_pb2.FieldMask(paths=_LINK_MASK)))
        if link is not None:
            raise ERR_ALREADY_REGISTERED(app_id=app_id)
        await self._set_link(ctx, app_id, None)
        return {}

    async def get_application(self, ctx: _Request, body: dict, app_id: str) -> dict:
        ids = identifiers_pb2.ApplicationIdentifiers(application_id=app_id)
        await self._call(ctx, "ApplicationRegistry/Get", application_pb2.GetApplicationRequest(application_ids=ids))
        link = await self._optional(ctx, "As/GetLink", applicationserver_pb2.GetApplicationLinkRequest(
            application_ids=ids, field_mask=field_mask_pb2.FieldMask(paths=_LINK_MASK)))
        formatters = link.default_formatters if link is not None and link.HasField("default_formatters") else None
        return {"app_id": app_id, **from_formatters(formatters).to_json(), "register_on_join_access_key": ""}

    async def set_application(self, ctx: _Request, body: dict, app_id: str) -> dict:
        if body.get("register_on_join_access_key"):
            raise ERR_REGISTER_ON_JOIN()
        functions = V2Functions.from_json(body)
        await self._set_link(ctx, app_id, to_formatters(functions))
        return {}

    async def _set_link(self, ctx: _Request, app_id: str, formatters: messages_pb2.MessagePayloadFormatters | None):
        req = applicationserver_pb2.SetApplicationLinkRequest(field_mask=field_mask_pb2.FieldMask(paths=_LINK_MASK))
        req.application_ids.application_id = app_id
        req.link.SetInParent()
        if formatters is not None:
            req.link.default_formatters.CopyFrom(formatters)
        await self._call(ctx, "As/SetLink", req)

    async def delete_application(self, ctx: _Request, body: dict, app_id: str) -> dict:
        for device in await self._list(ctx, app_id, ()):
            await self.delete_device(ctx, {}, app_id, device.ids.device_id)
        await self._call(ctx, "As/DeleteLink", identifiers_pb2.ApplicationIdentifiers(application_id=app_id))
        return {}

    # Devices ---------------------------------------------------------------------------------
    async def _list(self, ctx: _Request, app_id: str, paths) -> list[end_device_pb2.EndDevice]:
        found: list[end_device_pb2.EndDevice] = []
        page = 1
        while True:
            req = end_device_pb2.ListEndDevicesRequest(
                field_mask=field_mask_pb2.FieldMask(paths=paths), limit=_PAGE, page=page, order="device_id")
            req.application_ids.application_id = app_id
            answer = await self._call(ctx, "EndDeviceRegistry/List", req)
            found.extend(answer.end_devices)
            if len(answer.end_devices) < _PAGE:
                return found
            page += 1

    async def list_devices(self, ctx: _Request, body: dict, app_id: str, _: str) -> dict:
        devices = []
        for identity in await self._list(ctx, app_id, v2dev.IS_PATHS):
            devices.append(await self._device(ctx, identity))
        return {"devices": devices}

    async def get_device(self, ctx: _Request, body: dict, app_id: str, dev_id: str) -> dict:
        req = _get(app_id, dev_id, v2dev.IS_PATHS)
        identity = await self._call(ctx, "EndDeviceRegistry/Get", req)
        return await self._device(ctx, identity)

    async def _device(self, ctx: _Request, identity: end_device_pb2.EndDevice) -> dict:
        app_id, dev_id = identity.ids.application_ids.application_id, identity.ids.device_id
        join = await self._with_keys(ctx, "JsEndDeviceRegistry/Get", app_id, dev_id, (), v2dev.JS_KEY_PATHS)
        network = await self._with_keys(ctx, "NsEndDeviceRegistry/Get", app_id, dev_id, v2dev.NS_PATHS,
                                        v2dev.NS_KEY_PATHS)
        application = await self._with_keys(ctx, "AsEndDeviceRegistry/Get", app_id, dev_id, v2dev.AS_PATHS,
                                            v2dev.AS_KEY_PATHS)
        return v2dev.to_json(identity, join, network, application)

    async def _with_keys(self, ctx: _Request, method: str, app_id: str, dev_id: str, paths, key_paths):
        """The registry's part with its keys; without them when the caller may not read keys."""
        try:
            return await self._optional(ctx, method, _get(app_id, dev_id, (*paths, *key_paths)))
        except StatusError as exc:
            if exc.code != _PERMISSION_DENIED:
                raise
        return await self._optional(ctx, method, _get(app_id, dev_id, paths or ("ids",)))

    async def set_device(self, ctx: _Request, body: dict, app_id: str, dev_id: str) -> dict:
        dev_id = dev_id or body.get("dev_id") or ""
        if not isinstance(dev_id, str) or not dev_id:
            raise ERR_NO_ID(field="dev_id")
        device = v2dev.V2Device(body, app_id, dev_id)
        identity, paths = device.identity()
        existing = await self._optional(ctx, "EndDeviceRegistry/Get", _get(app_id, dev_id, ()))
        if existing is None:
            step: tuple[str, Any] = (
                "EndDeviceRegistry/Create", end_device_pb2.CreateEndDeviceRequest(end_device=identity))
        else:
            step = ("EndDeviceRegistry/Update", end_device_pb2.UpdateEndDeviceRequest(
                end_device=identity, field_mask=field_mask_pb2.FieldMask(paths=paths)))
        await self._check_set_device(ctx, device, *step)
        await self._call(ctx, *step)
        if existing is None:
            try:
                await self._set_device_registries(ctx, device, app_id, dev_id)
            except BaseException:
                # Not half a device: what this request created goes again.
                await self._undo_create(ctx, app_id, dev_id)
                raise
            return {}
        await self._set_device_registries(ctx, device, app_id, dev_id)
        return {}

    async def _check_set_device(self, ctx: _Request, device: v2dev.V2Device, method: str, request: Any) -> None:
        """What the steps of a SetDevice need, before any is taken: the admission of the
        Identity Server's Create or Update (``method`` and ``request``: the first step), the
        rules of each registry's Set (for the device's identifiers: what the registries are sent
        depends on what the Network Server has, read after the first step), and
        RIGHT_APPLICATION_DEVICES_WRITE_KEYS when the device has keys (the root key of a device
        that joins, the session keys of one with a session)."""
        app_id = device.app_id
        ids = end_device_pb2.EndDevice()
        device.ids(ids)
        call = await self._check(ctx, method, request)
        registries = ("JsEndDeviceRegistry", "NsEndDeviceRegistry", "AsEndDeviceRegistry")
        for registry in registries if device.joins else registries[1:]:
            await self._check(ctx, registry + "/Set", end_device_pb2.SetEndDeviceRequest(end_device=ids))
        if device.joins or device.has_session:
            held = await call.rights_on("application", app_id)
            R.require("application", app_id, held, (R.Right.RIGHT_APPLICATION_DEVICES_WRITE_KEYS,))

    async def _undo_create(self, ctx: _Request, app_id: str, dev_id: str) -> None:
        ids = identifiers_pb2.EndDeviceIdentifiers(device_id=dev_id)
        ids.application_ids.application_id = app_id
        for method in ("AsEndDeviceRegistry/Delete", "NsEndDeviceRegistry/Delete", "JsEndDeviceRegistry/Delete",
                       "EndDeviceRegistry/Delete"):
            try:
                await self._optional(ctx, method, ids)
            except Exception:  # the request's own error is the answer
                log.exception("undoing the creation of device %s/%s: %s failed", app_id, dev_id, method)

    async def _set_device_registries(self, ctx: _Request, device: v2dev.V2Device, app_id: str, dev_id: str) -> None:
        if device.joins:
            await self._set(ctx, "JsEndDeviceRegistry/Set", *device.join())
        on_ns = await self._optional(ctx, "NsEndDeviceRegistry/Get", _get(app_id, dev_id, (_SESSION_KEY_ID,)))
        session_key_id = b""
        if on_ns is not None and on_ns.HasField("session"):
            session_key_id = on_ns.session.keys.session_key_id
        # A joining device's session has an ID; an ABP device's none (the Network Server's rule).
        session_key_id = (session_key_id or os.urandom(16)) if device.joins else b""
        await self._set(ctx, "NsEndDeviceRegistry/Set", *device.network(on_ns is None, session_key_id))
        await self._set(ctx, "AsEndDeviceRegistry/Set", *device.application(session_key_id))

    async def _set(self, ctx: _Request, method: str, device: end_device_pb2.EndDevice, paths: list[str]) -> None:
        await self._call(ctx, method, end_device_pb2.SetEndDeviceRequest(
            end_device=device, field_mask=field_mask_pb2.FieldMask(paths=paths)))

    async def delete_device(self, ctx: _Request, body: dict, app_id: str, dev_id: str) -> dict:
        ids = identifiers_pb2.EndDeviceIdentifiers(device_id=dev_id)
        ids.application_ids.application_id = app_id
        # The Identity Server's record first, so that a caller without the right, or a device
        # that is not there, is answered before any registry changes.
        await self._call(ctx, "EndDeviceRegistry/Get", _get(app_id, dev_id, ()))
        for method in ("AsEndDeviceRegistry/Delete", "NsEndDeviceRegistry/Delete", "JsEndDeviceRegistry/Delete"):
            await self._optional(ctx, method, ids)
        await self._call(ctx, "EndDeviceRegistry/Delete", ids)
        return {}

    # Payload functions and simulated traffic ---------------------------------------------------
    async def dry_uplink(self, ctx: _Request, body: dict, app_id: str) -> dict:
        payload, port = _payload(body.get("payload")), _port(body.get("port"))
        await self._check(ctx, "AppAs/DecodeUplink", _decode_request(app_id, payload, port), _DRY_UPLINK_PATHS)
        functions = V2Functions.from_json(_object(body.get("app"), "app"))
        result = await dry_uplink(self._engine, functions, payload, port)
        result["payload"] = base64.b64encode(result["payload"]).decode()
        return result

    async def dry_downlink(self, ctx: _Request, body: dict, app_id: str) -> dict:
        payload, port = _payload(body.get("payload")), _port(body.get("port"))
        await self._check(ctx, "AppAs/EncodeDownlink", _encode_request(app_id, payload, port), _DRY_DOWNLINK_PATHS)
        functions = V2Functions.from_json(_object(body.get("app"), "app"))
        fields = body.get("fields") or ""
        if not isinstance(fields, str):
            raise ERR_BODY(message="`fields` must be a JSON-encoded object in a string")
        result = await dry_downlink(self._engine, functions, fields, payload, port)
        result["payload"] = base64.b64encode(result["payload"]).decode()
        return result

    async def simulate_uplink(self, ctx: _Request, body: dict, app_id: str, dev_id: str) -> dict:
        up = messages_pb2.ApplicationUp()
        up.end_device_ids.application_ids.application_id = app_id
        up.end_device_ids.device_id = dev_id
        up.uplink_message.f_port = _port(body.get("port"))
        up.uplink_message.frm_payload = _payload(body.get("payload"))
        # v2's simulated message has no radio settings; v3's needs some: EU868 SF7BW125 on 868.1 MHz.
        settings = up.uplink_message.settings
        settings.data_rate.lora.bandwidth, settings.data_rate.lora.spreading_factor = 125000, 7
        settings.data_rate.lora.coding_rate = "4/5"
        settings.frequency = 868100000
        up.uplink_message.received_at.GetCurrentTime()
        await self._call(ctx, "AppAs/SimulateUplink", up)
        return {}


def _get(app_id: str, dev_id: str, paths) -> end_device_pb2.GetEndDeviceRequest:
    req = end_device_pb2.GetEndDeviceRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.end_device_ids.application_ids.application_id = app_id
    req.end_device_ids.device_id = dev_id
    return req


def _decode_request(app_id: str, payload: bytes, port: int) -> applicationserver_pb2.DecodeUplinkRequest:
    """The v3 request a dry uplink is admitted as."""
    req = applicationserver_pb2.DecodeUplinkRequest()
    req.end_device_ids.application_ids.application_id = app_id
    req.uplink.frm_payload, req.uplink.f_port = payload, port
    return req


def _encode_request(app_id: str, payload: bytes, port: int) -> applicationserver_pb2.EncodeDownlinkRequest:
    """The v3 request a dry downlink is admitted as."""
    req = applicationserver_pb2.EncodeDownlinkRequest()
    req.end_device_ids.application_ids.application_id = app_id
    req.downlink.frm_payload, req.downlink.f_port = payload, port
    return req


def _object(value: Any, field: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ERR_BODY(message=f"`{field}` must be an object")
    return value


def _payload(value: Any) -> bytes:
    if value in (None, ""):
        return b""
    if not isinstance(value, str):
        raise ERR_BODY(message="`payload` must be base64")
    try:  # standard or URL-safe base64, padded or not (as grpc-gateway read bytes)
        text = value.replace("-", "+").replace("_", "/")
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ERR_BODY(message="`payload` must be base64") from None


def _port(value: Any) -> int:
    if value in (None, ""):
        return 0
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ERR_BODY(message="`port` must be a number")
    try:
        port = int(value)
    except ValueError:
        raise ERR_BODY(message="`port` must be a number") from None
    if not 0 <= port <= 0xFFFFFFFF:
        raise ERR_BODY(message="`port` out of range")
    return port
