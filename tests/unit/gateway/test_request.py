"""Building request messages (gateway/request.py): two members of one oneof are refused, as
grpc-gateway's ``populateFieldValueFromPath`` refuses them, from the query string and from
path variables alike; going on through the member already set is fine."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import make_mocked_request
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

from gateway import codec
from gateway.app import Gateway
from gateway.codec import JSONError
from gateway.mount import Mount
from gateway.request import RequestBuilder
from ttn.lorawan.v3 import application_pb2, application_services_pb2, user_pb2  # noqa: F401

USER = ("collaborator.user_ids.user_id", "u")
ORGANIZATION = ("collaborator.organization_ids.organization_id", "o")
ALREADY_SET = 'field already set for oneof "ids"'


def builder(message_class, body="", path_variables=()) -> RequestBuilder:
    return RequestBuilder(message_class, body, path_variables, codec)


@pytest.mark.parametrize("query", [[USER, ORGANIZATION], [ORGANIZATION, USER]])
def test_two_members_of_a_oneof_in_the_query_are_refused(query):
    list_applications = builder(application_pb2.ListApplicationsRequest)
    with pytest.raises(JSONError) as refused:
        list_applications.build(b"", {}, query)
    assert str(refused.value) == ALREADY_SET


def test_a_query_member_beside_the_path_member_is_refused():
    get_collaborator = builder(
        application_pb2.GetApplicationCollaboratorRequest,
        path_variables=["application_ids.application_id", "collaborator.user_ids.user_id"],
    )
    path = {"application_ids.application_id": "app", "collaborator.user_ids.user_id": "u"}
    with pytest.raises(JSONError) as refused:
        get_collaborator.build(b"", path, [ORGANIZATION])
    assert str(refused.value) == ALREADY_SET
    # The member the path set may be filled further.
    built = get_collaborator.build(b"", path, [("collaborator.user_ids.email", "u@example.com")])
    assert built.collaborator.user_ids.user_id == "u" and built.collaborator.user_ids.email == "u@example.com"


def test_a_path_member_beside_the_body_member_is_refused():
    create_application = builder(application_pb2.CreateApplicationRequest, "*", ["collaborator.user_ids.user_id"])
    path = {"collaborator.user_ids.user_id": "u"}
    with pytest.raises(JSONError) as refused:
        create_application.build(b'{"collaborator": {"organization_ids": {"organization_id": "o"}}}', path, [])
    assert str(refused.value) == f"type mismatch, parameter: collaborator.user_ids.user_id, error: {ALREADY_SET}"
    built = create_application.build(b'{"collaborator": {"user_ids": {"user_id": "other"}}}', path, [])
    assert built.collaborator.WhichOneof("ids") == "user_ids" and built.collaborator.user_ids.user_id == "u"


def test_two_path_variables_through_the_same_member_are_fine():
    delete_bookmark = builder(
        user_pb2.DeleteUserBookmarkRequest,
        path_variables=["entity_ids.device_ids.application_ids.application_id", "entity_ids.device_ids.device_id"],
    )
    built = delete_bookmark.build(
        b"", {"entity_ids.device_ids.application_ids.application_id": "app", "entity_ids.device_ids.device_id": "dev"}, []
    )
    assert built.entity_ids.device_ids.device_id == "dev"
    assert built.entity_ids.device_ids.application_ids.application_id == "app"


def _choice_class():
    """A message with a oneof of two scalars, and a proto3 ``optional`` field."""
    file = descriptor_pb2.FileDescriptorProto(name="ttsl_test_request.proto", package="ttsl.test.request", syntax="proto3")
    message = file.message_type.add(name="Choice")
    message.oneof_decl.add(name="pick")
    message.oneof_decl.add(name="_maybe")
    string, int32 = descriptor_pb2.FieldDescriptorProto.TYPE_STRING, descriptor_pb2.FieldDescriptorProto.TYPE_INT32
    message.field.add(name="name", number=1, type=string, oneof_index=0)
    message.field.add(name="number", number=2, type=int32, oneof_index=0)
    message.field.add(name="maybe", number=3, type=int32, oneof_index=1, proto3_optional=True)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("ttsl.test.request.Choice"))


def test_two_scalar_members_are_refused_and_optional_fields_are_no_oneof():
    choice = builder(_choice_class())
    with pytest.raises(JSONError) as refused:
        choice.build(b"", {}, [("name", "a"), ("number", "1")])
    assert str(refused.value) == 'field already set for oneof "pick"'
    assert choice.build(b"", {}, [("number", "1"), ("maybe", "2")]).maybe == 2


async def test_the_http_answer_is_invalid_argument():
    async def dispatch(full_method, request, metadata):
        raise AssertionError("not dispatched")

    service = descriptor_pool.Default().FindServiceByName("ttn.lorawan.v3.ApplicationRegistry")
    gateway = Gateway(Mount("/api/v3", [service], dispatch))
    target = "/api/v3/applications?collaborator.user_ids.user_id=u&collaborator.organization_ids.organization_id=o"
    response = await gateway.handle(make_mocked_request("GET", target))
    assert (response.status, response.body) == (400, b'{"code":3,"message":"field already set for oneof \\"ids\\""}')
