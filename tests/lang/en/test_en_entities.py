"""English people, places and organisations from rules alone (no statistical NER)."""

from __future__ import annotations

import re

import pytest

from tests.entities_helpers import by_text, run

CASES: list[tuple[str, str, str, dict[str, object]]] = [
    ("Russian actress Julia Peresild took off this week.", "Julia Peresild", "PER",
     {"roles": ["actress"]}),
    ("Ahead of the 58-year-old legendary Tom Cruise, she flew.", "Tom Cruise", "PER",
     {"age": 58}),
    ("The 37-year-old Peresild underwent months of training.", "Peresild", "PER", {"age": 37}),
    ("The film director and writer Doug Liman will go.", "Doug Liman", "PER",
     {"roles": ["director", "writer"]}),
    ("They will fly with the pilot Michael López-Alegria, a veteran astronaut.",
     "Michael López-Alegria", "PER", {"roles": ["pilot", "astronaut"]}),
    ("The cast includes Anna Smith, John Brown and Mary Jones.", "John Brown", "PER", {}),
    ("The cast includes Anna Smith, John Brown and Mary Jones.", "Mary Jones", "PER", {}),
    ("Starring Zoltan Kertesz and Boris Ebenov.", "Zoltan Kertesz", "PER", {}),
    ("Plot: Commander Ivanov loses consciousness in orbit.", "Ivanov", "PER",
     {"fictional": True, "roles": ["commander"]}),
    ("Harrison Ford plays the character of Rick Deckard.", "Rick Deckard", "PER",
     {"fictional": True}),
    ("Jan Kowalczyk, 45, was arrested on Monday.", "Jan Kowalczyk", "PER", {"age": 45}),
    ("It launched from the Baikonur cosmodrome in Kazakhstan.", "Baikonur cosmodrome", "LOC",
     {"canonical": "Baikonur", "kind": "facility", "country": "KZ"}),
    ("It launched from the Baikonur cosmodrome in Kazakhstan.", "Kazakhstan", "LOC",
     {"canonical": "Kazakhstan", "kind": "country", "country": "KZ"}),
    ("Russia wants to beat the United States.", "United States", "LOC",
     {"canonical": "United States", "kind": "country", "country": "US"}),
    ("She moved to Nice last year.", "Nice", "LOC", {"canonical": "Nice", "country": "FR"}),
    ("The International Space Station (ISS) orbits Earth.", "International Space Station",
     "LOC", {"canonical": "International Space Station", "kind": "facility"}),
    ("The International Space Station (ISS) orbits Earth.", "ISS", "LOC",
     {"canonical": "International Space Station", "kind": "facility"}),
    ("The International Space Station (ISS) orbits Earth.", "Earth", "LOC",
     {"canonical": "Earth", "kind": "celestial"}),
    ("NASA is excited to work with @TomCruise on a film.", "NASA", "ORG", {"canonical": "NASA"}),
    ("– Jim Bridenstine (@JimBridenstine) May 5, 2020", "Jim Bridenstine", "PER", {}),
    ("With the help of Space X, Elon Musk's company, he would travel.", "Elon Musk", "PER", {}),
    ("With the help of Space X, Elon Musk's company, he would travel.", "Space X", "ORG",
     {"canonical": "SpaceX"}),
    ("President Joe Biden met Prime Minister Boris Johnson in London.", "Joe Biden", "PER",
     {"roles": ["president"]}),
    ("President Joe Biden met Prime Minister Boris Johnson in London.", "Boris Johnson", "PER",
     {"roles": ["prime minister"]}),
    ("President Joe Biden met Prime Minister Boris Johnson in London.", "London", "LOC",
     {"canonical": "London", "country": "GB"}),
    ("Rocket Lab, a US company, launched again.", "Rocket Lab", "ORG", {}),
    ("Secretary of State Antony Blinken, 59, traveled to Brussels.", "Antony Blinken", "PER",
     {"roles": ["secretary of state"], "age": 59}),
    ("WASHINGTON (Reuters) - The talks went on.", "WASHINGTON", "LOC", {"country": "US"}),
    ("Robert De Niro spoke.", "Robert De Niro", "PER", {}),
    ("The captain Joost van der Westhuizen scored.", "Joost van der Westhuizen", "PER", {}),
    ("The actress Elizabeth II Windsor waved.", "Elizabeth II Windsor", "PER", {}),
    ("The president Abdel Fattah el-Sisi spoke.", "Abdel Fattah el-Sisi", "PER",
     {"roles": ["president"]}),
    ("The Russian news agency TASS reported it.", "TASS", "ORG", {"canonical": "TASS"}),
    ("The cosmonauts Oleg Novitsky and Pyotr Dubrov returned.", "Pyotr Dubrov", "PER",
     {"roles": ["cosmonaut"]}),
    ("Duran, 45, takes on little-known Mexican Ariel Cruz, 30, in a fight.", "Ariel Cruz",
     "PER", {"age": 30}),
    ("She flew with Christian Bale and Brian Cox.", "Christian Bale", "PER", {}),
    ("The Indian Space Research Organisation said so.", "Indian Space Research Organisation",
     "ORG", {}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "label", "attrs"), CASES)
def test_en_entity(sentence: str, text: str, label: str, attrs: dict[str, object]) -> None:
    found = by_text(run("en", sentence))
    assert text in found, sorted(found)
    m = found[text]
    assert m.label == label
    if "roles" in attrs:
        assert m.roles == attrs["roles"]
    if "age" in attrs:
        assert m.age == attrs["age"]
    assert m.fictional is attrs.get("fictional", False)
    if "canonical" in attrs:
        assert m.canonical == attrs["canonical"]
    if "kind" in attrs:
        assert m.geo is not None and m.geo.kind == attrs["kind"]
    if "country" in attrs:
        assert m.geo is not None and m.geo.country_code == attrs["country"]


NEGATIVE: list[tuple[str, str]] = [
    ("Nice weather today.", "Nice"),
    ("Reading is fun.", "Reading"),
    ("Mobile phones are banned.", "Mobile"),
    ("Along with the Mission Impossible actor, the director will fly.", "Mission"),
    ("The production is called ‘The Challenge’ and is a project.", "Challenge"),
    ("The Soyuz MS-19 manned spacecraft departed today.", "Soyuz"),
    ("NASA is excited to work with @TomCruise on a film.", "@TomCruise"),
    ("See pic.twitter.com/CaPwfXtfUv for more.", "pic.twitter.com/CaPwfXtfUv"),
    ("The mayor spoke (AP Photo/John Smith).", "John Smith"),
    ("Photo: John Smith", "John Smith"),
    ("Earth Day is on April 22.", "Earth"),
    ("We need popular media to inspire a new generation.", "We"),
    ("In addition to training, he had to learn.", "In"),
    ("The actress spoke to the director.", "director"),
    ("It happened in May and June.", "May"),
    ("The Oleg Novitsky and Pet Dubrov cosmodromes will play characters.", "cosmodromes"),
    ("Results from the Hong Kong Open on Friday.", "Hong Kong"),
    ("Boston plays World Series champions today.", "World Series"),
    ("NASEEM RETAINS WBO FEATHERWEIGHT TITLE", "NASEEM"),
]


# 'White House' is also a translated alternate name of Casablanca in GeoNames.
NOT_A_PLACE: list[tuple[str, str]] = [
    ("The White House said no.", "White House"),
    ("Results from the U.S. Open Tennis Championships.", "U.S."),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_A_PLACE)
def test_en_not_a_place(sentence: str, word: str) -> None:
    doc = run("en", sentence)
    assert all(m.text != word for m in doc._.entities if m.label == "LOC"), doc._.entities


@pytest.mark.parametrize(("sentence", "word"), NEGATIVE)
def test_en_not_an_entity(sentence: str, word: str) -> None:
    doc = run("en", sentence)
    word_re = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    assert not any(word_re.search(m.text) for m in doc._.entities), doc._.entities


# Names with an apostrophe stay whole; one hyphen inside a word keeps it one token, as in the
# NER's training data (extractor/lang/en/tokenizer.py); dashes split.
TOKENS = [
    ("Julia Peresil’d", ["Julia", "Peresil’d"]),
    ("Julia Peresil'd", ["Julia", "Peresil'd"]),
    ("Conan O'Brien", ["Conan", "O'Brien"]),
    ("Massimo D'Alema", ["Massimo", "D'Alema"]),
    ("Elon Musk’s company", ["Elon", "Musk", "’s", "company"]),
    ("with @TomCruise on", ["with", "@TomCruise", "on"]),
    ("Anne-Gaelle Sidot", ["Anne-Gaelle", "Sidot"]),
    ("in Chester-le-Street", ["in", "Chester-le-Street"]),
    ("the 58-year-old actor", ["the", "58-year-old", "actor"]),
    ("well—known", ["well", "—", "known"]),
    ("Soyuz MS-19", ["Soyuz", "MS-19"]),
]


@pytest.mark.parametrize(("text", "tokens"), TOKENS)
def test_en_tokenizer(text: str, tokens: list[str]) -> None:
    from tests.entities_helpers import rules_nlp

    assert [t.text for t in rules_nlp("en").make_doc(text)] == tokens


LISTED = [
    ("Shares rose at Openreach (+2.1%), AJ Bell (+1.5%) and Shell (-0.4%).", "AJ Bell"),
]


@pytest.mark.parametrize(("sentence", "name"), LISTED)
def test_en_listed_company(sentence: str, name: str) -> None:
    from extractor import extract

    record = extract(sentence, lang="en")
    assert name in [o.name for o in record.organizations]


KINSHIP = [
    ("Serena beat her older sister Venus in the final.", "Venus"),
    ("He was survived by his wife Georgia and two sons.", "Georgia"),
]


@pytest.mark.parametrize(("sentence", "name"), KINSHIP)
def test_en_name_after_a_kinship_noun_is_a_person(sentence: str, name: str) -> None:
    from extractor import extract

    record = extract(sentence, lang="en")
    assert name in [p.name for p in record.people]
    assert name not in [p.name for p in record.places]
