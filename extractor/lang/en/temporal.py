"""English data for the temporal tagger (`extractor.temporal`).

The engine is language-agnostic: everything English it knows is here. Keys are lowercase;
multi-word phrases use single spaces (the engine turns spaces into `\\s+`).
"""

from __future__ import annotations

# Month and weekday names. English capitalises them, so lowercase "may"/"march" are never months.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# Month names that are also ordinary words: a month only next to a day/year or after a cue.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "jun", "dec"})
MONTH_CASE_SENSITIVE = True
MONTH_CUES: tuple[str, ...] = (
    "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this",
    "from", "through", "before", "after", "during", "between", "and", "to",
)  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
WEEKDAY_CASE_SENSITIVE = True
# Plural weekdays are sets: "on Mondays".
WEEKDAY_PLURALS: dict[str, int] = {
    "mondays": 0, "tuesdays": 1, "wednesdays": 2, "thursdays": 3, "fridays": 4, "saturdays": 5,
    "sundays": 6,
}  # fmt: skip
# Abbreviated weekdays are words too ("Sun", "Sat"): only accepted before a date.
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)

# Numeric dates: 10/06/2021 is October 6 in English.
DATE_ORDER = "MDY"
# Words for the zero of a year read in pairs: "nineteen oh one" -> 1901.
YEAR_ZERO_WORDS: tuple[str, ...] = ("zero", "oh", "o")
DAY_SUFFIX = r"(?:st|nd|rd|th)"
_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
# Days of the month written as ordinal words: "the twenty-first of June", "March third".
DAY_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORD)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORD) for sep in ("-", " ")},
    "thirty-first": 31, "thirty first": 31,
}  # fmt: skip
# Days written as cardinal words after a month ("May twenty one"), from ten: "May one" is not.
_UNITS_W = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CARDINAL_DAYS: dict[str, int] = {
    **{w: i + 10 for i, w in enumerate(["ten", "eleven", "twelve", "thirteen", "fourteen",
                                        "fifteen", "sixteen", "seventeen", "eighteen",
                                        "nineteen", "twenty"])},
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS_W) for sep in ("-", " ")},
    "thirty": 30, "thirty-one": 31, "thirty one": 31,
}  # fmt: skip
DAY_OF_MONTH_LINK = r"(?:of\s+)?"  # "17th of October"
# Between a day number and a relative month: "the 20th of next month".
DAY_OF_RELATIVE_MONTH = r"(?:day\s+)?of\s+(?:the\s+)?"
# Words that may follow a lone ordinal day ("on the 15th of"); before other words an
# ordinal is not a day ("the 25th anniversary").
DAY_FOLLOWERS: tuple[str, ...] = ("of", "at", "and", "to", "through", "until", "or")
ARTICLES: tuple[str, ...] = ("the",)

# Duration units -> ISO designator (Y, M, W, D, H, MIN, S) or multiples (DE=10Y, CE=100Y, Q=3M).
UNITS: dict[str, str] = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M", "mo": "M",
    "week": "W", "weeks": "W", "wk": "W", "wks": "W", "day": "D", "days": "D", "night": "D",
    "nights": "D", "hour": "H", "hours": "H", "hr": "H", "hrs": "H", "h": "H", "minute": "MIN",
    "minutes": "MIN", "min": "MIN", "mins": "MIN", "second": "S", "seconds": "S", "sec": "S",
    "secs": "S", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "quarter": "Q", "quarters": "Q", "fortnight": "FN", "fortnights": "FN",
}  # fmt: skip
# Units that need a number before them (alone they are other words: "second", "h", "min").
UNITS_NEED_NUMBER: frozenset[str] = frozenset(
    {"second", "sec", "h", "min", "mo", "yr", "hr", "wk", "night", "quarter", "day", "hour",
     "minute", "week", "month", "year", "decade", "century", "fortnight"}
)  # fmt: skip
# Bare plurals that are vague durations on their own ("months of training" -> PXM).
VAGUE_PLURALS: frozenset[str] = frozenset({"years", "months", "weeks", "decades"})
# Plurals that are vague durations only after one of VAGUE_CUES ("for days", "many hours").
CUED_PLURALS: frozenset[str] = frozenset({"days", "hours", "minutes", "nights", "centuries"})
VAGUE_CUES: tuple[str, ...] = ("for", "several", "many", "few", "some", "a few", "recent")
# Quantifiers that make a duration vague: "several days" -> PXD.
VAGUE_QUANTIFIERS: tuple[str, ...] = ("several", "many", "a few", "few", "some")
# Under the assistant convention "a few" is a count (three).
ASSISTANT_FEW: dict[str, int] = {"a few": 3, "few": 3}
# Between a duration and a day it counts from (assistant convention): "two days after today".
SHIFT_FROM: dict[str, int] = {"from": 1, "after": 1, "before": -1}

# text2num reads "twenty-one" only as "twenty one".
SPLIT_HYPHENATED_NUMBERS = True
# Number words text2num does not cover, or covers in a different sense.
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "a single": 1, "a dozen": 12, "dozen": 12, "half a": 0.5,
    "a half": 0.5, "half an": 0.5, "a couple of": 2, "a couple": 2, "couple of": 2,
    "a quarter of an": 0.25, "a quarter": 0.25, "two dozen": 24, "a hundred": 100,
    "a thousand": 1000, "one and a half": 1.5, "half": 0.5, "another": 1, "a full": 1,
    "a whole": 1,
}  # fmt: skip
# Unquantified durations that still have a value.
FIXED_DURATIONS: dict[str, tuple[float, str]] = {
    "all day": (1, "D"), "all week": (1, "W"), "all month": (1, "M"), "all year": (1, "Y"),
    "all-day": (1, "D"), "all-week": (1, "W"), "all-month": (1, "M"), "all-year": (1, "Y"),
    "full day": (1, "D"), "full week": (1, "W"), "full month": (1, "M"), "full year": (1, "Y"),
    "full-day": (1, "D"), "full-week": (1, "W"), "full-month": (1, "M"), "full-year": (1, "Y"),
    "whole day": (1, "D"), "whole week": (1, "W"), "whole month": (1, "M"),
    "whole year": (1, "Y"), "all night": (1, "D"), "overnight": (1, "D"),
}  # fmt: skip
# "an hour and a half", "two and a half years"
AND_A_HALF = r"and\s+(?:a\s+)?half"
# A fraction between the number and the unit: "one and three quarters (of an) hour",
# "two and a quarter hours"; FRACTION_COUNTS are the optional counts ("three" quarters).
# The words a fraction before the unit can end with (a cheap test before its regex).
FRACTION_ENDERS: tuple[str, ...] = ("half", "quarter", "quarters", "of", "an", "a")
FRACTION_SUFFIX = (
    r"and\s+(?:(?P<fn>an?|one|two|three)\s+)?(?P<fw>half|quarters?)(?:\s+of(?:\s+an?)?)?"
)
FRACTION_WORDS: dict[str, float] = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}
FRACTION_COUNTS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
# Words between the number and the unit that leave the amount as it is: "2 more minutes".
DURATION_FILLERS: tuple[str, ...] = (
    "more",
    "additional",
    "extra",
    "further",
    "less",
    "fewer",
    "good",  # "a good decade"
)
# Between hours and a bare count of minutes closing the clause: "1 hour thirty", "2 hours and 10".
HOUR_MINUTES_LINK = r"(?:\s+and)?\s+"
# Words that may join duration parts: "3 hours and 17 minutes", "176 days, 2 hours and 33 minutes"
DURATION_JOINERS = r"(?:,\s*(?:and\s+)?|\s+and\s+)"

# Approximators: kept OUTSIDE the span (the span is the quantity) and set approximate=True.
APPROXIMATORS: tuple[str, ...] = (
    "about", "around", "nearly", "almost", "roughly", "approximately", "some", "just over",
    "just under", "more than", "less than", "over", "under", "up to", "close to", "at least",
    "at most", "circa", "an estimated", "a little over", "a little more than",
)  # fmt: skip

# Relative days: phrase -> offset from the anchor, in days.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "tmrw": 1,
    "the day after tmrw": 2,
    "the day after tomorrow": 2, "day after tomorrow": 2, "day before yesterday": -2,
}  # fmt: skip
# Part-of-day phrases that name a day and a part of it: phrase -> (offset, TimeML part).
RELATIVE_PARTS: dict[str, tuple[int, str]] = {
    "tonight": (0, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"),
    "this evening": (0, "EV"), "last night": (-1, "NI"), "yesterday morning": (-1, "MO"),
    "yesterday afternoon": (-1, "AF"), "yesterday evening": (-1, "EV"),
    "tomorrow morning": (1, "MO"), "tomorrow afternoon": (1, "AF"),
    "tomorrow evening": (1, "EV"), "tomorrow night": (1, "NI"), "today morning": (0, "MO"),
    "today afternoon": (0, "AF"), "today evening": (0, "EV"),
    # a part of the day with no day named: the anchor's (a day next to it wins, see
    # `compose.day_then_part`)
    "in the morning": (0, "MO"), "in the afternoon": (0, "AF"), "in the evening": (0, "EV"),
    "tonite": (0, "NI"),
}  # fmt: skip
# Before a day: a part of it ("the morning of March 5", "the night of October 4").
POD_OF: dict[str, str] = {
    "the morning of": "MO", "the afternoon of": "AF", "the evening of": "EV",
    "the night of": "NI", "morning of": "MO", "afternoon of": "AF", "evening of": "EV",
    "night of": "NI", "early on": "MO", "late on": "NI",
}  # fmt: skip
# Parts of the day after a weekday or date: "Sunday night".
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}
# TimeML's vague references: PRESENT_REF ("now", "currently"), PAST_REF ("recently", "the
# past"), FUTURE_REF ("the future"). "soon", "formerly", "previously" are left out: TimeML
# annotators mostly leave them unmarked, and they say nothing a reader could check.
PRESENT: tuple[str, ...] = (
    "now", "right now", "currently", "at present", "nowadays", "at the moment",
    "at this moment", "these days",
)  # fmt: skip
PAST_REF: tuple[str, ...] = ("recently", "the past", "lately")
FUTURE_REF: tuple[str, ...] = ("the future",)
# Now-words that are other words too: (pattern, what may not come right before it), and the
# words that trigger them. None in English.
PRESENT_GUARDED: tuple[tuple[str, str], ...] = ()
PRESENT_GUARDED_TRIGGERS: tuple[str, ...] = ()

# Holidays: ("fixed", month, day), ("easter", days after Easter Sunday) or
# ("nth", month, weekday, n) with n = -1 for the last one.
HOLIDAYS: dict[str, tuple[object, ...]] = {
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24), "new year's day": ("fixed", 1, 1),
    "new year's eve": ("fixed", 12, 31), "valentine's day": ("fixed", 2, 14),
    "halloween": ("fixed", 10, 31), "boxing day": ("fixed", 12, 26),
    "independence day": ("fixed", 7, 4), "veterans day": ("fixed", 11, 11),
    "all saints' day": ("fixed", 11, 1), "st patrick's day": ("fixed", 3, 17),
    "st. patrick's day": ("fixed", 3, 17), "saint patrick's day": ("fixed", 3, 17),
    "earth day": ("fixed", 4, 22), "new year eve": ("fixed", 12, 31),
    "new year's": ("fixed", 1, 1),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "ash wednesday": ("easter", -46), "pentecost": ("easter", 49),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4),
    "mother's day": ("nth", 5, 6, 2), "father's day": ("nth", 6, 6, 3),
    "labor day": ("nth", 9, 0, 1), "memorial day": ("nth", 5, 0, -1),
    "martin luther king day": ("nth", 1, 0, 3), "mlk day": ("nth", 1, 0, 3),
    "presidents' day": ("nth", 2, 0, 3), "columbus day": ("nth", 10, 0, 2),
}  # fmt: skip
# Holiday names that are ordinary words in lower case.
AMBIGUOUS_HOLIDAYS: frozenset[str] = frozenset({"easter", "thanksgiving", "independence day"})
# "the first Monday of October", "the last Friday in March"
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1,
    "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip
NTH_WEEKDAY_LINK = r"\s+(?:of|in)\s+(?:the\s+)?"
# "the last day of October", "the first week of October 2014", "the third last week of 2018",
# "the last weekend of July": a unit counted inside a month or year (weeks and weekends whole).
NTH_UNITS: dict[str, str] = {
    "day": "day", "week": "week", "weekend": "weekend", "week-end": "weekend",
    "week end": "weekend", "wkend": "weekend",
}  # fmt: skip
# After an ordinal, counting from the end: "the second last week of October".
NTH_FROM_END: tuple[str, ...] = ("last", "to last", "from last")
# Before a day: the week or weekend it falls in ("the week of October 6th").
WEEK_OF: dict[str, str] = {
    "the week of": "week", "week of": "week", "the weekend of": "weekend",
    "weekend of": "weekend",
}  # fmt: skip
# "the third quarter of 2016", "the first half of next year"
QUARTER_NOUNS: tuple[str, ...] = ("quarter", "qtr")
HALF_NOUNS: tuple[str, ...] = ("half",)
PERIOD_OF_YEAR_LINK = r"\s+(?:of\s+)?(?:the\s+)?"
# "summer 2016", "the summer of 2016"
SEASON_YEAR_LINK = r"\s+(?:of\s+)?"
# "October 2021", "October of 2021"
MONTH_YEAR_LINK = r",?\s+(?:of\s+)?"
# between a day-month and its year: "5 October of 2021" is rare; none
DAY_MONTH_YEAR_LINK = r""

# Modifiers before a calendar unit or weekday: "last week", "next Tuesday", "this year".
REL_BEFORE: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "the coming": 1,
    "the last": -1, "the past": -1, "the previous": -1, "the next": 1, "this past": -1,
    "the following": 1, "the current": 0, "current": 0, "upcoming": 1, "the upcoming": 1,
}  # fmt: skip
# After a calendar unit, weekday or month: "the week after next", "March after next".
REL_AFTER: dict[str, int] = {"after next": 2, "after the next": 2}
# Before / after a counted duration, making it the span of those units next to the anchor:
# "the last two days", "the next 3 months" (read so only under the assistant convention; in
# news TimeML they stay durations).
SPAN_BEFORE: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
}  # fmt: skip
SPAN_AFTER: dict[str, int] = {}
# "upcoming two weeks", "2 upcoming days": for an assistant (Duckling), the unit that many ahead
# (the week after next); in news they stay a duration.
UPCOMING: tuple[str, ...] = ("upcoming",)
GRAIN_NOUNS: dict[str, str] = {
    "year": "year", "month": "month", "week": "week", "weekend": "weekend", "quarter": "quarter",
    "day": "day", "decade": "decade", "century": "century", "yr": "year", "qtr": "quarter",
    "week-end": "weekend", "season": "season",
}  # fmt: skip
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
# Between a modifier and a year, month, decade or season already tagged: "the end of 2012",
# "mid-1990s", "early this year".
MOD_PERIOD_LINK = r"(?:\s+(?:of\s+)?(?:the\s+)?|(?<=-))$"
# Business shorthand, upper case only: "by EOM", "at the BOY".
PERIOD_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "EOM": ("month", "END"), "BOM": ("month", "START"), "EOY": ("year", "END"),
    "BOY": ("year", "START"), "EOW": ("week", "END"), "EOQ": ("quarter", "END"),
}  # fmt: skip
# Before a season named alone: "in summer", "during the winter" (the span is the season).
SEASON_PREFIXES: tuple[str, ...] = ("in", "in the", "during", "during the", "over the", "by")
# Not after a season named alone: "the fall of Rome" is no season, "the summer of 2016" is one
# of a year (SEASON_YEAR_LINK).
# (Both languages' words: the engine read them in either language before they moved
# here, and the move was to change no output.)
SEASON_NOT_BEFORE = r"(?!\s*(?:of\s+|del\s+|di\s+)?\d)(?!\s+of\b)"
# "early/late/mid October" - part of the span, kept in the value as-is.
MODIFIERS: dict[str, str] = {
    "early": "START", "late": "END", "mid": "MID", "mid-": "MID", "the end of": "END",
    "the beginning of": "START", "the start of": "START", "the middle of": "MID",
    "end of": "END", "beginning of": "START",
}  # fmt: skip

# Between a modifier and a calendar unit: "the end of the year", "fine dell'anno".
MOD_GRAIN_LINK = r"\s+(?:of\s+)?(?:the\s+)?"

# "two weeks ago", "in two days", "two days later"
AGO: tuple[str, ...] = ("ago", "earlier", "before")
AGO_STRICT: tuple[str, ...] = ("ago",)  # only these make a date without a following noun check
# Days named from the story's last date (news; an assistant counts them from the anchor):
# "the next day" after "on October 5" is October 6. Unresolved without a date before them.
NARRATIVE_DAYS: dict[str, int] = {
    "the next day": 1, "the following day": 1, "the day after": 1, "the previous day": -1,
    "the day before": -1, "the same day": 0, "that day": 0,
}  # fmt: skip
# "the day after the election" counts from the election, not from the last date: not before
# what opens a noun phrase.
NARRATIVE_NOT_BEFORE = r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b"
IN_FUTURE: tuple[str, ...] = ("in",)
# Not after "in" + a duration: "in 20 years of war" is no date (case-sensitive).
# (Both languages' words: the engine read them in either language before they moved
# here, and the move was to change no output.)
IN_DURATION_NOT_BEFORE = r"\s+(?:of|di)\b"
# Before "in" + a duration, words that make it a stretch of time, not a date ahead: "the first
# time in 20 years", "its fastest pace in a decade", "the worst drought in 50 years".
IN_SPAN_CUES = (
    r"\b(?:times?|[a-z]{2,}est|most|least|best|worst|first|only|never|ever)\s+(?:\w+\s+){0,3}$"
)
# Only "from now" counts from the anchor; "N years later" counts from an event in the story.
LATER: tuple[str, ...] = ("from now", "from today", "hence")
# Under the assistant convention these count from the anchor too ("2 years 21 days later").
ASSISTANT_LATER: tuple[str, ...] = ("later",)
# Days named relative to the anchor under the assistant convention only (in news they count
# from the story's last event).
ASSISTANT_RELATIVE_DAYS: dict[str, int] = {
    "the next day": 1, "the day after": 1, "the following day": 1, "the day before": -1,
    "the previous day": -1,
}  # fmt: skip

# Sets
EVERY: tuple[str, ...] = ("every", "each", "every other")
SET_ADVERBS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "every day": "P1D", "every other day": "P2D",
    "biweekly": "P2W", "quarterly": "P3M", "everyday": "P1D", "annual": "P1Y",
}  # fmt: skip
PER_UNIT: tuple[str, ...] = ("a", "per", "each", "every")  # "three times a day"
TIMES_WORD = r"times?|once|twice"

# Words near which the age patterns are tried (any token with a digit is tried too).
AGE_TRIGGERS: tuple[str, ...] = ("year", "years", "month", "months", "aged")
# Tokens that are ages by themselves ("37enne").
AGE_TOKEN = r"(?!)"
# Ages.
AGE_PATTERNS: tuple[str, ...] = (
    r"(?P<num>{num})[- ]years?[- ]old",
    r"(?P<num>{num})[- ]months?[- ]old",
    r"(?<=aged )(?P<num>\d{1,3})\b",
    r"(?P<num>\d{1,3})[- ]year[- ]olds?",
)
PERSON_NOUNS: tuple[str, ...] = ()  # Italian "figlia di tre anni"; English uses "-year-old"
PERSON_AGE_LINK = r"\s+of\s+"  # between a person noun and the age (unused: no nouns)
# An age with one of these counts months, else years: "a 6-month-old".
# (Both languages' words: the engine read them in either language before they moved
# here, and the move was to change no output.)
AGE_IN_MONTHS = r"month|mes"

# Time zones written as words -> IANA zone (the offset depends on the date).
ZONE_PHRASES: dict[str, str] = {
    "russian time zone": "Europe/Moscow", "russian time": "Europe/Moscow",
    "moscow time": "Europe/Moscow", "italian time": "Europe/Rome", "rome time": "Europe/Rome",
    "eastern time": "America/New_York", "pacific time": "America/Los_Angeles",
    "central time": "America/Chicago", "mountain time": "America/Denver",
    "british time": "Europe/London", "london time": "Europe/London",
    "central european time": "Europe/Berlin", "beijing time": "Asia/Shanghai",
    "tokyo time": "Asia/Tokyo", "kyiv time": "Europe/Kyiv", "kiev time": "Europe/Kyiv",
}  # fmt: skip
# Words before a clock time that make a bare hour ("at 5") or a dotted one ("at 4.35") a time.
TIME_PREFIXES: tuple[str, ...] = ("at", "around", "by", "until", "from", "before", "after")
# "a.m." keeps its final dot; in "pm." the dot ends the sentence
AMPM = r"(?P<ampm>[ap](?:\.\s?m\.|\s?m)|[AP](?:\.\s?M\.|\s?M))(?![A-Za-z])"
# A one-letter am/pm glued to a time ("7p", "3:15a"), read only under the assistant convention.
AMPM_SHORT = r"[ap]"
# Words for the zero of "twelve oh three".
ZERO_MINUTE: tuple[str, ...] = ("oh", "o", "zero", "ou")
OCLOCK = r"o'clock|o’clock|oclock"
NOON: dict[str, str] = {"noon": "12:00", "midday": "12:00", "mid day": "12:00", "midnight": "00:00"}
# Whether a clock time without am/pm may be either half of the day ("3:30").
CLOCK_12H = True
HOUR_WORD_PREFIX = ""  # Italian "ore 14"
# Clock times in words: "half past eight", "a quarter to 8", "ten past 9", "seven o'clock".
HOUR_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "noon": 12, "midnight": 0,
}  # fmt: skip
CLOCK_BEFORE: dict[str, int] = {
    "half past": 30, "quarter past": 15, "a quarter past": 15, "quarter to": -15,
    "a quarter to": -15, "three quarters past": 45,
}  # fmt: skip
CLOCK_DIRECTIONS: dict[str, int] = {"past": 1, "after": 1, "to": -1, "before": -1}
# Minute counts written as words before "past"/"to" ("twenty past nine").
MINUTE_WORDS: tuple[str, ...] = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "twenty-five", "twenty five", "thirty", "forty", "forty-five",
    "forty five", "fifty",
)  # fmt: skip
CLOCK_AFTER: dict[str, int] = {}
CLOCK_SIGNS: dict[str, int] = {}
MINUTE_WORD = r"(?:minutes?|mins?)"
# A bare hour after TIME_PREFIXES is not a clock time in English ("at seven" may be a score).
HOUR_AFTER_PREFIX = False
# Words one of which every clock-in-words expression contains (the pattern runs near them).
CLOCK_TRIGGERS: tuple[str, ...] = (
    "past", "quarter", "quarters", "clock", "minutes", "mins", "am", "pm", "morning",
    "afternoon", "evening", "night", "tonight", "noon", "midnight",
)  # fmt: skip
# Parts of the day after a clock time that settle am/pm: "3:15 in the afternoon".
# Between a part of the day and a bare hour read in it: "this afternoon at 2".
POD_CLOCK_LINK = r"\s+(?:at|@|around)\s+"
# A bare hour before a part of a named day: "at 5 tomorrow afternoon", "9 tomorrow morning".
HOUR_BEFORE_PART = r"(?<![\w:.,])(?:(?:at|@|around)\s+)?(?P<h>[0-2]?\d)\s+$"
POD_AFTER: dict[str, str] = {
    "in the morning": "MO", "in the afternoon": "AF", "in the evening": "EV", "at night": "NI",
    "in the night": "NI", "tonight": "EV", "this morning": "MO", "this afternoon": "AF",
    "this evening": "EV",
    "at lunch": "MI", "lunch": "MI",
}  # fmt: skip

# Decades: "the 1990s", "the '90s", "the nineties".
# Strings every decade pattern needs: the patterns are skipped in a text with none of them.
DECADE_HINTS: tuple[str, ...] = ("0s", "0'", "0’", "0S")
DECADE_PATTERNS: tuple[str, ...] = (
    r"(?P<century>1[89]|20)(?P<decade>\d)0'?s\b",
    r"['’](?P<decade>\d)0s\b",
    r"(?<=the )(?P<decade>\d)0['’]?s\b",
)
# Centuries: "the 20th century" -> '19' (TimeML: the first two digits of its years).
CENTURY_TRIGGERS: tuple[str, ...] = ("century",)
CENTURY_PATTERNS: tuple[str, ...] = (r"(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b",)
# Eras written after a year or century: "753 BC", "the 3rd century BC", "AD 79" is rare in news.
ERA_BEFORE_CHRIST: tuple[str, ...] = ("BC", "B.C.", "BCE", "B.C.E.")
ERA_AFTER_CHRIST: tuple[str, ...] = ("AD", "A.D.", "CE", "C.E.")
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
DECADE_WORD_PREFIX = r"the\s+"

# Between a weekday and a relative week: "Friday next week", "next week on Friday".
WEEKDAY_WEEK_LINK = r"(?:['’]s)?\s*,?\s*(?:(?:of|on|from)\s+)?(?:the\s+)?"

# Intervals: (opening word, joining word).
RANGE_PAIRS: tuple[tuple[str, str], ...] = (
    ("from", "to"),
    ("from", "until"),
    ("from", "till"),
    ("from", "through"),
    ("between", "and"),
)
# Joining words that make a range without an opening word ("12 to 16 September").
RANGE_TO_WORDS: tuple[str, ...] = ("to", "through", "until", "till")
# Joining words between two clock times that make a range without an opening word.
TIME_RANGE_JOINS: tuple[str, ...] = ("to", "till", "til", "until", "through")
RANGE_DASH = r"\s?[-–]\s?"
# Words before a bare four-digit number that make it a year.
YEAR_CUES: tuple[str, ...] = (
    "in", "since", "until", "till", "by", "of", "from", "to", "during", "before", "after",
    "and", "or", "year", "early", "late", "mid", "through", "for", "between", "circa", "the",
    "spring", "summer", "autumn", "fall", "winter",
)  # fmt: skip

# A year as a modifier, after a determiner and an adjective or two: 'the deadly 1993 bomb
# attacks', 'the historic 2016 vote'. After these adjectives the number is a count ('the last
# 1500 metres', 'the remaining 2000 troops').
YEAR_DETERMINERS: tuple[str, ...] = ("the", "its", "their", "his", "her", "this", "that")
COUNT_ADJECTIVES: tuple[str, ...] = (
    "first", "last", "next", "other", "remaining", "additional", "extra", "estimated", "more",
    "some", "few", "many", "several", "further", "final", "initial", "total", "nearly",
    "almost", "about", "around", "over", "roughly", "only", "just", "another",
)  # fmt: skip

# Tense cues: the nearest one in the clause decides whether "Sunday" is last or next Sunday.
# PAST_WORDS are irregular past forms that differ from the present (so not "put", "set", "cut",
# "read") and other past markers; PAST_CUES is a pattern for the regular ones.
PAST_WORDS: tuple[str, ...] = tuple(
    "was were had did said told took went came left made got gave found thought knew saw became "
    "began felt kept held brought bought built sent spent lost won ran met paid sat stood "
    "understood wrote spoke broke chose drove fell flew forgot grew hid led meant rode rose rang "
    "sang sank shot slept sold sought struck swam swore taught tore threw wore woke heard fought "
    "fled caught dealt drew dug fed froze hung laid lent shook slid spun stole stuck sprang "
    "withdrew arose awoke bent bit blew bore clung crept shrank strove sped swept swung wept "
    "wound overtook undertook forgave foresaw mistook oversaw underwent upheld withheld rebuilt "
    "retook beat announced reported ago last earlier previously since".split()
)
# A regular past form, but not a participle after an auxiliary ('will be accepted', 'is
# expected'): the auxiliary carries the tense there.
PAST_CUES = r"\b(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbeen )(?<!\bbeing )[a-z]{3,}ed\b"
FUTURE_WORDS: tuple[str, ...] = ()
FUTURE_CUES = (
    r"\b(?:will|would|shall|going to|'ll|next|upcoming|plans? to|scheduled|expected|"
    r"(?:slated|set|due|poised|planned|scheduled|expected|billed) to)\b"
)
# "on Sunday" - words kept out of the span.
DATE_PREPOSITIONS: tuple[str, ...] = ("on", "in", "at", "since", "by")


# Where a bare quarter code ('Q3') is a quarter: talk of money nearby (otherwise it is a
# qualifying session, a question, a grade...).
FISCAL_WORDS: tuple[str, ...] = (
    "revenue",
    "revenues",
    "sales",
    "earnings",
    "profit",
    "profits",
    "loss",
    "losses",
    "results",
    "quarter",
    "quarterly",
    "fiscal",
    "financial year",
    "gdp",
    "growth",
    "economy",
    "shares",
    "dividend",
    "guidance",
    "forecast",
    "turnover",
    "ebitda",
    "margin",
    "fy",
)
# The cues before a year the plain year pattern leaves out ('entro il 2100', "del '92"): the
# prepositions of time only ('il 2100 euro' is an amount).
FAR_YEAR_CUES: tuple[str, ...] = (
    "in",
    "by",
    "until",
    "till",
    "since",
    "from",
    "of",
    "the year",
    "before",
    "after",
    "around",
)
# Between a clock time and the named day it belongs to, either way round ('alle 15 di ieri',
# 'ieri alle 15', '3 pm yesterday', 'yesterday at 3 pm'): the two are one time expression.
CLOCK_DAY_LINK = r"\s*,?\s*(?:(?:of|on|at|around|about)\s+)*"
# A range of durations keeps both ends ('35-40 minutes', 'da uno a tre giorni', 'between two
# and three hours'): the words that open it and join its ends.
DURATION_RANGE_OPEN: tuple[str, ...] = ("from", "between")
DURATION_RANGE_JOIN: tuple[str, ...] = ("-", "–", "to", "and", "or")
# Primes are feet and inches in English (5'11", a 55" TV): no race times from them.
PRIME_TIMES = False

# Centuries named in words: "the nineteenth century" (TimeML: '18').
CENTURY_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
CENTURY_WORD_PATTERN = r"(?P<w>{words})[\s-]+century\b"
# A holiday named after a saint is a place after these ('la chiesa di San Giuseppe').
HOLIDAY_PLACE_NOUNS: tuple[str, ...] = (
    "church",
    "chapel",
    "cathedral",
    "parish",
    "street",
    "square",
    "hospital",
    "school",
    "college",
)

# A unit that is also an ordinal ('a second earthquake'): after an article and before a word that
# opens a noun phrase it is the ordinal. Words after a unit that keep it a unit, besides the
# language's function words:
ORDINAL_UNITS: frozenset[str] = frozenset({"second"})
DURATION_FOLLOWERS: frozenset[str] = frozenset(
    {"later", "earlier", "ago", "longer", "too", "more", "less"}
)
