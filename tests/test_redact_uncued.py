"""Names without a cue, by class (2026.12 patterns): generated given-name and surname lists, dictionary words that are
mostly written capitalised, lone unknown words in lists, pairs, possessives, ages, list entries and kin; and the places,
provinces, brands and bodies that must stay. The sentences here are written for these tests, apart from every set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from screener.redact import find_personal_data, redact_text
from screener.redact.evaluate import evaluate_redaction
from screener.redact.patterns import NAMES_PATH, rules

HERE = Path(__file__).parent


@pytest.mark.parametrize("text, gone", [
    ("Ioana Lupașcu and Radu Ciobanu cleaned the packing hall every night.", ["Ioana Lupașcu", "Radu Ciobanu"]),
    ("Kenji Nakamura's overtime sheet was signed by the supervisor.", ["Kenji Nakamura"]),
    ("The list names Osei Bonsu, Kwadwo and Efia Mensah as carriers.", ["Osei Bonsu", "Kwadwo", "Efia Mensah"]),
    ("Roster: Tupou Latu – picker; Salote Fonua – packer.", ["Tupou Latu", "Salote Fonua"]),
    ("Thabiso and Lerato sleep in the storeroom behind the shop.", ["Thabiso", "Lerato"]),
    ("Zhyldyz, 17 ans, travaille dans la serre.", ["Zhyldyz"]),
    ("The team leader said that Nurlan had worked without a day off.", ["Nurlan"]),
    ("Ravshan et sa femme Mohira vivent sur le chantier.", ["Ravshan", "Mohira"]),
    ("Tomás Ferreira dos Anjos e Maria das Dores Lima colhem café.", ["Tomás Ferreira dos Anjos", "Maria das Dores Lima"]),
    ("María de las Mercedes Quispe y su hijo trabajan en la ladrillera.", ["María de las Mercedes Quispe"]),
    ("Bogdana Hrytsenko's residence card was kept by the agency.", ["Bogdana Hrytsenko"]),
    ("We met Sopheak at the kiln gate.", ["Sopheak"]),
    ("Roster: Dinh Thi Lua cooks; Mai Van Tho guards the gate.", ["Dinh Thi Lua", "Mai Van Tho"]),
    ("Messages from Gulnara Abdrakhmanova show that she asked to leave.", ["Gulnara Abdrakhmanova"]),
])
def test_names_without_a_cue(text, gone):
    out = redact_text(text)
    for g in gone:
        assert g not in out, (g, out)


@pytest.mark.parametrize("text", [
    "Takeo, Kampot and Kandal are the main source provinces.",  # ISO 3166-2 subdivisions
    "Brands such as Primark, Zara and Uniqlo buy from the mill.",
    "Lawyers described the case as forced labour.",
    "Doha affirme avoir instauré un système de paie électronique.",
    "The employer threatened to contact U.S. Immigration and Customs Enforcement.",
    "Border Force and Associated Press reported the raid.",
    "Karen workers and Shan workers share the dormitory.",
    "Agroexportadora Sol y Frutícola del Valle firmaron el acuerdo.",
    "Saint-Pedro et Abengourou ont été visitées.",
    "The audit of Cerro Verde found no child labour.",
    "Wallis and Futuna's report was not assessed.",
    "Workers contacted the hotline via WhatsApp.",
    "Kampot Thmei, Banteay Srei and Chhuk Sar were the villages visited.",  # a list that the sentence calls places
    "Estancia Santa Rita y Fazenda Boa Esperança fueron visitadas.",
    "Les ouvriers de Port-Ville et de Cité Soleil attendent leur paie.",
])
def test_places_brands_and_bodies_stay(text):
    assert redact_text(text) == text, [text[s.start:s.end] for s in find_personal_data(text)]


def test_a_place_named_after_a_person_stays_with_the_next_in_the_list():
    text = "Las haciendas están en las provincias Luis Calvo y Hernando Siles."
    assert redact_text(text) == text


def test_generated_name_lists_record_source_and_licence():
    data = yaml.safe_load(NAMES_PATH.read_text(encoding="utf-8"))
    assert "Faker" in data["source"] and "spacy-lookups-data" in data["source"]
    assert "MIT" in data["licence"]
    assert len(data["given_names"].split()) > 5000 and len(data["surnames"].split()) > 5000
    r = rules()
    for brand in ("zara", "mars", "ford", "wilmar"):  # brands that are also given names never count as names
        assert brand not in r.name_family and brand not in r.name_solo
    assert "press" not in r.name_family  # an English word is no generated name part


def test_development_set_dev8():
    """tests/redaction_dev8.jsonl: 139 sentences written for these classes (not blind), 141 names, 78 must-stay
    strings. Sentences 84-121 were written after the first classes and scored 0.949 before two more fixes (a given
    name after "from", an amount after a name); sentences 122-139 were written after the last change and scored
    1.000 (17/17) at once."""
    items = [json.loads(line) for line in (HERE / "redaction_dev8.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for item in items:
        for s in item["spans"]:
            assert item["text"][s["start"]:s["end"]] == s["text"], item["id"]
    score = evaluate_redaction(items)
    assert score.recall >= 0.97, score.missed
    assert score.precision >= 0.97, score.spurious
    assert score.kept_rate >= 0.97, score.kept_broken
