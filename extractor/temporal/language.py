"""The compiled tables of one language: the patterns every rule reads, built once from
`extractor/lang/<lang>/temporal.py` (see `tables`).

The engine is language-agnostic: the words are in the language module, this file only turns
them into regexes and lookup maps. A pattern belongs to the section of the rules that read it
(dates, ranges, periods, relative expressions, numbers, durations, ages, clock times,
references, eras, tense, sets, compositions); the trigger words and margins that decide where
each family of patterns runs are in `_triggers`.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from ..lang import load_lang_module
from . import calendar as cal
from .patterns import LETTER as _W
from .patterns import TOKEN, alt, alt_exact, bounded, last_tokens, norm

__all__ = ["Lang", "tables"]

# Where a day or month name may begin: not inside a word, but right after an elided article or
# preposition glued to it ("dell'11 settembre", "nell'agosto del 2020", "l'8 marzo").
_ELIDED_OK = r"(?:(?<![\w'’])|(?<=[^\W\d_]['’]))"
_FLAGS = re.IGNORECASE
# a bare year in prose, and any four-digit year from 1000 next to a day and a month
_YEAR = r"(?P<y>(?:1[5-9]|20)\d\d)(?![\d])"
_FULL_YEAR = r"(?P<y>(?:1\d|20)\d\d)(?![\d])"
_YEAR4 = r"(?:1[6-9]|20)\d\d"
_CLOSES_CLAUSE = r"(?=\s*(?:[.,;!?)]|$))"


@cache
def tables(lang: str) -> Lang:
    return Lang(load_lang_module(lang, "temporal"), lang)


class Lang:
    """Compiled patterns for one language."""

    def __init__(self, mod: ModuleType, lang: str) -> None:
        # Words after a unit that keep it a unit: function words (spaCy's stop words for the
        # language) and the language's own ('later', 'fa').
        self.duration_followers = frozenset(
            w.lower() for w in (*_stop_words(lang), *getattr(mod, "DURATION_FOLLOWERS", ()))
        )
        self.m = mod
        self.lang = lang
        self._names(mod)
        self._dates(mod)
        self._numeric_dates(mod)
        self._ranges(mod)
        self._periods(mod)
        self._relative(mod)
        self._numbers(mod)
        self._durations(mod)
        self._ages(mod)
        self._clocks(mod)
        self._clock_words(mod)
        self._references(mod)
        self._eras(mod)
        self._tense(mod)
        self._sets(mod)
        self._compositions(mod)
        self._triggers(mod)

    def _names(self, mod: ModuleType) -> None:
        """Months, weekdays, day numbers and the lookup maps shared by many rules."""
        self.months = {k.lower(): v for k, v in mod.MONTHS.items()}
        # "sept", "mag": a key that is the beginning of a longer name of the same month
        self.month_abbrevs = {
            k for k, v in self.months.items()
            if any(o != k and o.startswith(k) and w == v for o, w in self.months.items())
        }  # fmt: skip
        self.weekdays = {k.lower(): v for k, v in mod.WEEKDAYS.items()}
        self.day_words = {norm(k): v for k, v in mod.DAY_WORDS.items()}
        self.card_days = {norm(k): v for k, v in mod.CARDINAL_DAYS.items()}
        self.mod_map = {norm(k): v for k, v in mod.MODIFIERS.items()}
        self.ordinal_map = {norm(k): v for k, v in mod.ORDINALS.items()}
        self.grain_map = {norm(k): v for k, v in mod.GRAIN_NOUNS.items()}
        self.season_map = {norm(k): v for k, v in mod.SEASONS.items()}
        self.pod_map = {norm(k): v for k, v in mod.PARTS_OF_DAY.items()}
        self.units = {k.lower(): v for k, v in mod.UNITS.items()}
        # fragments of several patterns
        self._mon = alt(self.months)
        self._wd = alt(self.weekdays)
        suf = mod.DAY_SUFFIX
        self._day = rf"(?:(?P<d>[0-3]?\d)(?:{suf})?|(?P<dw>{alt(mod.DAY_WORDS)}))"
        # a day as a cardinal word after the month closes the clause or comes before the year
        # ("May twenty one", "jan twenty two, 2018"): "May one day..." is no date
        self._card = rf"(?P<dc>{alt(mod.CARDINAL_DAYS)}){_CLOSES_CLAUSE}"

    def _dates(self, mod: ModuleType) -> None:
        """Calendar days: numeric, day and month, weekday and day, a day number alone."""
        mon, wd, day, card, suf = self._mon, self._wd, self._day, self._card, mod.DAY_SUFFIX
        # a weekday before a date ("Tuesday, May 5") is looked for after the date matched: an
        # optional weekday at the head of the pattern would be tried at every position
        self.wd_before = re.compile(rf"(?<![\w'’])(?P<wd>{wd})\.?,?\s+$", _FLAGS)
        # "16. Nov. 2016": a dotted day number (German-style, in lists) only with its year
        self.dmy = re.compile(
            rf"{_ELIDED_OK}{day}(?P<ddot>\.)?(?:\s+{mod.DAY_OF_MONTH_LINK}|[-/])(?P<m>{mon})"
            rf"(?P<dot>\.)?(?![\w])(?:,?\s+{mod.DAY_MONTH_YEAR_LINK}{_FULL_YEAR})?",
            _FLAGS,
        )
        # a year written in words after a day and month: "September 10, nineteen zero one",
        # "dieci di Settembre, duemila" (checked to close the clause, so "two thousand people"
        # is not a year)
        self.year_words = re.compile(
            rf",?\s+(?P<w>{_W}+(?:[\s-]+{_W}+){{0,5}}?)(?=\s*(?:[.,;!?)]|$))", _FLAGS
        )
        self.mdy = re.compile(
            rf"(?<![\w'’])(?P<m>{mon})(?P<dot>\.)?(?:\s+(?:{alt(mod.ARTICLES)}\s+)?|[-/])"
            rf"(?:{day}|{card})(?![\d\w:.,]\d|\w)"
            rf"(?:,?\s+{_FULL_YEAR})?",
            _FLAGS,
        )
        # "2019-sep-1", "2019/sep/01"
        self.ymd_name = re.compile(
            rf"(?<![\w/.-])(?P<y>(?:1\d|20)\d\d)(?P<sep>[-/])(?P<m>{mon})(?P=sep)(?P<d>[0-3]?\d)"
            rf"(?![\w/-])",
            _FLAGS,
        )
        self.wd_day = re.compile(
            rf"(?<![\w'’])(?P<wd>{wd}),?\s+(?:{alt(mod.ARTICLES)}\s+)?(?:(?P<d>[0-3]?\d)"
            rf"(?:{suf})?|(?P<dw>{alt(mod.DAY_WORDS)})|{card})(?![\w%:/]|[.,]\d)",
            _FLAGS,
        )
        self.nth_weekday_alone = re.compile(
            rf"(?<![\w'’])(?P<ord>{alt(mod.ORDINALS)})\s+(?P<wd>{wd})(?![\w])", _FLAGS
        )
        self.clause_end = re.compile(r"\s?[.!?;](?!\d)|\s*$")
        self.day_follow = re.compile(rf"\s*,|\s+{alt(mod.DAY_FOLLOWERS)}(?![\w])", _FLAGS)
        self.day_word_at = re.compile(rf"{alt(mod.DAY_WORDS)}(?![\w])", _FLAGS)
        # first words of the day words, so "twenty" of "twenty second" is a candidate token
        self.day_word_starts = {TOKEN.findall(k.lower())[0] for k in mod.DAY_WORDS}
        # a token that may be a day number: "15", "15th"
        self.day_token = re.compile(rf"[0-3]?\d(?:{suf})?", _FLAGS)
        self.ordinal_day = re.compile(rf"(?P<d>[0-3]?\d){suf}(?![\w%])", _FLAGS)
        self.day_cue_re = re.compile(
            rf"(?<![\w'’]){alt(set(mod.ARTICLES) | set(mod.DATE_PREPOSITIONS))}\s+$", _FLAGS
        )
        self.prep_re = re.compile(rf"(?<![\w'’]){alt(mod.DATE_PREPOSITIONS)}\s+$", _FLAGS)

    def _numeric_dates(self, mod: ModuleType) -> None:
        """Dates in digits: "2021-10-06", "10/06/2021", "2021/10/06", "4/22"."""
        self.iso = re.compile(
            r"(?<![\w/.-])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
            r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
            r"(?![\w/-]|\.\d)"
        )
        self.numeric = re.compile(
            r"(?<![\w/.,-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P<sep2>(?P=sep)|,\s?)"
            r"(?P<y>\d{4}|\d{2})"
            r"(?![\w/]|[.,-]\d)"
        )
        self.numeric_ymd = re.compile(
            r"(?<![\w/.,-])(?P<y>(?:1[6-9]|20)\d\d)(?P<sep>[/.])(?P<mo>\d{1,2})(?P=sep)"
            r"(?P<d>\d{1,2})(?![\w/]|[.,-]\d)"
        )
        self.numeric_dm = re.compile(
            r"(?<![\w/.,-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?![\w/]|[.,-]\d)"
        )

    def _ranges(self, mod: ModuleType) -> None:
        """Written ranges ("5-17 ottobre", "2019-2021") and the words that join two timexes."""
        mon, suf, pairs = self._mon, mod.DAY_SUFFIX, mod.RANGE_PAIRS
        opens, joins = alt({a for a, _ in pairs}), alt({b for _, b in pairs})
        self.range_open = re.compile(rf"(?<![\w'’]){opens}\s*$", _FLAGS)
        self.range_join = re.compile(rf"\s+{joins}\s*", _FLAGS)
        self.dash_join = re.compile(mod.RANGE_DASH)
        self.range_to = {norm(w) for w in mod.RANGE_TO_WORDS}
        self.time_to_join = re.compile(rf"\s+{alt(mod.TIME_RANGE_JOINS)}\s+", _FLAGS)
        self.year_range = re.compile(
            r"(?<![\w.,/$€£#@-])(?P<y1>(?:1[6-9]|20)\d\d)\s?[-–]\s?(?P<y2>(?:1[6-9]|20)?\d\d)"
            r"(?![\w/%]|[.,:-]\d)"
        )
        arts_opt = rf"(?:{alt(mod.ARTICLES)}\s+)?"
        self.day_range = re.compile(
            rf"(?<![\w'’])(?:(?P<open>{opens})\s*)?{arts_opt}"
            rf"(?P<d1>[0-3]?\d)(?:{suf})?(?:\s+(?P<m1>{mon}))?"
            rf"(?:\s+(?P<join>{joins})\s*|{mod.RANGE_DASH}){arts_opt}"
            rf"(?P<d2>[0-3]?\d)(?:{suf})?\s+{mod.DAY_OF_MONTH_LINK}(?P<m2>{mon})(?![\w])"
            rf"(?:,?\s+{_YEAR})?",
            _FLAGS,
        )
        self.md_range = re.compile(
            rf"(?<![\w'’])(?P<m>{mon})\.?\s+(?P<d1>[0-3]?\d)(?:{suf})?{mod.RANGE_DASH}"
            rf"(?P<d2>[0-3]?\d)(?:{suf})?(?![\w])(?:,?\s+{_YEAR})?",
            _FLAGS,
        )

    def _periods(self, mod: ModuleType) -> None:
        """Months, years, quarters, seasons, decades, centuries and holidays."""
        mon = self._mon
        self.my = re.compile(
            rf"{_ELIDED_OK}(?P<m>{mon})(?P<dot>\.)?{mod.MONTH_YEAR_LINK}{_YEAR}", _FLAGS
        )
        self.mon_alone = re.compile(
            rf"{_ELIDED_OK}(?:(?P<mod>{alt(mod.MODIFIERS)})\s*)?(?P<m>{mon})(?P<dot>\.)?(?![\w])",
            _FLAGS,
        )
        self.month_cue_re = re.compile(rf"(?<![\w'’]){alt(mod.MONTH_CUES)}\s+$", _FLAGS)
        self.year_month = re.compile(
            rf"(?<![\w/.,-])(?P<y>{_YEAR4})\s*,?\s+(?P<m>{mon})(?![\w])", _FLAGS
        )
        self.month_year_num = re.compile(
            r"(?<![\w/.,-])(?:(?P<y>(?:1[6-9]|20)\d\d)[-/](?P<m>0?[1-9]|1[0-2])"
            r"|(?P<m2>0?[1-9]|1[0-2])/(?P<y2>(?:1[6-9]|20)\d\d))(?![\w/]|[.,:-]\d)"
        )
        self.year_re = re.compile(
            r"(?<![\w.,/$€£#@-])(?P<y>(?:1[6-9]|20)\d\d)(?![\w/]|[.,:-]\d|\s?%|\s?[°º])"
        )
        self.year_cue_re = re.compile(rf"(?<![\w'’]){alt(mod.YEAR_CUES)}\s+$", _FLAGS)
        dets = getattr(mod, "YEAR_DETERMINERS", ())
        self.year_modifier_re = (
            re.compile(
                rf"(?<![\w'’]){alt(dets)}\s+(?:(?!{alt(mod.COUNT_ADJECTIVES)}\s)(?-i:[a-z]+)\s+){{1,2}}$",
                _FLAGS,
            )
            if dets
            else None
        )
        # years beyond 2099 ('entro il 2100') and written with an apostrophe ("del '92"): only
        # after a year cue, since such numbers are more often amounts or codes
        self.far_year_re = re.compile(r"(?<![\w.,/$€£#@-])(?P<y>2[1-9]\d\d)(?![\w/%]|[.,:-]\d)")
        self.short_year_re = re.compile(r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])")
        self.far_year_cue_re = re.compile(rf"(?<![\w'’]){alt(mod.FAR_YEAR_CUES)}\s+$", _FLAGS)
        # 'Q3' alone is a quarter only where money is talked about (in motor racing it is the
        # last qualifying session)
        self.fiscal_re = re.compile(rf"(?<![\w'’]){alt(getattr(mod, 'FISCAL_WORDS', ()))}(?!\w)",
                                    _FLAGS)  # fmt: skip
        # "Q3 2016", "2016 H2", "Q1": quarters and halves written as codes
        self.period_code = re.compile(
            rf"(?<![\w-])(?:(?P<y1>{_YEAR4})\s*)?(?P<c>[QH])(?P<n>[1-4])(?![\w-])"
            rf"(?:\s*(?P<y2>{_YEAR4})(?!\d))?"
        )
        # "the third quarter" alone: of the anchor's year ("first half" is left alone: in
        # sports news it is the first half of a match)
        self.quarter_alone = re.compile(
            rf"(?<![\w'’])(?P<ord>{alt(mod.ORDINALS)})(?:\s+|-)(?P<noun>{alt(mod.QUARTER_NOUNS)})"
            rf"(?![\w])",
            _FLAGS,
        )
        self.half_nouns = {norm(x) for x in mod.HALF_NOUNS}
        self.season_alone = re.compile(
            rf"(?<![\w'’])(?:{alt(mod.SEASON_PREFIXES)})(?<=['’])?\s*(?P<s>{alt(mod.SEASONS)})"
            rf"(?![\w]){mod.SEASON_NOT_BEFORE}",
            _FLAGS,
        )
        self.season_year = re.compile(
            rf"(?<![\w])(?P<s>{alt(mod.SEASONS)}){mod.SEASON_YEAR_LINK}(?P<y>{_YEAR4})(?!\d)",
            _FLAGS,
        )
        self.decades = [re.compile(p, _FLAGS) for p in mod.DECADE_PATTERNS]
        # Roman numerals are upper case: compiled without IGNORECASE ("vi secolo" is rare)
        self.centuries = [re.compile(p) for p in mod.CENTURY_PATTERNS]
        self.decade_words = re.compile(
            rf"(?<![\w'’]){mod.DECADE_WORD_PREFIX}(?P<w>{alt(mod.DECADE_WORDS)})(?![\w])", _FLAGS
        )
        self.decade_word_map = {norm(k): v for k, v in mod.DECADE_WORDS.items()}
        self.holiday_map = {norm(k): v for k, v in mod.HOLIDAYS.items()}
        self.holiday_re = re.compile(
            rf"(?<![\w])(?P<hn>{alt(mod.HOLIDAYS)})(?![\w])(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d)(?!\d))?",
            _FLAGS,
        )

    def _relative(self, mod: ModuleType) -> None:
        """Days and periods named from the anchor: "yesterday", "next week", "Friday"."""
        self.rel_days = re.compile(bounded(alt(mod.RELATIVE_DAYS)), _FLAGS)
        self.rel_parts = re.compile(bounded(alt(mod.RELATIVE_PARTS)), _FLAGS)
        self.rel_days_map = {norm(k): v for k, v in mod.RELATIVE_DAYS.items()}
        self.rel_parts_map = {norm(k): v for k, v in mod.RELATIVE_PARTS.items()}
        grains = {**{k: k for k in mod.GRAIN_NOUNS}, **{k: k for k in mod.SEASONS}}
        g_alt = alt(list(grains) + list(self.weekdays) + list(self.months))
        self.rel_before_map = {norm(k): v for k, v in mod.REL_BEFORE.items()}
        self.rel_after_map = {norm(k): v for k, v in mod.REL_AFTER.items()}
        self.clock_day_link = re.compile(mod.CLOCK_DAY_LINK + "$", _FLAGS)
        self.holiday_place_re = re.compile(
            rf"(?<![\w'’]){alt(mod.HOLIDAY_PLACE_NOUNS)}\s+(?:[^\W\d_]{{1,5}}\s+)?$", _FLAGS
        )
        # '35-40 minutes', 'da uno a tre giorni': the lower end before a duration's amount
        joins = "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in mod.DURATION_RANGE_JOIN)
        self.range_before = re.compile(
            rf"(?:(?<![\w'’])(?P<open>{alt(mod.DURATION_RANGE_OPEN)})\s+)?"
            rf"(?<![\w.,])(?P<a>\d+(?:[.,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)?)\s*(?:{joins})\s*$",
            _FLAGS,
        )
        # around a day of a month: "il 5 ottobre scorso", "next March 3"
        self.rel_after_day = re.compile(rf"\s+(?P<post>{alt(mod.REL_AFTER)})(?![\w])", _FLAGS)
        self.rel_before_day = re.compile(rf"(?<![\w'’])(?P<pre>{alt(mod.REL_BEFORE)})\s+$", _FLAGS)
        self.rel_pre = re.compile(
            rf"(?<![\w'’])(?:(?P<mod>{alt(mod.MODIFIERS)})\s*)?(?P<pre>{alt(mod.REL_BEFORE)})"
            rf"\s*(?<=\s|'|’)(?P<g>{g_alt})(?![\w])",
            _FLAGS,
        )
        # "the end of the year", "entro fine anno", "all'inizio del mese": the current period
        self.mod_grain = re.compile(
            rf"(?<![\w'’])(?P<mod>{alt(mod.MODIFIERS)}){mod.MOD_GRAIN_LINK}"
            rf"(?P<g>{alt(mod.GRAIN_NOUNS)})(?![\w])(?!\s+{alt(mod.REL_AFTER)})",
            _FLAGS,
        )
        self.rel_post = (
            re.compile(
                rf"(?<![\w])(?:(?P<art>{alt(mod.ARTICLES)})\s*)?(?P<g>{g_alt})\s+(?P<post>"
                rf"{alt(mod.REL_AFTER)})(?![\w])",
                _FLAGS,
            )
            if mod.REL_AFTER
            else None
        )
        self.weekday_re = re.compile(
            rf"(?<![\w'’])(?P<wd>{self._wd})(?![\w])(?:\s+(?P<pod>{alt(mod.PARTS_OF_DAY)})"
            rf"(?![\w]))?",
            _FLAGS,
        )
        self.weekday_plural_map = {norm(k): v for k, v in mod.WEEKDAY_PLURALS.items()}
        self.weekday_plural = re.compile(bounded(alt(mod.WEEKDAY_PLURALS)), _FLAGS)
        self.ago_re = re.compile(rf"\s+{alt(mod.AGO_STRICT)}(?![\w])", _FLAGS)
        self.later_re = re.compile(rf"\s+{alt(mod.LATER)}(?![\w])", _FLAGS)
        self.narrative_days = {norm(k): v for k, v in mod.NARRATIVE_DAYS.items()}
        self.narrative_re = re.compile(bounded(alt(mod.NARRATIVE_DAYS)), _FLAGS)
        self.narrative_not_before = re.compile(mod.NARRATIVE_NOT_BEFORE, _FLAGS)
        self.assistant_days = {norm(k): v for k, v in mod.ASSISTANT_RELATIVE_DAYS.items()}
        self.assistant_days_re = re.compile(bounded(alt(mod.ASSISTANT_RELATIVE_DAYS)), _FLAGS)
        self.period_abbr = dict(mod.PERIOD_ABBREVIATIONS)
        self.period_abbr_re = (
            # case-sensitive, so not `alt` (which lower-cases)
            re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, self.period_abbr))})(?![\w])")
            if self.period_abbr
            else None
        )

    def _numbers(self, mod: ModuleType) -> None:
        """Amounts before a unit: digits, number words validated by text2num, fractions."""
        self.num_words = {norm(k): v for k, v in mod.NUMBER_WORDS.items()}
        # last words a number phrase before a unit can end with, besides number words that
        # parse alone ("a couple of", "half an", "several")
        self.number_enders = {
            norm(k).split()[-1]
            for k in (*mod.NUMBER_WORDS, *mod.VAGUE_QUANTIFIERS, *mod.FRACTION_ENDERS,
                      *mod.ASSISTANT_FEW)
        }  # fmt: skip
        self.half_suffix = re.compile(rf"\s+{mod.AND_A_HALF}$", _FLAGS)
        self.fraction_suffix = re.compile(rf"\s+{mod.FRACTION_SUFFIX}$", _FLAGS)
        # a quick test before the fraction regexes, which most numbers do not need
        self.fraction_enders = {norm(w) for w in mod.FRACTION_ENDERS}
        self.fraction_tail = re.compile(rf"\s{mod.FRACTION_SUFFIX}\s*$", _FLAGS)
        self.fraction_words = {norm(k): v for k, v in mod.FRACTION_WORDS.items()}
        self.fraction_counts = {norm(k): v for k, v in mod.FRACTION_COUNTS.items()}
        self.vague_quant = {norm(q) for q in mod.VAGUE_QUANTIFIERS}
        self.assistant_few = {norm(k): float(v) for k, v in mod.ASSISTANT_FEW.items()}

    def _durations(self, mod: ModuleType) -> None:
        """Units, joined parts, vague plurals, and the words around a duration that make it a
        date ("ago", "in"), a span ("the last two days") or approximate ("about")."""
        self.unit_re = re.compile(rf"(?<![\w])(?P<u>{alt(self.units)})(?![\w])", _FLAGS)
        self.century_words = {norm(k): v for k, v in mod.CENTURY_WORDS.items()}
        self.century_word_re = re.compile(
            r"(?<![\w'’])" + mod.CENTURY_WORD_PATTERN.replace("{words}", alt(mod.CENTURY_WORDS)),
            _FLAGS,
        )
        # 'a nine-month ban', 'his eight-year career': a number word glued to a unit
        self.unit_glued_word = re.compile(
            rf"(?<![\w-])(?P<n>[^\W\d_]{{3,}})-(?P<u>{alt(self.units)})(?![\w-])", _FLAGS
        )
        # race times and gaps: 44’23’’, 1'18"792, 'a 40"' (a minute mark alone, "al 90'", is the
        # minute of a match: a moment, no duration)
        self.race_time = re.compile(
            r"(?<![\w'’.,])(?:(?P<m>\d{1,3})['’′](?P<s>[0-5]\d)(?:''|’’|\"|″|”)?(?P<ms>\d{1,3})?"
            r"|(?<=[+\s])(?P<s2>\d{1,2})(?:''|’’|\"|″))(?![\w'’])"
        )
        self.hyphen_range = re.compile(
            rf"(?<![\w.,/-])(?P<a>\d{{1,4}})\s?[-–]\s?(?P<b>\d{{1,4}})\s+(?P<u>{alt(self.units)})"
            rf"(?![\w])",
            _FLAGS,
        )
        self.unit_glued = re.compile(
            rf"(?<![\w.,/])(?P<n>\d+(?:[.,]\d+|/\d+)?)-?(?P<u>{alt(self.units)})(?![\w-])", _FLAGS
        )
        self.fixed_map = {norm(k): (float(n), u) for k, (n, u) in mod.FIXED_DURATIONS.items()}
        # "l'intera settimana": the article's apostrophe may precede the phrase
        self.fixed_dur = re.compile(rf"(?<![\w]){alt(mod.FIXED_DURATIONS)}(?![\w])", _FLAGS)
        self.half_re = re.compile(rf"\s+{mod.AND_A_HALF}(?![\w])", _FLAGS)
        self.joiner_re = re.compile(rf"^{mod.DURATION_JOINERS}", _FLAGS)
        self.filler_re = re.compile(rf"(?<![\w'’]){alt(mod.DURATION_FILLERS)}\s+$", _FLAGS)
        self.hour_minutes = re.compile(
            rf"{mod.HOUR_MINUTES_LINK}(?P<n>\d{{1,2}}|{_W}+(?:[\s-]{_W}+)?)(?=\s*(?:[.,;!?)]|$))",
            _FLAGS,
        )
        # "the last two days", "i prossimi tre mesi", "le due ore scorse" (assistant convention)
        self.span_map = {norm(k): v for k, v in {**mod.SPAN_BEFORE, **mod.SPAN_AFTER}.items()}
        self.span_before = re.compile(rf"(?<![\w'’])(?P<w>{alt(mod.SPAN_BEFORE)})\s+$", _FLAGS)
        self.upcoming_re = (
            re.compile(rf"(?<![\w'’]){alt(mod.UPCOMING)}\s+$", _FLAGS) if mod.UPCOMING else None
        )
        self.span_after = re.compile(rf"\s+(?P<w>{alt(mod.SPAN_AFTER)})(?![\w])", _FLAGS)
        self.approx_re = re.compile(rf"(?<![\w'’]){alt(mod.APPROXIMATORS)}\s+$", _FLAGS)
        self.vague_cue_re = re.compile(rf"(?<![\w'’]){alt(mod.VAGUE_CUES)}\s+$", _FLAGS)
        self.shift_from = {norm(k): v for k, v in mod.SHIFT_FROM.items()}
        self.shift_from_re = re.compile(rf"\s+(?P<w>{alt(mod.SHIFT_FROM)})\s+$", _FLAGS)
        # assistant convention: "later" counts from the anchor too ("2 years 21 days later")
        self.later_assistant_re = re.compile(
            rf"\s+(?:{alt(mod.LATER)}(?![\w])|{alt(mod.ASSISTANT_LATER)}"
            # closing the clause: "due giorni dopo domani" counts from tomorrow
            rf"(?=\s*(?:[.,;!?)]|$)))",
            _FLAGS,
        )
        self.in_re = re.compile(rf"(?<![\w'’]){alt(mod.IN_FUTURE)}\s+$", _FLAGS)
        self.in_span_re = re.compile(mod.IN_SPAN_CUES, _FLAGS)
        self.in_not_before = re.compile(mod.IN_DURATION_NOT_BEFORE)

    def _ages(self, mod: ModuleType) -> None:
        # a number written with digits or as one (hyphenated) word: "58", "fifty-eight", "tre"
        num_word = rf"(?<![\w-])(?:\d{{1,3}}|{_W}+(?:-{_W}+)?)"
        self.age_res = [re.compile(p.replace("{num}", num_word), _FLAGS) for p in mod.AGE_PATTERNS]
        self.person_re = (
            re.compile(rf"(?<![\w'’]){alt(mod.PERSON_NOUNS)}{mod.PERSON_AGE_LINK}$", _FLAGS)
            if mod.PERSON_NOUNS
            else None
        )
        self.age_token = re.compile(mod.AGE_TOKEN, _FLAGS)
        self.age_in_months = re.compile(mod.AGE_IN_MONTHS, _FLAGS)

    def _clocks(self, mod: ModuleType) -> None:
        """Clock times written with digits: "8:55", "14.30", "3pm", "15h", "330 p.m."."""
        zones = alt(list(mod.ZONE_PHRASES) + list(cal.ZONE_ABBREVIATIONS))
        self.zone_map = {norm(k): v for k, v in mod.ZONE_PHRASES.items()}
        self._zone = zone = rf"(?:\s*\(?(?P<zone>{zones})\)?(?![\w]))?"
        ampm = rf"(?:\s?{mod.AMPM})?"
        self.clock = re.compile(
            rf"(?<![\w:.,])(?P<h>[0-2]?\d)(?::|h(?=\d\d))(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
            rf"(?![\d:]){ampm}{zone}",
            re.IGNORECASE,
        )
        self.dot_clock = re.compile(
            rf"(?<![\w:.,])(?P<h>[0-2]?\d)\.(?P<mi>[0-5]\d)(?![\d.,]){ampm}{zone}", re.IGNORECASE
        )
        self.time_prefix_re = re.compile(rf"(?<![\w'’]){alt(mod.TIME_PREFIXES)}\s+$", _FLAGS)
        self.hour_ampm = re.compile(
            rf"(?<![\w:.,])(?P<h>[01]?\d)\s?(?:{mod.AMPM}|(?P<oc>{mod.OCLOCK})){zone}",
            re.IGNORECASE,
        )
        # "330 p.m.", "1030am"; "at 1030" under the assistant convention
        self.compact_clock = re.compile(
            rf"(?<![\w:.,])(?P<h>[0-2]?\d)(?P<mi>[0-5]\d)(?:\s?{mod.AMPM})?{zone}"
            rf"(?![\w]|[.,-]\d)",  # "at 650.650.6500" is a phone number
            re.IGNORECASE,
        )
        # "7p", "3:15p", "at 3p." - a one-letter am/pm glued to the time (assistant convention)
        self.short_ampm = re.compile(
            rf"(?<![\w:.,])(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?(?P<ap>{mod.AMPM_SHORT})\.?"
            rf"(?![\w])",
            re.IGNORECASE,
        )
        # "15h", "8h GMT": a clock hour only after a time prefix or before a zone ("15h" alone is
        # fifteen hours)
        self.h_clock = re.compile(rf"(?<![\w:.,])(?P<h>[0-2]?\d)h(?![\w]){zone}", re.IGNORECASE)
        # "5 to 6pm", "between 5 and 6 p.m.": the first hour of a range takes the second's am/pm
        joins = alt([*mod.TIME_RANGE_JOINS, *(b for _, b in mod.RANGE_PAIRS)])
        ampm_g2 = mod.AMPM.replace("(?P<ampm>", "(?P<ap2>")
        self.range_first = re.compile(
            rf"(?<![\w:.,])(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?"
            rf"(?=\s*(?:{joins}|[-–])\s*(?P<h2>[01]?\d)(?::[0-5]\d)?\s?{ampm_g2})",
            _FLAGS,
        )
        self.hour_word = re.compile(
            rf"(?<![\w'’]){mod.HOUR_WORD_PREFIX}(?P<t>(?P<h>[0-2]?\d)(?![\d:\w]|[.,]\d){zone})",
            _FLAGS,
        )
        self.pod_after = re.compile(rf"\s+(?P<p>{alt(mod.POD_AFTER)})(?![\w])", _FLAGS)
        self.pod_after_map = {norm(k): v for k, v in mod.POD_AFTER.items()}

    def _clock_words(self, mod: ModuleType) -> None:
        """Clock times in words: "half past eight", "alle otto e mezza", "ten thirty", noon."""
        zone = self._zone
        self.hour_words = {norm(k): v for k, v in mod.HOUR_WORDS.items()}
        self.clock_before = {norm(k): v for k, v in mod.CLOCK_BEFORE.items()}
        self.clock_after = {norm(k): v for k, v in mod.CLOCK_AFTER.items()}
        self.clock_dirs = {norm(k): v for k, v in mod.CLOCK_DIRECTIONS.items()}
        self.clock_signs = {norm(k): v for k, v in mod.CLOCK_SIGNS.items()}
        pre = (
            rf"(?:(?P<pre>{alt(mod.CLOCK_BEFORE)})|(?P<pn>\d{{1,2}}|{alt(mod.MINUTE_WORDS)})\s+"
            rf"(?:(?P<mw>{mod.MINUTE_WORD})\s+)?"
            rf"(?P<pdir>{alt(mod.CLOCK_DIRECTIONS)}))\s+"
        )
        post = (
            rf"\s+(?:(?P<post>{alt(mod.CLOCK_AFTER)})|(?P<sign>{alt(mod.CLOCK_SIGNS)})\s+"
            rf"(?P<qn>\d{{1,2}}|{_W}+)(?:\s+{mod.MINUTE_WORD})?)"
        )
        ampm_bare = mod.AMPM.replace("(?P<ampm>", "(?:")  # the same words, no group name
        self.clock_words = re.compile(
            rf"(?<![\w'’])(?P<prefix>{mod.HOUR_WORD_PREFIX or '(?!)'})?(?P<t>(?:{pre})?"
            rf"(?P<h>[0-2]?\d|{alt(mod.HOUR_WORDS)})(?:(?=\s?{ampm_bare})|(?![\w:.,]\d|[\w:]))"
            rf"(?:{post})?"
            rf"(?:\s?{mod.AMPM}|\s+(?P<oc>{mod.OCLOCK}))?{zone})",
            _FLAGS,
        )
        # "ten thirty", "seven thirty p.m.", "twelve oh three": an hour word and minute words
        digit_words = alt([k for k, v in mod.HOUR_WORDS.items() if 1 <= v <= 9])
        self.word_clock = re.compile(
            rf"(?<![\w'’])(?P<h>{alt(mod.HOUR_WORDS)})[\s-]+(?:(?P<z>{alt(mod.ZERO_MINUTE)})"
            rf"[\s-]+)?(?P<mw>{alt(mod.MINUTE_WORDS)}(?:[\s-]{digit_words})?)"
            rf"(?:\s?{mod.AMPM})?{zone}"
            rf"(?=\s*(?:[.,;!?)]|$))",
            _FLAGS,
        )
        self.pod_clock = re.compile(
            rf"{mod.POD_CLOCK_LINK}(?P<h>[0-2]?\d|{alt(mod.HOUR_WORDS)})(?:[:.](?P<mi>[0-5]\d))?"
            # closing the clause: "at one point", "at 10 Downing Street" are not times
            rf"(?:\s*{mod.OCLOCK})?(?=\s*(?:[.,;!?)]|$))",
            _FLAGS,
        )
        self.hour_before_part = re.compile(mod.HOUR_BEFORE_PART, _FLAGS)
        self.noon = re.compile(bounded(alt(mod.NOON)), _FLAGS)
        self.noon_map = {norm(k): v for k, v in mod.NOON.items()}

    def _references(self, mod: ModuleType) -> None:
        self.present_re = re.compile(bounded(alt(mod.PRESENT)), _FLAGS)
        # TimeML's vague references: "now" PRESENT_REF, "recently" PAST_REF, "in the future"
        # FUTURE_REF; PRESENT_GUARDED are language patterns for ambiguous now-words ("ora")
        self.ref_map = {
            **{norm(k): "PRESENT_REF" for k in mod.PRESENT},
            **{norm(k): "PAST_REF" for k in mod.PAST_REF},
            **{norm(k): "FUTURE_REF" for k in mod.FUTURE_REF},
        }
        self.ref_re = re.compile(bounded(alt(self.ref_map)), _FLAGS)
        self.present_guarded = [
            (re.compile(p, _FLAGS), re.compile(nb, _FLAGS)) for p, nb in mod.PRESENT_GUARDED
        ]

    def _eras(self, mod: ModuleType) -> None:
        # case-sensitive ('ad' and 'ce' are words), so not through the lower-casing `alt`
        era = (
            rf"(?:(?P<bc>{alt_exact(getattr(mod, 'ERA_BEFORE_CHRIST', ()))})"
            rf"|(?P<ad>{alt_exact(getattr(mod, 'ERA_AFTER_CHRIST', ()))}))(?![\w])"
        )
        self.era_words = tuple(
            (*getattr(mod, "ERA_BEFORE_CHRIST", ()), *getattr(mod, "ERA_AFTER_CHRIST", ()))
        )
        self.era_after = re.compile(rf"\s*{era}")
        self.era_year = re.compile(rf"(?<![\w.,/-])(?P<y>\d{{1,4}})\s*{era}")

    def _tense(self, mod: ModuleType) -> None:
        # word lists as a trie: a long alternation tried word by word at every position of
        # every clause was a tenth of the tagger's time
        self.past_re = re.compile(
            rf"\b{alt(mod.PAST_WORDS)}\b|{mod.PAST_CUES}" if mod.PAST_WORDS else mod.PAST_CUES,
            _FLAGS,
        )
        self.future_re = re.compile(
            rf"\b{alt(mod.FUTURE_WORDS)}\b|{mod.FUTURE_CUES}"
            if mod.FUTURE_WORDS
            else mod.FUTURE_CUES,
            _FLAGS,
        )

    def _sets(self, mod: ModuleType) -> None:
        every_g = alt(list(self.units) + list(self.weekdays) + list(mod.PARTS_OF_DAY))
        self.every_re = re.compile(
            rf"(?<![\w'’])(?P<e>{alt(mod.EVERY)})\s+(?P<g>{every_g})(?![\w])",
            _FLAGS,
        )
        self.set_adv = re.compile(bounded(alt(mod.SET_ADVERBS)), _FLAGS)
        self.set_adv_map = {norm(k): v for k, v in mod.SET_ADVERBS.items()}

    def _compositions(self, mod: ModuleType) -> None:
        """What joins a selected timex to the words before or after it (see `compose.py`)."""
        suf = mod.DAY_SUFFIX
        self.day_of_rel = re.compile(
            rf"(?<![\w'’])(?P<d>[0-3]?\d)(?:{suf})?\s+{mod.DAY_OF_RELATIVE_MONTH}\s*$", _FLAGS
        )
        # "the third quarter of 2016", "il primo semestre 2020": the year part is a following
        # year or relative-year candidate, joined in `compose.period_of_year`
        self.period_of_year = re.compile(
            rf"(?<![\w'’])(?P<ord>{alt(mod.ORDINALS)})\s+(?P<noun>"
            rf"{alt(list(mod.QUARTER_NOUNS) + list(mod.HALF_NOUNS))}){mod.PERIOD_OF_YEAR_LINK}$",
            _FLAGS,
        )
        self.nth_units = {norm(k): v for k, v in mod.NTH_UNITS.items()}
        self.nth_of_period = re.compile(
            rf"(?<![\w])(?P<ord>{alt(mod.ORDINALS)})(?:\s+(?P<fe>{alt(mod.NTH_FROM_END)}))?"
            rf"\s+(?:(?P<wd>{self._wd})|(?P<u>{alt(mod.NTH_UNITS)})){mod.NTH_WEEKDAY_LINK}$",
            _FLAGS,
        )
        self.pod_of_map = {norm(k): v for k, v in mod.POD_OF.items()}
        self.pod_of = re.compile(rf"(?<![\w'’])(?P<p>{alt(mod.POD_OF)})\s+$", _FLAGS)
        self.mod_period = re.compile(
            rf"(?<![\w])(?P<mod>{alt(mod.MODIFIERS)}){mod.MOD_PERIOD_LINK}", _FLAGS
        )
        self.week_of_map = {norm(k): v for k, v in mod.WEEK_OF.items()}
        self.week_of = re.compile(rf"(?<![\w'’])(?P<w>{alt(mod.WEEK_OF)})\s+$", _FLAGS)
        self.week_link = re.compile(mod.WEEKDAY_WEEK_LINK, _FLAGS)

    def _triggers(self, mod: ModuleType) -> None:
        """The words each family of patterns needs, and how far from them it may match (the
        scanner runs a family's patterns only in the windows around its trigger words)."""
        months_t = last_tokens(self.months)
        wd_t = last_tokens(self.weekdays)
        self.triggers: dict[str, set[str]] = {
            "digit": set(),
            "month": months_t,
            "weekday": wd_t | last_tokens(mod.WEEKDAY_PLURALS),
            "grain": months_t | wd_t | last_tokens(mod.GRAIN_NOUNS) | last_tokens(mod.SEASONS),
            "relday": last_tokens(mod.RELATIVE_DAYS) | last_tokens(mod.RELATIVE_PARTS),
            "unit": last_tokens(self.units),
            "age": last_tokens(mod.AGE_TRIGGERS),
            "set": last_tokens(mod.SET_ADVERBS),
            "every": {TOKEN.findall(e.lower())[0] for e in mod.EVERY},
            "noon": last_tokens(mod.NOON),
            "decadeword": last_tokens(mod.DECADE_WORDS),
            "fixed": last_tokens(mod.FIXED_DURATIONS),
            "clockword": set(mod.CLOCK_TRIGGERS),
            "dayword": last_tokens(mod.DAY_WORDS),
            "holiday": last_tokens(mod.HOLIDAYS),
            "century": set(mod.CENTURY_TRIGGERS),
            "season": last_tokens(mod.SEASONS),
            "periodcode": set(),
            "quarter": last_tokens(mod.QUARTER_NOUNS),
            "present": last_tokens(mod.PRESENT),
            "abbr": {k.lower() for k in mod.PERIOD_ABBREVIATIONS},
            "narrative": last_tokens(mod.NARRATIVE_DAYS),
            "ref": last_tokens([*mod.PRESENT, *mod.PAST_REF, *mod.FUTURE_REF])
            | {w for p in mod.PRESENT_GUARDED_TRIGGERS for w in last_tokens([p])},
            # minute words from ten and the zero words: "ten thirty", "twelve oh three" (the
            # hour words themselves are too common to be triggers)
            "hourword": {
                TOKEN.findall(w.lower())[0]
                for w in (*mod.MINUTE_WORDS, *mod.ZERO_MINUTE)
                if mod.HOUR_WORDS.get(w, 99) >= 10
            },
        }
        self.digit_keys = ("digit",)
        # How far (before, after) a match of each family may reach from its trigger word.
        self.margins = {"digit": (12, 40), "month": (30, 24), "weekday": (12, 16),
                        "grain": (24, 20), "relday": (26, 2), "unit": (0, 0), "age": (24, 14),
                        "set": (20, 4), "noon": (4, 0), "decadeword": (16, 0),
                        "fixed": (20, 2), "clockword": (30, 40),
                        "dayword": (12, 4), "holiday": (30, 8),
                        "century": (12, 10), "season": (16, 12), "periodcode": (6, 6),
                        "every": (8, 24), "quarter": (14, 0), "present": (16, 0), "ref": (16, 30),
                        "abbr": (0, 0), "narrative": (24, 0),
                        "hourword": (8, 30)}  # fmt: skip
        word_keys: dict[str, list[str]] = {}
        for key, words in self.triggers.items():
            for w in words:
                word_keys.setdefault(w, []).append(key)
        self.word_keys = {w: tuple(k) for w, k in word_keys.items()}
        # what `Scan` looks up per token: the trigger words, and the day words with no keys
        self.scan_keys = {**{w: () for w in self.day_word_starts}, **self.word_keys}


def _stop_words(lang: str) -> frozenset[str]:
    import importlib

    try:
        return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    except ImportError:
        return frozenset()
