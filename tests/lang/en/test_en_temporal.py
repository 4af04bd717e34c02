"""English temporal tagging: value, kind and exact span per phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.temporal import tag

ANCHOR = dt.date(2021, 10, 6)  # a Wednesday

# (text, surface expected, kind, value)
CASES = [
    ("The launch happened today.", "today", "date", "2021-10-06"),
    ("She took off this week for the station.", "this week", "date", "2021-W40"),
    ("He lands on October 17.", "October 17", "date", "2021-10-17"),
    ("Jim Bridenstine (@JimBridenstine) May 5, 2020", "May 5, 2020", "date", "2020-05-05"),
    ("It had been announced for October 2021.", "October 2021", "date", "2021-10"),
    ("Later it was postponed to 2022.", "2022", "date", "2022"),
    ("By Ana 10/06/2021 – 11:00 AM", "10/06/2021", "date", "2021-10-06"),
    (" date 2021-10-06 By Ana", "2021-10-06", "date", "2021-10-06"),
    (
        "It departed at 8:55 a.m. Russian time zone.",
        "8:55 a.m. Russian time zone",
        "time",
        "2021-10-06T08:55+03:00",
    ),
    ("Explosions were heard at 04.35 GMT.", "04.35 GMT", "time", "2021-10-06T04:35+00:00"),
    ("The vote closed at 12:35 a.m. EDT.", "12:35 a.m. EDT", "time", "2021-10-06T00:35-04:00"),
    (
        "It must arrive 3 hours and 17 minutes after launch.",
        "3 hours and 17 minutes",
        "duration",
        "PT3H17M",
    ),
    ("They will spend 12 days in space.", "12 days", "duration", "P12D"),
    (
        "He stayed 176 days, 2 hours and 33 minutes aboard.",
        "176 days, 2 hours and 33 minutes",
        "duration",
        "P176DT2H33M",
    ),
    ("It lasted a dozen days.", "a dozen days", "duration", "P12D"),
    ("She underwent months of training.", "months", "duration", "PXM"),
    ("They trained for months.", "months", "duration", "PXM"),
    ("It took an hour and a half.", "an hour and a half", "duration", "PT1H30M"),
    ("It takes twelve days.", "twelve days", "duration", "P12D"),
    ("The 58-year-old actor", "58-year-old", "age", "P58Y"),
    ("Yesterday was calm.", "Yesterday", "date", "2021-10-05"),
    ("She said it last Tuesday.", "last Tuesday", "date", "2021-10-05"),
    ("The crew arrived on Sunday.", "Sunday", "date", "2021-10-03"),
    ("The crew will arrive on Sunday.", "Sunday", "date", "2021-10-10"),
    ("They will be back in two days.", "in two days", "date", "2021-10-08"),
    ("It happened two weeks ago.", "two weeks ago", "date", "2021-W38"),
    ("Sales fell last month.", "last month", "date", "2021-09"),
    ("Prices rise next year.", "next year", "date", "2022"),
    ("Talks ran from April to October.", "from April to October", "interval", "2021-04"),
    ("It rained between April and October.", "between April and October", "interval", "2021-04"),
    ("The war of 2009-2010 ended.", "2009-2010", "interval", "2009"),
    ("I'll be out on Mondays.", "Mondays", "set", "XXXX-WXX-1"),
    ("See you next week on Friday.", "next week on Friday", "date", "2021-10-15"),
    ("He left 1 month and 21 days ago.", "1 month and 21 days ago", "date", "2021-08-16"),
    ("It took two and a half hours.", "two and a half hours", "duration", "PT2H30M"),
    ("They met on the 15th.", "15th", "date", "2021-10-15"),
    ("He came back on the twenty-first of June.", "twenty-first of June", "date", "2021-06-21"),
    ("It is half past eight.", "half past eight", "time", "2021-10-06T08:30"),
    ("Stores close on Thanksgiving 2022.", "Thanksgiving 2022", "date", "2022-11-24"),
    ("Profits rose in Q3 2021.", "Q3 2021", "date", "2021-Q3"),
    ("in the third quarter of 2020", "third quarter of 2020", "date", "2020-Q3"),
    ("It was built in the 20th century.", "20th century", "date", "19"),
    ("They met in summer 2016.", "summer 2016", "date", "2016-SU"),
    ("Open from 9 am to 5 pm.", "from 9 am to 5 pm", "interval", "2021-10-06T09:00"),
    ("The fair runs 12 to 16 September.", "12 to 16 September", "interval", "2021-09-12"),
    ("It opens in early March.", "early March", "date", "2022-03"),
    ("It ends by the end of the year.", "the end of the year", "date", "2021"),
    (
        "Sales fell in the third quarter of last year.",
        "third quarter of last year",
        "date",
        "2020-Q3",
    ),
    ("It will open in the upcoming week.", "the upcoming week", "date", "2021-W41"),
    ("We will meet at Christmas.", "Christmas", "date", "2021-12-25"),
    ("It opens the first Monday of November.", "first Monday of November", "date", "2021-11-01"),
    ("It happened the 20th of last month.", "20th of last month", "date", "2021-09-20"),
    ("at ten past 9 in the evening", "ten past 9 in the evening", "time", "2021-10-06T21:10"),
    ("The alarm rang at 7:56:30 pm.", "7:56:30 pm", "time", "2021-10-06T19:56:30"),
    ("He trains every week.", "every week", "set", "P1W"),
    ("We meet every Monday.", "every Monday", "set", "XXXX-WXX-1"),
    ("Born in the 1990s, she", "1990s", "date", "199"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value"), CASES)
def test_en_phrase(text: str, surface: str, kind: str, value: str) -> None:
    got = [(t.text, t.kind, t.value) for t in tag(text, "en", ANCHOR)]
    assert (surface, kind, value) in got, got


APPROXIMATE = [
    ("It lasted about 35 minutes.", "35 minutes", True),
    ("It lasted nearly two hours.", "two hours", True),
    ("Some 20 years later", "20 years", True),
    ("It lasted 35 minutes.", "35 minutes", False),
]


@pytest.mark.parametrize(("text", "surface", "approx"), APPROXIMATE)
def test_en_approximate(text: str, surface: str, approx: bool) -> None:
    [t] = [t for t in tag(text, "en", ANCHOR) if t.text == surface]
    assert t.approximate is approx


NOTHING = [
    "We need popular media to inspire a new generation.",
    "May I ask a question?",
    "You may march on.",
    "The Soyuz MS-19 manned spacecraft.",
    "It flew 408km from Earth.",
    "Chelsea won 3-1 on aggregate.",
    "The ticket costs $2000 and 2,500 euros.",
    "It weighs 2021 kg.",
    "He read the minutes.",
    "They sold 3000 units.",
    "He scored 3 to 1.",
    "They celebrated the 25th anniversary.",
    "He scored twice in the first half of the game.",
    "The Dow rose 1.5% to 34,500 points.",
    "The vote was 52-48 in Room 101.",
    "Version 2.1.0 was released for the iPhone 13 at $799.",
    "The Pay ABC 2000 plan.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_en_no_false_positive(text: str) -> None:
    assert tag(text, "en", ANCHOR) == []


def test_en_relative_without_anchor_is_not_guessed() -> None:
    [t] = tag("The launch happened today.", "en", None)
    assert t.value is None and t.relative


def test_en_offsets_are_exact() -> None:
    text = "On May 5, 2020 and again today, for 12 days."
    for t in tag(text, "en", ANCHOR):
        assert text[t.start : t.end] == t.text
