"""Frequency plans and LoRaWAN bands, as far as the Network Server's device registry checks them.

Upstream reads its frequency plans from the lorawan-frequency-plans repository
(``frequency-plans.yml``: an ID, the band it belongs to, a base plan, channel files) and its bands
from ``pkg/band`` (one definition per band and regional-parameters version). The registry only
asks two questions: does a plan with this ID exist, and does its band have a definition for the
device's PHY version. So this module keeps the IDs with their band, and the PHY versions each
band is defined for; nothing about channels or data rates.
"""

from __future__ import annotations

from ttn.lorawan.v3 import lorawan_pb2

from ..errors import Namespace

__all__ = ["ERR_FREQUENCY_PLAN_NOT_FOUND", "ERR_NO_BAND_VERSION", "BANDS", "PLAN_IDS", "band_of", "check_band_version"]

ERR_FREQUENCY_PLAN_NOT_FOUND = Namespace("pkg/frequencyplans").not_found(
    "not_found", "frequency plan `{id}` not found"
)
ERR_NO_BAND_VERSION = Namespace("pkg/networkserver/internal").invalid_argument(
    "no_band_version", "specified version `{ver}` of band `{id}` does not exist"
)

_P = lorawan_pb2.PHYVersion
_TS001 = (_P.TS001_V1_0, _P.TS001_V1_0_1)
_RP001 = (_P.RP001_V1_0_2, _P.RP001_V1_0_2_REV_B, _P.RP001_V1_0_3_REV_A, _P.RP001_V1_1_REV_A, _P.RP001_V1_1_REV_B)
_RP002 = (_P.RP002_V1_0_0, _P.RP002_V1_0_1, _P.RP002_V1_0_2, _P.RP002_V1_0_3, _P.RP002_V1_0_4)
_EVERY = frozenset(_TS001 + _RP001 + _RP002)

# Band ID -> the PHY versions it has a definition for (upstream pkg/band/all.go).
BANDS: dict[str, frozenset[int]] = {
    "AS_923": frozenset(_RP001 + _RP002),
    "AS_923_2": frozenset(_RP002[1:]),
    "AS_923_3": frozenset(_RP002[1:]),
    "AS_923_4": frozenset(_RP002[3:]),
    "AU_915_928": frozenset(_TS001[1:] + _RP001 + _RP002),
    "CN_470_510": frozenset(_TS001[1:] + _RP001),
    "CN_470_510_20_A": frozenset(_RP002),
    "CN_470_510_20_B": frozenset(_RP002),
    "CN_470_510_26_A": frozenset(_RP002),
    "CN_470_510_26_B": frozenset(_RP002),
    "CN_779_787": frozenset(_TS001 + _RP001 + _RP002[:4]),
    "EU_433": _EVERY,
    "EU_863_870": _EVERY,
    "IN_865_867": frozenset(_RP001[1:] + _RP002),
    "ISM_2400": _EVERY,
    "KR_920_923": frozenset(_RP001 + _RP002),
    "MA_869_870_DRAFT": _EVERY,
    "RU_864_870": frozenset(_RP001[2:] + _RP002),
    "US_902_928": _EVERY,
}


def _plans(band: str, *ids: str) -> dict[str, str]:
    return {plan: band for plan in ids}


# Frequency plan ID -> band ID (the lorawan-frequency-plans repository's list).
_PLANS: dict[str, str] = {
    **_plans("EU_863_870", "EU_863_870", "EU_863_870_TTN", "EU_863_870_ROAMING_DRAFT", "EU_868_1"),
    **_plans("EU_433", "EU_433"),
    **_plans(
        "US_902_928",
        *(f"US_902_928_FSB_{n}" for n in range(1, 9)),
        "US_903_0", "US_904_6", "US_906_2", "US_907_8", "US_909_4", "US_911_0", "US_912_6", "US_914_2",
    ),
    **_plans(
        "AU_915_928",
        *(f"AU_915_928_FSB_{n}" for n in range(1, 9)),
        *(f"AU_915_928_FSB_{n}_BR" for n in range(1, 9)),
    ),
    **_plans("CN_470_510", "CN_470_510_FSB_1", "CN_470_510_FSB_11"),
    **_plans(
        "AS_923",
        "AS_920_923", "AS_920_923_LBT", "AS_920_923_TTN_JP_1", "AS_920_923_TTN_JP_1_LAND_MOBILE",
        "AS_920_923_TTN_JP_2", "AS_920_923_TTN_JP_3", "AS_920_923_TTN_JP_3_LAND_MOBILE", "AS_923",
        "AS_923_NDT", "AS_923_DT", "AS_923_925", "AS_923_925_LBT", "AS_920_923_TTN_AU", "AS_923_925_TTN_AU",
        "SG_920_923_TTN", "UZ_923_1",
    ),
    **_plans("AS_923_2", "AS_923_2", "AS_923_2_NDT", "AS_923_2_DT"),
    **_plans("AS_923_3", "AS_923_3", "AS_923_3_NDT", "AS_923_3_DT"),
    **_plans("AS_923_4", "AS_923_4", "AS_923_4_NDT", "AS_923_4_DT", "IL_917_920_TTN", "IL_917_920_TTN_2"),
    **_plans("KR_920_923", "KR_920_923_TTN"),
    **_plans("MA_869_870_DRAFT", "MA_869_870_DRAFT"),
    **_plans("IN_865_867", "IN_865_867"),
    **_plans("RU_864_870", "RU_864_870_TTN"),
    **_plans("ISM_2400", "ISM_2400_3CH_DRAFT2"),
}
PLAN_IDS: frozenset[str] = frozenset(_PLANS)


def band_of(plan_id: str) -> str:
    """The band of a frequency plan; an unknown (or empty) ID is upstream's ``not_found``."""
    band = _PLANS.get(plan_id)
    if band is None:
        raise ERR_FREQUENCY_PLAN_NOT_FOUND(id=plan_id)
    return band


def check_band_version(plan_id: str, phy_version: int) -> str:
    """The plan's band, when it is defined for ``phy_version``; upstream's errors otherwise."""
    band = band_of(plan_id)
    if phy_version not in BANDS[band]:
        raise ERR_NO_BAND_VERSION(ver=_P.Name(phy_version), id=band)
    return band
