"""Run the benchmark and print ratios against the same-run baselines, then the latencies.

Each server runs pinned to core 0 and each load generator (wrk for HTTP/1.1, h2load for gRPC
over HTTP/2) to core 1, with 32 requests in flight. Targets on a 2-core machine: ttsl HTTP
≥ 0.5× the fixed-body aiohttp baseline, ttsl gRPC ≥ 0.6× the empty grpc.aio handler. The
latencies (``bench/latencies.py``) are held to the bounds the tests once asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bench import devices, latencies, support_paths, webhooks  # noqa: F401  (support_paths makes tests/support importable)
from support.servers import Subprocess, free_port  # type: ignore[import-not-found]
from ttn.lorawan.v3 import application_pb2

TARGETS = {"http": 0.5, "grpc": 0.6}
APP_ID = "bench-app"


@dataclass
class Run:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float


def _pinned(core: int) -> list[str]:
    return ["taskset", "-c", str(core)] if shutil.which("taskset") and os.cpu_count() and os.cpu_count() > 1 else []


def _wait_port(port: int, timeout: float = 20) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {port}")


def _wrk(name: str, url: str, headers: dict[str, str], seconds: int, extra: list[str] | None = None,
         connections: int = 32) -> Run:
    options = [*_pinned(1), "wrk", "-t1", f"-c{connections}", "--latency", *(extra or [])]
    for k, v in headers.items():
        options += ["-H", f"{k}: {v}"]
    subprocess.run([*options, "-d1s", url], capture_output=True, check=True)  # warm up
    out = subprocess.run([*options, f"-d{seconds}s", url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        raise RuntimeError(f"{name}: {non_2xx.group(1)} failed requests\n{out}")

    def pct(p: str) -> float:
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return Run(name, rps, pct("50"), pct("99"))


def _h2load(name: str, url: str, data: bytes, headers: dict[str, str], seconds: int) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        body, log = Path(tmp) / "body", Path(tmp) / "log"
        body.write_bytes(b"\x00" + len(data).to_bytes(4, "big") + data)  # one uncompressed gRPC frame
        args = [*_pinned(1), "h2load", "-c4", "-m8", "-t1", "-d", str(body), "-H", "content-type: application/grpc",
                "-H", "te: trailers"]
        for k, v in headers.items():
            args += ["-H", f"{k}: {v}"]
        subprocess.run([*args, "-D", "1", url], capture_output=True, check=True)  # warm up
        out = subprocess.run([*args, "-D", str(seconds), f"--log-file={log}", url], capture_output=True, text=True,
                             check=True).stdout
        rps = float(re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", out).group(1))
        latencies = sorted(int(line.split("\t")[2]) / 1000 for line in log.read_text().splitlines() if line)
    q = statistics.quantiles(latencies, n=100)
    return Run(name, rps, q[49], q[98])


def _check_grpc(port: int, key: str) -> int:
    """One real call, so a misconfigured run fails loudly instead of measuring errors."""
    import grpc

    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        rpc = channel.unary_unary("/ttn.lorawan.v3.ApplicationRegistry/Get",
                                  request_serializer=lambda m: m.SerializeToString(),
                                  response_deserializer=application_pb2.Application.FromString)
        app = rpc(_get_request(), metadata=(("authorization", f"Bearer {key}"),))
        return len(app.SerializeToString())


def _get_request() -> application_pb2.GetApplicationRequest:
    req = application_pb2.GetApplicationRequest()
    req.application_ids.application_id = APP_ID
    req.field_mask.paths.extend(["name", "description", "attributes", "administrative_contact",
                                 "technical_contact", "network_server_address"])
    return req


def _wrk_script(name: str, base: str, script: Path, headers: dict[str, str], seconds: int) -> Run:
    return _wrk(name, base, headers, seconds, ["-s", str(script)])


def _create_application(ttsl: Subprocess, headers: dict[str, str]) -> None:
    create = json.dumps({"application": {
        "ids": {"application_id": APP_ID}, "name": "Benchmark application",
        "description": "An application whose JSON form is about the size of a typical answer. " * 4,
        "attributes": {"owner": "bench", "site": "lab-1", "tier": "gold"},
        "network_server_address": "thethings.example.com"}}).encode()
    urllib.request.urlopen(urllib.request.Request(
        f"{ttsl.http_url}/api/v3/users/admin/applications", data=create, headers=headers)).read()


def _device_runs(ttsl: Subprocess, headers: dict[str, str], count: int, seconds: int) -> dict[str, Run]:
    """IS and NS Get and Set of random devices among ``count``."""
    device = '{"device_id":"dev-{i}","application_ids":{"application_id":"%s"}}' % APP_ID
    cases = {
        "is_get": ("ttsl IS Get device", "GET", f"/api/v3/applications/{APP_ID}/devices/dev-{{i}}?field_mask=name,attributes", ""),
        "is_set": ("ttsl IS Update device (name)", "PUT", f"/api/v3/applications/{APP_ID}/devices/dev-{{i}}",
                   '{"end_device":{"ids":%s,"name":"renamed"},"field_mask":{"paths":["name"]}}' % device),
        "ns_get": ("ttsl NS Get device", "GET",
                   f"/api/v3/ns/applications/{APP_ID}/devices/dev-{{i}}?field_mask=frequency_plan_id,lorawan_version", ""),
        "ns_set": ("ttsl NS Set device (class C)", "PUT", f"/api/v3/ns/applications/{APP_ID}/devices/dev-{{i}}",
                   '{"end_device":{"ids":%s,"supports_class_c":true},"field_mask":{"paths":["supports_class_c"]}}'
                   % device),
    }
    runs = {}
    for key, (name, method, path, body) in cases.items():
        script = devices.lua_script(count, method, path, body)
        try:
            runs[key] = _wrk_script(name, ttsl.http_url, script, headers, seconds)
        finally:
            script.unlink()
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--devices", type=int, default=100_000, help="end devices stored (0: skip device runs)")
    parser.add_argument("--no-webhooks", action="store_true", help="skip the webhook runs")
    parser.add_argument("--latencies-only", action="store_true", help="skip the throughput runs")
    args = parser.parse_args()
    if args.latencies_only:
        return 0 if latencies.report() else 1
    for tool in ("wrk", "h2load"):
        if not shutil.which(tool):
            print(f"bench needs {tool}: apt-get install -y wrk nghttp2-client", file=sys.stderr)
            latencies.report()
            return 2

    procs: list[subprocess.Popen] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        ttsl = Subprocess(data).start()  # creates the schema, the admin and its key
        key = ttsl.admin_key
        headers = {"Authorization": f"Bearer {key}"}
        try:
            _create_application(ttsl, headers)
        finally:
            ttsl.stop()
        if args.devices:
            started = time.monotonic()
            devices.populate(data / "ttsl.db", args.devices)
            print(f"stored {args.devices} devices in the IS and the NS in {time.monotonic() - started:.1f}s")

        ttsl = Subprocess(data, key).start()
        try:
            subprocess.run(["taskset", "-pc", "0", str(ttsl.process.pid)], capture_output=True)
            rss_idle = devices.rss_mib(ttsl.process.pid)
            query = "field_mask=" + ",".join(_get_request().field_mask.paths)
            url = f"{ttsl.http_url}/api/v3/applications/{APP_ID}?{query}"
            body = urllib.request.urlopen(urllib.request.Request(url, headers=headers)).read()
            body_file = Path(tmp) / "body.json"
            body_file.write_bytes(body)
            grpc_size = _check_grpc(ttsl.grpc_port, key)

            http_port, grpc_port = free_port(), free_port()
            for kind, port, extra in (("http", http_port, [str(body_file)]), ("grpc", grpc_port, [])):
                procs.append(subprocess.Popen([*_pinned(0), sys.executable, "-m", "bench.baselines", kind, str(port), *extra]))
                _wait_port(port)

            grpc_data = _get_request().SerializeToString()
            runs = {
                "http_baseline": _wrk("aiohttp fixed body", f"http://127.0.0.1:{http_port}/x", {}, args.seconds),
                "http": _wrk("ttsl HTTP GET application", url, headers, args.seconds),
                "grpc_baseline": _h2load("grpc.aio empty handler",
                                         f"http://127.0.0.1:{grpc_port}/ttn.lorawan.v3.ApplicationRegistry/Get",
                                         grpc_data, {}, args.seconds),
                "grpc": _h2load("ttsl gRPC ApplicationRegistry.Get",
                                f"http://127.0.0.1:{ttsl.grpc_port}/ttn.lorawan.v3.ApplicationRegistry/Get",
                                grpc_data, {"authorization": f"Bearer {key}"}, args.seconds),
            }
            if args.devices:
                runs.update(_device_runs(ttsl, headers, args.devices, args.seconds))
            webhook_results = {} if args.no_webhooks else webhooks.webhook_runs(
                ttsl, headers, args.seconds, _wrk, _pinned, free_port)
            rss_after = devices.rss_mib(ttsl.process.pid)
        finally:
            for p in procs:
                p.terminate()
                p.wait()
            ttsl.stop()

    print(f"\nHTTP body {len(body)} bytes, gRPC response {grpc_size} bytes; 32 requests in flight, {args.seconds}s each\n")
    print(f"{'run':38} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'÷ HTTP baseline':>16}")
    for run in runs.values():
        print(f"{run.name:38} {run.rps:9.0f} {run.p50_ms:8.2f} {run.p99_ms:8.2f} "
              f"{run.rps / runs['http_baseline'].rps:16.2f}")
    print(f"\nserver memory (RSS): {rss_idle:.0f} MiB after start, {rss_after:.0f} MiB after the runs"
          + (f" ({args.devices} devices stored)" if args.devices else ""))
    print()
    failed = False
    for kind in ("http", "grpc"):
        ratio = runs[kind].rps / runs[f"{kind}_baseline"].rps
        ok = ratio >= TARGETS[kind]
        failed |= not ok
        print(f"{kind:5} ratio {ratio:5.2f}  (target ≥ {TARGETS[kind]})  {'ok' if ok else 'BELOW TARGET'}")
    if webhook_results:
        failed |= not webhooks.report(webhook_results)
    failed |= not latencies.report()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
