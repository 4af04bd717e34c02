"""The news evaluation: real Italian and English articles scored against fact-level gold.

Layout of the data folder (default ../shared/news-dev; read-only, never copied):
`news/<slug>.txt` — line 1 the source URL, then `# key: value` header lines (title, date, lang,
topic, provenance), a blank line, and the article text exactly as stored; `gold/<slug>.json` —
the gold in the seeds' format (corpus/gold/FORMAT.md) plus `lang` and `topic`.

What the extractor is given is what a user has: the article body (everything after the header
block; offsets are relative to it) and the URL as `source.url`. Not the `# date:` header (the
annotators' note: finding the publication date is part of what is measured) and not `# lang:`
(the language is detected; a wrong detection is reported).

Scoring is `extractor.evaluate.facts`, the same as the seeds'. On top of it:

- **Published date.** Right when `source.published` equals the gold's, over the articles whose
  gold has one. Each article is put in one evidence class, so that "the text states the date and
  we missed it" is told apart from "nobody could know": `text` — the body states the gold date
  in full (day, month and year); `url` — otherwise the URL carries it (2011/07/08, 20110708,
  11_luglio_08); `none` — neither (a dateline without its year, page metadata, inference).
  A record may legitimately take its date from the URL (it has `source.url`); today's
  extractor does not, so `url` articles count as misses until it does.
- **Dates.** Gold resolves relative expressions ("on Tuesday", "ieri") against its own
  `published`; the extractor resolves them against the date it found, so a missed publication
  date also costs relative dates. `published_from_gold=True` runs a second extraction with the
  gold date given, reported separately, to tell "dating the article" from "resolving
  expressions"; the main score never sees the gold date.
- **Error classes** per article, beside the plain missing/spurious lists: a missed entity that
  was extracted under another kind ("as place"), a spurious entity that is another kind's
  reference ("is person"), a date found with the wrong value or no value ("wrong value").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .facts import (
    ENTITY_KINDS,
    KINDS,
    Score,
    entity_spellings,
    normalise,
    reference_spellings,
    score_record,
)

__all__ = [
    "BASELINE",
    "DEFAULT_DATA_DIR",
    "ArticleResult",
    "NewsArticle",
    "baseline",
    "evaluate",
    "load_articles",
    "published_evidence",
    "read_article",
    "regressions",
    "render",
    "score_article",
    "stated_in_text",
    "url_dates",
]

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "news-dev"
BASELINE = Path(__file__).resolve().parent / "baselines" / "news.json"

_SINGULAR = {"people": "person", "places": "place", "organizations": "organization"}
SCOPES = ("all", "it", "en")
EVIDENCE = ("text", "url", "none")


# --------------------------------------------------------------------------------------------
# reading the folder


@dataclass(slots=True)
class NewsArticle:
    slug: str
    url: str | None
    headers: dict[str, str]
    body: str
    gold: dict[str, Any]


def read_article(text: str) -> tuple[str | None, dict[str, str], str]:
    """(URL, header fields, body) of a news-dev article file's text.

    The body is everything after the blank line that ends the header block, as stored.
    """
    url: str | None = None
    headers: dict[str, str] = {}
    pos = 0
    first = True
    while pos < len(text):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        nxt = len(text) if end < 0 else end + 1
        stripped = line.rstrip("\r")
        if first and not stripped.startswith("#") and "://" in stripped:
            url = stripped.strip()
        elif stripped.startswith("#"):
            key, _, value = stripped.lstrip("#").partition(":")
            headers[key.strip().lower()] = value.strip()
        elif not stripped.strip():
            return url, headers, text[nxt:]  # the blank line ends the header block
        else:
            break  # no blank line: the body starts here
        first = False
        pos = nxt
    return url, headers, text[pos:]


def load_articles(data_dir: Path) -> list[NewsArticle]:
    """Every article of `data_dir` that has a gold file, in slug order."""
    if not data_dir.is_dir():
        raise InputError(f"{data_dir}: no such data folder (pass DIR)")
    gold_paths = sorted((data_dir / "gold").glob("*.json"))
    if not gold_paths:
        raise InputError(f"{data_dir}: no gold/*.json to score against")
    articles = []
    for gold_path in gold_paths:
        article_path = data_dir / "news" / f"{gold_path.stem}.txt"
        if not article_path.is_file():
            raise InputError(f"{gold_path}: no article {article_path.name} in news/")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise InputError(f"{gold_path}: cannot read gold ({exc})") from None
        url, headers, body = read_article(article_path.read_text(encoding="utf-8"))
        articles.append(NewsArticle(gold_path.stem, url, headers, body, gold))
    return articles


# --------------------------------------------------------------------------------------------
# where a publication date can be found (scorer side only: never given to the extractor)

_MONTHS = {
    1: ("january", "jan", "gennaio", "gen"),
    2: ("february", "feb", "febbraio"),
    3: ("march", "mar", "marzo"),
    4: ("april", "apr", "aprile"),
    5: ("may", "maggio", "mag"),
    6: ("june", "jun", "giugno", "giu"),
    7: ("july", "jul", "luglio", "lug"),
    8: ("august", "aug", "agosto", "ago"),
    9: ("september", "sept", "sep", "settembre", "set"),
    10: ("october", "oct", "ottobre", "ott"),
    11: ("november", "nov", "novembre"),
    12: ("december", "dec", "dicembre", "dic"),
}
_MONTH_NUMBER = {name: m for m, names in _MONTHS.items() for name in names}


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})([/_-]?)(\d{1,2})\2(\d{1,2})(?!\d)")
_URL_YY_MONTH_DD = re.compile(r"(?<![\da-z])(\d{2})_([a-z]+)_(\d{1,2})(?!\d)")


def url_dates(url: str | None) -> list[str]:
    """ISO dates a URL's path carries: 2011/07/08, 2011-07-08, 20110708, 11_luglio_08."""
    if not url:
        return []
    path = url.split("://", 1)[-1].partition("/")[2].lower()
    found = []
    for m in _URL_YMD.finditer(path):
        if not m[2] and (len(m[3]) != 2 or len(m[4]) != 2):
            continue  # 8 digits without separators only as yyyymmdd
        found.append(_valid(int(m[1]), int(m[3]), int(m[4])))
    for m in _URL_YY_MONTH_DD.finditer(path):
        if m[2] in _MONTH_NUMBER:
            found.append(_valid(2000 + int(m[1]), _MONTH_NUMBER[m[2]], int(m[3])))
    return [d for d in found if d]


def stated_in_text(body: str, iso: str) -> bool:
    """Whether the body states the date in full: '8 July 2011', 'July 8, 2011',
    '8 lug. 2011', '2011-07-08', '08/07/2011'."""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return False
    day = rf"0?{date.day}(?:st|nd|rd|th|°|º)?"
    month = "(?:" + "|".join(_MONTHS[date.month]) + r")\.?"
    num_month = rf"0?{date.month}"
    year = str(date.year)
    patterns = [
        rf"(?<!\d){day}\s+{month},?\s+{year}(?!\d)",
        rf"(?<![\w]){month}\s+{day},?\s+{year}(?!\d)",
        rf"(?<!\d){year}-{num_month}-0?{date.day}(?!\d)",
        rf"(?<!\d)0?{date.day}[/.-]{num_month}[/.-]{year}(?!\d)",
        rf"(?<!\d){num_month}/0?{date.day}/{year}(?!\d)",
    ]
    return any(re.search(p, body, re.IGNORECASE) for p in patterns)


def published_evidence(body: str, url: str | None, published: str) -> str:
    """'text', 'url' or 'none': where a reader finds the gold publication date."""
    if stated_in_text(body, published):
        return "text"
    if published in url_dates(url):
        return "url"
    return "none"


# --------------------------------------------------------------------------------------------
# scoring one article


@dataclass(slots=True)
class ArticleResult:
    slug: str
    lang: str  # the gold's
    detected: str | None  # the record's (None when extraction failed)
    published_gold: str | None
    published_got: str | None
    evidence: str | None  # None when the gold has no published date
    scores: dict[str, Score]
    notes: dict[str, list[str]] = field(default_factory=dict)  # error classes, see score_article
    failed: str | None = None
    gold_dated: dict[str, Score] | None = None  # dates/durations with the gold published given
    gold_dated_notes: dict[str, list[str]] = field(default_factory=dict)
    gold_dated_failed: str | None = None

    @property
    def published_ok(self) -> bool:
        return self.published_got == self.published_gold


def _entity_notes(record: Any, gold: dict[str, Any]) -> dict[str, list[str]]:
    """Each entity error in one class: a missed reference was extracted under another kind
    (`as-other-kind`) or not at all (`missed`); a spurious entity is another kind's reference
    (`other-kinds-reference`) or in no reference (`not-in-gold`)."""
    notes: dict[str, list[str]] = {}
    spellings = {k: [(e, entity_spellings(e)) for e in getattr(record, k)] for k in ENTITY_KINDS}
    refs = {k: [(r, reference_spellings(r)) for r in gold.get(k, [])] for k in ENTITY_KINDS}

    def other_kinds(kind: str, sp: set[str], pool: dict[str, list[tuple[Any, set[str]]]]) -> str:
        kinds = {_SINGULAR[k] for k in ENTITY_KINDS if k != kind for _, s in pool[k] if s & sp}
        return "/".join(sorted(kinds))

    for kind in ENTITY_KINDS:
        for ref, ref_sp in refs[kind]:
            if ref.get("optional") or any(sp & ref_sp for _, sp in spellings[kind]):
                continue
            if others := other_kinds(kind, ref_sp, spellings):
                notes.setdefault(f"{kind}:as-other-kind", []).append(
                    f"{ref['canonical']} (as {others})"
                )
            else:
                notes.setdefault(f"{kind}:missed", []).append(ref["canonical"])
        for entity, sp in spellings[kind]:
            if any(sp & ref_sp for _, ref_sp in refs[kind]):
                continue
            if others := other_kinds(kind, sp, refs):
                notes.setdefault(f"{kind}:other-kinds-reference", []).append(
                    f"{entity.name} (is {others})"
                )
            else:
                notes.setdefault(f"{kind}:not-in-gold", []).append(entity.name)
    return notes


def _value_notes(
    items: list[Any], reference: list[dict[str, Any]], score: Score, kind: str
) -> dict[str, list[str]]:
    """Each date or duration error of `score` in one class: a missed reference whose expression
    was found with another value (`wrong-value`) or with none (`unresolved`), or not found
    (`missed`); an extracted item in no reference, with a value (`spurious`) or without
    (`spurious-null`)."""
    missing = [r for r in reference if f"{r['surface']}={r['value']}" in score.missing]
    missing = [r for r in missing if not r.get("optional")]
    wrong = [i for i in items if f"{i.text}={i.value}" in score.spurious]
    notes: dict[str, list[str]] = {}
    paired: set[int] = set()
    for ref in missing:
        surface = normalise(ref["surface"])
        for n, item in enumerate(wrong):
            text = normalise(item.text)
            if n not in paired and text and (text in surface or surface in text):
                paired.add(n)
                key = f"{kind}:unresolved" if item.value is None else f"{kind}:wrong-value"
                notes.setdefault(key, []).append(
                    f"«{item.text}» {item.value} (gold {ref['value']})"
                )
                break
        else:
            notes.setdefault(f"{kind}:missed", []).append(f"{ref['surface']}={ref['value']}")
    for n, item in enumerate(wrong):
        if n not in paired:
            key = f"{kind}:spurious" if item.value else f"{kind}:spurious-null"
            notes.setdefault(key, []).append(f"{item.text}={item.value}")
    return notes


def score_article(
    record: Any, gold: dict[str, Any]
) -> tuple[dict[str, Score], dict[str, list[str]]]:
    """Scores per kind (as the seeds') and the error classes of one record."""
    scores = score_record(record, gold)
    del scores["published"]  # scored per evidence class by the caller
    notes = _entity_notes(record, gold)
    for kind in ("dates", "durations"):
        notes |= _value_notes(getattr(record, kind), gold.get(kind, []), scores[kind], kind)
    return scores, notes


class _Empty:
    """The record of an article whose extraction failed: it found nothing."""

    people: list[Any] = []
    places: list[Any] = []
    organizations: list[Any] = []
    dates: list[Any] = []
    durations: list[Any] = []

    class source:  # noqa: N801 - mimics Record.source
        published = None
        language = None


def _extract(article: NewsArticle, published: str | None = None) -> tuple[Any, str | None]:
    from ..api import extract

    source = {"id": article.slug, "url": article.url}
    try:
        return extract(article.body, published=published, source=source), None
    except Exception as exc:  # noqa: BLE001 - one failing article is a finding, not the end
        return _Empty(), " ".join(f"{type(exc).__name__}: {exc}".split())


def evaluate(data_dir: Path | None = None, published_from_gold: bool = False) -> dict[str, Any]:
    """Extract and score every article of `data_dir`; totals per scope (all, it, en)."""
    data_dir = DEFAULT_DATA_DIR if data_dir is None else data_dir
    articles = []
    for article in load_articles(data_dir):
        gold = article.gold
        record, failed = _extract(article)
        scores, notes = score_article(record, gold)
        published = gold.get("published")
        result = ArticleResult(
            slug=article.slug,
            lang=gold.get("lang") or article.headers.get("lang", "?"),
            detected=record.source.language,
            published_gold=published,
            published_got=record.source.published,
            evidence=published_evidence(article.body, article.url, published)
            if published
            else None,
            scores=scores,
            notes=notes,
            failed=failed,
        )
        if published_from_gold and published:
            dated, result.gold_dated_failed = _extract(article, published)
            dated_scores, dated_notes = score_article(dated, gold)
            result.gold_dated = {k: dated_scores[k] for k in ("dates", "durations")}
            result.gold_dated_notes = {
                k: v for k, v in dated_notes.items() if k.startswith(("dates", "durations"))
            }
        articles.append(result)
    return {"data": str(data_dir), "articles": articles, "totals": totals(articles)}


def totals(articles: list[ArticleResult]) -> dict[str, dict[str, Any]]:
    """Per scope: a Score per kind, entity splits/merges, published counts per evidence class."""
    out: dict[str, dict[str, Any]] = {}
    for scope in SCOPES:
        members = [a for a in articles if scope == "all" or a.lang == scope]
        kinds = {kind: Score() for kind in KINDS}
        dated = {kind: Score() for kind in ("dates", "durations")}
        published = {ev: [0, 0] for ev in EVIDENCE}
        for a in members:
            for kind in KINDS:
                kinds[kind].add(a.scores[kind])
            if a.gold_dated is not None:
                for kind, s in a.gold_dated.items():
                    dated[kind].add(s)
            if a.evidence is not None:
                published[a.evidence][0] += int(a.published_ok)
                published[a.evidence][1] += 1
        right = sum(r for r, _ in published.values())
        n = sum(t for _, t in published.values())
        out[scope] = {
            "articles": len(members),
            "kinds": kinds,
            "gold_dated": dated if any(a.gold_dated is not None for a in members) else None,
            "splits": sum(kinds[k].splits for k in ENTITY_KINDS),
            "merges": sum(kinds[k].merges for k in ENTITY_KINDS),
            "published": (right, n),
            "published_by_evidence": {ev: tuple(v) for ev, v in published.items()},
            "language_errors": sum(a.detected != a.lang for a in members),
            "failed": sum(a.failed is not None for a in members),
        }
    return out


# --------------------------------------------------------------------------------------------
# baseline

# Numbers where lower is better; every other pinned number must not fall.
_LOWER_IS_BETTER = {"splits", "merges", "language_errors", "failed"}


def baseline(result: dict[str, Any]) -> dict[str, dict[str, float | int]]:
    """The pinned numbers (evaluate/baselines/news.json): per scope, F1 per kind, entity splits
    and merges, published-date accuracy, language errors and failed extractions."""
    pinned: dict[str, dict[str, float | int]] = {}
    for scope, t in result["totals"].items():
        right, n = t["published"]
        pinned[scope] = {
            **{kind: round(t["kinds"][kind].f1, 3) for kind in KINDS},
            "splits": t["splits"],
            "merges": t["merges"],
            "published": round(right / n, 3) if n else 1.0,
            "language_errors": t["language_errors"],
            "failed": t["failed"],
        }
    return pinned


def regressions(result: dict[str, Any], pinned: dict[str, dict[str, float | int]]) -> list[str]:
    """Every pinned number the result is worse on (a scope or number gone counts too)."""
    got = baseline(result)
    failed = []
    for scope, numbers in pinned.items():
        for key, value in numbers.items():
            now = got.get(scope, {}).get(key)
            if now is None:
                failed.append(f"{scope}/{key}: missing (pinned {value})")
            elif key in _LOWER_IS_BETTER and now > value:
                failed.append(f"{scope}/{key}: {now} > {value}")
            elif key not in _LOWER_IS_BETTER and now < value:
                failed.append(f"{scope}/{key}: {now} < {value}")
    return failed


# --------------------------------------------------------------------------------------------
# report


def _kind_row(label: str, s: Score) -> str:
    return (
        f"{label:<22} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
        f" {s.tp_ref:>5}/{s.n_ref:<5} {s.tp_sys:>5}/{s.n_sys:<5}"
    )


def _ratio(right: int, n: int) -> str:
    return f"{right}/{n} ({right / n:.3f})" if n else "-"


def render(result: dict[str, Any]) -> str:
    articles: list[ArticleResult] = result["articles"]
    lines = [f"news: {len(articles)} articles in {result['data']}", ""]
    header = f"{'scope kind':<22} {'P':>6} {'R':>6} {'F1':>6} {'gold found':>11} {'sys right':>11}"
    for scope, t in result["totals"].items():
        if not t["articles"]:
            continue
        lines += [f"{header}   [{scope}: {t['articles']} articles]", "-" * len(header)]
        for kind in KINDS:
            lines.append(_kind_row(f"{scope} {kind}", t["kinds"][kind]))
        if t["gold_dated"] is not None:
            for kind, s in t["gold_dated"].items():
                lines.append(_kind_row(f"{scope} {kind}*", s))
        by_ev = ", ".join(f"{ev} {_ratio(*t['published_by_evidence'][ev])}" for ev in EVIDENCE)
        lines.append(
            f"{scope} splits {t['splits']}, merges {t['merges']}; published "
            f"{_ratio(*t['published'])} ({by_ev}); language errors {t['language_errors']}"
            + (f"; extraction failed {t['failed']}" if t["failed"] else "")
        )
        lines.append("")
    if result["totals"]["all"]["gold_dated"] is not None:
        lines += ["* with the gold publication date given to the extractor", ""]
    lines += _render_classes(articles)
    lines += ["", "per article (missing = gold not found; spurious = extracted, not in gold)"]
    for a in articles:
        lines += _render_article(a)
    return "\n".join(lines)


_CLASS_ORDER = (
    "missed",
    "as-other-kind",
    "wrong-value",
    "unresolved",
    "other-kinds-reference",
    "not-in-gold",
    "spurious",
    "spurious-null",
)


def _render_classes(articles: list[ArticleResult]) -> list[str]:
    counts: dict[str, int] = {}
    for a in articles:
        for key, items in a.notes.items():
            counts[key] = counts.get(key, 0) + len(items)
    lines = [
        "error classes, all articles (missing = missed + as-other-kind [+ wrong-value +"
        " unresolved]; spurious = the rest):"
    ]
    for kind in KINDS:
        parts = [f"{c} {counts[f'{kind}:{c}']}" for c in _CLASS_ORDER if f"{kind}:{c}" in counts]
        if parts:
            lines.append(f"  {kind}: " + ", ".join(parts))
    wrong = [a for a in articles if not a.published_ok and a.evidence is not None]
    by_ev = {ev: sum(a.evidence == ev for a in wrong) for ev in EVIDENCE}
    lines.append("  published wrong: " + ", ".join(f"{ev} {n}" for ev, n in by_ev.items()))
    return lines


def _kind_lines(kind: str, notes: dict[str, list[str]], mark: str = "") -> list[str]:
    def get(*classes: str) -> list[str]:
        return [item for c in classes for item in notes.get(f"{kind}:{c}", [])]

    parts = []
    if missing := get("missed", "as-other-kind"):
        parts.append("missing " + "; ".join(missing))
    if wrong := get("wrong-value", "unresolved"):
        parts.append("wrong " + "; ".join(wrong))
    if spurious := get("other-kinds-reference", "not-in-gold", "spurious", "spurious-null"):
        parts.append("spurious " + "; ".join(spurious))
    return [f"  {kind}{mark}: " + " | ".join(parts)] if parts else []


def _render_article(a: ArticleResult) -> list[str]:
    flags = [f"{a.lang}"]
    if a.detected != a.lang:
        flags.append(f"DETECTED {a.detected}")
    if a.published_gold is not None:
        mark = "ok" if a.published_ok else f"got {a.published_got}"
        flags.append(f"published {a.published_gold} [{a.evidence}] {mark}")
    lines = [f"{a.slug} ({'; '.join(flags)})"]
    if a.failed:
        lines.append(f"  EXTRACTION FAILED: {a.failed}")
    if a.gold_dated_failed:
        lines.append(f"  EXTRACTION FAILED with the gold published date: {a.gold_dated_failed}")
    for kind in KINDS:
        lines += _kind_lines(kind, a.notes)
        s = a.scores[kind]
        if s.split or s.merged:
            joined = [*(f"split {x}" for x in s.split), *(f"merged {x}" for x in s.merged)]
            lines.append(f"  {kind}: " + "; ".join(joined))
    if a.gold_dated is not None:
        for kind in ("dates", "durations"):
            lines += _kind_lines(kind, a.gold_dated_notes, "*")
    return lines
