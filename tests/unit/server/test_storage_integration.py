"""The storage integration's writer: batches, which devices are enabled, failures, retention."""

from __future__ import annotations

import asyncio
import logging

from ttn.lorawan.v3 import applicationserver_packages_pb2 as packages_pb
from ttn.lorawan.v3 import messages_pb2

from server.application.integrations.fanout import Fanout
from server.application.integrations.storage import StorageIntegration
from server.store import PackageAssociation
from support.waiting import until


class FakeStore:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.writes: list[tuple[list, int | None]] = []
        # Default association of app "a" on FPort 200; device "b/d" has its own association.
        self.associations = {
            ("a", ""): [PackageAssociation(200, packages_pb.ApplicationPackageDefaultAssociation(
                package_name="storage-integration").SerializeToString())],
            ("b", "d"): [PackageAssociation(7, packages_pb.ApplicationPackageAssociation(
                package_name="storage-integration").SerializeToString())],
            ("c", ""): [PackageAssociation(200, packages_pb.ApplicationPackageDefaultAssociation(
                package_name="alcsync-v1").SerializeToString())],
        }

    async def list_package_associations(self, application_id, device_id, *, limit=0, offset=0):
        rows = self.associations.get((application_id, device_id), [])
        return rows, len(rows)

    async def add_stored_application_ups(self, rows, *, expire_before=None):
        if self.fail:
            raise RuntimeError("disk full")
        self.writes.append((list(rows), expire_before))


class Offer:
    """The integration as the Application Server feeds it: through the fan-out."""

    def __init__(self, store, **options) -> None:
        self.fanout = Fanout()
        self.integration = StorageIntegration(store, self.fanout, **options)

    def offer(self, up) -> None:
        self.fanout.publish(up)

    async def close(self) -> None:
        await self.integration.close()


def uplink(app: str, device: str, f_port: int = 1) -> messages_pb2.ApplicationUp:
    up = messages_pb2.ApplicationUp()
    up.end_device_ids.application_ids.application_id, up.end_device_ids.device_id = app, device
    up.uplink_message.f_port = f_port
    up.received_at.GetCurrentTime()
    return up


async def test_batches_enabled_devices_only():
    store = FakeStore()
    storage = Offer(store, delay=0.05)
    for app, device in (("a", "d1"), ("b", "d"), ("b", "other"), ("c", "d"), ("a", "d2")):
        storage.offer(uplink(app, device))
    storage.offer(messages_pb2.ApplicationUp())  # no message: ignored
    await until(lambda: store.writes, "the first batch")
    assert len(store.writes) == 1
    rows, expire_before = store.writes[0]
    assert [(r.application_id, r.device_id, r.type, r.f_port) for r in rows] == [
        ("a", "d1", "uplink_message", 1), ("b", "d", "uplink_message", 1), ("a", "d2", "uplink_message", 1)]
    assert expire_before is not None  # the first write applies the retention
    storage.offer(uplink("a", "d1"))
    await until(lambda: len(store.writes) == 2, "the second batch")
    assert store.writes[1][1] is None  # not again within the minute
    await storage.close()


async def test_offered_message_is_a_copy_and_close_writes_the_rest():
    store = FakeStore()
    storage = Offer(store, delay=10)
    up = uplink("a", "d1", 5)
    storage.offer(up)
    up.uplink_message.f_port = 6
    await asyncio.sleep(0)
    storage.offer(uplink("a", "d2"))
    await storage.close()
    written = [r for rows, _ in store.writes for r in rows]
    assert sorted((r.device_id, r.f_port) for r in written) == [("d1", 5), ("d2", 1)]


async def test_failures_are_logged_and_the_writer_goes_on(caplog):
    store = FakeStore(fail=True)
    storage = Offer(store, delay=0.01)
    with caplog.at_level(logging.ERROR):
        storage.offer(uplink("a", "d1"))
        await until(lambda: "not stored" in caplog.text, "the failure to be logged")
    assert "not stored" in caplog.text
    store.fail = False
    storage.offer(uplink("a", "d2"))
    await until(lambda: store.writes, "the next batch")
    assert [r.device_id for rows, _ in store.writes for r in rows] == ["d2"]
    await storage.close()


async def test_a_full_queue_drops(caplog):
    store = FakeStore()
    storage = Offer(store, delay=10, queue_size=2)
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            storage.offer(uplink("a", "d1"))
    assert "queue full" in caplog.text
    await storage.close()
