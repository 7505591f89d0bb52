"""Shared UI helpers: untrusted text is escaped, matches are marked where the offsets say, labels read well."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app_pages.components import decision_sentence, format_utc, highlight_html, humanize, md_escape  # noqa: E402
from screener.contracts import Evidence  # noqa: E402
from screener.review.store import ReviewDecision  # noqa: E402


def _ev(sentence: str, start: int, end: int) -> Evidence:
    return Evidence("deception", "S", "d.pdf", 1, sentence, start, end, sentence[start:end], "e", "exact", 1.0,
                    "asserted", False, "en")


def test_highlight_escapes_html_and_marks_the_match() -> None:
    s = 'Agent said <script>alert("x")</script> wages & fees were "deducted".'
    start = s.index("deducted")
    out = highlight_html(_ev(s, start, start + len("deducted")))
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp; fees" in out
    assert ">deducted</mark>" in out
    assert out.count("<mark") == 1


def test_highlight_keeps_one_line_so_markdown_leaves_the_html_block_alone() -> None:
    s = "Line one\r\nline *two* passports"
    out = highlight_html(_ev(s, s.index("passports"), s.index("passports") + 9))
    assert "\n" not in out and ">passports</mark>" in out


def test_markdown_escape_shows_text_literally() -> None:
    assert md_escape("[click](http://x) *bold* $5 a_b") == r"\[click\]\(http\://x\) \*bold\* \$5 a\_b"


def test_labels_and_times_read_as_english() -> None:
    assert humanize("cbp_order_review") == "CBP order review"
    assert humanize("withholding_of_wages") == "Withholding of wages"
    assert format_utc("2026-11-29T12:03:04.123456+00:00") == "29 Nov 2026, 12:03 UTC"
    d = ReviewDecision("S", "dismissed", "policy text", "Ana", "2026-11-29T12:03:04+00:00", "fp")
    assert decision_sentence(d) == 'Dismissed as a false positive by Ana on 29 Nov 2026, 12:03 UTC — "policy text"'


def test_badges_say_whether_a_model_finding_counts(monkeypatch) -> None:
    """A counted model finding says it was found by the sentence model and counts; a possible one says it counts
    only once confirmed."""
    import dataclasses

    from app_pages import components

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(components.st, "markdown", lambda body, help="": shown.append((body, help)))
    counted = dataclasses.replace(_ev("Workers were told to pay the agent again.", 0, 7), match="model",
                                  indicator="recruitment_fees", ngrams=(("pay the agent", 1.2),))
    components.evidence_badges(counted)
    components.evidence_badges(dataclasses.replace(counted, confidence="possible"))
    (body1, help1), (body2, help2) = shown
    assert "Match: sentence model" in body1 and "Possible finding" not in body1
    assert "it counts in the score" in help1
    assert "Possible finding" in body2 and "only once a reviewer confirms it" in help2
