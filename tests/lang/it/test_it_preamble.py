"""Italian: datelines, date lines and bylines above the story (ingest.preamble)."""

from __future__ import annotations

import pytest

from extractor import extract

BODY = "Il sindaco ha presentato il piano che riguarda scuole, parchi e strade della città."

# (text, published, from, partial, dateline place, agency)
CASES = [
    (f"(ANSA) - GENOVA, 15 MAR - {BODY}", None, None, "XXXX-03-15", "GENOVA", "ANSA"),
    (f"ROMA, 20 SET - {BODY}", None, None, "XXXX-09-20", "ROMA", None),
    (f"MILANO (ANSA) - {BODY}", None, None, None, "MILANO", "ANSA"),
    (f"Roma, 4 giugno 2025 - {BODY}", "2025-06-04", "dateline", None, "Roma", None),
    (f"Roma, 20 giu. 2019 (Agonb) – {BODY}", "2019-06-20", "dateline", None, "Roma", "Agonb"),
    (f"Titolo della notizia\nSottotitolo breve\nPalermo, 16 gennaio 2023 - {BODY}",
     "2023-01-16", "dateline", None, "Palermo", None),
    (f"23.54 - giovedì 15 giugno 2023\nTITOLO IN MAIUSCOLO\n{BODY}", "2023-06-15", "header",
     None, None, None),
    (f"17 febbraio 2022\n10:24\nPisa festeggia i trapianti\n{BODY}", "2022-02-17", "header",
     None, None, None),
    (f"Oggi, 20 marzo 2023, il ministro parte per Bruxelles. {BODY}", "2023-03-20", "header",
     None, None, None),
]  # fmt: skip

NOT_DATELINES = [
    f"Roma, la capitale, è in allerta. {BODY}",
    f"LIGURIA E VENETO SOTTO LA PIOGGIA\n{BODY}",
    f"Parla il sindaco: {BODY}",
]


@pytest.mark.parametrize(("text", "published", "source", "partial", "place", "agency"), CASES)
def test_it_preamble(
    text: str, published: str | None, source: str | None, partial: str | None,
    place: str | None, agency: str | None,
) -> None:  # fmt: skip
    record = extract(text, lang="it")
    s = record.source
    assert (s.published, s.published_from, s.published_partial) == (published, source, partial)
    assert (s.dateline.place if s.dateline else None) == place
    assert s.agency == agency
    if place is not None:
        dated = [p for p in record.places if "dateline" in p.roles]
        assert [p.mentions[0].text for p in dated] == [place]
    # the preamble's dates are metadata, not facts of the story
    assert all(d.start >= (s.dateline.end if s.dateline else 0) for d in record.dates)
    assert not [o for o in record.organizations if o.name in ("ANSA", "Agonb")]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_it_not_a_dateline(text: str) -> None:
    assert extract(text, lang="it").source.dateline is None


def test_it_partial_dateline_takes_the_year_of_the_address() -> None:
    record = extract(
        f"ROMA, 20 SET - {BODY}",
        lang="it",
        source={"url": "https://www.example.it/news/2021/09/incassi-cinema.html"},
    )
    assert (record.source.published, record.source.published_from) == ("2021-09-20", "dateline")
    assert record.source.published_partial is None


# Addresses that write the day with the month's name: '/23_agosto_22/' (two-digit year first).
URL_DATES = [
    ("https://www.example.it/spettacoli/23_agosto_22/morto-cantante.shtml", "2023-08-22"),
    ("https://www.example.it/cronaca/19_marzo_5/alluvione.shtml", "2019-03-05"),
    ("https://www.example.it/cronaca/19_mar_5/alluvione.shtml", None),  # abbreviations: no
    ("https://www.example.it/cronaca/19_febbraio_30/x.shtml", None),  # no such day
]


@pytest.mark.parametrize(("url", "published"), URL_DATES)
def test_it_publication_day_from_the_address(url: str, published: str | None) -> None:
    record = extract(BODY, lang="it", source={"url": url})
    assert record.source.published == published
    if published:
        assert record.source.published_from == "url"
