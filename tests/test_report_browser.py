"""The HTML diff report in a real headless browser: the conflicts must be visible.

Uses Debian's Chromium and ChromeDriver (`make browser` installs them; CI's `make test` runs
it); skipped where they cannot be had. A failing timeline test saves a screenshot under
$EXTRACTOR_ARTEFACTS (pytest's temporary directory when unset) and prints its path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor import Record, diff
from extractor.compare import Diff, render_html
from extractor.compare.timeline import COLOURS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None, reason="Chromium/ChromeDriver not installed"
)


@pytest.fixture(scope="module")
def browser() -> Any:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # The closed network refuses Chromium's background connections; keep it quiet and local.
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        f"--user-data-dir={tempfile.mkdtemp()}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def seed_diff(seed_records: dict[str, Record]) -> Diff:
    return diff([seed_records["it"], seed_records["en"]], labels=["it", "en"])


@pytest.fixture(scope="module")
def report(
    seed_records: dict[str, Record], seed_diff: Diff, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    records = [seed_records["it"], seed_records["en"]]
    page = tmp_path_factory.mktemp("report") / "report.html"
    page.write_text(render_html(seed_diff, records), encoding="utf-8")
    return page


@pytest.fixture
def screenshot_on_failure(
    browser: Any, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    """A context: an assertion failing inside it saves the browser's screenshot first."""
    given = os.environ.get("EXTRACTOR_ARTEFACTS")
    folder = Path(given) if given else tmp_path_factory.mktemp("artefacts")

    @contextlib.contextmanager
    def guard() -> Iterator[None]:
        try:
            yield
        except AssertionError as exc:
            folder.mkdir(parents=True, exist_ok=True)
            shot = folder / f"{request.node.name}.png"
            browser.save_screenshot(str(shot))
            raise AssertionError(f"{exc}\nscreenshot: {shot}") from exc

    return guard


def test_conflicts_are_visible_without_scrolling(browser: Any, report: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    box = browser.find_element(By.ID, "conflicts")
    assert box.is_displayed()
    viewport = browser.execute_script("return window.innerHeight")
    assert box.location["y"] + box.size["height"] <= viewport
    text = box.text
    assert "launch" in text and "2021-10-05" in text and "2021-10-06" in text
    assert "5 ottobre 2021" in text and "today" in text


def test_conflicting_facts_are_highlighted_in_both_articles(browser: Any, report: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    for label, fact in (("it", "5 ottobre 2021"), ("en", "today")):
        article = browser.find_element(By.CSS_SELECTOR, f'.article[data-label="{label}"]')
        marks = [m for m in article.find_elements(By.TAG_NAME, "mark") if "CONFLICT" in m.text]
        assert len(marks) == 1 and fact in marks[0].text
        browser.execute_script("arguments[0].scrollIntoView()", marks[0])
        assert marks[0].is_displayed()
        color = marks[0].value_of_css_property("background-color")
        assert color.replace(" ", "") in {"rgba(255,138,128,1)", "rgb(255,138,128)"}


def _conflict_statements(d: Diff) -> list[tuple[int, str]]:
    return [
        (index, label)
        for index, row in enumerate(d.facts)
        if row.status == "conflict"
        for label in row.values
    ]


def test_the_timeline_marks_each_conflicting_value(
    browser: Any, report: Path, seed_diff: Diff, screenshot_on_failure: Any
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    timeline = browser.find_element(By.CSS_SELECTOR, "#timeline svg")
    browser.execute_script("arguments[0].scrollIntoView()", timeline)
    expected = _conflict_statements(seed_diff)
    with screenshot_on_failure():
        assert timeline.is_displayed() and timeline.size["height"] > 50
        assert expected, "the seed pair has its launch conflict"
        # A source's other values for the slot (drawn faint, class tl-other) are not the pair.
        marks = browser.find_elements(
            By.CSS_SELECTOR, "#timeline .tl-mark.tl-conflict:not(.tl-other)"
        )
        assert len(marks) == len(expected)
        for index, label in expected:
            link = f'#timeline a[href="#row-{index}"]'
            found = browser.find_elements(
                By.CSS_SELECTOR, f'{link} .tl-conflict:not(.tl-other)[data-source="{label}"]'
            )
            assert len(found) == 1, (index, label)
            shape = found[0].find_element(By.CSS_SELECTOR, "rect, circle")
            box = browser.execute_script("return arguments[0].getBoundingClientRect()", shape)
            assert box["width"] >= 4 and box["height"] >= 4
            assert 0 <= box["top"] and box["bottom"] <= browser.execute_script(
                "return window.innerHeight"
            )
            assert shape.get_attribute("fill") == COLOURS["conflict"]
            row = browser.find_elements(By.CSS_SELECTOR, f"#facts tr#row-{index}")
            assert len(row) == 1 and "conflict" in row[0].text


def test_the_timeline_reads_launch_5_october_against_6_october(
    browser: Any, report: Path, screenshot_on_failure: Any
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    browser.execute_script("document.getElementById('timeline').scrollIntoView()")
    group = browser.find_element(By.CSS_SELECTOR, '#timeline .tl-slot-group[data-slot="launch"]')
    with screenshot_on_failure():
        labels = {
            m.get_attribute("data-source"): m.find_element(By.CSS_SELECTOR, "text").text
            for m in group.find_elements(By.CSS_SELECTOR, ".tl-conflict:not(.tl-other)")
        }
        assert labels == {"it": "5 Oct 2021", "en": "6 Oct 2021"}
        titles = [t.get_attribute("textContent") for t in group.find_elements(By.TAG_NAME, "title")]
        assert any("5 ottobre 2021" in t for t in titles) and any("today" in t for t in titles)


def test_every_timeline_link_reaches_a_row_and_a_click_shows_it(
    browser: Any, report: Path, seed_diff: Diff, screenshot_on_failure: Any
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    links = browser.find_elements(By.CSS_SELECTOR, "#timeline a")
    with screenshot_on_failure():
        assert links
        for link in links:
            target = link.get_dom_attribute("href").removeprefix("#")
            assert browser.find_elements(By.CSS_SELECTOR, f"#facts tr#{target}"), target
        index, _ = _conflict_statements(seed_diff)[0]
        mark = browser.find_element(By.CSS_SELECTOR, f'#timeline a[href="#row-{index}"] .tl-mark')
        browser.execute_script("arguments[0].scrollIntoView()", mark)
        mark.click()
        assert browser.execute_script("return location.hash") == f"#row-{index}"
        row = browser.find_element(By.ID, f"row-{index}")
        top = browser.execute_script("return arguments[0].getBoundingClientRect().top", row)
        assert -2 <= top < browser.execute_script("return window.innerHeight")  # subpixel
