"""Search and filters on the index page, used the way a candidate uses them: typing, choosing,
clearing, sharing the URL — and the page without JavaScript."""
import re
import unicodedata
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import file_url, open_page, search_index

ROLES = search_index()
ALL_IDS = {role["id"] for role in ROLES}
FILTERS = {"department": "department", "track": "track", "industry": "industries", "type": "types", "location": "locations"}


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(character for character in text if not unicodedata.combining(character))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def expected_for_query(query: str) -> set[str]:
    """The documented rule, restated: the query's words in order within one passage, each word
    matching the start of a word."""
    words = normalize(query).split()
    pattern = re.compile(r"(^| )" + "[a-z0-9]* ".join(words))
    return {role["id"] for role in ROLES if any(pattern.search(normalize(passage)) for passage in role["text"])}


def visible_roles(driver) -> set[str]:
    return set(driver.execute_script(
        "return Array.from(document.querySelectorAll('.role-card'))"
        ".filter(card => card.getClientRects().length > 0).map(card => card.dataset.role)"))


def status(driver) -> str:
    return driver.find_element(By.ID, "search-status").text


@pytest.fixture
def index(driver):
    open_page(driver, file_url("index.html"))
    return driver


def test_typing_front_desk_shows_exactly_the_front_desk_roles(index):
    index.find_element(By.ID, "search-q").send_keys("front desk")
    assert visible_roles(index) == {"receptionist", "concierge", "front-office-supervisor"}
    assert status(index) == f"Showing 3 of {len(ROLES)} roles."


@pytest.mark.parametrize("query", ["front desk", "cash", "call center", "recep", "phone", "Zendesk", "de-escalation", "FRONT  Desk"])
def test_a_query_shows_exactly_the_roles_whose_text_matches(index, query):
    index.find_element(By.ID, "search-q").send_keys(query)
    assert visible_roles(index) == expected_for_query(query)


def test_every_filter_choice_shows_exactly_the_roles_with_that_value(index):
    for name, field in FILTERS.items():
        select = Select(index.find_element(By.ID, f"search-{name}"))
        for option in [option.get_attribute("value") for option in select.options][1:]:
            select.select_by_value(option)
            expected = {role["id"] for role in ROLES
                        if (option in role[field] if isinstance(role[field], list) else role[field] == option)}
            assert expected, f"{name}={option} matches no role"
            assert visible_roles(index) == expected, f"{name}={option}"
        select.select_by_value("")
        assert visible_roles(index) == ALL_IDS


def test_a_query_and_filters_combine(index):
    index.find_element(By.ID, "search-q").send_keys("front desk")
    Select(index.find_element(By.ID, "search-industry")).select_by_visible_text("Hospitality")
    Select(index.find_element(By.ID, "search-type")).select_by_visible_text("Part-time")
    expected = {role["id"] for role in ROLES if "Hospitality" in role["industries"] and "PART_TIME" in role["types"]}
    assert visible_roles(index) == expected_for_query("front desk") & expected


def test_clearing_restores_every_role_and_the_plain_url(index):
    index.find_element(By.ID, "search-q").send_keys("cash")
    Select(index.find_element(By.ID, "search-industry")).select_by_visible_text("Retail")
    assert visible_roles(index) != ALL_IDS
    index.find_element(By.ID, "search-clear").click()
    assert visible_roles(index) == ALL_IDS
    assert index.find_element(By.ID, "search-q").get_attribute("value") == ""
    assert urllib.parse.urlsplit(index.current_url).query == ""
    assert status(index) == f"Showing all {len(ROLES)} roles."


def test_departments_without_a_matching_role_are_hidden(index):
    index.find_element(By.ID, "search-q").send_keys("front desk")
    headings = [heading.text for heading in index.find_elements(By.CSS_SELECTOR, ".department h2") if heading.is_displayed()]
    assert headings == ["Front Office & Hospitality"]


def test_no_match_says_so(index):
    index.find_element(By.ID, "search-q").send_keys("astronaut")
    assert visible_roles(index) == set()
    assert status(index).startswith("No roles match.")


def test_the_query_and_filters_live_in_the_url(index):
    index.find_element(By.ID, "search-q").send_keys("front desk")
    Select(index.find_element(By.ID, "search-industry")).select_by_visible_text("Hospitality")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(index.current_url).query)
    assert query == {"q": ["front desk"], "industry": ["Hospitality"]}


def test_a_shared_url_opens_the_same_filtered_view(driver):
    open_page(driver, file_url("index.html", "?q=front+desk&industry=Hospitality"))
    assert driver.find_element(By.ID, "search-q").get_attribute("value") == "front desk"
    assert Select(driver.find_element(By.ID, "search-industry")).first_selected_option.text == "Hospitality"
    assert visible_roles(driver) == {"receptionist", "concierge", "front-office-supervisor"}


def test_an_unknown_filter_value_in_the_url_is_ignored(driver):
    open_page(driver, file_url("index.html", "?industry=Nonexistent"))
    assert Select(driver.find_element(By.ID, "search-industry")).first_selected_option.get_attribute("value") == ""
    assert visible_roles(driver) == ALL_IDS


def test_without_javascript_every_role_is_listed_and_reachable(driver_without_javascript):
    open_page(driver_without_javascript, file_url("index.html"))
    assert visible_roles(driver_without_javascript) == ALL_IDS
    assert not driver_without_javascript.find_element(By.ID, "role-search").is_displayed()
    links = {link.get_attribute("href").rsplit("/", 1)[-1]
             for link in driver_without_javascript.find_elements(By.CSS_SELECTOR, ".role-card h3 a")}
    assert links == {f"{role_id}.html" for role_id in ALL_IDS}
