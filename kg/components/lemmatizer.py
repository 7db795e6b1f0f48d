"""``newskg_lemmatizer``: spaCy's own pymorphy3 lemmatiser (uk/ru) with a memo.

Same rules as ``spacy.lang.{uk,ru}.lemmatizer`` (pymorphy3 analyses filtered by the token's POS and
Case/Number/Gender), but the result for a (text, POS, morph) triple is computed once per process
and the OpenCorpora->UD tag mapping is memoised: pymorphy3 parsing is the slowest step of the
pipeline and news text repeats words a lot.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

import numpy

from spacy.lang.ru.lemmatizer import PUNCT_RULES, RussianLemmatizer, oc2ud
from spacy.lang.uk.lemmatizer import UkrainianLemmatizer
from spacy.language import Language
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc

from kg.components.morphdict import parse

MAX_CACHE = 200_000


class _Memo:
    _memo: dict

    def __call__(self, doc: Doc) -> Doc:
        """Lemmatise ``doc``: one dictionary look-up per distinct (word, POS, morph) per process."""
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        keys = doc.to_array([ORTH, POS, MORPH]).tolist()
        old = doc.to_array(LEMMA).tolist()
        lemmas = []
        for i, key in enumerate(keys):
            if old[i] and not self.overwrite:
                lemmas.append(old[i])
                continue
            key = tuple(key)
            hit = self._memo.get(key)
            if hit is None:
                hit = strings.add(self.lemmatize(doc[i])[0])
                if len(self._memo) >= MAX_CACHE:
                    self._memo.clear()
                self._memo[key] = hit
            lemmas.append(hit)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1))
        return doc



@lru_cache(maxsize=20_000)
def oc2ud_cached(tag: str) -> tuple[str, dict]:
    """spaCy's OpenCorpora -> UD tag mapping, memoised (it is pure and slow)."""
    return oc2ud(tag)


def _features_for(univ_pos: str) -> tuple[str, ...]:
    if univ_pos in ("ADJ", "DET", "NOUN", "PROPN"):
        return ("Case", "Number", "Gender")
    if univ_pos == "NUM":
        return ("Case", "Gender")
    if univ_pos == "PRON":
        return ("Case", "Number", "Gender", "Person")
    return ("Aspect", "Gender", "Mood", "Number", "Tense", "VerbForm", "Voice")


class _FastPymorphy:
    """``RussianLemmatizer._pymorphy_lemmatize`` with the tag mapping memoised; same decisions."""

    def _pymorphy_lookup_lemmatize(self, token) -> list[str]:
        normal_forms = {a.normal_form for a in parse(self.vocab.lang, token.text)}
        return [next(iter(normal_forms))] if len(normal_forms) == 1 else [token.text]

    def _pymorphy_lemmatize(self, token) -> list[str]:
        string = token.text
        univ_pos = token.pos_
        if univ_pos == "PUNCT":
            return [PUNCT_RULES.get(string, string)]
        if univ_pos not in ("ADJ", "DET", "NOUN", "NUM", "PRON", "PROPN", "VERB"):
            return self._pymorphy_lookup_lemmatize(token)
        morphology = token.morph.to_dict()
        filtered = []
        for analysis in parse(self.vocab.lang, string):
            if not analysis.is_known:
                continue
            analysis_pos, analysis_morph = oc2ud_cached(str(analysis.tag))
            if (
                analysis_pos == univ_pos
                or (analysis_pos in ("NOUN", "PROPN") and univ_pos in ("NOUN", "PROPN"))
                or (analysis_pos == "PRON" and univ_pos == "DET")
            ):
                filtered.append((analysis, analysis_morph))
        if not filtered:
            return [string.lower()]
        if morphology:
            feats = _features_for(univ_pos)
            # the analyses whose features disagree least with the tagger's: all agreeing ones when there are any,
            # else the closest (the tagger's aspect or case can be wrong where the word itself is not ambiguous:
            # "вызывали" is "вызывать" whatever aspect it was tagged with)
            misses = [sum(f in morphology and f in m and morphology[f].lower() != m[f].lower() for f in feats)
                      for _, m in filtered]
            filtered = [am for am, miss in zip(filtered, misses) if miss == min(misses)]
        return list(dict.fromkeys(a.normal_form for a, _ in filtered))


class CachedRussianLemmatizer(_Memo, _FastPymorphy, RussianLemmatizer):
    def __init__(self, *args, **kwargs):
        self._memo = {}
        super().__init__(*args, **kwargs)


class CachedUkrainianLemmatizer(_Memo, _FastPymorphy, UkrainianLemmatizer):
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
