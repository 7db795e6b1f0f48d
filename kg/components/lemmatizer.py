"""``newskg_lemmatizer``: spaCy's own pymorphy3 lemmatiser (uk/ru) with a memo.

Same rules as ``spacy.lang.{uk,ru}.lemmatizer`` (pymorphy3 analyses filtered by the token's POS and
Case/Number/Gender), but the result for a (text, POS, morph) triple is computed once per process:
pymorphy3 parsing is the slowest step of the pipeline and news text repeats words a lot.
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.lang.ru.lemmatizer import RussianLemmatizer
from spacy.lang.uk.lemmatizer import UkrainianLemmatizer
from spacy.language import Language
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Token

MAX_CACHE = 200_000


class _Memo:
    _memo: dict

    def _memo_lemmatize(self, token: Token, fn) -> list[str]:
        key = (token.text, token.pos, token.morph.key)
        hit = self._memo.get(key)
        if hit is None:
            hit = fn(token)
            if len(self._memo) >= MAX_CACHE:
                self._memo.clear()
            self._memo[key] = hit
        return hit

    def pymorphy3_lemmatize(self, token: Token) -> list[str]:
        return self._memo_lemmatize(token, self._pymorphy_lemmatize)


class CachedRussianLemmatizer(_Memo, RussianLemmatizer):
    def __init__(self, *args, **kwargs):
        self._memo = {}
        super().__init__(*args, **kwargs)


class CachedUkrainianLemmatizer(_Memo, UkrainianLemmatizer):
    def __init__(self, *args, **kwargs):
        self._memo = {}
        super().__init__(*args, **kwargs)


@Language.factory(
    "newskg_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "pymorphy3", "overwrite": False, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_lemmatizer(nlp: Language, name: str, model, mode: str, overwrite: bool, scorer: Optional[Callable]):
    cls = {"uk": CachedUkrainianLemmatizer, "ru": CachedRussianLemmatizer}.get(nlp.lang)
    if cls is None:
        raise ValueError(f"newskg_lemmatizer: language '{nlp.lang}' not supported (uk, ru)")
    return cls(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer or lemmatizer_score)
