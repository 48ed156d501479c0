"""The webhook part of ``make bench``: simulated uplinks (CayenneLPP) with 0, 1 and 10 webhooks
pointing at a local receiver, and with 1 webhook whose receiver takes 2 s per request.

ttsl runs on core 0, the receiver (``python -m bench.webhooks receive PORT DELAY``, aiohttp) and
the load on core 1. For each configuration, two runs:

* as fast as it goes (wrk, 8 in flight): SimulateUplink req/s, p50 and p99, and deliveries/s,
  the POSTs the receiver counted from the start of the run until the last one arrived, over that
  time;
* at a steady 200 SimulateUplink/s (``python -m bench.webhooks pace URL RATE SECONDS``, an
  open-loop client: each request leaves on its schedule, whatever the answers): p50 and p99 — the
  latency a client sees while the server is not saturated, which a slow receiver must not move.

Targets: ≥ 1 000 deliveries/s; at the steady rate, p99 with the 2 s receiver within 1.2× of p99
without webhooks.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import NamedTuple

__all__ = ["webhook_runs", "report"]

APP = "bench-webhooks"
LPP = "AWcA/wJoYA=="  # temperature 25.5 °C on channel 1, humidity 48 % on channel 2
SIMULATE = json.dumps({"end_device_ids": {"device_id": "dev1"}, "uplink_message": {
    "f_port": 1, "frm_payload": LPP,
    "settings": {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7}}, "frequency": "868100000"}}})
TARGET_DELIVERIES, TARGET_SLOW_P99 = 1000.0, 1.2
PACE = 200  # SimulateUplink per second in the steady runs


def _request(method: str, url: str, headers: dict[str, str], body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers, method=method)) as r:
        text = r.read()
    return json.loads(text) if text else {}


def _count(port: int) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/count") as r:
        return int(r.read())


def _setup(base: str, headers: dict[str, str]) -> None:
    _request("POST", f"{base}/api/v3/users/admin/applications", headers, {"application": {"ids": {"application_id": APP}}})
    _request("PUT", f"{base}/api/v3/as/applications/{APP}/devices/dev1", headers, {
        "end_device": {"ids": {"device_id": "dev1"}, "formatters": {"up_formatter": "FORMATTER_CAYENNELPP"}},
        "field_mask": {"paths": ["formatters"]}})


def _webhooks(base: str, headers: dict[str, str], count: int, receiver: int) -> None:
    listed = _request("GET", f"{base}/api/v3/as/webhooks/{APP}", headers).get("webhooks", [])
    for hook in listed:
        _request("DELETE", f"{base}/api/v3/as/webhooks/{APP}/{hook['ids']['webhook_id']}", headers)
    for i in range(count):
        _request("PUT", f"{base}/api/v3/as/webhooks/{APP}/hook{i:02d}", headers, {
            "webhook": {"ids": {"webhook_id": f"hook{i:02d}"}, "base_url": f"http://127.0.0.1:{receiver}/in",
                        "format": "json", "uplink_message": {"path": "/{devID}"}},
            "field_mask": {"paths": ["base_url", "format", "uplink_message"]}})


def _script() -> Path:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                      f"wrk.body = [[{SIMULATE}]]\n")
    return script


def webhook_runs(ttsl, headers: dict[str, str], seconds: int, wrk, pinned, free_port) -> dict:
    """(name -> (Run, deliveries/s or None)) for the four configurations."""
    _setup(ttsl.http_url, headers)
    results = {}
    script = _script()
    url = f"{ttsl.http_url}/api/v3/as/applications/{APP}/devices/dev1/up/simulate"
    try:
        for name, hooks, delay in (("no webhook", 0, 0.0), ("1 webhook", 1, 0.0), ("10 webhooks", 10, 0.0),
                                   ("1 webhook, receiver takes 2 s", 1, 2.0)):
            port = free_port()
            receiver = subprocess.Popen([*pinned(1), sys.executable, "-m", "bench.webhooks", "receive", str(port),
                                         str(delay)])
            try:
                _wait(port)
                _webhooks(ttsl.http_url, headers, hooks, port)
                # The steady run first, while nothing of a saturating run is still being delivered.
                paced = _paced(f"  at {PACE}/s", url, headers, seconds, pinned)
                if hooks:
                    _drained(port, time.monotonic(), delay)
                started, before = time.monotonic(), _count(port)
                run = wrk(f"SimulateUplink, {name}", url, headers, seconds, ["-s", str(script)], connections=8)
                deliveries = _drained(port, started, delay, before) if hooks else None
                results[name] = (run, deliveries, paced)
            finally:
                receiver.terminate()
                receiver.wait()
    finally:
        script.unlink()
    return results


def _wait(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            _count(port)
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("the receiver did not start")


def _drained(port: int, started: float, delay: float, before: int = 0) -> float:
    """Deliveries per second since ``started`` (``before`` counted already): counted until no
    more arrive for a while (the run's tail drains)."""
    last, last_at = _count(port), time.monotonic()
    while time.monotonic() - last_at < max(1.0, delay + 1.0):
        time.sleep(0.2)
        now = _count(port)
        if now != last:
            last, last_at = now, time.monotonic()
    return (last - before) / (last_at - started)


class Paced(NamedTuple):
    name: str
    rps: float
    p50_ms: float
    p99_ms: float


def _paced(name: str, url: str, headers: dict[str, str], seconds: int, pinned):
    """A steady-rate run by the pacing client on core 1: (name, sent/s, p50 ms, p99 ms)."""
    out = subprocess.run([*pinned(1), sys.executable, "-m", "bench.webhooks", "pace", url, str(PACE), str(seconds),
                          headers["Authorization"]], capture_output=True, text=True, check=True).stdout
    p50, p99, failed = json.loads(out)
    if failed:
        raise RuntimeError(f"{name}: {failed} failed requests")
    return Paced(name, PACE, p50, p99)


def report(results: dict) -> bool:
    print(f"\n{'webhooks':38} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'deliveries/s':>13}")
    for run, deliveries, paced in results.values():
        print(f"{run.name:38} {run.rps:9.0f} {run.p50_ms:8.2f} {run.p99_ms:8.2f} "
              f"{'' if deliveries is None else f'{deliveries:13.0f}'}")
        print(f"{paced.name:38} {paced.rps:9.0f} {paced.p50_ms:8.2f} {paced.p99_ms:8.2f}")
    best = max(d for _, d, _ in results.values() if d is not None)
    slow = results["1 webhook, receiver takes 2 s"][2].p99_ms / results["no webhook"][2].p99_ms
    ok_rate, ok_slow = best >= TARGET_DELIVERIES, slow <= TARGET_SLOW_P99
    print(f"deliveries/s {best:6.0f}  (target ≥ {TARGET_DELIVERIES:.0f})  {'ok' if ok_rate else 'BELOW TARGET'}")
    print(f"p99 at {PACE}/s with a 2 s receiver ÷ without webhooks {slow:4.2f}  (target ≤ {TARGET_SLOW_P99})  "
          f"{'ok' if ok_slow else 'ABOVE TARGET'}")
    return ok_rate and ok_slow


async def _receive(port: int, delay: float) -> None:
    import uvloop  # noqa: F401
    from aiohttp import web

    count = 0

    async def count_handler(_: web.BaseRequest) -> web.Response:
        return web.Response(text=str(count))

    async def post(request: web.BaseRequest) -> web.Response:
        nonlocal count
        await request.read()
        if delay:
            await asyncio.sleep(delay)
        count += 1
        return web.Response(status=200)

    async def handle(request: web.BaseRequest) -> web.Response:
        return await (count_handler(request) if request.path == "/count" else post(request))

    runner = web.ServerRunner(web.Server(handle), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port, backlog=4096).start()
    await asyncio.Event().wait()


async def _pace(url: str, rate: int, seconds: int, authorization: str) -> None:
    """Send ``rate`` requests a second for ``seconds``, each on its schedule; print the p50 and
    p99 latencies (ms, from the scheduled time, so a stalled server counts in full) as JSON."""
    import statistics

    import aiohttp

    latencies: list[float] = []
    failed = 0
    headers = {"Authorization": authorization, "Content-Type": "application/json"}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        async def one(due: float) -> None:
            nonlocal failed
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            async with session.post(url, data=SIMULATE, headers=headers) as response:
                await response.read()
                failed += response.status != 200
            latencies.append((time.perf_counter() - due) * 1000)

        start = time.perf_counter() + 0.2
        await asyncio.gather(*(one(start + i / rate) for i in range(rate * seconds)))
    q = statistics.quantiles(latencies, n=100)
    print(json.dumps([q[49], q[98], failed]))


if __name__ == "__main__" and sys.argv[1:2] == ["receive"]:
    import uvloop

    uvloop.install()
    asyncio.run(_receive(int(sys.argv[2]), float(sys.argv[3])))
elif __name__ == "__main__" and sys.argv[1:2] == ["pace"]:
    import uvloop

    uvloop.install()
    asyncio.run(_pace(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]))
