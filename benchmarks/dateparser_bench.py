"""Cost of time normalisation per candidate span (target: under 1 ms on average).

Builds many distinct candidate spans from templates (days, intervals, months, weekdays, relative
and vague words in uk/ru/en), then times:
  - dateparser alone on the candidate cores (result cache cleared, so every span is parsed),
  - the whole time extractor (patterns + tense + dateparser) per span found.
Usage: python benchmarks/dateparser_bench.py [--rounds N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings

warnings.filterwarnings("ignore")

from kg import nlp  # noqa: E402
from kg.extract import time as T  # noqa: E402
from kg.records import Document  # noqa: E402

SENTENCES = {
    "uk": ["Угоду підписали {d} {m} {y} року.", "Наприкінці {m} делегація повернулася.", "У вівторок міністр виступив.",
           "Вчора і минулого тижня було тихо.", "Рішення ухвалять найближчим часом.", "Засідання {d}−{d2} {m} {y} року."],
    "ru": ["Документ подписали {d} {m} {y} года.", "В конце {m} {y} года делегация вернулась.", "Во вторник министр выступил.",
           "Позавчера и на прошлой неделе было тихо.", "Решение примут в ближайшие недели.", "Саммит {d}−{d2} {m} {y} года."],
    "en": ["The deal was signed on {d} {m} {y}.", "In late {m} {y} the delegation returned.", "On Tuesday the minister spoke.",
           "Yesterday and last week were quiet.", "A decision is due in the coming weeks.", "The summit on {m} {d}-{d2}, {y}."],
}


def month_forms(lang: str) -> list[str]:
    forms = list(T.lexicon(lang).entries["month"])
    return [f.capitalize() for f in forms] if lang == "en" else forms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    base = dt.date(2026, 3, 11)
    for lang, templates in SENTENCES.items():
        nlp_ = nlp.blank(lang)
        months = month_forms(lang)
        texts = []
        for r in range(args.rounds):
            for n, m in enumerate(months):
                d = 1 + (n * 7 + r) % 26
                for tpl in templates:
                    texts.append(tpl.format(d=d, d2=d + 1, m=m, y=2015 + (n + r) % 12))
        docs = [(Document(id=str(i), text=t, source="bench", lang=lang, published=base.isoformat()), nlp_(t))
                for i, t in enumerate(texts)]
        T.parse_core(lang, "1", None)  # load dateparser's language data once (not counted)
        calls: list[tuple] = []
        cached = T.parse_core

        def recording(*a):
            calls.append(a)
            return cached(*a)

        # whole extractor (records the cores it hands to dateparser)
        cached.cache_clear()
        T.parse_core = recording
        try:
            t0 = time.perf_counter()
            spans = [t for document, doc in docs for t in T.extract(doc, document)]
            total = time.perf_counter() - t0
        finally:
            T.parse_core = cached
        # dateparser alone on those cores, cache cleared: every call parses
        t0 = time.perf_counter()
        for a in calls:
            cached.__wrapped__(*a)
        dp = time.perf_counter() - t0
        print(f"{lang}: {len(spans)} candidate spans in {len(texts)} sentences; "
              f"extractor {1000 * total / max(len(spans), 1):.3f} ms/span (with result cache); "
              f"dateparser {1000 * dp / max(len(calls), 1):.3f} ms/call uncached over {len(calls)} calls")


if __name__ == "__main__":
    main()
