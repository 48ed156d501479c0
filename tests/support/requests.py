"""Request builders shared by the contract tests."""

from __future__ import annotations

from google.protobuf import field_mask_pb2

from ttn.lorawan.v3 import application_pb2, identifiers_pb2

__all__ = ["REG", "create_request", "get_request", "app_ids"]

REG = "/ttn.lorawan.v3.ApplicationRegistry/"


def create_request(app_id: str, user_id: str = "admin", **fields) -> application_pb2.CreateApplicationRequest:
    req = application_pb2.CreateApplicationRequest()
    req.application.ids.application_id = app_id
    for name, value in fields.items():
        if name == "attributes":
            req.application.attributes.update(value)
        else:
            setattr(req.application, name, value)
    req.collaborator.user_ids.user_id = user_id
    return req


def get_request(app_id: str, *paths: str) -> application_pb2.GetApplicationRequest:
    req = application_pb2.GetApplicationRequest(field_mask=field_mask_pb2.FieldMask(paths=paths))
    req.application_ids.application_id = app_id
    return req


def app_ids(app_id: str) -> identifiers_pb2.ApplicationIdentifiers:
    return identifiers_pb2.ApplicationIdentifiers(application_id=app_id)
