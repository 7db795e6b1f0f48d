"""Build data/gazetteer/countries.json from pycountry (ISO 3166-1 with its uk/ru gettext
translations) plus the curated short names, Wikidata ids and capitals of countries_extra.tsv.

Run:  python data/gazetteer/build.py      (writes countries.json next to this file)
"""
from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
LANGS = ("uk", "ru")


def _translations():
    out = {}
    for lang in LANGS:
        try:
            out[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            out[lang] = gettext.NullTranslations()
    return out


def _read_extra(path: Path) -> dict[str, dict]:
    extra = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5:
                raise SystemExit(f"{path}:{lineno}: expected at least 5 tab-separated columns")
            cols += [""] * (7 - len(cols))
            a2, wd, uk, ru, en, aliases, capital = cols[:7]
            extra[a2] = {"wikidata": wd or None, "uk": uk, "ru": ru, "en": en,
                         "aliases": [a for a in aliases.split(";") if a], "capital": capital or None}
    return extra


def build() -> list[dict]:
    tr = _translations()
    extra = _read_extra(HERE / "countries_extra.tsv")
    rows = []
    seen = set()
    for c in pycountry.countries:
        names_en = [n for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)) if n]
        x = extra.get(c.alpha_2, {})
        labels = {"en": x.get("en") or names_en[0]}
        aliases = set(names_en) | set(x.get("aliases", []))
        for lang in LANGS:
            translated = [tr[lang].gettext(n) for n in names_en]
            labels[lang] = x.get(lang) or translated[0]
            aliases |= set(translated)
        aliases -= set(labels.values())
        rows.append({"id": c.alpha_2.lower(), "alpha2": c.alpha_2, "alpha3": c.alpha_3,
                     "wikidata": x.get("wikidata"), "labels": labels,
                     "aliases": sorted(a for a in aliases if "," not in a),
                     "capital": x.get("capital")})
        seen.add(c.alpha_2)
    for a2, x in extra.items():  # curated entries pycountry lacks (Kosovo)
        if a2 in seen:
            continue
        rows.append({"id": a2.lower(), "alpha2": a2, "alpha3": None, "wikidata": x["wikidata"],
                     "labels": {"en": x["en"], "uk": x["uk"], "ru": x["ru"]},
                     "aliases": sorted(set(x["aliases"])), "capital": x["capital"]})
    return rows


if __name__ == "__main__":
    rows = build()
    out = HERE / "countries.json"
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries to {out}")
