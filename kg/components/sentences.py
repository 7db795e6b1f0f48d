"""``newskg_sentences``: sentence boundaries for news text.

Rules, in order:
- every line break ends a sentence (titles, ``Источник:`` lines and paragraphs carry no final stop);
- a leading header such as ``date 2026-02-04`` / ``Дата: 04.02.2026`` is a sentence of its own;
- inside a line, razdel (natasha's rule-based segmenter, MIT) splits sentences; it keeps quotes
  «…» / "…" followed by ``— сказал он`` together and handles no-break spaces and abbreviations;
- no sentence starts inside a short «…» name with stops in it («Москва. Кремль. Путин»: a programme's title);
- razdel reads a capital letter and a stop after a name as an initial; where the next word is an
  opening quote or a word the uk/ru dictionary knows only as a common word, the stop ends the name
  and the sentence (a one-syllable given name written last).
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


# "<Name> <capital>. <next>": a name ending in a one-letter word with a stop
_LETTER_STOP = re.compile(r"(?<=\w )[A-ZА-ЯЁІЇЄҐ]\.[ \t\u00a0]+(?=([«\"„“—–-]|\w+))")
_NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}


def _common_word(word: str, lang: str) -> bool:
    """Every dictionary reading of a capitalised word is a common word (no name, place or abbreviation)."""
    from kg.components.morphdict import parse

    ps = parse(lang, word.lower())
    return bool(ps) and all(p.is_known and not (_NAME_TAGS & set(p.tag.grammemes)) for p in ps)


def _after_letter_names(line: str, lang: str) -> list[int]:
    """Offsets in a line where a sentence starts after a name's last one-letter word and its stop."""
    out = []
    for m in _LETTER_STOP.finditer(line):
        prev = line[:m.start()].split()[-1:]
        if not prev or not prev[0][:1].isupper() or not prev[0].isalpha():
            continue
        nxt = m.group(1)
        if nxt[:1] in "«\"„“—–-" or (nxt[:1].isupper() and _common_word(nxt, lang)):
            out.append(m.end())
    return out


def sentence_starts(text: str, lang: str = "") -> list[int]:
    """Character offsets where sentences start (first non-space character of each)."""
    starts: list[int] = []
    for m in LINE.finditer(text):
        line, base = m.group(), m.start()
        h = HEADER.match(line)
        if h and h.end() < len(line):
            starts.append(base + _skip_space(line, 0))
            base, line = base + h.end(), line[h.end():]
        names = _short_quoted_names(line)
        for s in sentenize(line):
            if s.text.strip() and not any(a < s.start < b for a, b in names):
                starts.append(base + s.start)
        if lang in ("uk", "ru"):
            starts.extend(base + c for c in _after_letter_names(line, lang))
    return sorted(set(starts))


_QUOTED = re.compile(r"«([^«»\n]{1,60})»")


def _short_quoted_names(line: str) -> list[tuple[int, int]]:
    """Spans of short «…» names with stops inside ("«Москва. Кремль. Путин»", a programme's title), five words at
    most, that the text goes on after: no sentence starts inside them."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(line)
            if "." in m.group(1) and len(m.group(1).split()) <= 5 and line[m.end():].strip()[:1] not in ("", "—", "–")
            and not line[m.end():].lstrip().startswith(("-",))]


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
    for c in sentence_starts(doc.text, doc.lang_):
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
