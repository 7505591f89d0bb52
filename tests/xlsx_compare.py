"""What a user could see differ between two xlsx files: sheets, layout, every cell's value and style, charts.

Used by the register tests (sample scale) and by ``bench/bench_xlsx_write.py --compare`` (thousands of suppliers).
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl


def _load(src: bytes | Path) -> Any:
    return openpyxl.load_workbook(io.BytesIO(src) if isinstance(src, bytes) else src, rich_text=True)


def _style(c: Any) -> tuple:
    f, fill, al = c.font, c.fill, c.alignment
    return (bool(f.b), bool(f.i), f.sz, f.color.rgb if f.color is not None else None,
            fill.fill_type, fill.fgColor.rgb if fill.fill_type else None,
            bool(al.wrap_text), al.vertical, c.number_format)


def _layout(ws: Any) -> dict[str, Any]:
    return {
        "freeze panes": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "merged cells": sorted(str(r) for r in ws.merged_cells.ranges),
        "column widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
        "row heights": {k: d.ht for k, d in ws.row_dimensions.items() if d.ht is not None},
        "charts": [type(c).__name__ for c in ws._charts],
        "size": (ws.max_row, ws.max_column),
    }


def differences(a: bytes | Path, b: bytes | Path, limit: int = 20) -> list[str]:
    """Differences a user could notice between workbooks ``a`` and ``b`` (at most ``limit``); empty when none."""
    wa, wb = _load(a), _load(b)
    out: list[str] = []
    if wa.sheetnames != wb.sheetnames:
        return [f"sheets: {wa.sheetnames} != {wb.sheetnames}"]
    for name in wa.sheetnames:
        sa, sb = wa[name], wb[name]
        la, lb = _layout(sa), _layout(sb)
        out += [f"{name}: {k}: {la[k]!r} != {lb[k]!r}" for k in la if la[k] != lb[k]]
        for ra, rb in zip(sa.iter_rows(), sb.iter_rows()):
            for ca, cb in zip(ra, rb):
                va, vb = ca.value, cb.value
                if va != vb or type(va) is not type(vb):
                    out.append(f"{name}!{ca.coordinate}: value {va!r} != {vb!r}")
                elif va is not None and _style(ca) != _style(cb):
                    out.append(f"{name}!{ca.coordinate}: style {_style(ca)} != {_style(cb)}")
                if len(out) >= limit:
                    return out
    return out
