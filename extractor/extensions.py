"""Doc extension attributes through which the pipeline stages talk to each other.

Registered once, on import. Stages read what earlier stages wrote:

- `doc._.published`  (datetime.date | None)  set by the caller before the pipeline runs
- `doc._.published_partial` (str | None) a publication date known in part ('2021-09',
  'XXXX-03-15'): its year, when known, dates yearless expressions the text dates nothing before
- `doc._.header_end` (int) char offset where a byline/date header ends; facts before it are
  metadata, not facts of the story (0 when there is no header)
- `doc._.byline`     (list[tuple[int, int, str]]) author names found in the header: start, end, name
- `doc._.metadata`   (list[tuple[int, int]]) date lines, bylines and the dateline above the story:
  char spans whose facts are metadata (set by the caller from ingestion)
- `doc._.dateline`   (extractor.ingest.dateline.Dateline | None) the wire dateline opening the story
- `doc._.timexes`    (list[extractor.temporal.types.Timex]) written by `extractor_temporal`
- `doc._.quantities` (list[extractor.quantities.Quantity]) written by `extractor_quantities`
- `doc._.entities`   (list[extractor.entities.types.EntityMention]) written by `extractor_entities`
- `doc._.clusters`   (list[extractor.reconcile.types.Cluster]) written by `extractor_reconcile`
- `doc._.fact_events` (dict[(start, end), extractor.events.component.FactEvent]) written by
  `extractor_events`: the event and participants of each date, duration and quantity
"""

from __future__ import annotations

from spacy.tokens import Doc

_DEFAULTS: dict[str, object] = {
    "published": None,
    "header_end": 0,
    "dateline": None,
    "published_partial": None,
}
_LISTS = ("byline", "metadata", "timexes", "quantities", "entities", "clusters", "fact_events")


def register() -> None:
    for name, default in _DEFAULTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in _LISTS:
        if not Doc.has_extension(name):
            # A getter-free default of [] would be shared between docs; None means "not run".
            Doc.set_extension(name, default=None)


register()


_TEXT_KEY = "extractor.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc.

    spaCy rebuilds `Doc.text` by joining every token on each access (about a millisecond for a
    news article); the stages read it several times per document. A Doc's text cannot change
    (retokenising keeps it), so the first value stays right.
    """
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return str(cached)
