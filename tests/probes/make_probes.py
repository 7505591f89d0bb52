"""Build a redaction probe set (the blind-set JSONL format) from a hand-written text file.

Each line of the source is ``lang<TAB>text``; ``\\n`` in the text is a line break. Gold spans are marked
``[[name]]``, ``[[p:phone]]``, ``[[i:id number]]`` or ``[[e:e-mail]]``, and strings that must stay ``{{text}}``.
Lines starting with ``#`` are comments.

Usage: python tests/probes/make_probes.py SOURCE.txt OUT.jsonl ID_PREFIX
"""
from __future__ import annotations

import json
import re
import sys

_MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
_KINDS = {"p:": "phone", "i:": "id_number", "e:": "email"}


def build(lines: list[str], prefix: str) -> list[dict[str, object]]:
    """The probe items of ``lines``, with offsets computed after the marks are removed."""
    out: list[dict[str, object]] = []
    for n, line in enumerate(lines):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        lang, raw = line.split("\t", 1)
        raw = raw.replace("\\n", "\n")
        spans: list[dict[str, object]] = []
        keep: list[str] = []
        text, pos = "", 0
        for m in _MARK.finditer(raw):
            text += raw[pos:m.start()]
            if m.group(1):
                kind, value = "name", m.group(1)
                if value[:2] in _KINDS:
                    kind, value = _KINDS[value[:2]], value[2:]
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind, "text": value})
                text += value
            else:
                keep.append(m.group(2))
                text += m.group(2)
            pos = m.end()
        text += raw[pos:]
        out.append({"id": f"{prefix}-{lang}-{n:03d}", "lang": lang, "text": text, "spans": spans, "keep": keep})
    return out


def main(argv: list[str]) -> int:
    source, target, prefix = argv
    with open(source, encoding="utf-8") as f:
        items = build(f.readlines(), prefix)
    with open(target, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(items), "items", sum(len(i["spans"]) for i in items), "spans")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
