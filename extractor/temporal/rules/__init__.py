"""The rules, one module per dimension (in the manner of Duckling's per-dimension rules):

- `dates`      calendar days: numeric, day and month, weekday and day, a day number alone
- `periods`    months, years, quarters, seasons, decades, centuries
- `holidays`   holidays by rule (fixed, from Easter, n-th weekday)
- `ranges`     ranges written in one piece ("5-17 ottobre", "2019-2021")
- `relative`   named from the anchor ("yesterday", "next week", "Friday", "now")
- `durations`  durations, ages, and durations read as dates ("two weeks ago", "in 3 days")
- `times`      clock times
- `sets`       sets ("daily", "every Monday")

A rule is a function of the call's `Context` yielding candidates (see `base.py`); its patterns
are compiled in `language.py` from the words of `extractor/lang/<lang>/temporal.py`. To add one:
write the function in its dimension's module and list it here.

`RULES` is in the order the candidates are proposed, and the order matters: the selection keeps
the first of two candidates with the same span and priority (see `candidates.select`).
"""

from __future__ import annotations

from . import dates, durations, holidays, periods, ranges, relative, sets, times
from .base import Rule

__all__ = ["RULES", "Rule"]

RULES: tuple[Rule, ...] = (
    dates.iso_date,
    dates.numeric_date,
    dates.year_month_name_day,
    dates.numeric_year_first,
    dates.numeric_day_month,
    dates.day_month,
    dates.month_day,
    dates.nth_weekday,
    dates.weekday_day,
    dates.day_alone,
    periods.period_code,
    periods.quarter_alone,
    periods.season_alone,
    periods.season_year,
    periods.year_month,
    holidays.holiday,
    periods.month_year,
    periods.month_alone,
    ranges.day_range,
    ranges.month_day_range,
    ranges.year_range,
    periods.month_year_numeric,
    periods.year,
    periods.cued_year,
    periods.decade,
    periods.century,
    periods.century_in_words,
    periods.decade_in_words,
    relative.relative_day,
    relative.assistant_day,
    relative.relative_part_of_day,
    relative.shifted_grain,
    relative.modified_grain,
    relative.narrative_day,
    relative.period_abbreviation,
    relative.grain_after,
    relative.weekdays_away,
    relative.present_moment,
    relative.vague_reference,
    relative.weekday,
    durations.durations,
    durations.hyphen_range,
    durations.glued_words,
    durations.race_time,
    durations.age,
    times.clock,
    times.dot_clock,
    times.hour_ampm,
    times.range_first_hour,
    times.compact_clock,
    times.h_clock,
    times.short_ampm,
    times.word_clock,
    times.prefixed_hour,
    times.clock_in_words,
    times.noon,
    sets.set_adverb,
    sets.weekday_plural,
    sets.every,
)
