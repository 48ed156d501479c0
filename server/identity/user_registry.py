"""UserRegistry: the shared registry shape (entity_registry.py) for user accounts.

Users differ from the other entities: nobody collaborates on a user, so Create takes no
collaborator and List (admins only) lists every user. Only admins create users here (ttsl has no
self-registration; the rules table answers others as upstream does with registration disabled),
and an admin's request is stored as given, as upstream stores it: the admin chooses ``state``,
``admin``, ``primary_email_address_validated_at``… (``state`` left unset is STATE_REQUESTED).

Passwords are checked against upstream's default strength rules and stored only as PBKDF2
hashes; no answer ever carries ``password`` or ``temporary_password``.
"""

from __future__ import annotations

from typing import Any

from ttn.lorawan.v3 import user_pb2

from .. import fieldmask
from ..auth import rights as R
from ..errors import Namespace
from ..pipeline import Call
from ..validate import go_regexp
from . import entities, passwords
from .entities import ERR_USER_NOT_FOUND
from .entity_registry import EntityRegistry, RegistryKind, define_events
from .public import PUBLIC_PATHS

__all__ = ["UserRegistry", "ERR_USER_NOT_FOUND", "ERR_UPDATE_ADMIN_FIELD", "ERR_LAST_ADMIN", "ERR_EMAIL"]

Right = R.Right
KIND = "user"

_store_errors = Namespace("pkg/identityserver/store")
ERR_LAST_ADMIN = _store_errors.failed_precondition("last_admin", "user `{user_id}` is the last admin")
ERR_INVITATION_NOT_FOUND = _store_errors.not_found("invitation_not_found", "invitation not found", "invitation_token")
ERR_UPDATE_ADMIN_FIELD = Namespace("pkg/identityserver").permission_denied(
    "update_admin_field", "only admins can update the `{field}` field"
)
ERR_EMAIL = Namespace("pkg/validate").invalid_argument("email", "`{email}` is not a valid email.")

_EMAIL = go_regexp(
    r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"
)

# Only admins may set these through Update (upstream updateUser).
ADMIN_FIELDS = frozenset({
    "primary_email_address_validated_at",
    "require_password_update",
    "state", "state_description", "admin",
    "temporary_password", "temporary_password_created_at", "temporary_password_expires_at",
})
_SECRETS = ("password", "temporary_password")
_TEMPORARY_PASSWORD_TTL_NS = 36 * 3600 * 10**9  # a temporary password set through Update

EVENTS = define_events(KIND, Right.RIGHT_USER_INFO)

SPEC = RegistryKind(
    kind=KIND,
    message=user_pb2.User,
    list_message=user_pb2.Users,
    list_field="users",
    entity_field="user",
    ids_field="user_ids",
    id_field="user_id",
    not_found=ERR_USER_NOT_FOUND,
    events=EVENTS,
    info_right=Right.RIGHT_USER_INFO,
    public_paths=PUBLIC_PATHS[KIND],
    order={"user_id": "id"},
    contacts=False,
    public_get=True,
)


def check_email(address: str) -> None:
    """Upstream ``validate.Email``: a plain ``local@domain`` address."""
    if _EMAIL.search(address) is None:
        raise ERR_EMAIL(email=address)


class UserRegistry(EntityRegistry):
    SERVICE = "ttn.lorawan.v3.UserRegistry"
    SPEC = SPEC

    def _answer(self, user: Any) -> Any:
        for field in _SECRETS:
            user.ClearField(field)
        return user

    async def _refuse_last_admin(self, user_id: str) -> None:
        """Upstream ``isLastAdmin``: the only admin may neither be deleted nor have ``admin`` changed."""
        rows, _ = await self._store.list_entities(KIND)
        admins = [row.id for row in rows if user_pb2.User.FromString(row.data).admin]
        if admins == [user_id]:
            raise ERR_LAST_ADMIN(user_id=user_id)

    # Create ----------------------------------------------------------------------------------
    async def Create(self, req: user_pb2.CreateUserRequest, call: Call) -> user_pb2.User:
        user = req.user
        user_id = user.ids.user_id
        check_email(user.primary_email_address)
        if req.invitation_token:  # ttsl sends no invitations, so no token is known
            raise ERR_INVITATION_NOT_FOUND(invitation_token=req.invitation_token)
        passwords.check_strength(user_id, user.password)
        user.password = await passwords.hash_password(user.password)
        user.password_updated_at.FromNanoseconds(entities.now_ns())
        if user.temporary_password:  # upstream keeps an admin's as given; never in clear text here
            user.temporary_password = await passwords.hash_password(user.temporary_password)
        row = await self._create_row(user_id, user)
        await self._publish(self.SPEC.events.create, user_id, call)
        return self._answer(entities.with_row_times(user, row))

    # List: admins only (rules table), every user -----------------------------------------------
    async def List(self, req: user_pb2.ListUsersRequest, call: Call) -> user_pb2.Users:
        rows, total = await self._page(req, None)
        call.set_total(total)
        paths = entities.get_paths(list(req.field_mask.paths))
        return user_pb2.Users(users=[fieldmask.filter_message(self._from_row(row), paths) for row in rows])

    # Update ----------------------------------------------------------------------------------
    async def _prepare_update(self, req: Any, user: Any, paths: list[str], call: Call) -> list[str]:
        by_admin = call.auth.is_admin
        if fieldmask.has_any(paths, "primary_email_address"):
            check_email(user.primary_email_address)
        if not by_admin:
            for path in paths:
                if path in ADMIN_FIELDS:
                    raise ERR_UPDATE_ADMIN_FIELD(field=path)
            if fieldmask.has_any(paths, "primary_email_address"):  # a new address is not validated yet
                user.ClearField("primary_email_address_validated_at")
                paths = fieldmask.add(paths, "primary_email_address_validated_at")
        if fieldmask.has_any(paths, "state") and not fieldmask.has_any(paths, "state_description"):
            user.state_description = ""
            paths = [*paths, "state_description"]
        if fieldmask.has_any(paths, "temporary_password"):
            user.temporary_password = await passwords.hash_password(user.temporary_password)
            now = entities.now_ns()
            if not fieldmask.has_any(paths, "temporary_password_created_at"):
                user.temporary_password_created_at.FromNanoseconds(now)
                paths = [*paths, "temporary_password_created_at"]
            if not fieldmask.has_any(paths, "temporary_password_expires_at"):
                user.temporary_password_expires_at.FromNanoseconds(now + _TEMPORARY_PASSWORD_TTL_NS)
                paths = [*paths, "temporary_password_expires_at"]
        if "profile_picture" in fieldmask.top_level(paths):  # the picture is replaced whole
            paths = fieldmask.add(paths, "profile_picture")
        if fieldmask.has_any(paths, "admin"):
            await self._refuse_last_admin(user.ids.user_id)
        return paths

    # Delete ----------------------------------------------------------------------------------
    async def _check_delete(self, user_id: str) -> None:
        await self._refuse_last_admin(user_id)

