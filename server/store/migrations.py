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
]
