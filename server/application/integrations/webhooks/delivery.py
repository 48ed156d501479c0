"""The webhook sink: every ApplicationUp this replica produces, POSTed to the application's
webhooks (upstream ``io/web/webhooks.go`` and ``io/web/sink``).

The sink subscribes to the local fan-out (so each message is delivered once per webhook, by the
replica that produced it, whichever replica the webhook was set on). For each message it reads
the application's webhooks, skips the paused ones and those without a message setting for its
kind, builds each request (``requests.py``) and puts it in a bounded queue; ``workers`` tasks
send the queued requests, each with ``timeout``. A full queue fails the request at once
(``pkg/workerpool:pool_full``). Any 2xx answer is success; anything else, and no answer in
time, is ``pkg/applicationserver/io/web/sink:request`` (attributes ``webhook_id``, ``url`` and
``status_code``; up to 1 KiB of a UTF-8 answer in its details). Every failure publishes
``as.webhook.fail`` with the error.

Health, as upstream's health-check sink (on when ``unhealthy_attempts_threshold`` or
``unhealthy_retry_interval`` is set): a webhook whose last attempt succeeded is healthy; each
failure counts in ``health_status.unhealthy`` (failed attempts, when, why), a success makes it
healthy again. Once the failures reach the threshold, requests are skipped
(``webhook_disabled``) until ``unhealthy_retry_interval`` has passed since the last failure;
the next attempt then decides. With only one of the two settings, health is recorded but
nothing is skipped. Health is read from the webhook as listed when the message arrived, and
written to the store (which moves ``updated_at``, as upstream's registry does).

Beyond upstream's open-source edition: with ``retries`` > 0, a failed request (not a skipped
one) is sent again up to that many times, after ``retry_backoff``, then twice as long each
time; a waiting retry holds no worker.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import aiohttp
from ttn.lorawan.v3 import applicationserver_web_pb2 as web_pb
from ttn.lorawan.v3 import error_pb2, identifiers_pb2, messages_pb2

from ....auth import rights as R
from ....errors import TTSError
from ....events import define
from .failures import ERR_POOL_FULL, ERR_WEBHOOK_DISABLED, RequestRefused, answered, unanswered
from .requests import DownlinkAddress, Request, new_request, sendable

if TYPE_CHECKING:
    from ..fanout import Fanout
    from ....store import Store

__all__ = ["WebhookSettings", "WebhookDelivery", "WEBHOOK_FAIL"]

log = logging.getLogger("ttsl.application.webhooks")

WEBHOOK_FAIL = define("as.webhook.fail", "fail to send webhook", R.Right.RIGHT_APPLICATION_TRAFFIC_READ,
                      propagate_to_parent=True)

_MAX_ANSWER = 1024  # bytes of a failed answer kept in the error


@dataclass(frozen=True)
class WebhookSettings:
    """Upstream's ``as.webhooks.*`` settings (defaults: its timeout, workers and queue size)."""

    downlinks: DownlinkAddress
    timeout: float = 5.0
    workers: int = 1024
    queue_size: int = 1024
    unhealthy_attempts_threshold: int = 5
    unhealthy_retry_interval: float = 60.0
    retries: int = 0
    retry_backoff: float = 1.0

    @property
    def health_checked(self) -> bool:
        return self.unhealthy_attempts_threshold > 0 or self.unhealthy_retry_interval > 0

    @property
    def skips_unhealthy(self) -> bool:
        return self.unhealthy_attempts_threshold > 0 and self.unhealthy_retry_interval > 0


@dataclass(slots=True, eq=False)
class _Job:
    device_ids: identifiers_pb2.EndDeviceIdentifiers
    correlation_ids: list[str]
    webhook_ids: web_pb.ApplicationWebhookIdentifiers
    health: web_pb.ApplicationWebhookHealth | None
    request: Request
    attempt: int = 1
    retry_handle: asyncio.TimerHandle | None = field(default=None, repr=False)


# What the health check knew before an attempt (upstream's healthState).
_UNKNOWN, _HEALTHY, _MONITOR_SKIP_RECORD, _MONITOR_RECORD, _UNHEALTHY = range(5)


class WebhookDelivery:
    def __init__(self, store: "Store", bus, fanout: "Fanout", settings: WebhookSettings) -> None:
        self._store = store
        self._bus = bus
        self._settings = settings
        self._subscription = fanout.subscribe("webhooks", queue_size=max(settings.queue_size, 1))
        self._queue: asyncio.Queue[_Job] = asyncio.Queue(max(settings.queue_size, 1))
        self._workers: set[asyncio.Task] = set()
        self._idle = 0
        self._retries: set[_Job] = set()
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=max(settings.workers, 1), limit_per_host=0),
            timeout=aiohttp.ClientTimeout(total=settings.timeout),
            skip_auto_headers=("Accept",),
            headers={"Accept-Encoding": "gzip"},  # as Go's client asks
            auto_decompress=False,
        )
        self._consumer = asyncio.get_running_loop().create_task(self._consume(), name="ttsl-webhooks")
        self.sent = 0
        self.failed = 0
        self.in_flight = 0  # requests a worker is handling

    # The fan-out side ---------------------------------------------------------------------------
    async def _consume(self) -> None:
        async for up in self._subscription:
            try:
                await self._fan_out(up)
            except Exception:
                log.exception("webhooks: handling an upstream message failed")

    async def _fan_out(self, up: messages_pb2.ApplicationUp) -> None:
        rows = await self._store.list_webhooks(up.end_device_ids.application_ids.application_id)
        for data in rows:
            hook = web_pb.ApplicationWebhook.FromString(data)
            if hook.paused:
                continue
            try:
                request = new_request(up, hook, self._settings.downlinks)
            except (TTSError, ValueError) as exc:
                log.warning("webhooks: no request for webhook %s: %s", hook.ids.webhook_id, exc)
                continue
            if request is None:
                continue
            health = hook.health_status if hook.HasField("health_status") else None
            self._enqueue(_Job(up.end_device_ids, list(up.correlation_ids), hook.ids, health, request))

    def _enqueue(self, job: _Job) -> None:
        try:
            self._queue.put_nowait(job)
        except asyncio.QueueFull:
            self.failed += 1
            self._fail_event(job, ERR_POOL_FULL().details())
            return
        if self._queue.qsize() > self._idle and len(self._workers) < self._settings.workers:
            task = asyncio.get_running_loop().create_task(self._work())
            self._workers.add(task)
            task.add_done_callback(self._workers.discard)

    # The worker side ----------------------------------------------------------------------------
    async def _work(self) -> None:
        while True:
            self._idle += 1
            try:
                job = await self._queue.get()
            finally:
                self._idle -= 1
            self.in_flight += 1
            try:
                await self._process(job)
            except Exception:
                log.exception("webhooks: processing a request failed")
            finally:
                self.in_flight -= 1

    def _before(self, health: web_pb.ApplicationWebhookHealth | None) -> int | None:
        """The known state, or None when the webhook is to be skipped."""
        if health is None or health.WhichOneof("status") is None:
            return _UNKNOWN
        if health.HasField("healthy"):
            return _HEALTHY
        settings = self._settings
        unhealthy = health.unhealthy
        retry_passed = time.time_ns() > unhealthy.last_failed_attempt_at.ToNanoseconds() + int(
            settings.unhealthy_retry_interval * 1e9)
        if not settings.skips_unhealthy:
            return _MONITOR_RECORD if retry_passed else _MONITOR_SKIP_RECORD
        if unhealthy.failed_attempts < settings.unhealthy_attempts_threshold or retry_passed:
            return _UNHEALTHY
        return None

    async def _process(self, job: _Job) -> None:
        settings = self._settings
        state = self._before(job.health) if settings.health_checked else _HEALTHY
        if state is None:
            self.failed += 1
            self._fail_event(job, ERR_WEBHOOK_DISABLED().details())
            return
        failure = await self._send(job)
        if failure is None:
            self.sent += 1
        else:
            self.failed += 1
            self._fail_event(job, failure)
        if settings.health_checked and not (failure is None and state == _HEALTHY) and not (
                failure is not None and state == _MONITOR_SKIP_RECORD):
            job.health = await self._record(job.webhook_ids, failure)
        if failure is not None and job.attempt <= settings.retries:
            self._retry_later(job)

    async def _send(self, job: _Job) -> error_pb2.ErrorDetails | None:
        request = job.request
        webhook_id = job.webhook_ids.webhook_id
        try:
            if not sendable(request.headers):
                raise RequestRefused()
            async with self._session.post(request.url, data=request.body, headers=request.headers) as response:
                if 200 <= response.status <= 299:
                    await response.read()
                    return None
                return answered(webhook_id, request.url, response.status, await response.content.read(_MAX_ANSWER))
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, OSError, RequestRefused) as exc:
            return unanswered(webhook_id, request.url, exc)

    async def _record(self, ids: web_pb.ApplicationWebhookIdentifiers,
                      failure: error_pb2.ErrorDetails | None) -> web_pb.ApplicationWebhookHealth | None:
        """Write the attempt's outcome to the webhook's health status; the status written."""
        written: list[web_pb.ApplicationWebhookHealth] = []

        def update(current: bytes | None) -> bytes | None:
            if current is None:  # deleted meanwhile
                return None
            hook = web_pb.ApplicationWebhook.FromString(current)
            health = web_pb.ApplicationWebhookHealth()
            if failure is None:
                health.healthy.SetInParent()
            else:
                before = hook.health_status.unhealthy.failed_attempts if hook.health_status.HasField("unhealthy") else 0
                health.unhealthy.failed_attempts = before + 1
                health.unhealthy.last_failed_attempt_at.FromNanoseconds(time.time_ns())
                health.unhealthy.last_failed_attempt_details.CopyFrom(failure)
            hook.health_status.CopyFrom(health)
            hook.updated_at.FromNanoseconds(time.time_ns())
            written.append(health)
            return hook.SerializeToString()

        try:
            await self._store.set_webhook(ids.application_ids.application_id, ids.webhook_id, update)
        except Exception:
            log.exception("webhooks: recording the health of %s failed", ids.webhook_id)
            return None
        return written[-1] if written else None

    def _retry_later(self, job: _Job) -> None:
        delay = self._settings.retry_backoff * (2 ** (job.attempt - 1))
        job.attempt += 1

        def again() -> None:
            self._retries.discard(job)
            self._enqueue(job)

        self._retries.add(job)
        job.retry_handle = asyncio.get_running_loop().call_later(delay, again)

    def _fail_event(self, job: _Job, details: error_pb2.ErrorDetails) -> None:
        event = WEBHOOK_FAIL.new([identifiers_pb2.EntityIdentifiers(device_ids=job.device_ids)], details,
                                 correlation_ids=job.correlation_ids)
        task = asyncio.get_running_loop().create_task(self._bus.publish(event))
        task.add_done_callback(_log_failure)

    @property
    def pending(self) -> int:
        """Messages and requests not handled yet (for tests and benchmarks)."""
        return self._subscription.pending + self._queue.qsize() + len(self._retries)

    async def close(self) -> None:
        self._subscription.close()
        self._consumer.cancel()
        for job in list(self._retries):
            if job.retry_handle is not None:
                job.retry_handle.cancel()
        self._retries.clear()
        for task in list(self._workers):
            task.cancel()
        await asyncio.gather(self._consumer, *self._workers, return_exceptions=True)
        await self._session.close()


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("webhooks: publishing as.webhook.fail failed: %s", task.exception())
