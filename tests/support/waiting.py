"""Waiting on a condition instead of sleeping, for tests that synchronise with work in flight.

A test that sleeps guesses how long the machine takes and fails when it is busier than
guessed; a test that polls the condition it needs waits exactly as long as it takes. The
deadline only stops a test that would otherwise hang, so it is generous, and passing it fails
the test naming what it waited for.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any, Awaitable, Callable

__all__ = ["DEADLINE", "until", "until_sync", "clock_past", "next_millisecond"]

DEADLINE = 30.0
_INTERVAL = 0.005


async def until(condition: Callable[[], Any | Awaitable[Any]], what: str, *, deadline: float = DEADLINE) -> Any:
    """The first truthy value of ``condition()`` (a function, or a coroutine function), polled
    on the event loop; ``AssertionError`` naming ``what`` when ``deadline`` seconds pass first."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + deadline
    while True:
        value = condition()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return value
        if loop.time() > give_up:
            raise AssertionError(f"still waiting after {deadline:.0f}s for {what}")
        await asyncio.sleep(_INTERVAL)


def until_sync(condition: Callable[[], Any], what: str, *, deadline: float = DEADLINE) -> Any:
    """:func:`until` for tests without an event loop (subprocesses, files)."""
    give_up = time.monotonic() + deadline
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > give_up:
            raise AssertionError(f"still waiting after {deadline:.0f}s for {what}")
        time.sleep(_INTERVAL)


async def clock_past(moment_ns: int, what: str = "the clock") -> None:
    """Until the wall clock (``time.time_ns``, the server's too) reads later than ``moment_ns``:
    what a test needs before a write that must be stamped after an instant."""
    await until(lambda: time.time_ns() > moment_ns, f"{what} to pass {moment_ns}")


async def next_millisecond() -> None:
    """Until the wall clock is in a later millisecond than now: the next stamp is distinct."""
    now_ms = time.time_ns() // 1_000_000
    await until(lambda: time.time_ns() // 1_000_000 > now_ms, "the next millisecond")
