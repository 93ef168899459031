"""Comparing municipalities on one question, on both backends, over the project's own minutes of four
fictional municipalities (tests/fixtures/compare).

What the documents say about "skærpet tilsyn" (both words, in any form the search matches):

- Birkely, Social- og Sundhedsudvalget, 5 Feb 2024: punkt 2 "Skærpet tilsyn med Plejecenter Lindegården"
  (24-001001; the words in title, text and decision; "Godkendt."); punkt 3 "Budgetopfølgning for
  ældreområdet" (24-001002) names the supervision once in its text ("Taget til efterretning."); punkt 1 is off.
  8 Apr 2024: punkt 2 is closed, "Skærpet tilsyn – personalesag" (24-001003), its body holds the canaries
  Zqxfortrolig and Zqxolsen; punkt 3 "Vejvedligeholdelse" names "tilsyn" but not "skærpet".
- Strandvig, Børne- og Ungeudvalget, 14 May 2024: punkt 1 "Skærpet tilsyn i dagtilbuddet Solsikken"
  (24-002001, "Udsat."); punkt 3 a hostile title with a script tag, "&" and quotes (24-002003, "Taget til
  efterretning."); punkt 2 is off.
- Æblerød, Økonomiudvalget, 20 Nov 2023: punkt 2 "Tilsynsrapport for hjemmeplejen" (23-003001) asks for
  skærpet tilsyn in its decision ("Taget til efterretning. ..."); punkt 1 names "tilsyn" only.
- Mølleby, Teknik- og Miljøudvalget, 15 Jan 2024: cycle paths only.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from referat.cli import main
from referat.store import compare as compare_module
from referat.store.compare import Comparison, compare, comparison_csv, danish_key, valid_date
from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.store.repository import save_meeting
from referat.store.search import Filters, search
from tests.store.builders import item, meeting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"
QUERY = "skærpet tilsyn"
CANARIES = ("Zqxfortrolig", "Zqxolsen", "zqxfortrolig", "zqxolsen")
#: (municipality, date, number) → title, read off the documents.
ON_TOPIC = {
    ("Birkely", "2024-02-05", 2): "Skærpet tilsyn med Plejecenter Lindegården",
    ("Birkely", "2024-02-05", 3): "Budgetopfølgning for ældreområdet",
    ("Birkely", "2024-04-08", 2): "Skærpet tilsyn – personalesag",
    ("Strandvig", "2024-05-14", 1): "Skærpet tilsyn i dagtilbuddet Solsikken",
    ("Strandvig", "2024-05-14", 3): "Skærpet tilsyn med <script>alert('cmp')</script> Søbørnehuset & \"Fyrtårnet\"",
    ("Æblerød", "2023-11-20", 2): "Tilsynsrapport for hjemmeplejen",
}


@pytest.fixture
def db(db_url: str) -> str:
    report = ingest(open_engine(db_url), sorted(FIXTURES.glob("*.txt")), jobs=1)
    assert (report.added, report.failed) == (5, [])
    return db_url


def _run(db: str, query: str = QUERY, filters: Filters | None = None, n: int = 3) -> Comparison:
    with open_engine(db).connect() as conn:
        return compare(conn, query, filters, n)


def _seen(result: Comparison) -> dict[tuple[str | None, str | None, int | None], str | None]:
    return {(row.municipality, i.date, i.number): i.title for row in result.rows for i in row.items}


def test_one_row_per_municipality_with_its_items_and_counts(db: str) -> None:
    result = _run(db)
    assert {row.municipality: row.count for row in result.rows} == {"Birkely": 3, "Strandvig": 2, "Æblerød": 1}
    assert not any(row.count_capped for row in result.rows) and not result.capped
    assert (result.total, result.total_capped) == (6, False)
    assert _seen(result) == ON_TOPIC
    assert result.without_hits == ["Mølleby"]
    birkely = next(row for row in result.rows if row.municipality == "Birkely")
    assert {i.body for i in birkely.items} == {"Social- og Sundhedsudvalget"}
    lindegaarden = next(i for i in birkely.items if i.number == 2 and i.date == "2024-02-05")
    assert (lindegaarden.outcomes, lindegaarden.case_numbers) == (["approved"], ["24-001001"])
    assert "<mark>" in lindegaarden.snippet
    solsikken = next(i for row in result.rows for i in row.items if i.case_numbers == ["24-002001"])
    assert solsikken.outcomes == ["postponed"]
    # The item about the supervision comes before the one that names it once in passing.
    numbers = [(i.date, i.number) for i in birkely.items]
    assert numbers.index(("2024-02-05", 2)) < numbers.index(("2024-02-05", 3))


def test_rows_and_items_follow_the_search_order(db: str) -> None:
    result = _run(db, n=2)
    with open_engine(db).connect() as conn:
        hits = search(conn, QUERY, limit=500, snippets=False)
        first_seen = list(dict.fromkeys(h.municipality for h in hits))
        assert [row.municipality for row in result.rows] == first_seen
        for row in result.rows:
            own = [h.item_id for h in hits if h.municipality == row.municipality]
            assert [i.item_id for i in row.items] == own[:2], row.municipality
            assert row.count == len(own)
    assert [len(row.items) for row in result.rows] == [min(2, row.count) for row in result.rows]
    assert [len(row.items) for row in _run(db, n=1).rows] == [1, 1, 1]


def test_filters_narrow_like_search(db: str) -> None:
    def rows(**filters: str) -> dict[str | None, set[tuple[str | None, int | None]]]:
        found = _run(db, filters=Filters(**filters))
        return {row.municipality: {(i.date, i.number) for i in row.items} for row in found.rows}

    assert rows(municipality="strandvig") == {"Strandvig": {("2024-05-14", 1), ("2024-05-14", 3)}}
    assert rows(body="Økonomiudvalget") == {"Æblerød": {("2023-11-20", 2)}}
    assert rows(date_from="2024-03") == {"Birkely": {("2024-04-08", 2)},
                                         "Strandvig": {("2024-05-14", 1), ("2024-05-14", 3)}}
    assert rows(date_to="2024-02") == {"Birkely": {("2024-02-05", 2), ("2024-02-05", 3)},
                                       "Æblerød": {("2023-11-20", 2)}}
    assert rows(outcome="approved") == {"Birkely": {("2024-02-05", 2)}}
    assert rows(outcome="noted") == {"Birkely": {("2024-02-05", 3)}, "Strandvig": {("2024-05-14", 3)},
                                     "Æblerød": {("2023-11-20", 2)}}
    assert rows(case_number="24-002001") == {"Strandvig": {("2024-05-14", 1)}}
    assert rows(municipality="Atlantis") == {}
    assert _run(db, filters=Filters(municipality="Strandvig")).without_hits == []
    assert _run(db, filters=Filters(municipality="Mølleby")).without_hits == ["Mølleby"]


def test_a_closed_item_shows_number_title_and_case_number_only(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = _run(db)
    closed = [i for row in result.rows for i in row.items if i.closed]
    assert [(i.number, i.title, i.case_numbers, i.outcomes, i.snippet) for i in closed] == [
        (2, "Skærpet tilsyn – personalesag", ["24-001003"], [], "")]
    outputs = [json.dumps(result.to_dict(), ensure_ascii=False), comparison_csv(result, "http://x/")]
    for extra in ([], ["--json"], ["--csv"]):
        assert main(["compare", QUERY, "--db", db, *extra]) == 0
        outputs.append(capsys.readouterr().out)
    for out in outputs:
        assert "Skærpet tilsyn – personalesag" in out
        assert not any(c in out for c in CANARIES), out
    # A closed item is found by its title only.
    assert _run(db, "Zqxfortrolig").rows == [] and _run(db, "medarbejderen").rows == []


def test_empty_and_malformed_queries(db: str) -> None:
    for query in ("", "   ", "*", "OR", "-", '"', "og i at"):
        result = _run(db, query)
        assert (result.rows, result.without_hits, result.total) == ([], [], 0), query
    nothing = _run(db, "cykelsti skærpet")
    assert (nothing.rows, nothing.without_hits) == ([], ["Birkely", "Mølleby", "Strandvig", "Æblerød"])
    # An unmatched quote is read as plain words; SQL-like text is only words.
    assert _seen(_run(db, '"skærpet tilsyn')) == ON_TOPIC
    assert _run(db, "skærpet tilsyn'); DROP TABLE agenda_item; --").rows == []
    assert _seen(_run(db)) == ON_TOPIC
    assert _run(db, "Solsikken", n=99).per_municipality == 20 and _run(db, "Solsikken", n=0).per_municipality == 1


def test_when_the_window_is_full_counts_are_lower_bounds_and_no_municipality_is_left_out(
        db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compare_module, "WINDOW", 2)
    every = {"Birkely": 3, "Strandvig": 2, "Æblerød": 1}  # the matching items of each, read off the documents
    result = _run(db, n=1)
    assert result.capped and result.total_capped and result.without_hits == ["Mølleby"]
    with open_engine(db).connect() as conn:
        hits = search(conn, QUERY, limit=2, snippets=False)
    in_window = {m: sum(1 for h in hits if h.municipality == m) for m in dict.fromkeys(h.municipality for h in hits)}
    beyond = sorted(set(every) - set(in_window), key=danish_key)
    # The window's municipalities first, in its order, counted within it; the others after them, by name,
    # each searched for one item more than is shown.
    assert [row.municipality for row in result.rows] == [*in_window, *beyond]
    assert {row.municipality: (row.count, row.count_capped) for row in result.rows} == {
        **{m: (k, True) for m, k in in_window.items()}, **{m: (min(every[m], 2), every[m] > 1) for m in beyond}}
    assert all(len(row.items) == 1 for row in result.rows)
    assert {(row.municipality, i.date, i.number) for row in result.rows for i in row.items} <= set(ON_TOPIC)
    assert all("<mark>" in i.snippet for row in result.rows for i in row.items if not i.closed)
    wide = _run(db, n=5)
    # A window municipality with fewer hits in it than are shown is filled up from its own search; its count
    # stays a lower bound, never below what is shown.
    assert {row.municipality: (row.count, row.count_capped) for row in wide.rows} == {
        **{m: (max(k, every[m]), True) for m, k in in_window.items()}, **{m: (every[m], False) for m in beyond}}
    assert _seen(wide) == ON_TOPIC


def test_items_without_a_municipality_form_a_row_of_their_own(db_url: str) -> None:
    with open_engine(db_url).begin() as conn:
        save_meeting(conn, meeting([item(1, "Skærpet tilsyn med Lærkereden", decision="Godkendt.",
                                         outcomes=("approved",))], municipality="Fjordvang"))
        save_meeting(conn, meeting([item(4, "Skærpet tilsyn efter klage", text="Klagen om skærpet tilsyn.")],
                                   municipality=None, date="2024-06-03"))  # type: ignore[arg-type]
    result = _run(db_url)
    assert {row.municipality: [(i.number, i.title) for i in row.items] for row in result.rows} == {
        "Fjordvang": [(1, "Skærpet tilsyn med Lærkereden")], None: [(4, "Skærpet tilsyn efter klage")]}
    unknown = next(row for row in result.rows if row.municipality is None)
    assert (unknown.count, unknown.count_capped, unknown.items[0].date) == (1, False, "2024-06-03")
    assert "<mark>" in unknown.items[0].snippet
    assert result.without_hits == []
    assert _run(db_url, filters=Filters(municipality="Fjordvang")).rows[0].municipality == "Fjordvang"


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    db = str(tmp_path / "formulas.sqlite")
    title = '=HYPERLINK("http://example.invalid","skærpet tilsyn")'
    with open_engine(db).begin() as conn:
        save_meeting(conn, meeting([item(1, title, decision="+45 skærpet tilsyn", outcomes=("approved",),
                                         cases=("24-000123",))], body="@Udvalget", municipality="-Formelby"))
    result = _run(db)
    assert [row.municipality for row in result.rows] == ["-Formelby"]
    rows = list(csv.DictReader(io.StringIO(comparison_csv(result, "https://referat.example/"))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["municipality"], row["body"], row["title"]) == ("'-Formelby", "'@Udvalget", "'" + title)
    assert row["snippet"] == "'+45 skærpet tilsyn"
    assert (row["municipality_items"], row["rank"], row["outcomes"], row["case_numbers"]) == ("1", "1", "approved",
                                                                                             "24-000123")
    assert row["item_url"] == f"https://referat.example/punkt/{result.rows[0].items[0].item_id}"
    # The JSON keeps the text as it is.
    assert result.to_dict()["municipalities"][0]["items"][0]["title"] == title


def test_cli_prints_rows_and_refuses_bad_input(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", QUERY, "--db", db, "--municipality", "Strandvig", "--per-municipality", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Strandvig: 2 items\n") and out.count("  2024-05-14  Børne- og Ungeudvalget") == 1
    assert main(["compare", QUERY, "--db", db, "--json", "--outcome", "approved"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(m["municipality"], m["count"], [i["title"] for i in m["items"]]) for m in data["municipalities"]] == [
        ("Birkely", 1, ["Skærpet tilsyn med Plejecenter Lindegården"])]
    assert main(["compare", QUERY, "--db", db, "--csv", "--from", "2024-04", "--to", "2024-05-31"]) == 0
    lines = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["municipality"], r["number"], r["closed"]) for r in lines} == {
        ("Birkely", "2", "True"), ("Strandvig", "1", "False"), ("Strandvig", "3", "False")}
    assert main(["compare", "cykelsti skærpet", "--db", db]) == 0
    assert capsys.readouterr().err == "no municipality has matching items\n"
    assert main(["compare", QUERY, "--db", db, "--per-municipality", "0"]) == 1
    err = capsys.readouterr().err
    assert err == "referat: --per-municipality must be between 1 and 20\n"
    for bad in (["--from", "2024-13"], ["--to", "5. marts"], ["--outcome", "maybe"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["compare", QUERY, "--db", db, *bad])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and "error:" in err.splitlines()[-1], bad


def test_dates_and_danish_order() -> None:
    assert [valid_date(v) for v in ("2024", "2024-03", "2024-03-31", " 2024-02-29 ")] == [True] * 4
    assert [valid_date(v) for v in ("2023-02-29", "2024-13", "24-03-01", "2024-3", "marts", "")] == [False] * 6
    assert sorted(["Århus", "Ærø", "Odder", "Øster", "Aabenraa", "zeta", "Albertslund", "Égby"], key=danish_key) == [
        "Albertslund", "Égby", "Odder", "zeta", "Ærø", "Øster", "Aabenraa", "Århus"]
