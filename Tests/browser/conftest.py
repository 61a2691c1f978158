"""Fixtures for driving the generated careers site in real headless Chromium.

The site under test is HIREKIT_SITE_DIR (scripts/browser-tests builds it into a temporary folder),
or the committed site/ when that is unset. Pages are opened from disk (file://), the way the README
promises they work, and for the request checks also through a web server bound to 127.0.0.1 only.
"""
import functools
import http.server
import json
import os
import pathlib
import re
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("HIREKIT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("HIREKIT_CHROMEDRIVER", "/usr/bin/chromedriver")
PHONE, DESKTOP = 390, 1280


def site_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("HIREKIT_SITE_DIR", REPOSITORY / "site")).resolve()


def page_paths() -> list[str]:
    """Every HTML page of the site, relative to its root, index first."""
    root = site_dir()
    pages = sorted(str(path.relative_to(root)) for path in root.rglob("*.html"))
    return sorted(pages, key=lambda page: (page != "index.html", page != "career-paths.html", page))


def role_pages() -> list[str]:
    return [page for page in page_paths() if page.startswith("roles/")]


def search_index() -> list[dict]:
    """The roles as the build wrote them for the search script (window.hirekitRoles = [...];)."""
    script = (site_dir() / "search-index.js").read_text(encoding="utf-8")
    return json.loads(re.search(r"window\.hirekitRoles = (\[.*\]);\s*$", script, re.S).group(1))


def make_driver(javascript: bool = True) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     f"--window-size={DESKTOP},900"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # The Debian chromedriver is given explicitly, so Selenium Manager never tries to download one.
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture(scope="session")
def driver():
    browser = make_driver()
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def driver_without_javascript():
    browser = make_driver(javascript=False)
    yield browser
    browser.quit()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep pytest's output readable
        pass


@pytest.fixture(scope="session")
def server_url():
    """The site over HTTP on a free port of 127.0.0.1, stopped when the session ends."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def file_url(page: str, query: str = "") -> str:
    return (site_dir() / page).as_uri() + query


@pytest.fixture(scope="session")
def screenshots_dir() -> pathlib.Path:
    folder = pathlib.Path(os.environ.get("HIREKIT_SCREENSHOTS", REPOSITORY / "Tests" / "browser" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_page(browser, url: str, width: int = DESKTOP, height: int = 900) -> None:
    """Loads `url` at a viewport `width` wide, with the browser's logs emptied first."""
    browser.set_window_size(width, height)
    drain_logs(browser)
    browser.get(url)
    browser.execute_script("return document.readyState")


def drain_logs(browser) -> None:
    for kind in ("browser", "performance"):
        browser.get_log(kind)
