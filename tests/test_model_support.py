"""Shared helpers of the scoring tests (no tests here): a hand-built ILO-consistent lexicon, records, a fitted model."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from screener.lexicon import IndicatorDef
from screener.contracts import Evidence, InherentRiskItem, SupplierRecord, WatchlistMatch

U, D, L = "unfree_recruitment", "work_and_life_under_duress", "impossibility_of_leaving"
INV, MEN = "involuntariness", "menace_of_penalty"
_DEFS = {
    "abuse_of_vulnerability": ((D,), (MEN,), "medium", ("protect_vulnerable_workers",)),
    "deception": ((U,), (INV,), "high", ("truthful_contracts",)),
    "restriction_of_movement": ((D, L), (INV, MEN), "critical", ("freedom_of_movement",)),
    "isolation": ((D,), (MEN,), "high", ("ensure_communication_access",)),
    "physical_sexual_violence": ((U, D, L), (MEN,), "critical", ("stop_violence_and_protect", "refer_victim_assistance")),
    "intimidation_threats": ((D, L), (MEN,), "high", ("stop_threats_and_retaliation", "independent_grievance_channel")),
    "retention_of_identity_documents": ((L,), (MEN,), "critical", ("return_documents", "personal_lockers")),
    "withholding_of_wages": ((L,), (INV, MEN), "high", ("pay_withheld_wages", "timely_wage_payment")),
    "debt_bondage": ((U, L), (INV, MEN), "critical", ("cancel_worker_debts", "reimburse_recruitment_fees")),
    "recruitment_fees": ((U,), (INV,), "high", ("reimburse_recruitment_fees", "employer_pays_policy")),
    "abusive_working_living_conditions": ((D,), (INV,), "medium", ("fix_working_living_conditions",)),
    "excessive_overtime": ((D,), (INV,), "medium", ("cap_working_hours",)),
    "child_labour": ((D,), (INV,), "critical", ("child_labour_remediation", "refer_victim_assistance")),
}
LEXICON = SimpleNamespace(
    version="test-1", checksum="0" * 64,
    indicators={k: IndicatorDef(k, k.replace("_", " "), "test", d, e, s, r) for k, (d, e, s, r) in _DEFS.items()})
AS_OF = dt.date(2026, 1, 1)


def record(**kw) -> SupplierRecord:
    base = dict(supplier_key="K1", row_number=2, name="Acme Garments Ltd")
    base.update(kw)
    return SupplierRecord(**base)


def ev(indicator: str, sentence: str = "", *, polarity: str = "asserted", hedged: bool = False,
       document: str = "audit_acme.pdf", page: int = 4, key: str = "K1") -> Evidence:
    sentence = sentence or f"Auditors found {indicator.replace('_', ' ')} at the site."
    words = indicator.replace("_", " ")
    start = sentence.find(words) if words in sentence else 0
    end = start + len(words) if words in sentence else len(sentence)
    return Evidence(indicator, key, document, page, sentence, start, end, sentence[start:end], f"en.{indicator}.x",
                    "exact", 1.0, polarity, hedged, "en")


def match(score: float = 0.95) -> WatchlistMatch:
    return WatchlistMatch("uflpa", "UFLPA Entity List", "2025-01", "Acme Garments Co.", "Acme Garments Co.",
                          "Acme Garments Ltd", score, "CN")


def item(kind: str = "goods_forced_labour", level: float = 1.0) -> InherentRiskItem:
    return InherentRiskItem(kind, "CN", "Cotton", level, "Cotton from China is on the DOL list for forced labour",
                            "US DOL ILAB List of Goods", "2022")


def trained_model():
    """The expert-anchored default model built from lexicons/scoring.yaml (the name is historical)."""
    from screener.scoring.expert import expert_model
    return expert_model()
