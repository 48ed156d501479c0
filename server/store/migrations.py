"""Numbered schema migrations. Append only: a released step is never edited."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MIGRATIONS", "Spelled", "statements"]


@dataclass(frozen=True, slots=True)
class Spelled:
    """A part of a step that the backends cannot share: its statements for each."""

    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


def statements(step: list[str | Spelled], backend: str) -> list[str]:
    """The statements of one step for ``backend`` (``"sqlite"`` or ``"postgres"``), in order."""
    out: list[str] = []
    for part in step:
        out.extend(getattr(part, backend) if isinstance(part, Spelled) else (part,))
    return out


# Each step is a list of statements that both SQLite and PostgreSQL accept, or Spelled parts.
MIGRATIONS: list[list[str | Spelled]] = [
    # 1: entities, memberships, API keys.
    [
        """CREATE TABLE entities (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            namespace TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            deleted_at BIGINT,
            data BYTEA NOT NULL,
            PRIMARY KEY (kind, id),
            UNIQUE (namespace, id)
        )""",
        "CREATE INDEX entities_live ON entities (kind, deleted_at)",
        """CREATE TABLE memberships (
            entity_kind TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            member_kind TEXT NOT NULL,
            member_id TEXT NOT NULL,
            rights BYTEA NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (entity_kind, entity_id, member_kind, member_id)
        )""",
        "CREATE INDEX memberships_member ON memberships (member_kind, member_id, entity_kind)",
        """CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            entity_kind TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            secret_hash TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            expires_at BIGINT,
            data BYTEA NOT NULL
        )""",
        "CREATE INDEX api_keys_entity ON api_keys (entity_kind, entity_id)",
    ],
    # 2: end devices of the Identity Server, and the JS/NS/AS device registries.
    [
        """CREATE TABLE end_devices (
            application_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            dev_eui BYTEA,
            join_eui BYTEA,
            name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            last_seen_at BIGINT,
            data BYTEA NOT NULL,
            PRIMARY KEY (application_id, device_id)
        )""",
        # One device per (JoinEUI, DevEUI) pair; devices without a DevEUI are not indexed.
        "CREATE UNIQUE INDEX end_devices_euis ON end_devices (join_eui, dev_eui) WHERE dev_eui IS NOT NULL",
        """CREATE TABLE registry_devices (
            component TEXT NOT NULL,
            application_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            dev_eui BYTEA,
            join_eui BYTEA,
            dev_addr BYTEA,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            data BYTEA NOT NULL,
            PRIMARY KEY (component, application_id, device_id)
        )""",
        # Per registry, one device per (JoinEUI, DevEUI) pair when both are set (upstream's EUI key).
        "CREATE UNIQUE INDEX registry_devices_euis ON registry_devices (component, join_eui, dev_eui)"
        " WHERE join_eui IS NOT NULL AND dev_eui IS NOT NULL",
        "CREATE INDEX registry_devices_dev_addr ON registry_devices (component, dev_addr)",
    ],
    # 3: gateway EUIs, on the gateway's entity row. Unique among the gateways that are not deleted
    # (as upstream's partial gateway_eui_index): a soft delete frees the EUI, a purge removes it.
    [
        "ALTER TABLE entities ADD COLUMN eui BYTEA",
        "CREATE UNIQUE INDEX entities_gateway_eui ON entities (eui)"
        " WHERE kind = 'gateway' AND eui IS NOT NULL AND deleted_at IS NULL",
    ],
    # Application package associations of the Application Server, per (application, device,
    # FPort); the application's default associations have the empty device_id.
    [
        """CREATE TABLE package_associations (
            application_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            f_port INTEGER NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            data BYTEA NOT NULL,
            PRIMARY KEY (application_id, device_id, f_port)
        )""",
    ],
    # Application links of the Application Server: one per application (its default payload
    # formatters and payload crypto setting), a serialized ttn.lorawan.v3.ApplicationLink.
    [
        """CREATE TABLE application_links (
            application_id TEXT PRIMARY KEY,
            data BYTEA NOT NULL
        )""",
    ],
    # Upstream messages kept by the storage integration (one row per stored ApplicationUp, a
    # serialized ttn.lorawan.v3.ApplicationUp); type is the name of the message's ``up`` member,
    # f_port NULL for messages without one.
    [
        """CREATE TABLE stored_application_ups (
            application_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            type TEXT NOT NULL,
            f_port INTEGER,
            received_at BIGINT NOT NULL,
            data BYTEA NOT NULL
        )""",
        "CREATE INDEX stored_application_ups_application ON stored_application_ups (application_id, received_at)",
        "CREATE INDEX stored_application_ups_received_at ON stored_application_ups (received_at)",
    ],
    # 7: the insertion order of stored upstream messages, which breaks ties of received_at. SQLite
    # has it as the rowid, made a named column by rebuilding the table (kept rows keep theirs);
    # PostgreSQL numbers the kept rows in the order it reads them.
    [
        Spelled(
            sqlite=(
                """CREATE TABLE stored_application_ups_7 (
                    seq INTEGER PRIMARY KEY,
                    application_id TEXT NOT NULL,
                    device_id TEXT NOT NULL,
                    type TEXT NOT NULL,
                    f_port INTEGER,
                    received_at BIGINT NOT NULL,
                    data BYTEA NOT NULL
                )""",
                "INSERT INTO stored_application_ups_7 (seq, application_id, device_id, type, f_port, received_at, data)"
                " SELECT rowid, application_id, device_id, type, f_port, received_at, data FROM stored_application_ups",
                "DROP TABLE stored_application_ups",
                "ALTER TABLE stored_application_ups_7 RENAME TO stored_application_ups",
                "CREATE INDEX stored_application_ups_application"
                " ON stored_application_ups (application_id, received_at)",
                "CREATE INDEX stored_application_ups_received_at ON stored_application_ups (received_at)",
            ),
            postgres=("ALTER TABLE stored_application_ups ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY",),
        ),
    ],
    # 8: webhooks of the Application Server, per (application, webhook ID): a serialized
    # ttn.lorawan.v3.ApplicationWebhook (its timestamps and health inside).
    [
        """CREATE TABLE webhooks (
            application_id TEXT NOT NULL,
            webhook_id TEXT NOT NULL,
            data BYTEA NOT NULL,
            PRIMARY KEY (application_id, webhook_id)
        )""",
    ],
]
