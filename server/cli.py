"""The ``ttsl`` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from . import config

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ttsl", description="A local stand-in for The Things Stack v3 API")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the gRPC and HTTP/JSON APIs")
    config.add_arguments(serve)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "serve":
        from .app import serve_forever

        try:
            import uvloop

            uvloop.install()
        except ImportError:  # pragma: no cover - uvloop is a dependency
            pass
        asyncio.run(serve_forever(config.from_arguments(args)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
