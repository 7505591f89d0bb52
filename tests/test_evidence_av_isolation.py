"""Abuse of vulnerability and isolation as classes of fact (lexicons 2026.12.7), in English, Spanish and French.

Abuse of vulnerability: irregular status used or lost, a visa or residence tied to the employer, a vulnerable group
targeted (the poor, the homeless, disabled people, lower castes), and conditions accepted out of need or status.
Isolation: phones kept or barred, no line to the outside, contact with family cut, a remote place, not knowing
where one is, visits and outsiders barred, left alone. Each class has a compliance sentence that must not be
asserted, and the traps (isolated incident, remote audit, programmes for vulnerable groups, risk statements,
hotlines, quarantine rooms) must not be findings at all.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

AV, IS = "abuse_of_vulnerability", "isolation"


def _asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings (the sentence model's lower "possible" band does not count)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and getattr(e, "confidence", "finding") == "finding"}


FOUND = [
    # status: irregular status used by the employer, or made and lost through the employer
    ("en", "The foreman knew the pickers were undocumented and exploited them with half pay.", AV),
    ("en", "The agency let the workers' visas lapse and never renewed their permits.", AV),
    ("es", "La empresa explotaba a jornaleros sin papeles en el invernadero.", AV),
    ("fr", "Le patron exploitait des ouvriers sans papiers sur le chantier.", AV),
    # dependency: visa or residence tied to the employer, release needed to change
    ("en", "Her work visa is tied to the employer, so leaving means losing her status.", AV),
    ("en", "Helpers cannot change jobs without the employer's release.", AV),
    ("es", "Su visado está ligado al empleador y no puede cambiar de trabajo.", AV),
    ("fr", "Leur titre de séjour est lié à l'employeur, qui s'en sert pour imposer ses conditions.", AV),
    # targeting: the poor, the homeless, disabled people, lower castes
    ("en", "The gang lured homeless men from soup kitchens to work on the farms.", AV),
    ("en", "Most of the bonded brick workers rescued were Dalit families.", AV),
    ("es", "La red captaba a personas muy pobres del campo para los talleres.", AV),
    ("fr", "Le réseau recrutait des jeunes très pauvres dans les villages de l'intérieur.", AV),
    # need: conditions accepted because of need or status
    ("en", "Because their visas depend on the job, the migrants put up with 70-hour weeks.", AV),
    ("es", "Por pura necesidad aceptan las condiciones que impone el capataz.", AV),
    ("fr", "Par besoin, les saisonniers acceptent toutes les conditions du patron.", AV),
    # contact: phones kept or barred
    ("en", "The employer kept her phone for the whole two-year contract.", IS),
    ("en", "The maids were not allowed a mobile phone.", IS),
    ("es", "Al llegar al campamento les quitaron los móviles a todos.", IS),
    ("fr", "Les ouvriers étaient privés de téléphone pendant toute la saison.", IS),
    # no line to the outside
    ("en", "There was no wifi and no landline at the camp.", IS),
    ("es", "En la finca no había señal ni wifi.", IS),
    ("fr", "Le camp n'avait aucun accès internet.", IS),
    # contact with family cut
    ("en", "The crew lost all contact with their families for eight months.", IS),
    ("es", "Durante meses no pudieron comunicarse con sus familias.", IS),
    ("fr", "Les domestiques ne pouvaient pas appeler leur famille.", IS),
    # remote place
    ("en", "The charcoal camp lay deep in the forest, far from any road.", IS),
    ("es", "El campamento estaba en plena selva, alejado de cualquier pueblo.", IS),
    ("fr", "Le campement se trouvait en pleine brousse, loin de toute route.", IS),
    # not knowing where they were
    ("en", "The men did not know where they were.", IS),
    ("es", "Los jornaleros no sabían dónde estaban.", IS),
    ("fr", "Les victimes ne savaient pas où elles étaient.", IS),
    # visits and outsiders barred
    ("en", "The women were never allowed to receive visitors at the house.", IS),
    ("en", "The cooks were told not to talk to outsiders.", IS),
    ("es", "En el campamento no podían recibir visitas.", IS),
    ("fr", "Les saisonniers n'avaient pas le droit de recevoir de visites.", IS),
    # alone
    ("en", "The herder lives alone in a trailer on the range.", IS),
    ("es", "Los niños pastoreaban solos en el monte durante semanas.", IS),
    ("fr", "Les enfants gardaient seuls en brousse les chameaux du maître.", IS),
    # out of the house only on errands, or with a minder
    ("en", "The housemaid only left the flat to walk the family's dog.", IS),
    ("es", "La empleada solo salía de la casa para llevar a los niños al colegio.", IS),
    ("fr", "La domestique ne sortait de l'appartement que pour faire les courses.", IS),
]

NOT_ASSERTED = [
    # 2026.12.19 (aov13): bare irregular status is not abuse of vulnerability (until then found here)
    ("es", "Los temporeros en situación irregular trabajaban catorce horas por 20 euros.", AV),
    ("fr", "Les manœuvres sans-papiers travaillaient douze heures pour 30 euros.", AV),
    # compliance statements, one per class
    ("en", "All migrant workers hold valid work permits.", AV),
    ("es", "Todos los trabajadores tienen sus papeles en regla.", AV),
    ("fr", "Tous les salariés disposent d'un titre de séjour valide.", AV),
    ("en", "Under the new law workers are free to change employer without the employer's consent.", AV),
    ("es", "Los trabajadores pueden cambiar de empleador libremente.", AV),
    ("fr", "Les salariés peuvent changer d'employeur librement.", AV),
    ("en", "No worker said they had to put up with unfair conditions.", AV),
    ("en", "Workers keep their own phones and may call home at any time.", IS),
    ("es", "Los trabajadores conservan sus teléfonos y llaman a casa cuando quieren.", IS),
    ("fr", "Les travailleurs gardent leur téléphone et appellent leur famille librement.", IS),
    ("en", "The dormitory has free wifi and a phone room open all day.", IS),
    ("en", "Workers have regular contact with their families.", IS),
    ("fr", "Les salariés peuvent appeler leur famille quand ils le souhaitent.", IS),
    ("en", "The site is close to town and a daily bus runs to the village.", IS),
    ("en", "Visitors are allowed in the dormitories every weekend.", IS),
    ("en", "Workers leave the compound freely after their shift.", IS),
]

TRAPS = [
    ("en", "The incident was an isolated case and was handled by HR.", IS),
    ("es", "Se trató de un hecho aislado que la empresa corrigió.", IS),
    ("fr", "Il s'agit d'un cas isolé, traité par la direction.", IS),
    ("en", "The assessment was carried out as a remote audit because of travel restrictions.", IS),
    ("es", "La auditoría remota se realizó por videollamada.", IS),
    ("fr", "L'audit à distance a été mené par visioconférence.", IS),
    ("en", "The programme supports vulnerable groups such as homeless people and people with disabilities.", AV),
    ("es", "El programa apoya a grupos vulnerables como migrantes e indígenas.", AV),
    ("fr", "Le programme soutient les personnes vulnérables et les travailleurs handicapés.", AV),
    ("en", "Night-shift guards face a risk of isolation, so the site runs a buddy system.", IS),
    ("es", "Existe riesgo de aislamiento para los vigilantes nocturnos.", IS),
    ("fr", "Le travail de nuit présente un risque d'isolement pour les gardiens.", IS),
    ("en", "Undocumented migrants are vulnerable to exploitation by unscrupulous agents.", AV),
    ("es", "Los migrantes sin papeles son vulnerables a la explotación laboral.", AV),
    ("fr", "Les migrants sans papiers sont vulnérables à l'exploitation.", AV),
    ("en", "Workers can report concerns by phone through the free hotline.", IS),
    ("es", "Los trabajadores pueden llamar a la línea gratuita de denuncias.", IS),
    ("fr", "Une ligne téléphonique gratuite permet aux salariés de signaler les abus.", IS),
    ("en", "Workers with symptoms were placed in an isolation room for five days.", IS),
    ("en", "Phones are not allowed on the production floor for safety reasons.", IS),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang), text


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_ASSERTED + TRAPS)
def test_compliance_and_traps_not_asserted(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang), text
