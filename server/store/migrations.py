"""Numbered schema migrations. Append only: a released step is never edited."""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

# Each step is a list of statements that both SQLite and PostgreSQL accept.
MIGRATIONS: list[list[str]] = [
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
    # Webhooks of the Application Server, per (application, webhook ID): a serialized
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
