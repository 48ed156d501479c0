"""Read views (server/identity/views.py): shared between reads of an unchanged row, rebuilt when
the row changes, and equal to what filtering the row's message gives."""

from __future__ import annotations

from ttn.lorawan.v3 import application_pb2

from server import fieldmask
from server.identity import entities
from server.identity.views import Views
from server.store import Entity


def _row(name: str = "A", updated_at: int = 2_000, deleted_at: int | None = None) -> Entity:
    app = application_pb2.Application(name=name, description="d")
    app.ids.application_id = "app1"
    return Entity("application", "app1", app.SerializeToString(), 1_000, updated_at, deleted_at)


def _views() -> tuple[Views, list[Entity]]:
    loaded: list[Entity] = []

    def load(row: Entity) -> application_pb2.Application:
        loaded.append(row)
        return entities.with_row_times(application_pb2.Application.FromString(row.data), row)

    return Views(load), loaded


def test_a_view_is_the_filtered_message():
    views, _ = _views()
    row = _row()
    expected = fieldmask.filter_message(
        entities.with_row_times(application_pb2.Application.FromString(row.data), row), entities.get_paths(["name"])
    )
    assert views.of(row, ("name",)) == expected
    assert views.of(row, ()) == fieldmask.filter_message(expected, entities.GET_PATHS)


def test_reads_of_an_unchanged_row_share_one_view():
    views, loaded = _views()
    row = _row()
    first = views.of(row, ("name",))
    assert views.of(row, ("name",)) is first
    assert views.of(_row(), ("name",)) is first  # an equal row read again from the store
    assert views.of(row, ("description",)) is not first
    assert len(loaded) == 2


def test_a_changed_row_gets_new_views():
    views, _ = _views()
    old = views.of(_row("A"), ("name",))
    assert views.of(_row("B"), ("name",)).name == "B"
    assert views.of(_row("B", updated_at=3_000), ("name",)).updated_at.ToNanoseconds() == 3_000
    deleted = views.of(_row("B", updated_at=3_000, deleted_at=4_000), ("name",))
    assert deleted.deleted_at.ToNanoseconds() == 4_000
    assert old.name == "A"  # views handed out before stay as they were
