"""``newskg_morphologizer``: spaCy's morphologizer whose choice is restricted to what pymorphy3 allows.

The statistical morphologizer (trained on the small UD dev files) scores every full tag
(``POS=NOUN|Animacy=Anim|Case=Ins|Gender=Masc|Number=Sing``). For a word pymorphy3 knows, a tag is
allowed only when some pymorphy3 analysis agrees with it on POS (NOUN~PROPN, PRON~DET, VERB~AUX)
and on Case, Number and Gender where both give them; the best-scored allowed tag wins. Words
pymorphy3 does not know, and tokens where no tag is allowed, keep the plain argmax.
This is constrained decoding: context comes from the network, valid forms from the dictionary.
"""
from __future__ import annotations

from typing import Callable, Optional

import numpy as np
from spacy.language import Language
from spacy.pipeline.morphologizer import Morphologizer

from kg.components.lemmatizer import oc2ud_cached as oc2ud
from kg.components.morphdict import parse

FEATS = ("Case", "Number", "Gender", "Animacy")
POS_CLASS = {"PROPN": "NOUN", "DET": "PRON", "AUX": "VERB", "SCONJ": "CCONJ"}
MAX_CACHE = 200_000


def _pos_class(pos: str) -> str:
    return POS_CLASS.get(pos, pos)


class ConstrainedMorphologizer(Morphologizer):
    def _setup_constraints(self) -> None:
        self._lang = self.vocab.lang
        labels = list(self.labels)
        self._label_sig = []
        for lab in labels:
            feats = dict(x.split("=", 1) for x in lab.split("|") if "=" in x) if lab else {}
            self._label_sig.append((_pos_class(feats.pop("POS", "")), {k: feats.get(k) for k in FEATS}))
        self._sig_masks: dict = {}
        self._word_masks: dict = {}

    def _sig_mask(self, sig) -> np.ndarray:
        mask = self._sig_masks.get(sig)
        if mask is None:
            pos, feats = sig[0], dict(sig[1])
            mask = np.zeros(len(self._label_sig), dtype=bool)
            for i, (lpos, lfeats) in enumerate(self._label_sig):
                if lpos != pos:
                    continue
                if all(lfeats[k] is None or feats.get(k) is None or lfeats[k] == feats[k] for k in FEATS):
                    mask[i] = True
            self._sig_masks[sig] = mask
        return mask

    def _word_mask(self, word: str) -> Optional[np.ndarray]:
        key = word.lower()
        if key in self._word_masks:
            return self._word_masks[key]
        mask = None
        if any(c.isalpha() for c in word):
            analyses = [a for a in parse(self._lang, word) if a.is_known]
            if analyses:
                mask = np.zeros(len(self._label_sig), dtype=bool)
                for a in analyses:
                    pos, feats = oc2ud(str(a.tag))
                    if pos == "X":
                        continue
                    sig = (_pos_class(pos), tuple(sorted((k, feats[k]) for k in FEATS if k in feats)))
                    mask |= self._sig_mask(sig)
                if not mask.any():
                    mask = None
        if len(self._word_masks) >= MAX_CACHE:
            self._word_masks.clear()
        self._word_masks[key] = mask
        return mask

    def predict(self, docs):
        if not hasattr(self, "_label_sig"):
            self._setup_constraints()
        if not any(len(doc) for doc in docs):
            return super().predict(docs)
        scores = self.model.predict(docs)
        guesses = []
        for doc, doc_scores in zip(docs, scores):
            doc_scores = self.model.ops.to_numpy(doc_scores)
            best = doc_scores.argmax(axis=1)
            idx, masks = [], []
            for i, tok in enumerate(doc):
                mask = self._word_mask(tok.text)
                if mask is not None:
                    idx.append(i)
                    masks.append(mask)
            if idx:
                best[idx] = np.where(np.stack(masks), doc_scores[idx], -np.inf).argmax(axis=1)
            guesses.append(best)
        return guesses


@Language.factory(
    "newskg_morphologizer",
    assigns=["token.morph", "token.pos"],
    default_config={
        "model": None,
        "overwrite": True,
        "extend": False,
        "scorer": {"@scorers": "spacy.morphologizer_scorer.v1"},
        "label_smoothing": 0.0,
    },
)
def make_morphologizer(nlp: Language, model, name: str, overwrite: bool, extend: bool, label_smoothing: float, scorer: Optional[Callable]):
    return ConstrainedMorphologizer(
        nlp.vocab, model, name, overwrite=overwrite, extend=extend, label_smoothing=label_smoothing, scorer=scorer
    )
