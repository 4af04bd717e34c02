"""extractor_consistency: one reading per name across the document."""

from __future__ import annotations

import spacy

from extractor.entities.consistency import make_consistent
from extractor.entities.lexicon import get_lang_cues
from extractor.entities.types import EntityLabel, EntityMention, GeoInfo

_NLP = spacy.blank("en")
_NLP.add_pipe("sentencizer")


def _mention(text: str, surface: str, label: EntityLabel, source: str = "ner", nth: int = 0,
             geo: GeoInfo | None = None) -> EntityMention:  # fmt: skip
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return EntityMention(start, start + len(surface), surface, label, source=source, geo=geo)


def _run(text: str, mentions: list[EntityMention]) -> list[tuple[str, str, str]]:
    doc = _NLP(text)
    out = make_consistent(doc, mentions, get_lang_cues("en"))
    for m in out:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.label, m.source) for m in out]


def test_a_bare_surname_of_a_person_named_in_full_is_that_person() -> None:
    text = "Max Verstappen took pole. Hamilton was second, and Verstappen led."
    got = _run(
        text,
        [_mention(text, "Max Verstappen", "PER"), _mention(text, "Hamilton", "PER"),
         _mention(text, "Verstappen", "LOC", nth=1)],
    )  # fmt: skip
    assert ("Verstappen", "PER", "document") in got


def test_a_known_place_after_a_locative_preposition_keeps_its_reading() -> None:
    text = "George Washington spoke. The talks were held in Washington."
    dc = GeoInfo(name="Washington", kind="city", country_code="US")
    got = _run(
        text,
        [_mention(text, "George Washington", "PER"),
         _mention(text, "Washington", "LOC", source="gazetteer", nth=1, geo=dc)],
    )  # fmt: skip
    assert ("Washington", "LOC", "gazetteer") in got


def test_occurrences_the_model_missed_are_found() -> None:
    text = "Lewis Hamilton was second. Later Hamilton said it was hard."
    got = _run(text, [_mention(text, "Lewis Hamilton", "PER")])
    assert ("Hamilton", "PER", "document") in got


def test_a_surname_inside_a_longer_name_is_not_a_mention() -> None:
    text = "Lewis Hamilton was second. Hamilton Island is far away."
    got = _run(text, [_mention(text, "Lewis Hamilton", "PER")])
    assert [g[0] for g in got] == ["Lewis Hamilton"]


def test_a_rule_outweighs_repeated_guesses_of_the_model() -> None:
    text = "The team Ineos Grenadiers won. Ineos Grenadiers led. Ineos Grenadiers rode."
    got = _run(
        text,
        [_mention(text, "Ineos Grenadiers", "ORG", source="rule"),
         _mention(text, "Ineos Grenadiers", "PER", nth=1),
         _mention(text, "Ineos Grenadiers", "PER", nth=2)],
    )  # fmt: skip
    assert {g[1] for g in got} == {"ORG"}


def test_a_tie_changes_nothing() -> None:
    text = "Jordan spoke. Later Jordan was visited."
    got = _run(text, [_mention(text, "Jordan", "PER"), _mention(text, "Jordan", "LOC", nth=1)])
    assert [g[1] for g in got] == ["PER", "LOC"]


def test_a_capitals_line_name_alone_keeps_its_reading() -> None:
    text = "BALTIMORE 5 DETROIT 3\nThe game went on in Rome."
    got = _run(text, [_mention(text, "BALTIMORE", "ORG"), _mention(text, "Rome", "LOC")])
    assert [g[0] for g in got] == ["BALTIMORE", "Rome"]


def test_a_capitals_name_takes_the_reading_of_the_name_written_normally() -> None:
    text = "ROME, March 3 -\nThe mayor of Rome spoke."
    got = _run(text, [_mention(text, "ROME", "ORG"), _mention(text, "Rome", "LOC")])
    assert ("ROME", "LOC", "document") in got


def test_an_acronym_in_ordinary_text_is_kept() -> None:
    text = "The agency NASA said the launch was delayed."
    got = _run(text, [_mention(text, "NASA", "ORG")])
    assert got == [("NASA", "ORG", "ner")]


def test_bylines_are_never_relabelled() -> None:
    text = "By Anna Rossi\nRossi Street was closed. Rossi Street reopened."
    got = _run(
        text,
        [_mention(text, "Anna Rossi", "PER", source="byline"),
         _mention(text, "Rossi Street", "LOC"), _mention(text, "Rossi Street", "LOC", nth=1)],
    )  # fmt: skip
    assert ("Anna Rossi", "PER", "byline") in got
    assert ("Rossi Street", "LOC", "ner") in got


def test_a_mention_cut_short_of_a_name_written_in_full_elsewhere_is_completed() -> None:
    text = "Julia Peresil’d arrived. Later, Julia Peresil’d spoke."
    got = _run(
        text, [_mention(text, "Julia Peresil’d", "PER"), _mention(text, "Julia", "PER", nth=1)]
    )
    assert [g[0] for g in got] == ["Julia Peresil’d", "Julia Peresil’d"]


def test_a_place_that_opens_a_surname_of_several_words_is_part_of_the_person() -> None:
    text = "Matteo Messina Denaro was arrested. Messina Denaro said nothing. He lived in Messina."
    city = GeoInfo(name="Messina", kind="city", country_code="IT")
    got = _run(
        text,
        [_mention(text, "Matteo Messina Denaro", "PER"), _mention(text, "Messina", "LOC", nth=1),
         _mention(text, "Messina", "LOC", nth=2, source="gazetteer", geo=city)],
    )  # fmt: skip
    assert ("Messina Denaro", "PER", "document") in got
    assert ("Messina", "LOC", "gazetteer") in got  # the city after 'in' stays a city
