"""The synthetic minutes: deterministic, sized as asked, in every layout, and read back by the parser.

The generator knows what it printed (``with_truth=True``), so parsing its documents is a
whole-document test of the parser: every field of ``referat parse --json`` is compared.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from referat.model import Meeting
from referat.parse import parse_document
from referat.synth import MUNICIPALITIES, fictional_names, generate_corpus, iter_meetings, iter_minutes, plan
from referat.vocab import municipalities

REPO = Path(__file__).resolve().parents[1]
_FOOTER = re.compile(rb"<footer.*?</footer>", re.DOTALL)


def _digest(items: int, seed: int) -> str:
    h = hashlib.sha256()
    for name, data in iter_minutes(items, seed=seed):
        h.update(name.encode())
        h.update(data)
    return h.hexdigest()


def test_same_seed_same_bytes_and_another_seed_others() -> None:
    first = list(iter_minutes(1500, seed=3))
    assert first == list(iter_minutes(1500, seed=3))
    assert first != list(iter_minutes(1500, seed=4))


def test_same_bytes_in_another_process_with_other_hash_seeds() -> None:
    code = "import sys; sys.path.insert(0, sys.argv[1]); from test_synth import _digest; print(_digest(800, 5))"
    digests = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", code, str(REPO / "tests")], env=env, capture_output=True,
                             text=True, check=True, cwd=REPO)
        digests.add(out.stdout.strip())
    assert digests == {_digest(800, 5)}


@pytest.mark.parametrize("items", [1, 7, 500, 2345])
def test_exactly_the_items_asked_for(items: int) -> None:
    meetings = [truth for _, _, truth in iter_minutes(items, seed=1, with_truth=True)]
    assert sum(len(m.items) for m in meetings) == items
    assert all(1 <= len(m.items) <= 12 for m in meetings)
    assert all(len(m.items) >= 6 for m in meetings[:-1])


def test_every_layout_and_house_style() -> None:
    specs = list(iter_meetings(3000, seed=2))
    assert {(s.fmt, s.style) for s in specs} >= {("text", "lejre"), ("text", "lemvig"), ("text", "slagelse"),
                                                ("text", "albertslund"), ("markdown", "lejre"), ("html", "portal")}
    docs = {name: data.decode("utf-8") for name, data in iter_minutes(3000, seed=2)}
    assert {name.rsplit(".", 1)[1] for name in docs} == {"txt", "md", "html"}
    md = next(d for n, d in docs.items() if n.endswith(".md"))
    assert re.search(r"(?m)^# \*\*REFERAT .+\*\*$", md) and "<b>Mødedato</b>\t" in md
    assert "## **Punkt 1: " in md and "### **Beslutning**" in md
    page = next(d for n, d in docs.items() if n.endswith(".html"))
    for label in ("UDVALG", "MØDE", "STED", "STARTTIDSPUNKT", "SLUTTIDSPUNKT"):
        assert f"<dt>{label}</dt>" in page or f"<th>{label}</th>" in page
    assert re.search(r"<h2>\d+\. ", page) and "<h3>Beslutning</h3>" in page
    text = "".join(d for n, d in docs.items() if n.endswith(".txt"))
    assert re.search(r"(?m)^REFERAT .+ - \d{4}-\d{4} d\. \d\d-\d\d-\d{4}$", text)
    assert re.search(r"(?m)^Mødedato (Mandag|Tirsdag|Onsdag|Torsdag|Fredag) d\. \d\d\. [a-z]+ \d{4} kl\. \d\d:\d\d$",
                     text)
    assert re.search(r"(?m)^.+\.\.\.\.\.\t\d+$", text) and "Indholdsfortegnelse" in text
    assert re.search(r"(?m)^Beslutning i .+ den \d{1,2}\. [a-z]+ \d{4}:$", text)
    assert re.search(r"(?m)^Punkt \d+: Lukket: ", text) and re.search(r"(?m)^For stemte: ", text)


def test_only_the_formats_asked_for() -> None:
    names = [name for name, _ in iter_minutes(600, seed=1, formats=("html",))]
    assert names and all(name.endswith(".html") for name in names)
    names = [name for name, _ in iter_minutes(600, seed=1, formats="text,markdown")]
    assert {name.rsplit(".", 1)[1] for name in names} == {"txt", "md"}
    with pytest.raises(ValueError, match="formats"):
        list(iter_minutes(10, formats=("pdf",)))


def test_case_number_forms_of_the_seeds() -> None:
    text = "".join(data.decode("utf-8") for _, data in iter_minutes(4000, seed=6))
    assert re.search(r"(?m)^\d\d-\d{6}$", text)  # 24-001234
    assert re.search(r"(?m)^\d\d\.\d\d\.\d\d[A-ZØ]\d\d-\d+-\d\d$", text)  # 15.20.00A00-1-24
    assert re.search(r"(?m)^\d\d\.\d\d\.\d\d-[A-ZØ]\d\d-\d+-\d\d$", text)  # 15.20.00-A00-1-24
    assert re.search(r"(?m)^Sagsnr\.: 9\d\d-20\d\d-\d+$", text)  # Sagsnr.: 9xx-2024-12345
    assert re.search(r"(?m)^Dok\.nr\.: 9\d\d-20\d\d-\d+$", text)


def _meetings(items: int, seed: int, formats: str = "text,markdown,html") -> list[Meeting]:
    return [truth for _, _, truth in iter_minutes(items, seed=seed, formats=formats, with_truth=True)]


def test_cases_travel_from_committee_to_council() -> None:
    seen: dict[tuple[str | None, str], list[str]] = {}
    carried = 0
    for meeting in _meetings(8000, seed=7):
        for item in meeting.items:
            for number in item.case_numbers:
                seen.setdefault((meeting.municipality, number), []).append(meeting.body or "")
            if meeting.body in ("Byrådet", "Kommunalbestyrelsen") and (
                    any("udvalg" in (h.body or "").lower() for h in item.history)
                    or any(d.body and "udvalg" in d.body.lower() for d in item.decisions)):
                carried += 1
    travelled = [bodies for bodies in seen.values()
                 if "Økonomiudvalget" in bodies and ({"Byrådet", "Kommunalbestyrelsen"} & set(bodies))
                 and any(b.startswith(("Udvalget", "Social", "Arbejds", "Beskæft", "Job")) for b in bodies)]
    assert len(travelled) >= 20
    assert carried >= 20


def test_the_variety_a_search_benchmark_needs() -> None:
    meetings = _meetings(6000, seed=8)
    items = [item for m in meetings for item in m.items]
    outcomes = Counter(o for item in items for d in item.decisions for o in d.outcomes)
    assert set(outcomes) >= {"approved", "noted", "discussed", "postponed", "withdrawn", "rejected", "recommended",
                             "none"}
    assert sum(1 for item in items if item.votes) >= 10
    assert sum(1 for item in items if item.closed) >= 20
    assert sum(1 for item in items if item.tables) >= 20
    assert sum(1 for item in items if item.attachments) >= len(items) // 3
    assert sum(1 for item in items if item.absent) >= 50
    assert sum(1 for item in items if item.present) >= 5 and sum(1 for m in meetings if m.substitutes) >= 5
    assert sum(1 for item in items if len(item.outcomes) > 1) >= 5  # "Ad. 1) ... Ad. 2) ..."
    assert {d.date for item in items for d in item.decisions if d.date} and any(item.history for item in items)
    assert any("not_released" in h.outcomes for item in items for h in item.history)
    words = Counter(w.lower() for m in meetings for item in m.items for s in item.sections
                    for w in re.findall(r"[a-zæøåA-ZÆØÅ][a-zæøå-]{2,}", s.text))
    assert len(words) >= 600
    for form in ("flygtning", "flygtninge", "flygtningene", "flygtninges", "virksomhedspraktik",
                 "virksomhedspraktikker", "ledighed", "ledigheden", "sygedagpenge", "fleksjob", "voksenlærlinge",
                 "nytteindsatsen", "a-kasserne", "løntilskud", "integrationsgrunduddannelse"):
        assert words[form], form
    assert re.search(r"\d\.\d{3},\d", json.dumps([t.rows for i in items for t in i.tables]))  # 1.234,5


def test_fictional_municipalities_are_not_real_ones() -> None:
    real_names = {str(e["name"]).lower() for e in municipalities()}
    real_names |= {str(a).lower() for e in municipalities() for a in e.get("aliases", [])}
    towns = {str(t).lower() for e in municipalities() for t in e.get("towns", [])}
    codes = {int(e["code"]) for e in municipalities()}
    names = fictional_names(300)
    assert [n for n, _, _ in MUNICIPALITIES] == [n for n, _ in names[:8]]
    assert len({n for n, _ in names}) == 300 and len({c for _, c in names}) == 300
    assert not {n.lower() for n, _ in names} & (real_names | towns)
    assert not {c for _, c in names} & codes
    assert all(100 <= c <= 999 for _, c in names)
    assert plan(1_000_000)[0] <= 300


def _same(truth: Meeting, data: bytes, name: str) -> None:
    truth.source.sha256 = hashlib.sha256(data).hexdigest()
    got = parse_document(data, path=name)
    assert got.to_dict() == truth.to_dict(), name


@pytest.mark.parametrize("formats", ["text", "markdown"])
def test_parser_reads_back_everything_generated(formats: str) -> None:
    for name, data, truth in iter_minutes(2500, seed=11, formats=formats, with_truth=True):
        _same(truth, data, name)


def test_parser_reads_back_portal_pages_without_their_footer() -> None:
    for name, data, truth in iter_minutes(2500, seed=12, formats="html", with_truth=True):
        _same(truth, _FOOTER.sub(b"", data), name)


def test_parser_leaves_the_portal_footer_out() -> None:
    for name, data, truth in iter_minutes(400, seed=12, formats="html", with_truth=True):
        _same(truth, data, name)


def test_generate_corpus_writes_the_files(tmp_path: Path) -> None:
    files = generate_corpus(tmp_path, 300, seed=2)
    assert files and all(p.is_file() and p.is_relative_to(tmp_path) for p in files)
    assert len(set(files)) == len(files)
    assert [p.read_bytes() for p in files] == [data for _, data in iter_minutes(300, seed=2)]


def test_corpus_command(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(REPO / "bench" / "corpus.py"), str(tmp_path / "c"), "--items", "200",
                          "--formats", "text,html", "--json"], capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout)
    assert figures["items"] == 200 and figures["documents"] == len(list((tmp_path / "c").rglob("*.*")))
    assert {p.suffix for p in (tmp_path / "c").rglob("*.*")} == {".txt", ".html"}
    bad = subprocess.run([sys.executable, str(REPO / "bench" / "corpus.py"), "-", "--formats", "pdf"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "formats" in bad.stderr and "Traceback" not in bad.stderr


def test_case_items_know_their_topic() -> None:
    from referat.synth import iter_meetings
    from referat.synth.topics import TOPICS

    items = [item for spec in iter_meetings(600, seed=4) for item in spec.items]
    keys = {str(t["key"]) for t in TOPICS}
    assert {item.topic for item in items if item.topic} <= keys
    assert len({item.topic for item in items if item.topic}) >= 10
    assert all(item.topic is None for item in items if item.title and "Godkendelse af dagsorden" in item.title)
