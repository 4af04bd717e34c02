"""The HTML diff report in a real headless browser: the conflicts must be visible.

Uses Debian's Chromium and ChromeDriver (`make browser` installs them; CI's `make test` runs
it); skipped where they cannot be had.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from extractor import Record, diff
from extractor.compare import render_html

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
def report(seed_records: dict[str, Record], tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = [seed_records["it"], seed_records["en"]]
    page = tmp_path_factory.mktemp("report") / "report.html"
    page.write_text(render_html(diff(records, labels=["it", "en"]), records), encoding="utf-8")
    return page


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
