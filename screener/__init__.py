"""Forced-labour risk screener: explainable evidence, scoring, watchlists and remediation for supplier portfolios."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["screen", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from screener.pipeline import screen


def __getattr__(name: str) -> Any:
    """Import the pipeline lazily so that ``import screener`` stays cheap."""
    if name == "screen":
        from screener.pipeline import screen

        return screen
    raise AttributeError(name)
