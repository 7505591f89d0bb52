"""Deception, recruitment fees and debt bondage as classes of fact (patterns 2026.12.9, rules7), in en/es/fr.

Recruitment fees: a sum paid to go abroad or to be hired; land sold or money borrowed to pay the recruiter; what a
job, visa or contract costs; hiring costs deducted from pay; recruiters charging for papers, placement or entry.
Debt bondage: borrowing to pay the fee or the trip; a stated sum owed; leaving bought by repayment; advances
against a season; the ledger and the marked-up store; being held or bound by debt; settling a debt by work; loan
papers signed. Deception: recruited for one job and put to another; paid less than the contract or offer said;
found out on arrival; jobs, employers and recruiters that did not exist; the wrong visa; promises dangled.

Each class has a compliance sentence that must not be asserted, and the traps (wage arrears, corporate and public
debt, school registration fees, employer-paid costs) must not be asserted either. Sentences are written for these
tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

DC, RF, DB = "deception", "recruitment_fees", "debt_bondage"


def _evidence(text: str, lang: str) -> list:
    return list(get_engine().scan_text(text, lang=lang))


def _asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings (the sentence model's lower "possible" band does not count)."""
    return {e.indicator for e in _evidence(text, lang)
            if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding"}


def _rule_asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted by a lexicon rule (not by the sentence model)."""
    return {e.indicator for e in _evidence(text, lang)
            if e.polarity == "asserted" and e.match != "model"
            and getattr(e, "confidence", "finding") == "finding"}


FOUND = [
    # RF: a sum paid to go abroad or to be hired
    ("en", "Each of the nine welders paid about USD 4,000 to come to Qatar.", RF),
    ("en", "The subcontractor made every recruit pay INR 90,000 as a condition of being hired.", RF),
    ("es", "Los jornaleros pagaron 2.500 dólares por un visado de trabajo temporal.", RF),
    ("es", "Cada temporero abonó 1.800 euros para poder trabajar en los invernaderos.", RF),
    ("fr", "Les saisonniers avaient versé 4 000 euros chacun pour un emploi dans les vergers.", RF),
    ("fr", "Des recruteurs font payer les candidats pour des postes dans l'hôtellerie.", RF),
    ("en", "The firm charged about USD 15,000 per job.", RF),
    ("fr", "J'ai payé 7 000 riyals pour obtenir ce permis.", RF),
    # RF: land sold or money borrowed to pay the recruiter
    ("en", "Several families mortgaged their homes to pay the broker who found the jobs.", RF),
    ("fr", "Les migrants s'endettent pour payer des agents.", RF),
    # RF: what a job or a contract costs
    ("en", "A warehouse job there costs about USD 2,500, the workers said.", RF),
    ("fr", "Sur ce chantier, un contrat de six mois se paie 200 000 F.", RF),
    # RF: recruiters charging for papers, placement or entry
    ("es", "El intermediario les cobraba por los trámites del visado y por el contrato.", RF),
    ("es", "Exigían a cada candidata 200 euros de entrada.", RF),
    ("fr", "Le placeur réclamait 300 euros de caution à chaque ouvrier.", RF),
    ("fr", "Chaque ouvrier a dû verser un droit d'inscription au placeur.", RF),
    # DB: borrowing to pay the fee or the trip
    ("en", "Several families mortgaged their homes to pay the broker who found the jobs.", DB),
    ("en", "He borrowed USD 3,000 to leave Nepal and is still paying it back.", DB),
    # DB: a stated sum owed
    ("en", "She still owes about 60,000 pesos, she told the inspectors.", DB),
    ("fr", "Elles doivent encore près de 2 000 euros à l'agence.", DB),
    ("es", "Cada uno firmó un papel por el que reconocía deber más de 12.000 euros a la empresa.", DB),
    # DB: leaving bought by repayment
    ("en", "When the men asked to leave they were told they first had to repay USD 900 for the airfare.", DB),
    ("es", "Para irse, antes debían devolver los gastos del viaje.", DB),
    ("fr", "Celui qui veut partir doit rembourser le billet et les frais d'agence.", DB),
    ("en", "The contract sets a USD 4,000 penalty if the worker leaves before 24 months.", DB),
    # DB: advances against a season
    ("en", "Each family takes an advance of 40,000 rupees before the brick season.", DB),
    # DB: the ledger and the marked-up store
    ("en", "Purchases from the camp store at inflated prices are written against their names.", DB),
    # DB: held or bound by debt
    ("en", "The crew were held by debts they could never repay.", DB),
    ("es", "Los jornaleros quedaban atados por las deudas con el contratista.", DB),
    ("fr", "Les familles restent liées par des dettes envers le propriétaire du four.", DB),
    # DB: settling a debt by work
    ("es", "Trabajaron un año entero para saldar la deuda del pasaje.", DB),
    ("fr", "Elles doivent éponger leur dette en travaillant pour la famille.", DB),
    # DB: the accounts never shown (a compliance pattern, negated)
    ("en", "The workers are never shown the ledger, so they do not know what they owe.", DB),
    # DB: loan papers signed
    ("en", "Before departure the women had to sign loan agreements with the agency.", DB),
    # DC: recruited for one job, put to another
    ("en", "Two men recruited as welders were put to herding goats on arrival.", DC),
    ("es", "La contrataron como cocinera y acabó limpiando tres casas.", DC),
    ("fr", "Recrutés comme chauffeurs, ils se retrouvaient à décharger des camions la nuit.", DC),
    # DC: paid less than the contract or offer said
    ("en", "They were paid half the wage written in their contracts.", DC),
    ("es", "El salario era inferior al ofertado en origen.", DC),
    # DC: found out on arrival
    ("en", "The workers discovered on arrival that the hotel had no rooms for them.", DC),
    ("es", "Al llegar descubrieron que el trabajo era en una granja de cerdos.", DC),
    ("fr", "Une fois arrivés, les ouvriers ont découvert qu'ils travailleraient dans une carrière.", DC),
    # DC: jobs, employers and recruiters that did not exist
    ("es", "Los reclutadores ofrecían empleos que nunca existieron.", DC),
    ("fr", "Les annonces proposaient des postes qui n'existaient pas.", DC),
    ("fr", "De faux recruteurs promettaient des visas pour le Canada.", DC),
    # DC: the promised wage or benefits not received (a compliance pattern, negated)
    ("en", "Investigators found the grower had not provided the wages and benefits it promised its workers.", DC),
    ("es", "Nunca recibieron el pago que se les había pactado al contratarlos.", DC),
    ("fr", "Près de la moitié ne touchaient pas le salaire qu'on leur avait promis.", DC),
    ("es", "Me dijeron que iba a ganar 1.500 soles al mes y no me pagaron ni la mitad.", DC),
    ("en", "A care worker paid GBP 10,000 to an agent and arrived to find there was no job.", DC),
    # DC: the wrong visa; promises dangled
    ("en", "The agency brought them in on tourist visas rather than work visas.", DC),
    ("fr", "L'intermédiaire leur faisait miroiter un salaire de 1 500 euros.", DC),
]


@pytest.mark.parametrize("lang,text,indicator", FOUND)
def test_class_is_found_by_a_rule(lang: str, text: str, indicator: str) -> None:
    assert indicator in _rule_asserted(text, lang), (text, _evidence(text, lang))


COMPLIANT = [
    # one compliance sentence per class: the practice does not happen, or was put right
    ("en", "No worker paid any fee to obtain the job; the employer covered visa and travel costs.", RF),
    ("es", "Ningún trabajador pagó por su visado; la empresa asumió todos los costes.", RF),
    ("fr", "Aucun travailleur n'a versé d'argent pour obtenir son emploi.", RF),
    ("en", "The recruitment fees paid by 40 workers were reimbursed in full in March.", RF),
    ("en", "The company pays all visa costs; nothing is deducted from wages.", RF),
    ("en", "The employer paid the visa and travel costs of every worker.", RF),
    ("es", "Los trabajadores no tienen deudas con el contratista.", DB),
    ("fr", "Les ouvriers n'ont aucune dette envers l'employeur.", DB),
    ("en", "Each worker is shown their account balance every month and signs it.", DB),
    ("en", "Workers received the job and wages described in their contracts.", DC),
    ("en", "Workers were hired as machine operators and work as machine operators.", DC),
    ("es", "Al llegar, los trabajadores recibieron el contrato en su idioma con el mismo salario ofertado.", DC),
    ("fr", "Les postes correspondaient à l'offre d'emploi signée avant le départ.", DC),
    ("fr", "Le poste existait bien et correspondait à l'offre.", DC),
    ("en", "All workers received the wages promised in their offer letters.", DC),
    ("es", "Los jornaleros cobran el salario pactado cada quincena.", DC),
    ("fr", "Les salariés touchent le salaire convenu chaque mois.", DC),
]


@pytest.mark.parametrize("lang,text,indicator", COMPLIANT)
def test_compliance_is_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang), (text, _evidence(text, lang))


TRAPS = [
    # wages owed by the employer, corporate and public debt: not a worker's debt
    ("es", "A cada uno le deben unos 2.000 euros entre nóminas y finiquito.", DB),
    ("en", "The country's national debt of USD 40 billion weighs on public wages.", DB),
    # school and registration fees, workers earning a wage: not a recruitment fee
    ("fr", "Les frais d'inscription à l'école sont de 50 euros.", RF),
    ("es", "Los jornaleros cobran entre 50 y 60 euros al día en la vendimia.", RF),
    # a threat of a penalty with no sum or repayment is intimidation, not a debt
    ("en", "The agent warned that her brother would pay a penalty if she left before the harvest ended.", DB),
    # an ordinary hire that ended, a company that finished a job
    ("es", "La empresa contrató a 20 albañiles y terminó la obra en marzo.", DC),
    ("fr", "L'agence devait encore payer une société de traduction.", DB),
]


@pytest.mark.parametrize("lang,text,indicator", TRAPS)
def test_trap_is_not_a_rule_finding(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _rule_asserted(text, lang), (text, _evidence(text, lang))


def test_job_existed_is_compliance_and_its_negation_a_finding() -> None:
    """The French "the job existed" pattern is a compliance statement; negated it is asserted deception."""
    pos = [e for e in _evidence("Le poste existait bien et correspondait à l'offre.", "fr") if e.indicator == DC]
    neg = [e for e in _evidence("Les annonces proposaient des postes qui n'existaient pas.", "fr") if e.indicator == DC]
    assert pos and all(e.polarity != "asserted" for e in pos)
    assert any(e.polarity == "asserted" and "dc7_jobs_not_exist_fr" in e.lexicon_entry for e in neg)
