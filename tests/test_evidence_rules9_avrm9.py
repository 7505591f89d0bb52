"""Abuse of vulnerability, isolation, restriction of movement, recruitment fees and excessive overtime as classes of
fact (lexicons 2026.12.12, avrm9), en/es/fr: the recall half of round nine for these five indicators.

AoV: deportation or arrest that follows complaining or leaving, being reported to immigration, losing the job meaning
losing the visa or the bed, status tied to the employer, victims with learning disabilities or homeless men targeted,
no legal status, working illegally, desperation for work, es "a su merced", "aprovechando su necesidad", "sin otra opción".
Isolation: no contact with family or anyone outside, calls rationed to once or twice a month, far from any help or
town, visits discouraged or forbidden.
Restriction of movement: leaving only with a minder or once a replacement comes, asking to go home and being refused,
deposits lost or sums owed on leaving, paying to be released, fences and razor wire, padlocked sheds and barred
windows, passports kept to stop workers leaving, being afraid to go outside, no transport off the island or farm.
Recruitment fees: sums paid to agents, recruiters or for the job or visa, paid up front, thousands paid, visa or travel
costs deducted from pay.
Excessive overtime: rest periods skipped or ignored, N consecutive days, the day lasting until late, working without
a break, "non-stop", "N hours straight"; es "N horas seguidas", "N días seguidos", "sin parar", "sin días de
descanso"; fr "N heures d'affilée", "sans interruption", "samedis et dimanches travaillés".
Each class has a compliance sentence that must not be asserted.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from evidence_helpers import pattern_ids, rule_findings

AV, ISO, RM = "abuse_of_vulnerability", "isolation", "restriction_of_movement"
RF, OT = "recruitment_fees", "excessive_overtime"


_asserted = rule_findings


FOUND = [
    # AoV
    # 2026.12.19 (aov13): a threat of deportation or of reporting to immigration is intimidation, not abuse of vulnerability
    ("en", "The packers were told they would be deported if they complained to the union.", "intimidation_threats"),
    ("en", "When the cook asked for her wages, the owner reported her to immigration.", "intimidation_threats"),
    ("en", "Losing the job meant losing the visa and the room as well.", AV),
    ("en", "Several of the labourers had learning disabilities and could not manage money.", AV),
    ("en", "The gang targeted homeless men outside the shelters.", AV),
    ("es", "El capataz contrataba a jornaleros aprovechando su necesidad de dinero.", AV),
    ("es", "Sin permiso de trabajo, la empleada quedaba a su merced.", AV),
    ("es", "Los recolectores no tenían otra opción que aceptar esas condiciones.", AV),
    ("fr", "Les vendangeurs sans papiers travaillaient sans contrat pour un employeur qui en profitait.", AV),
    ("fr", "Ils seraient expulsés s'ils se plaignaient, leur avait dit le gérant.", "intimidation_threats"),
    # ISO
    ("en", "For eight months the deckhands had no contact with their families.", ISO),
    ("en", "The maids could call home only once a month.", ISO),
    ("en", "The camp lay forty miles from the nearest town.", ISO),
    ("en", "Visits from relatives were forbidden by the agency.", ISO),
    ("es", "Los pescadores pasaron medio año sin contacto con sus familias.", ISO),
    ("es", "Les dijeron que no hablaran con nadie del pueblo.", ISO),
    ("fr", "Les bergers restaient des mois sans contact avec leur famille.", ISO),
    ("fr", "Elle ne pouvait appeler ses parents que deux fois par mois.", ISO),
    ("fr", "Le chantier se trouvait loin de toute aide.", ISO),
    # RM
    ("en", "The cooks could leave the compound only with a minder.", RM),
    ("en", "She asked to go home many times and the employer refused.", RM),
    ("en", "The pickers would lose their deposit if they quit before the season ended.", RM),
    ("en", "Anyone who wanted to be released was told to pay a large sum.", RM),
    ("en", "The dormitory was surrounded by razor wire.", RM),
    ("en", "The boy was kept in a padlocked shed behind the house.", RM),
    ("en", "The agency kept their passports to stop them from leaving.", RM),
    ("en", "The nannies were too afraid to go outside.", RM),
    ("es", "Los peones tenían prohibido salir de la finca.", RM),
    ("es", "La finca estaba rodeada de alambre de púas.", RM),
    ("es", "El campamento tenía una torre de vigilancia.", RM),
    ("en", "The compound was ringed by high fences.", RM),
    ("es", "Le quitaron las llaves para salir de la casa.", RM),
    ("fr", "Les bonnes avaient l'interdiction de sortir ; on leur interdit de quitter la maison.", RM),
    ("fr", "Les ouvriers travaillaient sans pouvoir quitter le site.", RM),
    ("fr", "Les femmes étaient retenues sur le site jour et nuit.", RM),
    # RF
    ("en", "The welders paid thousands of dollars to get the job.", RF),
    ("en", "Each guard paid up front to the manpower agency.", RF),
    ("en", "Most borrowed from moneylenders to pay the recruiter.", RF),
    ("en", "The cost of visas was deducted from their wages.", RF),
    ("es", "Cada jornalero pagó 2.000 dólares al reclutador.", RF),
    ("es", "Las bandas cobran miles de dólares por una supuesta visa.", RF),
    ("fr", "Les ouvriers ont versé 3 000 dollars à des agents.", RF),
    # OT
    ("en", "The drivers were told to skip rest periods to meet the slots.", OT),
    ("en", "The crew worked 40 consecutive days without a day off.", OT),
    ("es", "Los ladrilleros trabajan 14 horas seguidas.", OT),
    ("es", "No tenían días de descanso durante la cosecha.", OT),
    ("fr", "Les samedis et dimanches travaillés s'ajoutent aux heures normales.", OT),
    ("en", "The drivers worked without a break for sixteen hours.", OT),
    ("en", "The packers worked 20 hours straight before the shipment left.", OT),
    ("es", "Las costureras trabajaban sin parar hasta entregar el pedido.", OT),
    ("es", "Los marineros faenaban 20 días seguidos sin tocar puerto.", OT),
    ("fr", "Les ouvriers enchaînaient 14 heures d'affilée sur la chaîne.", OT),
    ("fr", "Les cueilleuses travaillaient sans interruption pendant la récolte.", OT),
]

NOT_FOUND = [
    # 2026.12.19 (aov13): bare irregular status is not abuse of vulnerability (until then found here)
    ("en", "The riders worked illegally for a tenth of the legal rate.", AV),
    # compliance, one per class
    ("en", "No worker was told they would be deported if they complained.", AV),
    ("en", "All pickers hold valid visas that are not tied to their employer.", AV),
    ("es", "Ninguna trabajadora trabaja ilegalmente en la finca.", AV),
    ("fr", "Tous les ouvriers parlent français et ont un titre de séjour.", AV),
    ("en", "Workers have daily contact with their families by phone.", ISO),
    ("es", "La trabajadora tiene su propio móvil y llama a su familia cada día.", ISO),
    ("fr", "Les saisonniers peuvent appeler leur famille quand ils le veulent.", ISO),
    ("en", "Workers may leave the compound freely at any time.", RM),
    ("es", "Los trabajadores pueden salir de la finca cuando quieren.", RM),
    ("fr", "Les ouvriers peuvent quitter le site librement.", RM),
    ("en", "No worker paid any fee to the agency; the employer paid all costs.", RF),
    ("es", "Ningún trabajador pagó nada al reclutador.", RF),
    ("fr", "Aucun ouvrier n'a versé d'argent à l'agence.", RF),
    ("en", "Rest periods are always respected and overtime is voluntary.", OT),
    ("es", "Todos tienen dos días de descanso a la semana.", OT),
    ("fr", "Les samedis ne sont jamais travaillés.", OT),
    # traps: other senses of the same words
    ("en", "The passports are released only if they pay the fee for the renewal.", RM),
    ("es", "La fábrica adeuda a su personal once quincenas.", AV),
    ("es", "La jornada es de 8 horas diarias como máximo.", OT),
    ("en", "The office staff live far from the factory and commute by bus.", ISO),
    ("en", "The shift lasted eight hours with two breaks.", OT),
    ("fr", "Pour ce travail sans relâche, elle recevait peu.", OT),
    ("es", "Todos los turnos se cumplen con pausas y nadie trabaja sin descanso.", OT),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)


def test_new_patterns_fire_on_their_class() -> None:
    """The class sentences are found by an avrm9 pattern itself, not only by older rules."""
    ids = set().union(*(pattern_ids(text, lang) for lang, text, _ind in FOUND))
    prefixes = ("av9_", "iso9_", "rm9_", "rf9_", "ot9_")
    assert len({i for i in ids if i.startswith(prefixes)}) >= 30
