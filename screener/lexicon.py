"""Loading and validating the evidence lexicons (``lexicons/indicators.yaml``, ``patterns/``, ``scope.yaml``).

The lexicon is data: indicator definitions, phrases and token patterns per language, scope cues and numeric
rules. It is checked against a schema on load; an invalid file raises :class:`LexiconError` naming the file
and the entry. ``load_lexicon()`` is cached and carries a version and a checksum of every file it read.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from screener.errors import LexiconError
from screener.contracts import INDICATOR_IDS
from screener.resources import lexicon_dir, read_yaml

LEXICON_DIR = lexicon_dir()
DIMENSIONS = ("unfree_recruitment", "work_and_life_under_duress", "impossibility_of_leaving")
ELEMENTS = ("involuntariness", "menace_of_penalty")
SEVERITIES = ("critical", "high", "medium")
# "compliant": the practice does not happen ("paid on time"); "asserted": a phrase holding a scope word that
# still states the finding ("not picking up on", "only if"), nearest-cue-wins like the others
CUE_TYPES = ("negation", "policy", "remediated", "hypothetical", "hedge", "compliant", "asserted", "inert")
PATTERN_POLARITIES = ("negated", "policy", "remediated", "hypothetical", "compliant")
DIRECTIONS = ("pre", "post", "both", "lead")
LANGS = ("en", "es", "fr")
_ATOM = r"(?:#|=?\^?[^\s|*?#=^]+)"
_TOKEN_RE = re.compile(rf"^(\*\d{{1,2}}|{_ATOM}(\|{_ATOM})*\??)$")


@dataclass(frozen=True)
class IndicatorDef:
    """One ILO indicator: what it means, where it sits in the ILO framework and how to remediate it."""

    id: str
    label: str
    description: str
    dimensions: tuple[str, ...]
    elements: tuple[str, ...]
    severity: str
    remediation: tuple[str, ...]


@dataclass(frozen=True)
class PatternEntry:
    """A phrase or a token sequence (see ``lexicons/patterns/README``) that signals one indicator."""

    id: str  # e.g. "en.retention_of_identity_documents.keep_doc"
    indicator: str
    lang: str
    kind: str  # "phrase" | "seq"
    text: str
    score: float = 0.9
    exclude: bool = False  # a trap: a match of this entry cancels overlapping matches of the indicator
    polarity: str | None = None  # fixed polarity (e.g. "remediated" for "passports were returned")
    spares_numeric: bool = False  # an exclude that leaves numeric findings alone (they read clock times themselves)


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
    # clause, which a negation does not reach: (openers, endings of the verb form, endings of its lemma)
    verb_clauses: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None


@dataclass(frozen=True)
class RestrictiveNegation:
    """Negation words that mean "only" when a partner word follows them: "ne ... que", "no ... sino"."""

    cues: tuple[str, ...]  # lower-cased one-word cues: "ne", "n'"
    partners: tuple[tuple[str, ...], ...]  # lower-cased token sequences: ("que",), ("más", "que")
    blockers: tuple[str, ...]  # words that make the cue a real negation: "pas", "jamais"
    window: int


@dataclass(frozen=True)
class NumericRules:
    """Unit words and thresholds of the numeric rules (hours, ages, rest days) of one language."""

    lang: str
    words: dict[str, tuple[str, ...]]
    thresholds: dict[str, float]


@dataclass(frozen=True)
class Lexicon:
    """Everything the evidence engine needs, validated, with version and checksum."""

    version: str
    checksum: str
    indicators: dict[str, IndicatorDef]
    patterns: dict[str, tuple[PatternEntry, ...]] = field(default_factory=dict)
    scope: dict[str, ScopeRules] = field(default_factory=dict)
    numeric: dict[str, NumericRules] = field(default_factory=dict)
    settings: dict[str, float] = field(default_factory=dict)

    @property
    def edition(self) -> str:
        """Version and short checksum, as shown in exports."""
        return f"{self.version} (sha256 {self.checksum[:12]})"


def _fail(path: Path, entry: str, msg: str) -> LexiconError:
    return LexiconError(f"invalid lexicon entry '{entry}': {msg}", file=str(path))


def _read_yaml(path: Path) -> Any:
    return read_yaml(path)  # the one YAML reader: missing files, bad YAML and a wrong outline raise LexiconError


def _need(path: Path, entry: str, obj: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise _fail(path, entry, f"missing field '{key}'")
    val = obj[key]
    if not isinstance(val, kind) or (isinstance(val, (str, list, dict)) and not val):
        raise _fail(path, entry, f"field '{key}' must be a non-empty {getattr(kind, '__name__', kind)}")
    return val


def _strings(path: Path, entry: str, vals: Any, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    if not isinstance(vals, list) or not vals or not all(isinstance(v, str) and v.strip() for v in vals):
        raise _fail(path, entry, "expected a non-empty list of non-empty strings")
    if allowed is not None:
        bad = [v for v in vals if v not in allowed]
        if bad:
            raise _fail(path, entry, f"unknown value(s) {bad}; allowed: {list(allowed)}")
    return tuple(vals)


def check_seq(path: Path, entry: str, seq: str) -> str:
    """Validate the token-sequence mini-language; return it unchanged."""
    toks = seq.split()
    if not toks:
        raise _fail(path, entry, "empty token sequence")
    for t in toks:
        if not _TOKEN_RE.match(t):
            raise _fail(path, entry, f"bad token '{t}' in sequence '{seq}'")
    if toks[0].startswith("*") or toks[-1].startswith("*"):
        raise _fail(path, entry, f"a sequence may not start or end with a window: '{seq}'")
    if all(t.endswith("?") or t.startswith("*") for t in toks):
        raise _fail(path, entry, f"every token is optional in '{seq}'")
    return seq


def _load_indicators(path: Path) -> tuple[str, dict[str, IndicatorDef], dict[str, float]]:
    data = _read_yaml(path)
    version = str(_need(path, "(top level)", data, "version", (str, int, float)))
    items = _need(path, "(top level)", data, "indicators", list)
    out: dict[str, IndicatorDef] = {}
    for i, it in enumerate(items):
        entry = it.get("id", f"#{i + 1}") if isinstance(it, dict) else f"#{i + 1}"
        iid = _need(path, entry, it, "id", str)
        if iid not in INDICATOR_IDS:
            raise _fail(path, entry, f"unknown indicator id; expected one of {list(INDICATOR_IDS)}")
        if iid in out:
            raise _fail(path, entry, "duplicate indicator id")
        sev = _need(path, entry, it, "severity", str)
        if sev not in SEVERITIES:
            raise _fail(path, entry, f"severity must be one of {list(SEVERITIES)}")
        out[iid] = IndicatorDef(
            id=iid, label=_need(path, entry, it, "label", str),
            description=_need(path, entry, it, "description", str),
            dimensions=_strings(path, f"{entry}.dimensions", it.get("dimensions"), DIMENSIONS),
            elements=_strings(path, f"{entry}.elements", it.get("elements"), ELEMENTS),
            severity=sev, remediation=_strings(path, f"{entry}.remediation", it.get("remediation")))
    missing = [i for i in INDICATOR_IDS if i not in out]
    if missing:
        raise _fail(path, "indicators", f"missing indicator(s) {missing}")
    settings = data.get("engine", {}) or {}
    if not isinstance(settings, dict) or not all(isinstance(v, (int, float)) for v in settings.values()):
        raise _fail(path, "engine", "engine settings must map names to numbers")
    return version, out, {k: float(v) for k, v in settings.items()}


def _load_patterns(path: Path, lang: str) -> tuple[PatternEntry, ...]:
    data = _read_yaml(path)
    inds = _need(path, "(top level)", data, "indicators", dict)
    out: list[PatternEntry] = []
    seen: set[str] = set()
    for iid, block in inds.items():
        if iid not in INDICATOR_IDS:
            raise _fail(path, str(iid), "unknown indicator id")
        if not isinstance(block, dict):
            raise _fail(path, iid, "expected a mapping with 'phrases', 'patterns' and/or 'exclude'")
        for ph in block.get("phrases", []) or []:
            if not isinstance(ph, str) or not ph.strip():
                raise _fail(path, f"{iid}.phrases", f"phrase must be a non-empty string, got {ph!r}")
            out.append(PatternEntry(f"{lang}.{iid}.phrase:{ph}", iid, lang, "phrase", ph.strip(), 1.0))
        for key, excl in (("patterns", False), ("exclude", True)):
            for j, p in enumerate(block.get(key, []) or []):
                entry = f"{iid}.{key}[{j}]"
                pid = _need(path, entry, p, "id", str)
                seq = check_seq(path, f"{iid}.{pid}", _need(path, f"{iid}.{pid}", p, "seq", str))
                score = p.get("score", 0.9)
                if not isinstance(score, (int, float)) or not 0 < score <= 1:
                    raise _fail(path, f"{iid}.{pid}", "score must be a number in (0, 1]")
                pol = p.get("polarity")
                if pol is not None and pol not in PATTERN_POLARITIES:
                    raise _fail(path, f"{iid}.{pid}", f"polarity must be one of {', '.join(PATTERN_POLARITIES)}")
                full = f"{lang}.{iid}.{pid}"
                if full in seen:
                    raise _fail(path, f"{iid}.{pid}", "duplicate pattern id")
                seen.add(full)
                spares = p.get("spares_numeric", False)
                if not isinstance(spares, bool) or (spares and not excl):
                    raise _fail(path, f"{iid}.{pid}", "spares_numeric must be true or false, and only on exclude entries")
                out.append(PatternEntry(full, iid, lang, "seq", seq, float(score), excl, pol, spares))
    return tuple(out)


def _load_scope(path: Path) -> dict[str, ScopeRules]:
    data = _read_yaml(path)
    langs = _need(path, "(top level)", data, "languages", dict)
    out: dict[str, ScopeRules] = {}
    for lang, block in langs.items():
        terms = _strings(path, f"{lang}.terminators", (block or {}).get("terminators"))
        cues: list[ScopeCue] = []
        for j, c in enumerate(_need(path, lang, block, "cues", list)):
            entry = f"{lang}.cues[{j}]"
            ctype = _need(path, entry, c, "type", str)
            if ctype not in CUE_TYPES:
                raise _fail(path, entry, f"type must be one of {list(CUE_TYPES)}")
            direction = _need(path, entry, c, "direction", str)
            if direction not in DIRECTIONS:
                raise _fail(path, entry, f"direction must be one of {list(DIRECTIONS)}")
            window = _need(path, entry, c, "window", int)
            if not 0 <= window <= 60:
                raise _fail(path, entry, "window must be between 0 and 60 tokens")
            only = (_strings(path, f"{entry}.indicators", c["indicators"], INDICATOR_IDS)
                    if c.get("indicators") is not None else ())
            for k, text in enumerate(_strings(path, f"{entry}.cues", c.get("cues"))):
                check_seq(path, f"{entry}.cues[{k}]", text)
                cues.append(ScopeCue(f"{lang}.{ctype}.{direction}.{text}", ctype, lang, text, direction, window,
                                     tuple(only)))
        lt = (block or {}).get("list_terms") or {}
        if not isinstance(lt, dict):
            raise _fail(path, f"{lang}.list_terms", "expected a mapping with 'min' and 'terms'")
        terms_l = _strings(path, f"{lang}.list_terms.terms", lt["terms"]) if lt else ()
        lmin = lt.get("min", 4) if lt else 4
        if not isinstance(lmin, int) or lmin < 2:
            raise _fail(path, f"{lang}.list_terms.min", "min must be an integer of at least 2")
        seps = _optional_strings(path, lang, block, "cell_separators")
        if any(x not in terms for x in seps):
            raise _fail(path, f"{lang}.cell_separators", "every cell separator must also be a terminator")
        questions = bool((block or {}).get("questions_hypothetical", False))
        headings = bool((block or {}).get("headings_hypothetical", False))
        rv = (block or {}).get("row_verdicts") or {}
        if not isinstance(rv, dict) or any(k not in ("compliant", "remediated", "negation", "hypothetical") for k in rv):
            raise _fail(path, f"{lang}.row_verdicts",
                        "expected a mapping of compliant/remediated/negation/hypothetical to texts")
        verdicts = tuple((str(k), _strings(path, f"{lang}.row_verdicts.{k}", v)) for k, v in rv.items())
        tails = _optional_strings(path, lang, block, "verdict_tails")
        coords = _optional_strings(path, lang, block, "coordinators", one_word=True)
        limiters = _optional_strings(path, lang, block, "limiters", one_word=True)
        contrasts = _optional_strings(path, lang, block, "contrasts")
        written = _optional_strings(path, lang, block, "written_not_cues", one_word=True)
        openers = _optional_strings(path, lang, block, "concord_openers", one_word=True)
        stoppers = _optional_strings(path, lang, block, "negation_stoppers")
        verb_clauses = _verb_clauses(path, lang, (block or {}).get("verb_clauses"))
        out[str(lang)] = ScopeRules(str(lang), tuple(cues), terms, terms_l, lmin, seps, questions, headings,
                                    verdicts, _restrictive(path, str(lang), (block or {}).get("restrictive_negation")), tails,
                                    coords, limiters, contrasts, tuple(w.strip().lower() for w in written), openers,
                                    stoppers, verb_clauses)
    return out


def _optional_strings(path: Path, lang: str, block: dict | None, key: str, one_word: bool = False) -> tuple[str, ...]:
    """The optional list ``key`` of one language's block of scope.yaml (empty when absent), checked."""
    raw = (block or {}).get(key)
    words = _strings(path, f"{lang}.{key}", raw) if raw is not None else ()
    if one_word and any(" " in w.strip() for w in words):
        raise _fail(path, f"{lang}.{key}", "each entry is one word")
    return tuple(words)


def _verb_clauses(path: Path, lang: str, raw: object) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The ``verb_clauses`` block of one language of scope.yaml (openers, form endings, lemma endings), checked."""
    if raw is None:
        return None
    where = f"{lang}.verb_clauses"
    if not isinstance(raw, dict) or set(raw) != {"openers", "endings", "lemma_endings"}:
        raise _fail(path, where, "expected a mapping with openers, endings and lemma_endings")
    return (_strings(path, f"{where}.openers", raw["openers"]), _strings(path, f"{where}.endings", raw["endings"]),
            _strings(path, f"{where}.lemma_endings", raw["lemma_endings"]))


def _restrictive(path: Path, lang: str, raw: object) -> RestrictiveNegation | None:
    """The ``restrictive_negation`` block of one language of scope.yaml, checked."""
    if raw is None:
        return None
    where = f"{lang}.restrictive_negation"
    if not isinstance(raw, dict) or set(raw) - {"cues", "partners", "blockers", "window"}:
        raise _fail(path, where, "expected a mapping with cues, partners, blockers and window")
    window = raw.get("window", 6)
    if not isinstance(window, int) or not 1 <= window <= 20:
        raise _fail(path, f"{where}.window", "window must be an integer between 1 and 20 tokens")
    cues = tuple(x.lower() for x in _strings(path, f"{where}.cues", raw.get("cues")))
    if any(" " in c for c in cues):
        raise _fail(path, f"{where}.cues", "each cue is one word")
    partners = tuple(tuple(x.lower().split()) for x in _strings(path, f"{where}.partners", raw.get("partners")))
    blockers = tuple(x.lower() for x in _strings(path, f"{where}.blockers", raw.get("blockers")))
    return RestrictiveNegation(cues, partners, blockers, window)


def _load_numeric(path: Path) -> dict[str, NumericRules]:
    data = _read_yaml(path)
    thresholds = _need(path, "thresholds", data, "thresholds", dict)
    if not all(isinstance(v, (int, float)) for v in thresholds.values()):
        raise _fail(path, "thresholds", "every threshold must be a number")
    out: dict[str, NumericRules] = {}
    for lang, words in _need(path, "languages", data, "languages", dict).items():
        if not isinstance(words, dict):
            raise _fail(path, str(lang), "expected a mapping of word lists")
        out[str(lang)] = NumericRules(str(lang), {k: _strings(path, f"{lang}.{k}", v) for k, v in words.items()},
                                      {k: float(v) for k, v in thresholds.items()})
    return out


def load_lexicon_from(directory: Path | str) -> Lexicon:
    """Load and validate the lexicon in ``directory`` (uncached)."""
    d = Path(directory)
    files = [d / "indicators.yaml", d / "scope.yaml", d / "patterns" / "numeric.yaml"]
    files += [d / "patterns" / f"{lang}.yaml" for lang in LANGS]
    digest = hashlib.sha256()
    for f in files:
        if f.is_file():
            digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    version, indicators, settings = _load_indicators(files[0])
    patterns = {lang: _load_patterns(d / "patterns" / f"{lang}.yaml", lang) for lang in LANGS}
    scope = _load_scope(files[1])
    numeric = _load_numeric(files[2])
    for lang in LANGS:
        if lang not in scope:
            raise _fail(files[1], lang, "no scope rules for this language")
        if lang not in numeric:
            raise _fail(files[2], lang, "no numeric words for this language")
    return Lexicon(version, digest.hexdigest(), indicators, patterns, scope, numeric, settings)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The project lexicon from ``lexicons/`` (validated once per process)."""
    return load_lexicon_from(LEXICON_DIR)


def indicator_label(indicator_id: str) -> str:
    """The indicator's label from the lexicon, e.g. "Intimidation and threats"; other ids read as words."""
    definition = load_lexicon().indicators.get(indicator_id)
    if definition is not None:
        return definition.label
    text = indicator_id.replace("_", " ")
    return text[:1].upper() + text[1:]
