"""Classes of redaction errors found on tagdata7c (invented examples, with hard negatives)."""
from __future__ import annotations

import pytest

from screener.redact import find_personal_data


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "name"]


# 1. A capitalised word of no dictionary after a person-shaped word ("including", "selon", "citó a") is a name.
@pytest.mark.parametrize("text,name", [
    ("The agent kept the passports of five men, including Dawitek.", "Dawitek"),
    ("The line manager stopped paying Rubelin and two other helpers in cash.", "Rubelin"),
    ("La inspectora citó a Quiroztegui por los descuentos ilegales.", "Quiroztegui"),
    ("Selon Sambarou, les journaliers ne reçoivent aucun bulletin.", "Sambarou"),
    ("Il a gardé sept passeports, dont celui de Koudramé, selon le rapport.", "Koudramé"),
    ("Las cortadoras dicen que Tzunuxil les hizo firmar la renuncia.", "Tzunuxil"),
])
def test_rare_word_after_person_cue_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text,kept", [
    ("Respondent 12 spoke only Santali during the interview.", "Santali"),
    ("The brand sources cocoa from several traders, including Olamex.", None),
    ("Les ouvriers venaient de Kéniéba et de Sadiola.", "Kéniéba"),
    ("Workers were moved to Guizhou and then to Anhui.", "Guizhou"),
    ("Según Infobae, la finca empleaba a 40 personas.", None),
])
def test_rare_word_without_person_cue_or_a_place_stays(text: str, kept: str | None) -> None:
    names = _names(text)
    if kept:
        assert all(kept not in n for n in names)
    assert len(names) <= 1  # at most a brand after a person cue: no place, no language


# 2. A single name in a table column headed complainant / received from / employee / responsible is a name.
@pytest.mark.parametrize("text,name", [
    ("Payroll\nNo.\tEmployee\tGross\tNet\n1\tSOK, Sreyleak\t248.00\t241.55\n2\tVannary\t204.00\t198.70", "Vannary"),
    ("Grievance log\nCode\tReceived from\tIssue\tResponsible\nG-1\tThuyên\tno water\tPhan Lợi", "Thuyên"),
    ("Bitácora\nCódigo\tPresentada por\tAsunto\nBQ-9\tChencho\tagua sucia", "Chencho"),
    ("Registre\nRéf.\tPlaignant(e)\tObjet\nD-1\tHadjira\tpas de fiche de paie", "Hadjira"),
    ("Cahier\nCode\tDéposée par\tObjet\tResponsable\nP-1\tHouda\tpas d'eau\tJlassou", "Jlassou"),
])
def test_single_name_in_person_column(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text,kept", [
    ("Grievance log\nCode\tComplainant\tIssue\nG-1\tAnonymous\tno water\nG-2\tanonyme\tharcèlement", "Anonymous"),
    ("Cahier\nCode\tObjet\tResponsable\nP-1\tpas d'eau\tDRH\nP-2\tharcèlement\tRRHH", "DRH"),
    ("Cahier\nCode\tObjet\tResponsable\nP-1\tpas d'eau\tResponsable HSE\nP-2\tbruit\tHR Manager", "Responsable HSE"),
    ("Log\nCode\tIssue\tResponsible\nG-1\tbroken tap\tHR Manager\nG-2\tno pay\tHR Manager", "HR Manager"),
])
def test_blank_office_or_role_in_person_column_stays(text: str, kept: str) -> None:
    assert all(kept not in n for n in _names(text))


# 3. Nicknames after "lo llaman / call him" are names even unquoted.
@pytest.mark.parametrize("text,name", [
    ("Los trabajadores lo llaman Chivo. Chivo cobra el transporte.", "Chivo"),
    ("The cutters call him Tiger, and he keeps the passports.", "Tiger"),
])
def test_nickname_after_call_him(text: str, name: str) -> None:
    assert name in _names(text)


def test_call_him_before_a_place_stays() -> None:
    assert _names("Workers call him from Dhaka every week.") == []


# 4. In an untimed chat where someone is named, a speaker that is also an ordinary word ("Rima", "Jewel") counts
#    when it speaks twice or is named in the text too; labels ("Date:", "Answer:") stay.
def test_chat_speaker_that_is_a_word() -> None:
    text = ("Rima: pay is late again\nShapla: same here\nRima: which week\nShapla: ask Jewel bhai\n"
            "Jewel: he is on leave\n(Screenshot of the WhatsApp chat.)")
    assert _names(text).count("Rima") == 2
    assert "Jewel" in _names(text)


@pytest.mark.parametrize("text", [
    "Chat log\nShapla: when is pay\nDate: 12 May\nDate: 13 May",
    "WhatsApp group\nQuestion: when is pay day\nAnswer: Friday\nQuestion: and overtime\nAnswer: next month",
])
def test_chat_labels_stay(text: str) -> None:
    assert all(n not in ("Date", "Question", "Answer") for n in _names(text))


# 5. Social security numbers after their fund's name (SSNIT) are IDs; the fund's name alone is not.
def test_ssnit_number() -> None:
    text = "SSNIT no. C019203847562"
    assert [text[s.start:s.end] for s in find_personal_data(text) if s.kind == "id_number"] == ["C019203847562"]
    assert find_personal_data("The SSNIT office in Accra opened in 2019.") == []
