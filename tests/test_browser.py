"""The mobile web app in real headless Chromium at a phone viewport, against the real service.

The service runs in a uvicorn subprocess on a free port with a temporary data folder. Screens are kept
under tests/artifacts/ (gitignored); with CARDCAPTURE_UPDATE_DOCS_SCREENSHOT=1 the review screen is also
saved as docs/review-screen.png.
Skipped when /usr/bin/chromium (Debian's package) or the playwright package is missing.
"""

from __future__ import annotations

import base64
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from PIL import Image, ImageDraw, ImageFont

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS_SCREEN = ROOT / "docs" / "review-screen.png"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
PHONE_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api")


# ------------------------------------------------------------------ a generated card photo


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = DEJAVU / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(str(path), size) if path.exists() else ImageFont.load_default(size=size)


def card_photo(path: Path, lines: list[tuple[str, int, bool]]) -> Path:
    """A white 1050x600 card with `lines` (text, size, bold), on a darker table, saved as a JPEG."""
    card = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(card)
    y = 60
    for text, size, bold in lines:
        if not text:
            y += 40
            continue
        draw.text((70, y), text, font=_font(size, bold), fill=(25, 25, 30))
        y += int(size * 1.45)
    photo = Image.new("RGB", (1400, 1000), (58, 64, 78))
    photo.paste(card, (175, 200))
    photo.save(path, "JPEG", quality=90)
    return path


PRIYA = [
    ("Priya Patel", 64, True),
    ("VP of Talent Acquisition", 38, False),
    ("Cobalt Ridge Capital", 42, True),
    ("", 0, False),
    ("ppatel@cobaltridge.com", 38, False),
    ("T (212) 736-2000", 38, False),
]
MARCUS = [
    ("Marcus Chen", 64, True),
    ("Engineering Manager", 38, False),
    ("Lumenvale Systems", 42, True),
    ("", 0, False),
    ("marcus.chen@lumenvale.com", 38, False),
    ("M (415) 555-0134", 38, False),
]


# ------------------------------------------------------------------ the service and the browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("browser-data")
    port = _free_port()
    env = {**os.environ, "CARDCAPTURE_DATA_DIR": str(data), "CARDCAPTURE_OCR_WORKERS": "2"}
    env.pop("CARDCAPTURE_DATABASE_URL", None)
    log = (data / "uvicorn.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("the service did not start:\n" + (data / "uvicorn.log").read_text()[-3000:])
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        user_agent=PHONE_UA,
        accept_downloads=True,
        base_url=server,
    )
    context.set_default_timeout(30_000)
    pg = context.new_page()
    problems: list[str] = []
    # Anything the CSP blocks, and any script error, shows up here: the test fails on it.
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.problems = problems
    yield pg
    context.close()


def shot(page: Any, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def no_horizontal_overflow(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def api(server: str, method: str, path: str) -> tuple[int, bytes]:
    req = urllib.request.Request(server + path, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def nav(page: Any, name: str) -> Any:
    return page.get_by_role("navigation", name="Main").get_by_role("link", name=name)


def upload(page: Any, photo: Path) -> None:
    """Choose `photo` with the camera button and wait for the review screen."""
    page.set_input_files("#camera-input", str(photo))
    page.wait_for_url("**/cards/*", timeout=60_000)
    page.locator("#card-body").wait_for(state="visible")


# ------------------------------------------------------------------ the story


def test_snap_review_keep_thank_find(page: Any, server: str, tmp_path: Path) -> None:
    expect = sync_api.expect
    priya = card_photo(tmp_path / "priya.jpg", PRIYA)
    marcus = card_photo(tmp_path / "marcus.jpg", MARCUS)

    # 1. Snap
    page.goto("/")
    expect(page.get_by_role("heading", name="Scan a card")).to_be_visible()
    expect(page.get_by_label("Take a photo of the card")).to_have_attribute("capture", "environment")
    expect(nav(page, "Scan")).to_have_attribute("aria-current", "page")
    assert no_horizontal_overflow(page)
    shot(page, "1-scan")

    upload(page, priya)

    # 2. Review: the straightened card above the filled form
    expect(page.locator("#f-name")).to_have_value("Priya Patel")
    expect(page.locator("#f-company")).to_have_value("Cobalt Ridge Capital")
    expect(page.get_by_label("Email", exact=True)).to_have_value("ppatel@cobaltridge.com")
    expect(page.get_by_label("Phone", exact=True)).to_have_value("(212) 736-2000")
    expect(page.get_by_label("Kind of phone")).to_have_value("work")
    image = page.locator("#card-image")
    expect(image).to_be_visible()
    page.wait_for_function("document.querySelector('#card-image').naturalWidth > 0")
    assert no_horizontal_overflow(page)
    shot(page, "2-review")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # The README's picture is refreshed only on request, so a test run never edits a tracked file.
    if os.environ.get("CARDCAPTURE_UPDATE_DOCS_SCREENSHOT"):
        page.screenshot(path=str(DOCS_SCREEN), full_page=False)

    # Correct a field, add a mobile number, save.
    page.locator("#f-title").fill("Vice President, Talent Acquisition")
    page.get_by_role("button", name="+ Add phone").click()
    page.get_by_label("Phone 2", exact=True).fill("(917) 555-0199")
    page.get_by_label("Kind of phone 2").select_option("mobile")
    page.get_by_role("button", name="Save contact").click()
    expect(page.locator("#toast")).to_have_text("Contact saved.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Priya Patel")
    card_id = unquote(page.url.rsplit("/", 1)[1])
    status, body = api(server, "GET", f"/api/v1/cards/{card_id}")
    assert status == 200
    assert b'"title":"Vice President, Talent Acquisition"' in body
    assert b'"reviewed":true' in body
    assert b'"+19175550199"' in body

    # 3. Keep: vCard download, tap-to-call, tap-to-mail
    with page.expect_download() as info:
        page.get_by_role("link", name="Add to contacts").click()
    download = info.value
    assert download.suggested_filename.endswith(".vcf")
    vcard = Path(download.path()).read_text(encoding="utf-8")
    assert "BEGIN:VCARD" in vcard and "Priya" in vcard
    assert "TITLE:Vice President\\, Talent Acquisition" in vcard  # vCard escapes the comma
    expect(page.locator('a[href="tel:+12127362000"]')).to_be_visible()
    expect(page.locator('a[href="tel:+19175550199"]')).to_contain_text("mobile")
    expect(page.locator('a[href="mailto:ppatel@cobaltridge.com"]')).to_be_visible()
    expect(page.locator("#followup-status")).to_contain_text("Send it by")

    # 4. Thank them
    page.get_by_label("Position you interviewed for").fill("Senior Data Engineer")
    page.get_by_label("Interview date").fill(date.today().isoformat())
    page.get_by_label("Your name").fill("Alex Morgan")
    page.get_by_label("Something you talked about").fill("the move to a new data platform")
    page.get_by_role("button", name="Draft the email").click()
    mail = page.get_by_role("link", name="Open in mail app")
    expect(mail).to_be_visible()
    href = mail.get_attribute("href")
    assert href.startswith("mailto:ppatel@cobaltridge.com?subject=")
    assert "Senior%20Data%20Engineer" in href and "Alex%20Morgan" in href
    expect(page.locator("#draft-body")).to_contain_text("Alex Morgan")
    expect(page.locator("#followup-status")).to_contain_text("Send it by")
    # A bare interview date means "ends at 17:00": the letter is due 17:00 the next day.
    expect(page.locator("#followup-status")).to_contain_text("5:00")
    mail.scroll_into_view_if_needed()
    assert no_horizontal_overflow(page)
    shot(page, "3-thank")

    # The list shows the deadline while the letter is unsent.
    nav(page, "Contacts").click()
    item = page.locator(".contact-item", has_text="Priya Patel")
    expect(item).to_contain_text("Send thank-you by")

    # Back to the card; mark the letter as sent.
    item.get_by_role("link").click()
    page.get_by_role("button", name="Mark as sent").click()
    expect(page.locator("#followup-status")).to_contain_text("Thank-you sent")
    status, body = api(server, "GET", f"/api/v1/cards/{card_id}")
    assert b'"follow_up_sent_at":null' not in body

    # 5. Find again: a second card, newest first, search, delete with confirmation.
    nav(page, "Scan").click()
    upload(page, marcus)
    expect(page.locator("#f-name")).to_have_value("Marcus Chen")
    page.get_by_role("button", name="Save contact").click()
    expect(page.locator("#toast")).to_have_text("Contact saved.")

    nav(page, "Contacts").click()
    names = page.locator(".contact-name")
    expect(names).to_have_count(2)
    expect(names.first).to_have_text("Marcus Chen")
    expect(names.nth(1)).to_have_text("Priya Patel")
    expect(page.locator(".contact-item", has_text="Priya Patel")).to_contain_text("Thank-you sent")
    assert no_horizontal_overflow(page)
    shot(page, "4-contacts")

    page.get_by_label("Search contacts").fill("cobalt")
    expect(names).to_have_count(1)
    expect(names.first).to_have_text("Priya Patel")
    page.get_by_label("Search contacts").fill("")
    expect(names).to_have_count(2)

    marcus_item = page.locator(".contact-item", has_text="Marcus Chen")
    marcus_id = marcus_item.get_by_role("link").get_attribute("href")
    page.get_by_role("button", name="Delete Marcus Chen").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    shot(page, "5-delete-confirm", full_page=False)
    dialog.get_by_role("button", name="Keep it").click()
    expect(names).to_have_count(2)
    page.get_by_role("button", name="Delete Marcus Chen").click()
    page.get_by_role("dialog").get_by_role("button", name="Delete").click()
    expect(names).to_have_count(1)
    assert api(server, "GET", "/api/v1" + marcus_id)[0] == 404

    assert page.problems == [], page.problems


def test_no_horizontal_scrolling_at_360px(page: Any, server: str, tmp_path: Path) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/")
    assert no_horizontal_overflow(page)
    upload(page, card_photo(tmp_path / "card.jpg", PRIYA))
    page.get_by_role("button", name="+ Add phone").click()  # a second phone row: number, kind, remove
    assert no_horizontal_overflow(page)
    page.get_by_label("Position you interviewed for").fill("Data Engineer")
    page.get_by_label("Your name").fill("Alex Morgan")
    page.get_by_role("button", name="Draft the email").click()
    sync_api.expect(page.locator("#draft")).to_be_visible()
    assert no_horizontal_overflow(page)
    shot(page, "6-review-360")
    page.goto("/contacts")
    sync_api.expect(page.locator(".contact-item").first).to_be_visible()
    assert no_horizontal_overflow(page)
    # Touch targets: every visible button and link in the list and nav is at least 44 px tall.
    small = page.evaluate(
        """[...document.querySelectorAll('.bottom-nav a, .contact-item a, .contact-item button, .btn')]
             .filter(e => e.offsetParent !== null)
             .map(e => [e.textContent.trim() || e.getAttribute('aria-label'),
                        e.getBoundingClientRect().height])
             .filter(([, h]) => h < 44)"""
    )
    assert small == []
    assert page.problems == [], page.problems


def test_unreadable_photo_gets_a_friendly_message_and_retry(page: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG")
    page.goto("/")
    page.set_input_files("#file-input", str(broken))
    error = page.get_by_role("alert")
    sync_api.expect(error).to_be_visible(timeout=60_000)
    sync_api.expect(error).to_contain_text("couldn’t read that photo")
    text = error.inner_text()
    assert "Traceback" not in text and "Error" not in text
    shot(page, "7-unreadable", full_page=False)
    another = page.get_by_role("button", name="Use another photo")
    sync_api.expect(another).to_be_focused()
    with page.expect_file_chooser():
        another.click()
    sync_api.expect(page.get_by_label("Take a photo of the card")).to_be_attached()
    sync_api.expect(page.locator("#scan-pick")).to_be_visible()
    # The failed upload is a 4xx: the console shows that request, nothing else.
    assert all("status of 4" in p for p in page.problems), page.problems


def test_keyboard_reaches_the_camera_button(page: Any) -> None:
    page.goto("/")
    focused = []
    for _ in range(4):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.textContent"))
    assert "camera-input" in focused
    # The file input is hidden visually, so its focus ring is drawn on its label.
    page.focus("#camera-input")
    outline = page.evaluate(
        "getComputedStyle(document.querySelector('label[for=camera-input]')).outlineStyle"
    )
    assert outline == "solid"


def test_low_confidence_fields_are_flagged_and_412_reloads(page: Any, server: str, tmp_path: Path) -> None:
    expect = sync_api.expect
    page.goto("/")
    upload(page, card_photo(tmp_path / "card.jpg", MARCUS))
    card_id = unquote(page.url.rsplit("/", 1)[1])

    # Open the card fresh, as if OCR had been unsure of the name and the phones (the real answer, with its
    # confidence lowered on the way in: generated cards read too cleanly to show the highlight otherwise).
    def unsure(route: Any) -> None:
        response = route.fetch()
        card = response.json()
        card["confidence"] = {**card["confidence"], "name": 0.31, "phones": 0.42}
        route.fulfill(response=response, json=card)

    page.route(
        f"**/api/v1/cards/{card_id}",
        lambda route: unsure(route) if route.request.method == "GET" else route.continue_(),
    )
    page.goto(f"/cards/{card_id}")
    name_field = page.locator('.field[data-field="name"]')
    expect(name_field).to_have_class(re.compile(r"\blow\b"))
    expect(name_field.get_by_text("Check this")).to_be_visible()
    expect(page.locator('.field[data-field="phones"]')).to_have_class(re.compile(r"\blow\b"))
    expect(page.locator('.field[data-field="company"]')).not_to_have_class(re.compile(r"\blow\b"))
    expect(page.locator("#review-notice")).to_contain_text("name, phone")
    # The hint is tied to the input for screen readers, not shown by colour alone.
    expect(page.get_by_label("Name", exact=True)).to_have_attribute("aria-describedby", "f-name-check")
    shot(page, "2b-review-low-confidence", full_page=False)
    page.unroute(f"**/api/v1/cards/{card_id}")

    # Someone else edits the card meanwhile: saving answers 412, the page reloads it and says so.
    req = urllib.request.Request(
        f"{server}/api/v1/cards/{card_id}",
        method="PATCH",
        data=json.dumps({"contact": {"title": "Director of Engineering"}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.status == 200
    page.get_by_label("Company").fill("Lumenvale Systems Inc.")
    page.get_by_role("button", name="Save contact").click()
    expect(page.locator("#form-error")).to_contain_text("Someone else changed this contact")
    expect(page.get_by_label("Job title")).to_have_value("Director of Engineering")
    expect(page.get_by_label("Company")).to_have_value("Lumenvale Systems")
    # Saving again now works.
    page.get_by_label("Company").fill("Lumenvale Systems Inc.")
    page.get_by_role("button", name="Save contact").click()
    expect(page.locator("#toast")).to_have_text("Contact saved.")
    expect(page.locator("#form-error")).to_be_hidden()

    # A validation error shows the server's detail and marks the field.
    page.get_by_label("Email", exact=True).fill("not-an-email")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("#form-error")).to_contain_text("Invalid contact")
    expect(page.get_by_label("Email", exact=True)).to_have_attribute("aria-invalid", "true")
    assert all("status of 4" in p for p in page.problems), page.problems


def test_drop_a_photo_shows_progress_then_reading(page: Any, tmp_path: Path) -> None:
    photo = card_photo(tmp_path / "card.jpg", PRIYA)
    page.goto("/")
    # Slow the upload down like a phone on weak Wi-Fi, and record what the busy screen shows.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 50, "downloadThroughput": -1, "uploadThroughput": 100_000},
    )
    page.evaluate(
        """() => {
             window.busyLog = [];
             const label = document.querySelector("#busy-label");
             const bar = document.querySelector("#upload-progress");
             new MutationObserver(() => {
               window.busyLog.push(label.textContent + " " + (bar.getAttribute("value") ?? "indeterminate"));
             }).observe(document.querySelector("#scan-busy"),
                        { subtree: true, childList: true, characterData: true, attributes: true });
           }"""
    )
    # Drop the file on the scan screen, as from a desktop file manager.
    page.evaluate(
        """async (b64) => {
             const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
             const dt = new DataTransfer();
             dt.items.add(new File([bytes], "card.jpg", { type: "image/jpeg" }));
             const zone = document.querySelector("#scan-pick");
             const init = { dataTransfer: dt, bubbles: true, cancelable: true };
             zone.dispatchEvent(new DragEvent("dragover", init));
             zone.dispatchEvent(new DragEvent("drop", init));
           }""",
        base64.b64encode(photo.read_bytes()).decode(),
    )
    page.wait_for_url("**/cards/*", timeout=60_000)
    sync_api.expect(page.locator("#f-name")).to_have_value("Priya Patel")
    log: list[str] = page.evaluate("window.busyLog")
    uploading = [int(e.rsplit(" ", 1)[1]) for e in log if e.startswith("Uploading") and e[-1].isdigit()]
    assert any(0 < pct < 100 for pct in uploading), log  # the bar moved while the photo went up
    assert any(e == "Reading the card… indeterminate" for e in log), log  # then: reading the card
    assert page.problems == [], page.problems
