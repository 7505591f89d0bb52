"""Scope rules of the evidence lexicon (``lexicons/scope.yaml``): cues that make a match negated, policy,
remediated, hypothetical or hedged, clause terminators and the other clause bounds, loaded and checked."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from screener.contracts import INDICATOR_IDS
from screener.lexicon_checks import check_seq, fail, need, read_lexicon_yaml, strings

# "compliant": the practice does not happen ("paid on time"); "asserted": a phrase holding a scope word that
# still states the finding ("not picking up on", "only if"), nearest-cue-wins like the others; "inert": a phrase that
# holds a scope word but no scope ("si insalubre que")
CUE_TYPES = ("negation", "policy", "remediated", "hypothetical", "hedge", "compliant", "asserted", "inert")
DIRECTIONS = ("pre", "post", "both", "lead")


@dataclass(frozen=True)
class ScopeCue:
    """A scope trigger: a phrase (or token sequence) that sets polarity or hedging near a match."""

    id: str
    type: str  # one of CUE_TYPES
    lang: str
    text: str
    direction: str  # "pre" (cue before the match), "post" (after it), "both", or "lead" (opens the sentence)
    window: int  # max tokens between cue and match
    indicators: tuple[str, ...] = ()  # indicators the cue applies to (empty: all)


@dataclass(frozen=True)
class ScopeRules:
    """Scope cues and clause terminators of one language."""

    lang: str
    cues: tuple[ScopeCue, ...]
    terminators: tuple[str, ...]
    list_terms: tuple[str, ...] = ()  # abuse categories; a sentence naming many of them is a definition or list
    list_min: int = 4
    cell_separators: tuple[str, ...] = ()  # terminators of scope cues that token patterns may cross (table cells)
    questions_hypothetical: bool = False  # a sentence that ends with "?" (or opens with "¿") is a question
    headings_hypothetical: bool = False  # a "sentence" that is only the matched words ("Isolation") is a heading
    # verdict cell of an audit table row ("... | Compliant", "... | NC closed"): cue type -> last-cell texts
    row_verdicts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # "ne ... que" ("only"): a one-word negation cue followed within ``window`` tokens by a partner, with no
    # blocker ("pas", "jamais") in between, is not a negation ("les enfants ne vont à l'école que le matin")
    restrictive: "RestrictiveNegation | None" = None
    # words that may follow a verdict in its cell ("Verified at follow-up", "Statut : vérifié lors du suivi")
    verdict_tails: tuple[str, ...] = ()
    # clause coordinators ("and", "y", "et"): a negation or policy cue after a match does not reach back over one to
    # the match when the cue's predicate is itself another match ("were beaten and were not allowed to leave")
    coordinators: tuple[str, ...] = ()
    # limiting words ("only", "half", "part", "la mitad", "une partie"): inside the window of a compliance or remediation
    # pattern they turn it around ("paid only part of the salary agreed" is no compliance), so the pattern gives nothing
    limiters: tuple[str, ...] = ()
    # contrast words ("but", "although", "despite", "aunque", "malgré"): a cue whose window reaches across
    # terminators (30 tokens or more: a law, a programme) still stops at one, and at the comma that closes an
    # opening contrast clause ("Although the law forbids it, the agent kept their passports")
    contrasts: tuple[str, ...] = ()
    # written forms that never open a cue though they fold to one: the emphatic Spanish "sí" is not the "si" of "if"
    written_not_cues: tuple[str, ...] = ()
    # second halves of a split negation ("pas", "plus"): a match that opens with one ("pas autorisés à sortir") holds
    # the negation it states, so the "ne" / "n'" just before it does not negate it again
    concord_openers: tuple[str, ...] = ()
    # words that open another clause ("while", "because", "after", "cuando", "parce que"): a negation does not reach
    # over one to a match ("the job never came while his debt kept growing")
    negation_stoppers: tuple[str, ...] = ()
    # a comma or "y" / "et" followed by an inflected verb ("..., encadenaban jornadas", "et dormaient") opens another
    # clause, which a negation does not reach
    verb_clauses: VerbClauses | None = None
    # "and" followed by an inflected verb and its object ("threatened to deport them and confiscated their passports",
    # "did not pay wages and took their phones") opens another clause, which the cue types named do not reach
    object_clauses: ObjectClauses | None = None
    # finite verb forms ("were", "had", "tenían", "étaient"): a short sentence made only of the matched words is a
    # heading unless it holds one ("Passports were confiscated." is a finding, "Passport retention" a heading)
    heading_verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerbClauses:
    """An opener (a comma, "y", "et"), then an inflected verb form (a form with one of ``endings`` whose lemma has
    one of ``lemma_endings``), with up to two ``skips`` ("ne", "se", "leur") between them: the start of another clause."""

    openers: tuple[str, ...]
    endings: tuple[str, ...]
    lemma_endings: tuple[str, ...]
    skips: tuple[str, ...] = ()


@dataclass(frozen=True)
class ObjectClauses:
    """An opener ("and"), then a verb form that is not its own lemma, then an object word ("them", "their", "the"):
    the start of another clause, which cues of the types in ``cue_types`` do not reach."""

    openers: tuple[str, ...]
    objects: tuple[str, ...]
    cue_types: tuple[str, ...]


@dataclass(frozen=True)
class RestrictiveNegation:
    """Negation words that mean "only" when a partner word follows them: "ne ... que", "no ... sino"."""

    cues: tuple[str, ...]  # lower-cased one-word cues: "ne", "n'"
    partners: tuple[tuple[str, ...], ...]  # lower-cased token sequences: ("que",), ("más", "que")
    blockers: tuple[str, ...]  # words that make the cue a real negation: "pas", "jamais"
    window: int


def load_scope(path: Path) -> dict[str, ScopeRules]:
    """The scope rules of every language in ``scope.yaml``, checked entry by entry."""
    data = read_lexicon_yaml(path)
    langs = need(path, "(top level)", data, "languages", dict)
    out: dict[str, ScopeRules] = {}
    for lang, block in langs.items():
        terms = strings(path, f"{lang}.terminators", (block or {}).get("terminators"))
        slots = _slots(path, str(lang), (block or {}).get("slots"))
        cues: list[ScopeCue] = []
        for j, c in enumerate(need(path, lang, block, "cues", list)):
            entry = f"{lang}.cues[{j}]"
            ctype = need(path, entry, c, "type", str)
            if ctype not in CUE_TYPES:
                raise fail(path, entry, f"type must be one of {list(CUE_TYPES)}")
            direction = need(path, entry, c, "direction", str)
            if direction not in DIRECTIONS:
                raise fail(path, entry, f"direction must be one of {list(DIRECTIONS)}")
            window = need(path, entry, c, "window", int)
            if not 0 <= window <= 60:
                raise fail(path, entry, "window must be between 0 and 60 tokens")
            only = (strings(path, f"{entry}.indicators", c["indicators"], INDICATOR_IDS)
                    if c.get("indicators") is not None else ())
            for k, raw_text in enumerate(strings(path, f"{entry}.cues", c.get("cues"))):
                text = _expand_slots(path, f"{entry}.cues[{k}]", raw_text, slots)
                check_seq(path, f"{entry}.cues[{k}]", text)
                cues.append(ScopeCue(f"{lang}.{ctype}.{direction}.{text}", ctype, lang, text, direction, window,
                                     tuple(only)))
        lt = (block or {}).get("list_terms") or {}
        if not isinstance(lt, dict):
            raise fail(path, f"{lang}.list_terms", "expected a mapping with 'min' and 'terms'")
        terms_l = strings(path, f"{lang}.list_terms.terms", lt["terms"]) if lt else ()
        lmin = lt.get("min", 4) if lt else 4
        if not isinstance(lmin, int) or lmin < 2:
            raise fail(path, f"{lang}.list_terms.min", "min must be an integer of at least 2")
        seps = _optional_strings(path, lang, block, "cell_separators")
        if any(x not in terms for x in seps):
            raise fail(path, f"{lang}.cell_separators", "every cell separator must also be a terminator")
        questions = bool((block or {}).get("questions_hypothetical", False))
        headings = bool((block or {}).get("headings_hypothetical", False))
        rv = (block or {}).get("row_verdicts") or {}
        if not isinstance(rv, dict) or any(k not in ("compliant", "remediated", "negation", "hypothetical") for k in rv):
            raise fail(path, f"{lang}.row_verdicts",
                        "expected a mapping of compliant/remediated/negation/hypothetical to texts")
        verdicts = tuple((str(k), strings(path, f"{lang}.row_verdicts.{k}", v)) for k, v in rv.items())
        tails = _optional_strings(path, lang, block, "verdict_tails")
        coords = _optional_strings(path, lang, block, "coordinators", one_word=True)
        limiters = _optional_strings(path, lang, block, "limiters", one_word=True)
        contrasts = _optional_strings(path, lang, block, "contrasts")
        written = _optional_strings(path, lang, block, "written_not_cues", one_word=True)
        openers = _optional_strings(path, lang, block, "concord_openers", one_word=True)
        stoppers = _optional_strings(path, lang, block, "negation_stoppers")
        verb_clauses = _verb_clauses(path, lang, (block or {}).get("verb_clauses"))
        object_clauses = _object_clauses(path, lang, (block or {}).get("object_clauses"))
        heading_verbs = _optional_strings(path, lang, block, "heading_verbs", one_word=True)
        out[str(lang)] = ScopeRules(str(lang), tuple(cues), terms, terms_l, lmin, seps, questions, headings,
                                    verdicts, _restrictive(path, str(lang), (block or {}).get("restrictive_negation")), tails,
                                    coords, limiters, contrasts, tuple(w.strip().lower() for w in written), openers,
                                    stoppers, verb_clauses, object_clauses, heading_verbs)
    return out


def _slots(path: Path, lang: str, raw: object) -> dict[str, str]:
    """The ``slots`` block of one language of scope.yaml: named alternatives ("=suppliers|=agents|...") that cues
    write as ``$NAME`` instead of repeating them, checked."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and k.isupper() and isinstance(v, str) and v.strip()
                                            for k, v in raw.items()):
        raise fail(path, f"{lang}.slots", "expected a mapping of UPPER-CASE names to one sequence element each")
    if any(" " in v.strip() for v in raw.values()):
        raise fail(path, f"{lang}.slots", "each slot is one element (alternatives joined by |, no spaces)")
    return {k: v.strip() for k, v in raw.items()}


def _expand_slots(path: Path, where: str, text: str, slots: dict[str, str]) -> str:
    """``text`` with each element ``$NAME`` (optionally ``$NAME?``) replaced by its slot."""
    if "$" not in text:
        return text
    out = []
    for el in text.split(" "):
        if el.startswith("$"):
            name, optional = (el[1:-1], "?") if el.endswith("?") else (el[1:], "")
            if name not in slots:
                raise fail(path, where, f"unknown slot ${name}; slots of this language: {sorted(slots) or 'none'}")
            el = slots[name] + optional
        out.append(el)
    return " ".join(out)


def _optional_strings(path: Path, lang: str, block: dict | None, key: str, one_word: bool = False) -> tuple[str, ...]:
    """The optional list ``key`` of one language's block of scope.yaml (empty when absent), checked."""
    raw = (block or {}).get(key)
    words = strings(path, f"{lang}.{key}", raw) if raw is not None else ()
    if one_word and any(" " in w.strip() for w in words):
        raise fail(path, f"{lang}.{key}", "each entry is one word")
    return tuple(words)


def _verb_clauses(path: Path, lang: str, raw: object) -> VerbClauses | None:
    """The ``verb_clauses`` block of one language of scope.yaml (openers, form endings, lemma endings and the optional
    ``skips``: clitics such as "ne", "se", "leur" that may stand between the opener and the verb), checked."""
    if raw is None:
        return None
    where = f"{lang}.verb_clauses"
    if not isinstance(raw, dict) or not {"openers", "endings", "lemma_endings"} <= set(raw) <= {
            "openers", "endings", "lemma_endings", "skips"}:
        raise fail(path, where, "expected a mapping with openers, endings, lemma_endings and optional skips")
    skips = strings(path, f"{where}.skips", raw["skips"]) if "skips" in raw else ()
    return VerbClauses(strings(path, f"{where}.openers", raw["openers"]), strings(path, f"{where}.endings", raw["endings"]),
                       strings(path, f"{where}.lemma_endings", raw["lemma_endings"]), tuple(skips))


def _object_clauses(path: Path, lang: str, raw: object) -> ObjectClauses | None:
    """The ``object_clauses`` block of one language of scope.yaml (openers, objects, cue types), checked."""
    if raw is None:
        return None
    where = f"{lang}.object_clauses"
    if not isinstance(raw, dict) or set(raw) != {"openers", "objects", "cue_types"}:
        raise fail(path, where, "expected a mapping with openers, objects and cue_types")
    return ObjectClauses(strings(path, f"{where}.openers", raw["openers"]), strings(path, f"{where}.objects", raw["objects"]),
                         strings(path, f"{where}.cue_types", raw["cue_types"], CUE_TYPES))


def _restrictive(path: Path, lang: str, raw: object) -> RestrictiveNegation | None:
    """The ``restrictive_negation`` block of one language of scope.yaml, checked."""
    if raw is None:
        return None
    where = f"{lang}.restrictive_negation"
    if not isinstance(raw, dict) or set(raw) - {"cues", "partners", "blockers", "window"}:
        raise fail(path, where, "expected a mapping with cues, partners, blockers and window")
    window = raw.get("window", 6)
    if not isinstance(window, int) or not 1 <= window <= 20:
        raise fail(path, f"{where}.window", "window must be an integer between 1 and 20 tokens")
    cues = tuple(x.lower() for x in strings(path, f"{where}.cues", raw.get("cues")))
    if any(" " in c for c in cues):
        raise fail(path, f"{where}.cues", "each cue is one word")
    partners = tuple(tuple(x.lower().split()) for x in strings(path, f"{where}.partners", raw.get("partners")))
    blockers = tuple(x.lower() for x in strings(path, f"{where}.blockers", raw.get("blockers")))
    return RestrictiveNegation(cues, partners, blockers, window)
