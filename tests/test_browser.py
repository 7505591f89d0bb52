"""Real-browser test: headless Chromium (Debian package) drives `streamlit run app.py` on localhost.

Opens the worklist and filters it, uploads the sample, dismisses a finding and sees the count, score and rank
change, adds a corrective action with an owner and due date and closes it, records a referral, and exports.
Screenshots of what a user sees at 1440 x 900 go to tmp/artifacts/screenshots/.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from screener.access import local_user

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = REPO / "tmp" / "artifacts" / "screenshots"
SAMPLE_SHEET = REPO / "sample_suppliers" / "suppliers.xlsx"
SAMPLE_REPORTS = REPO / "sample_suppliers" / "reports"
# Without sign-in configured the app runs for one local user, who is the reviewer of every decision.
REVIEWER = local_user().label
NOTE = "Quoted from the supplier's policy annex, not an observed practice"
OWNER = "Supplier HR manager"
CLOSING = "Signed receipts from all workers seen on site"
REFERRAL_ORG = "IOM country office"
REFERRAL_REF = "IOM-CASE-2026-017"


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


def _sample_worklist() -> list:
    """The sample screened in this process (the app's own code), in worklist order."""
    from app_pages import worklist
    from screener.pipeline import collect_report_paths, screen

    reports = [str(p) for p in collect_report_paths(SAMPLE_REPORTS)]
    return worklist.ranked(screen(SAMPLE_SHEET, reports=reports).results)


def _view(page, name: str) -> None:
    """What a user sees at 1440 x 900, without scrolling (the viewport only)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(600)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def _pick(page, label: str, text: str) -> None:
    """Choose an option of a selectbox or multiselect by typing it."""
    box = page.locator("[data-testid='stSelectbox'], [data-testid='stMultiSelect']").filter(
        has=page.get_by_text(label, exact=True)).first
    box.scroll_into_view_if_needed()
    box.locator("input").first.click()
    page.keyboard.type(text)
    page.wait_for_timeout(400)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    _idle(page)


def _metric(page, label: str) -> str:
    tile = page.locator("[data-testid='stMetric']").filter(has=page.get_by_text(label, exact=True)).first
    return tile.get_by_test_id("stMetricValue").inner_text().strip()


def _plan_form(page):
    """The open 'Update this step' form of the corrective-action plan."""
    return page.locator("[data-testid='stForm']:visible").filter(
        has=page.get_by_role("button", name="Save step")).first


def test_upload_review_and_export_in_a_real_browser(app_url: str, browser, tmp_path: Path) -> None:
    assert SAMPLE_SHEET.is_file(), f"the sample portfolio is missing: {SAMPLE_SHEET}"
    from playwright.sync_api import expect

    expect.set_options(timeout=60_000)
    (SHOTS / "99_failure.png").unlink(missing_ok=True)
    ranked = _sample_worklist()
    top = ranked[0]  # the head of the escalation queue: plan and referral
    one_finding = next(r for r in ranked  # one asserted sentence, and it counts (not a possible finding)
                       if len({e.fingerprint for e in r.evidence if e.polarity == "asserted"}) == 1
                       and any(e.polarity == "asserted" and e.confidence == "finding" for e in r.evidence))
    escalate_now = sum(1 for r in ranked if r.escalation.escalate_now)
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)

    try:
        # 1. The app opens on the worklist of the sample portfolio, already screened.
        page.goto(app_url)
        _idle(page, timeout=180_000)
        expect(page.get_by_role("heading", name="Portfolio").first).to_be_visible()
        expect(page.get_by_test_id("stSidebar").get_by_text("Sample portfolio:", exact=False)).to_be_visible()
        worklist_head = page.get_by_role("heading", name="Worklist").first
        expect(worklist_head).to_be_visible()
        grid = page.get_by_test_id("stDataFrame").first
        expect(grid).to_be_in_viewport()  # the worklist is on the first screen, not below the charts
        box = grid.bounding_box()
        assert box["x"] + box["width"] <= 1440, "the worklist is wider than the window"
        charts_head = page.get_by_role("heading", name="Charts").first
        assert worklist_head.bounding_box()["y"] < charts_head.bounding_box()["y"]
        assert _metric(page, "Escalate now") == str(escalate_now)
        _view(page, "01_worklist_1440x900")
        _shot(page, "01b_portfolio_full_page")

        # 2. Filter the worklist to the escalation queue.
        _pick(page, "Queue / tier", "Escalate now")
        expect(page.get_by_text(f"{escalate_now} of {len(ranked)} suppliers, in worklist order")).to_be_visible()
        _view(page, "02_worklist_filtered")

        # 3. Upload the sample sheet and its reports, and screen them.
        _goto(page, "Upload & map")
        inputs = page.locator("[data-testid='stFileUploaderDropzoneInput']")
        uploaded: list[str] = []  # each file reaches the server as its own request; screening before all have would drop some
        page.on("response", lambda r: uploaded.append(r.url) if "upload_file" in r.url and r.ok else None)
        inputs.nth(0).set_input_files(str(SAMPLE_SHEET))
        reports = sorted(p for p in SAMPLE_REPORTS.iterdir() if p.is_file())
        if reports:
            inputs.nth(1).set_input_files([str(p) for p in reports])
        for _ in range(240):  # up to 120 s on a loaded machine
            if len(uploaded) >= 1 + len(reports):
                break
            page.wait_for_timeout(500)
        assert len(uploaded) >= 1 + len(reports), f"{len(uploaded)} of {1 + len(reports)} uploads reached the server"
        _idle(page)
        page.get_by_role("button", name="Screen uploaded files").click()
        _idle(page, timeout=180_000)
        expect(page.get_by_text("suppliers screened in", exact=False).first).to_be_visible()
        expect(page.get_by_test_id("stSidebar").get_by_text(f"{len(reports)} reports", exact=False)).to_be_visible()
        expect(page.get_by_role("heading", name="Column mapping")).to_be_visible()
        _shot(page, "03_upload_and_map")

        # 4. Review: dismiss the one finding of a supplier and see the count, the score and the rank change.
        _goto(page, "Portfolio")
        to_decide = int(_metric(page, "Findings to decide"))
        _goto(page, "Review")
        expect(page.get_by_text("Single-user mode").first).to_be_visible()
        _pick(page, "Supplier", one_finding.name)
        expect(page.get_by_role("heading", name="Findings to decide")).to_be_visible()
        expect(page.get_by_text("1 findings count toward the risk", exact=False)).to_be_visible()
        form = page.locator("[data-testid='stForm']").filter(has_text="Dismiss as false positive").first
        form.get_by_text("Dismiss as false positive").click()
        form.get_by_placeholder("Required when dismissing or marking remediated").fill(NOTE)
        form.get_by_role("button", name="Save").click()
        _idle(page, timeout=180_000)
        change = page.get_by_text("Dismissed as a false positive. Score", exact=False).first
        expect(change).to_be_visible()
        text = change.inner_text()
        m = re.search(r"rank (\d+) → (\d+)", text)
        assert m and m.group(1) != m.group(2), f"the rank did not change: {text}"
        assert "findings that count 1 → 0" in text, text
        expect(page.get_by_text(f"Dismissed as a false positive by {REVIEWER}").first).to_be_visible()
        expect(page.get_by_text("0 findings count toward the risk", exact=False)).to_be_visible()
        _view(page, "04_review_dismissed_rank_changed")
        _goto(page, "Portfolio")
        assert int(_metric(page, "Findings to decide")) == to_decide - 1

        # 5. Corrective-action plan: the head of the queue, first step, owner and due date, then closed.
        _goto(page, "Supplier case")
        _pick(page, "Supplier", top.name)
        expect(page.get_by_role("heading", name=top.name, exact=True)).to_be_visible()
        page.get_by_role("tab", name=re.compile("Corrective-action plan")).click()
        page.get_by_text("Update this step").first.click()
        form = _plan_form(page)
        form.locator("input[aria-label='Owner']").fill(OWNER)
        due = form.locator("[data-testid='stDateInput'] input")
        due.fill("2099-01-31")
        due.press("Enter")
        page.keyboard.press("Escape")
        form.get_by_role("button", name="Save step").click()
        _idle(page)
        page.get_by_role("tab", name=re.compile("Corrective-action plan")).click()
        expect(page.get_by_text(f"Owner: {OWNER} · due 2099-01-31").first).to_be_visible()
        page.get_by_text(f"Owner: {OWNER} · due 2099-01-31").first.scroll_into_view_if_needed()
        _view(page, "05_plan_owner_and_due_date")
        form = _plan_form(page)
        if not form.is_visible():  # the expander stays open after a save
            page.get_by_text("Update this step").first.click()
            form = _plan_form(page)
        form.get_by_test_id("stSelectbox").locator("input").first.click()
        page.keyboard.type("Verified closed")
        page.keyboard.press("Enter")
        form.locator("input[aria-label='Closing note']").fill(CLOSING)
        form.get_by_role("button", name="Save step").click()
        _idle(page)
        page.get_by_role("tab", name=re.compile("Corrective-action plan")).click()
        closed = page.get_by_text(CLOSING, exact=False).first
        expect(closed).to_be_visible()
        expect(page.get_by_text("Verified closed").first).to_be_visible()
        closed.scroll_into_view_if_needed()
        _view(page, "06_plan_step_closed")
        page.get_by_role("heading", name=top.name, exact=True).scroll_into_view_if_needed()

        # 6. Referral record for this "Escalate now" case.
        page.get_by_placeholder("e.g. IOM or a local partner").fill(REFERRAL_ORG)
        page.get_by_placeholder("The receiving organisation's reference, if any").fill(REFERRAL_REF)
        page.get_by_text("Consent obtained", exact=True).click()
        page.get_by_role("button", name="Save referral").click()
        _idle(page)
        expect(page.get_by_text(f"Referred to {REFERRAL_ORG}", exact=False).first).to_be_visible()
        page.get_by_text(f"Referred to {REFERRAL_ORG}", exact=False).first.scroll_into_view_if_needed()
        _view(page, "07_referral_recorded")

        # 7. Export: the register holds the dismissal, the plan and the referral; the case PDF the referral.
        _goto(page, "Export")
        _view(page, "08_export")
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name="Risk register (Excel)").click()
        target = tmp_path / "register.xlsx"
        info.value.save_as(target)
        cells = _xlsx_cells(target)
        names = [r.name for r in _sample_records() if r.screenable]
        for name in names[:3]:
            assert any(name in c for c in cells), f"supplier {name!r} missing from the exported register"
        assert any(NOTE in c for c in cells), "the dismissal note is missing from the exported register"
        assert any(REVIEWER in c for c in cells), "the reviewer's name is missing from the exported register"
        plan = _sheet_rows(target, "Corrective-action plan")
        assert any(r.get("Owner") == OWNER and r.get("Status") == "Verified closed" for r in plan), plan[:3]
        assert [r["Referred to"] for r in _sheet_rows(target, "Referrals")] == [REFERRAL_ORG]
        _pick(page, "Supplier", top.name)
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name="Case file for").click()
        case = tmp_path / "case.pdf"
        info.value.save_as(case)
        assert case.read_bytes()[:5] == b"%PDF-", "the case file download is not a PDF"
        from pypdf import PdfReader

        pdf_text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(case)).pages).split())
        assert REFERRAL_ORG in pdf_text and CLOSING in pdf_text

        _goto(page, "Methodology")
        page.get_by_role("tab", name="About the scores").click()
        expect(page.get_by_role("heading", name="About the risk scores").first).to_be_visible()
        _view(page, "09_about_the_scores")
    except Exception:
        _shot(page, "99_failure")  # what the page showed when the test failed
        raise
    finally:
        context.close()


def _sheet_rows(path: Path, sheet: str) -> list[dict]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    rows = list(wb[sheet].iter_rows(values_only=True))
    wb.close()
    return [dict(zip(rows[0], r)) for r in rows[1:]] if rows else []


def _xlsx_cells(path: Path) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    out = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    wb.close()
    assert out, "the exported workbook is empty"
    return out
