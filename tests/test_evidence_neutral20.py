"""Context sentences that name an indicator word but report no abuse (lexicons 2026.12.31, neutral20).

Company statements, due-diligence guides, business and consumer news describe species and crops under threat, unions
threatening a strike, deceptive advertising, fees banks charge their customers, plants and hotlines running around the
clock, heavily indebted companies, records kept on file, goods held at a port, and regions "hit" by drought. The
engine read each as a finding. The true-finding versions of the same wordings (threats to workers, deceptive job
offers, fees charged to workers, round-the-clock work, indebted workers, passports kept, people held, beatings) stay
findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

NOT_FINDINGS = [
    # threats that are no threat to workers
    ("Trade in threatened species is regulated under CITES.", "en", "intimidation_threats"),
    ("Many species of fish are threatened by overfishing.", "en", "intimidation_threats"),
    ("Shareholders threatened to vote against the board.", "en", "intimidation_threats"),
    ("The union threatened to strike over the pay freeze.", "en", "intimidation_threats"),
    ("Las especies amenazadas están protegidas por la ley.", "es", "intimidation_threats"),
    ("El cambio climático amenaza la producción de café.", "es", "intimidation_threats"),
    ("El sindicato amenazó con convocar una huelga si no se subían los salarios.", "es", "intimidation_threats"),
    ("La empresa sufrió amenazas de ciberataques el año pasado.", "es", "intimidation_threats"),
    ("De nombreuses espèces de poissons sont menacées par la surpêche.", "fr", "intimidation_threats"),
    ("Le syndicat a menacé de faire grève si les salaires n'augmentaient pas.", "fr", "intimidation_threats"),
    ("Le changement climatique menace la production de cacao.", "fr", "intimidation_threats"),
    ("The company was held hostage by its creditors.", "en", "intimidation_threats"),
    # consumer deception
    ("The regulator fined the retailer for deceptive advertising of discounts.", "en", "deception"),
    ("Consumers were misled by labels about the origin of the coffee.", "en", "deception"),
    ("La autoridad multó a la cadena por publicidad engañosa.", "es", "deception"),
    ("Los consumidores fueron engañados por etiquetas sobre el origen del café.", "es", "deception"),
    ("L'autorité a sanctionné l'enseigne pour publicité trompeuse.", "fr", "deception"),
    ("Les consommateurs ont été trompés par des étiquettes sur l'origine du café.", "fr", "deception"),
    # fees charged to customers, not workers
    ("Banks charge customers fees for international transfers.", "en", "recruitment_fees"),
    ("Agencies charge employers a placement fee of one month's salary.", "en", "recruitment_fees"),
    ("Los bancos cobran comisiones a sus clientes por las transferencias.", "es", "recruitment_fees"),
    ("La agencia cobra a las empresas una tarifa por sus servicios.", "es", "recruitment_fees"),
    ("El banco cobra comisiones por servicios como las transferencias.", "es", "recruitment_fees"),
    ("Les banques facturent des frais à leurs clients pour les virements.", "fr", "recruitment_fees"),
    ("The company repays any recruitment fees found during audits.", "en", "recruitment_fees"),
    ("L'entreprise rembourse tout frais de recrutement détecté lors des audits.", "fr", "recruitment_fees"),
    # opening hours, sunshine, emergency crews
    ("The hotline is available around the clock in 12 languages.", "en", "excessive_overtime"),
    ("The plant operates around the clock in three shifts.", "en", "excessive_overtime"),
    ("Long hours of sunshine make the region ideal for tomato growing.", "en", "excessive_overtime"),
    ("Negotiators worked through the night to reach a deal.", "en", "excessive_overtime"),
    ("La planta funciona las 24 horas del día, los siete días de la semana.", "es", "excessive_overtime"),
    ("La región tiene largas horas de sol, ideales para el cultivo del tomate.", "es", "excessive_overtime"),
    ("Los bomberos trabajaron sin descanso para apagar el incendio.", "es", "excessive_overtime"),
    ("Les pompiers ont travaillé sans relâche pour éteindre l'incendie.", "fr", "excessive_overtime"),
    # indebted companies, farm credit
    ("The company is heavily indebted after the acquisition.", "en", "debt_bondage"),
    ("La empresa está muy endeudada tras la adquisición.", "es", "debt_bondage"),
    ("Le groupe est lourdement endetté après l'acquisition.", "fr", "debt_bondage"),
    ("Les agriculteurs s'endettent pour acheter des semences.", "fr", "debt_bondage"),
    # record keeping, payslips, supplier payments
    ("The documents are kept on file for five years.", "en", "retention_of_identity_documents"),
    ("Los documentos se conservan durante cinco años en el archivo.", "es", "retention_of_identity_documents"),
    ("Les documents sont conservés pendant cinq ans aux archives.", "fr", "retention_of_identity_documents"),
    ("Deductions for meals and accommodation are itemised on payslips.", "en", "withholding_of_wages"),
    ("La empresa retuvo el 10 % del pago al proveedor hasta la entrega.", "es", "withholding_of_wages"),
    # goods held, lockdowns, figures of speech
    ("Exports were held up at the port for two weeks.", "en", "restriction_of_movement"),
    ("La exportación quedó retenida en el puerto durante dos semanas.", "es", "restriction_of_movement"),
    ("Los inversores huyeron del mercado tras el escándalo.", "es", "restriction_of_movement"),
    ("El encierro por la pandemia paralizó la producción durante tres meses.", "es", "restriction_of_movement"),
    ("L'entreprise a retenu les livraisons jusqu'au paiement.", "fr", "restriction_of_movement"),
    ("La región ha sido golpeada por la sequía.", "es", "physical_sexual_violence"),
    ("La région a été frappée par la sécheresse.", "fr", "physical_sexual_violence"),
]

FINDINGS = [
    ("The supervisor threatened to call immigration if they complained.", "en", "intimidation_threats"),
    ("The employer threatened legal action against workers who spoke to journalists.", "en", "intimidation_threats"),
    ("Migrants were taken hostage by smugglers and beaten.", "en", "intimidation_threats"),
    ("El capataz los amenazó con llamar a la policía si se quejaban.", "es", "intimidation_threats"),
    ("L'employeur a menacé de faire expulser les travailleurs.", "fr", "intimidation_threats"),
    ("Recruiters used deceptive practices to lure workers abroad.", "en", "deception"),
    ("Los anuncios engañosos prometían sueldos de 1.500 euros.", "es", "deception"),
    ("Les travailleurs ont été trompés sur le salaire et le type de travail.", "fr", "deception"),
    ("Agents charge workers fees of up to USD 3,000 for a job.", "en", "recruitment_fees"),
    ("La agencia cobraba a los trabajadores 500 euros por el contrato.", "es", "recruitment_fees"),
    ("Les recruteurs facturent des frais de placement aux migrants.", "fr", "recruitment_fees"),
    ("They were forced to work around the clock with no rest day.", "en", "excessive_overtime"),
    ("Workers worked through the night to finish the order.", "en", "excessive_overtime"),
    ("Trabajaban sin descanso para cumplir los pedidos.", "es", "excessive_overtime"),
    ("Migrant workers were heavily indebted to their recruiters.", "en", "debt_bondage"),
    ("Los trabajadores estaban muy endeudados con el empleador.", "es", "debt_bondage"),
    ("Workers' documents are kept by the supervisor in a locked drawer.", "en", "retention_of_identity_documents"),
    ("La empresa retuvo el pago a los trabajadores durante tres meses.", "es", "withholding_of_wages"),
    ("Las trabajadoras fueron retenidas en la finca.", "es", "restriction_of_movement"),
    ("Los trabajadores fueron golpeados por el capataz.", "es", "physical_sexual_violence"),
    ("Un saisonnier a été frappé par le chef d'équipe.", "fr", "physical_sexual_violence"),
]


@pytest.mark.parametrize(("text", "lang", "indicator"), NOT_FINDINGS)
def test_context_sentence_is_no_finding(text: str, lang: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


@pytest.mark.parametrize(("text", "lang", "indicator"), FINDINGS)
def test_same_wording_about_workers_stays_a_finding(text: str, lang: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
