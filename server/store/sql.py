"""SQL shared by the backends: list orders, namespaces and row shapes."""

from __future__ import annotations

from . import (
    END_DEVICE_ORDER_COLUMNS,
    ORDER_COLUMNS,
    APIKeyRow,
    EndDeviceRow,
    Entity,
    Membership,
    PackageAssociation,
    RegistryDevice,
)

__all__ = [
    "namespace_of", "order_by", "api_key_order_by", "entity_of", "membership_of", "api_key_of",
    "END_DEVICE_COLUMNS", "end_device_of", "end_device_order_by",
    "REGISTRY_DEVICE_COLUMNS", "registry_device_of",
    "PACKAGE_ASSOCIATION_COLUMNS", "package_association_of",
    "stored_up_selection",
]

_NAMESPACES = {"user": "account", "organization": "account"}
_API_KEY_ORDER = {"api_key_id": "id", "id": "id", "name": "name", "created_at": "created_at", "expires_at": "expires_at"}


def namespace_of(kind: str) -> str:
    """Users and organizations share one ID namespace; every other kind has its own."""
    return _NAMESPACES.get(kind, kind)


def order_by(order: str, columns=ORDER_COLUMNS, aliases: dict[str, str] | None = None) -> str:
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


def api_key_order_by(order: str) -> str:
    return order_by(order, frozenset(_API_KEY_ORDER.values()), _API_KEY_ORDER)


ENTITY_COLUMNS = "kind, id, data, created_at, updated_at, deleted_at"
MEMBERSHIP_COLUMNS = "entity_kind, entity_id, member_kind, member_id, rights, created_at, updated_at"
# Direct membership, then memberships through an organization the member belongs to; an
# organization that is soft-deleted passes nothing on (upstream's membership views).
MEMBERSHIP_CHAINS = """
    SELECT rights, NULL FROM memberships
     WHERE entity_kind = ? AND entity_id = ? AND member_kind = ? AND member_id = ?
    UNION ALL
    SELECT e.rights, o.rights FROM memberships o
      JOIN memberships e ON e.member_kind = 'organization' AND e.member_id = o.entity_id
      JOIN entities org ON org.kind = 'organization' AND org.id = o.entity_id AND org.deleted_at IS NULL
     WHERE o.member_kind = ? AND o.member_id = ? AND o.entity_kind = 'organization'
       AND e.entity_kind = ? AND e.entity_id = ?
"""
API_KEY_COLUMNS = "id, entity_kind, entity_id, secret_hash, name, data, created_at, updated_at, expires_at"


def entity_of(row) -> Entity:
    return Entity(row[0], row[1], bytes(row[2]), row[3], row[4], row[5])


def membership_of(row) -> Membership:
    return Membership(row[0], row[1], row[2], row[3], bytes(row[4]), row[5], row[6])


def api_key_of(row) -> APIKeyRow:
    return APIKeyRow(row[0], row[1], row[2], row[3], row[4], bytes(row[5]), row[6], row[7], row[8])


# End devices (Identity Server) ----------------------------------------------------------------
END_DEVICE_COLUMNS = (
    "application_id, device_id, dev_eui, join_eui, name, description, data, created_at, updated_at, last_seen_at"
)
# Upstream keeps empty names and descriptions as NULL, and PostgreSQL sorts NULL after every
# value: ascending lists end with the devices without one, descending lists start with them.
_END_DEVICE_SORT = {"name": "NULLIF(name, '')", "description": "NULLIF(description, '')"}


def end_device_order_by(order: str) -> str:
    """``ORDER BY`` for a device list order such as ``-last_seen_at``; ties break on device_id in
    the same direction (upstream), unknown or empty orders sort by device_id."""
    descending = order.startswith("-")
    name = order[1:] if descending else order
    direction = "DESC" if descending else "ASC"
    if name not in END_DEVICE_ORDER_COLUMNS or name == "device_id":
        return f"ORDER BY device_id {direction if name else 'ASC'}"
    nulls = "NULLS FIRST" if descending else "NULLS LAST"
    return f"ORDER BY {_END_DEVICE_SORT.get(name, name)} {direction} {nulls}, device_id {direction}"


def end_device_of(row) -> EndDeviceRow:
    return EndDeviceRow(
        row[0], row[1], bytes(row[2]) if row[2] is not None else None, bytes(row[3]) if row[3] is not None else None,
        row[4], row[5], bytes(row[6]), row[7], row[8], row[9],
    )


# Device registries (JS, NS, AS) ---------------------------------------------------------------
REGISTRY_DEVICE_COLUMNS = "data, dev_eui, join_eui, dev_addr, created_at, updated_at"


def _blob(value) -> bytes | None:
    return bytes(value) if value is not None else None


def registry_device_of(row) -> RegistryDevice:
    return RegistryDevice(bytes(row[0]), _blob(row[1]), _blob(row[2]), _blob(row[3]), row[4], row[5])


# Application package associations (Application Server) ----------------------------------------
PACKAGE_ASSOCIATION_COLUMNS = "f_port, data, created_at, updated_at"


def package_association_of(row) -> PackageAssociation:
    return PackageAssociation(row[0], bytes(row[1]), row[2], row[3])


def stored_up_selection(
    application_id: str, device_id: str | None, type: str, f_port: int | None, after: int | None,
    before: int | None, placeholder,
) -> tuple[str, list]:
    """The ``WHERE`` clause (without the keyword) and its arguments selecting stored upstream
    messages; ``placeholder(n)`` spells the n-th argument (``?`` or ``$n``)."""
    conditions, args = [], []

    def where(condition: str, value) -> None:
        args.append(value)
        conditions.append(condition.format(placeholder(len(args))))

    where("application_id = {}", application_id)
    if device_id is not None:
        where("device_id = {}", device_id)
    if type:
        where("type = {}", type)
    if f_port is not None:
        where("f_port = {}", f_port)
    if after is not None:
        where("received_at >= {}", after)
    if before is not None:
        where("received_at <= {}", before)
    return " AND ".join(conditions), args
