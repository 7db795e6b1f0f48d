"""Outlet names the NER misses: a quoted name told to or read in.

``розповів «Нашим грошам»``, ``в интервью «Коммерсанту»``, ``пише видання «Дзеркало тижня»``: a
quoted capitalised name of one to five words right after a speech verb (``clause`` cues of
``lexicons/<lang>/cues.tsv``) or an outlet/medium noun (``outlet``/``medium`` cues) names an
outlet; so does an unquoted name in Latin script there (``агентство NPN``, ``як пише Baltic Herald``). Its nominative comes from the phrase normaliser (``Нашим грошам`` -> ``Наші гроші``); after
an outlet noun the name is in apposition and stays as written (``газете «Ведомости»``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import speech_lexicon
from kg.extract.names import lemma_candidates, normalize_phrase
from kg.extract.quotes import find_quotes

_MAX_WORDS = 5


@dataclass
class QuotedOutlet:
    start: int  # offsets of the name inside the quote marks
    end: int
    words: list[str]  # nominative form
    after_noun: bool = False  # right after an outlet noun ("газета X"), not a speech verb


@lru_cache(maxsize=None)
def _cue_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(speech verb lemmas, outlet/medium nouns)."""
    lex = speech_lexicon.load(lang)
    verbs = frozenset(p.words[0] for p in lex.by_frame("clause") if len(p.words) == 1)
    nouns = frozenset(p.words[0] for p in lex.by_frame("outlet", "medium") if len(p.words) == 1)
    return verbs, nouns


def find(text: str, lang: str) -> list[QuotedOutlet]:
    if lang not in ("uk", "ru"):
        return []
    verbs, nouns = _cue_words(lang)
    out = []
    for o, c in find_quotes(text):
        inner = text[o + 1:c]
        words = inner.split()
        if not words or len(words) > _MAX_WORDS or not words[0][:1].isupper() or any(ch in inner for ch in ".!?,:;"):
            continue
        before = text[max(0, o - 40):o].split()
        if not before:
            continue
        prev = before[-1].strip(",").lower()
        forms = lemma_candidates(prev, lang) | {prev}
        after_noun = bool(forms & nouns)
        if not (after_noun or forms & verbs):
            continue
        norm = words if after_noun else normalize_phrase(words, lang)
        out.append(QuotedOutlet(o + 1, c, list(norm)))
    for m in _LATIN_NAME.finditer(text):
        if len(m.group().split()) > 1 and m.group().split()[-1] in _PARTICLES:
            continue  # "Diário de" cut off before a full stop: not the whole name
        before = text[max(0, m.start() - 40):m.start()]
        if not before.endswith((" ", "\u00a0")):
            continue
        prev = before.split()[-1].lower() if before.split() else ""
        if not prev.isalpha():
            continue
        forms = lemma_candidates(prev, lang) | {prev}
        if forms & (nouns | verbs):
            out.append(QuotedOutlet(m.start(), m.end(), m.group().split(), after_noun=bool(forms & nouns)))
    return out


# one to five words in Latin script, the first capitalised ("NPN", "Baltic Herald", "The Wall Street Journal"); in
# a Cyrillic text a lower-case Latin word after them is part of the name too ("Večernji list")
_PARTICLES = frozenset({"de", "da", "do", "di", "del", "la", "le", "of", "the", "and", "van", "von"})
_W = r"[A-Za-zÀ-ɏ&]*(?:\.[A-Za-zÀ-ɏ]+)*"  # the rest of a word, with inner dots ("S.Paulo")
_LATIN_NAME = re.compile(r"(?<![\w-])[A-ZÀ-Þ]" + _W + r"(?:[ \u00a0][A-Za-zÀ-ɏ]" + _W + r"){0,4}(?![\w-])")
