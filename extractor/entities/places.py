"""Places: gazetteer hits (licensed by context when ambiguous), facilities built on a place,
celestial bodies used as places."""

from __future__ import annotations

from collections.abc import Iterator

from .context import (
    P_CELESTIAL,
    P_DATELINE,
    P_FACILITY,
    P_GAZETTEER,
    P_NER,
    PROMINENT_CITY,
    Candidate,
    Context,
    char_to_token_span,
)
from .gazetteer import GazetteerEntry, case_compatible, may_start_name, normalise
from .types import GeoInfo

PROMINENT_EXONYM_CITY = 1_000_000


# 'launched from Baikonur' vs 'a letter from Clinton': after a weaker preposition ('from',
# 'to', 'a') a place outranks the model's one-word person label only when it is a sizeable
# town (20,000 people: Baikonur has 36,000) outside the countries where towns are commonly
# named after people and so share their names with surnames (Jackson, Lincoln, Houston).
SIZEABLE_CITY = 20_000
EPONYMOUS_TOWN_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "NZ", "IE", "ZA"})


def gazetteer_hits(ctx: Context) -> Iterator[tuple[int, int, GazetteerEntry]]:
    doc = ctx.doc
    tokens = ctx.tokens
    i = 0
    while i < len(doc):
        if not may_start_name(ctx.norm[i], ctx.gaz.first_words) or not ctx.is_cap(tokens[i]):
            i += 1
            continue
        found = None
        for n in range(min(ctx.gaz.max_words, 8, len(doc) - i), 0, -1):
            if any(j in ctx.blocked or tokens[j].is_space for j in range(i, i + n)):
                continue
            if ctx.sent_of[i + n - 1] != ctx.sent_of[i]:
                continue
            if tokens[i + n - 1].is_punct:
                continue
            entry = ctx.gaz.get(ctx.key(i, i + n))
            if entry is not None and case_compatible(doc[i : i + n].text, entry.surface):
                found = (i, i + n, entry)
                break
        if found is None:
            i += 1
            continue
        yield found
        i = found[1]


def place_candidates(ctx: Context, ner: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Gazetteer places and facilities built on them.

    A place the text introduces with a locative preposition ('da Bajkonur'), or a country,
    outranks the model's one-word person label, unless the text also uses that word as the
    surname of a person ('Cristoforo Colombo' ... 'a Colombo')."""
    doc = ctx.doc
    tokens = ctx.tokens
    cues = ctx.cues
    ner_locs = {(c.start, c.end) for c in ner if c.label == "LOC"}
    surnames = {ctx.norm[c.end - 1] for c in ner if c.label == "PER" and c.end - c.start >= 2}
    ner_people = {(c.start, c.end) for c in ner if c.label == "PER"}
    ner_orgs = {(c.start, c.end) for c in ner if c.label == "ORG"}
    places: list[Candidate] = []
    facilities: list[Candidate] = []
    for s, e, entry in gazetteer_hits(ctx):
        geo = entry.geo
        text = doc[s:e].text
        key = normalise(text)
        prev = tokens[s - 1] if s > 0 else None
        nxt = tokens[e] if e < len(doc) else None
        after_prep = prev is not None and prev.lower_ in cues.locative_prepositions
        if e - s == 1 and (s, e) not in ner_locs:
            if key in cues.closed_class:
                continue
            # 'Nice weather', 'Reading is fun': a common word is a place after 'in'/'to' only.
            if (key in cues.never_alone or text in ctx.given and geo.kind == "city") and not (
                after_prep and s not in ctx.sent_start
            ):
                continue
        # Facility phrases: 'cosmodromo di Bajkonur', 'Baikonur cosmodrome'.
        fac = facility_around(ctx, s, e)
        if fac is not None and geo.kind in ("city", "region"):
            fs, fe = fac
            fgeo = GeoInfo(
                name=geo.name,
                kind="facility",
                geonames_id=geo.geonames_id,
                country_code=geo.country_code,
                latitude=geo.latitude,
                longitude=geo.longitude,
            )
            facilities.append(
                Candidate(fs, fe, "LOC", "facility", P_FACILITY, geo=fgeo, canonical=geo.name)
            )
            continue
        licensed = (s, e) in ner_locs
        # Part of a longer name: 'Forza Italia', 'Hong Kong Open', 'Vladimir Putin'.
        before = prev
        if (
            prev is not None
            and prev.i > 0
            and ctx.norm[prev.i] in cues.particles | cues.org_name_connectors
        ):
            before = tokens[prev.i - 1]  # 'Giro d'Italia', 'Bank of England'
        in_bigger_name = (
            before is not None and ctx.is_cap(before) and before.i not in ctx.sent_start
        ) or (nxt is not None and ctx.is_cap(nxt) and nxt.i not in ctx.sent_start)
        if in_bigger_name and not licensed and geo.kind != "facility":
            continue
        # A dateline: 'ROMA -', 'WASHINGTON (Reuters)' at the start of a line.
        dateline = (
            (prev is None or "\n" in prev.text or prev.is_space)
            and nxt is not None
            and nxt.text in ("-", "–", "—", ",", "(", ":")
        )
        if geo.kind == "city" and not licensed and not dateline:
            sentence_initial = s in ctx.sent_start
            big = entry.population >= (PROMINENT_CITY if entry.primary else PROMINENT_EXONYM_CITY)
            if not after_prep and (sentence_initial or not big):
                continue
        elif geo.kind == "facility" and e - s == 1 and not text.isupper():
            if (s, e) not in ner_locs and not (
                prev is not None and prev.lower_ in cues.locative_prepositions | {"the", "la"}
            ):
                continue
        strong = (
            (prev is not None and prev.lower_ in cues.strong_locative_prepositions)
            or geo.kind == "country"
            or (
                after_prep
                and geo.kind == "city"
                and entry.population >= SIZEABLE_CITY
                and geo.country_code not in EPONYMOUS_TOWN_COUNTRIES
            )
        ) and key not in surnames
        strong = strong and text not in ctx.given
        # The model's one-word person or organisation label loses to a place the text
        # introduces as one ('flew to Baikonur'), unless the word is a known organisation.
        overrules = (s, e) in ner_people or (
            (s, e) in ner_orgs and e - s == 1 and ctx.orgs.lookup(text) is None
        )
        priority = P_NER + 1 if strong and overrules else P_GAZETTEER
        places.append(Candidate(s, e, "LOC", "gazetteer", priority, geo=geo, canonical=geo.name))
    return places + misspelt_places(ctx, ner, {(c.start, c.end) for c in places}), facilities


def misspelt_places(
    ctx: Context, ner: list[Candidate], known: set[tuple[int, int]]
) -> list[Candidate]:
    """The model's one-word places the gazetteer does not know, read as the prominent place
    they misspell ('200 chilometri a nord da Gazientep'): the place's id and canonical name,
    so that sources that spell it right are compared with it."""
    out: list[Candidate] = []
    for c in ner:
        if c.label != "LOC" or c.end - c.start != 1 or (c.start, c.end) in known:
            continue
        text = ctx.tokens[c.start].text
        if not text.isalpha() or text.isupper():
            continue
        entry = ctx.gaz.misspelt(text)
        if entry is not None:
            geo = entry.geo
            out.append(
                Candidate(c.start, c.end, "LOC", "gazetteer", P_GAZETTEER, geo=geo,
                          canonical=geo.name)
            )  # fmt: skip
    return out


def facility_around(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    doc = ctx.doc
    cues = ctx.cues
    for phrase in cues.facility_before:
        n = len(phrase.split())
        if s - n >= 0 and ctx.key(s - n, s) == phrase:
            return s - n, e
    for phrase in cues.facility_after:
        n = len(phrase.split())
        if e + n <= len(doc) and ctx.key(e, e + n) == phrase:
            return s, e + n
    return None


def celestial_candidates(ctx: Context) -> list[Candidate]:
    doc = ctx.doc
    tokens = ctx.tokens
    cues = ctx.cues
    out: list[Candidate] = []
    for t in tokens:
        canonical = cues.celestial.get(t.text)
        if canonical is None or t.i == 0 or t.i in ctx.blocked:
            continue
        prev = tokens[t.i - 1]
        nxt = tokens[t.i + 1] if t.i + 1 < len(doc) else None
        if prev.lower_ not in cues.celestial_cues or t.i in ctx.sent_start:
            continue
        if nxt is not None and (ctx.is_cap(nxt) or nxt.lower_ in cues.particles):
            continue  # 'Terra del Fuoco', 'Earth Day'
        geo = GeoInfo(name=canonical, kind="celestial")
        out.append(
            Candidate(t.i, t.i + 1, "LOC", "celestial", P_CELESTIAL, geo=geo, canonical=canonical)
        )
    return out


def dateline_candidates(ctx: Context) -> list[Candidate]:
    """The place of a wire dateline ('GENOVA' in '(ANSA) - GENOVA, 15 MAR -'): where the story
    was filed, a place with the 'dateline' role (the rest of the dateline is metadata)."""
    dateline = ctx.doc._.dateline
    if dateline is None:
        return []
    span = char_to_token_span(ctx.doc, *dateline.place)
    if span is None:
        return []
    written = ctx.text[dateline.place[0] : dateline.place[1]]
    entry = ctx.gaz.lookup(written.title() if written.isupper() else written)
    geo = entry.geo if entry is not None else None
    return [
        Candidate(
            span[0],
            span[1],
            "LOC",
            "dateline",
            P_DATELINE,
            roles=["dateline"],
            geo=geo,
            canonical=geo.name if geo else None,
        )  # fmt: skip
    ]
