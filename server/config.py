"""ttsl serve's settings: flags, each with an environment variable, and their defaults."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["Config", "add_arguments", "from_arguments", "redact_uri"]


@dataclass(frozen=True)
class Config:
    http_listen: str = "127.0.0.1:1885"
    grpc_listen: str = "127.0.0.1:1884"
    data_dir: Path = Path(".ttsl")
    database_uri: str = ""  # empty: SQLite file in the data dir
    events_uri: str = ""  # empty: in-process
    admin_api_key: str = ""
    # Webhooks (upstream as.webhooks.*; the last two are beyond its open-source edition).
    webhook_templates: str = ""  # a directory of templates; empty: none
    webhook_downlink_public_address: str = ""  # empty: http://<HTTP listen address>/api/v3
    webhook_timeout: float = 5.0
    webhook_workers: int = 1024
    webhook_queue_size: int = 1024
    webhook_unhealthy_attempts_threshold: int = 5
    webhook_unhealthy_retry_interval: float = 60.0
    webhook_retries: int = 0
    webhook_retry_backoff: float = 1.0

    @property
    def sqlite_path(self) -> Path:
        uri = self.database_uri
        if uri.startswith("sqlite:///"):
            return Path(uri[len("sqlite:///") :])
        return self.data_dir / "ttsl.db"


_FLAGS = (
    ("--http-listen", "TTSL_HTTP_LISTEN", "http_listen", "host:port of the HTTP/JSON API"),
    ("--grpc-listen", "TTSL_GRPC_LISTEN", "grpc_listen", "host:port of the gRPC API"),
    ("--data-dir", "TTSL_DATA_DIR", "data_dir", "directory for the database and the admin key"),
    ("--database-uri", "TTSL_DATABASE_URI", "database_uri", "postgresql://… or sqlite:///path (default: SQLite in the data dir)"),
    ("--events-uri", "TTSL_EVENTS_URI", "events_uri", "redis://… (default: in-process)"),
    ("--webhook-templates", "TTSL_WEBHOOK_TEMPLATES", "webhook_templates",
     "directory of webhook templates (templates.yml and <id>.yml; default: none)"),
    ("--webhook-downlink-public-address", "TTSL_WEBHOOK_DOWNLINK_PUBLIC_ADDRESS", "webhook_downlink_public_address",
     "API address sent to webhook receivers for downlinks (default: http://<http-listen>/api/v3)"),
    ("--webhook-timeout", "TTSL_WEBHOOK_TIMEOUT", "webhook_timeout", "seconds a webhook request may take"),
    ("--webhook-workers", "TTSL_WEBHOOK_WORKERS", "webhook_workers", "webhook requests sent at once"),
    ("--webhook-queue-size", "TTSL_WEBHOOK_QUEUE_SIZE", "webhook_queue_size",
     "webhook requests waiting at most (beyond: they fail)"),
    ("--webhook-unhealthy-attempts-threshold", "TTSL_WEBHOOK_UNHEALTHY_ATTEMPTS_THRESHOLD",
     "webhook_unhealthy_attempts_threshold", "failed attempts after which a webhook is skipped (0: never)"),
    ("--webhook-unhealthy-retry-interval", "TTSL_WEBHOOK_UNHEALTHY_RETRY_INTERVAL", "webhook_unhealthy_retry_interval",
     "seconds after its last failure that an unhealthy webhook is tried again"),
    ("--webhook-retries", "TTSL_WEBHOOK_RETRIES", "webhook_retries",
     "times a failed webhook request is sent again (beyond upstream's open source; 0: off)"),
    ("--webhook-retry-backoff", "TTSL_WEBHOOK_RETRY_BACKOFF", "webhook_retry_backoff",
     "seconds before the first retry; each next one waits twice as long"),
)


def _non_negative(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"{text!r} is negative")
        return value

    parse.__name__ = kind.__name__
    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = Config()
    for flag, env, attr, help_text in _FLAGS:
        default = getattr(defaults, attr)
        kind = type(default)
        parse = _non_negative(kind) if kind in (int, float) else None
        text = os.environ.get(env)
        if text is not None and parse is not None:
            try:
                default = parse(text)
            except argparse.ArgumentTypeError as exc:
                parser.error(f"{env}: {exc}")
        elif text is not None:
            default = text
        parser.add_argument(flag, dest=attr, default=str(default) if parse is None else default,
                            type=parse, help=f"{help_text} [{env}] (default: %(default)s)")


def from_arguments(args: argparse.Namespace) -> Config:
    values = {attr: getattr(args, attr) for _, _, attr, _ in _FLAGS}
    values["data_dir"] = Path(values["data_dir"])
    return Config(**values, admin_api_key=os.environ.get("TTSL_ADMIN_API_KEY", ""))


_SECRET_QUERY_KEYS = frozenset({"password", "username", "user"})


def redact_uri(uri: str) -> str:
    """``uri`` fit for logs and errors: its user information (``user:password@``) and any
    ``password``/``username`` query parameter masked."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<invalid URI>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(key.lower() in _SECRET_QUERY_KEYS for key, _ in pairs):
            query = urlencode([(key, "***" if key.lower() in _SECRET_QUERY_KEYS else value) for key, value in pairs],
                              safe="*:")
    return urlunsplit(parts._replace(netloc=netloc, query=query))
