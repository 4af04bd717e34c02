"""Rules that find people and what the text says about them: bylines, role nouns, cast
lists, characters, ages, handles, given names, coordination, possessives."""

from __future__ import annotations

import re

from .context import (
    MAX_NAME_TOKENS,
    P_BYLINE,
    P_PERSON_RULE,
    P_ROLE,
    P_WEAK,
    Candidate,
    Context,
    char_to_token_span,
    first_token_at_or_after,
    role_inside_name,
    tokens_in_chars,
)
from .gazetteer import normalise

MAX_AGE = 120  # '(613) 235-6745' after 'Reuters Ottawa Bureau' is a phone number


def byline_candidates(ctx: Context) -> list[Candidate]:
    doc = ctx.doc
    spans: list[tuple[int, int]] = []
    if doc._.byline is not None:
        for start, end, _name in doc._.byline:
            ts = char_to_token_span(doc, start, end)
            if ts is not None:
                spans.append(ts)
    else:
        # No header parser ran: look for a 'By Name Surname' cue in the first lines only.
        head = ctx.text[: min(len(ctx.text), 400)]
        head = "\n".join(head.split("\n")[:3])
        for pattern in ctx.cues.byline_cues:
            for m in pattern.finditer(head):
                first = next(iter(tokens_in_chars(ctx, m.end(), m.end() + 1)), None)
                if first is None:
                    continue
                end = ctx.name_run(first, max_tokens=4)
                if end - first >= 2:
                    spans.append((first, end))
    out = []
    for s, e in spans:
        ctx.blocked.difference_update(range(s, e))
        out.append(Candidate(s, e, "PER", "byline", P_BYLINE, roles=["author"]))
    return out


def role_candidates(ctx: Context) -> list[Candidate]:
    """'il regista Klim Šipenko', 'film director and writer Doug Liman', 'i cosmonauti A e B'."""
    doc = ctx.doc
    tokens = ctx.tokens
    cues = ctx.cues
    out: list[Candidate] = []
    i = 0
    while i < len(doc):
        hit = ctx.role_at(i)
        if hit is None:
            i += 1
            continue
        end, role, key = hit
        roles = [role]
        plural = key in cues.plural_roles
        k = end
        # Coordinated roles: 'director and writer', 'regista e sceneggiatore'.
        # Only a conjunction chains roles: after a comma comes the next member of a list
        # ('the actress, film director X'), not another role of X.
        while k + 1 < len(doc) and tokens[k].lower_ in cues.conjunctions:
            nxt = ctx.role_at(k + 1)
            if nxt is None:
                break
            k, r2, _ = nxt
            roles.append(r2)
        # Post-nominal adjectives ('l'attrice russa X').
        gap = 0
        while (
            gap < cues.role_name_gap
            and k < len(doc)
            and tokens[k].is_lower
            and tokens[k].is_alpha
            and ctx.norm[k] not in cues.never_alone
        ):
            k += 1
            gap += 1
        # 'il presidente Usa Obama', 'the US President': a country between role and name.
        if k < len(doc) and ctx.name_run(k) > k + 1:
            country = ctx.gaz.lookup(tokens[k].text)
            if country is not None and country.geo.kind == "country":
                k += 1
        # 'General Motors', 'King's College': the statistical model read the role word as part
        # of an organisation or place name.
        if any(
            s <= i and k < e and not role_inside_name(ctx, s, i, e) for s, e in ctx.ner_non_person
        ):
            i += 1
            continue
        while k < len(doc) and ctx.norm[k] in cues.honorifics:
            k += 1  # 'Chairperson Dr Nkosazana Dlamini-Zuma'
        names: list[tuple[int, int]] = []
        while True:
            e = ctx.name_run(k)
            if e == k or ctx.is_known_non_person(k, e):
                break
            names.append((k, e))
            if not plural:
                break
            if e < len(doc) and (tokens[e].text == "," or tokens[e].lower_ in cues.conjunctions):
                k = e + 1
                continue
            break
        for s, e in names:
            out.append(Candidate(s, e, "PER", "rule", P_ROLE, roles=list(roles)))
        i = max(i + 1, end)
    return out


def kinship_candidates(ctx: Context) -> list[Candidate]:
    """'her older sister Venus', 'la moglie Agnese': a name right after a kinship noun."""
    tokens = ctx.tokens
    out: list[Candidate] = []
    for t in tokens[:-1]:
        if not t.is_lower or ctx.norm[t.i] not in ctx.cues.kinship_nouns:
            continue
        k = t.i + 1
        if ctx.sent_of[k] != ctx.sent_of[t.i] or not ctx.starts_name(k):
            continue
        e = ctx.name_run(k)
        # A place's name is a person's here ('his wife Georgia'); a listed organisation is not.
        if e > k and ctx.orgs.lookup(ctx.span_text(k, e)) is None and (k, e) not in ctx.quoted:
            out.append(Candidate(k, e, "PER", "rule", P_PERSON_RULE))
    return out


def fiction_cue_candidates(ctx: Context) -> list[Candidate]:
    """'nel ruolo di Lidia Ferri', 'plays the character of Jack Ryan': a character."""
    tokens = ctx.tokens
    out: list[Candidate] = []
    for t in tokens:
        if not ctx.starts_name(t.i):
            continue
        if fiction_cue_before(ctx, t.idx):
            e = ctx.name_run(t.i)
            if not ctx.is_known_non_person(t.i, e):
                out.append(Candidate(t.i, e, "PER", "rule", P_PERSON_RULE, fictional=True))
    return out


def fiction_cue_before(ctx: Context, char: int) -> bool:
    text = ctx.text
    line_start = text.rfind("\n", 0, char) + 1
    before = text[max(line_start, char - 60) : char]
    return any(pat.search(before) for pat in ctx.cues.fiction_name_cues)


def list_names(ctx: Context, k: int) -> list[tuple[int, int]]:
    """Names in 'A, B, C e D' starting at token k."""
    doc = ctx.doc
    tokens = ctx.tokens
    names: list[tuple[int, int]] = []
    while k < len(doc):
        e = ctx.name_run(k)
        if e == k:
            break
        names.append((k, e))
        if e < len(doc) and tokens[e].text == ",":
            k = e + 1
            if k < len(doc) and tokens[k].lower_ in ctx.cues.conjunctions:
                k += 1
        elif e < len(doc) and tokens[e].lower_ in ctx.cues.conjunctions:
            k = e + 1
        else:
            break
    return names


def cast_candidates(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for pattern in ctx.cues.cast_cues:
        for m in pattern.finditer(ctx.text):
            k = first_token_at_or_after(ctx, m.end())
            if k is None:
                continue
            for s, e in list_names(ctx, k):
                if not ctx.is_known_non_person(s, e):
                    out.append(Candidate(s, e, "PER", "rule", P_PERSON_RULE))
    return out


def age_phrases(ctx: Context) -> list[tuple[int, int, int]]:
    """(char start, char end, years) of age expressions: the temporal stage's, else ours."""
    doc = ctx.doc
    found: list[tuple[int, int, int]] = []
    for tx in doc._.timexes or []:
        if tx.kind == "age" and tx.value:
            m = re.fullmatch(r"P(\d+)Y", tx.value)
            if m:
                found.append((tx.start, tx.end, int(m.group(1))))
    for pattern in ctx.cues.age_before:
        for m in pattern.finditer(ctx.text):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), int(m.group("age"))))
    return found


def name_after_age(ctx: Context, char_end: int) -> tuple[int, int] | None:
    """'the 58-year-old legendary Tom Cruise': skip up to three lower-case words, and a
    modifier + role noun ('Russian actress'), to the name."""
    doc = ctx.doc
    tokens = ctx.tokens
    k = first_token_at_or_after(ctx, char_end)
    if k is None:
        return None
    skipped = 0
    while k < len(doc) and skipped < 4:
        tok = tokens[k]
        if tok.is_lower and tok.is_alpha:
            if ctx.role_at(k) is not None:
                k = ctx.role_at(k)[0]  # type: ignore[index]
            else:
                k += 1
            skipped += 1
            continue
        e = ctx.name_run(k)
        if e > k and ctx.role_at(e) is not None:  # 'Russian actress': modifier, skip on
            k = ctx.role_at(e)[0]  # type: ignore[index]
            skipped += 1
            continue
        return (k, e) if e > k else None
    return None


def age_candidates(ctx: Context, ages: list[tuple[int, int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for start, end, _years in ages:
        if not ctx.text[start:end].strip()[:1].isdigit():
            continue  # only the 'N-year-old X' shape introduces a person reliably
        span = name_after_age(ctx, end)
        if span is not None and not ctx.is_known_non_person(*span):
            out.append(Candidate(span[0], span[1], "PER", "rule", P_PERSON_RULE))
    return out


def age_after_candidates(ctx: Context) -> list[Candidate]:
    """'Jan Kowalczyk, 45, was arrested' / 'Mario Rossi, 37 anni': a name with an age."""
    doc = ctx.doc
    tokens = ctx.tokens
    out: list[Candidate] = []
    for t in tokens:
        if not ctx.starts_name(t.i):
            continue
        e = ctx.name_run(t.i)
        tail_start = tokens[e - 1].idx + len(tokens[e - 1].text)
        tail = ctx.text[tail_start : tail_start + 40]
        ages = [m for p in ctx.cues.age_after if (m := p.match(tail))]
        if ages and "\n" in ages[0].group():
            continue  # '– Trade\n\n(2) Ken Ofori Atta': the number opens the next list item
        if ages and int(ages[0].group("age")) <= MAX_AGE:
            if ctx.gaz.lookup(doc[t.i : e].text) is None and not ctx.is_known_non_person(t.i, e):
                out.append(Candidate(t.i, e, "PER", "rule", P_PERSON_RULE))
    return out


def handle_candidates(ctx: Context) -> list[Candidate]:
    """'Jim Bridenstine (@JimBridenstine)': a name followed by its own handle is a person."""
    doc = ctx.doc
    tokens = ctx.tokens
    out: list[Candidate] = []
    for t in tokens:
        if not t.text.startswith("@") or t.i < 2 or tokens[t.i - 1].text != "(":
            continue
        handle = re.sub(r"[^a-z]", "", normalise(t.text[1:]))
        end = t.i - 1
        for start in range(max(0, end - 4), end - 1):
            if ctx.name_run(start) != end:
                continue
            letters = re.sub(r"[^a-z]", "", normalise(doc[start:end].text))
            if letters == handle and ctx.orgs.lookup(doc[start:end].text) is None:
                out.append(Candidate(start, end, "PER", "rule", P_PERSON_RULE))
                break
    return out


def weak_person_candidates(ctx: Context, accepted: list[Candidate]) -> list[Candidate]:
    doc = ctx.doc
    tokens = ctx.tokens
    cues = ctx.cues
    taken = {i for c in accepted for i in range(c.start, c.end)}
    people = [c for c in accepted if c.label == "PER"]
    out: list[Candidate] = []

    def free(s: int, e: int) -> bool:
        return not any(i in taken for i in range(s, e))

    def ok(s: int, e: int) -> bool:
        return (
            e - s >= 2
            and free(s, e)
            and not ctx.is_known_non_person(s, e)
            and (s, e) not in ctx.quoted
            and not (cues.modifier_before_role_is_not_person and ctx.role_at(e) is not None)
        )

    # Common given name + surname ('Pier Luigi Bersani': the name starts before 'Luigi').
    for t in tokens:
        if t.text in ctx.given and t.i not in taken and ctx.is_cap(t):
            s = ctx.given_names_before(t.i, taken)
            e = ctx.name_run(s, max_tokens=4)
            if e > t.i and ok(s, e):
                out.append(Candidate(s, e, "PER", "rule", P_WEAK))
    # Owners: "Elon Musk's company", 'la moglie di Mario Rossi' (full names only).
    for t in tokens:
        if t.text in cues.possessive_suffixes and t.i + 1 < len(doc):
            if ctx.norm[t.i + 1] not in cues.possessed_nouns:
                continue
            for s in range(max(0, t.i - MAX_NAME_TOKENS), t.i):
                if ctx.name_run(s) == t.i and ok(s, t.i):
                    out.append(Candidate(s, t.i, "PER", "rule", P_WEAK))
                    break
        elif (
            ctx.norm[t.i] in cues.possessed_nouns
            and t.i + 2 < len(doc)
            and tokens[t.i + 1].lower_ in cues.possessive_prepositions
        ):
            e = ctx.name_run(t.i + 2, max_tokens=4)
            if ok(t.i + 2, e):
                out.append(Candidate(t.i + 2, e, "PER", "rule", P_WEAK))
    for p in people:
        # Character (Actor): 'Zhenya Belyaeva (Yulia Peresild)'.
        if p.end + 1 < len(doc) and tokens[p.end].text == "(":
            e = ctx.name_run(p.end + 1)
            if e < len(doc) and tokens[e].text == ")" and ok(p.end + 1, e):
                out.append(Candidate(p.end + 1, e, "PER", "rule", P_WEAK))
        # Coordination: 'Oleg Novitsky and Pet Dubrov'.
        if p.end < len(doc) and tokens[p.end].lower_ in cues.conjunctions:
            e = ctx.name_run(p.end + 1)
            if ok(p.end + 1, e):
                out.append(Candidate(p.end + 1, e, "PER", "rule", P_WEAK))
        if p.start >= 2 and tokens[p.start - 1].lower_ in cues.conjunctions:
            for s in range(max(0, p.start - 1 - MAX_NAME_TOKENS), p.start - 1):
                if ctx.name_run(s) == p.start - 1 and ok(s, p.start - 1):
                    out.append(Candidate(s, p.start - 1, "PER", "rule", P_WEAK))
                    break
    return out


def attach_roles_by_apposition(ctx: Context, people: list[Candidate]) -> None:
    """'Michael López-Alegria, a veteran astronaut' / 'Julia Peresil'd, l'attrice'."""
    doc = ctx.doc
    tokens = ctx.tokens
    for p in people:
        k = p.end
        if k >= len(doc) or tokens[k].text != ",":
            continue
        k += 1
        for _ in range(4):
            if k >= len(doc) or tokens[k].is_punct and tokens[k].text not in ("’", "'"):
                break
            hit = ctx.role_at(k)
            if hit is not None and tokens[k].is_lower:
                if hit[1] not in p.roles:
                    p.roles.append(hit[1])
                break
            if ctx.is_cap(tokens[k]):
                break
            k += 1


def attach_ages(
    ctx: Context, people: list[Candidate], ages: list[tuple[int, int, int]]
) -> dict[int, int]:
    """Candidate start token -> age."""
    tokens = ctx.tokens
    out: dict[int, int] = {}
    by_start = {p.start: p for p in people}
    for _start, end, years in ages:
        span = name_after_age(ctx, end)
        if span is not None and span[0] in by_start:
            out[span[0]] = years
    for p in people:
        if p.start in out:
            continue
        tail_start = tokens[p.end - 1].idx + len(tokens[p.end - 1].text)
        tail = ctx.text[tail_start : tail_start + 40]
        for pattern in ctx.cues.age_after:
            m = pattern.match(tail)
            if m and int(m.group("age")) <= MAX_AGE:
                out[p.start] = int(m.group("age"))
                break
        else:
            for s, _e, years in ages:  # a temporal 'age' right after ', ' or '('
                gap = ctx.text[tail_start:s]
                if s >= tail_start and re.fullmatch(r"\s*(?:,|\(|,\s*aged|di)\s*", gap):
                    out[p.start] = years
                    break
    return out


def mark_fictional(ctx: Context, people: list[Candidate]) -> None:
    tokens = ctx.tokens
    text = ctx.text
    scopes: list[tuple[int, int]] = []
    for pattern in ctx.cues.fiction_scope_cues:
        for m in pattern.finditer(text):
            end = text.find("\n", m.end())
            scopes.append((m.start(), len(text) if end < 0 else end))
    starts = {p.end: p for p in people}
    for p in people:
        c0 = tokens[p.start].idx
        in_credit = p.start >= 1 and tokens[p.start - 1].text == "(" and (p.start - 1) in starts
        if any(s <= c0 < e for s, e in scopes) and not in_credit:
            p.fictional = True
            continue
        if fiction_cue_before(ctx, c0):
            p.fictional = True


def relabel_coordinated_people(ctx: Context, accepted: list[Candidate]) -> None:
    """'Oleg Novitsky and Pet Dubrov': a model's ORG/LOC label on a two- or three-word name
    coordinated with a person, that no list knows and no organisation/place word marks, is
    a person too."""
    doc = ctx.doc
    by_start = {c.start: c for c in accepted}
    by_end = {c.end: c for c in accepted}

    def person_shaped(c: Candidate) -> bool:
        return (
            c.source == "ner"
            and c.label != "PER"
            and 2 <= c.end - c.start <= 3
            and ctx.name_run(c.start) == c.end
            and not ctx.is_known_non_person(c.start, c.end)
            and ctx.gaz.get(ctx.key(c.start, c.end)) is None
        )

    for c in accepted:
        if c.label != "PER" or c.end >= len(doc) or ctx.norm[c.end] not in ctx.cues.conjunctions:
            continue
        after = by_start.get(c.end + 1)
        if after is not None and person_shaped(after):
            after.label = "PER"
        if c.start >= 2 and ctx.norm[c.start - 1] in ctx.cues.conjunctions:
            before = by_end.get(c.start - 1)
            if before is not None and person_shaped(before):
                before.label = "PER"
