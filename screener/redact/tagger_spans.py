"""Spans from the name tagger's word probabilities (screener/redact/tagger.py): a word whose probability reaches
the model's threshold starts a name, widened over neighbouring words that reach a lower bar (same line, spaces or
particles between), and over the "SURNAME," of a register before a given name. Each span carries its reason."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from screener.redact.tagger import JOINERS, Model, Token, WordLists, load_model, runtime_lists, word_probabilities

CHUNK = 2000  # characters the tagger reads at once
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
    if not (word.isalpha() and word.isupper()):
        return False
    kinds = set(lists.kinds(word))
    if len(word) == 2:  # "LE, Van Hung": a two-letter surname in capitals that is a listed name part
        return "part" in kinds and not kinds & {"town", "place", "org", "role", "province"}
    return len(word) >= 3 and not kinds & {"common", "town", "place", "org", "notname", "role", "province"}


def tagged_spans(text: str, model: Model | None = None, lists: WordLists | None = None,
                 threshold: float | None = None) -> list[TaggedSpan]:
    """Name spans found by the model, piece by piece on a long text (so that the work stays linear in its length)."""
    if len(text) <= CHUNK:
        return _spans(text, model, lists, threshold)
    out: list[TaggedSpan] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK)
        if end < len(text):  # cut after a line break, else after a space, else anywhere
            cut = max(text.rfind("\n", start + CHUNK // 2, end), text.rfind(" ", start + CHUNK // 2, end))
            end = cut + 1 if cut > start else end
        out += [TaggedSpan(s.start + start, s.end + start, s.probability)
                for s in _spans(text[start:end], model, lists, threshold)]
        start = end
    return out


def _spans(text: str, model: Model | None = None, lists: WordLists | None = None,
           threshold: float | None = None) -> list[TaggedSpan]:
    """Name spans found by the model: runs of words that reach a lower bar (same line, joined by spaces or
    particles such as "dos", "bin"), kept when their best word reaches the threshold, and widened over the "SURNAME,"
    of a register before a given name. One pass from left to right: linear in the length of the text."""
    model = model or load_model()
    lists = lists or runtime_lists()
    thr = model.threshold if threshold is None else threshold
    low = thr * JOIN_SHARE
    tokens, probs = word_probabilities(text, model, lists)
    out: list[TaggedSpan] = []
    run: list[int] = []
    for k in [*sorted(probs), -1]:  # -1 closes the last run
        if k >= 0 and probs[k] >= low and run and k - run[-1] <= 3 \
                and _same_line(text, tokens[run[-1]].end, tokens[k].start):
            run.append(k)
            continue
        if run and (best := max(probs[j] for j in run)) >= thr:
            while probs[run[0]] < thr and "common" in lists.kinds(tokens[run[0]].text):
                run.pop(0)  # "Malienne Kadiatou Sangaré": an ordinary word that only joined at the lower bar
            while probs[run[-1]] < thr and "common" in lists.kinds(tokens[run[-1]].text):
                run.pop()
            a = run[0]
            start = tokens[a - 2].start if _surname_before(tokens, a, lists) else tokens[a].start
            span = TaggedSpan(start, _before_possessive(text, start, _past_marks(text, tokens[run[-1]].end)),
                              round(best, 4))
            if out and _joinable(text, out[-1], span.start, span.end):
                last = out.pop()  # "MENSAH" and then ", Kwame": one name
                span = TaggedSpan(min(last.start, span.start), max(last.end, span.end),
                                  max(last.probability, span.probability))
            out.append(span)
        run = [k] if k >= 0 and probs[k] >= low else []
    return out


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


def _is_mark(ch: str) -> bool:
    """A combining vowel sign or diacritic (Thai, Bengali, Devanagari, Myanmar...): part of the word before it."""
    return unicodedata.category(ch) in ("Mn", "Mc")


def _past_marks(text: str, end: int) -> int:
    """``end`` moved past the combining marks that close a word ("ใจด" + "ี"): the tokenizer leaves them out."""
    while end < len(text) and _is_mark(text[end]):
        end += 1
    return end


def _before_possessive(text: str, start: int, end: int) -> int:
    """``end`` moved before a possessive ending or a contraction ("Bikash's" -> "Bikash", "It’s" -> "It")."""
    if end - start > 2 and text[end - 2:end] in ("'s", "’s"):
        return end - 2
    return end


def _same_line(text: str, end: int, start: int) -> bool:
    """True when only spaces, particles ("de", "bin"), a name's inner dot ("Vda.") or combining marks inside a word
    of an Indic or South-East Asian script ("রহ" + "ি" + "ম") stand between two words."""
    gap = text[end:start]
    if gap and all(_is_mark(ch) or ch == " " for ch in gap):
        return True
    return (gap.count(".") <= 1 and "\n" not in gap and "\t" not in gap
            and all(w.lower() in JOINERS for w in gap.replace(".", " ").split()))
