"""Who the speaker is: names, pronouns, role nouns, collectives and metonyms resolved to entities.

``SpeakerResolver`` is built once per article. ``refs(lo, hi)`` lists the words in a word range
that can name a speaker (entity mentions from the index, pronouns, role nouns with their
nationality adjective or genitive country, collectives, place-for-government metonyms);
``resolve(ref)`` turns one into an entity key: pronouns and role nouns go to the most recent
salient compatible person (same gender/number, same country, a head-of-state title for
``глава государства``), collectives and metonyms to the state or organisation they stand for.
Resolved mentions are added to the index so later pronouns can chain on them and they land in
the graph.
Further rules: a possessive before an organisation noun (``her office``, ``її відомство``) is the person;
an unnamed group never resolves to an outlet, unnamed officials go to the state in focus (states before
their cities), a repeated institution noun (``the embassy``) to what the earlier one stood for, a local
institution (``бориспільська прокуратура``) or a national one in English (``the Polish foreign ministry``)
becomes an organisation of its own; the press at large (``СМИ``) is nobody. Pronoun antecedents exclude
names inside quoted speech and, for an oblique pronoun (``по его словам``), the subject of its own sentence;
a bare surname whose linked person disagrees in gender with the verb goes to the namesake (``namesake``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Optional

from kg import gazetteer as gazetteer_mod
from kg.extract import institutions
from kg.extract.event_lexicon import lexicon as event_lexicon
from kg.extract import roles as roles_mod
from kg.extract import speech_lexicon as sl
from kg.extract.entity_index import EntityIndex
from kg.extract.names import family_name_first, lemma_candidates
from kg.extract.speech_lexicon import Lexicon, SpeakerNoun, Word
from kg.records import Entity, Mention

CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"}
ADJ_SUFFIXES = ("ський", "цький", "зький", "ский", "цкий", "зкий", "ской", "ній", "ий", "ый", "ій", "ой", "an", "ian", "ese", "ish")


# possessive pronouns the uk dictionary tags as pronouns, not adjectives ("у своєму Facebook-акаунті")
_POSSESSIVES = frozenset({"свій", "мій", "твій", "наш", "ваш", "їхній", "свой", "мой", "твой"})


@dataclass
class SpeakerRef:
    start: int
    end: int
    text: str
    kind: str  # ENT | PRON | ROLE | COLLECTIVE | METONYM | OUTLET
    w_start: int  # word positions
    w_end: int
    key: Optional[str] = None  # known at once for ENT / METONYM / COLLECTIVE with a genitive
    noun: Optional[SpeakerNoun] = None
    country: Optional[str] = None  # from a nationality adjective or genitive ("французский лидер")
    nominative: bool = True
    etype: Optional[str] = None  # PER | ORG | LOC for ENT refs
    is_outlet: bool = False
    gen_key: Optional[str] = None  # organisation/state named in the genitive after a role noun
    gen_noun: Optional[str] = None  # common noun in the genitive after it (``керівник банку``): its lemma
    looked_up: bool = False  # a name found by index.lookup, not by the recogniser: its mention is added
    owner: Optional[SpeakerNoun] = None  # possessive pronoun before the noun ("her office", "його відомство")
    relayed_by: Optional["SpeakerRef"] = None  # the outlet that quoted this speaker ("CNN процитировало X, который …")
    mass_media: bool = False  # "СМИ", "media": the press at large
    adj_country: bool = False  # the country comes from a nationality adjective ("the Polish foreign ministry")
    stood_in: bool = False  # an unnamed official resolved to the state his nationality adjective names
    government: bool = False  # "в уряді", "в правительстве Венгрии": the state's government, not the state


def _last_name_words(ent) -> set[str]:
    """The last word of each of an entity's names (its nominative surnames in every language)."""
    return {n.split()[-1] for n in (ent.name, *ent.labels.values()) if n and n.split()}


_TITLE_PREPS = {"при", "в", "во", "у", "по", "з", "із", "с", "со", "для"}  # "постпред США при НАТО"; not "вместо"
# role-noun classes of those heading a state: "head" (president, prime minister, leader) and "monarch" (king,
# emir, sultan): a head noun stands for either, a monarch noun only for one whose title is a monarch's
HEAD_CLASSES = frozenset({"head", "monarch"})


def _envoy(title: str, lang: str) -> bool:
    """A title for someone posted to a state or body ("посол", "постпред"): only a person the article gave it is named
    so, never just another official of that state."""
    return roles_mod.titles(lang).single.get(title) == "envoy"


_CHANNELS = {"канал", "сайт", "channel", "website"}  # a body's own channel or site (with the platform nouns)

# what may stand between an official's title and his name: a space or two, an acronym in parentheses ("(ЄНП)")
_NAME_AFTER = re.compile(r"[\s»”\"]{0,3}(?:\([^()\n]{1,15}\)\s{1,2})?")


_SOURCE_PREPS = frozenset({"за", "по"})  # "за її даними", "по его словам": whose words or data
_UNNAMED_HOLDER_REACH = 16  # sentences back to a title given to nobody by name ("спикером парламента X" … "спикер")


@lru_cache(maxsize=100_000)
def _animate_noun_lemmas(lang: str, word: str) -> frozenset[str]:
    """Lemmas of a word's animate noun readings with some weight in the dictionary (looked up once per form)."""
    return frozenset(p.normal_form for p in sl.parses(lang, word) if "anim" in p.tag and "NOUN" in p.tag and p.score >= 0.2)


def _fits_head(cls: str, classes: set[str]) -> bool:
    """A person with these title classes may be named by a role noun of class ``cls`` (one of HEAD_CLASSES)."""
    return "monarch" in classes if cls == "monarch" else bool(classes & HEAD_CLASSES)


@dataclass
class _PersonInfo:
    countries: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)  # organisations named in the person's title
    roles: set[str] = field(default_factory=set)  # role nouns of the title ("пресс-атташе")
    classes: set[str] = field(default_factory=set)  # head | official | any (titles seen)
    gender: Optional[str] = None
    gender_sure: bool = False  # given by a first name, a feminine title or the text's agreement (not a guess)


class _PersonProxy:
    """An organisation seen through an unnamed official of it: passes the person filters."""

    def __init__(self, ent: Entity):
        self.key, self.type, self.name = ent.key, "PER", ent.name


class SpeakerResolver:
    def __init__(self, text: str, words: list[Word], sentences: list[tuple[int, int]], index: EntityIndex, lex: Lexicon,
                 lang: str):
        self._doc_text = text
        self._role_refs: Optional[list[SpeakerRef]] = None  # every role noun's ref, found once when needed
        self._speech_verbs: Optional[set[str]] = None  # one-word speech cues (lemmas), read once when needed
        # "X, який/що очолює Y": the relative pronouns and complementizers of the cue lexicon
        self._relative_words = {p.words[0] for p in lex.by_frame("relative", "complementizer")}
        self._relative_lemmas = {p.words[0] for p in lex.by_frame("relative")}  # ("который", "який", "котрий")
        self._government_words = {p.words[0] for p in lex.speaker_nouns if p.kind == "STATE"} & _government_nouns(lang)
        # "X, який очолює Y", "возглавляющий Y X": the verbs of heading (the event lexicon's kind 'lead')
        self._lead_verbs = {seq[0] for seq in event_lexicon(lang).words.get("lead", []) if len(seq) == 1}
        self.words = words
        self.sentences = sentences  # char spans
        self.index = index
        self.lex = lex
        self.lang = lang
        self._nouns_by_first: dict[str, list[SpeakerNoun]] = {}
        for n in lex.speaker_nouns:
            self._nouns_by_first.setdefault(n.words[0], []).append(n)
        self._metonyms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words_, target in lex.metonyms:
            self._metonyms.setdefault(words_[0], []).append((words_, target))
        self._outlet_nouns = {p.words for p in lex.by_frame("outlet")}
        self._medium_nouns = self._outlet_nouns | {p.words for p in lex.by_frame("medium")}
        self._platform_nouns = {p.words for p in lex.by_frame("platform")}
        self._platform_names = {p.words[0] for p in lex.by_frame("platform-name")}
        self._mass_media = {p.words for p in lex.by_frame("mass-media")}
        self._preps = {p.words[0] for p in lex.by_frame("prep")}
        self._frame_nouns = {p.words[-1] for p in lex.by_frame("according") if len(p.words) > 1}  # "словами", "словам"
        self._state_words = {n.words[0] for n in lex.speaker_nouns if n.kind == "STATE"}
        self.person: dict[str, _PersonInfo] = {}
        self.agreed_gender: dict[str, str] = {}  # persons' gender seen in agreement with a verb
        self.quotes: list[tuple[int, int]] = []  # quoted speech (open, close): names inside are not antecedents
        self.addressed: frozenset[str] = frozenset()  # persons the words being attributed name: not their speaker
        self.heard: list[tuple[str, int]] = []  # the speakers of the statements attributed so far, and where they spoke
        self.verb_gender: Optional[str] = None  # the gender a speech verb shows for a role noun of common gender
        self._word_at: dict[int, int] = {w.start: w.i for w in words}
        self._stand_ins: list[tuple[int, str, str]] = []  # (start, key, gender): unnamed officials that stood for a body
        self._build_person_info()

    # -- helpers --------------------------------------------------------------------------
    def word_index(self, char: int) -> int:
        """Index of the first word starting at or after ``char``."""
        lo, hi = 0, len(self.words)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.words[mid].start < char:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def sentence_of(self, char: int) -> int:
        for k, (s, e) in enumerate(self.sentences):
            if s <= char < e:
                return k
        return max(0, min(range(len(self.sentences)), key=lambda k: abs(self.sentences[k][0] - char))) if self.sentences else 0

    def _noun_at(self, i: int) -> tuple[Optional[SpeakerNoun], int]:
        w = self.words[i]
        best, best_len = None, 0
        for cand in self._nouns_by_first.get(w.lemma, []) + self._nouns_by_first.get(w.lower, []):
            n = sl.match_at(self.words, i, cand.words)
            if not n and cand.kind == "ROLE" and len(cand.words) == 2 and sl.match_at(self.words, i, cand.words[:1]):
                k = i + 1  # "глава переходного правительства": adjectives inside a two-word title
                while k < min(i + 3, len(self.words)) and self.words[k].text.islower() and self._is_adjective(self.words[k]) \
                        and self.country_of_adjective(self.words[k]) is None:  # ("глава иранской дипломатии": Iran's)
                    k += 1
                if k > i + 1 and sl.match_at(self.words, k, cand.words[1:]):
                    n = k + 1 - i
            if cand.kind == "PRON" and (len(cand.words) != 1 or w.lower != cand.words[0]):
                continue  # pronouns by form only
            if n > best_len:
                best, best_len = cand, n
        if best is None and self.lang in ("uk", "ru"):
            # "по словам (вице-)премьера": the tagger's lemma is another word's ("премьера", a première); a role noun
            # read as a person (an animate reading of the form) is the speaker noun
            firsts = {w.lemma, w.lower} | self._person_lemmas(i)
            for cand in (c for f in firsts for c in self._nouns_by_first.get(f, [])):
                n = len(cand.words)
                if cand.kind == "ROLE" and n > best_len and i + n <= len(self.words) and all(
                        p in (self.words[i + k].lower, self.words[i + k].lemma) or p in self._person_lemmas(i + k)
                        for k, p in enumerate(cand.words)):
                    best, best_len = cand, n
        return best, best_len

    def _person_lemmas(self, i: int) -> frozenset[str]:
        """Lemmas of the word's animate noun readings the dictionary gives some weight ("премьера": "премьер")."""
        return _animate_noun_lemmas(self.lang, self.words[i].lower)

    def _is_plural(self, w: Word, lemma: Optional[str] = None) -> bool:
        """Plural as a form of its own lemma ("депутати"), not of another word ("політик" = gen. pl. of "політика")."""
        if self.lang in ("uk", "ru"):
            ts = sl.tags(self.lang, w.lower, lemma=lemma or w.lemma) or sl.tags(self.lang, w.lower)
            nouns = [t for t in ts if "NOUN" in t]
            return any("plur" in t for t in nouns) and not any("Fixd" in t for t in ts)
        return w.lower.endswith("s")

    def _genitive_singular_after_frame(self, a: int, w: Word, lemma: str) -> bool:
        """"за словами глави МЗС", "по словам главы": after a preposition or a source noun ("словами",
        "данным") a form that is genitive singular as well as nominative plural is the singular."""
        if self.lang not in ("uk", "ru") or a == 0:
            return False
        prev = self.words[a - 1]
        if not (sl.is_prep(self.lang, prev.lower) or prev.lower in self._frame_nouns or prev.lemma in self._frame_nouns):
            return False
        ts = sl.tags(self.lang, w.lower, lemma=lemma) or sl.tags(self.lang, w.lower)
        return any("NOUN" in t and "gent" in t and "plur" not in t for t in ts)

    def _nominative(self, w_first: int, w_last: int) -> bool:
        if self.lang not in ("uk", "ru"):
            k = w_first - 1
            while k >= 0 and self.words[k].lower in ("the", "a", "an"):
                k -= 1
            return not (k >= 0 and self.words[k].lower in self._preps)  # "in Helsinki" (English has no cases)
        k = w_first - 1
        while k >= 0 and k >= w_first - 3:  # "в своём Telegram-канале": a preposition before its adjectives
            prev = self.words[k]
            if prev.is_punct:
                break
            ts = sl.tags(self.lang, prev.lower)
            if sl.is_prep(self.lang, prev.lower):
                return False
            if not any("ADJF" in t or "Apro" in t for t in ts) \
                    and not (lemma_candidates(prev.lower, self.lang) & _POSSESSIVES):  # uk "своєму" is NPRO
                break
            head = sl.tags(self.lang, self.words[w_last].lower)
            head_cases = {g for t in head for g in t if g in CASES}
            adj_cases = {g for t in ts for g in t if g in CASES}
            if head_cases and not head_cases & adj_cases:
                break  # "об этом французский лидер": the adjective does not go with the name
            k -= 1
        if w_last > w_first and self.words[w_first].text.islower():
            ts = sl.tags(self.lang, self.words[w_first].lower)
            if ts and all("ADJF" in t for t in ts) and not any("nomn" in t for t in ts):
                return False  # "финского правительства": an adjective in another case, whatever the noun may be
        # the last word for a name ("Эммануэль Макрон"), the first for a head-initial organisation
        # whose genitive follows it ("Офіс президента", "Министерство обороны")
        return any(self._word_nominative(w) for w in dict.fromkeys((w_last, w_first)))

    def _occasion_named(self, i: int) -> bool:
        """The quoted name at word i follows an occasion's noun ("на фестивале «X»", "форуму «Y»")."""
        if i < 2 or self.words[i - 1].text not in ("«", "„", '"', "“"):
            return False
        noun = self.words[i - 2]
        return bool(_OCCASION_NOUNS.get(self.lang, frozenset()) & (lemma_candidates(noun.text, self.lang) | {noun.lower}))

    def _oblique_name_form(self, j: int, ent) -> bool:
        """The last word of a person's mention is not the name as the entity has it in the nominative, and it
        reads as that name in another case ("Путина" for "Путин"): its nominative readings belong to other words."""
        if self.lang not in ("uk", "ru"):
            return False
        w = self.words[j]
        label = (ent.labels.get(self.lang) or "").split()
        family_first = family_name_first(label)
        own = label[:1] if family_first else label[-1:]  # ("Лай Цін-де": the family name comes first)
        if not own or w.text in _last_name_words(ent):
            return False
        name = own[0].lower()
        if name[-1:] in _CASE_VOWELS and w.lower != name and w.lower.startswith(name[:-1]) \
                and 0 <= len(w.lower) - len(name) <= 2 and len(name) >= 4:
            return True  # the name's ending replaced ("Сорока" → "Сороку", "Сорокою")
        if name.endswith("й") and w.lower != name and w.lower.startswith(name[:-1]) and len(name) >= 3 \
                and 0 < len(w.lower) - len(name) + 1 <= 3:
            return True  # "Лай" → "Лая", "Лаєм"
        if not (w.lower.startswith(name) and len(w.text) > len(own[0])):
            return False  # only the name with a case ending added ("Путин" → "Путина")
        if family_first and len(w.text) - len(own[0]) <= 3:
            return True  # "Муна" for Мун Чже-ін: a case ending on the family name
        return any(("Surn" in t or "Name" in t) and "nomn" not in t for t in sl.tags(self.lang, w.lower))

    def _word_nominative(self, i: int) -> bool:
        last = self.words[i]
        ts = sl.tags(self.lang, last.lower)
        if not ts or any("LATN" in t or "UNKN" in t or "Fixd" in t for t in ts):
            return True
        if last.text[:1].isupper() and not sl.known(self.lang, last.lower):
            return True  # a foreign name the dictionary only guesses at: its case is unknown
        return any("nomn" in t or sl.caseless_noun(t) for t in ts)

    def country_of_adjective(self, w: Word) -> Optional[str]:
        """The state a nationality adjective (``французский``, ``російський``) refers to, if known."""
        k = self.word_index(w.start)
        if k >= 2 and self.words[k - 1].text in ("-", "‑") and self.words[k - 1].start == self.words[k - 2].end \
                and self.words[k - 1].end == w.start:  # "сан-маринський": the adjective is the whole compound
            d = gazetteer_mod.load().demonym(self._doc_text[self.words[k - 2].start:w.end], self.lang)
            key = self.index.lookup(d.labels.get(self.lang) or d.labels.get("en"), self.lang, "LOC") if d else None
            if key and self.index.entities[key].type == "LOC":
                return key
        if self.lang in ("uk", "ru") and not any("ADJF" in t for t in sl.tags(self.lang, w.lower)):
            return None
        if self.lang == "en" and not w.text[:1].isupper():
            return None
        own = self._mention_covering(w)
        key = self.index.lookup(w.text, self.lang, "LOC")
        if key and self.index.entities[key].type == "LOC" and (own is None or self.index.entities[key].wikidata):
            return key
        stem = w.lemma
        for suf in ADJ_SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 4:
                stem = stem[: -len(suf)]
                break
        best, best_len = None, 0
        for ent in self.index.entities.values():
            if ent.type != "LOC":
                continue
            for label in {ent.name, *ent.alt_labels, *ent.labels.values()}:
                lab = label.lower()
                n = 0
                while n < min(len(lab), len(stem)) and lab[n] == stem[n]:
                    n += 1
                if n >= 4 and n >= min(len(stem), len(lab)) - 2 and n > best_len:
                    best, best_len = ent.key, n
        return best

    def _genitive_entity(self, i: int, types=("LOC", "ORG")) -> tuple[Optional[str], int]:
        """Entity named right after word ``i`` (``особи Росії``, ``президент Франции``) and the word after it."""
        if self.lang not in ("uk", "ru"):
            if i + 1 >= len(self.words) or self.words[i + 1].lower != "of":  # "the president of France"
                return None, 0
            i += 1
        for j in range(i + 1, min(i + 5, len(self.words))):  # ("директор марокканского зернового ведомства ONICL")
            w = self.words[j]
            if w.is_punct and not all(ch in sl.QUOTE_CHARS for ch in w.text):
                return None, 0
            if self.lang in ("uk", "ru") and self._mention_covering(w) is None and any(
                    "VERB" in t or "PREP" in t or "CONJ" in t or "GRND" in t for t in sl.tags(self.lang, w.lower)):
                return None, 0
            m = self._mention_covering(w)
            ent = self.index.get(m.entity_key) if m else None
            if ent is not None:
                if ent.type not in types:
                    return None, 0
                k = j
                while k + 1 < len(self.words) and self.words[k + 1].start < m.end:
                    k += 1
                return ent.key, k + 1
        return None, 0

    def _only_a_head(self, info: _PersonInfo) -> bool:
        """A person the article (or the gazetteer, when the article gives no title) knows only as a state's or
        government's head."""
        if not info.classes & HEAD_CLASSES:
            return False
        titles = roles_mod.titles(self.lang).single
        return all(titles.get(r.replace("’", "'"), "").startswith("head") or titles.get(r.split("-")[0], "").startswith("head")
                   for r in info.roles)

    def _government_or_office(self, name: str) -> bool:
        """A government ("Правительство X") or a head's own office ("Пресс-служба президента X"): a body a head of
        state or government may be named through."""
        titles = roles_mod.titles(self.lang).single
        return any(w.lower() in self._state_words or titles.get(sl.lemma_of(self.lang, w.lower()) or "", "").startswith("head")
                   for w in name.split())

    def _state_after_remit(self, j: int) -> tuple[Optional[str], int]:
        """A state named after a minister's remit listed in the genitive, commas and conjunctions and all
        (``министр образования, науки и культуры Монголии``): the state, and the word after it."""
        if self.lang not in ("uk", "ru"):
            return None, 0
        listed = False
        if j >= len(self.words) or not self.words[j].text[:1].islower() \
                or not any(("NOUN" in x or "ADJF" in x) and "gent" in x for x in sl.tags(self.lang, self.words[j].lower)):
            return None, 0  # (the remit's first noun right after the title: "министр труда, …", "иностранных дел")
        for k in range(j, min(j + 12, len(self.words))):
            w = self.words[k]
            m = self._mention_covering(w)
            if m is not None:
                ent = self.index.get(m.entity_key)
                # (one remit of an adjective and its noun needs no list: "секретар закордонних справ X")
                paired = k == j + 2 and any("ADJF" in x and "gent" in x for x in sl.tags(self.lang, self.words[j].lower))
                e = k
                while e + 1 < len(self.words) and self.words[e + 1].start < m.end:
                    e += 1
                if not (listed or paired) or ent is None or ent.type != "LOC" or k == j \
                        or not (any("gent" in x for x in sl.tags(self.lang, w.lower))
                                or m.text == ent.labels.get(self.lang)):  # ("Сан-Марино": indeclinable)
                    return None, 0
                return ent.key, e + 1
            if w.text == "," or w.lower in ("и", "і", "й", "та"):
                listed = True
                continue
            ts = sl.tags(self.lang, w.lower)
            if w.text[:1].islower() and any(("NOUN" in x and "gent" in x) or ("ADJF" in x and "gent" in x) for x in ts):
                continue
            return None, 0
        return None, 0

    def _genitive_noun(self, j: int) -> Optional[str]:
        """Lemma of a common noun in the genitive at word j or j+1 (after one adjective)."""
        if self.lang not in ("uk", "ru"):
            return None
        for k in (j, j + 1):
            if k >= len(self.words):
                return None
            w = self.words[k]
            if w.is_punct or self._mention_covering(w) is not None:
                return None
            ts = sl.tags(self.lang, w.lower)
            if any("PREP" in x or "CONJ" in x for x in ts) or len(w.lower) < 3:
                return None  # "лидер в ответной речи": a preposition (read as an abbreviation too) ends the title
            if any("NOUN" in x and "gent" in x for x in ts) and not w.text[:1].isupper():
                if w.lemma in self._state_words:
                    return None  # "глава (российского) государства": a state, not an organisation
                return w.lemma
            if not any("ADJF" in x for x in ts):
                return None
        return None

    def _org_named_like(self, noun: str, offset: int, of_persons: bool = True) -> Optional[str]:
        """The organisation whose name contains the noun (``банку`` -> «Єврогазбанк»); among several, the last one
        named in the reference's own sentence before it, else the one the article introduces first (its topic)."""
        if len(noun) < 3:
            return None
        stem = noun[: max(4, len(noun) - 2)]
        first: dict[str, tuple[bool, int]] = {}  # (known by its full name only, rank)
        here: dict[str, int] = {}  # named in the sentence of the reference itself, before it
        sentence = self.sentences[self.sentence_of(offset)] if self.sentences else None
        s_start = sentence[0] if sentence else 0
        entries = gazetteer_mod.load().entries
        for ent in self.index.entities.values():
            if ent.type != "ORG":
                continue
            labels = {ent.name, *ent.alt_labels}
            entry = entries.get(ent.key)
            known = entry.names if entry is not None else set()  # ("МИД России" is a ministry by its full name)
            named = any(stem in x.lower() for x in labels) or any(
                stem in self._expansion_before(m.start).lower() for m in ent.mentions)
            if not named and not any(stem in x.lower() for x in known):
                continue
            near = [m.start for m in ent.mentions if sentence is not None and s_start <= m.start < offset]
            if near:
                here[ent.key] = max(near)
            if not named:  # known by its full name only: the last one named before
                before = [m.start for m in ent.mentions if m.start < offset]
                if before:
                    first[ent.key] = (True, -max(before))
                continue
            positions = [self._doc_text.find(x) for x in labels if x and self._doc_text.find(x) >= 0]
            positions += [m.start for m in ent.mentions]
            if positions:
                first[ent.key] = (False, min(positions))
        if sentence is not None and of_persons:
            # "міністр відвідає завод, повідомили у відомстві": the body of the person the sentence names (the one his
            # title gave), whatever its name
            for m in self.index.mentions:
                info = self.person.get(m.entity_key or "")
                if s_start <= m.start < offset and info is not None:
                    for org in info.orgs:
                        ent = self.index.get(org)
                        if ent is not None and ent.type == "ORG" and not self._is_outlet_key(org) \
                                and not (self._international(org) and org not in first):
                            # (not "постпред в ООН X": where he is posted, unless its name holds the noun)
                            here[org] = max(here.get(org, -1), m.start)
        if here:  # "куратор из МИД X примет посла …, уточнили в министерстве": the ministry the sentence names
            # (of two persons' bodies, the one named or known as such a body: "X, який очолює Міненерго, і Y, який
            # очолює «Укргідроенерго» …, повідомили в міністерстві")
            return max([k for k in here if k in first] or here, key=lambda k: here[k])
        if not first:
            return None
        # one whose name as written holds the noun ("Береговое ведомство X"), the first introduced, before one
        # known by its full name only
        return min(first, key=lambda k: first[k])

    def _expansion_before(self, start: int) -> str:
        """"Міжнародне агентство з експортних кредитів (IECA)": for a name in parentheses, the capitalised
        words written right before them (what the acronym stands for), else ""."""
        t = self._doc_text
        if start < 2 or t[start - 1] != "(":
            return ""
        lo = max(0, start - 90)
        words = t[lo:start - 1].rstrip().split(" ")
        k = len(words)
        while k > 0 and not words[k - 1][:1].isupper() and not any(ch in words[k - 1] for ch in ".,;:!?«»\""):
            k -= 1  # back over the lower-case words to the capitalised word opening the expansion
        return " ".join(words[k - 1:]) if k > 0 else ""

    def _answers_to(self, ent: Entity, noun: str) -> bool:
        """The organisation's names (as written, or as the gazetteer knows them) hold the noun ("відомство":
        "зовнішньополітичне відомство" for a foreign ministry)."""
        stem = noun[: max(4, len(noun) - 2)]
        entry = gazetteer_mod.load().entries.get(ent.key)
        names = {ent.name, *ent.alt_labels} | (entry.names if entry is not None else set())
        return len(noun) >= 3 and any(stem in x.lower() for x in names if x)

    def _body_heard_since(self, named: str, ref: SpeakerRef) -> Optional[str]:
        """"… з головою дипломатичного відомства Перу … . …, додали в МЗС. … Як пояснили у відомстві": a body
        answering to the noun that spoke (among the last three statements) after the body named like it was last
        mentioned is the one meant."""
        last_named = max((m.start for m in self.index.mentions if m.entity_key == named and m.start < ref.start),
                         default=-1)
        noun = ref.noun.words[-1]
        for key, at in reversed(self.heard[-3:]):
            ent = self.index.get(key)
            if key != named and ent is not None and ent.type == "ORG" and at > last_named and at < ref.start \
                    and self._answers_to(ent, noun):
                return key
        return None

    def _spoke_just_before(self, key: str, offset: int) -> bool:
        """The entity is named in the sentence right before the one at ``offset`` (or earlier in it)."""
        here = self.sentence_of(offset)
        return any(m.entity_key == key and m.start < offset and here - 1 <= self.sentence_of(m.start)
                   for m in self.index.mentions)

    def _named_like(self, m: Mention, noun: str) -> bool:
        ent = self.index.get(m.entity_key)
        if ent is None or ent.type != "ORG":
            return False
        stem = noun[: max(4, len(noun) - 2)]
        return any(stem in n.lower() for n in {ent.name, *ent.alt_labels})

    def _state_of_metonym(self, target: str) -> Optional[str]:
        key = self.index.lookup(target, self.lang, "LOC") or self.index.lookup(target, self.lang, None)
        if key:
            return key
        t = target.lower()
        for ent in self.index.entities.values():
            if t == ent.name.lower() or t in {a.lower() for a in ent.alt_labels}:
                return ent.key
        return None

    def _metonym_at(self, i: int) -> tuple[Optional[str], int]:
        w = self.words[i]
        for words_, target in self._metonyms.get(w.lemma, []) + self._metonyms.get(w.lower, []):
            n = sl.match_at(self.words, i, words_)
            if n:
                key = self._state_of_metonym(target)
                if key is None:
                    ent = self.index.at(w.start, self.words[i + n - 1].end)
                    key = ent.key if ent else None
                return key, n
        return None, 0

    # -- person facts from appositions ----------------------------------------------------
    def _build_person_info(self) -> None:
        for key, ent in self.index.entities.items():
            if ent.type == "PER":
                info = self.person.setdefault(key, _PersonInfo())
                info.gender = ent.gender or self._guess_gender(ent)
                info.gender_sure = self._known_first_name(ent, info.gender)
                if ent.country_key:
                    info.countries.add(ent.country_key)
        for m in list(self.index.mentions):
            ent = self.index.get(m.entity_key)
            if ent is None or ent.type != "PER":
                continue
            self._apposition(m, self.person[ent.key])
            told = self._gender_told(m)
            if told is not None:
                self.person[ent.key].gender = told  # the text's own agreement outweighs a guess from the name
                self.person[ent.key].gender_sure = True
        for m in list(self.index.mentions):
            ent = self.index.get(m.entity_key)
            if ent is not None and ent.type == "PER":
                self._heads_by_a_verb(m, self.person[ent.key])
        for r in getattr(self.index, "roles", None) or []:
            # titles after the name or given by an appointment ("X, председатель ...", "избран на пост главы X")
            if r.person_key in self.person:
                self._title_words(self.word_index(r.end) - 1, self.person[r.person_key], lo=self.word_index(r.start),
                                  whole=True)
        gaz = gazetteer_mod.load()
        for key, info in self.person.items():
            # "глава МИД РФ": the state of the person's body is his too ("глава российской дипломатии")
            info.countries |= {c for o in info.orgs if (c := getattr(self.index.get(o), "country_key", None))}
            entry = gaz.entries.get(key)
            if not info.classes and entry is not None and entry.head:
                info.classes.add("head")  # "Путін … – сказав російський президент": known to head his state

    def _known_first_name(self, ent: Entity, gender: Optional[str]) -> bool:
        """The name opens with a first name of that gender the dictionary knows ("Валентина"; not a guess from
        the ending of a foreign name in "-а")."""
        words = (ent.labels.get(self.lang) or ent.name or "").split()
        if self.lang not in ("uk", "ru") or len(words) < 2 or gender not in ("masc", "femn"):
            return False
        return any(p.is_known and "Name" in p.tag and gender in p.tag and "nomn" in p.tag
                   for p in sl.parses(self.lang, words[0].lower()))

    def _gender_told(self, m: Mention) -> Optional[str]:
        """The gender the text gives a person's name: a title noun right before it that is feminine only
        ("віцепрезидентка Лені Робредо"; not "колега", of either gender), or the past-tense verb right after it in the nominative ("Робредо визнала поразку")."""
        if self.lang not in ("uk", "ru") or not self.words:
            return None
        i = self.word_index(m.start)
        j = max(i, self.word_index(m.end) - 1)
        nouns = [t for t in sl.tags(self.lang, self.words[i - 1].lower) if "NOUN" in t and "anim" in t] if i > 0 else []
        if nouns and all("femn" in t for t in nouns) \
                and {self.words[i - 1].lemma, *(p.normal_form for p in sl.parses(self.lang, self.words[i - 1].lower))} \
                & roles_mod.titles(self.lang).single.keys():
            return "femn"
        if j + 1 < len(self.words) and self._nominative(i, j):
            ts = [t for t in sl.tags(self.lang, self.words[j + 1].lower) if "VERB" in t and "past" in t and "sing" in t]
            genders = {g for t in ts for g in ("femn", "masc") if g in t}
            if len(genders) == 1:
                return genders.pop()
        return None

    def _heads_by_a_verb(self, m: Mention, info: _PersonInfo) -> None:
        """"X, який очолює туніську дипломатію", "возглавляющий «Ростех» Y": an
        official of the body (or of the state whose diplomacy) the verb of leading takes as its object."""
        lead = self._lead_verbs
        if not lead or not self.words:
            return
        i, j = self.word_index(m.start), self.word_index(m.end - 1) + 1
        n, verb = len(self.words), None
        k = j + 1 if j < n and self.words[j].text == "," else j
        comma = k < n and "," in self._doc_text[m.end:self.words[k].start]  # "X, який очолює", "X, возглавляющий"
        if comma and self.words[k].lower in self._relative_words:
            k += 1
        if comma and k < n and lemma_candidates(self.words[k].lower, self.lang) & lead:
            verb = k
        elif i >= 2:  # "возглавляющий «Росатом» X": the participle and its object before the name
            b = i - 1
            while b > max(i - 6, 0) and not (lemma_candidates(self.words[b].lower, self.lang) & lead) \
                    and not self.words[b].is_punct or (b > 0 and all(ch in sl.QUOTE_CHARS for ch in self.words[b].text)):
                b -= 1
            if lemma_candidates(self.words[b].lower, self.lang) & lead and not self.words[b].text[:1].isdigit():
                verb = b
        if verb is None:
            return
        hi = min(verb + 5, len(self.words))
        for x in range(verb + 1, hi):
            w = self.words[x]
            if w.is_punct and not all(ch in sl.QUOTE_CHARS for ch in w.text):
                break
            e = self.index.at(w.start, w.end)
            if e is not None and e.type in ("ORG", "LOC") and e.key != m.entity_key:
                # ("яка очолює уряд", "возглавляющий правительство": a head of government)
                said = " ".join(self.words[y].lemma or self.words[y].lower for y in range(verb + 1, min(x + 2, hi)))
                info.classes.add("head" if e.type == "ORG" and any(
                    self._government_or_office(name) and "пресс" not in name.lower() and "прес" not in name.lower()
                    for name in (said, e.name or "", *e.labels.values())) else "official")
                if e.type == "ORG":
                    info.orgs.add(e.key)
                    if e.country_key:
                        info.countries.add(e.country_key)
                else:
                    info.countries.add(e.key)
                return
            state = self.country_of_adjective(w)
            if state is not None:  # "марокканську дипломатію": an official of that state
                info.classes.add("official")
                info.countries.add(state)
                return

    def _apposition(self, m: Mention, info: _PersonInfo) -> None:
        """Title words right before a name (``президент Франции``, ``прессекретар президента РФ``,
        ``французский президент``): the role classes, countries and organisations of that person."""
        s, _ = self.sentences[self.sentence_of(m.start)] if self.sentences else (0, 0)
        self._title_words(self.word_index(m.start) - 1, info, lo=self.word_index(s))  # not across a headline's end

    def _title_words(self, i: int, info: _PersonInfo, lo: int = 0, whole: bool = False) -> None:
        """Read title words backwards from word i (down to word lo) into the person's facts. ``whole``: words
        lo..i are one title (a role the roles module found), whose head is its first word."""
        steps = 0
        classes, countries, orgs, roles = set(), set(), set(), set()
        found: list[tuple[int, str, str, bool]] = []  # role nouns read (position, class, role, may be genitive)
        placed: list[tuple[int, str, str]] = []  # entities read (position, key, LOC|ORG)
        while i >= lo and steps < 12:
            w = self.words[i]
            if steps == 0 and not whole and w.lower in roles_mod.CONJUNCTIONS:
                return  # "гендиректор і X підписали": the title before the conjunction is another's
            if found and not whole and w.lower in roles_mod.CONJUNCTIONS and not any(
                    r.start < w.start < r.end for r in getattr(self.index, "roles", None) or []):
                break  # "Министр X и гендиректор Y Имя подписали": the roles module split the titles there
            if w.is_punct and w.text not in ("-",) and not all(ch in sl.QUOTE_CHARS for ch in w.text):
                break
            if self.lang in ("uk", "ru") and sl.is_prep(self.lang, w.lower) and (
                    classes or found or w.lower not in _TITLE_PREPS):
                break  # "по Запорізькій області від нардепа X": the place before the preposition is not in the title
                # ("коллега при участии главы «Газпрома» X": a title read already ends it there)
            if w.lower == "по" and self.lang == "ru":
                placed = [p for p in placed if p[0] < i]  # "спецпредставитель Пакистана по Афганистану": the remit
            ent = self.index.at(w.start, w.end)
            if ent is not None:
                if ent.type == "PER":
                    break
                placed.append((i, ent.key, "LOC" if ent.type == "LOC" else "ORG"))
                if ent.type == "ORG" and ent.country_key:
                    placed.append((i, ent.country_key, "LOC"))  # "главой МИД Чехии": Czechia's
            else:
                noun, _ = self._noun_at(i)
                if noun is not None and noun.kind == "ROLE":
                    span = [x for x in self.words[i:i + len(noun.words)] if x.text.isalpha()] or [w]
                    may_gen = self.lang in ("uk", "ru") and all(  # "пресс-атташе"-like compounds: one part is no genitive
                        any("gent" in t for t in sl.tags(self.lang, x.lower)) for x in span)
                    found = [f for f in found if not (i < f[0] < i + len(noun.words))]  # "министр" of "премьер-министр"
                    found.append((i, noun.cls, "".join(noun.words), may_gen))
                    if i > lo:
                        adj = self.country_of_adjective(self.words[i - 1])
                        if adj:
                            placed.append((i, adj, "LOC"))
                elif self.lang in ("uk", "ru"):
                    ts = sl.tags(self.lang, w.lower)
                    if any("VERB" in x or "INFN" in x or "GRND" in x for x in ts) and not any(
                            "NOUN" in x or "ADJF" in x or "PREP" in x for x in ts):
                        break
            i -= 1
            steps += 1
        if found:
            # the title's head: the first role noun (from the name leftwards) that cannot be a genitive
            # dependent ("советник главы правительства": the adviser), else the leftmost; a role
            # noun left of the head is outside the title ("сказал депутатам советник")
            head = next((f for f in found if not f[3]), found[-1])
            if whole and head[0] > lo and not self._is_adjective(self.words[lo]):
                # "советник главы правительства": the title's first word is its head, a role noun the lexicon
                # lacks; the role noun after it is a dependent (its places still count)
                head = (lo, "", "", False)
            else:
                classes.add(head[1])
                roles.add(head[2])
                after = [(key, typ) for pos, key, typ in placed if pos == head[0] + 1]
                if head[1] == "official" and head[2] in _STATE_LEADER_NOUNS.get(self.lang, ()) \
                        and self.words[head[0] + 1].text[:1].isupper() and len(after) == 1 \
                        and after[0][1] == "LOC" and gazetteer_mod.load().is_state(after[0][0]):
                    classes.add("head")  # "руководитель Лаоса", "керівник Туркменістану": who leads the state
                nxt = self.words[head[0] + 1] if head[0] + 1 < len(self.words) else None
                heads = _GOVERNMENT_HEADS.get(self.lang, frozenset())
                if head[1] != "head" and nxt is not None and {f"{head[2]} {nxt.lemma}", f"{head[2]} {nxt.lower}"} & heads:
                    classes.add("head")  # "Председатель правительства X": the head of government, "премьер" later
                    roles.update(t.replace(" ", "") for t in heads)
                if head[1] != "head" and head[2] in _STATE_LEADER_NOUNS.get(self.lang, ()) and any(
                        typ == "ORG" and key.startswith("org:gov-") for pos, key, typ in placed
                        if head[0] < pos <= head[0] + 2):
                    classes.add("head")  # "глава шведського уряду": who leads a state's government
                    roles.update(t.replace(" ", "") for t in _GOVERNMENT_HEADS.get(self.lang, ())
                                 if t.startswith(head[2] + " "))  # (the head of government's title, "главауряду")
                # titles stacked in one case ("міністром енергетики емірату принцом X"): each is his
                # (not a noun in another case: "сказал депутатам советник X")
                head_cases = self._cases_of(head[0])
                stacked = [f for f in found if not f[3] and f[0] < head[0] and self._cases_of(f[0]) & head_cases]
                roles |= {f[2] for f in stacked}
                classes |= {f[1] for f in stacked if f[1] in HEAD_CLASSES}  # "глава правительства генерал X": a head
            for pos, key, typ in placed:
                if pos >= head[0]:
                    (countries if typ == "LOC" else orgs).add(key)
        if classes or (whole and found):  # only a title makes the places and organisations the person's own
            info.classes |= classes
            info.countries |= countries
            info.orgs |= orgs
            info.roles |= roles

    def _cases_of(self, i: int) -> set:
        return {g for t in sl.tags(self.lang, self.words[i].lower) for g in t if g in CASES}

    def _guess_gender(self, ent: Entity) -> Optional[str]:
        """Fallback when the entity extractor gave no gender: a Slavic surname ending says it."""
        if self.lang not in ("uk", "ru"):
            return None
        last = ent.name.split()[-1].lower() if ent.name.split() else ""
        if last.endswith(("ова", "ева", "ёва", "єва", "іна", "ина", "ына", "ская", "цкая", "ська", "цька")):
            return "femn"
        if last.endswith(("ов", "ев", "ёв", "єв", "ін", "ин", "ын", "ский", "цкий", "ський", "цький", "енко", "чук")):
            return "masc" if not last.endswith("енко") else None
        return None

    # -- finding refs ---------------------------------------------------------------------
    def refs(self, lo: int, hi: int) -> list[SpeakerRef]:
        """Speaker-like references among words [lo, hi), in text order."""
        out: list[SpeakerRef] = []
        i = lo
        while i < hi:
            w = self.words[i]
            ment = self._mention_covering(w)
            if ment is not None and not w.is_punct:
                noun_ref = self._noun_inside_mention(ment, i, hi)
                if noun_ref is not None:
                    out.append(noun_ref)
                    i = noun_ref.w_end
                    continue
                if self._adjective_mention(ment, i, hi):
                    i += 1
                    continue
            if ment is not None:
                ent = self.index.get(ment.entity_key)
                j = i
                while j + 1 < hi and self.words[j + 1].start < ment.end:
                    j += 1
                key, n = self._metonym_at(i) if ent.type == "LOC" else (None, 0)
                nom = self._nominative(i, j)
                if not nom and ent.type == "PER" and ment.text.split() and ment.text.split()[-1] in _last_name_words(ent) \
                        and not (i > 0 and sl.is_prep(self.lang, self.words[i - 1].lower)):
                    nom = True  # the surname as in the nominative name ("Кузнецов", not a form of "кузнец")
                if nom and ent.type == "PER" and self._oblique_name_form(j, ent):
                    nom = False  # "советник Путина": a surname's genitive that is also some common noun's nominative
                if nom and self._occasion_named(i):
                    nom = False  # "на фестивале «X»": the name of an occasion, which says nothing
                if key and ent.type == "LOC":
                    out.append(SpeakerRef(ment.start, ment.end, ment.text, "METONYM", i, j + 1, key=key,
                                          nominative=nom, etype="LOC"))
                else:
                    if nom and (self._after_medium_noun(i) or self._on_platform(i)) and not (
                            ent.type == "PER" and self._after_plural_noun(i)):
                        nom = False  # "в интервью газете Le Monde", "у соцмережі Y": where it was said, not who said it
                        # ("сказал журналистам Петр Иванов": a person after a plural noun is no apposition to it)
                    out.append(SpeakerRef(ment.start, ment.end, ment.text, "ENT", i, j + 1, key=ent.key,
                                          nominative=nom, etype=ent.type, is_outlet=ent.is_outlet or self._after_outlet_noun(i)))
                i = j + 1
                continue
            if w.is_punct:
                i += 1
                continue
            key, n = self._metonym_at(i)
            if n:
                e = self.words[i + n - 1]
                out.append(SpeakerRef(w.start, e.end, self._text(i, i + n), "METONYM", i, i + n, key=key,
                                      nominative=self._nominative(i, i + n - 1), etype="LOC"))
                i += n
                continue
            if (w.lower,) in self._outlet_nouns or (w.lemma,) in self._outlet_nouns:
                named = any(getattr(self.index.at(x.start, x.end), "type", None) == "ORG" for x in self.words[i + 1:i + 4])
                if not named:
                    ref = SpeakerRef(w.start, w.end, w.text, "OUTLET", i, i + 1, nominative=self._nominative(i, i))
                    if (w.lower,) in self._mass_media or (w.lemma,) in self._mass_media:
                        ref.mass_media = True
                        c = self.country_of_adjective(self.words[i - 1]) if i > 0 else None
                        if c:  # "итальянские СМИ": the country's press
                            ref.key, ref.start, ref.w_start = c, self.words[i - 1].start, i - 1
                            ref.text = self._doc_text[ref.start:ref.end]
                    out.append(ref)
                i += 1
                continue
            noun, n = self._noun_at(i)
            if noun is not None:
                ref = self._noun_ref(noun, i, n)
                if ref is not None:
                    out.append(ref)
                    i = ref.w_end
                    continue
            i += 1
        return self._possessives(self._without_platform_of_a_channel(self._without_parent_body(
            self._without_the_titles_body(out))))

    def _without_the_titles_body(self, refs: list[SpeakerRef]) -> list[SpeakerRef]:
        """"Очільник бюро анонсував": the body noun right after a role noun is the title's complement (its
        genitive), not a speaker of its own; the holder of the title speaks."""
        return [r for n, r in enumerate(refs) if not (
            n and r.kind == "COLLECTIVE" and not r.key and refs[n - 1].kind == "ROLE" and refs[n - 1].gen_noun
            and refs[n - 1].w_end == r.w_start and self.words[r.w_start].lemma == refs[n - 1].gen_noun)]

    def _without_parent_body(self, refs: list[SpeakerRef]) -> list[SpeakerRef]:
        """``Спостерігачі БДІПЛ ОБСЄ повідомили``: an organisation named right after another, a space between,
        is the one it belongs to (its genitive); the first one speaks."""
        out = []
        for n, r in enumerate(refs):
            prev = refs[n - 1] if n else None
            prev_body = prev is not None and not prev.is_outlet and (
                (prev.kind == "ENT" and prev.etype == "ORG" and r.key != prev.key)
                or (prev.kind == "COLLECTIVE" and getattr(self.index.get(prev.gen_key), "type", None) == "ORG"
                    and r.key != prev.gen_key))  # ("Спостерігачі БДІПЛ ОБСЄ")
            if prev_body and r.kind == "ENT" and r.etype == "ORG" and self._doc_text[prev.end:r.start] == " " \
                    and not (prev.w_start > 0 and sl.is_prep(self.lang, self.words[prev.w_start - 1].lower)):
                continue  # (not "У Telegram Міноборони запевняє": the platform, then who speaks on it)
            out.append(r)
        return out

    def _without_platform_of_a_channel(self, refs: list[SpeakerRef]) -> list[SpeakerRef]:
        """``Telegram-канал «Новини Півночі»``, ``YouTube-канала X``: the platform, joined by a hyphen to the
        noun it qualifies, only says where the organisation named after it publishes; that one speaks."""
        named = [r for r in refs if r.kind == "ENT" and r.etype == "ORG"]
        out = []
        for r in refs:
            tail = self._doc_text[r.end:r.end + 2]
            if r in named and len(tail) == 2 and tail[0] in "-‐‑" and tail[1].isalpha() and tail[1].islower() \
                    and any(o.start > r.end for o in named):
                continue
            out.append(r)
        return out

    def _possessives(self, out: list[SpeakerRef]) -> list[SpeakerRef]:
        """``her office said`` / ``його відомство повідомило``: a singular personal pronoun right before an
        organisation noun is its owner; the pair is one reference (to the person the pronoun stands for)."""
        merged: list[SpeakerRef] = []
        for r in out:
            while merged and r.kind in ("ROLE", "COLLECTIVE") and merged[-1].w_start >= r.w_start:
                merged.pop()  # the owner ("Russia's") is part of the noun's reference
            prev = merged[-1] if merged else None
            if prev is not None and prev.kind == "PRON" and prev.noun is not None and prev.noun.number == "sing" \
                    and prev.w_end == r.w_start and r.kind in ("COLLECTIVE", "OUTLET") and r.key is None \
                    and (r.noun is None or r.noun.cls == "org" or r.kind == "OUTLET"):
                r.owner = prev.noun
                r.start, r.w_start = prev.start, prev.w_start
                r.text = self._doc_text[r.start:r.end]
                merged[-1] = r
                continue
            merged.append(r)
        return merged

    def _noun_inside_mention(self, ment: Mention, i: int, hi: int) -> Optional[SpeakerRef]:
        """A mention the NER drew over a role/collective noun (``Власти Эквадора``) or its adjective
        (``Официальные`` before ``представители``): read it as the noun with its genitive."""
        j = i
        while j + 1 < len(self.words) and self.words[j + 1].start < ment.end:
            j += 1
        noun, n = self._noun_at(i)
        if noun is not None and noun.kind == "COLLECTIVE" and noun.cls == "org" and \
                getattr(self.index.get(ment.entity_key), "type", None) == "ORG":
            if gazetteer_mod.load().entries.get(ment.entity_key or "") is not None:
                return None  # a body the gazetteer knows by that name ("Адміністрація президента X") speaks itself
            return self._head_behind_office(i + n, j, ment)
            # ("прокуратура Запорізької області", "Посольство России": the institution itself speaks)
        if noun is not None and noun.kind in ("ROLE", "COLLECTIVE", "SOURCE") and i + n <= j:
            rest = self._doc_text[self.words[i + n].start:ment.end]
            key = self.index.lookup(rest, self.lang)
            if key is None:
                return None
            ref = self._noun_ref(noun, i, n)
            if ref is None:
                return None
            ref.gen_key = key
            ref.country = ref.country or key
            ref.w_end, ref.end = j + 1, ment.end
            ref.text = self._doc_text[ref.start:ref.end]
            if ref.kind == "COLLECTIVE":
                ref.key = key
            return ref
        return None

    def _head_behind_office(self, k: int, j: int, ment: Optional[Mention], i: int = 0) -> Optional[SpeakerRef]:
        """"[Пресс-служба президента Польши]/ORG сообщила", "пресслужба президента Польщі": the office of a
        head of state or government speaks for the person holding that title (the role noun at k, the
        office's noun at i or the mention's start); else None (the institution itself speaks)."""
        role, n = self._noun_at(k) if k <= j else (None, 0)
        if role is None and ment is None and k + 1 <= j and self.country_of_adjective(self.words[k]):
            k += 1  # "пресс-служба белорусского лидера": the head's nationality adjective first (not "[канцелярия
            # исландского премьера]", an office the text names as a body)
            role, n = self._noun_at(k)
        if role is None or role.kind != "ROLE" or role.cls not in HEAD_CLASSES:
            return None
        ref = self._noun_ref(role, k, n)
        if ref is None or not ref.country:
            return None
        ref.w_start = self.word_index(ment.start) if ment is not None else i
        ref.start = self.words[ref.w_start].start
        if ment is not None:
            ref.w_end, ref.end = j + 1, ment.end
        else:
            ref.nominative = self._nominative(i, i)  # the office's noun is the clause's subject, or not
        ref.text = self._doc_text[ref.start:ref.end]
        return ref

    def _adjective_mention(self, ment: Mention, i: int, hi: int) -> bool:
        """A one-word mention that is an adjective before a role noun (``Официальные представители``)."""
        if self.lang not in ("uk", "ru") or i + 1 >= min(hi, len(self.words)) or self.words[i].end < ment.end:
            return False
        ts = sl.tags(self.lang, self.words[i].lower)
        nxt, _ = self._noun_at(i + 1)
        return nxt is not None and nxt.kind != "PRON" and bool(ts) and all("ADJF" in x for x in ts)

    def _text(self, a: int, b: int) -> str:
        return self._doc_text[self.words[a].start:self.words[b - 1].end]

    def _after_plural_noun(self, i: int) -> bool:
        return i > 0 and self.lang in ("uk", "ru") and all(
            "plur" in t for t in sl.tags(self.lang, self.words[i - 1].lower) or [{"?"}])

    def _after_medium_noun(self, i: int) -> bool:
        """Right after an outlet/medium noun that is not in the nominative ("газете", "телеканалу", "виданню")."""
        if i == 0 or self.lang not in ("uk", "ru"):
            return False
        while i > 1 and self.words[i - 1].text and all(ch in sl.QUOTE_CHARS for ch in self.words[i - 1].text):
            i -= 1  # "в интервью «Коммерсанту»"
        for _ in range(2):  # "в комментарии частной телекомпании X": the adjectives of the outlet noun stepped over
            if i > 2 and self.words[i - 1].text[:1].islower() and (self.words[i - 1].lower,) not in self._medium_nouns \
                    and (self.words[i - 1].lemma,) not in self._medium_nouns \
                    and all("ADJF" in t for t in sl.tags(self.lang, self.words[i - 1].lower) or [{"?"}]):
                i -= 1
        p = self.words[i - 1]
        if (p.lower,) not in self._medium_nouns and (p.lemma,) not in self._medium_nouns:
            return False
        if i >= 2 and sl.is_prep(self.lang, self.words[i - 2].lower):
            return True  # "в интервью «Коммерсанту»": an indeclinable noun after its preposition
        ts = sl.tags(self.lang, p.lower)
        q = i - 2
        while q > 0 and self.words[q].text[:1].islower() and all("ADJF" in t for t in sl.tags(self.lang, self.words[q].lower)
                                                                   or [{"?"}]):
            q -= 1  # "в комментарии государственной телерадиокомпании X": the adjectives of the outlet noun
        if q >= 0 and {(self.words[q].lower,), (self.words[q].lemma,)} & self._medium_nouns \
                and any("plur" not in t and ("datv" in t or "gent" in t) for t in ts):
            return True  # "в интервью радиокомпании X": its form is also a nominative plural; "радіо" any case
        return not any("nomn" in t for t in ts)

    def _on_platform(self, i: int) -> bool:
        """After a platform noun with a preposition before it ("у соцмережі Y", "в соцсети Z", "on the network W")."""
        if i < 2:
            return False
        p = self.words[i - 1]
        if not ((p.lower,) in self._platform_nouns or (p.lemma,) in self._platform_nouns):
            return False
        for w in reversed(self.words[max(0, i - 4):i - 1]):  # (adjectives between: "у своїй соцмережі")
            if w.is_punct:
                return False  # "подал в отставку, сообщил телеграм-канал X": the preposition is another phrase's
            if sl.is_prep(self.lang, w.lower) or w.lower in self._preps:
                return True
        return False

    def _after_outlet_noun(self, i: int) -> bool:
        if i == 0:
            return False
        p = self.words[i - 1]
        return (p.lower,) in self._outlet_nouns or (p.lemma,) in self._outlet_nouns

    def _mention_covering(self, w: Word) -> Optional[Mention]:
        for m in self.index.mentions:
            if m.start > w.start:
                break
            if m.start <= w.start < m.end and m.entity_key and m.label in ("PER", "ORG", "LOC"):
                return m
        return None

    def _in_the_government(self, noun: SpeakerNoun, i: int, n: int) -> Optional[SpeakerRef]:
        """"уточнили в уряді", "сообщили в правительстве Венгрии": a government noun after "в"/"у" speaks for the
        government of the state named with it, else for the one the article tells of (_government_of_the_persons)."""
        country = self.country_of_adjective(self.words[i - 1]) if i > 1 else None  # "в венгерском правительстве"
        a = i - 1 if country else i
        if a < 1 or self.words[a - 1].lower not in ("в", "у", "во") or noun.words[0] not in self._government_words:
            return None
        gen, gen_end = self._genitive_entity(i + n - 1)
        nxt = self.words[i + n] if i + n < len(self.words) else None
        if gen is None and nxt is not None and nxt.text[:1].islower() and nxt.text.isalpha() \
                and any("gent" in t and "NOUN" in t for t in sl.tags(self.lang, nxt.lower)):
            return None  # "в правительстве области": a region's government, not a state's
        if gen is not None and not self._is_state(gen):
            return None  # "в правительстве Бурятии": a region's own government, named as the region
        b = gen_end if gen else i + n
        return SpeakerRef(self.words[a].start, self.words[b - 1].end, self._text(a, b), "STATE", a, b,
                          noun=noun, key=gen or country, nominative=False, government=True)

    def _noun_ref(self, noun: SpeakerNoun, i: int, n: int) -> Optional[SpeakerRef]:
        w = self.words[i]
        a, b = i, i + n
        if noun.kind == "COLLECTIVE" and noun.cls == "org" and b < len(self.words):
            ref = self._head_behind_office(b, len(self.words) - 1, None, i)  # "пресслужба президента Польщі"
            if ref is not None:
                return ref
        country = None
        # nationality adjective before (французский лидер, російський посадовець, офіційні особи)
        adj_country = False
        if i > 0 and noun.kind != "PRON":
            c = self.country_of_adjective(self.words[i - 1])
            if c is None and i > 1 and noun.kind == "COLLECTIVE" and not self.words[i - 1].is_punct and \
                    self._mention_covering(self.words[i - 1]) is None and self._is_adjective(self.words[i - 1]):
                c = self.country_of_adjective(self.words[i - 2])  # "the Polish foreign ministry"
                if c:
                    country, a, adj_country = c, i - 2, True
            elif c:
                country, a, adj_country = c, i - 1, True
                if i > 2 and self.words[i - 2].text in ("-", "‑") and self.words[i - 2].end == self.words[i - 1].start \
                        and self.words[i - 3].end == self.words[i - 2].start:
                    a = i - 3  # "Сан-маринський посадовець": the whole compound adjective
        if noun.kind != "PRON" and not country and i >= 2 and self.words[i - 1].lower in ("'s", "’s") \
                and self._mention_covering(self.words[i - 2]) is not None:
            # "Russia's embassy", "the company's spokesman": the owner named before the noun
            m = self._mention_covering(self.words[i - 2])
            if self.index.get(m.entity_key) is not None and self.index.get(m.entity_key).type in ("LOC", "ORG"):
                country, a = m.entity_key, self.word_index(m.start)
        if noun.kind == "ROLE" and b + 1 < len(self.words) and (self.words[b + 1].lemma in self._state_words or any(
                len(x.words) == 2 and x.words[1] in (self.words[b + 1].lemma, self.words[b + 1].lower)
                for x in self._nouns_by_first.get(noun.words[0], []))):
            # "глава российского государства": the role of that state's head; "глава української дипломатії"
            c = self.country_of_adjective(self.words[b])
            if c:
                full = [x for x in self._nouns_by_first.get(noun.words[0], [])
                        if len(x.words) == 2 and self.words[b + 1].lemma in x.words[1:] or
                        len(x.words) == 2 and x.words[1] == self.words[b + 1].lower]
                noun = full[0] if full else noun
                country, b = c, b + 2
        elif noun.kind == "ROLE" and not country and b + 1 < len(self.words) \
                and institutions.is_parliament_noun(self.words[b + 1].lower, self.lang):
            country = self.country_of_adjective(self.words[b])  # "председатель кабовердианского парламента"
        gen, gen_end = self._genitive_entity(b - 1) if noun.kind != "PRON" else (None, 0)
        if gen is None and noun.kind == "ROLE" and not country:
            gen, gen_end = self._state_after_remit(b)  # "министр образования, науки и культуры Монголии"
        if gen is not None:
            country = gen
            b = gen_end
        kind = noun.kind
        if kind == "STATE":
            # "правительство (Венесуэлы)", "венесуэльское правительство": the state; bare: the state in focus
            if not self._nominative(i, i + n - 1):
                return self._in_the_government(noun, i, n)
            country = None
            if i > 0:
                country = self.country_of_adjective(self.words[i - 1])
            gen, gen_end = self._genitive_entity(i + n - 1)
            a = i - 1 if country else i
            b = gen_end if gen else i + n
            return SpeakerRef(self.words[a].start, self.words[b - 1].end, self._text(a, b), "STATE", a, b, noun=noun,
                              key=gen or country, nominative=True)
        if kind == "SOURCE":
            return SpeakerRef(w.start, self.words[i + n - 1].end, self._text(i, i + n), "SOURCE", i, i + n, noun=noun,
                              nominative=self._nominative(i, i + n - 1))
        head = self.words[i + n - 1]
        if kind == "ROLE" and noun.cls not in HEAD_CLASSES and self._is_plural(head, noun.words[-1]) \
                and not self._genitive_singular_after_frame(a, head, noun.words[-1]):
            collective = [c for c in self._nouns_by_first.get(noun.words[0], [])
                          if c.kind == "COLLECTIVE" and c.words == noun.words]
            kind, noun = ("COLLECTIVE", collective[0]) if collective else ("COLLECTIVE", noun)  # "Депутати заявили"
        if kind == "COLLECTIVE" and not self._is_plural(head, noun.words[-1]) and noun.number == "plur":
            kind = "ROLE"
        nom = self._nominative(a, i + n - 1)
        if noun.kind == "ROLE" and noun.words[-1] not in (head.lower, head.lemma) \
                and noun.words[-1] in self._person_lemmas(i + n - 1):  # read by another lemma ("премьера"): its case
            nom = nom and any(p.normal_form == noun.words[-1] and "nomn" in p.tag for p in sl.parses(self.lang, head.lower))
        text = self._text(a, b)
        ref = SpeakerRef(self.words[a].start, self.words[b - 1].end, text, kind, a, b, noun=noun, country=country,
                         nominative=nom)
        ref.gen_key = gen
        ref.adj_country = adj_country and gen is None
        if gen is None and noun.kind != "PRON":
            ref.gen_noun = self._genitive_noun(b)
        if kind == "COLLECTIVE":
            ref.key = country
        return ref

    # -- resolving ------------------------------------------------------------------------
    def resolve(self, ref: SpeakerRef, previous_speaker: Optional[str] = None) -> Optional[str]:
        if ref.kind in ("ENT", "METONYM"):
            return ref.key
        if ref.owner is not None:
            # "her office said": the person the possessive stands for speaks through the office
            owner = SpeakerRef(ref.start, ref.start, "", "PRON", ref.w_start, ref.w_start, noun=ref.owner)
            key = self.resolve(owner, previous_speaker)
            if key is not None:
                return key
        if ref.kind == "ROLE" and ref.noun is not None and self._head_who_spoke_last(ref, previous_speaker):
            return previous_speaker
        if ref.noun is not None and ref.noun.kind == "ROLE" and previous_speaker and not ref.country and not ref.gen_key \
                and ref.w_end < len(self.words) and self.words[ref.w_end].lower in _ALSO \
                and getattr(self.index.get(previous_speaker), "type", None) in ("ORG", "LOC") \
                and any(k == previous_speaker and self.sentence_of(ref.start) - self.sentence_of(at) <= 1
                        and getattr(self._noun_at(self.word_index(at))[0], "kind", None) in ("ROLE", "SOURCE")
                        for k, at in self.heard[-1:]):  # (a body that stood in for an unnamed official)
            # "Його співрозмовник зазначив … . Міністр також додав": the unnamed minister who spoke just before
            return previous_speaker
        if ref.kind == "ROLE" and ref.noun is not None and not ref.gen_key and not ref.country:
            holder = self._regional_official_before(ref)
            if holder:
                return holder  # "Глава региона заверил": the governor the article introduced with his region
            body = self._body_named_by_outlet_noun_after(ref)
            if body:
                return body  # "Представник агентства додав" where the agency is a body the article named
        if ref.kind == "ROLE" and ref.noun is not None:
            # the same title given to a person earlier ("пресс-атташе посольства Сергей Марков" … "пресс-атташе")
            title = "".join(ref.noun.words)
            person = self._recent(ref.start, lambda k, e: e.type == "PER" and _same_title(title, (
                self.person.get(k) or _PersonInfo()).roles) and (not ref.country or ref.country in (
                    self.person.get(k) or _PersonInfo()).countries | (self.person.get(k) or _PersonInfo()).orgs), None)
            if person:
                return person
            body = self._unnamed_holder_before(ref) if not ref.gen_key else None
            if body:
                ref.stood_in = True  # (for a pronoun after him: "По его словам")
                return body
        if ref.kind in ("COLLECTIVE", "ROLE") and ref.gen_noun and not ref.key:
            holder = self._title_holder_after(ref) if ref.kind == "COLLECTIVE" else None
            if holder:
                return holder  # "добавили в аппарате губернатора": the governor named before
            org = self._org_named_like(ref.gen_noun, ref.start)

            if org is not None and ref.kind == "ROLE" and ref.country and ref.country != org and (
                    getattr(self.index.get(org), "country_key", None) not in (None, ref.country)
                    or self._international(org)):
                org = None  # "глава перуанского парламента": not the parliament of another state named before;
                # "коморский министр здравоохранения": not the World Health Organization
            prev = self.index.get(previous_speaker)
            if org is None and ref.kind == "COLLECTIVE" and prev is not None and prev.type == "ORG" \
                    and not self._is_outlet_key(prev.key):
                return prev.key  # "представники правоохоронного органу" after that organisation spoke
            chamber = org is None and ref.kind == "ROLE" and ref.country and ref.w_end + 1 < len(self.words) \
                and institutions.is_parliament_noun(self.words[ref.w_end + 1].lower, self.lang)
            if chamber:
                # "председатель кабовердианского парламента" unnamed: that state's chamber named before
                org = self._recent(ref.start, lambda k, e: e.type == "ORG" and e.country_key == ref.country
                                   and any(institutions.is_parliament_noun(w, self.lang) for w in (e.name or "").split()),
                                   None)
            if org:
                # "представник міністерства": the person introduced with that organisation, else the organisation
                if ref.kind == "ROLE":
                    person = self._recent(ref.start, lambda k, e: e.type == "PER" and org in (
                        self.person.get(k) or _PersonInfo()).orgs, None)
                    if person:
                        return person
                    ref.stood_in = bool(org and chamber) and not self._name_follows(ref.w_end, len(self._doc_text))
                    # ("Глава гвинейского парламента … . По его словам": the chamber's unnamed head again)
                return org
        if ref.kind == "STATE" and ref.government:
            return self._government_body(ref.key) if ref.key else self._government_of_the_persons(
                ref.start, before_the_sentence=True)
        if ref.kind == "STATE":
            return ref.key or self.salient_country(ref.start)
        if ref.kind == "COLLECTIVE":
            if not ref.key and ref.noun is not None and ref.noun.cls == "org" and self._of_the_state(ref.w_end):
                state = self.salient_country(ref.start)  # "центральна комісія карибської держави": the state's own body
                if state:
                    return state
            if ref.adj_country and ref.noun is not None and ref.noun.cls == "org" and ref.noun.number == "sing":
                # "the Polish foreign ministry": an institution of that country, named by the phrase itself
                words = ref.text.split()
                if words and words[0].lower() == "the":
                    words = words[1:]
                place = self.index.get(ref.key)
                if words and self.lang in ("uk", "ru") and place is not None and place.country_key:
                    # "бориспільська прокуратура": a local institution of a town or region (not of a country)
                    words = [words[0][:1].upper() + words[0][1:]] + words[1:]
                if words and words[0][:1].isupper():
                    org = self.index.lookup(" ".join(words), self.lang, "ORG")
                    if org and self.index.entities[org].type == "ORG":
                        return org
                # "по данным чилийского ведомства": the body of that state the article named before
                org = self._recent(ref.start, lambda k, e: e.type == "ORG" and e.country_key == ref.key
                                   and not self._is_outlet_key(k), None)
                if org:
                    return org
            if ref.key:
                return ref.key
            # an unnamed group or organisation (``представники``, ``у прес-службі``, ``компанія``):
            # the organisation named like it, else the one spoken of last
            if ref.noun is not None and ref.noun.cls == "org" and ref.w_end < len(self.words) \
                    and (self.words[ref.w_end].lemma or self.words[ref.w_end].lower) in self._government_words:
                gov = self._government_of_the_persons(ref.start)  # "в аппарате правительства": whose government
                if gov:
                    return gov
            regional = gazetteer_mod.word_lists("regional_administration_nouns.txt").get(self.lang, frozenset())
            if ref.noun is not None and ref.noun.cls == "org" and len(ref.noun.words) == 1 and (
                    ref.noun.words[0] in regional or (any(  # "в обласній адміністрації": the same body, when the
                        (self.words[k].lemma or self.words[k].lower) in regional  # article names no body like it
                        for k in range(max(0, ref.w_start - 3), ref.w_end))
                        and self._org_named_like(ref.noun.words[-1], ref.start) is None)):
                region = self._recent(ref.start, lambda k, e: e.type == "LOC" and self._region(e), None)
                if region:
                    return region  # "уточнили в обладминистрации": the region named last
            if ref.noun is not None and ref.noun.cls == "org":
                here = self._org_earlier_in_sentence(ref.start) if self._after_channel_noun(ref.w_start) else None
                if here:
                    return here  # "У міністерстві X на сайті відомства повідомили": the site's owner named before
                named = self._org_named_like(ref.noun.words[-1], ref.start)
                last = self.index.get(previous_speaker)
                if named and named != previous_speaker and last is not None and last.type == "ORG" \
                        and self._answers_to(last, ref.noun.words[-1]) and self._spoke_just_before(last.key, ref.start):
                    return last.key  # "… додали в МЗС. Як пояснили у відомстві, …": the ministry just heard
                if named:
                    return self._body_heard_since(named, ref) or named
                here = self._org_earlier_in_sentence(ref.start)
                last = max((m.end for m in self.index.mentions if m.entity_key == here and m.end <= ref.start), default=0)
                if here and not self._international(here) and ref.noun.words[-1] not in gazetteer_mod.word_lists(
                        "state_body_collective_nouns.txt").get(self.lang, frozenset()) \
                        and not any(ch in "«»“”„\"" for ch in self._doc_text[last + 1:ref.start]):
                    # "глава «X» вылетит в Y, сообщили в госкорпорации": the firm the sentence names (not one named
                    # inside a quote before it: "«… рятувальники ДСНС …», – наголосили в компанії")
                    return here
                same = self._same_noun_before(ref)
                if same:
                    return same  # "Russia's embassy rejected …" … "the embassy said"
            prev = self.index.get(previous_speaker)
            if ref.noun is not None and ref.noun.cls == "official" and prev is not None \
                    and prev.type == "ORG" and not self._is_outlet_key(prev.key) \
                    and self.sentence_of(ref.start) - 1 <= max((self.sentence_of(m.start) for m in
                                                               self.index.mentions if m.entity_key == prev.key
                                                               and m.start < ref.start), default=-9):
                return prev.key  # "У посольстві заявили … . Водночас дипломати спростували": the body just heard
            if ref.noun is not None and ref.noun.cls == "official" and ref.noun.number == "plur":
                # "сообщили официальные лица", "officials said": the state the article is about
                state = self.salient_country(ref.start)
                if state:
                    return state
            prev = self.index.get(previous_speaker)
            if ref.noun is not None and ref.noun.cls == "org" and prev is not None and prev.type in ("ORG", "LOC") \
                    and not self._is_outlet_key(prev.key):
                return prev.key  # "В консульстве … назвали … . Дипмиссия уточнила": the body that just spoke
            # never an outlet or a medium: they report, they are not the group spoken of; nor a platform posted on
            return self._recent(ref.start, lambda k, e: e.type == "ORG" and not self._is_outlet_key(k)
                                and (e.labels.get("en") or e.name).lower() not in self._platform_names, None)
        if ref.kind == "OUTLET" and not ref.mass_media and not ref.key and ref.w_end > ref.w_start:
            # "в агентстві заявили" in an article about "Державне агентство лісів …" (not a news agency): that body
            named = self._org_named_like(self.words[ref.w_end - 1].lemma or self.words[ref.w_end - 1].lower, ref.start,
                                         of_persons=False)  # (an outlet noun is no body of the person named)
            if named and not self._is_outlet_key(named):
                return named
        if ref.kind == "SOURCE" and ref.w_end < len(self.words):
            m = self._mention_covering(self.words[ref.w_end])
            person = self.index.get(m.entity_key) if m is not None and m.start == self.words[ref.w_end].start else None
            if person is not None and person.type == "PER":
                # "співрозмовник Сибіги повідомив": whom he talked with, who spoke last (not he, nor an outlet)
                return previous_speaker if previous_speaker not in (None, person.key) else None
        if ref.kind == "SOURCE" and ref.w_start > 0 and ref.noun is not None and ref.noun.number == "sing" \
                and self.words[ref.w_start - 1].lower in self.lex.object_pronouns:
            # "X мав розмову з колегою з Y. Його співрозмовник зазначив": the other side of the talk, the
            # last person, state or body named before other than the one the possessive points to
            owner = self._recent(ref.start, lambda k, e: e.type == "PER", None)
            other = self._recent(ref.start, lambda k, e: k != owner and not self._is_outlet_key(k) and (
                e.type in ("PER", "ORG") or self._is_state(k)), None)
            if other is not None:
                return other
        if ref.kind in ("OUTLET", "SOURCE"):
            if ref.mass_media:
                return ref.key  # the press at large is nobody in particular
            return self.last_outlet(ref.start)
        noun = ref.noun
        if noun is None:
            return None
        if noun.kind == "PRON" and noun.cls == "org":  # "там заявили": an organisation, not an outlet
            here = self._place_before_in_sentence(ref)
            if here is not None:
                return here  # "В Ханое решение восприняли спокойно: там отметили": that place
            return self._recent(ref.start, lambda k, e: e.type == "ORG" and not self._is_outlet_key(k), None)
        if noun.kind == "PRON" and noun.number == "plur":
            return self._recent(ref.start, lambda k, e: e.type in ("ORG", "LOC"), previous_speaker)
        gender = noun.gender if noun.kind == "PRON" or (noun.kind == "ROLE" and noun.gender == "femn") else None
        # ("прем'єрка написала": a feminine title is a woman's)
        if noun.kind == "ROLE" and noun.gender == "any" and self.verb_gender == "femn":
            gender = "femn"  # "— подчеркнула дипломат": the verb tells whom the common-gender noun means (a masculine
            # verb tells less: it goes with either, and a foreign name's guessed gender may be wrong)
        org_states = {m.entity_key for m in self.index.mentions_in(ref.start, ref.end)
                      if m.entity_key and getattr(self.index.get(m.entity_key), "type", None) == "LOC"}
        org_states |= {e.country_key for m in self.index.mentions_in(ref.start, ref.end)
                       if (e := self.index.get(m.entity_key)) is not None and e.type == "ORG" and e.country_key}

        heads_government = noun.kind == "ROLE" and self._government_head(ref)
        # ("Гвінейський лідер", "очільник чеського уряду": a state's adjective; not "министр … Монголии")
        nearest = self._person_just_named(ref) if noun.kind == "ROLE" and ref.country and (
            ref.adj_country or heads_government or (ref.gen_key == ref.country and self._is_state(ref.country))) else None
        # ("Глава Буркина-Фасо" after "его принял лидер … X": X)
        # "«…», – звернувся до переможця український президент через Telegram" with Zelensky named only later: the head of that state
        # the gazetteer knows among the article's persons, not a foreign president named just before
        known_head = self._known_head_of(ref.country) if noun.kind == "ROLE" and noun.cls in HEAD_CLASSES \
            and ref.country and not heads_government else None
        if known_head is not None and (self.person.get(known_head) or _PersonInfo()).roles and not _same_title(
                "".join(noun.words), (self.person.get(known_head) or _PersonInfo()).roles):
            known_head = None  # ("словацький президент": not the premier the gazetteer also knows as a head)
        if known_head is not None and nearest not in (None, known_head):
            nearest = None
        # "мав розмову з прем'єр-міністеркою X. Голова естонського уряду пообіцяла": the head of government just named
        # by that title, not the subject of the sentence before
        near_info = self.person.get(nearest) or _PersonInfo() if nearest is not None else _PersonInfo()
        head_named = nearest if heads_government and nearest is not None and any(
            _same_title(t.replace(" ", ""), near_info.roles) for t in _GOVERNMENT_HEADS.get(self.lang, ())) and (
            ref.country in near_info.countries or not any(self._is_state(c) for c in near_info.countries)) else None
        # (not "Російський прем'єр X прилетів … . Чорногорський прем'єр сказав": a premier of another state)

        org_holders = {k for k, info in self.person.items() if ref.country and ref.country in info.orgs and any(
            m.entity_key == k and m.start < ref.start for m in self.index.mentions)} \
            if getattr(self.index.get(ref.country), "type", None) == "ORG" else set()

        def ok(key: str, ent: Entity) -> bool:
            if ent.type != "PER":
                return False
            if head_named is not None:
                return key == head_named
            if known_head is not None and key != known_head and ref.country not in (
                    self.person.get(key) or _PersonInfo()).countries:
                return False  # (the head of that state is another, whom the gazetteer knows)
            info = self.person.get(key) or _PersonInfo()
            if gender and gender != "any" and info.gender and info.gender != gender:
                return False
            if noun.kind == "ROLE" and not gender and self.verb_gender == "masc" and info.gender == "femn" \
                    and info.gender_sure:
                return False  # "спикер отметил": not the woman named before (her first name or title tells)
            c = self.index.get(ref.country) if ref.country else None
            body = self.index.get(key)
            if c is not None and body is not None and body.type == "ORG" and key != c.key and (
                    (c.type == "ORG" and not self._written_alike(key, c.key))
                    or (c.type == "LOC" and body.country_key not in (None, c.key))):
                return False  # "представитель Кремля": not the unnamed head of another body who spoke before
            if c is not None and c.type == "ORG":
                if key not in org_holders and org_holders:
                    return False  # "примет главу Нацбанка": the person the article titled with that bank, not another
                # "глава МИД": a person of that organisation, or one whose title names no organisation
                # (but not a person of another state: "представитель МИД Турции" is no German minister)
                if info.orgs and ref.country not in info.orgs and not any(self._written_alike(o, ref.country)
                                                                          for o in info.orgs):
                    return False
                if not info.orgs and info.countries and ((not c.country_key and noun.cls == "spokesperson") or any(
                        institutions.is_party_noun(w, self.lang) for w in c.name.split())):
                    # "представитель ВОЗ", "лідер Ліберальної партії": not a state's official named before
                    return False
                if org_states and info.countries and not org_states & info.countries:
                    return False
                if not info.orgs and info.countries and not info.classes and not info.roles and not c.country_key \
                        and not c.wikidata:
                    return False  # "Председатель Президиума X" (a body the gazetteer lacks, of no known state):
                    # not a person the article gives no title at all
                if ref.country not in info.orgs and self._title_left_unnamed(noun.words, ref.country, ref.start):
                    return False  # "X и председатель правления компании Y подписали …": Y's head is not X
                if not info.orgs and self._only_a_head(info) and not any(
                        self._government_or_office(n) for n in (c.name or "", *c.labels.values())):
                    return False  # "глава МИД Киргизии", "лідер «X»": not the head of state named before

            elif ref.country and ref.country not in info.countries and not (
                    noun.kind == "ROLE" and (
                        (not info.countries and _same_title("".join(noun.words), info.roles))
                        or (key == nearest and not any(self._is_state(c) for c in info.countries)))):
                return False  # (a person of no known state given that very title may be "катарський міністр";
                # so may the person named just before: "Його прийняв президент X. Гвінейський лідер заявив …")
            if noun.kind == "ROLE" and noun.cls in HEAD_CLASSES and info.classes and not _fits_head(noun.cls, info.classes):
                return False
            if heads_government and info.roles and not any(
                    _same_title(t.replace(" ", ""), info.roles) for t in _GOVERNMENT_HEADS.get(self.lang, ())):
                return False  # "очільник словенського уряду": the prime minister, not the president named before
            title = "".join(noun.words)
            if noun.kind == "ROLE" and noun.cls == "official" and info.classes and info.classes <= HEAD_CLASSES \
                    and title not in _STATE_LEADER_NOUNS.get(self.lang, ()) and not _same_title(title, info.roles) \
                    and not (title in _GOVERNMENT_MEMBERS.get(self.lang, ()) and any(
                        _same_title(t.replace(" ", ""), info.roles) for t in _GOVERNMENT_HEADS.get(self.lang, ()))):
                return False  # "министр энергетики Белоруссии": not the president of Belarus named before (but
                # "хорватський урядовець" may be the Croatian premier)
            held = info.roles | {r.title_norm for r in getattr(self.index, "roles", None) or [] if r.person_key == key}
            serving = _SUBORDINATE_TITLES.get(self.lang, frozenset())
            if noun.kind == "ROLE" and held and held <= serving and title not in serving \
                    and title not in _ANY_RANK_TITLES.get(self.lang, frozenset()):
                return False  # "российский министр": not his deputy named just before ("заместитель министра X")
            if noun.kind == "ROLE" and _envoy(title, self.lang) and title not in info.roles:
                return False  # "посол Эстонии заявил": the ambassador named before, not the foreign minister
            return True

        if noun.kind == "PRON" and noun.number != "plur" and gender in ("masc", "femn") and (not ref.nominative or (
                ref.w_start > 0 and self.words[ref.w_start - 1].lower in _SOURCE_PREPS)):
            body = self._body_subject_before(ref.start, gender)
            if body is not None:
                return body  # "Підсумки оголосила виборча комісія. За її даними …": the commission's
        key = self._recent(ref.start, ok, previous_speaker, oblique=noun.kind == "PRON" and not ref.nominative)
        if key is None and known_head is not None:
            return known_head
        if key is None and noun.kind == "ROLE" and ref.country and previous_speaker \
                and ref.country in (self.person.get(previous_speaker) or _PersonInfo()).countries:
            return previous_speaker  # "X заявил … . Нигерский лидер также подчеркнул": X, whatever his exact title
        if key is None and noun.kind == "ROLE" and ref.country and previous_speaker and self._of_no_known_state(previous_speaker) \
                and ref.w_end < len(self.words) and self.words[ref.w_end].lower in _ALSO:
            return previous_speaker  # "— сказал X. Этот российский дипломат также отверг": X, of no state the text named
        prev = self.index.get(previous_speaker) if previous_speaker else None
        if key is None and gender and gender != "any" and noun.kind == "PRON" and prev is not None \
                and prev.type == "ORG" and not self._is_outlet_key(prev.key):
            return prev.key  # "Председатель парламента X отметил … . По его словам": the unnamed head's body
        if key is None and gender and gender != "any":
            # no person of that gender nearby: the gender guessed from a foreign name may be wrong
            key = self._recent(ref.start, lambda k, e: e.type == "PER", previous_speaker)
        if key is None and noun.kind == "ROLE" and ref.gen_key:
            body = self.index.get(ref.gen_key)
            ref.stood_in = body is not None and (body.type == "LOC" or (body.type == "ORG" and not body.is_outlet)) \
                and not self._name_follows(ref.w_end, len(self._doc_text))  # (for a pronoun after him)
            return ref.gen_key  # an unnamed official of a named organisation/state speaks for it
        if key is None and heads_government and ref.country and not self._name_follows(ref.w_end, len(self._doc_text)):
            gov = self._government_named(ref.country)
            if gov is not None:  # "Глава киргизского правительства" unnamed, the government named: it speaks
                ref.stood_in = True
                return gov
        if key is None and noun.kind == "ROLE" and ref.country and \
                getattr(self.index.get(ref.country), "type", None) == "LOC" and not self._name_follows(ref.w_end, len(self._doc_text)):
            ref.stood_in = True
            return ref.country  # "узбекский министр", "глава в'єтнамської дипломатії", no such person named: the state
        if noun.kind == "PRON" and noun.number != "plur" and key is not None:
            stand_in = self._stand_in_before(ref.start, key, gender)
            if stand_in:
                return stand_in
        return key

    def _body_named_by_outlet_noun_after(self, ref: SpeakerRef) -> Optional[str]:
        """"Представник агентства": an outlet noun in the genitive after the title, where the article named a body
        (no outlet) with that noun ("Міжнародне агентство з експортних кредитів"): the person titled with
        that body, else the body itself."""
        if ref.w_end >= len(self.words) or not self.words[ref.w_end].text.islower() \
                or not self._after_outlet_noun(ref.w_end + 1) or "gent" not in self._cases_of(ref.w_end):
            return None
        w = self.words[ref.w_end]
        named = self._org_named_like(w.lemma or w.lower, ref.start, of_persons=False)
        if named is None or self._is_outlet_key(named):
            return None
        person = self._recent(ref.start, lambda k, e: e.type == "PER" and named in (
            self.person.get(k) or _PersonInfo()).orgs, None)
        return person or named

    def _regional_official_before(self, ref: SpeakerRef) -> Optional[str]:
        """A title followed by a genitive noun standing for a region ("глава региона", "голова області"): the
        person named before whose title named a region (data/gazetteer/region_anaphor_nouns.txt)."""
        if ref.w_end >= len(self.words):
            return None
        w = self.words[ref.w_end]
        nouns = gazetteer_mod.word_lists("region_anaphor_nouns.txt").get(self.lang, frozenset())
        if not w.text.islower() or (w.lemma or w.lower) not in nouns or "gent" not in self._cases_of(ref.w_end) \
                or self._mention_covering(w) is not None:
            return None
        return self._recent(ref.start, lambda k, e: e.type == "PER" and any(
            (place := self.index.get(c)) is not None and place.type == "LOC" and self._region(place)
            for c in (self.person.get(k) or _PersonInfo()).countries), None)

    def _of_no_known_state(self, key: str) -> bool:
        """A person the text gave no state or body."""
        info = self.person.get(key) or _PersonInfo()
        return getattr(self.index.get(key), "type", None) == "PER" and not info.countries and not info.orgs

    def _of_the_state(self, k: int) -> bool:
        """Word k (after lower-case adjectives) is a state noun ("карибської держави", "страны") in the genitive."""
        while k < len(self.words) and self.words[k].text.islower() and all(
                "ADJF" in t for t in sl.tags(self.lang, self.words[k].lower) or [{"?"}]):
            k += 1
        return k < len(self.words) and self.words[k].lemma in self._state_words - self._government_words and any(
            "gent" in t for t in sl.tags(self.lang, self.words[k].lower))

    def _title_holder_after(self, ref: SpeakerRef) -> Optional[str]:
        """An office ("пресс-служба", "апарат") of a bare title in the genitive right after it, no name after that
        title: the person the article gave that title to, the last one named."""
        if ref.noun is None or ref.noun.cls != "org" or ref.w_end >= len(self.words) or ref.gen_key:
            return None
        noun, n = self._noun_at(ref.w_end)
        if noun is None or noun.kind != "ROLE" or self._name_follows(ref.w_end + n - 1, len(self._doc_text)):
            return None
        title = "".join(noun.words)
        return self._recent(ref.start, lambda k, e: e.type == "PER" and _same_title(
            title, (self.person.get(k) or _PersonInfo()).roles), None)

    def _known_head_of(self, state: str) -> Optional[str]:
        """The one person of the article the gazetteer knows as a head of that state."""
        gaz = gazetteer_mod.load()
        alpha2 = getattr(gaz.entries.get(state), "alpha2", None)
        if not alpha2:
            return None
        heads = [k for k, e in self.index.entities.items() if e.type == "PER" and (entry := gaz.entries.get(k)) is not None
                 and entry.head and entry.country == alpha2]
        return heads[0] if len(heads) == 1 else None

    def _place_before_in_sentence(self, ref: SpeakerRef) -> Optional[str]:
        """The place or body named after a locative preposition earlier in the sentence of "там" ("У Пекіні … : там
        заявили"), the last one; for a sentence opening with "Там", the place that opens the sentence before ("У
        Гданську новину сприйняли тихо. Там додали, …")."""
        here = self.sentence_of(ref.start) if self.sentences else 0
        lo = self.word_index(self.sentences[here][0]) if self.sentences else 0
        gaz = gazetteer_mod.load()
        found = None
        for r in self._read_refs(lo, ref.w_start):
            key = self._located_key(r, gaz)
            if key is not None and r.w_start == lo + 1:
                found = key  # "У Мінську на переговори в Берліні зреагували: там …": the place opening the sentence
                break
            found = key or found
        if found is None:
            opening = next(iter(self._read_refs(lo, ref.w_start)), None)
            if opening is not None and opening.kind == "METONYM" and opening.w_start == lo and opening.key:
                found = opening.key  # "Оттава готова приєднатися: там заявили": the capital opening it, for its state
        if found is None and ref.w_start == lo and here > 0:
            prev = self.word_index(self.sentences[here - 1][0])
            first = next(iter(self._read_refs(prev, lo)), None)
            if first is not None and first.w_start == prev + 1:
                found = self._located_key(first, gaz)
        return found

    def _located_key(self, r: SpeakerRef, gaz) -> Optional[str]:
        """The entity a reference after "в/у" names, a capital standing for its state ("У Ханої …: там наголосили")."""
        if r.kind not in ("METONYM", "ENT") or not r.key or (r.kind == "ENT" and r.etype not in ("LOC", "ORG")) \
                or r.w_start == 0 \
                or self.words[r.w_start - 1].lower not in ("в", "у", "во") or self._is_outlet_key(r.key):
            return None
        entry = gaz.place_entry(r.key) if r.kind == "ENT" and r.etype == "LOC" else None
        state = gaz.state_of(entry) if entry is not None and entry.capital_of else None
        found = state.key if state is not None and state.key in self.index.entities else r.key
        if r.kind == "METONYM" and not any(m.entity_key == found and m.label in ("PER", "ORG", "LOC")
                                           for m in self.index.mentions):
            # "У Мінську … . Там додали": the state the article never names is no speaker; the place itself is
            m = next((m for m in self.index.mentions if m.start == r.start and m.entity_key
                      and m.label in ("LOC", "ORG")), None)
            found = m.entity_key if m is not None else found
        return found if found in self.index.entities else None

    def _unnamed_holder_before(self, ref: SpeakerRef) -> Optional[str]:
        """"беседовала со спикером парламента Самоа. … спикер подчеркнул": the bare title was given
        before, to nobody by name, with a body after it; that body speaks (unless a person got the title since).
        With a nationality adjective ("самоанский спикер") the body must be that state's."""
        self._all_role_refs()
        here = self.sentence_of(ref.start)
        for r in reversed(self._role_refs):
            if r.start >= ref.start or here - self.sentence_of(r.start) > _UNNAMED_HOLDER_REACH:
                continue
            if r.noun.words != ref.noun.words or not r.gen_key or self._name_follows(r.w_end, len(self._doc_text)):
                continue
            ent = self.index.get(r.gen_key)
            if ent is None or self._is_outlet_key(ent.key) or not (
                    ent.type == "ORG" or (ent.type == "LOC" and (self._is_state(ent.key) or ref.noun.cls == "official"))):
                continue  # ("державним секретарем у закордонних справах X": the state X; "аким Костанайской области": the region)
            if ref.country and (ent.key if ent.type == "LOC" else ent.country_key) != ref.country:
                continue  # "замбийский спикер": only the chamber of Zambia
            title = "".join(ref.noun.words)
            if ent.type == "LOC" and any(
                    m.entity_key and r.end <= m.start < ref.start and (
                        ent.key in (self.person.get(m.entity_key) or _PersonInfo()).countries
                        or _same_title(title, (self.person.get(m.entity_key) or _PersonInfo()).roles))
                    for m in self.index.mentions if m.label == "PER"):
                return None  # a person of that state, or with that title, named since may hold it
            return ent.key
        return None

    def _all_role_refs(self) -> list[SpeakerRef]:
        """Every role noun's ref in the text, read once (undoing what reading adds to the index: the countries of
        nationality adjectives looked up, the mentions of the words read)."""
        if self._role_refs is None:
            self._role_refs = [r for r in self._read_refs(0, len(self.words)) if r.kind == "ROLE" and r.noun is not None]
        return self._role_refs

    def _read_refs(self, lo: int, hi: int) -> list[SpeakerRef]:
        """The refs of words [lo, hi), read without a trace: what reading adds to the index (the countries of
        nationality adjectives looked up, the mentions of the words read) is taken out again."""
        known, before = set(self.index.entities), list(self.index.mentions)
        refs = self.refs(lo, hi)
        for k in set(self.index.entities) - known:
            del self.index.entities[k]
        self.index.mentions[:] = before
        return refs

    def _international(self, key: str) -> bool:
        return gazetteer_mod.load().international_body(self.index.get(key))

    def _is_state(self, key: str) -> bool:
        return gazetteer_mod.load().state_entity(self.index.get(key))

    def _government_head(self, ref: SpeakerRef) -> bool:
        """Does the role noun name a head of government ("прем'єр", "очільник чеського уряду")?"""
        heads = _GOVERNMENT_HEADS.get(self.lang, ())
        title = " ".join(ref.noun.words)
        words = ref.text.lower().split()
        return title in heads or bool(ref.gen_noun and f"{title} {ref.gen_noun}" in heads) or (
            len(words) > 1 and f"{words[0]} {words[-1]}" in heads)  # ("очільник словенського уряду")

    def _person_just_named(self, ref: SpeakerRef) -> Optional[str]:
        """The person named last before a role noun with a title of his own, in its sentence or the one before,
        outside quotes."""
        s_here = self.sentence_of(ref.start)
        lo = self.sentences[max(0, s_here - 1)][0]
        last = None
        for m in self.index.mentions:
            if m.start >= ref.start:
                break
            if m.start < lo or not m.entity_key or m.label in ("PRON", "ROLE"):
                continue
            if any(o < m.start < c for o, c in self.quotes):
                continue
            ent = self.index.get(m.entity_key)
            if ent is None or ent.type != "PER":
                continue
            if "\n" in self._doc_text[m.end:ref.start]:
                last = None  # (a new paragraph: not "just named")
                continue
            if (self.person.get(ent.key) or _PersonInfo()).roles or self._speaks_next(m):
                last = ent.key  # one the text gives a title, or who speaks ("X назвал …"), not a name in passing
                # ("родственников X") nor a visitor told only arriving
        return last

    def _speaks_next(self, m: Mention) -> bool:
        """The name is the subject of a speech verb a few words after it ("X, как пишет Y, назвал …")."""
        if self._speech_verbs is None:
            self._speech_verbs = {p.words[0] for p in self.lex.by_frame("clause", "speech-act") if len(p.words) == 1}
        j = self.word_index(m.end - 1)
        return any(self.words[k].lemma in self._speech_verbs for k in range(j, min(j + 7, len(self.words))))

    def _head_who_spoke_last(self, ref: SpeakerRef, previous_speaker: Optional[str]) -> bool:
        """"X наголосив, що … «…», – сказав президент": a head-of-state noun after the words of a head of state who
        spoke last and is the person nearest before it is that speaker, though the article gave the title to another
        ("Чинний президент Y" further up)."""
        info = self.person.get(previous_speaker) if previous_speaker else None
        if info is None or ref.noun.cls not in HEAD_CLASSES or not _fits_head(ref.noun.cls, info.classes) \
                or (ref.country and ref.country not in info.countries):
            return False
        return self._recent(ref.start, lambda k, e: e.type == "PER", None) == previous_speaker

    def _body_subject_before(self, offset: int, gender: str) -> Optional[str]:
        """The organisation that is the subject of the nearest sentence before ``offset`` naming anyone, no
        person standing as a subject there, whose head noun has the pronoun's gender ("Комісія" for "її";
        "Міністерство", "комитет" for "його"/"его")."""
        s_here = self.sentence_of(offset)
        for k in range(s_here, max(-1, s_here - 3), -1):
            s, e = self.sentences[k]
            e = min(e, offset)
            noms = []
            for m in self.index.mentions:
                if m.start >= e:
                    break
                if m.start < s or not m.entity_key or any(o < m.start < c for o, c in self.quotes):
                    continue
                i = self.word_index(m.start)
                j = max(i, self.word_index(m.end) - 1)
                if m.label in ("ROLE", "PRON"):
                    return None  # "сказав представник відомства": a person speaks for the body
                if self._nominative(i, min(j, len(self.words) - 1)) and not self._in_relative_clause(i):
                    noms.append((m.start, m.entity_key, i, min(j, len(self.words) - 1)))
            if not noms and not any(s <= m.start < e and m.entity_key for m in self.index.mentions):
                continue
            if not noms or any(getattr(self.index.get(key), "type", None) == "PER" for _s, key, _i, _j in noms):
                return None
            _start, key, i, j = min(noms)
            ent = self.index.get(key)
            if ent is None or ent.type != "ORG" or self._is_outlet_key(key):
                return None
            head = next((t for n in range(i, j + 1) if (t := [t for t in sl.tags(self.lang, self.words[n].lower)
                                                             if "NOUN" in t])), [])  # its first noun
            genders = {g for t in head for g in ("masc", "femn", "neut") if g in t}
            fits = {"femn"} if gender == "femn" else {"masc", "neut"}
            return key if genders and genders <= fits else None
        return None

    def _stand_in_before(self, offset: int, key: str, gender: Optional[str]) -> Optional[str]:
        """"Мьянманский министр … подчеркнул … . Он также сообщил": a singular pronoun after an unnamed official
        who spoke for his state (no person of his named) means him, when he came after the person found."""
        s_here = self.sentence_of(offset)
        last = max((m.start for m in self.index.mentions if m.entity_key == key and m.start < offset), default=-1)
        for start, body, g in reversed(self._stand_ins):
            if start >= offset or start <= last:
                continue
            if self.sentence_of(start) < s_here - 1 and not self._quote_opened_after(start, offset):
                return None
            if gender in (None, "any") or g in ("any", gender):
                return body
            return None
        return None

    def _quote_opened_after(self, start: int, offset: int) -> bool:
        """The quote a speaker reference at ``offset`` attributes opened in the sentence of ``start`` or the next
        one ("Мер сказав … . «Перше речення. Друге, – додав він"): the sentences of the quote are no distance."""
        opened = max(self._doc_text.rfind(q, start, offset) for q in "«“„")
        return opened > start and self.sentence_of(opened) <= self.sentence_of(start) + 1

    def _recent(self, offset: int, ok, previous_speaker: Optional[str], oblique: bool = False) -> Optional[str]:
        """Most recent salient compatible entity before ``offset``: walk back sentence by sentence,
        preferring subjects (nominative mentions) within a sentence, then the nearest. Names inside quoted
        speech are not antecedents; an ``oblique`` pronoun (``по его словам``) is not the subject of its own
        sentence (that would be the reflexive ``своим``)."""
        s_here = self.sentence_of(offset)
        first_oblique = None
        for k in range(s_here, max(-1, s_here - 8), -1):
            if first_oblique is not None and k < s_here - 3:
                break
            s, e = self.sentences[k]
            e = min(e, offset)
            cands = []
            for m in self.index.mentions:
                if m.start >= e:
                    break
                if m.start < s or not m.entity_key:
                    continue
                if any(o < m.start < c and (c - o - 1) > (m.end - m.start) + 4 for o, c in self.quotes):
                    continue  # a name inside quoted speech (a quoted name «Грузинська мрія» is the name itself)
                ent = self.index.get(m.entity_key)
                if ent is None or ent.key in self.addressed or not ok(ent.key, ent):
                    continue
                i = self.word_index(m.start)
                j = max(i, self.word_index(m.end) - 1)
                if m.label not in ("PRON", "ROLE") and i < j and self._title_not_name(i, ent.type):
                    continue  # the NER took a title for a name ("Речниця Білого дому")
                nom = m.label in ("PRON", "ROLE") or (self._nominative(i, min(j, len(self.words) - 1)) and not (
                    ent.type == "PER" and self._oblique_name_form(min(j, len(self.words) - 1), ent)))
                if not nom and i > 0 and self.words[i - 1].lower in _WORDS_OF:
                    nom = True  # "По словам X": X says it, as a subject would
                if nom and m.label not in ("PRON", "ROLE") and self._in_relative_clause(i):
                    nom = False  # "поблагодарил за врачей, которых Минздрав направил": the relative clause's subject
                if oblique and k == s_here and nom:
                    continue
                cands.append((nom, m.start, ent.key))
            cands += self._unnamed_officials(s, e, ok)
            if cands:
                noms = [c for c in cands if c[0]]
                if previous_speaker and any(c[2] == previous_speaker for c in cands) and (
                        not noms or any(c[2] == previous_speaker for c in noms)):
                    return previous_speaker  # who spoke last stays the topic (unless another is the subject
                    # and the speaker only its object: "Згодом X-а прийняв Y. Він …": Y)
                if first_oblique is not None:
                    return first_oblique
                if noms:
                    return min(noms, key=lambda c: c[1])[2]  # the subject (first nominative) is the most salient
                first_oblique = max(cands, key=lambda c: c[1])[2]
                if not previous_speaker or k != s_here - 1 and k != s_here:
                    return first_oblique
                # only a name in an oblique case nearby ("писав блог Шевченка"): the last speaker, if he
                # spoke a sentence or two before, stays the topic
        return first_oblique

    def _in_relative_clause(self, i: int) -> bool:
        """Word i stands inside a relative clause opened after a comma a few words before it ("…, которых X …",
        "…, з якими X …")."""
        for k in range(i - 1, max(-1, i - 6), -1):
            w = self.words[k]
            if w.text == ",":
                nxt = k + 1
                if nxt < i and sl.is_prep(self.lang, self.words[nxt].lower):
                    nxt += 1
                return nxt < i and bool({p.normal_form for p in sl.parses(self.lang, self.words[nxt].lower)}
                                        & self._relative_lemmas)
            if w.is_punct:
                return False
        return False

    def _is_adjective(self, w: Word) -> bool:
        if self.lang in ("uk", "ru"):
            ts = sl.tags(self.lang, w.lower)
            return bool(ts) and all("ADJF" in t for t in ts)
        return w.text[:1].islower() and w.text.isalpha() and w.lower not in ("the", "a", "an")

    def _same_noun_before(self, ref: SpeakerRef) -> Optional[str]:
        """The entity an earlier resolved mention with the same head noun stood for (most recent first)."""
        head = ref.noun.words[-1] if ref.noun is not None else ""
        if not head:
            return None
        for m in reversed(self.index.mentions):
            if m.start >= ref.start or m.label not in ("ROLE", "METONYM") or not m.entity_key:
                continue
            k = self.word_index(m.start)
            while k < len(self.words) and self.words[k].start < m.end:
                if self.words[k].lemma == head or self.words[k].lower == head:
                    return m.entity_key
                k += 1
        return None

    def _after_channel_noun(self, i: int) -> bool:
        """Right after a platform's or channel's noun ("на сайте ведомства", "у каналі відомства")."""
        return i > 0 and self.channel_word(self.words[i - 1])

    def channel_word(self, p: Word) -> bool:
        """A platform's or channel's noun ("блог", "канале" of "Telegram-канале")."""
        return (p.lower,) in self._platform_nouns or (p.lemma,) in self._platform_nouns or p.lemma in _CHANNELS

    def _org_earlier_in_sentence(self, offset: int) -> Optional[str]:
        """The last organisation (no outlet or platform) named earlier in the sentence of ``offset``."""
        s, _e = self.sentences[self.sentence_of(offset)]
        found = None
        for m in self.index.mentions:
            if m.start >= offset:
                break
            ent = self.index.get(m.entity_key) if m.entity_key else None
            if m.start >= s and ent is not None and ent.type == "ORG" and not self._is_outlet_key(ent.key) \
                    and not self._after_medium_noun(self.word_index(m.start)) \
                    and not self._doc_text[m.end:m.end + 1] in "-‐‑":  # ("Telegram-каналі": a platform)
                found = ent.key
        return found

    def _is_outlet_key(self, key: str) -> bool:
        ent = self.index.get(key)
        if ent is None:
            return False
        if ent.is_outlet:
            return True
        return any(m.entity_key == key and self._after_outlet_noun(self.word_index(m.start)) for m in ent.mentions)

    def _title_not_name(self, i: int, etype: str = "PER") -> bool:
        """A name opening with a role noun ("Речниця Білого дому"); an organisation may open with its own
        kind of body ("Министерство финансов Чили")."""
        noun, _ = self._noun_at(i)
        return noun is not None and noun.kind in (("ROLE", "COLLECTIVE") if etype == "PER" else ("ROLE",))

    def _region(self, ent) -> bool:
        return institutions.is_region(ent, self.lang)

    def _government_of_the_persons(self, offset: int, before_the_sentence: bool = False) -> Optional[str]:
        """The government of the state of the first person the sentence names before ``offset`` with one state ("X
        полетит в Бишкек и там с Y откроет …": X's); with ``before_the_sentence``, or when the sentence names none
        ("…, додали в уряді", "Як пояснили в уряді, X …": the persons of the sentence are what was said), the
        government the article named before, else the one of the first person the article names with one state whose
        government the gazetteer knows, else of the state the text is about: the gazetteer's body, added to the
        article."""
        s_start = self.sentences[self.sentence_of(offset)][0] if self.sentences else 0
        def states_named(lo: int, hi: int) -> list[str]:
            return [next(iter(info.countries)) for m in sorted(self.index.mentions, key=lambda m: m.start)
                    if lo <= m.start < hi and (info := self.person.get(m.entity_key or "")) is not None
                    and len(info.countries) == 1]
        here = [] if before_the_sentence else states_named(s_start, offset)
        if here:
            return self._government_body(here[0])
        # ("повідомили в Кабміні … . …, уточнили в уряді": the one named before)
        body = next((m.entity_key for m in sorted(self.index.mentions, key=lambda m: -m.start)
                     if m.start < offset and (m.entity_key or "").startswith("org:gov-")), None) or next(
            (b for state in states_named(0, s_start) if (b := self._government_body(state))), None)
        return body or self._government_body(self.salient_country(offset))

    def _government_body(self, state: Optional[str]) -> Optional[str]:
        """The gazetteer's government of a state, added to the article."""
        gaz = gazetteer_mod.load()
        entry = gaz.entries.get(state or "")
        a2 = getattr(entry, "alpha2", None)
        body = next((b for b in gaz.bodies_of.get(a2 or "", []) if b.key.startswith("org:gov-")), None)
        if body is None:
            return None
        if body.key not in self.index.entities:
            ent = self.index.peek(body.labels.get(self.lang) or body.labels.get("en", ""), self.lang, "ORG")
            if ent is None or ent.key != body.key:
                return None
            self.index.add_entity(ent)
        return body.key

    def _written_alike(self, a: str, b: str) -> bool:
        """Two organisation keys the article writes with one name ("Минприроды России" in two cases, keyed apart)."""
        ea, eb = self.index.get(a), self.index.get(b)
        if ea is None or eb is None:
            return False
        def forms(e: Entity) -> set[str]:
            return {m.text.lower() for m in e.mentions} | {(e.name or "").lower()}
        return bool(forms(ea) & forms(eb) - {""})

    def _title_left_unnamed(self, title: tuple, org: str, before: int) -> bool:
        """The same title was given earlier to nobody by name, with the organisation named right after it
        ("X и председатель правления компании «Y» подписали"): an unnamed holder of that office."""
        self._all_role_refs()
        for r in self._role_refs:
            if r.start >= before or r.noun.words != title or self._name_follows(r.w_end, len(self._doc_text)):
                continue
            sent_end = self.sentences[self.sentence_of(r.start)][1] if self.sentences else len(self._doc_text)
            if any(r.end <= m.start < sent_end and getattr(self.index.get(m.entity_key), "type", None) == "PER"
                   for m in self.index.mentions):
                continue  # "глава фонда «X», спецпредставитель президента Y": named further on
            if any(m.entity_key == org and r.start < m.start < min(sent_end, r.end + 120) for m in self.index.mentions):
                return True
        return False

    def _unnamed_officials(self, s: int, e: int, ok) -> list[tuple[bool, int, str]]:
        """Role nouns of an organisation with no name (``виступив представник Нацгвардії``): they stand
        for the organisation, and a later ``він`` can refer to them."""
        if ok is None:
            return []
        out = []
        lo, hi = self.word_index(s), self.word_index(e)
        for r in self._read_refs(lo, hi):  # (read without a trace: "в Парижі" adds no France to the article)
            if r.kind == "ROLE" and r.gen_key and r.nominative and r.noun is not None and r.noun.number == "sing":
                ent = self.index.get(r.gen_key)
                if ent is not None and ent.type == "ORG" and not any(
                        m.start >= r.end and _NAME_AFTER.fullmatch(self._doc_text[r.end:m.start])
                        and self.index.get(m.entity_key) is not None
                        and self.index.get(m.entity_key).type == "PER" for m in self.index.mentions) \
                        and not self._name_follows(r.w_end, len(self._doc_text), remit=True):
                    if ok(ent.key, _PersonProxy(ent)):
                        out.append((True, r.start, ent.key))
        return out

    def namesake(self, key: str, ref: SpeakerRef, gender: str, previous_speaker: Optional[str]) -> Optional[str]:
        """A bare surname whose linked person has the other gender than the verb (``розповідав Івченко`` linked
        to Христина Івченко): the person of the same surname and the verb's gender, the last speaker among
        them first, else the one mentioned last; None when the linked person agrees or none fits."""
        mine = (self.person.get(key) or _PersonInfo()).gender or (self.index.get(key).gender if self.index.get(key) else None)
        if mine is None or mine == gender:
            return None
        surname = ref.text.split()[-1].lower() if ref.text.split() else ""
        if len(surname) < 4:
            return None
        stem = surname[: max(4, len(surname) - 3)]
        found = []
        for k2, ent in self.index.entities.items():
            if k2 == key or ent.type != "PER":
                continue
            g2 = (self.person.get(k2) or _PersonInfo()).gender or ent.gender
            if g2 != gender:
                continue
            if not any(len(n.split()) >= 2 and n.split()[-1].lower().startswith(stem) for n in {ent.name, *ent.alt_labels}):
                continue
            last = max((m.start for m in ent.mentions if m.start < ref.start), default=-1)
            found.append((k2 == previous_speaker, last, k2))
        return max(found)[2] if found else None

    def note_gender(self, key: str, gender: str) -> None:
        """Gender seen in agreement with a verb (stronger than a guess from the name)."""
        self.person.setdefault(key, _PersonInfo()).gender = gender
        self.agreed_gender[key] = gender

    def salient_country(self, offset: int) -> Optional[str]:
        """The state the text is about so far: the country (LOC) mentioned most before ``offset``."""
        counts: dict[str, list[int]] = {}
        for rank, m in enumerate(self.index.before(offset, ("LOC",))):
            ent = self.index.get(m.entity_key)
            if ent is not None and (ent.wikidata or ent.country_key is None):
                counts.setdefault(ent.key, []).append(rank)
        if not counts:
            return None
        # a country in the title of a person (``Президент Венесуэлы X``) is a political actor, not just a place
        titled = {k: sum(1 for info in self.person.values() if k in info.countries) for k in counts}
        # a place inside a known state (a capital, a region) stands for that state only through it: states first
        states = {k for k in counts if self.index.get(k).country_key is None}
        return max(counts, key=lambda k: (k in states, len(counts[k]) + 3 * titled[k], -min(counts[k])))

    def last_outlet(self, offset: int) -> Optional[str]:
        for m in self.index.before(offset, ("ORG",)):
            ent = self.index.get(m.entity_key)
            if ent is not None and (ent.is_outlet or self._after_outlet_noun(self.word_index(m.start))):
                return ent.key
        return None

    def _name_follows(self, w: int, end: int, remit: bool = False) -> bool:
        """A person's name right after word ``w``, or after the title's complement in lower case and the
        places or bodies it names ("міністром закордонних справ Австрії Яном Новаком"); with ``remit``, after any
        lower-case words ("Спецпредставник ЄС з питань санкцій X": a remit's preposition too)."""
        for k in range(w, min(w + 6, len(self.words))):
            word = self.words[k]
            if word.start >= end:
                return False
            if all(ch in sl.QUOTE_CHARS for ch in word.text):
                continue  # the closing mark of a quoted body's name ("лидер движения «X» Иван Петров")
            m = self._mention_covering(word)
            if m is not None:
                typ = getattr(self.index.get(m.entity_key), "type", None)
                if typ == "PER":
                    return True
                if typ not in ("LOC", "ORG"):
                    return False
            elif not word.text.isalpha() or not word.text.islower() or (not remit and self.lang in ("uk", "ru") and not any(
                    "gent" in t for t in sl.tags(self.lang, word.lower))):
                return False  # the complement is in the genitive ("закордонних справ"); a verb ends the title
        return False

    def role_mentions(self) -> None:
        """Role nouns that name someone outside a speaker slot ("разговор с новым главой Кубы", "визит
        канцлера") become ROLE mentions of the person they name, so events see them. Stricter than
        speakers: the article must have given that person the same title (or, for a head-of-state
        noun with a state, a head's title of that state), and the state or organisation must match.
        A role right before the name it introduces ("главой Кубы Мигелем ...") is left to the name.
        Looking at the words adds no entity to the article."""
        known = set(self.index.entities)
        before = list(self.index.mentions)

        def persons_before(offset: int) -> set[str]:
            return {m.entity_key for m in before if m.start < offset and m.label == "PER" and m.entity_key
                    and getattr(self.index.get(m.entity_key), "type", None) == "PER"}
        found: list[tuple[SpeakerRef, str]] = []
        taken = [(m.start, m.end) for m in before if m.label in ("PER", "PRON", "ROLE")]
        for s, e in self.sentences:
            for ref in self.refs(self.word_index(s), self.word_index(e)):
                if ref.kind != "ROLE" or ref.noun is None or ref.noun.kind != "ROLE":
                    continue
                if any(a < ref.end and ref.start < b for a, b in taken):
                    continue
                if self._name_follows(ref.w_end, e):
                    continue  # apposition: the name follows ("міністром закордонних справ Яном Новаком")
                if ref.w_start > 0 and (prev := self._noun_at(ref.w_start - 1)[0]) is not None and prev.kind == "ROLE":
                    continue  # "радник прем'єра": the complement of another person's title, not a mention of him
                title, noun, where = "".join(ref.noun.words), ref.noun, ref.country

                # the persons of that state named before: "поездку чешского министра" is the one Czech
                # official the article named, whatever his exact title
                where_ent = self.index.get(where) if where else None
                state = where_ent.country_key if where_ent is not None and where_ent.type == "ORG" else where
                of_state = {k for k in persons_before(ref.start)
                            if state and state in (self.person.get(k) or _PersonInfo()).countries} if state else set()
                if noun.cls not in HEAD_CLASSES:  # "литовський дипломат": the state's one official who is not its head
                    of_state = {k for k in of_state if not (self.person.get(k) or _PersonInfo()).classes & HEAD_CLASSES}

                mates = {m.entity_key for m in before if s <= m.start < ref.start and m.label == "PER"} \
                    if noun.words[0] in _COLLEAGUE else set()

                def ok(k: str, ent: Entity, title=title, noun=noun, where=where, state=state, of_state=of_state,
                       mates=mates) -> bool:
                    info = self.person.get(k)
                    if ent.type != "PER" or info is None or roles_mod.other_offices(getattr(self.index, "roles", None) or [], mates, k):
                        return False
                    if where and where not in info.countries | info.orgs and not (
                            state and state in info.countries and of_state == {k}):
                        return False  # "глава МИД РФ": the one Russian official named before
                    gov_heads = _GOVERNMENT_HEADS.get(self.lang, frozenset())
                    if noun.cls in HEAD_CLASSES and info.roles and not _same_title(title, info.roles) and (
                            (" ".join(noun.words).replace(" - ", "-") in gov_heads)
                            != any(r.replace(" - ", "-") in gov_heads or _same_title(r, gov_heads) for r in info.roles)):
                        return False  # "премьер Непала" is not the president of Nepal named later
                    return _same_title(title, info.roles) or (noun.cls not in HEAD_CLASSES and len(noun.words) > 1 and bool(where)
                                                              and _same_title(noun.words[0], info.roles)) \
                        or bool(where and noun.cls in HEAD_CLASSES and _fits_head(noun.cls, info.classes)) or (
                        bool(where) and of_state == {k} and noun.cls not in HEAD_CLASSES and not info.classes & HEAD_CLASSES
                        and not _envoy(title, self.lang))

                key = self._recent(ref.start, ok, None)
                if key is None and self.sentence_of(ref.start) == 0:
                    # a headline or lead names the role before the name ("разговор с новым главой Чили"):
                    # the one person the article later gives that title
                    later = {m.entity_key for m in self.index.mentions if m.start >= ref.end and m.entity_key
                             and m.label == "PER" and (ent := self.index.get(m.entity_key)) is not None
                             and ok(m.entity_key, ent)}
                    key = later.pop() if len(later) == 1 else None
                if key is None and where and " ".join(noun.words).replace(" - ", "-") in _GOVERNMENT_HEADS.get(self.lang, ()):
                    key = self._government_named(where)  # "обсудил с премьер-министром Y проекты": its government
                if key is None and not where and not ref.gen_noun and len(noun.words) == 1 \
                        and self._subject_of_a_verb(ref, e):
                    # "Министр приедет в Тверь": a bare title as the subject of a verb is read as a speaker's is
                    # (the minister the article named before, "глава Минприроды X"), a person only
                    key = self.resolve(ref)
                    if key is not None and getattr(self.index.get(key), "type", None) != "PER":
                        key = None
                if key is not None:
                    found.append((ref, key))
                    taken.append((ref.start, ref.end))
        # undo what reading the words added (nationality adjectives looked up as countries, ...)
        for k in set(self.index.entities) - known:
            del self.index.entities[k]
        self.index.mentions[:] = before
        for ref, key in found:
            self.add_mention(ref, key)

    def _subject_of_a_verb(self, ref: SpeakerRef, end: int) -> bool:
        """The role noun is in the nominative and a finite verb follows within three words of its sentence (a
        modal or an adverb between: "міністр хоче особисто відвідати")."""
        if self.lang not in ("uk", "ru") or not self._nominative(ref.w_start, ref.w_end - 1) \
                or self._is_plural(self.words[ref.w_end - 1]):
            return False  # (not "Лидеры подписали": the two told of, other rules decide)
        for w in self.words[ref.w_end:ref.w_end + 3]:
            if w.start >= end or w.is_punct:
                return False
            if any("VERB" in t for t in sl.tags(self.lang, w.lower)):
                return True
        return False

    def _government_named(self, state: str) -> Optional[str]:
        """The government of the state, when the article names it ("правительства Y") and names no person of
        that state (who may be the one meant: "российского премьера" after "Михаил Мишустин")."""
        if any(state in (self.person.get(k) or _PersonInfo()).countries for k, e in self.index.entities.items()
               if e.type == "PER"):
            return None
        ent = self.index.get(state)
        alpha2 = getattr(gazetteer_mod.load().entries.get(state), "alpha2", None) if ent is not None else None
        gov = next((b.key for b in gazetteer_mod.load().bodies_of.get(alpha2 or "", ())
                    if b.key.startswith("org:gov-")), None)
        return gov if gov is not None and gov in self.index.entities else None

    def add_mention(self, ref: SpeakerRef, key: Optional[str]) -> None:
        """Record a resolved pronoun/role/metonym mention in the index (named mentions are there already)."""
        if key is None or key not in self.index.entities or (ref.kind == "ENT" and not ref.looked_up):
            return
        if any(m.start == ref.start and m.end == ref.end for m in self.index.mentions):
            return
        label = {"PRON": "PRON", "ROLE": "ROLE", "COLLECTIVE": "ROLE", "METONYM": "METONYM", "OUTLET": "ORG",
                 "SOURCE": "ORG", "ENT": ref.etype or "ORG"}.get(ref.kind, "ROLE")
        if ref.kind == "PRON" or (ref.noun is not None and ref.noun.kind == "PRON"):
            label = "PRON"
        k = self.sentence_of(ref.start)
        if ref.stood_in and ref.noun is not None:
            self._stand_ins.append((ref.start, key, ref.noun.gender))
        self.index.add_mention(Mention(ref.start, ref.end, ref.text, label, ref.text.lower(),
                                       sentence=self.sentences[k] if self.sentences else None), key)


_STATE_LEADER_NOUNS = gazetteer_mod.word_lists("state_leader_nouns.txt")
_SUBORDINATE_TITLES = gazetteer_mod.word_lists("subordinate_titles.txt")
_ANY_RANK_TITLES = gazetteer_mod.word_lists("any_rank_titles.txt")
_GOVERNMENT_HEADS = gazetteer_mod.word_lists("government_head_nouns.txt")
_GOVERNMENT_MEMBERS = gazetteer_mod.word_lists("government_member_nouns.txt")


@lru_cache(maxsize=None)
def _government_nouns(lang: str) -> frozenset[str]:
    """The head noun of a state's government in the gazetteer's state bodies ("Уряд {gen}", "Правительство {gen}")."""
    gaz = gazetteer_mod.load()
    return frozenset(label.split()[0].lower() for bodies in gaz.bodies_of.values() for b in bodies
                     if b.key.startswith("org:gov-") and (label := b.labels.get(lang, "")).split())

_CASE_VOWELS = set("аяо")  # the nominative endings of names that decline by replacing them
_WORDS_OF = {"словам", "словами", "words"}
_COLLEAGUE = {"коллега", "колега", "counterpart", "colleague"}  # a person of the same office as the one named with him
_OCCASION_NOUNS = gazetteer_mod.word_lists("occasion_nouns.txt")


_ALSO = frozenset({"також", "теж", "также", "тоже", "also"})


_GENERAL = re.compile(r"^генеральн(?:ий|ый) ?")


def _same_title(title: str, roles: set[str]) -> bool:
    """"премьер" is the title "премьер-министр" given before (a compound's first part names it too; so does its
    feminine: "прем'єрка" is the "прем'єр-міністерка")."""
    title = _GENERAL.sub("ген", title.replace("’", "'"))  # "гендиректор" is the "генеральний директор"
    roles = {_GENERAL.sub("ген", r.replace("’", "'")) for r in roles}
    short = title[:-2] if title.endswith("ка") and len(title) > 5 else None
    return title in roles or any(r.startswith(title + "-") or (short and r.startswith(short + "-") and r.endswith("ка"))
                                 for r in roles)

