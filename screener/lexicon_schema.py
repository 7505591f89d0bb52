"""The shape of every YAML file under ``lexicons/``: the keys the code reads and their types.

A schema is a type (or tuple of types), a ``dict`` of keys to schemas (a key ending in ``?`` is optional; other
keys may be present), ``ListOf(schema)`` or ``MapOf(schema)`` (a mapping whose values all follow the schema).
:func:`check` walks a loaded file against its schema and raises a :class:`LexiconError` naming the file and the
key (``token_match.fuzzy_min_length``, ``fields.country.en[2]``), so a user who edits a lexicon learns what to fix.
The evidence lexicons (indicators, patterns, scope, numeric rules) are checked entry by entry in
:mod:`screener.lexicon`; here only their outline is.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from screener.errors import LexiconError

NUM = (int, float)


@dataclass(frozen=True)
class ListOf:
    """A list whose every item follows ``item``."""

    item: Any


@dataclass(frozen=True)
class MapOf:
    """A mapping whose every value follows ``value``."""

    value: Any


STRS = ListOf(str)
_SOURCED = {"source": str, "licence": str}
_FILES = MapOf({"title?": str, "source?": str, "edition?": (str, int), "licence?": str})

SCHEMAS: dict[str, Any] = {
    "columns.yaml": {**_SOURCED, "fuzzy_cutoff": NUM, "multi": STRS, "never": STRS, "weak": STRS,
                     "fields": MapOf(MapOf(ListOf((str, int))))},
    "countries.yaml": {**_SOURCED, "aliases": MapOf(str), "display?": MapOf(str)},
    "export.yaml": {**_SOURCED, "due_days": MapOf(int), "tier_colours": MapOf(str), "model_statement": str,
                    "redaction_statement": {"redacted": str, "not_redacted": str}, "model_card_max_lines?": int},
    "geo/SOURCES.yaml": {**_SOURCED, "files": _FILES},
    "indicators.yaml": {"version": str, "indicators": ListOf(dict)},
    "labels.yaml": {**_SOURCED, "factors": MapOf(str), "inherent_kinds?": MapOf(str), "match_checks?": MapOf(str),
                    "list_details?": dict, "detail_values?": dict},
    "model_deprivations.yaml": {"version": str, "source": str, "window": int, "reach": int,
                                "languages": MapOf({"fillers": STRS, "verbal_fillers": STRS, "noun_negations": STRS, "not_heads": STRS, "indicators": MapOf(STRS)})},
    "model_signals.yaml": {"version": str, "source": str, "indicators": MapOf(MapOf(STRS))},
    "model_concepts.yaml": {"version": str, "source": str, "concepts": MapOf({"en": STRS, "es": STRS, "fr": STRS, "not?": STRS})},
    "patterns/en.yaml": {"version": str, "lang": str, "indicators": MapOf(dict)},
    "patterns/es.yaml": {"version": str, "lang": str, "indicators": MapOf(dict)},
    "patterns/fr.yaml": {"version": str, "lang": str, "indicators": MapOf(dict)},
    "patterns/numeric.yaml": {"version": str, "thresholds": MapOf(NUM), "languages": MapOf(MapOf(list))},
    "products.yaml": {**_SOURCED, "dol_goods": STRS, "synonyms": MapOf(STRS), "other_goods?": MapOf(STRS)},
    "redaction.yaml": {**_SOURCED, "placeholders": MapOf(str), "email": str, "phone": dict, "id_numbers": dict,
                       "names": MapOf(STRS), "name_parts?": MapOf(STRS)},
    "id_labels.yaml": {"version": str, **_SOURCED, "labels": MapOf(STRS)},
    "language.yaml": {"version": str, "source": str, "min_words": int, "english_share": NUM, "other_ratio": NUM,
                      "stop_words": {"en": STRS, "es": STRS, "fr": STRS}},
    "redaction_names.yaml": {"version": (str, int), **_SOURCED, "given_names": str, "given_names_paired": str,
                             "surnames": str, "proper_words": str, "function_words": str},
    "remediation.yaml": {**_SOURCED, "priorities": STRS, "owners": STRS, "references": MapOf(str),
                         "steps": MapOf({"title": str, "description": str, "priority": str, "owner": str,
                                         "closing_evidence": str, "references?": STRS})},
    "risk/SOURCES.yaml": {"version": str, "files": _FILES, "not_shipped?": STRS},
    "risk/country_crosswalk.yaml": {"version": str, "names": MapOf(STRS)},
    "risk/dol_downstream_inputs.yaml": {"version": str, "inputs": MapOf(str)},
    "risk/generic_tokens.yaml": {"version": str, "multipliers": {"generic": NUM, "place": NUM}, "stopwords": STRS,
                                 "number_markers": STRS, "synonyms": MapOf(str), "generic": STRS, "places": STRS},
    "risk/inherent_levels.yaml": {"version": str, "goods": MapOf(NUM), "downstream": MapOf(NUM),
                                  "cbp_region_order": MapOf(NUM), "tip": MapOf(NUM), "dol_advancement": MapOf(NUM),
                                  "forced_labour_law_gap": NUM},
    "risk/legal_forms.yaml": {"version": str, "forms": MapOf(STRS), "edge_only": STRS,
                              "cjk_tail_characters?": str, "cjk_group_characters?": str},
    "risk/match_weights.yaml": {"version": str, "alert_threshold": NUM, "weights": MapOf(NUM),
                                "token_match": {"fuzzy_min_length": int, "swap_only_below": int,
                                                "fuzzy_min_similarity": NUM, "fuzzy_credit": NUM,
                                                "pinyin_change_credit": NUM, "f_beta": NUM},
                                "blocking": {"min_coarse": NUM}},
    "risk/qualifiers.yaml": {"version": str, "kinds": MapOf(STRS), "trailing": STRS, "anywhere_in_brackets": STRS},
    "risk/user_lists.yaml": {"version": str, "columns": MapOf(STRS)},
    "scope.yaml": {"version": str, "languages": MapOf(dict)},
    "scoring.yaml": {**_SOURCED, "points": MapOf(NUM), "tiers": {"high": NUM, "medium": NUM},
                     "weights": {"baseline": dict, "features": dict}, "refine": dict, "needs_assessment": dict,
                     "features": dict, "protective_cues": MapOf(STRS), "negation_cues": STRS, "escalation": dict,
                     "listed_entity": dict, "situations": dict, "cohort": dict},
    "values.yaml": {**_SOURCED, "truthy": STRS, "falsy": STRS, "missing": STRS, "no_date": STRS,
                    "months": MapOf(STRS), "name_filler": STRS},
    "vulnerability.yaml": {**_SOURCED, "levels": MapOf(str), "level_order": STRS,
                           "factors": MapOf({"level": str, "kind": str, "factor": str}), "level_labels": MapOf(str),
                           "unknowns": MapOf(list)},
}


def _name(kind: Any) -> str:
    if isinstance(kind, tuple):
        return " or ".join(_name(k) for k in kind)
    if isinstance(kind, ListOf):
        return f"a list of {_name(kind.item)}"
    if isinstance(kind, (MapOf, dict)):
        return "a mapping"
    return {str: "text", int: "a whole number", float: "a number", bool: "true or false", list: "a list",
            dict: "a mapping"}.get(kind, getattr(kind, "__name__", str(kind)))


def _is(value: Any, kind: type | tuple[type, ...]) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:  # YAML reads yes/no/on/off as booleans
        return False
    return isinstance(value, kinds)


def check(file: str, data: Any, schema: Any, where: str = "") -> None:
    """Raise :class:`LexiconError` naming ``file`` and the key where ``data`` does not follow ``schema``."""
    here = where or "the top level"
    if isinstance(schema, dict):
        if not isinstance(data, dict):
            raise LexiconError(f"key '{here}' must be a mapping, found {_name(type(data))}", file=file)
        for key, sub in schema.items():
            optional = key.endswith("?")
            key = key.rstrip("?")
            path = f"{where}.{key}" if where else key
            if key not in data:
                if optional:
                    continue
                raise LexiconError(f"key '{path}' is missing", file=file)
            check(file, data[key], sub, path)
    elif isinstance(schema, MapOf):
        check(file, data, dict, where)
        for key, value in data.items():
            check(file, value, schema.value, f"{where}.{key}" if where else str(key))
    elif isinstance(schema, ListOf):
        check(file, data, list, where)
        for i, value in enumerate(data):
            check(file, value, schema.item, f"{where}[{i}]")
    elif not _is(data, schema):
        shown = "empty" if data is None else _name(type(data))
        raise LexiconError(f"key '{here}' must be {_name(schema)}, found {shown}", file=file)
