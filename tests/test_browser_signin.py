"""Sign-in in a real browser: a viewer sees scores but can neither decide nor show raw text; a reviewer decides,
and the audit log names the signed-in user (never a typed name)."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from screener.access import UserRecord, hash_password, save_users
from screener.review.store import ReviewStore
from test_browser import CHROMIUM_ARGS, REPO, SHOTS, _free_port, _goto, _idle, _shot, _wait_healthy, browser  # noqa: F401

pytestmark = pytest.mark.browser
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def signin_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("signin")
    users = folder / "users.yaml"
    save_users(users, {"vera": UserRecord("vera", "Vera Viewer", "viewer", hash_password(PASSWORD)),
                       "ana": UserRecord("ana", "Ana Reviewer", "reviewer", hash_password(PASSWORD))})
    db = folder / "reviews.sqlite"
    port = _free_port()
    env = {**os.environ, "SCREENER_DB": str(db), "SCREENER_USERS": str(users)}
    log_path = SHOTS.parent / "streamlit_signin.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless",
             "true", "--server.address", "localhost", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        url = f"http://localhost:{port}"
        try:
            _wait_healthy(url, proc, log_path)
            yield url, db
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


def _sign_in(page, username: str) -> None:
    page.get_by_role("heading", name="Sign in").first.wait_for(timeout=120_000)
    page.get_by_role("textbox", name="User name").fill(username)
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Signed in as").first.wait_for(timeout=300_000)
    _idle(page, timeout=300_000)


def test_viewer_and_reviewer_roles_in_the_browser(signin_app, browser) -> None:  # noqa: F811
    from playwright.sync_api import expect

    url, db = signin_app
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(url)
    _idle(page, timeout=120_000)
    expect(page.get_by_text("Nothing has been screened").first).not_to_be_visible()
    _shot(page, "signin_01_form")

    _sign_in(page, "vera")
    expect(page.get_by_text("Signed in as Vera Viewer").first).to_be_visible()
    _shot(page, "signin_02_viewer_portfolio")
    raw_toggle = page.locator("[data-testid='stSidebar'] input[type='checkbox']").first
    expect(raw_toggle).to_be_disabled()
    _goto(page, "Review")
    expect(page.get_by_text("You are signed in as a viewer").first).to_be_visible()
    form = page.locator("[data-testid='stForm']").filter(has_text="Dismiss as false positive").first
    form.get_by_text("Dismiss as false positive").click()
    form.get_by_placeholder("Required when dismissing or marking remediated").fill("viewer tries to decide")
    form.get_by_role("button", name="Save").click()
    _idle(page)
    expect(page.get_by_text("can see decisions but not record them").first).to_be_visible()
    _shot(page, "signin_03_viewer_review")
    assert ReviewStore(db).evidence_decisions() == {}

    page.get_by_role("button", name="Sign out").click()
    _sign_in(page, "ana")
    expect(page.get_by_text("Signed in as Ana Reviewer").first).to_be_visible()
    _goto(page, "Review")
    form = page.locator("[data-testid='stForm']").filter(has_text="Dismiss as false positive").first
    form.get_by_text("Dismiss as false positive").click()
    form.get_by_placeholder("Required when dismissing or marking remediated").fill("Policy annex, not a practice")
    form.get_by_role("button", name="Save").click()
    _idle(page)
    expect(page.get_by_text("Dismissed as a false positive by Ana Reviewer").first).to_be_visible()
    _shot(page, "signin_04_reviewer_decided")

    log = ReviewStore(db).audit_log()
    assert [(e.action, e.reviewer) for e in log] == [("evidence_decision", "Ana Reviewer")]
    assert not any(e.action == "raw_text_view" for e in log)
    page.close()
