"""Start ttsl for tests: in-process on the test loop, or as a subprocess (restart, kill -9)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from server.auth.tokens import generate_api_key
from server.config import Config

__all__ = ["free_port", "test_config", "Subprocess", "two_replicas"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_config(data_dir: Path, admin_key: str, database_uri: str = "") -> Config:
    return Config(
        http_listen="127.0.0.1:0",
        grpc_listen="127.0.0.1:0",
        data_dir=data_dir,
        admin_api_key=admin_key,
        database_uri=database_uri,
    )


class Subprocess:
    """``ttsl serve`` in its own process, on free ports, with a given admin key."""

    def __init__(self, data_dir: Path, admin_key: str | None = None, *, database_uri: str = "") -> None:
        self.data_dir = data_dir
        self.admin_key = admin_key or generate_api_key()[0]
        self.database_uri = database_uri  # empty: SQLite in the data dir
        self.http_port = free_port()
        self.grpc_port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def start(self, timeout: float = 20.0) -> "Subprocess":
        return self.launch().wait_ready(timeout)

    def launch(self) -> "Subprocess":
        """Start the process without waiting for it to serve (``wait_ready`` does)."""
        env = dict(
            os.environ,
            TTSL_HTTP_LISTEN=f"127.0.0.1:{self.http_port}",
            TTSL_GRPC_LISTEN=f"127.0.0.1:{self.grpc_port}",
            TTSL_DATA_DIR=str(self.data_dir),
            TTSL_ADMIN_API_KEY=self.admin_key,
            TTSL_DATABASE_URI=self.database_uri,
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        return self

    def wait_ready(self, timeout: float = 20.0) -> "Subprocess":
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ttsl exited: {self.process.stderr.read().decode()}")
            try:
                with urllib.request.urlopen(f"{self.http_url}/healthz/ready", timeout=1) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.05)
        raise TimeoutError("ttsl did not become ready")

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs."""
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextlib.contextmanager
def two_replicas(tmp_path_factory, name: str, database_uri: str, events_uri: str = ""):
    """Two ``ttsl serve`` on one database (and, with ``events_uri``, one Redis), started at once
    on the empty schema (migrations and the admin bootstrap must not race), with one admin key."""
    previous = os.environ.get("TTSL_EVENTS_URI")
    if events_uri:
        os.environ["TTSL_EVENTS_URI"] = events_uri
    a = Subprocess(tmp_path_factory.mktemp(f"{name}-a"), database_uri=database_uri)
    b = Subprocess(tmp_path_factory.mktemp(f"{name}-b"), a.admin_key, database_uri=database_uri)
    try:
        a.launch(), b.launch()
        a.wait_ready(), b.wait_ready()
        yield a, b
    finally:
        a.stop()
        b.stop()
        if events_uri:
            if previous is None:
                os.environ.pop("TTSL_EVENTS_URI", None)
            else:
                os.environ["TTSL_EVENTS_URI"] = previous
