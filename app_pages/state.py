"""Session state, caches and the screening call for the app. No page layout lives here."""
from __future__ import annotations

import atexit
import functools
import hashlib
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st

from screener.contracts import ScreenRun, SupplierResult
from screener.access import User
from screener.review.store import ReviewStore, default_db_target, open_store
from screener.resources import sample_dir

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DIR = sample_dir()
SAMPLE_SHEET = SAMPLE_DIR / "suppliers.xlsx"
SAMPLE_REPORTS = SAMPLE_DIR / "reports"

# Session-state keys shared by the pages.
RUN = "run"  # the current ScreenRun
INPUTS = "inputs"  # the ScreenInputs behind it
SELECTED = "selected_supplier"  # supplier_key of the supplier open in the case / review pages
USER = "user"  # the signed-in screener.access.User (app.py sets it before any page runs)
SHOW_RAW = "show_raw"  # show unredacted evidence text (authorised reviewers only)
RUN_ERROR = "run_error"  # why the last screening failed, in plain English


@dataclass(frozen=True)
class ScreenInputs:
    """The files and options behind one screening run; ``digest`` hashes their contents."""

    suppliers: str
    reports: tuple[str, ...] = ()
    overrides: tuple[tuple[str, str], ...] = ()
    sheet: str | None = None
    label: str = ""
    digest: str = ""

    def with_overrides(self, overrides: dict[str, str]) -> "ScreenInputs":
        """The same files screened again with the user's column mapping."""
        return ScreenInputs(self.suppliers, self.reports, tuple(sorted(overrides.items())), self.sheet,
                            self.label, self.digest)


def files_digest(paths: Sequence[str | Path]) -> str:
    """SHA-256 over the names and contents of the given files, in order."""
    h = hashlib.sha256()
    for p in paths:
        path = Path(p)
        h.update(path.name.encode("utf-8") + b"\0")
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


def sample_inputs() -> ScreenInputs:
    """The sample portfolio shipped with the repository."""
    from screener.pipeline import collect_report_paths

    reports = tuple(str(p) for p in collect_report_paths(SAMPLE_REPORTS)) if SAMPLE_REPORTS.is_dir() else ()
    return ScreenInputs(str(SAMPLE_SHEET), reports, label="Sample portfolio",
                        digest=files_digest([SAMPLE_SHEET, *reports]))


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name.strip() or "upload"
    return re.sub(r"[^\w.\- ()]+", "_", base)[:150]


@functools.lru_cache(maxsize=1)
def upload_root() -> Path:
    """A private folder (mode 0700) for this server's uploads, removed when the server stops."""
    root = Path(tempfile.mkdtemp(prefix="screener-uploads-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


def save_uploads(sheet_name: str, sheet_data: bytes, reports: Sequence[tuple[str, bytes]]) -> ScreenInputs:
    """Write uploaded files to a folder named by their content hash; same files give the same inputs."""
    h = hashlib.sha256(sheet_name.encode() + b"\0" + sheet_data)
    for name, data in reports:
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    digest = h.hexdigest()
    from screener.retention import purge_expired, retention_days

    purge_expired(upload_root(), retention_days())  # raw uploads name workers: keep them no longer than set
    folder = upload_root() / digest[:24]
    (folder / "reports").mkdir(parents=True, exist_ok=True)
    sheet_path = folder / _safe_name(sheet_name)
    sheet_path.write_bytes(sheet_data)
    report_paths: list[str] = []
    used: set[str] = set()
    for name, data in reports:
        safe = _safe_name(name)
        stem, suffix, n = Path(safe).stem, Path(safe).suffix, 2
        while safe.lower() in used:
            safe, n = f"{stem} ({n}){suffix}", n + 1
        used.add(safe.lower())
        path = folder / "reports" / safe
        path.write_bytes(data)
        report_paths.append(str(path))
    return ScreenInputs(str(sheet_path), tuple(report_paths), label="Uploaded files", digest=digest)


def prepare_engine_and_model() -> None:
    """Build the nlp pipelines of every supported language and load the risk model."""
    from screener.evidence import get_engine
    from screener.evidence.langdetect import SUPPORTED
    from screener.scoring.model import load_default_model

    engine = get_engine()
    for lang in SUPPORTED:
        engine.scan_text("Warm-up sentence.", lang=lang)
    engine.scan_text("Warm-up sentence for language detection.")
    load_default_model()


@st.cache_resource(show_spinner="Loading the language pipelines and the risk model (once per server)…")
def warm_up() -> bool:
    """Build the nlp engine and load the model once per server process."""
    prepare_engine_and_model()
    return True


@st.cache_data(show_spinner=False, max_entries=8)
def _screen_cached(suppliers: str, reports: tuple[str, ...], overrides: tuple[tuple[str, str], ...],
                   sheet: str | None, digest: str, decisions_revision: int,
                   _progress: Callable[[float, str], None] | None = None,
                   _store: ReviewStore | None = None) -> ScreenRun:
    """One screening, cached by inputs and by the review store's revision (new decisions re-score)."""
    from screener.pipeline import screen

    return screen(suppliers, reports=list(reports), sheet=sheet, overrides=dict(overrides) or None,
                  progress=_progress, store=_store)


def run_screen(inputs: ScreenInputs, progress: Callable[[float, str], None] | None = None) -> ScreenRun:
    """Screen the inputs (cached by file contents and options) and make the result the current run."""
    warm_up()
    store = review_store()
    run = _screen_cached(inputs.suppliers, inputs.reports, inputs.overrides, inputs.sheet, inputs.digest,
                         store.revision(), _progress=progress, _store=store)
    st.session_state[RUN] = run
    st.session_state[INPUTS] = inputs
    st.session_state.pop(RUN_ERROR, None)
    keys = [r.supplier_key for r in run.results]
    if st.session_state.get(SELECTED) not in keys:
        st.session_state[SELECTED] = keys[0] if keys else None
    return run


def rescreen_after_review() -> None:
    """Apply a new review decision to the scores: screen the current inputs again (store revision changed)."""
    inputs = current_inputs()
    if inputs is not None:
        run_screen(inputs)


def ensure_sample_run() -> None:
    """On the first visit, open the app on the sample portfolio, already screened."""
    if RUN in st.session_state or RUN_ERROR in st.session_state:
        return
    if not SAMPLE_SHEET.is_file():
        st.session_state[RUN_ERROR] = f"The sample portfolio is missing: {SAMPLE_SHEET} was not found."
        return
    try:
        with st.spinner("Screening the sample portfolio…"):
            run_screen(sample_inputs())
    except Exception as exc:  # noqa: BLE001 - shown to the user, the app stays usable
        st.session_state[RUN_ERROR] = f"The sample portfolio could not be screened: {exc}"


def _is(value: Any, cls: type) -> bool:
    # By class name, not identity: a module reloaded by Streamlit's file watcher makes a new class object,
    # and the run kept in the session must still count.
    return value is not None and type(value).__name__ == cls.__name__


def current_run() -> ScreenRun | None:
    """The run the pages show, or None before anything was screened."""
    run = st.session_state.get(RUN)
    return run if _is(run, ScreenRun) else None


def current_inputs() -> ScreenInputs | None:
    value = st.session_state.get(INPUTS)
    return value if _is(value, ScreenInputs) else None


def result_by_key(run: ScreenRun, key: str | None) -> SupplierResult | None:
    """The result for one supplier key, or None."""
    return next((r for r in run.results if r.supplier_key == key), None)


def select_supplier(key: str) -> None:
    st.session_state[SELECTED] = key


@st.cache_resource
def _store(target: str) -> ReviewStore:
    return open_store(target)


def review_store() -> ReviewStore:
    """The review store at ``SCREENER_DB`` (a SQLite file or a PostgreSQL URL; default ``reviews.sqlite``)."""
    target = default_db_target()
    return _store(target if "://" in target else str(Path(target).resolve()))


def set_user(user: User) -> None:
    """Remember who is signed in for this session (app.py, before any page runs)."""
    st.session_state[USER] = user


def current_user() -> User | None:
    """The signed-in user of this session."""
    user = st.session_state.get(USER)
    return user if isinstance(user, User) else None


def reviewer_name() -> str:
    """The name recorded with decisions: the signed-in user's, when their role may decide; else empty."""
    user = current_user()
    return user.label if user is not None and user.can("decide") else ""


def recorder_name(what: str = "decisions") -> str:
    """The signed-in user's name when their role may record ``what``; otherwise an error says why and "" is returned."""
    name = reviewer_name()
    if not name:
        user = current_user()
        role = user.role if user is not None else "no role"
        st.error(f"Your role ({role}) can see {what} but not record them: sign in as a reviewer, data officer or "
                 "admin to record them.")
    return name


def show_raw() -> bool:
    """True when raw personal data is switched on by a user allowed to see it."""
    user = current_user()
    return bool(st.session_state.get(SHOW_RAW, False)) and user is not None and user.can("view_raw")


def session_get(key: str, default: Any = None) -> Any:
    return st.session_state.get(key, default)
