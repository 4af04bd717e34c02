"""English: datelines, date lines and bylines above the story (ingest.preamble)."""

from __future__ import annotations

import pytest

from extractor import extract

BODY = "The minister said the plan would cover schools, parks and roads across the whole city."

# (text, published, from, partial, dateline place, agency, authors)
CASES = [
    (f"WASHINGTON, Dec. 5 (UPI) -- {BODY}", None, None, "XXXX-12-05", "WASHINGTON", "UPI", []),
    (f"LONDON (Reuters) - {BODY}", None, None, None, "LONDON", "Reuters", []),
    (f"BAIKONUR /Kazakhstan/, October 4. /TASS/. {BODY}", None, None, "XXXX-10-04",
     "BAIKONUR", "TASS", []),
    (f"WASHINGTON, March 3 (AP) — {BODY}", None, None, "XXXX-03-03", "WASHINGTON", "AP", []),
    (f"NAIROBI, Kenya (AP) — {BODY}", None, None, None, "NAIROBI", "AP", []),
    (f"Murray wins in Rome\nPublished May 16, 2016\nROME: {BODY}", "2016-05-16", "header", None,
     "ROME", None, []),
    (f"Headline here\nBy RICHARD TOMKINS, UPI White House Correspondent\nWASHINGTON, Dec. 5 "
     f"(UPI) -- {BODY}", None, None, "XXXX-12-05", "WASHINGTON", "UPI", ["RICHARD TOMKINS"]),
    (f"Six Nations wrap\nSat, Feb 2, 2019, 6:42 PM\nAFP\n{BODY}", "2019-02-02", "header", None,
     None, None, []),
    (f"Storm hits the city\n11:44 am on 1 March 2023\n{BODY}", "2023-03-01", "header", None,
     None, None, []),
    (f"FTSE 100 falls\nAlex Daniel21 August 2024\n{BODY}", "2024-08-21", "header", None, None,
     None, []),
]  # fmt: skip

NOT_DATELINES = [
    f"Washington, the capital, is on alert. {BODY}",
    f"BREAKING: {BODY}",
    f"Murray, Serena clinch Rome titles\n{BODY}",
]


@pytest.mark.parametrize(
    ("text", "published", "source", "partial", "place", "agency", "authors"), CASES
)
def test_en_preamble(
    text: str, published: str | None, source: str | None, partial: str | None,
    place: str | None, agency: str | None, authors: list[str],
) -> None:  # fmt: skip
    record = extract(text, lang="en")
    s = record.source
    assert (s.published, s.published_from, s.published_partial) == (published, source, partial)
    assert (s.dateline.place if s.dateline else None) == place
    assert s.agency == agency
    assert s.authors == authors
    if s.dateline is not None:
        assert record.text[s.dateline.start : s.dateline.end] == s.dateline.text
    assert not [o for o in record.organizations if o.name in ("UPI", "Reuters", "AP", "TASS")]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_en_not_a_dateline(text: str) -> None:
    assert extract(text, lang="en").source.dateline is None


def test_en_given_published_date_wins() -> None:
    record = extract(f"Published May 16, 2016\n{BODY}", lang="en", published="2016-05-17")
    assert (record.source.published, record.source.published_from) == ("2016-05-17", "input")


def test_en_address_gives_the_date_when_the_text_does_not() -> None:
    record = extract(BODY, lang="en", source={"url": "https://example.com/2021/06/19/story/"})
    assert (record.source.published, record.source.published_from) == ("2021-06-19", "url")


# A wire photo's caption dates the story when nothing else does; anything else that dates it wins.
CAPTIONS = [
    ("Trooper walks on the bridge in Wimberly, Texas, United States May 24, 2015. "
     "REUTERS/Jay Janner\n\nThe river rose on Sunday, officials said.", None, "2015-05-24",
     "caption"),
    ("Trooper walks on the bridge in Wimberly, Texas May 24, 2015. REUTERS/Jay Janner\n\n"
     "The river rose on Sunday.", "https://example.com/2015/05/26/floods/", "2015-05-26", "url"),
    ("The river rose on Sunday, officials said on May 24, 2015.", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "url", "published", "where"), CAPTIONS)
def test_en_photo_caption_dates_the_story(
    text: str, url: str | None, published: str | None, where: str | None
) -> None:
    record = extract(text, lang="en", source={"url": url} if url else None)
    assert (record.source.published, record.source.published_from) == (published, where)
