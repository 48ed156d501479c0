"""EntityAccess.AuthInfo: what the caller's credentials are and what they may do everywhere."""

from __future__ import annotations

from google.protobuf import empty_pb2

from ttn.lorawan.v3 import identityserver_pb2, rights_pb2

from ..pipeline import Call

__all__ = ["EntityAccess"]


class EntityAccess:
    SERVICE = "ttn.lorawan.v3.EntityAccess"

    async def AuthInfo(self, req: empty_pb2.Empty, call: Call) -> identityserver_pb2.AuthInfoResponse:
        auth = call.auth
        res = identityserver_pb2.AuthInfoResponse()
        if not auth.authenticated or auth.api_key is None:
            return res
        res.api_key.api_key.CopyFrom(auth.api_key)
        res.api_key.entity_ids.CopyFrom(auth.entity_identifiers())
        if auth.is_admin:
            res.is_admin = True
            res.universal_rights.CopyFrom(rights_pb2.Rights(rights=sorted(auth.universal_rights)))
        return res
