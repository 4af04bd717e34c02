"""The `extractor_events` stage: attach every fact to its event and participants.

With a dependency parse (a user's `--model` with a parser), the event is the nearest ancestor
of the fact that the lexicon knows ("il vettore è stato lanciato il 5 ottobre" -> lanciato), and
the participants are the people and organisations in that event word's subtree. Without one —
the shipped pipelines have no parser — the event is the lexicon word nearest to the fact in its
sentence, and the participants are the people and organisations named in the sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..entities.types import EntityMention
from ..extensions import doc_text
from ..sentences import sentence_bounds
from .lexicon import find_slot, word_slot
from .modality import bound_of, modality_of

__all__ = ["EventAttacher", "FactEvent"]

_PARTICIPANT_LABELS = frozenset({"PER", "ORG"})


@dataclass(frozen=True, slots=True)
class FactEvent:
    event: str | None
    participants: list[str] = field(default_factory=list)  # cluster ids, in text order
    modality: str = "actual"  # 'planned' when the text gives the value as planned or expected
    bound: str | None = None  # 'lower' / 'upper' ("more than 9 hours")


class EventAttacher:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        spans = [(t.start, t.end) for t in (doc._.timexes or [])]
        spans += [(q.start, q.end) for q in (doc._.quantities or [])]
        mentions: list[EntityMention] = doc._.entities or []
        owner = {i: c.id for c in (doc._.clusters or []) for i in c.members}
        actors = [
            (m.start, m.end, owner[i])
            for i, m in enumerate(mentions)
            if m.label in _PARTICIPANT_LABELS and i in owner
        ]
        text = doc_text(doc)
        bounds = sentence_bounds(doc) or [(0, len(text))]
        starts = [b[0] for b in bounds]
        parsed = doc.has_annotation("DEP")
        result: dict[tuple[int, int], FactEvent] = {}
        for start, end in spans:
            s_start, s_end = bounds[max(bisect_right(starts, start) - 1, 0)]
            event_token = self._parsed_event(doc, start, end) if parsed else None
            if event_token is not None:
                slot = word_slot(event_token.text, self.lang)
                right = event_token.right_edge
                lo, hi = event_token.left_edge.idx, right.idx + len(right.text)
            else:
                sentence = text[s_start:s_end]
                slot = find_slot(sentence, start - s_start, end - s_start, self.lang)
                lo, hi = s_start, s_end
            who = [cid for m_start, m_end, cid in actors if lo <= m_start and m_end <= hi]
            sentence = text[s_start:s_end]
            result[(start, end)] = FactEvent(
                slot,
                list(dict.fromkeys(who)),
                modality_of(sentence, start - s_start, self.lang),
                bound_of(sentence, start - s_start, self.lang),
            )
        doc._.fact_events = result
        return doc

    def _parsed_event(self, doc: Doc, start: int, end: int) -> Token | None:
        """The nearest ancestor of the fact's root that names an event."""
        span: Span | None = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        for ancestor in span.root.ancestors:
            if word_slot(ancestor.text, self.lang) is not None:
                return ancestor
        return None


@Language.factory("extractor_events")
def make_events(nlp: Language, name: str) -> EventAttacher:
    return EventAttacher(str(nlp.lang))
