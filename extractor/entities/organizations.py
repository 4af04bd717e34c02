"""Organisations: the curated list, apposition with an organisation noun, names built on an
organisation word."""

from __future__ import annotations

import re

from .context import (
    P_ACRONYM,
    P_APPOSITION,
    P_DESCRIPTION,
    P_LISTED,
    P_ORG_LIST,
    Candidate,
    Context,
    first_token_at_or_after,
)
from .gazetteer import case_compatible, first_word_forms, may_start_name, normalise


def org_list_candidates(ctx: Context) -> list[Candidate]:
    doc = ctx.doc
    tokens = ctx.tokens
    out: list[Candidate] = []
    for i in range(len(doc)):
        if not may_start_name(ctx.norm[i], ctx.orgs.first_words) or not ctx.is_cap(tokens[i]):
            continue
        for n in range(min(ctx.orgs.max_words + 2, len(doc) - i), 0, -1):
            if any(j in ctx.blocked or tokens[j].is_space for j in range(i, i + n)):
                continue
            text = doc[i : i + n].text
            hit = ctx.orgs.lookup(text)
            if hit is None:
                continue
            entry, alias = hit
            if not case_compatible(text, alias):
                continue
            # A non-acronym alias that is an ordinary word ('Tesla' in a physics story is still
            # Tesla; 'Energia' is not): lower-case-looking aliases need not be sentence-initial.
            if n == 1 and not alias.isupper() and normalise(text) in ctx.cues.never_alone:
                continue
            out.append(Candidate(i, i + n, "ORG", "orglist", P_ORG_LIST, canonical=entry.canonical))
            break
    return out


def apposition_org_candidates(ctx: Context, taken: set[int]) -> list[Candidate]:
    """'Roskosmos, l'agenzia spaziale russa', 'Space X, Elon Musk's company',
    'la società Tesla': a name next to an organisation noun is an organisation."""
    doc = ctx.doc
    tokens = ctx.tokens
    cues = ctx.cues
    out: list[Candidate] = []

    firsts = {w for key in cues.org_cue_nouns for w in first_word_forms(key)} | {
        w for key in ctx.orgs.descriptions.get(cues.lang, {}) for w in first_word_forms(key)
    }

    def org_noun_at(k: int) -> tuple[int, str | None] | None:
        if not may_start_name(ctx.norm[k], firsts):
            return None
        for n in range(5, 0, -1):
            if k + n > len(doc):
                continue
            key = ctx.key(k, k + n)
            entry = ctx.orgs.description(cues.lang, key)
            if entry is not None:
                return k + n, entry.canonical
            if n <= 3 and key in cues.org_cue_nouns:
                return k + n, None
        return None

    i = 0
    while i < len(doc):
        e = ctx.name_run(i)
        if e == i or any(j in taken for j in range(i, e)):
            i = max(i + 1, e)
            continue
        # Name , [det] [Name 's] [modifiers] noun -- 'Roskosmos, l'agenzia spaziale russa',
        # 'Space X, Elon Musk's company', 'Rocket Lab, a US company'. Anything else between
        # ('Kendra Boysen, proprietaria della società') breaks the apposition.
        if e < len(doc) and tokens[e].text == ",":
            k = e + 1
            if k < len(doc) and ctx.norm[k] in cues.closed_class:
                k += 1
            owner = ctx.name_run(k)
            if owner > k and owner < len(doc) and tokens[owner].text in cues.possessive_suffixes:
                k = owner + 1
            modifiers = 0
            while k < len(doc) and modifiers <= cues.prenominal_modifiers:
                hit = org_noun_at(k)
                if hit is not None:
                    out.append(Candidate(i, e, "ORG", "rule", P_APPOSITION, canonical=hit[1]))
                    break
                tok = tokens[k]
                if tok.is_punct or ctx.role_at(k) is not None:
                    break
                modifiers += 1
                k += 1
        i = e
    # Names built on an organisation word: 'Massachusetts Institute of Technology'.
    i = 0
    while i < len(doc):
        if not ctx.is_name_word(tokens[i]) or i in taken or ctx.role_at(i) is not None:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and ctx.sent_of[j] == ctx.sent_of[i]:
            if ctx.is_cap(tokens[j]) and ctx.role_at(j) is None:
                j += 1
            elif (
                ctx.norm[j] in cues.org_name_connectors
                and j + 1 < len(doc)
                and j + 1 not in taken
                and ctx.is_cap(tokens[j + 1])
            ):
                j += 2
            else:
                break
        words = {ctx.norm[t] for t in range(i, j) if ctx.text[ctx.starts[t]].isupper()}
        headline = all(tokens[t].text.isupper() for t in range(i, j))  # 'CLUB FINED'
        if j - i >= 2 and words & cues.org_name_words and not headline:
            out.append(Candidate(i, j, "ORG", "rule", P_APPOSITION))
        i = j
    # noun Name: 'la società Tesla', 'the Russian space agency Roscosmos'
    for k in range(len(doc)):
        hit = org_noun_at(k)
        if hit is None or (hit[1] is None and tokens[k].text[:1].isupper()):
            continue
        s = hit[0]
        e = ctx.name_run(s, max_tokens=4)
        if e > s and not any(j in taken for j in range(s, e)):
            out.append(Candidate(s, e, "ORG", "rule", P_APPOSITION, canonical=hit[1]))
    return out


def acronym_candidates(ctx: Context, accepted: list[Candidate]) -> list[Candidate]:
    """'Massachusetts Institute of Technology (MIT)': an acronym defined in parentheses after a
    name is that entity, there and wherever else the text uses it (Schwartz & Hearst's rule
    of initials)."""
    doc = ctx.doc
    tokens = ctx.tokens
    taken = {i for c in accepted for i in range(c.start, c.end)}
    defined: dict[str, Candidate] = {}
    for c in accepted:
        k = c.end
        if k + 2 >= len(doc) or tokens[k].text != "(" or tokens[k + 2].text != ")":
            continue
        acr = tokens[k + 1].text
        if (
            not (acr.isalpha() and acr.isupper() and 3 <= len(acr) <= 6)
            or k + 1 in taken
            or ctx.norm[k + 1] in ctx.cues.closed_class
        ):
            continue
        if c.end - c.start >= 2 and _abbreviates(acr, doc[c.start : c.end].text):
            canonical = c.canonical or doc[c.start : c.end].text
            defined[acr] = Candidate(
                k + 1, k + 2, c.label, "rule", P_ACRONYM, geo=c.geo, canonical=canonical
            )
    out: list[Candidate] = []
    for t in tokens:
        proto = defined.get(t.text)
        if proto is not None and t.i not in taken and t.i not in ctx.blocked:
            out.append(
                Candidate(
                    t.i,
                    t.i + 1,
                    proto.label,
                    "rule",
                    P_ACRONYM,
                    geo=proto.geo,
                    canonical=proto.canonical,
                )  # fmt: skip
            )
    return out


def _abbreviates(acronym: str, name: str) -> bool:
    """Schwartz & Hearst (2003): the acronym's letters occur in the name in order, scanning
    from the end, and its first letter starts a word of the name ('INAF' in 'Istituto
    Nazionale di Astrofisica')."""
    a, s = acronym.lower(), name.lower()
    si = len(s) - 1
    for ai in range(len(a) - 1, -1, -1):
        while si >= 0 and (s[si] != a[ai] or (ai == 0 and si > 0 and s[si - 1].isalnum())):
            si -= 1
        if si < 0:
            return False
        si -= 1
    return s[0] == a[0]


def description_candidates(ctx: Context, taken: set[int]) -> list[Candidate]:
    """'l'agenzia spaziale russa', 'the Russian space agency': an organisation named by the
    description the curated list gives it (per language) is a mention of that organisation, so
    an article that only says so still reconciles with one that names it."""
    descriptions = ctx.orgs.descriptions.get(ctx.cues.lang, {})
    if not descriptions:
        return []
    firsts = {w for key in descriptions for w in first_word_forms(key)}
    longest = max(len(key.split()) for key in descriptions)
    tokens = ctx.tokens
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        if i in taken or not may_start_name(ctx.norm[i], firsts):
            i += 1
            continue
        for n in range(min(longest + 1, len(tokens) - i), 0, -1):
            if any(j in taken for j in range(i, i + n)):
                continue
            entry = ctx.orgs.description(ctx.cues.lang, ctx.key(i, i + n))
            if entry is not None:
                out.append(
                    Candidate(
                        i, i + n, "ORG", "description", P_DESCRIPTION, canonical=entry.canonical
                    )
                )
                i += n
                break
        else:
            i += 1
    return out


# 'Amplifon (+6,89%), Campari (+3,08%)': a name and its price change in brackets.
_PRICE_CHANGE = re.compile(r"\s?\(\s?[+\-−–]\s?\d{1,3}(?:[.,]\d{1,2})?\s?%\s?\)")
# A market report lists several; one name with a change may be a poll's candidate.
_MIN_LISTED = 2
_MAX_NAME_TOKENS = 4


def listed_company_candidates(ctx: Context) -> list[Candidate]:
    """Companies in a market report, told by their share price's change after the name."""
    tokens = ctx.tokens
    out: list[Candidate] = []
    for m in _PRICE_CHANGE.finditer(ctx.text):
        paren = first_token_at_or_after(ctx, m.start() + (1 if m.group().startswith(" ") else 0))
        if paren is None or paren == 0:
            continue
        e = paren
        s = e
        while (
            s > 0
            and e - s < _MAX_NAME_TOKENS
            and ctx.is_cap(tokens[s - 1])
            and ctx.sent_of[s - 1] == ctx.sent_of[e - 1]
        ):
            s -= 1
        if s < e and not (e - s >= 2 and tokens[s].text in ctx.given):
            out.append(Candidate(s, e, "ORG", "rule", P_LISTED))
    return out if len(out) >= _MIN_LISTED else []
