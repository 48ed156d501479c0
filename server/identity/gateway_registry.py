"""GatewayRegistry: the shared registry shape (entity_registry.py) for gateways, plus what is theirs.

* The EUI (``ids.eui``) is unique among the gateways that are not deleted (a soft delete frees
  it, a restore takes it back unless another gateway holds it by then: the gateway then comes
  back without an EUI, as upstream's store restores it). It is the one identifier an Update may
  change (``ids.eui`` in the mask). A Create that collides names the holder
  (``gateway_eui_taken``); an Update that collides gets the store's ``eui_taken``, as upstream.
* Secrets (``lbs_lns_secret``, ``claim_authentication_code``, ``target_cups_key``): any mask path
  at or under one needs RIGHT_GATEWAY_READ_SECRETS to read (Get refuses, List leaves them out)
  and RIGHT_GATEWAY_WRITE_SECRETS to write. With no encryption key configured upstream keeps the
  values as given, with an empty ``key_id``, and so do we. Create and Update answer with what
  the caller wrote.
* ``frequency_plan_id`` is deprecated: the plans are kept in ``frequency_plan_ids`` (a Create
  with only the single ID gets a list of one). A read asking for either answers with both, the
  single ID being the first of the list; Create and Update answer with the list only.
* Callers without RIGHT_GATEWAY_INFO see the public fields (``public.py``); the rules table lets
  such a Get through only when the mask asks for nothing else.

Rights from the table (server/identity/rules.py) are checked before these handlers; the secrets rights,
which depend on the field mask, right here.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Sequence

from ttn.lorawan.v3 import gateway_pb2, gateway_services_pb2, identifiers_pb2  # noqa: F401  (services in the pool)

from .. import fieldmask
from ..auth import rights as R
from ..errors import Namespace
from ..pipeline import Call
from ..store import Entity, EntityChange, GatewayEUITaken, IDTaken, Member
from . import entities
from .accounts import collaborator_key
from .entities import ERR_GATEWAY_NOT_FOUND
from .entity_registry import EntityRegistry, RegistryKind, define_events
from .public import PUBLIC_PATHS, public_safe

__all__ = [
    "GatewayRegistry", "ERR_GATEWAY_NOT_FOUND", "ERR_GATEWAY_NOT_FOUND_BY_EUI", "ERR_GATEWAY_EUI_TAKEN",
    "ERR_EUI_TAKEN",
]

Right = R.Right
KIND = "gateway"

_store_errors = Namespace("pkg/identityserver/store")
ERR_GATEWAY_NOT_FOUND_BY_EUI = _store_errors.not_found(
    "gateway_not_found_by_eui", "gateway with eui `{gateway_eui}` not found"
)
ERR_GATEWAY_EUI_TAKEN = Namespace("pkg/identityserver").already_exists(
    "gateway_eui_taken",
    "a gateway with EUI `{gateway_eui}` is already registered (by you or someone else) as `{gateway_id}`",
    "administrative_contact",
)
ERR_EUI_TAKEN = Namespace("pkg/util/store").already_exists("eui_taken", "EUI already taken")

EVENTS = define_events(KIND, Right.RIGHT_GATEWAY_INFO)

SECRETS = frozenset({"lbs_lns_secret", "claim_authentication_code", "target_cups_key"})
_TIMESTAMPS = ("created_at", "updated_at", "deleted_at")

SPEC = RegistryKind(
    kind=KIND,
    message=gateway_pb2.Gateway,
    list_message=gateway_pb2.Gateways,
    list_field="gateways",
    entity_field="gateway",
    ids_field="gateway_ids",
    id_field="gateway_id",
    not_found=ERR_GATEWAY_NOT_FOUND,
    events=EVENTS,
    info_right=Right.RIGHT_GATEWAY_INFO,
    public_paths=PUBLIC_PATHS[KIND],
    # Upstream's store does not sort by EUI although the order is accepted: the default order.
    order={"gateway_id": "id", "gateway_eui": ""},
    indirect=True,
    public_get=True,
)



def _touches(paths: Iterable[str], fields: frozenset[str]) -> bool:
    """Whether any path is one of ``fields`` or lies under one."""
    return any(path.partition(".")[0] in fields for path in paths)


def _read_paths(requested: Sequence[str]) -> list[str]:
    """The paths a read selects: ``frequency_plan_id`` is answered from ``frequency_plan_ids``."""
    paths = list(requested)
    if "frequency_plan_id" in paths and "frequency_plan_ids" not in paths:
        paths.append("frequency_plan_ids")
    return paths


def _with_plan_id(gateway: gateway_pb2.Gateway) -> gateway_pb2.Gateway:
    if gateway.frequency_plan_ids:
        gateway.frequency_plan_id = gateway.frequency_plan_ids[0]
    return gateway


def _plans_as_stored(gateway: gateway_pb2.Gateway) -> None:
    if not gateway.frequency_plan_ids and gateway.frequency_plan_id:
        gateway.frequency_plan_ids.append(gateway.frequency_plan_id)
    gateway.ClearField("frequency_plan_id")


def _secrets_as_stored(gateway: gateway_pb2.Gateway) -> None:
    """Secrets are kept as given, under no encryption key."""
    for holder, field in ((gateway, "lbs_lns_secret"), (gateway, "target_cups_key"),
                          (gateway.claim_authentication_code, "secret")):
        if holder.HasField(field):  # (assigning to an unset message would set it)
            getattr(holder, field).key_id = ""


def _check_claim_code(gateway: gateway_pb2.Gateway) -> None:
    if not gateway.HasField("claim_authentication_code"):
        return
    code = gateway.claim_authentication_code
    if not code.HasField("secret"):
        raise entities.ERR_CLAIM_AUTHENTICATION_CODE()
    if code.HasField("valid_from") and code.HasField("valid_to") and (
        code.valid_to.ToNanoseconds() < code.valid_from.ToNanoseconds()
    ):
        raise entities.ERR_CLAIM_AUTHENTICATION_CODE()


def _eui(gateway: gateway_pb2.Gateway) -> bytes | None:
    return gateway.ids.eui or None


class GatewayRegistry(EntityRegistry):
    SERVICE = "ttn.lorawan.v3.GatewayRegistry"
    SPEC = SPEC

    async def _require_secrets(self, call: Call, gateway_id: str, right: int) -> None:
        R.require(KIND, gateway_id, await call.rights_on(KIND, gateway_id), (right,))

    async def _eui_taken(self, eui: bytes):
        """The error of a Create whose EUI another gateway holds, naming that gateway."""
        holder = await self._store.get_gateway_by_eui(eui)
        if holder is None:  # gone meanwhile
            return ERR_EUI_TAKEN()
        gateway = gateway_pb2.Gateway.FromString(holder.data)
        attributes: dict[str, Any] = {"gateway_eui": eui.hex().upper(), "gateway_id": holder.id}
        if gateway.HasField("administrative_contact"):
            attributes["administrative_contact"] = collaborator_key(gateway.administrative_contact)[1]
        return ERR_GATEWAY_EUI_TAKEN(**attributes)

    # Hooks of the shared registry ------------------------------------------------------------
    async def _prepare_create(self, req, gateway: gateway_pb2.Gateway, call: Call) -> None:
        _plans_as_stored(gateway)
        _check_claim_code(gateway)
        _secrets_as_stored(gateway)

    async def _create_row(self, entity_id: str, gateway: Any, member: Member | None = None) -> Entity:
        for field in _TIMESTAMPS:
            gateway.ClearField(field)
        data, now = gateway.SerializeToString(), entities.now_ns()
        try:
            return await self._store.create_gateway(
                entity_id, _eui(gateway), data, name=gateway.name, now=now, member=member
            )
        except IDTaken:
            raise entities.ERR_ID_TAKEN() from None
        except GatewayEUITaken as exc:
            raise await self._eui_taken(exc.eui) from None

    async def _prepare_update(self, req, gateway: gateway_pb2.Gateway, paths: list[str], call: Call) -> list[str]:
        if "ids.eui" in req.field_mask.paths:  # the shared shape strips identifiers
            paths = [*paths, "ids.eui"]
        if "frequency_plan_id" in paths:
            if "frequency_plan_ids" not in paths:
                paths.append("frequency_plan_ids")
            paths = fieldmask.exclude(paths, "frequency_plan_id")
        _plans_as_stored(gateway)
        if _touches(paths, SECRETS):
            await self._require_secrets(call, gateway.ids.gateway_id, Right.RIGHT_GATEWAY_WRITE_SECRETS)
            if "claim_authentication_code" in paths:
                _check_claim_code(gateway)
            _secrets_as_stored(gateway)
        return paths

    def _change(self, gateway: Any) -> EntityChange:
        return EntityChange(gateway.SerializeToString(), gateway.name, _eui(gateway))

    async def _update_row(
        self, entity_id: str, fn: Callable[[Entity | None], EntityChange | None], now: int
    ) -> Entity | None:
        try:
            return await self._store.update_gateway(entity_id, fn, now=now)
        except GatewayEUITaken:
            raise ERR_EUI_TAKEN() from None

    async def _restore_row(self, entity_id: str, now: int) -> None:
        # Another gateway took the EUI meanwhile: this one comes back without it (upstream).
        await self._store.restore_gateway(entity_id, now=now, without_eui=_without_eui)

    async def _page(self, req, ids: Sequence[str] | None) -> tuple[list[Entity], int]:
        # As upstream, the ``updated_since`` filter applies to the page, not to the total.
        rows, total = await super()._page(req, ids)
        since = [f.updated_since.ToNanoseconds() for f in req.filters if f.WhichOneof("field") == "updated_since"]
        if since:
            rows = [row for row in rows if row.updated_at >= since[-1]]
        return rows, total

    # RPCs ------------------------------------------------------------------------------------
    async def Get(self, req: gateway_pb2.GetGatewayRequest, call: Call) -> gateway_pb2.Gateway:
        gateway_id = req.gateway_ids.gateway_id
        paths = _read_paths(req.field_mask.paths)
        held = await call.rights_on(KIND, gateway_id)
        if _touches(paths, SECRETS):
            R.require(KIND, gateway_id, held, (Right.RIGHT_GATEWAY_READ_SECRETS,))
        out = fieldmask.filter_message(await self._load(gateway_id), entities.get_paths(paths))
        if Right.RIGHT_GATEWAY_INFO not in held:
            out = public_safe(out, SPEC.public_paths)
        return _with_plan_id(out)

    async def List(self, req: gateway_pb2.ListGatewaysRequest, call: Call) -> gateway_pb2.Gateways:
        paths = _read_paths(req.field_mask.paths)
        del req.field_mask.paths[:]
        req.field_mask.paths.extend(paths)
        out = await super().List(req, call)  # entries are copies: ours to change
        secrets = _touches(paths, SECRETS)
        for gateway in out.gateways:
            _with_plan_id(gateway)
            if secrets and Right.RIGHT_GATEWAY_READ_SECRETS not in await call.rights_on(
                KIND, gateway.ids.gateway_id, req.deleted
            ):
                for field in SECRETS:
                    gateway.ClearField(field)
        return out

    async def GetIdentifiersForEUI(
        self, req: gateway_pb2.GetGatewayIdentifiersForEUIRequest, call: Call
    ) -> identifiers_pb2.GatewayIdentifiers:
        if not req.eui:  # upstream then looks the gateway up by an empty ID
            raise ERR_GATEWAY_NOT_FOUND(gateway_id="")
        row = await self._store.get_gateway_by_eui(req.eui)
        if row is None:
            raise ERR_GATEWAY_NOT_FOUND_BY_EUI(gateway_eui=req.eui.hex().upper())
        return identifiers_pb2.GatewayIdentifiers(gateway_id=row.id, eui=req.eui)


def _without_eui(data: bytes) -> bytes:
    gateway = gateway_pb2.Gateway.FromString(data)
    gateway.ids.ClearField("eui")
    return gateway.SerializeToString()
