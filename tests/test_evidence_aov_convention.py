"""Abuse of vulnerability only when the vulnerability is taken advantage of (patterns 2026.12.19, aov13).

Bare irregular status ("undocumented workers", "sin papeles", "sans titre de séjour", "no work permit") is no abuse
of vulnerability by itself, and a threat of deportation or of reporting to immigration is intimidation, not abuse of
vulnerability. The indicator is found when someone takes advantage of the vulnerability: "exploited their irregular
status", "se aprovechaba de su necesidad", "profitait de leur situation", an employer who knew they could not
complain, status used to hold them, a permit that binds them to one employer, the employer who never renews it."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

AOV = "abuse_of_vulnerability"
THREAT = "intimidation_threats"


@pytest.mark.parametrize("text, lang", [
    ("About forty of the pickers on the estate had no work permit.", "en"),
    ("Several of the cleaners had arrived in the country without visas.", "en"),
    ("The undocumented workers on the site were paid in cash every Friday.", "en"),
    ("Many of the kitchen staff had overstayed their visas, the inspector noted.", "en"),
    ("The packhouse relies on undocumented workers from neighbouring countries.", "en"),
    ("Muchos de los jornaleros de la finca estaban sin papeles.", "es"),
    ("Los costureros indocumentados cobraban por prenda terminada.", "es"),
    ("Tres de las empleadas trabajaban en negro en el obrador.", "es"),
    ("Sin permiso de residencia, los temporeros dormían en naves abandonadas.", "es"),
    ("Les ouvriers sans papiers du chantier travaillaient dix heures par jour.", "fr"),
    ("Une femme sans titre de séjour faisait le ménage dans trois maisons.", "fr"),
    ("Plusieurs saisonniers n'avaient pas de permis de travail.", "fr"),
    ("Sans papiers, il enchaînait les missions de nuit dans l'entrepôt.", "fr"),
])
def test_bare_irregular_status_is_not_aov(text: str, lang: str) -> None:
    assert not counted(text, AOV, lang)


@pytest.mark.parametrize("text, lang", [
    ("The supervisor threatened to have the pickers deported if they went to the labour office.", "en"),
    ("The agent threatened to report them to immigration if they left the farm.", "en"),
    ("Workers said they were told they would be deported if they complained about the hours.", "en"),
    ("The foreman threatened the welders with deportation.", "en"),
    ("El capataz los amenazaba con denunciarlos a migración si se quejaban.", "es"),
    ("A las trabajadoras les decían que serían deportadas si denunciaban.", "es"),
    ("Le patron menaçait de les dénoncer à la préfecture.", "fr"),
    ("On leur disait qu'ils seraient expulsés s'ils se plaignaient.", "fr"),
    ("Les saisonnières seraient dénoncées si elles partaient, répétait le contremaître.", "fr"),
    ("Si se quejan, los devuelven a su país en el primer autobús.", "es"),
    ("If they complained, the agency would send them back to Nepal.", "en"),
])
def test_deportation_threats_are_intimidation_not_aov(text: str, lang: str) -> None:
    assert counted(text, THREAT, lang)
    assert not counted(text, AOV, lang)


@pytest.mark.parametrize("text, lang", [
    ("The employer exploited their irregular status to pay them half the minimum wage.", "en"),
    ("The owner knew they could not complain because they had no papers.", "en"),
    ("Because they had no papers, they could not complain to the inspectors.", "en"),
    ("The farmer used their lack of papers to keep them on the estate.", "en"),
    ("Recruiters knew of their precarious situation and offered them work at half the usual rate.", "en"),
    ("Tied to the contractor through the sponsorship system, the men could not change jobs or leave the country.", "en"),
    ("Bound by their closed permit to one employer, the caregivers had little choice but to stay.", "en"),
    ("The workers were entirely at the mercy of their employer.", "en"),
    ("El patrón se aprovechaba de la situación de necesidad de las temporeras.", "es"),
    ("Nunca denunciaban los abusos porque no tenían papeles.", "es"),
    ("Los dueños, conociendo su situación irregular, les pagaban la mitad.", "es"),
    ("Los peones estaban sin los papeles en regla, algo que el capataz usaba para retenerlos.", "es"),
    ("Por el sistema de patrocinio no pueden cambiar de empleador ni salir del país.", "es"),
    ("La empresa no tramita la renovación de los permisos de trabajo de los peones.", "es"),
    ("L'employeur profitait de leur situation irrégulière pour les payer moins.", "fr"),
    ("Ils ne se plaignaient jamais car ils n'avaient pas de papiers.", "fr"),
    ("Le patron savait qu'ils ne pouvaient pas se plaindre.", "fr"),
    ("Le patron, connaissant leur précarité, les payait deux euros de l'heure.", "fr"),
    ("Liées par leur permis à un seul employeur, elles n'ont guère d'autre choix que de rester.", "fr"),
    ("L'employeur ne renouvelait pas leurs titres de séjour.", "fr"),
    ("Beaucoup acceptaient des salaires très bas, faute de pouvoir faire valoir leurs droits.", "fr"),
])
def test_taking_advantage_of_vulnerability_is_aov(text: str, lang: str) -> None:
    assert counted(text, AOV, lang)
