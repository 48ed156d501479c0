"""Data outlives the process: a clean restart, and SIGKILL right after acknowledged writes."""

from __future__ import annotations

import json
import urllib.request

from support.servers import Subprocess
from support.waiting import until_sync


def _request(srv: Subprocess, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    req = urllib.request.Request(
        srv.http_url + "/api/v3" + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {srv.admin_key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def _create(srv: Subprocess, app_id: str) -> None:
    status, body = _request(srv, "POST", "/users/admin/applications",
                            {"application": {"ids": {"application_id": app_id}, "name": app_id}})
    assert status == 200, body


def test_data_survives_a_restart(tmp_path):
    srv = Subprocess(tmp_path).start()
    try:
        _create(srv, "survivor")
    finally:
        srv.stop()
    srv = Subprocess(tmp_path, srv.admin_key).start()
    try:
        status, body = _request(srv, "GET", "/applications/survivor?field_mask=name")
        assert (status, body["name"]) == (200, "survivor")
    finally:
        srv.stop()


def test_acknowledged_writes_survive_kill_9(tmp_path):
    srv = Subprocess(tmp_path).start()
    created = [f"kill-{i}" for i in range(20)]
    try:
        for app_id in created:
            _create(srv, app_id)
        status, _ = _request(srv, "PUT", "/applications/kill-0",
                             {"application": {"ids": {"application_id": "kill-0"}, "name": "renamed"},
                              "field_mask": {"paths": ["name"]}})
        assert status == 200
    finally:
        srv.kill()
    srv = Subprocess(tmp_path, srv.admin_key).start()
    try:
        status, body = _request(srv, "GET", "/applications?limit=1000&field_mask=name")
        names = {a["ids"]["application_id"]: a.get("name") for a in body["applications"]}
        assert set(created) <= set(names)
        assert names["kill-0"] == "renamed"
    finally:
        srv.stop()


def test_generated_admin_key_is_written_once_with_mode_0600(tmp_path):
    srv = Subprocess(tmp_path)
    srv.admin_key = ""  # let the server generate one
    import os
    import subprocess
    import sys

    env = dict(os.environ, TTSL_HTTP_LISTEN=f"127.0.0.1:{srv.http_port}", TTSL_GRPC_LISTEN=f"127.0.0.1:{srv.grpc_port}",
               TTSL_DATA_DIR=str(tmp_path))
    env.pop("TTSL_ADMIN_API_KEY", None)
    proc = subprocess.Popen([sys.executable, "-m", "server.cli", "serve"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        key_file = tmp_path / "admin-api-key"
        token = until_sync(lambda: key_file.exists() and key_file.read_text().strip(), "the admin key file")
        assert token.startswith("NNSXS.") and len(token.split(".")) == 3
        assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=10)
    assert token in stderr.decode()
    # The secret itself is nowhere in the database, only its hash.
    secret = token.split(".")[2].encode()
    for path in tmp_path.iterdir():
        if path.name != "admin-api-key" and path.is_file():
            assert secret not in path.read_bytes()


def test_database_files_are_private_and_unknown_backends_are_refused(tmp_path):
    import os
    import subprocess
    import sys

    srv = Subprocess(tmp_path / "data").start()
    try:
        _create(srv, "private-data")
    finally:
        srv.stop()
    assert oct((tmp_path / "data").stat().st_mode & 0o777) == "0o700"
    assert oct((tmp_path / "data" / "ttsl.db").stat().st_mode & 0o777) == "0o600"
    for flag in ("--database-uri=mysql://127.0.0.1/test", "--events-uri=nats://127.0.0.1:4222"):
        done = subprocess.run([sys.executable, "-m", "server.cli", "serve", flag], capture_output=True, text=True,
                              env=dict(os.environ, TTSL_DATA_DIR=str(tmp_path / "other")), timeout=30)
        assert done.returncode != 0 and "available so far" in done.stderr
