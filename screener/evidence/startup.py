"""Cheap start-up of spaCy's language classes.

Importing ``spacy.lang.fr`` compiles a large tokenizer regular expression whose character classes (spaCy's
``ALPHA`` and friends) repeat hundreds of times; Python's ``re`` compiler re-derives each identical class
from scratch, which takes seconds. :func:`import_language` imports a language class while the compiler
reuses the result for identical classes, so the compiled expression is the same, only built faster.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import spacy

try:  # CPython 3.11+; older layouts fall back to the plain import
    from re import _compiler as _re_compiler  # type: ignore[attr-defined]  # private module, not in typeshed
except ImportError:  # pragma: no cover
    _re_compiler = None  # type: ignore[assignment]

_lock = threading.Lock()


@contextlib.contextmanager
def reuse_charsets() -> Iterator[None]:
    """While active, ``re`` builds each distinct character class once (identical compiled code)."""
    orig = getattr(_re_compiler, "_optimize_charset", None)
    if orig is None:
        yield
        return
    memo: dict = {}

    def optimize(charset, iscased=None, fixup=None, fixes=None):  # same signature as CPython's
        try:
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            hit = memo.get(key)
        except TypeError:  # an unhashable class: compute as usual
            return orig(charset, iscased, fixup, fixes)
        if hit is None:
            hit = memo[key] = orig(charset, iscased, fixup, fixes)
        return list(hit[0]), hit[1]

    with _lock:
        _re_compiler._optimize_charset = optimize
        try:
            yield
        finally:
            _re_compiler._optimize_charset = orig


def import_language(lang: str) -> type:
    """spaCy's Language class of ``lang``, imported with :func:`reuse_charsets` (a no-op once imported)."""
    with reuse_charsets():
        return spacy.util.get_lang_class(lang)
