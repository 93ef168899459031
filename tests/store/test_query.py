"""The search syntax, the index words and the snippets, without a database."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referat.store.query import MAX_TERMS, parse_query
from referat.store.search import _date_bound, tsquery_expressions
from referat.store.textindex import (
    _SENTENCE,
    _WORD,
    _matches,
    _matching_words,
    _sentence_around_first_match,
    index_words,
    snippet,
    stem,
)


def _shape(text: str) -> tuple[list[list[tuple[tuple[str, ...], bool]]], list[tuple[str, ...]]]:
    query = parse_query(text)
    return ([[(t.stems, t.prefix) for t in group] for group in query.groups], [t.stems for t in query.excluded])


def test_words_are_stemmed_and_match_as_prefixes() -> None:
    assert _shape("flygtninge godkende") == ([[(("flygtning",), True)], [(("godk",), True)]], [])


def test_phrases_are_exact_sequences() -> None:
    groups, _ = _shape('"skærpet tilsyn" ledige')
    assert groups == [[(("skærp", "tilsyn"), False)], [(("led",), True)]]
    # A quoted single word matches its stem exactly; a hyphenated word is a phrase.
    assert _shape('"flygtninge"')[0] == [[(("flygtning",), False)]]
    assert _shape("a-kasser")[0] == [[(("a", "kas"), False)]]


def test_or_exclusion_and_explicit_prefix() -> None:
    groups, excluded = _shape("voksenlærlinge OR flygtninge -ukraine beskæft* ud*")
    assert groups == [[(("voksenlærling",), True), (("flygtning",), True)], [(("beskæft",), True)]]
    assert excluded == [("ukrain",)]
    # "ud" is a stop word and disappears, starred or not; a short stem matches exactly unless starred.
    assert _shape("it")[0] == [[(("it",), False)]]
    assert _shape("it*")[0] == [[(("it",), True)]]


def test_stop_words_are_dropped_everywhere() -> None:
    assert parse_query("og i at").empty
    assert _shape('"indsats for ledige"')[0] == [[(("indsat", "led"), False)]]
    assert index_words("Ledige og unge i job") == ["ledige", "unge", "job"]


@pytest.mark.parametrize("text", ['"', "*", "-", "OR", "OR OR", "NEAR(", "'; DROP TABLE meeting; --", "\x00",
                                  '"unclosed phrase', "a AND OR NOT", "%_", "fraværende:*", "x" * 10_000,
                                  "(((", "^", "col:word", "{title}: x"])
def test_malformed_queries_become_plain_words(text: str) -> None:
    query = parse_query(text)
    for term in [t for group in query.groups for t in group] + query.excluded:
        assert all(re.fullmatch(r"[^\W_]+", w) for w in term.words + term.stems)


def test_query_size_is_bounded() -> None:
    query = parse_query(" ".join(f"ord{n}" for n in range(1000)))
    assert sum(map(len, query.groups)) == MAX_TERMS


@given(st.text(max_size=300))
def test_any_text_parses_to_safe_expressions(text: str) -> None:
    positive, excluded = tsquery_expressions(parse_query(text))
    for expression in (positive, excluded or ""):
        # Only quoted letters and digits, operators and parentheses: nothing PostgreSQL could misread.
        assert re.fullmatch(r"(?:'[^\W_]+'(?::\*)?|[()&|!<\->\s])*", expression)


def test_snippet_escapes_the_minutes_and_marks_matches() -> None:
    text = 'Første sætning. Borgere <script>alert("x")</script> & flygtninge får job. Sidste.'
    html = snippet(text, [stem("flygtning")])
    assert html == ("Borgere &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                    "<mark>flygtninge</mark> får job.")
    assert "<script>" not in html


def test_snippet_sentences_do_not_end_at_abbreviations() -> None:
    text = "Indledning. På mødet den 4. maj, pkt. 5, blev udvalget orienteret om skærpet tilsyn. Sidste."
    assert snippet(text, [stem("tilsyn")]) == ("På mødet den 4. maj, pkt. 5, blev udvalget orienteret om skærpet "
                                               "<mark>tilsyn</mark>.")


def _sentence_by_splitting(text: str, stems: tuple[str, ...]) -> str:
    """Reference: split every sentence, then take the first holding a match (what the snippet does in one pass)."""
    sentences = [part for part in _SENTENCE.split(text) if part.strip()]
    return next((part for part in sentences if any(_matches(w, stems, frozenset()) for w in _WORD.findall(part))),
                sentences[0] if sentences else text)


@given(st.lists(st.sampled_from(["Flygtninge", "flygtning", "job", "Jobcentret", "pkt.", "5,", "Det", "ca.", ".",
                                 "!", "\n", "kr.", "Sagen", "og", "«Citat»", "(Note)", "  "]), max_size=40))
def test_snippet_finds_the_sentence_the_reference_finds(words: list[str]) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    stems = (stem("flygtning"), stem("job"))
    assert _sentence_around_first_match(text, stems, frozenset()) == _sentence_by_splitting(text, stems)


_DANISH_WORDS = ["Flygtninge", "flygtning", "FLYGTNINGENE", "job", "Jobcentret", "jobs", "ÆBLER", "æble", "Øer",
                 "ø", "Åen", "Skærpet", "skærpede", "tilsyn", "Tilsynet", "og", "OG", "it", "itsystem", "ledighed",
                 "Ledigheden", "ledige", "ﬁnans", "5", "2025", "x_y"]


@given(st.lists(st.sampled_from([*_DANISH_WORDS, ".", ",", " ", "\n", "-", "_", "(", "»"]), max_size=40),
       st.lists(st.sampled_from(_DANISH_WORDS[:-3]), min_size=1, max_size=3),
       st.lists(st.sampled_from(_DANISH_WORDS[:-3]), max_size=2))
def test_snippet_marks_every_word_that_matches_and_no_other(parts: list[str], prefixes: list[str],
                                                            exact: list[str]) -> None:
    # The snippet looks for candidates by pattern; the words it finds are those a word-by-word test finds.
    text = "".join(parts)
    wanted = tuple(stem(w.lower()) for w in prefixes)
    exact_stems = frozenset(stem(w.lower()) for w in exact)
    by_word = [w for w in _WORD.findall(text) if _matches(w, wanted, exact_stems)]
    assert [m.group() for m in _matching_words(text, wanted, exact_stems)] == by_word


def test_snippet_marks_a_word_joined_by_an_underscore() -> None:
    # The index splits at "_" (FTS5's unicode61 does), so the word after it is found and marked.
    assert snippet("Bilag_flygtninge og job.", [stem("flygtning")]) == "Bilag_<mark>flygtninge</mark> og job."


def test_snippet_centres_long_sentences_on_the_first_match() -> None:
    text = " ".join(["fyld"] * 200 + ["voksenlærlinge"] + ["fyld"] * 200)
    html = snippet(text, [stem("voksenlærlinge")], limit=100)
    assert html.startswith("…") and html.endswith("…") and "<mark>voksenlærlinge</mark>" in html
    assert len(html.replace("<mark>", "").replace("</mark>", "")) <= 102


def test_snippet_exact_stems_do_not_match_longer_words() -> None:
    assert "<mark>" not in snippet("Et itsystem.", [], exact=frozenset({"it"}))
    assert snippet("Et it system.", [], exact=frozenset({"it"})) == "Et <mark>it</mark> system."


@pytest.mark.parametrize(("value", "upper", "expected"), [
    ("2024", False, 20240101), ("2024", True, 20241231), ("2024-02", True, 20240229), ("2023-02", True, 20230228),
    ("2024-03-18", False, 20240318), (" 2024-3-8 ", True, 20240308), ("2024-13", False, None), ("marts", False, None),
    ("2024-02-30", True, None),
])
def test_partial_dates(value: str, upper: bool, expected: int | None) -> None:
    assert _date_bound(value, upper) == expected
