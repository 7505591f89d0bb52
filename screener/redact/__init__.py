"""Personal-data redaction for snippets and exports: e-mails, phones, ID numbers and worker names.

Patterns live in ``lexicons/redaction.yaml``; names are found by cue rules (screener/redact/names.py) and by a
statistical name tagger (screener/redact/tagger.py, model ``models/name_tagger.json``; SCREENER_NAME_TAGGER=0 turns
it off). Each span says why it was redacted (``RedactionSpan.reason``). ``redact_text`` replaces each found span with a placeholder such as
``[name]``; ``redact_evidence`` does the same for an Evidence sentence and keeps its match offsets consistent.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Sequence

from screener.contracts import Evidence
from screener.redact.appositions import apposition_role_spans
from screener.redact.chat import chat_speaker_spans
from screener.redact.initials import initials_spans
from screener.redact.coordinated import coordinated_name_spans
from screener.redact.joins import complete_names, date_words
from screener.redact.mentions import mention_spans
from screener.redact.name_columns import name_column_spans
from screener.redact.names import model_name_spans, name_spans
from screener.redact.nick_lists import nickname_list_spans
from screener.redact.patterns import Rules, rules
from screener.redact.scripts import script_name_spans
from screener.redact.table_ids import table_id_spans
from screener.redact.tagger import tagger_enabled
from screener.redact.tagger_spans import tagged_spans


_EMAIL_HINT = re.compile(r"@|[\[(]at[\])]")
_ESCAPED_BREAK = re.compile(r"\\n(?=[^\W\d_a-z]|[\d\t ]|$)")  # "\n" then a capital, a digit, a blank, the end


@dataclass(frozen=True)
class RedactionSpan:
    """One stretch of text to hide: ``text[start:end]`` is personal data of the given kind."""

    start: int
    end: int
    kind: str  # email | phone | id_number | name
    reason: str = ""  # why: "phone pattern", "name rule", "name tagger, p=0.93"


def redaction_edition() -> str:
    """Version of the redaction patterns, for the methodology record."""
    return rules().version


def _phone_spans(text: str, r: Rules) -> list[RedactionSpan]:
    out = []
    intl, ctx_min, plain_min, max_d = r.phone_digits
    for m in r.phone.finditer(text):
        raw = m.group(0).rstrip(" .-(")
        s = m.start()
        if raw.startswith("(") and ")" not in raw:
            raw, s = raw[1:], s + 1
        if any(p.match(raw.strip()) for p in r.phone_not) or r.phone_not_context.search(text[max(0, s - 20):s]):
            continue
        if r.phone_not_after is not None and r.phone_not_after.match(text, s + len(raw)):
            continue  # "+234 1 270 4455 (company switchboard)": the company's line
        digits = sum(ch.isdigit() for ch in raw)
        has_ctx = bool(r.phone_context.search(text[max(0, s - 28):s]))
        international = raw.startswith(("+", "00", "(+"))
        need = intl if international else (ctx_min if has_ctx else plain_min)
        if need <= digits <= max_d or (not international and not has_ctx and _local_phone(text, s, raw, digits, r)):
            out.append(RedactionSpan(s, s + len(raw), "phone", "phone pattern"))
    return out


def _local_phone(text: str, start: int, raw: str, digits: int, r: Rules) -> bool:
    """A short local number without a keyword ("6123 4567"): the right length and shape, and not a date, an amount
    after a currency or a quantity before a unit."""
    n, shapes, nots, not_before, not_after = r.phone_local
    if digits != n or not any(p.match(raw) for p in shapes) or any(p.match(raw) for p in nots):
        return False
    if not_before is not None and not_before.search(text[max(0, start - 8):start]):
        return False
    return not (not_after is not None and not_after.match(text[start + len(raw):start + len(raw) + 12]))


def _shape(token: str) -> str:
    """A number's shape, digits as 9: the next items of a list after a keyword must look like the first."""
    return "".join("9" if ch.isdigit() else ch for ch in token)


def _id_spans(text: str, r: Rules) -> list[RedactionSpan]:
    out = []
    for m in r.id_context.finditer(text):
        token = m.group("id").rstrip(" .-/")
        if sum(ch.isdigit() for ch in token) < r.id_min_digits:
            continue
        out.append(RedactionSpan(m.start("id"), m.start("id") + len(token), "id_number", "ID number after a keyword"))
        end, shape = m.start("id") + len(token), _shape(token)
        while (nxt := r.id_next.match(text, end)) is not None:  # "Seabook: TH-SB 0418823, TH-SB 0418830"
            token = nxt.group("id").rstrip(" .-/")
            if _shape(token) != shape:
                break
            out.append(RedactionSpan(nxt.start("id"), nxt.start("id") + len(token), "id_number",
                                     "ID number after a keyword"))
            end = nxt.start("id") + len(token)
    if r.id_any is not None and not r.id_any.search(text):
        return out
    not_before = r.id_not_before
    for pat in r.id_standalone:
        out.extend(RedactionSpan(m.start(), m.end(), "id_number", "ID number format") for m in pat.finditer(text)
                   if not_before is None or not not_before.search(text, max(0, m.start() - 32), m.start()))
    return out


def find_personal_data(text: str, names: Sequence[str] = ()) -> list[RedactionSpan]:
    """All spans of personal data in ``text``, sorted and merged so that none overlap."""
    if not text:
        return []
    r = rules()
    if "\\n" in text:  # an escaped line break left by an export ("...2024\\nSHAHANA AKTER |"): read as a line break
        text = _ESCAPED_BREAK.sub("\n ", text)  # same length: the offsets stay those of the original
    spans = ([RedactionSpan(m.start(), m.end(), "email", "e-mail pattern") for m in r.email.finditer(text)]
             if _EMAIL_HINT.search(text) else [])  # the e-mail pattern is slow on long words: only where one can be
    spans += _id_spans(text, r)
    spans += [RedactionSpan(s, e, "id_number", "ID number in an ID column") for s, e in table_id_spans(text)]
    spans += _phone_spans(text, r)
    spans += [RedactionSpan(s, e, "name", "name rule") for s, e in name_spans(text, r, names)]
    tagged = tagged_spans(text) if tagger_enabled() else []  # the tagger runs once per text; two steps read it
    if tagged:
        spans += [RedactionSpan(t.start, t.end, "name", t.reason) for t in model_name_spans(text, r, spans, tagged)]
    spans += [RedactionSpan(s, e, "name", "name in another script") for s, e in script_name_spans(text)]
    spans += [RedactionSpan(s, e, "name", "initials standing for a person") for s, e in initials_spans(text)]
    spans += [RedactionSpan(s, e, "name", "name in a name column") for s, e in name_column_spans(text, r)]
    spans += [RedactionSpan(s, e, "name", "name beside a role or after 'according to'")
              for s, e in apposition_role_spans(text, r)]
    spans += [RedactionSpan(s, e, "name", "speaker in a chat transcript") for s, e in chat_speaker_spans(text, r)]
    found = [(s.start, s.end) for s in spans if s.kind == "name"]
    spans += [RedactionSpan(s, e, "name", "nickname in a list of nicknames") for s, e in nickname_list_spans(text, r, found)]
    found = [(s.start, s.end) for s in spans if s.kind == "name"]
    spans += [RedactionSpan(s, e, "name", "name completed (initials, register cell, middle part)")
              for s, e in complete_names(text, found, r)]
    spans += [RedactionSpan(s, e, "name", "given name listed beside a name")
              for s, e in coordinated_name_spans(
                  text, [(s.start, s.end) for s in spans if s.kind == "name"], r, {(t.start, t.end) for t in tagged})]
    spans += [RedactionSpan(s, e, "name", "another mention of a name found in the text")
              for s, e in mention_spans(text, [(s.start, s.end) for s in spans if s.kind == "name"], r)]
    dates = date_words(text, [(s.start, s.end) for s in spans if s.kind == "name"])
    if dates:
        spans = [s for s in spans if s.kind != "name" or (s.start, s.end) not in dates]
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[RedactionSpan] = []
    for s in spans:
        if merged and s.start < merged[-1].end:
            last = merged[-1]
            if s.end > last.end:
                merged[-1] = RedactionSpan(last.start, s.end, last.kind, last.reason)
        else:
            merged.append(s)
    return merged


def _replace(text: str, spans: list[RedactionSpan]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Apply the spans; return the new text and (old_start, old_end, new_start, new_end) per span."""
    if not spans:
        return text, []  # the same string object: unchanged texts are not copied
    ph = rules().placeholders
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


CACHE_SIZE = 1 << 18  # distinct texts remembered: a large portfolio repeats the same sentences and reasons


@functools.lru_cache(maxsize=CACHE_SIZE)
def _redact_plain(text: str) -> str:
    return _replace(text, find_personal_data(text))[0]


def redact_text(text: str, names: Sequence[str] = ()) -> str:
    """``text`` with e-mails, phone numbers, ID numbers and revealed personal names replaced by placeholders.

    Without ``names`` each distinct text is redacted once per process and the result reused.
    """
    if not text:
        return text
    if not names:
        return _redact_plain(text)
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
    redacted = _redact_sentence(ev.sentence, ev.start, ev.end) if not names else \
        _redact_sentence.__wrapped__(ev.sentence, ev.start, ev.end, tuple(names))
    if redacted is None:
        return ev
    sentence, start, end = redacted
    return dataclasses.replace(ev, sentence=sentence, start=start, end=end, matched_text=sentence[start:end])


@functools.lru_cache(maxsize=CACHE_SIZE)
def _redact_sentence(sentence: str, start: int, end: int,
                     names: tuple[str, ...] = ()) -> tuple[str, int, int] | None:
    """(redacted sentence, new start, new end), or None when there is nothing to redact."""
    spans = find_personal_data(sentence, names)
    if not spans:
        return None
    text, moves = _replace(sentence, spans)
    new_start = _map(start, moves, is_end=False)
    return text, new_start, max(new_start, _map(end, moves, is_end=True))
