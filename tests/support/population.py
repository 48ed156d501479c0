"""Test population written straight into the store: users, organizations, memberships, keys.

Contract tests about rights need callers that are not the admin. Creating them through the
store keeps each test about the one RPC it checks.
"""

from __future__ import annotations

from ttn.lorawan.v3 import enums_pb2, organization_pb2, rights_pb2, user_pb2

from server.auth.tokens import generate_api_key, hash_secret
from server.identity.entities import now_ns
from server.store import APIKeyRow, IDTaken

__all__ = ["Population"]


class Population:
    def __init__(self, store) -> None:
        self.store = store

    async def user(self, user_id: str, *, admin: bool = False, state: int = enums_pb2.STATE_APPROVED,
                   state_description: str = "") -> str:
        """A user, approved unless told otherwise (a user stored without a state is pending)."""
        user = user_pb2.User(name=user_id, admin=admin, state=state, state_description=state_description)
        user.ids.user_id = user_id
        try:
            await self.store.create_entity("user", user_id, user.SerializeToString(), name=user_id, now=now_ns())
        except IDTaken:
            pass
        return user_id

    async def organization(self, org_id: str) -> str:
        org = organization_pb2.Organization(name=org_id)
        org.ids.organization_id = org_id
        try:
            await self.store.create_entity("organization", org_id, org.SerializeToString(), name=org_id, now=now_ns())
        except IDTaken:
            pass
        return org_id

    async def member(self, entity_kind: str, entity_id: str, member_kind: str, member_id: str, *rights: int) -> None:
        stored = rights_pb2.Rights(rights=rights).SerializeToString() if rights else None
        await self.store.set_membership(entity_kind, entity_id, member_kind, member_id, stored, now=now_ns())

    async def key(self, entity_kind: str, entity_id: str, *rights: int, expires_at: int | None = None) -> str:
        """A new API key of the entity with these rights; returns the token."""
        token, key_id, secret = generate_api_key()
        now = now_ns()
        key = rights_pb2.APIKey(id=key_id, name="test", rights=rights)
        await self.store.create_api_key(
            APIKeyRow(key_id, entity_kind, entity_id, hash_secret(secret), key.name, key.SerializeToString(), now, now,
                      expires_at)
        )
        return token
