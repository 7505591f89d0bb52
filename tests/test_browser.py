"""Real-browser test: headless Chromium (Debian package) drives `streamlit run app.py` on localhost.

Uploads the sample sheet and reports, checks the portfolio, opens a supplier case, dismisses one flag with a
note, downloads the xlsx and checks its contents. Screenshots go to artifacts/screenshots/.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = REPO / "artifacts" / "screenshots"
SAMPLE_SHEET = REPO / "sample_suppliers" / "suppliers.xlsx"
SAMPLE_REPORTS = REPO / "sample_suppliers" / "reports"
REVIEWER = "Browser Test Reviewer"
NOTE = "Quoted from the supplier's policy annex, not an observed practice"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}: {log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"streamlit did not become healthy at {url} within {timeout:.0f} s")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    folder = tmp_path_factory.mktemp("browser")
    env = {**os.environ, "SCREENER_DB": str(folder / "reviews.sqlite")}
    log_path = SHOTS.parent / "streamlit_server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.headless", "true", "--server.address", "localhost", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
        )
        url = f"http://localhost:{port}"
        try:
            _wait_healthy(url, proc, log_path)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is missing: {CHROMIUM} not found. Install the Debian packages with "
                    "`apt-get install -y chromium chromium-driver` (.ci/run does this in CI).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def _idle(page, timeout: float = 60_000) -> None:
    """Wait until the app is connected and its script has finished running."""
    page.wait_for_timeout(500)
    page.wait_for_function(
        "() => { const app = document.querySelector('[data-testid=\"stApp\"]');"
        " return app && app.getAttribute('data-test-connection-state') === 'CONNECTED'"
        " && app.getAttribute('data-test-script-state') === 'notRunning'"
        " && !document.querySelector('[data-testid=\"stSpinner\"]'); }",
        timeout=timeout,
    )
    page.wait_for_timeout(300)


def _goto(page, title: str) -> None:
    page.get_by_role("link", name=title, exact=True).first.click()
    page.get_by_role("heading", name=title).first.wait_for(timeout=60_000)
    _idle(page)


def _shot(page, name: str) -> None:
    """Screenshot of the whole page: the viewport grows to the height of the app's scrolling main area."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]')?.scrollHeight || 0")
    page.set_viewport_size({"width": size["width"], "height": min(max(size["height"], height), 6000)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    page.set_viewport_size(size)


def _sample_records() -> list:
    from screener.ingest.tables import read_supplier_table

    return read_supplier_table(SAMPLE_SHEET).records


def test_upload_review_and_export_in_a_real_browser(app_url: str, browser, tmp_path: Path) -> None:
    assert SAMPLE_SHEET.is_file(), f"the sample portfolio is missing: {SAMPLE_SHEET}"
    from playwright.sync_api import expect

    expect.set_options(timeout=60_000)
    (SHOTS / "99_failure.png").unlink(missing_ok=True)
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)

    try:
        # The app opens on the sample portfolio, already screened.
        page.goto(app_url)
        _idle(page, timeout=180_000)
        expect(page.get_by_role("heading", name="Portfolio").first).to_be_visible()
        expect(page.get_by_test_id("stSidebar").get_by_text("Sample portfolio:", exact=False)).to_be_visible()
        _shot(page, "01_portfolio_on_open")

        # Upload the sample sheet and its reports, and screen them.
        _goto(page, "Upload & map")
        inputs = page.locator("[data-testid='stFileUploaderDropzoneInput']")
        inputs.nth(0).set_input_files(str(SAMPLE_SHEET))
        reports = sorted(p for p in SAMPLE_REPORTS.iterdir() if p.is_file())
        if reports:
            inputs.nth(1).set_input_files([str(p) for p in reports])
        _idle(page)
        page.get_by_role("button", name="Screen uploaded files").click()
        _idle(page, timeout=180_000)
        expect(page.get_by_text("suppliers screened in", exact=False).first).to_be_visible()
        expect(page.get_by_test_id("stSidebar").get_by_text("Uploaded files:", exact=False)).to_be_visible()
        expect(page.get_by_role("heading", name="Column mapping")).to_be_visible()
        _shot(page, "02_upload_and_map")

        # Portfolio: KPI tiles and every supplier of the sheet in the table.
        _goto(page, "Portfolio")
        records = _sample_records()
        names = [r.name for r in records if r.screenable]
        metric = page.locator("[data-testid='stMetric']").filter(has_text="Suppliers").first
        expect(metric.get_by_test_id("stMetricValue")).to_have_text(str(len(records)))
        expect(page.locator("[data-testid='stVegaLiteChart']").first).to_be_visible()
        _shot(page, "03_portfolio")

        # Select the first row of the supplier table (highest score) and open its case.
        grid = page.get_by_test_id("stDataFrame").last
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # the row-selection cell of the first data row
        _idle(page)
        open_case = page.get_by_role("button", name="Open the case of")
        top_name = open_case.inner_text().split("Open the case of", 1)[1].strip()
        open_case.click()
        page.get_by_role("heading", name="Supplier case").first.wait_for()
        _idle(page)
        expect(page.get_by_role("heading", name=top_name, exact=True)).to_be_visible()
        expect(page.get_by_text("Risk score").first).to_be_visible()
        expect(page.get_by_text("How the score is built").first).to_be_visible()
        _shot(page, "04_supplier_case")
        page.get_by_role("tab", name="Evidence").first.click()
        page.wait_for_timeout(500)
        _shot(page, "05_supplier_evidence")

        # Review: name in the sidebar, then dismiss the first flag with a note.
        _goto(page, "Review")
        name_box = page.get_by_role("textbox", name="Reviewer name")
        name_box.fill(REVIEWER)
        name_box.press("Enter")
        _idle(page)
        form = page.locator("[data-testid='stForm']").filter(has_text="Dismiss as false positive").first
        form.get_by_text("Dismiss as false positive").click()
        form.get_by_placeholder("Required when dismissing or marking remediated").fill(NOTE)
        form.get_by_role("button", name="Save").click()
        _idle(page)
        expect(page.get_by_text(f"Dismissed as a false positive by {REVIEWER}").first).to_be_visible()
        _shot(page, "06_review")

        # Export: the xlsx register carries the supplier names and the reviewer's dismissal.
        _goto(page, "Export")
        _shot(page, "07_export")
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name="Risk register (Excel)").click()
        target = tmp_path / "register.xlsx"
        info.value.save_as(target)
        cells = _xlsx_cells(target)
        for name in names[:3]:
            assert any(name in c for c in cells), f"supplier {name!r} missing from the exported register"
        assert any(NOTE in c for c in cells), "the dismissal note is missing from the exported register"
        assert any(REVIEWER in c for c in cells), "the reviewer's name is missing from the exported register"
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name="Case file for").click()
        case = tmp_path / "case.pdf"
        info.value.save_as(case)
        assert case.read_bytes()[:5] == b"%PDF-", "the case file download is not a PDF"

        _goto(page, "Methodology")
        _shot(page, "08_methodology")
        page.get_by_role("tab", name="Model card").click()
        card_title = next(line.lstrip("# ").strip() for line in (REPO / "MODEL_CARD.md").read_text().splitlines()
                          if line.startswith("#"))
        expect(page.get_by_role("heading", name=card_title).first).to_be_visible()
        _shot(page, "09_model_card")
    except Exception:
        _shot(page, "99_failure")  # what the page showed when the test failed
        raise
    finally:
        context.close()


def _xlsx_cells(path: Path) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    out = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    wb.close()
    assert out, "the exported workbook is empty"
    return out
