"""Loading and validating the evidence lexicons (``lexicons/indicators.yaml``, ``patterns/``, ``scope.yaml``).

The lexicon is data: indicator definitions, phrases and token patterns per language, scope cues and numeric
rules. It is checked against a schema on load; an invalid file raises :class:`LexiconError` naming the file
and the entry. ``load_lexicon()`` is cached and carries a version and a checksum of every file it read.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from screener.errors import LexiconError as LexiconError  # re-exported: callers catch it from here
from screener.contracts import INDICATOR_IDS
from screener.lexicon_checks import check_seq, fail as _fail, need as _need, read_lexicon_yaml as _read_yaml
from screener.lexicon_checks import strings as _strings
from screener.lexicon_scope import ScopeCue as ScopeCue  # re-exported for the scope modules
from screener.lexicon_scope import ScopeRules, load_scope
from screener.resources import lexicon_dir

LEXICON_DIR = lexicon_dir()
DIMENSIONS = ("unfree_recruitment", "work_and_life_under_duress", "impossibility_of_leaving")
ELEMENTS = ("involuntariness", "menace_of_penalty")
SEVERITIES = ("critical", "high", "medium")
PATTERN_POLARITIES = ("negated", "policy", "remediated", "hypothetical", "compliant")
LANGS = ("en", "es", "fr")


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
    scope = load_scope(files[1])
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
