"""The quick tests of word re-segmentation (``Resegmenter.pair_may_split``, ``Resegmenter._may_know``) never skip a
join or split that the full path would make: names built from listed words split, joined and misspelt."""
from __future__ import annotations

import random
import string
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_watchlist_synth import distractors  # noqa: E402

from screener.normalize.names import name_words, stem_word  # noqa: E402
from screener.risk.watchlist_match import token_credit  # noqa: E402
from screener.risk.watchlist_segment import Resegmenter  # noqa: E402
from screener.risk.watchlists import WatchlistIndex, load_watchlists  # noqa: E402


@pytest.fixture(scope="module")
def index() -> WatchlistIndex:
    return WatchlistIndex(load_watchlists())


def _fresh(ix: WatchlistIndex) -> Resegmenter:
    return Resegmenter([r.parts.core for r in ix.records], lambda a, b: token_credit(a, b, ix.config), min_typo=4)


def _pieces(seg: Resegmenter, rng: random.Random, n: int) -> list[list[str]]:
    """Word lists made of known words cut anywhere, glued to neighbours, with a letter changed or added."""
    known = sorted(w for w in seg.known_raw if w.isalpha())
    out = []
    for _ in range(n):
        text = "".join(rng.choice(known) for _ in range(rng.randint(1, 4)))
        cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(0, 3))))
        words = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
        if rng.random() < 0.3:
            i = rng.randrange(len(words))
            k = rng.randrange(len(words[i]) + 1)
            words[i] = words[i][:k] + rng.choice(string.ascii_lowercase) + words[i][k:]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(known))
        out.append(words)
    return out


def test_pair_pretest_never_rejects_a_split(index: WatchlistIndex) -> None:
    seg = index.resegmenter
    rng = random.Random(11)
    rejected = 0
    for words in _pieces(seg, rng, 20_000):
        for w, nxt in zip(words, words[1:]):
            if seg.known(w) and seg.known(nxt):
                continue  # the pre-test is only asked when one word is unknown
            if not seg.pair_may_split(w, nxt):
                rejected += 1
                assert seg.split(w + nxt, fuzzy=False) in (None, (w, nxt)), (w, nxt)
    assert rejected > 1_000  # the test saw the pre-test at work


def test_known_pretest_never_rejects_a_known_word(index: WatchlistIndex) -> None:
    seg = index.resegmenter
    rng = random.Random(12)
    words = {w for ws in _pieces(seg, rng, 5_000) for w in (*ws, "".join(ws))} | set(seg.known_raw)
    rejected = 0
    for w in sorted(words):
        if w.isalpha() and not seg._may_know(w):
            rejected += 1
            toks = stem_word(w)
            assert w not in seg.known_raw and not (toks and all(t in seg.vocab for t in toks)), w
    assert rejected > 1_000


def test_words_identical_without_the_pretests(index: WatchlistIndex) -> None:
    """The same re-split words and changes with the quick tests switched off (every pair on the full path)."""
    fast, full = _fresh(index), _fresh(index)
    setattr(full, "pair_may_split", lambda w, nxt: True)  # noqa: B010
    setattr(full, "_may_know", lambda word: True)  # noqa: B010
    rng = random.Random(13)
    names = [list(name_words(n)) for n, _ in distractors(3_000, rng, index.lists)]
    names += _pieces(fast, rng, 5_000)
    changed = 0
    for words in names:
        got = fast.words(list(words))
        assert got == full.words(list(words)), words
        changed += bool(got[1])
    assert changed > 500  # names that the re-segmentation did change were among them
