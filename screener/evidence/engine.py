"""The evidence engine: documents and text in, ``Evidence`` records out (DESIGN.md section 4).

One engine per process (``get_engine()``), holding one pipeline per language, built lazily on first use.
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from screener.errors import InputError
from screener.evidence.annotate import Finding, LangPipeline
from screener.evidence.langdetect import SUPPORTED, detect_language
from screener.evidence.model_findings import PageFindings, add_model_findings_many
from screener.evidence.sentence_model import SentenceModel, default_model
from screener.evidence import parallel
from screener.evidence.parallel import PageJob, can_fork, worker_count
from screener.evidence.sentences import split_sentences
from screener.evidence.startup import import_language
from screener.evidence.textnorm import break_symbol_runs
from screener.lexicon import Lexicon, load_lexicon
from screener.contracts import Document, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc

Progress = Callable[[float, str], None]
CHUNK_CHARS = 200_000  # a page longer than this is scanned in pieces (spaCy refuses texts over max_length)
# pages whose sentences the sentence model scores in one pass (its fixed costs per call are paid once per
# batch); a batch is cut earlier once it holds this many words, which bounds its memory
MODEL_BATCH_PAGES = 32
MODEL_BATCH_WORDS = 20_000
# text tokenised ahead of matching (its Docs held meanwhile, so the new words of many pages are repaired in one
# go): at most about this many characters, whatever the pages
STAGED_CHARS = 400_000


def text_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, at a paragraph, line, sentence or word end."""
    if len(text) <= size:
        return [text]
    out, pos = [], 0
    while len(text) - pos > size:
        end = pos + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(sep, pos + size // 2, end)
            if cut >= 0:
                cut += len(sep)
                break
        cut = cut if cut > pos else end
        out.append(text[pos:cut])
        pos = cut
    out.append(text[pos:])
    return out


def _evidence(f: Finding, text: str, *, document: str, page: int, supplier_key: str, lang: str) -> Evidence:
    sentence = text[f.sent_start:f.sent_end]
    return Evidence(indicator=f.indicator, supplier_key=supplier_key, document=document, page=page,
                    sentence=sentence, start=f.start, end=f.end, matched_text=sentence[f.start:f.end],
                    lexicon_entry=f.entry, match=f.match, score=f.score, polarity=f.polarity,
                    hedged=f.hedged, lang=lang, cue=f.cue, confidence=getattr(f, "confidence", "finding"),
                    ngrams=getattr(f, "ngrams", ()))


class EvidenceEngine:
    """Finds forced-labour indicator evidence in text, documents and batches of documents."""

    def __init__(self, lexicon: Lexicon | None = None, sentence_model: SentenceModel | None | str = "default") -> None:
        self.lexicon = lexicon or load_lexicon()
        # the learned sentence model beside the rules ("default": models/sentence_model.json, None: rules alone)
        self.sentence_model = default_model() if isinstance(sentence_model, str) else sentence_model
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
        return self._scan_pages([(text, self.resolve_lang(text[:20000], lang), document, page, supplier_key)])[0]

    def _scan_pages(self, pages: list[tuple[str, str, str, int, str]]) -> list[list[Evidence]]:
        """Evidence of each (text, language, document, page number, supplier key), in order: the rules page by
        page, then the sentence model once over every sentence of the pages (the same result as page by page)."""
        parts: list[tuple[int, str, str]] = []  # (index of the page, its language, a piece of its text)
        found: list[PageFindings] = []
        staged: list[tuple[LangPipeline, str, list[tuple[int, int]], Doc | None]] = []
        held = 0

        def run_staged() -> None:
            """The rules over the staged pieces, their new words' fuzzy repairs first worked out in one go."""
            for pipe in {id(p): p for p, _, _, _ in staged}.values():
                pipe.normalizer.prepare([doc for p, _, _, doc in staged if p is pipe and doc is not None])
            found.extend((pipe, part, sents, pipe.text_findings(part, sents, doc)) for pipe, part, sents, doc in staged)
            staged.clear()

        for i, (text, lang, _, _, _) in enumerate(pages):
            if not text or not text.strip():
                continue
            pipe = self.pipeline(lang)
            for part in text_chunks(break_symbol_runs(text)):
                sents = split_sentences(part)
                parts.append((i, lang, part))
                staged.append((pipe, part, sents, pipe.page_doc(part, sents)))
                held += len(part)
                if held >= STAGED_CHARS:  # a huge page: its Docs are not all held at once
                    run_staged()
                    held = 0
        run_staged()
        out: list[list[Evidence]] = [[] for _ in pages]
        for (i, lang, part), findings in zip(parts, add_model_findings_many(self.sentence_model, found)):
            _, _, document, page, key = pages[i]
            out[i] += [_evidence(f, part, document=document, page=page, supplier_key=key, lang=lang) for f in findings]
        return out

    def scan_document(self, doc: Document, supplier_key: str = "") -> list[Evidence]:
        """Evidence in every page of a document, in the document's language (detected when unknown)."""
        return [ev for part in self.scan_batches(self._page_jobs([(doc, supplier_key)])) for ev in part]

    def _page_jobs(self, items: list[tuple[Document, str]]) -> list[PageJob]:
        jobs: list[PageJob] = []
        for i, (doc, key) in enumerate(items):
            lang = self.resolve_lang(doc.text[:20000], doc.lang)
            jobs.extend(PageJob(i, p.text, lang, doc.name, p.number, key, len(p.text.split())) for p in doc.pages)
        return jobs

    def _scan_jobs(self, jobs: list[PageJob]) -> list[list[Evidence]]:
        """Evidence of each page job, in order."""
        return self._scan_pages([(j.text, j.lang, j.document, j.page, j.supplier_key) for j in jobs])

    def scan_documents(self, items: list[tuple[Document, str]], *, progress: Progress | None = None,
                       workers: int | None = None) -> list[Evidence]:
        """Evidence of many (document, supplier_key) pairs, in order; ``progress(fraction, message)`` after each.

        With enough text (``PARALLEL_MIN_WORDS``) the pages are scanned by ``workers`` forked processes
        (default: env ``SCREENER_WORKERS``, else min(2, CPUs)); the result is the same as scanning in order.
        """
        jobs = self._page_jobs(items)
        last_job, n_jobs = [], 0
        for i in range(len(items)):
            while n_jobs < len(jobs) and jobs[n_jobs].item == i:
                n_jobs += 1
            last_job.append(n_jobs - 1)
        reported = 0

        def advance(upto: int) -> None:
            nonlocal reported
            while reported < len(items) and last_job[reported] <= upto:
                reported += 1
                if progress is not None:
                    progress(reported / len(items),
                             f"Scanned {items[reported - 1][0].name} ({reported} of {len(items)})")

        advance(-1)
        n = worker_count() if workers is None else max(1, workers)
        if n > 1 and len(jobs) > 1 and sum(j.words for j in jobs) >= parallel.PARALLEL_MIN_WORDS and can_fork():
            for lang in sorted({j.lang for j in jobs}):
                self.pipeline(lang)  # built before forking, so every worker inherits it
            parts = parallel.scan_pages_parallel(self.scan_batches, jobs, n, done=advance)
        else:
            parts = self.scan_batches(jobs, done=advance)
        return [ev for part in parts for ev in part]

    def scan_batches(self, jobs: list[PageJob], done: Callable[[int], None] | None = None) -> list[list[Evidence]]:
        """Evidence of each page job, in order, scanned in batches of pages (see ``MODEL_BATCH_PAGES``);
        ``done(i)`` once job i and every job before it are scanned."""
        out: list[list[Evidence]] = []
        start = words = 0
        for j, job in enumerate(jobs):
            words += job.words
            if j + 1 == len(jobs) or j + 1 - start >= MODEL_BATCH_PAGES or words >= MODEL_BATCH_WORDS:
                out += self._scan_jobs(jobs[start:j + 1])
                if done is not None:
                    done(j)
                start, words = j + 1, 0
        return out


@functools.lru_cache(maxsize=1)
def get_engine() -> EvidenceEngine:
    """The process-wide evidence engine (built once, pipelines built lazily per language)."""
    return EvidenceEngine()
