"""Shared state of one run of the entity rules: the candidate type, priorities, and a
per-document context with token predicates (capitalised word, name word, role noun, name run).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from ..extensions import doc_text
from .gazetteer import Gazetteer, normalise
from .lexicon import LangCues, OrgList, given_names
from .types import EntityLabel, GeoInfo

# Candidate priorities (higher wins an overlap; same priority -> longer wins).
P_BYLINE = 100
P_DATELINE = 100
P_FACILITY = 90
P_ROLE = 72  # a role noun marks where the name starts better than any other cue
P_PERSON_RULE = 70
P_SCORER = 68  # a player beside the minutes of a goal ("14' Mertens (N)")
P_LISTED = 67  # a company beside its share price's change ('Campari (+3,08%)')
P_TEAM = 66  # a place named as a team by a sports cue ('il Napoli batte il Genoa')
P_ORG_LIST = 65
P_CELESTIAL = 60
P_NER = 50
P_GAZETTEER = 40
P_APPOSITION = 35
P_WEAK = 30
P_ACRONYM = 25
P_DESCRIPTION = 20  # a description of a listed organisation, never over a name

MAX_NAME_TOKENS = 5
# Cities this large are well known enough to be accepted without a preposition or NER support.
PROMINENT_CITY = 100_000
PERSON_LABELS = frozenset({"PER", "PERSON"})
_ARTICLE_PARTICLES = frozenset({"la", "le", "lo", "el", "al", "y"})
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")


def _shouting(text: str) -> bool:
    return len(text) > 1 and text.isupper() and text.isalpha()


@dataclass
class Candidate:
    start: int  # token indices
    end: int
    label: EntityLabel
    source: str
    priority: int
    roles: list[str] = field(default_factory=list)
    geo: GeoInfo | None = None
    canonical: str | None = None
    fictional: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


class Context:
    """Per-document state shared by the rules."""

    def __init__(self, doc: Doc, cues: LangCues, gaz: Gazetteer, orgs: OrgList) -> None:
        self.doc = doc
        self.cues = cues
        self.gaz = gaz
        self.orgs = orgs
        self.given = given_names()
        self.text = doc_text(doc)
        # Iterating or indexing a Doc builds a new Token object each time; the rules look at
        # each token many times, so they share one list.
        self.tokens: list[Token] = list(doc)
        self.starts = [t.idx for t in self.tokens]
        self.norm = [normalise(t.text) for t in self.tokens]
        # Words the text itself writes in lower case: a capitalised one at the start of a
        # sentence is then an ordinary word, not a name.
        self.lower_words = {n for t, n in zip(self.tokens, self.norm, strict=True) if t.is_lower}
        self._spaced = [bool(t.whitespace_) for t in self.tokens]
        # Asked thousands of times per article by the name rules: decided once per token.
        self._capitalised = [
            bool(t.text)
            and t.text[0].isupper()
            and any(c.isalpha() for c in t.text)
            and not t.text.startswith(("@", "#"))
            for t in self.tokens
        ]
        self.blocked: set[int] = set()
        self._runs: dict[tuple[int, int], int] = {}
        self._starts: dict[int, bool] = {}
        # Token spans the statistical model labelled as something other than a person.
        self.ner_non_person = [(e.start, e.end) for e in doc.ents if e.label_ not in PERSON_LABELS]
        self.quoted: set[tuple[int, int]] = set()  # token spans of short quoted titles
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_start: set[int] = {0} if len(doc) else set()
        # Without a sentence splitter upstream the whole text is one sentence. (Read from the
        # array: `doc.sents` walks the tokens once per sentence on a parser-less Doc.)
        if doc.has_annotation("SENT_START") and len(doc):
            si = -1
            for i, flag in enumerate(doc.to_array(SENT_START)):
                if flag == 1 or i == 0:
                    si += 1
                    self.sent_start.add(i)
                self.sent_of[i] = si

    # -- token predicates -------------------------------------------------------------------
    def is_cap(self, tok: Token) -> bool:
        return self._capitalised[tok.i] and tok.i not in self.blocked

    def key(self, i: int, j: int) -> str:
        """normalise(doc[i:j].text), from the per-token forms."""
        parts: list[str] = []
        for k in range(i, j):
            parts.append(self.norm[k])
            if k < j - 1 and self._spaced[k]:
                parts.append(" ")
        return "".join(parts)

    def is_name_word(self, tok: Token) -> bool:
        return (
            self.is_cap(tok)
            and self.norm[tok.i] not in self.cues.never_alone
            and not self.is_demonym(tok.i)
        )

    def is_demonym(self, i: int) -> bool:
        """'Mexican', 'Russian': a capitalised adjective of nationality (the languages that
        capitalise them list demonym endings), recognised by sharing its first letters with a
        country name."""
        word = self.norm[i]
        return (
            len(word) > 4
            and self.tokens[i].text not in self.given  # 'Christian' (cf. Christmas Island)
            and word.endswith(self.cues.demonym_suffixes)
            and word[:4] in self.gaz.country_prefixes
        )

    def given_names_before(self, s: int, taken: set[int] | frozenset[int] = frozenset()) -> int:
        """Start of a name that opens with up to two common given names written before token s
        ('[Anna] Maria Bernini', '[Pier] Luigi Bersani'): only given names extend a name
        backwards ('a Milano Daniele Oppi' starts at 'Daniele')."""
        tokens = self.tokens
        k = s
        while (
            k > 0
            and s - k < 2
            and k - 1 not in taken
            and tokens[k - 1].text in self.given
            and self.is_cap(tokens[k - 1])
            and tokens[k - 1].whitespace_ == " "
            and self.sent_of[k - 1] == self.sent_of[s]
        ):
            k -= 1
        return k

    def role_at(self, i: int) -> tuple[int, str, str] | None:
        """(end, English role, surface key) of the longest role noun starting at token i."""
        doc = self.doc
        if i >= len(doc) or self.norm[i] not in self.cues.role_first_words:
            return None
        for n in range(min(self.cues.role_max_words + 2, len(doc) - i), 0, -1):
            key = self.key(i, i + n)
            role = self.cues.role_nouns.get(key)
            if role is not None:
                return i + n, role, key
        return None

    def invalidate(self) -> None:
        """Forget memoised name runs; called when `blocked` changes (only `mark_noise` does)."""
        self._runs.clear()
        self._starts.clear()

    def name_run(self, i: int, max_tokens: int = MAX_NAME_TOKENS) -> int:
        # Most rules ask for the same runs; the answer depends only on the tokens and `blocked`.
        key = (i, max_tokens)
        end = self._runs.get(key)
        if end is None:
            end = self._runs[key] = self._name_run(i, max_tokens)
        return end

    def _name_run(self, i: int, max_tokens: int) -> int:
        """End of the run of name tokens starting at i (i itself when there is none).

        Capitalised words, joined by hyphens without spaces (López-Alegria) and by lower-case
        particles (van, de) when a capitalised word follows; stays inside the sentence."""
        doc = self.doc
        tokens = self.tokens
        if i >= len(doc) or not (self.is_name_word(tokens[i]) or self.is_surname_particle(i)):
            return i
        if _shouting(tokens[i].text):
            return i  # headlines in capitals ('NASEEM RETAINS WBO TITLE'): leave them to the model
        sent = self.sent_of[i]
        j = i + 1
        words = 1
        while j < len(doc) and self.sent_of[j] == sent and words < max_tokens:
            tok = tokens[j]
            prev = tokens[j - 1]
            if _shouting(tok.text) and not _ROMAN.fullmatch(tok.text):
                break
            if self.is_cap(tok) and self.norm[j] not in self.cues.never_alone:
                j += 1
                words += 1
            elif (  # 'Billie Jean King', 'Stephen King': a role word as the last name word
                self.is_cap(tok)
                and self.norm[j] in self.cues.role_nouns
                and not self.role_at(j + 1)
                and not (j + 1 < len(doc) and self.is_cap(tokens[j + 1]))
            ):
                j += 1
                words += 1
            elif (  # 'Nouri al-Maliki', 'Abdel Fattah el-Sisi'
                "-" in tok.text
                and tok.text.split("-", 1)[0] in self.cues.particles
                and tok.text.split("-", 1)[1][:1].isupper()
            ):
                j += 1
                words += 1
            elif (
                self.norm[j] in self.cues.particles
                and j + 2 < len(doc)
                and tokens[j + 1].text in ("-", "‐")
                and not tok.whitespace_
                and not tokens[j + 1].whitespace_
                and self.is_cap(tokens[j + 2])
            ):
                j += 3
                words += 1
            elif (
                tok.text in "-‐"
                and not prev.whitespace_
                and j + 1 < len(doc)
                and not tok.whitespace_
                and self.is_cap(tokens[j + 1])
            ):
                j += 2
            elif (
                tok.lower_ in self.cues.particles
                and (tok.text.islower() or tok.text.istitle())  # 'Luigi Di Maio', 'La Russa'
                and (n := self._after_particles(j)) < len(doc)
                and self.sent_of[n] == sent
                and not self.starts_place(n)  # 'Papa Francesco da Rio de Janeiro'
            ):
                j = n + 1
                words += 1
            elif words >= 1 and _ROMAN.fullmatch(tok.text):  # 'Elizabeth II', 'Cirillo I'
                j += 1
                words += 1
            else:
                break
        return j

    def _after_particles(self, j: int) -> int:
        """Index of the name word after one or two particles at j ('van der Westhuizen'),
        len(doc) when there is none."""
        doc = self.doc
        tokens = self.tokens
        for n in (j + 1, j + 2):
            if n < len(doc) and self.is_name_word(tokens[n]):
                return n
            if n >= len(doc) or tokens[n].lower_ not in self.cues.particles:
                break
        return len(doc)

    def starts_name(self, i: int) -> bool:
        """Token i begins a name run (and is not inside one)."""
        known = self._starts.get(i)
        if known is None:
            known = self._starts[i] = self._starts_name(i)
        return known

    def _starts_name(self, i: int) -> bool:
        tokens = self.tokens
        if not (self.is_name_word(tokens[i]) or self.is_surname_particle(i)):
            return False
        return i == 0 or not (self.is_name_word(tokens[i - 1]) or self.is_surname_particle(i - 1))

    def is_surname_particle(self, i: int) -> bool:
        """A capitalised particle that begins a surname inside a sentence: 'Di Maio', 'De Luca',
        'Van Gogh' (articles such as 'La', 'Le' are too often just articles)."""
        doc = self.doc
        tokens = self.tokens
        return (
            tokens[i].text.istitle()
            and self.norm[i] in self.cues.particles
            and self.norm[i] not in _ARTICLE_PARTICLES
            and i not in self.sent_start
            and i + 1 < len(doc)
            and self.is_name_word(tokens[i + 1])
            and not self.starts_place(i + 1)
        )

    def span_text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def starts_place(self, j: int) -> bool:
        """A gazetteer city/country/region begins at token j ('da Rio de Janeiro')."""
        for n in range(1, 4):
            if j + n > len(self.doc):
                break
            hit = self.gaz.lookup(self.doc[j : j + n].text)
            if hit is not None and hit.primary and hit.geo.kind != "facility":
                return True
        return False

    def is_known_non_person(self, start: int, end: int) -> bool:
        words = {
            w
            for t in self.doc[start:end]
            if t.text[:1].isupper()
            for w in normalise(t.text).split("-")
        }
        if words & self.cues.non_person_name_words:
            return True  # 'Charles River', 'Robert Koch-Institut'
        text = self.span_text(start, end)
        hit = self.gaz.lookup(text)
        if hit is not None and hit.geo.kind in ("country", "region", "facility"):
            return True
        return self.orgs.lookup(text) is not None


def role_inside_name(ctx: Context, s: int, k: int, e: int) -> bool:
    """A role noun at token k, inside a model's name s..e, that has a name after it: the name
    ran on into a person ('African Union Commission Chairperson Dr Nkosazana Dlamini-Zuma'),
    where 'General Motors' or 'King's College' open with the role word or end with it."""
    role = ctx.role_at(k)
    return role is not None and k >= s + 2 and role[0] < e and ctx.is_cap(ctx.tokens[role[0]])


def tokens_in_chars(ctx: Context, start: int, end: int) -> Iterator[int]:
    """Indices of the tokens overlapping [start, end)."""
    i = max(0, bisect_right(ctx.starts, start) - 1)
    tokens = ctx.tokens
    while i < len(tokens) and tokens[i].idx < end:
        if tokens[i].idx + len(tokens[i].text) > start:
            yield i
        i += 1


def first_token_at_or_after(ctx: Context, char: int) -> int | None:
    i = bisect_left(ctx.starts, char)
    return i if i < len(ctx.starts) else None


def char_to_token_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None
