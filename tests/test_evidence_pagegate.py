"""The page-level fast path (one tokenisation per page, sentences matched on spans of it) gives exactly what
the plain sentence-by-sentence path gives; lemma-table gaps; results do not depend on the hash seed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from screener.evidence import get_engine
from screener.evidence.sentences import split_sentences
from screener.ingest.documents import read_document

ROOT = Path(__file__).resolve().parents[1]
TRICKY = [
    "Their pay was with- held. The agent de- ducted fees. Workers were threat- ened with deportation.",
    "Passports were with- held by the HR office. Workers could not leave.\n\nPay-\nslips were not given.",
    "- Passports of 12 workers were kept in the HR office for safekeeping.\n- Workers paid USD 1,200 to a broker.",
    "Time records show 84 hours per week.  Two workers aged 14 were found   on line 3!",
    "x" * 2500 + " passports were confiscated by the supervisor. " + "y" * 2100,
    "CAP: Remove padlocks from dormitory doors. Although fees were charged, they were reimbursed in full.",
    "  \n\t Los trabajadores pagaron 500 dólares al reclutador por el empleo. Les retienen el pasaporte.",
    "Worker interviews: 16 people per room in the dormitory; they work from 7 am to 11 pm | table | row",
]


def _plain(pipe, text: str):
    return [f for s, e in split_sentences(text) for f in pipe.sentence_findings(text[s:e], s)]


def _texts() -> list[tuple[str, str]]:
    out = [("en", t) for t in TRICKY]
    for name in ("evidence_fresh.jsonl", "evidence_fresh2.jsonl"):
        rows = [json.loads(x) for x in (ROOT / "tests" / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        for lang in ("en", "es", "fr"):  # whole pages made of many labelled sentences
            out.append((lang, "\n".join(r["text"] for r in rows if r["lang"] == lang)))
    for path in sorted((ROOT / "sample_suppliers" / "reports").iterdir())[:12]:
        doc = read_document(path)
        lang = get_engine().resolve_lang(doc.text[:20000], doc.lang)
        out.extend((lang, p.text) for p in doc.pages)
    return out


def test_page_path_equals_sentence_path():
    engine = get_engine()
    texts = _texts()
    found = 0
    for lang, text in texts:
        pipe = engine.pipeline(lang)
        fast = pipe.text_findings(text)
        assert fast == _plain(pipe, text), text[:200]
        found += len(fast)
    assert found > 100  # the texts do contain evidence


def test_word_matches_tokens_whose_lemma_is_the_word_itself():
    """The lookup table maps "brokers" -> "broker" but "broker" -> "broke" (and "pagos" -> "pago" -> "pagar")."""
    en = get_engine().pipeline("en")
    comp = en.m.literal  # any compiled entry shows the compiler is in use; compile a probe sequence
    assert comp
    from screener.evidence.matching import SeqCompiler
    from spacy.matcher import Matcher

    def matches(pipe, seq: str, text: str) -> int:
        compiler = SeqCompiler(pipe.normalizer, ["but"])
        m = Matcher(pipe.nlp.vocab)
        m.add("probe", compiler.compile(seq, "probe").patterns)
        doc = pipe.nlp.make_doc(text)
        pipe.normalizer(doc)
        return len(m(doc))

    assert en.normalizer.lemma("broker") != "broker"  # the trap still exists in the table
    assert matches(en, "broker fee", "the brokers fee was high") == 1
    assert matches(en, "broker fee", "the broker fee was high") == 1
    assert matches(en, "broker fee", "the broken fee was high") == 0
    es = get_engine().pipeline("es")
    assert matches(es, "pago atrasado", "pagos atrasados") == 1
    assert matches(es, "pago atrasado", "pago atrasado") == 1


def test_phrase_with_a_lemma_gap_matches_the_plural():
    from screener.evidence.matching import _lemma_variants
    from spacy.matcher import PhraseMatcher

    en = get_engine().pipeline("en")
    doc = en.nlp.make_doc("broker fee")
    en.normalizer(doc)
    pm = PhraseMatcher(en.nlp.vocab, attr="LEMMA")
    pm.add("p", [doc] + _lemma_variants(en.nlp, en.normalizer, "broker fee", doc))
    for text, n in (("brokers fees", 1), ("broker fee", 1), ("broke fee", 0)):
        probe = en.nlp.make_doc(text)
        en.normalizer(probe)
        assert len(pm(probe)) == n, text


_SCRIPT = """
import json, sys
from screener.evidence import get_engine
out = [ev.lexicon_entry + '|' + ev.polarity + '|' + ev.cue for ev in get_engine().scan_text(sys.argv[1], lang='en')]
print(json.dumps(out))
"""


@pytest.mark.parametrize("text", [
    "No child labour was observed on the farm; however, workers' residence permits are held by the farm manager.",
])
def test_results_do_not_depend_on_the_hash_seed(text):
    runs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", _SCRIPT, text], capture_output=True, text=True, env=env,
                              check=True)
        runs.append(json.loads(proc.stdout))
    assert runs[0] and runs[0] == runs[1] == runs[2]


NUMERIC = [
    "Workers did 84 hours per week.", "Workers did 84hrs a week.", "They worked 80+ hrs/week.", "14-hour days",
    "Weekly working hours averaged 72.", "Workers worked 21 consecutive days.", "12 workers per room",
    "The room houses 14 workers.", "Worked from 7 am to 11 pm daily.", "Workers stayed until 2 am.",
    "Two girls aged 13 were working.", "A 14-year-old boy worked the kiln.", "Workers under 16 were hired.",
    "Trabajaban 80 horas por semana.", "Dos niñas de 12 años trabajaban.", "16 trabajadores por habitación",
    "Ils travaillaient 75 heures par semaine.", "Des enfants âgés de 12 ans travaillaient.",
]


def test_numeric_token_prefilter_never_hides_a_hit():
    engine = get_engine()
    texts = [("en", t) for t in NUMERIC[:13]] + [("es", t) for t in NUMERIC[13:16]] + [("fr", t) for t in NUMERIC[16:]]
    for name in ("evidence_fresh.jsonl", "evidence_fresh2.jsonl", "evidence_fresh3.jsonl"):
        rows = [json.loads(x) for x in (ROOT / "tests" / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        texts += [(r["lang"], r["text"]) for r in rows]
    hits = 0
    for lang, text in texts:
        pipe = engine.pipeline(lang)
        doc = pipe.nlp.make_doc(text)
        pipe.normalizer(doc)
        pairs = doc.to_array(["NORM", "LEMMA"]).tolist()
        found = pipe.numeric.find_in(pairs, doc.vocab.strings)
        hits += bool(found)
        if found:
            assert pipe.numeric.may_match(pairs, doc.vocab.strings), text
    assert hits >= 15
