"""Scope rules (negation, policy, remediation, hypothetical, hedging, terminators), offsets and properties."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.evidence import get_engine
from screener.contracts import Document, Page


def _by_indicator(text: str, lang: str) -> dict[str, str]:
    return {e.indicator: e.polarity for e in get_engine().scan_text(text, lang=lang)}


@pytest.mark.parametrize("lang,text,indicator,polarity", [
    # the brief's own terminator example
    ("en", "Workers are not required to pay recruitment fees, but several reported that the agent retained their passports.",
     "recruitment_fees", "negated"),
    ("en", "Workers are not required to pay recruitment fees, but several reported that the agent retained their passports.",
     "retention_of_identity_documents", "asserted"),
    ("en", "There was no evidence that supervisors confiscate identity cards.", "retention_of_identity_documents", "negated"),
    ("en", "Our supplier code forbids the confiscation of passports.", "retention_of_identity_documents", "policy"),
    ("en", "The withheld wages were paid in full to all 40 workers last month.", "withholding_of_wages", "remediated"),
    ("en", "If workers are found to have paid recruitment fees, the supplier will repay them.", "recruitment_fees", "hypothetical"),
    ("en", "Workers allegedly had to surrender their passports on arrival.", "retention_of_identity_documents", "asserted"),
    ("es", "No se observó retención de pasaportes; sin embargo, los trabajadores pagaron USD 900 a un enganchador.",
     "retention_of_identity_documents", "negated"),
    ("es", "No se observó retención de pasaportes; sin embargo, los trabajadores pagaron USD 900 a un enganchador.",
     "recruitment_fees", "asserted"),
    ("es", "La política de la empresa prohíbe cobrar comisiones de reclutamiento a los trabajadores.", "recruitment_fees", "policy"),
    ("es", "La empresa reembolsó las comisiones de reclutamiento a todos los trabajadores.", "recruitment_fees", "remediated"),
    ("fr", "Aucune retenue sur salaire n'a été constatée, mais les passeports sont conservés par la direction.",
     "withholding_of_wages", "negated"),
    ("fr", "Aucune retenue sur salaire n'a été constatée, mais les passeports sont conservés par la direction.",
     "retention_of_identity_documents", "asserted"),
    ("fr", "Les passeports ont été restitués aux travailleurs en janvier.", "retention_of_identity_documents", "remediated"),
    ("fr", "Le code de conduite interdit les frais de recrutement.", "recruitment_fees", "policy"),
])
def test_scope_rules(lang: str, text: str, indicator: str, polarity: str) -> None:
    got = _by_indicator(text, lang)
    assert got.get(indicator) == polarity, got


def test_hedged_flag_is_set_and_still_asserted() -> None:
    evs = get_engine().scan_text("Workers reportedly paid recruitment fees to a broker.", lang="en")
    fee = [e for e in evs if e.indicator == "recruitment_fees"]
    assert fee and fee[0].polarity == "asserted" and fee[0].hedged and fee[0].cue


def test_numbers_compared_as_numbers() -> None:
    assert "excessive_overtime" not in _by_indicator("Records show 48 hours per week in May.", "en")
    assert _by_indicator("Records show 80 hours per week in May.", "en").get("excessive_overtime") == "asserted"
    assert _by_indicator("Crew worked 16 hours per day in peak season.", "en").get("excessive_overtime") == "asserted"


def test_language_detection_and_document_scan() -> None:
    eng = get_engine()
    evs = eng.scan_text("Los trabajadores pagaron MXN 8,000 al reclutador para conseguir el puesto en la obra.")
    assert evs and evs[0].lang == "es" and evs[0].indicator == "recruitment_fees"
    doc = Document(name="audit.txt", pages=[Page(1, "Scope: site visit."),
                                            Page(2, "Findings\n- Passports are kept by HR.\n- No child labour found.")])
    out = eng.scan_document(doc, supplier_key="S1")
    ret = [e for e in out if e.indicator == "retention_of_identity_documents"]
    assert ret and ret[0].page == 2 and ret[0].document == "audit.txt" and ret[0].supplier_key == "S1"
    assert ret[0].sentence == "- Passports are kept by HR."
    progress: list[float] = []
    eng.scan_documents([(doc, "S1"), (doc, "S2")], progress=lambda f, m: progress.append(f))
    assert progress == [0.5, 1.0]


def test_bullets_and_table_rows_are_separate_sentences() -> None:
    text = "Findings\n* Passports kept by HR\n* No fees charged\n| Wages | paid 3 months late |"
    sents = {e.sentence for e in get_engine().scan_text(text, lang="en")}
    assert "* Passports kept by HR" in sents
    assert "| Wages | paid 3 months late |" in sents


ASSERTED = [
    ("en", "the agent retained their passports"),
    ("en", "workers paid recruitment fees to a broker"),
    ("en", "the supervisor slapped workers"),
    ("es", "el capataz retiene los pasaportes"),
    ("fr", "les passeports sont conservés par la direction"),
]
NEGATORS = {"en": ["There is no evidence that", "It is not true that", "None of the interviews showed that"],
            "es": ["No hay evidencia de que", "Nunca"], "fr": ["Aucun élément ne montre que", "Jamais"]}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.sampled_from(ASSERTED), data=st.data())
def test_property_negation_cue_before_asserted_match_flips_it(case: tuple[str, str], data: st.DataObject) -> None:
    lang, clause = case
    base = [e for e in get_engine().scan_text(clause.capitalize() + ".", lang=lang) if e.polarity == "asserted"]
    assert base, clause
    cue = data.draw(st.sampled_from(NEGATORS[lang]))
    flipped = get_engine().scan_text(f"{cue} {clause}.", lang=lang)
    for ev in base:
        pol = {e.indicator: e.polarity for e in flipped}.get(ev.indicator)
        assert pol == "negated", (cue, clause, pol)


WORDS = st.sampled_from(["workers", "passports", "kept", "by", "HR", "no", "fees", "paid", "agent", "wages", "not",
                         "withheld", "children", "aged", "12", "working", "16", "hours", "per", "day", ",", ";",
                         "but", "however", "threatened", "the", "were", "in", "Pasports", "with-", "held", "é"])


@settings(max_examples=60, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=30), spaces=st.lists(st.sampled_from([" ", "  ", "\n", " - "]),
                                                                         min_size=30, max_size=30))
def test_property_offsets_always_point_at_matched_text(words: list[str], spaces: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, spaces))
    for ev in get_engine().scan_text(text, lang="en"):
        assert ev.sentence[ev.start:ev.end] == ev.matched_text
        assert ev.matched_text and ev.sentence in text
        assert ev.polarity in ("asserted", "negated", "policy", "remediated", "hypothetical")
