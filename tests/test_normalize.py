"""Normalisation of countries, products, numbers, percentages, dates and yes/no values."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from screener.normalize.countries import country_from_address, country_name, normalize_country
from screener.normalize.products import normalize_products, product_lexicon, unrecognised_products
from screener.normalize.values import is_missing, parse_bool, parse_date, parse_int, parse_number, parse_percent

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("raw,iso", [
    ("Burma", "MM"), ("DRC", "CD"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Viet Nam", "VN"), ("VIET NAM", "VN"),
    ("China Mainland", "CN"), ("Korea (Republic of)", "KR"), ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"),
    ("BANGLADESH", "BD"), ("BD", "BD"), ("BGD", "BD"), ("USA", "US"), ("UK", "GB"),
    ("Alemania", "DE"), ("Allemagne", "DE"), ("Deutschland", "DE"), ("Alemanha", "DE"),
    ("Estados Unidos", "US"), ("EE. UU.", "US"), ("Vietnã", "VN"), ("Camboya", "KH"), ("Marokko", "MA"),
    ("Congo, Democratic Republic of the", "CD"), ("Turkey (Türkiye)", "TR"), ("Kyrgyz Republic", "KG"),
    ("Bangaldesh", "BD"), ("Inida", "IN"), ("Indonesai", "ID"), ("Malyasia", "MY"),
])
def test_country_names_codes_languages_typos(raw: str, iso: str) -> None:
    assert normalize_country(raw) == iso


@pytest.mark.parametrize("raw", [None, "", "xx", "Atlantis", "Mars", "Asia", "n/a"])
def test_unknown_countries_are_not_guessed(raw) -> None:
    assert normalize_country(raw) is None


def test_typo_between_two_countries_is_not_guessed() -> None:
    # "Austrai" is one edit from neither; "Niger"/"Nigeria" exact names stay exact
    assert normalize_country("Niger") == "NE" and normalize_country("Nigeria") == "NG"
    assert normalize_country("Austria") == "AT" and normalize_country("Australia") == "AU"


def test_country_from_address_and_name() -> None:
    assert country_from_address("12 Road, Tirupur, 641 604, INDIA") == "IN"
    assert country_from_address("Plot 5, Gazipur, Dhaka") is None
    assert country_from_address("2771 Plaza Del Amo, Torrance, VA") is None  # US state, not Vatican
    assert country_name("VN") == "Vietnam"


@pytest.mark.parametrize("raw,goods", [
    ("T-shirts", ["Garments"]), ("CPO", ["Crude Palm Oil"]), ("palm oil", ["Crude Palm Oil", "Palm Fruit"]),
    ("cotton yarn", ["Thread/Yarn", "Cotton"]), ("Thread/Yarn", ["Thread/Yarn"]),
    ("nitrile gloves", ["Rubber Gloves"]), ("gloves", ["Gloves"]), ("solar wafers", ["Photovoltaic Wafers"]),
    ("polysilicon", ["Polysilicon"]), ("Cotton yarn, T-shirts & socks", ["Thread/Yarn", "Cotton", "Garments"]),
    ("Prendas de vestir y calzado", ["Garments", "Footwear"]), ("café et cacao", ["Coffee", "Cocoa"]),
    ("Kaffee und Tee", ["Coffee", "Tea"]), ("shrimp / fish", ["Shrimp", "Fish"]), ("Sugar cane", ["Sugarcane"]),
    ("Elecronics", ["Electronics"]), ("Brick kiln", ["Bricks"]), ("Beans (green beans)", ["Beans (green beans)"]),
    ("Brazil Nuts/Chestnuts", ["Brazil Nuts/Chestnuts"]), ("APPAREL", ["Garments"]),
])
def test_products(raw: str, goods: list[str]) -> None:
    assert normalize_products(raw) == goods


def test_products_are_dol_names_or_declared_other_goods() -> None:
    lex = product_lexicon()
    for targets in lex.phrases.values():
        for good in targets:
            assert good in lex.dol_goods or good in lex.other_goods, good


def test_unknown_products_reported() -> None:
    assert normalize_products("widgets") == [] and unrecognised_products("widgets") == ["widgets"]
    assert unrecognised_products("T-shirts and Hand-made Baskets") == ["Hand-made Baskets"]
    assert normalize_products(None) == [] and normalize_products("  ") == []


@pytest.mark.parametrize("raw,share", [("35%", 0.35), ("0.35", 0.35), ("35", 0.35), ("71.0%", 0.71),
                                       ("0,35", 0.35), ("100%", 1.0), ("10 %", 0.1), ("n/a", None)])
def test_percentages(raw: str, share) -> None:
    assert parse_percent(raw) == share


def test_percentage_scale_and_errors() -> None:
    assert parse_percent("1", fraction_scale=False) == 0.01
    assert parse_percent("1", fraction_scale=True) == 1.0
    with pytest.raises(ValueError):
        parse_percent("110%")
    with pytest.raises(ValueError):
        parse_percent("lots")


@pytest.mark.parametrize("raw,num", [("1,200", 1200), ("1.200", 1.2), ("1 200", 1200), ("1,200.50", 1200.5),
                                     ("1.200,50", 1200.5), ("USD 1,000,000", 1e6), ("approx. 300", 300),
                                     ("300-400", 350), ("12,5", 12.5), ("1.200.000", 1.2e6)])
def test_numbers(raw: str, num: float) -> None:
    assert parse_number(raw) == pytest.approx(num)


def test_counts_read_dot_as_thousands() -> None:
    assert parse_int("1.200") == 1200 and parse_int("1,200") == 1200 and parse_int("500 workers") == 500
    with pytest.raises(ValueError):
        parse_int("-5")


@pytest.mark.parametrize("raw,date", [
    ("2024-03-05", dt.date(2024, 3, 5)), ("2024-03-05 00:00:00", dt.date(2024, 3, 5)),
    ("05/03/2024", dt.date(2024, 3, 5)), ("13/03/2024", dt.date(2024, 3, 13)), ("March 2024", dt.date(2024, 3, 1)),
    ("5 Mar 2024", dt.date(2024, 3, 5)), ("marzo de 2024", dt.date(2024, 3, 1)), ("mars 2024", dt.date(2024, 3, 1)),
    ("45362", dt.date(2024, 3, 11)), ("45362.0", dt.date(2024, 3, 11)), ("2023", dt.date(2023, 1, 1)),
    (dt.datetime(2024, 1, 2, 3, 4), dt.date(2024, 1, 2)), ("03.2024", dt.date(2024, 3, 1)),
])
def test_dates(raw, date) -> None:
    assert parse_date(raw) == date


def test_month_first_dates_when_told() -> None:
    assert parse_date("03/05/2024", day_first=False) == dt.date(2024, 3, 5)
    with pytest.raises(ValueError):
        parse_date("someday")
    with pytest.raises(ValueError):
        parse_date("31/02/2024")


@pytest.mark.parametrize("raw,val", [("sí", True), ("si", True), ("oui", True), ("ja", True), ("sim", True),
                                     ("Yes", True), ("y", True), ("x", True), ("true", True), ("1", True),
                                     ("nein", False), ("não", False), ("no", False), ("n", False), ("0", False),
                                     ("non", False), ("", None), ("n/a", None), ("Yes - 2 agencies", True)])
def test_yes_no(raw: str, val) -> None:
    assert parse_bool(raw) is val


def test_yes_no_rejects_other_words_and_missing_markers() -> None:
    with pytest.raises(ValueError):
        parse_bool("perhaps")
    assert is_missing("-") and is_missing("N/A") and not is_missing("0")
