"""The frequency plans and bands the Network Server's device registry checks."""

import pytest

from server.network import frequency_plans as FP
from server.errors import TTSError
from ttn.lorawan.v3 import lorawan_pb2

P = lorawan_pb2.PHYVersion


def test_every_plan_is_in_a_known_band():
    assert {FP.band_of(plan) for plan in FP.PLAN_IDS} <= set(FP.BANDS)
    assert {"EU_863_870_TTN", "US_902_928_FSB_2", "AU_915_928_FSB_2", "AS_923_925_TTN_AU", "KR_920_923_TTN"} <= FP.PLAN_IDS


@pytest.mark.parametrize("plan", ["", "EU_868", "eu_863_870_ttn"])
def test_unknown_plans(plan):
    with pytest.raises(TTSError) as err:
        FP.band_of(plan)
    assert (err.value.definition.full_name, err.value.attributes) == ("pkg/frequencyplans:not_found", {"id": plan})


def test_band_versions():
    assert FP.check_band_version("EU_863_870_TTN", P.RP001_V1_0_2_REV_B) == "EU_863_870"
    assert FP.check_band_version("IN_865_867", P.RP002_V1_0_4) == "IN_865_867"
    for plan, version in (("IN_865_867", P.RP001_V1_0_2), ("AS_923_4", P.RP002_V1_0_2), ("EU_863_870", 0)):
        with pytest.raises(TTSError) as err:
            FP.check_band_version(plan, version)
        assert err.value.name == "no_band_version"
