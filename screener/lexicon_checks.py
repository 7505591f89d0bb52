"""Checks shared by the lexicon loaders: required fields, string lists, the token-sequence mini-language, and the
error that names the file and the entry."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from screener.errors import LexiconError
from screener.resources import read_yaml

_ATOM = r"(?:#|=?\^?[^\s|*?#=^]+)"
_TOKEN_RE = re.compile(rf"^(\*\d{{1,2}}|{_ATOM}(\|{_ATOM})*\??)$")


def fail(path: Path, entry: str, msg: str) -> LexiconError:
    """The error for an invalid entry of a lexicon file, naming the file and the entry."""
    return LexiconError(f"invalid lexicon entry '{entry}': {msg}", file=str(path))


def read_lexicon_yaml(path: Path) -> Any:
    """A lexicon YAML file's content."""
    return read_yaml(path)  # the one YAML reader: missing files, bad YAML and a wrong outline raise LexiconError


def need(path: Path, entry: str, obj: Any, key: str, kind: type | tuple[type, ...]) -> Any:
    """The required, non-empty field ``key`` of ``obj``, of type ``kind``."""
    if not isinstance(obj, dict) or key not in obj:
        raise fail(path, entry, f"missing field '{key}'")
    val = obj[key]
    if not isinstance(val, kind) or (isinstance(val, (str, list, dict)) and not val):
        raise fail(path, entry, f"field '{key}' must be a non-empty {getattr(kind, '__name__', kind)}")
    return val


def strings(path: Path, entry: str, vals: Any, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """A non-empty list of non-empty strings (each one of ``allowed`` when given), as a tuple."""
    if not isinstance(vals, list) or not vals or not all(isinstance(v, str) and v.strip() for v in vals):
        raise fail(path, entry, "expected a non-empty list of non-empty strings")
    if allowed is not None:
        bad = [v for v in vals if v not in allowed]
        if bad:
            raise fail(path, entry, f"unknown value(s) {bad}; allowed: {list(allowed)}")
    return tuple(vals)


def check_seq(path: Path, entry: str, seq: str) -> str:
    """Validate the token-sequence mini-language; return it unchanged."""
    toks = seq.split()
    if not toks:
        raise fail(path, entry, "empty token sequence")
    for t in toks:
        if not _TOKEN_RE.match(t):
            raise fail(path, entry, f"bad token '{t}' in sequence '{seq}'")
    if toks[0].startswith("*") or toks[-1].startswith("*"):
        raise fail(path, entry, f"a sequence may not start or end with a window: '{seq}'")
    if all(t.endswith("?") or t.startswith("*") for t in toks):
        raise fail(path, entry, f"every token is optional in '{seq}'")
    return seq
