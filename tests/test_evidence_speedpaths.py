"""The fast paths of the evidence engine give exactly what the plain paths give."""
from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from re import _compiler, _parser

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

from screener.evidence.startup import reuse_charsets
from screener.evidence.textnorm import fold, fold_many, load_lemma_table

TRICKY = ["Straße", "ΟΔΟΣ ΛΟΓΟΣ", "İstanbul", "with- held", "with-\nheld", "Ça-\u00a0va", "ﬁancé", "ÉLÈVE’s",
          "a\x00b", "x-\tb", "ǅemal", "a`b", "é`´‘", "", "Niño's pasaporte", "retenu-  e"]


def test_fold_many_equals_fold_on_tricky_text():
    assert fold_many(TRICKY) == [fold(t) for t in TRICKY]
    assert fold_many([]) == []


def test_fold_many_equals_fold_on_a_whole_lemma_table():
    path = resources.files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    forms = list(json.loads(gzip.decompress(path.read_bytes())))
    assert len(forms) > 10_000
    assert fold_many(forms) == [fold(f) for f in forms]


def test_lemma_table_is_loaded_once_and_folded():
    a, b = load_lemma_table("es"), load_lemma_table("es")
    assert a is b
    assert a["pasaportes"] == "pasaporte"
    assert all(k == fold(k) for k in list(a)[:5000])


def _code(pattern: str, flags: int = 0) -> list[int]:
    return _compiler._code(_parser.parse(pattern, flags), flags)


def test_reused_charsets_compile_to_identical_code():
    pattern = "|".join(f"(?:[{ALPHA}]+-[{ALPHA_LOWER}]{{{n}}}[{ALPHA}])" for n in range(1, 6))
    for flags in (0, re.IGNORECASE | re.UNICODE):
        plain = _code(pattern, flags)
        with reuse_charsets():
            fast = _code(pattern, flags)
            again = _code(pattern, flags)
        assert fast == plain == again
    assert _compiler._optimize_charset.__module__ == "re._compiler"  # restored afterwards
