"""False findings on background text, mined from the corpus train+dev split (lexicons 2027.01, prec22).

Five families of wording named a practice that is not a finding about workers, each checked on fresh public pages
(insolvency and restaurant-bankruptcy guides, charity and health pages on older people, UK farm guidance on
self-isolation, pages quoting the US State Department's trafficking reports, an animal-welfare charity's complaint
pages, a news item on Peru's list of hazardous work for adolescents):

- money a business owes its suppliers, creditors, bank or landlord ("did not pay its suppliers what it owed them",
  "no pagaba a los proveedores lo que les debía", "des dettes auprès de ses fournisseurs") is no withheld wage or
  worker's debt;
- isolation that is not the workers': the loneliness of older people ("l'isolement des personnes âgées") and a health
  quarantine counted in days ("14 days of isolation on arrival", "un aislamiento de 14 días");
- the country profile of a trafficking report ("a source, transit and destination country for men, women and
  children subjected to forced labour and sex trafficking");
- "report" with a bare "abuse" ("reported the farm for abuse", "afraid to report abuse") is no physical violence;
- a list of hazardous work set by law ("la pesca figura en la lista de trabajos peligrosos").

Near-misses that stay findings: unpaid workers named beside the suppliers, workers in debt to a recruiter, workers
kept in isolation, physical abuse or beatings reported, passports taken in a country of destination, dangerous work
observed on a site.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import counted, rule_findings

WAGES = "withholding_of_wages"
DEBT = "debt_bondage"
ISO = "isolation"
VIOL = "physical_sexual_violence"
CHILD = "child_labour"
COND = "abusive_working_living_conditions"
DOCS = "retention_of_identity_documents"
ROM = "restriction_of_movement"

NOT_FINDINGS = [
    # money owed to suppliers, creditors, banks
    ("en", "The bakery did not pay its suppliers what it owed them for the flour.", WAGES),
    ("en", "The bakery did not pay its suppliers what it owed them for the flour.", DEBT),
    ("en", "By the spring the restaurant was in debt to its suppliers and the bank.", DEBT),
    ("es", "La panadería no pagaba a los proveedores lo que les debía desde el verano.", WAGES),
    ("es", "El bar dejó de pagar a los proveedores en marzo y cerró en abril.", WAGES),
    ("fr", "La boulangerie ne payait plus ses fournisseurs depuis l'été.", WAGES),
    # isolation that is not the workers'
    ("en", "The isolation of elderly people in hill villages worries the district council.", ISO),
    ("en", "New arrivals completed 14 days of isolation in a hotel before starting on the farm.", ISO),
    ("en", "The growers published their self-isolation rules for the season.", ISO),
    ("es", "El aislamiento social de las personas mayores aumenta en verano.", ISO),
    ("es", "Los recolectores cumplieron un aislamiento de 10 días al llegar al país.", ISO),
    ("fr", "La chaleur aggrave l'isolement des personnes âgées dans les villages.", ISO),
    ("fr", "Les saisonniers ont passé sept jours d'isolement dans un gîte à leur arrivée.", ISO),
    # the country profile of a trafficking report
    ("en", "Ruritania is a source, transit and destination country for men, women and children subjected to forced "
     "labour and sex trafficking.", CHILD),
    ("en", "Ruritania is a source, transit and destination country for men, women and children subjected to forced "
     "labour and sex trafficking.", VIOL),
    ("es", "Ruritania es país de origen, tránsito y destino de hombres, mujeres y niños sometidos a trabajo forzoso y "
     "explotación sexual.", CHILD),
    ("es", "Ruritania es país de origen, tránsito y destino de hombres, mujeres y niños sometidos a trabajo forzoso y "
     "explotación sexual.", VIOL),
    ("fr", "La Ruritanie est un pays d'origine, de transit et de destination pour des hommes, des femmes et des enfants "
     "soumis au travail forcé et à la prostitution forcée.", VIOL),
    # report + a bare abuse
    ("en", "A neighbour reported the dairy farm for abuse last spring.", VIOL),
    ("en", "Undocumented cleaners are afraid to report abuse to the police.", VIOL),
    ("en", "The ministry rejected the report on abuses of migrant workers in the mills.", VIOL),
    # a list of hazardous work set by law
    ("es", "El inspector recordó que la pesca figura en la lista de trabajos peligrosos.", COND),
    ("es", "La relación de actividades peligrosas incluye la minería y la pesca artesanal.", COND),
    ("en", "Net fishing was added to the list of hazardous occupations last year.", COND),
]

FINDINGS = [
    ("en", "The contractor did not pay its workers for three months.", WAGES),
    ("en", "The recruits were in debt to the recruiter for their plane tickets.", DEBT),
    ("es", "El patrón no pagaba a sus jornaleros ni a sus proveedores.", WAGES),
    ("es", "El capataz dejó de pagar a los jornaleros hace meses.", WAGES),
    ("en", "The workers lived in complete isolation with no phone signal for months.", ISO),
    ("es", "Los jornaleros vivían en un aislamiento total, sin teléfono ni transporte.", ISO),
    ("fr", "Les ouvriers vivaient dans un isolement total, sans téléphone ni transport.", ISO),
    ("en", "Several pickers reported physical abuse by the foreman.", VIOL),
    ("en", "Two cleaners reported being beaten by the supervisor.", VIOL),
    ("en", "Workers from the country of origin had their passports taken on arrival.", DOCS),
    ("es", "En el país de destino les quitaron los pasaportes.", DOCS),
    ("en", "In the destination country the women were locked in the house.", ROM),
    ("es", "Los menores realizaban trabajos peligrosos sin protección en la cantera.", COND),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FINDINGS)
def test_background_wording_is_no_finding(lang: str, text: str, indicator: str) -> None:
    assert not counted(text, indicator, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), FINDINGS)
def test_the_finding_versions_still_count(lang: str, text: str, indicator: str) -> None:
    assert indicator in rule_findings(text, lang)
