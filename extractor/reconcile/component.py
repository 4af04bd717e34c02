"""The `extractor_reconcile` spaCy component: one cluster per real-world entity in a document.

Reads `doc._.entities` (list[EntityMention], None = nothing found) and writes `doc._.clusters`
(list[Cluster], ordered by first mention). The work is done by `reconcile_mentions`, which
needs no spaCy and is what the tests and the corpus-level registry exercise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..entities.types import EntityLabel, EntityMention, GeoInfo
from .cluster import cluster_person_names
from .ids import entity_id
from .keys import fold, token_keys
from .names import REASON_RANK, canonical_person_name, given_name_groups, same_person
from .types import Cluster, Link

__all__ = ["ReconcileComponent", "reconcile_mentions", "make_reconcile"]

_ORG_STOPWORDS = frozenset(
    "of the and for de di del dello della dell' dell’ dei degli delle per e la le les des du "
    "und für al alla ai agli alle nel nella nei negli nelle sul sulla sui in".split()
)
# Legal forms after a company's name: 'Ama spa' is 'Ama', 'Shell plc' is 'Shell'. They are
# the registers' abbreviations, shared across the languages we read, not words of one.
_LEGAL_FORMS = frozenset(
    "spa s.p.a. srl s.r.l. sapa scarl onlus inc inc. ltd ltd. plc llc corp corp. co. "
    "gmbh ag sa s.a. nv bv".split()
)


def _first_pos(mentions: Sequence[EntityMention], members: list[int]) -> tuple[int, int]:
    return min((mentions[i].start, i) for i in members)


def _aggregate(
    mentions: Sequence[EntityMention],
    members: list[int],
    label: EntityLabel,
    name: str,
    link_for: Callable[[str], Link],
) -> Cluster:
    members = sorted(members, key=lambda i: (mentions[i].start, i))
    aliases: list[str] = []
    for i in members:
        if mentions[i].text not in aliases:
            aliases.append(mentions[i].text)
    roles: list[str] = []
    ages: list[int] = []
    geo: GeoInfo | None = None
    for i in members:
        m = mentions[i]
        roles.extend(r for r in m.roles if r not in roles)
        if m.age is not None and m.age not in ages:
            ages.append(m.age)
        if geo is None and m.geo is not None:
            geo = m.geo
    return Cluster(
        id=entity_id(label, name),
        label=label,
        name=name,
        members=members,
        aliases=aliases,
        links=[link_for(a) for a in aliases],
        roles=roles,
        ages=ages,
        fictional=any(mentions[i].fictional for i in members),
        geo=geo,
    )


# --- people -------------------------------------------------------------------------------------


def person_link(alias: str, name: str, others: Sequence[str]) -> Link:
    """Why `alias` belongs to the person called `name` (falling back to the other aliases when
    the cluster was joined through a chain of spellings)."""
    if alias.casefold() == name.casefold():
        return Link(alias, "exact")
    if len(alias.split()) >= 2 and name.endswith(" " + alias):
        return Link(alias, "surname-of-full-name", "a surname of several words")
    best = same_person(alias, name)
    if best is not None:
        return best
    found = [lk for o in others if o != alias and (lk := same_person(alias, o)) is not None]
    if found:
        return min(found, key=lambda lk: REASON_RANK.get(lk.reason, 9))
    return Link(alias, "edit-distance", "via other aliases")


def _person_link(name: str, aliases: Sequence[str], alias: str) -> Link:
    return person_link(alias, name, aliases)


def _compound_surnames(texts: list[str]) -> list[str]:
    """'Messina Denaro' beside 'Matteo Messina Denaro': a name of two words or more that is the
    end of exactly one longer name in the document, and opens with no given name, is that
    person's surname written alone (Italian and Spanish surnames have several words). The
    clusterer, which reads the first word as a given name, is given the full name instead."""
    full = set(texts)
    out = []
    for t in texts:
        words = t.split()
        longer = {f for f in full if f.endswith(" " + t)} if len(words) >= 2 else set()
        if len(longer) == 1 and not given_name_groups(words[0]):
            out.append(next(iter(longer)))
        else:
            out.append(t)
    return out


def _people(mentions: Sequence[EntityMention], idx: list[int]) -> list[Cluster]:
    texts = _compound_surnames([mentions[i].text for i in idx])
    parts = [mentions[i].fictional for i in idx]
    labels = cluster_person_names(texts, parts)
    groups: dict[int, list[int]] = {}
    for i, lab in zip(idx, labels, strict=True):
        groups.setdefault(lab, []).append(i)
    out = []
    for members in groups.values():
        ordered = sorted(members, key=lambda i: (mentions[i].start, i))
        spellings = [mentions[i].text for i in ordered]
        name = canonical_person_name(spellings)
        aliases = list(dict.fromkeys(spellings))
        out.append(_aggregate(mentions, members, "PER", name, partial(_person_link, name, aliases)))
    return out


# --- places -------------------------------------------------------------------------------------


def _place_key(text: str) -> frozenset[str]:
    return token_keys(text.replace(" ", ""))


def _places(mentions: Sequence[EntityMention], idx: list[int]) -> list[Cluster]:
    groups: list[list[int]] = []
    group_gid: list[int | None] = []
    by_gid: dict[int, int] = {}
    by_name: dict[str, list[int]] = {}
    for i in idx:
        m = mentions[i]
        gid = m.geo.geonames_id if m.geo is not None else None
        # One cluster per GeoNames id; otherwise by gazetteer/canonical name or spelling, then
        # by phonetic key for names the gazetteer did not resolve (Bajkonur/Baikonur) -- but
        # never across two different GeoNames ids (Paris, France vs Paris, Texas).
        names = [fold(m.text)]
        if m.geo is not None:
            names.insert(0, fold(m.geo.name))
        if m.canonical:
            names.insert(0, fold(m.canonical))
        names += [f"~{k}" for k in _place_key(m.text)]
        hit = by_gid.get(gid) if gid is not None else None
        if hit is None:
            for key in names:
                compatible = [
                    g for g in by_name.get(key, ()) if gid is None or group_gid[g] in (None, gid)
                ]
                if compatible:
                    hit = compatible[0]
                    break
        if hit is None:
            hit = len(groups)
            groups.append([])
            group_gid.append(None)
        groups[hit].append(i)
        if gid is not None and group_gid[hit] is None:
            group_gid[hit] = gid
            by_gid[gid] = hit
        for key in names:
            bucket = by_name.setdefault(key, [])
            if hit not in bucket:
                bucket.append(hit)
    out = []
    for members in groups:
        geo = next((mentions[i].geo for i in members if mentions[i].geo is not None), None)
        canon = next((mentions[i].canonical for i in members if mentions[i].canonical), None)
        if geo is not None:
            name = geo.name
        elif canon is not None:
            name = canon
        else:
            name = Counter(mentions[i].text for i in members).most_common(1)[0][0]

        def link(alias: str, members: list[int] = members, name: str = name) -> Link:
            if alias.casefold() == name.casefold():
                return Link(alias, "exact")
            ms = [mentions[i] for i in members if mentions[i].text == alias]
            gazetteered = next((m.geo for m in ms if m.geo is not None), None)
            if gazetteered is not None:
                gid = gazetteered.geonames_id
                return Link(alias, "gazetteer", f"geonames:{gid}" if gid else gazetteered.name)
            if any(m.canonical for m in ms):
                return Link(alias, "gazetteer")
            if fold(alias) == fold(name):
                return Link(alias, "exact")
            return Link(alias, "romanisation")

        out.append(_aggregate(mentions, members, "LOC", name, link))
    return out


# --- organisations ------------------------------------------------------------------------------


def _org_norm(text: str) -> str:
    return fold(text.replace("&", "and"))  # fold drops spaces, dots and case: Space X = SpaceX


def _initials(text: str) -> str:
    words = [w for w in text.replace("-", " ").split() if w.lower() not in _ORG_STOPWORDS]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def _is_acronym(text: str) -> bool:
    core = text.replace(".", "").replace(" ", "")
    return 2 <= len(core) <= 8 and core.isalpha() and core.isupper()


def _without_legal_form(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _LEGAL_FORMS:
        words.pop()
    return " ".join(words).rstrip(",")


def _title_acronym(text: str) -> bool:
    """'Cnr', 'Inps': Italian papers write acronyms as names. Only ever matched against the
    initials of a name of three words or more that the same article spells out."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.istitle()


def _shortened(short: str, long: str) -> bool:
    """'Presidenza del Consiglio' for 'Presidenza del Consiglio dei ministri': the long name
    goes on in lower case after the short one's words (an institution's complement), and the
    short one has two words or more (a lone 'Ministero' names no particular one)."""
    s, lg = short.split(), long.split()
    return (
        len(s) >= 2
        and len(lg) > len(s)
        and [w.casefold() for w in lg[: len(s)]] == [w.casefold() for w in s]
        and lg[len(s)].islower()
    )


def _orgs(mentions: Sequence[EntityMention], idx: list[int]) -> list[Cluster]:
    groups: list[list[int]] = []
    by_key: dict[str, int] = {}
    for i in idx:
        m = mentions[i]
        keys = [_org_norm(_without_legal_form(m.text))]
        if m.canonical:
            keys.insert(0, _org_norm(m.canonical))
        hit = next((by_key[k] for k in keys if k in by_key), None)
        if hit is None:
            hit = len(groups)
            groups.append([])
        groups[hit].append(i)
        for k in keys:
            by_key.setdefault(k, hit)

    # Acronyms: NASA joins 'National Aeronautics and Space Administration' when one group
    # spells it out.
    def spelled(g: list[int]) -> set[str]:
        return {_initials(mentions[i].canonical or mentions[i].text) for i in g}

    def joins(ga: list[int], gb: list[int]) -> bool:
        acr = {_org_norm(mentions[i].text).upper() for i in ga if _is_acronym(mentions[i].text)}
        titled = {mentions[i].text.upper() for i in ga if _title_acronym(mentions[i].text)}
        if all(_is_acronym(mentions[i].text) or _title_acronym(mentions[i].text) for i in gb):
            return False
        sp = spelled(gb)
        if acr & {s for s in sp if len(s) >= 2} or titled & {s for s in sp if len(s) >= 3}:
            return True
        return any(_shortened(mentions[i].text, mentions[j].text) for i in ga for j in gb)

    merged = True
    while merged:
        merged = False
        for a, ga in enumerate(groups):
            for b, gb in enumerate(groups):
                if a != b and ga and gb and joins(ga, gb):
                    ga.extend(gb)
                    groups[b] = []
                    merged = True
        groups = [g for g in groups if g]
    out = []
    for members in groups:
        canon = next((mentions[i].canonical for i in members if mentions[i].canonical), None)
        counts = Counter(mentions[i].text for i in members)
        # Most frequent spelling; on a tie the unspaced one ('SpaceX' over 'Space X').
        name = canon or max(counts, key=lambda t: (counts[t], -t.count(" ")))

        def link(alias: str, members: list[int] = members, name: str = name) -> Link:
            if alias == name:
                return Link(alias, "exact")
            if (_is_acronym(alias) or _title_acronym(alias)) and _org_norm(
                alias
            ).upper() == _initials(name):
                return Link(alias, "acronym")
            if _is_acronym(name) and _org_norm(name).upper() == _initials(alias):
                return Link(alias, "acronym", f"{name} spelled out")
            return Link(alias, "org-alias")

        out.append(_aggregate(mentions, members, "ORG", name, link))
    return out


# --- all ----------------------------------------------------------------------------------------


def reconcile_mentions(mentions: Sequence[EntityMention] | None) -> list[Cluster]:
    """Cluster a document's mentions: one Cluster per entity, ordered by first mention, with
    ids unique within the document."""
    mentions = list(mentions or [])
    by_label: dict[str, list[int]] = {"PER": [], "LOC": [], "ORG": []}
    for i, m in enumerate(mentions):
        by_label.setdefault(m.label, []).append(i)
    clusters = (
        _people(mentions, by_label["PER"])
        + _places(mentions, by_label["LOC"])
        + _orgs(mentions, by_label["ORG"])
    )
    clusters.sort(key=lambda c: _first_pos(mentions, c.members))
    seen: Counter[str] = Counter()
    for c in clusters:
        seen[c.id] += 1
        if seen[c.id] > 1:  # a fictional Ivanov next to a real one
            c.id = f"{c.id}-{seen[c.id]}"
    return clusters


class ReconcileComponent:
    """Writes doc._.clusters from doc._.entities."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.clusters = reconcile_mentions(doc._.entities)
        return doc


@Language.factory("extractor_reconcile")
def make_reconcile(nlp: Language, name: str) -> ReconcileComponent:
    return ReconcileComponent(nlp, name)
