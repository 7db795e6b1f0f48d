"""Dictionary features for the NER: pymorphy3 grammemes as lexeme flags.

``newskg.pymorphy_flags.v1`` is an ``[nlp.after_creation]`` callback registering five lexeme
flags (spaCy's ``Vocab.add_flag``), true when some known pymorphy3 analysis of the word has:
FLAG19 a person-name grammeme (Name/Surn/Patr), FLAG20 Geox (place), FLAG21 Orgn/Abbr
(organisation, abbreviation) — these three only for capitalised words —, FLAG22 anim; FLAG23 is true for words with letters pymorphy3
does not know. The NER's hash embedding reads them (``attrs = [..., "FLAG19", ...]``); the UD
morphologizer's tok2vec does not, so it is unaffected. Context-free: computed once per word type.

``newskg.pymorphy_flags.v2`` adds one more lexical feature: the lexeme's NORM becomes the
lower-cased pymorphy3 normal form of the word's first analysis, so the NER's NORM embedding
row is shared by all inflections of a word (``Києва``/``Києві``/``Київ``); SUFFIX/PREFIX still
carry the ending. Nothing else in the project reads ``Token.norm_``.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import IDS, NORM
from spacy.language import Language
from spacy.util import registry

from kg.components.morphdict import parse

GROUPS = {
    "FLAG19": ("Name", "Surn", "Patr"),
    "FLAG20": ("Geox",),
    "FLAG21": ("Orgn", "Abbr"),
    "FLAG22": ("anim",),
}
UNKNOWN_FLAG = "FLAG23"
FLAG_ATTRS = [*GROUPS, UNKNOWN_FLAG]


@lru_cache(maxsize=200_000)
def word_flags(lang: str, word: str) -> frozenset:
    """Names of the flags that are true for ``word``."""
    if not any(c.isalpha() for c in word):
        return frozenset()
    known = [a for a in parse(lang, word) if a.is_known]
    if not known:
        return frozenset({UNKNOWN_FLAG})
    grams = set().union(*(a.tag.grammemes for a in known))
    if not word[:1].isupper():  # names are capitalised: "из", "в" are not Name/Abbr
        grams &= {"anim"}
    return frozenset(f for f, gs in GROUPS.items() if grams.intersection(gs))


@registry.callbacks("newskg.pymorphy_flags.v1")
def make_pymorphy_flags():
    def add_flags(nlp: Language) -> Language:
        if nlp.lang in ("uk", "ru"):
            lang = nlp.lang
            for name in FLAG_ATTRS:
                nlp.vocab.add_flag(lambda s, name=name: name in word_flags(lang, s), flag_id=IDS[name])
        return nlp

    return add_flags


@lru_cache(maxsize=200_000)
def word_lemma(lang: str, word: str) -> str:
    """Lower-cased normal form of ``word``'s first pymorphy3 analysis (the word itself, lower-cased, when it has no letters)."""
    if not any(c.isalpha() for c in word):
        return word.lower()
    analyses = parse(lang, word)
    return (analyses[0].normal_form if analyses else word).lower()


@registry.callbacks("newskg.pymorphy_flags.v2")
def make_pymorphy_flags_and_lemma_norm():
    add_flags = make_pymorphy_flags()

    def add(nlp: Language) -> Language:
        nlp = add_flags(nlp)
        if nlp.lang in ("uk", "ru"):
            lang = nlp.lang
            nlp.vocab.lex_attr_getters[NORM] = lambda s: word_lemma(lang, s)
        return nlp

    return add
