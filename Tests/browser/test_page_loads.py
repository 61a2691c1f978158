"""Every page loads cleanly: nothing logged to the console as an error, no request that fails."""
import json

import pytest

from conftest import file_url, open_page, page_paths


def failed_requests(performance_log) -> list[str]:
    """Requests that failed outright or answered 4xx/5xx, from Chromium's DevTools network events."""
    urls, failures = {}, []
    for entry in performance_log:
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            urls[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.loadingFailed":
            failures.append(f"{urls.get(params['requestId'], '?')}: {params.get('errorText')}")
        elif message["method"] == "Network.responseReceived" and params["response"].get("status", 200) >= 400:
            failures.append(f"{params['response']['url']}: HTTP {params['response']['status']}")
    return failures


@pytest.mark.parametrize("page", page_paths())
@pytest.mark.parametrize("transport", ["file", "http"])
def test_page_loads_without_console_errors_or_failed_requests(driver, server_url, page, transport):
    open_page(driver, file_url(page) if transport == "file" else server_url + page)
    assert driver.execute_script("return document.readyState") == "complete"
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], f"console errors on {page}"
    assert failed_requests(driver.get_log("performance")) == [], f"failed requests on {page}"
