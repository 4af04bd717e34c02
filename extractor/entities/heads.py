"""What a name's head word and its neighbours say about it.

A name's head (English: its last word, 'Bruce Museum'; Italian: its first, 'Museo Egizio')
tells its kind better than a model that has never seen the name: a museum, a hospital, an
embassy are organisations; a prize, a cup, a festival are none of our kinds ('Booker Prize').
A work noun before a name makes it a title ('the novel Bring Up the Bodies'). A street word
before a name makes the whole a place ('via Venezia', 'stadio Bentegodi'). An Italian
institution's name goes on in lower case after its head ('Consiglio dei ministri').

The words are the language's (`HEAD_POSITION`, `ORG_HEADS`, `MISC_HEADS`, `WORK_NOUNS`,
`STREET_WORDS`, `INSTITUTION_HEADS`, `INSTITUTION_LINKS` in `extractor/lang/<code>/entities.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .context import Context
from .gazetteer import normalise
from .types import EntityLabel

__all__ = ["Heads", "get_heads", "reshape"]

# An institution's lower-case complement is short: 'del lavoro e delle politiche sociali'.
_MAX_COMPLEMENT_TOKENS = 8


@dataclass(frozen=True)
class Heads:
    head_last: bool
    org: frozenset[str]
    misc: frozenset[str]
    work_nouns: frozenset[str]
    street_words: frozenset[str]
    institution_heads: frozenset[str]
    institution_links: frozenset[str]
    institution_articles: frozenset[str]
    institution_conjunctions: frozenset[str]
    articles: frozenset[str]
    infinitive_endings: tuple[str, ...]
    infinitive_prepositions: frozenset[str]


@cache
def get_heads(lang: str) -> Heads:
    from ..lang import load_lang_module

    mod = load_lang_module(lang, "entities")

    def words(name: str) -> frozenset[str]:
        return frozenset(normalise(w) for w in getattr(mod, name, ()))

    return Heads(
        head_last=getattr(mod, "HEAD_POSITION", "last") == "last",
        org=words("ORG_HEADS"),
        misc=words("MISC_HEADS"),
        work_nouns=words("WORK_NOUNS"),
        street_words=words("STREET_WORDS"),
        institution_heads=words("INSTITUTION_HEADS"),
        institution_links=words("INSTITUTION_LINKS"),
        institution_articles=words("INSTITUTION_ARTICLES"),
        institution_conjunctions=words("CONJUNCTIONS"),
        articles=words("ARTICLES"),
        infinitive_endings=tuple(getattr(mod, "INFINITIVE_ENDINGS", ())),
        infinitive_prepositions=words("INFINITIVE_PREPOSITIONS"),
    )


def _head(ctx: Context, heads: Heads, s: int, e: int) -> str:
    return ctx.norm[e - 1] if heads.head_last else ctx.norm[s]


def is_misc(ctx: Context, heads: Heads, s: int, e: int) -> bool:
    """An award, competition, law or work: 'Booker Prize', 'Leone d'oro', 'the film Dune'."""
    if _head(ctx, heads, s, e) in heads.misc or ctx.key(s, e) in heads.misc:
        return True
    k = _before(ctx, s)
    if k >= 0 and not heads.head_last and ctx.tokens[k].is_lower and ctx.norm[k] in heads.misc:
        return True  # 'l'indice Ftse Mib', 'il premio Strega': the head written before
    if k >= 0 and ctx.tokens[k].text == ",":
        k = _before(ctx, k)  # 'her trilogy, Wolf Hall,'
    if k >= 0 and ctx.norm[k] in heads.work_nouns and not ctx.tokens[k].is_title:
        return True
    return _work_noun_after(ctx, heads, e)


def _before(ctx: Context, i: int) -> int:
    k = i - 1
    while k >= 0 and ctx.tokens[k].is_space:
        k -= 1
    return k


def _work_noun_after(ctx: Context, heads: Heads, e: int) -> bool:
    """ "'Dune', il film di Denis Villeneuve", 'Nomadland, the film that': a title in
    apposition to a work noun after it."""
    tokens = ctx.tokens
    k = e
    if k < len(tokens) and tokens[k].is_quote:
        k += 1
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    k += 1
    if k < len(tokens) and ctx.norm[k] in heads.articles:
        k += 1
    return k < len(tokens) and tokens[k].is_lower and ctx.norm[k] in heads.work_nouns


def relabel_by_head(ctx: Context, heads: Heads, s: int, e: int, label: EntityLabel) -> EntityLabel:
    """'Bruce Museum' (LOC), 'Ospedale Cotugno' (PER) -> ORG."""
    head = e - 1 if heads.head_last else s
    if (
        label != "ORG"
        and ctx.norm[head] in heads.org
        and e - s >= 2
        and ctx.tokens[head].text not in ctx.given  # 'Marina Calderone' is no navy
    ):
        return "ORG"
    return label


def street_start(ctx: Context, heads: Heads, s: int) -> int:
    """Start of 'via Venezia' when the model found only 'Venezia'."""
    if s > 0 and ctx.norm[s - 1] in heads.street_words and not ctx.tokens[s - 1].is_space:
        return s - 1
    return s


def institution_end(ctx: Context, heads: Heads, s: int, e: int) -> int:
    """End of 'Consiglio dei ministri' when the model stopped at 'Consiglio', or of 'Procura
    della Repubblica di Roma' when it stopped at 'Repubblica': the complements of a name that
    opens with an institution's head, through prepositions and 'e' ('del lavoro e delle
    politiche sociali'), up to punctuation or a word that is no complement."""
    if not heads.institution_heads or ctx.norm[s] not in heads.institution_heads:
        return e
    tokens = ctx.tokens
    k, best = e, e
    sent = ctx.sent_of[s]
    while k < len(tokens) and k - e < _MAX_COMPLEMENT_TOKENS and ctx.sent_of[k] == sent:
        link = _link_at(ctx, heads, k)
        if link == k:
            break
        k = link
        if (
            k >= len(tokens)
            or not tokens[k].is_alpha
            or ctx.norm[k] in heads.institution_links
            or k in ctx.blocked
            or _infinitive(ctx, heads, k)
        ):
            break
        k += 1  # the complement's noun ('ministri', 'lavoro', 'Repubblica')
        k = _name_end(ctx, k, sent)  # ... or a place of several words ('di Torre Annunziata')
        if k < len(tokens) and tokens[k].is_lower and tokens[k].is_alpha and _adjective(ctx, k):
            k += 1  # 'politiche sociali', 'pubblica amministrazione'
        best = k
    return best


def _infinitive(ctx: Context, heads: Heads, k: int) -> bool:
    """A verb after a bare preposition ('per raccontare') is no complement; nouns ending the
    same way take an article ('del mare', 'del potere')."""
    word = ctx.norm[k]
    return (
        bool(heads.infinitive_endings)
        and ctx.tokens[k].is_lower
        and ctx.norm[k - 1] in heads.infinitive_prepositions
        and word.endswith(heads.infinitive_endings)
    )


def _name_end(ctx: Context, k: int, sent: int) -> int:
    """End of a capitalised complement that goes on in capitals: 'Torre Annunziata', 'Reggio
    Calabria', 'Santa Maria Capua Vetere'; a given name opens the next name ('la Procura di
    Roma Giuseppe Pignatone' has no comma in some papers)."""
    tokens = ctx.tokens
    if not ctx.is_cap(tokens[k - 1]):
        return k
    start, end = k - 1, k
    while end < len(tokens) and end - start < 5 and ctx.is_cap(tokens[end]):
        end += 1
    for j in range(end, k, -1):  # the longest known place first: 'Santa Maria Capua Vetere'
        if ctx.gaz.get(ctx.key(start, j)) is not None:
            return j
    while (
        k < len(tokens)
        and ctx.sent_of[k] == sent
        and tokens[k].is_alpha
        and ctx.is_cap(tokens[k])
        and tokens[k].text not in ctx.given
        and tokens[k - 1].whitespace_
    ):
        k += 1
    return k


def _link_at(ctx: Context, heads: Heads, k: int) -> int:
    """Index after the linking words at k ('della', 'e delle', "dell'", 'per la'), k if there
    are none."""
    tokens = ctx.tokens
    j = k + 1 if k < len(tokens) and ctx.norm[k] in heads.institution_conjunctions else k
    if j >= len(tokens) or ctx.norm[j] not in heads.institution_links:
        return k
    j += 1
    if j < len(tokens) and ctx.norm[j] in heads.institution_articles:
        j += 1  # 'per la pubblica amministrazione'
    return j


def _adjective(ctx: Context, k: int) -> bool:
    """A lower-case word after a complement's noun that agrees with it in form: Italian
    adjectives of institutions end like the noun ('politiche sociali', 'pubblica
    amministrazione' is the reverse and is caught as noun + noun)."""
    word = ctx.norm[k]
    return len(word) > 3 and word.endswith(("ale", "ali", "ica", "iche", "ico", "ici", "ivo",
                                            "iva", "ive", "ivi", "are", "ari", "ano", "ana",
                                            "ani", "ane", "ese", "esi", "ile", "ili"))  # fmt: skip


def reshape(
    ctx: Context, heads: Heads, s: int, e: int, label: EntityLabel
) -> tuple[int, int, EntityLabel] | None:
    """The model's span as its head and neighbours say it should be; None for a span that is
    an award, competition, law or title."""
    if is_misc(ctx, heads, s, e):
        return None
    street = street_start(ctx, heads, s)
    if street < s:
        return street, e, "LOC"
    if label == "ORG" or ctx.norm[s] in heads.institution_heads:
        end = institution_end(ctx, heads, s, e)
        if end > e:
            return s, end, "ORG"
    return s, e, relabel_by_head(ctx, heads, s, e, label)
