"""Rule-based temporal tagger: compiled regexes over raw text, language data from
`extractor/lang/<lang>/temporal.py`.

Why hand-written and not `dateparser.search_dates`: search_dates gives no character offsets,
reads durations as dates ("12 days" -> a date) and fires on ordinary words ("We", "May"); it also
costs tens of milliseconds per article. Here every scanner proposes candidates with exact offsets,
overlaps are resolved longest-first, and relative expressions are resolved against the anchor with
`calendar.py` (dateutil arithmetic). Number words go through text2num.

Span conventions (TimeML-like, consistent across languages):
- prepositions and articles before a date are outside the span ("on Sunday" -> "Sunday",
  "nel 2023" -> "2023"); "ago"/"fa" and "in"/"tra" of "in two days" are inside (they carry meaning);
- approximators ("circa", "about", "poco più di") are OUTSIDE the span and set approximate=True;
  emphasis ("ben dodici giorni") is outside and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import ModuleType
from typing import Literal

from dateutil.easter import easter
from text_to_num import text2num

from .. import numerals
from ..lang import load_lang_module
from . import calendar as cal
from .types import Timex, TimexKind
from .values import is_date_value, is_duration_value

__all__ = ["tag", "Convention"]

_APOS = "['’]"
_W = r"[^\W\d_]"  # a letter


_Trie = dict[str, "_Trie"]


def _alt(words: object) -> str:
    """One regex for a list of words/phrases, as a trie: 'jan(?:uary)?' rather than
    'january|jan'. Python's re tries alternatives one by one at every position, so a trie makes
    the long lists (months, units, number words) several times cheaper to scan."""
    trie: _Trie = {}
    for w in {str(w).lower() for w in words}:  # type: ignore[attr-defined]
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"  # an empty list matches nothing (not the empty string)
    return "(?:" + _emit(trie) + ")"


def _alt_exact(words: tuple[str, ...]) -> str:
    """A case-sensitive alternation of a few phrases, longest first."""
    if not words:
        return "(?!)"
    return "(?:" + "|".join(_APOS.join(map(re.escape, w.split("'"))) for w in
                            sorted(words, key=len, reverse=True)) + ")"  # fmt: skip


def _emit(node: _Trie) -> str:
    alts = [_char(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch != ""]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return _APOS
    return re.escape(ch)


def _b(pattern: str) -> str:
    """Wrap with letter/digit boundaries (works for phrases ending in an apostrophe too)."""
    return rf"(?<![\w'’]){pattern}(?![\w])"


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: TimexKind
    value: str | None
    granularity: str | None = None
    relative: bool = False
    approximate: bool = False
    end_value: str | None = None
    priority: int = 0
    # for times: the clock part, completed with a date later ("T08:55+03:00")
    clock: str | None = None
    zone: str | None = None
    # a clock time written without am/pm in a 12-hour language ("3:30"): 03:30 or 15:30
    twelve: bool = False
    day: dt.date | None = None  # resolved calendar day of a date candidate, for time attachment
    weekday: int | None = None  # for a bare weekday, so "Friday next week" can be combined
    mod: str | None = None  # START/MID/END ("early October", "la fine del mese")
    # counted from the story's last date: (unit, amount, fall back on the anchor's value)
    narrative: tuple[str, int, bool] | None = None


class _Lang:
    """Compiled patterns for one language."""

    def __init__(self, mod: ModuleType, lang: str) -> None:
        self.m = mod
        self.lang = lang
        flags = re.IGNORECASE
        self.months = {k.lower(): v for k, v in mod.MONTHS.items()}
        # "sept", "mag": a key that is the beginning of a longer name of the same month
        self.month_abbrevs = {
            k for k, v in self.months.items()
            if any(o != k and o.startswith(k) and w == v for o, w in self.months.items())
        }  # fmt: skip
        self.weekdays = {k.lower(): v for k, v in mod.WEEKDAYS.items()}
        mon = _alt(self.months)
        wd = _alt(self.weekdays)
        self.mon_re = mon
        suf = mod.DAY_SUFFIX
        self.num_words = {_norm(k): v for k, v in mod.NUMBER_WORDS.items()}
        # last words a number phrase before a unit can end with, besides number words that
        # parse alone ("a couple of", "half an", "several")
        self.number_enders = {
            _norm(k).split()[-1]
            for k in (*mod.NUMBER_WORDS, *mod.VAGUE_QUANTIFIERS, *mod.FRACTION_ENDERS,
                      *mod.ASSISTANT_FEW)
        }  # fmt: skip
        year = r"(?P<y>(?:1[5-9]|20)\d\d)(?![\d])"
        self.day_words = {_norm(k): v for k, v in mod.DAY_WORDS.items()}
        day = rf"(?:(?P<d>[0-3]?\d)(?:{suf})?|(?P<dw>{_alt(mod.DAY_WORDS)}))"
        # weekday, optional before a date: "Tuesday, May 5" / "martedì 5 ottobre"
        # a weekday before a date ("Tuesday, May 5") is looked for after the date matched: an
        # optional weekday at the head of the pattern would be tried at every position
        self.wd_before = re.compile(rf"(?<![\w'’])(?P<wd>{wd})\.?,?\s+$", flags)
        wd_pre = ""
        # with a day and a month, any four-digit year from 1000 is a year ("5 December 1391")
        full_year = r"(?P<y>(?:1\d|20)\d\d)(?![\d])"
        # "16. Nov. 2016": a dotted day number (German-style, in lists) only with its year
        self.dmy = re.compile(
            rf"(?<![\w'’]){wd_pre}{day}(?P<ddot>\.)?(?:\s+{mod.DAY_OF_MONTH_LINK}|[-/])(?P<m>{mon})"
            rf"(?P<dot>\.)?(?![\w])(?:,?\s+{full_year})?",
            flags,
        )
        # a year written in words after a day and month: "September 10, nineteen zero one",
        # "dieci di Settembre, duemila" (checked to close the clause, so "two thousand people"
        # is not a year)
        self.year_words = re.compile(
            rf",?\s+(?P<w>{_W}+(?:[\s-]+{_W}+){{0,5}}?)(?=\s*(?:[.,;!?)]|$))", flags
        )
        # a day as a cardinal word after the month closes the clause or comes before the year
        # ("May twenty one", "jan twenty two, 2018"): "May one day..." is no date
        self.card_days = {_norm(k): v for k, v in mod.CARDINAL_DAYS.items()}
        card = rf"(?P<dc>{_alt(mod.CARDINAL_DAYS)})(?=\s*(?:[.,;!?)]|$))"
        self.mdy = re.compile(
            rf"(?<![\w'’]){wd_pre}(?P<m>{mon})(?P<dot>\.)?(?:\s+(?:{_alt(mod.ARTICLES)}\s+)?|[-/])"
            rf"(?:{day}|{card})(?![\d\w:.,]\d|\w)"
            rf"(?:,?\s+{full_year})?",
            flags,
        )
        # "2019-sep-1", "2019/sep/01"
        self.ymd_name = re.compile(
            rf"(?<![\w/.-])(?P<y>(?:1\d|20)\d\d)(?P<sep>[-/])(?P<m>{mon})(?P=sep)(?P<d>[0-3]?\d)"
            rf"(?![\w/-])",
            flags,
        )
        arts0 = _alt(mod.ARTICLES)
        self.wd_day = re.compile(
            rf"(?<![\w'’])(?P<wd>{wd}),?\s+(?:{arts0}\s+)?(?:(?P<d>[0-3]?\d)(?:{suf})?|"
            rf"(?P<dw>{_alt(mod.DAY_WORDS)})|{card})(?![\w%:/]|[.,]\d)",
            flags,
        )
        self.clause_end = re.compile(r"\s?[.!?;](?!\d)|\s*$")
        self.day_follow = re.compile(rf"\s*,|\s+{_alt(mod.DAY_FOLLOWERS)}(?![\w])", flags)
        self.day_word_at = re.compile(rf"{_alt(mod.DAY_WORDS)}(?![\w])", flags)
        # first words of the day words, so "twenty" of "twenty second" is a candidate token
        self.day_word_starts = {_TOKEN.findall(k.lower())[0] for k in mod.DAY_WORDS}
        self.day_of_rel = re.compile(
            rf"(?<![\w'’])(?P<d>[0-3]?\d)(?:{suf})?\s+{mod.DAY_OF_RELATIVE_MONTH}\s*$", flags
        )
        self.ordinal_day = re.compile(rf"(?P<d>[0-3]?\d){suf}(?![\w%])", flags)
        self.day_cue_re = re.compile(
            rf"(?<![\w'’]){_alt(set(mod.ARTICLES) | set(mod.DATE_PREPOSITIONS))}\s+$", flags
        )
        self.my = re.compile(rf"(?<![\w'’])(?P<m>{mon})(?P<dot>\.)?,?\s+(?:of\s+)?{year}", flags)
        mods = _alt(mod.MODIFIERS)
        self.mod_map = {_norm(k): v for k, v in mod.MODIFIERS.items()}
        self.mon_alone = re.compile(
            rf"(?<![\w'’])(?:(?P<mod>{mods})\s*)?(?P<m>{mon})(?P<dot>\.)?(?![\w])", flags
        )
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
        self.prep_re = re.compile(rf"(?<![\w'’]){_alt(mod.DATE_PREPOSITIONS)}\s+$", flags)
        self.rel_days = re.compile(_b(_alt(mod.RELATIVE_DAYS)), flags)
        self.rel_parts = re.compile(_b(_alt(mod.RELATIVE_PARTS)), flags)
        self.rel_days_map = {_norm(k): v for k, v in mod.RELATIVE_DAYS.items()}
        self.rel_parts_map = {_norm(k): v for k, v in mod.RELATIVE_PARTS.items()}
        grains = {**{k: k for k in mod.GRAIN_NOUNS}, **{k: k for k in mod.SEASONS}}
        self.grain_map = {_norm(k): v for k, v in mod.GRAIN_NOUNS.items()}
        self.season_map = {_norm(k): v for k, v in mod.SEASONS.items()}
        g_alt = _alt(list(grains) + list(self.weekdays) + list(self.months))
        self.rel_before_map = {_norm(k): v for k, v in mod.REL_BEFORE.items()}
        self.rel_after_map = {_norm(k): v for k, v in mod.REL_AFTER.items()}
        arts = _alt(mod.ARTICLES)
        self.rel_pre = re.compile(
            rf"(?<![\w'’])(?:(?P<mod>{_alt(mod.MODIFIERS)})\s*)?(?P<pre>{_alt(mod.REL_BEFORE)})"
            rf"\s*(?<=\s|'|’)(?P<g>{g_alt})(?![\w])",
            flags,
        )
        # "the end of the year", "entro fine anno", "all'inizio del mese": the current period
        self.mod_grain = re.compile(
            rf"(?<![\w'’])(?P<mod>{_alt(mod.MODIFIERS)}){mod.MOD_GRAIN_LINK}"
            rf"(?P<g>{_alt(mod.GRAIN_NOUNS)})(?![\w])(?!\s+{_alt(mod.REL_AFTER)})",
            flags,
        )
        self.rel_post = (
            re.compile(
                rf"(?<![\w])(?:(?P<art>{arts})\s*)?(?P<g>{g_alt})\s+(?P<post>"
                rf"{_alt(mod.REL_AFTER)})(?![\w])",
                flags,
            )
            if mod.REL_AFTER
            else None
        )
        pod = _alt(mod.PARTS_OF_DAY)
        self.pod_map = {_norm(k): v for k, v in mod.PARTS_OF_DAY.items()}
        self.weekday_re = re.compile(
            rf"(?<![\w'’])(?P<wd>{wd})(?![\w])(?:\s+(?P<pod>{pod})(?![\w]))?", flags
        )
        # Numbers: digits, data phrases, or number words validated by text2num.
        self.units = {k.lower(): v for k, v in mod.UNITS.items()}
        self.unit_re = re.compile(rf"(?<![\w])(?P<u>{_alt(self.units)})(?![\w])", flags)
        self.unit_glued = re.compile(
            rf"(?<![\w.,/])(?P<n>\d+(?:[.,]\d+|/\d+)?)-?(?P<u>{_alt(self.units)})(?![\w-])", flags
        )
        self.fixed_map = {_norm(k): (float(n), u) for k, (n, u) in mod.FIXED_DURATIONS.items()}
        # "l'intera settimana": the article's apostrophe may precede the phrase
        self.fixed_dur = re.compile(rf"(?<![\w]){_alt(mod.FIXED_DURATIONS)}(?![\w])", flags)
        self.half_re = re.compile(rf"\s+{mod.AND_A_HALF}(?![\w])", flags)
        self.joiner_re = re.compile(rf"^{mod.DURATION_JOINERS}", flags)
        self.half_suffix = re.compile(rf"\s+{mod.AND_A_HALF}$", flags)
        self.fraction_suffix = re.compile(rf"\s+{mod.FRACTION_SUFFIX}$", flags)
        # a quick test before the fraction regexes, which most numbers do not need
        self.fraction_enders = {_norm(w) for w in mod.FRACTION_ENDERS}
        self.fraction_tail = re.compile(rf"\s{mod.FRACTION_SUFFIX}\s*$", flags)
        self.fraction_words = {_norm(k): v for k, v in mod.FRACTION_WORDS.items()}
        self.fraction_counts = {_norm(k): v for k, v in mod.FRACTION_COUNTS.items()}
        self.filler_re = re.compile(rf"(?<![\w'’]){_alt(mod.DURATION_FILLERS)}\s+$", flags)
        self.hour_minutes = re.compile(
            rf"{mod.HOUR_MINUTES_LINK}(?P<n>\d{{1,2}}|{_W}+(?:[\s-]{_W}+)?)(?=\s*(?:[.,;!?)]|$))",
            flags,
        )
        # "the last two days", "i prossimi tre mesi", "le due ore scorse" (assistant convention)
        self.span_map = {_norm(k): v for k, v in {**mod.SPAN_BEFORE, **mod.SPAN_AFTER}.items()}
        self.span_before = re.compile(rf"(?<![\w'’])(?P<w>{_alt(mod.SPAN_BEFORE)})\s+$", flags)
        self.upcoming_re = (
            re.compile(rf"(?<![\w'’]){_alt(mod.UPCOMING)}\s+$", flags) if mod.UPCOMING else None
        )
        self.span_after = re.compile(rf"\s+(?P<w>{_alt(mod.SPAN_AFTER)})(?![\w])", flags)
        self.approx_re = re.compile(rf"(?<![\w'’]){_alt(mod.APPROXIMATORS)}\s+$", flags)
        self.vague_cue_re = re.compile(rf"(?<![\w'’]){_alt(mod.VAGUE_CUES)}\s+$", flags)
        self.vague_quant = {_norm(q) for q in mod.VAGUE_QUANTIFIERS}
        self.assistant_few = {_norm(k): float(v) for k, v in mod.ASSISTANT_FEW.items()}
        self.shift_from = {_norm(k): v for k, v in mod.SHIFT_FROM.items()}
        self.shift_from_re = re.compile(rf"\s+(?P<w>{_alt(mod.SHIFT_FROM)})\s+$", flags)
        self.ago_re = re.compile(rf"\s+{_alt(mod.AGO_STRICT)}(?![\w])", flags)
        self.later_re = re.compile(rf"\s+{_alt(mod.LATER)}(?![\w])", flags)
        self.narrative_days = {_norm(k): v for k, v in mod.NARRATIVE_DAYS.items()}
        self.narrative_re = re.compile(_b(_alt(mod.NARRATIVE_DAYS)), flags)
        self.narrative_not_before = re.compile(mod.NARRATIVE_NOT_BEFORE, flags)
        # assistant convention: "later" counts from the anchor too ("2 years 21 days later")
        self.later_assistant_re = re.compile(
            rf"\s+(?:{_alt(mod.LATER)}(?![\w])|{_alt(mod.ASSISTANT_LATER)}"
            # closing the clause: "due giorni dopo domani" counts from tomorrow
            rf"(?=\s*(?:[.,;!?)]|$)))",
            flags,
        )
        self.assistant_days = {_norm(k): v for k, v in mod.ASSISTANT_RELATIVE_DAYS.items()}
        self.assistant_days_re = re.compile(_b(_alt(mod.ASSISTANT_RELATIVE_DAYS)), flags)
        self.in_re = re.compile(rf"(?<![\w'’]){_alt(mod.IN_FUTURE)}\s+$", flags)
        self.in_span_re = re.compile(mod.IN_SPAN_CUES, flags)
        every_g = _alt(list(self.units) + list(self.weekdays) + list(mod.PARTS_OF_DAY))
        self.weekday_plural_map = {_norm(k): v for k, v in mod.WEEKDAY_PLURALS.items()}
        self.weekday_plural = re.compile(_b(_alt(mod.WEEKDAY_PLURALS)), flags)
        self.every_re = re.compile(
            rf"(?<![\w'’])(?P<e>{_alt(mod.EVERY)})\s+(?P<g>{every_g})(?![\w])",
            flags,
        )
        self.set_adv = re.compile(_b(_alt(mod.SET_ADVERBS)), flags)
        self.set_adv_map = {_norm(k): v for k, v in mod.SET_ADVERBS.items()}
        # a number written with digits or as one (hyphenated) word: "58", "fifty-eight", "tre"
        num_word = rf"(?<![\w-])(?:\d{{1,3}}|{_W}+(?:-{_W}+)?)"
        self.age_res = [re.compile(p.replace("{num}", num_word), flags) for p in mod.AGE_PATTERNS]
        self.person_re = (
            re.compile(rf"(?<![\w'’]){_alt(mod.PERSON_NOUNS)}\s+di\s+$", flags)
            if mod.PERSON_NOUNS
            else None
        )
        zones = _alt(list(mod.ZONE_PHRASES) + list(cal.ZONE_ABBREVIATIONS))
        self.zone_map = {_norm(k): v for k, v in mod.ZONE_PHRASES.items()}
        zone = rf"(?:\s*\(?(?P<zone>{zones})\)?(?![\w]))?"
        ampm = rf"(?:\s?{mod.AMPM})?"
        self.clock = re.compile(
            rf"(?<![\w:.,])(?P<h>[0-2]?\d)(?::|h(?=\d\d))(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
            rf"(?![\d:]){ampm}{zone}",
            re.IGNORECASE,
        )
        self.hour_words = {_norm(k): v for k, v in mod.HOUR_WORDS.items()}
        self.clock_before = {_norm(k): v for k, v in mod.CLOCK_BEFORE.items()}
        self.clock_after = {_norm(k): v for k, v in mod.CLOCK_AFTER.items()}
        self.clock_dirs = {_norm(k): v for k, v in mod.CLOCK_DIRECTIONS.items()}
        self.clock_signs = {_norm(k): v for k, v in mod.CLOCK_SIGNS.items()}
        pre = (
            rf"(?:(?P<pre>{_alt(mod.CLOCK_BEFORE)})|(?P<pn>\d{{1,2}}|{_alt(mod.MINUTE_WORDS)})\s+"
            rf"(?:(?P<mw>{mod.MINUTE_WORD})\s+)?"
            rf"(?P<pdir>{_alt(mod.CLOCK_DIRECTIONS)}))\s+"
        )
        post = (
            rf"\s+(?:(?P<post>{_alt(mod.CLOCK_AFTER)})|(?P<sign>{_alt(mod.CLOCK_SIGNS)})\s+"
            rf"(?P<qn>\d{{1,2}}|{_W}+)(?:\s+{mod.MINUTE_WORD})?)"
        )
        ampm_bare = mod.AMPM.replace("(?P<ampm>", "(?:")  # the same words, no group name
        self.clock_words = re.compile(
            rf"(?<![\w'’])(?P<prefix>{mod.HOUR_WORD_PREFIX or '(?!)'})?(?P<t>(?:{pre})?"
            rf"(?P<h>[0-2]?\d|{_alt(mod.HOUR_WORDS)})(?:(?=\s?{ampm_bare})|(?![\w:.,]\d|[\w:]))"
            rf"(?:{post})?"
            rf"(?:\s?{mod.AMPM}|\s+(?P<oc>{mod.OCLOCK}))?{zone})",
            flags,
        )
        self.pod_clock = re.compile(
            rf"{mod.POD_CLOCK_LINK}(?P<h>[0-2]?\d|{_alt(mod.HOUR_WORDS)})(?:[:.](?P<mi>[0-5]\d))?"
            # closing the clause: "at one point", "at 10 Downing Street" are not times
            rf"(?:\s*{mod.OCLOCK})?(?=\s*(?:[.,;!?)]|$))",
            flags,
        )
        self.hour_before_part = re.compile(mod.HOUR_BEFORE_PART, flags)
        self.pod_after = re.compile(rf"\s+(?P<p>{_alt(mod.POD_AFTER)})(?![\w])", flags)
        self.pod_after_map = {_norm(k): v for k, v in mod.POD_AFTER.items()}
        prefixes = _alt(mod.TIME_PREFIXES)
        self.dot_clock = re.compile(
            rf"(?<![\w:.,])(?P<h>[0-2]?\d)\.(?P<mi>[0-5]\d)(?![\d.,]){ampm}{zone}", re.IGNORECASE
        )
        self.time_prefix_re = re.compile(rf"(?<![\w'’]){prefixes}\s+$", flags)
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
        joins = _alt([*mod.TIME_RANGE_JOINS, *(b for _, b in mod.RANGE_PAIRS)])
        ampm_g2 = mod.AMPM.replace("(?P<ampm>", "(?P<ap2>")
        self.range_first = re.compile(
            rf"(?<![\w:.,])(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?"
            rf"(?=\s*(?:{joins}|[-–])\s*(?P<h2>[01]?\d)(?::[0-5]\d)?\s?{ampm_g2})",
            flags,
        )
        self.time_to_join = re.compile(rf"\s+{_alt(mod.TIME_RANGE_JOINS)}\s+", flags)
        # "ten thirty", "seven thirty p.m.", "twelve oh three": an hour word and minute words
        digit_words = _alt([k for k, v in mod.HOUR_WORDS.items() if 1 <= v <= 9])
        self.word_clock = re.compile(
            rf"(?<![\w'’])(?P<h>{_alt(mod.HOUR_WORDS)})[\s-]+(?:(?P<z>{_alt(mod.ZERO_MINUTE)})"
            rf"[\s-]+)?(?P<mw>{_alt(mod.MINUTE_WORDS)}(?:[\s-]{digit_words})?)"
            rf"(?:\s?{mod.AMPM})?{zone}"
            rf"(?=\s*(?:[.,;!?)]|$))",
            flags,
        )
        self.hour_word = re.compile(
            rf"(?<![\w'’]){mod.HOUR_WORD_PREFIX}(?P<t>(?P<h>[0-2]?\d)(?![\d:\w]|[.,]\d){zone})",
            flags,
        )
        self.noon = re.compile(_b(_alt(mod.NOON)), flags)
        self.present_re = re.compile(_b(_alt(mod.PRESENT)), flags)
        # TimeML's vague references: "now" PRESENT_REF, "recently" PAST_REF, "in the future"
        # FUTURE_REF; PRESENT_GUARDED are language patterns for ambiguous now-words ("ora")
        self.ref_map = {
            **{_norm(k): "PRESENT_REF" for k in mod.PRESENT},
            **{_norm(k): "PAST_REF" for k in mod.PAST_REF},
            **{_norm(k): "FUTURE_REF" for k in mod.FUTURE_REF},
        }
        self.ref_re = re.compile(_b(_alt(self.ref_map)), flags)
        self.present_guarded = [
            (re.compile(p, flags), re.compile(nb, flags)) for p, nb in mod.PRESENT_GUARDED
        ]
        self.noon_map = {_norm(k): v for k, v in mod.NOON.items()}
        self.decades = [re.compile(p, flags) for p in mod.DECADE_PATTERNS]
        # Roman numerals are upper case: compiled without IGNORECASE ("vi secolo" is rare)
        self.centuries = [re.compile(p) for p in mod.CENTURY_PATTERNS]
        # case-sensitive ('ad' and 'ce' are words), so not through the lower-casing _alt
        era = (
            rf"(?:(?P<bc>{_alt_exact(getattr(mod, 'ERA_BEFORE_CHRIST', ()))})"
            rf"|(?P<ad>{_alt_exact(getattr(mod, 'ERA_AFTER_CHRIST', ()))}))(?![\w])"
        )
        self.era_words = tuple(
            (*getattr(mod, "ERA_BEFORE_CHRIST", ()), *getattr(mod, "ERA_AFTER_CHRIST", ()))
        )
        self.era_after = re.compile(rf"\s*{era}")
        self.era_year = re.compile(rf"(?<![\w.,/-])(?P<y>\d{{1,4}})\s*{era}")
        self.decade_words = re.compile(
            rf"(?<![\w'’]){mod.DECADE_WORD_PREFIX}(?P<w>{_alt(mod.DECADE_WORDS)})(?![\w])", flags
        )
        self.decade_word_map = {_norm(k): v for k, v in mod.DECADE_WORDS.items()}
        self.year_re = re.compile(
            r"(?<![\w.,/$€£#@-])(?P<y>(?:1[6-9]|20)\d\d)(?![\w/]|[.,:-]\d|\s?%|\s?[°º])"
        )
        self.year_cue_re = re.compile(rf"(?<![\w'’]){_alt(mod.YEAR_CUES)}\s+$", flags)
        # word lists as a trie: a long alternation tried word by word at every position of
        # every clause was a tenth of the tagger's time
        self.past_re = re.compile(
            rf"\b{_alt(mod.PAST_WORDS)}\b|{mod.PAST_CUES}" if mod.PAST_WORDS else mod.PAST_CUES,
            flags,
        )
        self.future_re = re.compile(
            rf"\b{_alt(mod.FUTURE_WORDS)}\b|{mod.FUTURE_CUES}"
            if mod.FUTURE_WORDS
            else mod.FUTURE_CUES,
            flags,
        )
        self.month_cue_re = re.compile(rf"(?<![\w'’]){_alt(mod.MONTH_CUES)}\s+$", flags)
        pairs = mod.RANGE_PAIRS
        self.range_open = re.compile(rf"(?<![\w'’]){_alt({a for a, _ in pairs})}\s*$", flags)
        self.range_join = re.compile(
            rf"^(?:\s+{_alt({b for _, b in pairs})}\s*|{mod.RANGE_DASH})$", flags
        )
        self.dash_join = re.compile(mod.RANGE_DASH)
        self.range_join = re.compile(rf"\s+{_alt({b for _, b in pairs})}\s*", flags)
        self.range_open = re.compile(rf"(?<![\w'’]){_alt({a for a, _ in pairs})}\s*$", flags)
        self.year_range = re.compile(
            r"(?<![\w.,/$€£#@-])(?P<y1>(?:1[6-9]|20)\d\d)\s?[-–]\s?(?P<y2>(?:1[6-9]|20)?\d\d)"
            r"(?![\w/%]|[.,:-]\d)"
        )
        self.month_year_num = re.compile(
            r"(?<![\w/.,-])(?:(?P<y>(?:1[6-9]|20)\d\d)[-/](?P<m>0?[1-9]|1[0-2])"
            r"|(?P<m2>0?[1-9]|1[0-2])/(?P<y2>(?:1[6-9]|20)\d\d))(?![\w/]|[.,:-]\d)"
        )
        arts_opt = rf"(?:{_alt(mod.ARTICLES)}\s+)?"
        self.day_range = re.compile(
            rf"(?<![\w'’])(?:(?P<open>{_alt({a for a, _ in pairs})})\s*)?{arts_opt}"
            rf"(?P<d1>[0-3]?\d)(?:{suf})?(?:\s+(?P<m1>{mon}))?"
            rf"(?:\s+(?P<join>{_alt({b for _, b in pairs})})\s*|{mod.RANGE_DASH}){arts_opt}"
            rf"(?P<d2>[0-3]?\d)(?:{suf})?\s+{mod.DAY_OF_MONTH_LINK}(?P<m2>{mon})(?![\w])"
            rf"(?:,?\s+{year})?",
            flags,
        )
        self.range_to = {_norm(w) for w in mod.RANGE_TO_WORDS}
        self.md_range = re.compile(
            rf"(?<![\w'’])(?P<m>{mon})\.?\s+(?P<d1>[0-3]?\d)(?:{suf})?{mod.RANGE_DASH}"
            rf"(?P<d2>[0-3]?\d)(?:{suf})?(?![\w])(?:,?\s+{year})?",
            flags,
        )
        self.preps = {_norm(p) for p in mod.DATE_PREPOSITIONS}
        self.holiday_map = {_norm(k): v for k, v in mod.HOLIDAYS.items()}
        self.holiday_re = re.compile(
            rf"(?<![\w])(?P<hn>{_alt(mod.HOLIDAYS)})(?![\w])(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d)(?!\d))?",
            flags,
        )
        self.ordinal_map = {_norm(k): v for k, v in mod.ORDINALS.items()}
        year4 = r"(?:1[6-9]|20)\d\d"
        # "Q3 2016", "2016 H2", "Q1": quarters and halves written as codes
        self.period_code = re.compile(
            rf"(?<![\w-])(?:(?P<y1>{year4})\s*)?(?P<c>[QH])(?P<n>[1-4])(?![\w-])"
            rf"(?:\s*(?P<y2>{year4})(?!\d))?"
        )
        # "the third quarter of 2016", "il primo semestre 2020": the year part is a following
        # year or relative-year candidate, joined in `_period_of_year`
        self.period_of_year = re.compile(
            rf"(?<![\w'’])(?P<ord>{_alt(mod.ORDINALS)})\s+(?P<noun>"
            rf"{_alt(list(mod.QUARTER_NOUNS) + list(mod.HALF_NOUNS))}){mod.PERIOD_OF_YEAR_LINK}$",
            flags,
        )
        self.half_nouns = {_norm(x) for x in mod.HALF_NOUNS}
        # "the third quarter" alone: of the anchor's year ("first half" is left alone: in
        # sports news it is the first half of a match)
        self.quarter_alone = re.compile(
            rf"(?<![\w'’])(?P<ord>{_alt(mod.ORDINALS)})(?:\s+|-)(?P<noun>{_alt(mod.QUARTER_NOUNS)})"
            rf"(?![\w])",
            flags,
        )
        self.season_alone = re.compile(
            rf"(?<![\w'’])(?:{_alt(mod.SEASON_PREFIXES)})(?<=['’])?\s*(?P<s>{_alt(mod.SEASONS)})"
            # "the fall of Rome" is no season; "the summer of 2016" is `season_year`'s
            rf"(?![\w])(?!\s*(?:of\s+|del\s+|di\s+)?\d)(?!\s+of\b)",
            flags,
        )
        self.season_year = re.compile(
            rf"(?<![\w])(?P<s>{_alt(mod.SEASONS)}){mod.SEASON_YEAR_LINK}(?P<y>{year4})(?!\d)",
            flags,
        )
        self.year_month = re.compile(
            rf"(?<![\w/.,-])(?P<y>{year4})\s*,?\s+(?P<m>{mon})(?![\w])", flags
        )
        self.nth_weekday_alone = re.compile(
            rf"(?<![\w'’])(?P<ord>{_alt(mod.ORDINALS)})\s+(?P<wd>{wd})(?![\w])", flags
        )
        self.nth_units = {_norm(k): v for k, v in mod.NTH_UNITS.items()}
        self.nth_of_period = re.compile(
            rf"(?<![\w])(?P<ord>{_alt(mod.ORDINALS)})(?:\s+(?P<fe>{_alt(mod.NTH_FROM_END)}))?"
            rf"\s+(?:(?P<wd>{wd})|(?P<u>{_alt(mod.NTH_UNITS)})){mod.NTH_WEEKDAY_LINK}$",
            flags,
        )
        self.pod_of_map = {_norm(k): v for k, v in mod.POD_OF.items()}
        self.pod_of = re.compile(rf"(?<![\w'’])(?P<p>{_alt(mod.POD_OF)})\s+$", flags)
        self.mod_period = re.compile(
            rf"(?<![\w])(?P<mod>{_alt(mod.MODIFIERS)}){mod.MOD_PERIOD_LINK}", flags
        )
        self.period_abbr = dict(mod.PERIOD_ABBREVIATIONS)
        self.period_abbr_re = (
            # case-sensitive, so not `_alt` (which lower-cases)
            re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, self.period_abbr))})(?![\w])")
            if self.period_abbr
            else None
        )
        self.week_of_map = {_norm(k): v for k, v in mod.WEEK_OF.items()}
        self.week_of = re.compile(rf"(?<![\w'’])(?P<w>{_alt(mod.WEEK_OF)})\s+$", flags)
        self.week_link = re.compile(mod.WEEKDAY_WEEK_LINK, flags)
        months_t = _last_tokens(self.months)
        wd_t = _last_tokens(self.weekdays)
        units_t = _last_tokens(self.units)
        self.triggers: dict[str, set[str]] = {
            "digit": set(),
            "month": months_t,
            "weekday": wd_t | _last_tokens(mod.WEEKDAY_PLURALS),
            "grain": months_t | wd_t | _last_tokens(mod.GRAIN_NOUNS) | _last_tokens(mod.SEASONS),
            "relday": _last_tokens(mod.RELATIVE_DAYS) | _last_tokens(mod.RELATIVE_PARTS),
            "unit": units_t,
            "age": _last_tokens(mod.AGE_TRIGGERS),
            "set": _last_tokens(mod.SET_ADVERBS),
            "every": {_TOKEN.findall(e.lower())[0] for e in mod.EVERY},
            "noon": _last_tokens(mod.NOON),
            "decadeword": _last_tokens(mod.DECADE_WORDS),
            "fixed": _last_tokens(mod.FIXED_DURATIONS),
            "clockword": set(mod.CLOCK_TRIGGERS),
            "dayword": _last_tokens(mod.DAY_WORDS),
            "holiday": _last_tokens(mod.HOLIDAYS),
            "century": set(mod.CENTURY_TRIGGERS),
            "season": _last_tokens(mod.SEASONS),
            "periodcode": set(),
            "quarter": _last_tokens(mod.QUARTER_NOUNS),
            "present": _last_tokens(mod.PRESENT),
            "abbr": {k.lower() for k in mod.PERIOD_ABBREVIATIONS},
            "narrative": _last_tokens(mod.NARRATIVE_DAYS),
            "ref": _last_tokens([*mod.PRESENT, *mod.PAST_REF, *mod.FUTURE_REF])
            | {w for p in mod.PRESENT_GUARDED_TRIGGERS for w in _last_tokens([p])},
            # minute words from ten and the zero words: "ten thirty", "twelve oh three" (the
            # hour words themselves are too common to be triggers)
            "hourword": {
                _TOKEN.findall(w.lower())[0]
                for w in (*mod.MINUTE_WORDS, *mod.ZERO_MINUTE)
                if mod.HOUR_WORDS.get(w, 99) >= 10
            },
        }
        self.digit_keys = ("digit",)
        self.age_token = re.compile(mod.AGE_TOKEN, flags)
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
        # what `_Scan` looks up per token: the trigger words, and the day words with no keys
        self.scan_keys = {**{w: () for w in self.day_word_starts}, **self.word_keys}


_TOKEN = re.compile(r"\w+")
_LEADING_AMPM = re.compile(r"\d{3,4}[ap]m")  # "330pm", "1030am"
_DIGIT = re.compile(r"\d")
_DAY_TOKEN = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?", re.IGNORECASE)


def _last_tokens(phrases: object) -> set[str]:
    out = set()
    for p in phrases:  # type: ignore[attr-defined]
        toks = _TOKEN.findall(str(p).lower())
        # not a one-letter token ("new year's" -> "year", not the "s" of every possessive)
        long = [t for t in toks if len(t) > 1]
        if long or toks:
            out.add((long or toks)[-1])
    return out


class _Scan:
    """One text, with the windows where each family of patterns can match.

    Why: running two dozen regexes over the whole article costs milliseconds; every pattern
    family needs a trigger word (a month, a unit, a digit...), so each regex only runs over
    the merged windows around its triggers (`finditer(text, pos, endpos)` keeps offsets and
    still sees the text before `pos` for look-behinds).
    """

    def __init__(self, L: _Lang, text: str) -> None:
        self.text = text
        spans: dict[str, list[tuple[int, int]]] = {}
        # candidate day numbers: "15", "15th", "quindici"
        self.day_tokens: list[tuple[int, int, str]] = []
        self.digit_starts: list[int] = []  # where a token starting with a digit starts
        # starts of the number tokens a few rare patterns need: "330pm" / "330 p.m.", a bare
        # "1030", "15h", a year before "-sep-1"
        self.compact_starts: list[int] = []
        self.bare_compact: list[int] = []
        self.h_starts: list[int] = []
        self.ymd_starts: list[int] = []
        self.hour_starts: list[int] = []  # where a number of one or two digits starts
        day_words = L.day_word_starts
        word_keys = L.scan_keys
        digit_keys = L.digit_keys
        age_token = L.age_token
        # Lower-case once (when that keeps offsets, which it does but for a few characters)
        # Lower-case once (when that keeps offsets, which it does but for a few characters)
        low = text.lower()
        per_token = len(low) != len(text)
        for m in _TOKEN.finditer(text if per_token else low):
            wl = m[0].lower() if per_token else m[0]
            keys = word_keys.get(wl)
            if keys is None and wl.isalpha():
                continue  # the common case: an ordinary word (day words are keys too)
            ts, te = m.span()
            if wl.isalpha():
                if wl in day_words:
                    self.day_tokens.append((ts, te, wl))
                if not keys:
                    continue
            elif _DIGIT.search(wl):
                keys = (*(keys or ()), *digit_keys)
                if wl[0].isdigit():
                    self.digit_starts.append(ts)
                    n_tok = len(wl)
                    if n_tok <= 2:
                        self.hour_starts.append(ts)
                    # tokens a few rare patterns start at ("330 pm", "15h", "2019-sep-1"):
                    # sorted out here, while the token is at hand
                    if n_tok >= 2 and wl[-1] in "hmp":
                        if wl[-1] == "h" and n_tok <= 3 and wl[:-1].isdigit():
                            self.h_starts.append(ts)
                        elif _LEADING_AMPM.fullmatch(wl):
                            self.compact_starts.append(ts)
                    elif 3 <= n_tok <= 4 and wl.isdigit():
                        nxt = text[te : te + 2]
                        if n_tok == 4 and nxt[:1] in ("-", "/"):
                            self.ymd_starts.append(ts)
                        if nxt.lstrip()[:1] in ("a", "p", "A", "P"):
                            self.compact_starts.append(ts)
                        else:
                            self.bare_compact.append(ts)
                if len(wl) <= 4 and _DAY_TOKEN.fullmatch(wl):
                    self.day_tokens.append((ts, te, wl))
                if age_token.fullmatch(wl):
                    keys = (*keys, "age")
                if (len(wl) == 2 and wl[0] in "QHqh") or (len(wl) == 6 and wl[4] in "QHqh"):
                    keys = (*keys, "periodcode")  # "Q3", "H1", "2018Q4"
            elif keys is None:
                continue
            span = (ts, te)
            for k in keys:
                spans.setdefault(k, []).append(span)
        n = len(text)
        self._wins: dict[str, list[tuple[int, int]]] = {}
        for key, sp in spans.items():
            out: list[tuple[int, int]] = []
            before, after = L.margins[key]
            for s, e in sp:
                ws, we = max(0, s - before), min(n, e + after)
                if out and ws <= out[-1][1]:
                    out[-1] = (out[-1][0], max(out[-1][1], we))
                else:
                    out.append((ws, we))
            self._wins[key] = out

    def at(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """Matches of a pattern that starts with a digit, tried only where a number starts."""
        out = []
        for pos in self.digit_starts:
            m = rx.match(self.text, pos)
            if m is not None:
                out.append(m)
        return out

    def at_hours(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """`at` for a pattern that starts with a one- or two-digit number (an hour)."""
        text = self.text
        return [m for pos in self.hour_starts if (m := rx.match(text, pos)) is not None]

    def at_starts(self, rx: re.Pattern[str], starts: list[int]) -> list[re.Match[str]]:
        """`at` restricted to the given token starts (sorted out in the token pass)."""
        text = self.text
        return [m for pos in starts if (m := rx.match(text, pos)) is not None]

    def windows(self, key: str) -> list[tuple[int, int]]:
        return self._wins.get(key, [])

    def it(self, rx: re.Pattern[str], key: str) -> list[re.Match[str]]:
        out: list[re.Match[str]] = []
        for ws, we in self.windows(key):
            out.extend(rx.finditer(self.text, ws, we))
        return out


@cache
def _lang(lang: str) -> _Lang:
    return _Lang(load_lang_module(lang, "temporal"), lang)


# ---------------------------------------------------------------------------------------------
# Tense: the nearest tense cue in the clause decides the direction of "Sunday", "October 17"...

_CLAUSE_END = re.compile(r"[.;:!?\n,]")

# Whether `tag` runs under the "assistant" convention (see `tag`). A ContextVar because `tag` sets
# it once per call and a dozen helpers read it; threading a flag through all of them would change
# every signature for one setting (and a ContextVar stays right under threads).
_ASSISTANT: ContextVar[bool] = ContextVar("assistant_convention", default=False)


def _direction(L: _Lang, text: str, start: int, end: int) -> int:
    """The tense of the clause around [start, end): -1, +1, or the call's default."""
    return _tense(L, text, start, end) or (1 if _ASSISTANT.get() else 0)


# The tense cues and clause ends of the last text seen, found once per text: `_tense` is asked
# about a dozen spans of the same text, and scanning their clauses again each time cost a tenth
# of the tagger's time. (text, lang) -> (cue starts, cue ends, directions, clause-end ends).
_TenseIndex = tuple[str, str, list[int], list[int], list[int], list[int]]
_TENSE_INDEX: ContextVar[_TenseIndex | None] = ContextVar("tense_index", default=None)


def _tense_index(L: _Lang, text: str) -> _TenseIndex:
    idx = _TENSE_INDEX.get()
    if idx is not None and idx[0] is text and idx[1] == L.lang:
        return idx
    cues = sorted(
        (m.start(), m.end(), d)
        for rx, d in ((L.past_re, -1), (L.future_re, 1))
        for m in rx.finditer(text)
    )
    clause_ends = [m.end() for m in _CLAUSE_END.finditer(text)]
    idx = (
        text, L.lang, [c[0] for c in cues], [c[1] for c in cues], [c[2] for c in cues],
        clause_ends,
    )  # fmt: skip
    _TENSE_INDEX.set(idx)
    return idx


def _tense(L: _Lang, text: str, start: int, end: int) -> int:
    """-1 / +1 from the nearest tense cue in the clause, 0 when there is none: the nearest one
    before the span (within 120 characters), else the first one after it."""
    _, _, starts, ends, dirs, clause_ends = _tense_index(L, text)
    # the clause begins after the last clause end before `start`
    k = bisect_right(clause_ends, start) - 1
    left = max(start - 120, clause_ends[k] if k >= 0 else 0, 0)
    # cues inside [left, start): the one ending last (past first on a tie)
    best: tuple[int, int] | None = None  # (end, -direction)
    j = bisect_left(starts, start) - 1
    while j >= 0 and starts[j] >= left:
        if ends[j] <= start:
            key = (ends[j], -dirs[j])
            if best is None or key > best:
                best = key
        j -= 1
    if best is not None:
        return -best[1]
    # else the first cue after the span, before the clause ends (within 120 characters)
    k = bisect_left(clause_ends, end + 1)
    right = min(end + 120, (clause_ends[k] - 1) if k < len(clause_ends) else len(text))
    i = bisect_left(starts, end)
    first: tuple[int, int] | None = None
    while i < len(starts) and starts[i] < right:
        if ends[i] <= right:
            key = (starts[i], dirs[i])
            first = key if first is None or key < first else first
        i += 1
    return first[1] if first is not None else 0


# ---------------------------------------------------------------------------------------------
# Numbers


def _parse_number(L: _Lang, s: str, lang: str) -> float | None:
    """'12' -> 12, 'dodici' -> 12, 'a dozen' -> 12, 'twenty-one' -> 21; None if not a number."""
    return _parse_number_cached(lang, _norm(s))


_NUMBER_SHAPE = re.compile(rf"{_W}+(?:[\s-]{_W}+)*")


@lru_cache(maxsize=65536)
def _parse_number_cached(lang: str, n: str) -> float | None:
    if not n:
        return None
    if n.isdigit():
        return float(n)
    if n[0].isdigit():
        head, _, word = n.partition(" ")
        digits = numerals.parse_digits(head, lang)
        if digits is None and re.fullmatch(r"\d+[.,]\d+", head):
            digits = float(head.replace(",", "."))  # '1,5 hours' in English too
        if digits is not None:
            if not word:
                return digits
            # '3.2 million', '1,5 milioni'
            scale = numerals.multipliers(lang).get(word)
            return digits * scale if scale is not None else None
    L = _lang(lang)
    if n in L.num_words:
        return float(L.num_words[n])
    if not _NUMBER_SHAPE.fullmatch(n):
        return None
    try:
        return float(text2num(n.replace("-", " ") if lang == "en" else n, lang))
    except ValueError:
        return None


_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_SLASH = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})\s*$")


# a plain integer right before the unit ("12 days"), not part of "1.5", "24/7" or "3-4"
_INT_BEFORE = re.compile(r"(?<![\w.,/'’-])(\d{1,9})\s+$")
_LAST_WORD = re.compile(r"([\w'’]+(?:-[\w'’]+)*)['’]?\s*$")


def _number_before(L: _Lang, text: str, pos: int, lang: str) -> tuple[int, float | None] | None:
    """The longest number (or vague quantifier) that ends right before `pos`.

    Returns (start, amount) with amount None for vague quantifiers, or None.
    """
    seg_start = max(0, pos - 60)
    seg = text[seg_start:pos]
    if seg and not seg[-1].isspace() and not seg.endswith(("'", "’")):
        return None
    # fast paths (most units follow a plain integer, or no number at all)
    m = _INT_BEFORE.search(seg)
    if m is not None:
        return seg_start + m.start(1), float(m[1])
    last = _LAST_WORD.search(seg)
    if last is None:
        return None
    lw = _norm(last[1])
    if lw in numerals.of_words(lang) and last.start() > 0:
        # '3 milioni di anni': the number ends with a multiplier before 'di'
        pre = _LAST_WORD.search(seg, 0, last.start())
        if pre is not None and _norm(pre[1]) in numerals.multipliers(lang):
            return _number_before(L, text, seg_start + last.start(), lang)
    if (
        lw not in L.number_enders
        and lw not in numerals.multipliers(lang)
        and not _DIGIT.search(lw)
        and _parse_number_cached(lang, lw) is None
    ):
        return None
    sl = _SLASH.search(seg) if "/" in seg else None
    if sl is not None and 0 < int(sl[1]) < int(sl[2]):
        # "1/2 hour", "3/4 h": a proper fraction ("24/7" is not one)
        return seg_start + sl.start(), int(sl[1]) / int(sl[2])
    # four words make most numbers; a fraction before the unit needs up to seven
    # ("one and three quarters of an")
    words = list(_WORD.finditer(seg))
    # a fraction before the unit ends with one of a few words ("... quarters of an")
    hint = bool(words) and words[-1][0].lower() in L.fraction_enders
    long = hint and L.fraction_tail.search(seg)
    words = words[-7 if long else -4 :]
    for i in range(len(words)):
        w0 = words[i]
        cand = seg[w0.start() :]
        # the candidate must end exactly at pos (only whitespace/apostrophe between)
        if cand.strip() == "":
            continue
        n = _norm(cand)
        if n in L.vague_quant:
            # assistants count "a few" as three (both dev suites do); news keeps it vague
            few = L.assistant_few.get(n) if _ASSISTANT.get() else None
            return seg_start + w0.start(), few
        if "\n" in cand.rstrip():
            continue
        val = _parse_number(L, cand.rstrip(), lang)
        if val is None and L.half_suffix.search(n):
            base = _parse_number(L, L.half_suffix.sub("", n), lang)
            val = base + 0.5 if base is not None else None
        fm = L.fraction_suffix.search(n) if val is None and hint else None
        if fm is not None:  # "one and three quarters (of an)", "two and a quarter"
            base = _parse_number(L, n[: fm.start()], lang)
            count = L.fraction_counts.get(_norm(fm["fn"]), 0) if fm["fn"] else 1
            if base is not None and count:
                val = base + count * L.fraction_words[_norm(fm["fw"])]

        if val is not None:
            return seg_start + w0.start(), val
    return None


# ---------------------------------------------------------------------------------------------


Convention = Literal["news", "assistant"]


def tag(
    text: str,
    lang: str,
    anchor: dt.date | dt.datetime | None = None,
    *,
    convention: Convention = "news",
) -> list[Timex]:
    """Every time expression in `text`: non-overlapping, sorted, exact offsets.

    Relative expressions are resolved against `anchor`; without one their value is None and
    relative=True (never guessed). The anchor may be a datetime; its time of day is used by the
    "assistant" convention only.

    `convention` decides the readings on which news (TimeML) and scheduling assistants (the
    Duckling and Recognizers-Text suites) disagree:
    - "news" (default): an untensed "Monday", "March 3", "at 3am" is the nearest occurrence (the
      weekday of the anchor's own week); "two weeks ago" keeps the unit's granularity (a week);
      "the last two years" is a duration.
    - "assistant": the next occurrence strictly after the anchor (its time of day included for
      clock times); "two weeks ago" / "in 3 weeks" is the exact day; "the last two days" /
      "next 3 months" is the interval of those units next to the anchor.
    """
    token = _ASSISTANT.set(convention == "assistant")
    try:
        return _tag(text, lang, anchor)
    finally:
        _ASSISTANT.reset(token)


_ANCHOR_MIN, _ANCHOR_MAX = dt.date(2, 1, 1), dt.date(9998, 12, 31)


def _tag(text: str, lang: str, anchor_in: dt.date | dt.datetime | None) -> list[Timex]:
    anchor: dt.date | None
    now: dt.time | None = None
    if isinstance(anchor_in, dt.datetime):
        anchor, now = anchor_in.date(), anchor_in.time()
    else:
        anchor = anchor_in
    if anchor is not None and not _ANCHOR_MIN <= anchor <= _ANCHOR_MAX:
        # 'tomorrow' said on 31 December 9999 has no date: the expressions around an anchor at
        # the calendar's ends stay unresolved, rather than every rule guarding its arithmetic
        anchor_in = anchor = now = None
    L = _lang(lang)
    cands: list[_Cand] = []
    S = _Scan(L, text)
    cands += _scan_dates(L, S, anchor)
    now_dt = dt.datetime.combine(anchor, now) if anchor is not None and now is not None else None
    cands += _scan_relative(L, S, anchor, now_dt)
    cands += _scan_durations(L, S, anchor, lang, now_dt)
    cands += _scan_times(L, S, anchor)
    cands += _scan_sets(L, S)
    chosen = _select(cands)
    chosen = _weekday_of_week(L, text, chosen)
    if _ASSISTANT.get():
        chosen = _shift_from_day(L, text, chosen)
    chosen = _day_of_relative_month(L, text, chosen)
    chosen = _nth_of_period(L, text, chosen, anchor)
    chosen = _week_of_day(L, text, chosen)
    chosen = _part_of_day_of(L, text, chosen)
    chosen = _mod_of_period(L, text, chosen)
    chosen = _period_of_year(L, text, chosen)
    chosen = _day_then_part(L, text, chosen)
    chosen = _part_of_day_clock(L, text, chosen)
    chosen = _hour_before_part(L, text, chosen)
    chosen = _era(L, text, chosen)
    chosen = _narrative(chosen, text)
    chosen = _attach_times(text, chosen, anchor, now if _ASSISTANT.get() else None)
    chosen = _intervals(L, text, chosen)
    chosen = _well_formed(chosen)
    return [
        Timex(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            kind=c.kind,
            value=c.value,
            granularity=c.granularity,
            relative=c.relative,
            anchor=anchor_in.isoformat() if (c.relative and anchor_in is not None) else None,
            approximate=c.approximate,
            end_value=c.end_value,
            mod=c.mod,
        )
        for c in chosen
    ]


def _well_formed(chosen: list[_Cand]) -> list[_Cand]:
    """The contract at the way out: a value that is not TIMEX3 (a rule gone wrong at the edge of
    the calendar) becomes no value, and a duration without a valid one is dropped. The property
    tests keep this from hiding anything: they check the rules, this checks the output."""
    out: list[_Cand] = []
    for c in chosen:
        if c.kind in ("duration", "age"):
            if c.value is not None and is_duration_value(c.value):
                out.append(c)
            continue
        ok = [v is None or is_date_value(v) or is_duration_value(v) for v in (c.value, c.end_value)]
        out.append(c if all(ok) else replace(c, value=None, end_value=None))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest span first (then higher priority); drop anything overlapping a kept one."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[_Cand] = []
    for c in cands:
        if c.end <= c.start:
            continue
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _cap_ok(L: _Lang, text: str, start: int, case_sensitive: bool) -> bool:
    """In a language that capitalises names, an ambiguous one ("May", "March") needs its capital;
    unambiguous names ("october", "monday") are accepted in lower case too."""
    if not case_sensitive or text[start].isupper() or _ASSISTANT.get():
        return True  # an assistant reads typed requests: "march 3", "thu" are dates there
    w = _TOKEN.match(text, start)
    word = w.group().lower() if w else ""
    return word not in L.m.AMBIGUOUS_MONTHS and word not in L.m.WEEKDAY_ABBREVIATIONS


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_day(
    L: _Lang, text: str, m: re.Match[str], anchor: dt.date | None, kind_priority: int
) -> _Cand | None:
    mname = _norm(m.group("m"))
    month = L.months.get(mname)
    if month is None or not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
        return None
    dc = m.groupdict().get("dc")
    dnum = int(m["d"]) if m["d"] else L.card_days[_norm(dc)] if dc else L.day_words[_norm(m["dw"])]
    dgroup = "d" if m["d"] else "dc" if dc else "dw"
    dstart, dend = m.span(dgroup)
    start = m.start()
    wm = L.wd_before.search(text, max(0, start - 16), start)
    wday: int | None = None
    if wm is not None and _cap_ok(L, text, wm.start("wd"), L.m.WEEKDAY_CASE_SENSITIVE):
        start = wm.start()
        wday = L.weekdays[_norm(wm["wd"])]
    if m.groupdict().get("ddot") and not m.group("y"):
        return None  # "chapter 3. May he..." - a dotted number is a day only with a year
    year_end = m.end()
    ys: int | None = int(m.group("y")) if m.group("y") else None
    if ys is None and (m["d"] or m["dw"] or dc) and m.end() >= max(m.end("m"), dend):
        yw = L.year_words.match(text, m.end())
        if yw is not None:
            ys = _year_in_words(L, yw["w"])
            year_end = yw.end("w")
    if ys is not None:
        day = _valid(ys, month, dnum)
        if day is None:
            return None
        return _Cand(start, year_end, "date", cal.fmt_day(day), "day", priority=kind_priority,
                     day=day)  # fmt: skip
    # a dot after a full month name ends the sentence, it does not abbreviate the name
    abbr_dot = 1 if m.group("dot") and mname in L.month_abbrevs else 0
    end = dend if dend > m.end("m") else m.end("m") + abbr_dot
    if (
        mname in L.m.AMBIGUOUS_MONTHS
        and len(mname) <= 3
        and not m.group("dot")
        and dstart > m.start("m")
        and not (L.m.MONTH_CASE_SENSITIVE and text[m.start("m")].isupper())
    ):
        # "mar 5" - an abbreviation before the day needs a dot, a year or (in English) a capital
        return None
    if anchor is None:
        if _valid(2000, month, dnum) is None:
            return None
        return _Cand(start, end, "date", None, "day", relative=True, priority=kind_priority)
    year = cal.nearest_year(anchor, month, dnum, _direction(L, text, start, end))
    if wday is not None:
        # "Sunday, Feb 10": the year in which that day is a Sunday, the nearest such one
        fits = [
            d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := _valid(y, month, dnum)) is not None and d.weekday() == wday
        ]  # fmt: skip
        if fits and year not in {d.year for d in fits}:
            year = min(fits, key=lambda d: abs((d - anchor).days)).year
    day = _valid(year, month, dnum)
    if day is None:
        return None
    return _Cand(start, end, "date", cal.fmt_day(day), "day", relative=True,
                 priority=kind_priority, day=day)  # fmt: skip


def _year_in_words(L: _Lang, words: str) -> int | None:
    """'nineteen seventy eight' -> 1978, 'two thousand and eighteen' -> 2018, 'duemila' -> 2000,
    'nineteen zero one' -> 1901; None unless the words are a year from 1000 to 2199."""
    n = _norm(words)
    if _DIGIT.search(n):
        return None
    whole = _parse_number_cached(L.lang, n)
    if whole is not None and 1000 <= whole < 2200 and float(whole).is_integer():
        return int(whole)
    # "nineteen seventy eight": hundreds, then the year of the century
    toks = n.replace("-", " ").split()
    if len(toks) < 2:
        return None
    head = _parse_number_cached(L.lang, toks[0])
    rest = toks[1:]
    if rest[0] in L.m.YEAR_ZERO_WORDS and len(rest) == 2:  # "nineteen oh one"
        rest = rest[1:]
    tail = _parse_number_cached(L.lang, " ".join(rest))
    if head is None or tail is None or not (10 <= head <= 21 and 0 <= tail < 100):
        return None
    return int(head) * 100 + int(tail)


def _day_of_month(
    L: _Lang, text: str, start: int, end: int, dnum: int, anchor: dt.date | None,
    weekday: int | None,
) -> _Cand | None:  # fmt: skip
    """A day number without a month: in the anchor's month or a neighbouring one."""
    if not 1 <= dnum <= 31:
        return None
    if anchor is None:
        return _Cand(start, end, "date", None, "day", relative=True, priority=2)
    options = []
    for k in (-1, 0, 1):
        try:
            first = cal.shift(anchor.replace(day=1), "M", k)
        except cal.OutOfCalendar:
            continue
        d = _valid(first.year, first.month, dnum)
        if d is not None and (weekday is None or d.weekday() == weekday):
            options.append(d)
    if not options:
        return None
    direction = _direction(L, text, start, end)
    pick = None
    if direction < 0:
        pick = max((d for d in options if d <= anchor), default=None)
    elif direction > 0:
        pick = min((d for d in options if d >= anchor), default=None)
    if pick is None:
        pick = min(options, key=lambda d: abs((d - anchor).days))
    return _Cand(start, end, "date", pick.isoformat(), "day", relative=True, priority=2,
                 day=pick)  # fmt: skip


def _holiday_date(rule: tuple[object, ...], year: int) -> dt.date | None:
    if not 1 <= year <= 9999:
        return None
    kind = rule[0]
    if kind == "fixed":
        return _valid(year, int(rule[1]), int(rule[2]))  # type: ignore[call-overload]
    if kind == "easter":
        return easter(year) + dt.timedelta(days=int(rule[1]))  # type: ignore[call-overload]
    month, weekday, n = (int(x) for x in rule[1:4])  # type: ignore[call-overload]
    return cal.nth_weekday(year, month, weekday, n)


def _holiday(L: _Lang, text: str, m: re.Match[str], anchor: dt.date | None) -> _Cand | None:
    """'Christmas', 'Pasqua 2014', 'Thanksgiving': the date that year (the coming one when the
    year is not written and the clause has no tense)."""
    name = _norm(m["hn"])
    rule = L.holiday_map.get(name)
    if rule is None:
        return None
    if name in L.m.AMBIGUOUS_HOLIDAYS and not (text[m.start()].isupper() or _ASSISTANT.get()):
        return None
    if m["y"]:
        day = _holiday_date(rule, int(m["y"]))
        rel = False
    elif anchor is None:
        return _Cand(m.start(), m.end(), "date", None, "day", relative=True, priority=3)
    else:
        rel = True
        direction = _direction(L, text, m.start(), m.end()) or 1
        days = [_holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        valid = [d for d in days if d is not None]
        if direction < 0:
            day = max((d for d in valid if d <= anchor), default=None)
        else:
            day = min((d for d in valid if d >= anchor), default=None)
    if day is None:
        return None
    return _Cand(m.start(), m.end(), "date", day.isoformat(), "day", relative=rel, priority=3,
                 day=day)  # fmt: skip


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int | None:
    """'XXI' -> 21 (the subtractive form included: 'XIV' -> 14)."""
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        nxt = _ROMAN.get(s[i + 1], 0) if i + 1 < len(s) else 0
        total += -v if v < nxt else v
    return total


def _scan_dates(L: _Lang, S: _Scan, anchor: dt.date | None) -> list[_Cand]:
    text = S.text
    out: list[_Cand] = []
    for m in S.at(L.iso):
        day = _valid(int(m["y"]), int(m["mo"]), int(m["d"]))
        if day is None:
            continue
        if m["h"]:
            tz = m["tz"] or ""
            if tz == "Z":
                tz = "+00:00"
            elif tz and ":" not in tz:
                tz = tz[:3] + ":" + tz[3:]
            out.append(_Cand(m.start(), m.end(), "time", f"{day}T{m['h']}:{m['mi']}{tz}", "time",
                             priority=5, day=day))  # fmt: skip
        else:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=5,
                             day=day))  # fmt: skip
    has_sep = "/" in text or "." in text or "-" in text
    for m in S.at(L.numeric) if has_sep else ():
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        if len(y) == 2 and m["sep"] == ".":
            continue  # "10.06.21" is too often a version number or a score
        if m["sep2"] != m["sep"] and (m["sep"] != "/" or (len(y) != 4 and not _ASSISTANT.get())):
            continue  # "08/12,2015" - a comma before the year only after slashes, a full year
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
        mo, d = (a, b) if L.m.DATE_ORDER == "MDY" else (b, a)
        # the other order when the language's one is impossible ("21/04/2016" in English)
        day = _valid(year, mo, d) or _valid(year, d, mo)
        if day is not None:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4,
                             day=day))  # fmt: skip
    for m in S.at_starts(L.ymd_name, S.ymd_starts):
        mname = _norm(m["m"])
        day = _valid(int(m["y"]), L.months[mname], int(m["d"]))
        if day is not None:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4,
                             day=day))  # fmt: skip
    for m in S.at(L.numeric_ymd):
        day = _valid(int(m["y"]), int(m["mo"]), int(m["d"]))
        if day is not None:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4,
                             day=day))  # fmt: skip
    assistant = _ASSISTANT.get()
    for m in S.at(L.numeric_dm) if ("/" in text or (assistant and has_sep)) else ():
        # "on 4/22", "il 22/04": only after a date preposition, else it is a fraction or a score
        # (an assistant's typed request has no fractions or scores: "4/25 at 4pm" is a date,
        # and so is "on 4.22" - in news a decimal or a range)
        if m["sep"] != "/" and not assistant:
            continue
        prep = L.prep_re.search(text, max(0, m.start() - 12), m.start()) is not None
        if m["sep"] == "/" and not (prep or assistant):
            continue
        if m["sep"] != "/" and not prep:
            continue
        a, b = int(m["a"]), int(m["b"])
        mo, d = (a, b) if L.m.DATE_ORDER == "MDY" else (b, a)
        if _valid(2000, mo, d) is None:
            mo, d = d, mo
        if _valid(2000, mo, d) is None:
            continue
        if anchor is None:
            out.append(_Cand(m.start(), m.end(), "date", None, "day", relative=True, priority=4))
            continue
        year = cal.nearest_year(anchor, mo, d, _direction(L, text, m.start(), m.end()))
        nday = _valid(year, mo, d)
        if nday is not None:
            out.append(_Cand(m.start(), m.end(), "date", nday.isoformat(), "day", relative=True,
                             priority=4, day=nday))  # fmt: skip
    for rx in (L.dmy, L.mdy):
        for m in S.it(rx, "month"):
            c = _month_day(L, text, m, anchor, 3)
            if c is not None:
                out.append(c)
    for m in S.it(L.nth_weekday_alone, "weekday"):
        # "the first Sunday": of the anchor's month (a following "of July" is joined later)
        if not _cap_ok(L, text, m.start("wd"), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        n = L.ordinal_map[_norm(m["ord"])]
        if n < 0:
            continue  # "last Sunday" is the most recent one, not the month's last
        nday = None
        if anchor is not None:
            nday = cal.nth_weekday(anchor.year, anchor.month, L.weekdays[_norm(m["wd"])], n)
            if nday is None:
                continue
        out.append(_Cand(m.start(), m.end(), "date", nday.isoformat() if nday else None, "day",
                         relative=True, priority=3, day=nday))  # fmt: skip
    for m in S.it(L.wd_day, "weekday"):
        # "Tuesday 19th", "venerdì 15": the day of that number nearest the anchor that falls on
        # that weekday
        if not _cap_ok(L, text, m.start(), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        dnum = (
            int(m["d"]) if m["d"] else L.card_days[_norm(m["dc"])] if m["dc"]
            else L.day_words[_norm(m["dw"])]
        )  # fmt: skip
        c = _day_of_month(L, text, m.start(), m.end(), dnum, anchor,
                          L.weekdays[_norm(m["wd"])])  # fmt: skip
        if c is not None:
            out.append(c)
    # Day numbers alone, found from the token list (a regex over every digit costs more):
    # "on the 15th" (an ordinal after an article or preposition) and "Tornerò il 15." (a bare
    # number closing the clause after a date preposition).
    for ts, te, w in S.day_tokens:
        if ts == 0 or not text[ts - 1].isspace():
            continue
        if not L.day_cue_re.search(text, max(0, ts - 8), ts):
            continue
        om = L.ordinal_day.match(text, ts)
        if om is not None and not (
            L.clause_end.match(text, om.end()) or L.day_follow.match(text, om.end())
        ):
            continue  # "the 25th anniversary", "il 17° festival": an ordinal, not a day
        wm = None if w.isdigit() else L.day_word_at.match(text, ts)
        if wm is not None:  # "the twenty second"
            w, te = _norm(wm.group()), wm.end()
        if om is not None:
            c = _day_of_month(L, text, ts, om.end(), int(om["d"]), anchor, None)
        elif (w.isdigit() or w in L.day_words) and L.clause_end.match(text, te):
            dnum = int(w) if w.isdigit() else L.day_words[w]
            c = _day_of_month(L, text, ts, te, dnum, anchor, None)
        else:
            continue
        if c is not None:
            out.append(c)
    for m in S.it(L.period_code, "periodcode"):
        ys = m["y1"] or m["y2"]
        qn, code = int(m["n"]), m["c"].upper()
        if code == "H" and qn > 2:
            continue
        if ys is None and anchor is None:
            out.append(_Cand(m.start(), m.end(), "date", None, "quarter", relative=True))
            continue
        qyear = ys or str(anchor.year)  # type: ignore[union-attr]
        gran = "quarter" if code == "Q" else "half"
        out.append(_Cand(m.start(), m.end(), "date", f"{qyear}-{code}{qn}", gran,
                         relative=ys is None, priority=3))  # fmt: skip
    for m in S.it(L.quarter_alone, "quarter"):
        qn = L.ordinal_map[_norm(m["ord"])]
        if not 1 <= qn <= 4:
            continue
        qv = None
        if anchor is not None:
            # by the clause's tense, as a year-less month: a quarter that has not begun yet
            # in a past clause is last year's, one already over in a future clause next year's
            qy = anchor.year
            tense = _direction(L, text, m.start(), m.end())
            if tense < 0 and 3 * qn - 2 > anchor.month:
                qy -= 1
            elif tense > 0 and 3 * qn < anchor.month:
                qy += 1
            qv = f"{qy}-Q{qn}"
        out.append(_Cand(m.start(), m.end(), "date", qv, "quarter", relative=True, priority=2))
    for m in S.it(L.season_alone, "season"):
        # "in summer", "d'inverno": the season by tense (an assistant's: the coming one)
        code = L.season_map[_norm(m["s"])]
        value = None
        if anchor is not None:
            d = _direction(L, text, m.start(), m.end())
            ks = [k for k in range(-4, 5) if cal.shift_season(anchor, k).endswith(code)]
            pick = (
                max((k for k in ks if k <= 0), default=None) if d < 0
                else min((k for k in ks if k >= 0), default=None) if d > 0
                else min(ks, key=lambda k: (abs(k), -k))
            )  # fmt: skip
            value = cal.shift_season(anchor, pick) if pick is not None else None
        out.append(_Cand(m.start("s"), m.end(), "date", value, "season", relative=True,
                         priority=2))  # fmt: skip
    for m in S.it(L.season_year, "season"):
        out.append(_Cand(m.start(), m.end(), "date",
                         f"{m['y']}-{L.season_map[_norm(m['s'])]}", "season",
                         priority=3))  # fmt: skip
    for m in S.at(L.year_month):
        mname = _norm(m["m"])
        if mname in L.month_abbrevs or not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        out.append(_Cand(m.start(), m.end(), "date", f"{m['y']}-{L.months[mname]:02d}",
                         "month", priority=2))  # fmt: skip
    for m in S.it(L.holiday_re, "holiday"):
        c = _holiday(L, text, m, anchor)
        if c is not None:
            out.append(c)
    for m in S.it(L.my, "month"):
        mname = _norm(m["m"])
        if not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        month = L.months[mname]
        out.append(_Cand(m.start(), m.end(), "date", f"{m['y']}-{month:02d}", "month",
                         priority=2))  # fmt: skip
    for m in S.it(L.mon_alone, "month"):
        mname = _norm(m["m"])
        if not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if mname in L.month_abbrevs:
            continue  # "Oct", "sett" alone are not dates (and often other words)
        if mname in L.m.AMBIGUOUS_MONTHS and not (m["mod"] or L.month_cue_re.search(before)):
            continue
        if m["dot"]:
            end = m.end() - 1
        else:
            end = m.end()
        month = L.months[mname]
        mod = L.mod_map[_norm(m["mod"])] if m["mod"] else None
        if anchor is None:
            out.append(_Cand(m.start(), end, "date", None, "month", relative=True, mod=mod))
        else:
            year = cal.nearest_year(anchor, month, None, _direction(L, text, m.start(), end))
            out.append(_Cand(m.start(), end, "date", f"{year}-{month:02d}", "month",
                             relative=True, mod=mod))  # fmt: skip
    for m in S.it(L.day_range, "month"):
        m2 = L.months[_norm(m["m2"])]
        m1 = L.months[_norm(m["m1"])] if m["m1"] else m2
        d1, d2 = int(m["d1"]), int(m["d2"])
        # "12 to 16 September" and "5-17 ottobre" need no opening word; "5 and 17 October" does
        if not (m["open"] or m["m1"] or not m["join"] or _norm(m["join"]) in L.range_to):
            continue
        if m["y"]:
            y = int(m["y"])
            rel = False
        elif anchor is not None:
            y = cal.nearest_year(anchor, m1, d1, _direction(L, text, m.start(), m.end()))
            rel = True
        else:
            if _valid(2000, m1, d1) and _valid(2000, m2, d2):
                out.append(_Cand(m.start(), m.end(), "interval", None, "day", relative=True,
                                 priority=6))  # fmt: skip
            continue
        first, last = _valid(y, m1, d1), _valid(y, m2, d2)
        if first and last and first <= last:
            out.append(_Cand(m.start(), m.end(), "interval", first.isoformat(), "day", relative=rel,
                             end_value=last.isoformat(), priority=6))  # fmt: skip
    for m in S.it(L.md_range, "month"):
        if not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        mo = L.months[_norm(m["m"])]
        d1, d2 = int(m["d1"]), int(m["d2"])
        if m["y"]:
            y, rel = int(m["y"]), False
        elif anchor is not None:
            y, rel = cal.nearest_year(anchor, mo, d1, _direction(L, text, m.start(), m.end())), True
        else:
            out.append(_Cand(m.start(), m.end(), "interval", None, "day", relative=True,
                             priority=6))  # fmt: skip
            continue
        first, last = _valid(y, mo, d1), _valid(y, mo, d2)
        if first and last and first <= last:
            out.append(_Cand(m.start(), m.end(), "interval", first.isoformat(), "day", relative=rel,
                             end_value=last.isoformat(), priority=6))  # fmt: skip
    for m in S.at(L.year_range):
        y1, y2s = int(m["y1"]), m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y1 < y2 <= y1 + 100:
            out.append(_Cand(m.start(), m.end(), "interval", str(y1), "year", end_value=str(y2),
                             priority=3))  # fmt: skip
    for m in S.at(L.month_year_num):
        ys, ms = (m["y"], m["m"]) if m["y"] else (m["y2"], m["m2"])
        out.append(_Cand(m.start(), m.end(), "date", f"{ys}-{int(ms):02d}", "month", priority=3))
    for m in S.at(L.year_re):
        before = text[max(0, m.start() - 25) : m.start()]
        after = text[m.end() : m.end() + 2]
        cue = L.year_cue_re.search(before) is not None
        closing = after == "" or after[0] in ".,;:)!?\n'’\"" or after.startswith(" –")
        # "ABC 2000", "MS-2000": after an acronym or a code, a bare number is a model, not a year
        named = re.search(r"(?<![\w-])[A-Z][A-Z\d-]+\s$", before) is not None
        if not (cue or (closing and not named)):
            continue
        out.append(_Cand(m.start(), m.end(), "date", m["y"], "year", priority=1))
    decade_hint = any(h in text for h in L.m.DECADE_HINTS)
    for rx in L.decades if decade_hint else ():
        for m in S.it(rx, "digit"):
            century = m.groupdict().get("century") or (
                "19" if anchor is None or int(m["decade"]) > anchor.year % 100 // 10 else "20"
            )
            out.append(_Cand(m.start(), m.end(), "date", f"{century}{m['decade']}", "decade",
                             priority=2))  # fmt: skip
    for rx in L.centuries:
        for m in S.it(rx, "century"):
            cn = int(m["n"]) if m.groupdict().get("n") else _roman(m["roman"])
            if cn is not None and 1 <= cn <= 30:
                out.append(_Cand(m.start(), m.end(), "date", f"{cn - 1:02d}", "century",
                                 priority=3))  # fmt: skip
    for m in S.it(L.decade_words, "decadeword"):
        dec = L.decade_word_map[_norm(m["w"])]
        out.append(_Cand(m.start(), m.end(), "date", f"19{dec}", "decade", priority=2))
    return out


def _weekday_day(L: _Lang, text: str, start: int, end: int, anchor: dt.date, wd: int) -> dt.date:
    """A weekday by the clause's tense; without one, by the call's default (under the
    next-occurrence convention the anchor's own weekday is a week later: "Tuesday" said on a
    Tuesday is next Tuesday)."""
    tense = _tense(L, text, start, end)
    if tense == 0 and _ASSISTANT.get():
        return cal.weekday_near(anchor + dt.timedelta(days=1), wd, 1)
    return cal.weekday_near(anchor, wd, tense)


def _grain_value(
    L: _Lang, g: str, offset: int, anchor: dt.date | None, text: str, start: int, end: int
) -> tuple[str | None, str] | None:
    """Value and granularity for (last|this|next) + grain noun / season / weekday / month."""
    try:
        return _grain_value_at(L, g, offset, anchor, text, start, end)
    except cal.OutOfCalendar:  # 'next year' said on 31 December 9999
        grain = "day" if g in L.weekdays else "month" if g in L.months else L.grain_map.get(g)
        return (None, grain) if grain is not None else None


def _grain_value_at(
    L: _Lang, g: str, offset: int, anchor: dt.date | None, text: str, start: int, end: int
) -> tuple[str | None, str] | None:
    if g in L.weekdays:
        if anchor is None:
            return None, "day"
        wd = L.weekdays[g]
        if offset == 0:
            day = _weekday_day(L, text, start, end, anchor, wd)
        elif offset < 0:
            # "last Tuesday": the most recent Tuesday strictly before the anchor
            day = cal.weekday_near(anchor - dt.timedelta(days=1), wd, -1)
        else:
            # "next Tuesday": the Tuesday of next week (as "next week" is the week after this)
            day = anchor + dt.timedelta(days=7 - anchor.weekday() + wd)
        return day.isoformat(), "day"
    if g in L.months:
        if anchor is None:
            return None, "month"
        # "next March" is the coming one (this year's if still ahead), "March after next" the
        # one after it; "last March" likewise backwards
        month = L.months[g]
        year = anchor.year + offset
        if offset < 0 and month < anchor.month:
            year += 1
        if offset > 0 and month > anchor.month:
            year -= 1
        return f"{cal.fmt_year(year)}-{month:02d}", "month"
    if g in L.season_map:
        if anchor is None:
            return None, "season"
        return f"{cal.fmt_year(anchor.year + offset)}-{L.season_map[g]}", "season"
    grain = L.grain_map.get(g)
    if grain is None:
        return None
    if anchor is None:
        return None, grain
    if grain == "year":
        return cal.fmt_year(anchor.year + offset), "year"
    if grain == "season":  # "this season", "next season": the astronomical one
        return cal.shift_season(anchor, offset), "season"
    if grain == "month":
        return cal.fmt_month(cal.shift(anchor, "M", offset)), "month"
    if grain in ("week", "weekend"):
        v = cal.fmt_week(cal.shift(anchor, "W", offset))
        return (v + "-WE", "weekend") if grain == "weekend" else (v, "week")
    if grain == "quarter":
        return cal.fmt_quarter(cal.shift(anchor, "Q", offset)), "quarter"
    if grain == "day":
        return cal.shift(anchor, "D", offset).isoformat(), "day"
    if grain == "decade":
        return cal.fmt_decade(anchor.year + 10 * offset), "decade"
    if grain == "century":
        return cal.fmt_century(anchor.year + 100 * offset), "century"
    return None


def _scan_relative(
    L: _Lang, S: _Scan, anchor: dt.date | None, now: dt.datetime | None = None
) -> list[_Cand]:
    text = S.text
    out: list[_Cand] = []
    for m in S.it(L.rel_days, "relday"):
        off = L.rel_days_map[_norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        out.append(_Cand(m.start(), m.end(), "date", day.isoformat() if day else None, "day",
                         relative=True, priority=3, day=day))  # fmt: skip
    if _ASSISTANT.get():
        # "the next day", "il giorno dopo": from the anchor for an assistant (in news they count
        # from the story's last event, so they are not resolved against the anchor there)
        for m in S.it(L.assistant_days_re, "grain"):
            off = L.assistant_days[_norm(m.group())]
            day = anchor + dt.timedelta(days=off) if anchor else None
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat() if day else None,
                             "day", relative=True, priority=3, day=day))  # fmt: skip
    for m in S.it(L.rel_parts, "relday"):
        off, part = L.rel_parts_map[_norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        out.append(_Cand(m.start(), m.end(), "time", f"{day}T{part}" if day else None,
                         "part_of_day", relative=True, priority=3, day=day))  # fmt: skip
    for m in S.it(L.rel_pre, "grain"):
        g = _norm(m["g"])
        if g in L.weekdays and not _cap_ok(L, text, m.start("g"), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        if g in L.months and not _cap_ok(L, text, m.start("g"), L.m.MONTH_CASE_SENSITIVE):
            continue
        if g in L.m.WEEKDAY_ABBREVIATIONS or (g in L.months and len(g) <= 3):
            continue
        res = _grain_value(L, g, L.rel_before_map[_norm(m["pre"])], anchor, text, m.start(),
                           m.end())  # fmt: skip
        if res is None:
            continue
        mod = L.mod_map[_norm(m["mod"])] if m["mod"] else None
        out.append(_Cand(m.start(), m.end(), "date", res[0], res[1], relative=True, priority=3,
                         mod=mod))  # fmt: skip
    for m in S.it(L.mod_grain, "grain"):
        whole = _norm(m.group())
        if whole in L.grain_map:  # "fine settimana" is the weekend, not the week's end
            res = _grain_value(L, whole, 0, anchor, text, m.start(), m.end())
            mod = None
        else:
            res = _grain_value(L, _norm(m["g"]), 0, anchor, text, m.start(), m.end())
            mod = L.mod_map[_norm(m["mod"])]
        if res is None or res[1] == "day":
            continue
        # priority 0: a fixed duration of the same words ("metà anno" = P6M) wins the tie
        out.append(_Cand(m.start(), m.end(), "date", res[0], res[1], relative=True, priority=0,
                         mod=mod))  # fmt: skip
    if not _ASSISTANT.get():
        for m in S.it(L.narrative_re, "narrative"):
            if L.narrative_not_before.match(text, m.end()):
                continue
            off = L.narrative_days[_norm(m.group())]
            # without a date before it in the paragraph, counted from the anchor (HeidelTime's
            # news strategy); the anchor's value is filled in here
            day = anchor + dt.timedelta(days=off) if anchor else None
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat() if day else None, "day",
                             relative=True, priority=5, day=day,
                             narrative=("D", off, True)))  # fmt: skip
    if L.period_abbr_re is not None:
        for m in S.it(L.period_abbr_re, "abbr"):
            grain, mod = L.period_abbr[m.group()]
            res = _grain_value(L, grain, 0, anchor, text, m.start(), m.end())
            if res is not None:
                out.append(_Cand(m.start(), m.end(), "date", res[0], res[1], relative=True,
                                 priority=3, mod=mod))  # fmt: skip
    if L.rel_post is not None:
        for m in S.it(L.rel_post, "grain"):
            g = _norm(m["g"])
            if g in L.m.WEEKDAY_ABBREVIATIONS or (g in L.months and len(g) <= 3):
                continue
            res = _grain_value(L, g, L.rel_after_map[_norm(m["post"])], anchor, text, m.start(),
                               m.end())  # fmt: skip
            if res is None:
                continue
            start = m.start("g") if m["art"] else m.start()
            out.append(_Cand(start, m.end(), "date", res[0], res[1], relative=True, priority=3))
    for m in S.it(L.weekday_plural, "weekday"):
        # "3 fridays from now", "two Sundays ago": the n-th such weekday after / before the anchor
        num = _number_before(L, text, m.start(), L.lang)
        later = L.later_re.match(text, m.end())
        ago = L.ago_re.match(text, m.end())
        if num is None or num[1] is None or not (later or ago) or not float(num[1]).is_integer():
            continue
        n, wd = int(num[1]), L.weekday_plural_map[_norm(m.group())]
        shifted: dt.date | None = None
        if anchor is not None and n >= 1:
            if later:
                shifted = cal.weekday_near(anchor + dt.timedelta(days=1), wd, 1)
                shifted += dt.timedelta(weeks=n - 1)
            else:
                shifted = cal.weekday_near(anchor - dt.timedelta(days=1), wd, -1)
                shifted -= dt.timedelta(weeks=n - 1)
        end = (later or ago).end()  # type: ignore[union-attr]
        out.append(_Cand(num[0], end, "date", shifted.isoformat() if shifted else None, "day",
                         relative=True, priority=4, day=shifted))  # fmt: skip
    if _ASSISTANT.get():
        if now is not None:
            for m in S.it(L.present_re, "present"):
                # "now", "adesso": the anchor's moment for an assistant
                out.append(_Cand(m.start(), m.end(), "time", now.strftime("%Y-%m-%dT%H:%M:%S"),
                                 "time", relative=True, priority=2, day=now.date()))  # fmt: skip
    else:
        # news (TimeML): "now", "recently", "in the future" are PRESENT_REF / PAST_REF /
        # FUTURE_REF; not calendar facts, so the record builder leaves them out
        refs = [(m, L.ref_map[_norm(m.group())]) for m in S.it(L.ref_re, "ref")]
        refs += [
            (m, "PRESENT_REF")
            for rx, not_before in L.present_guarded
            for m in S.it(rx, "ref")
            if not not_before.search(text, max(0, m.start() - 12), m.start())
        ]
        for m, ref in refs:
            out.append(_Cand(m.start(), m.end(), "date", ref, "reference", relative=True,
                             priority=1))  # fmt: skip
    for m in S.it(L.weekday_re, "weekday"):
        g = _norm(m["wd"])
        abbr = g in L.m.WEEKDAY_ABBREVIATIONS and not _ASSISTANT.get()
        if abbr or not _cap_ok(L, text, m.start(), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        if anchor is None:
            val = None
            day = None
        else:
            # no tense in the clause: the weekday of the anchor's own week (a news prior), or the
            # coming one under the assistant convention
            day = _weekday_day(L, text, m.start(), m.end(), anchor, L.weekdays[g])
            val = day.isoformat()
        if m["pod"]:
            part = L.pod_map[_norm(m["pod"])]
            out.append(_Cand(m.start(), m.end(), "time", f"{val}T{part}" if val else None,
                             "part_of_day", relative=True, priority=2, day=day))  # fmt: skip
        else:
            out.append(_Cand(m.start(), m.end(), "date", val, "day", relative=True, priority=2,
                             day=day, weekday=L.weekdays[g]))  # fmt: skip
    return out


def _scan_durations(
    L: _Lang, S: _Scan, anchor: dt.date | None, lang: str, now: dt.datetime | None = None
) -> list[_Cand]:
    """Quantity + unit, joined parts ("3 hours and 17 minutes"), vague plurals, ages, ago/in."""
    text = S.text
    parts: list[tuple[int, int, float | None, str]] = []  # start, end, amount, unit
    inner_span: dict[int, int] = {}  # unit start -> sign of a span word before it
    upcoming: set[int] = set()  # unit starts with "upcoming" before them (assistant)
    for m in S.it(L.unit_re, "unit"):
        uword = _norm(m["u"])
        unit = L.units[uword]
        num = _number_before(L, text, m.start(), lang)
        if num is None:
            # "2 more minutes", "two additional days": the number is before the filler word
            filler = L.filler_re.search(text, max(0, m.start() - 16), m.start())
            if filler is None and _ASSISTANT.get():
                # "le 2 ultime settimane": a span word between the number and the unit
                filler = L.span_before.search(text, max(0, m.start() - 16), m.start())
                if filler is not None:
                    inner_span[m.start()] = L.span_map[_norm(filler["w"])]
                elif L.upcoming_re is not None:  # "2 upcoming weeks"
                    filler = L.upcoming_re.search(text, max(0, m.start() - 16), m.start())
                    if filler is not None:
                        upcoming.add(m.start())
            num = _number_before(L, text, filler.start(), lang) if filler else None
        if num is not None:
            start, amount = num
            end = m.end()
            half = L.half_re.match(text, end)
            if half and amount is not None:
                amount += 0.5
                end = half.end()
            parts.append((start, end, amount, unit))
            continue
        # "mezz'ora", "un'ora" glue the number with an apostrophe
        if _ASSISTANT.get():
            continue  # "for months" is no amount an assistant can act on (Duckling: none)
        if uword in L.m.VAGUE_PLURALS:
            parts.append((m.start(), m.end(), None, unit))
        elif uword in L.m.CUED_PLURALS and L.vague_cue_re.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            parts.append((m.start(), m.end(), None, unit))
    for m in S.at(L.unit_glued):
        # "3h", "3giorni", "3.5years", "30-minutes"; "3m" is metres, so only unit words
        # longer than one letter or "h"
        uword = _norm(m["u"])
        if uword == "h" or len(uword) > 1:
            a, _, b = m["n"].partition("/")
            if b and not 0 < int(a) < int(b):
                continue
            amount = int(a) / int(b) if b else float(a.replace(",", "."))
            parts.append((m.start(), m.end(), amount, L.units[uword]))
    for m in S.it(L.fixed_dur, "fixed"):
        parts.append((m.start(), m.end(), *L.fixed_map[_norm(m.group())]))
    parts.sort()
    # join "3 hours and 17 minutes", "176 days, 2 hours and 33 minutes"
    groups: list[list[tuple[int, int, float | None, str]]] = []
    for p in parts:
        if groups:
            last = groups[-1][-1]
            gap = text[last[1] : p[0]]
            if (
                last[2] is not None
                and p[2] is not None
                and (L.joiner_re.fullmatch(gap) or (gap.isspace() and "\n" not in gap))
                and p[3] not in {q[3] for q in groups[-1]}
            ):
                groups[-1].append(p)
                continue
        groups.append([p])
    for g in groups:
        # "1 hour thirty", "2 hours and 10": a bare number closing the clause after hours
        last = g[-1]
        if last[3] == "H" and last[2] is not None and len(g) == 1:
            hm = L.hour_minutes.match(text, last[1])
            mins = _parse_number(L, hm["n"], lang) if hm else None
            if hm and mins is not None and 1 <= mins < 60 and float(mins).is_integer():
                g.append((hm.start("n"), hm.end("n"), mins, "MIN"))
    out: list[_Cand] = []
    for g in groups:
        start, end = g[0][0], g[-1][1]
        value = cal.duration_value([(a, u) for _, _, a, u in g])
        before = text[max(0, start - 30) : start]
        approx = L.approx_re.search(before) is not None
        # age: "figlia di tre anni", "58-year-old" (handled by AGE patterns below)
        if (
            L.person_re is not None
            and len(g) == 1
            and g[0][3] == "Y"
            and L.person_re.search(text[max(0, start - 30) : start])
        ):
            out.append(_Cand(start, end, "age", value, priority=4))
            continue
        exact = all(p[2] is not None for p in g)
        assistant = _ASSISTANT.get()
        if assistant and exact and len(g) == 1 and anchor is not None and g[0][3] in _AHEAD:
            up = L.upcoming_re.search(before) if L.upcoming_re is not None else None
            inside = any(start < k < end for k in upcoming)
            if (up or inside) and float(g[0][2] or 0).is_integer():
                # "upcoming two weeks": the week two weeks ahead (Duckling's reading)
                grain, fmt = _AHEAD[g[0][3]]
                try:
                    ahead: str | None = fmt(cal.shift(anchor, g[0][3], int(g[0][2] or 0)))
                except cal.OutOfCalendar:
                    ahead = None
                s0 = start - len(before) + up.start() if up else start
                out.append(_Cand(s0, end, "date", ahead, grain, relative=True, priority=4))
                continue
        if assistant and exact and len(g) == 1:
            # "the last two days", "i prossimi 3 mesi": those units next to the anchor
            sb = L.span_before.search(before)
            sa = None if sb else L.span_after.match(text, end)
            inner = next((v for k, v in inner_span.items() if start < k < end), None)
            if sb or sa or inner is not None:
                sign = inner if inner is not None else L.span_map[_norm((sb or sa)["w"])]  # type: ignore[index]
                s0 = start - len(before) + sb.start() if sb else start
                e0 = sa.end() if sa else end
                c = _unit_span(s0, e0, g[0][3], int(g[0][2] or 0), sign, anchor, now)
                if c is not None:
                    out.append(c)
                    continue
        ago = L.ago_re.match(text, end)
        shift = ago or (L.later_assistant_re if assistant else L.later_re).match(text, end)
        # an assistant with a time of day keeps it across days and weeks ("in 7 days" is that
        # moment a week on)
        by_clock = assistant and now is not None and all(p[3] in ("D", "W", "FN") for p in g)
        if shift is not None and exact and all(p[3] in _SHIFTABLE for p in g) and not by_clock:
            out.append(_relative_shift(start, shift.end(), g, -1 if ago else 1, anchor))
            continue
        if shift is not None and exact and assistant and now is not None:
            out.append(_clock_shift(start, shift.end(), g, -1 if ago else 1, now))
            continue
        inm = L.in_re.search(before)
        am = L.approx_re.search(before) if inm is None and assistant else None
        if am is not None:  # "in about half an hour"
            inm = L.in_re.search(before, 0, am.start())
            inm = inm if inm is not None and inm.end() == am.start() else None
        if (
            inm is not None
            and not assistant
            and (
                _tense(L, text, start, end) < 0
                or L.in_span_re.search(text, max(0, start - 50), start - len(before) + inm.start())
            )
        ):
            # "the first time in 20 years", "its fastest pace in a decade": told in the past,
            # "in" + a duration is a stretch of time, not a date that far ahead
            inm = None
        if (
            inm and exact and all(p[3] in _SHIFTABLE for p in g) and not _OF.match(text, end)
            and not by_clock
        ):  # fmt: skip
            out.append(_relative_shift(inm.start() + (start - len(before)), end, g, 1, anchor))
            continue
        if inm and exact and assistant and now is not None and not _OF.match(text, end):
            out.append(_clock_shift(inm.start() + (start - len(before)), end, g, 1, now))
            continue
        out.append(_Cand(start, end, "duration", value, approximate=approx, priority=1))
    for rx in L.age_res:
        for m in S.it(rx, "age"):
            n = _parse_number(L, m["num"], lang)
            if n is None or n > 130:
                continue
            unit = "M" if re.search(r"month|mes", m.group(), re.I) else "Y"
            span = m.span("age") if "age" in rx.groupindex else m.span()
            out.append(_Cand(span[0], span[1], "age", f"P{int(n)}{unit}", priority=5))
    return out


_SHIFTABLE = frozenset({"Y", "M", "W", "D", "DE", "Q", "FN", "CE"})
_AHEAD: dict[str, tuple[str, Callable[[dt.date], str]]] = {
    "D": ("day", dt.date.isoformat), "W": ("week", cal.fmt_week), "M": ("month", cal.fmt_month),
    "Q": ("quarter", cal.fmt_quarter), "Y": ("year", lambda d: cal.fmt_year(d.year)),
}  # fmt: skip
_OF = re.compile(r"\s+(?:of|di)\b")
_GRAIN_OF_UNIT = {"CE": "century", "DE": "decade", "Y": "year", "Q": "month", "M": "month",
                  "FN": "day", "W": "week", "D": "day"}  # fmt: skip


_CLOCK_UNITS = {"H": "hours", "MIN": "minutes", "S": "seconds", "D": "days", "W": "weeks"}
_UNIT_TIMEDELTA = {**_CLOCK_UNITS, "FN": "weeks"}
_UNIT_FACTOR = {"FN": 2}


def _clock_shift(
    start: int, end: int, parts: list[tuple[int, int, float | None, str]], sign: int,
    now: dt.datetime,
) -> _Cand:  # fmt: skip
    """'in 2 minutes', '3 hours ago' with a time of day: the moment, to the minute (to the
    second when the amount is in minutes or seconds)."""
    moment = now
    try:
        for _, _, amount, unit in parts:
            assert amount is not None
            if unit in _UNIT_TIMEDELTA:
                step = sign * amount * _UNIT_FACTOR.get(unit, 1)
                moment += dt.timedelta(**{_UNIT_TIMEDELTA[unit]: step})
            else:
                moment = dt.datetime.combine(cal.shift(moment.date(), unit, sign * int(amount)),
                                             moment.time())  # fmt: skip
    except (cal.OutOfCalendar, OverflowError):  # timedelta overflows past the year 9999
        return _Cand(start, end, "time", None, "time", relative=True, priority=4)
    fine = any(u in ("MIN", "S") for *_, u in parts)
    value = moment.strftime("%Y-%m-%dT%H:%M:%S" if fine else "%Y-%m-%dT%H:%M")
    return _Cand(start, end, "time", value, "time", relative=True, priority=4,
                 day=moment.date())  # fmt: skip


def _unit_span(
    start: int, end: int, unit: str, n: int, sign: int, anchor: dt.date | None,
    now: dt.datetime | None,
) -> _Cand | None:  # fmt: skip
    """'the last 2 days' -> [2 days before the anchor's day, the day before it]; 'the next 3
    hours' -> [the hour after the anchor's, 3 hours after it]. Units of the clock need `now`."""
    if n < 1 or anchor is None:
        return None
    if unit in ("H", "MIN", "S"):
        if now is None:
            return None
        step = dt.timedelta(**{_CLOCK_UNITS[unit]: 1})
        moment = now.replace(microsecond=0)
        moment = {"H": moment.replace(minute=0, second=0), "MIN": moment.replace(second=0)}.get(
            unit, moment
        )
        first_m = moment + step * (-n if sign < 0 else 1)
        last_m = moment + step * (-1 if sign < 0 else n)
        form = {"H": "%Y-%m-%dT%H:%M", "MIN": "%Y-%m-%dT%H:%M", "S": "%Y-%m-%dT%H:%M:%S"}[unit]
        return _Cand(start, end, "interval", first_m.strftime(form), "time", relative=True,
                     priority=5, end_value=last_m.strftime(form))  # fmt: skip
    if unit not in ("D", "W", "M", "Y", "Q"):
        return None
    base = {
        "D": anchor,
        "W": anchor - dt.timedelta(days=anchor.weekday()),
        "M": anchor.replace(day=1),
        "Y": anchor.replace(month=1, day=1),
        "Q": anchor.replace(month=(anchor.month - 1) // 3 * 3 + 1, day=1),
    }[unit]
    try:
        first = cal.shift(base, unit, -n if sign < 0 else 1)
        last = cal.shift(base, unit, -1 if sign < 0 else n)
    except cal.OutOfCalendar:
        return None
    fmt: Callable[[dt.date], str] = {
        "D": cal.fmt_day, "W": cal.fmt_week, "M": cal.fmt_month, "Q": cal.fmt_quarter,
        "Y": lambda d: cal.fmt_year(d.year),
    }[unit]  # fmt: skip
    grain = _GRAIN_OF_UNIT[unit] if unit != "Q" else "quarter"
    return _Cand(start, end, "interval", fmt(first), grain, relative=True, priority=5,
                 end_value=fmt(last))  # fmt: skip


def _relative_shift(
    start: int,
    end: int,
    parts: list[tuple[int, int, float | None, str]],
    sign: int,
    anchor: dt.date | None,
) -> _Cand:
    """'two weeks ago' -> the week two weeks before the anchor, at the finest unit's granularity;
    '1 month and 21 days ago' -> a day."""
    if anchor is None or any(p[2] is None or not float(p[2]).is_integer() for p in parts):
        return _Cand(start, end, "date", None, None, relative=True, priority=4)
    day = anchor
    try:
        for _, _, amount, unit in parts:
            assert amount is not None
            day = cal.shift(day, unit, sign * int(amount))
    except cal.OutOfCalendar:
        # '3.2 million years ago': a date no calendar writes; the expression is still a date
        grain = _GRAIN_OF_UNIT[parts[-1][3]]
        return _Cand(start, end, "date", None, grain, relative=True, priority=4)
    # news keeps the unit's granularity ("two weeks ago" is a week); an assistant counts days
    single = len(parts) == 1 and not _ASSISTANT.get()
    grain = _GRAIN_OF_UNIT[parts[-1][3]] if single else "day"
    value = {
        "century": cal.fmt_century(day.year),
        "decade": cal.fmt_decade(day.year),
        "year": cal.fmt_year(day.year),
        "month": cal.fmt_month(day),
        "week": cal.fmt_week(day),
        "day": day.isoformat(),
    }[grain]
    return _Cand(start, end, "date", value, grain, relative=True, priority=4, day=day)


def _clock_value(h: int, mi: int, ampm: str | None, sec: int = 0) -> str | None:
    if ampm:
        a = ampm.lower().replace(".", "").replace(" ", "")
        if h > 12 or h == 0:
            return None
        if a.startswith("p") and h != 12:
            h += 12
        if a.startswith("a") and h == 12:
            h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec else "")


def _scan_times(L: _Lang, S: _Scan, anchor: dt.date | None) -> list[_Cand]:
    text = S.text
    out: list[_Cand] = []

    def add(
        m: re.Match[str], h: int, mi: int, sec: int = 0, prio: int = 3,
        span: tuple[int, int] | None = None, ampm_done: bool = False,
    ) -> None:  # fmt: skip
        gd = m.groupdict()
        start, end = span or (m.span("t") if "t" in gd else m.span())
        # `ampm_done`: the caller already read "pm" into a 24-hour `h`
        ampm = None if ampm_done else gd.get("ampm")
        if ampm_done and gd.get("ampm"):
            end = max(end, m.end("ampm"))
        pod = None if ampm or (ampm_done and gd.get("ampm")) else L.pod_after.match(text, end)
        if pod is not None:
            part = L.pod_after_map[_norm(pod["p"])]
            if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
                h += 12
            end = pod.end()
        clock = _clock_value(h, mi, ampm, sec)
        if clock is None:
            return
        zone = gd.get("zone")
        zname = L.zone_map.get(_norm(zone), zone.upper()) if zone else None
        hs = gd.get("h") or ""
        twelve = (
            L.m.CLOCK_12H and not ampm and not ampm_done and pod is None and 1 <= h <= 11
            and not hs.startswith("0")
            # "3h18" is written on a 24-hour clock
            and not text.startswith("h", m.end("h"))
        )  # fmt: skip
        out.append(_Cand(start, end, "time", None, "time", relative=True, priority=prio,
                         clock=clock, zone=zname, twelve=twelve))  # fmt: skip

    for m in S.at(L.clock):
        add(m, int(m["h"]), int(m["mi"]), int(m["s"] or 0))
    for m in S.at(L.dot_clock):
        before = text[max(0, m.start() - 25) : m.start()]
        if m["zone"] or m["ampm"] or L.time_prefix_re.search(before):
            add(m, int(m["h"]), int(m["mi"]))
    for m in S.at(L.hour_ampm):
        add(m, int(m["h"]), 0)
    for m in S.at_hours(L.range_first):
        h, h2 = int(m["h"]), int(m["h2"])
        if not (1 <= h <= 12 and 1 <= h2 <= 12):
            continue
        pm = m["ap2"].lower().startswith("p")
        # "11 to 1pm" starts in the morning; "5 to 6pm" in the afternoon
        if pm and (h % 12) <= (h2 % 12):
            h = h % 12 + 12
        add(m, h, int(m["mi"] or 0), ampm_done=True)
    assistant = _ASSISTANT.get()
    compact = S.compact_starts + S.bare_compact if assistant else S.compact_starts
    for m in S.at_starts(L.compact_clock, compact):
        h = int(m["h"])
        before = text[max(0, m.start() - 25) : m.start()]
        if m["ampm"] or (assistant and h <= 12 and L.time_prefix_re.search(before)):
            add(m, h, int(m["mi"]))
    for m in S.at_starts(L.h_clock, S.h_starts):
        before = text[max(0, m.start() - 25) : m.start()]
        if m["zone"] or L.time_prefix_re.search(before):
            add(m, int(m["h"]), 0, prio=4)
    if assistant:
        for m in S.at(L.short_ampm):
            h = int(m["h"])
            before = text[max(0, m.start() - 25) : m.start()]
            # "4a" alone is a flat or a form; "at 7a", "3:18a" and "7p" are times
            if m["ap"].lower() == "a" and not (m["mi"] or L.time_prefix_re.search(before)):
                continue
            if 1 <= h <= 12:
                h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
                add(m, h, int(m["mi"] or 0), ampm_done=True)
    for m in S.it(L.word_clock, "hourword"):
        before = text[max(0, m.start() - 25) : m.start()]
        marked = m["z"] or (assistant and L.time_prefix_re.search(before))
        if not (m["ampm"] or marked):
            continue  # "three twenty" may be a number; "at three twenty", "ten thirty pm" are times
        hw = L.hour_words.get(_norm(m["h"]))
        mins = _parse_number_cached(L.lang, _norm(m["mw"]))
        if hw is None or mins is None or not float(mins).is_integer():
            continue
        if not (1 <= mins <= 9 if m["z"] else 10 <= mins <= 59):
            continue
        h = hw
        if m["ampm"]:
            a = m["ampm"].lower().replace(".", "").replace(" ", "")
            h = hw % 12 + (12 if a.startswith("p") else 0)
        add(m, h, int(mins), prio=4, ampm_done=bool(m["ampm"]))
    if L.m.HOUR_WORD_PREFIX:  # "alle 14" - without a prefix a bare number is not an hour
        for m in S.it(L.hour_word, "digit"):
            add(m, int(m["h"]), 0)
    else:  # "at 8 GMT": a bare hour is a time with a zone written after it
        for m in S.at_hours(L.hour_word):
            before = text[max(0, m.start() - 25) : m.start()]
            if m["zone"] and L.time_prefix_re.search(before):
                add(m, int(m["h"]), 0)
    for m in S.it(L.clock_words, "clockword"):
        _clock_words(L, text, m, add)
    for m in S.it(L.noon, "noon"):
        out.append(_Cand(m.start(), m.end(), "time", None, "time", relative=True, priority=3,
                         clock=L.noon_map[_norm(m.group())]))  # fmt: skip
    return out


def _clock_words(L: _Lang, text: str, m: re.Match[str], add: Callable[..., None]) -> None:
    """'half past eight', 'ten past 9', 'alle otto e mezza', 'le otto meno dieci'."""
    hs = _norm(m["h"])
    h = int(hs) if hs.isdigit() else L.hour_words.get(hs)
    if h is None:
        return
    minutes = 0
    start, end = m.span("t")
    pre = post = False
    if m["pre"]:
        minutes, pre = L.clock_before[_norm(m["pre"])], True
    elif m["pn"]:
        n = _parse_number_cached(L.lang, _norm(m["pn"]))
        sign = L.clock_dirs[_norm(m["pdir"])]
        # "5 to 7" is a range and "3 to 1" a score: counting down needs "minutes"
        if n is not None and 0 < n < 60 and (sign > 0 or m["mw"] or hs in L.noon_map):
            minutes, pre = int(n) * sign, True
        else:
            start = m.start("h")  # "is ... past eight": not a count of minutes
    if m["post"]:
        minutes, post = minutes + L.clock_after[_norm(m["post"])], True
    elif m["sign"]:
        n = _parse_number_cached(L.lang, _norm(m["qn"]))
        if n is not None and 0 < n < 60:
            minutes, post = minutes + int(n) * L.clock_signs[_norm(m["sign"])], True
        else:
            end = m.end("h")  # "alle otto e poi": the hour alone
    suffix = (m["ampm"] or m["oc"]) and end > m.end("h")
    # "8 della sera", "3 in the morning": a part of the day after the hour marks a clock time
    pod = not suffix and L.pod_after.match(text, end) is not None
    # "2 e 3" is two numbers: a minutes suffix alone needs "alle"/"le"/"ore" before the hour
    # "mezzogiorno meno un quarto": noon and midnight are hours by themselves
    marked = pre or suffix or pod or (post and (m["prefix"] or hs in L.noon_map))
    if not marked and not (m["prefix"] and L.m.HOUR_AFTER_PREFIX and not hs.isdigit()):
        return  # a bare number: "alle 14" and "3pm" have their own patterns
    if suffix and m["ampm"] and h <= 12:
        a = m["ampm"].lower().replace(".", "").replace(" ", "")
        h = (h % 12) + (12 if a.startswith("p") else 0)
    total = (h * 60 + minutes) % 1440
    add(m, total // 60, total % 60, prio=4, span=(start, end), ampm_done=True)


def _scan_sets(L: _Lang, S: _Scan) -> list[_Cand]:
    out: list[_Cand] = []
    for m in S.it(L.set_adv, "set"):
        out.append(_Cand(m.start(), m.end(), "set", L.set_adv_map[_norm(m.group())], "set",
                         priority=4))  # fmt: skip
    for m in S.it(L.weekday_plural, "weekday"):
        out.append(_Cand(m.start(), m.end(), "set",
                         f"XXXX-WXX-{L.weekday_plural_map[_norm(m.group())] + 1}", "set",
                         priority=3))  # fmt: skip
    for m in S.it(L.every_re, "every"):
        g = _norm(m["g"])
        if g in L.pod_map:
            out.append(_Cand(m.start(), m.end(), "set", f"T{L.pod_map[g]}", "set", priority=4))
            continue
        if g in L.weekdays:
            if g in L.m.WEEKDAY_ABBREVIATIONS:
                continue
            val = f"XXXX-WXX-{L.weekdays[g] + 1}"
        else:
            val = cal.duration_value([(1, L.units[g])])
        out.append(_Cand(m.start(), m.end(), "set", val, "set", priority=4))
    return out


def _period_of_year(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the third quarter of 2016', 'il primo semestre dell'anno prossimo' -> 2016-Q3."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "year":
            m = L.period_of_year.search(text, max(0, c.start - 40), c.start)
        if m is None:
            out.append(c)
            continue
        while out and out[-1].end > m.start():  # anything tagged inside the phrase
            out.pop()
        n = L.ordinal_map[_norm(m["ord"])]
        half = _norm(m["noun"]) in L.half_nouns
        limit = 2 if half else 4
        n = limit if n < 0 else n
        if not 1 <= n <= limit:
            out.append(c)
            continue
        code = "H" if half else "Q"
        value = f"{c.value}-{code}{n}" if c.value is not None else None
        out.append(_Cand(m.start(), c.end, "date", value, "half" if half else "quarter",
                         relative=c.relative))  # fmt: skip
    return out


def _nth_of_period(L: _Lang, text: str, chosen: list[_Cand], anchor: dt.date | None) -> list[_Cand]:
    """'the first Friday of July', 'the last day of October 2015', 'the third last week of
    2018', 'l'ultimo weekend di luglio' -> that day, week or weekend."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity in ("month", "year"):
            m = L.nth_of_period.search(text, max(0, c.start - 40), c.start)
        if m is None:
            out.append(c)
            continue
        n = L.ordinal_map[_norm(m["ord"])]
        from_end = n < 0 or m["fe"] is not None
        n = abs(n)
        unit = L.nth_units[_norm(m["u"])] if m["u"] else "weekday"
        wd = L.weekdays[_norm(m["wd"])] if m["wd"] else None
        value: str | None = None
        day: dt.date | None = None
        if c.value is not None:
            period = c.value
            bare_month = _norm(text[c.start : c.end]) in L.months
            if bare_month and c.granularity == "month" and anchor is not None:
                # the month's year again, without the phrase's own "last" read as a past tense
                month = int(period[5:7])
                year = cal.nearest_year(anchor, month, None, _direction(L, text, m.start(), c.end))
                period = f"{year}-{month:02d}"
            found = cal.nth_in_period(period, unit, n, from_end, wd)
            if found is None:
                out.append(c)
                continue
            if unit == "week":
                iso = found.isocalendar()
                value = f"{iso[0]}-W{iso[1]:02d}"
            elif unit == "weekend":
                iso = found.isocalendar()
                value = f"{iso[0]}-W{iso[1]:02d}-WE"
            else:
                day, value = found, found.isoformat()
        while out and out[-1].end > m.start():  # what was tagged inside the phrase
            out.pop()
        gran = {"week": "week", "weekend": "weekend"}.get(unit, "day")
        out.append(_Cand(m.start(), c.end, "date", value, gran, relative=c.relative, day=day))
    return out


def _part_of_day_of(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the morning of March 5', 'nella serata di domani' -> that day's part."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "day":
            m = L.pod_of.search(text, max(0, c.start - 30), c.start)
        if m is None:
            out.append(c)
            continue
        part = L.pod_of_map[_norm(m["p"])]
        while out and out[-1].end > m.start():  # "nella serata" tagged alone
            out.pop()
        value = f"{c.day.isoformat()}T{part}" if c.day is not None else None
        out.append(_Cand(m.start(), c.end, "time", value, "part_of_day", relative=c.relative,
                         day=c.day))  # fmt: skip
    return out


_MOD_GRAINS = frozenset(
    {"year", "month", "week", "decade", "century", "season", "quarter", "half", "part_of_day"}
)


def _mod_of_period(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the end of 2012', 'mid-1990s', "all'inizio di quest'anno": the modifier joins the span
    and sets TimeML's mod."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind in ("date", "time") and c.mod is None and c.granularity in _MOD_GRAINS:
            m = L.mod_period.search(text, max(0, c.start - 24), c.start)
        if m is None or (out and out[-1].end > m.start()):
            out.append(c)
            continue
        out.append(replace(c, start=m.start(), mod=L.mod_map[_norm(m["mod"])]))
    return out


def _week_of_day(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the week of October 6th', 'il weekend del 15 febbraio' -> the week or weekend."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "day":
            m = L.week_of.search(text, max(0, c.start - 30), c.start)
        if m is None:
            out.append(c)
            continue
        unit = L.week_of_map[_norm(m["w"])]
        value = None
        if c.day is not None:
            iso = c.day.isocalendar()
            value = f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if unit == "weekend" else "")
        while out and out[-1].end > m.start():
            out.pop()
        out.append(_Cand(m.start(), c.end, "date", value, unit, relative=c.relative))
    return out


def _day_of_relative_month(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the 20th of next month', 'il 20 del prossimo mese' -> that day."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "month" and c.relative:
            m = L.day_of_rel.search(text, max(0, c.start - 24), c.start)
        if m is None:
            out.append(c)
            continue
        while out and out[-1].end > m.start():  # the day number may have been tagged alone
            out.pop()
        day = None
        if c.value is not None:
            y, mo = c.value.split("-")
            day = _valid(int(y), int(mo), int(m["d"]))
            if day is None:
                out.append(c)
                continue
        out.append(_Cand(m.start(), c.end, "date", day.isoformat() if day else None, "day",
                         relative=True, day=day))  # fmt: skip
    return out


def _intervals(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'between April and October', 'dal 5 maggio al 3 giugno', 'from 2019 to 2021' -> one
    interval. A word join needs its opening word ("between", "dal"); a dash needs none."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        if i + 1 < len(chosen) and a.kind in ("date", "time") and chosen[i + 1].kind == a.kind:
            b = chosen[i + 1]
            opener = L.range_open.search(text, max(0, a.start - 14), a.start)
            dash = L.dash_join.fullmatch(text, a.end, b.start)
            if (
                (dash and a.granularity == b.granularity)
                or (opener and L.range_join.fullmatch(text, a.end, b.start))
                # "4pm till 5pm", "5 to 6pm": two clock times need no opening word
                or (a.kind == "time" and L.time_to_join.fullmatch(text, a.end, b.start))
            ):
                start = opener.start() if opener and not dash else a.start
                if a.kind == "time" and a.clock and b.zone and not a.zone:
                    # "9:30 - 11:00 CST": the zone written once is both ends'
                    day = a.value[:10] if a.value else None
                    tz = cal.zone_offset(b.zone, dt.date.fromisoformat(day)) if day else None
                    if tz and a.value is not None:
                        a = replace(a, zone=b.zone, value=f"{a.value}{tz}")
                if a.kind == "time" and a.day is None and b.day is not None and a.clock:
                    # "dalle 9:30 alle 11:00 di giovedì": the start is on the end's day
                    tz = cal.zone_offset(a.zone, b.day) if a.zone else ""
                    a = replace(a, value=f"{b.day.isoformat()}T{a.clock}{tz or ''}")
                value = a.value if a.value is not None and b.value is not None else None
                out.append(_Cand(start, b.end, "interval", value, a.granularity,
                                 relative=a.relative or b.relative,
                                 end_value=b.value if value is not None else None))  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _shift_from_day(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'two days from tomorrow', 'three days after Easter', 'due giorni prima di ieri' -> that
    day (assistant convention only: TimeML annotates the duration and the date apart)."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen) and c.kind == "duration" and c.value and chosen[i + 1].day:
            d = chosen[i + 1]
            m = L.shift_from_re.fullmatch(text, c.end, d.start)
            parts = _DUR_PARTS.fullmatch(c.value)
            if m is not None and parts is not None and d.day is not None:
                sign = L.shift_from[_norm(m["w"])]
                day: dt.date | None = d.day
                try:
                    for amount, unit in _DUR_PART.findall(c.value):
                        day = cal.shift(day, unit, sign * int(amount))  # type: ignore[arg-type]
                except cal.OutOfCalendar:
                    day = None
                out.append(_Cand(c.start, d.end, "date", day.isoformat() if day else None, "day",
                                 relative=True, day=day))  # fmt: skip
                i += 2
                continue
        out.append(c)
        i += 1
    return out


# whole days, weeks, months, years only: "two days", "P1Y2M"
_DUR_PARTS = re.compile(r"P(?:\d+[YMWD])+")
_DUR_PART = re.compile(r"(\d+)([YMWD])")


def _weekday_of_week(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'Friday next week', 'next week on Friday', 'venerdì della prossima settimana' -> one day."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen):
            d = chosen[i + 1]
            pair = (c, d) if c.weekday is not None else (d, c)
            wd, week = pair
            if (
                wd.weekday is not None
                and week.granularity == "week"
                and L.week_link.fullmatch(text, c.end, d.start)
            ):
                value = None
                day = None
                if week.value is not None:
                    y, w = week.value.split("-W")
                    day = dt.date.fromisocalendar(int(y), int(w), wd.weekday + 1)
                    value = day.isoformat()
                out.append(_Cand(c.start, d.end, "date", value, "day", relative=True, day=day))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _day_then_part(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'Monday in the morning', 'lunedì in serata' -> that day's part (a phrase like "in serata"
    alone would be read as today's)."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        pm = None
        if c.kind == "date" and c.granularity == "day":
            pm = L.pod_after.match(text, c.end)
        if pm is None:
            out.append(c)
            i += 1
            continue
        part = L.pod_after_map[_norm(pm["p"])]
        value = f"{c.day.isoformat()}T{part}" if c.day is not None else None
        out.append(_Cand(c.start, pm.end(), "time", value, "part_of_day", relative=c.relative,
                         day=c.day))  # fmt: skip
        i += 1
        while i < len(chosen) and chosen[i].start < pm.end():  # "in serata" tagged alone
            i += 1
    return out


def _part_of_day_clock(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'this afternoon at 2', 'tonight at 11', 'stasera alle 8': the hour is a clock time read
    in that part of the day (a bare hour after 'at' is a time here, not a score)."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        m = None
        if c.granularity == "part_of_day":
            m = L.pod_clock.match(text, c.end)
        if m is None:
            out.append(c)
            i += 1
            continue
        hs = _norm(m["h"])
        h = int(hs) if hs.isdigit() else L.hour_words.get(hs)
        mi = int(m["mi"]) if m["mi"] else 0
        part = (c.value or "")[-2:]
        if h is None or h > 23:
            out.append(c)
            i += 1
            continue
        if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
            h += 12
        value = f"{c.day.isoformat()}T{h:02d}:{mi:02d}" if c.day is not None else None
        # two timexes, as TimeML writes them: the part of the day and the clock time in it
        out.append(c)
        out.append(_Cand(m.start("h"), m.end(), "time", value, "time", relative=True,
                         priority=4, day=c.day))  # fmt: skip
        i += 1
        while i < len(chosen) and chosen[i].start < m.end():  # the hour tagged alone
            i += 1
    return out


def _hour_before_part(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'at 5 tomorrow afternoon', 'alle 8 di stasera': the hour read in that part of that day."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.granularity == "part_of_day" and c.day is not None and c.value:
            m = L.hour_before_part.search(text, max(0, c.start - 16), c.start)
        if (
            m is None
            or c.day is None
            or c.value is None
            or (out and out[-1].end > m.start() and out[-1].kind != "time")
        ):
            out.append(c)
            continue
        h, part = int(m["h"]), c.value[-2:]
        if h > 23:
            out.append(c)
            continue
        if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
            h += 12
        while out and out[-1].end > m.start():  # the hour tagged alone
            out.pop()
        out.append(_Cand(m.start("h"), c.end, "time", f"{c.day.isoformat()}T{h:02d}:00", "time",
                         relative=True, day=c.day))  # fmt: skip
    return out


_REF_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_GRAIN_RANK = {"Y": 1, "Q": 2, "M": 2, "D": 3}


_ERA_GRAINS = frozenset({"century", "decade", "year"})


def _era(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the 3rd century BC', '44 a.C.', '79 d.C.': the era joins the span. Before Christ there
    is no value (ISO 8601 writes such years only in an expanded form agreed between the
    parties; '02' would say the years 100-199 AD); after Christ the year is written out."""
    if not any(w in text for w in L.era_words):
        return chosen
    out: list[_Cand] = []
    for c in chosen:
        m = L.era_after.match(text, c.end) if c.granularity in _ERA_GRAINS else None
        if m is not None:
            c = replace(c, end=m.end(), value=None if m["bc"] else c.value)
        out.append(c)
    taken = [(c.start, c.end) for c in out]
    for m in L.era_year.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = int(m["y"])
        value = None if m["bc"] or year == 0 else cal.fmt_year(year)
        out.append(_Cand(m.start(), m.end(), "date", value, "year", priority=1))
    out.sort(key=lambda c: c.start)
    return out


def _narrative(chosen: list[_Cand], text: str) -> list[_Cand]:
    """'the next day', 'a year earlier': counted from the last date before them in the same
    paragraph (HeidelTime's narrative reference), else from the anchor where allowed."""
    out: list[_Cand] = []
    for c in chosen:
        if c.narrative is None:
            out.append(c)
            continue
        unit, amount, anchored = c.narrative
        ref: dt.date | None = None
        for o in reversed(out):
            if c.start - o.end > 400 or "\n\n" in text[o.end : c.start]:
                break
            m = _REF_DATE.match(o.value or "") if o.kind in ("date", "time") else None
            if m is None:
                continue
            rank = 3 if m[3] else 2 if m[2] else 1
            if rank >= _GRAIN_RANK[unit]:
                ref = dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
                break
        if ref is None:
            out.append(c if anchored else replace(c, value=None))
            continue
        try:
            day = cal.shift(ref, unit, amount)
        except cal.OutOfCalendar:
            out.append(replace(c, value=None))
            continue
        value = {"Y": cal.fmt_year(day.year), "Q": cal.fmt_quarter(day),
                 "M": cal.fmt_month(day), "D": day.isoformat()}[unit]  # fmt: skip
        out.append(replace(c, value=value, day=day if unit == "D" else None))
    return out


def _attach_times(
    text: str, chosen: list[_Cand], anchor: dt.date | None, after: dt.time | None = None
) -> list[_Cand]:
    """Give clock times a calendar day: an adjacent date in the same clause, else the anchor
    (the day after it when `after` is given and the clock time is not later than it: "at 3am"
    said at 04:30 is tomorrow's)."""
    out: list[_Cand] = []
    for i, c in enumerate(chosen):
        if c.kind != "time" or c.clock is None:
            out.append(c)
            continue
        day: dt.date | None = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(chosen) and chosen[j].day is not None:
                o = chosen[j]
                gap = text[o.end : c.start] if j < i else text[c.end : o.start]
                if len(gap) <= 12 and not re.search(r"[.;!?\n]", gap):
                    day = o.day
                    break
        relative = day is None or any(
            chosen[j].relative for j in (i - 1, i + 1) if 0 <= j < len(chosen)
        )
        from_text = day is not None
        if day is None:
            day = anchor
            now = after.strftime("%H:%M") if after is not None else None
            if day is not None and now is not None and c.clock[:5] <= now:
                later = f"{int(c.clock[:2]) + 12:02d}{c.clock[2:]}"
                if c.twelve and later[:5] > now:  # "3:30" said at 04:30 is 15:30
                    c = replace(c, clock=later)
                else:
                    day += dt.timedelta(days=1)
        if day is None:
            out.append(replace(c, value=None, relative=True))
            continue
        if c.clock is not None and c.clock.startswith(
            "24:00"
        ):  # "alle 24": midnight, the start of the next day
            c = replace(c, clock="00:00" + c.clock[5:])
            day += dt.timedelta(days=1)
        tz = cal.zone_offset(c.zone, day) if c.zone else ""
        # `day` stays None when the anchor gave it, so an interval can take its end's day
        out.append(replace(c, value=f"{day.isoformat()}T{c.clock}{tz or ''}", relative=relative,
                           day=day if from_text else None))  # fmt: skip
    return out
