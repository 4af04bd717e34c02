"""Convert the IOB2 NER files under /work/shared/data/ner into spaCy DocBin corpora.

    python training/convert.py --data it [--data-dir /work/shared/data/ner] [--out training/corpus]

writes `training/corpus/<data>-train.spacy` and `<data>-dev.spacy` (git-ignored).

Only TRAIN/DEV files are read: test splits and wikigold are for reporting only.

MISC is a class of its own in both languages (works, events, nationalities, products, laws), so
those spans stop leaking into PER/ORG; `extractor_label_map` drops MISC at inference time, so
extractor only ever sees PER/LOC/ORG. KIND and I-CAB have no MISC: see the modes below FILES.

`FILES` also holds named variants (e.g. "it-base", the data of the models before issue 11) so
ablations can be converted and trained by name (`train.py --data it-base`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from extractor.evaluate.ner import iob_spans, read_iob  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/ner")
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
SENTS_PER_DOC = 10

# How a file's labels are read:
# - "misc": PER/LOC/ORG/MISC as annotated (WikiNEuRal, CoNLL-2003 and its Italian translation);
# - "no-misc": the file annotates PER/LOC/ORG only (KIND, I-CAB): its O tokens include what other
#   files call MISC. Teaching O there would contradict the MISC files, so O tokens that are
#   usually inside MISC spans in those files (nationalities, events, works: see `misc_words`)
#   become *missing* labels: the model is neither rewarded nor penalised there;
# - "drop-misc": MISC read as O (the scheme of the models before MISC was a class).
# A "*N" suffix on the name repeats the file N times (weighting gold over silver).
# Never list a *-test.* file or wikigold here.
FILES: dict[str, dict[str, list[str]]] = {
    "it": {
        "train": [
            "kind-wikinews-train.tsv:no-misc*2",
            "kind-degasperi-train.tsv:no-misc",
            "kind-fiction-train.tsv:no-misc",
            "evalita2009-icab-train.tsv:no-misc",
            "wikineural-it-val.conllu:misc",
            "conll2003-en2it-deepl-train.tsv:misc",
            "conll2003-en2it-deepl-dev.tsv:misc",
        ],
        "dev": ["kind-wikinews-dev.tsv:no-misc"],
    },
    # The Italian data of the models before issue 11 (for the ablation table).
    "it-base": {
        "train": [
            "kind-wikinews-train.tsv:drop-misc",
            "kind-degasperi-train.tsv:drop-misc",
            "kind-fiction-train.tsv:drop-misc",
            "wikineural-it-val.conllu:drop-misc",
        ],
        "dev": ["kind-wikinews-dev.tsv:no-misc"],
    },
    "en": {
        "train": ["conll2003-train.conllu:misc", "wikineural-en-val.conllu:misc"],
        "dev": ["conll2003-dev.conllu:misc"],
    },
}
ALL_LABELS = ("PER", "LOC", "ORG", "MISC")


def parse_entry(entry: str) -> tuple[str, str, int]:
    """'file:mode*N' -> (file, mode, N)."""
    name, _, rest = entry.partition(":")
    mode, _, times = (rest or "misc").partition("*")
    return name, mode, int(times or 1)


def source_file(entry: str) -> str:
    return parse_entry(entry)[0]


def misc_words(paths: list[Path], min_count: int = 3, min_share: float = 0.5) -> set[str]:
    """Words that are inside a MISC span in most of their occurrences in `paths`."""
    in_misc: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for path in paths:
        for words, tags in read_iob(path):
            for w, t in zip(words, tags, strict=True):
                total[w] += 1
                if t.endswith("-MISC"):
                    in_misc[w] += 1
    return {w for w, c in in_misc.items() if c >= min_count and c / total[w] >= min_share}


def _docs(
    vocab: spacy.Vocab, path: Path, mode: str, missing_words: set[str] | None = None
) -> list[Doc]:
    """Docs of SENTS_PER_DOC consecutive sentences, with sentence starts and entities set."""
    labels = ALL_LABELS if mode == "misc" else ALL_LABELS[:3]
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
        ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
        if mode == "no-misc" and missing_words:
            inside = {t for s, e, _ in spans for t in range(s, e)}
            missing = [
                doc[t : t + 1]
                for t in range(len(doc))
                if t not in inside and words[t] in missing_words
            ]
            doc.set_ents(ents, missing=missing, default="outside")
        else:
            doc.ents = ents
        docs.append(doc)
    return docs


def convert(data: str, data_dir: Path = DEFAULT_DATA, out_dir: Path = DEFAULT_OUT) -> None:
    """Write <out_dir>/<data>-train.spacy and -dev.spacy for the FILES entry `data`."""
    if data not in FILES:
        raise SystemExit(f"no training data configured as {data!r}")
    lang = data.split("-")[0]
    nlp = spacy.blank(lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = [parse_entry(e) for names in FILES[data].values() for e in names]
    assert not any("-test." in n or "wikigold" in n for n, _, _ in entries), entries
    misc_files = [data_dir / lang / n for n, mode, _ in entries if mode == "misc"]
    missing = misc_words(misc_files) if misc_files else set()
    print(f"{lang}: {len(missing)} MISC-typical words become missing labels in no-misc files")
    for split, names in FILES[data].items():
        db = DocBin(store_user_data=False)
        for entry in names:
            name, mode, times = parse_entry(entry)
            path = data_dir / lang / name
            docs = _docs(nlp.vocab, path, mode, missing if split == "train" else None)
            for _ in range(times):
                for doc in docs:
                    db.add(doc)
            n_tok = sum(len(d) for d in docs)
            n_ent = sum(len(d.ents) for d in docs)
            n_miss = sum(1 for d in docs for t in d if t.ent_iob == 0)
            print(
                f"{lang} {split}: {name} ({mode}, x{times}): {len(docs)} docs, {n_tok} tokens, "
                f"{n_ent} entities, {n_miss} missing"
            )
        target = out_dir / f"{data}-{split}.spacy"
        db.to_disk(target)
        print(f"wrote {target}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", required=True, choices=sorted(FILES), help="language or variant")
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    convert(args.data, args.data_dir, args.out)


if __name__ == "__main__":
    main()
