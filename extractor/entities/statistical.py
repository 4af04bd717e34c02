"""Cleaning the statistical NER's spans: split, trim, drop what is not a person, place or
organisation."""

from __future__ import annotations

from ..ner import DEFAULT_LABEL_MAP
from .context import P_NER, PROMINENT_CITY, Candidate, Context, role_inside_name
from .gazetteer import normalise
from .heads import get_heads, reshape
from .types import EntityLabel

# Statistical label -> ours, the same table the model loader maps with. MISC/NORP and the like
# are not people, places or organisations.
NER_LABELS: dict[str, EntityLabel] = DEFAULT_LABEL_MAP


def ner_candidates(ctx: Context) -> list[Candidate]:
    """The model's PER/LOC/ORG spans, cleaned; other labels are ignored."""
    doc = ctx.doc
    tokens = ctx.tokens
    cues = ctx.cues
    heads = get_heads(cues.lang)
    out: list[Candidate] = []
    pieces: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        # 'Oleg Novitsky and Pet Dubrov': one span for two people; split on conjunctions and
        # commas (organisations keep theirs: 'Procter & Gamble').
        # A span never runs across a line break or into the next sentence.
        start = ent.start
        for k in range(ent.start, ent.end):
            cut = (tokens[k].is_space and "\n" in tokens[k].text) or (
                k > ent.start and k in ctx.sent_start
            )
            joint = ent.label_ != "ORG" and (
                tokens[k].text == "," or ctx.norm[k] in cues.conjunctions
            )
            if cut or joint:
                pieces.append((start, k, ent.label_))
                start = k if (k in ctx.sent_start and not tokens[k].is_space) else k + 1
        pieces.append((start, ent.end, ent.label_))
    for s, e, ent_label in pieces:
        label = NER_LABELS.get(ent_label)
        # Trim what the model sometimes drags in: a capitalised article at the start of a
        # sentence ('La trama ufficiale'; a person never starts with 'The'; 'La Stampa' keeps
        # it), lower-case words, punctuation, a possessive 's.
        while s < e and (
            not ctx.is_cap(tokens[s])
            and not tokens[s].text[:1].isdigit()
            or s in ctx.blocked
            or label == "PER"
            and ctx.is_demonym(s)  # 'Mexican Ariel Cruz'
            or label == "PER"
            and ctx.norm[s] in cues.honorifics  # 'Dr Anna Bell'
            or s in ctx.sent_start
            and ctx.norm[s] in cues.closed_class
            and (label == "PER" or s + 1 < e and not ctx.is_cap(tokens[s + 1]))
        ):
            s += 1
        while e > s and (
            tokens[e - 1].is_punct
            and not (tokens[e - 1].text == ")" and "(" in doc[s : e - 1].text)  # 'Mladost (L)'
            or tokens[e - 1].lower_ in ("'s", "’s")
            or tokens[e - 1].is_space
            or tokens[e - 1].is_lower
            and ctx.norm[e - 1] in cues.closed_class  # 'Naufragio della'
        ):
            e -= 1
        if s >= e:
            continue
        if label is None:
            continue
        if any(i in ctx.blocked for i in range(s, e)):
            continue
        text = doc[s:e].text
        key = normalise(text)
        if e - s == 1 and key in cues.closed_class:
            if key not in cues.institution_words or s in ctx.sent_start or label == "PER":
                continue  # 'In', 'We', 'Ottobre'; but 'il Senato', 'lo Stato' are names
        if e - s == 1 and key in cues.never_alone:
            # 'TRAILER', 'Video': common words; but the model may know 'Reading' is a club.
            if label == "PER" or text.isupper() or s in ctx.sent_start:
                continue
        if e - s == 1 and s in ctx.sent_start and ctx.norm[s] in ctx.lower_words:
            continue  # 'Sciopero assistenti di volo': the text also writes 'sciopero'
        if label == "PER":
            # 'ad Arcore Silvio Berlusconi', 'di Mosca Cirillo I': a place glued before a name,
            # told by a given name after it or a locative preposition before it.
            place = ctx.gaz.get(ctx.norm[s])
            # ('a Whitney Houston', 'di George Floyd': small towns and given names are names.)
            after_prep = (
                s > 0
                and ctx.norm[s - 1] in cues.locative_prepositions
                and place is not None
                and (place.geo.kind != "city" or place.population >= PROMINENT_CITY)
                and tokens[s].text not in ctx.given
            )
            if (
                e - s >= 2
                and place is not None
                and place.geo.kind != "facility"
                and (tokens[s + 1].text in ctx.given or after_prep)
                and ctx.is_cap(tokens[s + 1])
            ):
                s += 1
                text = doc[s:e].text
            s = ctx.given_names_before(s)  # 'ricerca Anna [Maria Bernini]'
            text = doc[s:e].text
            # 'Nordic Council', 'Charles River': a person's name has no organisation or place
            # word in it; the model got the label wrong, not the span.
            # Where the head comes first ('Viale Monza'), a place or organisation word after a
            # given name is a surname ('Silvio Viale', 'Marco Ponte').
            head_first_person = not heads.head_last and tokens[s].text in ctx.given
            words = {
                w
                for k in range(s, s + 1 if head_first_person else e)
                if tokens[k].text[:1].isupper()
                for w in ctx.norm[k].split("-")
            }
            if words & cues.org_name_words_all:
                label = "ORG"
            elif words & cues.place_name_words_all:
                label = "LOC"
        elif _looks_like_a_person(ctx, s, e):
            label = "PER"  # 'Oleg Novitsky' as ORG: a common given name and a surname
        role = ctx.role_at(s)
        if role is not None and role[0] >= e:
            continue  # 'Music Director', 'Event Organizer': a role, nobody named
        if label != "PER":
            e = _before_inner_role(ctx, s, e)
        shaped = reshape(ctx, heads, s, e, label)
        if shaped is None:
            continue  # 'Booker Prize', 'the novel Bring Up the Bodies'
        s, e, label = shaped
        text = doc[s:e].text
        if (s, e) in ctx.quoted:
            continue  # a quoted title, quotes and all: '‘The Challenge’'
        known = ctx.gaz.get(ctx.key(s, e)) is not None or ctx.orgs.get(ctx.key(s, e)) is not None
        if not known and names_a_vehicle(ctx, s, e):
            continue  # 'the Soyuz MS-19 manned spacecraft'
        if label == "PER" and any(c.isdigit() for c in text):
            continue  # 'SOYUZ-2' is not a person
        if label != "LOC" and not known and cues.modifier_before_role_is_not_person:
            role = ctx.role_at(e)
            if role is not None and (label == "PER" or role[1] in cues.work_roles):
                continue  # 'the Mission Impossible actor': a title, not a person or company
        out.append(Candidate(s, e, label, "ner", P_NER))
    return out


def _before_inner_role(ctx: Context, s: int, e: int) -> int:
    """End of an organisation or place the model ran on into a person's role and name
    ('African Union Commission [Chairperson Dr Nkosazana Dlamini-Zuma]'): the name stops at a
    role noun that has a name after it; the role and the person are the role rules'."""
    return next((k for k in range(s + 2, e - 1) if role_inside_name(ctx, s, k, e)), e)


def _looks_like_a_person(ctx: Context, s: int, e: int) -> bool:
    """Two or three name words led by a common given name, with no organisation or place word
    and unknown to the gazetteer and the organisation list."""
    tokens = ctx.tokens
    if not 2 <= e - s <= 3 or tokens[s].text not in ctx.given or ctx.name_run(s) != e:
        return False
    return not ctx.is_known_non_person(s, e) and ctx.gaz.get(ctx.key(s, e)) is None


def names_a_vehicle(ctx: Context, s: int, e: int) -> bool:
    """A vehicle noun right before the name or within two lower-case words after it."""
    doc = ctx.doc
    tokens = ctx.tokens
    vehicles = ctx.cues.vehicle_nouns
    if s > 0 and tokens[s - 1].lower_ in vehicles:
        return True
    for k in range(e, min(e + 3, len(doc))):
        if tokens[k].lower_ in vehicles:
            return True
        if not (tokens[k].is_lower and tokens[k].is_alpha):
            break
    return False
