"""Organisation names in quotes after an organisation noun: ``партия «Свобода и солидарность»``,
``коаліція «Разом за громаду»``, ``компанию «Северный поток»``.

A quoted name followed by a person's given name and surname (its leader: «X» Івана Петренка) is one too, and so is
one after the noun and a capitalised word (the leader's surname: партія Мадяра «Тиса»).
The nouns are data (``data/gazetteer/quoted_org_nouns.txt``). The quoted name of one to six words,
starting with a capital, is the organisation's own name; it stands in apposition to the noun, so it
stays as written (nominative) whatever case the noun is in. The recogniser often finds only a word
of such a name (``Свобода``) or takes a place inside it for the place (``Словакию``): the entity
step lets this span win over those.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg import gazetteer as gazetteer_mod
from kg.extract.names import lemma_candidates, morph
from kg.extract.quotes import find_quotes

_MAX_WORDS = 6
_NOUNS = gazetteer_mod.word_lists("quoted_org_nouns.txt")


@dataclass
class QuotedOrg:
    start: int  # offsets of the name inside the quote marks
    end: int
    words: list[str]


def find(text: str, lang: str) -> list[QuotedOrg]:
    nouns = _NOUNS.get(lang)
    if not nouns:
        return []
    out = []
    for o, c in find_quotes(text):
        inner = text[o + 1:c]
        words = inner.split()
        if not words or len(words) > _MAX_WORDS or not words[0][:1].isupper() \
                or any(ch in inner for ch in ".?,:;\n") or "!" in inner.rstrip("!"):
            continue  # a sentence quoted, not a name ("!" only at its end: «Свобода завтра!»)
        before = text[max(0, o - 40):o]
        if _foreign_name(words, lang):
            out.append(QuotedOrg(o + 1, c, words))  # "«Узбекистон темир йуллари»": a firm's own foreign name
            continue
        if _LEADER_AFTER.match(text, c + 1):
            out.append(QuotedOrg(o + 1, c, words))  # "«Рух за X» Івана Петренка": a party and its leader's name
            continue
        if not before.endswith((" ", "\u00a0")) or not before.split():
            continue
        prev = before.split()[-1].lower()
        leader = before.split()[-2].lower() if len(before.split()) > 1 and before.split()[-1][:1].isupper() else ""
        if (lemma_candidates(prev, lang) | {prev}) & nouns or (
                leader and (lemma_candidates(leader, lang) | {leader}) & nouns):
            out.append(QuotedOrg(o + 1, c, words))  # (or its leader's surname between: "партія Мадяра «Тиса»")
    return out


def _foreign_name(words: list[str], lang: str) -> bool:
    """A capitalised word, then lower-case ones, the last of them a word no dictionary of the language knows:
    a name in another language written in Cyrillic, as firms of other states are named, not a phrase quoted."""
    m = morph(lang)
    return m is not None and 2 <= len(words) <= 4 and words[0][:1].isupper() and all(
        w.isalpha() and w.islower() for w in words[1:]) and not m.word_is_known(words[-1].lower())


# a given name and a surname in Cyrillic right after the closing quote mark
_LEADER_AFTER = re.compile(r"[ \u00a0]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[ \u00a0]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?=[\s,.;:)])")
