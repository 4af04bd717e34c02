"""Sports reports: teams named after places, and scorers in result lines.

Teams: 'Il Napoli batte il Genoa', 'England flanker Tom Curry', 'GENOA-NAPOLI 2-3', 'a
deserved victory over Ireland', 'spells at Portsmouth', 'Ipswich Town'.

In a sports report a city or a country is often a team. The cues are local — a score between
two names, a match verb, a sports role after the name, a preposition of playing before it, an
Italian article before a city, a club suffix — and `extractor_consistency` carries a team's
reading to the name's other mentions, except where a locative preposition makes one a place
('in Dublin'). The words are the language's (`SPORT_WORDS`, `TEAM_AFTER`, `TEAM_BEFORE`,
`TEAM_BEFORE_AFTER_VERB`, `CLUB_SUFFIXES`, `TEAM_ARTICLES` in `extractor/lang/<code>/entities.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .context import P_SCORER, P_TEAM, Candidate, Context, tokens_in_chars
from .gazetteer import normalise

__all__ = ["scorer_candidates", "team_candidates"]

# A sports report names a few of its words.
_MIN_SPORT_WORDS = 3
# Clubs named after a city or a region ('il Napoli', 'Derbyshire'). A national team keeps its
# country's reading, as CoNLL-2003 and OntoNotes annotate it ('England beat Ireland' are
# places there): a country's name is the country far more often than the team.
_TEAM_KINDS = frozenset({"city", "region"})
# 'GENOA-NAPOLI 2-3', 'England 32-20 Ireland', 'Wales 26 France 24'
_NAME = r"[A-ZÀ-Ý][\wÀ-ÿ'’.]*(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’.]*){0,2}"
_SCORE_LINES = (
    re.compile(rf"(?P<a>{_NAME})\s?[-–]\s?(?P<b>{_NAME})\s+\d{{1,3}}\s?[-–]\s?\d{{1,3}}\b"),
    re.compile(rf"(?P<a>{_NAME})\s+\d{{1,3}}\s?[-–]\s?\d{{1,3}}\s+(?P<b>{_NAME})"),
    re.compile(rf"(?P<a>{_NAME})\s+\d{{1,3}},?\s+(?P<b>{_NAME})\s+\d{{1,3}}\b"),
)


@dataclass(frozen=True)
class _Cues:
    sport: frozenset[str]
    after: frozenset[str]
    before: frozenset[str]
    before_after_verb: frozenset[str]
    suffixes: frozenset[str]
    articles: frozenset[str]
    head_nouns: frozenset[str]
    conjunctions: frozenset[str]


@cache
def _cues(lang: str) -> _Cues:
    from ..lang import load_lang_module

    mod = load_lang_module(lang, "entities")

    def words(name: str) -> frozenset[str]:
        return frozenset(normalise(w) for w in getattr(mod, name, ()))

    return _Cues(
        sport=words("SPORT_WORDS"),
        after=words("TEAM_AFTER"),
        before=words("TEAM_BEFORE"),
        before_after_verb=words("TEAM_BEFORE_AFTER_VERB"),
        suffixes=words("CLUB_SUFFIXES"),
        articles=words("TEAM_ARTICLES"),
        head_nouns=words("TEAM_HEAD_NOUNS"),
        conjunctions=words("CONJUNCTIONS"),
    )


def _is_sports_report(ctx: Context, cues: _Cues) -> bool:
    return len({n for n in ctx.norm if n in cues.sport}) >= _MIN_SPORT_WORDS


def _place_runs(ctx: Context) -> list[tuple[int, int, str]]:
    """Token spans of names the gazetteer knows as a city, a country or a region."""
    out = []
    for i, t in enumerate(ctx.tokens):
        if not ctx.is_cap(t) or not ctx.starts_name(i):
            continue
        end = ctx.name_run(i)
        for e in range(max(end, i + 1), i, -1):
            entry = ctx.gaz.lookup(ctx.span_text(i, e).title() if t.text.isupper() else
                                   ctx.span_text(i, e))  # fmt: skip
            if entry is not None and entry.geo.kind in _TEAM_KINDS:
                out.append((i, e, entry.geo.kind))
                break
    return out


def _word_before(ctx: Context, i: int, n: int = 1) -> str:
    k = i - n
    return ctx.norm[k] if k >= 0 else ""


def _cued(ctx: Context, cues: _Cues, s: int, e: int, kind: str) -> bool:
    after = ctx.norm[e] if e < len(ctx.tokens) else ""
    after2 = f"{after} {ctx.norm[e + 1]}" if e + 1 < len(ctx.tokens) else after
    before = _word_before(ctx, s)
    named_next = e + 1 < len(ctx.tokens) and ctx.is_cap(ctx.tokens[e + 1])
    if after in cues.head_nouns and named_next:
        return False  # 'Kingston side Harbour View': the team is the next name
    if after in cues.after or after2 in cues.after:
        return True
    if before in cues.before:
        return True
    if before in cues.before_after_verb and _word_before(ctx, s, 2) in cues.before:
        return True  # 'lost to Wales', 'signed for Portsmouth', 'career at Chelsea'
    return kind == "city" and before in cues.articles


def _score_line_spans(ctx: Context) -> set[tuple[int, int]]:
    """Token spans of the two names around a score ('GENOA-NAPOLI 2-3')."""
    found: set[tuple[int, int]] = set()
    for rx in _SCORE_LINES:
        for m in rx.finditer(ctx.text):
            for g in ("a", "b"):
                toks = list(tokens_in_chars(ctx, m.start(g), m.end(g)))
                if toks:
                    found.add((toks[0], toks[-1] + 1))
    return found


def _club_suffix_end(ctx: Context, cues: _Cues, s: int, e: int) -> int:
    """End of 'Ipswich Town' when the place is followed by a club suffix and the whole is no
    place ('Mexico City' is)."""
    if e < len(ctx.tokens) and ctx.norm[e] in cues.suffixes and ctx.is_cap(ctx.tokens[e]):
        if ctx.gaz.lookup(ctx.span_text(s, e + 1)) is None:
            return e + 1
    return e


def team_candidates(ctx: Context) -> list[Candidate]:
    """Places that are teams in a sports report, each where a local cue says so."""
    cues = _cues(ctx.cues.lang)
    if not _is_sports_report(ctx, cues):
        return []
    scored = _score_line_spans(ctx)
    out = _named_after_head_noun(ctx, cues)
    teams_end = {c.end for c in out} | {e.end for e in ctx.doc.ents if e.label_ == "ORG"}
    for s, e, kind in _place_runs(ctx):
        end = _club_suffix_end(ctx, cues, s, e)
        if (
            end > e
            or (s, e) in scored
            or _cued(ctx, cues, s, e, kind)
            or _coordinated_with(ctx, cues, s, teams_end)
        ):
            out.append(Candidate(s, end, "ORG", "team", P_TEAM))
    return out


def _named_after_head_noun(ctx: Context, cues: _Cues) -> list[Candidate]:
    """'Kingston side Harbour View', 'Greek side Ethnikos Piraeus': a name after a team noun
    that follows a place or a nationality is the team, whatever the gazetteer knows of it."""
    out: list[Candidate] = []
    for k in range(1, len(ctx.tokens) - 1):
        if ctx.norm[k] not in cues.head_nouns or not ctx.tokens[k].is_lower:
            continue
        if not ctx.is_cap(ctx.tokens[k - 1]) or not ctx.is_cap(ctx.tokens[k + 1]):
            continue
        if ctx.sent_of[k - 1] != ctx.sent_of[k] or not ctx.starts_name(k + 1):
            continue
        end = ctx.name_run(k + 1)
        if end > k + 1:
            out.append(Candidate(k + 1, end, "ORG", "team", P_TEAM))
    return out


def _coordinated_with(ctx: Context, cues: _Cues, s: int, teams_end: set[int]) -> bool:
    """'spells at Ethnikos Piraeus and Portsmouth': the conjunct of a team is a team."""
    return s >= 2 and ctx.norm[s - 1] in cues.conjunctions and s - 1 in teams_end


# '14' e 30' Mertens (N)', "60' aut. Zukanovic (G)", "Slade 10', 55'": a name after or before
# the minutes of a goal is a player (the model, never having seen the surname, often calls it
# a place).
_MINUTES = r"\d{1,3}(?:\+\d{1,2})?['’]"
_SCORER_AFTER = re.compile(
    rf"{_MINUTES}(?:\s*(?:,|e|and|&)\s*{_MINUTES})*\s+(?:[a-z]{{2,4}}\.\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\wÀ-ÿ'’-]+(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’-]+)?)"
)
_SCORER_BEFORE = re.compile(
    rf"(?P<name>[A-ZÀ-Ý][\wÀ-ÿ'’-]+(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’-]+)?)\s+(?:\(\w{{1,4}}\)\s+)?"
    rf"{_MINUTES}(?!\w)"
)


def scorer_candidates(ctx: Context) -> list[Candidate]:
    """Players named beside the minutes of their goals, in a sports report."""
    cues = _cues(ctx.cues.lang)
    if "'" not in ctx.text and "’" not in ctx.text or not _is_sports_report(ctx, cues):
        return []
    out: list[Candidate] = []
    for rx in (_SCORER_AFTER, _SCORER_BEFORE):
        for m in rx.finditer(ctx.text):
            toks = list(tokens_in_chars(ctx, m.start("name"), m.end("name")))
            if not toks or any(t in ctx.blocked for t in toks):
                continue
            s, e = toks[0], toks[-1] + 1
            if ctx.norm[s] in ctx.cues.never_alone or ctx.orgs.lookup(ctx.span_text(s, e)):
                continue
            out.append(Candidate(s, e, "PER", "rule", P_SCORER))
    return out
