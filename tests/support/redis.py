"""Redis for tests: the server at ``TTSL_TEST_REDIS_URI``, one fresh key namespace per use.

``async with fresh_namespace() as uri`` yields the URI with ``?namespace=ttsl-test:<random>``
(the event bus keeps every key and its channel under it) and deletes those keys afterwards.
Tests skip, saying why, when Redis cannot be reached.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from typing import AsyncIterator, Iterator

import pytest

__all__ = ["REDIS_URI", "fresh_namespace", "fresh_namespace_sync", "with_namespace"]

REDIS_URI = os.environ.get("TTSL_TEST_REDIS_URI", "redis://127.0.0.1:6379/0")

_unreachable: list[str] = []  # why, once known


def with_namespace(uri: str, namespace: str) -> str:
    return f"{uri}{'&' if '?' in uri else '?'}namespace={namespace}"


async def _client():
    import redis.asyncio as aioredis
    from redis.exceptions import RedisError

    if _unreachable:
        pytest.skip(_unreachable[0])
    client = aioredis.from_url(REDIS_URI, socket_connect_timeout=3)
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        await client.aclose()
        _unreachable.append(f"Redis is unreachable at TTSL_TEST_REDIS_URI={REDIS_URI} ({exc})")
        pytest.skip(_unreachable[0])
    return client


@contextlib.asynccontextmanager
async def fresh_namespace() -> AsyncIterator[str]:
    namespace = f"ttsl-test:{uuid.uuid4().hex[:12]}"
    client = await _client()
    try:
        yield with_namespace(REDIS_URI, namespace)
    finally:
        keys = [key async for key in client.scan_iter(match=f"{namespace}:*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


@contextlib.contextmanager
def fresh_namespace_sync() -> Iterator[str]:
    """``fresh_namespace`` for synchronous fixtures."""
    import redis
    from redis.exceptions import RedisError

    if _unreachable:
        pytest.skip(_unreachable[0])
    client = redis.Redis.from_url(REDIS_URI, socket_connect_timeout=3)
    try:
        client.ping()
    except (RedisError, OSError) as exc:
        client.close()
        _unreachable.append(f"Redis is unreachable at TTSL_TEST_REDIS_URI={REDIS_URI} ({exc})")
        pytest.skip(_unreachable[0])
    namespace = f"ttsl-test:{uuid.uuid4().hex[:12]}"
    try:
        yield with_namespace(REDIS_URI, namespace)
    finally:
        keys = list(client.scan_iter(match=f"{namespace}:*"))
        if keys:
            client.delete(*keys)
        client.close()
