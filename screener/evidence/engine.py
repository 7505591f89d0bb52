"""The evidence engine: documents and text in, ``Evidence`` records out (DESIGN.md section 4).

One engine per process (``get_engine()``), holding one pipeline per language, built lazily on first use.
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable

from screener.errors import InputError
from screener.evidence.annotate import Finding, LangPipeline
from screener.evidence.langdetect import SUPPORTED, detect_language
from screener.evidence.startup import import_language
from screener.lexicon import Lexicon, load_lexicon
from screener.models import Document, Evidence

Progress = Callable[[float, str], None]


def _evidence(f: Finding, text: str, *, document: str, page: int, supplier_key: str, lang: str) -> Evidence:
    sentence = text[f.sent_start:f.sent_end]
    return Evidence(indicator=f.indicator, supplier_key=supplier_key, document=document, page=page,
                    sentence=sentence, start=f.start, end=f.end, matched_text=sentence[f.start:f.end],
                    lexicon_entry=f.entry, match=f.match, score=f.score, polarity=f.polarity,
                    hedged=f.hedged, lang=lang, cue=f.cue)


class EvidenceEngine:
    """Finds forced-labour indicator evidence in text, documents and batches of documents."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self._pipes: dict[str, LangPipeline] = {}
        self._lock = threading.Lock()

    @property
    def edition(self) -> str:
        """Lexicon version and checksum, for run records and exports."""
        return self.lexicon.edition

    def pipeline(self, lang: str) -> LangPipeline:
        """The pipeline of ``lang`` (built on first use); InputError for an unsupported language."""
        if lang not in SUPPORTED:
            raise InputError(f"language '{lang}' is not supported; use one of {', '.join(SUPPORTED)}")
        pipe = self._pipes.get(lang)
        if pipe is None:
            with self._lock:
                pipe = self._pipes.get(lang)
                if pipe is None:
                    import_language(lang)  # spaCy's language module, imported the fast way
                    pipe = self._pipes[lang] = LangPipeline(lang, self.lexicon)
        return pipe

    def resolve_lang(self, text: str, lang: str | None) -> str:
        """``lang`` when given (validated), else the detected language of ``text``."""
        if lang:
            lang = lang.lower().strip()
            if lang not in SUPPORTED:
                raise InputError(f"language '{lang}' is not supported; use one of {', '.join(SUPPORTED)}")
            return lang
        return detect_language(text)

    def scan_text(self, text: str, *, lang: str | None = None, document: str = "", page: int = 1,
                  supplier_key: str = "") -> list[Evidence]:
        """Evidence in a piece of text (one page, a sheet cell or a sentence)."""
        if not text or not text.strip():
            return []
        lang = self.resolve_lang(text, lang)
        return [_evidence(f, text, document=document, page=page, supplier_key=supplier_key, lang=lang)
                for f in self.pipeline(lang).text_findings(text)]

    def scan_document(self, doc: Document, supplier_key: str = "") -> list[Evidence]:
        """Evidence in every page of a document, in the document's language (detected when unknown)."""
        lang = self.resolve_lang(doc.text[:20000], doc.lang)
        out: list[Evidence] = []
        for p in doc.pages:
            out.extend(self.scan_text(p.text, lang=lang, document=doc.name, page=p.number,
                                      supplier_key=supplier_key))
        return out

    def scan_documents(self, items: list[tuple[Document, str]], *,
                       progress: Progress | None = None) -> list[Evidence]:
        """Evidence of many (document, supplier_key) pairs; ``progress(fraction, message)`` after each one."""
        out: list[Evidence] = []
        total = len(items)
        for i, (doc, key) in enumerate(items):
            out.extend(self.scan_document(doc, key))
            if progress is not None:
                progress((i + 1) / total, f"Scanned {doc.name} ({i + 1} of {total})")
        return out


@functools.lru_cache(maxsize=1)
def get_engine() -> EvidenceEngine:
    """The process-wide evidence engine (built once, pipelines built lazily per language)."""
    return EvidenceEngine()
