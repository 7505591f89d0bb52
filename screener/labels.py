"""Plain-English labels for internal identifiers (score factors, inherent-risk kinds, match checks, list details).

The labels are data in ``lexicons/labels.yaml``; indicator and ILO-dimension labels come from the indicator
lexicon. Every function falls back to a readable form of the identifier, never to the raw key.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


from screener.resources import lexicon_data

BOUND_PREFIXES: tuple[str, ...] = ("rule_minimum", "capped_at", "floored_at")
_ACRONYMS = frozenset({"cbp", "uflpa", "ilo", "dol", "tip", "iom", "id", "csv", "pdf"})


@lru_cache(maxsize=1)
def labels_data() -> dict[str, Any]:
    """The contents of ``lexicons/labels.yaml``."""
    data = lexicon_data("labels.yaml")
    return data if isinstance(data, dict) else {}


def readable(identifier: str) -> str:
    """'withholding_of_wages' -> 'Withholding of wages'; 'cbp_order' -> 'CBP order'."""
    words = [w.upper() if w.lower() in _ACRONYMS else w for w in str(identifier).replace("_", " ").split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _indicator_label(indicator_id: str) -> str | None:
    try:
        from screener.lexicon import load_lexicon

        definition = load_lexicon().indicators.get(indicator_id)
    except Exception:  # noqa: BLE001 - the readable fallback is still plain
        return None
    return definition.label if definition is not None else None


def factor_label(feature: str) -> str:
    """The plain name of a score factor: 'evidence_debt_bondage' -> 'Evidence of debt bondage'."""
    table = labels_data().get("factors", {})
    if feature in table:
        return str(table[feature])
    for prefix in BOUND_PREFIXES:  # "capped_at_100" and the like
        if feature.startswith(prefix) and prefix in table:
            return str(table[prefix])
    if feature.startswith("evidence_"):
        label = _indicator_label(feature[len("evidence_"):])
        if label:
            return f"Evidence: {label[:1].lower() + label[1:]}"
    return readable(feature)


def inherent_label(kind: str) -> str:
    """The plain name of an inherent-risk kind ('tip_tier' -> "Country's trafficking ranking (TIP report)")."""
    return str(labels_data().get("inherent_kinds", {}).get(kind) or readable(kind))


def match_check_label(name: str) -> str:
    """The plain name of one check of a watchlist match."""
    return str(labels_data().get("match_checks", {}).get(name) or readable(name))


def list_details(details: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The watchlist details a user needs, labelled; curation notes and internal ids are left out."""
    data = labels_data()
    keys, values = data.get("list_details", {}), data.get("detail_values", {})
    return [(str(keys[k]), str(values.get(v, v))) for k, v in details if k in keys and str(v).strip()]
