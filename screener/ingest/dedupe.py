"""Stable supplier keys and grouping of suppliers that appear twice under different spellings.

The name normaliser here is deliberately simple (case, accents, punctuation, legal forms); the richer
one for watchlist matching lives in `screener.normalize.names` (watchlist module). Keys and exact groups
are computed column-wise with polars, so 100,000 rows cost well under a second.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import polars as pl
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from screener.normalize import text_key
from screener.normalize.values import legal_forms, name_filler_words

_FUZZY_GROUP = 90.0
_MAX_BLOCK = 10_000  # larger country blocks get exact grouping only
_JOINED_INITIALS = re.compile(r"\b[a-z](?: [a-z]\b)+")  # "s a de c v": the runs "s a" and "c v"
_SAME_ADDRESS = 85.0  # token-sort similarity at or above which two addresses are the same place


def _join_initials(key: str) -> str:
    """Runs of single letters joined into one word ("s a de c v" gives "sa de cv")."""
    return _JOINED_INITIALS.sub(lambda m: m.group(0).replace(" ", ""), key)


@lru_cache(maxsize=1)
def _legal_phrases() -> str:
    """A regex alternation of every legal form and filler word as a whole phrase, longest first, so that the
    words of a multi-word form ("cong ty tnhh", "joint stock company") are removed only together, never alone
    ("Thanh Cong", "Phan Thiet" keep their names)."""
    phrases = {_join_initials(text_key(f)) for f in (*legal_forms(), *name_filler_words())} - {""}
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _legal_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_legal_phrases()})\b")


def core_name(name: str) -> str:
    """The distinctive part of a company name, legal forms and filler words removed."""
    key = _join_initials(text_key(name))
    core = " ".join(_legal_pattern().sub(" ", key).split())
    return core or key


def supplier_key(name: str | None, supplier_id: str | None, country: str | None) -> str:
    """Stable key: "id:<supplier id>" when there is one, else "name:<normalised name>|<country>"."""
    if supplier_id and str(supplier_id).strip():
        return "id:" + " ".join(str(supplier_id).split()).lower()
    return f"name:{text_key(name or '')}|{(country or '').lower()}"


def _text_keys(names: list[str | None]) -> pl.Series:
    """text_key() of every name, vectorised for ASCII names (the usual case)."""
    s = pl.Series("n", [n or "" for n in names], dtype=pl.Utf8)
    fast = (s.str.to_lowercase().str.replace_all("&", " and ", literal=True)
            .str.replace_all(r"[^0-9a-z]+", " ").str.strip_chars())
    non_ascii = s.str.contains(r"[^\x00-\x7F]").to_list()
    if any(non_ascii):
        out = fast.to_list()
        for i, flag in enumerate(non_ascii):
            if flag:
                out[i] = text_key(names[i] or "")
        return pl.Series("n", out, dtype=pl.Utf8)
    return fast


def supplier_keys(names: list[str | None], ids: list[str | None], countries: list[str | None],
                  row_numbers: list[int]) -> tuple[list[str], list[int | None]]:
    """Unique keys per row and, for each row, the row number of an earlier row with the same key (or None).

    A row whose natural key is already taken gets "#r<row>" appended, so keys stay unique and stable.
    """
    nk = _text_keys(names)
    df = pl.DataFrame({"nk": nk, "sid": pl.Series(list(ids), dtype=pl.Utf8),
                       "c": pl.Series([c or "" for c in countries], dtype=pl.Utf8),
                       "row": pl.Series(row_numbers, dtype=pl.Int64)})
    sid = pl.col("sid").str.replace_all(r"\s+", " ").str.strip_chars().str.to_lowercase()
    key = (pl.when(sid.str.len_chars() > 0).then(pl.lit("id:") + sid)
           .when(pl.col("nk").str.len_chars() > 0).then(pl.lit("name:") + pl.col("nk") + "|" + pl.col("c").str.to_lowercase())
           .otherwise(pl.lit("row:") + pl.col("row").cast(pl.Utf8)))
    df = df.with_columns(key.alias("key"))
    df = df.with_columns(pl.col("row").first().over("key").alias("first"))
    dup = df.get_column("first") != df.get_column("row")
    keys = df.select(pl.when(dup).then(pl.col("key") + "#r" + pl.col("row").cast(pl.Utf8)).otherwise(pl.col("key")))
    firsts = df.select(pl.when(dup).then(pl.col("first")).otherwise(None)).to_series().to_list()
    return keys.to_series().to_list(), firsts


def _same_spelling(a: str, b: str) -> bool:
    """Two core names that differ only by word order or a typo (not by a number or a different word)."""
    if sorted(t for t in a.split() if t.isdigit()) != sorted(t for t in b.split() if t.isdigit()):
        return False
    sa, sb = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    return OSA.distance(sa, sb) <= max(1, min(len(sa), len(sb)) // 15)


_MAX_BUCKET = 100


def _close_pairs(cores: list[str]) -> list[tuple[int, int]]:
    """Pairs (a, b < a) of core names that may differ by word order or a typo in one word, in (a, b) order.

    Blocking instead of comparing every pair: names share a bucket when their word sets are equal or equal
    but for one word (single-word names: same first or last three letters). Buckets larger than
    _MAX_BUCKET are generic words and are skipped. Each candidate must still pass token_sort_ratio >= 90.
    """
    buckets: dict[str, list[int]] = {}
    for pos, core in enumerate(cores):
        if len(core) < 4:
            continue
        toks = sorted(set(core.split()))
        if len(toks) > 1:
            keys = {" ".join(toks)} | {" ".join(toks[:j] + toks[j + 1:]) for j in range(len(toks))}
        else:
            keys = {"<" + toks[0][:3], ">" + toks[0][-3:]}
        for k in keys:
            buckets.setdefault(k, []).append(pos)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if 2 <= len(members) <= _MAX_BUCKET:
            pairs.update((members[x], members[y]) for x in range(1, len(members)) for y in range(x))
    return [(a, b) for a, b in sorted(pairs)
            if fuzz.token_sort_ratio(cores[a], cores[b], score_cutoff=_FUZZY_GROUP)]


_PAREN = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class Site:
    """Where a row's supplier is: normalised address, city (or state/region) and the name's parenthetical."""

    address: str = ""
    city: str = ""
    label: str = ""  # a parenthetical of the name that is not the city, e.g. "unit 2"

    def known(self) -> bool:
        return bool(self.address or self.city or self.label)


def make_site(name: str | None, address: str | None = None, city: str | None = None) -> Site:
    """The site of a row: a parenthetical of the name naming the city ('(Gazipur)') adds nothing new."""
    city_key = text_key(city or "")
    label = " ".join(text_key(p) for p in _PAREN.findall(name or ""))
    if label:
        city_words = set(city_key.split()) | set(text_key(address or "").split())
        rest = [w for w in label.split() if w not in city_words]
        if not city_key and not address and rest:
            city_key, rest = " ".join(rest), []  # "(Gazipur)" with no city column: the parenthetical is the city
        label = " ".join(rest)
    return Site(text_key(address or ""), city_key, label)


def same_site(a: Site, b: Site) -> bool:
    """True unless the rows say they are at different places (cities, addresses or site labels differ)."""
    if a.city and b.city and a.city != b.city:
        return False
    if a.address and b.address and fuzz.token_sort_ratio(a.address, b.address) < _SAME_ADDRESS:
        return False
    return a.label == b.label


def site_evidence(a: Site, b: Site) -> str:
    """Why two rows of the same name are different sites, in words."""
    if a.city and b.city and a.city != b.city:
        return f"different cities ({a.city.title()} and {b.city.title()})"
    if a.address and b.address and a.address != b.address:
        return "different addresses"
    return f"different site names ({a.label or 'none'} and {b.label or 'none'})"


def _cores(names: list[str | None]) -> pl.Series:
    """Core names: parentheticals, legal forms and filler removed, vectorised."""
    plain = [(_PAREN.sub(" ", n).strip() or n) if n and "(" in n else n for n in names]
    nk = _text_keys(plain)
    if nk.str.contains(r"\b[a-z] [a-z]\b").any():  # initials to join first ("s a de c v"), in Python
        nk = pl.Series("n", [_join_initials(k) for k in nk.to_list()], dtype=pl.Utf8)
    core = (nk.str.replace_all(rf"\b(?:{_legal_phrases()})\b", " ").str.replace_all(r"\s+", " ")
            .str.strip_chars())
    return pl.select(pl.when(core.str.len_chars() > 0).then(core).otherwise(nk)).to_series()


@dataclass
class Grouping:
    """For each row, the first row of the same supplier (a duplicate) and the first row of its group of sites."""

    duplicate_of: list[int | None]
    site_group_of: list[int | None]
    evidence: dict[int, str]  # row index -> why it was grouped (duplicate or site)


def group_suppliers(names: list[str | None], countries: list[str | None],
                    sites: list[Site] | None = None) -> Grouping:
    """Duplicates and groups of sites.

    Same supplier (duplicate): equal core name in the same country at the same site (or a site not given), or
    core names that differ only by word order or a small typo. Same core name at different cities, addresses or
    site labels: a group of sites of one company, not a duplicate.
    """
    n = len(names)
    sites = sites if sites is not None else [Site()] * n
    core = _cores(names)
    df = pl.DataFrame({"core": core, "c": pl.Series([c or "" for c in countries], dtype=pl.Utf8),
                       "ok": pl.Series([bool(x) for x in names], dtype=pl.Boolean)}).with_row_index("i")
    df = df.filter(pl.col("ok")).with_columns(pl.len().over(["core", "c"]).alias("n"))
    parent: list[int | None] = [None] * n
    site_of: list[int | None] = [None] * n
    evidence: dict[int, str] = {}
    for members in df.filter(pl.col("n") > 1).group_by(["core", "c"], maintain_order=True).agg("i")["i"].to_list():
        roots: list[int] = []
        for i in sorted(members):
            root = next((r for r in roots if same_site(sites[r], sites[i])), None)
            if root is None:
                if roots:
                    site_of[i] = roots[0]
                    site_of[roots[0]] = roots[0]
                    evidence[i] = (f"same name as row of '{names[roots[0]]}' but "
                                   f"{site_evidence(sites[roots[0]], sites[i])}")
                roots.append(i)
            else:
                parent[i] = root
                evidence[i] = _dup_evidence(names[root], names[i], sites[root], sites[i])
    roots_df = df.filter(pl.col("i").is_in([i for i in range(n) if parent[i] is None]))
    for block in roots_df.partition_by("c"):
        if block.height < 2 or block.height > _MAX_BLOCK:
            continue
        idxs, bc = block.get_column("i").to_list(), block.get_column("core").to_list()
        for x, y in _close_pairs(bc):  # blocked candidate pairs (x > y), in order: the first match wins
            ia, ib = idxs[x], idxs[y]
            if bc[x] != bc[y] and parent[ia] is None and _same_spelling(bc[x], bc[y]) \
                    and same_site(sites[ia], sites[ib]):
                parent[ia] = ib if parent[ib] is None else parent[ib]
                evidence[ia] = _dup_evidence(names[ib], names[ia], sites[ib], sites[ia], typo=True)
    for i, p in enumerate(parent):  # members of a fuzzily merged root follow it
        if p is not None and parent[p] is not None:
            parent[i] = parent[p]
    return Grouping(parent, site_of, evidence)


def _dup_evidence(first: str | None, name: str | None, a: Site, b: Site, typo: bool = False) -> str:
    how = "the same name up to a small spelling difference" if typo else "the same name once legal forms, case, " \
        "punctuation and bracketed site names are set aside"
    where = (f"at the same site ({(a.city or b.city).title()})" if (a.city or b.city)
             else "with no city or address to tell them apart")
    return f"'{name}' and '{first}' have {how}, in the same country, {where}"


def group_duplicates(names: list[str | None], countries: list[str | None],
                     sites: list[Site] | None = None) -> list[int | None]:
    """For each row, the index of the first row that names the same supplier (None if unique)."""
    return group_suppliers(names, countries, sites).duplicate_of
