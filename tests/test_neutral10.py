"""Neutral sentences that state no finding (issue 11, neutral10): warning signs, ranges of forms, risk factors,
definitions by situation, calls to act, rules about children's work, what a law does or does not forbid, copies of
documents kept on file, papers falsified to obtain permits, documents taken by border agents, and isolation in another
sense. Each class has
a true finding of the same shape that must stay asserted."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

NEUTRAL = [
    ("en", "Taking away workers' phones can be an early warning sign of trafficking, the guide says."),
    ("en", "Warning signs: your employer keeps your passport or you are never paid on time."),
    ("en", "Long hours, debts and threats are the kind of signs that, alone or together, may point to forced labour."),
    ("en", "Withheld pay often shows up as unpaid overtime, unlawful deductions and late salaries."),
    ("en", "Fear of retaliation remains the biggest barrier for migrant workers who want to complain."),
    ("en", "Unions urged the ministry to act against bonded labour in the brick kilns."),
    ("en", "In this state a 13-year-old can work on a family farm with written parental consent."),
    ("en", "Many seafarers spend their free time online, isolating themselves from the rest of the crew."),
    ("en", "The village was isolated by the floods for a week last spring."),
    ("es", "Hay trabajo forzoso cuando se retienen los pasaportes o se obliga a trabajar para pagar deudas."),
    ("es", "La coacción puede ir desde la violencia física hasta amenazas más sutiles."),
    ("es", "La norma permite que un adolescente de 15 años pueda trabajar con permiso de sus padres."),
    ("es", "Los pastores quedaron aislados por el temporal de nieve durante tres días."),
    ("fr", "Les saisonniers sans papiers peuvent se retrouver en situation de travail forcé."),
    ("fr", "Le travailleur isolé dans un silo doit porter un dispositif d'alarme PTI en cas de chute."),
    ("fr", "La contrainte peut aller de la violence physique à la menace de dénonciation aux autorités."),
    ("en", "Identity check: each new hire's papers are verified and photocopies kept on file."),
    ("en", "The labour agency used forged letters to obtain work permits for 300 foreign hires."),
    ("en", "Charging recruitment fees to workers is still not illegal under the state's labour code."),
    ("en", "The 2019 act makes it an offence to compel anyone to work off a debt."),
    ("en", "The cooperative runs a day-care centre for three- to six-year-olds whose mothers pick tea."),
    ("fr", "Même sans titre de séjour, le salarié étranger peut faire valoir ses droits devant le conseil de prud'hommes."),
]

FINDINGS = [
    ("en", "Supervisors took away workers' phones on arrival at the site.", "isolation"),
    ("en", "Workers said they are never paid on time and wages were withheld for three months.", "withholding_of_wages"),
    ("en", "The men worked in bonded labour at the kiln to repay advances.", "debt_bondage"),
    ("en", "A 13-year-old was found working on the packing line during school hours.", "child_labour"),
    ("en", "The crew were kept isolated on the vessel for eleven months.", "isolation"),
    ("es", "La empresa retiene los pasaportes de los trabajadores.", "retention_of_identity_documents"),
    ("fr", "Les ouvriers étaient isolés sur le chantier, sans téléphone ni transport.", "isolation"),
    ("en", "Inspectors found 12-year-olds picking tea on the estate.", "child_labour"),
    ("en", "The supervisor kept the workers' passports in the office safe.", "retention_of_identity_documents"),
    ("en", "The agent gave the workers false information about the wages they would earn.", "deception"),
    ("es", "El encargado les quitó los pasaportes a los trabajadores al llegar a la finca.", "retention_of_identity_documents"),
    # a rule that lets someone authorise something is policy only as "puede autorizar" / "autorise par écrit"
    ("es", "El capataz autoriza las salidas y los trabajadores permanecen encerrados en el campamento.", "restriction_of_movement"),
    ("fr", "Le chef autorise une sortie par mois et les ouvriers restent enfermés le reste du temps.", "restriction_of_movement"),
]


def _asserted(lang: str, text: str) -> set[str]:
    """Indicators the engine asserts in ``text`` (rules and sentence model, any confidence, as the eval counts)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang) if e.polarity == "asserted"}


@pytest.mark.parametrize("lang,text", NEUTRAL)
def test_neutral_sentence_raises_no_asserted_finding(lang: str, text: str) -> None:
    assert _asserted(lang, text) == set()


@pytest.mark.parametrize("lang,text,indicator", FINDINGS)
def test_finding_of_the_same_shape_stays_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(lang, text)


# The rule trap holds; the sentence model may still read "pasaportes" here (its own band, not changed by this work).
RULE_TRAPS = [
    ("es", "En el control fronterizo, los agentes de migración les quitaron los pasaportes a los pasajeros para revisarlos.",
     "retention_of_identity_documents"),
]


@pytest.mark.parametrize("lang,text,indicator", RULE_TRAPS)
def test_rule_trap_is_not_a_rule_finding(lang: str, text: str, indicator: str) -> None:
    rules = {e.indicator for e in get_engine().scan_text(text, lang=lang) if e.polarity == "asserted" and e.match != "model"}
    assert indicator not in rules
