"""The bias audit's HTML report (`hirekit audit --format html`) in Chromium: one self-contained file
that loads nothing, reads on a phone without sideways scrolling of the page, and passes axe-core."""
import os
import pathlib
import subprocess

import pytest
from axe_selenium_python import Axe

from conftest import DESKTOP, PHONE, REPOSITORY, drain_logs, open_page

FIXTURES = REPOSITORY / "Tests" / "HireKitCVTests" / "Fixtures"
BINARY = pathlib.Path(os.environ.get("HIREKIT_BINARY", REPOSITORY / ".build" / "debug" / "hirekit"))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> pathlib.Path:
    """A pipeline of the fixture CVs, two moved on, with self-identification, audited as HTML."""
    folder = tmp_path_factory.mktemp("audit")
    env = dict(os.environ, HIREKIT_DB=str(folder / "pipeline.sqlite"), HIREKIT_NOW="2026-12-01T09:00:00Z")

    def hirekit(*arguments: str) -> str:
        result = subprocess.run([str(BINARY), *arguments], env=env, cwd=REPOSITORY, capture_output=True, text=True)
        assert result.returncode in (0, 1), result.stderr
        return result.stdout

    cvs = [str(FIXTURES / name) for name in ("call-center-agent.txt", "customer-support.md",
                                              "warehouse-forklift-operator.txt", "customer-service-advisor.html")]
    hirekit("candidates", "import", "--role", "call-center-agent", *cvs)
    hirekit("candidates", "move", "1", "phone-screen")
    hirekit("candidates", "move", "2", "interview")
    (folder / "self-id.csv").write_text("candidate,sex,race_ethnicity\n1,Female,Asian\n2,Male,White\n"
                                        "3,Male,Native Hawaiian or Other Pacific Islander\n4,<b>Agender</b>,declined\n")
    hirekit("candidates", "demographics", str(folder / "self-id.csv"))
    path = folder / "audit.html"
    path.write_text(hirekit("audit", "--role", "all", "--format", "html"))
    return path


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_audit_report_does_not_scroll_sideways(driver, screenshots_dir, report, width):
    open_page(driver, report.as_uri(), width=width)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(height, 8000))
    driver.save_screenshot(str(screenshots_dir / f"audit-report-{width}.png"))
    # Tables scroll inside their own box on a phone; the page itself must not, nor any chart.
    overflow = driver.execute_script(
        "const width = document.documentElement.clientWidth;"
        "return [document.documentElement.scrollWidth - width,"
        " ...Array.from(document.querySelectorAll('svg, h1, h2, p, dl'))"
        "   .map(el => Math.floor(el.getBoundingClientRect().right) - width)].filter(over => over > 0)")
    assert overflow == [], f"the audit report overflows a {width} px viewport by {overflow} px"


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_axe_finds_no_serious_or_critical_violations_in_the_audit_report(driver, report, width):
    open_page(driver, report.as_uri(), width=width)
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    blocking = [violation for violation in results["violations"] if violation["impact"] in {"serious", "critical"}]
    assert blocking == [], axe.report(blocking)


def test_the_audit_report_requests_nothing_and_shows_category_names_as_text(driver, report):
    drain_logs(driver)
    open_page(driver, report.as_uri())
    requests = [entry for entry in driver.get_log("performance") if '"Network.requestWillBeSent"' in entry["message"]
                and report.as_uri() not in entry["message"]]
    assert requests == []
    assert "<b>Agender</b>" in driver.find_element("tag name", "body").text
    assert driver.execute_script("return document.querySelectorAll('body b').length") == 0
