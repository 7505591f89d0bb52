"""Spans from the name tagger's word probabilities (screener/redact/tagger.py): a word whose probability reaches
the model's threshold starts a name, widened over neighbouring words that reach a lower bar (same line, spaces or
particles between), and over the "SURNAME," of a register before a given name. Each span carries its reason."""
from __future__ import annotations

from dataclasses import dataclass

from screener.redact.tagger import JOINERS, Model, Token, WordLists, load_model, runtime_lists, word_probabilities

JOIN_SHARE = 0.4  # a word beside a found name joins it at this share of the threshold


@dataclass(frozen=True)
class TaggedSpan:
    """A name found by the tagger, with the highest word probability and a reason a reviewer can read."""

    start: int
    end: int
    probability: float

    @property
    def reason(self) -> str:
        return f"name tagger, p={self.probability:.2f}"


def _surname_before(tokens: list[Token], i: int, lists: WordLists) -> bool:
    """True when "SURNAME," stands before token ``i``: a register's surname-first form ("GURUNG, Mina")."""
    if i < 2 or tokens[i - 1].text != "," or tokens[i].text.isupper():
        return False
    word = tokens[i - 2].text
    return (len(word) >= 3 and word.isalpha() and word.isupper()
            and not set(lists.kinds(word)) & {"common", "town", "place", "org", "notname", "role", "province"})


def tagged_spans(text: str, model: Model | None = None, lists: WordLists | None = None,
                 threshold: float | None = None) -> list[TaggedSpan]:
    """Name spans found by the model: a word whose probability reaches the threshold, widened over neighbouring
    words that reach a lower bar (same line, joined by spaces or particles such as "dos", "bin"), and over the
    "SURNAME," of a register before a given name."""
    model = model or load_model()
    lists = lists or runtime_lists()
    thr = model.threshold if threshold is None else threshold
    low = thr * JOIN_SHARE
    tokens, probs = word_probabilities(text, model, lists)
    out: list[TaggedSpan] = []
    n = len(tokens)
    done = -1
    for i in sorted(probs, key=lambda k: -probs[k]):
        if probs[i] < thr:
            break
        if i <= done and any(s.start <= tokens[i].start < s.end for s in out):
            continue
        a = b = i
        while True:  # widen to the left
            k = a - 1
            while k >= 0 and tokens[k].text.lower() in JOINERS and probs.get(k, 0.0) < low and a - k <= 2:
                k -= 1
            if k >= 0 and probs.get(k, 0.0) >= low and _same_line(text, tokens[k].end, tokens[a].start):
                a = k
                continue
            break
        while True:  # widen to the right
            k = b + 1
            while k < n and tokens[k].text.lower() in JOINERS and probs.get(k, 0.0) < low and k - b <= 2:
                k += 1
            if k < n and probs.get(k, 0.0) >= low and _same_line(text, tokens[b].end, tokens[k].start):
                b = k
                continue
            break
        start = tokens[a - 2].start if _surname_before(tokens, a, lists) else tokens[a].start
        end, best = tokens[b].end, probs[i]
        for s in [s for s in out if _joinable(text, s, start, end)]:
            out.remove(s)  # "MENSAH" and then ", Kwame": one name
            start, end, best = min(start, s.start), max(end, s.end), max(best, s.probability)
        out.append(TaggedSpan(start, end, round(best, 4)))
        done = max(done, b)
    return sorted(out, key=lambda s: s.start)


def _joinable(text: str, span: TaggedSpan, start: int, end: int) -> bool:
    """True when a found span and a new one overlap, touch across spaces, or make "SURNAME, Given" across a comma."""
    if span.start < end and start < span.end:
        return True
    (ls, le), (rs, re_) = sorted(((span.start, span.end), (start, end)))
    gap = text[le:rs]
    if not gap.strip(" "):
        return "\n" not in gap
    left, right = text[ls:le], text[rs:re_]
    return gap.strip(" ") == "," and " " not in left and left.isupper() and not right.split()[0].isupper()


def _same_line(text: str, end: int, start: int) -> bool:
    """True when only spaces, particles ("de", "bin") or a name's inner dot ("Vda.") stand between two words."""
    gap = text[end:start]
    return (gap.count(".") <= 1 and "\n" not in gap and "\t" not in gap
            and all(w.lower() in JOINERS for w in gap.replace(".", " ").split()))
