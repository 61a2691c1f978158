"""axe-core finds no serious or critical accessibility violations, on a desktop and a phone."""
import json

import pytest
from axe_selenium_python import Axe

from conftest import DESKTOP, PHONE, file_url, open_page, page_paths

BLOCKING = {"serious", "critical"}
_findings: dict[str, list] = {}


@pytest.fixture(scope="session", autouse=True)
def axe_report(screenshots_dir):
    """Every finding, blocking or not, written beside the screenshots for review."""
    yield
    (screenshots_dir / "axe-findings.json").write_text(json.dumps(_findings, indent=2, sort_keys=True))


@pytest.mark.parametrize("page", page_paths())
@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_axe_finds_no_serious_or_critical_violations(driver, page, width):
    open_page(driver, file_url(page), width=width)
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    _findings[f"{page}@{width}"] = [
        {"id": violation["id"], "impact": violation["impact"], "nodes": len(violation["nodes"])}
        for violation in results["violations"]]
    blocking = [violation for violation in results["violations"] if violation["impact"] in BLOCKING]
    assert blocking == [], axe.report(blocking)


def test_axe_ran_with_the_rules_for_wcag_aa(driver):
    open_page(driver, file_url("index.html"))
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    rules = {rule["id"] for group in ("passes", "violations", "incomplete", "inapplicable") for rule in results[group]}
    assert {"color-contrast", "label", "link-name", "image-alt", "region", "aria-valid-attr"} <= rules
