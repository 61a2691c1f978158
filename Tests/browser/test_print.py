"""Printing a role page gives a clean one-page posting."""
import base64
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

from conftest import file_url, open_page, role_pages

PAPER = {"letter": (21.59, 27.94), "a4": (21.0, 29.7)}


def printed_pages(driver, paper: str) -> int:
    options = PrintOptions()
    options.page_width, options.page_height = PAPER[paper]
    pdf = base64.b64decode(driver.print_page(options))
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


@pytest.mark.parametrize("page", role_pages())
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_role_page_prints_on_one_page(driver, page, paper):
    open_page(driver, file_url(page))
    assert printed_pages(driver, paper) == 1


def test_print_leaves_off_navigation_and_buttons_and_spells_out_how_to_apply(driver):
    open_page(driver, file_url("roles/receptionist.html"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for selector in (".site-header nav", ".apply", ".breadcrumb", ".career"):
            assert all(not element.is_displayed() for element in driver.find_elements(By.CSS_SELECTOR, selector)), selector
        apply = driver.find_element(By.CSS_SELECTOR, ".how-to-apply").text
        assert "careers@harborandpine.example" in apply
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
