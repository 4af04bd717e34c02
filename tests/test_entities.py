"""extractor_entities engine: gazetteer, NER cleaning, bylines, header, ages from the temporal
stage, doc.ents, and the factory contract. Language tables live in tests/lang/*/."""

from __future__ import annotations

import time

import pytest
from spacy.tokens import Doc, Span

from extractor.entities.gazetteer import case_compatible, get_gazetteer, normalise
from extractor.entities.lexicon import get_lang_cues, get_org_list
from extractor.entities.types import EntityMention
from extractor.temporal.types import Timex
from tests.entities_helpers import rules_nlp


def _with_ner(lang: str, text: str, ents: list[tuple[str, str]], **ext: object) -> Doc:
    """Run the component on a doc whose statistical NER said `ents` (surface, label)."""
    nlp = rules_nlp(lang)
    doc = nlp.make_doc(text)
    for key, value in ext.items():
        setattr(doc._, key, value)
    doc = nlp.get_pipe("sentencizer")(doc)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return nlp.get_pipe("extractor_entities")(doc)


def _texts(doc: Doc, label: str | None = None) -> list[str]:
    return [m.text for m in doc._.entities if label is None or m.label == label]


# -- gazetteer --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical", "kind", "country", "geonames_id"),
    [
        ("Bajkonur", "Baikonur", "city", "KZ", 1521368),
        ("Baikonur", "Baikonur", "city", "KZ", 1521368),
        ("Kazakistan", "Kazakhstan", "country", "KZ", 1522867),
        ("Kazakhstan", "Kazakhstan", "country", "KZ", 1522867),
        ("Stati Uniti", "United States", "country", "US", 6252001),
        ("Mosca", "Moscow", "city", "RU", 524901),
        ("Germania", "Germany", "country", "DE", 2921044),
    ],
)
def test_gazetteer_lookup(
    name: str, canonical: str, kind: str, country: str, geonames_id: int
) -> None:
    hit = get_gazetteer().lookup(name)
    assert hit is not None
    assert (hit.geo.name, hit.geo.kind, hit.geo.country_code) == (canonical, kind, country)
    assert hit.geo.geonames_id == geonames_id


def test_gazetteer_drops_historical_names_and_codes() -> None:
    # 'Leninsk' is an old name of Baikonur; 'BXY' its airport code: neither should point there.
    for alt in ("BXY", "Zvezdograd"):
        hit = get_gazetteer().lookup(alt)
        assert hit is None or hit.geo.name != "Baikonur"


def test_gazetteer_is_built_once_and_fast() -> None:
    gaz = get_gazetteer()
    assert get_gazetteer() is gaz
    t0 = time.perf_counter()
    for _ in range(10000):
        gaz.lookup("Stazione spaziale internazionale")
    assert time.perf_counter() - t0 < 0.5


@pytest.mark.parametrize(
    ("found", "name", "ok"),
    [
        ("Stazione spaziale internazionale", "Stazione spaziale internazionale", True),
        ("Stazione Spaziale Internazionale", "Stazione spaziale internazionale", True),
        ("stazione spaziale internazionale", "Stazione spaziale internazionale", False),
        ("United states", "United States", False),
        ("Iss", "ISS", False),
        ("ISS", "ISS", True),
    ],
)
def test_case_compatible(found: str, name: str, ok: bool) -> None:
    assert case_compatible(found, name) is ok


def test_normalise_ignores_case_accents_apostrophes() -> None:
    assert normalise("Peresil’d  ŠKAPLEROV") == normalise("peresil'd škaplerov".upper())
    assert normalise("Škaplerov") == "skaplerov"


def test_org_list_aliases_share_a_canonical() -> None:
    orgs = get_org_list()
    for alias in ("SpaceX", "Space X"):
        hit = orgs.lookup(alias)
        assert hit is not None and hit[0].canonical == "SpaceX"
    assert orgs.description("it", "agenzia spaziale russa") is not None
    assert orgs.lookup("Soyuz") is None


@pytest.mark.parametrize("lang", ["it", "en"])
def test_lang_cues_load(lang: str) -> None:
    cues = get_lang_cues(lang)
    assert cues.role_nouns and cues.cast_cues and cues.age_before
    # month names and stop words are never an entity alone
    assert normalise("ottobre" if lang == "it" else "October") in cues.never_alone


# -- statistical NER cleaning -----------------------------------------------------------------

EN_TEXT = (
    "TRAILER date 2021-10-06 By Ana Carolina Barsallo\n\n"
    "In addition, NASA is excited to work with @TomCruise on the Mission Impossible actor's film. "
    "The Soyuz MS-19 spacecraft departed. The production is called ‘The Challenge’. "
    "The actress Julia Peresild flew with Anton Shkaplerov to Russia's Baikonur cosmodrome."
)


def test_noisy_ner_is_cleaned() -> None:
    doc = _with_ner(
        "en",
        EN_TEXT,
        [
            ("TRAILER", "PER"),
            ("In", "ORG"),
            ("NASA", "ORG"),
            ("@TomCruise", "PER"),
            ("Mission Impossible", "PER"),
            ("Soyuz MS-19", "ORG"),
            ("The Challenge", "ORG"),
            ("Julia Peresild", "PER"),
            ("Anton Shkaplerov", "LOC"),  # a wrong label the role/list rules do not fix
            ("Russia", "ORG"),
        ],
    )
    texts = _texts(doc)
    for junk in ("TRAILER", "In", "@TomCruise", "Mission Impossible", "Soyuz MS-19"):
        assert junk not in texts
    assert "The Challenge" not in texts and "Challenge" not in texts
    found = {m.text: m for m in doc._.entities}
    assert found["NASA"].label == "ORG"
    assert found["Julia Peresild"].roles == ["actress"]
    assert found["Russia"].label == "LOC"  # NER's ORG for a country the gazetteer knows
    assert found["Russia"].geo is not None and found["Russia"].geo.country_code == "RU"
    assert found["Baikonur cosmodrome"].canonical == "Baikonur"


def test_ner_place_gets_geo_and_trimmed() -> None:
    doc = _with_ner("en", "They met in the Nice of the south, in Vladimir.", [("Vladimir", "LOC")])
    (m,) = doc._.entities
    assert (m.text, m.label, m.source) == ("Vladimir", "LOC", "ner")
    assert m.geo is not None and m.geo.country_code == "RU"


def test_ner_person_beats_city_inside_a_name() -> None:
    doc = _with_ner("en", "Vladimir Putin spoke.", [("Vladimir Putin", "PER")])
    assert [(m.text, m.label) for m in doc._.entities] == [("Vladimir Putin", "PER")]


def test_rules_alone_do_not_read_a_city_inside_a_name() -> None:
    doc = rules_nlp("en")("Yesterday Vladimir Putin spoke.")
    assert [(m.text, m.label) for m in doc._.entities] == [("Vladimir Putin", "PER")]


# -- byline and header ------------------------------------------------------------------------


def test_byline_authors_are_people_and_header_is_metadata() -> None:
    text = "TRAILER date 2021-10-06 By Ana Carolina Barsallo 10/06/2021\n\nRussia flew."
    start = text.index("Ana")
    doc = _with_ner(
        "en",
        text,
        [("TRAILER", "ORG"), ("Russia", "LOC")],
        byline=[(start, start + len("Ana Carolina Barsallo"), "Ana Carolina Barsallo")],
        header_end=text.index("\n"),
    )
    found = {m.text: m for m in doc._.entities}
    assert set(found) == {"Ana Carolina Barsallo", "Russia"}
    author = found["Ana Carolina Barsallo"]
    assert (author.label, author.source, author.roles) == ("PER", "byline", ["author"])


def test_byline_found_without_a_header_parser() -> None:
    doc = rules_nlp("en")("By Maria Gonzalez\nThe launch went well.")
    (m,) = doc._.entities
    assert (m.text, m.source) == ("Maria Gonzalez", "byline")


def test_empty_byline_means_no_fallback() -> None:
    nlp = rules_nlp("en")
    doc = nlp.make_doc("By Maria Gonzalez\nThe launch went well.")
    doc._.byline = []
    doc = nlp(doc)
    assert all(m.source != "byline" for m in doc._.entities)


# -- ages from the temporal stage -------------------------------------------------------------


def test_ages_from_timexes() -> None:
    text = "Mario Rossi, trentasette anni, e il 58enne Tom Cruise."
    a = text.index("trentasette anni")
    b = text.index("58enne")
    timexes = [
        Timex(a, a + len("trentasette anni"), "trentasette anni", "age", "P37Y"),
        Timex(b, b + len("58enne"), "58enne", "age", "P58Y"),
    ]
    doc = _with_ner("it", text, [("Mario Rossi", "PER")], timexes=timexes)
    ages = {m.text: m.age for m in doc._.entities}
    assert ages == {"Mario Rossi": 37, "Tom Cruise": 58}


def test_daughters_age_is_not_the_persons() -> None:
    text = "Zhenya Belyaeva, che non ha il tempo di crescere la figlia di tre anni, parte."
    a = text.index("tre anni")
    doc = _with_ner(
        "it",
        text,
        [("Zhenya Belyaeva", "PER")],
        timexes=[Timex(a, a + 8, "tre anni", "age", "P3Y")],
    )
    assert [m.age for m in doc._.entities] == [None]


# -- output contract --------------------------------------------------------------------------


def test_output_contract_and_doc_ents() -> None:
    doc = rules_nlp("it")(
        "Il regista Klim Šipenko è partito dal cosmodromo di Bajkonur. Roscosmos ha confermato."
    )
    mentions: list[EntityMention] = doc._.entities
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
    assert [m.sentence for m in mentions] == [0, 0, 1]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Klim Šipenko", "PER"),
        ("cosmodromo di Bajkonur", "LOC"),
        ("Roscosmos", "ORG"),
    ]


def test_factory_option_keeps_doc_ents() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("extractor_entities", config={"overwrite_ents": False})
    doc = nlp.make_doc("The actress Julia Peresild flew.")
    doc.ents = [Span(doc, 0, 1, label="MISC")]
    doc = nlp(doc)
    assert [e.label_ for e in doc.ents] == ["MISC"]
    assert [m.text for m in doc._.entities] == ["Julia Peresild"]


def test_empty_text() -> None:
    assert rules_nlp("en")("")._.entities == []


def test_ner_span_with_two_people_is_split() -> None:
    text = "The Oleg Novitsky and Pet Dubrov cosmodromes will play."
    doc = _with_ner("en", text, [("The Oleg Novitsky and Pet Dubrov", "PER")])
    assert [(m.text, m.label) for m in doc._.entities] == [
        ("Oleg Novitsky", "PER"),
        ("Pet Dubrov", "PER"),
    ]


def test_sentence_initial_article_is_trimmed_from_ner_spans() -> None:
    text = "La trama ufficiale: il cosmonauta perde conoscenza. La Stampa lo scrive."
    doc = _with_ner("it", text, [("La trama ufficiale", "ORG"), ("La Stampa", "ORG")])
    assert [(m.text, m.label) for m in doc._.entities] == [("La Stampa", "ORG")]


def test_ner_spans_stop_at_line_breaks_and_lose_trailing_function_words() -> None:
    text = "Ne parla Gianni della Valle.\nCattedrale delle forze armate\nDue giorni fa."
    doc = _with_ner(
        "it",
        text,
        [("Gianni della", "PER"), ("Cattedrale delle forze armate\nDue giorni", "LOC")],
    )
    assert [(m.text, m.label) for m in doc._.entities] == [
        ("Gianni", "PER"),
        ("Cattedrale delle forze armate", "LOC"),
    ]


def test_sentence_initial_common_word_is_not_an_entity() -> None:
    text = "Sciopero a Fiumicino. Uno sciopero degli assistenti di volo è previsto."
    doc = _with_ner("it", text, [("Sciopero", "PER"), ("Fiumicino", "LOC")])
    assert [m.text for m in doc._.entities] == ["Fiumicino"]


def test_place_glued_before_a_given_name_is_cut() -> None:
    text = "La scorsa notte ad Arcore Silvio Berlusconi ha parlato."
    doc = _with_ner("it", text, [("Arcore Silvio Berlusconi", "PER")])
    assert [(m.text, m.label) for m in doc._.entities] == [("Silvio Berlusconi", "PER")]


def test_capitalised_institution_nouns_from_ner_are_kept() -> None:
    text = "Il decreto passa al Senato. Il Governo tace. In breve."
    doc = _with_ner("it", text, [("Senato", "ORG"), ("Governo", "ORG"), ("In", "ORG")])
    assert [(m.text, m.label) for m in doc._.entities] == [("Senato", "ORG"), ("Governo", "ORG")]


def test_a_quoted_sentence_is_not_a_title() -> None:
    text = "Sulla statua è scritto « Colombo rappresenta il genocidio »."
    doc = _with_ner("it", text, [("Colombo", "PER")])
    assert [(m.text, m.label) for m in doc._.entities] == [("Colombo", "PER")]


def test_role_word_inside_an_ner_organisation_is_not_a_role() -> None:
    text = "Shares of General Motors rose."
    doc = _with_ner("en", text, [("General Motors", "ORG")])
    assert [(m.text, m.label) for m in doc._.entities] == [("General Motors", "ORG")]


def test_person_label_with_an_organisation_word_becomes_organisation() -> None:
    text = "World Cup concerns Nordic Council. Il patriarca di Mosca Cirillo I ha parlato."
    doc = _with_ner("it", text, [("Nordic Council", "PER"), ("Mosca Cirillo I", "PER")])
    assert [(m.text, m.label) for m in doc._.entities] == [
        ("Nordic Council", "ORG"),
        ("Cirillo I", "PER"),
    ]


def test_ner_label_mistakes_fixed_by_name_shape_and_context() -> None:
    text = (
        "The Oleg Novitsky and Pet Dubrov cosmodromes will play. The Soyuz MS-19 manned "
        "spacecraft departed. Along with the Mission Impossible actor, NASA astronauts go."
    )
    doc = _with_ner(
        "en",
        text,
        [
            ("Oleg Novitsky", "ORG"),
            ("Pet Dubrov", "PER"),
            ("Soyuz MS-19", "LOC"),
            ("Mission Impossible", "ORG"),
            ("NASA", "ORG"),
        ],
    )
    assert [(m.text, m.label) for m in doc._.entities] == [
        ("Oleg Novitsky", "PER"),
        ("Pet Dubrov", "PER"),
        ("NASA", "ORG"),
    ]


def test_place_after_a_preposition_beats_a_one_word_person_label() -> None:
    text = "La Soyuz è partita da Bajkonur. Cristoforo Colombo partì. Fu attribuito a Colombo."
    doc = _with_ner(
        "it", text, [("Bajkonur", "PER"), ("Cristoforo Colombo", "PER"), ("a Colombo", "PER")]
    )
    assert [(m.text, m.label) for m in doc._.entities] == [
        ("Bajkonur", "LOC"),
        ("Cristoforo Colombo", "PER"),
        ("Colombo", "PER"),
    ]


def test_coordinated_with_a_person_is_a_person() -> None:
    text = "The Oleg Novitsky and Pet Dubrov cosmodromes will play."
    doc = _with_ner("en", text, [("Oleg Novitsky", "LOC"), ("Pet Dubrov", "ORG")])
    assert [(m.text, m.label) for m in doc._.entities] == [
        ("Oleg Novitsky", "PER"),
        ("Pet Dubrov", "PER"),
    ]


def test_ner_span_keeps_balanced_parentheses() -> None:
    text = "Results: Mladost (L) 2 Buducnost 1."
    doc = _with_ner("en", text, [("Mladost (L)", "ORG")])
    assert [m.text for m in doc._.entities] == ["Mladost (L)"]


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("The Soyuz was launched from Baikonur.", "Baikonur", "LOC"),
        ("She got a letter from Clinton.", "Clinton", "PER"),
        ("He moved to Jackson.", "Jackson", "PER"),
    ],
)
def test_one_word_person_label_against_a_town_after_a_weak_preposition(
    text: str, word: str, label: str
) -> None:
    doc = _with_ner("en", text, [(word, "PER")])
    assert [(m.text, m.label) for m in doc._.entities] == [(word, label)]


NAVIGATION = [
    ("Home · Politics · Sport · Send us your stories", True),
    ("Cronaca | Politica | Esteri | Economia", True),
    ("Juventus | 2 | Roma | 1", False),  # a table row has figures
    ("Roma · Milano", False),  # two items are a pair, not a menu
    ("He left. · She stayed. · They went home.", False),  # sentences
]


@pytest.mark.parametrize(("line", "is_menu"), NAVIGATION)
def test_navigation_lines(line: str, is_menu: bool) -> None:
    from extractor.entities.noise import navigation_lines

    text = f"Story text.\n{line}\nMore text."
    assert bool(navigation_lines(text)) is is_menu
