from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from ttn.lorawan.v3 import end_device_pb2 as _end_device_pb2
from ttn.lorawan.v3 import identifiers_pb2 as _identifiers_pb2
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor
