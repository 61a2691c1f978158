"""The issue's acceptance walk, from disk: search 'front desk', filter to hospitality, open a role,
print it, follow its career path."""
import base64
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PHONE, file_url, open_page


def test_a_candidate_finds_a_front_desk_job_prints_it_and_follows_its_career_path(driver):
    open_page(driver, file_url("index.html"))
    assert driver.current_url.startswith("file://")
    driver.find_element(By.ID, "search-q").send_keys("front desk")
    Select(driver.find_element(By.ID, "search-industry")).select_by_visible_text("Hospitality")
    driver.find_element(By.LINK_TEXT, "Receptionist").click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("roles/receptionist.html"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Receptionist"

    apply = driver.find_element(By.CSS_SELECTOR, ".apply a.button")
    assert apply.get_attribute("href").startswith("mailto:careers@harborandpine.example?subject=Application")
    pdf = base64.b64decode(driver.print_page())
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1

    driver.find_element(By.LINK_TEXT, "Front Office Supervisor").click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("roles/front-office-supervisor.html"))
    driver.find_element(By.LINK_TEXT, "See all career paths").click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("career-paths.html"))
    driver.find_element(By.CSS_SELECTOR, "svg.career-graph-wide a[aria-label='Customer Service Manager']").click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("roles/customer-service-manager.html"))


def test_on_a_phone_the_diagram_leads_to_the_role_tapped(driver):
    open_page(driver, file_url("career-paths.html"), width=PHONE)
    driver.find_element(By.CSS_SELECTOR, "svg.career-graph-narrow a[aria-label='Concierge']").click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("roles/concierge.html"))
