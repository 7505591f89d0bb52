"""Methodology: the editions behind this run, the ILO indicators, data sources and licences, the model card."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import streamlit as st

from app_pages import state
from app_pages.components import format_utc, humanize, md_escape, tier_text
from screener.errors import InputError
from screener.resources import read_yaml

LEXICONS = state.REPO / "lexicons"
MODEL_CARD = state.REPO / "MODEL_CARD.md"
USER_CARD = LEXICONS / "texts" / "about_the_scores.md"  # the model card for users; the technical one is MODEL_CARD


@st.cache_data(show_spinner=False)
def data_sources(root: str) -> pd.DataFrame:
    """Source, edition and licence of every curated data file, as each file states them."""
    rows = []
    for path in sorted(Path(root).rglob("*.yaml")):
        try:
            data = read_yaml(path)
        except InputError:
            continue
        if not isinstance(data, dict):
            continue
        rel = str(path.relative_to(Path(root).parent))
        if isinstance(data.get("files"), dict):  # a SOURCES.yaml describing several tables
            for name, meta in data["files"].items():
                if isinstance(meta, dict):
                    rows.append({"File": f"{Path(rel).parent}/{name}", "What": meta.get("title", ""),
                                 "Source": str(meta.get("source", "")), "Edition": str(meta.get("edition", "")),
                                 "Licence": str(meta.get("licence", meta.get("license", "")))})
        elif "source" in data or "licence" in data or "license" in data:
            rows.append({"File": rel, "What": "", "Source": str(data.get("source", "")),
                         "Edition": str(data.get("edition", data.get("version", ""))),
                         "Licence": str(data.get("licence", data.get("license", "")))})
    df = pd.DataFrame(rows, columns=["File", "What", "Source", "Edition", "Licence"])
    return df.replace({"Licence": {"": "(not stated in the file)"}, "Edition": {"": "(not stated in the file)"}})


def demote_headings(markdown: str, levels: int = 2) -> str:
    """Markdown with every heading made smaller, so an embedded document sits under the page's headings."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        m = re.match(r"^(#{1,6}) ", line)
        if m and not fenced:
            line = "#" * min(6, len(m.group(1)) + levels) + line[len(m.group(1)):]
        out.append(line)
    return "\n".join(out)


def _indicators() -> pd.DataFrame | None:
    try:
        from screener.lexicon import load_lexicon

        lex = load_lexicon()
    except Exception:  # noqa: BLE001 - the page still shows the rest
        return None
    return pd.DataFrame([{"Indicator": d.label, "ILO dimension": ", ".join(humanize(x) for x in d.dimensions),
                          "Element": ", ".join(humanize(x) for x in d.elements), "Severity": d.severity,
                          "Description": d.description} for d in lex.indicators.values()])


EDITION_LABELS = {"lexicon": "Indicator lexicon", "model": "Risk model", "uflpa": "UFLPA Entity List",
                  "cbp": "CBP Withhold Release Orders and Findings", "dol_goods": "US DOL list of goods",
                  "dol_findings": "US DOL child-labour findings", "tip_tiers": "Trafficking in Persons tiers",
                  "cbp_region_orders": "CBP region-wide orders"}


def _run_section() -> None:
    run = state.current_run()
    if run is None:
        st.info("Nothing has been screened yet.")
        return
    st.write(f"Screened on {format_utc(run.started_at.isoformat())} in {run.duration_s:.1f} s; "
             f"result format version {run.schema_version}; personal data "
             f"{'redacted' if run.redacted else 'not redacted'} in exports by default.")
    st.markdown("**Editions used**")
    st.markdown("\n".join(f"- **{EDITION_LABELS.get(k, humanize(k))}:** {md_escape(v)}"
                           for k, v in run.editions.items()))
    if run.coverage is not None:
        st.markdown(f"**Coverage.** {run.coverage.sentence()}")
    left, right = st.columns([1, 2])
    with left:
        if run.thresholds:
            st.markdown("**Tier thresholds** (risk score at or above)")
            st.dataframe(pd.DataFrame([{"Tier": tier_text(k) if k in ("high", "medium", "low") else humanize(k),
                                        "Score": v} for k, v in run.thresholds.items()]),
                         hide_index=True, width="stretch")
    with right:
        st.markdown("**Input files** (SHA-256 fingerprints let anyone check the files were the same)")
        st.dataframe(pd.DataFrame([{"File": f.name, "Kind": f.kind, "SHA-256": f.sha256}
                                   for f in run.input_files]), hide_index=True, width="stretch")


SCALE_PARAGRAPH = (
    "**The score.** A risk score is risk points: a baseline of 10 plus the points of every factor, with no cap and "
    "no floor, so the breakdown adds up to the score exactly and two suppliers with different evidence never tie at "
    "a limit. The points are set by experts and published with their sources in lexicons/scoring.yaml: a child below "
    "the minimum working age (ILO C138, C182), violence, confinement, retained identity documents and debt bondage "
    "(strong indicators in the ILO 2012 guidelines) weigh more than overtime alone; the ICLS 2018 rule, a severe "
    "case and a match on the UFLPA Entity List or an active CBP order add their own points. Statements that a "
    "practice does not happen, and safeguards such as a grievance mechanism, subtract a few points and never count "
    "as findings. Medium starts at 25 points and high at 50. The same points read as log-odds of escalation "
    "(50 points is even odds, every 10 points multiply the odds by about 2.7), which is how reviewers' decisions "
    "can refine the weights without losing the expert starting point. The ILO rule, a severe case or a listed "
    "entity make a supplier high whatever its points, and a supplier with no current audit and high inherent risk "
    "is 'needs assessment', never low. The register is ranked by tier, then escalation, then score, and ties are "
    "broken by the amount of evidence, not by name.")

st.title("Methodology")
st.write("How the screener reaches its conclusions. Evidence comes from sentences in the reports that match the "
         "lexicon of the ILO forced-labour indicators; only sentences that assert a practice raise the score. "
         "The ILO rule (involuntariness and menace of penalty shown by different facts, ICLS 2018) is checked on "
         "its own. Names are matched against the UFLPA Entity List and CBP orders, and country × product risk comes "
         "from the US Department of Labor and TIP reports.")
st.markdown(SCALE_PARAGRAPH)
tab_run, tab_ind, tab_src, tab_card = st.tabs(["This run", "ILO indicators", "Data sources and licences",
                                               "About the scores"])
with tab_run:
    _run_section()
with tab_ind:
    ind = _indicators()
    if ind is None:
        st.warning("The indicator lexicon could not be loaded.")
    else:
        st.dataframe(ind, hide_index=True, width="stretch",
                     column_config={"Description": st.column_config.TextColumn(width="large")})
with tab_src:
    st.caption("As stated in each data file under lexicons/. Only data whose licence allows it is shipped.")
    st.dataframe(data_sources(str(LEXICONS)), hide_index=True, width="stretch",
                 column_config={"Source": st.column_config.TextColumn(width="large")})
with tab_card:
    if USER_CARD.is_file():
        with st.container(border=True, key="model_card"):
            st.markdown(demote_headings(USER_CARD.read_text(encoding="utf-8")))
    else:
        st.warning("The plain-language page about the scores is missing from this installation.")
