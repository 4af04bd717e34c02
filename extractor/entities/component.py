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

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions  # noqa: F401  (registers Doc extensions)
from .context import Candidate, Context
from .gazetteer import get_gazetteer
from .lexicon import get_lang_cues, get_org_list
from .noise import mark_noise
from .organizations import (
    acronym_candidates,
    apposition_org_candidates,
    description_candidates,
    listed_company_candidates,
    org_list_candidates,
)
from .people import (
    age_after_candidates,
    age_candidates,
    age_phrases,
    attach_ages,
    attach_roles_by_apposition,
    byline_candidates,
    cast_candidates,
    fiction_cue_candidates,
    handle_candidates,
    kinship_candidates,
    mark_fictional,
    relabel_coordinated_people,
    role_candidates,
    weak_person_candidates,
)
from .places import celestial_candidates, dateline_candidates, place_candidates
from .resolve import resolve
from .sports import scorer_candidates, team_candidates
from .statistical import NER_LABELS, ner_candidates
from .types import EntityMention

__all__ = ["EntityRecognizer", "make_entity_recognizer", "NER_LABELS"]


class EntityRecognizer:
    """Writes `doc._.entities` (and `doc.ents`) from NER output plus rules; see module doc."""

    def __init__(self, lang: str, overwrite_ents: bool = True) -> None:
        self.lang = lang
        self.overwrite_ents = overwrite_ents
        self.cues = get_lang_cues(lang)
        self.gaz = get_gazetteer()
        self.orgs = get_org_list()

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context(doc, self.cues, self.gaz, self.orgs)
        mark_noise(ctx)
        byline = byline_candidates(ctx)
        ner = ner_candidates(ctx)
        ages = age_phrases(ctx)
        places, facilities = place_candidates(ctx, ner)
        first = (
            byline
            + dateline_candidates(ctx)
            + ner
            + role_candidates(ctx)
            + cast_candidates(ctx)
            + fiction_cue_candidates(ctx)
            + kinship_candidates(ctx)
            + age_candidates(ctx, ages)
            + age_after_candidates(ctx)
            + handle_candidates(ctx)
            + org_list_candidates(ctx)
            + team_candidates(ctx)
            + listed_company_candidates(ctx)
            + scorer_candidates(ctx)
            + celestial_candidates(ctx)
            + places
            + facilities
        )
        accepted = resolve(first)
        relabel_coordinated_people(ctx, accepted)
        taken = {i for c in accepted for i in range(c.start, c.end)}
        accepted += resolve(apposition_org_candidates(ctx, taken), taken)
        for _ in range(2):  # weak rules may chain: given name -> coordination
            taken = {i for c in accepted for i in range(c.start, c.end)}
            extra = resolve(weak_person_candidates(ctx, accepted), taken)
            if not extra:
                break
            accepted += extra
        taken = {i for c in accepted for i in range(c.start, c.end)}
        accepted += resolve(acronym_candidates(ctx, accepted), taken)
        taken = {i for c in accepted for i in range(c.start, c.end)}
        accepted += resolve(description_candidates(ctx, taken), taken)
        accepted.sort(key=lambda c: c.start)
        people = [c for c in accepted if c.label == "PER"]
        attach_roles_by_apposition(ctx, people)
        ages_by_start = attach_ages(ctx, people, ages)
        mark_fictional(ctx, people)
        doc._.entities = [self._mention(ctx, c, ages_by_start.get(c.start)) for c in accepted]
        if self.overwrite_ents:
            doc.ents = [Span(doc, c.start, c.end, label=c.label) for c in accepted]
        return doc

    @staticmethod
    def _mention(ctx: Context, c: Candidate, age: int | None) -> EntityMention:
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
