"""The statistical name tagger (screener/redact/tagger.py): names with no cue, non-Latin scripts, things that must
stay, the model file read offline, and the reason each span carries. Sentences written for this test."""
from __future__ import annotations

import re
import socket

import pytest

from screener.redact import find_personal_data, redact_text
from screener.redact import tagger
from screener.redact.tagger import load_model, runtime_lists, tokenize
from screener.redact.tagger_spans import tagged_spans


def _tagged(text: str) -> list[str]:
    return [text[s.start:s.end] for s in tagged_spans(text)]


@pytest.mark.parametrize("text, name", [
    ("Wanjiru told the auditors that the agency kept her passport.", "Wanjiru"),
    ("Marisol y Yesenia trabajan en la sala de empaque desde abril.", "Yesenia"),
    ("Ensuite Bintou a montré les fiches de paie au comité.", "Bintou"),
    ("Gulnara and her brother Timur paid the broker in Almaty.", "Timur"),
    ("Dagny Halvorsen sorted the fish; Ximena sorted the shells.", "Ximena"),
    ("| Sokha | 23 | packer |", "Sokha"),
    ("Present: Oksana Melnyk, Dilnoza Rakhimova, Thabo Nkosi.", "Dilnoza Rakhimova"),
])
def test_the_tagger_alone_finds_names_without_a_cue(text, name):
    assert name in _tagged(text)


def test_a_surname_first_register_entry_is_one_span_with_its_comma():
    assert _tagged("KARIMOVA, Dilfuza | cotton picker | 34") == ["KARIMOVA, Dilfuza"]


@pytest.mark.parametrize("text, name", [
    ("Crew list: Иван Петров, Олена Коваленко, Георги Димитров.", "Олена Коваленко"),
    ("The line supervisor 王建国 signed the overtime sheet.", "王建国"),
    ("Recruiter: محمد العلي (agency in Amman).", "محمد العلي"),
])
def test_names_in_cyrillic_chinese_and_arabic_are_redacted_with_the_tagger_as_reason(text, name):
    spans = {text[s.start:s.end]: s.reason for s in find_personal_data(text)}
    assert name in spans
    assert re.fullmatch(r"name tagger, p=(?:0\.\d\d|1\.00)", spans[name])


@pytest.mark.parametrize("text", [
    "Pacific Garments Ltd. in Phnom Penh buys yarn from Dhaka.",
    "The Ministry of Labour and Human Rights Watch visited Kuala Lumpur in March.",
    "Corrective Action Plan: Freedom of Movement",
    "Moreover, the Labour Inspectorate of Chiang Mai found no records.",
    "Sedex and amfori BSCI audits of Sunrise Knitwear found locked exits.",
    "Le site de Bobo-Dioulasso emploie 300 saisonniers venus du Mali.",
    "La finca San Isidro, en Escuintla, exporta a Estados Unidos.",
])
def test_companies_places_and_headings_stay(text):
    assert _tagged(text) == []
    assert redact_text(text) == text


@pytest.mark.parametrize("text", [
    "Barry Callebaut and Cargill buy from cooperatives near Soubré.",  # a listed company named like a person
    "The camp is near the Puente Juan Pablo Duarte.",  # a bridge
    "Agency: Dhaka Overseas Link (RL-1452)",  # a field whose value is a body
    "Las fincas están en las provincias Luis Calvo y Hernando Siles.",  # places after a place noun
])
def test_things_named_like_people_stay_whatever_the_tagger_says(text):
    assert redact_text(text) == text


def test_the_model_loads_from_package_data_without_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network used")
    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    load_model.cache_clear()
    runtime_lists.cache_clear()
    try:
        model = load_model()
        assert model.weights and model.context_weights and model.places and model.ngrams
        assert 0.0 < model.threshold < 1.0
        assert _tagged("Present: Oksana Melnyk, Dilnoza Rakhimova.") == ["Oksana Melnyk", "Dilnoza Rakhimova"]
    finally:
        load_model.cache_clear()
        runtime_lists.cache_clear()


def test_switching_the_tagger_off_leaves_the_rules_alone(monkeypatch):
    text = "Crew list: Иван Петров, Олена Коваленко."
    assert any(s.reason.startswith("name tagger") for s in find_personal_data(text))
    monkeypatch.setenv("SCREENER_NAME_TAGGER", "0")
    assert not any(s.reason.startswith("name tagger") for s in find_personal_data(text))


def test_probabilities_follow_the_evidence():
    """A listed given name in a name position scores higher than the same shape in a place position."""
    toks, probs = tagger.word_probabilities("Ximena sorted the shells near Escuintla.")
    by_word = {toks[i].text: p for i, p in probs.items()}
    assert by_word["Ximena"] > load_model().threshold > by_word["Escuintla"]


def test_tokens_keep_their_offsets():
    text = "Nguyen Thi Hoa, 24 | O'Brien-Smith\tdos Santos"
    assert all(text[t.start:t.end] == t.text for t in tokenize(text))
    assert [t.text for t in tokenize(text)][:4] == ["Nguyen", "Thi", "Hoa", ","]


def test_a_long_text_is_read_in_pieces_with_the_right_offsets():
    text = "The canteen serves lunch at noon.\n" * 150 + "Present: Oksana Melnyk, Dilnoza Rakhimova."
    assert len(text) > 4000
    assert _tagged(text) == ["Oksana Melnyk", "Dilnoza Rakhimova"]
