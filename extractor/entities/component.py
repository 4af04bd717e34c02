"""`extractor_entities`: people, places and organisations on top of the statistical NER.

The statistical NER (`doc.ents`, may be empty) is one voice among several. Rules that news
writing makes reliable add or correct mentions:

- people introduced by a role noun ('l'attrice X', 'film director X'), cast lists, ages
  ('the 37-year-old X'), bylines, a name followed by its own Twitter handle, a character's actor
  in parentheses, coordination with a known person, and common given names;
- places from the gazetteer (GeoNames + CLDR), facilities ('cosmodromo di Bajkonur'), named
  stations and celestial bodies used as places ('sulla Terra', 'from Earth');
- organisations from a curated list and from apposition with an organisation noun.

Every candidate carries a priority; overlaps are resolved greedily (priority, then length), and
same-span candidates pool their evidence (a gazetteer hit gives an NER place its GeoInfo).
Handles, URLs, photo credits and the non-byline header are never entities. Roles, ages and
fictional status are attached to the final person mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc extensions)
from .gazetteer import (
    Gazetteer,
    GazetteerEntry,
    case_compatible,
    first_word_forms,
    get_gazetteer,
    may_start_name,
    normalise,
)
from .lexicon import LangCues, OrgList, get_lang_cues, get_org_list, given_names
from .types import EntityLabel, EntityMention, GeoInfo

__all__ = ["EntityRecognizer", "make_entity_recognizer", "NER_LABELS"]

# Statistical label -> ours. MISC/NORP and the like are not people, places or organisations.
NER_LABELS: dict[str, EntityLabel] = {
    "PER": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
}

# Candidate priorities (higher wins an overlap; same priority -> longer wins).
P_BYLINE = 100
P_FACILITY = 90
P_PERSON_RULE = 70
P_ORG_LIST = 65
P_CELESTIAL = 60
P_NER = 50
P_GAZETTEER = 40
P_APPOSITION = 35
P_WEAK = 30

MAX_NAME_TOKENS = 5
# Cities this large are well known enough to be accepted without a preposition or NER support.
PROMINENT_CITY = 100_000
PROMINENT_EXONYM_CITY = 1_000_000


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


class _Ctx:
    """Per-document state shared by the rules."""

    def __init__(self, doc: Doc, cues: LangCues, gaz: Gazetteer, orgs: OrgList) -> None:
        self.doc = doc
        self.cues = cues
        self.gaz = gaz
        self.orgs = orgs
        self.given = given_names()
        self.text = doc.text  # Doc.text is rebuilt on every access: keep one copy
        self.starts = [t.idx for t in doc]
        self.norm = [normalise(t.text) for t in doc]
        # Words the text itself writes in lower case: a capitalised one at the start of a
        # sentence is then an ordinary word, not a name.
        self.lower_words = {n for t, n in zip(doc, self.norm, strict=True) if t.is_lower}
        self._spaced = [bool(t.whitespace_) for t in doc]
        self.blocked: set[int] = set()
        self.quoted: set[int] = set()
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_start: set[int] = {0} if len(doc) else set()
        # Without a sentence splitter upstream the whole text is one sentence.
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for si, sent in enumerate(sents):
            self.sent_start.add(sent.start)
            for t in sent:
                self.sent_of[t.i] = si

    # -- token predicates -------------------------------------------------------------------
    def is_cap(self, tok: Token) -> bool:
        text = tok.text
        return (
            bool(text)
            and text[0].isupper()
            and any(c.isalpha() for c in text)
            and tok.i not in self.blocked
            and not text.startswith(("@", "#"))
        )

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
            and self.doc[i].text not in self.given  # 'Christian' (cf. Christmas Island)
            and word.endswith(self.cues.demonym_suffixes)
            and word[:4] in self.gaz.country_prefixes
        )

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

    def name_run(self, i: int, max_tokens: int = MAX_NAME_TOKENS) -> int:
        """End of the run of name tokens starting at i (i itself when there is none).

        Capitalised words, joined by hyphens without spaces (López-Alegria) and by lower-case
        particles (van, de) when a capitalised word follows; stays inside the sentence."""
        doc = self.doc
        if i >= len(doc) or not self.is_name_word(doc[i]):
            return i
        sent = self.sent_of[i]
        j = i + 1
        words = 1
        while j < len(doc) and self.sent_of[j] == sent and words < max_tokens:
            tok = doc[j]
            prev = doc[j - 1]
            if self.is_cap(tok) and self.norm[j] not in self.cues.never_alone:
                j += 1
                words += 1
            elif (
                tok.text in "-‐"
                and not prev.whitespace_
                and j + 1 < len(doc)
                and not tok.whitespace_
                and self.is_cap(doc[j + 1])
            ):
                j += 2
            elif (
                tok.lower_ in self.cues.particles
                and tok.text.islower()
                and j + 1 < len(doc)
                and self.is_name_word(doc[j + 1])
                and self.sent_of[j + 1] == sent
                and not self.starts_place(j + 1)  # 'Papa Francesco da Rio de Janeiro'
            ):
                j += 2
                words += 1
            else:
                break
        return j

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


# --------------------------------------------------------------------------------------------
# Noise: handles, URLs, credits, header, quoted titles
# --------------------------------------------------------------------------------------------


def _tokens_in_chars(ctx: _Ctx, start: int, end: int) -> Iterator[int]:
    """Indices of the tokens overlapping [start, end)."""
    i = max(0, bisect_right(ctx.starts, start) - 1)
    doc = ctx.doc
    while i < len(doc) and doc[i].idx < end:
        if doc[i].idx + len(doc[i].text) > start:
            yield i
        i += 1


def _mark_noise(ctx: _Ctx) -> None:
    doc = ctx.doc
    for t in doc:
        if t.text.startswith(("@", "#")) or t.like_url or "twitter.com" in t.lower_:
            ctx.blocked.add(t.i)
    for pattern in ctx.cues.credit_patterns:
        for m in pattern.finditer(ctx.text):
            ctx.blocked.update(_tokens_in_chars(ctx, m.start(), m.end()))
    header_end = int(doc._.header_end or 0)
    if header_end > 0:
        ctx.blocked.update(_tokens_in_chars(ctx, 0, header_end))
    # Short quoted stretches that read like titles (‘The Challenge’): not people.
    for m in re.finditer(r"[‘“\"«]([^‘’“”\"«»\n]{1,60})[’”\"»]", ctx.text):
        inner = m.group(1).strip()
        if inner and inner[0].isupper() and len(inner.split()) <= 6:
            ctx.quoted.update(_tokens_in_chars(ctx, m.start(1), m.end(1)))


# --------------------------------------------------------------------------------------------
# Candidate generators
# --------------------------------------------------------------------------------------------


def _char_to_token_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _byline_candidates(ctx: _Ctx) -> list[Candidate]:
    doc = ctx.doc
    spans: list[tuple[int, int]] = []
    if doc._.byline is not None:
        for start, end, _name in doc._.byline:
            ts = _char_to_token_span(doc, start, end)
            if ts is not None:
                spans.append(ts)
    else:
        # No header parser ran: look for a 'By Name Surname' cue in the first lines only.
        head = ctx.text[: min(len(ctx.text), 400)]
        head = "\n".join(head.split("\n")[:3])
        for pattern in ctx.cues.byline_cues:
            for m in pattern.finditer(head):
                first = next(iter(_tokens_in_chars(ctx, m.end(), m.end() + 1)), None)
                if first is None:
                    continue
                end = ctx.name_run(first, max_tokens=4)
                if end - first >= 2:
                    spans.append((first, end))
    out = []
    for s, e in spans:
        ctx.blocked.difference_update(range(s, e))
        out.append(Candidate(s, e, "PER", "byline", P_BYLINE, roles=["author"]))
    return out


def _ner_candidates(ctx: _Ctx) -> tuple[list[Candidate], list[tuple[int, int]]]:
    doc = ctx.doc
    cues = ctx.cues
    out: list[Candidate] = []
    misc: list[tuple[int, int]] = []
    pieces: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        # 'Oleg Novitsky and Pet Dubrov': one span for two people; split on conjunctions and
        # commas (organisations keep theirs: 'Procter & Gamble').
        # A span never runs across a line break or into the next sentence.
        start = ent.start
        for k in range(ent.start, ent.end):
            cut = (doc[k].is_space and "\n" in doc[k].text) or (
                k > ent.start and k in ctx.sent_start
            )
            joint = ent.label_ != "ORG" and (doc[k].text == "," or ctx.norm[k] in cues.conjunctions)
            if cut or joint:
                pieces.append((start, k, ent.label_))
                start = k if (k in ctx.sent_start and not doc[k].is_space) else k + 1
        pieces.append((start, ent.end, ent.label_))
    for s, e, ent_label in pieces:
        label = NER_LABELS.get(ent_label)
        # Trim what the model sometimes drags in: a capitalised article at the start of a
        # sentence ('La trama ufficiale'; a person never starts with 'The'; 'La Stampa' keeps
        # it), lower-case words, punctuation, a possessive 's.
        while s < e and (
            not ctx.is_cap(doc[s])
            and not doc[s].text[:1].isdigit()
            or s in ctx.blocked
            or label == "PER"
            and ctx.is_demonym(s)  # 'Mexican Ariel Cruz'
            or s in ctx.sent_start
            and ctx.norm[s] in cues.closed_class
            and (label == "PER" or s + 1 < e and not ctx.is_cap(doc[s + 1]))
        ):
            s += 1
        while e > s and (
            doc[e - 1].is_punct
            or doc[e - 1].lower_ in ("'s", "’s")
            or doc[e - 1].is_space
            or doc[e - 1].is_lower
            and ctx.norm[e - 1] in cues.closed_class  # 'Naufragio della'
        ):
            e -= 1
        if s >= e:
            continue
        if label is None:
            misc.append((s, e))
            continue
        if any(i in ctx.blocked for i in range(s, e)):
            continue
        text = doc[s:e].text
        if e - s == 1 and normalise(text) in cues.never_alone:
            continue
        if e - s == 1 and s in ctx.sent_start and ctx.norm[s] in ctx.lower_words:
            continue  # 'Sciopero assistenti di volo': the text also writes 'sciopero'
        if label == "PER":
            # 'ad Arcore Silvio Berlusconi': a place glued before a given name.
            place = ctx.gaz.get(ctx.norm[s])
            if e - s >= 3 and place is not None and doc[s + 1].text in ctx.given:
                s += 1
                text = doc[s:e].text
        if all(i in ctx.quoted for i in range(s, e)):
            continue  # a quoted title: 'The Challenge'
        if label != "LOC" and _names_a_vehicle(ctx, s, e):
            continue  # 'the Soyuz MS-19 manned spacecraft'
        if label == "PER":
            if any(c.isdigit() for c in text) or (e - s == 1 and text.isupper()):
                continue  # 'TRAILER', 'SOYUZ-2' are not people
            if any(i in ctx.quoted for i in range(s, e)):
                continue
            if cues.modifier_before_role_is_not_person and ctx.role_at(e) is not None:
                continue  # 'the Mission Impossible actor'
        out.append(Candidate(s, e, label, "ner", P_NER))
    return out, misc


def _names_a_vehicle(ctx: _Ctx, s: int, e: int) -> bool:
    """A vehicle noun right before the name or within two lower-case words after it."""
    doc = ctx.doc
    vehicles = ctx.cues.vehicle_nouns
    if s > 0 and doc[s - 1].lower_ in vehicles:
        return True
    for k in range(e, min(e + 3, len(doc))):
        if doc[k].lower_ in vehicles:
            return True
        if not (doc[k].is_lower and doc[k].is_alpha):
            break
    return False


def _role_candidates(ctx: _Ctx) -> list[Candidate]:
    """'il regista Klim Šipenko', 'film director and writer Doug Liman', 'i cosmonauti A e B'."""
    doc = ctx.doc
    cues = ctx.cues
    out: list[Candidate] = []
    i = 0
    while i < len(doc):
        hit = ctx.role_at(i)
        if hit is None:
            i += 1
            continue
        end, role, key = hit
        roles = [role]
        plural = key in cues.plural_roles
        k = end
        # Coordinated roles: 'director and writer', 'regista e sceneggiatore'.
        # Only a conjunction chains roles: after a comma comes the next member of a list
        # ('the actress, film director X'), not another role of X.
        while k + 1 < len(doc) and doc[k].lower_ in cues.conjunctions:
            nxt = ctx.role_at(k + 1)
            if nxt is None:
                break
            k, r2, _ = nxt
            roles.append(r2)
        # Post-nominal adjectives ('l'attrice russa X').
        gap = 0
        while (
            gap < cues.role_name_gap
            and k < len(doc)
            and doc[k].is_lower
            and doc[k].is_alpha
            and ctx.norm[k] not in cues.never_alone
        ):
            k += 1
            gap += 1
        # 'il presidente Usa Obama', 'the US President': a country between role and name.
        if k < len(doc) and ctx.name_run(k) > k + 1:
            country = ctx.gaz.lookup(doc[k].text)
            if country is not None and country.geo.kind == "country":
                k += 1
        names: list[tuple[int, int]] = []
        while True:
            e = ctx.name_run(k)
            if e == k or ctx.is_known_non_person(k, e):
                break
            names.append((k, e))
            if not plural:
                break
            if e < len(doc) and (doc[e].text == "," or doc[e].lower_ in cues.conjunctions):
                k = e + 1
                continue
            break
        for s, e in names:
            out.append(Candidate(s, e, "PER", "rule", P_PERSON_RULE, roles=list(roles)))
        i = max(i + 1, end)
    return out


def _fiction_cue_candidates(ctx: _Ctx) -> list[Candidate]:
    """'nel ruolo di Lidia Ferri', 'plays the character of Jack Ryan': a character."""
    doc = ctx.doc
    out: list[Candidate] = []
    for t in doc:
        if not ctx.is_name_word(t) or (t.i > 0 and ctx.is_name_word(doc[t.i - 1])):
            continue
        if _fiction_cue_before(ctx, t.idx):
            e = ctx.name_run(t.i)
            if not ctx.is_known_non_person(t.i, e):
                out.append(Candidate(t.i, e, "PER", "rule", P_PERSON_RULE, fictional=True))
    return out


def _fiction_cue_before(ctx: _Ctx, char: int) -> bool:
    text = ctx.text
    line_start = text.rfind("\n", 0, char) + 1
    before = text[max(line_start, char - 60) : char]
    return any(pat.search(before) for pat in ctx.cues.fiction_name_cues)


def _first_token_at_or_after(ctx: _Ctx, char: int) -> int | None:
    i = bisect_left(ctx.starts, char)
    return i if i < len(ctx.starts) else None


def _list_names(ctx: _Ctx, k: int) -> list[tuple[int, int]]:
    """Names in 'A, B, C e D' starting at token k."""
    doc = ctx.doc
    names: list[tuple[int, int]] = []
    while k < len(doc):
        e = ctx.name_run(k)
        if e == k:
            break
        names.append((k, e))
        if e < len(doc) and doc[e].text == ",":
            k = e + 1
            if k < len(doc) and doc[k].lower_ in ctx.cues.conjunctions:
                k += 1
        elif e < len(doc) and doc[e].lower_ in ctx.cues.conjunctions:
            k = e + 1
        else:
            break
    return names


def _cast_candidates(ctx: _Ctx) -> list[Candidate]:
    out: list[Candidate] = []
    for pattern in ctx.cues.cast_cues:
        for m in pattern.finditer(ctx.text):
            k = _first_token_at_or_after(ctx, m.end())
            if k is None:
                continue
            for s, e in _list_names(ctx, k):
                if not ctx.is_known_non_person(s, e):
                    out.append(Candidate(s, e, "PER", "rule", P_PERSON_RULE))
    return out


def _age_phrases(ctx: _Ctx) -> list[tuple[int, int, int]]:
    """(char start, char end, years) of age expressions: the temporal stage's, else ours."""
    doc = ctx.doc
    found: list[tuple[int, int, int]] = []
    for tx in doc._.timexes or []:
        if tx.kind == "age" and tx.value:
            m = re.fullmatch(r"P(\d+)Y", tx.value)
            if m:
                found.append((tx.start, tx.end, int(m.group(1))))
    for pattern in ctx.cues.age_before:
        for m in pattern.finditer(ctx.text):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), int(m.group("age"))))
    return found


def _name_after_age(ctx: _Ctx, char_end: int) -> tuple[int, int] | None:
    """'the 58-year-old legendary Tom Cruise': skip up to three lower-case words, and a
    modifier + role noun ('Russian actress'), to the name."""
    doc = ctx.doc
    k = _first_token_at_or_after(ctx, char_end)
    if k is None:
        return None
    skipped = 0
    while k < len(doc) and skipped < 4:
        tok = doc[k]
        if tok.is_lower and tok.is_alpha:
            if ctx.role_at(k) is not None:
                k = ctx.role_at(k)[0]  # type: ignore[index]
            else:
                k += 1
            skipped += 1
            continue
        e = ctx.name_run(k)
        if e > k and ctx.role_at(e) is not None:  # 'Russian actress': modifier, skip on
            k = ctx.role_at(e)[0]  # type: ignore[index]
            skipped += 1
            continue
        return (k, e) if e > k else None
    return None


def _age_candidates(ctx: _Ctx, ages: list[tuple[int, int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for start, end, _years in ages:
        if not ctx.text[start:end].strip()[:1].isdigit():
            continue  # only the 'N-year-old X' shape introduces a person reliably
        span = _name_after_age(ctx, end)
        if span is not None and not ctx.is_known_non_person(*span):
            out.append(Candidate(span[0], span[1], "PER", "rule", P_PERSON_RULE))
    return out


def _age_after_candidates(ctx: _Ctx) -> list[Candidate]:
    """'Jan Kowalczyk, 45, was arrested' / 'Mario Rossi, 37 anni': a name with an age."""
    doc = ctx.doc
    out: list[Candidate] = []
    for t in doc:
        if not ctx.is_name_word(t) or (t.i > 0 and ctx.is_name_word(doc[t.i - 1])):
            continue
        e = ctx.name_run(t.i)
        tail_start = doc[e - 1].idx + len(doc[e - 1].text)
        tail = ctx.text[tail_start : tail_start + 40]
        if any(p.match(tail) for p in ctx.cues.age_after):
            if ctx.gaz.lookup(doc[t.i : e].text) is None and not ctx.is_known_non_person(t.i, e):
                out.append(Candidate(t.i, e, "PER", "rule", P_PERSON_RULE))
    return out


def _handle_candidates(ctx: _Ctx) -> list[Candidate]:
    """'Jim Bridenstine (@JimBridenstine)': a name followed by its own handle is a person."""
    doc = ctx.doc
    out: list[Candidate] = []
    for t in doc:
        if not t.text.startswith("@") or t.i < 2 or doc[t.i - 1].text != "(":
            continue
        handle = re.sub(r"[^a-z]", "", normalise(t.text[1:]))
        end = t.i - 1
        for start in range(max(0, end - 4), end - 1):
            if ctx.name_run(start) != end:
                continue
            letters = re.sub(r"[^a-z]", "", normalise(doc[start:end].text))
            if letters == handle and ctx.orgs.lookup(doc[start:end].text) is None:
                out.append(Candidate(start, end, "PER", "rule", P_PERSON_RULE))
                break
    return out


def _org_candidates(ctx: _Ctx) -> list[Candidate]:
    doc = ctx.doc
    out: list[Candidate] = []
    for i in range(len(doc)):
        if not may_start_name(ctx.norm[i], ctx.orgs.first_words) or not ctx.is_cap(doc[i]):
            continue
        for n in range(min(ctx.orgs.max_words + 2, len(doc) - i), 0, -1):
            if any(j in ctx.blocked or doc[j].is_space for j in range(i, i + n)):
                continue
            text = doc[i : i + n].text
            hit = ctx.orgs.lookup(text)
            if hit is None:
                continue
            entry, alias = hit
            if not case_compatible(text, alias):
                continue
            # A non-acronym alias that is an ordinary word ('Tesla' in a physics story is still
            # Tesla; 'Energia' is not): lower-case-looking aliases need not be sentence-initial.
            if n == 1 and not alias.isupper() and normalise(text) in ctx.cues.never_alone:
                continue
            out.append(Candidate(i, i + n, "ORG", "orglist", P_ORG_LIST, canonical=entry.canonical))
            break
    return out


def _apposition_org_candidates(ctx: _Ctx, taken: set[int]) -> list[Candidate]:
    """'Roskosmos, l'agenzia spaziale russa', 'Space X, Elon Musk's company',
    'la società Tesla': a name next to an organisation noun is an organisation."""
    doc = ctx.doc
    cues = ctx.cues
    out: list[Candidate] = []

    firsts = {w for key in cues.org_cue_nouns for w in first_word_forms(key)} | {
        w for key in ctx.orgs.descriptions.get(cues.lang, {}) for w in first_word_forms(key)
    }

    def org_noun_at(k: int) -> tuple[int, str | None] | None:
        if not may_start_name(ctx.norm[k], firsts):
            return None
        for n in range(5, 0, -1):
            if k + n > len(doc):
                continue
            key = ctx.key(k, k + n)
            entry = ctx.orgs.description(cues.lang, key)
            if entry is not None:
                return k + n, entry.canonical
            if n <= 3 and key in cues.org_cue_nouns:
                return k + n, None
        return None

    i = 0
    while i < len(doc):
        e = ctx.name_run(i)
        if e == i or any(j in taken for j in range(i, e)):
            i = max(i + 1, e)
            continue
        # Name , [det] [Name 's] [modifiers] noun -- 'Roskosmos, l'agenzia spaziale russa',
        # 'Space X, Elon Musk's company', 'Rocket Lab, a US company'. Anything else between
        # ('Kendra Boysen, proprietaria della società') breaks the apposition.
        if e < len(doc) and doc[e].text == ",":
            k = e + 1
            if k < len(doc) and ctx.norm[k] in cues.closed_class:
                k += 1
            owner = ctx.name_run(k)
            if owner > k and owner < len(doc) and doc[owner].text in cues.possessive_suffixes:
                k = owner + 1
            modifiers = 0
            while k < len(doc) and modifiers <= cues.prenominal_modifiers:
                hit = org_noun_at(k)
                if hit is not None:
                    out.append(Candidate(i, e, "ORG", "rule", P_APPOSITION, canonical=hit[1]))
                    break
                tok = doc[k]
                if tok.is_punct or ctx.role_at(k) is not None:
                    break
                modifiers += 1
                k += 1
        i = e
    # Names built on an organisation word: 'Massachusetts Institute of Technology'.
    i = 0
    while i < len(doc):
        if not ctx.is_name_word(doc[i]) or i in taken or ctx.role_at(i) is not None:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and ctx.sent_of[j] == ctx.sent_of[i]:
            if ctx.is_cap(doc[j]) and ctx.role_at(j) is None:
                j += 1
            elif (
                ctx.norm[j] in cues.org_name_connectors
                and j + 1 < len(doc)
                and j + 1 not in taken
                and ctx.is_cap(doc[j + 1])
            ):
                j += 2
            else:
                break
        words = {ctx.norm[t] for t in range(i, j) if ctx.text[ctx.starts[t]].isupper()}
        if j - i >= 2 and words & cues.org_name_words:
            out.append(Candidate(i, j, "ORG", "rule", P_APPOSITION))
        i = j
    # noun Name: 'la società Tesla', 'the Russian space agency Roscosmos'
    for k in range(len(doc)):
        hit = org_noun_at(k)
        if hit is None or (hit[1] is None and doc[k].text[:1].isupper()):
            continue
        s = hit[0]
        e = ctx.name_run(s, max_tokens=4)
        if e > s and not any(j in taken for j in range(s, e)):
            out.append(Candidate(s, e, "ORG", "rule", P_APPOSITION, canonical=hit[1]))
    return out


def _gazetteer_hits(ctx: _Ctx) -> Iterator[tuple[int, int, GazetteerEntry]]:
    doc = ctx.doc
    i = 0
    while i < len(doc):
        if not may_start_name(ctx.norm[i], ctx.gaz.first_words) or not ctx.is_cap(doc[i]):
            i += 1
            continue
        found = None
        for n in range(min(ctx.gaz.max_words, 8, len(doc) - i), 0, -1):
            if any(j in ctx.blocked or doc[j].is_space for j in range(i, i + n)):
                continue
            if ctx.sent_of[i + n - 1] != ctx.sent_of[i]:
                continue
            if doc[i + n - 1].is_punct:
                continue
            entry = ctx.gaz.get(ctx.key(i, i + n))
            if entry is not None and case_compatible(doc[i : i + n].text, entry.surface):
                found = (i, i + n, entry)
                break
        if found is None:
            i += 1
            continue
        yield found
        i = found[1]


def _place_candidates(
    ctx: _Ctx, ner_locs: set[tuple[int, int]]
) -> tuple[list[Candidate], list[Candidate]]:
    """Gazetteer places and facilities built on them."""
    doc = ctx.doc
    cues = ctx.cues
    places: list[Candidate] = []
    facilities: list[Candidate] = []
    for s, e, entry in _gazetteer_hits(ctx):
        geo = entry.geo
        text = doc[s:e].text
        key = normalise(text)
        prev = doc[s - 1] if s > 0 else None
        nxt = doc[e] if e < len(doc) else None
        after_prep = prev is not None and prev.lower_ in cues.locative_prepositions
        if e - s == 1 and (s, e) not in ner_locs:
            if key in cues.closed_class:
                continue
            # 'Nice weather', 'Reading is fun': a common word is a place after 'in'/'to' only.
            if (key in cues.never_alone or text in ctx.given and geo.kind == "city") and not (
                after_prep and s not in ctx.sent_start
            ):
                continue
        # Facility phrases: 'cosmodromo di Bajkonur', 'Baikonur cosmodrome'.
        fac = _facility_around(ctx, s, e)
        if fac is not None and geo.kind in ("city", "region"):
            fs, fe = fac
            fgeo = GeoInfo(
                name=geo.name,
                kind="facility",
                geonames_id=geo.geonames_id,
                country_code=geo.country_code,
                latitude=geo.latitude,
                longitude=geo.longitude,
            )
            facilities.append(
                Candidate(fs, fe, "LOC", "facility", P_FACILITY, geo=fgeo, canonical=geo.name)
            )
            continue
        if geo.kind == "city":
            licensed = (s, e) in ner_locs
            in_bigger_name = (
                prev is not None and ctx.is_cap(prev) and s not in ctx.sent_start
            ) or (nxt is not None and ctx.is_cap(nxt))
            sentence_initial = s in ctx.sent_start
            big = entry.population >= (PROMINENT_CITY if entry.primary else PROMINENT_EXONYM_CITY)
            if not licensed:
                if in_bigger_name:
                    continue
                if not after_prep and (sentence_initial or not big):
                    continue
        elif geo.kind == "facility" and e - s == 1 and not text.isupper():
            if (s, e) not in ner_locs and not (
                prev is not None and prev.lower_ in cues.locative_prepositions | {"the", "la"}
            ):
                continue
        places.append(Candidate(s, e, "LOC", "gazetteer", P_GAZETTEER, geo=geo, canonical=geo.name))
    return places, facilities


def _facility_around(ctx: _Ctx, s: int, e: int) -> tuple[int, int] | None:
    doc = ctx.doc
    cues = ctx.cues
    for phrase in cues.facility_before:
        n = len(phrase.split())
        if s - n >= 0 and ctx.key(s - n, s) == phrase:
            return s - n, e
    for phrase in cues.facility_after:
        n = len(phrase.split())
        if e + n <= len(doc) and ctx.key(e, e + n) == phrase:
            return s, e + n
    return None


def _celestial_candidates(ctx: _Ctx) -> list[Candidate]:
    doc = ctx.doc
    cues = ctx.cues
    out: list[Candidate] = []
    for t in doc:
        canonical = cues.celestial.get(t.text)
        if canonical is None or t.i == 0 or t.i in ctx.blocked:
            continue
        prev = doc[t.i - 1]
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if prev.lower_ not in cues.celestial_cues or t.i in ctx.sent_start:
            continue
        if nxt is not None and (ctx.is_cap(nxt) or nxt.lower_ in cues.particles):
            continue  # 'Terra del Fuoco', 'Earth Day'
        geo = GeoInfo(name=canonical, kind="celestial")
        out.append(
            Candidate(t.i, t.i + 1, "LOC", "celestial", P_CELESTIAL, geo=geo, canonical=canonical)
        )
    return out


# --------------------------------------------------------------------------------------------
# Second pass: rules that lean on people already found
# --------------------------------------------------------------------------------------------


def _weak_person_candidates(ctx: _Ctx, accepted: list[Candidate]) -> list[Candidate]:
    doc = ctx.doc
    cues = ctx.cues
    taken = {i for c in accepted for i in range(c.start, c.end)}
    people = [c for c in accepted if c.label == "PER"]
    out: list[Candidate] = []

    def free(s: int, e: int) -> bool:
        return not any(i in taken for i in range(s, e))

    def ok(s: int, e: int) -> bool:
        return (
            e - s >= 2
            and free(s, e)
            and not ctx.is_known_non_person(s, e)
            and not any(i in ctx.quoted for i in range(s, e))
            and not (cues.modifier_before_role_is_not_person and ctx.role_at(e) is not None)
        )

    # Common given name + surname ('Pier Luigi Bersani': the name starts before 'Luigi').
    for t in doc:
        if t.text in ctx.given and t.i not in taken and ctx.is_cap(t):
            s = t.i
            # Only another given name extends it backwards: 'a Milano Daniele Oppi' must not.
            while (
                s > 0
                and t.i - s < 2
                and s - 1 not in taken
                and doc[s - 1].text in ctx.given
                and ctx.sent_of[s - 1] == ctx.sent_of[s]
            ):
                s -= 1
            e = ctx.name_run(s, max_tokens=4)
            if e > t.i and ok(s, e):
                out.append(Candidate(s, e, "PER", "rule", P_WEAK))
    # Owners: "Elon Musk's company", 'la moglie di Mario Rossi' (full names only).
    for t in doc:
        if t.text in cues.possessive_suffixes and t.i + 1 < len(doc):
            if ctx.norm[t.i + 1] not in cues.possessed_nouns:
                continue
            for s in range(max(0, t.i - MAX_NAME_TOKENS), t.i):
                if ctx.name_run(s) == t.i and ok(s, t.i):
                    out.append(Candidate(s, t.i, "PER", "rule", P_WEAK))
                    break
        elif (
            ctx.norm[t.i] in cues.possessed_nouns
            and t.i + 2 < len(doc)
            and doc[t.i + 1].lower_ in cues.possessive_prepositions
        ):
            e = ctx.name_run(t.i + 2, max_tokens=4)
            if ok(t.i + 2, e):
                out.append(Candidate(t.i + 2, e, "PER", "rule", P_WEAK))
    for p in people:
        # Character (Actor): 'Zhenya Belyaeva (Yulia Peresild)'.
        if p.end + 1 < len(doc) and doc[p.end].text == "(":
            e = ctx.name_run(p.end + 1)
            if e < len(doc) and doc[e].text == ")" and ok(p.end + 1, e):
                out.append(Candidate(p.end + 1, e, "PER", "rule", P_WEAK))
        # Coordination: 'Oleg Novitsky and Pet Dubrov'.
        if p.end < len(doc) and doc[p.end].lower_ in cues.conjunctions:
            e = ctx.name_run(p.end + 1)
            if ok(p.end + 1, e):
                out.append(Candidate(p.end + 1, e, "PER", "rule", P_WEAK))
        if p.start >= 2 and doc[p.start - 1].lower_ in cues.conjunctions:
            for s in range(max(0, p.start - 1 - MAX_NAME_TOKENS), p.start - 1):
                if ctx.name_run(s) == p.start - 1 and ok(s, p.start - 1):
                    out.append(Candidate(s, p.start - 1, "PER", "rule", P_WEAK))
                    break
    return out


# --------------------------------------------------------------------------------------------
# Resolution and attributes
# --------------------------------------------------------------------------------------------


def _pool_same_span(cands: Iterable[Candidate]) -> list[Candidate]:
    groups: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        groups.setdefault((c.start, c.end), []).append(c)
    pooled: list[Candidate] = []
    for group in groups.values():
        group.sort(key=lambda c: -c.priority)
        best = group[0]
        merged = Candidate(
            best.start, best.end, best.label, best.source, best.priority,
            roles=list(best.roles), geo=best.geo, canonical=best.canonical,
            fictional=best.fictional,
        )  # fmt: skip
        for other in group[1:]:
            if other.geo is not None and other.geo.kind != "city" and merged.label == "ORG":
                # NER's ORG for a country/region/facility the gazetteer knows: a place.
                merged.label = "LOC"
            if other.label != merged.label:
                continue
            for r in other.roles:
                if r not in merged.roles:
                    merged.roles.append(r)
            merged.geo = merged.geo or other.geo
            merged.canonical = merged.canonical or other.canonical
        pooled.append(merged)
    return pooled


def _resolve(cands: Iterable[Candidate], taken: set[int] | None = None) -> list[Candidate]:
    occupied = set(taken or ())
    accepted: list[Candidate] = []
    for c in sorted(_pool_same_span(cands), key=lambda c: (-c.priority, -c.length, c.start)):
        if any(i in occupied for i in range(c.start, c.end)):
            continue
        occupied.update(range(c.start, c.end))
        accepted.append(c)
    return accepted


def _attach_roles_by_apposition(ctx: _Ctx, people: list[Candidate]) -> None:
    """'Michael López-Alegria, a veteran astronaut' / 'Julia Peresil'd, l'attrice'."""
    doc = ctx.doc
    for p in people:
        k = p.end
        if k >= len(doc) or doc[k].text != ",":
            continue
        k += 1
        for _ in range(4):
            if k >= len(doc) or doc[k].is_punct and doc[k].text not in ("’", "'"):
                break
            hit = ctx.role_at(k)
            if hit is not None and doc[k].is_lower:
                if hit[1] not in p.roles:
                    p.roles.append(hit[1])
                break
            if ctx.is_cap(doc[k]):
                break
            k += 1


def _attach_ages(
    ctx: _Ctx, people: list[Candidate], ages: list[tuple[int, int, int]]
) -> dict[int, int]:
    """Candidate start token -> age."""
    doc = ctx.doc
    out: dict[int, int] = {}
    by_start = {p.start: p for p in people}
    for _start, end, years in ages:
        span = _name_after_age(ctx, end)
        if span is not None and span[0] in by_start:
            out[span[0]] = years
    for p in people:
        if p.start in out:
            continue
        tail_start = doc[p.end - 1].idx + len(doc[p.end - 1].text)
        tail = ctx.text[tail_start : tail_start + 40]
        for pattern in ctx.cues.age_after:
            m = pattern.match(tail)
            if m:
                out[p.start] = int(m.group("age"))
                break
        else:
            for s, _e, years in ages:  # a temporal 'age' right after ', ' or '('
                gap = ctx.text[tail_start:s]
                if s >= tail_start and re.fullmatch(r"\s*(?:,|\(|,\s*aged|di)\s*", gap):
                    out[p.start] = years
                    break
    return out


def _mark_fictional(ctx: _Ctx, people: list[Candidate]) -> None:
    doc = ctx.doc
    text = ctx.text
    scopes: list[tuple[int, int]] = []
    for pattern in ctx.cues.fiction_scope_cues:
        for m in pattern.finditer(text):
            end = text.find("\n", m.end())
            scopes.append((m.start(), len(text) if end < 0 else end))
    starts = {p.end: p for p in people}
    for p in people:
        c0 = doc[p.start].idx
        in_credit = p.start >= 1 and doc[p.start - 1].text == "(" and (p.start - 1) in starts
        if any(s <= c0 < e for s, e in scopes) and not in_credit:
            p.fictional = True
            continue
        if _fiction_cue_before(ctx, c0):
            p.fictional = True


# --------------------------------------------------------------------------------------------
# The component
# --------------------------------------------------------------------------------------------


class EntityRecognizer:
    """Writes `doc._.entities` (and `doc.ents`) from NER output plus rules; see module doc."""

    def __init__(self, lang: str, overwrite_ents: bool = True) -> None:
        self.lang = lang
        self.overwrite_ents = overwrite_ents
        self.cues = get_lang_cues(lang)
        self.gaz = get_gazetteer()
        self.orgs = get_org_list()

    def __call__(self, doc: Doc) -> Doc:
        ctx = _Ctx(doc, self.cues, self.gaz, self.orgs)
        _mark_noise(ctx)
        byline = _byline_candidates(ctx)
        ner, _misc = _ner_candidates(ctx)
        ner_locs = {(c.start, c.end) for c in ner if c.label == "LOC"}
        ages = _age_phrases(ctx)
        places, facilities = _place_candidates(ctx, ner_locs)
        first = (
            byline
            + ner
            + _role_candidates(ctx)
            + _cast_candidates(ctx)
            + _fiction_cue_candidates(ctx)
            + _age_candidates(ctx, ages)
            + _age_after_candidates(ctx)
            + _handle_candidates(ctx)
            + _org_candidates(ctx)
            + _celestial_candidates(ctx)
            + places
            + facilities
        )
        accepted = _resolve(first)
        taken = {i for c in accepted for i in range(c.start, c.end)}
        accepted += _resolve(_apposition_org_candidates(ctx, taken), taken)
        for _ in range(2):  # weak rules may chain: given name -> coordination
            taken = {i for c in accepted for i in range(c.start, c.end)}
            extra = _resolve(_weak_person_candidates(ctx, accepted), taken)
            if not extra:
                break
            accepted += extra
        accepted.sort(key=lambda c: c.start)
        people = [c for c in accepted if c.label == "PER"]
        _attach_roles_by_apposition(ctx, people)
        ages_by_start = _attach_ages(ctx, people, ages)
        _mark_fictional(ctx, people)
        doc._.entities = [self._mention(ctx, c, ages_by_start.get(c.start)) for c in accepted]
        if self.overwrite_ents:
            doc.ents = [Span(doc, c.start, c.end, label=c.label) for c in accepted]
        return doc

    @staticmethod
    def _mention(ctx: _Ctx, c: Candidate, age: int | None) -> EntityMention:
        span = ctx.doc[c.start : c.end]
        return EntityMention(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            label=c.label,
            sentence=ctx.sent_of[c.start],
            source=c.source,
            roles=list(c.roles),
            age=age if c.label == "PER" else None,
            fictional=c.fictional,
            geo=c.geo,
            canonical=c.canonical,
        )


@Language.factory("extractor_entities", default_config={"overwrite_ents": True})
def make_entity_recognizer(nlp: Language, name: str, overwrite_ents: bool) -> EntityRecognizer:
    return EntityRecognizer(str(nlp.lang), overwrite_ents=overwrite_ents)
