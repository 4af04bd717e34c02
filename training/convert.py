"""Convert the IOB2 NER files under /work/shared/data/ner into spaCy DocBin corpora.

    python training/convert.py --lang it [--data-dir /work/shared/data/ner] [--out training/corpus]

writes `training/corpus/<lang>-train.spacy` and `<lang>-dev.spacy` (git-ignored).

Only TRAIN/DEV files are read: test splits and wikigold are for reporting only.

MISC, per language:
- it: MISC -> O. KIND (most of the Italian data, and the dev/test sets we care about) has no MISC:
  things like nationalities or events are O there. WikiNEuRal-it does annotate MISC; keeping it
  would teach a label KIND calls O, and turning it into O is exactly KIND's convention.
- en: MISC kept. Both CoNLL-2003 and WikiNEuRal-en annotate MISC, consistently. Learning it helps
  the model keep "German"/"Olympics" out of LOC/ORG; the loader drops MISC at inference time
  (extractor_label_map), so extractor only ever sees PER/LOC/ORG.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from extractor.evaluate.ner import iob_spans, read_iob  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/ner")
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
SENTS_PER_DOC = 10

# Never list a *-test.* file or wikigold here.
FILES: dict[str, dict[str, list[str]]] = {
    "it": {
        "train": [
            "kind-wikinews-train.tsv",
            "kind-degasperi-train.tsv",
            "kind-fiction-train.tsv",
            "wikineural-it-val.conllu",
        ],
        "dev": ["kind-wikinews-dev.tsv"],
    },
    "en": {
        "train": ["conll2003-train.conllu", "wikineural-en-val.conllu"],
        "dev": ["conll2003-dev.conllu"],
    },
}
LABELS: dict[str, tuple[str, ...]] = {
    "it": ("PER", "LOC", "ORG"),
    "en": ("PER", "LOC", "ORG", "MISC"),
}


def _docs(vocab: spacy.Vocab, path: Path, labels: tuple[str, ...]) -> list[Doc]:
    """Docs of SENTS_PER_DOC consecutive sentences, with sentence starts and entities set."""
    docs: list[Doc] = []
    sents = list(read_iob(path))
    for i in range(0, len(sents), SENTS_PER_DOC):
        chunk = sents[i : i + SENTS_PER_DOC]
        words: list[str] = []
        starts: list[bool] = []
        spans: list[tuple[int, int, str]] = []
        for sent_words, tags in chunk:
            offset = len(words)
            spans.extend((offset + s, offset + e, lab) for s, e, lab in iob_spans(tags, labels))
            words.extend(sent_words)
            starts.extend([True] + [False] * (len(sent_words) - 1))
        doc = Doc(vocab, words=words, sent_starts=starts)
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
        docs.append(doc)
    return docs


def convert(lang: str, data_dir: Path = DEFAULT_DATA, out_dir: Path = DEFAULT_OUT) -> None:
    if lang not in FILES:
        raise SystemExit(f"no training data configured for language {lang!r}")
    nlp = spacy.blank(lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, names in FILES[lang].items():
        assert not any("-test." in n or "wikigold" in n for n in names), names
        db = DocBin(store_user_data=False)
        for name in names:
            path = data_dir / lang / name
            docs = _docs(nlp.vocab, path, LABELS[lang])
            for doc in docs:
                db.add(doc)
            n_tok = sum(len(d) for d in docs)
            n_ent = sum(len(d.ents) for d in docs)
            print(f"{lang} {split}: {name}: {len(docs)} docs, {n_tok} tokens, {n_ent} entities")
        target = out_dir / f"{lang}-{split}.spacy"
        db.to_disk(target)
        print(f"wrote {target}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lang", required=True, choices=sorted(FILES))
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    convert(args.lang, args.data_dir, args.out)


if __name__ == "__main__":
    main()
