"""Lexicons and word-level helpers for statement extraction: cues, speaker nouns, metonyms, morphology.

The word lists live in ``lexicons/<lang>/cues.tsv``, ``speaker_nouns.tsv`` and ``metonyms.tsv``
(see the header of each file for the columns). This module only reads them and offers the
matching helpers the statement and speaker modules share; it holds no words of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from kg import lexicons

QUOTE_CHARS = "«»„“”\"‘’‚‹›"
DASHES = "—–-−‒―"


@dataclass
class Word:
    """A non-space token with what the rules need."""

    i: int  # position in the list of words of the document
    text: str
    lower: str
    lemma: str
    start: int
    end: int
    is_punct: bool


@dataclass
class Phrase:
    words: tuple[str, ...]  # lower-case words or lemmas, matched against either
    frame: str
    objects: frozenset[str] = frozenset()


@dataclass
class SpeakerNoun:
    words: tuple[str, ...]
    kind: str  # PRON | ROLE | COLLECTIVE | SOURCE | STATE
    gender: str  # masc | femn | any
    number: str  # sing | plur
    cls: str  # head | official | any


@dataclass
class Lexicon:
    lang: str
    phrases: list[Phrase] = field(default_factory=list)
    speaker_nouns: list[SpeakerNoun] = field(default_factory=list)
    metonyms: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    # the oblique forms of the personal pronouns (a PRON row's variants after its first, the nominative): "его",
    # "її", "них" are never a subject
    object_pronouns: set[str] = field(default_factory=set)

    def by_frame(self, *frames: str) -> list[Phrase]:
        return [p for p in self.phrases if p.frame in frames]

    def single(self, *frames: str) -> dict[str, Phrase]:
        """One-word entries of these frames, by word."""
        return {p.words[0]: p for p in self.phrases if p.frame in frames and len(p.words) == 1}


def _variants(cell: str) -> list[tuple[str, ...]]:
    out = []
    for v in cell.split("|"):
        words = tuple(v.strip().lower().split())
        if not words:
            continue
        out.append(words)
        if any("-" in w.strip("-") for w in words):  # the tokenizer may split "пресс-атташе" into three
            split: list[str] = []
            for w in words:
                parts = w.split("-")
                for k, part in enumerate(parts):
                    if k:
                        split.append("-")
                    split.append(part)
            out.append(tuple(x for x in split if x))
    return out


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    lex = Lexicon(lang)
    base = lexicons.LEXICON_DIR / lang
    for n, cols in lexicons.rows(base / "cues.tsv"):
        if len(cols) < 2:
            raise ValueError(f"{base / 'cues.tsv'}:{n}: expected 'words<TAB>frame[<TAB>objects]'")
        objects = frozenset(o.strip().lower() for o in cols[2].split(",")) if len(cols) > 2 and cols[2].strip() else frozenset()
        for words in _variants(cols[0]):
            lex.phrases.append(Phrase(words, cols[1].strip(), objects))
    for n, cols in lexicons.rows(base / "speaker_nouns.tsv"):
        if len(cols) < 5:
            raise ValueError(f"{base / 'speaker_nouns.tsv'}:{n}: expected 5 tab-separated columns")
        variants = _variants(cols[0])
        for words in variants:
            lex.speaker_nouns.append(SpeakerNoun(words, cols[1].strip(), cols[2].strip(), cols[3].strip(), cols[4].strip()))
        if cols[1].strip() == "PRON":
            lex.object_pronouns.update(" ".join(words) for words in variants[1:])
    for n, cols in lexicons.rows(base / "metonyms.tsv"):
        if len(cols) < 2:
            raise ValueError(f"{base / 'metonyms.tsv'}:{n}: expected 'place<TAB>state'")
        for words in _variants(cols[0]):
            lex.metonyms.append((words, cols[1].strip()))
    return lex


# -- morphology -------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _analyzer(lang: str):
    if lang not in ("uk", "ru"):
        return None
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - declared dependency
        return None
    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def parses(lang: str, word: str) -> tuple:
    an = _analyzer(lang)
    if an is None:
        return ()
    return tuple(an.parse(word))


@lru_cache(maxsize=100_000)
def known(lang: str, word: str) -> bool:
    """Whether the dictionary knows the word (not only guesses its forms)."""
    an = _analyzer(lang)
    return bool(an and an.word_is_known(word))


def lemma_of(lang: str, word: str) -> str:
    p = parses(lang, word.lower())
    return p[0].normal_form if p else word.lower()


def tags(lang: str, word: str, lemma: Optional[str] = None) -> list[set[str]]:
    """Grammemes of the analyses of ``word`` (restricted to analyses with ``lemma`` when given)."""
    out = []
    for p in parses(lang, word.lower()):
        if lemma and p.normal_form != lemma:
            continue
        gs = set(str(p.tag).replace(" ", ",").split(","))
        if "infn" in gs:  # the uk dictionary spells it in lower case
            gs.add("INFN")
        out.append(gs)
    return out


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})


def caseless_noun(tags: set[str]) -> bool:
    """An analysis of a noun that gives no case (the uk dictionary's "глава"): any case may be meant."""
    return "NOUN" in tags and not tags & _CASES


def can_be(lang: str, word: str, *grammemes: str) -> bool:
    return any(all(g in t for g in grammemes) for t in tags(lang, word))


def is_prep(lang: str, word: str) -> bool:
    """A preposition ("на", "до", "з"), not an adverb that can also be one ("раніше", "после")."""
    ts = tags(lang, word)
    return any("PREP" in t for t in ts) and not any("ADVB" in t or "COMP" in t or "ADJF" in t for t in ts)


def words_of(doc: Doc, lang: str) -> list[Word]:
    out: list[Word] = []
    for t in doc:
        if t.is_space or not t.text.strip():
            continue
        text = t.text
        lower = text.lower()
        lemma = (t.lemma_ or "").lower()
        if lang in ("uk", "ru") and text[:1].isalpha():
            if not lemma or lemma == lower:
                lemma = lemma_of(lang, text)
            elif known(lang, lower) and _unlikely_lemma(lang, lower, lemma):
                lemma = lemma_of(lang, text)  # the tagger's wrong POS gave a rare reading ("главой" -> "главый")
        out.append(Word(len(out), text, lower, lemma or lower, t.idx, t.idx + len(text), _is_punct(t)))
    return out


def _unlikely_lemma(lang: str, lower: str, lemma: str) -> bool:
    """The tagger's lemma is no reading of the word, or a rare one when the dictionary is sure of another."""
    ps = parses(lang, lower)
    if not ps:
        return False
    mine = sum(p.score for p in ps if p.normal_form == lemma)
    return mine == 0 or (mine < 0.1 and ps[0].normal_form != lemma and ps[0].score >= 0.5)


def _is_punct(t: Token) -> bool:
    return t.is_punct or all(not c.isalnum() for c in t.text)


def match_at(words: list[Word], i: int, phrase: tuple[str, ...]) -> int:
    """Length (in words) of ``phrase`` matched at word ``i`` by form or lemma, or 0."""
    if i + len(phrase) > len(words):
        return 0
    for k, p in enumerate(phrase):
        w = words[i + k]
        if p != w.lower and p != w.lemma:
            return 0
    return len(phrase)
