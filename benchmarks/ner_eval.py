"""NER quality and speed of the newskg pipelines on the held-out test splits.

    python benchmarks/ner_eval.py [uk ru] [--model PATH] [--natasha] [--json]

Scoring (issue 3): NER-UK 2.0 test (standard split) PERS->PER, ORG, LOC; NEREL 1.1 test
PERSON->PER, ORGANIZATION->ORG, COUNTRY/CITY/STATE_OR_PROV(INCE)/LOCATION/DISTRICT->LOC; nested
entities flattened to the outermost span among those types; a hit is an exact character span
with the right type. JOB/DATE are scored the same way for information (not in micro-F1).
Speed: words (whitespace-separated) per CPU-second of the full ``kg.nlp.load(lang)`` pipeline on one
core (thread variables set to 1 before numpy loads; CPU time of the process, so a shared machine does
not distort it; wall-clock figure printed too), over the test texts, after a warm-up; the lemma and
morphology memos start empty.
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


def evaluate(lang: str, model: str | None, use_natasha: bool, extracted: bool = False) -> dict:
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
    list(nlp.pipe(texts[:5]))  # warm-up (lazy loads)
    t0, c0 = time.perf_counter(), time.process_time()
    parsed = list(nlp.pipe(texts, batch_size=16))
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    # CPU time of this (single-threaded) process: the per-core figure even when the machine is shared
    result["words_per_cpu_second"] = round(n_words / dc)
    result["words_per_second_wall"] = round(n_words / dt)
    pred = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in parsed]
    result["ner"] = score(gold, pred, TYPES)
    result["ner_extra"] = score(gold_extra, pred, EXTRA)
    if extracted:
        # what `kg ingest` keeps: NER spans after the entity stage's rules and the gazetteer (kg.extract.entities)
        from kg.extract import entities as entity_stage
        from kg.records import Document

        c0 = time.process_time()
        epred = []
        for n, (d, t) in enumerate(zip(parsed, texts)):
            index, _roles = entity_stage.extract(d, Document(id=str(n), text=t, source="test", lang=lang))
            epred.append({(m.start, m.end, m.label) for m in index.mentions if m.label in TYPES})
        result["extracted"] = score(gold, epred, TYPES)
        result["extracted"]["words_per_cpu_second_stage"] = round(n_words / (time.process_time() - c0))
    if use_natasha:
        c0 = time.process_time()
        npred = natasha_predict(texts)
        ndt = time.process_time() - c0
        result["natasha"] = score(gold, npred, TYPES)
        result["natasha"]["words_per_second_ner_only"] = round(n_words / ndt)
    return result


UD_TEST = {"uk": "ud-uk-iu/uk_iu-ud-test.conllu", "ru": "ud-ru-gsd/ru_gsd-ud-test.conllu"}
MORPH_FEATS = ("Case", "Number", "Gender", "Animacy")


def morph_eval(lang: str) -> dict:
    """POS and Case/Number/Gender/Animacy accuracy of the loaded pipeline on the UD test file (gold tokens)."""
    from spacy.tokens import Doc

    from kg import nlp as nlp_loader

    nlp = nlp_loader.load(lang)
    sents, words = [], []
    for line in (CORPORA / UD_TEST[lang]).read_text(encoding="utf-8").splitlines() + [""]:
        if not line:
            if words:
                sents.append(words)
                words = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        feats = dict(x.split("=", 1) for x in c[5].split("|")) if c[5] != "_" else {}
        words.append((c[1], c[2], c[3], feats))
    ok, n = Counter(), Counter()
    for sent in sents:
        doc = Doc(nlp.vocab, words=[w[0] for w in sent])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        for tok, (_, lemma, upos, feats) in zip(doc, sent):
            n["POS"] += 1
            ok["POS"] += tok.pos_ == upos
            n["lemma"] += 1
            ok["lemma"] += tok.lemma_.lower() == lemma.lower()
            for f in MORPH_FEATS:
                if f in feats:
                    n[f] += 1
                    ok[f] += tok.morph.get(f) == [feats[f]]
    return {k: round(ok[k] / n[k], 4) for k in n} | {"tokens": n["POS"]}


def _with_all_spans(conv, lang):
    if lang == "uk":
        _, test = conv.ner_uk_split(CORPORA / "ner-uk")
        return conv.ner_uk_docs(CORPORA / "ner-uk", test)
    return conv.nerel_docs(CORPORA / "nerel", "test")


def print_result(r: dict) -> None:
    print(f"== {r['lang']}: {r['docs']} test docs, {r['words']} words; pipeline {r['pipeline']}")
    for key in ("ner", "ner_extra", "extracted", "natasha"):
        if key not in r:
            continue
        print(f"  [{key}]")
        for t, s in r[key].items():
            if isinstance(s, dict):
                print(f"    {t:6s} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
        if "words_per_second_ner_only" in r[key]:
            print(f"    natasha segment+NER words/s: {r[key]['words_per_second_ner_only']}")
    if "morph" in r:
        print("  [UD test, gold tokens] " + "  ".join(f"{k} {v}" for k, v in r["morph"].items()))
    if "extracted" in r:
        print(f"    entity stage alone: {r['extracted']['words_per_cpu_second_stage']} words per CPU-second")
    print(
        f"  full pipeline, 1 thread: {r['words_per_cpu_second']} words per CPU-second "
        f"({r['words_per_second_wall']} words/s wall clock; load {r['load_seconds']} s)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("langs", nargs="*", default=["uk", "ru"])
    ap.add_argument("--model", help="pipeline path/name to use instead of kg.nlp.load's choice (one language)")
    ap.add_argument("--natasha", action="store_true", help="also score natasha's NER (ru)")
    ap.add_argument("--json", action="store_true", help="print one JSON object per language")
    ap.add_argument("--morph", action="store_true", help="also score POS/morphology/lemmas on the UD test file")
    ap.add_argument("--extracted", action="store_true",
                    help="also score the entity mentions kg ingest keeps (NER + entity rules + gazetteer)")
    a = ap.parse_args()
    if not CORPORA.is_dir():
        print(f"{CORPORA}: corpora not found; nothing to evaluate", file=sys.stderr)
        return 2
    for lang in a.langs:
        r = evaluate(lang, a.model, a.natasha, a.extracted)
        if a.morph:
            r["morph"] = morph_eval(lang)
        print(json.dumps(r, ensure_ascii=False) if a.json else "", end="\n" if a.json else "")
        if not a.json:
            print_result(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
