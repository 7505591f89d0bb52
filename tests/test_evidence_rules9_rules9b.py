"""Debt bondage, intimidation and threats, physical and sexual violence, retention of identity documents as classes of
fact (lexicons 2026.12.11, rules9b), en/es/fr.

Intimidation: a sanction that follows refusing, complaining or reporting ("anyone who refused lost the job", "if they
complain they lose their visa", "quien se niega es sancionado", "si tu signales, tu perds ta place"), complaints met
with arrests, immigration or police set on workers, weapons pointed at workers, being exposed to reprisals.
Violence: threatened with a weapon, struck with an object, bones broken, shot, injuries on the body, sex demanded or
forced prostitution, sexual harassment, blows and electric shocks named in Spanish and French.
Debt bondage: loans at a stated interest rate, pay swallowed by the agent's fee, debts run up or imposed, sums owed
("ya debía 5.000 euros", "il devait 14 000 bahts"), loans or advances kept back from pay, fares deducted, pagarés.
Retention: documents kept hold of, taken away, handed to or held by the employer, refusal to issue or hand them over,
"no recuperaban su documentación", "passeport gardé par le capitaine", "il ne reverrait pas son passeport".
Each class has a compliance sentence that must not be asserted, and traps that must not be findings.

Sentences are written for these tests; none comes from the shared evaluation sets or the project corpus.
"""
from __future__ import annotations

import pytest

from screener.evidence import get_engine

DB, IT = "debt_bondage", "intimidation_threats"
PV, RD = "physical_sexual_violence", "retention_of_identity_documents"


def _asserted(text: str, lang: str) -> set[str]:
    """Indicators asserted as findings by the rules (the sentence model's findings do not count here)."""
    return {e.indicator for e in get_engine().scan_text(text, lang=lang)
            if e.polarity == "asserted" and e.confidence == "finding" and e.match != "model"}


FOUND = [
    # IT: a sanction follows refusing or complaining
    ("en", "Pickers who complained about the scales were dismissed the next morning.", IT),
    ("en", "Anyone who refused the night shift lost the job.", IT),
    ("en", "If they complain, they are dismissed and sent home.", IT),
    ("en", "The cleaners risk deportation if they protest about the rota.", IT),
    ("en", "Complaints about the dormitory were met with arrests.", IT),
    ("en", "The supervisor pointed a pistol at the welder who asked for his wages.", IT),
    ("en", "The farm owner tipped off the police after the men asked to be paid.", IT),
    ("es", "Quien se niega a doblar turno es sancionado con dos días sin sueldo.", IT),
    ("es", "Si reclamas, te despiden, les repetía el capataz.", IT),
    ("es", "A la costurera la despidieron por hablar con el sindicato.", IT),
    ("es", "Tras denunciar al encargado, la jornalera fue despedida.", IT),
    ("es", "Los vigilantes los encañonaron cuando pidieron la paga.", IT),
    ("es", "El capataz les dijo que la policía se los llevaría si salían.", IT),
    ("fr", "Quiconque protestait était licencié le jour même.", IT),
    ("fr", "« Si tu te plains, tu perds ta place », raconte une saisonnière.", IT),
    ("fr", "Refuser les heures supplémentaires expose les ouvriers à des représailles.", IT),
    ("fr", "Le patron a dit qu'il les livrerait à la police s'ils réclamaient.", IT),
    # PV: weapon threats, objects, broken bones, shooting, injuries, sexual coercion
    ("en", "The boss threatened the cook with a knife when she asked to leave.", PV),
    ("en", "The deckhands were struck with a hammer for working slowly.", PV),
    ("en", "A picker who asked about his pay had his arm broken.", PV),
    ("en", "The guards fired into the crowd of miners waiting for their wages.", PV),
    ("en", "The maid had bruises on her arms and burns on her back.", PV),
    ("en", "The supervisor demanded sex in exchange for a lighter workload.", PV),
    ("en", "Several of the women were forced into prostitution at the camp.", PV),
    ("es", "El dueño la amenazó con un cuchillo cuando pidió su salario.", PV),
    ("es", "El encargado le dio una bofetada delante de toda la cuadrilla.", PV),
    ("es", "Tres trabajadoras dijeron haber sido acosadas por su empleador.", PV),
    ("es", "La policía encontró a la empleada con lesiones visibles en la cara.", PV),
    ("fr", "Son employeur l'a menacée avec un couteau quand elle a voulu partir.", PV),
    ("fr", "Les cueilleuses décrivent des agressions verbales et physiques du chef d'équipe.", PV),
    ("fr", "Plusieurs ouvrières ont dû céder aux exigences sexuelles du contremaître.", PV),
    ("fr", "Les jeunes recrues étaient forcées à la prostitution dans le bar.", PV),
    # DB: loans at interest, pay swallowed by fees, debts run up, sums owed, deductions
    ("en", "He borrowed the fee from a lender at 30 percent a year.", DB),
    ("en", "For the first five months their wages went to repaying the agent's fee.", DB),
    ("en", "The loggers ran up debts at the camp store they could never clear.", DB),
    ("en", "On arrival the crew were told they had to work off the travel costs first.", DB),
    ("es", "Al llegar le dijeron que ya debía 4.000 euros por el viaje.", DB),
    ("es", "Los jornaleros tenían una deuda con la pulpería que pasaba a sus hijos.", DB),
    ("es", "El contratista les descontaba el pasaje del primer sueldo.", DB),
    ("es", "Antes de salir firmaron un pagaré de 2.000 dólares.", DB),
    ("fr", "Le prêt de l'agence est remboursé par retenue mensuelle sur la paie.", DB),
    ("fr", "Le marin a appris qu'il devait 12 000 bahts au capitaine.", DB),
    ("fr", "Elles remboursent une dette énorme à leurs recruteurs.", DB),
    ("fr", "Pour payer l'agent, la famille a hypothéqué la maison.", DB),
    # RD: documents kept hold of, taken away, held by the employer
    ("en", "The contractor kept hold of the workers' passports for the whole season.", RD),
    ("en", "The supervisor took their residence cards on the first day.", RD),
    ("en", "Their passports were handed to the owner on arrival.", RD),
    ("en", "The agency refused for months to release the workers' passports.", RD),
    ("es", "Al llegar les quitaban la documentación a todos los temporeros.", RD),
    ("es", "El DNI de las limpiadoras estaba en poder de la encargada.", RD),
    ("es", "Las temporeras no recuperaban su documentación hasta el fin de la campaña.", RD),
    ("fr", "Le passeport du cuisinier était gardé par le patron du restaurant.", RD),
    ("fr", "Mon passeport est resté chez mon ancien sponsor.", RD),
    ("fr", "On lui a dit qu'il ne reverrait pas son passeport avant d'avoir payé.", RD),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), FOUND)
def test_class_found(lang: str, text: str, indicator: str) -> None:
    assert indicator in _asserted(text, lang)


NOT_FOUND = [
    # compliance forms, one per class
    ("en", "Workers who complained were not dismissed or punished, the interviews show.", IT),
    ("es", "Ninguna trabajadora que reclamó fue despedida, según las entrevistas.", IT),
    ("fr", "Aucun ouvrier qui a protesté n'a été licencié.", IT),
    ("en", "None of the crew had been threatened with a knife or a gun.", PV),
    ("es", "Ninguna empleada dijo haber sido acosada por su empleador.", PV),
    ("en", "No worker had borrowed money at interest to pay for the job.", DB),
    ("es", "Ningún trabajador tenía deuda con la tienda de la finca.", DB),
    ("fr", "Aucun prêt n'est retenu sur la paie des salariés.", DB),
    ("en", "All workers keep their own passports; none were taken away by the company.", RD),
    ("es", "Cada temporera conserva su pasaporte en su taquilla.", RD),
    ("fr", "Chaque salarié peut revoir son passeport quand il le souhaite.", RD),
    # traps: fake documents seized by police are not retention; a daily fare deducted is a wage matter
    ("fr", "La police a saisi deux faux documents d'identité lors du contrôle.", RD),
    ("es", "A los recolectores se les descuenta del jornal el viaje diario al campo.", DB),
    # traps: threats of violence are intimidation, not physical violence; "at gunpoint" settles nothing here
    ("en", "The fishers worked under threats of violence from the captain.", PV),
    # traps: a penalty for quitting or leaving belongs to restriction of movement, not to these conditional rules
    ("en", "Seasonal workers lose their residence status if they quit the farm.", IT),
    ("es", "Si renuncian al empleo, los temporeros pierden el permiso de residencia.", IT),
    # traps: a policy on reprisals is not a finding
    ("fr", "Le personnel qui signale un problème ne peut faire l'objet de représailles.", IT),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), NOT_FOUND)
def test_not_found(lang: str, text: str, indicator: str) -> None:
    assert indicator not in _asserted(text, lang)
