"""Every application-scoped method × every kind of caller, over both transports.

Callers: no key; another application's key; a key of this application lacking the method's
right; a key with exactly that right; a user whose rights come through an organization that
collaborates on the application, holding exactly that right. And once the application is
(soft-)deleted: a collaborator with all rights holds none, the application's own key no longer
authenticates, an admin is told the application is not found.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Callable

import pytest
from google.protobuf import empty_pb2, field_mask_pb2

from server.pipeline import Pipeline
from server.app import field_masks, rights_rules
from support.requests import REG, app_ids, create_request
from ttn.lorawan.v3 import application_pb2, rights_pb2 as R

ACC = "/ttn.lorawan.v3.ApplicationAccess/"
OK, NOT_FOUND, PERMISSION_DENIED, UNAUTHENTICATED = 0, 5, 7, 16
_ids = itertools.count()


@dataclass(frozen=True)
class Case:
    method: str
    right: int  # the right the method needs (0: none)
    request: Callable[[str], object]  # application ID → request
    anonymous: int = PERMISSION_DENIED  # what a call without credentials answers
    needs_right: bool = True  # False: callers without the right get a public answer, not an error


def _get(app):
    return application_pb2.GetApplicationRequest(application_ids=app_ids(app), field_mask=field_mask_pb2.FieldMask(paths=["name"]))


def _update(app):
    req = application_pb2.UpdateApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=["name"]))
    req.application.ids.application_id = app
    req.application.name = "matrix"
    return req


def _key_req(cls, **kw):
    return lambda app: cls(application_ids=app_ids(app), **kw)


def _set_collaborator(app):
    req = application_pb2.SetApplicationCollaboratorRequest(application_ids=app_ids(app))
    req.collaborator.ids.user_ids.user_id = "admin"
    req.collaborator.rights.extend([R.RIGHT_ALL])  # unchanged: the admin has all rights already
    return req


def _get_collaborator(app):
    req = application_pb2.GetApplicationCollaboratorRequest(application_ids=app_ids(app))
    req.collaborator.user_ids.user_id = "admin"
    return req


def _delete_collaborator(app):
    req = application_pb2.DeleteApplicationCollaboratorRequest(application_ids=app_ids(app))
    req.collaborator_ids.user_ids.user_id = "nobody-here"
    return req


CASES = [
    Case(REG + "Get", R.RIGHT_APPLICATION_INFO, _get, anonymous=UNAUTHENTICATED),
    Case(REG + "Update", R.RIGHT_APPLICATION_SETTINGS_BASIC, _update),
    Case(REG + "Delete", R.RIGHT_APPLICATION_DELETE, app_ids),
    Case(REG + "IssueDevEUI", R.RIGHT_APPLICATION_DEVICES_WRITE, app_ids),
    Case(ACC + "ListRights", 0, app_ids, anonymous=OK, needs_right=False),
    Case(ACC + "CreateAPIKey", R.RIGHT_APPLICATION_SETTINGS_API_KEYS,
         _key_req(application_pb2.CreateApplicationAPIKeyRequest, rights=[R.RIGHT_APPLICATION_SETTINGS_API_KEYS])),
    Case(ACC + "ListAPIKeys", R.RIGHT_APPLICATION_SETTINGS_API_KEYS, _key_req(application_pb2.ListApplicationAPIKeysRequest)),
    Case(ACC + "GetAPIKey", R.RIGHT_APPLICATION_SETTINGS_API_KEYS,
         _key_req(application_pb2.GetApplicationAPIKeyRequest, key_id="NOSUCHKEY")),
    Case(ACC + "UpdateAPIKey", R.RIGHT_APPLICATION_SETTINGS_API_KEYS,
         _key_req(application_pb2.UpdateApplicationAPIKeyRequest, api_key=R.APIKey(id="NOSUCHKEY", name="x"))),
    Case(ACC + "DeleteAPIKey", R.RIGHT_APPLICATION_SETTINGS_API_KEYS,
         _key_req(application_pb2.DeleteApplicationAPIKeyRequest, key_id="NOSUCHKEY")),
    Case(ACC + "GetCollaborator", R.RIGHT_APPLICATION_SETTINGS_COLLABORATORS, _get_collaborator),
    Case(ACC + "SetCollaborator", R.RIGHT_APPLICATION_SETTINGS_COLLABORATORS, _set_collaborator),
    Case(ACC + "ListCollaborators", R.RIGHT_APPLICATION_SETTINGS_COLLABORATORS,
         _key_req(application_pb2.ListApplicationCollaboratorsRequest), anonymous=UNAUTHENTICATED, needs_right=False),
    Case(ACC + "DeleteCollaborator", R.RIGHT_APPLICATION_SETTINGS_COLLABORATORS, _delete_collaborator),
]
CALLERS = ["no key", "other application's key", "key lacking the right", "key with the right", "organization member",
           "deleted application: collaborator", "deleted application: its key", "deleted application: admin"]
ALL_APPLICATION_RIGHTS = [v.number for v in R.Right.DESCRIPTOR.values if v.name.startswith("RIGHT_APPLICATION_")
                          and not v.name.endswith("_ALL") and v.name != "RIGHT_APPLICATION_LINK"]


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.method.rsplit(".", 1)[1])
async def test_matrix(client, admin_key, population, case, caller):
    app = f"mx-{client.transport}-{next(_ids)}"
    assert (await client.call(REG + "Create", create_request(app), admin_key)).code == OK
    if caller == "no key":
        key = None
    elif caller == "other application's key":
        other = f"mx-{client.transport}-{next(_ids)}"
        await client.call(REG + "Create", create_request(other), admin_key)
        key = await population.key("application", other, R.RIGHT_APPLICATION_ALL)
    elif caller == "key lacking the right":
        key = await population.key("application", app, *[r for r in ALL_APPLICATION_RIGHTS if r != case.right])
    elif caller == "key with the right":
        key = await population.key("application", app, *([case.right] if case.right else [R.RIGHT_APPLICATION_INFO]))
    elif caller == "organization member":
        org = await population.organization(f"{app}-org")
        user = await population.user(f"{app}-user")
        await population.member("application", app, "organization", org, R.RIGHT_APPLICATION_ALL)
        await population.member("organization", org, "user", user, case.right or R.RIGHT_APPLICATION_INFO)
        key = await population.key("user", user, R.RIGHT_ALL)
    else:  # the application is deleted once the caller's key works
        if caller == "deleted application: collaborator":
            user = await population.user(f"{app}-user")
            await population.member("application", app, "user", user, R.RIGHT_APPLICATION_ALL)
            key = await population.key("user", user, R.RIGHT_ALL)
        elif caller == "deleted application: its key":
            key = await population.key("application", app, R.RIGHT_APPLICATION_ALL)
        else:
            key = admin_key
        assert (await client.call(ACC + "ListRights", app_ids(app), key)).response.rights  # verified, rights cached
        assert (await client.call(REG + "Delete", app_ids(app), admin_key)).code == OK

    res = await client.call(case.method, case.request(app), key)

    if caller == "deleted application: collaborator":
        if case.needs_right:
            assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
        else:  # ListRights answers {}, ListCollaborators the public list
            assert res.code == OK, res.message
            assert case.method != ACC + "ListRights" or list(res.response.rights) == []
    elif caller == "deleted application: its key":
        assert (res.code, res.error_name) == (UNAUTHENTICATED, "pkg/identityserver:api_key_not_found")
    elif caller == "deleted application: admin":
        assert (res.code, res.error_name) == (NOT_FOUND, "pkg/identityserver/store:application_not_found")
    elif caller == "no key":
        assert res.code == case.anonymous, res.message
    elif caller in ("key with the right", "organization member") or not case.needs_right:
        assert res.code not in (PERMISSION_DENIED, UNAUTHENTICATED), res.message
    elif caller == "other application's key":
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:no_application_rights")
    else:
        assert (res.code, res.error_name) == (PERMISSION_DENIED, "pkg/auth/rights:insufficient_application_rights")
        assert list(res.details.attributes["missing"]) == [R.Right.Name(case.right)]


def test_every_served_method_has_a_rights_rule(server):
    RULES = rights_rules()
    assert set(server.pipeline.methods) <= set(RULES)

    class Unlisted:
        SERVICE = "ttn.lorawan.v3.EntityAccess"

        async def AuthInfo(self, request, call):  # served, and ...
            return empty_pb2.Empty()

    saved = RULES.pop("/ttn.lorawan.v3.EntityAccess/AuthInfo")
    try:  # ... without a rule the pipeline refuses to start
        with pytest.raises(LookupError):
            Pipeline(server.pipeline.access, [Unlisted()], rules=RULES, field_masks=field_masks())
    finally:
        RULES["/ttn.lorawan.v3.EntityAccess/AuthInfo"] = saved


def test_every_application_method_is_in_the_matrix(server):
    served = {m for m in server.pipeline.methods if m.startswith((REG, ACC))}
    covered = {c.method for c in CASES} | {REG + "Create", REG + "List", REG + "Restore", REG + "Purge"}
    assert served <= covered, served - covered
