"""The latency part of ``make bench``: how soon things happen, which the tests no longer assert.

The tests check what happens (a runaway script fails with ``script_timeout``, a list of 20 000
event names is refused before any is compiled, …) and count the work done; how long it takes
depends on the machine and its load, so it is measured here, each case a few times, and held to
the bound the tests once asserted. Everything runs in this process: the formatter engine and
the event filter directly, the rest against an in-process ttsl on free ports, over HTTP.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Awaitable, Callable

__all__ = ["Latency", "measure", "report"]

RUNS = 5


@dataclass
class Latency:
    name: str
    seconds: list[float]
    bound: float  # what the tests once asserted

    @property
    def worst(self) -> float:
        return max(self.seconds)

    @property
    def ok(self) -> bool:
        return self.worst < self.bound


async def _timed(work: Callable[[], Awaitable[object]]) -> float:
    began = time.perf_counter()
    await work()
    return time.perf_counter() - began


async def _runs(work: Callable[[], Awaitable[float]]) -> list[float]:
    return [await work() for _ in range(RUNS)]


# --- the formatter engine --------------------------------------------------------------------

SPIN = "function main(i) { if (i) { while (true) {} } return 'ok'; } return main;"
BUSY = "function main(ms) { var end = Date.now() + ms; while (Date.now() < end) {} return ms; } return main;"


async def _engine_cases() -> list[Latency]:
    from server.application.formatters.scripting import ScriptEngine
    from server.errors import TTSError

    async def runaway() -> float:
        engine = ScriptEngine(timeout=0.05)
        try:
            async def fail() -> None:
                try:
                    await engine.run(SPIN, True)
                except TTSError:
                    return
                raise AssertionError("the runaway script did not fail")
            return await _timed(fail)
        finally:
            await engine.close()

    async def after_cancel() -> float:
        engine = ScriptEngine(timeout=5, max_isolates=1)
        try:
            task = asyncio.ensure_future(engine.run(SPIN, True))
            await asyncio.sleep(0.05)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            return await _timed(lambda: engine.run(SPIN, False))
        finally:
            await engine.close()

    async def queued() -> float:
        engine = ScriptEngine(timeout=0.1, max_isolates=1)
        try:
            return await _timed(lambda: asyncio.gather(*(engine.run(BUSY, 70) for _ in range(5)),
                                                       return_exceptions=True))
        finally:
            await engine.close()

    return [
        Latency("runaway script to script_timeout (50 ms timeout)", await _runs(runaway), 0.5),
        Latency("next call after a cancelled runaway (one slot)", await _runs(after_cancel), 1.0),
        Latency("five 70 ms calls on one slot, 100 ms timeout", await _runs(queued), 0.5),
    ]


# --- the events names filter -----------------------------------------------------------------


async def _pattern_cases() -> list[Latency]:
    from server.errors import TTSError
    from server.events import pattern

    defined = ["application.create", "as.up.data.forward", "a" * 40 + "." + "b" * 40]

    async def catastrophic() -> float:
        async def search() -> None:
            try:
                pattern.names_from_patterns([r"/^([a-z._]+)+X$/"], defined)
            except TTSError:
                pass
        return await _timed(search)

    memo_defined = frozenset(defined + [f"x{i}.{'s' * 30}" for i in range(50)])
    memo_patterns = [f"/(?:.{{0,50}}s.{{0,50}}){{0,19}}{i}?/" for i in range(10)]
    pattern.names_from_patterns(memo_patterns, memo_defined)  # compiled and searched once

    async def memoized() -> float:
        async def again() -> None:
            pattern.names_from_patterns(memo_patterns, memo_defined)
        return await _timed(again)

    return [
        Latency("catastrophic pattern on an 81-character name", await _runs(catastrophic), 1.0),
        Latency("ten memoized heavy patterns, asked again", await _runs(memoized), 0.05),
    ]


# --- an in-process server ----------------------------------------------------------------------


async def _server_cases() -> list[Latency]:
    from bench import support_paths  # noqa: F401  (tests/support importable)
    from server.app import start
    from server.auth.tokens import generate_api_key
    from support.servers import test_config  # type: ignore[import-not-found]
    from support.streams import open_stream  # type: ignore[import-not-found]
    from support.transports import HTTPClient  # type: ignore[import-not-found]
    from support.upstream_json import from_json  # type: ignore[import-not-found]
    from ttn.lorawan.v3 import application_pb2, applicationserver_pb2, end_device_pb2
    from ttn.lorawan.v3 import events_pb2, identifiers_pb2

    key = generate_api_key()[0]
    streams: list = []
    with tempfile.TemporaryDirectory() as tmp:
        server = await start(test_config(Path(tmp), key))
        client = HTTPClient(f"http://127.0.0.1:{server.http_port}")
        root = f"http://127.0.0.1:{server.http_port}"
        try:
            app = "bench-latency"
            create = application_pb2.CreateApplicationRequest()
            create.application.ids.application_id = app
            create.collaborator.user_ids.user_id = "admin"
            assert (await client.call("/ttn.lorawan.v3.ApplicationRegistry/Create", create, key)).code == 0
            device = end_device_pb2.CreateEndDeviceRequest()
            device.end_device.ids.device_id = "dev1"
            device.end_device.ids.application_ids.application_id = app
            assert (await client.call("/ttn.lorawan.v3.EndDeviceRegistry/Create", device, key)).code == 0

            def decode(script: str, payload: str) -> applicationserver_pb2.DecodeUplinkRequest:
                return from_json(applicationserver_pb2.DecodeUplinkRequest, {
                    "end_device_ids": {"device_id": "dev1", "application_ids": {"application_id": app}},
                    "uplink": {"f_port": 1, "frm_payload": payload, "settings": {
                        "data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7, "coding_rate": "4/5"}},
                        "frequency": "868100000"}},
                    "formatter": "FORMATTER_JAVASCRIPT", "parameter": script})

            runaway = decode("function decodeUplink(i) { while (true) {} }", "AQ==")
            decoder = decode("function decodeUplink(i) { return { data: { b: i.bytes } }; }", "CSk=")
            get = application_pb2.GetApplicationRequest()
            get.application_ids.application_id = app
            get.field_mask.paths.append("name")
            meanwhile: list[float] = []

            async def runaway_call() -> float:
                stuck = asyncio.ensure_future(client.call("/ttn.lorawan.v3.AppAs/DecodeUplink", runaway, key))
                began = time.perf_counter()
                await asyncio.sleep(0.02)
                for _ in range(3):
                    meanwhile.append(await _timed(lambda: client.call("/ttn.lorawan.v3.ApplicationRegistry/Get", get, key)))
                    meanwhile.append(await _timed(lambda: client.call("/ttn.lorawan.v3.AppAs/DecodeUplink", decoder, key)))
                result = await stuck
                assert result.error_name == "pkg/scripting/javascript:script_timeout", result
                return time.perf_counter() - began + 0.02

            runaway_seconds = await _runs(runaway_call)

            async def health_while(work: Awaitable[object]) -> float:
                slowest = 0.0
                task = asyncio.ensure_future(work)
                while not task.done():
                    began = time.perf_counter()
                    async with client.session.get(root + "/healthz/live") as resp:
                        assert resp.status == 200
                    slowest = max(slowest, time.perf_counter() - began)
                    await asyncio.sleep(0.01)
                await task
                return slowest

            async def stream_refused(names: list[str]) -> None:
                request = events_pb2.StreamEventsRequest(names=names)
                request.identifiers.add().application_ids.CopyFrom(identifiers_pb2.ApplicationIdentifiers(
                    application_id=app))
                stream = await open_stream(client, request)
                assert stream.error is not None
                await stream.close()

            big = ["/.{0,50}s.{0,50}/"] * 20000
            big_health: list[float] = []

            async def big_list() -> float:
                began = time.perf_counter()
                big_health.append(await health_while(stream_refused(big)))
                return time.perf_counter() - began

            big_seconds = await _runs(big_list)
            heavy_runs = iter(range(RUNS))

            async def heavy() -> float:
                run = next(heavy_runs)
                names = [f"/(?:.{{0,50}}s.{{0,50}}){{0,19}}(?:bench{run}-{i})?/" for i in range(100)]
                return await health_while(stream_refused(names))

            heavy_health = await _runs(heavy)
            request = events_pb2.StreamEventsRequest()
            request.identifiers.add().application_ids.application_id = app
            streams = [await open_stream(client, request, key) for _ in range(2)]
        finally:
            stopped_at = time.perf_counter()
            await server.stop()
            stop_seconds = time.perf_counter() - stopped_at
            for stream in streams:
                await stream.close()
            await client.close()

    return [
        Latency("DecodeUplink with a runaway script, to script_timeout", runaway_seconds, 1.0),
        Latency("Get or DecodeUplink while a runaway script spins", meanwhile, 0.08),
        Latency("a 20 000-entry names list refused", big_seconds, 2.0),
        Latency("slowest /healthz/live meanwhile", big_health, 0.5),
        Latency("slowest /healthz/live while 100 new heavy patterns match", heavy_health, 0.25),
        Latency("server stop with two event streams open", [stop_seconds], 5.0),
    ]


async def measure() -> list[Latency]:
    return [*await _engine_cases(), *await _pattern_cases(), *await _server_cases()]


def report() -> bool:
    """Measure, print the table, and say whether every case kept its bound."""
    latencies = asyncio.run(measure())
    print(f"\n{'latency':58} {'median ms':>10} {'worst ms':>9} {'bound ms':>9}")
    for latency in latencies:
        print(f"{latency.name:58} {statistics.median(latency.seconds) * 1000:10.1f} {latency.worst * 1000:9.1f} "
              f"{latency.bound * 1000:9.0f}  {'ok' if latency.ok else 'OVER'}")
    return all(latency.ok for latency in latencies)
