"""First start: the Identity Server's admin user and its API key."""

from __future__ import annotations

import logging
import os
import sys

from ttn.lorawan.v3 import enums_pb2, rights_pb2, user_pb2

from ..auth.tokens import API_KEY_PREFIX, generate_api_key, hash_secret, split_token, verify_secret
from ..config import Config
from ..store import APIKeyRow, IDTaken, Store
from . import entities

__all__ = ["ensure_admin", "ADMIN_USER_ID"]

log = logging.getLogger("ttsl")
ADMIN_USER_ID = "admin"


async def ensure_admin(store: Store, config: Config) -> str:
    """Create user ``admin`` on an empty store, and make sure its configured key exists.

    A key from ``TTSL_ADMIN_API_KEY`` is registered as given; otherwise a new key is printed
    once to stderr and written to ``<data-dir>/admin-api-key`` (mode 0600). Returns the token
    when one was created or configured, else "".
    """
    now = entities.now_ns()
    if await store.get_entity("user", ADMIN_USER_ID, include_deleted=True) is None:
        admin = user_pb2.User(name="Admin", admin=True, state=enums_pb2.STATE_APPROVED)
        admin.ids.user_id = ADMIN_USER_ID
        try:
            await store.create_entity("user", ADMIN_USER_ID, admin.SerializeToString(), name=admin.name, now=now)
            created = True
        except IDTaken:  # another replica starting on the same database created it meanwhile
            created = False
    else:
        created = False

    token = config.admin_api_key
    if token:
        kind, key_id, secret = split_token(token)
        if kind != API_KEY_PREFIX:
            raise SystemExit("TTSL_ADMIN_API_KEY must be an API key (NNSXS.<id>.<secret>)")
        row = await store.get_api_key(key_id)
        if row is None:
            try:
                await _register(store, key_id, secret, now)
            except IDTaken:  # registered meanwhile by another replica: check it as any stored key
                row = await store.get_api_key(key_id)
        if row is not None and (
            row.entity_kind != "user" or row.entity_id != ADMIN_USER_ID or not verify_secret(row.secret_hash, secret)
        ):
            raise SystemExit("TTSL_ADMIN_API_KEY names an existing API key that is not this admin key")
        return token
    if not created:
        return ""
    token, key_id, secret = generate_api_key()
    await _register(store, key_id, secret, now)
    path = config.data_dir / "admin-api-key"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # also when the file was there already
    with os.fdopen(fd, "w") as f:
        f.write(token + "\n")
    print(f"ttsl: admin API key (shown once, also in {path}): {token}", file=sys.stderr, flush=True)
    return token


async def _register(store: Store, key_id: str, secret: str, now: int) -> None:
    key = rights_pb2.APIKey(id=key_id, name="admin", rights=[rights_pb2.RIGHT_ALL])
    key.created_at.FromNanoseconds(now)
    key.updated_at.FromNanoseconds(now)
    await store.create_api_key(
        APIKeyRow(key_id, "user", ADMIN_USER_ID, hash_secret(secret), key.name, key.SerializeToString(), now, now, None)
    )
