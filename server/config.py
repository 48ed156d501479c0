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
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = Config()
    for flag, env, attr, help_text in _FLAGS:
        default = os.environ.get(env, str(getattr(defaults, attr)))
        parser.add_argument(flag, dest=attr, default=default, help=f"{help_text} [{env}] (default: %(default)s)")


def from_arguments(args: argparse.Namespace) -> Config:
    return Config(
        http_listen=args.http_listen,
        grpc_listen=args.grpc_listen,
        data_dir=Path(args.data_dir),
        database_uri=args.database_uri,
        events_uri=args.events_uri,
        admin_api_key=os.environ.get("TTSL_ADMIN_API_KEY", ""),
    )


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
