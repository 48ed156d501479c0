"""Who is calling and what they may do: API key authentication and rights resolution."""

from __future__ import annotations

import time
from functools import lru_cache
from dataclasses import dataclass, field

from ttn.lorawan.v3 import identifiers_pb2, rights_pb2, user_pb2

from ..errors import Namespace
from ..store import Store
from . import rights as _rights
from .tokens import API_KEY_PREFIX, split_token, verify_secret

__all__ = ["Auth", "ANONYMOUS", "Access"]

_errors = Namespace("pkg/identityserver")
ERR_UNAUTHENTICATED = _errors.unauthenticated("unauthenticated", "unauthenticated")
ERR_UNSUPPORTED_AUTHORIZATION = _errors.unauthenticated("unsupported_authorization", "unsupported authorization method")
ERR_API_KEY_NOT_FOUND = _errors.unauthenticated("api_key_not_found", "API key not found")
ERR_INVALID_AUTHORIZATION = _errors.unauthenticated("invalid_authorization", "invalid authorization")
ERR_API_KEY_EXPIRED = _errors.unauthenticated("api_key_expired", "api key expired")


@dataclass(frozen=True, slots=True)
class Auth:
    """The authenticated caller. Anonymous callers have no key and no rights."""

    key_id: str = ""
    entity_kind: str = ""  # owner of the key: "user", "organization", "application" or "gateway"
    entity_id: str = ""
    key_rights: frozenset[int] = frozenset()  # implied
    is_admin: bool = False
    expires_at: int | None = None  # Unix ns
    api_key: rights_pb2.APIKey | None = field(default=None, compare=False)

    @property
    def authenticated(self) -> bool:
        return bool(self.key_id)

    def entity_identifiers(self) -> identifiers_pb2.EntityIdentifiers:
        ids = identifiers_pb2.EntityIdentifiers()
        if self.entity_kind == "user":
            ids.user_ids.user_id = self.entity_id
        elif self.entity_kind == "organization":
            ids.organization_ids.organization_id = self.entity_id
        elif self.entity_kind == "application":
            ids.application_ids.application_id = self.entity_id
        elif self.entity_kind == "gateway":
            ids.gateway_ids.gateway_id = self.entity_id
        return ids


ANONYMOUS = Auth()


@lru_cache(maxsize=4096)
def _rights_of(serialized: bytes) -> frozenset[int]:
    """Stored ``Rights`` with their implied rights."""
    return _rights.implied(rights_pb2.Rights.FromString(serialized).rights)


class Access:
    """Authenticates tokens (verifications cached briefly) and resolves rights on entities."""

    def __init__(self, store: Store, cache_seconds: float = 60.0) -> None:
        self._store = store
        self._cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, Auth]] = {}
        # (key ID, entity kind, entity ID) -> (the Auth, store memberships version, rights).
        self._rights: dict[tuple[str, str, str], tuple[Auth, int, frozenset[int]]] = {}

    def forget(self, key_id: str) -> None:
        """Drop cached verifications of a key at once (it was updated or deleted)."""
        for token in [t for t, (_, auth) in self._cache.items() if auth.key_id == key_id]:
            del self._cache[token]

    async def authenticate(self, authorization: str) -> Auth:
        if not authorization:
            return ANONYMOUS
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer":
            raise ERR_UNSUPPORTED_AUTHORIZATION()
        token = token.strip()
        now = time.monotonic()
        cached = self._cache.get(token)
        if cached is not None and cached[0] > now:
            auth = cached[1]
        else:
            auth = await self._verify(token)
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[token] = (now + self._cache_seconds, auth)
        if auth.expires_at is not None and auth.expires_at < time.time_ns():
            raise ERR_API_KEY_EXPIRED()
        return auth

    async def _verify(self, token: str) -> Auth:
        kind, key_id, secret = split_token(token)
        if kind != API_KEY_PREFIX:
            raise ERR_UNSUPPORTED_AUTHORIZATION()
        row = await self._store.get_api_key(key_id)
        if row is None:
            raise ERR_API_KEY_NOT_FOUND()
        if not verify_secret(row.secret_hash, secret):
            raise ERR_INVALID_AUTHORIZATION()
        api_key = rights_pb2.APIKey.FromString(row.data)
        key_rights = _rights.implied(api_key.rights)
        del api_key.rights[:]
        api_key.rights.extend(sorted(key_rights))
        is_admin = False
        if row.entity_kind == "user":
            user = await self._store.get_entity("user", row.entity_id)
            if user is None:
                raise ERR_API_KEY_NOT_FOUND()
            is_admin = user_pb2.User.FromString(user.data).admin
        return Auth(
            key_id=row.id,
            entity_kind=row.entity_kind,
            entity_id=row.entity_id,
            key_rights=key_rights,
            is_admin=is_admin,
            expires_at=row.expires_at,
            api_key=api_key,
        )

    async def rights_on(self, auth: Auth, entity_kind: str, entity_id: str) -> frozenset[int]:
        """The caller's rights on an entity: membership chain (or the entity's own key) ∩ key rights."""
        if not auth.authenticated:
            return frozenset()
        # Invalidation: an entry holds only for the very Auth it was resolved for (a key that is
        # updated, deleted or verified again is a new Auth) and only while the store's
        # memberships version is the one read before resolving (every membership write moves it).
        key = (auth.key_id, entity_kind, entity_id)
        version = self._store.memberships_version
        cached = self._rights.get(key)
        if cached is not None and cached[0] is auth and cached[1] == version:
            return cached[2]
        held = await self._resolve_rights(auth, entity_kind, entity_id)
        if len(self._rights) >= 100_000:
            self._rights.clear()
        self._rights[key] = (auth, version, held)
        return held

    async def _resolve_rights(self, auth: Auth, entity_kind: str, entity_id: str) -> frozenset[int]:
        if auth.entity_kind == entity_kind and auth.entity_id == entity_id:
            return auth.key_rights
        if auth.entity_kind not in ("user", "organization"):
            return frozenset()
        held: frozenset[int] = _rights.universal_admin_rights() if auth.is_admin else frozenset()
        for on_entity, on_org in await self._store.membership_chains(
            entity_kind, entity_id, auth.entity_kind, auth.entity_id
        ):
            chain = _rights_of(on_entity)
            if on_org is not None:
                chain = chain & _rights_of(on_org)
            held = held | chain
        return held & auth.key_rights
