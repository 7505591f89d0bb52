"""Retention of identity documents named as a noun phrase, as deprivation, or as documents in the holder's hands
(lexicons 2026.12.23, docs17), en/es/fr.

The class, read in real reports (court and tribunal summaries, news of labour-trafficking cases, NGO reports on
migrant domestic workers: irr.org.uk on the Kalayaan report, thenationalnews.com on passport retention in the UAE,
a Japanese lawyer quoted on employees' passports kept "in their custody"): the retention is a noun with its object
behind a determiner or a possessor ("the retention of the workers' passports", "la retención de la documentación",
"la confiscation de certains documents d'identité", "la conservation de pièces d'identité"), workers are stripped
or deprived of their papers ("privée de ses papiers", "dépossédées de leurs papiers", "privadas de sus
documentos"), or the documents are in the holder's hands ("passports were in their employers' hands", "aux mains
des employeurs", "entre les mains de l'exploitant"; the Spanish "en manos del contratista" was already read).

Not the class: documents of another kind ("la conservation des documents comptables", "documents and computers"
seized by the police are another matter left to the older patterns), a retention negated or prohibited.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_ids, rule_findings, rule_polarities

DOCS = "retention_of_identity_documents"

FOUND = [
    ("en", "The tribunal held that the retention of the workers' passports by the agency was unlawful and ordered "
           "their return.", "n17_nominal_docs"),
    ("en", "Labour inspectors recorded the confiscation of their original passports on arrival at the camp.",
     "n17_nominal_docs"),
    ("en", "The complaint describes the removal of the crew's travel documents for the whole voyage.",
     "n17_nominal_docs"),
    ("en", "Several of the women said they had been stripped of their travel documents by the sponsor.",
     "n17_stripped_of_docs"),
    ("en", "Survey data suggest that most domestic workers' passports were in their employers' hands.",
     "n17_docs_in_hands"),
    ("es", "La sentencia da por probada la retención de los pasaportes de los jornaleros por parte del capataz.",
     "n17_retencion_docs_es"),
    ("es", "Los inspectores constataron la confiscación de toda la documentación de las costureras.",
     "n17_retencion_docs_es"),
    ("es", "Las empleadas fueron despojadas de sus pasaportes al llegar a la casa.", "n17_privados_docs_es"),
    ("fr", "Le jugement retient la rétention de leurs passeports dès l'arrivée sur le chantier.",
     "n17_retention_docs_fr"),
    ("fr", "L'audit a relevé la conservation de pièces d'identité des intérimaires par l'agence.",
     "n17_conservation_pieces_fr"),
    ("fr", "Dépossédés de leurs papiers, les saisonniers n'osaient pas quitter l'exploitation.", "n17_prives_papiers_fr"),
    ("fr", "D'après les ouvriers, leurs passeports restaient aux mains du recruteur.", "n17_papiers_aux_mains_fr"),
    ("fr", "Selon l'inspection, les passeports étaient entre les mains de l'exploitant.",
     "n17_papiers_aux_mains_fr"),
]

NOT_FOUND = [
    ("fr", "La conservation des documents comptables est assurée pendant dix ans par le service financier.", DOCS),
    ("es", "La empresa se encarga de la retención del impuesto sobre la renta en la nómina.", DOCS),
    ("en", "The hotel provides lockers for the retention of guests' luggage during the day.", DOCS),
    ("en", "The workers were stripped of their protective clothing before the decontamination shower.", DOCS),
]

NOT_ASSERTED = [
    ("en", "The code of conduct prohibits the retention of workers' passports by suppliers or agents.", DOCS),
    ("en", "No retention of the workers' passports was found during the visit.", DOCS),
    ("es", "La ley prohíbe la retención de los pasaportes de los trabajadores migrantes.", DOCS),
    ("fr", "Aucune confiscation de leurs papiers n'a été constatée lors de l'audit.", DOCS),
]


@pytest.mark.parametrize(("lang", "text", "entry"), FOUND)
def test_class_found_by_its_pattern(lang: str, text: str, entry: str) -> None:
    assert DOCS in rule_findings(text, lang)
    assert entry in pattern_ids(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_ASSERTED)
def test_prohibited_or_negated_is_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in rule_findings(text, lang)
    assert rule_polarities(text, indicator, lang) - {"asserted"}, "the retention is still seen, with its polarity"
