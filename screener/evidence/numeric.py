"""Numeric rules: hours per day or week, long daily spans, consecutive days without rest, and ages of workers.

Numbers are compared as numbers ("48 hours per week" never matches "80 hours"). The rules run on the folded,
OCR-repaired token norms, so "sernaines de 78 heures" is read as "semaines de 78 heures". Unit words and
thresholds come from ``lexicons/patterns/numeric.yaml``.
"""
from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass

from spacy.attrs import LEMMA, NORM
from spacy.tokens import Doc

from screener.evidence.spelled_numbers import SpelledNumbers, unmarked_clock
from screener.evidence.textnorm import fold
from screener.lexicon import NumericRules

_DIGIT = re.compile(r"\d")
_UNIT = {"d": "day", "w": "week", "m": "month"}
_N = r"(\d{1,3}(?:[.,]\d)?)"
_TIME = r"(\d{1,2})(?:\s*[:h.]\s*(\d{2}))?"

# a number that goes on as a count or share ("2 500", "2,500", "30 %"): not a clock time
_COUNT_GOES_ON = re.compile(r"[ \u00a0.,]\d{3}\b|\s*%")
_HOURS_FOLLOW = re.compile(r"\s*(?:h|hrs?|hours?|horas?|heures?)\b")  # "up to 60 hours": a duration, kept


def _time(name: str, hours: str = "") -> str:
    """A clock time ("7", "7:30", "7 h 30"); with ``hours``, an hour word may follow it ("de 7 heures a 22 heures")."""
    after = rf"(?:\s+{hours}\b(?!\s*\d))?" if hours else ""
    return rf"(?P<{name}>\d{{1,2}})(?:\s*[:h.]\s*\d{{2}})?{after}"


@dataclass(frozen=True)
class NumericHit:
    """One numeric finding: indicator, token span and the rule that fired."""

    indicator: str
    start: int  # token index
    end: int
    rule: str
    score: float


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "(?:" + "|".join(sorted((re.escape(fold(w)) for w in words), key=len, reverse=True)) + ")"


def _tok(words: tuple[str, ...] | list[str], end: bool, boundary: bool = False) -> str:
    """Alternatives for a token-level test: a one-word form (followed by ``\b`` when ``boundary``; it must end
    the token when ``end``), or the first word of a longer form, which must end the token."""
    alts = set()
    for w in words:
        parts = fold(w).split()
        if len(parts) > 1:
            alts.add(re.escape(parts[0]) + "$")
        else:
            alts.add(re.escape(parts[0]) + ("$" if end else r"\b" if boundary else ""))
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def words_of(norm_lemma: list[list[int]], strings) -> set[str]:
    """The norms and lemmas of a sentence's tokens."""
    return {strings[n] for n, _ in norm_lemma} | {strings[m] for _, m in norm_lemma}


class NumericRuleSet:
    """Compiled numeric rules of one language."""

    def __init__(self, rules: NumericRules, ref_year: int | None = None) -> None:
        # a birth year is compared with the latest later year in its sentence (the audit or interview date),
        # else with this year
        self.ref_year = ref_year or datetime.date.today().year
        w, t = rules.words, rules.thresholds
        self.day_max, self.week_max = t.get("hours_per_day_max", 12), t.get("hours_per_week_max", 60)
        self.month_max = t.get("hours_per_month_max", 260)
        self.ot_max = {"d": t.get("overtime_per_day_max", 3), "w": t.get("overtime_per_week_max", 12),
                       "m": t.get("overtime_per_month_max", 36)}
        self.rest_month_min = t.get("rest_days_per_month_min", 4)
        self.days_week_max = t.get("working_days_per_week_max", 6)
        self.ot_words = re.compile(rf"\b{_alt(w['overtime'])}\b") if w.get("overtime") else None
        self.rest_words = re.compile(rf"\b{_alt(w['rest'])}\b") if w.get("rest") else None
        # "a las 19 horas", "vers 23 heures", "at 19 hours": a clock time, which the hours rules do not read as a duration
        self.clock_before = re.compile(rf"(?:^|\s)(?:{_alt(w['clock_before'])})\s+$") if w.get("clock_before") else None
        # "jornadas que superan las 20 horas": after a verb of reaching or exceeding, "las N horas" is a duration
        self.duration_before = re.compile(rf"(?:^|\s){_alt(w['duration_verbs'])}\s+(?:\S+\s+){{0,2}}$") \
            if w.get("duration_verbs") else None

        self.child_age, self.young_age = t.get("child_age_below", 15), t.get("young_worker_age_below", 18)
        self.rest_days = t.get("consecutive_days_max", 6)
        self.late_hour = t.get("late_hour_from", 22)
        hours, day, week = _alt(w["hour"]), _alt(w["day"]), _alt(w["week"])
        month = _alt(w["month"]) if w.get("month") else "(?!x)x"
        # spelled counts of days ("one day off a month", "seven days a week"), with their values
        self.values = {fold(k): float(v) for k, v in zip(w.get("count_words", ()), w.get("count_values", ()))}
        # spelled numbers ("twelve hours a day", "doce horas diarias", "quatorze heures"): read as their digits
        self.spelled = SpelledNumbers({fold(k): str(v) for k, v in zip(w.get("spelled_words", ()), w.get("spelled_values", ()))},
                                      frozenset(fold(x) for x in w.get("age_words", ())))
        words_n = _alt(list(self.values)) if self.values else r"(?!x)x"
        count = rf"(?P<n>\d{{1,2}}|{words_n})"
        link, rng = _alt(w.get("per", ["per"])), _alt(w["range"])
        unit = rf"(?:(?P<d>{day})|(?P<w>{week})|(?P<m>{month}))"
        ot = rf"(?:{_alt(w['overtime'])}\s+)?" if w.get("overtime") else ""
        # "80 to 100 overtime hours a month": an overtime word may sit between the number and the hour word
        self.per_after = re.compile(rf"\b{_N}(?:\s*(?:-|{rng})\s*{_N})?(?:\s*\+)?\s*-?\s*{ot}{hours}\b(?:\s+\S+){{0,3}}?\s+(?:{link}\s+)?{unit}\b")
        # "working hours > 72 / week": the hour word first, then the number and its unit
        self.hours_then_rate = re.compile(rf"\b{hours}\s+(?:\S+\s+){{0,2}}?{_N}\s+(?:{link}\s+){unit}\b")
        # "exceeded 36 h of OT a month", "more than 60 hours a week": the number itself is already over the limit
        self.above = re.compile(rf"(?:^|\s)(?:{_alt(w['above'])})\s*$") if w.get("above") else None
        # "jornada de 44 horas semanales": a unit word after the hours names the unit instead
        self.per_before = re.compile(rf"\b{unit}\s+(?:\S+\s+){{0,3}}?{_N}(?:\s*(?:-|{rng})\s*{_N})?\s*-?\s*{hours}\b(?!\s+(?:{link}\s+)?(?:{day}|{week}|{month})\b)")
        # "weekly working hours averaged 72": the unit first, the number after it
        self.hours_stated = re.compile(rf"\b{unit}\s+(?:\S+\s+){{0,2}}?{hours}\s+(?:\S+\s+){{0,2}}?{_N}\b(?!\s*[%/.,]?\d)(?!\s*%)(?!\s*(?:{hours}|{day}|{week}|{month})\b)")
        # rest days: "1 day off in a month", "only two rest days a month"; working days: "7 days a week"
        rest = _alt(w["rest"]) if w.get("rest") else r"(?!x)x"
        self.rest_month = re.compile(rf"\b{count}\s+(?:{rest}\s+{day}|{day}\s+{rest}(?:\s+{day})?)\s+(?:\S+\s+){{0,3}}?{month}\b")
        self.days_week = re.compile(rf"\b{count}\s+{day}\s+(?:{link}\s+)?{week}\b")
        born = _alt(w["born"]) if w.get("born") else r"(?!x)x"
        self.birth = re.compile(rf"\b{born}\s+(?:\S+\s+){{0,3}}?(?P<y>(?:19|20)\d\d)\b")
        self.year = re.compile(r"\b(?:19|20)\d\d\b")
        before = _alt(w.get("consecutive_before", ["consecutive"]))
        self.consecutive = re.compile(rf"\b(\d{{1,3}})\s+(?:{before}\s+{day}|{day}\s+{_alt(w['consecutive_after'])})\b")
        self.occupancy = re.compile(rf"\b(\d{{1,3}})\s+{_alt(w['people'])}\s+(?:{_alt(w['per_room'])})\s+{_alt(w['room'])}\b"
                                    rf"|\b{_alt(w['room'])}\s+(?:\S+\s+){{0,6}}?{_alt(w['houses'])}\s+(\d{{1,3}})\b")
        self.room_max = t.get("people_per_room_max", 8)
        pm, am = _alt(w.get("pm", ["pm"])), _alt(w.get("am", ["am"]))
        self.am_words = re.compile(rf"\b{am}\b")
        mid = _alt(w["midnight"])
        self.span = re.compile(rf"\b{_alt(w['from'])}\s+{_time('a', hours)}(?:\s+(?P<pa>{pm})|\s+{am})?\s*(?:{_alt(w['to'])})\s+"
                               rf"(?:{_time('b', hours)}(?:\s+(?P<pb>{pm})|\s+{am})?|(?P<mid>{mid}))\b")
        # 2026.12.9: a bare span of two marked clock times, as in table rows ("6h-18h", "08:00-22:30", "7:00 a 23:00")
        mark = r"\s*(?::\s*\d{2}|h\b(?:\s*\d{2}\b)?)"
        self.bare_span = re.compile(rf"(?<![\d/.,:])\b(?P<a>\d{{1,2}}){mark}\s*(?:-|{_alt(w['to'])})\s*(?P<b>\d{{1,2}}){mark}(?!\s*[/\d])")
        # rest days against a stated period: "1 rest day in 20 days", "2 jours de repos sur 31" (fewer than one in seven)
        rest_in = _alt(w["rest_in"]) if w.get("rest_in") else r"(?!x)x"
        # "only two hours of sleep a night", "dormían apenas cuatro horas": too little sleep is excessive hours
        self.sleep_max = t.get("sleep_hours_max", 0)
        sleep = _alt(w["sleep"]) if w.get("sleep") else r"(?!x)x"
        self.sleep = re.compile(rf"\b{_N}\s*-?\s*{hours}\s+(?:\S+\s+)?{sleep}\b|\b{sleep}\s+(?:\S+\s+){{0,3}}?{_N}\s*-?\s*{hours}\b")
        self.rest_period = re.compile(rf"\b{count}\s+(?:{rest}\s+{day}|{day}\s+{rest})\s+{rest_in}\s+(?P<p>\d{{1,3}})\b(?!\s*(?:{hours}|{week}|{month})\b)")
        self.until = re.compile(rf"\b{_alt(w['until'])}\s+(?:{_time('a')}(?:\s+(?P<pa>{pm})|\s+{am})?|(?P<mid>{mid}))\b")
        # "started at 6 and finished at 21 h": a start verb, its clock time, then an end verb and its clock time
        self.start_end = re.compile(
            rf"\b{_alt(w['start'])}\s+(?:\S+\s+){{0,4}}?{_time('a')}(?:\s+{hours})?(?:\s+(?P<pa>{pm})|\s+{am})?\s+"
            rf"(?:\S+\s+){{0,5}}?{_alt(w['end'])}\s+(?:\S+\s+){{0,3}}?"
            rf"(?:{_time('b')}(?:\s+{hours})?(?:\s+(?P<pb>{pm})|\s+{am})?|(?P<mid>{mid}))\b"
        ) if w.get("start") and w.get("end") else None
        self.pre_start = re.compile(rf"\b{_alt(w['start'])}\s") if self.start_end is not None else None
        # ages spelled out ("a seven-year-old", "at the age of eight"): numeric.yaml age_words with age_values
        self.age_values = {fold(k): int(v) for k, v in zip(w.get("age_words", ()), w.get("age_values", ()))}
        age_n = rf"(\d{{1,2}}|{_alt(list(self.age_values))})" if self.age_values else r"(\d{1,2})"
        self.age_exact = re.compile(rf"\b(?:{_alt(w['age_before'])})\s+(?:(?:of|de|about|around|approximately|entre|environ|unos|alrededor|only|just|barely|apenas|solo|seulement)\s+){{0,2}}{age_n}\b(?![.,]\d|\s\d{{3}}\b)(?:\s*(?:-|{rng})\s*(\d{{1,2}}))?|\b{age_n}(?:\s*(?:-|{rng})\s*(\d{{1,2}}))?\s*-?\s*{_alt(w['age_after'])}\b")
        self.age_under = re.compile(rf"\b{_alt(w['under'])}\s+(?:the\s+age\s+of\s+)?(\d{{1,2}})\b(?![.,]\d|\s\d{{3}}\b)")
        # necessary substrings of the rules above (each rule's text contains one), to skip a rule cheaply
        self.pre_hours = re.compile(rf"[\d\s+-]{hours}\b")
        self.pre_month = re.compile(rf"\s{month}\b|\s{week}\b")
        self.pre_born = re.compile(rf"\b{born}\s")
        self.pre_day = re.compile(rf"\s{day}")
        self.pre_room = re.compile(rf"\b{_alt(w['room'])}")
        self.pre_span = re.compile(rf"\b{_alt(w['from'])}\s+\d")
        self.pre_bare = re.compile(r"\d\s*(?::\s*\d{2}|h\b)")
        self.pre_until = re.compile(rf"\b{_alt(w['until'])}\s")
        self.pre_age = re.compile(rf"\b{_alt(w['age_before'])}\s|{_alt(w['age_after'])}\b")
        self.pre_under = re.compile(rf"\b{_alt(w['under'])}\s")
        # the same, read on one token at a time (no token holds whitespace, so "\s" before or after a word
        # means the word starts or ends a token): a sentence none of whose tokens passes cannot match any rule
        token_rx = [rf"(?:^|[\d+-]){_tok(w['hour'], False, True)}", rf"^{_tok(w['day'], False)}",
                    rf"\b{_tok(w['room'], False)}", rf"\b{_tok(w['from'], True)}", rf"\b{_tok(w['until'], True)}",
                    rf"\b{_tok(w['age_before'], True)}", _tok(w["age_after"], False), rf"\b{_tok(w['under'], True)}"]
        for key in ("month", "born"):
            if w.get(key):
                token_rx.append(rf"^{_tok(w[key], True)}")
        if w.get("week"):
            token_rx.append(rf"^{_tok(w['week'], True)}")
        token_rx.append(r"^\d{1,2}(?::\d{2}|h)")  # a clock time ("08:00", "6h"): the bare spans read it
        if [x for x in w.get("rest", ()) if " " not in x]:
            token_rx.append(rf"^{_tok([x for x in w['rest'] if ' ' not in x], True)}")
        self.token_pre = re.compile("|".join(f"(?:{r})" for r in token_rx))
        self._token_ok: dict[int, bool] = {}
        self.work = set(fold(x) for x in w["work"])
        self.schedule = set(fold(x) for x in w.get("schedule", ()))  # words naming working time ("horario", "shift")
        self.child = set(fold(x) for x in w["child"])
        self.hazard = set(fold(x) for x in w["hazard"])
        self.not_before = set(fold(x) for x in w["not_before_age"])
        # words before "N years" that make it a duration ("depuis 8 ans", "desde hace 8 anos"), not an age
        self.not_before_duration = set(fold(x) for x in w.get("not_before_duration", ()))
        # words after an age-like number that make it money, time or seniority ("menos de 10 dolares", "13 anos de antiguedad")
        self.not_after_age = set(fold(x) for x in w.get("not_after_age", ()))
        self.not_after_span = set(fold(x) for x in w.get("not_after_span", ()))  # "de 5 a 17 anos": ages, not clock times
        self.open_words = set(fold(x) for x in w.get("open_words", ()))  # opening hours are no working day
        trig = ("hour", "week", "month", "born", "age_before", "age_after", "consecutive_before", "consecutive_after", "until",
                "midnight", "under", "people", "room", "pm", "am", "schedule", "rest")
        # month and week words: with them a spelled count may be a rule's number ("one day off a month")
        self.spelled_triggers = {fold(t) for k in ("month", "week") for x in w.get(k, ()) for t in x.split()
                                 } if self.values else set()
        if w.get("age_words"):  # a spelled age ("a seven-year-old") is a number the age rules read
            self.spelled_triggers |= {fold(t) for t in w["age_words"]}
        self.spelled_triggers |= set(self.spelled.values)  # a spelled number is read as its digits
        self.triggers = {fold(t) for k in trig for x in w.get(k, ()) for t in x.split()} - {
            "-", "a", "de", "of", "la", "du", "in", "the", "at", "l'"}

    def _hours(self, m: re.Match, out: list[tuple[str, int, int, str, float]], text: str,
               total: bool = False, clocks: bool = False) -> None:
        """Excessive hours from one match; ``total``: the hour word opens the match ("working hours of 72 per
        week"), so the number is total hours even when overtime is named nearby ("including overtime");
        ``clocks``: a number right after a clock word ("a las 19 horas") is a time of day, not hours worked."""
        idx = [i for i in range(1, (m.re.groups or 0) + 1)
               if m.group(i) and re.fullmatch(r"\d{1,3}(?:[.,]\d)?", m.group(i))
               and not (clocks and self.clock_before is not None and m.group(i) != "24"  # "las 24 horas del día": round the clock
                        and self.clock_before.search(text, max(0, m.start(i) - 16), m.start(i))
                        and not (self.duration_before is not None
                                 and self.duration_before.search(text, max(0, m.start(i) - 40), m.start(i))))]
        nums = [m.group(i) for i in idx]
        if not nums:
            return  # no number, or only clock times ("el turno termina a las 19 horas")
        val = max(_num(n) for n in nums)
        unit = "d" if m.group("d") else "w" if m.group("w") else "m" if m.group("m") else ""
        if not unit or (self.rest_words is not None and self.rest_words.search(m.group(0))):
            return  # "77 hours of rest a week" states rest, not work
        first = min(m.start(i) for i in idx)
        over = self.above is not None and self.above.search(text, max(0, first - 25), first) is not None
        if not total and self.ot_words is not None and self.ot_words.search(text, max(0, m.start() - 40), m.end() + 25):
            if val > self.ot_max[unit] or (val == self.ot_max[unit] and over):  # stated as overtime: "OT of 80 hours a month", "4 hours overtime a day"
                out.append(("excessive_overtime", m.start(), m.end(), f"overtime_per_{_UNIT[unit]}", 0.9))
            return
        limit = {"d": self.day_max, "w": self.week_max, "m": self.month_max}[unit]
        if val > limit or (val == limit and over):
            out.append(("excessive_overtime", m.start(), m.end(), f"hours_per_{_UNIT[unit]}", 0.95))

    def _count(self, s: str) -> float | None:
        if s.isdigit():
            return float(s)
        return self.values.get(s)

    def _clock(self, h: str | None, mid: str | None, pm: str | None = None) -> float | None:
        if mid:
            return 24.0
        if h is None:
            return None
        return float(h) + 12 if pm and float(h) < 12 else float(h)

    def find(self, doc: Doc, present: set[str] | None = None) -> list[NumericHit]:
        """Numeric findings in one sentence doc (NORM must be set); ``present``: its norms, to skip early."""
        if present is not None and present.isdisjoint(self.triggers):
            return []
        # hashes from one array: far cheaper than a Token object per token
        return self.find_in(doc.to_array([NORM, LEMMA]).tolist(), doc.vocab.strings)

    def may_match(self, norm_lemma: list[list[int]], strings) -> bool:
        """False when no token of the sentence has a unit word a rule needs (then ``find_in`` finds nothing)."""
        ok = self._token_ok
        for n, _ in norm_lemma:
            hit = ok.get(n)
            if hit is None:
                hit = ok[n] = self.token_pre.search(strings[n]) is not None
            if hit:
                return True
        return False

    def find_in(self, norm_lemma: list[list[int]], strings) -> list[NumericHit]:
        """Numeric findings of a sentence given as its tokens' [NORM, LEMMA] hashes (token indices from 0)."""
        norms = [strings[n] for n, _ in norm_lemma]
        spelled_at: set[int] = set()  # where a number was spelled; not_age: those other than the age words
        not_age: set[int] = set()
        if self.spelled.occurs_in(norms):
            reading = self.spelled.digits(norms)
            norms, spelled_at, not_age = reading.norms, reading.at, reading.not_age
        text = " ".join(norms)
        has_digit = _DIGIT.search(text) is not None
        age = self.pre_age.search(text)
        spelled_age = not has_digit and bool(self.age_values) and age is not None
        if not has_digit and not (self.values and self.pre_month.search(text)) and not spelled_age:
            return []  # every rule reads a number (rest and working days, and ages, may spell it)
        span, until = self.pre_span.search(text), self.pre_until.search(text)
        bare = self.pre_bare.search(text)
        starts = self.pre_start is not None and self.pre_start.search(text) is not None
        under = self.pre_under.search(text)
        words = set(norms) | {strings[m] for _, m in norm_lemma} if span or until or age or under or starts or bare else set()
        raw: list[tuple[str, int, int, str, float]] = []
        if self.pre_month.search(text):
            for m in self.rest_month.finditer(text):
                n = self._count(m.group("n"))
                if n is not None and n < self.rest_month_min:
                    raw.append(("excessive_overtime", m.start(), m.end(), "rest_days_per_month", 0.9))
            for m in self.days_week.finditer(text):
                n = self._count(m.group("n"))
                if n is not None and self.days_week_max < n <= 7:
                    raw.append(("excessive_overtime", m.start(), m.end(), "days_per_week", 0.85))
        for m in (self.rest_period.finditer(text) if has_digit and self.pre_day.search(text) else ()):
            n, p = self._count(m.group("n")), int(m.group("p"))
            if n is not None and 7 <= p <= 366 and n * 7 < p:
                raw.append(("excessive_overtime", m.start(), m.end(), "rest_days_in_period", 0.85))
        if not has_digit:
            if spelled_age:
                self._ages(text, words, age, None, raw)
            return self._to_hits(raw, norms)
        if self.pre_born.search(text):
            years = [int(y) for y in self.year.findall(text)]
            for m in self.birth.finditer(text):
                born = int(m.group("y"))
                ref = max([y for y in years if y > born] or [self.ref_year])
                if 0 < ref - born < self.child_age or (0 < ref - born < self.young_age and words_of(norm_lemma, strings) & self.hazard):
                    raw.append(("child_labour", m.start(), m.end(), "birth_year", 0.85))
        if self.pre_hours.search(text):
            for m in (self.sleep.finditer(text) if self.sleep_max else ()):
                if 0 < _num(m.group(1) or m.group(2)) <= self.sleep_max:
                    raw.append(("excessive_overtime", m.start(), m.end(), "short_sleep", 0.85))
            for rx in (self.per_after, self.per_before, self.hours_stated, self.hours_then_rate):
                for m in rx.finditer(text):
                    total = rx is self.hours_then_rate and not (  # "OT hours > 40/month" is overtime
                        self.ot_words is not None and self.ot_words.search(text, max(0, m.start() - 12), m.start()))
                    self._hours(m, raw, text, total=total,  # "N hours a day" is a duration even after "at"
                                clocks=rx is self.per_before or rx is self.hours_stated)
        for m in (self.consecutive.finditer(text) if self.pre_day.search(text) else ()):
            if int(m.group(1)) > self.rest_days:
                raw.append(("excessive_overtime", m.start(), m.end(), "consecutive_days", 0.9))
        if words & (self.work | self.schedule) and not words & self.open_words:
            spans = list(self.span.finditer(text)) if span else []
            if starts and self.start_end is not None:
                spans += list(self.start_end.finditer(text))
            if bare:
                spans += [m for m in self.bare_span.finditer(text)
                          if not any(m.start() < o.end() and o.start() < m.end() for o in spans)]
            for m in spans:
                if set(text[m.end():m.end() + 30].split()[:1]) & self.not_after_span:
                    continue  # "de 5 a 17 anos", "between 10 and 23 million": ages or counts, not a working day
                if spelled_at and unmarked_clock(m, spelled_at, text, self.am_words, self.pre_hours, _HOURS_FOLLOW):
                    continue  # "de dos a quince trabajadores": a spelled count, not clock times
                g = m.groupdict()  # a bare span has no am/pm or midnight groups
                a, b = self._clock(g["a"], None, g.get("pa")), self._clock(g["b"], g.get("mid"), g.get("pb"))
                if (a is not None and b is not None and b < a <= 12 and not g.get("mid") and not g.get("pa")
                        and not g.get("pb") and not self.am_words.search(m.group(0))):
                    b += 12  # "from 6 to 2" on a 12-hour clock, no am/pm: 6 am to 2 pm, not a 20-hour day
                if a is not None and b is not None and a <= 24 and b <= 24 and (b - a) % 24 > self.day_max:
                    raw.append(("excessive_overtime", m.start(), m.end(), "daily_span", 0.85))
            for m in (self.until.finditer(text) if until else ()):
                if spelled_at and unmarked_clock(m, spelled_at, text, self.am_words, self.pre_hours, _HOURS_FOLLOW):
                    continue  # "hasta cuatro latas": a spelled count, not a clock time
                h = self._clock(m.group("a"), m.group("mid"), m.group("pa"))
                if h is None or _COUNT_GOES_ON.match(text, m.end()) or (h > 24 and not _HOURS_FOLLOW.match(text, m.end())):
                    continue  # "jusqu'à 70 ouvriers", "jusqu'à 2 500 ouvriers", "until 30 %": a count, not a time
                if h >= self.late_hour or h <= 4:
                    raw.append(("excessive_overtime", m.start(), m.end(), "late_finish", 0.7))
        for m in (self.occupancy.finditer(text) if self.pre_room.search(text) else ()):
            n = int(m.group(1) or m.group(2))
            if n > self.room_max:
                raw.append(("abusive_working_living_conditions", m.start(), m.end(), "occupancy", 0.85))
        self._ages(text, words, age, under, raw, not_age)
        return self._to_hits(raw, norms)

    def _ages(self, text: str, words: set[str], age: re.Match | None, under: re.Match | None,
              raw: list[tuple[str, int, int, str, float]], not_age: set[int] | frozenset[int] = frozenset()) -> None:
        """Child labour from ages of workers ("aged 13", "a seven-year-old", "under 15") in a work sentence.
        ``not_age``: where numbers were spelled other than as age words; these are not read as ages, because
        a spelled "N years" is far more often a duration or a sentence ("tres años de disputa", "cinq ans de prison")."""
        if words & (self.work | self.child):
            hazardous = bool(words & self.hazard)
            for m in (self.age_exact.finditer(text) if age else ()):
                if not_age and any(m.start(i) in not_age for i in range(1, m.re.groups + 1) if m.group(i)):
                    continue
                ages = [int(g) if g.isdigit() else self.age_values[g] for g in m.groups() if g]
                prev = text[max(0, m.start() - 30):m.start()].split()[-3:]
                if not ages or set(prev) & self.not_before or (m.group(0)[:1].isdigit() and set(prev[-2:]) & self.not_before_duration):
                    continue
                if set(text[m.end():m.end() + 30].split()[:2]) & self.not_after_age:
                    continue
                low = min(ages)
                if low < self.child_age or (low < self.young_age and hazardous):
                    raw.append(("child_labour", m.start(), m.end(), "age", 0.9))
            for m in (self.age_under.finditer(text) if under else ()):
                if m.start(1) in not_age:
                    continue
                prev = text[max(0, m.start() - 30):m.start()].split()[-3:]
                if set(text[m.end():m.end() + 30].split()[:1]) & self.not_after_age:
                    continue
                if int(m.group(1)) <= self.young_age and not set(prev) & self.not_before:
                    raw.append(("child_labour", m.start(), m.end(), "age_under", 0.85))

    @staticmethod
    def _to_hits(raw: list[tuple[str, int, int, str, float]], norms: list[str]) -> list[NumericHit]:
        """Character spans of the folded sentence text to token spans."""
        if not raw:
            return []
        starts, pos = [], 0
        for n in norms:
            starts.append(pos)
            pos += len(n) + 1
        hits = []
        for ind, a, b, rule, score in raw:
            ti = bisect.bisect_right(starts, a) - 1
            tj = bisect.bisect_left(starts, b)
            hits.append(NumericHit(ind, max(ti, 0), max(tj, ti + 1), rule, score))
        return hits
