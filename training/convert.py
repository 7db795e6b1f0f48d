"""Corpus conversion for newskg training: brat standoff (NER-UK 2.0, NEREL 1.1) and UD CoNLL-U -> spaCy DocBin.

Entity types are mapped to the project's labels (PER / ORG / LOC, plus JOB and DATE which feed
roles and time). Nested entities are flattened: first the outermost PER/ORG/LOC spans are kept
(a span inside another mapped PER/ORG/LOC span is dropped), then JOB/DATE spans are added where
they do not clash; a JOB/DATE span that runs into a kept name is cut just before it
("президента России" -> JOB "президента" + LOC "России"), otherwise dropped.
Discontinuous brat spans (``T1 DATE 10 15;20 30``) are skipped.

Run as a script:  python training/convert.py uk|ru|ud-uk|ud-ru OUT_DIR [--corpora DIR]
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

NAME_TYPES = ("PER", "ORG", "LOC")
EXTRA_TYPES = ("JOB", "DATE")

NER_UK_MAP = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "JOB": "JOB", "DATE": "DATE"}
NEREL_MAP = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "STATE_OR_PROV": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "LOCATION": "LOC",
    "DISTRICT": "LOC",
    "PROFESSION": "JOB",
    "DATE": "DATE",
}
DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


def read_brat(ann_path: Path, mapping: dict[str, str]) -> list[Span]:
    """Text-bound annotations of a brat .ann file with mapped labels (unmapped types and discontinuous spans skipped)."""
    spans = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        # NEREL: "T1\tTYPE 10 15\ttext"; NER-UK: "T1\tTYPE\t10\t15\ttext"
        parts = line.split("\t")
        head = " ".join(parts[1:4]) if len(parts) >= 4 and parts[2].isdigit() else (parts[1] if len(parts) > 1 else "")
        fields = head.split(" ")
        if len(fields) != 3 or ";" in head:
            continue
        label = mapping.get(fields[0])
        if label is None:
            continue
        try:
            start, end = int(fields[1]), int(fields[2])
        except ValueError:
            continue
        if end > start:
            spans.append(Span(start, end, label))
    return spans


def outermost(spans: list[Span], types=NAME_TYPES) -> list[Span]:
    """Spans of the given types not contained in another (longer) span of these types; overlaps keep the longer."""
    cand = sorted({s for s in spans if s.label in types}, key=lambda s: (-(s.end - s.start), s.start))
    kept: list[Span] = []
    for s in cand:
        if any(s.start < k.end and k.start < s.end for k in kept):
            continue
        kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def flatten(spans: list[Span], text: str) -> list[Span]:
    """Names outermost first; JOB/DATE added where they fit (cut before a name they run into)."""
    kept = outermost(spans, NAME_TYPES)
    extras = sorted({s for s in spans if s.label in EXTRA_TYPES}, key=lambda s: (-(s.end - s.start), s.start))
    for s in extras:
        start, end = s.start, s.end
        clashes = [k for k in kept if start < k.end and k.start < end]
        if clashes:
            first = min(clashes, key=lambda k: k.start)
            if first.start <= start:
                continue
            end = first.start
            while end > start and text[end - 1] in " \t\n\u00a0,(«\"":
                end -= 1
            if end <= start or any(start < k.end and k.start < end for k in kept):
                continue
        kept.append(Span(start, end, s.label))
    return sorted(kept, key=lambda s: s.start)


def make_doc(nlp, text: str, spans: list[Span], stats: dict) -> Doc:
    doc = nlp.make_doc(text)
    ents = []
    for s in spans:
        span = doc.char_span(s.start, s.end, label=s.label)
        if span is None:
            span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
            stats["expanded"] = stats.get("expanded", 0) + 1
        if span is None or not span.text.strip():
            stats["lost"] = stats.get("lost", 0) + 1
            continue
        ents.append(span)
    # expansion can create overlaps: keep first/longest
    ents = spacy.util.filter_spans(ents)
    doc.ents = ents
    stats["ents"] = stats.get("ents", 0) + len(ents)
    return doc


# ---------------------------------------------------------------- NER-UK
def ner_uk_split(root: Path) -> tuple[list[str], list[str]]:
    """(DEV ids, TEST ids) of the standard split file."""
    dev, test, cur = [], [], None
    for line in (root / "v2.0" / "data" / "dev-test-split.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line in ("DEV", "TEST"):
            cur = dev if line == "DEV" else test
        elif line and cur is not None:
            cur.append(line)
    return dev, test


def ner_uk_docs(root: Path, ids: list[str]) -> list[tuple[str, str, list[Span]]]:
    data = root / "v2.0" / "data"
    out = []
    for i in ids:
        txt = next((p for p in (data / "ng" / f"{i}.txt", data / "bruk" / f"{i}.txt") if p.exists()), None)
        if txt is None:
            raise FileNotFoundError(f"{data}: no text for id {i} in the split file")
        text = txt.read_text(encoding="utf-8")
        out.append((i, text, read_brat(txt.with_suffix(".ann"), NER_UK_MAP)))
    return out


# ---------------------------------------------------------------- NEREL
def nerel_docs(root: Path, part: str) -> list[tuple[str, str, list[Span]]]:
    folder = root / "NEREL-v1.1" / part
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: NEREL part '{part}' not found")
    out = []
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        out.append((txt.stem, text, read_brat(txt.with_suffix(".ann"), NEREL_MAP)))
    return out


def gold_sets(lang: str, corpora: Path = DEFAULT_CORPORA) -> list[tuple[str, str, list[Span]]]:
    """Test documents with the scoring spans (outermost PER/ORG/LOC only) for the benchmark."""
    if lang == "uk":
        _, test = ner_uk_split(corpora / "ner-uk")
        docs = ner_uk_docs(corpora / "ner-uk", test)
    elif lang == "ru":
        docs = nerel_docs(corpora / "nerel", "test")
    else:
        raise ValueError(f"no NER test set for language '{lang}'")
    return [(i, t, outermost(s)) for i, t, s in docs]


def ner_parts(lang: str, corpora: Path = DEFAULT_CORPORA, seed: int = 0):
    """{'train': docs, 'dev': docs, 'test': docs}: NER-UK DEV is split 90/10 into train/dev; NEREL has its own."""
    if lang == "uk":
        dev_ids, test_ids = ner_uk_split(corpora / "ner-uk")
        ids = sorted(dev_ids)
        random.Random(seed).shuffle(ids)
        n_dev = max(1, len(ids) // 10)
        return {
            "train": ner_uk_docs(corpora / "ner-uk", ids[n_dev:]),
            "dev": ner_uk_docs(corpora / "ner-uk", ids[:n_dev]),
            "test": ner_uk_docs(corpora / "ner-uk", test_ids),
        }
    if lang == "ru":
        root = corpora / "nerel"
        return {p: nerel_docs(root, p) for p in ("train", "dev", "test")}
    raise ValueError(f"no NER corpus for language '{lang}'")


def convert_ner(lang: str, out_dir: Path, corpora: Path = DEFAULT_CORPORA) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank(lang)
    report = {}
    for part, docs in ner_parts(lang, corpora).items():
        stats: dict = {"docs": len(docs)}
        db = DocBin(store_user_data=False)
        for _, text, spans in docs:
            db.add(make_doc(nlp, text, flatten(spans, text), stats))
        db.to_disk(out_dir / f"{lang}_ner_{part}.spacy")
        report[part] = stats
    return report


# ---------------------------------------------------------------- UD
UD_FILES = {"uk": ("ud-uk-iu", "uk_iu-ud"), "ru": ("ud-ru-gsd", "ru_gsd-ud")}


def convert_ud(lang: str, out_dir: Path, corpora: Path = DEFAULT_CORPORA, n_sents: int = 10) -> dict:
    """UD dev -> train/dev DocBins (90/10 by document chunk), UD test -> test DocBin."""
    from spacy.training.converters import conllu_to_docs

    folder, prefix = UD_FILES[lang]
    out_dir.mkdir(parents=True, exist_ok=True)
    report = {}
    for part in ("dev", "test"):
        path = corpora / folder / f"{prefix}-{part}.conllu"
        docs = list(conllu_to_docs(path.read_text(encoding="utf-8"), n_sents=n_sents, no_print=True))
        if part == "dev":
            random.Random(0).shuffle(docs)
            n = max(1, len(docs) // 10)
            parts = {"train": docs[n:], "dev": docs[:n]}
        else:
            parts = {"test": docs}
        for name, ds in parts.items():
            DocBin(docs=ds).to_disk(out_dir / f"{lang}_ud_{name}.spacy")
            report[name] = {"docs": len(ds), "tokens": sum(len(d) for d in ds)}
    return report


if __name__ == "__main__":
    import argparse
    import json

    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["uk", "ru", "ud-uk", "ud-ru"])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    a = ap.parse_args()
    if a.what.startswith("ud-"):
        rep = convert_ud(a.what[3:], a.out_dir, a.corpora)
    else:
        rep = convert_ner(a.what, a.out_dir, a.corpora)
    json.dump(rep, sys.stdout, ensure_ascii=False, indent=1)
    print()
