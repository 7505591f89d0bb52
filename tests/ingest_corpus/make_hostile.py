"""Hostile, damaged and odd input files, generated (never stored as blobs), each with its exact outcome.

A case is (id, kind, build, expect): ``build(dir)`` writes the file and returns its path; ``kind`` is
"table" (a supplier sheet) or "document" (an audit report); ``expect`` is the exit code the CLI gives
(0 read, 2 one-line error), a regex the one-line error (or, for 0, the joined data-quality warnings) must
match, and optional exact facts (rows, first names, countries). Run directly to write the files:
    PYTHONPATH=. python tests/ingest_corpus/make_hostile.py OUT_DIR
"""
from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Build = Callable[[Path], Path]


@dataclass(frozen=True)
class Expect:
    code: int
    message: str = ""  # regex, searched in the error (code 2) or in the warnings (code 0)
    rows: int | None = None
    names: tuple[str, ...] = ()
    countries: tuple[str | None, ...] = ()
    heavy: bool = False  # run alone in its own process (bombs, huge files)
    extra: dict = field(default_factory=dict)


CASES: list[tuple[str, str, Build, Expect]] = []


def case(cid: str, kind: str, expect: Expect) -> Callable[[Build], Build]:
    def deco(fn: Build) -> Build:
        CASES.append((cid, kind, fn, expect))
        return fn
    return deco


def add(cid: str, kind: str, build: Build, expect: Expect) -> None:
    CASES.append((cid, kind, build, expect))


OK2 = "Supplier Name,Country\nAcme Textiles Ltd,Bangladesh\nBeta Electronics,China\n"

# ------------------------------------------------------------------ xlsx written by hand
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
       'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument'
       '.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
       '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
       'name="Suppliers" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WBR = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
BASE = [("A1", "Supplier Name"), ("B1", "Country"), ("A2", "Acme Textiles Ltd"), ("B2", "Bangladesh"),
        ("A3", "Beta Electronics"), ("B3", "China")]


def sheet_xml(cells: list[tuple[str, str | None]], dim: str | None = None, sst: bool = False,
              merges: list[str] = ()) -> str:
    import re

    rows: dict[int, list[str]] = {}
    for ref, v in cells:
        m = re.match(r"[A-Za-z]*(\d*)", ref)
        r = int(m.group(1)) if m and m.group(1) and len(m.group(1)) < 9 else 1
        if v is None:
            c = f'<c r="{ref}" s="0"/>'
        elif sst:
            c = f'<c r="{ref}" t="s"><v>{v}</v></c>'
        else:
            c = f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
        rows.setdefault(r, []).append(c)
    body = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(rows.items()))
    d = f'<dimension ref="{dim}"/>' if dim else ""
    mg = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
          + "</mergeCells>") if merges else ""
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main">{d}<sheetData>{body}</sheetData>{mg}</worksheet>')


def write_xlsx(path: Path, sheet: str, strings: list[str] | None = None, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WBR)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if strings is not None:
            z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                       'spreadsheetml/2006/main">' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def fake_sizes(path: Path, declared: int = 1000) -> Path:
    """Rewrite every member's declared uncompressed size (local and central headers) to ``declared``."""
    data = bytearray(path.read_bytes())
    i = 0
    while (i := data.find(b"PK\x03\x04", i)) >= 0:
        struct.pack_into("<I", data, i + 22, declared)
        i += 4
    i = 0
    while (i := data.find(b"PK\x01\x02", i)) >= 0:
        struct.pack_into("<I", data, i + 24, declared)
        i += 4
    path.write_bytes(bytes(data))
    return path


def _deflate_repeat(head: bytes, chunk: bytes, n: int, tail: bytes) -> bytes:
    """A raw deflate stream of head + chunk * n + tail, built in O(len(chunk)): after a full flush a block
    has no back-references, so the compressed block can be repeated as it is."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    return first + block * n + c.compress(tail) + c.flush()


def _zip_with_raw_deflate(path: Path, members: dict[str, str], name: str, raw: bytes, declared: int) -> Path:
    """A zip whose member ``name`` holds the raw deflate stream ``raw`` and declares ``declared`` bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in members.items():
            z.writestr(k, v)
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, raw)  # stored as is, then relabelled as deflated below
    data = bytearray(path.read_bytes())
    enc = name.encode()
    i = data.find(b"PK\x03\x04" + b"\x00" * 0, 0)
    while i >= 0:
        n = struct.unpack_from("<H", data, i + 26)[0]
        if bytes(data[i + 30:i + 30 + n]) == enc:
            struct.pack_into("<H", data, i + 8, 8)
            struct.pack_into("<I", data, i + 22, declared)
        i = data.find(b"PK\x03\x04", i + 4)
    i = data.find(b"PK\x01\x02")
    while i >= 0:
        n = struct.unpack_from("<H", data, i + 28)[0]
        if bytes(data[i + 46:i + 46 + n]) == enc:
            struct.pack_into("<H", data, i + 10, 8)
            struct.pack_into("<I", data, i + 24, declared)
        i = data.find(b"PK\x01\x02", i + 4)
    path.write_bytes(bytes(data))
    return path


_ROW_MB = b'<row><c t="inlineStr"><is><t>' + b"A" * (1 << 20) + b"</t></is></c></row>"
_XLSX_PARTS = {"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "xl/workbook.xml": _WB,
               "xl/_rels/workbook.xml.rels": _WBR}


def bomb_xlsx(path: Path, mb: int, fake: bool) -> Path:
    raw = _deflate_repeat(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                          b'2006/main"><sheetData>', _ROW_MB, mb, b"</sheetData></worksheet>")
    return _zip_with_raw_deflate(path, _XLSX_PARTS, "xl/worksheets/sheet1.xml", raw,
                                 1000 if fake else mb * len(_ROW_MB))


def bomb_docx(path: Path, mb: int, fake: bool) -> Path:
    raw = _deflate_repeat(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                          b'wordprocessingml/2006/main"><w:body>',
                          b"<w:p><w:r><w:t>" + b"forced " * 149_796 + b"</w:t></w:r></w:p>", mb,
                          b"</w:body></w:document>")
    ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    return _zip_with_raw_deflate(path, {"[Content_Types].xml": ct}, "word/document.xml", raw,
                                 1000 if fake else mb * 1_048_600)


# ------------------------------------------------------------------ cases: xlsx cell references and extents
for i, ref in enumerate(["ZZZZZZ99999999999", "XFE1", "A1048577", "AAAA1", "A0", "A99999999", "1A", "A-1",
                         "XFD99999999", "ZZZ1", "A", "-A1"]):
    add(f"xlsx_badref_{i}", "table", lambda d, ref=ref: write_xlsx(d / "bad.xlsx", sheet_xml(BASE + [(ref, "x")])),
        Expect(2, r"invalid cell reference"))
for i, far in enumerate(["XFD1048576", "XFD100000", "ZZ1000000", "AAA500000", "XFA60000", "CV1000000"]):
    add(f"xlsx_far_value_{i}", "table", lambda d, far=far: write_xlsx(d / "far.xlsx", sheet_xml(BASE + [(far, "x")])),
        Expect(2, r"cells span .* over the limit"))
for i, far in enumerate(["XFD1048576", "XFD2", "A1048576", "ZZ70000"]):
    add(f"xlsx_far_empty_cell_{i}", "table",
        lambda d, far=far: write_xlsx(d / "fe.xlsx", sheet_xml(BASE + [(far, None)])),
        Expect(0, rows=2, names=("Acme Textiles Ltd", "Beta Electronics"), countries=("BD", "CN")))
for i, dim in enumerate(["A1:XFD1048576", "A1:ZZZ999999", "B2:XFD1048576", "A1:A1", "ZZZZZ1:ZZZZZ9"]):
    add(f"xlsx_dimension_lie_{i}", "table", lambda d, dim=dim: write_xlsx(d / "dim.xlsx", sheet_xml(BASE, dim)),
        Expect(0, rows=2, names=("Acme Textiles Ltd", "Beta Electronics")))
_SST = ["Supplier Name", "Country", "Acme Textiles Ltd", "Bangladesh", "Beta Electronics", "China"]
for i, bad in enumerate(["-1", "-6", "6", "99", "-999999", "4294967295"]):
    add(f"xlsx_sst_index_{i}", "table",
        lambda d, bad=bad: write_xlsx(d / "sst.xlsx", sheet_xml([(r, str(k)) for k, (r, _) in enumerate(BASE)]
                                                                 + [("A4", bad)], sst=True), _SST),
        Expect(2, r"shared text number -?\d+, which does not exist"))
add("xlsx_sst_ok", "table", lambda d: write_xlsx(d / "sst.xlsx", sheet_xml(
    [(r, str(k)) for k, (r, _) in enumerate(BASE)], sst=True), _SST), Expect(0, rows=2, countries=("BD", "CN")))
for i, rng in enumerate(["A1:B3", "A1:Z100", "A1:B1048576"]):
    add(f"xlsx_whole_sheet_merge_{i}", "table",
        lambda d, rng=rng: write_xlsx(d / "m.xlsx", sheet_xml(BASE, merges=[rng])),
        Expect(0, r"Merged range .* ignored", rows=2, names=("Acme Textiles Ltd", "Beta Electronics")))
for i, cut in enumerate([0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.97]):
    def _trunc(d: Path, cut=cut) -> Path:
        p = write_xlsx(d / "t.xlsx", sheet_xml(BASE))
        data = p.read_bytes()
        p.write_bytes(data[:int(len(data) * cut)])
        return p
    add(f"xlsx_truncated_{i}", "table", _trunc, Expect(2, r"damaged"))
for mb in (30, 300, 1100, 4000):
    add(f"xlsx_bomb_faked_sizes_{mb}mb", "table", lambda d, mb=mb: bomb_xlsx(d / "b.xlsx", mb, True),
        Expect(2, r"expands (more than 200 times|to more than 1074 MB) when decompressed", heavy=True))
for mb in (300, 1100):
    add(f"xlsx_bomb_honest_{mb}mb", "table", lambda d, mb=mb: bomb_xlsx(d / "b.xlsx", mb, False),
        Expect(2, r"expands", heavy=True))
for mb in (300, 1100):
    add(f"docx_bomb_faked_sizes_{mb}mb", "document", lambda d, mb=mb: bomb_docx(d / "b.docx", mb, True),
        Expect(2, r"expands", heavy=True))
add("docx_bomb_honest_300mb", "document", lambda d: bomb_docx(d / "b.docx", 300, False),
    Expect(2, r"expands", heavy=True))

_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + ']>')
add("xlsx_billion_laughs", "table", lambda d: write_xlsx(d / "bl.xlsx", _LAUGHS + sheet_xml(
    BASE + [("A4", "&lol9;")]).split("?>", 1)[1]), Expect(2, r"sheet cannot be read .*unrecognized entity", heavy=True))
add("xlsx_xxe_file", "table", lambda d: write_xlsx(d / "xxe.xlsx", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e '
                                                 'SYSTEM "file:///etc/passwd">]>' + sheet_xml(
    BASE + [("A4", "&e;")]).split("?>", 1)[1]), Expect(2, r"sheet cannot be read .*unrecognized entity"))
add("docx_billion_laughs", "document", lambda d: _docx(d / "bl.docx", "&lol9;", _LAUGHS), Expect(2, r"damaged"))
add("docx_xxe", "document", lambda d: _docx(d / "xxe.docx", "&e;", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e '
                                            'SYSTEM "file:///etc/passwd">]>'), Expect(2, r"contains no text"))


def _docx(path: Path, text: str, prolog: str = '<?xml version="1.0"?>') -> Path:
    doc = (prolog + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
    return path


# ------------------------------------------------------------------ text tables: encodings
NAMES = {
    "gb18030": ("广州纺织有限公司", "深圳电子科技有限公司", "中国"),
    "big5": ("台灣紡織股份有限公司", "新竹電子科技公司", "台灣"),
    "shift_jis": ("東京繊維株式会社", "大阪電子工業株式会社", "日本"),
    "cp1250": ("Łódź Tekstylia Sp. z o.o.", "Žilina Odevy s.r.o.", "Polska"),
    "cp1252": ("Têxtil Açores Lda", "Café Niño SA", "Portugal"),
    "utf-16": ("Têxtil Açores Lda", "广州纺织有限公司", "Portugal"),
    "utf-16-le": ("Têxtil Açores Lda", "東京繊維株式会社", "Portugal"),
    "utf-16-be": ("Têxtil Açores Lda", "Łódź Tekstylia", "Portugal"),
    "utf-32": ("Têxtil Açores Lda", "台灣紡織股份有限公司", "Portugal"),
    "utf-8": ("Têxtil Açores Lda", "广州纺织有限公司", "Portugal"),
    "utf-8-sig": ("Têxtil Açores Lda", "Łódź Tekstylia", "Portugal"),
}
_EXTRA_ROWS = {"gb18030": ["浙江服装厂", "江苏制衣有限公司"], "big5": ["台北成衣公司", "高雄製鞋廠"],
               "shift_jis": ["名古屋縫製株式会社", "福岡靴工業株式会社"]}
for enc, (a, b, country) in NAMES.items():
    for variant, sep in (("comma", ","), ("semicolon", ";"), ("tab", "\t")):
        extra = _EXTRA_ROWS.get(enc, [])
        rows = [a, b] + extra
        text = f"Supplier Name{sep}Country\n" + "".join(f"{n}{sep}{country}\n" for n in rows)
        msg = r"Windows-1252" if enc == "cp1252" else ""
        add(f"csv_{enc}_{variant}", "table", lambda d, text=text, enc=enc: _w(d / "e.csv", text.encode(enc)),
            Expect(0, msg, rows=len(rows), names=tuple(rows)))


def _w(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ text tables: damage
for i, pos in enumerate([1, 2, 3, 5, 8]):
    def _quote(d: Path, pos=pos) -> Path:
        lines = ["Supplier Name,Country"] + [f"Supplier {k},China" for k in range(1, 10)]
        lines[pos] = '"' + lines[pos]
        return _w(d / "q.csv", ("\n".join(lines) + "\n").encode())
    add(f"csv_unterminated_quote_{i}", "table", _quote, Expect(2, rf"quote opened on line {pos + 1} is never closed"))
for i, n in enumerate([3, 10, 312, 1000, 5000]):
    def _trunc_csv(d: Path, n=n) -> Path:
        body = "Supplier Name,Country,Workers\n" + "".join(f"Supplier {k},China,{k}\n" for k in range(n))
        return _w(d / "t.csv", (body + "Supplier cut,Chi").encode())
    add(f"csv_truncated_{i}", "table", _trunc_csv, Expect(0, rf"appears truncated: read {n + 2:,} rows", rows=n + 1))
for i, n in enumerate([16_385, 20_000, 200_000]):
    add(f"csv_too_many_columns_{i}", "table",
        lambda d, n=n: _w(d / "w.csv", ("Supplier Name,Country," + ",".join(f"c{k}" for k in range(n)) + "\n").encode()),
        Expect(2, r"columns, over the limit of 16,384"))
add("csv_one_line_40mb", "table", lambda d: _w(d / "l.csv", b"Supplier Name," + b"x" * 40_000_000),
    Expect(2, r"cannot be parsed near line 1 \(field larger than field limit", heavy=True))
add("csv_million_and_one_rows", "table",
    lambda d: _w(d / "m.csv", b"Supplier Name,Country\n" + b"Acme,China\n" * 1_000_101),
    Expect(2, r"more than 1,000,000 rows", heavy=True))
add("csv_nul_bytes", "table", lambda d: _w(d / "n.csv", OK2.replace("Acme", "Ac\x00me").encode()),
    Expect(0, rows=2, names=("Acme Textiles Ltd", "Beta Electronics")))

# ------------------------------------------------------------------ names with control characters
_ESC = ["\x1b[31mRed\x1b[0m Mills", "\x1b]0;pwned\x07Title Mills", "Bell\x07 Mills", "Back\x08space Mills",
        "\x9b31mC1 Mills", "Tab\tMills", "Null\x00Mills", "\x1b[2J\x1b[HClear Mills", "Form\x0cfeed Mills",
        "Del\x7f Mills"]
for i, nm in enumerate(_ESC):
    add(f"csv_control_chars_{i}", "table",
        lambda d, nm=nm: _w(d / "c.csv", f'Supplier Name,Country\n"{nm}",China\nBeta,India\n'.encode()),
        Expect(0, rows=2, extra={"no_controls": True}))

# ------------------------------------------------------------------ headers
for i, (r1, r2) in enumerate([("Acme Textiles Ltd", "Bangladesh"), ("Gamma Shoes Co", "Viet Nam"),
                              ("Delta Knit Industries", "India"), ("Omega Apparel Limited", "China"),
                              ("Sigma Garments", "Bosnia")]):
    def _two(d: Path, r1=r1, r2=r2) -> Path:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.append(["Supplier Name", None, "Country"])
        ws.append([r1, None, r2])
        ws.append(["Beta Electronics", None, "China"])
        ws.append(["Zeta Foods", None, "Peru"])
        ws.merge_cells("B1:B2")
        p = d / "h.xlsx"
        wb.save(p)
        return p
    add(f"xlsx_data_row_not_second_header_{i}", "table", _two, Expect(0, rows=3, names=(r1, "Beta Electronics",
                                                                                       "Zeta Foods")))

# ------------------------------------------------------------------ countries and mapping
for i, (short, iso) in enumerate([("Bosnia", "BA"), ("Czech", "CZ"), ("Russia", "RU"), ("Korea", "KR"),
                                  ("Vietnam", "VN"), ("Laos", "LA"), ("Iran", "IR"), ("Syria", "SY"),
                                  ("Moldova", "MD"), ("Tanzania", "TZ"), ("Turkey", "TR"), ("Türkiye", "TR"),
                                  ("Ivory Coast", "CI"), ("Saint Kitts", "KN"), ("Trinidad", "TT"),
                                  ("Czech Rep.", "CZ"), ("Rep. of Korea", "KR"), ("Macedonia", "MK")]):
    add(f"csv_country_alias_{i}", "table",
        lambda d, short=short: _w(d / "c.csv", f"Supplier Name,Country\nAcme,{short}\nBeta,China\n".encode()),
        Expect(0, rows=2, countries=(iso, "CN")))


def _brand(d: Path) -> Path:
    lines = ["Code,Factory_Name,Country,Total_Workers,Migrant_Workers"]
    for k in range(60):
        lines.append(f"{['10115', '20095', '80331'][k % 3]},Factory {k} Ltd,Bosnia,{3000 + k},{k}")
    return _w(d / "brand.csv", ("\n".join(lines) + "\n").encode())


add("csv_brand_underscore_headers", "table", _brand,
    Expect(0, r"not used as the supplier ID.*computed per row|computed per row.*not used as the supplier ID", rows=60,
           extra={"migrant_share_0": 0.0, "migrant_share_1": round(1 / 3001, 6)}))

# ------------------------------------------------------------------ other formats
_SS2003 = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-'
           'microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet '
           'ss:Name="S"><Table><Row><Cell><Data ss:Type="String">Supplier Name</Data></Cell></Row><Row><Cell><Data '
           'ss:Type="String">Acme</Data></Cell></Row></Table></Worksheet></Workbook>')
for ext in ("xls", "xml", "xlsx", "csv"):
    add(f"spreadsheetml_2003_{ext}", "table", lambda d, ext=ext: _w(d / f"s.{ext}", _SS2003.encode()),
        Expect(2, r"Excel 2003 XML spreadsheet"))
for i, depth in enumerate([50, 500, 3000]):
    add(f"html_nested_tables_{i}", "table", lambda d, depth=depth: _w(d / "n.xls", (
        "<html><body>" + "<table><tr><td>" * depth + "x" + "</td></tr></table>" * depth
        + "<table><tr><th>Supplier Name</th><th>Country</th></tr><tr><td>Acme</td><td>China</td></tr>"
        "<tr><td>Beta</td><td>India</td></tr></table></body></html>").encode()), Expect(0, rows=2,
                                                                                    names=("Acme", "Beta")))
for i, n in enumerate([200, 2000, 20000]):
    add(f"html_colspan_bomb_{i}", "table", lambda d, n=n: _w(d / "c.xls", (
        "<html><body><table><tr><th>Supplier Name</th><th>Country</th></tr><tr>" + "<td colspan=99999>x</td>" * n
        + "</tr></table></body></html>").encode()), Expect(2, r"more than 16,384 columns"))

# ------------------------------------------------------------------ PDFs


def _pdf_bytes(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in lines:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _enc_pdf(path: Path, user: str, alg: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    w.append(PdfReader(io.BytesIO(_pdf_bytes(["Workers said the agent kept their passports."]))))
    w.encrypt(user_password=user, owner_password="owner-secret", algorithm=alg)
    with path.open("wb") as fh:
        w.write(fh)
    return path


for alg in ("RC4-40", "RC4-128", "AES-128", "AES-256", "AES-256-R5"):
    add(f"pdf_empty_password_{alg}", "document", lambda d, alg=alg: _enc_pdf(d / "e.pdf", "", alg),
        Expect(0, extra={"text": "passports"}))
    add(f"pdf_password_{alg}", "document", lambda d, alg=alg: _enc_pdf(d / "p.pdf", "secret", alg),
        Expect(2, r"encrypted: give the password or an unprotected copy"))


def _shared_pdf(path: Path, pages: int) -> Path:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    w = PdfWriter()
    w.append(PdfReader(io.BytesIO(_pdf_bytes(["Workers said the agent kept their passports."]))))
    page = w.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data() + b"\n" + b"BT /F1 10 Tf 10 10 Td (x) Tj ET\n" * 3000)
    page[NameObject("/Contents")] = w._add_object(stream)
    for _ in range(pages - 1):
        w.add_page(page)
    with path.open("wb") as fh:
        w.write(fh)
    return path


add("pdf_shared_content_stream_1999_pages", "document", lambda d: _shared_pdf(d / "s.pdf", 1999),
    Expect(0, extra={"pages": 1999}, heavy=True))
add("pdf_2001_pages", "document", lambda d: _shared_pdf(d / "s.pdf", 2001), Expect(2, r"2,001 pages, over the limit"))
for i, cut in enumerate([0.05, 0.3, 0.5]):
    def _cut_pdf(d: Path, cut=cut) -> Path:
        data = _pdf_bytes(["x"])
        return _w(d / "c.pdf", data[:max(9, int(len(data) * cut))])
    add(f"pdf_truncated_{i}", "document", _cut_pdf, Expect(2, r"PDF"))
add("pdf_image_only", "document", lambda d: _w(d / "i.pdf", _pdf_bytes([])), Expect(2, r"run OCR first"))

# ------------------------------------------------------------------ long text documents
add("txt_page_1_1m_chars", "document", lambda d: _w(d / "long.txt", ("The canteen is clean. " * 52_000).encode()),
    Expect(0, extra={"pages": 1}))
add("txt_bang_run_100k", "document", lambda d: _w(d / "bang.txt", ("Workers said " + "!" * 100_000).encode()),
    Expect(0, extra={"pages": 1}))
add("txt_over_20m_chars", "document", lambda d: _w(d / "huge.txt", b"word " * 4_100_000 + b"\x0c" + b"more " * 10),
    Expect(2, r"more than 20,000,000 characters", heavy=True))

# ------------------------------------------------------------------ file system oddities


def _plain(d: Path, name: str) -> Path:
    return _w(d / name, OK2.encode())


for i, name in enumerate(["-x.csv", "--help.csv", " lead space.csv", "trail space .csv", "new\nline.csv",
                          "tab\tname.csv", "quote'\"name.csv", "ünïcødé.csv", "中文供应商.csv", "emoji😀.csv",
                          "a" * 240 + ".csv", "dots...csv", "UPPER.CSV", "no_extension", "semi;colon.csv",
                          "\x1b[31mesc.csv"]):
    add(f"path_odd_name_{i}", "table", lambda d, name=name: _plain(d, name), Expect(0, rows=2))
add("path_non_utf8_name", "table", lambda d: _w(Path(os.fsdecode(bytes(d) + b"/caf\xe9.csv")), OK2.encode()),
    Expect(0, rows=2))
add("path_symlink_to_file", "table", lambda d: _link(d, _plain(d, "real.csv")), Expect(0, rows=2))
add("path_symlink_dangling", "table", lambda d: _link(d, d / "missing.csv"), Expect(2, r"does not exist"))
add("path_fifo", "table", lambda d: _fifo(d), Expect(2, r"not a file"))
add("path_directory", "table", lambda d: _mkdir(d / "dir.csv"), Expect(2, r"not a file"))
add("path_empty_file", "table", lambda d: _w(d / "empty.csv", b""), Expect(2, r"empty"))
add("path_missing", "table", lambda d: d / "nope.csv", Expect(2, r"does not exist"))
add("doc_fifo", "document", lambda d: _fifo(d, "f.txt"), Expect(2, r"not a file"))
add("doc_symlink_loop", "document", lambda d: _loop(d), Expect(2, r"does not exist"))


def _link(d: Path, target: Path) -> Path:
    p = d / "link.csv"
    p.symlink_to(target)
    return p


def _loop(d: Path) -> Path:
    a, b = d / "a.txt", d / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _fifo(d: Path, name: str = "f.csv") -> Path:
    p = d / name
    os.mkfifo(p)
    return p


def _mkdir(p: Path) -> Path:
    p.mkdir()
    return p


# ------------------------------------------------------------------ bulk variants: random damage of good files
def _good_xlsx(d: Path) -> Path:
    return write_xlsx(d / "g.xlsx", sheet_xml(BASE))


for i in range(80):
    def _flip(d: Path, i=i) -> Path:
        import random

        p = _good_xlsx(d)
        data = bytearray(p.read_bytes())
        rnd = random.Random(i)
        for _ in range(1 + i % 5):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        p.write_bytes(bytes(data))
        return p
    add(f"xlsx_bitflip_{i}", "table", _flip, Expect(-1))  # -1: exit 0 or a one-line exit 2, nothing else
for i in range(30):
    def _junk(d: Path, i=i) -> Path:
        import random

        rnd = random.Random(1000 + i)
        head = [b"PK\x03\x04", b"%PDF-1.7\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<html>", b"\xff\xfe", b""][i % 6]
        return _w(d / ["j.xlsx", "j.pdf", "j.xls", "j.html", "j.csv", "j.bin"][i % 6],
                  head + bytes(rnd.randrange(256) for _ in range(2000 + 97 * i)))
    add(f"junk_{i}", "table" if i % 2 == 0 else "document", _junk, Expect(-1))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for cid, _kind, build, _exp in CASES:
        d = out / cid
        d.mkdir(exist_ok=True)
        build(d)
    print(f"{len(CASES)} cases written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
