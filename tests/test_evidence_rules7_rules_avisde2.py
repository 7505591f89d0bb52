"""Abuse of vulnerability, second pass (patterns 2026.12.10, rules7), as classes of fact in en/es/fr.

Classes: workers left at the mercy of an employer, intermediary or foreman ("a merced de", "à la merci de", "at the
mercy of whoever"); undocumented workers employed, sought out or brought in illegally ("travailleurs sans papiers",
"entrée illégalement", "jornaleros indocumentados"); the employer reporting a worker as a runaway or having
immigration called. Each class has a compliance sentence that must not be asserted. Sentences are written for these
tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

AV = "abuse_of_vulnerability"


def _rule_ids(text: str, lang: str) -> set[str]:
    """Lexicon entries of this task (av8_) asserted as findings by a rule."""
    return {e.lexicon_entry.rsplit(".", 1)[-1] for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and e.match != "model" and e.indicator == AV
            and getattr(e, "confidence", "finding") == "finding" and "av8_" in (e.lexicon_entry or "")}


def _asserted(text: str, lang: str) -> set[str]:
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding"}


FOUND = [
    ("The pickers were left at the mercy of whoever paid them in cash.", "en", "av8_at_mercy_whoever"),
    ("The women were at the mercy of intermediaries who set their pay each week.", "en", "av8_at_mercy_whoever"),
    ("After she quit, the agency reported her as a runaway to the labour office.", "en", "av8_reported_as_runaway"),
    ("Sin contrato, los peones quedaban a merced del capataz durante toda la temporada.", "es", "av8_a_merced_es"),
    ("Privées de titre de séjour, les saisonnières étaient à la merci de leur employeur.", "fr", "av8_a_la_merci_fr"),
]

COMPLIANT = [
    ("All workers hold valid work permits and are employed directly under written contracts.", "en"),
    ("Workers who resigned were given their final pay and a reference letter.", "en"),
    ("Todos los trabajadores tienen permiso de residencia y trabajo en regla.", "es"),
    ("Los jornaleros firman su contrato con la empresa y cobran por transferencia.", "es"),
    ("Tous les salariés disposent d'un titre de séjour et d'un contrat de travail.", "fr"),
    ("Les saisonnières sont arrivées avec un visa de travail obtenu par l'employeur.", "fr"),
]


# 2026.12.19 (aov13): bare irregular status (employed, found or brought in without papers) and a threat of having
# immigration called are no abuse of vulnerability: the rules av8_immigration_called, av8_trabajadores_indocumentados_es,
# av8_trabajadores_sin_papeles_es, av8_employer_sans_papiers_fr and av8_entree_illegalement_fr are gone; the threat is
# intimidation
NO_LONGER_AV = [
    ("La inspección encontró a doce peones indocumentados en el galpón.", "es"),
    ("Doce obreros sin papeles dormían en el galpón de la obra.", "es"),
    ("Le gérant employait des ouvriers sans papiers dans sa cuisine.", "fr"),
    ("Le couvreur recrutait des ouvriers sans papiers sur les parkings des magasins.", "fr"),
    ("La jeune fille, entrée illégalement en France à 14 ans, gardait les enfants du couple.", "fr"),
]


@pytest.mark.parametrize("text,lang", NO_LONGER_AV)
def test_bare_status_is_not_asserted(text: str, lang: str) -> None:
    assert AV not in _asserted(text, lang)


def test_immigration_called_is_intimidation() -> None:
    text = "Staff were told immigration would be called if they complained about pay."
    assert AV not in _asserted(text, "en")
    assert "intimidation_threats" in _asserted(text, "en")


@pytest.mark.parametrize("text,lang,rule", FOUND)
def test_class_is_found_by_its_rule(text: str, lang: str, rule: str) -> None:
    assert rule in _rule_ids(text, lang)


@pytest.mark.parametrize("text,lang", COMPLIANT)
def test_compliance_sentence_is_not_asserted(text: str, lang: str) -> None:
    assert AV not in _asserted(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Q: Are undocumented workers or unaccompanied minors employed? | Answer: No", "en"),
    ("¿Hay trabajadores indocumentados en la plantilla? No se encontró ninguno.", "es"),
    ("Aucun travailleur sans papiers n'était employé sur le site.", "fr"),
])
def test_negated_or_questioned_status_is_not_asserted(text: str, lang: str) -> None:
    assert not _rule_ids(text, lang)
