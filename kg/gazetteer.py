"""The gazetteer: countries (pycountry-derived), capitals, frequent news entities, demonyms,
first-name variants — all read from data files (``data/gazetteer/``, ``lexicons/<lang>/demonyms.tsv``).

``Gazetteer.matches(words, lang)`` finds gazetteer names in running text whatever their case
ending: every word is compared through its possible lemmas (pymorphy3), so ``Ради безпеки РФ``,
``Радою безпеки РФ`` and ``Рада безпеки РФ`` all hit the same entry.

Keys: ``wd:<Qid>`` when the entry has a Wikidata id, else ``<per|org|loc>:<id>``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Callable, Optional

from kg.lexicons import rows
from kg.extract.names import SON_OF, is_function_word, lemma_candidates, morph, translit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "gazetteer"
LEXICONS = ROOT / "lexicons"

_ALIAS_TOKEN = re.compile(r"[^\s\-‐‑–—\"«»“”„()]+")


@dataclass
class GazEntry:
    key: str
    type: str  # PER | ORG | LOC
    labels: dict[str, str]
    aliases: set[str] = field(default_factory=set)
    wikidata: Optional[str] = None
    country: Optional[str] = None  # ISO alpha-2 of the state it belongs to
    alpha2: Optional[str] = None  # set for countries
    outlet: bool = False
    ambiguous: bool = False
    gov_of: Optional[str] = None  # alpha-2 of the state this name stands for (Кремль)
    capital_of: Optional[str] = None
    head: bool = False  # heads its state or its government (flag "head")

    @property
    def names(self) -> set[str]:
        return set(self.labels.values()) | self.aliases


@dataclass
class GazMatch:
    entry: GazEntry
    start: int  # word index (inclusive)
    end: int  # word index (exclusive)
    common: bool = False  # a town's name that is also a personal name (cities.tsv "*")


def alias_tokens(text: str) -> list[str]:
    return [t for t in _ALIAS_TOKEN.findall(text) if t]


def shape_ok(alias_tok: str, text_tok: str) -> bool:
    """Capitalisation of the text word is compatible with the gazetteer word."""
    if len(alias_tok) > 1 and alias_tok.isupper() and any(c.isalpha() for c in alias_tok):
        return text_tok.isupper() or text_tok == alias_tok
    if alias_tok[:1].isupper():
        return text_tok[:1].isupper() or text_tok[:1].isdigit()
    return True


_AND = frozenset({"і", "й", "та", "и", "and", "&"})


def _word_keys(word: str, lang: str, content_only: bool = False) -> frozenset[str]:
    if word in _AND:
        return frozenset({"&"})  # "Боснія та Герцеговина", "Боснії і Герцеговини": one name
    if lang in ("uk", "ru") and re.search(r"[\u0400-\u04FF]", word):
        keys = lemma_candidates(word, lang, content_only)
        if word[:1].isupper() and not morph(lang).word_is_known(word.lower()):
            # a foreign name the dictionary lacks, declined as a masculine noun ("Хурэлсухом"):
            # its guesses may miss the stem
            low = word.lower()
            keys |= {low[:-len(e)] for e in _CASE_ENDINGS if low.endswith(e) and len(low) - len(e) >= 3}
        return keys
    return frozenset({word.lower().replace("’", "'")})


_SHORT_WORD_ENDINGS = frozenset({
    "",  # (the genitive plural: "Жовтих Вод")
    "а", "я", "у", "ю", "і", "и", "ї", "ы", "е", "є", "о", "ой", "ій", "ий", "ый", "ом", "ем", "ім", "им", "ым",
    "ою", "ею", "ої", "ей", "ому", "ого", "его", "ах", "ях", "ам", "ям", "ами", "ями", "ов", "ів", "ев", "ої"})
_CASE_ENDINGS = ("ові", "еві", "ом", "ем", "ём", "а", "я", "у", "ю", "е", "і")
_FEM_ENDINGS = ("ою", "ой", "і", "е", "и", "ы", "у")


def _town_keys(word: str, lang: str) -> frozenset[str]:
    """The word's keys, and for a capitalised word the dictionary lacks, the feminine nominative in -а of a town
    named in another case ("в Упсалі", "в Упсале": Упсала); towns only, where no person's name is
    looked up."""
    keys = _word_keys(word, lang)
    low = word.lower()
    if lang in ("uk", "ru") and word[:1].isupper() and re.search(r"[\u0400-\u04FF]", word) \
            and not morph(lang).word_is_known(low):
        keys |= {low[:-len(e)] + "а" for e in _FEM_ENDINGS if low.endswith(e) and len(low) - len(e) >= 3}
    if lang in ("uk", "ru") and word[:1].isupper() and re.search(r"[\u0400-\u04FF]", word):
        # after a vowel the ending is "-я" ("в Сурабае": Сурабая), even where the dictionary reads the word otherwise
        keys |= {low[:-len(e)] + "я" for e in _FEM_ENDINGS if low.endswith(e) and len(low) - len(e) >= 3
                 and low[-len(e) - 1] in "аеоуыэюяіїє"}
    return keys


class Gazetteer:
    def __init__(self) -> None:
        self.entries: dict[str, GazEntry] = {}
        self.by_alpha2: dict[str, GazEntry] = {}
        self.state_keys: set[str] = set()
        self.bodies_of: dict[str, list[GazEntry]] = {}  # alpha-2 -> its ministries (state_bodies.tsv)
        self.by_id: dict[str, GazEntry] = {}
        self.demonyms: dict[str, dict[str, str]] = {}
        self.first_names: dict[str, str] = {}
        self._trie: dict = {}
        self._names: dict[str, set[str]] = {}  # translit(name) -> keys
        self._surnames: dict[str, set[str]] = {}  # translit(surname) -> person keys
        self.max_len = 1
        self._cities: Optional[_Towns] = None
        self._capitals: Optional[dict[str, GazEntry]] = None
        self._data_dir = DATA

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Path = DATA, lexicons: Path = LEXICONS) -> "Gazetteer":
        g = cls()
        g._data_dir = data_dir
        g._load_countries(data_dir / "countries.json")
        g._load_entities(data_dir / "entities.tsv")
        g._load_first_names(data_dir / "first_names.tsv")
        for lang in ("uk", "ru", "en"):
            g._load_demonyms(lang, lexicons / lang / "demonyms.tsv")
        g._load_state_bodies(data_dir / "state_bodies.tsv")
        for e in g.entries.values():
            g._index(e)
        return g

    def _add(self, e: GazEntry, ident: str) -> None:
        self.entries[e.key] = e
        self.by_id[ident] = e

    def _load_countries(self, path: Path) -> None:
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SystemExit(f"{path}: cannot read the country gazetteer ({exc}); run data/gazetteer/build.py")
        for r in rows:
            wd = r.get("wikidata")
            key = f"wd:{wd}" if wd else f"loc:{r['id']}"
            e = GazEntry(key=key, type="LOC", labels=dict(r["labels"]), aliases=set(r.get("aliases", [])),
                         wikidata=wd, country=r["alpha2"], alpha2=r["alpha2"], gov_of=r["alpha2"])
            self._add(e, r["id"])
            self.by_alpha2[r["alpha2"]] = e
            self.state_keys.add(key)

    def _load_entities(self, path: Path) -> None:
        for lineno, cols in rows(path, required=True):
            if len(cols) < 8:
                raise SystemExit(f"{path}:{lineno}: expected 9 tab-separated columns, got {len(cols)}")
            cols += [""] * (9 - len(cols))
            ident, typ, wd, country, flags, en, uk, ru, aliases = cols[:9]
            if typ not in ("PER", "ORG", "LOC"):
                raise SystemExit(f"{path}:{lineno}: unknown type {typ!r}")
            flagset = {f.strip() for f in flags.split(",") if f.strip()}
            gov = next((f.split("=", 1)[1] for f in flagset if f.startswith("gov=")), None)
            cap = next((f.split("=", 1)[1] for f in flagset if f.startswith("capital=")), None)
            key = f"wd:{wd}" if wd else f"{typ.lower()}:{ident}"
            labels = {k: v for k, v in (("en", en), ("uk", uk), ("ru", ru)) if v}
            e = GazEntry(key=key, type=typ, labels=labels,
                         aliases={a.strip().strip('"') for a in aliases.split(";") if a.strip()},
                         wikidata=wd or None, country=country or None, outlet="outlet" in flagset,
                         ambiguous="ambiguous" in flagset, gov_of=gov, capital_of=cap, head="head" in flagset)
            self._add(e, ident)

    def _load_state_bodies(self, path: Path) -> None:
        """Governments, foreign and defence ministries of every state: one organisation per state and body."""
        if not path.exists():
            return
        templates: dict[str, dict[str, tuple[str, list[str]]]] = {}
        for lineno, cols in rows(path):
            if len(cols) < 3:
                raise SystemExit(f"{path}:{lineno}: expected 'id<TAB>lang<TAB>label[<TAB>aliases]'")
            ident, lang, label = cols[0].strip(), cols[1].strip(), cols[2].strip()
            aliases = [a.strip() for a in (cols[3] if len(cols) > 3 else "").split(";") if a.strip()]
            templates.setdefault(ident, {})[lang] = (label, aliases)
        adjectives: dict[str, dict[str, str]] = {}
        for lang, table in self.demonyms.items():
            for word, a2 in table.items():
                if _masculine_adjective(word, lang):
                    adjectives.setdefault(a2, {}).setdefault(lang, word)
        for a2, state in self.by_alpha2.items():
            adj = adjectives.get(a2, {})  # no demonym: the forms with an adjective are left out
            for ident, per_lang in templates.items():
                key = f"org:{ident}-{a2.lower()}"
                labels, aliases = {}, set()
                for lang, (label, alias_templates) in per_lang.items():
                    name = state.labels.get(lang)
                    if not name:
                        continue
                    a = adj.get(lang)
                    fill = {"name": name, "gen": _genitive(name, lang),
                            "adj": (a.capitalize() if lang == "en" else a) if a else None}
                    labels[lang] = _fill(label, fill) or label
                    aliases |= {x for t in alias_templates if (x := _fill(t, fill))}
                    for acr in _acronyms_in_script(state.aliases, lang):  # "МИД КНР", "МЗС ФРН": an acronym
                        # does not decline, so it stands for both the name and its genitive
                        aliases |= {x for t in alias_templates if "{adj}" not in t
                                    and (x := _fill(t, {"name": acr, "gen": acr}))}
                if key in self.entries:
                    self.entries[key].aliases |= aliases  # entities.tsv's entry wins; it gains the generated forms
                elif labels:
                    self._add(GazEntry(key=key, type="ORG", labels=labels, aliases=aliases, country=a2),
                              f"{ident}-{a2.lower()}")
                if key in self.entries:
                    self.bodies_of.setdefault(a2, []).append(self.entries[key])

    def _load_first_names(self, path: Path) -> None:
        for _, cols in rows(path, required=True):
            canon, variants = cols[0], "\t".join(cols[1:])
            for v in [canon] + variants.split(";"):
                if v:
                    self.first_names[translit(v)] = canon

    def _load_demonyms(self, lang: str, path: Path) -> None:
        table = self.demonyms.setdefault(lang, {})
        if not path.exists():
            return
        for lineno, cols in rows(path):
            word, a2 = cols[0], "\t".join(cols[1:])
            if not a2:
                raise SystemExit(f"{path}:{lineno}: expected 'word<TAB>ISO code'")
            table[word.strip().lower()] = a2.strip()

    def _index(self, e: GazEntry) -> None:
        for name in e.names:
            toks = alias_tokens(name)
            if not toks:
                continue
            self.max_len = max(self.max_len, len(toks))
            self._names.setdefault(translit(" ".join(toks)), set()).add(e.key)
            # acronyms in the gazetteer are taken as written (ДПСУ is not a form of ДПС)
            per_tok = [[t.lower()] if t.isupper() and len(t) > 1 else
                       sorted(_word_keys(t, "uk", True) | _word_keys(t, "ru", True)) for t in toks]
            combos = 1
            for p in per_tok:
                combos *= len(p)
            if combos > 256:
                per_tok = [[t.lower()] for t in toks]
            for seq in product(*per_tok):
                node = self._trie
                for w in seq:
                    node = node.setdefault(w, {})
                node.setdefault(None, []).append((e.key, tuple(toks)))
            if e.type == "PER" and len(toks) >= 2 and toks[-2].lower() not in SON_OF:
                # ("Тамим бин Хамад": the word after "bin" names the father, not the family)
                self._surnames.setdefault(translit(toks[-1]), set()).add(e.key)

    # -- queries -----------------------------------------------------------------------------
    def matches(self, words: list[str], lang: str) -> list[GazMatch]:
        """Longest non-overlapping gazetteer names in a word sequence (left to right)."""
        keys = [_word_keys(w, lang) for w in words]

        def best_at(i: int) -> Optional[GazMatch]:
            best = None
            states = [self._trie]
            j = i
            while states and j < len(words) and j - i < self.max_len:
                nxt = []
                for st in states:
                    for k in keys[j]:
                        child = st.get(k)
                        if child is not None:
                            nxt.append(child)
                states = nxt
                j += 1
                for st in states:
                    for key, toks in st.get(None, []):
                        if len(toks) == j - i and all(shape_ok(a, w) for a, w in zip(toks, words[i:j])):
                            if j - i == 1 and not words[i].isupper() and lang in ("uk", "ru") \
                                    and any(is_function_word(words[i], x, known_only=x != lang) for x in ("uk", "ru")):
                                continue  # "Того" at a sentence start is not Togo
                            best = GazMatch(self.entries[key], i, j)
            return best

        return _left_to_right(len(words), best_at)

    def city_matches(self, words: list[str], lang: str, prefer: frozenset = frozenset()) -> list[GazMatch]:
        """Towns of ``cities.tsv`` (GeoNames, read on first use) in a word sequence, longest first, left to
        right; capitalised words only. Curated entries are matched by ``matches`` and win over these.
        ``prefer``: the states the text names, whose towns win over others of the same name."""
        return self._towns().matches(words, lang, prefer)

    def _towns(self) -> "_Towns":
        if self._cities is None:
            self._cities = _Towns(self._data_dir / CITIES_FILE)
        return self._cities

    def find(self, text: str, lang: str, type: Optional[str] = None) -> Optional[GazEntry]:
        """The entry a whole free-text name denotes (any case form), or None."""
        words = alias_tokens(text)
        if not words:
            return None
        for m in self.matches(words, lang):
            if m.start == 0 and m.end == len(words) and (type is None or m.entry.type == type):
                return m.entry
        keys = self._names.get(translit(" ".join(words)), set())
        cands = [self.entries[k] for k in keys if type is None or self.entries[k].type == type]
        return cands[0] if len(cands) == 1 else None

    def person_by_surname(self, surname: str) -> Optional[GazEntry]:
        keys = self._surnames.get(translit(surname), set())
        return self.entries[next(iter(keys))] if len(keys) == 1 else None

    def person_by_name(self, full: str) -> Optional[GazEntry]:
        keys = [k for k in self._names.get(translit(full), set()) if self.entries[k].type == "PER"]
        return self.entries[keys[0]] if len(keys) == 1 else None

    def demonym(self, word: str, lang: str) -> Optional[GazEntry]:
        """Country a demonym adjective/people noun stands for (``французька`` -> France)."""
        table = self.demonyms.get(lang, {})
        cands = set(_word_keys(word, lang)) | {word.lower()}
        if lang in ("uk", "ru") and re.search(r"[\u0400-\u04FF]", word):
            m = morph(lang)
            for p in m.parse(word.lower())[:3]:  # россиянам -> россияне
                inf = p.inflect({"plur", "nomn"}) if p.tag.POS == "NOUN" else None
                if inf is not None:
                    cands.add(inf.word)
        for cand in cands:
            a2 = table.get(cand)
            if a2:
                return self.by_alpha2.get(a2)
        return None

    def state_of(self, entry: GazEntry) -> Optional[GazEntry]:
        """The state a capital / government seat stands for, or the country itself."""
        a2 = entry.alpha2 or entry.gov_of or entry.capital_of
        return self.by_alpha2.get(a2) if a2 else None

    def capital(self, alpha2: str) -> Optional[GazEntry]:
        """The capital city of the state with that ISO code, if the gazetteer has it."""
        if self._capitals is None:
            self._capitals = {e.capital_of: e for e in self.entries.values() if e.capital_of and e.type == "LOC"}
        if alpha2 in self._capitals:
            return self._capitals[alpha2]
        towns = self._towns()
        ident = towns.capitals.get(alpha2)
        return towns.entry(ident) if ident else None  # the GeoNames capital of a state no curated row has

    def place_entry(self, key: str) -> Optional[GazEntry]:
        """The curated entry of that key, or the GeoNames town's ("loc:<id>")."""
        if key in self.entries:
            return self.entries[key]
        towns = self._towns()
        ident = key[4:] if key.startswith("loc:") else None
        return towns.entry(ident) if ident in towns.rows else None

    def is_state(self, key: str) -> bool:
        """Whether the key is a country's (one with or without a Wikidata id)."""
        return key in self.state_keys

    def state_entity(self, ent) -> bool:
        """Whether an article's entity is a state: a place of no other state, a country of the list or of Wikidata."""
        return ent is not None and ent.type == "LOC" and ent.country_key is None and (
            bool(ent.wikidata) or self.is_state(ent.key))

    def international_body(self, ent) -> bool:
        """Whether an article's entity is an organisation of no state the list knows (an international body)."""
        return ent is not None and ent.type == "ORG" and ent.country_key is None and ent.key in self.entries

    def country_entry(self, alpha2: Optional[str]) -> Optional[GazEntry]:
        return self.by_alpha2.get(alpha2) if alpha2 else None

    def first_name_canon(self, word: str) -> Optional[str]:
        return self.first_names.get(translit(word))


def _fill(template: str, values: dict[str, Optional[str]]) -> Optional[str]:
    """A template with its placeholders filled; None when a value is missing."""
    out = template
    for k, v in values.items():
        if "{" + k + "}" in out:
            if not v:
                return None
            out = out.replace("{" + k + "}", v)
    return out


def _acronyms_in_script(aliases, lang: str) -> list[str]:
    """A state's acronyms written in the language's script ("КНР", "ФРГ"; "PRC", "UK")."""
    letters = "A-Z" if lang == "en" else "А-ЯІЇЄҐ"
    return sorted(a for a in aliases if re.fullmatch(rf"[{letters}]{{2,5}}", a))


def _masculine_adjective(word: str, lang: str) -> bool:
    if lang == "en":
        return word.endswith(("an", "ish", "ese", "ch", "i")) and " " not in word
    return word.endswith(("ий", "ій", "ой", "ый")) and " " not in word


def _genitive(name: str, lang: str) -> Optional[str]:
    """The genitive of a state's name (uk/ru, by pymorphy3: "Угорщина" -> "Угорщини"); en: the name."""
    if lang not in ("uk", "ru"):
        return name
    m = morph(lang)
    out = []
    for w in name.split():
        if w.isupper():
            out.append(w)  # США, ОАЕ: acronyms do not decline
            continue
        ps = [p for p in m.parse(w) if "nomn" in p.tag] if m is not None else []
        inf = ps[0].inflect({"gent"}) if ps else None
        if inf is None:
            out.append(w)
            continue
        g = inf.word
        out.append(g[:1].upper() + g[1:] if w[:1].isupper() else g)
    return " ".join(out)


CITIES_FILE = "cities.tsv"


_HOME_STATE = {"uk": "UA", "ru": "RU"}  # the state a language's news is mostly about, for towns that share a form


class _Towns:
    """The GeoNames towns of ``cities.tsv``: one-word names looked up by the lemmas of a text word, longer
    names ("Кривий Ріг", "Нью-Йорк") by their first three letters (the stem of an inflected first word: "Нову
    Каховку"), then word by word (lemma or stem)."""

    def __init__(self, path: Path) -> None:
        # lower-case name -> every town of that name, larger first: (id, common, secondary: a capital's name another
        # town owns, "^" in the file, the capital's only where its state is named)
        self.alts: dict[str, list[tuple[str, bool, bool]]] = {}
        self.multi: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}  # first 3 letters -> (tokens, id, secondary)
        self.rows: dict[str, tuple[str, str]] = {}  # id -> (country, English name)
        self.entries: dict[str, GazEntry] = {}
        self.capitals: dict[str, str] = {}  # alpha-2 -> id of its capital (sixth column "capital")
        self.order: dict[str, int] = {}  # id -> its line (the larger town first)
        for _n, cols in rows(path):
            if len(cols) < 5:
                continue
            ident, country, _pop, en, names = cols[:5]
            self.rows[ident] = (country, en)
            self.order.setdefault(ident, len(self.order))
            if len(cols) > 5 and cols[5].strip() == "capital":
                self.capitals.setdefault(country, ident)
            spelt = names.split(";")
            # Ukrainian has no "э": a Russian-only spelling is read in Ukrainian text with "е" ("Эль-Кувейт" ->
            # "Ель-Кувейт")
            spelt += [n.replace("Э", "Е").replace("э", "е") for n in spelt if "э" in n.lower()]
            for name in spelt:
                secondary = name.endswith("^")  # another town's name too: this one's only where its state is named
                name = name.rstrip("^")
                common = name.endswith("*")
                toks = tuple(t.lower() for t in alias_tokens(name.rstrip("*")))
                if len(toks) == 1:
                    self.alts.setdefault(toks[0], []).append((ident, common, secondary))
                elif toks:
                    self.multi.setdefault(toks[0][:3], []).append((toks, ident, secondary))

    def entry(self, ident: str) -> GazEntry:
        e = self.entries.get(ident)
        if e is None:
            country, en = self.rows[ident]
            e = self.entries[ident] = GazEntry(key=f"loc:{ident}", type="LOC", labels={"en": en}, country=country,
                                               capital_of=country if self.capitals.get(country) == ident else None)
        return e

    @staticmethod
    def _word_fits(tok: str, word: str, lang: str) -> bool:
        low = word.lower()
        if tok == low or tok in _word_keys(word, lang):
            return True
        if len(tok) >= 5:
            return low.startswith(tok[:-2]) and len(low) - len(tok) <= 3
        # a word of four letters keeps all but its last letter and takes a case ending ("Біла" -> "Білій"); a
        # shared first two letters are no match ("Сент-Крой" is not "Сенаті країни")
        return len(tok) >= 4 and ((low.startswith(tok) and low[len(tok):] in _SHORT_WORD_ENDINGS)
                                  or (low.startswith(tok[:-1]) and low[len(tok) - 1:] in _SHORT_WORD_ENDINGS))

    def matches(self, words: list[str], lang: str, prefer: frozenset = frozenset()) -> list[GazMatch]:
        """``prefer``: ISO alpha-2 codes of the states the text names; of towns that share a name, one of the
        state the text's language is mostly about, then one of those states, comes first ("Сан-Хосе" in a text
        about Costa Rica)."""
        home = _HOME_STATE.get(lang)

        def best_at(i: int) -> Optional[GazMatch]:
            w = words[i]
            if not w[:1].isupper() or w.isupper() or not re.search(r"[\u0400-\u04FF]", w):
                return None
            best: Optional[GazMatch] = None
            best_rank = (0, 0, 0, 0)
            for toks, ident, secondary in self.multi.get(w.lower()[:3], ()):
                n = len(toks)
                if i + n > len(words) or not all(self._word_fits(t, words[i + k], lang) for k, t in enumerate(toks)):
                    continue
                # the longest name, then the one more of whose words are the text's words or their lemmas (not
                # only a shared stem: "Эль-Кувейте" is Kuwait City, not Kufa's "Эль-Куфа"), then a home or named
                # state's town
                country = self.rows[ident][0]
                if secondary and country not in prefer:
                    continue  # a capital's name another town owns, its state not named
                rank = (n, sum(t == words[i + k].lower() or t in _word_keys(words[i + k], lang)
                               for k, t in enumerate(toks)), country == home, country in prefer)
                if rank > best_rank:
                    best, best_rank = GazMatch(self.entry(ident), i, i + n), rank
            if best is None:
                # of the towns a word's readings name, the largest ("Констанцу": Constanța, not Konstanz; the file
                # lists towns by population)
                # (a town of the state whose language the text is in first: "у Дубні", "з Дубна" in Ukrainian are
                # Dubno, not Dubna)
                hit = min(
                    (h[:2] for k in _town_keys(w, lang) for h in self.alts.get(k, ())
                     if not h[2] or self.rows[h[0]][0] in prefer),
                    key=lambda h: (self.rows[h[0]][0] != home, self.rows[h[0]][0] not in prefer, self.order[h[0]]),
                    default=None)
                if hit is not None:
                    best = GazMatch(self.entry(hit[0]), i, i + 1, common=hit[1])
            return best

        return _left_to_right(len(words), best_at)


def _left_to_right(n: int, best_at: Callable[[int], Optional[GazMatch]]) -> list[GazMatch]:
    """Non-overlapping matches over n words, left to right: the one ``best_at`` gives at each word, then on
    after its end."""
    out: list[GazMatch] = []
    i = 0
    while i < n:
        best = best_at(i)
        if best is not None:
            out.append(best)
            i = best.end
        else:
            i += 1
    return out


@lru_cache(maxsize=None)
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """A data file of ``lang<TAB>word`` lines (``data/gazetteer/<name>``): its words per language, lower-cased."""
    out: dict[str, set[str]] = {}
    for _n, cols in rows(DATA / name):
        if len(cols) > 1:
            out.setdefault(cols[0].strip(), set()).add(cols[1].strip().lower())
    return {lang: frozenset(words) for lang, words in out.items()}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    return Gazetteer.load()
