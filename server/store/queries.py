"""Every SQL statement of the store, once, for both backends (spelled as :mod:`.statement` says),
with the row shapes they read and the list orders they sort by.

A section per table, in schema order. The statements of a list (the page with its total, the
total alone) are built from the list's filters and order by the ``*_listing`` functions, once per
shape (the shapes are few: the order names are validated, unknown ones fall back to the default).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Generic, TypeVar

from .rows import (
    END_DEVICE_ORDER_COLUMNS,
    ORDER_COLUMNS,
    APIKeyRow,
    EndDeviceRow,
    Entity,
    Membership,
    PackageAssociation,
    RegistryDevice,
)
from .statement import Statement, sql

__all__ = [
    "Listing", "KeyedRows", "keyed_rows",
    "namespace_of", "order_by", "entity_of", "ENTITY", "LIVE_ENTITY_LOCKED", "INSERT_ENTITY", "UPDATE_ENTITY",
    "UPDATE_ENTITY_AND_EUI", "DELETE_ENTITY_SOFTLY", "RESTORE_ENTITY", "PURGE_API_KEYS", "PURGE_MEMBERSHIPS",
    "PURGE_ENTITY", "entity_listing",
    "ID_IN_NAMESPACE", "INSERT_GATEWAY", "GATEWAY_EUI_HOLDER", "DELETED_GATEWAY_EUI_LOCKED", "RESTORE_GATEWAY_WITHOUT_EUI", "GATEWAY_BY_EUI",
    "membership_of", "MEMBERSHIP", "MEMBERS", "MEMBERS_LOCKED", "MEMBERSHIPS_OF", "UPSERT_MEMBERSHIP",
    "DELETE_MEMBERSHIP", "MEMBERSHIP_CHAINS",
    "api_key_of", "API_KEY", "API_KEY_LOCKED", "INSERT_API_KEY", "UPDATE_API_KEY", "DELETE_API_KEY",
    "api_key_listing",
    "end_device_of", "END_DEVICE", "END_DEVICE_LOCKED", "INSERT_END_DEVICE", "END_DEVICE_EUIS_HOLDER",
    "UPDATE_END_DEVICE", "DELETE_END_DEVICES", "COUNT_END_DEVICES", "END_DEVICES_AMONG", "END_DEVICE_BY_EUIS",
    "END_DEVICE_BY_EUIS_OR_UNSET", "end_device_listing",
    "REGISTRY_DEVICES", "REGISTRY_DEVICE_EUIS_HOLDER",
    "PACKAGE_ASSOCIATIONS", "package_association_of", "CLEAR_PACKAGE_ASSOCIATIONS", "package_association_listing",
    "APPLICATION_LINKS", "WEBHOOKS", "LIST_WEBHOOKS", "DELETE_WEBHOOKS",
    "INSERT_STORED_UP", "EXPIRE_STORED_UPS", "stored_up_list", "stored_up_count",
]

T = TypeVar("T")


def _blob(value: Any) -> bytes | None:
    return bytes(value) if value is not None else None


@dataclass(frozen=True, slots=True)
class Listing:
    """One page of a list and its total. ``page`` returns the page's rows, each with the total as
    its last column; its arguments are the count's, the rows', then limit and offset when
    ``paged``. ``count`` is the total alone (a page past the end has no row to carry it); its
    arguments are the count's."""

    page: Statement
    count: Statement
    paged: bool


def _listing(table: str, columns: str, where: str, order: str, paged: bool, count_where: str = "") -> Listing:
    count = f"SELECT COUNT(*) FROM {table} WHERE {count_where or where}"
    page = f"SELECT {columns}, ({count}) FROM {table} WHERE {where} {order}" + (" LIMIT ? OFFSET ?" if paged else "")
    return Listing(sql(page), sql(count), paged)


@dataclass(frozen=True, slots=True)
class KeyedRows(Generic[T]):
    """A table whose rows a read-modify-write replaces whole under their key (the device
    registries, package associations, links): its statements, all taking the key first, and
    the row in both directions (``decode(key, record)``; ``encode(value)`` the non-key columns)."""

    table: str
    select: Statement
    select_locked: Statement
    upsert: Statement
    delete: Statement
    decode: Callable[[tuple, Any], T]
    encode: Callable[[T], tuple]


def keyed_rows(
    table: str, key: tuple[str, ...], columns: tuple[str, ...], decode: Callable[[tuple, Any], T],
    encode: Callable[[T], tuple],
) -> KeyedRows[T]:
    """The statements of a keyed table: select (``columns``), upsert and delete by ``key``."""
    where = " AND ".join(f"{name} = ?" for name in key)
    select = sql(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}")
    upsert = sql(
        f"INSERT INTO {table} ({', '.join(key + columns)}) VALUES ({', '.join('?' * len(key + columns))})"
        f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET " + ", ".join(f"{name} = excluded.{name}" for name in columns)
    )
    delete = sql(f"DELETE FROM {table} WHERE {where}")
    return KeyedRows(table, select, select.locked(), upsert, delete, decode, encode)


def order_by(order: str, columns: frozenset[str] = ORDER_COLUMNS, aliases: dict[str, str] | None = None) -> str:
    """``ORDER BY`` for a validated order string such as ``-created_at``; ties break on id."""
    descending = order.startswith("-")
    name = order[1:] if descending else order
    if aliases:
        name = aliases.get(name, name)
    if not name or name not in columns:
        return "ORDER BY id"
    if name == "id":
        return f"ORDER BY id {'DESC' if descending else 'ASC'}"
    return f"ORDER BY {name} {'DESC' if descending else 'ASC'}, id"


# Entities -------------------------------------------------------------------------------------
_NAMESPACES = {"user": "account", "organization": "account"}
ENTITY_COLUMNS = "kind, id, data, created_at, updated_at, deleted_at"


def namespace_of(kind: str) -> str:
    """Users and organizations share one ID namespace; every other kind has its own."""
    return _NAMESPACES.get(kind, kind)


def entity_of(row: Any) -> Entity | None:
    return Entity(row[0], row[1], bytes(row[2]), row[3], row[4], row[5]) if row is not None else None


ENTITY = sql(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = ? AND id = ?")
LIVE_ENTITY_LOCKED = sql(
    f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = ? AND id = ? AND deleted_at IS NULL"
).locked()
INSERT_ENTITY = sql(
    "INSERT INTO entities (kind, id, namespace, name, created_at, updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT DO NOTHING"
)
UPDATE_ENTITY = sql("UPDATE entities SET data = ?, name = ?, updated_at = ? WHERE kind = ? AND id = ?")
UPDATE_ENTITY_AND_EUI = sql("UPDATE entities SET data = ?, name = ?, updated_at = ?, eui = ? WHERE kind = ? AND id = ?")
DELETE_ENTITY_SOFTLY = sql(
    "UPDATE entities SET deleted_at = ?, updated_at = ? WHERE kind = ? AND id = ? AND deleted_at IS NULL"
)
RESTORE_ENTITY = sql(
    "UPDATE entities SET deleted_at = NULL, updated_at = ? WHERE kind = ? AND id = ? AND deleted_at IS NOT NULL"
)
# A purge: the entity's keys, memberships on it and of it (an organization's), then the row.
PURGE_API_KEYS = sql("DELETE FROM api_keys WHERE entity_kind = ? AND entity_id = ?")
PURGE_MEMBERSHIPS = sql(
    "DELETE FROM memberships WHERE (entity_kind = ? AND entity_id = ?) OR (member_kind = ? AND member_id = ?)"
)
PURGE_ENTITY = sql("DELETE FROM entities WHERE kind = ? AND id = ?")


def entity_listing(deleted: bool, by_ids: bool, order: str, paged: bool) -> Listing:
    """Entities of one kind, live or soft-deleted, among IDs when ``by_ids``, in a list order
    such as ``-created_at``. Arguments: kind (and the IDs, a TextList)."""
    return _entity_listing(deleted, by_ids, order_by(order), paged)


@lru_cache(maxsize=128)
def _entity_listing(deleted: bool, by_ids: bool, order: str, paged: bool) -> Listing:
    where = "kind = ? AND deleted_at IS " + ("NOT NULL" if deleted else "NULL") + (" AND id = ANY(?)" if by_ids else "")
    return _listing("entities", ENTITY_COLUMNS, where, order, paged)


# Gateways: entity rows with an EUI (schema step 3), unique among the live ones. --------------
ID_IN_NAMESPACE = sql("SELECT 1 FROM entities WHERE namespace = ? AND id = ?")
INSERT_GATEWAY = sql(
    "INSERT INTO entities (kind, id, namespace, name, created_at, updated_at, data, eui)"
    " VALUES ('gateway', ?, ?, ?, ?, ?, ?, ?)"
)
# Arguments: the EUI, and the gateway that does not count.
GATEWAY_EUI_HOLDER = sql(
    "SELECT id FROM entities WHERE kind = 'gateway' AND eui = ? AND deleted_at IS NULL AND id != ?"
)
DELETED_GATEWAY_EUI_LOCKED = sql(
    "SELECT eui, data FROM entities WHERE kind = 'gateway' AND id = ? AND deleted_at IS NOT NULL"
).locked()
RESTORE_GATEWAY_WITHOUT_EUI = sql(
    "UPDATE entities SET deleted_at = NULL, updated_at = ?, eui = NULL, data = ? WHERE kind = 'gateway' AND id = ?"
)
GATEWAY_BY_EUI = sql(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE kind = 'gateway' AND eui = ? AND deleted_at IS NULL")


# Memberships ----------------------------------------------------------------------------------
MEMBERSHIP_COLUMNS = "entity_kind, entity_id, member_kind, member_id, rights, created_at, updated_at"


def membership_of(row: Any) -> Membership | None:
    return Membership(row[0], row[1], row[2], row[3], bytes(row[4]), row[5], row[6]) if row is not None else None


MEMBERSHIP = sql(
    f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships"
    " WHERE entity_kind = ? AND entity_id = ? AND member_kind = ? AND member_id = ?"
)
MEMBERS = sql(
    f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE entity_kind = ? AND entity_id = ?"
    " ORDER BY member_kind DESC, member_id"
)
MEMBERS_LOCKED = MEMBERS.locked()
MEMBERSHIPS_OF = sql(
    f"SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE member_kind = ? AND member_id = ? AND entity_kind = ?"
    " ORDER BY entity_id"
)
UPSERT_MEMBERSHIP = sql(
    f"INSERT INTO memberships ({MEMBERSHIP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (entity_kind, entity_id, member_kind, member_id)"
    " DO UPDATE SET rights = excluded.rights, updated_at = excluded.updated_at"
)
DELETE_MEMBERSHIP = sql(
    "DELETE FROM memberships WHERE entity_kind = ? AND entity_id = ? AND member_kind = ? AND member_id = ?"
)
# Direct membership, then memberships through an organization the member belongs to; an
# organization that is soft-deleted passes nothing on (upstream's membership views).
# Arguments: entity kind, entity ID, member kind, member ID, member kind, member ID, entity kind, entity ID.
MEMBERSHIP_CHAINS = sql("""
    SELECT rights, NULL FROM memberships
     WHERE entity_kind = ? AND entity_id = ? AND member_kind = ? AND member_id = ?
    UNION ALL
    SELECT e.rights, o.rights FROM memberships o
      JOIN memberships e ON e.member_kind = 'organization' AND e.member_id = o.entity_id
      JOIN entities org ON org.kind = 'organization' AND org.id = o.entity_id AND org.deleted_at IS NULL
     WHERE o.member_kind = ? AND o.member_id = ? AND o.entity_kind = 'organization'
       AND e.entity_kind = ? AND e.entity_id = ?
""")


# API keys -------------------------------------------------------------------------------------
API_KEY_COLUMNS = "id, entity_kind, entity_id, secret_hash, name, data, created_at, updated_at, expires_at"
_API_KEY_ORDER = {
    "api_key_id": "id", "id": "id", "name": "name", "created_at": "created_at", "expires_at": "expires_at",
}


def api_key_of(row: Any) -> APIKeyRow | None:
    if row is None:
        return None
    return APIKeyRow(row[0], row[1], row[2], row[3], row[4], bytes(row[5]), row[6], row[7], row[8])


API_KEY = sql(f"SELECT {API_KEY_COLUMNS} FROM api_keys WHERE id = ?")
API_KEY_LOCKED = API_KEY.locked()
INSERT_API_KEY = sql(
    f"INSERT INTO api_keys ({API_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)
UPDATE_API_KEY = sql(
    f"UPDATE api_keys SET data = ?, name = ?, expires_at = ?, updated_at = ? WHERE id = ? RETURNING {API_KEY_COLUMNS}"
)
DELETE_API_KEY = sql("DELETE FROM api_keys WHERE id = ?")


def api_key_listing(order: str, paged: bool) -> Listing:
    """An entity's API keys in a list order such as ``-created_at``. Arguments: entity kind, ID."""
    return _api_key_listing(order_by(order, frozenset(_API_KEY_ORDER.values()), _API_KEY_ORDER), paged)


@lru_cache(maxsize=64)
def _api_key_listing(order: str, paged: bool) -> Listing:
    return _listing("api_keys", API_KEY_COLUMNS, "entity_kind = ? AND entity_id = ?", order, paged)


# End devices (Identity Server) ----------------------------------------------------------------
END_DEVICE_COLUMNS = (
    "application_id, device_id, dev_eui, join_eui, name, description, data, created_at, updated_at, last_seen_at"
)
# Upstream keeps empty names and descriptions as NULL, and PostgreSQL sorts NULL after every
# value: ascending lists end with the devices without one, descending lists start with them.
_END_DEVICE_SORT = {"name": "NULLIF(name, '')", "description": "NULLIF(description, '')"}


def end_device_of(row: Any) -> EndDeviceRow | None:
    if row is None:
        return None
    return EndDeviceRow(row[0], row[1], _blob(row[2]), _blob(row[3]), row[4], row[5], bytes(row[6]), row[7], row[8],
                        row[9])


def _end_device_order_by(order: str) -> str:
    """``ORDER BY`` for a device list order such as ``-last_seen_at``; ties break on device_id in
    the same direction (upstream), unknown or empty orders sort by device_id."""
    descending = order.startswith("-")
    name = order[1:] if descending else order
    direction = "DESC" if descending else "ASC"
    if name not in END_DEVICE_ORDER_COLUMNS or name == "device_id":
        return f"ORDER BY device_id {direction if name else 'ASC'}"
    nulls = "NULLS FIRST" if descending else "NULLS LAST"
    return f"ORDER BY {_END_DEVICE_SORT.get(name, name)} {direction} {nulls}, device_id {direction}"


END_DEVICE = sql(f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE application_id = ? AND device_id = ?")
END_DEVICE_LOCKED = END_DEVICE.locked()
INSERT_END_DEVICE = sql(
    f"INSERT INTO end_devices ({END_DEVICE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)
# Arguments: JoinEUI, DevEUI, and the device that does not count (its own pair is no conflict).
END_DEVICE_EUIS_HOLDER = sql(
    "SELECT application_id, device_id FROM end_devices WHERE join_eui = ? AND dev_eui = ?"
    " AND NOT (application_id = ? AND device_id = ?)"
)
UPDATE_END_DEVICE = sql(
    "UPDATE end_devices SET dev_eui = ?, join_eui = ?, name = ?, description = ?, data = ?, updated_at = ?,"
    " last_seen_at = ? WHERE application_id = ? AND device_id = ?"
)
DELETE_END_DEVICES = sql("DELETE FROM end_devices WHERE application_id = ? AND device_id = ANY(?) RETURNING device_id")
COUNT_END_DEVICES = sql("SELECT COUNT(*) FROM end_devices WHERE application_id = ?")
END_DEVICES_AMONG = sql(
    f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE application_id = ? AND device_id = ANY(?) ORDER BY device_id"
)
# Where both EUIs are set, ``=`` (the unique index); otherwise an unset EUI matches NULL.
END_DEVICE_BY_EUIS = sql(
    f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE join_eui = ? AND dev_eui = ?"
    " ORDER BY application_id, device_id LIMIT 1"
)
END_DEVICE_BY_EUIS_OR_UNSET = sql(
    f"SELECT {END_DEVICE_COLUMNS} FROM end_devices WHERE join_eui IS NOT DISTINCT FROM ?"
    " AND dev_eui IS NOT DISTINCT FROM ? ORDER BY application_id, device_id LIMIT 1"
)


def end_device_listing(order: str, since: bool, paged: bool) -> Listing:
    """An application's devices in a list order, those updated at or after a time when ``since``;
    the total counts them all (upstream). Arguments: application ID (count), application ID
    (and the time) for the page."""
    return _end_device_listing(_end_device_order_by(order), since, paged)


@lru_cache(maxsize=64)
def _end_device_listing(order: str, since: bool, paged: bool) -> Listing:
    where = "application_id = ?" + (" AND updated_at >= ?" if since else "")
    return _listing("end_devices", END_DEVICE_COLUMNS, where, order, paged, count_where="application_id = ?")


# Device registries (JS, NS, AS) ---------------------------------------------------------------
REGISTRY_DEVICES: KeyedRows[RegistryDevice] = keyed_rows(
    "registry_devices", ("component", "application_id", "device_id"),
    ("data", "dev_eui", "join_eui", "dev_addr", "created_at", "updated_at"),
    lambda key, row: RegistryDevice(bytes(row[0]), _blob(row[1]), _blob(row[2]), _blob(row[3]), row[4], row[5]),
    lambda device: (device.data, device.dev_eui, device.join_eui, device.dev_addr, device.created_at,
                    device.updated_at),
)
# Arguments: component, JoinEUI, DevEUI, and the device that does not count.
REGISTRY_DEVICE_EUIS_HOLDER = sql(
    "SELECT application_id, device_id FROM registry_devices WHERE component = ? AND join_eui = ? AND dev_eui = ?"
    " AND NOT (application_id = ? AND device_id = ?)"
)


# Application package associations (Application Server) ----------------------------------------
# Stored under the key's FPort, whatever the association's own says.
PACKAGE_ASSOCIATIONS: KeyedRows[PackageAssociation] = keyed_rows(
    "package_associations", ("application_id", "device_id", "f_port"), ("data", "created_at", "updated_at"),
    lambda key, row: PackageAssociation(key[2], bytes(row[0]), row[1], row[2]),
    lambda association: (association.data, association.created_at, association.updated_at),
)


def package_association_of(row: Any) -> PackageAssociation:
    return PackageAssociation(row[0], bytes(row[1]), row[2], row[3])


CLEAR_PACKAGE_ASSOCIATIONS = sql("DELETE FROM package_associations WHERE application_id = ? AND device_id = ?")


@lru_cache(maxsize=2)
def package_association_listing(paged: bool) -> Listing:
    """The associations under (application ID, device ID), by FPort. Arguments: those two."""
    return _listing("package_associations", "f_port, data, created_at, updated_at",
                    "application_id = ? AND device_id = ?", "ORDER BY f_port", paged)


# Application links (Application Server) --------------------------------------------------------
APPLICATION_LINKS: KeyedRows[bytes] = keyed_rows(
    "application_links", ("application_id",), ("data",), lambda key, row: bytes(row[0]), lambda data: (data,)
)


# Webhooks (Application Server) -------------------------------------------------------------------
WEBHOOKS: KeyedRows[bytes] = keyed_rows(
    "webhooks", ("application_id", "webhook_id"), ("data",), lambda key, row: bytes(row[0]), lambda data: (data,)
)
LIST_WEBHOOKS = sql("SELECT data FROM webhooks WHERE application_id = ? ORDER BY webhook_id")
DELETE_WEBHOOKS = sql("DELETE FROM webhooks WHERE application_id = ?")


# Stored application upstream messages (the storage integration) --------------------------------
# ``seq`` (schema step 7) is the insertion order, which breaks ties of received_at.
INSERT_STORED_UP = sql(
    "INSERT INTO stored_application_ups (application_id, device_id, type, f_port, received_at, data)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
EXPIRE_STORED_UPS = sql("DELETE FROM stored_application_ups WHERE received_at < ?")


def _stored_up_where(device: bool, type: bool, f_port: bool, after: bool, before: bool) -> str:
    """The selection of stored messages by the filters given. Arguments, in this order: the
    application ID, then those of the filters given."""
    conditions = ["application_id = ?"]
    for given, condition in ((device, "device_id = ?"), (type, "type = ?"), (f_port, "f_port = ?"),
                             (after, "received_at >= ?"), (before, "received_at <= ?")):
        if given:
            conditions.append(condition)
    return " AND ".join(conditions)


@lru_cache(maxsize=256)
def stored_up_list(
    device: bool, type: bool, f_port: bool, after: bool, before: bool, descending: bool, limited: bool
) -> Statement:
    """The selected messages' data by received_at, ties in insertion order (and a LIMIT argument
    last when ``limited``)."""
    direction = "DESC" if descending else "ASC"
    return sql(
        f"SELECT data FROM stored_application_ups WHERE {_stored_up_where(device, type, f_port, after, before)}"
        f" ORDER BY received_at {direction}, seq {direction}" + (" LIMIT ?" if limited else "")
    )


@lru_cache(maxsize=32)
def stored_up_count(device: bool, type: bool, f_port: bool, after: bool, before: bool) -> Statement:
    """How many messages are selected, per device ID."""
    return sql(
        "SELECT device_id, COUNT(*) FROM stored_application_ups"
        f" WHERE {_stored_up_where(device, type, f_port, after, before)} GROUP BY device_id"
    )
