"""Screenshots at phone and desktop widths for people to review, and nothing wider than a phone."""
import pytest
from selenium.webdriver.common.by import By

from conftest import DESKTOP, PHONE, file_url, open_page, page_paths


def shot_name(page: str, width: int) -> str:
    return page.removesuffix(".html").replace("/", "-") + f"-{width}.png"


@pytest.mark.parametrize("page", page_paths())
@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_page_screenshot_and_no_horizontal_overflow(driver, screenshots_dir, page, width):
    open_page(driver, file_url(page), width=width)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(height, 8000))
    driver.save_screenshot(str(screenshots_dir / shot_name(page, width)))
    overflow = driver.execute_script(
        "const width = document.documentElement.clientWidth;"
        "return [document.documentElement.scrollWidth - width, document.body.scrollWidth - width,"
        " ...Array.from(document.querySelectorAll('body *')).filter(el => el.getClientRects().length)"
        "   .map(el => Math.floor(el.getBoundingClientRect().right) - width).filter(over => over > 0)]"
        ".filter(over => over > 0)")
    assert overflow == [], f"{page} overflows a {width} px viewport by {overflow} px"


def test_the_phone_diagram_shows_on_phones_and_the_wide_one_on_desktops(driver):
    open_page(driver, file_url("career-paths.html"), width=PHONE)
    assert driver.find_element(By.CSS_SELECTOR, "svg.career-graph-narrow").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, "svg.career-graph-wide").is_displayed()
    open_page(driver, file_url("career-paths.html"), width=DESKTOP)
    assert driver.find_element(By.CSS_SELECTOR, "svg.career-graph-wide").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, "svg.career-graph-narrow").is_displayed()


def test_diagram_text_on_a_phone_is_at_reading_size(driver):
    open_page(driver, file_url("career-paths.html"), width=PHONE)
    sizes = driver.execute_script(
        "const svg = document.querySelector('svg.career-graph-narrow');"
        "const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
        "return Array.from(svg.querySelectorAll('text')).map(t => parseFloat(getComputedStyle(t).fontSize) * scale)")
    assert sizes and min(sizes) >= 13


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_every_role_in_the_diagram_can_be_tapped(driver, width):
    open_page(driver, file_url("career-paths.html"), width=width)
    selector = "svg.career-graph-narrow a" if width == PHONE else "svg.career-graph-wide a"
    boxes = driver.execute_script(
        f"return Array.from(document.querySelectorAll('{selector} rect')).map(r => r.getBoundingClientRect())"
        ".map(b => [b.left, b.right, b.width, b.height])")
    assert len(boxes) == len([page for page in page_paths() if page.startswith("roles/")])
    for left, right, box_width, box_height in boxes:
        assert left >= 0 and right <= width and box_height >= 44 and box_width >= 44  # touch target size
