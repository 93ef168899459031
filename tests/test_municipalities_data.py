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
    assert (codes["Frederiksberg"], codes["Høje-Taastrup"], codes["Lyngby-Taarbæk"], codes["Ringkøbing-Skjern"],
            codes["Aabenraa"], codes["Ærø"], codes["Fanø"], codes["Læsø"], codes["Samsø"]) == \
        (147, 169, 173, 760, 580, 492, 563, 825, 741)
    assert 411 not in codes.values()  # Christiansø is not a municipality
    assert all(101 <= code <= 860 for code in codes.values())


def test_towns_regions_and_councils() -> None:
    by_name = {e["name"]: e for e in municipalities()}
    assert {"Hvalsø", "Allerslev", "Kirke Hyllinge"} <= set(by_name["Lejre"]["towns"])
    assert {"Slagelse", "Korsør", "Skælskør"} <= set(by_name["Slagelse"]["towns"])
    assert by_name["Lemvig"]["region"] == "Region Midtjylland"
    assert by_name["Bornholm"]["region"] == "Region Hovedstaden"
    assert by_name["Albertslund"]["region"] == "Region Hovedstaden"
    assert by_name["Lejre"]["region"] == "Region Sjælland"
    assert by_name["København"]["council"] == "Borgerrepræsentationen"
    assert "Københavns Kommune" in by_name["København"]["aliases"]
    assert all(isinstance(e["towns"], list) and e["towns"] for e in by_name.values())


def test_inference_from_names_towns_and_codes() -> None:
    assert infer_municipality("", "Borgere i Københavns Kommune", []) == "København"
    assert infer_municipality("Mødested Rådhuset i Hvalsø", "", []) == "Lejre"
    assert infer_municipality("", "", ["330-2021-15739", "330-2020-3927"]) == "Slagelse"
    assert infer_municipality("", "Nordfyns Kommune og Ikast-Brande Kommune, Ikast-Brande Kommune", []) == \
        "Ikast-Brande"
    assert infer_municipality("Bornholms Regionskommune\nReferat", "", []) == "Bornholm"
    record = municipality_record("Høje Taastrup")
    assert record is not None and record["code"] == 169


def test_a_region_named_in_its_own_titles_outweighs_one_municipality_it_mentions() -> None:
    titles = ("Forretningsudvalget\nBevillingsændringer Regionsrådet 24. august 2020\n"
              "Forslag om eftersyn af Region Sjællands psykiatri\n"
              "Monitorering af genåbningen af Region Sjællands sygehusvæsen\n"
              "Tilladelse til indvinding af råstoffer ved Hedehusene, Roskilde Kommune\n")
    assert infer_municipality("", titles, []) == "Region Sjælland"


def test_a_municipality_comparing_itself_with_its_region_stays_the_municipality() -> None:
    text = ("Ballerup Kommune har afholdt syv kurser. I Ballerup Kommune er 60 pct. røgfri, mod 56 pct. i Region "
            "Hovedstaden; efter et halvt år ligger Ballerup Kommune lavere end Region Hovedstaden.")
    assert infer_municipality("", text, []) == "Ballerup"


def test_an_official_name_before_kommune_in_lower_case_names_the_municipality() -> None:
    assert infer_municipality("", "I Stevns kommune tager erhvervslivet et socialt medansvar.", []) == "Stevns"
    # Only an official name counts so: a sentence's first word before "kommune" names none.
    assert infer_municipality("", "Hver kommune skal indsende en plan. Solbjerg kommune har gjort det.", []) is None


def test_a_letterhead_in_capitals_outweighs_a_neighbour_named_in_the_contents() -> None:
    header = ("SKIVE KOMMUNE MØDESTED: MØDEDATO: Skive Rådhus REFERAT\n"
              "Download \"SKIVE KOMMUNE MØDESTED: Skive Rådhus\"\n"
              "Samarbejdsaftale med Viborg Kommune vedr. skolen Samarbejdsaftale med Viborg Kommune på misbrug")
    assert infer_municipality(header, header, []) == "Skive"
    assert infer_municipality("RINGKØBING-SKJERN KOMMUNE\nReferat", "", []) == "Ringkøbing-Skjern"
    assert infer_municipality("SOLBJERG KOMMUNE\nReferat", "", []) is None  # no official name in capitals alone


def test_with_no_other_sign_the_one_municipality_named_twice_is_the_municipality() -> None:
    text = "Udvalget skal behandle Stevns Kommuneplan 2021. Forslaget til Stevns Kommuneplan sendes i høring."
    assert infer_municipality("", text, []) == "Stevns"
    assert infer_municipality("", "Forslag til Stevns Kommuneplan 2021 godkendes.", []) is None  # once is not enough
    two = "Samarbejde med Vejle om Vejle Havn og med Kolding om Kolding Havn."
    assert infer_municipality("", two, []) is None  # two named: neither is surely the minutes' own
