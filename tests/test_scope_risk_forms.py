"""Risk statements in Spanish and French with the contracted article or another form of the adjective
("vulnérables aux violences", "exposée au travail forcé", "vulnerables al trabajo forzoso") are hypothetical, as
"vulnerable to" is in English (scope 2026.12.20)."""
from __future__ import annotations

import pytest

from screener.evidence import get_engine


@pytest.mark.parametrize("lang,text,indicator", [
    ("fr", "Les domestiques sont vulnérables aux violences sexuelles et à la servitude pour dettes.", "debt_bondage"),
    ("fr", "Les domestiques sont vulnérables aux violences sexuelles et à la servitude pour dettes.",
     "physical_sexual_violence"),
    ("es", "Los jornaleros son vulnerables al trabajo forzoso y a la servidumbre por deudas.", "debt_bondage"),
])
def test_risk_statements_are_not_asserted(lang, text, indicator):
    got = [e for e in get_engine().scan_text(text, lang=lang) if e.indicator == indicator]
    assert got and all(e.polarity != "asserted" for e in got)


def test_a_finding_after_the_risk_clause_stays_asserted():
    text = "Les ouvriers étaient exposés aux pesticides, et le contremaître les frappait."
    got = {e.indicator: e.polarity for e in get_engine().scan_text(text, lang="fr")}
    assert got.get("physical_sexual_violence") == "asserted"
