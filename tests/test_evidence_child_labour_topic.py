"""Child labour as a topic is not a finding (scope 2026.12.19, cl13). In Spanish and French the bare nouns
("trabajo infantil", "travail des enfants") are rule phrases, so the scope cues must tell the topic (a monitoring
system, a programme, a fight or an awareness campaign, a stance, a law or convention, a risk screen, a falling
statistic, a dispute about a study, children removed from it) from an occurrence (it persists, grows, was found,
a company was fined for it). English counts only occurrence patterns ("cases of child labour", "child labour
cases"); the same topic contexts are covered there. All sentences are written for these tests."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

CL = "child_labour"


@pytest.mark.parametrize("text, lang", [
    # monitoring systems, programmes, committees
    ("Quince cooperativas aplican desde 2021 un sistema de monitoreo del trabajo infantil en sus fincas.", "es"),
    ("El programa departamental de prevención del trabajo infantil llegó a 900 hogares rurales.", "es"),
    ("La mesa provincial sobre trabajo infantil sesionó tres veces durante el año.", "es"),
    ("Les coopératives membres utilisent un système de surveillance du travail des enfants depuis 2020.", "fr"),
    ("Le comité villageois de lutte contre le travail des enfants se réunit chaque trimestre.", "fr"),
    # awareness, dangers, fight
    ("Los facilitadores comunitarios explican a las madres los peligros del trabajo infantil.", "es"),
    ("Des animatrices ont été formées pour sensibiliser les familles contre les pires formes de travail des enfants.", "fr"),
    ("Les brochures distribuées aux planteurs décrivent les méfaits du travail des enfants.", "fr"),
    # stances
    ("La marca reitera su rechazo al trabajo infantil en todos sus talleres proveedores.", "es"),
    ("La cadena de supermercados mantiene una postura de tolerancia cero ante el trabajo infantil.", "es"),
    ("Le distributeur réaffirme son opposition catégorique au travail des enfants.", "fr"),
    # laws, conventions, definitions, fines
    ("Honduras ratificó en 2001 el Convenio 182 de la OIT sobre las peores formas de trabajo infantil.", "es"),
    ("Las faltas por trabajo infantil se sancionan con multas de hasta 100 salarios mínimos.", "es"),
    ("La ley tipifica como delito el trabajo infantil en minas y canteras.", "es"),
    ("Le Mali a ratifié la Convention n° 138 de l'OIT sur l'âge minimum et le travail des enfants.", "fr"),
    ("Le décret de 2014 relatif à la traite et aux pires formes de travail des enfants fixe les peines encourues.", "fr"),
    # risk screens and chapter lists
    ("El estudio identifica los cultivos más expuestos al trabajo infantil en la región.", "es"),
    ("La encuesta a proveedores tiene cuatro capítulos: trabajo infantil, salarios, horarios y seguridad.", "es"),
    ("L'outil de cartographie classe les secteurs les plus exposés au travail des enfants.", "fr"),
    ("Le rapport d'audit comporte cinq rubriques : travail des enfants, salaires, horaires, santé et sécurité.", "fr"),
    # falling statistics, removal, disputes, what may exist
    ("Según la encuesta nacional, el trabajo infantil en la provincia se redujo a la mitad entre 2010 y 2020.", "es"),
    ("Gracias al proyecto, 420 adolescentes fueron retirados del trabajo infantil y reinscritos en la escuela.", "es"),
    ("La cámara empresarial sostiene que el informe exagera la magnitud del trabajo infantil en el sector.", "es"),
    ("D'après l'enquête nationale, la prévalence du travail des enfants a diminué de moitié en dix ans.", "fr"),
    ("Au total, 312 enfants ont été soustraits au travail des enfants et réinscrits à l'école.", "fr"),
    ("Le syndicat patronal estime que l'ONG exagère l'ampleur du travail des enfants dans la filière.", "fr"),
    ("Le travail des enfants peut aussi se produire chez les sous-traitants de second rang.", "fr"),
    # English: the occurrence patterns in the same contexts
    ("The cooperative's monitoring system identifies cases of child labour and refers them to social workers.", "en"),
    ("According to the labour ministry, reported cases of child labour fell by a third between 2015 and 2020.", "en"),
    ("The trade association argues that the documentary exaggerates the incidence of child labour on tea estates.", "en"),
    ("All of the child labour cases identified last season received some form of remediation.", "en"),
    ("The self-assessment questionnaire has four sections: cases of child labour, wages, hours and safety.", "en"),
    # rarer forms of the same cues (falling figures, remediation, definitions, what may exist, networks)
    ("Reported cases of child labour are falling in the coastal districts, the ministry says.", "en"),
    ("Since 2015, child labour violations have been halved in the garment sector.", "en"),
    ("Every case of child labour identified in the pilot was remediated within three months.", "en"),
    ("The report notes a decline in cases of child labour across the cocoa cooperatives.", "en"),
    ("Según la OIT, es una forma de trabajo infantil toda actividad que ponga en riesgo la salud del menor.", "es"),
    ("El trabajo infantil puede existir también en talleres familiares no registrados.", "es"),
    ("La ONG capacita a docentes para concientizar a las comunidades contra las peores formas de trabajo infantil.", "es"),
    ("Según el ministerio, el trabajo infantil rural bajó 3 puntos en cinco años.", "es"),
    ("El trabajo infantil en la provincia ha disminuido desde 2018, según el censo.", "es"),
    ("Según el censo, el trabajo infantil está en descenso en las zonas urbanas.", "es"),
    ("El informe celebra la reducción del trabajo infantil en el sector cafetero.", "es"),
    ("Le travail des enfants pourrait aussi exister dans les ateliers de sous-traitance informels.", "fr"),
    ("Un réseau régional contre le travail des enfants regroupe quinze ONG.", "fr"),
    ("Selon l'enquête, le travail des enfants est en recul dans les zones urbaines.", "fr"),
    ("Le rapport salue la baisse du travail des enfants dans la filière cacao.", "fr"),
])
def test_child_labour_as_a_topic_is_not_a_finding(text: str, lang: str) -> None:
    assert not counted(text, CL, lang)


@pytest.mark.parametrize("text, lang", [
    ("El trabajo infantil persiste en las plantaciones de caña del norte del país.", "es"),
    ("El trabajo infantil creció en los vertederos de la ciudad durante la crisis.", "es"),
    ("Tres aserraderos fueron multados por trabajo infantil después de la inspección.", "es"),
    ("Los inspectores comprobaron trabajo infantil en dos fincas de café.", "es"),
    ("En los hornos de ladrillo el trabajo infantil es la norma, según el sindicato.", "es"),
    ("Estas niñas padecen una de las peores formas de trabajo infantil: el servicio doméstico sin paga.", "es"),
    ("Le travail des enfants persiste dans les carrières de granite de la région.", "fr"),
    ("L'enquête de terrain met en évidence le travail des enfants dans les mines d'or artisanales.", "fr"),
    ("Selon les syndicats, le travail des enfants est en hausse dans les briqueteries.", "fr"),
    ("Deux exportateurs ont été sanctionnés pour travail des enfants à la suite des contrôles.", "fr"),
    ("Le travail des enfants a été constaté dans quatre des dix exploitations visitées.", "fr"),
    # near misses of the new cues: the topic word is not on the child-labour noun
    ("Malgré le programme de prévention, le travail des enfants reste courant dans les plantations.", "fr"),
    ("Pese a la campaña de sensibilización, el trabajo infantil sigue siendo habitual en las minas.", "es"),
    ("Auditors found cases of child labour at two of the seven farms visited.", "en"),
    ("Child labour persists on cotton farms despite the certification scheme.", "en"),
    ("The union says reported cases of child labour rose sharply in the brick kilns last year.", "en"),
])
def test_child_labour_occurrences_stay_findings(text: str, lang: str) -> None:
    assert counted(text, CL, lang)
