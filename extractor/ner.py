"""Loading the statistical NER: the shipped pipeline, or any spaCy pipeline the user names.

`load_pipeline(lang)` loads the pipeline shipped in `extractor/models/ner-<lang>/` (trained by
`training/train.py`); `load_pipeline(lang, model)` loads any installed pipeline name or path
(`it_core_news_lg`, `en_core_web_trf`, ...). Either way an `extractor_label_map` component is
added after the entity recogniser, so downstream stages only ever see PER / LOC / ORG whatever
scheme the model was trained on (OntoNotes' PERSON/GPE/FAC..., WikiNER's PER/LOC/ORG/MISC, ...).

Nothing is cached here: `extractor.pipeline.get_nlp` caches the assembled pipeline.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import ner_features  # noqa: F401  (registers the layers the shipped configs name)
from .entities.types import EntityLabel
from .errors import ModelError

__all__ = ["DEFAULT_LABEL_MAP", "LabelMap", "load_pipeline", "shipped_model_path"]

MODELS_DIR = Path(__file__).resolve().parent / "models"

# Model label -> extractor label. Labels not listed (MISC, NORP, DATE, MONEY, ...) are dropped:
# dates and quantities have their own stage, and MISC/NORP are not facts extractor reports.
DEFAULT_LABEL_MAP: dict[str, EntityLabel] = {
    "PER": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
}

# Components after which entities exist; the label map goes after the last one present.
_ENTITY_FACTORIES = ("ner", "beam_ner", "entity_ruler", "span_ruler", "entity_linker")


class LabelMap:
    """Relabels `doc.ents` with `mapping` and drops entities whose label is not in it."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = dict(mapping)

    def __call__(self, doc: Doc) -> Doc:
        kept = []
        taken = {t for ent in doc.ents for t in range(ent.start, ent.end)}
        for ent in doc.ents:
            label = self.mapping.get(ent.label_)
            if label is None:
                continue
            end = _word_end(doc, ent.end, taken)
            if label != ent.label_ or end != ent.end:
                ent = doc[ent.start : end]  # a fresh Span, so label and end can differ
                ent.label_ = label
            kept.append(ent)
        # "outside": dropped entities become O rather than "unknown", as for any non-entity.
        doc.set_ents(kept, default="outside")
        return doc


_APOSTROPHES = ("'", "\u2019")


def _word_end(doc: Doc, end: int, taken: set[int]) -> int:
    """`end`, or one token further when the entity would stop inside a word after an apostrophe.

    The Italian tokenizer splits elisions ("dell’" + "Italia"), so a transliterated name such as
    "Peresil’d" becomes "Peresil’" + "d", and a model may end the name at the apostrophe. A
    name never ends inside a written word there: the attached letters belong to it.
    """
    last = doc[end - 1]
    if (
        end < len(doc)
        and not last.whitespace_
        and last.text.endswith(_APOSTROPHES)
        and len(last.text) > 1
        and doc[end].is_alpha
        and end not in taken
    ):
        return end + 1
    return end


@Language.factory(
    "extractor_label_map",
    default_config={"mapping": DEFAULT_LABEL_MAP},
)
def make_label_map(nlp: Language, name: str, mapping: dict[str, str]) -> LabelMap:
    return LabelMap(mapping)


def shipped_model_path(lang: str) -> Path:
    """Where the pipeline trained for `lang` is shipped (it may be missing)."""
    return MODELS_DIR / f"ner-{lang}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _add_label_map(nlp: Language, source: str) -> None:
    if nlp.has_pipe("extractor_label_map"):
        return
    ent_pipes = [
        name
        for name in nlp.pipe_names
        if name in _ENTITY_FACTORIES or nlp.get_pipe_meta(name).factory in _ENTITY_FACTORIES
    ]
    if not ent_pipes:
        raise ModelError(f"spaCy pipeline {source!r} has no entity recogniser (no 'ner' component)")
    nlp.add_pipe("extractor_label_map", after=ent_pipes[-1])


def load_pipeline(lang: str, model: str | None = None) -> Language:
    """The base spaCy pipeline for `lang`: tokenizer + NER, entities labelled PER/LOC/ORG.

    `model=None` loads the shipped pipeline; if it is missing (not trained yet) this warns and
    returns `spacy.blank(lang)`, so everything else still runs, without statistical entities.
    Otherwise `model` is an installed pipeline name or a path; if it cannot be loaded, has no
    entity recogniser or is for another language, `ModelError` is raised.
    """
    if model is None:
        path = shipped_model_path(lang)
        if not (path / "config.cfg").exists():
            warnings.warn(
                f"no shipped NER model for {lang!r} at {path}; using a blank pipeline "
                "(no statistical entities). Run `make train` to build it.",
                stacklevel=2,
            )
            return spacy.blank(lang)
        source = str(path)
    else:
        source = model
    try:
        nlp = spacy.load(source)
    # spaCy raises OSError for unknown names, ValueError/KeyError/ImportError for broken or
    # incompatible packages, and config errors of its own: all mean "this model cannot be used".
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"cannot load spaCy pipeline {source!r}: {_first_line(exc)}") from exc
    if nlp.lang not in (lang, "xx"):  # "xx" = spaCy's multi-language pipelines
        raise ModelError(f"spaCy pipeline {source!r} is for language {nlp.lang!r}, not {lang!r}")
    if model is None:
        nlp.add_pipe("extractor_whitespace", first=True)
    _add_label_map(nlp, source)
    return nlp


class WhitespaceAsBoundary:
    """Make line breaks look like the sentence ends the shipped NER learnt from.

    The training data (KIND, CoNLL, WikiNEuRal) has no whitespace tokens, while an article's line
    breaks are tokens of their own; in front of a capitalised word the model read them as the
    start of a name ('\nSciopero dei treni' -> Sciopero PER, '\nStrike hits' -> Strike LOC).
    Whitespace lexemes get the features of a full stop (norm, shape, prefix, suffix) for the
    model; their text and `is_space` are unchanged, so other stages still see line breaks.
    """

    def __init__(self) -> None:
        self._done: set[int] = set()

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_space and token.orth not in self._done:
                lex = doc.vocab[token.orth]
                lex.norm_ = lex.shape_ = lex.prefix_ = lex.suffix_ = "."
                self._done.add(token.orth)
            if token.is_space:
                token.norm_ = "."
        return doc


@Language.factory("extractor_whitespace")
def make_whitespace(nlp: Language, name: str) -> WhitespaceAsBoundary:
    return WhitespaceAsBoundary()
