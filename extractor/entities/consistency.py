"""`extractor_consistency`: one reading per name across the document (non-local features).

The statistical model and the rules decide mention by mention; a news article uses the same
name many times, and its clearest mention tells what the others are (Ratinov & Roth 2009;
Finkel et al. 2005: "label consistency"). After `extractor_entities` this stage

1. completes a mention cut short of a name written in full elsewhere ('Julia' where the text
   says 'Julia Peresil’d'), and gives a bare surname or given name of a person named in full
   elsewhere the person's label
   ('Verstappen' after 'Max Verstappen' is never a place), and finds the occurrences the model
   missed;
2. gives every other name the label its mentions' evidence favours, weighed by where each
   reading came from (a role noun or a curated list outweighs the model, the model outweighs a
   bare gazetteer hit);
3. reads names written in capitals (headlines, headings, datelines) as the same name written
   normally elsewhere (a name in capitals alone keeps the model's reading: result lines in
   capitals, 'BALTIMORE 5 DETROIT 3', are names more often than not);

unless the mention's own context says otherwise: a known place right after a locative
preposition stays a place ('George Washington ... in Washington'). The mention's `source`
says when this stage changed or added it ('document').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import doc_text
from .gazetteer import normalise
from .lexicon import LangCues, get_lang_cues
from .types import EntityLabel, EntityMention

__all__ = ["ConsistencyComponent", "make_consistency", "make_consistent"]

# How much one mention's reading counts, by where it came from. Bylines, facilities and
# celestial bodies are certain of their label and are never changed.
_WEIGHT = {
    "rule": 3.0,
    "orglist": 3.0,
    "team": 3.0,
    "ner": 2.0,
    # the gazetteer says such a place exists, not that this name is it: the weakest voice
    "gazetteer": 0.5,
    "document": 1.0,
}
_FIXED = frozenset({"byline", "author", "dateline", "facility", "celestial"})
# Evidence a full name gives each bare mention of its surname or given name.
_PART_OF_PERSON = 4.0


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _caps_line(text: str, start: int, end: int) -> bool:
    """The mention sits in a line written in capitals (a headline, a heading, a dateline):
    there the model cannot tell names from words. An acronym in ordinary text ('NASA said')
    is not in one."""
    if not _shouting(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _key(text: str) -> str:
    return normalise(text)


def _name_parts(text: str, particles: frozenset[str]) -> list[str]:
    """The surname and given-name forms of a full name: 'Max Verstappen' -> ['Verstappen',
    'Max']; 'Matteo Messina Denaro' -> ['Messina Denaro', 'Denaro', 'Matteo']; 'Luigi Di Maio'
    -> ['Di Maio', 'Maio', 'Luigi']."""
    words = text.split()
    if len(words) < 2 or _shouting(text):
        return []
    parts = []
    # a surname may be several words ('Messina Denaro', 'Vande Hei', 'Di Maio')
    for i in range(1, len(words)):
        if words[i].lower() in particles and i == len(words) - 1:
            continue
        parts.append(" ".join(words[i:]))
    parts.append(words[0])
    return [p for p in parts if p[:1].isupper() and len(p) > 1]


class _Evidence:
    """Label scores per name key over the document's mentions.

    Each kind of evidence counts once per label: the model guessing 'PER' three times on the
    same string is one voice (its guesses on one string are not independent), and a role noun
    or a curated list outweighs it. Ties go to the label with more mentions, then to none."""

    def __init__(self) -> None:
        self.voices: dict[str, dict[EntityLabel, dict[str, float]]] = defaultdict(
            lambda: defaultdict(dict)
        )
        self.counts: dict[str, dict[EntityLabel, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, key: str, label: EntityLabel, source: str, weight: float) -> None:
        self.voices[key][label][source] = weight
        self.counts[key][label] += 1

    def best(self, key: str) -> EntityLabel | None:
        labels = self.voices.get(key)
        if not labels:
            return None
        ranked = sorted(
            labels, key=lambda lab: (-sum(labels[lab].values()), -self.counts[key][lab])
        )
        if len(ranked) > 1:
            a, b = ranked[0], ranked[1]
            score = (sum(labels[a].values()), self.counts[key][a])
            if score == (sum(labels[b].values()), self.counts[key][b]):
                return None  # a tie: the document does not decide
        return ranked[0]


class _Doc:
    """Token lookups on the document the mentions index by character."""

    def __init__(self, doc: Doc, cues: LangCues) -> None:
        self.doc = doc
        self.cues = cues
        self.tokens: list[Token] = list(doc)
        self.text = doc_text(doc)
        self.by_char = {t.idx: t.i for t in self.tokens}
        self.lower_words = {t.lower_ for t in self.tokens if t.is_lower}

    def token_before(self, char: int) -> Token | None:
        i = self.by_char.get(char)
        if i is None or i == 0:
            return None
        k = i - 1
        while k >= 0 and self.tokens[k].is_space:
            k -= 1
        return self.tokens[k] if k >= 0 else None

    def after_locative(self, m: EntityMention) -> bool:
        """'in Washington', 'a Napoli': a place reading the mention's own context gives."""
        before = self.token_before(m.start)
        return before is not None and before.lower_ in self.cues.strong_locative_prepositions


def _keeps_own_label(m: EntityMention, wanted: EntityLabel, view: _Doc) -> bool:
    if m.source in _FIXED:
        return True
    # a place the gazetteer knows, right after 'in'/'at'/'a': the context decides
    return m.label == "LOC" and m.geo is not None and view.after_locative(m) and wanted != "LOC"


def _person_parts(mentions: Iterable[EntityMention], cues: LangCues) -> dict[str, str]:
    """Key of each surname / given-name form -> the full name it is part of (the first one
    seen: two people sharing a surname keep it ambiguous, and the reconciler decides)."""
    parts: dict[str, str] = {}
    ambiguous: set[str] = set()
    for m in mentions:
        if m.label != "PER":
            continue
        for part in _name_parts(m.text, cues.particles):
            k = _key(part)
            if k in parts and parts[k] != _key(m.text):
                ambiguous.add(k)
            parts.setdefault(k, _key(m.text))
    return {k: v for k, v in parts.items() if k not in ambiguous}


def _relabel(mentions: list[EntityMention], view: _Doc) -> list[EntityMention]:
    cues = view.cues
    parts = _person_parts(mentions, cues)
    evidence = _Evidence()
    text = view.text
    written = {_key(m.text) for m in mentions if not _shouting(m.text)}
    for m in mentions:
        if _caps_line(text, m.start, m.end):
            continue  # capitals carry no evidence: the model reads them poorly
        if _shouting(m.text) and _key(m.text) in written:
            continue  # 'ROME' is read as 'Rome' is, where the text writes it normally
        evidence.add(_key(m.text), m.label, m.source, _WEIGHT.get(m.source, 2.0))
    for k in parts:
        evidence.add(k, "PER", "full name", _PART_OF_PERSON)
    out: list[EntityMention] = []
    for m in mentions:
        k = _key(m.text)
        wanted = evidence.best(k)
        if wanted is None or wanted == m.label or _keeps_own_label(m, wanted, view):
            out.append(m)
            continue
        geo = m.geo if wanted == "LOC" else None
        out.append(replace(m, label=wanted, source="document", geo=geo, roles=list(m.roles)))
    return out


def _covered(mentions: Iterable[EntityMention]) -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for m in mentions)


def _missed(
    mentions: list[EntityMention], view: _Doc, sent_of: dict[int, int]
) -> list[EntityMention]:
    """Occurrences of a full person's surname, or of a multi-word name, that no mention covers."""
    wanted: dict[tuple[str, ...], EntityLabel] = {}
    parts = _person_parts(mentions, view.cues)
    for m in mentions:
        if _caps_line(view.text, m.start, m.end):
            continue
        words = tuple(m.text.split())
        if len(words) >= 2:
            wanted.setdefault(words, m.label)
    for m in mentions:
        if m.label == "PER" and len(m.text.split()) >= 2:
            for part in _name_parts(m.text, view.cues.particles):
                if _key(part) in parts:
                    wanted.setdefault(tuple(part.split()), "PER")
    if not wanted:
        return []
    taken = _covered(mentions)
    tokens = view.tokens
    first_words: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in wanted:
        first_words[words[0]].append(words)
    found: list[EntityMention] = []
    for t in tokens:
        for words in first_words.get(t.text, ()):
            end_tok = _match_words(tokens, t.i, words)
            if end_tok is None:
                continue
            start, end = t.idx, tokens[end_tok - 1].idx + len(tokens[end_tok - 1].text)
            if any(s < end and start < e for s, e in taken):
                continue
            if len(words) == 1 and not _plausible_bare(tokens, t.i, view):
                continue
            found.append(
                EntityMention(
                    start=start,
                    end=end,
                    text=_span_text(tokens, t.i, end_tok),
                    label=wanted[words],
                    sentence=sent_of.get(t.i, 0),
                    source="document",
                )
            )
            taken.append((start, end))
            break
    return found


def _span_text(tokens: list[Token], i: int, j: int) -> str:
    return "".join(t.text_with_ws for t in tokens[i:j]).rstrip() if j > i else ""


def _match_words(tokens: list[Token], i: int, words: tuple[str, ...]) -> int | None:
    """End token of `words` written from token i on (single spaces between them), or None."""
    k = i
    for n, w in enumerate(words):
        if k >= len(tokens) or tokens[k].text != w:
            return None
        if n < len(words) - 1 and tokens[k].whitespace_ != " ":
            return None
        k += 1
    if k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k - 1].whitespace_:
        return None  # 'Verstappen' inside 'Jos Verstappen Senior' is another name run
    return k


def _plausible_bare(tokens: list[Token], i: int, view: _Doc) -> bool:
    """A bare surname is a mention unless it opens a sentence as an ordinary word the text
    also writes in lower case ('Bell rang' vs 'the bell')."""
    t = tokens[i]
    if i > 0 and tokens[i - 1].text[:1].isupper() and not tokens[i - 1].is_sent_start:
        return False  # part of a longer name run: 'Red Bull Racing' is not 'Bull'
    return not (t.is_sent_start and t.lower_ in view.lower_words)


def _completed(mentions: list[EntityMention], text: str) -> list[EntityMention]:
    """A mention cut short of a name the document writes in full elsewhere, where the text goes
    on with that name ('Julia' in 'Julia Peresil’d interpreta', the full name named before):
    the span agrees with the other mentions of the name."""
    full = sorted(
        {m.text: m.label for m in mentions if len(m.text.split()) >= 2}.items(),
        key=lambda kv: -len(kv[0]),
    )
    starts = sorted(m.start for m in mentions)
    out: list[EntityMention] = []
    for m in mentions:
        for name, label in full:
            end = m.start + len(name)
            if (
                len(name) > len(m.text)
                and label == m.label
                and name.startswith(m.text + " ")
                and text.startswith(name, m.start)
                and (end == len(text) or not text[end].isalnum())
                and not any(m.start < st < end for st in starts)
            ):
                m = replace(m, end=end, text=name, roles=list(m.roles))
                break
        out.append(m)
    return out


def _joined(mentions: list[EntityMention], text: str, cues: LangCues) -> list[EntityMention]:
    """Neighbouring mentions that together write a person's name, or the end of one, named in
    full elsewhere are one mention of that person: 'Messina Denaro' cut by the model into a
    city and a person, where the document names 'Matteo Messina Denaro'."""
    names: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "PER" and len(words) >= 2:
            names.update(" ".join(words[i:]) for i in range(len(words) - 1))
    longest_first = sorted(names, key=len, reverse=True)
    out: list[EntityMention] = []
    skip_to = -1
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < skip_to:
            continue  # the rest of a name joined to the mention before
        if m.label != "PER":
            for name in longest_first:
                end = m.start + len(name)
                if (
                    name.startswith(m.text + " ")
                    and text.startswith(name, m.start)
                    and (end == len(text) or not text[end].isalnum())
                ):
                    m = replace(
                        m, end=end, text=name, label="PER", geo=None, source="document",
                        roles=list(m.roles),
                    )  # fmt: skip
                    skip_to = end
                    break
        out.append(m)
    return out


def make_consistent(doc: Doc, mentions: list[EntityMention], cues: LangCues) -> list[EntityMention]:
    """The document's mentions with one reading per name (see the module doc)."""
    view = _Doc(doc, cues)
    sent_of = _sentence_map(doc)
    mentions = _joined(_completed(mentions, view.text), view.text, cues)
    relabelled = _relabel(mentions, view)
    found = _missed(relabelled, view, sent_of)
    return sorted(relabelled + found, key=lambda m: (m.start, m.end))


def _sentence_map(doc: Doc) -> dict[int, int]:
    """Token -> sentence index, as the entity stage numbers them (read from the array: walking
    `doc.sents` costs a pass per sentence on a parser-less Doc)."""
    out: dict[int, int] = {}
    if not doc.has_annotation("SENT_START"):
        return out
    si = -1
    for i, flag in enumerate(doc.to_array(SENT_START)):
        if flag == 1 or i == 0:
            si += 1
        out[i] = si
    return out


class ConsistencyComponent:
    """Rewrites doc._.entities with one reading per name."""

    def __init__(self, lang: str) -> None:
        self.cues = get_lang_cues(lang)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.entities:
            doc._.entities = make_consistent(doc, list(doc._.entities), self.cues)
        return doc


@Language.factory("extractor_consistency")
def make_consistency(nlp: Language, name: str) -> ConsistencyComponent:
    return ConsistencyComponent(str(nlp.lang))
