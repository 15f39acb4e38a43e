"""kcoop report: one standalone HTML file, checked in headless Chromium (skipped, with the
reason, where Chromium or chromedriver is missing; .ci/run installs them and requires them)."""
from __future__ import annotations

import json
import os
import random
import re
import time

import pytest
from browser import Browser, missing
from conftest import ROOT, run_kcoop
from test_timeline import CORPUS, EXPECTED

from kcoop import report, timeline

SCREENSHOTS = ROOT / "build" / "screenshots"  # for people to look at, never compared


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    result = run_kcoop("report", str(CORPUS), "--as-of", EXPECTED["as_of"], "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def browser():
    reason = missing()
    if reason:
        if os.environ.get("KCOOP_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    started = Browser()
    yield started
    started.close()


def test_the_report_is_standalone(fixture_report):
    html = fixture_report.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?//""", html)  # nothing to fetch
    assert "default-src 'none'" in html and "/*KCOOP_DATA*/" not in html


def test_data_cannot_end_its_script_element():
    html = report.render_html(timeline.build([{"title": "</script><b>x", "text": ""}], "2026-01-01"))
    data = html.split('id="kcoop-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data)["articles"][0]["title"] == "</script><b>x"


def _shown(browser) -> dict[str, int]:
    return browser.run("""return Object.fromEntries([...document.querySelectorAll('section.party')]
        .filter(s => !s.hidden).map(s => [s.dataset.party, s.querySelectorAll('tbody tr:not([hidden])').length]))""")


def test_loads_without_errors_and_counts_each_counterpart(browser, fixture_report):
    browser.open(fixture_report.as_uri())
    assert [entry for entry in browser.console() if entry["level"] == "SEVERE"] == []
    shown = _shown(browser)
    for party, count in EXPECTED["counterparts"].items():
        assert shown[party] == count, party
    marks = browser.run("return document.querySelectorAll('section[data-party=\"미국\"] svg .mark').length")
    assert marks == shown["미국"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(SCREENSHOTS / "report.png")


def test_a_counterpart_click_hides_the_others_and_a_commitment_opens_its_sentence(browser, fixture_report):
    browser.open(fixture_report.as_uri())
    browser.click('#parties button[data-party="영국"]')
    assert _shown(browser) == {"영국": 1}
    browser.click('section[data-party="영국"] tbody button')
    detail = browser.run("const d = document.getElementById('detail'); return [d.hidden, d.textContent, "
                         "d.querySelector('mark').textContent]")
    assert detail[0] is False
    assert "한영 과학기술공동위원회 내년 상반기 런던 개최" in detail[1] and "전자신문" in detail[1] and "2025-07-08" in detail[1]
    assert "한-영 과학기술공동위원회" in detail[2]
    assert browser.console() == []


def test_the_search_box_finds_commitments_by_a_korean_word(browser, fixture_report):
    browser.open(fixture_report.as_uri())
    browser.type("#search", "딥테크")
    assert _shown(browser) == {"중소벤처기업부": 3, "과학기술정보통신부": 2}


def _synthetic_records(commitments: int) -> list[dict]:
    """Made-up records: two commitments an article, parties and objects drawn from small pools,
    so that follow-ups form; deterministic."""
    draw = random.Random(15)
    bodies = [(f"가상{n}부", "KR") for n in range(12)] + [(f"해외{n}청", code) for n, code in
                                                       enumerate(["US", "JP", "GB", "CA", "FR", "DE"] * 4)]
    objects = ["공동위원회를", "양해각서를", "펀드를", "센터를", "협의회를"]
    records = []
    for number in range(commitments // 2):
        day = f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}"
        text, organisations, items = "", [], []
        for _ in range(2):
            (home, _), (other, code) = draw.choice(bodies[:12]), draw.choice(bodies[12:])
            sentence = f"{home}와 {other}는 {draw.choice(objects)} 내년 상반기 개최하기로 했다."
            start = len(text)
            organisations += [{"name": home, "kind": "government", "country": "KR", "mentions": [[start, start + len(home)]]},
                              {"name": other, "kind": "government", "country": code,
                               "mentions": [[start + len(home) + 2, start + len(home) + 2 + len(other)]]}]
            items.append({"text": sentence, "span": [start, start + len(sentence)], "actors": [home, other],
                          "action": "개최", "kind": draw.choice(["agreement", "plan", "pledge", "proposal", "hope"]),
                          "marker": "하기로 했다", "when": {"text": "내년 상반기", "start": "2026-01-01", "end": "2026-06-30"}})
            text += sentence + "\n\n"
        records.append({"title": f"기사 {number}", "outlet": f"신문{number % 7}", "published": {"date": day},
                        "text": text, "organisations": organisations, "people": [], "commitments": items,
                        "source": {"path": f"synthetic/{number}.txt", "sha256": str(number)}})
    return records


@pytest.mark.slow
def test_five_thousand_commitments_open_and_filter_within_two_seconds(browser, tmp_path):
    found = timeline.build(_synthetic_records(5000), "2026-04-15")
    assert sum(item["kind"] != "done" for item in found["items"]) == 5000
    path = tmp_path / "large.html"
    report.write_report(found, str(path))
    started = time.monotonic()
    browser.open(path.as_uri())  # returns once the page has loaded and its script has run
    loaded = time.monotonic() - started
    filtered = browser.run("""const t = performance.now();
        document.querySelector('#parties button').click();
        document.body.getBoundingClientRect();  // the layout the filter causes, counted too
        return (performance.now() - t) / 1000""")
    print(f"5,000 commitments: loaded in {loaded:.2f} s, a filter applied in {filtered:.2f} s")
    assert loaded < 2 and filtered < 2
    assert len(_shown(browser)) == 1
