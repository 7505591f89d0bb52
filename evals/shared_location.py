"""Where the shared reference data is: ``SCREENER_SHARED``, else ``../shared`` beside the checkout."""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SCREENER_SHARED", REPO.parent / "shared")).resolve()
