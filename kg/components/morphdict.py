"""One pymorphy3 analyser per language and a per-process memo of its analyses, shared by the
morphologizer constraint, the lemmatiser and the NER's dictionary flags (each word is parsed once)."""
from __future__ import annotations

from functools import lru_cache

_ANALYZERS: dict = {}


def analyzer(lang: str):
    if lang not in _ANALYZERS:
        import pymorphy3

        _ANALYZERS[lang] = pymorphy3.MorphAnalyzer(lang=lang)
    return _ANALYZERS[lang]


@lru_cache(maxsize=300_000)
def parse(lang: str, word: str) -> tuple:
    """pymorphy3 analyses of ``word`` (a tuple of ``Parse``), memoised."""
    return tuple(analyzer(lang).parse(word))
