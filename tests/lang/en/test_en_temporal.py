"""English temporal tagging: value, kind and exact span per phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.temporal import tag

ANCHOR = dt.date(2021, 10, 6)  # a Wednesday

# (text, surface expected, kind, value)
CASES = [
    ("not seen for a good decade", "a good decade", "duration", "P10Y"),
    ("the deadly 1993 bomb attacks in Milan", "1993", "date", "1993"),
    ("since the historic 2016 vote on Europe", "2016", "date", "2016"),
    ("It lasted a second.", "a second", "duration", "PT1S"),
    ("A second later it fell.", "A second", "duration", "PT1S"),
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
    ("They met on the 15th.", "15th", "date", "2021-09-15"),
    ("They will meet on the 15th.", "15th", "date", "2021-10-15"),
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
    ("The vote is 3 Fridays from now.", "3 Fridays from now", "date", "2021-10-22"),
    ("He arrived two Sundays ago.", "two Sundays ago", "date", "2021-09-26"),
    ("The match is on Friday, Oct 7.", "Friday, Oct 7", "date", "2022-10-07"),
    ("Back the day after tomorrow.", "the day after tomorrow", "date", "2021-10-08"),
    ("The parade is on Saint Patrick's Day.", "Saint Patrick's Day", "date", "2022-03-17"),
    ("It opens the first Monday of November.", "first Monday of November", "date", "2021-11-01"),
    ("It happened the 20th of last month.", "20th of last month", "date", "2021-09-20"),
    ("at ten past 9 in the evening", "ten past 9 in the evening", "time", "2021-10-06T21:10"),
    ("The alarm rang at 7:56:30 pm.", "7:56:30 pm", "time", "2021-10-06T19:56:30"),
    ("He trains every week.", "every week", "set", "P1W"),
    ("We meet every Monday.", "every Monday", "set", "XXXX-WXX-1"),
    ("Born in the 1990s, she", "1990s", "date", "199"),
    ("Doors open at half past 3 pm.", "half past 3 pm", "time", "2021-10-06T15:30"),
    ("It starts at a quarter past 3pm.", "a quarter past 3pm", "time", "2021-10-06T15:15"),
    ("Lunch ends at a quarter to noon.", "a quarter to noon", "time", "2021-10-06T11:45"),
    ("They left this afternoon at 2.", "2", "time", "2021-10-06T14:00"),
    ("The show airs tonight at 11.", "11", "time", "2021-10-06T23:00"),
    ("We met this afternoon at 3:20.", "3:20", "time", "2021-10-06T15:20"),
    ("The train left at 330 p.m.", "330 p.m.", "time", "2021-10-06T15:30"),
    ("The clinic is open 5 to 6pm.", "5 to 6pm", "interval", "2021-10-06T17:00"),
    ("It reopens the week after next.", "week after next", "date", "2021-W42"),
    ("The talk is today evening.", "today evening", "time", "2021-10-06TEV"),
    ("Shops close this week-end.", "this week-end", "date", "2021-W40-WE"),
    ("The vote is in March after next.", "March after next", "date", "2023-03"),
    ("Visits run between 11 and 1 p.m.", "between 11 and 1 p.m.", "interval", "2021-10-06T11:00"),
    ("The summit opens at 15h.", "15h", "time", "2021-10-06T15:00"),
    ("It ended at seven thirty p.m.", "seven thirty p.m.", "time", "2021-10-06T19:30"),
    ("It takes 1/2 hour.", "1/2 hour", "duration", "PT30M"),
    ("Cook for 3/4h.", "3/4h", "duration", "PT45M"),
    (
        "It took one and three quarters of an hour.",
        "one and three quarters of an hour",
        "duration",
        "PT1H45M",
    ),
    ("Wait two more minutes.", "two more minutes", "duration", "PT2M"),
    ("The flight lasted 1 hour thirty.", "1 hour thirty", "duration", "PT1H30M"),
    (
        "He was born on September 10, nineteen oh one.",
        "September 10, nineteen oh one",
        "date",
        "1901-09-10",
    ),
    (
        "It was signed September the twenty-first nineteen seventy eight.",
        "September the twenty-first nineteen seventy eight",
        "date",
        "1978-09-21",
    ),
    ("Deadline: 16. Nov. 2016", "16. Nov. 2016", "date", "2016-11-16"),
    ("Filed 08/12,2015 in court.", "08/12,2015", "date", "2015-08-12"),
    ("The city fell on 5 December 1391.", "5 December 1391", "date", "1391-12-05"),
    ("The release is set for 2019-sep-1.", "2019-sep-1", "date", "2019-09-01"),
    ("The vote was held May twenty one.", "May twenty one", "date", "2021-05-21"),
    ("On May 5, two thousand people marched.", "May 5", "date", "2021-05-05"),
    ("Profits rose in the third quarter.", "third quarter", "date", "2021-Q3"),
    ("Its third-quarter profit fell.", "third-quarter", "date", "2021-Q3"),
    ("Sales will recover in the first quarter.", "first quarter", "date", "2022-Q1"),
]


# Units counted in a period, parts of named days, modifiers, narrative days.
CASES += [
    ("Sales fell in the last week of September 2021.", "last week of September 2021", "date",
     "2021-W38"),
    ("The talks ended on the last day of October 2015.", "last day of October 2015", "date",
     "2015-10-31"),
    ("It opens the first week of October 2014.", "first week of October 2014", "date", "2014-W41"),
    ("Stocks rose the week of October 4.", "the week of October 4", "date", "2021-W40"),
    ("The deadline is at the end of 2012.", "the end of 2012", "date", "2012"),
    ("He was elected in the mid-1990s.", "mid-1990s", "date", "199"),
    ("They met on the morning of October 5.", "the morning of October 5", "time", "2021-10-05TMO"),
    ("The meeting ended in the afternoon.", "in the afternoon", "time", "2021-10-06TAF"),
    ("The protest came late last night.", "late last night", "time", "2021-10-05TNI"),
    ("For the first time in 20 years, the team won.", "20 years", "duration", "P20Y"),
    ("Prices rose at the fastest pace in a decade.", "a decade", "duration", "P10Y"),
    ("He will return in two days.", "in two days", "date", "2021-10-08"),
    ("He arrived on October 5, 2010. The next day he left.", "The next day", "date",
     "2010-10-06"),
    ("The next day he left.", "The next day", "date", "2021-10-07"),
    ("Prices will rise next season.", "next season", "date", "2022-WI"),
    ("Results are due by EOM.", "EOM", "date", "2021-10"),
    ("Flights leave 9:30 - 11:00 CST.", "9:30 - 11:00 CST", "interval", "2021-10-06T09:30-06:00"),
    ("They came back last week's Sunday.", "last week's Sunday", "date", "2021-10-03"),
    ("Talks resume at 8 GMT.", "8 GMT", "time", "2021-10-06T08:00+00:00"),
    ("Lunch is at mid day.", "mid day", "time", "2021-10-06T12:00"),
    ("The call is at 15 to noon.", "15 to noon", "time", "2021-10-06T11:45"),
    ("The game is at 8 tonight.", "8 tonight", "time", "2021-10-06T20:00"),
    ("We swam there in the summer.", "summer", "date", "2021-SU"),
    ("It will reopen in the spring.", "spring", "date", "2022-SP"),
    ("He spoke on Sunday.", "Sunday", "date", "2021-10-03"),
]  # fmt: skip


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
    "The remaining 2000 troops left.",
    "He ran the last 1500 metres alone.",
    "A second earthquake struck the area.",
    "It was the second time the club won.",
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
    "The service runs 24/7.",
    "Chapter 3. May he rest.",
    "At one point this was hard.",
    "The ratios were 3/4,15 and 2/3,20.",
    "May ten of them come along?",
    "Call him at 650.650.6500 or 650-650-6500.",
    "She lives in flat 4a.",
    "It sold three twenty copies.",
    "The index rose 4.22 points on 4.22 volume.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_en_no_false_positive(text: str) -> None:
    assert tag(text, "en", ANCHOR) == []


# TimeML's vague references: tagged with their REF value, never turned into a calendar date.
REFERENCES = [
    ("He said now that the deal is done.", "now", "PRESENT_REF"),
    ("The company currently employs 300 people.", "currently", "PRESENT_REF"),
    ("At the moment there are no casualties.", "At the moment", "PRESENT_REF"),
    ("In the past, the company lost money.", "the past", "PAST_REF"),
    ("He has recently moved to Paris.", "recently", "PAST_REF"),
    ("The plan will be finalized in the future.", "the future", "FUTURE_REF"),
]


@pytest.mark.parametrize(("text", "surface", "value"), REFERENCES)
def test_en_reference(text: str, surface: str, value: str) -> None:
    got = [(t.text, t.value, t.granularity) for t in tag(text, "en", NOW)]
    assert (surface, value, "reference") in got, got


# TimeML's mod, set by the modifier before a period.
MODS = [
    ("The deadline is at the end of 2012.", "the end of 2012", "END"),
    ("He was elected in the mid-1990s.", "mid-1990s", "MID"),
    ("It began early this year.", "early this year", "START"),
    ("It happened late last night.", "late last night", "END"),
]


@pytest.mark.parametrize(("text", "surface", "mod"), MODS)
def test_en_mod(text: str, surface: str, mod: str) -> None:
    got = [(t.text, t.mod) for t in tag(text, "en", ANCHOR)]
    assert (surface, mod) in got, got


def test_en_fall_of_a_city_is_no_season() -> None:
    assert tag("Riots broke out during the fall of Rome.", "en", ANCHOR) == []


def test_en_day_after_an_event_is_not_counted_from_the_last_date() -> None:
    text = "He arrived on October 5, 2010. The strike began the day after the election."
    assert all(not t.text.lower().startswith("the day after") for t in tag(text, "en", ANCHOR))


def test_en_relative_without_anchor_is_not_guessed() -> None:
    [t] = tag("The launch happened today.", "en", None)
    assert t.value is None and t.relative


def test_en_offsets_are_exact() -> None:
    text = "On May 5, 2020 and again today, for 12 days."
    for t in tag(text, "en", ANCHOR):
        assert text[t.start : t.end] == t.text


def test_en_hours_and_a_count_that_is_not_minutes() -> None:
    """A bare number after hours is minutes only when it closes the clause."""
    got = [(t.text, t.value) for t in tag("It took 2 hours and 10 people died.", "en", ANCHOR)]
    assert got == [("2 hours", "PT2H")]


# The "assistant" convention (Recognizers-Text, Duckling), against the news default.
NOW = dt.datetime(2021, 10, 6, 4, 30)  # a Wednesday, 04:30
# (text, surface, kind, value, end_value, news value or None when news gives another timex)
ASSISTANT = [
    ("See you Monday.", "Monday", "date", "2021-10-11", None, "2021-10-04"),
    ("See you Wednesday.", "Wednesday", "date", "2021-10-13", None, "2021-10-06"),
    ("Call me at 3am.", "3am", "time", "2021-10-07T03:00", None, "2021-10-06T03:00"),
    ("It happened two weeks ago.", "two weeks ago", "time", "2021-09-22T04:30", None, "2021-W38"),
    ("It happened a few days ago.", "a few days ago", "time", "2021-10-03T04:30", None, None),
    ("It happened a month ago.", "a month ago", "date", "2021-09-06", None, "2021-09"),
    ("Show the last 2 days.", "last 2 days", "interval", "2021-10-04", "2021-10-05", None),
    ("Plan the next 3 months.", "next 3 months", "interval", "2021-11", "2022-01", None),
    (
        "In the next three hours.",
        "next three hours",
        "interval",
        "2021-10-06T05:00",
        "2021-10-06T07:00",
        None,
    ),  # fmt: skip
    ("Remind me in 2 minutes.", "in 2 minutes", "time", "2021-10-06T04:32:00", None, None),
    (
        "Leave two days after tomorrow.",
        "two days after tomorrow",
        "date",
        "2021-10-09",
        None,
        None,
    ),  # fmt: skip
    ("Back 2 years 21 days later.", "2 years 21 days later", "date", "2023-10-27", None, None),
    ("Book it for the day before.", "the day before", "date", "2021-10-05", None, "2021-10-05"),
    ("Meet at 3:30.", "3:30", "time", "2021-10-06T15:30", None, "2021-10-06T03:30"),
    ("Meet at 5:30.", "5:30", "time", "2021-10-06T05:30", None, "2021-10-06T05:30"),
    ("can we meet thu", "thu", "date", "2021-10-07", None, None),
    ("lunch on march 3", "march 3", "date", "2022-03-03", None, None),
    ("Is it raining right now?", "right now", "time", "2021-10-06T04:30:00", None, "PRESENT_REF"),
    ("book 4/25 please", "4/25", "date", "2022-04-25", None, None),
    ("I'll go back on 4.22", "4.22", "date", "2022-04-22", None, None),
    ("I'll go back 08/12,15", "08/12,15", "date", "2015-08-12", None, None),
    ("see you at 1030", "1030", "time", "2021-10-06T10:30", None, None),
    ("call me at 7p", "7p", "time", "2021-10-06T19:00", None, None),
    ("meet at three twenty", "three twenty", "time", "2021-10-06T15:20", None, None),
    ("free the upcoming two weeks", "upcoming two weeks", "date", "2021-W42", None, None),
    ("busy 2 upcoming days", "2 upcoming days", "date", "2021-10-08", None, None),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "end", "news"), ASSISTANT)
def test_en_assistant_convention(
    text: str, surface: str, kind: str, value: str, end: str | None, news: str | None
) -> None:
    got = [(t.text, t.kind, t.value, t.end_value) for t in tag(text, "en", NOW,
                                                               convention="assistant")]  # fmt: skip
    assert (surface, kind, value, end) in got, got
    default = {t.text: t.value for t in tag(text, "en", NOW)}
    if news is not None:
        assert default.get(surface) == news, default
    else:
        assert surface not in default, default


def test_en_assistant_drops_vague_durations() -> None:
    """'for months' is a vague duration in news (PXM) and no amount at all for an assistant."""
    text = "They trained for months."
    assert [t.value for t in tag(text, "en", NOW)] == ["PXM"]
    assert tag(text, "en", NOW, convention="assistant") == []


def test_en_assistant_shift_without_time_of_day_is_a_day() -> None:
    got = [(t.text, t.value) for t in tag("two weeks ago", "en", ANCHOR, convention="assistant")]
    assert got == [("two weeks ago", "2021-09-22")]


# Deep past, far future and eras: a value where the calendar can write one, else None; the span
# always covers the whole expression. (text, surface, value)
DEEP_TIME = [
    ("Lucy lived 3.2 million years ago in Ethiopia.", "3.2 million years ago", None),
    ("Dinosaurs died out 66 million years ago.", "66 million years ago", None),
    ("The town was founded 1,000 years ago.", "1,000 years ago", "1021"),
    ("In 10000 years the sun will still shine.", "In 10000 years", None),
    ("The 3rd century BC saw the Punic Wars.", "3rd century BC", None),
    ("Rome was founded in 753 BC, legend says.", "753 BC", None),
    ("The castle dates from 1066 AD.", "1066 AD", "1066"),
    ("Pompeii was buried in 79 AD.", "79 AD", "0079"),
]


@pytest.mark.parametrize(("text", "surface", "value"), DEEP_TIME)
def test_en_deep_time(text: str, surface: str, value: str | None) -> None:
    found = [t for t in tag(text, "en", ANCHOR) if t.kind == "date"]
    assert [(t.text, t.value) for t in found] == [(surface, value)]


def test_en_lowercase_ad_after_a_year_is_no_era() -> None:
    assert [t.text for t in tag("In 2015 ad campaigns grew.", "en", ANCHOR)] == ["2015"]


# The clause's tense and local cues choose among a name's occurrences. (text, anchor, surface,
# value)
DIRECTION = [
    ("The final against Keys on Sunday.—AP", dt.date(2016, 5, 16), "Sunday", "2016-05-15"),
    ("He is still slated to headline the stop on April 27.", dt.date(2024, 3, 10), "April 27",
     "2024-04-27"),
    ("Applications will be accepted until late September.", dt.date(2023, 8, 2),
     "late September", "2023-09"),
    ("Prices fell to their lowest since the beginning of August.", dt.date(2024, 8, 21),
     "the beginning of August", "2024-08"),
    ("Revenue rose 5% in Q3, the company said.", dt.date(2019, 6, 20), "Q3", "2019-Q3"),
    ("Glaciers may be gone by 2150, they said.", dt.date(2019, 6, 20), "2150", "2150"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), DIRECTION)
def test_en_direction(text: str, anchor: dt.date, surface: str, value: str) -> None:
    got = [(t.text, t.value) for t in tag(text, "en", anchor)]
    assert (surface, value) in got, got


@pytest.mark.parametrize(
    "text", ["Verstappen was fastest in Q3 ahead of Hamilton.", "It cost 2100 dollars."]
)
def test_en_no_date_here(text: str) -> None:
    assert [t.text for t in tag(text, "en", ANCHOR) if t.kind == "date"] == []


# Everyday news time. (text, surface, kind, value, end_value); anchor 2021-10-06.
EVERYDAY = [
    ("Last October 5 it flew.", "Last October 5", "date", "2021-10-05", None),
    ("Last October 25 it flew.", "Last October 25", "date", "2020-10-25", None),
    ("Next March 3 we vote.", "Next March 3", "date", "2022-03-03", None),
    ("It happened at 3 pm yesterday.", "3 pm yesterday", "time", "2021-10-05T15:00", None),
    ("Yesterday at 3 pm it left.", "3 pm", "time", "2021-10-05T15:00", None),
    ("It lasted 35-40 minutes.", "35-40 minutes", "duration", "PT35M", "PT40M"),
    ("It takes between two and three hours.", "between two and three hours", "duration",
     "PT2H", "PT3H"),
    ("He got a nine-month ban.", "nine-month", "duration", "P9M", None),
    ("His eight-year career ended.", "eight-year", "duration", "P8Y", None),
    ("In the nineteenth century it grew.", "nineteenth century", "date", "18", None),
    ("JOHN MORTIMORE (1934-2021) was a coach.", "1934-2021", "interval", "1934", "2021"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind", "value", "end"), EVERYDAY)
def test_en_everyday(text: str, surface: str, kind: str, value: str, end: str | None) -> None:
    got = [(t.text, t.kind, t.value, t.end_value) for t in tag(text, "en", ANCHOR)]
    assert (surface, kind, value, end) in got, got


@pytest.mark.parametrize(
    "text", ["He scored in the 76th minute.", 'A 55" TV and a 5\'11" player.', "After 90' he left."]
)
def test_en_no_duration_here(text: str) -> None:
    assert [t.text for t in tag(text, "en", ANCHOR) if t.kind == "duration"] == []
