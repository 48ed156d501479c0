"""The store under the session server: SQLite by default, or PostgreSQL.

``TTSL_TEST_BACKEND=postgres`` puts the session server, and so every test that uses it, on a
fresh PostgreSQL schema. Whichever it is, the contract modules that touch the store most
(``BOTH_BACKENDS``) run on both: their tests are parametrised ``sqlite``/``postgres``, and the
``postgres`` ones are served by a second session server on a schema of its own, started when the
first of them runs (they run last, so that each server starts once and the SQLite one is the
session server every other test shares). Without a reachable PostgreSQL they are skipped.

A plugin of ``tests/conftest.py``: it gives the ``database_uri`` its ``server`` fixture opens.
"""

from __future__ import annotations

import os
from typing import AsyncIterator

import pytest
import pytest_asyncio

from support.postgres import fresh_schema

__all__ = ["BACKEND", "BOTH_BACKENDS"]

BACKEND = os.environ.get("TTSL_TEST_BACKEND", "sqlite")
if BACKEND not in ("sqlite", "postgres"):
    raise pytest.UsageError(f"TTSL_TEST_BACKEND={BACKEND!r}: sqlite or postgres")

# tests/contract modules run on both backends.
BOTH_BACKENDS = frozenset({
    "test_applications", "test_end_devices", "test_gateways", "test_access", "test_application_packages",
    "test_storage_integration",
})

# The parameter of the default backend is None, which is also what an unparametrised test asks
# for (pytest caches a session fixture by its parameter): both share the one session server.
_PARAMS = [pytest.param(None, id="sqlite"), pytest.param("postgres", id="postgres")]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    path = metafunc.definition.path
    if (
        BACKEND == "sqlite" and "database_uri" in metafunc.fixturenames
        and path.parent.name == "contract" and path.stem in BOTH_BACKENDS
    ):
        metafunc.parametrize("database_uri", _PARAMS, indirect=True, scope="session")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The ``postgres`` runs last, each other test where it was."""
    items.sort(key=lambda item: _param(item) == "postgres")


def _param(item: pytest.Item) -> object:
    callspec = getattr(item, "callspec", None)
    return callspec.params.get("database_uri") if callspec is not None else None


@pytest_asyncio.fixture(scope="session")
async def database_uri(request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """The URI the session server opens: empty for SQLite in its data dir."""
    backend = getattr(request, "param", None) or BACKEND
    if backend == "sqlite":
        yield ""
        return
    async with fresh_schema() as uri:
        yield uri
