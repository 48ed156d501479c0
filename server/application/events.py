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
