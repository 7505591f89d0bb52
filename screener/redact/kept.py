"""Names of things that hold a personal name: streets ("Calle Benito Juárez", "Boulevard Valéry Giscard d'Estaing"),
companies ("Patel Brothers Tannery", "Ets. Kouassi & Fils", "Zhang's Family Ceramics Factory", "SCOOPS Brou Kouamé"),
job titles ("Remediation Lead") and provinces ("Prey Veng"). A candidate name inside one of them is dropped.

Used by screener/redact/names.py; the word lists are ``street_words``, ``company_tail_words`` and ``job_tail_words``
of ``name_parts`` in lexicons/redaction.yaml (read through screener/redact/patterns.py)."""
from __future__ import annotations

import re

from screener.redact.patterns import Rules, fold_name
from screener.redact.words import _plain_word

_PREV = re.compile(r"([^\W\d_]+\.?)[^\S\n\t]+$")  # never over a tab: "Rajesh Patel<tab>Patel Overseas" is two cells
# What may continue a capitalised run after a name: "'s", "&", "y", "et", "del", "de", "d'", then a capitalised word.
_NEXT = re.compile(r"(?:['’]s)?[^\S\n\t]*(?:(?:&|and|y|et|e|del|de la|de|du|des|d['’])[^\S\n\t]*)?"
                   r"((?:[A-ZÀ-ÖØ-Þ][\w.]*|\([A-Z][\w.]*\)))")


def _words_after(text: str, end: int, limit: int = 4) -> list[str]:
    out: list[str] = []
    pos = end
    while len(out) < limit and (m := _NEXT.match(text, pos)) is not None:
        out.append(m.group(1).strip("().,").lower())
        pos = m.end()
    return out


def inside_a_thing(text: str, start: int, end: int, r: Rules) -> bool:
    """True when the candidate name at ``start:end`` is part of a street, company, job title or province name."""
    words = text[start:end].split()
    first, last = words[0].rstrip(".").lower(), words[-1].rstrip(".,").lower()
    if first in r.street_words or last in r.job_tail_words \
            or any(w.rstrip(".,").lower() in r.company_tail_words for w in words[1:]):
        return True  # "Calle Benito Juárez", "Remediation Lead"
    prev = _PREV.search(text[max(0, start - 30):start])
    if prev and prev.group(1).rstrip(".") in r.not_names and prev.group(1)[0].isupper():  # a title: "Empaque Doña Chayo"
        prev = _PREV.search(text[max(0, start - 60):start - len(prev.group(0))])
    if prev and prev.group(1).endswith(".") and len(prev.group(1)) > 5:
        prev = None  # "... Chai Siam Recruitment. Somchai and": a sentence ended before the name
    if prev:
        p = prev.group(1).rstrip(".")
        low = p.lower()
        if p[0].isupper() and (low in r.street_words or low in r.company_tail_words or low in r.org_words
                               or (p.isupper() and len(p) > 3 and _plain_word(p.capitalize(), r))):
            return True  # "Rue Toussaint Louverture", "Ets. Kouassi", "Empaque Doña Chayo", "SCOOPS Brou Kouamé"
    after = _words_after(text, end)
    if any(w in r.company_tail_words or w in r.org_words or w.rstrip(".") in r.org_words for w in after if w):
        return True  # "Patel Brothers Tannery", "Kouassi & Fils", "Zhang's Family Ceramics Factory"
    return len(words) >= 2 and fold_name(" ".join(w.strip(".,") for w in words)) in r.subdivisions
