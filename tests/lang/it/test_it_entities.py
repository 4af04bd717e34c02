"""Italian people, places and organisations from rules alone (no statistical NER)."""

from __future__ import annotations

import re

import pytest

from tests.entities_helpers import by_text, run

# (sentence, mention text, label, attribute checks)
CASES: list[tuple[str, str, str, dict[str, object]]] = [
    ("Ieri l'attrice Sophia Loren è arrivata a Roma.", "Sophia Loren", "PER",
     {"roles": ["actress"]}),
    ("Ieri l'attrice Sophia Loren è arrivata a Roma.", "Roma", "LOC",
     {"canonical": "Rome", "kind": "city", "country": "IT"}),
    ("Il regista Paolo Sorrentino ha presentato il film.", "Paolo Sorrentino", "PER",
     {"roles": ["director"]}),
    ("Il cosmonauta Oleg Artemyev è rientrato sulla Terra.", "Oleg Artemyev", "PER",
     {"roles": ["cosmonaut"]}),
    ("Il cosmonauta Oleg Artemyev è rientrato sulla Terra.", "Terra", "LOC",
     {"canonical": "Earth", "kind": "celestial"}),
    ("Il cardiochirurgo Mario Rossi ha operato tutta la notte.", "Mario Rossi", "PER",
     {"roles": ["cardiac surgeon"]}),
    ("L'ex premier Romano Prodi ha parlato.", "Romano Prodi", "PER",
     {"roles": ["prime minister"]}),
    ("L'ex ministro Massimo D'Alema ha parlato.", "Massimo D'Alema", "PER",
     {"roles": ["minister"]}),
    ("Il direttore generale Anna Conti ha firmato.", "Anna Conti", "PER",
     {"roles": ["director general"]}),
    ("L'attrice russa Yulia Peresild è partita.", "Yulia Peresild", "PER",
     {"roles": ["actress"]}),
    ("I cosmonauti Oleg Novitsky e Pyotr Dubrov sono tornati.", "Oleg Novitsky", "PER",
     {"roles": ["cosmonaut"]}),
    ("I cosmonauti Oleg Novitsky e Pyotr Dubrov sono tornati.", "Pyotr Dubrov", "PER",
     {"roles": ["cosmonaut"]}),
    ("Il cast include anche Anna Bianchi, Luca Verdi e Marco Neri.", "Luca Verdi", "PER", {}),
    ("Il cast include anche Anna Bianchi, Luca Verdi e Marco Neri.", "Marco Neri", "PER", {}),
    ("Nel cast Zoltan Kertesz, Boris Ebenov.", "Boris Ebenov", "PER", {}),
    ("La trama: il comandante Ivanov perde conoscenza.", "Ivanov", "PER",
     {"fictional": True, "roles": ["commander"]}),
    ("La protagonista, Carla Neri nel ruolo di Lidia Ferri, è in scena.", "Lidia Ferri", "PER",
     {"fictional": True}),
    ("Mario Rossi, 37 anni, è stato arrestato.", "Mario Rossi", "PER", {"age": 37}),
    ("Il 37enne Zoran Petkovic è stato fermato.", "Zoran Petkovic", "PER", {"age": 37}),
    ("Il razzo è partito dal cosmodromo di Bajkonur, in Kazakistan.", "cosmodromo di Bajkonur",
     "LOC", {"canonical": "Baikonur", "kind": "facility", "country": "KZ"}),
    ("Il razzo è partito dal cosmodromo di Bajkonur, in Kazakistan.", "Kazakistan", "LOC",
     {"canonical": "Kazakhstan", "kind": "country", "country": "KZ"}),
    ("Gli Stati Uniti e la Russia hanno firmato.", "Stati Uniti", "LOC",
     {"canonical": "United States", "kind": "country"}),
    ("Il volo è atterrato a Bari.", "Bari", "LOC", {"canonical": "Bari", "kind": "city"}),
    ("La Stazione Spaziale Internazionale orbita attorno alla Terra.",
     "Stazione Spaziale Internazionale", "LOC",
     {"canonical": "International Space Station", "kind": "facility"}),
    ("Gli astronauti sono arrivati sulla ISS.", "ISS", "LOC",
     {"canonical": "International Space Station", "kind": "facility"}),
    ("Roskosmos, l'agenzia spaziale russa, ha confermato.", "Roskosmos", "ORG",
     {"canonical": "Roscosmos"}),
    ("Lo ha detto la NASA in una nota.", "NASA", "ORG", {"canonical": "NASA"}),
    ("Lo ha annunciato Space X in una nota.", "Space X", "ORG", {"canonical": "SpaceX"}),
    ("Avio, la società che costruisce il razzo, ha confermato.", "Avio", "ORG", {}),
    ("Lo trasmette Pervyj Kanal stasera.", "Pervyj Kanal", "ORG",
     {"canonical": "Channel One Russia"}),
    ("Lo riferisce l'agenzia Interfax.", "Interfax", "ORG", {"canonical": "Interfax"}),
    ("La moglie di Marco Ferretti ha parlato.", "Marco Ferretti", "PER", {}),
    ("C'era il ministro degli Esteri Luigi Di Maio, 35 anni, in prima fila.", "Luigi Di Maio",
     "PER", {"roles": ["foreign minister"], "age": 35}),
    ("ROMA - Il governo ha deciso.", "ROMA", "LOC", {"canonical": "Rome", "kind": "city"}),
    ("Ha firmato il premier Nouri al-Maliki.", "Nouri al-Maliki", "PER",
     {"roles": ["prime minister"]}),
    ("L'Istituto Nazionale di Astrofisica (INAF) ha parlato. Lo conferma l'INAF.", "INAF",
     "ORG", {"canonical": "Istituto Nazionale di Astrofisica"}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "label", "attrs"), CASES)
def test_it_entity(sentence: str, text: str, label: str, attrs: dict[str, object]) -> None:
    found = by_text(run("it", sentence))
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


# Sentences and a word that must not come out as (part of) an entity.
NEGATIVE: list[tuple[str, str]] = [
    ("Come è noto, il governo ha deciso.", "Come"),
    ("La Terra del Fuoco è lontana.", "Terra"),
    ("Terra e acqua si mescolano.", "Terra"),
    ("Il regista ha dovuto fungere anche da operatore.", "regista"),
    ("Lo ha scritto @matteosalvinimi su Twitter.", "@matteosalvinimi"),
    ("Il sindaco è arrivato (Foto ANSA/Mario Rossi).", "Mario Rossi"),
    ("Foto: Mario Rossi", "Mario Rossi"),
    ("Il 5 Ottobre è festa.", "Ottobre"),
    ("I medici decidono che sarà necessario intervenire.", "medici"),
    ("In volo la navicella Soyuz MS-19 ha attraccato.", "Soyuz"),
    ("Ivanov è un cognome diffuso a Ivanovo.", "Ivanov"),
    ("Sono i Rom del campo.", "Rom"),
]


# Sentences, a word and the label it must not get.
NOT_A_PLACE: list[tuple[str, str]] = [
    ("Il partito Forza Italia ha votato.", "Italia"),
    ("Il Giro d'Italia parte domani.", "Italia"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_A_PLACE)
def test_it_not_a_place(sentence: str, word: str) -> None:
    doc = run("it", sentence)
    assert all(m.text != word for m in doc._.entities if m.label == "LOC"), doc._.entities


@pytest.mark.parametrize(("sentence", "word"), NEGATIVE)
def test_it_not_an_entity(sentence: str, word: str) -> None:
    doc = run("it", sentence)
    word_re = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    assert not any(word_re.search(m.text) for m in doc._.entities), doc._.entities


TOKENS = [
    ("Julia Peresil’d", ["Julia", "Peresil’d"]),
    ("Julia Peresil'd", ["Julia", "Peresil'd"]),
    ("Conan O'Brien", ["Conan", "O'Brien"]),
    ("Massimo D'Alema", ["Massimo", "D'Alema"]),
    ("l’attrice", ["l’", "attrice"]),
    ("dell’agenzia", ["dell’", "agenzia"]),
    ("un’esperienza", ["un’", "esperienza"]),
    ("all'alba", ["all'", "alba"]),
    ("nell'orto", ["nell'", "orto"]),
    ("sull'erba", ["sull'", "erba"]),
    ("quell'uomo", ["quell'", "uomo"]),
    ("c'è", ["c'", "è"]),
    ("d'oro", ["d'", "oro"]),
    ("D'altra parte", ["D'", "altra", "parte"]),
    ("anch'io", ["anch'", "io"]),
    ("L'Aquila", ["L'", "Aquila"]),
    ("L’Italia", ["L’", "Italia"]),
    ("po'", ["po'"]),
]


@pytest.mark.parametrize(("text", "tokens"), TOKENS)
def test_it_tokenizer(text: str, tokens: list[str]) -> None:
    from tests.entities_helpers import rules_nlp

    assert [t.text for t in rules_nlp("it").make_doc(text)] == tokens


# A market report: a name beside its share price's change is a company; a single name with a
# change (a poll) is not enough.
LISTED = [
    ("In rialzo Amplifon (+6,89%), Campari (+3,08%) e Exor (+2,16%).", "Campari", "ORG"),
    ("In calo Leonardo (-1,2%) e Saipem (-0,8%).", "Leonardo", "ORG"),
]


@pytest.mark.parametrize(("sentence", "name", "label"), LISTED)
def test_it_listed_company(sentence: str, name: str, label: str) -> None:
    from extractor import extract

    record = extract(sentence, lang="it")
    assert name in [o.name for o in record.organizations]
    assert name not in [p.name for p in record.people]


KINSHIP = [
    ("Al funerale c'erano la moglie Agnese e i figli.", "Agnese"),
    ("Ha vinto la sorella Virginia, davanti a tutti.", "Virginia"),
]


@pytest.mark.parametrize(("sentence", "name"), KINSHIP)
def test_it_name_after_a_kinship_noun_is_a_person(sentence: str, name: str) -> None:
    from extractor import extract

    record = extract(sentence, lang="it")
    assert name in [p.name for p in record.people]
    assert name not in [p.name for p in record.places]


# A one-word place the gazetteer does not know, read as the prominent place it misspells; a
# name nothing like one stays as written.
MISSPELT = [
    ("La scossa è stata avvertita a 200 chilometri a nord da Gazientep.", "Gazientep", "Gaziantep"),
]


@pytest.mark.parametrize(("sentence", "written", "name"), MISSPELT)
def test_it_misspelt_place(sentence: str, written: str, name: str) -> None:
    from extractor import extract

    record = extract(sentence, lang="it")
    places = {alias: p.name for p in record.places for alias in p.aliases}
    assert places.get(written) == name


def test_it_misspelling_needs_a_prominent_place_alike() -> None:
    from extractor.entities.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    assert gaz.misspelt("Gazientep") is not None
    assert gaz.misspelt("Peresild") is None  # a surname, like no big city
    assert gaz.misspelt("Milan") is None  # known as written: no guessing
    assert gaz.misspelt("Rma") is None  # too short to tell
