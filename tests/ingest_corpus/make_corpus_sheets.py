"""More corpus cases: workbooks (xlsx/xlsm/ods/html), values, overrides, limits and hostile files."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from make_corpus import HEADER, ROWS, case, codes, expect_error, rec, that, two_basic, write, xlsx

from screener.errors import LimitExceeded
from screener.ingest.limits import Limits
from screener.issues import (COLUMN_HIDDEN, COUNTRY_UNKNOWN, DUPLICATE_SUPPLIER, DUPLICATE_SUPPLIER_ID, EXTENSION_MISMATCH,
                              MERGED_CELLS, ROW_HIDDEN, TITLE_ROWS, TWO_ROW_HEADER, VALUE_INVALID)

HROW = ["Supplier Name", "Country", "Products", "No. of workers", "% migrant workers"]
DROWS = [["Acme Textiles Ltd", "Bangladesh", "T-shirts", 1200, "35%"], ["Beta Electronics", "China", "electronics", 800, 0.1]]


# ------------------------------------------------------------------ workbooks
@case("xlsx_plain", two_basic)
def _(d: Path): return xlsx(d / "a.xlsx", [HROW, *DROWS]), {}


def _merged_title(t: Any) -> None:
    two_basic(t)
    assert t.header_row == 2 and rec(t).row_number == 3 and TITLE_ROWS in codes(t)


@case("xlsx_merged_title_row", _merged_title)
def _(d: Path):
    return xlsx(d / "a.xlsx", [["Supplier list Q1"], HROW, *DROWS], setup=lambda wb, ws: ws.merge_cells("A1:E1")), {}


def _two_row(t: Any) -> None:
    fields = {m.source_column: m.field for m in t.mappings}
    assert fields["Workers Total"] == "workers" and fields["Workers % migrant"] == "migrant_share", fields
    assert rec(t).workers == 1200 and rec(t).migrant_share == 0.35 and rec(t).row_number == 3
    assert TWO_ROW_HEADER in codes(t)


@case("xlsx_two_row_header_merged", _two_row)
def _(d: Path):
    rows = [["Supplier", "Country", "Workers", None], [None, None, "Total", "% migrant"],
            ["Acme Textiles Ltd", "BD", 1200, "35%"]]
    return xlsx(d / "a.xlsx", rows, setup=lambda wb, ws: (ws.merge_cells("C1:D1"), ws.merge_cells("A1:A2"),
                                                          ws.merge_cells("B1:B2"))), {}


def _hidden(t: Any) -> None:
    assert [r.name for r in t.records] == ["Acme Textiles Ltd", "Beta Electronics"]
    c = codes(t)
    assert c.get(ROW_HIDDEN) == 1 and c.get(COLUMN_HIDDEN) == 1
    hidden = [i for i in t.quality.issues if i.code == ROW_HIDDEN][0]
    assert hidden.row == 3


@case("xlsx_hidden_rows_and_columns", _hidden)
def _(d: Path):
    def setup(wb, ws):
        ws.row_dimensions[3].hidden = True
        ws.column_dimensions["D"].hidden = True
    return xlsx(d / "a.xlsx", [HROW, *DROWS], setup=setup), {}


@case("xlsx_formula_not_evaluated", that(lambda t: rec(t).workers is None and rec(t).name == "Acme"))
def _(d: Path): return xlsx(d / "a.xlsx", [["Supplier", "Workers"], ["Acme", "=1000+200"]]), {}


def _offset(t: Any) -> None:
    assert t.header_row == 3 and rec(t).row_number == 4 and rec(t).name == "Acme Textiles Ltd"
    hid = [i for i in t.quality.issues if i.code == COLUMN_HIDDEN]
    assert hid and hid[0].column == "Country", hid


@case("xlsx_data_starts_at_C3", _offset)
def _(d: Path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for j, v in enumerate(HROW):
        ws.cell(3, 3 + j, v)
    for i, row in enumerate(DROWS):
        for j, v in enumerate(row):
            ws.cell(4 + i, 3 + j, v)
    ws.column_dimensions["D"].hidden = True
    wb.save(d / "a.xlsx")
    return d / "a.xlsx", {}


@case("xlsx_picks_supplier_sheet", that(lambda t: t.sheet == "Vendors" and rec(t).name == "Acme Textiles Ltd"))
def _(d: Path):
    return xlsx(d / "a.xlsx", [["How to fill this template"], ["Step 1", "Open the file"]], title="Instructions",
                extra_sheets=[("Vendors", [HROW, *DROWS], "visible")]), {}


@case("xlsx_user_names_sheet", that(lambda t: t.sheet == "Old" and rec(t).name == "Old Supplier"))
def _(d: Path):
    return xlsx(d / "a.xlsx", [HROW, *DROWS], extra_sheets=[("Old", [HROW, ["Old Supplier", "PK", "", 1, ""]],
                                                               "visible")]), {"sheet": "old"}


@case("xlsx_unknown_sheet", expect_error("no sheet 'Nope'", "'Suppliers'", "'Other'"))
def _(d: Path):
    return xlsx(d / "a.xlsx", [HROW, *DROWS], extra_sheets=[("Other", [["x"]], "visible")]), {"sheet": "Nope"}


@case("xlsx_hidden_sheet_ignored", that(lambda t: t.sheet == "Suppliers"))
def _(d: Path):
    return xlsx(d / "a.xlsx", [HROW, *DROWS], extra_sheets=[("Secret", [HROW, *DROWS, *DROWS], "hidden")]), {}


def _dates(t: Any) -> None:
    got = [r.last_audit_date for r in t.records]
    assert got == [dt.date(2024, 3, 5), dt.date(2023, 11, 30), dt.date(2024, 3, 11), dt.date(2024, 3, 1),
                   dt.date(2022, 1, 15)], got


@case("xlsx_dates_mixed", _dates)
def _(d: Path):
    rows = [["Supplier", "Last audit"], ["A", dt.datetime(2024, 3, 5, 9, 30)], ["B", dt.date(2023, 11, 30)],
            ["C", 45362], ["D", "March 2024"], ["E", "15/01/2022"]]
    return xlsx(d / "a.xlsx", rows), {}


@case("xlsm_macros_never_run", that(lambda t: rec(t).name == "Acme Textiles Ltd" and
                                    EXTENSION_MISMATCH not in codes(t)))
def _(d: Path):
    src = xlsx(d / "src.xlsx", [HROW, *DROWS])
    out = d / "a.xlsm"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/vbaProject.bin", b"\x00" * 64)
    return out, {}


@case("xlsx_named_csv", that(lambda t: rec(t).name == "Acme Textiles Ltd" and EXTENSION_MISMATCH in codes(t)))
def _(d: Path):
    src = xlsx(d / "src.xlsx", [HROW, *DROWS])
    return write(d / "suppliers.csv", src.read_bytes()), {}


@case("ods_file", two_basic)
def _(d: Path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Suppliers")
    for row in [HROW, *DROWS]:
        tr = TableRow()
        for v in row:
            if isinstance(v, (int, float)):
                cell = TableCell(valuetype="float", value=v)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(v)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(d / "a.ods"))
    return d / "a.ods", {}


@case("html_table_named_xls", two_basic)
def _(d: Path):
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in [HROW, *DROWS])
    return write(d / "export.xls", f"<html><body><script>x=1</script><table>{body}</table></body></html>"), {}


# ------------------------------------------------------------------ values
def _values(t: Any) -> None:
    got = [(r.workers, r.migrant_share, r.labour_agency) for r in t.records]
    assert got == [(1200, 0.35, True), (1200, 0.35, False), (1200, 0.71, True), (None, None, None),
                   (1200, 0.1, False)], got


@case("values_numbers_percents_bools", _values)
def _(d: Path):
    return write(d / "a.csv", "Supplier;Workers;Migrant %;Agency used\nA;1,200;35%;sí\nB;1.200;0.35;nein\n"
                 "C;1 200;71.0%;oui\nD;n/a;;\nE;approx. 1200;10 %;não\n"), {}


@case("percent_scale_0_100", that(lambda t: [r.migrant_share for r in t.records] == [0.35, 0.5, 0.01]))
def _(d: Path): return write(d / "a.csv", "Supplier,% migrant\nA,35\nB,50\nC,1\n"), {}


def _invalid(t: Any) -> None:
    bad = [(i.row, i.column) for i in t.quality.issues if i.code == VALUE_INVALID]
    assert sorted(bad) == [(2, "Workers"), (3, "Last audit"), (4, "Labour agency")], bad
    assert rec(t).workers is None and t.records[1].last_audit_date is None


@case("values_invalid_reported", _invalid)
def _(d: Path):
    return write(d / "a.csv", "Supplier,Workers,Last audit,Labour agency\nA,many,2024-01-01,yes\n"
                 "B,5,someday,no\nC,5,2024-01-01,perhaps\n"), {}


def _countries(t: Any) -> None:
    got = [r.country for r in t.records]
    assert got == ["MM", "CD", "TR", "VN", "CN", "KR", "CI", "BD", "IN", "DE", "BD", "KH", None], got
    unknown = [i for i in t.quality.issues if i.code == COUNTRY_UNKNOWN]
    assert len(unknown) == 1 and unknown[0].row == 14 and "Atlantis" in unknown[0].message


@case("countries_mixed", _countries)
def _(d: Path):
    names = ["Burma", "DRC", "Türkiye", "Viet Nam", "China Mainland", "Korea (Republic of)", "Ivory Coast",
             "BANGLADESH", "Inida", "Alemania", "BGD", "Cambodge", "Atlantis"]
    return write(d / "a.csv", "Supplier,Country\n" + "".join(f"S{i},\"{c}\"\n" for i, c in enumerate(names))), {}


@case("products_multi", that(lambda t: rec(t).products == ["Thread/Yarn", "Cotton", "Garments", "Crude Palm Oil"]))
def _(d: Path): return write(d / "a.csv", 'Supplier,Products\nA,"cotton yarn, T-shirts & CPO"\n'), {}


def _dups(t: Any) -> None:
    g = [r.group_key for r in t.records]
    assert g[0] == g[1] == t.records[0].supplier_key and g[2] is None and g[3] is None and g[4] is None, g
    assert codes(t).get(DUPLICATE_SUPPLIER) == 1


@case("duplicate_spellings_grouped", _dups)
def _(d: Path):
    return write(d / "a.csv", "Supplier,Country\n\"Acme Textiles Co., Ltd.\",CN\nACME TEXTILES COMPANY LIMITED,China\n"
                 "\"Acme Textiles Co., Ltd.\",VN\nFujian Lifeng Footwear,CN\nFujian Xiefeng Footwear,CN\n"), {}


def _dup_ids(t: Any) -> None:
    keys = [r.supplier_key for r in t.records]
    assert len(set(keys)) == 2 and keys[0] == "id:v-1", keys
    assert codes(t).get(DUPLICATE_SUPPLIER_ID) == 1


@case("duplicate_supplier_ids", _dup_ids)
def _(d: Path): return write(d / "a.csv", "Vendor ID,Vendor Name\nV-1,Acme\nV-1,Other Co\n"), {}


# ------------------------------------------------------------------ overrides
@case("override_maps_column", that(lambda t: rec(t).name == "Acme" and any(
    m.source_column == "Partner" and m.method == "user" for m in t.mappings)))
def _(d: Path): return write(d / "a.csv", "Partner,Country\nAcme,BD\n"), {"overrides": {"Partner": "supplier_name"}}


@case("override_unmaps_column", that(lambda t: rec(t).country is None and rec(t).extra == {"Country": "BD"}))
def _(d: Path): return write(d / "a.csv", "Supplier,Country\nAcme,BD\n"), {"overrides": {"country": ""}}


@case("override_unknown_field", expect_error("unknown field 'vendor_nme'", "supplier_name"))
def _(d: Path): return write(d / "a.csv", "Partner,Country\nAcme,BD\n"), {"overrides": {"Partner": "vendor_nme"}}


@case("override_unknown_column", expect_error("column 'Vendor'", "'Partner'", "'Country'"))
def _(d: Path): return write(d / "a.csv", "Partner,Country\nAcme,BD\n"), {"overrides": {"Vendor": "supplier_name"}}


@case("no_name_column", expect_error("no column looks like the supplier name", "'Foo'", "--map"))
def _(d: Path): return write(d / "a.csv", "Foo,Bar\n1,2\n3,4\n"), {}


# ------------------------------------------------------------------ hostile files and limits
@case("empty_file", expect_error("empty"))
def _(d: Path): return write(d / "a.csv", b""), {}


@case("header_only", expect_error("no supplier rows"))
def _(d: Path): return write(d / "a.csv", HEADER), {}


@case("binary_junk_named_csv", expect_error("not a spreadsheet"))
def _(d: Path): return write(d / "a.csv", bytes(range(256)) * 20), {}


@case("pdf_named_csv", expect_error("pdf", "audit report"))
def _(d: Path): return write(d / "a.csv", b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"), {}


@case("docx_named_xlsx", expect_error("word document"))
def _(d: Path):
    with zipfile.ZipFile(d / "a.xlsx", "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return d / "a.xlsx", {}


@case("truncated_xlsx", expect_error("damaged"))
def _(d: Path):
    data = xlsx(d / "src.xlsx", [HROW, *DROWS]).read_bytes()
    return write(d / "a.xlsx", data[: len(data) // 2]), {}


@case("encrypted_xlsx", expect_error("password-protected"))
def _(d: Path):
    blob = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 500
    return write(d / "a.xlsx", blob), {}


@case("zip_bomb_ratio", expect_error("zip bomb", cls=LimitExceeded))
def _(d: Path):
    src = xlsx(d / "src.xlsx", [HROW, *DROWS])
    out = d / "a.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/media/padding.bin", b"\x00" * 20_000_000)
    return out, {}


@case("zip_decompressed_limit", expect_error("expands to", cls=LimitExceeded))
def _(d: Path): return xlsx(d / "a.xlsx", [HROW, *DROWS] * 50), {"limits": Limits(max_decompressed_bytes=2000)}


@case("file_size_limit", expect_error("over the limit", cls=LimitExceeded))
def _(d: Path): return write(d / "a.csv", HEADER + ROWS * 20), {"limits": Limits(max_file_bytes=200)}


@case("row_limit", expect_error("rows", cls=LimitExceeded))
def _(d: Path): return write(d / "a.csv", HEADER + ROWS * 40), {"limits": Limits(max_rows=10)}


@case("row_limit_xlsx", expect_error("rows", cls=LimitExceeded))
def _(d: Path): return xlsx(d / "a.xlsx", [HROW, *DROWS * 40]), {"limits": Limits(max_rows=10)}


@case("missing_file", expect_error("does not exist"))
def _(d: Path): return d / "nope.csv", {}


@case("rtf_named_csv", expect_error("rtf"))
def _(d: Path): return write(d / "a.csv", r"{\rtf1\ansi Supplier}"), {}


@case("plain_prose_txt", expect_error("no column looks like the supplier name"))
def _(d: Path): return write(d / "a.txt", "This is a letter.\nIt is not a table.\n"), {}


def _ods_layout(t: Any) -> None:
    assert t.header_row == 2 and [r.name for r in t.records] == ["Acme Textiles Ltd", "Beta Electronics"]
    c = codes(t)
    assert c.get(ROW_HIDDEN) == 1 and c.get(COLUMN_HIDDEN) == 1 and MERGED_CELLS in c, c
    assert [i.row for i in t.quality.issues if i.code == ROW_HIDDEN] == [4]


@case("ods_merged_title_hidden_row_and_column", _ods_layout)
def _(d: Path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Suppliers")
    table.addElement(TableColumn(numbercolumnsrepeated=3))
    table.addElement(TableColumn(visibility="collapse"))
    table.addElement(TableColumn())
    title = TableRow()
    cell = TableCell(valuetype="string", numbercolumnsspanned=5)
    cell.addElement(P(text="Supplier list 2024"))
    title.addElement(cell)
    for _ in range(4):
        title.addElement(CoveredTableCell())
    table.addElement(title)
    for i, row in enumerate([HROW, *DROWS]):
        tr = TableRow(visibility="collapse") if i == 2 else TableRow()
        for v in row:
            c = TableCell(valuetype="float", value=v) if isinstance(v, (int, float)) else TableCell(valuetype="string")
            c.addElement(P(text=str(v)))
            tr.addElement(c)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(d / "a.ods"))
    return d / "a.ods", {}


@case("xlsx_formula_cached_value_read", that(lambda t: rec(t).workers == 1200 and rec(t, 1).workers == 7))
def _(d: Path):
    src = xlsx(d / "src.xlsx", [["Supplier", "Workers"], ["Acme", "=1000+200"], ["Beta", 7]])
    out = d / "a.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                assert "<f>1000+200</f><v></v>" in text or "<f>1000+200</f><v/>" in text, text
                text = text.replace("<f>1000+200</f><v></v>", "<f>1000+200</f><v>1200</v>")
                text = text.replace("<f>1000+200</f><v/>", "<f>1000+200</f><v>1200</v>")
                data = text.encode()
            zout.writestr(item, data)
    return out, {}
