"""Users and organizations as collaborators: identifiers ⇄ store member keys."""

from __future__ import annotations

from ttn.lorawan.v3 import identifiers_pb2

from ..auth.access import Auth
from ..errors import Namespace

__all__ = ["collaborator_key", "caller_account", "account_identifiers", "ERR_NESTED_ORGANIZATIONS",
           "ERR_ACCOUNT_NOT_FOUND"]

ERR_NESTED_ORGANIZATIONS = Namespace("pkg/identityserver").invalid_argument(
    "nested_organizations", "organizations can not be nested"
)
ERR_ACCOUNT_NOT_FOUND = Namespace("pkg/identityserver/store").not_found(
    "account_not_found", "{account_type} account with id `{account_id}` not found"
)


def collaborator_key(ids: identifiers_pb2.OrganizationOrUserIdentifiers) -> tuple[str, str]:
    """("user", id) or ("organization", id)."""
    if ids.WhichOneof("ids") == "organization_ids":
        return "organization", ids.organization_ids.organization_id
    return "user", ids.user_ids.user_id


def account_identifiers(kind: str, account_id: str) -> identifiers_pb2.OrganizationOrUserIdentifiers:
    ids = identifiers_pb2.OrganizationOrUserIdentifiers()
    if kind == "organization":
        ids.organization_ids.organization_id = account_id
    else:
        ids.user_ids.user_id = account_id
    return ids


def caller_account(auth: Auth) -> identifiers_pb2.OrganizationOrUserIdentifiers | None:
    """The user or organization that owns the caller's key; None for application keys and anonymous."""
    if auth.entity_kind in ("user", "organization"):
        return account_identifiers(auth.entity_kind, auth.entity_id)
    return None
