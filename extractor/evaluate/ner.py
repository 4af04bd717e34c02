"""Entity-level evaluation of the NER on the held-out test sets.

Scoring is exact span + type (CoNLL style): a predicted entity counts only when its token span
and its label both match a gold entity. Only PER/LOC/ORG are scored: MISC is not an extractor
label, so gold MISC spans are removed and predicted non-PER/LOC/ORG spans are ignored.

The NER runs over the *gold* tokenisation (a `Doc` built from the file's words, then every
pipeline component), so tokenizer disagreements do not count as NER errors.

The same IOB reader is used by `training/convert.py`, so training and evaluation read the files
identically.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

__all__ = [
    "LABELS",
    "TEST_SETS",
    "Counts",
    "read_iob",
    "iob_spans",
    "score_file",
    "evaluate",
    "render",
]

LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")

# (language, file under <data_dir>/<lang>/, short name) — reporting only, never trained on.
TEST_SETS: tuple[tuple[str, str, str], ...] = (
    ("it", "kind-wikinews-test.tsv", "KIND Wikinews test"),
    ("it", "wikineural-it-test.conllu", "WikiNEuRal-it test"),
    ("en", "conll2003-test.conllu", "CoNLL-2003 test"),
    ("en", "wikineural-en-test.conllu", "WikiNEuRal-en test"),
    ("en", "wikigold-en.conllu", "wikigold"),
)


def read_iob(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, IOB tags) per sentence.

    `.tsv` lines are `token<TAB>tag`, `.conllu` lines `idx<TAB>token<TAB>tag`: in both the token is
    the second-to-last column and the tag the last. Blank lines end sentences; `-DOCSTART-` lines
    are document separators, not text.
    """
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                continue
            word, tag = cols[-2], cols[-1].strip() or "O"
            if word == "-DOCSTART-":
                continue
            words.append(word)
            tags.append(tag)
    if words:
        yield words, tags


def iob_spans(tags: Sequence[str], keep: Iterable[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from IOB tags; `keep` filters labels.

    An `I-X` that does not continue an `X` entity opens a new one (the usual lenient CoNLL reading),
    so IOB1-style or slightly broken files still give sensible spans.
    """
    keep_set = set(keep) if keep is not None else None
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        continues = prefix == "I" and start is not None and typ == label
        if start is not None and not continues:
            spans.append((start, i, label))
            start = None
        if prefix in ("B", "I") and not continues:
            start, label = i, typ
    if keep_set is not None:
        spans = [s for s in spans if s[2] in keep_set]
    return spans


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _predict(nlp: Language, sentences: list[list[str]], batch_size: int = 256) -> Iterator[Doc]:
    docs: Iterable[Doc] = (Doc(nlp.vocab, words=words) for words in sentences)
    # `load_pipeline` gives tokenizer + NER (+ label map); components that cannot change entities
    # are skipped to save time. extractor's own stages are never in it (get_nlp adds them).
    skip = {"sentencizer", "senter", "parser", "lemmatizer", "morphologizer", "tagger"}
    for name, proc in nlp.pipeline:
        if name in skip:
            continue
        if hasattr(proc, "pipe"):
            docs = proc.pipe(docs, batch_size=batch_size)
        else:
            docs = map(proc, docs)
    yield from docs


def score_file(nlp: Language, path: Path) -> tuple[dict[str, Counts], int, float]:
    """Per-label counts, the number of words and the seconds the NER took."""
    sents = list(read_iob(path))
    counts = {label: Counts() for label in LABELS}
    n_words = sum(len(w) for w, _ in sents)
    t0 = time.perf_counter()
    predicted = list(_predict(nlp, [w for w, _ in sents]))
    seconds = time.perf_counter() - t0
    for (_, tags), doc in zip(sents, predicted, strict=True):
        gold = set(iob_spans(tags, LABELS))
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            counts[label].tp += len(g & p)
            counts[label].fp += len(p - g)
            counts[label].fn += len(g - p)
    return counts, n_words, seconds


def score_file_full(
    lang: str, path: Path, model: str | None = None, sents_per_text: int = 10
) -> tuple[dict[str, Counts], int, float]:
    """`score_file` for the whole extractor (model, rules, gazetteers), as a user gets it.

    The gold sentences are joined into texts of `sents_per_text` sentences (tokens by spaces,
    sentences by newlines) and run through `extract`; a mention counts when its characters cover
    exactly the gold tokens of an entity of the same type.
    """
    from ..api import extract

    sents = list(read_iob(path))
    counts = {label: Counts() for label in LABELS}
    n_words = sum(len(w) for w, _ in sents)
    seconds = 0.0
    for i in range(0, len(sents), sents_per_text):
        chunk = sents[i : i + sents_per_text]
        parts: list[str] = []
        starts: dict[int, int] = {}  # char offset -> token index
        ends: dict[int, int] = {}
        gold: set[tuple[int, int, str]] = set()
        pos = tok = 0
        for words, tags in chunk:
            base = tok
            for w in words:
                starts[pos] = tok
                pos += len(w)
                ends[pos] = tok + 1
                parts.append(w)
                parts.append(" ")
                pos += 1
                tok += 1
            parts[-1] = "\n"
            gold |= {(base + a, base + b, lab) for a, b, lab in iob_spans(tags, LABELS)}
        text = "".join(parts)
        t0 = time.perf_counter()
        record = extract(text, lang=lang, model=model, source={"id": f"{path.stem}-{i}"})
        seconds += time.perf_counter() - t0
        pred: set[tuple[int, int, str]] = set()
        for label, group in (("PER", record.people), ("LOC", record.places),
                             ("ORG", record.organizations)):  # fmt: skip
            for entity in group:
                for m in entity.mentions:
                    if m.start in starts and m.end in ends:
                        pred.add((starts[m.start], ends[m.end], label))
                    else:  # not on gold token boundaries: wrong whatever it is
                        pred.add((-m.start - 1, -m.end - 1, label))
        for label in LABELS:
            g = {x for x in gold if x[2] == label}
            p = {x for x in pred if x[2] == label}
            counts[label].tp += len(g & p)
            counts[label].fp += len(p - g)
            counts[label].fn += len(g - p)
    return counts, n_words, seconds


def evaluate(
    data_dir: Path,
    langs: Sequence[str] = ("it", "en"),
    model: str | None = None,
    full: bool = False,
) -> list[dict[str, object]]:
    """Score the NER of each language on its test files under `data_dir` (e.g. .../data/ner).

    One row per (test set, label) plus an "ALL" micro-average row per test set. Missing files are
    skipped. `model` is passed to `extractor.ner.load_pipeline` (None = shipped pipeline).
    `full` scores the whole extractor (rules and gazetteers on top of the model) instead.
    """
    from ..ner import load_pipeline

    rows: list[dict[str, object]] = []
    for lang in langs:
        sets = [(f, name) for lg, f, name in TEST_SETS if lg == lang]
        present = [
            (data_dir / lang / f, name) for f, name in sets if (data_dir / lang / f).exists()
        ]
        if not present:
            continue
        nlp = load_pipeline(lang, model)
        for path, name in present:
            counts, n_words, seconds = (
                score_file_full(lang, path, model) if full else score_file(nlp, path)
            )
            total = Counts()
            for label in LABELS:
                c = counts[label]
                total.tp += c.tp
                total.fp += c.fp
                total.fn += c.fn
            for label, c in [*counts.items(), ("ALL", total)]:
                p, r, f = c.prf()
                rows.append(
                    {
                        "lang": lang,
                        "dataset": name,
                        "file": path.name,
                        "label": label,
                        "precision": p,
                        "recall": r,
                        "f1": f,
                        "support": c.tp + c.fn,
                        "words": n_words,
                        "words_per_sec": n_words / seconds if seconds else 0.0,
                    }
                )
    return rows


def render(rows: Sequence[dict[str, object]]) -> str:
    """A plain-text table of `evaluate` rows."""
    header = f"{'lang':<4} {'dataset':<20} {'label':<5} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row['lang']!s:<4} {row['dataset']!s:<20} {row['label']!s:<5} "
            f"{float(row['precision']):>6.3f} {float(row['recall']):>6.3f} "  # type: ignore[arg-type]
            f"{float(row['f1']):>6.3f} {row['support']!s:>8}"  # type: ignore[arg-type]
        )
    return "\n".join(lines)
