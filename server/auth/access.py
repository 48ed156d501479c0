"""Who is calling and what they may do: API key authentication and rights resolution.

Both are cached, and both caches check on every hit that nothing they were built from has
changed since (the store's ``auth_version`` and ``rights_version``, see :class:`server.store.Store`):
a key updated or deleted, a user demoted, suspended or deleted, an entity deleted, restored or
purged, a membership changed — the very next call sees it.
"""

from __future__ import annotations

import time
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable

from ttn.lorawan.v3 import enums_pb2, identifiers_pb2, rights_pb2, user_pb2

from ..errors import Namespace, TTSError
from ..store import Store
from . import rights as _rights
from .tokens import API_KEY_PREFIX, split_token, verify_secret

__all__ = ["Auth", "ANONYMOUS", "Access", "require_authenticated"]

_errors = Namespace("pkg/identityserver")
ERR_UNAUTHENTICATED = _errors.unauthenticated("unauthenticated", "unauthenticated")
ERR_UNSUPPORTED_AUTHORIZATION = _errors.unauthenticated("unsupported_authorization", "unsupported authorization method")
ERR_API_KEY_NOT_FOUND = _errors.unauthenticated("api_key_not_found", "API key not found")
ERR_INVALID_AUTHORIZATION = _errors.unauthenticated("invalid_authorization", "invalid authorization")
ERR_API_KEY_EXPIRED = _errors.unauthenticated("api_key_expired", "api key expired")
ERR_USER_REQUESTED = _errors.permission_denied("user_requested", "user account approval is pending", "description")
ERR_USER_REJECTED = _errors.permission_denied("user_rejected", "user account was rejected", "description")
ERR_USER_SUSPENDED = _errors.permission_denied("user_suspended", "user account was suspended", "description")

Right = _rights.Right
State = enums_pb2.State


@dataclass(frozen=True, slots=True)
class _Restriction:
    """What a user's key keeps while the user is in a state other than approved (or flagged)."""

    rights: frozenset[int]
    warning: str
    error: object  # the ErrorDefinition of callers that must be authenticated
    with_description: bool  # the warning ends with the state description, when there is one


# Upstream's table (``restrictRights`` in entity_access.go): a pending account may look at and
# edit its profile or delete itself, a rejected one look or delete, a suspended one only look.
_RESTRICTIONS = {
    State.STATE_REQUESTED: _Restriction(
        frozenset({Right.RIGHT_USER_INFO, Right.RIGHT_USER_SETTINGS_BASIC, Right.RIGHT_USER_DELETE}),
        "Restricted rights while account pending", ERR_USER_REQUESTED, False,
    ),
    State.STATE_REJECTED: _Restriction(
        frozenset({Right.RIGHT_USER_INFO, Right.RIGHT_USER_DELETE}),
        "Restricted rights after account rejection", ERR_USER_REJECTED, True,
    ),
    State.STATE_SUSPENDED: _Restriction(
        frozenset({Right.RIGHT_USER_INFO}),
        "Restricted rights after account suspension", ERR_USER_SUSPENDED, True,
    ),
}


@dataclass(frozen=True, slots=True)
class Auth:
    """The authenticated caller. Anonymous callers have no key and no rights."""

    key_id: str = ""
    entity_kind: str = ""  # owner of the key: "user", "organization", "application" or "gateway"
    entity_id: str = ""
    key_rights: frozenset[int] = frozenset()  # implied, restricted by the user's state
    is_admin: bool = False  # an approved admin user's key
    expires_at: int | None = None  # Unix ns
    api_key: rights_pb2.APIKey | None = field(default=None, compare=False)
    universal_rights: frozenset[int] = frozenset()  # what an admin's key may do on any entity
    user_state: int | None = None  # the state of the user owning the key (None: not a user's key)
    state_description: str = ""
    warning: str = ""  # for the client (X-Warning) on every call: rights restricted by the user's state

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


def require_authenticated(auth: Auth) -> None:
    """Upstream ``RequireAuthenticated``: a key, and for a user's key a user that is approved
    (or flagged); pending, rejected and suspended users are refused."""
    if not auth.authenticated:
        raise ERR_UNAUTHENTICATED()
    restriction = _RESTRICTIONS.get(auth.user_state) if auth.user_state is not None else None
    if restriction is not None:
        if auth.state_description:
            raise restriction.error(description=auth.state_description)  # type: ignore[operator]
        raise restriction.error()  # type: ignore[operator]


@lru_cache(maxsize=4096)
def _rights_of(serialized: bytes) -> frozenset[int]:
    """Stored ``Rights`` with their implied rights."""
    return _rights.implied(rights_pb2.Rights.FromString(serialized).rights)


class Access:
    """Authenticates tokens and resolves rights on entities, caching both.

    The one rule on targets lives here (``rights_on``): rights are held on entities that exist
    and are live. On one that does not exist or is soft-deleted, a caller holds nothing, and an
    admin gets ``not_found(kind, id)``: the Identity Server's store error ``<kind>_not_found``
    (upstream ``ApplicationRights`` and its siblings), handed in by the composition root.
    """

    def __init__(
        self, store: Store, not_found: Callable[[str, str], TTSError], cache_seconds: float = 60.0
    ) -> None:
        self._store = store
        self._not_found = not_found
        self._cache_seconds = cache_seconds
        # token -> (store auth version, monotonic expiry, the Auth)
        self._cache: dict[str, tuple[int, float, Auth]] = {}
        # (key ID, entity kind, entity ID, soft-deleted included) -> (the Auth, store rights version, rights)
        self._rights: dict[tuple[str, str, str, bool], tuple[Auth, int, frozenset[int]]] = {}

    async def authenticate(self, authorization: str) -> Auth:
        if not authorization:
            return ANONYMOUS
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer":
            raise ERR_UNSUPPORTED_AUTHORIZATION()
        token = token.strip()
        now = time.monotonic()
        # Invalidation: an entry holds while the store's auth version is the one read before
        # verifying (every write that could change the outcome moves it), for ``cache_seconds``
        # at most.
        version = self._store.auth_version
        cached = self._cache.get(token)
        if cached is not None and cached[0] == version and cached[1] > now:
            auth = cached[2]
        else:
            auth = await self._verify(token)
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[token] = (version, now + self._cache_seconds, auth)
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
        # A key is found only with its entity, and only while that is live (upstream's store
        # resolves the key's entity, soft-deleted ones left out).
        owner = await self._store.get_entity(row.entity_kind, row.entity_id)
        if owner is None:
            raise ERR_API_KEY_NOT_FOUND()
        if not verify_secret(row.secret_hash, secret):
            raise ERR_INVALID_AUTHORIZATION()
        api_key = rights_pb2.APIKey.FromString(row.data)
        key_rights = _rights.implied(api_key.rights)
        is_admin = False
        universal: frozenset[int] = frozenset()
        user_state: int | None = None
        description = warning = ""
        if row.entity_kind == "user":
            user = user_pb2.User.FromString(owner.data)
            user_state, description = user.state, user.state_description
            restriction = _RESTRICTIONS.get(user.state)
            if restriction is not None:
                key_rights = key_rights & restriction.rights
                warning = restriction.warning
                if restriction.with_description and description:
                    warning = f"{warning}: {description}"
            elif user.state == State.STATE_APPROVED and user.admin:  # flagged: no admin until cleared
                is_admin = True
                universal = _rights.universal_admin_rights() & key_rights
        del api_key.rights[:]
        api_key.rights.extend(sorted(key_rights))
        return Auth(
            key_id=row.id,
            entity_kind=row.entity_kind,
            entity_id=row.entity_id,
            key_rights=key_rights,
            is_admin=is_admin,
            expires_at=row.expires_at,
            api_key=api_key,
            universal_rights=universal,
            user_state=user_state,
            state_description=description,
            warning=warning,
        )

    async def rights_on(
        self, auth: Auth, entity_kind: str, entity_id: str, include_deleted: bool = False
    ) -> frozenset[int]:
        """The caller's rights on an entity: membership chain (or the entity's own key) ∩ key
        rights, plus an admin's universal rights; nothing on an entity that is not there
        (``<kind>_not_found`` for admins). ``include_deleted``: a soft-deleted entity counts as
        there (Restore's rights, and the rows of a list of deleted entities)."""
        if not auth.authenticated:
            return frozenset()
        # Invalidation: an entry holds only for the very Auth it was resolved for (a key that is
        # verified again is a new Auth) and only while the store's rights version is the one
        # read before resolving (memberships, keys, users and entities being created, deleted,
        # restored or purged all move it).
        key = (auth.key_id, entity_kind, entity_id, include_deleted)
        version = self._store.rights_version
        cached = self._rights.get(key)
        if cached is not None and cached[0] is auth and cached[1] == version:
            return cached[2]
        held = await self._resolve_rights(auth, entity_kind, entity_id, include_deleted)
        if len(self._rights) >= 100_000:
            self._rights.clear()
        self._rights[key] = (auth, version, held)
        return held

    async def _resolve_rights(
        self, auth: Auth, entity_kind: str, entity_id: str, include_deleted: bool
    ) -> frozenset[int]:
        if await self._store.get_entity(entity_kind, entity_id, include_deleted=include_deleted) is None:
            if auth.is_admin:
                raise self._not_found(entity_kind, entity_id)
            return frozenset()
        if auth.entity_kind == entity_kind and auth.entity_id == entity_id:
            return auth.key_rights
        if auth.entity_kind not in ("user", "organization"):
            return frozenset()
        held = auth.universal_rights
        for on_entity, on_org in await self._store.membership_chains(
            entity_kind, entity_id, auth.entity_kind, auth.entity_id
        ):
            chain = _rights_of(on_entity)
            if on_org is not None:
                chain = chain & _rights_of(on_org)
            held = held | chain
        return held & auth.key_rights
