"""Names: morphology-aware normalisation to the nominative, and transliteration for keys.

* ``normalize_person(words, lang)`` — first name + patronymic + surname put in the nominative
  together (they agree in case and gender); foreign/indeclinable words stay as written.
* ``normalize_phrase(words, lang)`` — organisations/places/multiword names: the head noun
  (and the adjectives before it) go to the nominative, the dependents stay
  (``Ради безпеки РФ`` -> ``Рада безпеки РФ``, ``Збройних сил України`` -> ``Збройні сили України``).
* ``translit(text)`` — a simplified romanisation shared by Ukrainian and Russian so that
  uk/ru spellings of one name give one string (``Ковальов``/``Ковалёв`` -> ``kovalov``,
  ``Олексій``/``Алексей``, ``Шмигаль``/``Шмыгаль``).
  Lossy on purpose (и/і/ы -> i, е/є/э/ё -> e, ю -> u, я -> a, doubled letters once); used for
  keys and fuzzy matching, never for display.
* ``lemma_candidates(word, lang)`` — the set of possible lemmas of a word (for gazetteer matching).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional, Sequence

import pymorphy3

_CYR = re.compile(r"[\u0400-\u04FF]")

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e",
    "э": "e", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ы": "i",
    "ю": "u", "я": "a", "'": "", "’": "", "ʼ": "", "`": "",
}

MORPH_LANGS = ("uk", "ru")


@lru_cache(maxsize=None)
def morph(lang: str) -> Optional[pymorphy3.MorphAnalyzer]:
    if lang not in MORPH_LANGS:
        return None
    return pymorphy3.MorphAnalyzer(lang=lang)


def is_cyrillic(text: str) -> bool:
    return bool(_CYR.search(text))


def translit(text: str) -> str:
    """Lowercase simplified romanisation (uk and ru collapse to one form); Latin is de-accented."""
    text = text.lower()
    text = re.sub(r"\b[я]", "ia", text)  # word-initial я/ю: Ярош -> iarosh (inside words: a/u)
    text = re.sub(r"\b[ю]", "iu", text)
    # uk/ru spelling pairs of one sound: Ковальов/Ковалёв, Соловйов/Соловьёв, Пугачов/Пугачёв
    text = re.sub(r"(?<=\w)[ьй]о", "ё", text)
    text = re.sub(r"(?<=[чшжщ])о", "ё", text)
    out = []
    for ch in text:
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters: Аллан/Алан, Філіпп/Филип
    return s


def slug(text: str) -> str:
    """Key part: transliterated, lowercase, words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", translit(text)).strip("-")


def match_case(word: str, template: str) -> str:
    """Give ``word`` the capitalisation pattern of ``template`` (and no ``ё`` the text lacked)."""
    if "ё" in word and "ё" not in template.lower():
        word = word.replace("ё", "е")
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        # keep inner capitals of hyphenated words (Нью-Йорк)
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


@lru_cache(maxsize=200000)
def _parses(word: str, lang: str):
    m = morph(lang)
    return tuple(m.parse(word)) if m else ()


_CONTENT_POS = {"NOUN", "ADJF", "PRTF", None}
_FUNCTION_POS = {"NPRO", "PREP", "CONJ", "PRCL", "ADVB", "INTJ", "PRED", "COMP"}


def is_function_word(word: str, lang: str, known_only: bool = False) -> bool:
    """The word's most likely reading is a pronoun/preposition/conjunction/particle/adverb (``known_only``: a
    reading of the dictionary, not a guess for a word it lacks: "Токио" is no Ukrainian adverb)."""
    ps = _parses(word.lower(), lang)
    return bool(ps) and (ps[0].tag.POS in _FUNCTION_POS or "Apro" in ps[0].tag.grammemes) and (
        not known_only or ps[0].is_known)


@lru_cache(maxsize=200000)
def lemma_candidates(word: str, lang: str, content_only: bool = False) -> frozenset[str]:
    """Lowercased word plus every lemma pymorphy3 proposes (and the nominative of each parse,
    so feminine surnames keep their feminine form). ``content_only``: lemmas of noun/adjective
    readings only (for gazetteer names: ``Того`` must not stand for ``тот``)."""
    low = word.lower().replace("’", "'").replace("ʼ", "'")
    out = {low}
    for p in _parses(low, lang)[:8]:
        if content_only and p.tag.POS not in _CONTENT_POS:
            continue
        out.add(p.normal_form)
        if "Surn" in p.tag.grammemes and p.tag.gender == "femn":
            inf = p.inflect({"nomn"})  # the feminine surname's own nominative (Захарова)
            if inf is not None:
                out.add(inf.word)
    return frozenset(out)


_NAME_TAGS = ("Name", "Surn", "Patr")


def _gender(tag) -> Optional[str]:
    g = tag.gender
    return {"masc": "masc", "femn": "femn"}.get(g)


def _person_parses(word: str, lang: str):
    """Noun parses of a name word, name-like parses first."""
    ps = [p for p in _parses(word.lower(), lang) if p.tag.POS == "NOUN"]
    named = [p for p in ps if set(_NAME_TAGS) & p.tag.grammemes]
    return named or ps


def family_name_first(words: Sequence[str]) -> bool:
    """"Лай Цін-де": a given name of syllables joined by a hyphen, the second in lower case, after the family name
    (Chinese and Korean names written so): the first word is the family name."""
    return len(words) >= 2 and "-" in words[-1] and words[-1].split("-")[-1][:1].islower()


def normalize_person(words: Sequence[str], lang: str, cases: frozenset = frozenset()) -> tuple[list[str], Optional[str]]:
    """Nominative forms of the words of a person's name and the gender (masc/femn) if known.
    Hyphenated parts (``Диас-Канеля``) are declined one by one and joined again. ``cases``: the cases the
    context allows (a title noun before the name agrees with it: ``шерифа Бена Миллера`` is genitive, so
    ``Бена`` is Бен, not a woman's name); readings in them are preferred."""
    if any("-" in w.strip("-") for w in words):
        parts: list[str] = []
        groups: list[int] = []
        for gi, w in enumerate(words):
            for part in (w.split("-") if "-" in w.strip("-") else [w]):
                parts.append(part)
                groups.append(gi)
        normed, gender = _normalize_person(parts, lang, cases)
        out: list[str] = []
        for gi in range(len(words)):
            out.append("-".join(p for p, g in zip(normed, groups) if g == gi))
        return out, gender
    out, gender = _normalize_person(words, lang, cases)
    ending = {"uk": "ою", "ru": "ой"}.get(lang)
    if gender == "femn" and ending and len(words) >= 2 and out[0] != words[0] and out[-1] == words[-1] \
            and words[-1].lower().endswith(ending) and len(words[-1]) > 5 and words[-1][:1].isupper():
        # "Іліаною Йотовою": the given name declined as a woman's, the surname the dictionary reads as an adjective
        # only is in the same case: its "-а" nominative
        out = out[:-1] + [words[-1][:-2] + "а"]
    last = words[-1]
    if len(words) >= 2 and gender != "femn" and out[0] + "а" == words[0] and out[-1] == last and len(last) > 4 \
            and last[:1].isupper() and last.lower().endswith("а") and last.lower()[-2] not in _VOWELS \
            and is_cyrillic(last) and not any(p.is_known for p in _parses(last.lower(), lang)):
        # "Девіда Адеанга": the given name in the genitive, a foreign surname the dictionary does not know in that
        # case too: "Адеанг"
        out = out[:-1] + [last[:-1]]
    return out, gender


_INSTRUMENTAL = {"uk": (("ом", ""), ("ем", ""), ("єм", ""), ("ою", "а")), "ru": (("ом", ""), ("ем", ""), ("ой", "а"))}


def _foreign_instrumental(words: list[str], lang: str, cases: frozenset) -> Optional[tuple[list[str], str]]:
    """"Лауринасом Кіршисом", "Салимом Бенаурой": a foreign name the dictionary knows no word of, every word
    ending as a masculine instrumental does (the first with "-ом/-ем"), is that case of "Лауринас Кіршис";
    a woman's name too ("Аураною Цою"). Returns the nominative words and the gender."""
    if len(words) < 2 or lang not in _INSTRUMENTAL or (cases and "ablt" not in cases):
        return None
    feminine = _feminine_instrumental(words, lang)
    if feminine is not None:
        return feminine, "femn"
    out = []
    for n, w in enumerate(words):
        low = w.lower()
        if not is_cyrillic(w) or len(low) < 5 or any(p.is_known for p in _parses(low, lang)):
            return None
        end = next(((e, r) for e, r in _INSTRUMENTAL[lang] if low.endswith(e) and (n > 0 or r == "")), None)
        if end is None or low[-len(end[0]) - 1] in _VOWELS:
            return None
        out.append(w[:-len(end[0])] + end[1])
    return out, "masc"


def _feminine_instrumental(words: list[str], lang: str) -> Optional[list[str]]:
    """"Аураною Цою": a woman's foreign name the dictionary knows no word of, the first in "-ою/-ой" after a
    consonant: the "-а" name; a surname in that ending too, any other as written."""
    ending = {"uk": "ою", "ru": "ой"}[lang]
    out = []
    for n, w in enumerate(words):
        low = w.lower()
        known = any(p.is_known for p in _parses(low, lang))
        if not is_cyrillic(w) or len(low) < 3 or (n == 0 and known):
            return None
        declined = not known and low.endswith(ending) and len(low) > 4 and low[-3] not in _VOWELS
        if n == 0 and not declined:
            return None
        out.append(w[:-2] + "а" if declined else w)
    return out


# "son of" inside Arabic names ("X бен Y Аль Z"): the word after it names the father, not the family
SON_OF = frozenset({"бен", "бин", "бін", "ибн", "ібн", "bin", "ben", "ibn"})
# such words that may also open a name, written with a capital ("Улд X")
SON_OF_OPENING = frozenset({"улд", "ould", "ибн", "ібн", "ibn"})


@lru_cache(maxsize=None)
def name_particles(lang: str) -> frozenset[str]:
    """Lower-case particles inside foreign personal names ("бен", "фон", "де"): data/gazetteer/name_particles.txt."""
    from kg import gazetteer  # the word lists live with the gazetteer's data
    return gazetteer.word_lists("name_particles.txt").get(lang, frozenset())


def _normalize_person(words: Sequence[str], lang: str, cases: frozenset = frozenset()) -> tuple[list[str], Optional[str]]:
    words = list(words)
    if lang not in MORPH_LANGS:
        return words, None
    particles = [i for i, w in enumerate(words) if w.lower() in name_particles(lang)]
    if particles and len(particles) < len(words):
        # "Каримом бен Хасаном Аль Нури": the particles stay, the names around them decline
        normed, gender = _normalize_person([w for i, w in enumerate(words) if i not in particles], lang, cases)
        rest = iter(normed)
        out = [w if i in particles else next(rest) for i, w in enumerate(words)]
        # a word after a particle ending in a vowel is as written ("Халіда аль-Мансурі", not a case of "Мансур")
        return [words[i] if i - 1 in particles and i not in particles and words[i][-1:].lower() in "іиеоуюї"
                else w for i, w in enumerate(out)], gender
    foreign = _foreign_instrumental(words, lang, cases)
    if foreign is not None:
        return foreign
    inflectable = [i for i, w in enumerate(words) if is_cyrillic(w) and len(w) > 1 and not (w.isupper() and len(w) > 1)]
    if not inflectable:
        return words, None
    # candidate (gender, case) readings shared by all declinable words
    readings: list[dict[tuple, object]] = []
    for i in inflectable:
        r: dict[tuple, object] = {}
        if (i > 0 or len(words) == 1) and _indeclinable_foreign(words[i], lang):
            readings.append(r)  # "Лоренцо Тоцці", "Марта Руппі": the surname stays as written
            continue
        for p in _person_parses(words[i], lang):
            if {"Fixd", "Arch"} & p.tag.grammemes:
                continue
            if p.tag.number == "plur" or p.tag.case == "voct":
                continue  # (news does not address anyone: "Коте" is no vocative of "кіт")
            if not p.is_known and p.tag.gender == "femn" and p.normal_form.endswith("ь") and not words[i].lower().endswith("ь"):
                continue  # "Кечели", "Моди" guessed as cases of a feminine "-ь" noun: a foreign surname as written
            key = (_gender(p.tag), p.tag.case)
            if key not in r:
                r[key] = p
        readings.append(r)
    if cases == frozenset({"nomn"}):
        # after a title only in the nominative: a word with no nominative reading is a foreign name as written
        # ("Штефану Ількулеску" as written, not a form of another name)
        readings = [r if any(k[1] == "nomn" for k in r) else {} for r in readings]
    if cases and "nomn" not in cases and cases & {"gent", "accs"}:
        # the dictionary reads a foreign masculine name in the genitive as a feminine nominative ("шерифа Бена
        # Миллера"): with a title in the genitive before it, "-а" after a consonant is the ending
        for n, i in enumerate(inflectable):
            w = words[i]
            if readings[n] and not any(k[1] in cases for k in readings[n]) and len(w) > 2 and w[-1] == "а" \
                    and w[-2].lower() not in "аеёиоуыэюяіїєьй":
                words[i] = w[:-1]
                readings[n] = {("masc", "nomn"): None}
        if any(r == {("masc", "nomn"): None} for r in readings):
            readings = [r if r != {("masc", "nomn"): None} else {} for r in readings]
            done = [i for i, r in zip(inflectable, readings) if not r]
            if len(done) == len(inflectable):
                return words, "masc"
    declinable = [(i, r) for i, r in zip(inflectable, readings) if r]
    undeclined = [i for i, r in zip(inflectable, readings) if not r]
    gender = None
    if declinable:
        common = set(declinable[0][1])
        for _, r in declinable[1:]:
            common &= set(r)
        order = ["nomn", "gent", "datv", "accs", "ablt", "loct", "voct", None]

        def rank(k):
            g, c = k
            return (0 if not cases or c in cases else 1, order.index(c) if c in order else 9, 0 if g == "masc" else 1)

        # the first name decides the gender when it has one
        anchor = next((r for i, r in declinable if any("Name" in p.tag.grammemes for p in r.values())), None)
        adjectival = {(_gender(p.tag), p.tag.case) for i in undeclined if i > 0 and words[i][:1].isupper()
                      for p in _parses(words[i].lower(), lang) if p.tag.POS == "ADJF" and p.tag.number != "plur"}
        if common & adjectival:  # "Юлию Луговую": the surname read as an adjective only agrees with a woman's
            common &= adjectival  # accusative, not with a man's dative
        if anchor is not None and common:
            genders = {k[0] for k in anchor}
            narrowed = {k for k in common if k[0] in genders}
            common = narrowed or common
        if cases and common:
            common = {k for k in common if k[1] in cases} or common
        first = declinable[0][1] if declinable[0][0] == inflectable[0] else None
        foreign_first = first and len(declinable) > 1 and words[inflectable[0]][-1:].lower() in "аоую" and not any(
            q.is_known and ("anim" in q.tag.grammemes or "Name" in q.tag.grammemes) for q in first.values()) \
            and not {k[1] for k in first} & {k[1] for k in declinable[-1][1]}  # ("Мигеля Диас-Канеля": first and last agree)
        if common:
            choice = min(common, key=rank)
        elif foreign_first and (not cases or "nomn" in cases):
            # "Мінору Кіхара", "Оана Цою": a given name in a vowel the dictionary knows as no person's (a case of
            # "мінор") or only guesses at, and no case the words share: a foreign name as written (not "Соріном")
            return words, None
        elif first and len(declinable) > 1 and {k[1] for k in first} - {"nomn"} and not any(
                q.is_known for _, r in declinable[1:] for q in r.values()):
            # "Соріном Вегяну": the first name's case is the name's; a surname the dictionary does not know,
            # with no form in that case, is one that does not decline (kept as written below)
            choice = min(first, key=rank)
        else:
            # the reading most words share (the first name's gender first), then by case order
            allkeys = {k for _, r in declinable for k in r}
            anchor_g = {k[0] for k in anchor} if anchor else set()
            choice = min(allkeys, key=lambda k: (-sum(1 for _, r in declinable if k in r),
                                                 0 if anchor and k in anchor else 1,
                                                 0 if k[0] in anchor_g else 1, rank(k)))
        # the gender counts only when a name/surname reading carries it (Тэмми Брюс: unknown)
        named_genders = {k[0] for _, r in declinable for k, p in r.items()
                         if k == choice and {"Name", "Surn", "Patr"} & p.tag.grammemes}
        gender = choice[0] if choice[0] in named_genders else None
        for i, r in declinable:
            guessed = _a_declension(words[i], choice, lang, r) if i > 0 else None
            if guessed is not None:  # "Тарасом Шебігою": a man's surname in -а the dictionary lacks
                words[i] = guessed
                continue
            p = r.get(choice)
            if p is None:
                cands = [q for k, q in r.items() if k[1] == choice[1]]
                p = cands[0] if cands else None
            if p is None:
                if choice[1] == "nomn":
                    continue  # the rest of the name is nominative: this word is too (Андрій Сибіга)
                stem = _consonant_instrumental(words[i], choice, lang)
                if (i > 0 or stem) and not any(q.is_known for q in r.values()):
                    # "Ибрагимом Сангаре": a surname the dictionary does not know, with no form in that case;
                    # "Йостом де Вердером": one in a masculine instrumental ending after a consonant loses it
                    words[i] = stem or words[i]
                    continue
                if i > 0 and choice[0] == "masc" and not any(k[0] == "masc" for k in r):
                    # "Ігоря Соболева": the dictionary knows the surname only as a woman's; a man's first name in
                    # the genitive makes it his surname in that case
                    by_suffix = _surname_by_suffix(words[i], "masc", choice[1], lang)
                    if by_suffix != words[i]:
                        words[i] = by_suffix
                        continue
                # no reading in the chosen case: the word's own best reading
                p = min(r.items(), key=lambda kv: (0 if kv[0][0] == choice[0] else 1, rank(kv[0])))[1]
            inf = p.inflect({"nomn", "sing"} if p.tag.number else {"nomn"})
            if inf is None:
                inf = p.inflect({"nomn"})
            if inf is not None:
                words[i] = match_case(inf.word, words[i])
    if gender is None:
        gender = person_gender(words, lang)
    case = choice[1] if declinable else None
    for i in undeclined:  # surnames the dictionary reads only as adjectives (Анастасова)
        guessed = (_a_declension(words[i], (gender, case), lang, {})
                   or _consonant_instrumental(words[i], (gender, case), lang)) if i > 0 else None
        if guessed is not None:
            words[i] = guessed
        elif i > 0 and gender in ("masc", "femn"):
            words[i] = _surname_by_suffix(words[i], gender, case, lang)
    return words, gender


# Men's surnames of the -а declension the dictionary does not know (Шебіга): (ending in the
# text, ending of the nominative) by language and case; only endings no indeclinable foreign name has
_A_ENDINGS = {
    ("uk", "ablt"): [("ою", "а")],
    ("uk", "gent"): [("и", "а")],
    ("ru", "ablt"): [("ой", "а"), ("ою", "а")],
    ("ru", "gent"): [("ги", "га"), ("ки", "ка"), ("хи", "ха"), ("ы", "а")],
    ("ru", "datv"): [("ге", "га"), ("ке", "ка"), ("хе", "ха")],
    ("ru", "loct"): [("ге", "га"), ("ке", "ка"), ("хе", "ха")],
}
_VOWELS = set("аеёиоуыэюяіїєьйʼ'")


def _indeclinable_foreign(word: str, lang: str) -> bool:
    """A name word the dictionary does not know, ending as no declined form of a Slavic name does: uk
    "-і" (Тоцці, Руппі), ru "-и" after a hard consonant (Тоцци, Руппи)."""
    low = word.lower()
    if len(low) < 4 or not low[-2:-1].isalpha() or low[-2] in _VOWELS:
        return False
    ps = _parses(low, lang)
    if lang == "uk":
        ok = low.endswith("і")
    elif lang == "ru":
        ok = low.endswith("и") and low[-2] not in "гкхжшчщ"
    else:
        ok = False
    # (a known inanimate noun does not count: a surname the dictionary also reads as a case of a thing)
    return ok and not any(p.is_known and ("anim" in p.tag.grammemes or {"Name", "Surn"} & p.tag.grammemes)
                          for p in ps)


def _consonant_instrumental(word: str, choice: tuple, lang: str) -> Optional[str]:
    """A foreign man's surname the dictionary has no reading of, in "-ом/-ем" after a consonant where the
    name is in the instrumental ("Вердером", "Валідом"): the stem is the nominative."""
    low = word.lower()
    if choice != ("masc", "ablt") or len(low) < 5 or not is_cyrillic(word) or low[-3] in _VOWELS:
        return None
    return word[:-2] if low.endswith(("ом", "ем")) else None


def _a_declension(word: str, choice: tuple, lang: str, readings: dict) -> Optional[str]:
    gender, case = choice
    if gender != "masc" or len(word) < 5 or any(getattr(p, "is_known", False) for p in readings.values()):
        return None
    low = word.lower()
    for end, nom in _A_ENDINGS.get((lang, case), []):
        if low.endswith(end) and (end[0] not in _VOWELS or low[-len(end) - 1] not in _VOWELS):
            return match_case(low[: -len(end)] + nom, word)
    return None


# (ending in the text, ending of the nominative) for -ов/-ев/-ін/-ин surnames, by gender
_SURNAME_ENDINGS = {
    "masc": [("овим", "ов"), ("евим", "ев"), ("євим", "єв"), ("іним", "ін"), ("иним", "ин"),
             ("овым", "ов"), ("евым", "ев"), ("ыным", "ын"), ("иным", "ин"),
             ("ові", "ов"), ("еві", "ев"), ("єві", "єв"), ("іні", "ін"),
             ("ову", "ов"), ("еву", "ев"), ("єву", "єв"), ("іну", "ін"), ("ину", "ин"), ("ыну", "ын"),
             ("ова", "ов"), ("ева", "ев"), ("єва", "єв"), ("іна", "ін"), ("ина", "ин"), ("ына", "ын"),
             ("ове", "ов"), ("еве", "ев"), ("ине", "ин")],
    "femn": [("овою", "ова"), ("евою", "ева"), ("євою", "єва"), ("іною", "іна"),
             ("ової", "ова"), ("евої", "ева"), ("євої", "єва"), ("іної", "іна"),
             ("овій", "ова"), ("евій", "ева"), ("іній", "іна"),
             ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына"),
             ("ову", "ова"), ("еву", "ева"), ("іну", "іна"), ("ину", "ина")],
}


def _surname_by_suffix(word: str, gender: str, case: Optional[str], lang: str) -> str:
    """Nominative of a Slavic -ов/-ев/-ін surname from its ending, when the first name gives the
    gender and the case is not the nominative."""
    if case == "nomn":
        return word
    low = word.lower()
    if low.endswith(("ський", "цький", "ский", "цкий")):
        return word
    ps = [p for p in _parses(low, lang) if p.tag.POS == "ADJF" and p.tag.case == case]
    for p in ps:  # adjectival surnames: Зеленського -> Зеленський
        if str(p.normal_form).endswith(("овий", "евий", "євий", "іний", "иний", "овый", "евый", "ёвый", "иный", "ыный")) \
                and gender == "masc":
            continue  # "Соболевим", "Травниковым": a possessive adjective's form is a Russian-style surname's
        if str(p.normal_form).endswith(("ський", "цький", "ский", "цкий", "ой", "ий", "ый")):
            inf = p.inflect({"nomn", gender})
            if inf is not None:
                return match_case(inf.word, word)
    for end, nom in _SURNAME_ENDINGS[gender]:
        if low.endswith(end) and len(low) > len(end) + 2:
            return match_case(low[: -len(end)] + nom, word)
    return word


def person_gender(words: Sequence[str], lang: str) -> Optional[str]:
    """Gender from the first name (or surname) morphology of nominative name words."""
    if lang not in MORPH_LANGS:
        return None
    for tag in ("Name", "Surn"):
        for w in (words[:1] if tag == "Name" else words):  # the given name opens the name ("Галла … Томасдоттір")
            if not is_cyrillic(w):
                continue
            readings = [p for p in _parses(w.lower(), lang) if tag in p.tag.grammemes and p.tag.case == "nomn"]
            declined = [p for p in readings if "Fixd" not in p.tag.grammemes]
            # only declinable readings count: the dictionaries list foreign male names such as
            # Жан-Мишель as indeclinable feminine ones
            gs = {_gender(p.tag) for p in declined}
            gs.discard(None)
            if len(gs) == 1:
                return gs.pop()
            if tag == "Name" and not gs and readings and {_gender(p.tag) for p in readings} == {"masc"}:
                return "masc"  # an indeclinable male name (Мэттью); an indeclinable surname says nothing
    last = words[-1].lower() if words else ""
    if is_cyrillic(last) and last.endswith(("ова", "ева", "єва", "іна", "ина", "ына", "ська", "цька", "ская", "цкая")):
        return "femn"
    return None


_HEAD_POS = ("NOUN",)
_MOD_POS = ("ADJF", "PRTF", "NUMR", "NPRO")


def _pick(parses, want_case=None, want_number=None, lemma=None):
    best, best_rank = None, None
    for p in parses:
        r = 0
        if want_case and p.tag.case != want_case:
            r += 4
        if want_number and p.tag.number and p.tag.number != want_number:
            r += 4
        if lemma and p.normal_form != lemma:
            r += 2
        if p.tag.number == "plur":
            r += 1
        if best_rank is None or r < best_rank:
            best, best_rank = p, r
    return best


_UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct", "Voc": "voct"}
_UD_NUM = {"Sing": "sing", "Plur": "plur"}


def normalize_phrase(words: Sequence[str], lang: str, morphs: Optional[Sequence[dict]] = None,
                     lemmas: Optional[Sequence[str]] = None) -> list[str]:
    """Nominative of a multiword name by its head: leading adjectives + first noun are inflected,
    the dependents after the head stay. Acronyms, Latin and quoted words stay as written.
    ``morphs``/``lemmas`` (from the spaCy pipeline, UD features) disambiguate when given."""
    words = list(words)
    if lang not in MORPH_LANGS or not words:
        return words
    mods: list[int] = []
    head = None
    for i, w in enumerate(words):
        if not is_cyrillic(w) or (w.isupper() and len(w) > 1) or not w[0].isalpha():
            break
        ps = _parses(w.lower(), lang)
        if not ps:
            break
        pos = {p.tag.POS for p in ps}
        # possessive pronouns decline like adjectives ("Нашим грошам" -> "Наші гроші")
        adj_like = bool({"ADJF", "PRTF"} & pos) or (i == 0 and "NPRO" in pos and w[:1].isupper())
        nxt = words[i + 1] if i + 1 < len(words) else ""
        next_nounish = bool(nxt) and is_cyrillic(nxt) and (
            _is_nounish(nxt, lang) or (nxt.isupper() and len(nxt) > 1)
            or any(p.tag.POS in ("ADJF", "PRTF") for p in _parses(nxt.lower(), lang)))
        if adj_like and next_nounish:
            mods.append(i)
            continue
        if "NOUN" in pos:
            head = i
            break
        break
    if head is None:
        if mods and len(mods) < len(words) and words[len(mods)].isupper():
            # adjectives before an acronym head (Кременчуцького НПЗ): nominative, own gender
            for i in mods:
                mps = [p for p in _parses(words[i].lower(), lang) if p.tag.POS in _MOD_POS]
                if not mps:
                    continue
                mps.sort(key=lambda p: 0 if p.tag.gender == "masc" else 1)
                mp = mps[0]
                tgt = {"nomn", "plur"} if mp.tag.number == "plur" else {"nomn", mp.tag.gender or "masc"}
                inf = mp.inflect(tgt) or mp.inflect({"nomn"})
                if inf is not None:
                    words[i] = match_case(inf.word, words[i])
        return words
    feats = (morphs[head] if morphs and head < len(morphs) else {}) or {}
    want_case = _UD_CASE.get(feats.get("Case", ""))
    want_num = _UD_NUM.get(feats.get("Number", ""))
    lemma = lemmas[head].lower() if lemmas and head < len(lemmas) and lemmas[head] else None
    hparses = [p for p in _parses(words[head].lower(), lang) if p.tag.POS == "NOUN" and "Arch" not in p.tag.grammemes]
    # agreement with the adjectives before the head narrows the head's reading
    if mods:
        mparses = [p for p in _parses(words[mods[-1]].lower(), lang) if p.tag.POS in _MOD_POS]
        agreeing = [h for h in hparses if any(_agree(m, h) for m in mparses)]
        hparses = agreeing or hparses
    hp = _pick(hparses, want_case, want_num, lemma)
    if hp is None:
        return words
    # the uk dictionary leaves "sing" off some singular readings (віснику): nominative singular
    # then, not the plural that a bare {"nomn"} finds first
    number = hp.tag.number or ("plur" if "Pltm" in hp.tag.grammemes else "sing")
    inf = hp.inflect({"nomn", number})
    if inf is None and number == "sing":
        inf = next((f for f in hp.lexeme if f.tag.case in ("nomn", None) and "plur" not in f.tag.grammemes), None)
    inf = inf or hp.inflect({"nomn"})
    if inf is not None:
        words[head] = match_case(inf.word, words[head])
    gender = hp.tag.gender
    for i in mods:
        mps = [p for p in _parses(words[i].lower(), lang) if p.tag.POS in _MOD_POS]
        agreeing = [m for m in mps if _agree(m, hp)]
        mp = agreeing[0] if agreeing else (mps[0] if mps else None)
        if mp is None:
            continue
        tgt = {"nomn", "plur"} if number == "plur" else ({"nomn", gender} if gender in ("masc", "femn", "neut") else {"nomn"})
        inf = mp.inflect(tgt) or mp.inflect({"nomn"})
        if inf is not None:
            words[i] = match_case(inf.word, words[i])
    return words


def _agree(mod, head) -> bool:
    mt, ht = mod.tag, head.tag
    if mt.case != ht.case:
        return False
    if ht.number == "plur" or mt.number == "plur":
        return mt.number == ht.number
    return mt.gender is None or ht.gender is None or mt.gender == ht.gender


def _is_nounish(word: str, lang: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in _parses(word.lower(), lang))


def join_words(words: Sequence[str], text: str) -> str:
    """Re-join normalised words with the spacing of the original text."""
    return " ".join(words)
