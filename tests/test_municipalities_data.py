"""The 98 municipalities, kept as data."""

from __future__ import annotations

from referat.parse.municipality import infer_municipality, municipality_record
from referat.vocab import municipalities


def test_all_98_with_unique_codes_and_names() -> None:
    entries = municipalities()
    assert len(entries) == 98
    assert len({e["code"] for e in entries}) == 98
    assert len({e["name"] for e in entries}) == 98
    assert {e["region"] for e in entries} == {"Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
                                              "Region Midtjylland", "Region Nordjylland"}


def test_known_codes() -> None:
    codes = {e["name"]: e["code"] for e in municipalities()}
    assert (codes["København"], codes["Albertslund"], codes["Slagelse"], codes["Lejre"], codes["Lemvig"],
            codes["Aarhus"], codes["Aalborg"], codes["Bornholm"]) == (101, 165, 330, 350, 665, 751, 851, 400)


def test_inference_from_names_towns_and_codes() -> None:
    assert infer_municipality("", "Borgere i Københavns Kommune", []) == "København"
    assert infer_municipality("Mødested Rådhuset i Hvalsø", "", []) == "Lejre"
    assert infer_municipality("", "", ["330-2021-15739", "330-2020-3927"]) == "Slagelse"
    assert infer_municipality("", "Nordfyns Kommune og Ikast-Brande Kommune, Ikast-Brande Kommune", []) == \
        "Ikast-Brande"
    record = municipality_record("Høje Taastrup")
    assert record is not None and record["code"] == 169
