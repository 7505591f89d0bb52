"""Name-match features, nomenklatura style: each feature is a plain function giving value, weight and reason.

The weights and the alert threshold are data in ``lexicons/risk/match_weights.yaml``.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Callable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from screener.resources import lexicon_data
from screener.contracts import MatchFeature
from screener.normalize.names import NameParts, normal_tokens


@dataclass(frozen=True)
class MatchConfig:
    """Weights, threshold and word classes used to score a name pair."""

    threshold: float
    weights: dict[str, float]
    fuzzy_min_length: int
    swap_only_below: int  # words shorter than this get typo credit only for two letters swapped ("mnie")
    fuzzy_min_similarity: float
    fuzzy_credit: float
    pinyin_change_credit: float  # credit when a letter changed between two words that both read as pinyin
    f_beta: float
    min_coarse: float
    multipliers: dict[str, float]  # token -> share of a distinctive word's weight (generic, place)
    version: str


@functools.lru_cache(maxsize=1)
def match_config() -> MatchConfig:
    """The scoring configuration from lexicons/risk/match_weights.yaml and generic_tokens.yaml."""
    w = lexicon_data("risk/match_weights.yaml")
    g = lexicon_data("risk/generic_tokens.yaml")
    mult: dict[str, float] = {}
    for cls, key in (("place", "places"), ("generic", "generic")):
        for word in g.get(key) or []:
            for tok in normal_tokens(str(word)):
                mult[tok] = min(mult.get(tok, 1.0), float(g["multipliers"][cls]))
    tm, bl = w["token_match"], w["blocking"]
    return MatchConfig(float(w["alert_threshold"]), {k: float(v) for k, v in w["weights"].items()},
                       int(tm["fuzzy_min_length"]), int(tm["swap_only_below"]), float(tm["fuzzy_min_similarity"]),
                       float(tm["fuzzy_credit"]), float(tm["pinyin_change_credit"]),
                       float(tm["f_beta"]), float(bl["min_coarse"]), mult, f"{w['version']}/{g['version']}")


@dataclass
class TokenWeights:
    """Rarity (IDF over the loaded list names) times the generic/place multiplier of each word."""

    idf: dict[str, float]
    unseen_idf: float
    multipliers: dict[str, float]
    df: dict[str, int]  # number of listed names holding each word

    @classmethod
    def from_names(cls, names: list[tuple[str, ...]], multipliers: dict[str, float]) -> "TokenWeights":
        df: dict[str, int] = {}
        for core in names:
            for t in set(core):
                df[t] = df.get(t, 0) + 1
        n = len(names)
        idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
        return cls(idf, math.log(n + 1) + 1.0, multipliers, df)

    def multiplier(self, tok: str) -> float:
        return 0.5 if tok.isdigit() else self.multipliers.get(tok, 1.0)

    def weight(self, tok: str) -> float:
        return self.idf.get(tok, self.unseen_idf) * self.multiplier(tok)

    def distinctive(self, tok: str) -> bool:
        return not tok.isdigit() and tok not in self.multipliers


@dataclass(frozen=True)
class Alignment:
    """Which listed words agreed with which supplier words, and how closely."""

    pairs: tuple[tuple[tuple[int, ...], tuple[int, ...], float], ...]  # (listed idx, query idx, credit)
    recall: float  # weighted share of the listed name found in the query
    precision: float  # weighted share of the query explained by the listed name
    f: float


@functools.lru_cache(maxsize=100_000)
def _units(tokens: tuple[str, ...]) -> list[tuple[tuple[int, ...], str]]:
    out: list[tuple[tuple[int, ...], str]] = [((i,), t) for i, t in enumerate(tokens)]
    out += [((i, i + 1), tokens[i] + tokens[i + 1]) for i in range(len(tokens) - 1)]
    out += [((i, i + 1, i + 2), tokens[i] + tokens[i + 1] + tokens[i + 2]) for i in range(len(tokens) - 2)]
    return out


_SYLLABLE = re.compile(r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouv]{1,3})(?:ng|n|r)?")


@functools.lru_cache(maxsize=200_000)
def is_pinyin(word: str) -> bool:
    """Whether ``word`` can be read as pinyin syllables written together ("zhongtai", "jinbao")."""
    n = len(word)
    ok = [True] + [False] * n
    for i in range(n):
        if ok[i]:
            for m in _SYLLABLE.finditer(word, i):  # every syllable that starts at i
                if m.start() != i:
                    break
                ok[m.end()] = True
                break
            for j in range(i + 1, min(n, i + 6) + 1):  # shorter syllables too (greedy match above is the longest)
                if not ok[j] and _SYLLABLE.fullmatch(word, i, j):
                    ok[j] = True
    return ok[n]


def token_credit(a: str, b: str, cfg: MatchConfig) -> float:
    """1 for the same word, ``fuzzy_credit`` for a typo-level difference, else 0.

    A typo is an edit distance (two letters swapped count as one edit) within ``fuzzy_min_similarity``;
    both words need ``fuzzy_min_length`` letters, and when both are shorter than ``swap_only_below`` only
    a swap of two neighbouring letters or a letter dropped from a 4-letter word counts ("mnie"/"mine",
    "frm"/"farm"; not "hong"/"hang"). A letter changed between two words that both read as pinyin is more
    often another Chinese name than a typo ("jinbao"/"junbao"): it gets ``pinyin_change_credit``.
    """
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if min(la, lb) < cfg.fuzzy_min_length or abs(la - lb) > 2:
        return 0.0
    if a.isdigit() or b.isdigit():
        return 0.0
    if max(la, lb) < cfg.swap_only_below:  # short words: two letters swapped, or one dropped from a 4-letter word
        if max(la, lb) < 4 or OSA.distance(a, b) != 1:
            return 0.0
        return cfg.fuzzy_credit if la != lb or sorted(a) == sorted(b) else 0.0
    sim = OSA.normalized_similarity(a, b)  # a swap of two letters is one edit
    if sim < cfg.fuzzy_min_similarity:
        return 0.0
    if la == lb and sorted(a) != sorted(b) and is_pinyin(a) and is_pinyin(b):
        return cfg.pinyin_change_credit  # a letter changed between two pinyin spellings: likely another name
    return cfg.fuzzy_credit


def align(listed: tuple[str, ...], query: tuple[str, ...], tw: TokenWeights, cfg: MatchConfig) -> Alignment:
    """Greedy one-to-one alignment of words (and two or three words joined) between a listed name and a query."""
    wl = [tw.weight(t) for t in listed]
    wq = [tw.weight(t) for t in query]
    cands = []
    for lu, lt in _units(listed):
        for qu, qt in _units(query):
            if len(lu) > 1 or len(qu) > 1:  # joined words ("hua fu" / "huafu", "jing wei da") must agree exactly
                if (len(lu) > 1 and len(qu) > 1) or lt != qt:
                    continue
                c = 1.0
            else:
                c = token_credit(lt, qt, cfg)
            if c:
                cands.append((c * sum(wl[i] for i in lu), c, lu, qu))
    cands.sort(key=lambda x: -x[0])
    used_l: set[int] = set()
    used_q: set[int] = set()
    pairs = []
    for _, c, lu, qu in cands:
        if used_l.isdisjoint(lu) and used_q.isdisjoint(qu):
            used_l.update(lu)
            used_q.update(qu)
            pairs.append((lu, qu, c))
    got_l = sum(c * sum(wl[i] for i in lu) for lu, _, c in pairs)
    got_q = sum(c * sum(wq[i] for i in qu) for _, qu, c in pairs)
    recall = got_l / sum(wl) if wl else 0.0
    precision = got_q / sum(wq) if wq else 0.0
    b2 = cfg.f_beta ** 2
    f = (1 + b2) * recall * precision / (b2 * precision + recall) if recall and precision else 0.0
    return Alignment(tuple(pairs), recall, precision, f)


@dataclass(frozen=True)
class PairContext:
    """Everything a feature may look at for one (listed name, supplier name) pair."""

    listed: NameParts
    query: NameParts
    listed_countries: tuple[str, ...]
    query_country: str | None
    alignment: Alignment
    weights: TokenWeights
    matched_as: str  # "name" | "alias" | "former name"
    entity_name: str
    details: dict[str, str]
    explain: bool = True  # False: values only (the score), no reasons; used to skip pairs below the threshold


def _words(tokens: tuple[str, ...], idx: set[int]) -> str:
    return ", ".join(tokens[i] for i in sorted(idx)) or "none"


def f_name_similarity(p: PairContext) -> tuple[float, str]:
    a = p.alignment
    if not p.explain:
        return a.f, ""
    got_l = {i for lu, _, _ in a.pairs for i in lu}
    got_q = {i for _, qu, _ in a.pairs for i in qu}
    fuzzy = [f"{'+'.join(p.listed.core[i] for i in lu)}~{'+'.join(p.query.core[i] for i in qu)}"
             for lu, qu, c in a.pairs if c < 1.0 or len(lu) != len(qu)]
    tw = p.weights
    distinct = [p.listed.core[i] for i in sorted(got_l) if tw.distinctive(p.listed.core[i])]
    missing = set(range(len(p.listed.core))) - got_l
    extra = set(range(len(p.query.core))) - got_q
    detail = (f"words agreed: {_words(p.listed.core, got_l)} (distinctive: {', '.join(distinct) or 'none'})"
              f"; listed words missing: {_words(p.listed.core, missing)}; supplier words not on the list: "
              f"{_words(p.query.core, extra)}" + (f"; near matches: {', '.join(fuzzy)}" if fuzzy else "")
              + f"; rarity-weighted recall {a.recall:.2f}, precision {a.precision:.2f}")
    return a.f, detail


def f_char_similarity(p: PairContext) -> tuple[float, str]:
    v = fuzz.token_sort_ratio(p.listed.key, p.query.key) / 100.0
    if not p.explain:
        return v, ""
    return v, f"character similarity of '{p.query.key}' and '{p.listed.key}' (word order ignored): {v:.2f}"


def f_country_agreement(p: PairContext) -> tuple[float, str]:
    if p.query_country and p.query_country in p.listed_countries:
        return 1.0, f"supplier country {p.query_country} is the listed entity's country"
    if not p.query_country:
        return 0.0, "supplier country unknown"
    return 0.0, "listed entity has no country" if not p.listed_countries else "countries differ"


def f_country_disagreement(p: PairContext) -> tuple[float, str]:
    if p.query_country and p.listed_countries and p.query_country not in p.listed_countries:
        return 1.0, f"supplier country {p.query_country}, listed entity in {', '.join(p.listed_countries)}"
    return 0.0, "no country disagreement"


def f_number_mismatch(p: PairContext) -> tuple[float, str]:
    ln, qn = set(p.listed.numbers), set(p.query.numbers)
    if ln and ln != qn:
        return 1.0, (f"listed number(s) {', '.join(sorted(ln))} must agree; supplier has "
                     f"{', '.join(sorted(qn)) or 'none'}")
    return 0.0, f"numbers agree: {', '.join(sorted(ln))}" if ln else "listed name has no number"


def f_extra_number(p: PairContext) -> tuple[float, str]:
    extra = set(p.query.numbers) - set(p.listed.numbers)
    if extra and not p.listed.numbers:
        return 1.0, f"supplier name has number(s) {', '.join(sorted(extra))} that the listed name lacks"
    return 0.0, "no extra number"


def f_generic_only(p: PairContext) -> tuple[float, str]:
    tw, a = p.weights, p.alignment
    got_l = {i for lu, _, _ in a.pairs for i in lu}
    got_q = {i for _, qu, _ in a.pairs for i in qu}
    if any(tw.distinctive(p.listed.core[i]) for i in got_l):
        return 0.0, "a distinctive word agreed"
    if got_l and len(got_l) == len(p.listed.core) and len(got_q) == len(p.query.core):
        return 0.0, "only generic words, but every word of both names agreed (legal forms aside)"
    return 1.0, "only generic words (places, industry words, legal forms) agreed: not enough to identify the entity"


def f_alias_used(p: PairContext) -> tuple[float, str]:
    if p.matched_as == "name":
        return 0.0, f"matched the listed name '{p.listed.raw}'"
    return 1.0, f"matched the {p.matched_as} '{p.listed.raw}' of '{p.entity_name}'"


def f_legal_form(p: PairContext) -> tuple[float, str]:
    lf, qf = set(p.listed.legal_forms), set(p.query.legal_forms)
    if lf == qf:
        return 0.0, f"same legal form: {', '.join(sorted(lf)) or 'none'}"
    return 1.0, (f"legal forms ignored: supplier '{', '.join(sorted(qf)) or 'none'}', "
                 f"listed '{', '.join(sorted(lf)) or 'none'}'")


def f_qualifiers(p: PairContext) -> tuple[float, str]:
    lq, qq = set(p.listed.qualifiers), set(p.query.qualifiers)
    if not lq and not qq:
        return 0.0, "no qualifier on either name"
    both = f"supplier '{', '.join(sorted(qq)) or 'none'}', listed '{', '.join(sorted(lq)) or 'none'}'"
    if lq == qq:
        return 0.0, f"same qualifiers, not compared as name text: {both}"
    return 1.0, f"qualifiers differ and were not compared as name text: {both}"


def f_word_boundaries(p: PairContext) -> tuple[float, str]:
    if not p.query.resegmented:
        return 0.0, "supplier words taken as written"
    return 1.0, "supplier words re-split as the list writes them: " + "; ".join(p.query.resegmented)


def f_order_status(p: PairContext) -> tuple[float, str]:
    if "status" not in p.details:
        return 0.0, "not an order list"
    active = p.details.get("alert", "").startswith("active")
    return (0.0 if active else 1.0), f"CBP order status: {p.details.get('status_detail') or p.details['status']}" + (
        "" if active else " (inactive: goods are no longer detained under this order)")


def f_verification(p: PairContext) -> tuple[float, str]:
    level = p.details.get("verification")
    if not level:
        return 0.0, "no verification level on this list"
    return (1.0 if level == "VERIFIED" else 0.0), f"UFLPA row verification level: {level}"


FEATURES: dict[str, Callable[[PairContext], tuple[float, str]]] = {
    "name_similarity": f_name_similarity,
    "char_similarity": f_char_similarity,
    "country_agreement": f_country_agreement,
    "country_disagreement": f_country_disagreement,
    "number_mismatch": f_number_mismatch,
    "extra_number": f_extra_number,
    "generic_only": f_generic_only,
    "alias_used": f_alias_used,
    "legal_form": f_legal_form,
    "qualifiers": f_qualifiers,
    "word_boundaries": f_word_boundaries,
    "order_status": f_order_status,
    "verification": f_verification,
}


def score_pair(p: PairContext, cfg: MatchConfig) -> tuple[float, tuple[MatchFeature, ...]]:
    """Score = clip(sum(weight x value), 0, 1), with every feature kept for the explanation.

    With ``p.explain`` False only the weighted features are computed and no reasons are returned.
    """
    feats = []
    total = 0.0
    for name, fn in FEATURES.items():
        weight = cfg.weights.get(name, 0.0)
        if not p.explain and not weight:
            continue
        value, detail = fn(p)
        total += weight * value
        if p.explain:
            feats.append(MatchFeature(name, round(value, 4), weight, detail))
    return max(0.0, min(1.0, total)), tuple(feats)
