"""Generated benchmark for person-name reconciliation (`extractor evaluate reconcile`).

From real Russian and Ukrainian people written in Cyrillic (`reconcile/data/benchmark_people.tsv`)
it generates mentions: every Russian iuliia scheme's romanisation of each full name plus typo
variants (one insertion, deletion, substitution or adjacent swap, seeded RNG). To test that
different people stay apart it adds hard negatives: for a share of the people, a different
person with the same surname and another given name (Oleg vs Pavel Novitsky) and a person of the
other gender with the same family name (Novitsky vs Novitskaya) -- on top of the real
same-surname pairs in the list (Vladimir/Gherman Titov, Dmitry/Daniil Medvedev) and a curated
list of near-identical names of different people (`benchmark_hard_pairs.tsv`: Prokopyev and
Prokofiev, Durov and Gurov).

All mentions are clustered together as one corpus (no article context, so no surname-only
mentions) and scored pairwise: precision = correct same-person pairs / predicted pairs,
recall = correct / true pairs. Duplicate spellings of one person count once.
"""

from __future__ import annotations

import random
import string
import time
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any

import iuliia

from ..reconcile.cluster import ClusterStats, cluster_person_names
from ..reconcile.names import given_name_groups, same_person
from ..reconcile.translit import RUSSIAN_SCHEMES

__all__ = ["evaluate", "render", "generate", "pairwise", "Mention"]

SEED = 20211005
TYPOS_PER_PERSON = 3
HARD_SHARE = 0.35  # share of people that get a same-surname namesake and an other-gender relative


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    person: int  # gold person id
    typo: bool = False


def _rows(name: str) -> list[list[str]]:
    text = resources.files("extractor.reconcile").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _people() -> list[tuple[str, str, str]]:
    return [(g, s, f) for g, s, f in _rows("benchmark_people.tsv")]


def _curated_pairs() -> list[tuple[str, str]]:
    return [(a, b) for a, b in _rows("benchmark_hard_pairs.tsv")]


_FEMININE_GIVEN = ("а", "я")


def _is_feminine_given(given: str) -> bool:
    return given.endswith(_FEMININE_GIVEN) and given not in ("Никита", "Илья", "Муса", "Данила")


def _other_gender(surname: str) -> str | None:
    """Новицкий -> Новицкая, Путин -> Путина, Терешкова -> Терешков; None for indeclinable
    surnames (Шевченко, Цой)."""
    rules = [
        ("ская", "ский"),
        ("цкая", "цкий"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ная", "ный"),
        ("ский", "ская"),
        ("цкий", "цкая"),
        ("ный", "ная"),
        ("ой", "ая"),
        ("ов", "ова"),
        ("ев", "ева"),
        ("ёв", "ёва"),
        ("ин", "ина"),
    ]
    for src, dst in rules:
        if surname.endswith(src):
            return surname[: -len(src)] + dst
    return None


def _typo(rng: random.Random, text: str) -> str:
    tokens = text.split(" ")
    t = rng.randrange(len(tokens)) if rng.random() < 0.3 else len(tokens) - 1
    word = tokens[t]
    if len(word) < 3:
        return text
    kind = rng.choice(("insert", "delete", "substitute", "swap"))
    i = rng.randrange(1, len(word))  # keep the initial capital
    letters = string.ascii_lowercase
    if kind == "insert":
        word = word[:i] + rng.choice(letters) + word[i:]
    elif kind == "delete":
        word = word[:i] + word[i + 1 :]
    elif kind == "substitute":
        word = word[:i] + rng.choice([c for c in letters if c != word[i]]) + word[i + 1 :]
    elif i < len(word) - 1:
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        word = word[: i - 1] + word[i] + word[i - 1]
    tokens[t] = word
    return " ".join(tokens)


def generate(
    seed: int = SEED, typos_per_person: int = TYPOS_PER_PERSON, hard_share: float = HARD_SHARE
) -> tuple[list[Mention], list[str], list[tuple[str, str, str]]]:
    """Mentions, the Cyrillic name of each gold person, and hard different-person pairs
    (Wikipedia romanisations, kind: 'namesake', 'other-gender' or 'near-identical')."""
    rng = random.Random(seed)
    base = _people()
    people: list[str] = [f"{g} {s}" for g, s, _ in base]
    hard: list[tuple[str, str, str]] = []  # (name, name, kind)
    male = sorted({g for g, _, _ in base if not _is_feminine_given(g)})
    female = sorted({g for g, _, _ in base if _is_feminine_given(g)})
    seen = set(people)
    for g, s, _ in base:
        if rng.random() >= hard_share:
            continue
        pool = female if _is_feminine_given(g) else male
        gg = given_name_groups(iuliia.WIKIPEDIA.translate(g))
        others = [x for x in pool if not given_name_groups(iuliia.WIKIPEDIA.translate(x)) & gg]
        namesake = f"{rng.choice(others)} {s}"
        other = _other_gender(s)
        extra = [namesake]
        if other is not None:
            extra.append(f"{rng.choice(male if _is_feminine_given(g) else female)} {other}")
        for kind, e in zip(("namesake", "other-gender"), extra, strict=False):
            if e not in seen:
                seen.add(e)
                people.append(e)
                hard.append((f"{g} {s}", e, kind))
    for a, b in _curated_pairs():
        for e in (a, b):
            if e not in seen:
                seen.add(e)
                people.append(e)
        hard.append((a, b, "near-identical"))
    schemes = [iuliia.schemas.get(s) for s in RUSSIAN_SCHEMES]
    mentions: list[Mention] = []
    for pid, cyr in enumerate(people):
        spellings = list(dict.fromkeys(s.translate(cyr) for s in schemes))
        mentions.extend(Mention(sp, pid) for sp in spellings)
        typos: set[str] = set()
        for _ in range(typos_per_person):
            t = _typo(rng, rng.choice(spellings))
            if t not in spellings and t not in typos:
                typos.add(t)
                mentions.append(Mention(t, pid, typo=True))
    wiki = iuliia.WIKIPEDIA
    hard_latin = [(wiki.translate(a), wiki.translate(b), k) for a, b, k in hard]
    return mentions, people, hard_latin


def pairwise(gold: list[int], pred: list[int]) -> dict[str, float]:
    def pairs(counts: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    tp = pairs(Counter(zip(gold, pred, strict=True)))
    pp = pairs(Counter(pred))
    gp = pairs(Counter(gold))
    precision = tp / pp if pp else 1.0
    recall = tp / gp if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "true_pairs": gp,
        "predicted_pairs": pp,
        "correct_pairs": tp,
    }


def scale_pool(n: int = 10_000, seed: int = SEED) -> list[str]:
    """`n` mentions for a scale test: the benchmark people plus as many invented people as
    needed (real given names and surnames recombined, gender kept), each romanised with every
    scheme plus typos, shuffled. Many invented people share a surname, which makes blocks big."""
    rng = random.Random(seed + 1)
    base = _people()
    male = [(g, s) for g, s, _ in base if not _is_feminine_given(g)]
    female = [(g, s) for g, s, _ in base if _is_feminine_given(g)]
    names = {f"{g} {s}" for g, s, _ in base}
    schemes = [iuliia.schemas.get(s) for s in RUSSIAN_SCHEMES]
    mentions: list[str] = []
    pool = [f"{g} {s}" for g, s, _ in base]
    while len(mentions) < n:
        if pool:
            cyr = pool.pop()
        else:
            group = male if rng.random() < 0.6 else female
            cyr = f"{rng.choice(group)[0]} {rng.choice(group)[1]}"
            if cyr in names:
                continue
            names.add(cyr)
        spellings = list(dict.fromkeys(sc.translate(cyr) for sc in schemes))
        mentions.extend(spellings)
        mentions.extend(_typo(rng, rng.choice(spellings)) for _ in range(TYPOS_PER_PERSON))
    rng.shuffle(mentions)
    return mentions[:n]


def timing(n: int = 10_000, seed: int = SEED) -> tuple[int, float, float, ClusterStats]:
    """Wall and CPU seconds to cluster `n` mentions of `scale_pool` (CPU time is what to read
    on a loaded machine)."""
    mentions = scale_pool(n, seed)
    texts = mentions
    stats = ClusterStats()
    t0 = time.perf_counter()
    c0 = time.process_time()
    cluster_person_names(texts, attach_single=False, stats=stats)
    return len(texts), time.perf_counter() - t0, time.process_time() - c0, stats


def evaluate(seed: int = SEED, with_timing: bool = True) -> dict[str, Any]:
    mentions, people, hard = generate(seed)
    stats = ClusterStats()
    texts = [m.text for m in mentions]
    t0 = time.perf_counter()
    labels = cluster_person_names(texts, attach_single=False, stats=stats)
    seconds = time.perf_counter() - t0
    gold = [m.person for m in mentions]
    overall = pairwise(gold, labels)
    clean_idx = [i for i, m in enumerate(mentions) if not m.typo]
    clean = pairwise([gold[i] for i in clean_idx], [labels[i] for i in clean_idx])
    label_of = dict(zip(texts, labels, strict=True))
    # In the corpus: are the two people's Wikipedia spellings in one cluster?
    hard_merged = [(a, b, k) for a, b, k in hard if label_of.get(a) == label_of.get(b)]
    # Pairwise, without corpus evidence: namesakes and other-gender relatives must never
    # match; near-identical surnames can (one edit apart is a typo to same_person alone).
    pair_merged = [
        (a, b, k) for a, b, k in hard if k != "near-identical" and same_person(a, b) is not None
    ]
    # Which gold people were split or merged (for reading the report).
    by_pred: dict[int, set[int]] = {}
    by_gold: dict[int, set[int]] = {}
    for g, p in zip(gold, labels, strict=True):
        by_pred.setdefault(p, set()).add(g)
        by_gold.setdefault(g, set()).add(p)
    merges = [sorted(gs) for gs in by_pred.values() if len(gs) > 1]
    return {
        "seed": seed,
        "people": len(people),
        "real_people": len(_people()),
        "mentions": len(mentions),
        "typo_mentions": sum(m.typo for m in mentions),
        "schemes": len(RUSSIAN_SCHEMES),
        "precision": overall["precision"],
        "recall": overall["recall"],
        "f1": overall["f1"],
        "pairs": overall,
        "without_typos": clean,
        "hard_pairs": len(hard),
        "hard_pairs_merged": hard_merged,
        "hard_pair_kinds": dict(Counter(k for _, _, k in hard)),
        "same_person_merged": pair_merged,
        "merged_people": [[people[g] for g in gs] for gs in merges][:20],
        "split_people": sum(len(ps) > 1 for ps in by_gold.values()),
        "comparisons": stats.comparisons,
        "distinct_names": stats.distinct,
        "seconds": seconds,
        "timing": _timing_result(seed) if with_timing else None,
    }


def _timing_result(seed: int) -> dict[str, Any]:
    n, seconds, cpu, stats = timing(seed=seed)
    return {
        "mentions": n,
        "distinct_names": stats.distinct,
        "comparisons": stats.comparisons,
        "seconds": seconds,
        "cpu_seconds": cpu,
    }


def render(result: dict[str, Any]) -> str:
    r = result
    lines = [
        "Person reconciliation benchmark (generated, seed {seed})".format(**r),
        f"  people: {r['people']} ({r['real_people']} real + hard negatives), "
        f"mentions: {r['mentions']} ({r['typo_mentions']} with a typo), "
        f"iuliia schemes: {r['schemes']}",
        f"  pairwise precision {r['precision']:.4f}  recall {r['recall']:.4f}  f1 {r['f1']:.4f}",
        f"  without typos:     precision {r['without_typos']['precision']:.4f}  "
        f"recall {r['without_typos']['recall']:.4f}",
        f"  hard different-person pairs: {r['hard_pairs']} {r['hard_pair_kinds']}; "
        f"in one cluster: {len(r['hard_pairs_merged'])}; same_person() wrongly true on "
        f"namesake/other-gender pairs: {len(r['same_person_merged'])}",
        f"  people split over >1 cluster: {r['split_people']}; clusters merging people: "
        f"{len(r['merged_people'])}",
        f"  comparisons: {r['comparisons']} for {r['distinct_names']} distinct names "
        f"({r['comparisons'] / max(1, r['distinct_names']):.1f} per name); "
        f"time {r['seconds']:.2f} s",
    ]
    t = r.get("timing")
    if t:
        lines.append(
            f"  scale: {t['mentions']} mentions ({t['distinct_names']} distinct) clustered in "
            f"{t['seconds']:.2f} s wall, {t['cpu_seconds']:.2f} s CPU, "
            f"{t['comparisons']} comparisons"
        )
    for a, b, k in [*r["hard_pairs_merged"], *r["same_person_merged"]][:10]:
        lines.append(f"    merged hard pair ({k}): {a} = {b}")
    for group in r["merged_people"][:10]:
        lines.append("    merged: " + " + ".join(group))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(render(evaluate()))
