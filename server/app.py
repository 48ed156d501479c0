"""The composition root: store, bus, access, servicers, pipeline, and both transports on one loop.

The only module that knows every component: it builds their servicers and hands the pipeline
the rights rules and field-mask paths the components declare (``server/<component>/rules.py``).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import pkgutil
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import grpc
from aiohttp import web
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from gateway.app import create_server
from gateway.mount import Mount
from .auth.access import Access
from .config import Config, redact_uri
from .errors import PlainStatus
from .events import rules as event_rules
from .events.memory import MemoryBus
from .events.service import Events
from .fieldmask import FieldMasks
from .grpc_transport import generic_handlers
from .identity import bootstrap
from .identity import rules as identity_rules
from .identity.application_registry import ApplicationRegistry
from .identity.auth_info import EntityAccess
from .identity.entity_access import ApplicationAccess, GatewayAccess, OrganizationAccess, UserAccess
from .identity.gateway_registry import GatewayRegistry
from .identity.organization_registry import OrganizationRegistry
from .identity.user_registry import UserRegistry
from .identity.dev_eui import DevEUIIssuer
from .identity.end_device_registry import EndDeviceBatchRegistry, EndDeviceRegistry
from .identity.entities import not_found
from .application import rules as application_rules
from .application.packages.registry import ApplicationPackageRegistry
from .application.integrations.fanout import Fanout
from .application.integrations.storage import ApplicationUpStorage, StorageIntegration
from .application.integrations.webhooks.delivery import WebhookDelivery, WebhookSettings
from .application.integrations.webhooks.downlinks import PATH as WEBHOOK_DOWNLINKS_PATH, WebhookDownlinks
from .application.integrations.webhooks.registry import ApplicationWebhookRegistry
from .application.integrations.webhooks.requests import DownlinkAddress
from .application.integrations.webhooks.templates import TemplateStore
from .application.upstream import Upstream
from .application.app_as import AppAs, mqtt_addresses
from .application.formatters import Formatters
from .application.link import As
from .application.device_registry import AsEndDeviceRegistry
from .join import rules as join_rules
from .join.device_registry import JsEndDeviceRegistry
from .network import rules as network_rules
from .network.device_registry import NsEndDeviceRegistry
from .pipeline import Call, Pipeline
from .rules import Rule
from .legacy import ApplicationManager
from .store.sqlite import SQLiteStore

__all__ = ["Server", "start", "serve_forever", "rights_rules", "field_masks"]

log = logging.getLogger("ttsl")

# What each component declares for the RPCs it serves: ``RULES`` (rights) and ``field_masks()``.
_COMPONENT_RULES = (identity_rules, join_rules, network_rules, application_rules, event_rules)


def rights_rules() -> dict[str, Rule]:
    """Every served method's rights rule, from the components' tables."""
    rules: dict[str, Rule] = {}
    for component in _COMPONENT_RULES:
        for method, rule in component.RULES.items():
            if method in rules:
                raise ValueError(f"{method}: rights rule declared twice")
            rules[method] = rule
    return rules


def field_masks() -> FieldMasks:
    """The field-mask paths of every method, from the components' tables."""
    return FieldMasks(*(component.field_masks() for component in _COMPONENT_RULES))


def _split_listen(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host.strip("[]") or "127.0.0.1", int(port)


@dataclass
class Server:
    config: Config
    store: Any
    bus: Any
    pipeline: Pipeline
    grpc_server: grpc.aio.Server
    http_runner: web.BaseRunner
    grpc_port: int
    http_port: int
    admin_api_key: str
    formatters: Any = None
    upstream: Any = None
    sinks: tuple = ()

    async def stop(self) -> None:
        await self.http_runner.cleanup()
        await self.grpc_server.stop(grace=1)
        if self.upstream is not None:
            await self.upstream.close()
        for sink in self.sinks:
            await sink.close()
        if self.upstream is not None:
            await self.upstream.fanout.close()
        if self.formatters is not None:
            await self.formatters.close()
        await self.bus.close()
        await self.store.close()


def _web_call(full_method: str, request: web.BaseRequest) -> Call:
    """The call of a plain HTTP route, with the request's credentials and client (and, as no
    gRPC interceptor saw it, no ``rpc:`` correlation ID)."""
    headers = request.headers
    return Call(full_method, headers.get("Authorization", ""), headers.get("User-Agent", ""), request.remote or "",
                rpc=False)


def _webhook_settings(config: Config, http_host: str, http_port: int) -> WebhookSettings:
    public = config.webhook_downlink_public_address
    if not public:
        host = "localhost" if http_host in ("", "0.0.0.0", "::") else http_host
        public = f"http://{f'[{host}]' if ':' in host else host}:{http_port}/api/v3"
    return WebhookSettings(
        DownlinkAddress(public.rstrip("/")),
        timeout=config.webhook_timeout,
        workers=config.webhook_workers,
        queue_size=config.webhook_queue_size,
        unhealthy_attempts_threshold=config.webhook_unhealthy_attempts_threshold,
        unhealthy_retry_interval=config.webhook_unhealthy_retry_interval,
        retries=config.webhook_retries,
        retry_backoff=config.webhook_retry_backoff,
    )


def http_dispatch(pipeline: Pipeline):
    """The gateway's in-process path into the pipeline."""
    methods = pipeline.methods

    async def dispatch(full_method: str, request: Any, metadata: Mapping[str, str]):
        method = methods.get(full_method)
        if method is None:
            raise PlainStatus(grpc.StatusCode.UNIMPLEMENTED, f"method {full_method[1:].rsplit('/', 1)[1]} not implemented")
        call = Call(full_method, metadata["authorization"], metadata["user-agent"], metadata["x-real-ip"])
        response = await pipeline.unary(method, request, call)
        return response, call.header

    return dispatch


def http_stream_dispatch(pipeline: Pipeline):
    """The gateway's in-process path into the pipeline for server-streaming methods."""
    methods = pipeline.methods

    def dispatch(full_method: str, request: Any, metadata: Mapping[str, str]):
        call = Call(full_method, metadata["authorization"], metadata["user-agent"], metadata["x-real-ip"])
        method = methods.get(full_method)
        if method is None:
            return _unimplemented(full_method), call.header
        return pipeline.stream(method, request, call), call.header

    return dispatch


async def _unimplemented(full_method: str):
    raise PlainStatus(grpc.StatusCode.UNIMPLEMENTED, f"method {full_method[1:].rsplit('/', 1)[1]} not implemented")
    yield  # an async generator: the status comes out of the first message


def _services():
    """Every service of our ttn.lorawan.v3 protos: routes of unserved methods answer Unimplemented."""
    import ttn.lorawan.v3 as package

    services = []
    for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name.endswith("_pb2")):
        file = importlib.import_module(f"{package.__name__}.{module}").DESCRIPTOR
        services.extend(file.services_by_name.values())
    return services


_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def _check_backends(config: Config) -> None:
    """Refuse, rather than silently ignore, backends this version does not have."""
    if config.database_uri and not config.database_uri.startswith(("sqlite:///", *_POSTGRES_SCHEMES)):
        raise SystemExit(
            f"ttsl: --database-uri {redact_uri(config.database_uri)!r}: only sqlite:///<path> and postgresql://… are available so far"
        )
    if config.events_uri and not config.events_uri.startswith(_REDIS_SCHEMES):
        raise SystemExit(
            f"ttsl: --events-uri {redact_uri(config.events_uri)!r}: only redis://… (and the in-process default) are available so far"
        )


_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


async def _open_bus(config: Config) -> Any:
    """Redis for a redis:// URI (replicas share events and history), else in-process."""
    if not config.events_uri:
        return MemoryBus()
    from .events.redis import RedisBus

    try:
        return await RedisBus.open(config.events_uri)
    except ConnectionError as exc:
        raise SystemExit(f"ttsl: --events-uri: {exc}") from None


async def _open_cluster_distributor(config: Config) -> Any:
    """With Redis, ApplicationUps reach the cluster subscriptions of every replica; else in-process."""
    if not config.events_uri:
        return None
    from .application.integrations.redis_fanout import RedisDistributor

    try:
        return await RedisDistributor.open(config.events_uri)
    except ConnectionError as exc:
        raise SystemExit(f"ttsl: --events-uri: {exc}") from None


async def _open_store(config: Config) -> Any:
    """PostgreSQL for a postgresql:// URI (replicas may share it), else the SQLite file."""
    if config.database_uri.startswith(_POSTGRES_SCHEMES):
        from .store.postgres import PostgresStore

        return await PostgresStore.open(config.database_uri)
    store = await SQLiteStore.open(config.sqlite_path)
    _owner_only(config.sqlite_path)
    return store


def _owner_only(database: Path) -> None:
    """The database holds password hashes, device keys and gateway secrets: owner access only."""
    for path in (database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        if path.exists():
            path.chmod(0o600)


async def start(config: Config) -> Server:
    _check_backends(config)
    config.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    store = await _open_store(config)
    try:
        bus = await _open_bus(config)
    except BaseException:
        await store.close()
        raise
    access = Access(store, not_found)
    admin_key = await bootstrap.ensure_admin(store, config)
    formatters = Formatters()
    upstream = Upstream(bus, formatters, Fanout(await _open_cluster_distributor(config)))
    sinks = (StorageIntegration(store, upstream.fanout),)
    servicers = [
        ApplicationRegistry(store, bus, DevEUIIssuer(store), store.count_end_devices),
        EndDeviceRegistry(store, bus),
        EndDeviceBatchRegistry(store, bus),
        ApplicationAccess(store, bus),
        OrganizationAccess(store, bus),
        UserAccess(store, bus),
        EntityAccess(),
        OrganizationRegistry(store, bus),
        UserRegistry(store, bus),
        GatewayRegistry(store, bus),
        GatewayAccess(store, bus),
        JsEndDeviceRegistry(store, bus),
        NsEndDeviceRegistry(store, bus),
        AsEndDeviceRegistry(store, bus),
        ApplicationPackageRegistry(store),
        As(store),
        AppAs(formatters, *mqtt_addresses(_split_listen(config.http_listen)[0]), store=store, bus=bus, upstream=upstream),
        ApplicationUpStorage(store),
        ApplicationWebhookRegistry(store, TemplateStore(Path(config.webhook_templates) if config.webhook_templates else None)),
        Events(bus),
    ]
    pipeline = Pipeline(access, servicers, rules=rights_rules(), field_masks=field_masks())

    grpc_server = grpc.aio.server(options=_GRPC_KEEPALIVE)
    grpc_server.add_generic_rpc_handlers(generic_handlers(pipeline))
    health_servicer = health.aio.HealthServicer() if hasattr(health, "aio") else health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, grpc_server)
    service_names = [m.descriptor.containing_service.full_name for m in pipeline.methods.values()]
    reflection.enable_server_reflection(
        sorted(set(service_names)) + [health_pb2.DESCRIPTOR.services_by_name["Health"].full_name, reflection.SERVICE_NAME],
        grpc_server,
    )
    grpc_host, grpc_port = _split_listen(config.grpc_listen)
    grpc_port = grpc_server.add_insecure_port(f"{grpc_host}:{grpc_port}")
    await grpc_server.start()

    async def live(_: web.BaseRequest) -> web.Response:
        return web.json_response({"status": "ok"})

    http_server = create_server(
        Mount("/api/v3", _services(), http_dispatch(pipeline), http_stream_dispatch(pipeline),
              plain_routes=[(WEBHOOK_DOWNLINKS_PATH, WebhookDownlinks(store, pipeline, _web_call).handle)]),
        get_routes={"/healthz/live": live, "/healthz/ready": live},
        fallback=ApplicationManager(pipeline, formatters.engine).handle,
        access_log=None,
    )
    runner = web.ServerRunner(http_server)
    await runner.setup()
    http_host, http_port = _split_listen(config.http_listen)
    site = web.TCPSite(runner, http_host, http_port)
    await site.start()
    http_port = runner.addresses[0][1]
    sinks += (WebhookDelivery(store, bus, upstream.fanout, _webhook_settings(config, http_host, http_port)),)
    for name in sorted(set(service_names)):
        await _set_serving(health_servicer, name)
    await _set_serving(health_servicer, "")
    log.info("serving gRPC on %s:%d and HTTP on %s:%d", grpc_host, grpc_port, http_host, http_port)
    return Server(config, store, bus, pipeline, grpc_server, runner, grpc_port, http_port, admin_key, formatters, upstream, sinks)


# Upstream's gRPC keep-alive (pkg/rpcserver): HTTP/2 pings after a minute without activity, 20 s
# to answer; clients may ping every minute, also without calls; connections end after 6 h idle
# or 24 h. Idle event streams are kept up by these pings only: no message is sent on them.
_GRPC_KEEPALIVE = (
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 20_000),
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.min_ping_interval_without_data_ms", 60_000),
    ("grpc.http2.max_pings_without_data", 0),
    ("grpc.max_connection_idle_ms", 6 * 3600 * 1000),
    ("grpc.max_connection_age_ms", 24 * 3600 * 1000),
)


async def _set_serving(servicer, name: str) -> None:
    result = servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    if asyncio.iscoroutine(result):
        await result


async def serve_forever(config: Config) -> None:
    server = await start(config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await server.stop()
