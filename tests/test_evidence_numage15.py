"""Money and large numbers are not ages: the numeric child-labour rules read an age only from a whole number of at
most two digits that is not followed by a decimal, a thousands group, a currency sign or cents (numeric.yaml 2026.12.21)."""
import pytest

from evidence_helpers import counted

NOT_AGES = [
    ("fr", "Sur le chantier des 1 500 logements de la ville, les ouvriers du four sont en grève depuis lundi."),
    ("fr", "Il travaillait dix heures par jour au four, payé au lieu des 10,30 € prévus par la convention."),
    ("fr", "Chaque millier de briques lui rapporte un peu moins de 2 € dans la briqueterie."),
    ("en", "The maids in the households were paid less than 3 cents an hour for their work."),
    ("es", "En la cosecha les pagaban menos de 5 € por caja de fruta recogida."),
    ("en", "Workers at the kiln earned under 2 $ a day during the season."),
]

AGES = [
    ("fr", "Des enfants de 12 ans travaillent dans la briqueterie du village."),
    ("fr", "Dans la mine, des enfants de moins de 14 ans creusent les galeries."),
    ("en", "Girls aged 13 were working at the spinning mill in Dindigul."),
    ("es", "Niños de 10 años trabajan en la cosecha de café de la finca."),
    ("en", "Children under 14 were working at the kiln, the inspectors said."),
]


@pytest.mark.parametrize("lang,text", NOT_AGES)
def test_money_and_large_numbers_are_not_ages(lang: str, text: str) -> None:
    assert not counted(text, "child_labour", lang)


@pytest.mark.parametrize("lang,text", AGES)
def test_ages_of_working_children_still_count(lang: str, text: str) -> None:
    assert counted(text, "child_labour", lang)
