"""The Application Server's traffic events (upstream ``pkg/applicationserver/observability.go``);
all visible with RIGHT_APPLICATION_TRAFFIC_READ."""

from __future__ import annotations

from ..auth import rights as R
from ..events import define

_READ = R.Right.RIGHT_APPLICATION_TRAFFIC_READ


def _define(name: str, description: str, propagate: bool = True):
    return define(name, description, _READ, propagate_to_parent=propagate)


UP_RECEIVE = _define("as.up.data.receive", "receive uplink data message", propagate=False)
UP_FORWARD = _define("as.up.data.forward", "forward uplink data message")
UP_DECODE_FAIL = _define("as.up.data.decode.fail", "decode uplink data message failure")
UP_DECODE_WARNING = _define("as.up.data.decode.warning", "decode uplink data message warning")
DOWN_RECEIVE = _define("as.down.data.receive", "receive downlink data message")
DOWN_FORWARD = _define("as.down.data.forward", "forward downlink data message", propagate=False)
DOWN_DROP = _define("as.down.data.drop", "drop downlink data message")
DOWN_ENCODE_FAIL = _define("as.down.data.encode.fail", "encode downlink data message failure")
DOWN_ENCODE_WARNING = _define("as.down.data.encode.warning", "encode downlink data message warning")
DOWN_DECODE_FAIL = _define("as.down.data.decode.fail", "decode downlink data message failure")
DOWN_DECODE_WARNING = _define("as.down.data.decode.warning", "decode downlink data message warning")
UP_DROP = _define("as.up.data.drop", "drop uplink data message")
JOIN_RECEIVE = _define("as.up.join.receive", "receive join-accept message", propagate=False)
JOIN_FORWARD = _define("as.up.join.forward", "forward join-accept message")
NORMALIZED_FORWARD = _define("as.up.normalized.forward", "forward normalized uplink message")
LOCATION_FORWARD = _define("as.up.location.forward", "forward location solved message")
SERVICE_FORWARD = _define("as.up.service.forward", "forward service data message")
QUEUE_INVALIDATED_FORWARD = _define("as.down.data.queue.invalidated.forward", "forward downlink queue invalidated")
DOWN_FAILED_FORWARD = _define("as.down.data.failed.forward", "forward downlink failed")
DOWN_SENT_FORWARD = _define("as.down.data.sent.forward", "forward downlink sent")
DOWN_ACK_FORWARD = _define("as.down.data.ack.forward", "forward downlink acknowledged")
DOWN_NACK_FORWARD = _define("as.down.data.nack.forward", "forward downlink not acknowledged")

# The event that says an ApplicationUp went to the integrations, by its kind (the up oneof).
FORWARD = {
    "uplink_message": UP_FORWARD,
    "uplink_normalized": NORMALIZED_FORWARD,
    "join_accept": JOIN_FORWARD,
    "location_solved": LOCATION_FORWARD,
    "service_data": SERVICE_FORWARD,
    "downlink_queue_invalidated": QUEUE_INVALIDATED_FORWARD,
    "downlink_failed": DOWN_FAILED_FORWARD,
    "downlink_sent": DOWN_SENT_FORWARD,
    "downlink_ack": DOWN_ACK_FORWARD,
    "downlink_nack": DOWN_NACK_FORWARD,
}
# ... and that it arrived (only these two kinds have one).
RECEIVE = {"uplink_message": UP_RECEIVE, "join_accept": JOIN_RECEIVE}
