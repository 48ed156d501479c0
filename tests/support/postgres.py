"""PostgreSQL for tests: the server at ``TTSL_TEST_POSTGRES_URI``, one fresh schema per use.

A schema is named ``ttsl_test_<random>``; the URI handed out carries it as ``search_path``
(asyncpg passes unknown URI parameters on as server settings), so every connection a store
opens from that URI works in it. Tests skip, saying why, when the server cannot be reached.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import uuid
from typing import AsyncIterator, Iterator

import pytest

__all__ = ["POSTGRES_URI", "with_search_path", "fresh_schema", "fresh_schema_sync"]

POSTGRES_URI = os.environ.get("TTSL_TEST_POSTGRES_URI", "postgresql://postgres@127.0.0.1:5432/test")


def with_search_path(uri: str, schema: str) -> str:
    return f"{uri}{'&' if '?' in uri else '?'}search_path={schema}"


_unreachable: list[str] = []  # why, once known: later tests skip without waiting again


async def _connect():
    import asyncpg

    if _unreachable:
        pytest.skip(_unreachable[0])
    try:
        return await asyncpg.connect(POSTGRES_URI, timeout=5)
    except (OSError, asyncio.TimeoutError, asyncpg.PostgresError) as exc:
        why = exc or type(exc).__name__
        _unreachable.append(f"PostgreSQL is unreachable at TTSL_TEST_POSTGRES_URI={POSTGRES_URI} ({why})")
        pytest.skip(_unreachable[0])


@contextlib.asynccontextmanager
async def fresh_schema() -> AsyncIterator[str]:
    """A new, empty schema for the duration; yields a URI whose connections use it."""
    schema = f"ttsl_test_{uuid.uuid4().hex[:12]}"
    conn = await _connect()
    try:
        await conn.execute(f"CREATE SCHEMA {schema}")
        try:
            yield with_search_path(POSTGRES_URI, schema)
        finally:
            await conn.execute(f"DROP SCHEMA {schema} CASCADE")
    finally:
        await conn.close()


def _in_thread(coro):
    """Run a coroutine on a loop of its own in another thread (for synchronous tests, without
    touching this thread's event loop)."""
    result: dict = {}

    def run() -> None:
        try:
            result["value"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            result["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


@contextlib.contextmanager
def fresh_schema_sync() -> Iterator[str]:
    """``fresh_schema`` for synchronous tests."""
    schema = f"ttsl_test_{uuid.uuid4().hex[:12]}"

    async def run(sql: str) -> None:
        conn = await _connect()
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    _in_thread(run(f"CREATE SCHEMA {schema}"))
    try:
        yield with_search_path(POSTGRES_URI, schema)
    finally:
        _in_thread(run(f"DROP SCHEMA {schema} CASCADE"))
