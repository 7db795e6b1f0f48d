"""``newskg_sentences``: sentence boundaries for news text.

Rules, in order:
- every line break ends a sentence (titles, ``Источник:`` lines and paragraphs carry no final stop);
- a leading header such as ``date 2026-02-04`` / ``Дата: 04.02.2026`` is a sentence of its own;
- inside a line, razdel (natasha's rule-based segmenter, MIT) splits sentences; it keeps quotes
  «…» / "…" followed by ``— сказал он`` together and handles no-break spaces and abbreviations.
Token boundaries are the pipeline's own; a razdel boundary inside a token moves to the next token.
"""
from __future__ import annotations

import re
from bisect import bisect_right

import numpy

from razdel import sentenize
from spacy.language import Language
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.tokens import Doc

HEADER = re.compile(
    r"[ \t\u00a0]*(?:date|дата|published|опубліковано|опубликовано)[ \t\u00a0]*:?[ \t\u00a0]*"
    r"(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{4}(?:,? \d{2}:\d{2})?)",
    re.IGNORECASE,
)
LINE = re.compile(r"[^\n]+")


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start (first non-space character of each)."""
    starts: list[int] = []
    for m in LINE.finditer(text):
        line, base = m.group(), m.start()
        h = HEADER.match(line)
        if h and h.end() < len(line):
            starts.append(base + _skip_space(line, 0))
            base, line = base + h.end(), line[h.end():]
        for s in sentenize(line):
            if s.text.strip():
                starts.append(base + s.start)
    return starts


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i].isspace():
        i += 1
    return i


@Language.component("newskg_sentences")
def set_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if not n:
        return doc
    token_starts = doc.to_array(IDX).tolist()
    is_space = doc.to_array(IS_SPACE).astype(bool).tolist()
    flags = [-1] * n
    flags[0] = 1
    last_start = 0
    for c in sentence_starts(doc.text):
        ti = bisect_right(token_starts, c) - 1  # token holding offset c
        if ti < 0:
            ti = 0
        elif token_starts[ti] < c:  # boundary inside a token: next token
            ti += 1
        while ti < n and is_space[ti]:
            ti += 1
        if ti >= n or ti <= last_start:
            continue
        # no sentence made only of whitespace tokens
        if all(is_space[last_start:ti]):
            continue
        flags[ti] = 1
        last_start = ti
    doc.from_array([SENT_START], numpy.asarray(flags, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc
