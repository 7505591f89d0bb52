"""AppTest for each page of the app, with a small hand-built ScreenRun seeded in session_state."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from screener.contracts import (
    ColumnMapping,
    Contribution,
    DataQualityIssue,
    DataQualityReport,
    DocumentLink,
    Escalation,
    Evidence,
    IloRuleResult,
    InherentRiskItem,
    InputFile,
    MatchFeature,
    RemediationStep,
    ScreenRun,
    SupplierRecord,
    SupplierResult,
    SupplierTable,
    VulnerabilityFactor,
    WatchlistMatch,
)
from screener.access import User, UserRecord, hash_password, save_users
from screener.review.store import ReviewStore
from screener.issues import ROW_NO_NAME

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGES = ["app_pages/upload.py", "app_pages/portfolio.py", "app_pages/supplier.py", "app_pages/review.py",
         "app_pages/export.py", "app_pages/methodology.py"]
SENTENCE = "Worker Maria Lopez said passports are kept by HR in a locked cabinet."


def _ev(sentence: str, word: str, indicator: str, polarity: str = "asserted", hedged: bool = False) -> Evidence:
    start = sentence.index(word)
    return Evidence(indicator=indicator, supplier_key="S-1", document="audit_acme.pdf", page=3, sentence=sentence,
                    start=start, end=start + len(word), matched_text=word, lexicon_entry=f"{indicator}.en.1",
                    match="exact", score=1.0, polarity=polarity, hedged=hedged, lang="en")


def make_run() -> ScreenRun:
    """Three suppliers: a high-risk case with everything filled in, a low-risk one and an unreadable row."""
    evidence = [
        _ev(SENTENCE, "passports are kept", "retention_of_identity_documents"),
        _ev("Workers reportedly cannot leave the dormitory at night.", "cannot leave", "restriction_of_movement",
            hedged=True),
        _ev("There is no evidence of child labour on site.", "child labour", "child_labour", polarity="negated"),
    ]
    high = SupplierResult(
        supplier_key="S-1", name="Acme Garments Ltd", country="MY", products=["Garments", "Gloves"],
        risk_score=87.5, tier="high",
        ilo_rule=IloRuleResult(True, ("restriction_of_movement",), ("retention_of_identity_documents",),
                               "Involuntariness and menace of penalty are both asserted."),
        baseline=20.0,
        contributions=[
            Contribution("evidence_retention_of_identity_documents", 1.0, 40.0, f"'{SENTENCE}' (p. 3)"),
            Contribution("evidence_restriction_of_movement", 1.0, 20.0, "Cannot leave the dormitory (p. 3)"),
            Contribution("inherent_forced_labour_goods", 1.0, 10.0, "Gloves from Malaysia are on the DOL list"),
            Contribution("grievance_mechanism", 1.0, -2.5, "An independent grievance channel exists"),
            Contribution("rule_minimum", 1.0, 0.0, "The ILO rule is met: at least high risk."),
        ],
        evidence=evidence,
        watchlist_matches=[WatchlistMatch(
            list_id="uflpa", list_name="UFLPA Entity List", list_edition="2025-01-15", entity_name="Acme Garment Co",
            matched_name="Acme Garment Co", query_name="Acme Garments Ltd", score=0.91, country="MY",
            features=(MatchFeature("name_similarity", 0.95, 0.75, "distinctive tokens agreed: acme, garment"),),
            entity_details=(("section", "2(d)(2)(B)(i)"),), source_url="https://www.dhs.gov/uflpa-entity-list")],
        inherent=[InherentRiskItem("goods_forced_labour", "MY", "Gloves", 1.0,
                                   "Gloves from Malaysia are listed for forced labour.", "US DOL ILAB", "2022")],
        remediation=[RemediationStep("return_documents", "Return identity documents", "Give every worker their "
                                     "passport back.", "immediate", "supplier", "Signed receipts from workers",
                                     triggered_by=("retention_of_identity_documents",))],
        escalation=Escalation(True, (f"Identity documents retained: '{SENTENCE}'",),
                              ("Do not confront the supplier before workers are safe.",)),
        vulnerability=[VulnerabilityFactor("individual", "risk", "Migrant worker", "Most workers are migrants."),
                       VulnerabilityFactor("community", "protective", "Grievance channel", "A hotline exists.")],
        documents=["audit_acme.pdf"], row_number=2, model_tier="medium",
    )
    low = SupplierResult(
        supplier_key="S-2", name="Beta Electronics", country="DE", products=["Electronics"], risk_score=8.0,
        tier="low", ilo_rule=IloRuleResult(False), baseline=20.0,
        contributions=[Contribution("inherent_tip_tier", 0.0, -12.0, "Germany has TIP tier 1")], row_number=3)
    issue = DataQualityIssue(code=ROW_NO_NAME, message="The supplier name is empty.", severity="error",
                             file="suppliers.xlsx", row=4, column="Supplier", supplier_key="S-3")
    skipped = SupplierResult(
        supplier_key="S-3", name="(row 4)", country=None, products=[], risk_score=0.0, tier="not screened",
        ilo_rule=IloRuleResult(False), baseline=0.0, contributions=[], data_quality=[issue], row_number=4,
        screened=False, not_screened_reason="the supplier name is empty")
    records = [SupplierRecord("S-1", 2, "Acme Garments Ltd", country="MY"),
               SupplierRecord("S-2", 3, "Beta Electronics", country="DE"),
               SupplierRecord("S-3", 4, "", screenable=False, not_screened_reason="the supplier name is empty")]
    table = SupplierTable(records=records,
                          mappings=[ColumnMapping("Supplier", "supplier_name", 1.0, "synonym", 0),
                                    ColumnMapping("Pays", "country", 0.92, "fuzzy", 1),
                                    ColumnMapping("Notes", None, 0.0, "none", 2)],
                          quality=DataQualityReport([issue]), source_file="suppliers.xlsx", sha256="ab" * 32)
    links = [DocumentLink("audit_acme.pdf", "S-1", "file_name", 0.93)]
    return ScreenRun(results=[high, low, skipped], table=table, documents=["audit_acme.pdf"], links=links,
                     input_files=[InputFile("suppliers.xlsx", "ab" * 32, "suppliers")],
                     editions={"lexicon": "test 1", "model": "test model"},
                     started_at=dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.timezone.utc), duration_s=1.2,
                     thresholds={"high": 60.0, "medium": 30.0})


@pytest.fixture()
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "reviews.sqlite"
    monkeypatch.setenv("SCREENER_DB", str(path))
    monkeypatch.setenv("SCREENER_USERS", str(tmp_path / "users.yaml"))  # sign-in on; users set per test
    return path


def _sign_in(at: AppTest, name: str, role: str) -> None:
    """A signed-in session, as after the sign-in form (app_pages/auth.py)."""
    at.session_state["signed_in_user"] = User(name.split()[0].lower(), name, role, "password")


def _app(page: str | None = None, *, reviewer: str = "", raw: bool = False, run: ScreenRun | None = None) -> AppTest:
    """The app with a signed-in user: ``reviewer`` decides (a data officer when ``raw``); else a viewer."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["run"] = run or make_run()
    at.session_state["selected_supplier"] = "S-1"
    if reviewer:
        _sign_in(at, reviewer, "data officer" if raw else "reviewer")
    else:
        _sign_in(at, "Vera Viewer", "viewer")
    at.session_state["show_raw"] = raw
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [h.value for h in at.header]
    parts += [e.value for e in at.error] + [e.value for e in at.info] + [e.value for e in at.success]
    parts += [w.value for w in at.warning] + [t.value for t in at.title] + [s.value for s in at.subheader]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_error(page: str, db: Path) -> None:
    at = _app(page)
    assert at.title[0].value


def test_portfolio_opens_on_the_ranked_worklist(db: Path) -> None:
    at = _app("app_pages/portfolio.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Suppliers"] == "3"
    assert metrics["High risk"] == "1"
    assert metrics["Escalate now"] == "1"
    assert metrics["Findings to decide"] == "2"  # two asserted sentences, the negated one asks nothing
    assert metrics["Reviewed"] == "0/3"
    assert at.subheader[0].value == "Worklist"  # the worklist comes before the map and the charts
    table = at.dataframe[0].value
    assert list(table["Supplier"]) == ["Acme Garments Ltd", "Beta Electronics", "(row 4)"]
    assert list(table["Queue"]) == ["Escalate now", "Low risk", "Not screened"]
    assert list(table["Rank"]) == [1, 2, 3]
    assert list(table["Findings"]) == [2, 0, 0]
    assert list(table["Coverage"])[:2] == ["Audit report scanned", "Sheet only, no report"]
    assert list(table["Watchlist"]) == ["UFLPA", "", ""] and list(table["Country"])[:2] == ["Malaysia", "Germany"]
    assert "name:" not in str(table.drop(columns=["key"]))
    text = _text(at)
    assert "All 2 countries." in text  # every chart says what it shows or leaves out
    assert "1 of 1 suppliers with asserted findings" in text


def test_portfolio_filters(db: Path) -> None:
    at = _app("app_pages/portfolio.py")
    at.multiselect(key="pf_tiers").set_value(["Low risk"]).run()
    assert list(at.dataframe[0].value["Supplier"]) == ["Beta Electronics"]
    at.multiselect(key="pf_tiers").set_value([]).run()
    at.multiselect(key="pf_products").set_value(["Gloves"]).run()
    assert list(at.dataframe[0].value["Supplier"]) == ["Acme Garments Ltd"]
    at.multiselect(key="pf_products").set_value([]).run()
    at.multiselect(key="pf_reviews").set_value(["To decide"]).run()
    assert list(at.dataframe[0].value["Supplier"]) == ["Acme Garments Ltd"]
    at.multiselect(key="pf_reviews").set_value([]).run()
    at.multiselect(key="pf_coverage").set_value(["Sheet only, no report"]).run()
    assert list(at.dataframe[0].value["Supplier"]) == ["Beta Electronics", "(row 4)"]
    at.checkbox(key="pf_watch").check().run()
    assert list(at.dataframe[0].value["Supplier"]) == []


def test_portfolio_without_evidence_says_so_instead_of_an_empty_heatmap(db: Path) -> None:
    import dataclasses

    run = make_run()
    run = dataclasses.replace(run, results=[dataclasses.replace(r, evidence=[]) for r in run.results])
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["run"] = run
    _sign_in(at, "Vera Viewer", "viewer")
    at.run()
    assert not at.exception
    assert any("No asserted finding in this run" in i.value for i in at.info)


def test_supplier_case_redacts_by_default_and_shows_raw_on_request(db: Path) -> None:
    at = _app("app_pages/supplier.py")
    text = _text(at)
    assert "Escalate now" in text
    assert "<mark" in text and "passports are kept</mark>" in text
    assert "Maria Lopez" not in text  # worker name redacted in evidence, escalation reasons and score reasons
    assert "Maria Lopez" not in str([d.value for d in at.dataframe])
    assert "UFLPA Entity List" in text and "Return identity documents" in text
    assert "Gloves from Malaysia are listed for forced labour." in text  # inherent-risk card
    assert r"Reports scanned: audit\_acme\.pdf (matched by file name, confidence 93%)" in text
    assert "Most workers are migrants" in text and "A hotline exists" in text  # vulnerability view
    assert "Met." in text  # ILO rule status
    badges = [m.value for m in at.markdown if "-badge[" in m.value and "Match:" in m.value]
    assert len(badges) == 3
    assert badges[0].startswith(":red-badge[Asserted]") and "Hedged" not in badges[0]
    assert badges[1].startswith(":red-badge[Asserted] :orange-badge[Hedged]")
    assert badges[2].startswith(":green-badge[Negated]")
    raw = _app("app_pages/supplier.py", raw=True, reviewer="Ana Reviewer")
    assert "Maria Lopez" in _text(raw)
    viewer = _app("app_pages/supplier.py", raw=True)  # raw text is for data officers only
    assert "Maria Lopez" not in _text(viewer)
    views = ReviewStore(db).audit_log()  # each page the data officer saw with raw text; none for the viewer
    assert views and {(e.action, e.reviewer) for e in views} == {("raw_text_view", "Ana Reviewer")}
    assert any("Supplier case" in e.after["viewed"] for e in views)


def test_supplier_case_for_a_not_screened_row(db: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["run"] = make_run()
    at.session_state["selected_supplier"] = "S-3"
    _sign_in(at, "Vera Viewer", "viewer")
    at.run()
    at.switch_page("app_pages/supplier.py").run()
    assert not at.exception
    assert "could not be screened" in _text(at)


def test_a_viewer_cannot_record_decisions(db: Path) -> None:
    at = _app("app_pages/review.py")
    fp = make_run().results[0].evidence[0].fingerprint
    at.radio(key=f"ev_choice_{fp}").set_value("dismissed")
    at.text_input(key=f"ev_note_{fp}").input("Policy text")
    at.button(key=f"FormSubmitter:ev_{fp}-Save").click().run()
    assert any("viewer" in e.value and "reviewer" in e.value for e in at.error)
    assert ReviewStore(db).evidence_decisions() == {}


def test_sign_in_form_checks_the_password(db: Path, tmp_path: Path) -> None:
    users = {"ana": UserRecord("ana", "Ana Reviewer", "reviewer", hash_password("correct horse battery"))}
    save_users(tmp_path / "users.yaml", users)
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["run"] = make_run()
    at.run()
    assert [t.value for t in at.title] == ["Sign in"] and not at.dataframe  # nothing shown before sign-in
    at.text_input[0].input("ana")
    at.text_input[1].input("wrong password!")
    at.button[0].click().run()
    assert any("wrong" in e.value for e in at.error)
    at.text_input[1].input("correct horse battery")
    at.button[0].click().run()
    assert not at.exception and "Signed in as **Ana Reviewer**" in _text(at)


def test_review_records_decisions_and_shows_them_next_time(db: Path) -> None:
    at = _app("app_pages/review.py", reviewer="Ana Reviewer")
    ev = make_run().results[0].evidence[0]
    at.radio(key=f"ev_choice_{ev.fingerprint}").set_value("dismissed")
    at.text_input(key=f"ev_note_{ev.fingerprint}").input("Quoted from the policy annex")
    at.button(key=f"FormSubmitter:ev_{ev.fingerprint}-Save").click().run()
    assert not at.exception
    d = ReviewStore(db).evidence_decisions("S-1")[ev.fingerprint]
    assert (d.decision, d.note, d.reviewer) == ("dismissed", "Quoted from the policy annex", "Ana Reviewer")

    at.radio(key="sup_choice_S-1").set_value("escalate")
    at.text_area(key="sup_note_S-1").input("Confirmed on site")
    at.button(key="FormSubmitter:sup_S-1-Save supplier decision").click().run()
    sd = ReviewStore(db).supplier_decisions()["S-1"]
    assert sd.decision == "escalate" and sd.features["evidence_retention_of_identity_documents"] == 1.0
    assert set(sd.features) == {"evidence_retention_of_identity_documents", "evidence_restriction_of_movement",
                                "inherent_forced_labour_goods", "grievance_mechanism"}  # no rule_minimum
    assert [e.action for e in ReviewStore(db).audit_log()] == ["evidence_decision", "supplier_decision"]

    # A new session (a later upload of the same supplier) shows the decisions instead of asking again.
    again = _app("app_pages/review.py", reviewer="Ben")
    text = _text(again)
    assert "Dismissed as a false positive by Ana Reviewer" in text
    assert "Escalate by Ana Reviewer" in text
    # The decided item's form is only inside a collapsed "Change the decision" expander; pending items ask.
    key = f"ev_choice_{ev.fingerprint}"
    changers = [x for x in again.expander if x.label == "Change the decision"]
    assert any(key in [r.key for r in x.radio] for x in changers)
    pending = make_run().results[0].evidence[1].fingerprint
    assert not any(f"ev_choice_{pending}" in [r.key for r in x.radio] for x in changers)
    assert f"ev_choice_{pending}" in [r.key for r in again.radio]


def test_review_dismiss_needs_a_note(db: Path) -> None:
    at = _app("app_pages/review.py", reviewer="Ana")
    fp = make_run().results[0].evidence[0].fingerprint
    at.radio(key=f"ev_choice_{fp}").set_value("dismissed")
    at.button(key=f"FormSubmitter:ev_{fp}-Save").click().run()
    assert any("Add a note" in e.value for e in at.error)
    assert ReviewStore(db).evidence_decisions() == {}


def test_methodology_lists_editions_and_sources(db: Path) -> None:
    at = _app("app_pages/methodology.py")
    frames = [d.value for d in at.dataframe]
    text = _text(at)
    assert "**Indicator lexicon:** test 1" in text and "**Risk model:** test model" in text
    sources = next(f for f in frames if "Licence" in f.columns)
    assert sources["Licence"].str.len().gt(0).all() and sources["Source"].str.len().gt(0).any()
    # Each curated risk table is listed on its own row from lexicons/risk/SOURCES.yaml.
    assert any(f.startswith("lexicons/risk/") and f.endswith(".csv") for f in sources["File"])


def test_upload_page_shows_mapping_and_quality(db: Path) -> None:
    at = _app("app_pages/upload.py")
    editor = next(d for d in at.dataframe if (d.key or "").startswith("mapping"))
    mapping = editor.value
    assert list(mapping["Column in your file"]) == ["Supplier", "Pays", "Notes"]
    assert list(mapping["Read as"])[:2] == ["Supplier name", "Country"]
    assert list(mapping["How it was recognised"]) == ["Known header name", "Similar to a known header",
                                                      "Not recognised"]
    text = _text(at)
    assert "Column mapping" in text and "Data quality" in text
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Not screened"] == "1" and metrics["Errors"] == "1"


def test_export_page_offers_every_download(db: Path) -> None:
    at = _app("app_pages/export.py")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Risk register (Excel)", "Portfolio summary (PDF)", "All results (JSON)",
                      "Case file for Acme Garments Ltd (PDF)"]


def test_app_opens_on_the_sample_portfolio_already_screened(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from screener.ingest.tables import read_supplier_table

    monkeypatch.delenv("SCREENER_USERS")  # out of the box: one local user, no sign-in

    sample_sheet = Path(APP).parent / "sample_suppliers" / "suppliers.xlsx"

    at = AppTest.from_file(APP, default_timeout=300)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    run = at.session_state["run"]
    assert isinstance(run, ScreenRun)
    assert len(run.results) == len(read_supplier_table(sample_sheet).records)
    assert {m.label: m.value for m in at.metric}["Suppliers"] == str(len(run.results))
    assert at.title[0].value == "Portfolio"
    assert any("Single-user mode" in m.value for m in at.sidebar.markdown)
    # Re-opening the sample from the Upload page screens it again (from the cache) with a finished progress bar.
    at.switch_page("app_pages/upload.py").run()
    at.button(key="screen_sample").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["inputs"].label == "Sample portfolio"
    assert len(at.session_state["run"].results) == len(run.results)


@pytest.mark.parametrize("page", PAGES[1:5])
def test_pages_explain_when_nothing_was_screened(page: str, db: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    _sign_in(at, "Vera Viewer", "viewer")
    at.session_state["run_error"] = "The sample portfolio could not be screened: test failure."
    at.run()
    if page != "app_pages/portfolio.py":
        at.switch_page(page).run()
    assert not at.exception
    assert [e.value for e in at.error] == ["The sample portfolio could not be screened: test failure."]
    assert any("Nothing has been screened yet" in i.value for i in at.info)


def test_review_asks_only_about_asserted_findings_and_folds_the_rest(db: Path) -> None:
    at = _app("app_pages/review.py", reviewer="Ana")
    run = make_run()
    asserted = [e for e in run.results[0].evidence if e.polarity == "asserted"]
    negated = next(e for e in run.results[0].evidence if e.polarity == "negated")
    keys = [r.key for r in at.radio]
    assert all(f"ev_choice_{e.fingerprint}" in keys for e in asserted)
    assert f"ev_choice_{negated.fingerprint}" not in keys  # a negated sentence asks for no decision
    folded = [x for x in at.expander if "need no decision" in x.label]
    assert folded and folded[0].label.startswith("1 sentences")
    assert "2 findings count toward the risk" in _text(at)


def test_review_decision_shows_its_effect_on_score_rank_and_counts(db: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    import dataclasses

    from app_pages import state

    def fake_rescreen() -> None:  # the real one screens files; here the dismissal lowers the score by hand
        import streamlit as st

        run = st.session_state["run"]
        first = dataclasses.replace(run.results[0], risk_score=5.0, tier="low",
                                    escalation=dataclasses.replace(run.results[0].escalation, escalate_now=False))
        st.session_state["run"] = dataclasses.replace(run, results=[first, *run.results[1:]])

    monkeypatch.setattr(state, "rescreen_after_review", fake_rescreen)
    at = _app("app_pages/review.py", reviewer="Ana")
    ev = make_run().results[0].evidence[0]
    at.radio(key=f"ev_choice_{ev.fingerprint}").set_value("dismissed")
    at.text_input(key=f"ev_note_{ev.fingerprint}").input("Policy annex, not a practice")
    at.button(key=f"FormSubmitter:ev_{ev.fingerprint}-Save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    change = next(s.value for s in at.success if "Score" in s.value)
    assert "Score 88 → 5" in change and "rank 1 → 2 of 3" in change
    assert "findings that count 2 → 1" in change and "still to decide 1" in change
    assert "High risk → Low risk" in change


def _plan_key(step: str) -> str:
    from app_pages.casework import short_hash

    return f"plan_{short_hash('S-1')}_{step}"


def test_corrective_action_plan_is_tracked_to_closure(db: Path) -> None:
    import datetime as dt

    import dataclasses

    old = dataclasses.replace(make_run(), started_at=dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc))
    at = _app("app_pages/supplier.py", reviewer="Ana", run=old)
    text = _text(at)
    assert "1 step: 1 open (1 overdue)." in text  # screened in 2020: the immediate step is long overdue
    assert "Overdue since" in text
    key = _plan_key("return_documents")
    at.text_input(key=f"{key}_owner").input("Supplier HR manager")
    at.date_input(key=f"{key}_due").set_value(dt.date(2099, 1, 31))
    at.selectbox(key=f"{key}_status").set_value("in progress")
    at.button(key=f"FormSubmitter:{key}-Save step").click().run()
    assert not at.exception, [e.value for e in at.exception]
    item = ReviewStore(db).plan_items("S-1")[("S-1", "return_documents")]
    assert (item.owner, item.due_date, item.status, item.updated_by) == (
        "Supplier HR manager", "2099-01-31", "in progress", "Ana")
    assert "1 step: 1 in progress." in _text(at)  # no longer overdue

    at.selectbox(key=f"{key}_status").set_value("verified closed")
    at.button(key=f"FormSubmitter:{key}-Save step").click().run()
    assert any("closing evidence" in e.value for e in at.error)  # closing needs a note or a document
    at.text_input(key=f"{key}_note").input("Signed receipts from 40 workers seen on 2 Dec")
    at.button(key=f"FormSubmitter:{key}-Save step").click().run()
    item = ReviewStore(db).plan_items("S-1")[("S-1", "return_documents")]
    assert item.status == "verified closed" and item.closing_note.startswith("Signed receipts")
    assert [e.action for e in ReviewStore(db).audit_log("S-1")] == ["plan_item", "plan_item"]


def test_referral_record_for_an_escalate_now_case(db: Path) -> None:
    from app_pages.casework import short_hash

    at = _app("app_pages/supplier.py", reviewer="Ana")
    key = f"ref_{short_hash('S-1')}"
    at.text_input(key=f"{key}_org").input("Call Maria on +60 12 345 6789")
    at.button(key=f"FormSubmitter:{key}-Save referral").click().run()
    assert any("personal data" in e.value for e in at.error)
    assert ReviewStore(db).referrals() == []
    at.text_input(key=f"{key}_org").input("IOM Malaysia")
    at.text_input(key=f"{key}_ref").input("IOM-MY-2026-017")
    at.checkbox(key=f"{key}_consent").check()
    at.button(key=f"FormSubmitter:{key}-Save referral").click().run()
    assert not at.exception
    ref = ReviewStore(db).referrals("S-1")[0]
    assert (ref.organisation, ref.consent_obtained, ref.case_reference, ref.recorded_by) == (
        "IOM Malaysia", True, "IOM-MY-2026-017", "Ana")
    assert "Referred to **IOM Malaysia**" in _text(at)
    assert ReviewStore(db).audit_log("S-1")[-1].action == "referral"
    low = AppTest.from_file(APP, default_timeout=60)  # a low-risk case has no referral form
    low.session_state["run"] = make_run()
    low.session_state["selected_supplier"] = "S-2"
    low.run()
    low.switch_page("app_pages/supplier.py").run()
    assert not [t for t in low.text_input if (t.key or "").startswith("ref_")]


def test_methodology_model_card_for_users_is_plain(db: Path) -> None:
    at = _app("app_pages/methodology.py")
    text = _text(at)
    assert "About the risk scores" in text and "not a finding that forced labour exists" in text
    for jargon in ("l2_c", "seed", "Brier", "L-BFGS"):
        assert jargon not in text, jargon


def test_no_internal_keys_on_the_case_page(db: Path) -> None:
    at = _app("app_pages/supplier.py")
    shown = _text(at) + str([d.value.to_string() for d in at.dataframe])
    assert "S-1" not in shown  # the supplier key is internal
    assert "Evidence: retention of identity documents" in shown or "Retention of identity documents" in shown
    assert "evidence_retention_of_identity_documents" not in shown and "Name similarity" not in shown


def test_without_sign_in_the_app_refuses_to_serve_beyond_localhost(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import streamlit

    monkeypatch.delenv("SCREENER_USERS")
    real = streamlit.get_option
    for address in (None, "0.0.0.0"):
        monkeypatch.setattr(streamlit, "get_option", lambda k, a=address: a if k == "server.address" else real(k))
        at = AppTest.from_file(APP, default_timeout=60)
        at.session_state["run"] = make_run()
        at.run()
        assert not at.exception
        assert any("serves only this computer" in e.value for e in at.error), address
        assert not at.dataframe and not at.metric  # nothing of the portfolio is shown


def test_a_possible_finding_is_badged_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reviewers see which evidence is a possible finding of the sentence model (counted once confirmed)."""
    import dataclasses

    from app_pages import components

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(components.st, "markdown", lambda body, help="": shown.append((body, help)))
    finding = _ev("Passports are kept by HR.", "Passports are kept", "retention_of_identity_documents")
    components.evidence_badges(finding)
    components.evidence_badges(dataclasses.replace(finding, confidence="possible", match="model"))
    (plain, _), (possible, why) = shown
    assert "Possible finding" not in plain
    assert possible.startswith(":red-badge[Asserted] :violet-badge[Possible finding]")
    assert "only once a reviewer confirms it" in why
