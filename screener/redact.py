"""Personal-data redaction for snippets and exports: e-mails, phones, ID numbers and worker names.

Patterns live in ``lexicons/redaction.yaml``. ``redact_text`` replaces each found span with a placeholder such as
``[name]``; ``redact_evidence`` does the same for an Evidence sentence and keeps its match offsets consistent.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import yaml

from screener.models import Evidence

LEXICON_PATH = Path(__file__).resolve().parents[1] / "lexicons" / "redaction.yaml"

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_WORD_CAP = rf"[{_UPPER}][^\W\d_]*(?:(?:['’](?![sS]\b)|-)[^\W\d_]+)*"  # "O'Neill", not "Okonkwo's"
_INITIAL = rf"[{_UPPER}]\."
_PARTICLE = r"(?:de|del|de la|da|das|do|dos|van|von|der|le|la|bin|binti|al|el)"


@dataclass(frozen=True)
class RedactionSpan:
    """One stretch of text to hide: ``text[start:end]`` is personal data of the given kind."""

    start: int
    end: int
    kind: str  # email | phone | id_number | name


@dataclass(frozen=True)
class _Rules:
    version: str
    placeholders: dict[str, str]
    email: re.Pattern[str]
    phone: re.Pattern[str]
    phone_context: re.Pattern[str]
    phone_not: tuple[re.Pattern[str], ...]
    phone_digits: tuple[int, int, int, int]
    id_context: re.Pattern[str]
    id_min_digits: int
    id_standalone: tuple[re.Pattern[str], ...]
    name_after: re.Pattern[str]
    name_joined: re.Pattern[str]
    not_names: frozenset[str]
    role_words: frozenset[str]
    always: tuple[str, ...]


def _alternation(words: Sequence[str]) -> str:
    """Regex alternation of literal words, longest first so that "passport no" wins over "passport"."""
    return "|".join(re.escape(w) for w in sorted({str(w) for w in words}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    for section in ("phone", "id_numbers", "names"):
        for key, value in data[section].items():
            bad = [v for v in value if not isinstance(v, str)] if isinstance(value, list) else []
            if bad:  # YAML turns bare No/On/Yes into booleans: quote such words in the lexicon
                raise ValueError(f"{LEXICON_PATH.name}: {section}.{key} has non-text entries {bad!r}; quote them")
    ph, ids, names = data["phone"], data["id_numbers"], data["names"]
    titles = sorted({t.rstrip(".") for t in names["titles"]}, key=len, reverse=True)
    name_seq = (rf"{_WORD_CAP}(?:\s+(?:{_PARTICLE}\s+)?(?:{_INITIAL}|{_WORD_CAP}))*"
                rf"|{_INITIAL}(?:\s*{_WORD_CAP})+")
    title_alt = "|".join(re.escape(t) + (r"\." if len(t) == 1 else r"\.?") for t in titles)  # "M." needs its dot
    lead = (rf"(?:(?<![\w.])(?:{title_alt})\s+"
            rf"|(?P<role>(?i:(?<!\w)(?:{_alternation(names['roles'])})))[\s,:(“\"']{{1,3}}"
            rf"|(?i:(?<!\w)(?:{_alternation(names['introductions'])}))[\s,:“\"']{{1,3}})")
    return _Rules(
        version=str(data.get("version", "")),
        placeholders=dict(data["placeholders"]),
        email=re.compile(data["email"]),
        phone=re.compile(ph["candidate"]),
        phone_context=re.compile(rf"(?i:(?<!\w)(?:{_alternation(ph['context_words'])}))(?!\w)"),
        phone_not=tuple(re.compile(p) for p in ph["not_phone"]),
        phone_digits=(int(ph["min_digits_international"]), int(ph["min_digits_with_context"]),
                      int(ph["min_digits_plain"]), int(ph["max_digits"])),
        id_context=re.compile(rf"(?i:(?<!\w)(?:{_alternation(ids['context_words'])}))(?:(?<=\W)|(?!\w))"
                              rf"{ids['filler']}(?P<id>{ids['token']})"),
        id_min_digits=int(ids["min_digits"]),
        id_standalone=tuple(re.compile(p) for p in ids["standalone"]),
        name_after=re.compile(rf"{lead}(?P<name>{name_seq})"),
        name_joined=re.compile(rf"\s+(?:{_alternation(names['joiners'])})\s+(?P<name>{name_seq})"),
        not_names=frozenset(names["not_names"]) | frozenset(titles),
        role_words=frozenset(w.lower() for w in names["roles"]),
        always=tuple(str(n) for n in names.get("always") or ()),
    )


def redaction_edition() -> str:
    """Version of the redaction patterns, for the methodology record."""
    return _rules().version


def _phone_spans(text: str, r: _Rules) -> list[RedactionSpan]:
    out = []
    intl, ctx_min, plain_min, max_d = r.phone_digits
    for m in r.phone.finditer(text):
        raw = m.group(0).rstrip(" .-(")
        s = m.start()
        if raw.startswith("(") and ")" not in raw:
            raw, s = raw[1:], s + 1
        if any(p.match(raw.strip()) for p in r.phone_not):
            continue
        digits = sum(ch.isdigit() for ch in raw)
        has_ctx = bool(r.phone_context.search(text[max(0, s - 28):s]))
        international = raw.startswith("+") or raw.startswith("00")
        need = intl if international else (ctx_min if has_ctx else plain_min)
        if need <= digits <= max_d:
            out.append(RedactionSpan(s, s + len(raw), "phone"))
    return out


def _id_spans(text: str, r: _Rules) -> list[RedactionSpan]:
    out = []
    for m in r.id_context.finditer(text):
        token = m.group("id").rstrip(" .-/")
        if sum(ch.isdigit() for ch in token) >= r.id_min_digits:
            out.append(RedactionSpan(m.start("id"), m.start("id") + len(token), "id_number"))
    for pat in r.id_standalone:
        out.extend(RedactionSpan(m.start(), m.end(), "id_number") for m in pat.finditer(text))
    return out


def _trim_name(name: str, r: _Rules) -> str:
    """Cut a captured name at the first word that is not part of a name (e.g. "Maria Said")."""
    words = name.split()
    keep: list[str] = []
    for w in words:
        bare = w.rstrip(".,")
        if bare in r.not_names or (2 <= len(bare) <= 3 and bare.isupper()):  # "BDT", "HR", "NGO" are not names
            break
        keep.append(w)
    while keep and keep[-1].lower() in {"de", "del", "da", "das", "do", "dos", "van", "von", "der", "le", "la",
                                        "bin", "binti", "al", "el"}:
        keep.pop()
    if not keep:
        return ""
    return name[: name.index(keep[-1], sum(len(k) for k in keep[:-1])) + len(keep[-1])]


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;\"'“”(-–—\n"


def _name_spans(text: str, r: _Rules, names: Sequence[str]) -> list[RedactionSpan]:
    out = []
    pos, last = 0, -1
    while (m := r.name_after.search(text, pos)) is not None:
        if m.start() == last:
            pos = m.start() + 1
            continue
        last = m.start()
        if m.group("role") and m.group("role")[0].isupper() and not _sentence_start(text, m.start()):
            pos = m.start("name")  # "Cook Islands", "National Migrant Policy": a proper noun, not a role
            continue
        name = _trim_name(m.group("name"), r)
        if not name or (len(name) < 2 and not name.endswith(".")):
            pos = m.start("name")  # a rejected capture may still start a title ("supervisor, Mr. Tran")
            continue
        end = m.start("name") + len(name)
        next_word = re.match(r"[^\W\d_]+", text[end:].lstrip())
        if next_word and next_word.group(0).lower() in r.role_words:
            pos = end  # an adjective before a role word ("migrant Nepali workers"), not a name
            continue
        out.append(RedactionSpan(m.start("name"), end, "name"))
        pos = end
        joined = r.name_joined.match(text, end)  # "Esther and Ruth"
        if joined:
            second = _trim_name(joined.group("name"), r)
            if second:
                out.append(RedactionSpan(joined.start("name"), joined.start("name") + len(second), "name"))
                pos = joined.start("name") + len(second)
    for n in (*r.always, *names):
        n = str(n).strip()
        if n:
            out.extend(RedactionSpan(m.start(), m.end(), "name")
                       for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE))
    return out


def find_personal_data(text: str, names: Sequence[str] = ()) -> list[RedactionSpan]:
    """All spans of personal data in ``text``, sorted and merged so that none overlap."""
    if not text:
        return []
    r = _rules()
    spans = [RedactionSpan(m.start(), m.end(), "email") for m in r.email.finditer(text)]
    spans += _id_spans(text, r)
    spans += _phone_spans(text, r)
    spans += _name_spans(text, r, names)
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[RedactionSpan] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            if s.end > last.end:
                merged[-1] = RedactionSpan(last.start, s.end, last.kind)
        else:
            merged.append(s)
    return merged


def _replace(text: str, spans: list[RedactionSpan]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Apply the spans; return the new text and (old_start, old_end, new_start, new_end) per span."""
    ph = _rules().placeholders
    parts, moves, pos, shift = [], [], 0, 0
    for s in spans:
        rep = ph.get(s.kind, "[redacted]")
        parts.append(text[pos:s.start])
        parts.append(rep)
        moves.append((s.start, s.end, s.start + shift, s.start + shift + len(rep)))
        shift += len(rep) - (s.end - s.start)
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts), moves


def redact_text(text: str, names: Sequence[str] = ()) -> str:
    """``text`` with e-mails, phone numbers, ID numbers and revealed personal names replaced by placeholders."""
    if not text:
        return text
    return _replace(text, find_personal_data(text, names))[0]


def _map(pos: int, moves: list[tuple[int, int, int, int]], *, is_end: bool) -> int:
    shift = 0
    for old_s, old_e, new_s, new_e in moves:
        if is_end and old_s < pos <= old_e:
            return new_e
        if not is_end and old_s <= pos < old_e:
            return new_s
        if old_e <= pos:
            shift = new_e - old_e
    return pos + shift


def redact_evidence(ev: Evidence, names: Sequence[str] = ()) -> Evidence:
    """A copy of ``ev`` with personal data redacted in its sentence and match, offsets kept consistent.

    Afterwards ``sentence[start:end] == matched_text`` still holds; a match that overlapped redacted text is
    widened to cover the placeholder.
    """
    spans = find_personal_data(ev.sentence, names)
    if not spans:
        return ev
    sentence, moves = _replace(ev.sentence, spans)
    start = _map(ev.start, moves, is_end=False)
    end = max(start, _map(ev.end, moves, is_end=True))
    return dataclasses.replace(ev, sentence=sentence, start=start, end=end, matched_text=sentence[start:end])


@dataclass(frozen=True)
class RedactionScore:
    """Span-level recall and precision of the redactor on an annotated set."""

    snippets: int
    gold_spans: int
    found_spans: int  # gold spans fully covered by redaction
    predicted_spans: int
    correct_predictions: int  # predicted spans that overlap a gold span
    missed: tuple[tuple[str, str], ...]  # (snippet id, gold text) not fully covered
    spurious: tuple[tuple[str, str], ...]  # (snippet id, predicted text) overlapping no gold span

    @property
    def recall(self) -> float:
        return self.found_spans / self.gold_spans if self.gold_spans else 1.0

    @property
    def precision(self) -> float:
        return self.correct_predictions / self.predicted_spans if self.predicted_spans else 1.0


def evaluate_redaction(items: Sequence[dict[str, Any]]) -> RedactionScore:
    """Score ``find_personal_data`` on items ``{"id", "text", "spans": [{"start", "end", ...}]}``."""
    gold_n = found = pred_n = correct = 0
    missed: list[tuple[str, str]] = []
    spurious: list[tuple[str, str]] = []
    for item in items:
        text, gold = item["text"], [(int(s["start"]), int(s["end"])) for s in item["spans"]]
        pred = find_personal_data(text)
        covered = {i for p in pred for i in range(p.start, p.end)}
        gold_n += len(gold)
        pred_n += len(pred)
        for gs, ge in gold:
            if all(i in covered for i in range(gs, ge)):
                found += 1
            else:
                missed.append((str(item["id"]), text[gs:ge]))
        for p in pred:
            if any(p.start < ge and gs < p.end for gs, ge in gold):
                correct += 1
            else:
                spurious.append((str(item["id"]), text[p.start:p.end]))
    return RedactionScore(len(items), gold_n, found, pred_n, correct, tuple(missed), tuple(spurious))
