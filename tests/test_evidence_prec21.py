"""Non-findings read in real reports (lexicons 2027.01, prec21).

Company modern-slavery statements, supplier codes, audit reports, ILO, DOL and NGO reports and news carry sentences
that name an indicator without reporting a case: a risk stated with a modal ("can fall victim to", "pueden ser
víctimas de", "peuvent être victimes de"), the causes of a practice ("la pobreza contribuye al trabajo infantil"),
a rate that is lower somewhere, a grievance channel ("workers can report abuse through the hotline"), a campaign
against a practice, a practice named as one of the indicators of forced labour, a law that makes it an offence,
passports kept with free access or handed over to renew visas, economic blows ("prices hit workers hard",
"closures threaten jobs"), people migrating "to escape poverty", children seen at school, an employer's offer in
wage talks, domestic workers who care for children, and restrictions on freedom of association. Each was a rule
finding before. The findings listed below stay findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import rule_findings

NOT_FINDINGS = [
    # risk modals
    ("debt_bondage", "Migrant workers can fall victim to debt bondage when they borrow to pay brokers.", "en"),
    ("debt_bondage", "Los jornaleros migrantes pueden ser víctimas de servidumbre por deudas.", "es"),
    ("deception", "Les saisonniers peuvent être victimes de tromperie sur le salaire.", "fr"),
    ("debt_bondage", "Les travailleurs migrants peuvent être victimes de servitude pour dettes.", "fr"),
    ("child_labour", "Riesgos como el trabajo infantil exigen una diligencia debida reforzada.", "es"),
    # causes and statistics
    ("child_labour", "La pobreza rural contribuye al trabajo infantil en el cacao.", "es"),
    ("child_labour", "Los bajos precios son una de las causas del trabajo infantil.", "es"),
    ("child_labour", "La pauvreté contribue au travail des enfants dans les villages.", "fr"),
    ("child_labour", "Les bas prix du cacao sont l'une des causes du travail des enfants.", "fr"),
    ("child_labour", "Las tasas de trabajo infantil son más bajas donde hay escuela.", "es"),
    ("child_labour", "Les taux de travail des enfants sont plus faibles là où l'école est proche.", "fr"),
    ("child_labour", "Des ouvriers adultes ont remplacé les enfants dans les plantations.", "fr"),
    # documents
    ("retention_of_identity_documents", "Lockers are provided so that workers can store their passports.", "en"),
    ("retention_of_identity_documents", "Passports are held by HR for safekeeping and workers can collect them on request.", "en"),
    ("retention_of_identity_documents", "Passports are collected by HR to renew visas and returned within two days.", "en"),
    ("retention_of_identity_documents", "Recursos Humanos recoge los pasaportes para renovar los visados y los devuelve al día siguiente.", "es"),
    ("retention_of_identity_documents", "Le service du personnel récupère les passeports pour renouveler les visas et les rend sous deux jours.", "fr"),
    ("retention_of_identity_documents", "The embassy keeps passports while the visas are issued.", "en"),
    ("retention_of_identity_documents", "La embajada retiene los pasaportes mientras tramita los visados.", "es"),
    ("retention_of_identity_documents", "Unions have campaigned for years against passport confiscation.", "en"),
    ("retention_of_identity_documents", "Passport confiscation is one of the ILO indicators of forced labour.", "en"),
    ("retention_of_identity_documents", "The new law makes it an offence for employers to retain workers' identity documents.", "en"),
    ("retention_of_identity_documents", "La nouvelle loi fait de la rétention des documents d'identité une infraction.", "fr"),
    ("recruitment_fees", "Workers hand their passports to the agency only for the visa stamping.", "en"),
    ("recruitment_fees", "Si un travailleur a payé des frais de recrutement, le fournisseur doit les rembourser.", "fr"),
    # grievance channels
    ("physical_sexual_violence", "Workers can report physical or verbal abuse through the hotline.", "en"),
    ("intimidation_threats", "Los trabajadores pueden denunciar abusos por la línea confidencial sin miedo a represalias.", "es"),
    ("intimidation_threats", "Les travailleurs peuvent signaler des violences par la ligne d'assistance, sans crainte de représailles.", "fr"),
    # economic wording and figurative uses
    ("physical_sexual_violence", "Rising food prices have hit workers hard this year.", "en"),
    ("intimidation_threats", "Factory closures threaten thousands of jobs in the region.", "en"),
    ("restriction_of_movement", "Many young men try to escape unemployment by migrating to the Gulf.", "en"),
    ("restriction_of_movement", "Costs can run away quickly when projects are delayed.", "en"),
    ("restriction_of_movement", "Las restricciones a la libertad de expresión de los periodistas aumentaron.", "es"),
    ("deception", "Employers have offered only a 25% wage increase while unions want more.", "en"),
    ("child_labour", "Children of the workers were found to be attending the village school.", "en"),
    ("child_labour", "Las trabajadoras del hogar cuidan de niños y personas mayores, limpian y cocinan.", "es"),
    # figurative blows, threats and cases in news (fr, es, en)
    ("physical_sexual_violence", "Du coup, les saisonniers sont arrivés plus tôt cette année.", "fr"),
    ("physical_sexual_violence", "La fermeture de l'usine est un coup dur pour la région.", "fr"),
    ("physical_sexual_violence", "L'entreprise a conquis le marché à coups de subventions publiques.", "fr"),
    ("physical_sexual_violence", "La subida de aranceles fue un duro golpe para las exportaciones textiles.", "es"),
    ("isolation", "Les cas de travail forcé restent isolés, selon la préfecture.", "fr"),
    ("intimidation_threats", "La sécheresse est une menace pour les récoltes de cacao.", "fr"),
    ("intimidation_threats", "Las amenazas climáticas afectan a los pequeños productores.", "es"),
    ("intimidation_threats", "Commuters were held hostage by the transport strike.", "en"),
    ("excessive_overtime", "Security guards patrol the site around the clock.", "en"),
    ("child_labour", "Los adolescentes de 16 y 17 años pueden trabajar con permiso de sus padres.", "es"),
    ("deception", "La Guardia Civil detuvo al supuesto empresario en su domicilio.", "es"),
    ("deception", "La empresa fue condenada por un engaño a Hacienda de dos millones de euros.", "es"),
]

FINDINGS = [
    ("debt_bondage", "The recruits fell into debt bondage after borrowing to pay the broker.", "en"),
    ("deception", "Les saisonniers ont été victimes de tromperie sur le salaire.", "fr"),
    ("retention_of_identity_documents", "The employer keeps the passports in the office safe and workers cannot get them back.", "en"),
    ("retention_of_identity_documents", "La empresa retiene los pasaportes de los trabajadores.", "es"),
    ("recruitment_fees", "Le travailleur a payé des frais de recrutement de 900 euros.", "fr"),
    ("intimidation_threats", "Their employer reminds them that he can report them to the authorities at any time.", "en"),
    ("retention_of_identity_documents", "The owner charged fees for their immigration cards and held their passports.", "en"),
    ("deception", "The agent offered him 500 dollars a month but he was paid 200.", "en"),
    ("restriction_of_movement", "Sufrían restricciones a su libertad: no podían salir de la finca.", "es"),
    ("physical_sexual_violence", "The supervisor hit workers with a stick when they slowed down.", "en"),
    ("physical_sexual_violence", "Le contremaître lui a donné des coups de pied.", "fr"),
    ("physical_sexual_violence", "El capataz les daba golpes con un palo.", "es"),
    ("intimidation_threats", "Los trabajadores recibían amenazas de muerte.", "es"),
    ("intimidation_threats", "The crew were held hostage by the pirates for months.", "en"),
    ("physical_sexual_violence", "The foreman hit them hard on the back.", "en"),
    ("isolation", "Les travailleurs vivaient isolés dans la forêt, à 50 km du village.", "fr"),
    ("excessive_overtime", "A tenant who works as the watchman guards the cattle around the clock for a small wage.", "en"),
]


@pytest.mark.parametrize(("indicator", "text", "lang"), NOT_FINDINGS)
def test_context_sentences_are_no_finding(indicator: str, text: str, lang: str) -> None:
    assert indicator not in rule_findings(text, lang)


@pytest.mark.parametrize(("indicator", "text", "lang"), FINDINGS)
def test_findings_stay_findings(indicator: str, text: str, lang: str) -> None:
    assert indicator in rule_findings(text, lang)
