"""Spelled numbers for the numeric rules: "twelve hours a day", "doce horas diarias", "twenty-four" read as digits.

The rules read a sentence as its tokens' folded norms joined by single spaces; ``SpelledNumbers.digits`` gives the
same norms with each spelled number as its digits (a compound tens-and-units number as one, padded with empty norms so
that token positions stay put), and where in the joined text the spelled numbers start. The words and values come from
``lexicons/patterns/numeric.yaml`` (``spelled_words``, ``spelled_values``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SpelledReading:
    """The norms with spelled numbers as digits; ``at``: character offsets (in the norms joined by spaces) where a
    spelled number starts; ``not_age``: those of them that are not age words."""

    norms: list[str]
    at: set[int]
    not_age: set[int]


class SpelledNumbers:
    """The spelled numbers of one language (folded word -> digits), and the age words the age rules read already."""

    def __init__(self, values: dict[str, str], age_words: set[str] | frozenset[str] = frozenset()) -> None:
        self.values = values
        self.age_words = age_words

    def occurs_in(self, norms: list[str]) -> bool:
        """True when a norm of the sentence is a spelled number."""
        return not self.values.keys().isdisjoint(norms)

    def digits(self, norms: list[str]) -> SpelledReading:
        """The sentence's norms with spelled numbers as digits ("twenty - four" as "24" and two empty norms)."""
        values, out, at, not_age, pos, i = self.values, [], set(), set(), 0, 0
        while i < len(norms):
            n = norms[i]
            value = values.get(n)
            if value is None:
                out.append(n)
                pos += len(n) + 1
                i += 1
                continue
            parts = [value]
            if int(value) >= 20 and int(value) % 10 == 0:  # "twenty-four", "twenty four": one number
                j = i + 1 + (i + 1 < len(norms) and norms[i + 1] == "-")
                unit = values.get(norms[j]) if j < len(norms) else None
                if unit is not None and int(unit) < 10:
                    parts = [str(int(value) + int(unit))] + [""] * (j - i)
            at.add(pos)
            if n not in self.age_words:
                not_age.add(pos)
            for part in parts:
                out.append(part)
                pos += len(part) + 1
            i += len(parts)
        return SpelledReading(out, at, not_age)


def unmarked_clock(m: re.Match, at: set[int], text: str, am_words: re.Pattern, hour_words: re.Pattern,
                   hours_follow: re.Pattern) -> bool:
    """True when a clock-time match reads a spelled number (starting at one of ``at``) that no hour, am/pm or
    midnight word marks as a time of day ("hasta cuatro latas" is a count)."""
    groups = [g for g in ("a", "b") if g in m.re.groupindex and m.group(g)]
    if not any(m.start(g) in at for g in groups):
        return False
    g = m.groupdict()
    if g.get("pa") or g.get("pb") or g.get("mid") or am_words.search(m.group(0)):
        return False
    return not (hour_words.search(m.group(0)) or hours_follow.match(text, m.end()))
