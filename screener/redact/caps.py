"""Names written in capitals: passport style ("MOSAMMAT REHANA KHATUN", "LI Jianguo", "KOFFI Akissi Pélagie"),
form fields ("Surname: RAI / Given names: KAMALA"), and later mentions of a surname already found ("KOFFI a dit").

Used by screener/redact/names.py. A run of capitals is a name when its words are listed name parts or words of no
dictionary, and it holds no ordinary word, acronym, organisation, role or place word ("CORRECTIVE ACTION PLAN",
"ILO", "BSCI" stay)."""
from __future__ import annotations

import re

from screener.redact.patterns import PARTICLES, Rules, fold_name
from screener.redact.words import _is_name_part, _is_place_or_country, _plain_word, _rare_word

_UP = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper() and c.isalpha())
_LO = "".join(c for c in map(chr, range(0x61, 0x2000)) if c.islower() and c.isalpha())
_CAPS_WORD = rf"[{_UP}]{{2,}}(?:['’-][{_UP}]+)*"
_TITLE_WORD = rf"[{_UP}][{_LO}]+(?:['’-][{_UP}]?[{_LO}]+)*"
_SP = r"[^\S\n]"
# Two to seven words in capitals, or one to three in capitals then one to three in title case ("TRẦN Văn Hùng").
CAPS_RUN = re.compile(rf"[{_UP}](?<![\w'’.-].)[{_UP}]+(?:['’-][{_UP}]+)*(?:{_SP}+{_CAPS_WORD}){{0,6}}"  # charset first: fast scan
                      rf"(?:{_SP}+{_TITLE_WORD}){{0,3}}(?![\w'’-])")
# Form labels before a name ("Surname: RAI", "name YOHANES MANEK", "Nom : KONE", "Passport holder: ...").
_LABEL = re.compile(r"(?i:(?:sur|given|family|first|last|full|middle|worker'?s?|employee'?s?|holder'?s?)[^\S\n]*names?"
                    r"|(?<![\w-])names?|(?<![\w-])nom(?:bre)?s?|pr[ée]noms?|apellidos?|nombres?|holder|titular|"
                    r"titulaire|bearer|employee|worker|trabajador(?:a)?|travailleur|travailleuse)"
                    r"[^\S\n]*(?:\(s\))?[^\S\n]*[:：]?[^\S\n]*$")
_VIET_MIDDLE = frozenset({"thi", "thị", "van", "văn"})
# An abbreviated given name before a name in capitals belongs to it: "MD. RAFIQUL ISLAM", "MST. NASIMA".
_ABBREVIATED_BEFORE = re.compile(r"(?<![\w.])(?:MD|MOHD|MUHD|MST|SK|Md|Mohd|Mst|Sk)\.[^\S\n]*$")
_VIET = frozenset({"thi", "thị", "van", "văn", "thu", "minh", "duc", "đức", "quang", "ngoc", "ngọc", "hong", "hồng"})


def _title(word: str) -> str:
    """"KHATUN" -> "Khatun", "OWUSU-ANSAH" -> "Owusu-Ansah", "N'DRI" -> "N'Dri"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


def _blocked(word: str, r: Rules) -> bool:
    """A word that ends a name: an organisation, role, title or stop word, a month, an ordinary word."""
    t = _title(word)
    low = t.lower()
    return (low in r.org_words or low in r.role_words or t in r.stop_words or t in r.not_names
            or low in r.place_words or (len(low) > 6 and low.startswith(r.org_prefixes))
            or (_plain_word(t, r) and not _is_name_part(t, r)))


def _hard_block(t: str, r: Rules) -> bool:
    low = t.lower()
    return (low in r.org_words or low in r.role_words or t in r.stop_words or t in r.not_names or low in r.place_words
            or (len(low) > 6 and low.startswith(r.org_prefixes)))


def _kind(word: str, r: Rules) -> str:
    """"listed" for a listed name part, "rare" for a word of no dictionary, "particle", "short" for an unlisted word
    in capitals of two or three letters ("OO", "MON", but also "BDT"), or "no"."""
    t = _title(word)
    low = t.lower()
    if not word.isupper() and len(low) <= 3 and not _is_name_part(t, r):
        return "no"  # "Tk 28,000"
    if low in PARTICLES or low in _VIET:
        return "particle"
    if _is_name_part(t, r) or any(_is_name_part(h, r) for h in t.split("-") if len(h) > 2):
        return "listed"
    if _blocked(word, r):
        return "plain" if _plain_word(t, r) and not _hard_block(t, r) else "no"
    if len(low) > 3 and _rare_word(t, r):
        return "rare"
    if len(low) <= 3:
        return "short" if re.search(r"[aeiouyàáâãèéêìíòóôõùúăơư]", fold_name(low)) else "no"  # not "FV"
    return "no" if _hard_block(t, r) else "plain"  # a proper noun of the dictionaries ("TOAN", "MAPUTO")


def _pieces(m: re.Match[str], r: Rules) -> list[list[tuple[str, int, int, str]]]:
    """Split a run at words that are never part of a name; each piece is (word, start, end, kind)."""
    pieces: list[list[tuple[str, int, int, str]]] = [[]]
    for w in re.finditer(r"\S+", m.group(0)):
        kind = _kind(w.group(0), r)
        if kind == "no":
            pieces.append([])
            continue
        pieces[-1].append((w.group(0), m.start() + w.start(), m.start() + w.end(), kind))
    out: list[list[tuple[str, int, int, str]]] = []
    text = m.string
    for whole in pieces:  # an ordinary word inside a name stays ("JOSÉ ANTONIO CABELLO RUIZ"); one at an edge ends it
        if any(w.lower() in _VIET_MIDDLE for w, _, _, _ in whole):  # "LÊ VĂN THẮNG", "TRẦN Văn Hùng": Vietnamese
            whole = [(w, s, e, "rare" if k == "plain" else k) for w, s, e, k in whole]
        cut: list[list[tuple[str, int, int, str]]] = [[]]
        for i, item in enumerate(whole):
            inner = 0 < i < len(whole) - 1 and sum(k == "listed" for _, _, _, k in whole) >= 2 \
                and sum(k == "plain" for _, _, _, k in whole) == 1
            if item[3] == "plain" and not inner:
                cut.append([])
            else:
                cut[-1].append(item)
        pieces_out = [c for c in cut if c]
        for piece in pieces_out:
            _keep(piece, text, out)
    return out


def _keep(piece: list[tuple[str, int, int, str]], text: str, out: list[list[tuple[str, int, int, str]]]) -> None:
    """Append ``piece`` to ``out`` without a trailing particle or currency, when it holds a word in capitals."""
    if piece:
        while piece and ((piece[-1][3] == "particle" and piece[-1][0].lower() in PARTICLES)
                         or (piece[-1][3] == "short" and re.match(r"[^\S\n]*\d", text[piece[-1][2]:piece[-1][2] + 3]))):
            piece.pop()  # "... KHATUN BDT 6 lakh": a currency before an amount
        if piece and any(w.isupper() for w, _, _, _ in piece):  # "PT Karya Mandiri": title case alone is not ours
            out.append(piece)


def _name_position(text: str, start: int, end: int) -> bool:
    """A cell, a line or list entry, a form field: where a table or a register puts a name."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    return (re.search(r"(?:^|\n|[|:;,•*]|\s[–—-])[^\S\n]*$", before) is not None and start > 0 or not before.strip()
            or re.match(r"[^\S\n]*(?:[|;(]|[–—-][^\S\n]|\n|$)", after) is not None)


def _verdict(piece: list[tuple[str, int, int, str]], text: str, r: Rules) -> bool:
    kinds = [k for _, _, _, k in piece]
    words = [w for w, _, _, _ in piece]
    core = [k for k in kinds if k not in ("particle", "plain")]
    start, end = piece[0][1], piece[-1][2]
    label = _LABEL.search(text[max(0, start - 40):start]) is not None
    if not core:
        return False
    if _is_place_or_country([_title(w) for w in words], r) or fold_name(" ".join(words)) in r.subdivisions:
        return False
    listed, rare, short = core.count("listed"), core.count("rare"), core.count("short")
    if len(words) == 1:
        return label and kinds[0] in ("listed", "rare")
    if short and short >= len(core) - 1 and not label and not (listed and "particle" in kinds):
        return False  # "HR OT", "ILO BSCI": acronyms
    if listed >= 1 and listed + rare >= 2:
        return True
    if listed + rare >= 1 and (label or _name_position(text, start, end)):
        return True
    return False


def caps_spans(text: str, r: Rules) -> list[tuple[int, int]]:
    """(start, end) of names written (partly) in capitals."""
    out: list[tuple[int, int]] = []
    for m in CAPS_RUN.finditer(text):
        if " " not in m.group(0) and not _LABEL.search(text[max(0, m.start() - 40):m.start()]):
            continue  # one word in capitals ("ILO", "USD") is a name only in a form field: skip the word tests
        for piece in _pieces(m, r):
            if _verdict(piece, text, r):
                lead = _ABBREVIATED_BEFORE.search(text, max(0, piece[0][1] - 8), piece[0][1])
                out.append((lead.start() if lead else piece[0][1], piece[-1][2]))
    return out


_MENTION = re.compile(r"(?<![\w'’.-])[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w'’-])")


def repeated_spans(text: str, found: list[tuple[int, int]], r: Rules) -> list[tuple[int, int]]:
    """Later mentions of a part of a name already found: "KOFFI Akissi Pélagie ... KOFFI a porté plainte",
    "Mina Bishwokarma ... Mina said". Only words that are no ordinary word, initial or particle."""
    parts: set[str] = set()
    for s, e in found:
        words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text[s:e])
        if len(words) < 2:
            continue
        for w in (words[0], words[-1]):
            if len(w) > 2 and w.lower() not in PARTICLES and not _plain_word(_title(w), r) \
                    and w not in r.not_names and w.lower() not in r.role_words:
                parts.add(w)
    if not any(text.count(p) > 1 for p in parts):
        return []  # no part of a name comes twice: nothing to scan for (the common case)
    return [(m.start(), m.end()) for m in _MENTION.finditer(text)
            if m.group(0) in parts and _alone(text, m.start(), m.end())]  # one precompiled scan: no regex per text


def _alone(text: str, start: int, end: int) -> bool:
    """True when no capitalised word touches the mention ("Grupo Hernández S.A." is a company)."""
    prev = re.search(r"([^\W\d_]+)[.,]?[^\S\n]+$", text[max(0, start - 30):start])
    nxt = re.match(r"[^\S\n]+(?:&[^\S\n]+)?([^\W\d_]+)", text[end:end + 30])
    return not ((prev and prev.group(1)[0].isupper()) or (nxt and nxt.group(1)[0].isupper()))
