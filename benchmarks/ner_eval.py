"""NER quality and speed of the newskg pipelines on the held-out test splits.

    python benchmarks/ner_eval.py [uk ru] [--model PATH] [--natasha] [--json]

Scoring (issue 3): NER-UK 2.0 test (standard split) PERS->PER, ORG, LOC; NEREL 1.1 test
PERSON->PER, ORGANIZATION->ORG, COUNTRY/CITY/STATE_OR_PROV(INCE)/LOCATION/DISTRICT->LOC; nested
entities flattened to the outermost span among those types; a hit is an exact character span
with the right type. JOB/DATE are scored the same way for information (not in micro-F1).
Speed: words (whitespace-separated) per second of the full ``kg.nlp.load(lang)`` pipeline on one
core (thread variables set to 1 before numpy loads), over the test texts, after a warm-up.
Needs ../shared/corpora; exits with a one-line message when it is absent.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_v] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
TYPES = ("PER", "ORG", "LOC")
EXTRA = ("JOB", "DATE")


def _convert():
    from kg.train import convert_module

    return convert_module()


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(gold: list[set], pred: list[set], types) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        g = {x for x in g if x[2] in types}
        p = {x for x in p if x[2] in types}
        for x in g & p:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1
    out = {t: prf(tp[t], fp[t], fn[t]) for t in types}
    out["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def natasha_predict(texts: list[str]) -> list[set]:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    seg, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    out = []
    for t in texts:
        d = Doc(t)
        d.segment(seg)
        d.tag_ner(tagger)
        out.append({(s.start, s.stop, s.type) for s in d.spans})
    return out


def evaluate(lang: str, model: str | None, use_natasha: bool) -> dict:
    conv = _convert()
    docs = conv.gold_sets(lang, CORPORA)
    full = {i: conv.flatten(s, t) for i, t, s in _with_all_spans(conv, lang)}
    texts = [t for _, t, _ in docs]
    gold = [{(s.start, s.end, s.label) for s in spans} for _, _, spans in docs]
    gold_extra = [{(s.start, s.end, s.label) for s in full[i] if s.label in EXTRA} for i, _, _ in docs]
    n_words = sum(len(t.split()) for t in texts)
    result: dict = {"lang": lang, "docs": len(docs), "words": n_words}

    from kg import nlp as nlp_loader

    if model:
        nlp_loader.configure(lang, model)
    t0 = time.perf_counter()
    nlp = nlp_loader.load(lang)
    result["load_seconds"] = round(time.perf_counter() - t0, 2)
    result["pipeline"] = nlp.pipe_names
    result["model"] = nlp.meta.get("name", "?") + " " + nlp.meta.get("version", "")
    list(nlp.pipe(texts[:5]))  # warm-up (lazy loads, caches)
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(texts, batch_size=16))
    dt = time.perf_counter() - t0
    result["words_per_second"] = round(n_words / dt)
    pred = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in parsed]
    result["ner"] = score(gold, pred, TYPES)
    result["ner_extra"] = score(gold_extra, pred, EXTRA)
    if use_natasha:
        t0 = time.perf_counter()
        npred = natasha_predict(texts)
        ndt = time.perf_counter() - t0
        result["natasha"] = score(gold, npred, TYPES)
        result["natasha"]["words_per_second_ner_only"] = round(n_words / ndt)
    return result


def _with_all_spans(conv, lang):
    if lang == "uk":
        _, test = conv.ner_uk_split(CORPORA / "ner-uk")
        return conv.ner_uk_docs(CORPORA / "ner-uk", test)
    return conv.nerel_docs(CORPORA / "nerel", "test")


def print_result(r: dict) -> None:
    print(f"== {r['lang']}: {r['docs']} test docs, {r['words']} words; pipeline {r['pipeline']}")
    for key in ("ner", "ner_extra", "natasha"):
        if key not in r:
            continue
        print(f"  [{key}]")
        for t, s in r[key].items():
            if isinstance(s, dict):
                print(f"    {t:6s} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
        if "words_per_second_ner_only" in r[key]:
            print(f"    natasha segment+NER words/s: {r[key]['words_per_second_ner_only']}")
    print(f"  full pipeline words/s (1 thread): {r['words_per_second']}  (load {r['load_seconds']} s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("langs", nargs="*", default=["uk", "ru"])
    ap.add_argument("--model", help="pipeline path/name to use instead of kg.nlp.load's choice (one language)")
    ap.add_argument("--natasha", action="store_true", help="also score natasha's NER (ru)")
    ap.add_argument("--json", action="store_true", help="print one JSON object per language")
    a = ap.parse_args()
    if not CORPORA.is_dir():
        print(f"{CORPORA}: corpora not found; nothing to evaluate", file=sys.stderr)
        return 2
    for lang in a.langs:
        r = evaluate(lang, a.model, a.natasha)
        print(json.dumps(r, ensure_ascii=False) if a.json else "", end="\n" if a.json else "")
        if not a.json:
            print_result(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
