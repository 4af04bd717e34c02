"""`extractor evaluate news`: the reader, the scorer's error classes, the CLI, the baseline gate.

Every article and gold here is written in the test; the news-dev texts themselves are read only
by the gate at the end (skipped when ../shared/news-dev is absent) and never copied.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from extractor.cli import main
from extractor.evaluate import news
from extractor.evaluate.facts import score_values

from .conftest import SHARED

NEWS_DEV = SHARED / "news-dev"


def _entity(name: str, *aliases: str) -> SimpleNamespace:
    return SimpleNamespace(name=name, aliases=list(aliases), mentions=[])


def _value(text: str, value: str | None) -> SimpleNamespace:
    return SimpleNamespace(text=text, value=value)


def _record(**kinds: Any) -> SimpleNamespace:
    fields = {k: kinds.get(k, []) for k in news.KINDS}
    source = SimpleNamespace(published=kinds.get("published"), language=kinds.get("lang", "en"))
    return SimpleNamespace(source=source, **fields)


def _ref(canonical: str, *surface: str, optional: bool = False) -> dict[str, Any]:
    return {"canonical": canonical, "surface": list(surface or [canonical]), "optional": optional}


# --------------------------------------------------------------------------------------------
# reading the layout


def test_read_article_splits_url_headers_and_body() -> None:
    text = (
        "https://example.org/2020/03/04/a-story\n"
        "# title: A story\n"
        "# date: 2020-03-04 (from the URL)\n"
        "# lang: en\n"
        "\n"
        "A story\n\nAnna Rossi spoke in Turin.\n"
    )
    url, headers, body = news.read_article(text)
    assert url == "https://example.org/2020/03/04/a-story"
    assert headers == {"title": "A story", "date": "2020-03-04 (from the URL)", "lang": "en"}
    assert body == "A story\n\nAnna Rossi spoke in Turin.\n"  # the blank line inside stays
    assert text.endswith(body)


def test_read_article_without_url_or_blank_line() -> None:
    assert news.read_article("# lang: it\nTesto.") == (None, {"lang": "it"}, "Testo.")


@pytest.mark.parametrize(
    ("url", "dates"),
    [
        ("https://example.org/news/2011/07/08/a-b", ["2011-07-08"]),
        ("https://example.org/art/notizie/2011-07-08/titolo", ["2011-07-08"]),
        ("https://example.com/paper/20110708/99", ["2011-07-08"]),
        ("https://example.it/cultura/11_luglio_08/titolo", ["2011-07-08"]),
        ("https://example.org/2011/07/title-9876543210/", []),  # a month is not a date
        ("https://example.org/article/a1b2c3d4-0000", []),
        ("https://example2011.org/x", []),
        (None, []),
    ],
)
def test_url_dates(url: str | None, dates: list[str]) -> None:
    assert news.url_dates(url) == dates


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        ("Posted on May 16, 2016 by the desk", True),
        ("Monday 16 May 2016 09:10", True),
        ("Milano, 16 mag. 2016 - Il consiglio", True),
        ("2016-05-16 08:00", True),
        ("il 16/05/2016 alle 9", True),
        ("MILANO, 16 MAG - Il consiglio", False),  # a dateline without its year
        ("May 16, 2015", False),
        ("116 May 2016", False),
    ],
)
def test_stated_in_text(body: str, stated: bool) -> None:
    assert news.stated_in_text(body, "2016-05-16") is stated


def test_published_evidence_classes() -> None:
    url = "https://example.org/2016/05/16/story"
    assert news.published_evidence("Published May 16, 2016", url, "2016-05-16") == "text"
    assert news.published_evidence("Nothing dated.", url, "2016-05-16") == "url"
    assert news.published_evidence("Nothing dated.", url, "2016-05-17") == "none"


# --------------------------------------------------------------------------------------------
# scoring


def test_entity_error_classes() -> None:
    gold = {
        "people": [_ref("Anna Rossi", "Anna Rossi", "Rossi"), _ref("Carlo Neri")],
        "places": [_ref("Turin", "Torino")],
        "organizations": [_ref("Juventus FC", "Juventus")],
    }
    record = _record(
        people=[_entity("Rossi"), _entity("Anna Rossi"), _entity("Juventus"), _entity("CAPITOLO")],
        places=[_entity("Torino")],
    )
    scores, notes = news.score_article(record, gold)
    assert scores["people"].splits == 1 and scores["people"].split == [
        "Anna Rossi <- Rossi / Anna Rossi"
    ]
    assert notes["people:missed"] == ["Carlo Neri"]
    assert notes["people:other-kinds-reference"] == ["Juventus (is organization)"]
    assert notes["people:not-in-gold"] == ["CAPITOLO"]
    assert notes["organizations:as-other-kind"] == ["Juventus FC (as person)"]
    assert "places:missed" not in notes
    # every error is in exactly one class
    missing = len(notes["people:missed"])
    spurious = len(notes["people:other-kinds-reference"]) + len(notes["people:not-in-gold"])
    assert missing == len(scores["people"].missing) and spurious == len(scores["people"].spurious)


def test_merge_is_reported_by_name() -> None:
    gold = {"people": [_ref("Anna Rossi", "Rossi"), _ref("Marco Rossi", "Rossi")]}
    scores, _ = news.score_article(_record(people=[_entity("Rossi")]), gold)
    assert scores["people"].merges == 1
    assert scores["people"].merged == ["Rossi -> Anna Rossi + Marco Rossi"]


def test_value_error_classes() -> None:
    gold = {
        "dates": [
            {"surface": "on Tuesday", "value": "2020-03-03"},
            {"surface": "last year", "value": "2019"},
            {"surface": "in 1990", "value": "1990"},
            {"surface": "this evening", "value": "2020-03-04"},
        ],
        "durations": [{"surface": "an hour and a half", "value": "PT1.5H"}],
    }
    record = _record(
        dates=[
            _value("Tuesday", "2020-03-10"),
            _value("last year", None),
            _value("this evening", "2020-03-04TEV"),
            _value("the 12", None),
            _value("2031", "2031"),
        ],
        durations=[_value("an hour and a half", "PT1H30M")],
    )
    scores, notes = news.score_article(record, gold)
    assert notes["dates:wrong-value"] == ["«Tuesday» 2020-03-10 (gold 2020-03-03)"]
    assert notes["dates:unresolved"] == ["«last year» None (gold 2019)"]
    assert notes["dates:missed"] == ["in 1990=1990"]
    assert notes["dates:spurious"] == ["2031=2031"] and notes["dates:spurious-null"] == [
        "the 12=None"
    ]
    # the evening of the gold's day is that day, said more precisely: found, and right
    assert scores["dates"].tp_ref == 1 and scores["dates"].tp_sys == 1
    # durations by canonical value
    assert scores["durations"].f1 == 1.0 and not any(k.startswith("durations") for k in notes)


def test_a_time_of_day_finds_its_day_only_as_the_same_expression() -> None:
    gold = [{"surface": "today", "value": "2021-10-06"}]
    other = score_values([("8:55 a.m.", "2021-10-06T08:55")], gold)
    assert (other.tp_sys, other.tp_ref) == (1, 0)
    same = score_values([("today at 8:55", "2021-10-06T08:55")], gold)
    assert (same.tp_sys, same.tp_ref) == (1, 1)


def _result(**totals: Any) -> dict[str, Any]:
    kinds = {k: news.Score(tp_ref=8, n_ref=10, tp_sys=8, n_sys=10) for k in news.KINDS}
    base = {
        "articles": 2,
        "kinds": kinds,
        "gold_dated": None,
        "splits": 1,
        "merges": 0,
        "published": (1, 2),
        "published_by_evidence": {},
        "language_errors": 0,
        "failed": 0,
    }
    return {"totals": {"all": {**base, **totals}}}


def test_baseline_and_regressions() -> None:
    pinned = news.baseline(_result())
    assert pinned["all"]["people"] == 0.8 and pinned["all"]["published"] == 0.5
    assert news.regressions(_result(), pinned) == []
    assert news.regressions(_result(splits=0, published=(2, 2)), pinned) == []  # better is fine
    worse = _result(splits=2, published=(0, 2))
    assert sorted(news.regressions(worse, pinned)) == [
        "all/published: 0.0 < 0.5",
        "all/splits: 2 > 1",
    ]
    lower = _result()
    lower["totals"]["all"]["kinds"]["places"] = news.Score(tp_ref=7, n_ref=10, tp_sys=8, n_sys=10)
    assert news.regressions(lower, pinned) == ["all/places: 0.747 < 0.8"]
    assert news.regressions({"totals": {}}, pinned)  # a scope that disappears fails too


# --------------------------------------------------------------------------------------------
# the whole evaluation on a synthetic folder, through the CLI


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "gold").mkdir()
    body = (
        "Mario Rossi eletto sindaco\n\n"
        "Torino, 4 marzo 2020 - Mario Rossi è stato eletto sindaco di Torino. "
        "Ieri il consiglio comunale ha votato per due ore.\n"
    )
    header = (
        "https://example.org/cronaca/2020/03/04/rossi-sindaco\n"
        "# title: Mario Rossi eletto sindaco\n"
        "# date: 2020-03-05 (deliberately not the text's date: it must not be read)\n"
        "# lang: en\n"
        "\n"
    )
    (tmp_path / "news" / "it-example-rossi.txt").write_text(header + body, encoding="utf-8")
    gold = {
        "slug": "it-example-rossi",
        "lang": "it",
        "published": "2020-03-04",
        "people": [_ref("Mario Rossi", "Mario Rossi")],
        "places": [_ref("Turin", "Torino")],
        "organizations": [],
        "dates": [{"surface": "Ieri", "value": "2020-03-03"}],
        "durations": [{"surface": "due ore", "value": "PT2H"}],
    }
    (tmp_path / "gold" / "it-example-rossi.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_evaluate_feeds_body_and_url_but_not_the_headers(tmp_path: Path) -> None:
    result = news.evaluate(_folder(tmp_path))
    (article,) = result["articles"]
    assert article.detected == "it" and article.lang == "it"  # detected, not `# lang: en`
    assert article.evidence == "text"
    # whatever the extractor finds, it never saw the `# date:` header's 2020-03-05
    assert article.published_got != "2020-03-05"
    assert result["totals"]["it"]["articles"] == 1 and result["totals"]["en"]["articles"] == 0
    assert article.scores["people"].tp_ref == 1


def test_cli_evaluate_news(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "data").mkdir()
    folder = _folder(tmp_path / "data")
    pinned = tmp_path / "news.json"
    code = main(["evaluate", "news", str(folder), "--published-from-gold", "--write-baseline",
                 str(pinned)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "all people" in out and "all dates*" in out and "it-example-rossi (it;" in out
    assert set(json.loads(pinned.read_text(encoding="utf-8"))) == {"all", "it", "en"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["evaluate", "news", "{empty}"], "no gold/*.json"),
        (["evaluate", "news", "/no/such/dir"], "no such data folder"),
        (["evaluate", "news", "{empty}", "--data", "{empty}"], "DIR or --data"),
        (["evaluate", "seeds", "--published-from-gold"], "only for the news suite"),
        (["evaluate", "ner", "--write-baseline", "x.json"], "only for the seeds and news"),
    ],
)
def test_cli_evaluate_news_errors(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([a.replace("{empty}", str(tmp_path)) for a in argv])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1


def test_missing_article_for_a_gold_file_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text("{}", encoding="utf-8")
    with pytest.raises(news.InputError, match="no article x.txt"):
        news.load_articles(tmp_path)


# --------------------------------------------------------------------------------------------
# the gate


@pytest.mark.shared
@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="../shared/news-dev not available")
def test_news_scores_do_not_drop_below_baseline() -> None:
    pinned = json.loads(news.BASELINE.read_text(encoding="utf-8"))
    failed = news.regressions(news.evaluate(NEWS_DEV), pinned)
    assert not failed, "\n".join(failed)


def test_an_interval_states_both_its_ends_and_a_set_none() -> None:
    from extractor.evaluate.facts import date_values

    dates = [
        SimpleNamespace(text="(1934-2021)", value="1934", end_value="2021", type="interval"),
        SimpleNamespace(text="every Monday", value="XXXX-WXX-1", end_value=None, type="set"),
        SimpleNamespace(text="5 March", value="2021-03-05", end_value=None, type="date"),
    ]
    assert date_values(dates) == [
        ("(1934-2021)", "1934"),
        ("(1934-2021)", "2021"),
        ("5 March", "2021-03-05"),
    ]
