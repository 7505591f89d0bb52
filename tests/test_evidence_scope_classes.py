"""Scope classes of the second rules pass: table-row verdicts, removal and rescue, back pay, code-of-conduct
obligations and legal consequences (en/es/fr). Each class has a case that must stay asserted beside it.

Sentences are written for these tests in the register of audit tables, corrective-action plans, codes of
conduct and news; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


def _polarity(text: str, indicator: str, lang: str) -> str | None:
    pols = [e.polarity for e in get_engine().scan_text(text, lang=lang) if e.indicator == indicator]
    return pols[0] if pols else None


NOT_ASSERTED = [
    # verdict cell of a table row
    ("en", "Forced overtime | none seen in 3 months of time cards | Compliant", "excessive_overtime", "compliant"),
    ("en", "Physical abuse or harassment | Not reported, not observed | Compliant",
     "physical_sexual_violence", "compliant"),
    ("en", "Passports held by the dormitory manager | returned to owners, lockers fitted | NC closed",
     "retention_of_identity_documents", "remediated"),
    ("es", "Trabajo infantil | ningún menor de 16 años en planilla ni en campo | Conforme", "child_labour", "compliant"),
    ("es", "Pasaportes retenidos por la agencia | devueltos y verificados | Cerrado",
     "retention_of_identity_documents", "remediated"),
    ("fr", "Travail des enfants | aucun enfant de moins de 16 ans vu sur les parcelles | Conforme",
     "child_labour", "compliant"),
    ("fr", "Passeports gardés par le superviseur | restitués aux ouvriers | Clôturé",
     "retention_of_identity_documents", "remediated"),
    # removal of children by the supplier, back pay (a rescue by inspectors or police states that the practice
    # happened: scope 2026.12.19, tests/test_scope_rescue_asserted.py)
    ("en", "Labour inspectors removed nine children working at a brick kiln and placed them in school.",
     "child_labour", "remediated"),
    ("en", "The supplier was ordered to pay 40 workers their unpaid wages.", "withholding_of_wages", "remediated"),
    ("es", "Los menores detectados en la cosecha fueron retirados y escolarizados.", "child_labour", "remediated"),
    ("fr", "Les enfants trouvés dans la carrière ont été retirés et scolarisés.", "child_labour", "remediated"),
    ("fr", "L'entreprise a versé les salaires impayés aux 30 saisonniers.", "withholding_of_wages", "remediated"),
    # obligations of codes, legal consequences
    ("en", "Employers who confiscate the passports of workers may be fined by the ministry.",
     "retention_of_identity_documents", "policy"),
    ("en", "No worker shall be required to pay recruitment fees.", "recruitment_fees", "policy"),
    ("es", "Se prohíben los castigos físicos y el acoso sexual en todas las instalaciones.",
     "physical_sexual_violence", "policy"),
    ("es", "El proveedor no debe retener los pasaportes de los trabajadores.", "retention_of_identity_documents", "policy"),
    ("fr", "Le fournisseur s'interdit toute forme de châtiment corporel.", "physical_sexual_violence", "policy"),
    ("fr", "Nul ne peut exiger du travailleur le paiement de frais de recrutement.", "recruitment_fees", "policy"),
]

STILL_ASSERTED = [
    ("en", "Passports | kept by HR in a locked cabinet | Non-compliant", "retention_of_identity_documents"),
    ("en", "Passports | kept by HR in a locked cabinet | NC", "retention_of_identity_documents"),
    ("es", "Pasaportes | retenidos por la agencia | No conforme", "retention_of_identity_documents"),
    ("fr", "Passeports | conservés par l'agence | Non conforme", "retention_of_identity_documents"),
    ("en", "Nine children were found working at the brick kiln.", "child_labour"),
    ("fr", "Des enfants de 12 ans travaillaient dans la carrière.", "child_labour"),
]


@pytest.mark.parametrize("lang,text,indicator,polarity", NOT_ASSERTED)
def test_scope_class_is_not_asserted(lang: str, text: str, indicator: str, polarity: str) -> None:
    assert _polarity(text, indicator, lang) == polarity


@pytest.mark.parametrize("lang,text,indicator", STILL_ASSERTED)
def test_neighbouring_finding_stays_asserted(lang: str, text: str, indicator: str) -> None:
    assert _polarity(text, indicator, lang) == "asserted"


ABUSE_OF_VULNERABILITY = [
    ("en", "Workers were handed contracts in a language they could not understand."),
    ("en", "Their sponsor controls their housing and their residence status."),
    ("es", "Las temporeras dependen de la empresa para el alojamiento y el permiso de residencia."),
    ("fr", "Les saisonniers dépendent de leur employeur pour le logement et le titre de séjour."),
]


@pytest.mark.parametrize("lang,text", ABUSE_OF_VULNERABILITY)
def test_abuse_of_vulnerability_real_phrasing(lang: str, text: str) -> None:
    assert _polarity(text, "abuse_of_vulnerability", lang) == "asserted"


# 2026.12.19 (aov13): a threat to call or report workers to immigration is intimidation, not abuse of vulnerability
# (until then these three sentences were asserted abuse of vulnerability)
IMMIGRATION_THREATS = [
    ("en", "The foreman threatened to call immigration on anyone who asked about overtime pay."),
    ("es", "La encargada amenazaba con llamar a migración si alguien se quejaba."),
    ("fr", "Le chef d'équipe menaçait de les signaler à la préfecture s'ils réclamaient leur salaire."),
]


@pytest.mark.parametrize("lang,text", IMMIGRATION_THREATS)
def test_immigration_threat_is_intimidation_not_abuse_of_vulnerability(lang: str, text: str) -> None:
    assert _polarity(text, "intimidation_threats", lang) == "asserted"
    assert _polarity(text, "abuse_of_vulnerability", lang) != "asserted"


def test_abuse_of_vulnerability_in_a_code_is_not_asserted() -> None:
    # 2026.12.19 (aov13): the threat is intimidation now; in a code of conduct it is not asserted either
    text = "No supplier shall threaten to report workers to immigration authorities."
    assert _polarity(text, "abuse_of_vulnerability", "en") in {None, "negated", "policy"}
    assert _polarity(text, "intimidation_threats", "en") in {"negated", "policy"}
