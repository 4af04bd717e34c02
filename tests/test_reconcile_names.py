"""Person-name matching and canonical names (pure Python, no spaCy)."""

from __future__ import annotations

import iuliia
import pytest

from extractor.reconcile.keys import token_keys
from extractor.reconcile.names import canonical_person_name, same_person
from extractor.reconcile.translit import RUSSIAN_SCHEMES, explaining_schemes, press_form

# (a, b, expected reason of a relative to b)
SAME = [
    ("Anton Škaplerov", "Anton Shkaplerov", "romanisation"),
    ("Anton Chkaplerov", "Anton Shkaplerov", "romanisation"),  # French (MVD 310 fr)
    ("Anton Shklaplerov", "Anton Shkaplerov", "edit-distance"),  # typo: insertion
    ("Anton Skpaklerov", "Anton Shkaplerov", "edit-distance"),  # scrambled long surname
    ("Klim Šipenko", "Klim Shipenko", "romanisation"),
    ("Klim Shpenko", "Klim Shipenko", "edit-distance"),  # typo: deletion
    ("Julia Peresil’d", "Yulia Peresild", "romanisation"),  # typographic apostrophe
    ("Julia Peresil'd", "Yulia Peresild", "romanisation"),
    ("Yuliya Peresild", "Yulia Peresild", "romanisation"),
    ("Iulia Peresild", "Yulia Peresild", "romanisation"),
    ("Julija Peresild", "Yulia Peresild", "romanisation"),
    ("Yulia Peressild", "Yulia Peresild", "romanisation"),  # doubled letter
    ("Oleg Novitskiy", "Oleg Novitsky", "romanisation"),
    ("Oleg Novickij", "Oleg Novitsky", "romanisation"),
    ("Oleg Nowitzki", "Oleg Novitsky", "romanisation"),  # German
    ("Oleg Novitski", "Oleg Novitsky", "romanisation"),
    ("Pet Dubrov", "Pyotr Dubrov", "given-name-variant"),
    ("Peter Dubrov", "Pyotr Dubrov", "given-name-variant"),
    ("Petr Dubrov", "Pyotr Dubrov", "romanisation"),
    ("Pëtr Dubrov", "Pyotr Dubrov", "romanisation"),
    ("Piotr Dubrov", "Pyotr Dubrov", "romanisation"),
    ("Aleksey Leonov", "Alexei Leonov", "romanisation"),
    ("Alexey Leonov", "Aleksei Leonov", "romanisation"),
    ("Alexander Volkov", "Aleksandr Volkov", "given-name-variant"),
    ("Oleksandr Volkov", "Aleksandr Volkov", "given-name-variant"),
    ("Sergei Korolev", "Sergey Korolyov", "romanisation"),  # ё as e / yo
    ("Yevgeny Plushenko", "Evgeni Plushenko", "romanisation"),
    ("Evgenij Pljuščenko", "Yevgeni Plyushchenko", "romanisation"),
    ("Fyodor Dostoevsky", "Fiodor Dostoïevski", "romanisation"),
    ("Pyotr Tchaikovsky", "Pjotr Tschaikowsky", "romanisation"),
    ("Mikhail Gorbachev", "Michail Gorbatschow", "romanisation"),
    ("Sergei Rachmaninoff", "Sergey Rakhmaninov", "romanisation"),
    ("Yuri Gagarine", "Yuri Gagarin", "romanisation"),  # French final -e
    ("Olwg Novitsky", "Oleg Novitsky", "edit-distance"),  # typo of a known given name
    ("V. Putin", "Vladimir Putin", "exact"),
    ("Peresild", "Yulia Peresild", "surname-of-full-name"),
    ("Yulia", "Yulia Peresild", "given-name-of-full-name"),
]

DIFFERENT = [
    ("Anton Shkaplerov", "Klim Shipenko"),
    ("Oleg Novitsky", "Pavel Novitsky"),
    ("Vladimir Putin", "Lyudmila Putina"),
    ("Oleg Novitsky", "Oleg Novitskaya"),  # other gender form of the surname
    ("Ivan Ivanov", "Ivan Ivanova"),
    ("Alexei Navalny", "Alexei Navalnaya"),
    ("Gherman Titov", "Vladimir Titov"),
    ("Dmitry Medvedev", "Daniil Medvedev"),
    ("Vitali Klitschko", "Wladimir Klitschko"),
    ("Yana Ivanova", "Anna Ivanova"),  # one phonetic key, two names
    ("Aleksandr Popov", "Aleksandra Popova"),
    ("Aleksandr Popov", "Aleksandra Popov"),
    ("Anton Shkaplerov", "Anton Skvortsov"),
    ("Pavel Durov", "Pavel Surikov"),
    ("Anton Shklaplerov", "Anton Shkapenko"),
    ("Peresild", "Klim Shipenko"),
    ("V. Putin", "Lyudmila Putina"),
    ("P. Novitsky", "Oleg Novitsky"),
    ("Oleg Novitsky", "Oleg Novitsky Ivanov"),
    # A final vowel is gender or number, not a typo (Italian articles).
    ("Mario Rossi", "Maria Rossi"),
    ("Paolo Bianchi", "Paola Bianchi"),
    ("Francesco Totti", "Francesca Totti"),
    ("Marco Rossi", "Marco Rosso"),
    ("Jane Smith", "June Smith"),
    ("Sergei Kovalenko", "Sergei Kovalchuk"),
    ("Pavel Skpaklerov", "Anton Shkaplerov"),  # a scramble needs the given name to agree
    ("Skpaklerov", "Shkaplerov"),  # two unknown short names one edit apart
    ("Ivan Petrov", "John Petrov"),
    ("Sergey Prokopyev", "Sergey Prokopyeva"),
]


@pytest.mark.parametrize(("a", "b", "reason"), SAME)
def test_same_person(a: str, b: str, reason: str) -> None:
    link = same_person(a, b)
    assert link is not None, (a, b)
    assert link.alias == a
    assert link.reason == reason


@pytest.mark.parametrize(("a", "b", "reason"), SAME)
def test_same_person_is_symmetric(a: str, b: str, reason: str) -> None:
    assert same_person(b, a) is not None


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people(a: str, b: str) -> None:
    assert same_person(a, b) is None
    assert same_person(b, a) is None


@pytest.mark.parametrize(
    ("alias", "reference", "scheme"),
    [
        ("Škaplerov", "Shkaplerov", "scientific"),
        ("Škaplerov", "Shkaplerov", "gost_779"),
        ("Chkaplerov", "Shkaplerov", "mvd_310_fr"),
        ("Peresil’d", "Peresild", "bgn_pcgn"),
        ("Novickij", "Novitsky", "iso_9_1954"),
    ],
)
def test_romanisation_detail_names_the_scheme(alias: str, reference: str, scheme: str) -> None:
    assert scheme in explaining_schemes(alias, reference)


def test_romanisation_link_detail() -> None:
    link = same_person("Anton Chkaplerov", "Anton Shkaplerov")
    assert link is not None and link.detail == "mvd_310_fr"
    link = same_person("Anton Shklaplerov", "Anton Shkaplerov")
    assert link is not None and link.detail == "distance=1"


CYRILLIC = [
    "Юлия Пересильд",
    "Антон Шкаплеров",
    "Пётр Дубров",
    "Алексей Леонов",
    "Щукин Щербаков",
    "Евгений Плющенко",
    "Фёдор Юрчихин",
    "Хрущёв Горбачёв",
    "Ксения Цой",
    "Дарья Жукова",
]


@pytest.mark.parametrize("cyr", CYRILLIC)
def test_every_russian_scheme_shares_a_key(cyr: str) -> None:
    for word in cyr.split():
        keys = [token_keys(iuliia.schemas.get(s).translate(word)) for s in RUSSIAN_SCHEMES]
        assert frozenset.intersection(*keys), (word, keys)


@pytest.mark.parametrize(
    ("spellings", "canonical"),
    [
        (["Anton Škaplerov", "Anton Shkaplerov", "Anton Shklaplerov"], "Anton Shkaplerov"),
        (["Anton Škaplerov"], "Anton Shkaplerov"),
        (["Julia Peresil’d", "Yulia Peresild", "Yuliya Peresild"], "Yulia Peresild"),
        (["Julia Peresil’d", "Peresild"], "Yulia Peresild"),
        (["Klim Šipenko"], "Klim Shipenko"),
        (["Pet Dubrov", "Pyotr Dubrov"], "Pyotr Dubrov"),
        (["Pet Dubrov"], "Pet Dubrov"),  # seen once, no variant: as written
        (["Pëtr Dubrov"], "Pyotr Dubrov"),
        (["Julia Peresild", "Peresild"], "Julia Peresild"),
        (["Peresild", "Yulia Peresild"], "Yulia Peresild"),  # most complete form
        (["V. Putin", "Vladimir Putin"], "Vladimir Putin"),
        (["Miloš Biković"], "Miloš Biković"),  # not a Russian romanisation: untouched
        (["Michael López-Alegria"], "Michael López-Alegria"),
        (["Artur Beschastnyy"], "Artur Beschastnyy"),
        (["Ivanov"], "Ivanov"),
    ],
)
def test_canonical_person_name(spellings: list[str], canonical: str) -> None:
    assert canonical_person_name(spellings) == canonical


@pytest.mark.parametrize(
    ("token", "press"),
    [
        ("Škaplerov", "Shkaplerov"),
        ("Peresil’d", "Peresild"),
        ("Pëtr", "Pyotr"),
        ("Ščerbakov", "Shcherbakov"),
        ("Shkaplerov", "Shkaplerov"),
        ("Biković", None),
    ],
)
def test_press_form(token: str, press: str | None) -> None:
    assert press_form(token) == press
