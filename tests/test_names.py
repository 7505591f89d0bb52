"""Company-name normalisation: legal forms, transliteration, aliases, vessels."""
from __future__ import annotations

import pytest

from screener.normalize.names import normalize_company_name, parse_company_name, split_aliases


@pytest.mark.parametrize("a,b", [
    ("Hetian Haolin Hair Accessories Co., Ltd.", "HETIAN HAOLIN HAIR ACCESSORIES COMPANY LIMITED"),
    ("Top Glove Sdn. Bhd.", "Top Glove Sdn Bhd"),
    ("Industrias Bachoco S.A. de C.V.", "Industrias Bachoco SA de CV"),
    ("PT Astra International Tbk", "Astra International"),
    ("Siemens GmbH & Co. KG", "Siemens"),
    ("ООО Ромашка", "Romashka LLC"),
    ("Acme Int'l Tech Mfg Corp.", "ACME International Technology Manufacturing Inc."),
    ("Ｈｅｔｉａｎ Ｈａｏｌｉｎ", "Hetian Haolin"),
    ("Carvão Ativado", "Carvao Ativado"),
    ("Ninestar Corpoation", "Ninestar Corporation"),
])
def test_same_normal_form(a: str, b: str) -> None:
    assert normalize_company_name(a) == normalize_company_name(b)
    assert normalize_company_name(a)  # never empty for a real name


def test_legal_forms_reported_not_compared() -> None:
    p = parse_company_name("China Cotton Group Henan Logistics Park Co., Ltd., Xinye Branch")
    # "Group" inside the name is name text; the trailing "Branch" is a qualifier, parsed out and reported
    assert p.core == ("china", "cotton", "group", "henan", "logistic", "park", "xinye")
    assert p.legal_forms == ("co ltd",) and p.qualifiers == ("branch",)


def test_chinese_legal_form_removed_and_transliterated() -> None:
    p = parse_company_name("新疆华孚色纺有限公司")
    assert p.core[:2] == ("xin", "jiang")
    assert "you xian gong si" in p.legal_forms


def test_short_forms_only_at_the_edges() -> None:
    # "AG" is a legal form at the end but an ordinary word inside a name
    assert parse_company_name("Muster AG").core == ("muster",)
    assert "ag" in parse_company_name("Alpha AG Beta").core


def test_name_of_only_legal_forms_is_kept() -> None:
    assert normalize_company_name("Company Limited") == "company limited"


def test_initials_joined() -> None:
    assert normalize_company_name("K.T.K. Group") == normalize_company_name("KTK Group")
    assert normalize_company_name("A-B-C Company") == "abc"


@pytest.mark.parametrize("raw", ["Hangton No. 112", "Hangton No.112", "Hangton No 112", "HANGTON NO112"])
def test_vessel_number_is_a_token(raw: str) -> None:
    p = parse_company_name(raw)
    assert p.core == ("hangton", "112")
    assert p.numbers == ("112",)


@pytest.mark.parametrize("raw,expected", [
    ("Foo Trading Ltd (formerly known as Bar Ltd)", ["Foo Trading Ltd", "Bar Ltd"]),
    ("Alpha Co. a.k.a. Beta Co., f/k/a Gamma", ["Alpha Co.", "Beta Co.", "Gamma"]),
    ("Yunnan Machinery, a/k/a Golden Horse Diesel Factory", ["Yunnan Machinery", "Golden Horse Diesel Factory"]),
    ("Delta Inc also known as Epsilon", ["Delta Inc", "Epsilon"]),
    ("Plain Name Ltd", ["Plain Name Ltd"]),
])
def test_alias_splitting(raw: str, expected: list[str]) -> None:
    assert split_aliases(raw) == expected
