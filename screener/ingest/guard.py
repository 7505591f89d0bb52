"""One guard around every reader and parser call on an untrusted file.

Library failures of every kind become an ``InputError`` (exit code 2) that names the file: Rust panics
from the calamine bindings (``pyo3_runtime.PanicException`` derives from ``BaseException``, not
``Exception``), ``MemoryError``, ``RecursionError``, permission and other OS errors, and decode errors.
Only ``KeyboardInterrupt`` and ``SystemExit`` pass through. Work is bounded *before* it is done by the
checks in :mod:`screener.ingest.bounds`; this guard is the last line, not the first.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from screener.errors import InputError, LimitExceeded

P = ParamSpec("P")
R = TypeVar("R")


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}"[:160] if first else type(exc).__name__


def as_input_error(exc: BaseException, name: str) -> InputError:
    """The InputError that stands for ``exc`` raised while reading the file ``name``."""
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, MemoryError):
        return LimitExceeded("reading the file needs more memory than is allowed (the file may be a "
                             "decompression or allocation bomb)", file=name)
    if isinstance(exc, RecursionError):
        return InputError("the file is nested too deeply to be read (possibly hostile)", file=name)
    if isinstance(exc, PermissionError):
        return InputError("permission denied: the file cannot be read; check its permissions", file=name)
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return InputError("the file does not exist", file=name)
    if isinstance(exc, IsADirectoryError):
        return InputError("this is a folder, not a file", file=name)
    if isinstance(exc, OSError):
        return InputError(f"the file cannot be read ({exc.strerror or _short(exc)})", file=name)
    if isinstance(exc, UnicodeError):
        return InputError(f"the file cannot be decoded ({_short(exc)})", file=name)
    if type(exc).__name__ == "PanicException":
        return InputError(f"the file is malformed and the spreadsheet reader gave up ({_short(exc)})", file=name)
    return InputError(f"the file is damaged or malformed and cannot be read ({_short(exc)})", file=name)


def guard_file(name_arg: str = "name") -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorator: run a reader under the guard; the display name is the keyword ``name_arg`` or the path."""
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return fn(*args, **kwargs)
            except (KeyboardInterrupt, SystemExit, GeneratorExit):
                raise
            except BaseException as exc:  # noqa: BLE001 - Rust panics are BaseException
                name = kwargs.get(name_arg) or kwargs.get("display_name")
                if not name and args:
                    from pathlib import Path

                    name = Path(str(args[0])).name
                raise as_input_error(exc, str(name or "")) from None
        return wrapper
    return deco


def run_guarded(name: str, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """``fn(*args, **kwargs)`` with every failure turned into an InputError naming ``name``."""
    try:
        return fn(*args, **kwargs)
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # noqa: BLE001
        raise as_input_error(exc, name) from None
