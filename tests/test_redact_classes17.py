"""Classes of redaction errors found on blind set 17 (invented examples, with hard negatives)."""
from __future__ import annotations

import pytest
from redaction_helpers import found as _spans

from screener.redact import find_personal_data
from screener.redact.mentions import mention_spans
from screener.redact.patterns import rules


def _names(text: str) -> list[str]:
    return _spans(text, "name")


# 1. "Surname, Given" in a register cell is one name, also when the passes found its halves apart or only one half.
@pytest.mark.parametrize("text,name", [
    ("Payroll\tName\tNet\nP-01\tHossain, Rakibul\tRM 1,200\nP-02\tMiah, Jubayer\tRM 1,150", "Miah, Jubayer"),
    ("Registre\nMAT-201\tKeita, Oumou\tapte\nMAT-202\tCoulibaly, Siaka\tapte", "Coulibaly, Siaka"),
    ("Lista\nQuispe, Eulogio\tcosechador\nMamani, Teodora\tcosechadora", "Mamani, Teodora"),
    ("Cuadrilla 3\nMorales, Fidelina\t22 años\nLeón, Aurelio\t31 años", "León, Aurelio"),
])
def test_register_cell_is_one_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text,kept", [
    ("Site list\nUnit 1\tDhaka, Bangladesh\t1,200 workers\nUnit 2\tChittagong, Bangladesh\t800 workers", "Dhaka, Bangladesh"),
    ("Staff table\nName, Position\tDepartment\nSupervisor, Cutting\tProduction", "Name, Position"),
    ("Fournisseurs\nDiallo & Fils SARL\tDakar, Sénégal\t12 ouvriers", "Dakar, Sénégal"),
])
def test_register_cell_of_places_or_headings_stays(text: str, kept: str) -> None:
    assert all(kept not in n for n in _names(text))


# 2. Initials keep their closing dot ("K.T." not "K.T"), also after a surname ("Keïta B.").
@pytest.mark.parametrize("text,name", [
    ("The worker asked to be named only as \"K.T.\" in the report.", "K.T."),
    ("Ch.\tOccupants\n4\tCamara, Keïta B.", "Keïta B."),
])
def test_initials_keep_their_dot(text: str, name: str) -> None:
    assert any(name in n for n in _names(text))


# 3. Lists of initials after a signing cue, dotted or not; listed acronyms stay.
@pytest.mark.parametrize("text,names", [
    ("The overtime sheet was initialled by RB, DK and TN for the week.", ["RB", "DK", "TN"]),
    ("Signatures on the leave forms: signed \"PK\", \"HSD\" and \"Jo\".", ["PK", "HSD", "Jo"]),
    ("Firmaron el acta J.R.C. y M.E.L. en nombre del sindicato.", ["J.R.C.", "M.E.L."]),
    ("Procès-verbal visé ; paraphes : S.D. et F.K.", ["S.D.", "F.K."]),
    ("The piece-rate card carries the initials DK only.", ["DK"]),
    ("Le registre distingue les deux sœurs par les initiales B.T., B.M. et B.S. seulement.", ["B.T.", "B.M.", "B.S."]),
    ("Émargement de la formation du 3 juin : A.D., K.F., M.S.", ["A.D.", "K.F.", "M.S."]),
])
def test_initials_after_a_signing_cue(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    "The CAP was signed by HR and the GM on 3 May.",
    "The contract was signed by ABC Ltd. last year.",
    "The policy was signed by the CEO; PPE and OT records were missing.",
    "Le plan a été signé par la DRH et le PDG.",
    "The U.S. and E.U. buyers signed the letter.",
    "Le directeur a signé le PAC au nom de la société.",
    "The manager signed the SOP yesterday.",
])
def test_acronyms_after_a_signing_cue_stay(text: str) -> None:
    assert _names(text) == []


# 4. Other mentions of a name found once: same spelling, standing alone.
@pytest.mark.parametrize("text,count", [
    ("The crew leader, known as Tiny, collects the fees. Tiny also keeps the passports.", 2),
    ("Le gardien, surnommé « le Muet », ne parle jamais. L'auditeur n'a pas pu voir le Muet.", 2),
    ("Los jornaleros llaman \"el Zurdo\" al capataz. Nadie denunció al Zurdo.", 2),
])
def test_other_mentions_of_a_found_name(text: str, count: int) -> None:
    assert len(_names(text)) == count, _names(text)


@pytest.mark.parametrize("text,kept", [
    ("The cook, known as Hope, runs the canteen. Hope Textiles Ltd pays her.", "Hope Textiles"),
    ("The night guard, known as Lahad, sleeps at the gate; the crew comes from Lahad, the town near Sandakan.",
     "Lahad, the town"),
])
def test_mentions_inside_a_company_or_at_a_place_stay(text: str, kept: str) -> None:
    k = text.rindex(kept.split(",")[0].split()[0])
    assert not any(s.start <= k < s.end for s in find_personal_data(text)), _names(text)


def test_mention_after_an_article_needs_an_article_on_the_found_name() -> None:
    text = "Paloma contó que la Paloma (una marca de jabón) se vende en la tienda."
    assert mention_spans(text, [(0, 6)], rules()) == []
    text = "Le vigile, surnommé « le Muet », dort au portail ; personne n'a interrogé le Muet."
    first = text.index("Muet")
    assert mention_spans(text, [(first, first + 4)], rules()) == [(text.rindex("Muet"), text.rindex("Muet") + 4)]


# 5. Names before a nickname noun ("X est le surnom", "X y Z son los apodos", "« X », surnom de").
@pytest.mark.parametrize("text,names", [
    ("Gros-Bras est le surnom du chef d'équipe de nuit.", ["Gros-Bras"]),
    ("Flaco, Güero y Trompas son los apodos de los tres choferes.", ["Flaco", "Güero", "Trompas"]),
    ("Elle a été hébergée par « Tantine », surnom de la logeuse.", ["Tantine"]),
    ("Stretch is the nickname of the tallest loader on the dock.", ["Stretch"]),
])
def test_names_before_a_nickname_noun(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    "Paris est le surnom donné au quartier nord.",
    "Name, Nickname and Age are the columns of the register.",
])
def test_places_and_headings_before_a_nickname_noun_stay(text: str) -> None:
    assert _names(text) == []


# 6. A listed nickname after an alias cue is a person even when a town has the same name ("conocido como Chato").
def test_listed_nickname_after_alias_cue_beats_gazetteer() -> None:
    assert "Chato" in _names("El chofer de la combi, conocido como Chato, cobra 30 pesos.")


# 7. Values of a column whose header names people ("Name", "Nickname", "Nom", "Apodo").
@pytest.mark.parametrize("text,names", [
    ("Hostel list\nRoom\tName\tNickname\nR1\tSok Dara\tPov\nR2\tChea Vanna\tNana", ["Pov", "Nana"]),
    ("Heures, semaine 12\nNom\tLun\tMar\nDiop\t10\t11\nNdour\t9\t12", ["Diop", "Ndour"]),
    ("Costos\nOrigen\tMonto\tReclutador\nHonduras\tUSD 900\tChepe Lara", ["Chepe Lara"]),
])
def test_values_of_a_name_column(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    "Agents\nCountry\tAgent\tFee\nNepal\tN/A\tUSD 1,200\nIndia\tGulf Recruiting Ltd\tUSD 900",
    "Heures\nNom\tTotal\nDakar\t12\nSénégal\t10\nVacant\t0",
])
def test_name_column_keeps_places_companies_and_blanks(text: str) -> None:
    assert _names(text) == []


# 8. Chat lines without timestamps in a text that says it is a chat.
@pytest.mark.parametrize("text,names", [
    ("Capture d'écran WhatsApp :\nFatim : ils ont pris nos passeports\nYacouba : on attend", ["Fatim", "Yacouba"]),
    ("Slack thread copied by HR:\nanna.k: payroll is late\nMark Ruiz: ok\nanna.k: thanks", ["anna.k", "Mark Ruiz"]),
])
def test_speakers_of_an_untimed_chat(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    "WhatsApp group rules\nQuestion: who pays the visa?\nAnswer: the employer\nNote: keep receipts",
    "Interview summary\nAnda: no answer\nHours: 12",
])
def test_headings_of_a_chat_or_a_form_stay(text: str) -> None:
    assert _names(text) == []


# 9. ID numbers written with a country or fund prefix, and a bank account in groups after country letters.
@pytest.mark.parametrize("text,number", [
    ("Lista\nJean, Wesner\tHaití\tHT-00412233", "HT-00412233"),
    ("Rôle d'équipage\nSarr, Ibou\tmatelot\tSN-DK-441203", "SN-DK-441203"),
    ("Her NHIF card reads NHIF-22019384.", "NHIF-22019384"),
    ("Virement sur le compte ML031 02201 003344556677 81 à la BDM.", "ML031 02201 003344556677 81"),
])
def test_prefixed_id_numbers(text: str, number: str) -> None:
    assert number in _spans(text, "id_number")


@pytest.mark.parametrize("text", [
    "Case CA-2026-0043 and grievance GRV-88 were closed; employee code EMP-04431.",
    "The site holds ISO 9001 2015 and BSCI 2024 reports; invoice PO-4411.",
])
def test_references_are_not_id_numbers(text: str) -> None:
    assert _spans(text, "id_number") == []


# 10. A month after a day number or before a year is a date, not the given name "Jan" or "June".
@pytest.mark.parametrize("text", [
    "Ledger\nDate\tCandidate\n03 Jan\tRam Thapa\n07 Jan\tHari Rai",
    "Paid in June 2026 and again on 4 June.",
])
def test_months_of_dates_stay(text: str) -> None:
    assert not any(n in ("Jan", "June") for n in _names(text))


def test_given_name_jan_still_counts() -> None:
    assert "Jan Kowalski" in _names("The driver Jan Kowalski kept the keys.")


# 11. A company tail word after a tab is the next cell, not part of the name before it.
def test_company_in_the_next_cell_does_not_hide_the_name() -> None:
    text = "Recruiters\nSunil Mehta\tMehta Overseas Consultants\t+91 22 4000 1000"
    assert "Sunil Mehta" in _names(text)
    assert not any("Consultants" in n for n in _names(text))


# 12. (round 2) Register cells with particles or capitals, initials as surnames ("VAN DER BERG, Pieter", "K.C., Dipendra").
@pytest.mark.parametrize("text,name", [
    ("Plantilla\nNavarro de la Peña, Luisa\tFijo\nDe los Ríos Soto, Juan Carlos\tTemporal", "De los Ríos Soto, Juan Carlos"),
    ("Crew\nVAN DEN BOS, Maarten\tDeckhand\nOkafor, Chinedu\tCook", "VAN DEN BOS, Maarten"),
    ("Fees\nGurung, Bir\t1,200\nK.C., Sabin\t1,350", "K.C., Sabin"),
])
def test_register_cells_with_particles(text: str, name: str) -> None:
    assert name in _names(text)


def test_comma_lines_of_name_and_department_stay_apart() -> None:
    found = _names("Worker list (extract):\nTran Van Hai, Welding\nLe Thi Hong, QC")
    assert not any("Welding" in n or "QC" in n for n in found), found


# 13. (round 2) A quoted nickname between the given name and the surname is one name; a Vietnamese middle name is
# never the last word; "Jr." keeps its dot.
@pytest.mark.parametrize("text,name", [
    ('The broker Arnel "Boy" Santos collected the fees in Batangas.', 'Arnel "Boy" Santos'),
    ('El enganchador Rubén "el Chino" Márquez llevó a los jornaleros.', 'Rubén "el Chino" Márquez'),
    ("Tran Van Lam and Pham Thi An were paid late.", "Pham Thi An"),
    ("The owner, Rajiv Menon Jr. of Kochi, denied it.", "Rajiv Menon Jr."),
])
def test_names_completed_in_the_middle_or_at_the_end(text: str, name: str) -> None:
    assert name in _names(text)


def test_quoted_brand_between_capitalised_words_stays() -> None:
    assert _names('The label "Blue Star" Textiles printed the tags.') == []


# 14. (round 2) A name set off by commas beside a role, or after a word of attribution.
@pytest.mark.parametrize("text,name", [
    ("The hostel warden, Odhiambo, locked the gate at ten.", "Odhiambo"),
    ("Ginette, la caissière, retenait les avances sur la paie.", "Ginette"),
    ("Selon Bakary, le chef d'équipe garde les passeports.", "Bakary"),
    ("According to Chidinma, the agent kept her phone.", "Chidinma"),
])
def test_names_beside_a_role_or_after_attribution(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "According to the ILO, forced labour indicators include debt bondage.",
    "Selon l'OIT, le travail forcé touche des millions de personnes.",
    "However, the supervisor said the gate stays open.",
    "En la granja de Huesca, el capataz cobra por la vivienda.",
])
def test_attribution_and_roles_without_a_name_stay(text: str) -> None:
    assert _names(text) == []


# 15. (round 2) Ordinary-word nicknames after an article, and initials under an "Initiales" column.
@pytest.mark.parametrize("text,name", [
    ("Dice que Fúnez y el Conejo revisan los teléfonos.", "Conejo"),
    ("Elle affirme que Rakoto et le Lapin fouillent les sacs.", "Lapin"),
    ("Entretiens\nN°\tInitiales\tÂge\n1\tR.T.\t31\n2\tFK\t26", "FK"),
])
def test_nicknames_and_initials_columns(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Ensuite, le comité a validé le plan.",
    "Pourtant, la direction a refusé.",
])
def test_sentence_connectors_are_not_names(text: str) -> None:
    assert _names(text) == []


# 16. (round 2) Letter closings and greetings, nationalities and job-title tails are never names.
@pytest.mark.parametrize("text,kept", [
    ("Cordialement, Yannick Morvan, Armement du Ponant.", "Cordialement"),
    ("Atentamente, Xosé Piñeiro.", "Atentamente"),
    ("Nino, a Georgian cleaner at the hotel, was recruited online.", "Georgian"),
    ("Ms Rahimova (Chief Accountant) denied the allegations.", "Accountant"),
    ("The letter was signed by the Deputy Commissioner.", "Deputy Commissioner"),
])
def test_closings_nationalities_and_titles_stay(text: str, kept: str) -> None:
    assert not any(kept in n for n in _names(text)), _names(text)
