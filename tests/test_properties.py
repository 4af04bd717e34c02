"""Property-based tests: no text makes extractor raise, offsets always quote the input, values
are always well-formed ISO 8601 / TIMEX3.

CI runs the derandomised "ci" profile (a few hundred examples, the same ones every run; see
conftest.py); a long random search is `pytest tests/test_properties.py --hypothesis-profile=long`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import ExtractorError, Record, diff, extract
from extractor.ingest.header import parse_header
from extractor.quantities.tagger import tag_quantities
from extractor.temporal import tag
from extractor.temporal.values import is_date_value, is_duration_value

LANGS = st.sampled_from(["it", "en"])
ANCHORS = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2021, 10, 6)]),
)

# Pieces of news text that the taggers read: numbers of every size and shape, number words,
# units, time words, months, era markers, clock-like digits, punctuation.
_WORDS = [
    "ago", "fa", "BC", "a.C.", "d.C.", "AD", "scorso", "scorsa", "last", "next", "prossimo",
    "the year", "l'anno", "nel", "in", "il", "alle", "at", "on", "dal", "al", "from", "to",
    "between", "tra", "entro", "by", "since", "dal", "until", "fino al", "circa", "about",
    "over", "oltre", "quasi", "nearly", "million", "milioni", "billion", "miliardi", "mila",
    "thousand", "hundred", "cento", "dozen", "decina", "half", "mezzo", "un", "a", "tre",
    "three", "ventuno", "twenty-one", "first", "primo", "third", "terzo", "years", "anni",
    "year", "anno", "months", "mesi", "weeks", "settimane", "days", "giorni", "hours", "ore",
    "minutes", "minuti", "seconds", "secondi", "century", "secolo", "centuries", "secoli",
    "decade", "decades", "decenni", "anni '90", "the 1990s", "millennium", "millennio",
    "km", "kg", "euro", "€", "$", "%", "per cento", "miles", "metri", "tonnellate", "people",
    "morti", "dead", "feriti", "today", "oggi", "ieri", "yesterday", "tomorrow", "domani",
    "Monday", "lunedì", "weekend", "week", "settimana", "morning", "mattina", "sera", "night",
    "GMT", "UTC", "ET", "ora italiana", "Moscow time", "a.m.", "p.m.", "h", "'", "minute",
    "st", "nd", "rd", "th", "°", "Q1", "Q4", "H1", "FY", "Christmas", "Natale", "Pasqua",
    "Easter", "Ferragosto", "Thanksgiving", "spring", "estate", "summer", "inverno",
    "January", "gennaio", "Feb.", "ott.", "October", "dicembre", "March", "maggio", "May",
    "of", "di", "del", "and", "e", ",", ".", "-", "–", "/", ":", "(", ")", "\n", "\n\n",
    "ROMA,", "(ANSA) -", "LONDON (Reuters) -", "/TASS/.", "—", "By", "Di",
]  # fmt: skip


def _number() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(min_value=-(10**15), max_value=10**15).map(str),
        st.integers(min_value=0, max_value=99999).map(str),
        st.integers(min_value=0, max_value=59).map(lambda n: f"{n:02d}"),
        st.floats(min_value=0, max_value=1e12, allow_nan=False).map(lambda x: f"{x:.3g}"),
        st.tuples(st.integers(0, 999), st.integers(0, 999)).map(lambda t: f"{t[0]},{t[1]}"),
        st.tuples(st.integers(0, 999), st.integers(0, 999)).map(lambda t: f"{t[0]}.{t[1]}"),
        st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda t: f"{t[0]}:{t[1]}"),
        st.tuples(st.integers(0, 40), st.integers(0, 13), st.integers(-99, 99999)).map(
            lambda t: f"{t[0]}/{t[1]}/{t[2]}"
        ),
        st.integers(min_value=0, max_value=10**8).map(lambda n: f"{n}-{n + 1}"),
        st.sampled_from(["III", "XXI", "MMXXI", "0", "00", "0000", "9999", "10000", "-1"]),
    )


_PIECE = st.one_of(st.sampled_from(_WORDS), _number(), st.text(min_size=1, max_size=3))
NEWSLIKE = st.lists(
    st.tuples(_PIECE, st.sampled_from([" ", " ", " ", "", "  ", "\n"])), max_size=40
).map(lambda parts: "".join(p + sep for p, sep in parts))
TEXTS = st.one_of(NEWSLIKE, st.text(max_size=300))


def _check_values(items: Any, text: str) -> None:
    for x in items:
        assert text[x.start : x.end] == x.text, x
        if x.kind in ("duration", "age"):
            assert x.value is not None and is_duration_value(x.value), x
        else:
            for v in (x.value, x.end_value):
                assert v is None or is_date_value(v) or is_duration_value(v), x


@given(text=TEXTS, lang=LANGS, anchor=ANCHORS, assistant=st.booleans())
def test_temporal_tag_never_raises(text: str, lang: str, anchor: Any, assistant: bool) -> None:
    timexes = tag(text, lang, anchor, convention="assistant" if assistant else "news")
    _check_values(timexes, text)
    starts = [t.start for t in timexes]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:], strict=False))


@given(text=TEXTS, lang=LANGS)
def test_quantities_never_raise(text: str, lang: str) -> None:
    for q in tag_quantities(text, lang):
        assert text[q.start : q.end] == q.text
        assert q.value == q.value  # not NaN


@given(text=TEXTS, lang=st.sampled_from(["it", "en", None]))
def test_header_parser_never_raises(text: str, lang: str | None) -> None:
    header = parse_header(text, lang)
    assert 0 <= header.end <= len(text)
    for start, end, name in header.authors:
        assert text[start:end] == name
    assert header.published is None or isinstance(header.published, dt.date)


def _check_record(record: Record) -> None:
    text = record.text
    for kind in ("people", "places", "organizations"):
        for entity in getattr(record, kind):
            for m in entity.mentions:
                assert text[m.start : m.end] == m.text
    for d in record.dates:
        assert text[d.start : d.end] == d.text
        for v in (d.value, d.end_value):
            assert v is None or is_date_value(v), d
    for u in record.durations:
        assert text[u.start : u.end] == u.text
        assert is_duration_value(u.value), u
    for q in record.quantities:
        assert text[q.start : q.end] == q.text
    for start, end in record.sentences:
        assert 0 <= start <= end <= len(text)
    Record.model_validate_json(record.model_dump_json())  # it round-trips through its schema


PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1)).map(str))


def _extract_or_input_error(text: str, lang: str | None, published: str | None) -> Record | None:
    try:
        return extract(text, lang=lang, published=published)
    except ExtractorError:
        return None  # a clear error (empty text, unknown language) is allowed; nothing else


# The whole pipeline costs ~20 ms a text: a share of the profile's examples.
@settings(max_examples=max(10, settings.default.max_examples * 2 // 5))
@given(text=TEXTS, lang=st.sampled_from(["it", "en", None]), published=PUBLISHED)
def test_pipeline_never_raises(text: str, lang: str | None, published: str | None) -> None:
    record = _extract_or_input_error(text, lang, published)
    if record is not None:
        _check_record(record)


@settings(max_examples=max(5, settings.default.max_examples // 10))
@given(a=NEWSLIKE, b=NEWSLIKE, published=PUBLISHED)
def test_diff_never_raises(a: str, b: str, published: str | None) -> None:
    records = [
        r
        for r in (_extract_or_input_error(t, lang, published) for t, lang in ((a, "it"), (b, "en")))
        if r is not None
    ]
    if len(records) == 2:
        d = diff(records, labels=["a", "b"])
        d.model_validate_json(d.model_dump_json())


@pytest.mark.parametrize(
    "text",
    [
        "Lucy lived 3.2 million years ago in Ethiopia.",
        "Dinosaurs died out 66 million years ago.",
        "In 10000 years the sun will still shine.",
        "Nel III secolo a.C. Roma conquistò la Sicilia; nel 1500 a.C. no.",
        "in the year 3000 and in 30000 years",
        "The 3rd century BC saw the Punic Wars.",
        "Tra un milione di anni, o 5 miliardi di anni fa.",
    ],
)
@pytest.mark.parametrize("published", ["2015-05-28", "0001-01-01", "9999-12-31", None])
def test_deep_past_and_far_future(text: str, published: str | None) -> None:
    record = extract(text, published=published)
    _check_record(record)
