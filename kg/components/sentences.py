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

from razdel import sentenize
from spacy.language import Language
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
    starts = sentence_starts(doc.text)
    ti, n = 0, len(doc)
    for tok in doc:
        tok.is_sent_start = False
    for c in starts:
        while ti < n and doc[ti].idx + len(doc[ti]) <= c:
            ti += 1
        # skip whitespace tokens
        while ti < n and doc[ti].is_space:
            ti += 1
        if ti < n and not _only_space_before(doc, ti):
            doc[ti].is_sent_start = True
    if n:
        doc[0].is_sent_start = True
    return doc


def _only_space_before(doc: Doc, i: int) -> bool:
    """True when tokens back to the previous sentence start are all whitespace (no empty sentences)."""
    j = i - 1
    while j >= 0:
        if not doc[j].is_space:
            return False
        if doc[j].is_sent_start:
            return True
        j -= 1
    return True
