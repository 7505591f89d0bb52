"""Hostile or odd supplier tables, generated at test time.

Each case is (id, builder, check): the builder writes a file into a directory and returns its path plus
the keyword arguments for read_supplier_table; the check receives the SupplierTable or the InputError and
asserts the correct parse or the specific error. Run directly to write the files into a folder:
    .venv/bin/python tests/ingest_corpus/make_corpus.py OUT_DIR
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screener.errors import InputError
from screener.issues import COUNTRY_COLUMN_MISSING, ROW_BLANK, ROW_NO_NAME, TITLE_ROWS

Builder = Callable[[Path], tuple[Path, dict[str, Any]]]
Check = Callable[[Any], None]
CASES: list[tuple[str, Builder, Check]] = []

HEADER = "Supplier Name,Country,Products,No. of workers,% migrant workers\n"
ROWS = "Acme Textiles Ltd,Bangladesh,T-shirts,1200,35%\nBeta Electronics,China,electronics,800,10%\n"


def case(case_id: str, check: Check) -> Callable[[Builder], Builder]:
    def deco(fn: Builder) -> Builder:
        CASES.append((case_id, fn, check))
        return fn
    return deco


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def xlsx(path: Path, rows: list[list[Any]], *, title: str = "Suppliers", setup: Callable | None = None,
         extra_sheets: list[tuple[str, list[list[Any]], str]] = ()) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    for name, srows, state in extra_sheets:
        ws = wb.create_sheet(name)
        ws.sheet_state = state
        for r in srows:
            ws.append(r)
    ws = wb.worksheets[0]
    ws.title = title
    for r in rows:
        ws.append(r)
    if setup:
        setup(wb, ws)
    wb.save(path)
    return path


def rec(table: Any, i: int = 0) -> Any:
    return table.records[i]


def codes(table: Any) -> dict[str, int]:
    return table.quality.by_code()


def that(pred: Callable[[Any], bool]) -> Check:
    """A check that the parse succeeded and ``pred`` holds."""
    def check(result: Any) -> None:
        assert pred(result), f"unexpected parse: {result!r}"[:2000]
    return check


def expect_error(*fragments: str, cls: type = InputError) -> Check:
    def check(result: Any) -> None:
        assert isinstance(result, cls), f"expected {cls.__name__}, got {result!r}"[:500]
        text = str(result).lower()
        for frag in fragments:
            assert frag.lower() in text, f"{frag!r} not in {text!r}"
    check.expects_error = True  # type: ignore[attr-defined]
    return check


def two_basic(table: Any) -> None:
    assert [r.name for r in table.records] == ["Acme Textiles Ltd", "Beta Electronics"]
    assert [r.country for r in table.records] == ["BD", "CN"]
    assert rec(table).products == ["Garments"] and rec(table).workers == 1200
    assert rec(table).migrant_share == 0.35


# ------------------------------------------------------------------ encodings and delimiters
@case("csv_utf8", two_basic)
def _(d: Path): return write(d / "a.csv", HEADER + ROWS), {}


@case("csv_utf8_bom", two_basic)
def _(d: Path): return write(d / "a.csv", b"\xef\xbb\xbf" + (HEADER + ROWS).encode()), {}


def _accents(table: Any) -> None:
    assert rec(table).name == "Société Générale Müller" and rec(table).country == "FR"


@case("csv_cp1252", _accents)
def _(d: Path): return write(d / "a.csv", HEADER + "Société Générale Müller,France,shoes,10,5%\n", "cp1252"), {}


@case("csv_latin1", _accents)
def _(d: Path): return write(d / "a.csv", HEADER + "Société Générale Müller,France,shoes,10,5%\n", "latin-1"), {}


@case("tsv_utf16_bom", two_basic)
def _(d: Path): return write(d / "a.tsv", (HEADER + ROWS).replace(",", "\t"), "utf-16"), {}


@case("csv_semicolon_decimal_comma", two_basic)
def _(d: Path):
    return write(d / "a.csv", HEADER.replace(",", ";") + "Acme Textiles Ltd;Bangladesh;T-shirts;1.200;35,0%\n"
                 "Beta Electronics;China;electronics;800;10%\n"), {}


@case("tsv_tabs", two_basic)
def _(d: Path): return write(d / "a.tsv", (HEADER + ROWS).replace(",", "\t")), {}


@case("txt_pipes", two_basic)
def _(d: Path): return write(d / "a.txt", (HEADER + ROWS).replace(",", "|")), {}


@case("csv_nul_bytes", two_basic)
def _(d: Path): return write(d / "a.csv", (HEADER + ROWS).replace("Acme", "Ac\x00me")), {}


@case("csv_quoted_newlines", that(lambda t: rec(t).name == "Acme Textiles Ltd" and "line two" in rec(t).findings))
def _(d: Path):
    return write(d / "a.csv", 'Supplier,Country,Findings\n"Acme Textiles Ltd",BD,"line one\nline two"\n'), {}


# ------------------------------------------------------------------ layout: titles, blanks, headers
def _title(table: Any) -> None:
    two_basic(table)
    assert table.header_row == 3 and codes(table).get(TITLE_ROWS) == 1
    assert rec(table).row_number == 4


@case("csv_title_rows", _title)
def _(d: Path): return write(d / "a.csv", "Supplier master list,,,,\nExported 2024-03-01,,,,\n" + HEADER + ROWS), {}


def _leading_blank(table: Any) -> None:
    two_basic(table)
    assert table.header_row == 3 and rec(table).row_number == 4


@case("csv_leading_blank_lines", _leading_blank)
def _(d: Path): return write(d / "a.csv", ",,,,\n,,,,\n" + HEADER + ROWS), {}


def _trailing(table: Any) -> None:
    two_basic(table)
    assert len(table.records) == 2 and ROW_BLANK not in codes(table)


@case("csv_trailing_empty_rows", _trailing)
def _(d: Path): return write(d / "a.csv", HEADER + ROWS + ",,,,\n" * 20 + "\n\n"), {}


def _middle_blank(table: Any) -> None:
    assert [r.row_number for r in table.records] == [2, 4]
    blanks = [i for i in table.quality.issues if i.code == ROW_BLANK]
    assert [i.row for i in blanks] == [3]


@case("csv_blank_row_in_middle", _middle_blank)
def _(d: Path):
    return write(d / "a.csv", HEADER + "Acme Textiles Ltd,Bangladesh,T-shirts,1200,35%\n,,,,\n"
                 "Beta Electronics,China,electronics,800,10%\n"), {}


def _no_name(table: Any) -> None:
    r = table.records[1]
    assert not r.screenable and r.not_screened_reason == "No supplier name in this row"
    assert r.country == "CN" and r.row_number == 3
    assert any(i.code == ROW_NO_NAME and i.row == 3 and i.supplier_key == r.supplier_key
               for i in table.quality.issues)


@case("row_without_name", _no_name)
def _(d: Path): return write(d / "a.csv", HEADER + "Acme,BD,garments,1,1%\n,China,toys,5,0%\n"), {}


def _ragged(table: Any) -> None:
    assert rec(table, 1).extra.get("Column F") == "surprise"
    assert rec(table, 1).name == "Beta Electronics"


@case("csv_ragged_rows", _ragged)
def _(d: Path): return write(d / "a.csv", HEADER + ROWS.replace("10%\n", "10%,surprise\n")), {}


def _dup_headers(table: Any) -> None:
    names = [m.source_column for m in table.mappings]
    assert names == ["Supplier Name", "Notes", "Notes (2)"]
    assert rec(table).extra == {"Notes": "a", "Notes (2)": "b"}


@case("duplicate_header_names", _dup_headers)
def _(d: Path): return write(d / "a.csv", "Supplier Name,Notes,Notes\nAcme,a,b\n"), {}


def _repeated_header(table: Any) -> None:
    assert len(table.records) == 3
    r = table.records[1]
    assert not r.screenable and r.not_screened_reason == "This row repeats the header row"


@case("header_repeated_in_data", _repeated_header)
def _(d: Path): return write(d / "a.csv", HEADER + "Acme,BD,x,1,1%\n" + HEADER + "Beta,CN,y,2,2%\n"), {}


@case("single_column_names_only",
      that(lambda t: [r.name for r in t.records] == ["Acme", "Beta"] and COUNTRY_COLUMN_MISSING in codes(t)))
def _(d: Path): return write(d / "a.csv", "Vendor\nAcme\nBeta\n"), {}


@case("formula_injection_text_kept", that(lambda t: rec(t).name == '=HYPERLINK("http://x","Acme")'))
def _(d: Path): return write(d / "a.csv", 'Supplier,Country\n"=HYPERLINK(""http://x"",""Acme"")",BD\n'), {}


@case("very_long_cell", that(lambda t: len(rec(t).findings) == 100_000))
def _(d: Path): return write(d / "a.csv", "Supplier,Findings\nAcme," + "x" * 100_000 + "\n"), {}


# ------------------------------------------------------------------ headers in other languages
def _lang(table: Any) -> None:
    fields = {m.field for m in table.mappings}
    assert {"supplier_name", "country", "workers", "labour_agency", "last_audit_date"} <= fields, fields
    r = rec(table)
    assert r.name == "Fábrica Uno" and r.country == "MX" and r.workers == 1200 and r.labour_agency is True
    assert r.last_audit_date == dt.date(2024, 3, 5)


@case("headers_spanish", _lang)
def _(d: Path):
    return write(d / "a.csv", "Proveedor,País,Nº de trabajadores,Agencia de reclutamiento,Fecha de auditoría\n"
                 "Fábrica Uno,México,1.200,sí,05/03/2024\n"), {}


@case("headers_french", _lang)
def _(d: Path):
    return write(d / "a.csv", "Nom du fournisseur;Pays;Effectif;Agence de recrutement;Date du dernier audit\n"
                 "Fábrica Uno;Mexique;1 200;oui;5 mars 2024\n"), {}


@case("headers_german", _lang)
def _(d: Path):
    return write(d / "a.csv", "Lieferant;Land;Anzahl Mitarbeiter;Personalvermittlung;Auditdatum\n"
                 "Fábrica Uno;Mexiko;1.200;ja;2024-03-05\n"), {}


@case("headers_portuguese", _lang)
def _(d: Path):
    return write(d / "a.csv", "Fornecedor,País,Número de trabalhadores,Agência de recrutamento,Data da auditoria\n"
                 "Fábrica Uno,México,1200,sim,05.03.2024\n"), {}


@case("headers_with_typos", _lang)
def _(d: Path):
    return write(d / "a.csv", "Suplier Name,Countyr,No. of wrkers,Labour agncy,Last audt date\n"
                 "Fábrica Uno,Mexcio,1200,Y,March 5 2024\n"), {}


@case("content_says_country", that(lambda t: rec(t).country == "VN" and any(
    m.field == "country" and m.method == "content" for m in t.mappings)))
def _(d: Path): return write(d / "a.csv", "Supplier,Loc\nA,VN\nB,CN\nC,BD\nD,KH\n"), {}
