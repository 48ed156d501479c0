"""Fixtures: one real ttsl (gRPC and HTTP on free ports, temporary data dir) for the session,
and a ``client`` that runs each contract case once over gRPC and once over HTTP."""

from __future__ import annotations

import itertools

import pytest
import pytest_asyncio

from server.app import start
from server.auth.tokens import generate_api_key
from support.servers import test_config
from support.transports import GRPCClient, HTTPClient

pytest_plugins = ["support.backends"]  # the session server's store: database_uri

_ids = itertools.count(1)


@pytest.fixture(scope="session")
def admin_key() -> str:
    return generate_api_key()[0]


@pytest_asyncio.fixture(scope="session")
async def server(tmp_path_factory, admin_key, database_uri):
    srv = await start(test_config(tmp_path_factory.mktemp("ttsl"), admin_key, database_uri))
    yield srv
    await srv.stop()


@pytest_asyncio.fixture(scope="session")
async def grpc_client(server):
    client = GRPCClient(server.grpc_port)
    yield client
    await client.close()


@pytest_asyncio.fixture(scope="session")
async def http_client(server):
    client = HTTPClient(f"http://127.0.0.1:{server.http_port}")
    yield client
    await client.close()


@pytest.fixture(params=["grpc", "http"])
def client(request, grpc_client, http_client):
    return grpc_client if request.param == "grpc" else http_client


@pytest.fixture
def unique_id(client):
    """A fresh entity ID per test and transport."""
    return f"{client.transport}-t{next(_ids)}"


@pytest.fixture
def population(server):
    from support.population import Population

    return Population(server.store)
