"""``kg eval``: score what the graph holds against a gold file (shared/eval/FORMAT.md).

The gold documents are ingested into a fresh temporary store; the system's entities, statements
and events are read back from the graph with the named ``eval-*`` SPARQL queries, and scored:
entities (P/R/F1 by label/alias after lemmatisation), cross-document identity, statements
(detection, attribution, end-to-end, kind/cue/via/said_on accuracy) and events (P/R/F1,
participants F1, place and time accuracy).
"""
from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional


# ---------------------------------------------------------------------------- system view
@dataclass
class SysEntity:
    iri: str
    type: str = ""
    labels: set[str] = field(default_factory=set)


@dataclass
class SysStatement:
    start: int
    end: int
    speaker: Optional[str] = None
    kind: Optional[str] = None
    cue: Optional[str] = None
    via: Optional[str] = None
    to: Optional[str] = None
    said_on: Optional[str] = None


@dataclass
class SysEvent:
    iri: str
    types: set[str]  # its classes (one event told by two articles may have two)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)
    place: Optional[str] = None
    when: Optional[str] = None


@dataclass
class SystemDoc:
    entities: dict[str, SysEntity] = field(default_factory=dict)
    statements: list[SysStatement] = field(default_factory=list)
    events: list[SysEvent] = field(default_factory=list)


def from_extraction(ex) -> SystemDoc:
    """SystemDoc straight from an ArticleExtraction (no store): for quick development loops."""
    sd = SystemDoc()
    for e in ex.entities:
        sd.entities[e.key] = SysEntity(e.key, e.type, {e.name, *e.labels.values(), *e.alt_labels})
    for s in ex.statements:
        sd.statements.append(SysStatement(s.start, s.end, s.speaker_key, s.kind, s.cue, s.via_key,
                                          s.addressee_key, s.said_on.value if s.said_on else None))
    for i, ev in enumerate(ex.events):
        mentions = [(ev.start, ev.end)] + [(m[0], m[1]) for m in ev.mentions]
        sd.events.append(SysEvent(f"event{i}", {ev.cls}, mentions, set(ev.participants), ev.place_key,
                                  ev.time.value if ev.time else None))
    return sd


def from_store(store, article_iri: str) -> SystemDoc:
    """SystemDoc read back from the graph with the eval-* named queries."""
    from kg import queries

    sd = SystemDoc()
    params = {"article": article_iri}
    variables, rows = queries.run(store, queries.load("eval-entities"), params)
    for row in _dicts(variables, rows):
        ent = sd.entities.setdefault(row["entity"], SysEntity(row["entity"]))
        ent.type = row.get("type") or ent.type
        if row.get("label"):
            ent.labels.add(row["label"])
    variables, rows = queries.run(store, queries.load("eval-statements"), params)
    for row in _dicts(variables, rows):
        sd.statements.append(SysStatement(int(row["start"]), int(row["end"]), row.get("speaker"), row.get("kind"),
                                          row.get("cue"), row.get("via"), row.get("addressee"),
                                          row.get("said_on")))
    variables, rows = queries.run(store, queries.load("eval-events"), params)
    events: dict[str, SysEvent] = {}
    for row in _dicts(variables, rows):
        ev = events.setdefault(row["event"], SysEvent(row["event"], set()))
        ev.types.add(_local(row.get("type") or ""))
        if row.get("start") is not None:
            span = (int(row["start"]), int(row["end"]))
            if span not in ev.mentions:
                ev.mentions.append(span)
        if row.get("participant"):
            ev.participants.add(row["participant"])
        ev.place = row.get("place") or ev.place
        ev.when = row.get("time") or ev.when
    sd.events = list(events.values())
    return sd


def _dicts(variables, rows):
    for row in rows:
        yield {v: (None if x is None else str(x)) for v, x in zip(variables, row)}


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


# ---------------------------------------------------------------------------- normalisation
_PUNCT = re.compile(r"[«»\"“”„‘’'`()\[\].,:;!?]")


@lru_cache(maxsize=4)
def _morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=100_000)
def _lemmas(word: str) -> frozenset[str]:
    """Every normal form the uk and ru analysers give a word (names are often ambiguous)."""
    out = {word}
    if re.search(r"[а-яіїєґ]", word):
        for lg in ("uk", "ru"):
            out.update(p.normal_form.replace("ё", "е") for p in _morph(lg).parse(word)[:4])
    return frozenset(out)


def label_forms(label: str) -> tuple[frozenset[str], ...]:
    """A label as a sequence of per-word lemma sets, lower-cased, punctuation removed."""
    text = _PUNCT.sub(" ", label.replace("\u00a0", " ")).lower().replace("ё", "е")
    return tuple(_lemmas(w) for w in text.split())


def labels_match(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> bool:
    return bool(a) and len(a) == len(b) and all(x & y for x, y in zip(a, b))


def _prf(tp: float, n_sys: float, n_gold: float) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _acc(hits: int, n: int) -> Optional[float]:
    return round(hits / n, 4) if n else None


# ---------------------------------------------------------------------------- scoring
_SENT = re.compile(r"[^\n]+?(?:[.!?…]+[»\"”]?(?=\s)|$)", re.S)


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for line in re.finditer(r"[^\n]+", text):
        for m in _SENT.finditer(line.group()):
            if m.group().strip():
                out.append((line.start() + m.start(), line.start() + m.end()))
    return out


def match_entities(gold: dict, sd: SystemDoc) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Map system entity IRIs to gold keys; return (iri -> key, key -> [iris])."""
    aliases = [(ent["key"], label_forms(alias)) for ent in gold.get("entities", [])
               for alias in [ent["key"], *ent.get("aliases", [])]]
    iri_key: dict[str, str] = {}
    key_iris: dict[str, list[str]] = {}
    for iri, se in sd.entities.items():
        votes: dict[str, int] = {}
        for label in se.labels:
            forms = label_forms(label)
            for k in {k for k, a in aliases if labels_match(forms, a)}:
                votes[k] = votes.get(k, 0) + 1
        if votes:
            key = max(sorted(votes), key=lambda k: votes[k])
            iri_key[iri] = key
            key_iris.setdefault(key, []).append(iri)
    return iri_key, key_iris


def score_document(gold: dict, text: str, sd: SystemDoc) -> dict:
    iri_key, key_iris = match_entities(gold, sd)
    gold_keys = {e["key"] for e in gold.get("entities", [])}
    # entities: one hit per gold key found; every extra system entity on that key is a false positive
    ent_tp = sum(1 for k in gold_keys if k in key_iris)
    ent = {"tp": ent_tp, "sys": len(sd.entities), "gold": len(gold_keys)}

    # statements: greedy one-to-one matching by overlap >= half of the shorter span
    gstmts = gold.get("statements", [])
    pairs = []
    for gi, g in enumerate(gstmts):
        for si, s in enumerate(sd.statements):
            ov = min(g["end"], s.end) - max(g["start"], s.start)
            shorter = min(g["end"] - g["start"], s.end - s.start)
            if shorter > 0 and ov >= shorter / 2:
                pairs.append((ov, gi, si))
    pairs.sort(reverse=True)
    g_used, s_used, matches = set(), set(), []
    for ov, gi, si in pairs:
        if gi not in g_used and si not in s_used:
            g_used.add(gi)
            s_used.add(si)
            matches.append((gstmts[gi], sd.statements[si]))
    st = {"tp": 0, "e2e": 0, "sys": 0, "gold": 0, "attr": 0, "matched": 0, "kind": [0, 0], "cue": [0, 0],
          "via": [0, 0], "said_on": [0, 0]}
    opt_matched = sum(1 for g, _ in matches if g.get("optional"))
    st["sys"] = len(sd.statements) - opt_matched
    st["gold"] = sum(1 for g in gstmts if not g.get("optional"))
    for g, s in matches:
        ok_keys = {g["speaker"], *g.get("also_accept", [])}
        speaker_ok = s.speaker is not None and iri_key.get(s.speaker) in ok_keys
        if not g.get("optional"):
            st["tp"] += 1
            st["e2e"] += int(speaker_ok)
        st["matched"] += 1
        st["attr"] += int(speaker_ok)
        st["kind"][0] += int((s.kind or "") == g.get("kind"))
        st["kind"][1] += 1
        if g.get("cue"):
            st["cue"][1] += 1
            st["cue"][0] += int(_cue_match(g["cue"], s.cue or "", gold.get("lang") or "uk"))
        if g.get("via"):
            st["via"][1] += 1
            st["via"][0] += int(s.via is not None and iri_key.get(s.via) == g["via"])
        if "said_on" in g:
            st["said_on"][1] += 1
            st["said_on"][0] += int((s.said_on or None) == (g["said_on"] or None))

    # events: a system event matches a gold entry when one of its mentions lies in the evidence's sentence
    sents = _sentences(text)
    gevents = gold.get("events", [])
    ev = {"sys_hit": 0, "sys_opt_only": 0, "sys": len(sd.events), "gold": 0, "tp": 0, "part": [], "place": [0, 0],
          "time": [0, 0]}
    sys_hits: dict[int, set[bool]] = {}
    for g in gevents:
        spans = _evidence_sentences(text, g.get("evidence", ""), sents)
        cands = [(i, e) for i, e in enumerate(sd.events)
                 if _is_a(e.types, g["type"]) and any(s0 <= m0 < s1 for m0, _ in e.mentions for s0, s1 in spans)]
        if not g.get("optional"):
            ev["gold"] += 1
        if not cands:
            continue
        best_i, best = max(cands, key=lambda c: _set_f1({iri_key.get(p, p) for p in c[1].participants},
                                                          set(g.get("participants", []))))
        sys_hits.setdefault(best_i, set()).add(bool(g.get("optional")))
        if g.get("optional"):
            continue
        ev["tp"] += 1
        ev["part"].append(_set_f1({iri_key.get(p, p) for p in best.participants}, set(g.get("participants", []))))
        if g.get("place"):
            ev["place"][1] += 1
            ev["place"][0] += int(best.place is not None and iri_key.get(best.place) == g["place"])
        if g.get("when") and _is_iso(g["when"]):
            ev["time"][1] += 1
            ev["time"][0] += int(best.when == g["when"])
    ev["sys_hit"] = sum(1 for v in sys_hits.values() if False in v)
    ev["sys_opt_only"] = sum(1 for v in sys_hits.values() if v == {True})
    return {"entities": ent, "statements": st, "events": ev, "iri_key": iri_key, "key_iris": key_iris}


def _is_a(types: set[str], gold_type: str) -> bool:
    """The system's event is of the gold type or of a narrower one (a Summit is a Meeting; not the reverse)."""
    from kg.rdf_mapping import event_type_and_broader

    return any(t == gold_type or gold_type in event_type_and_broader(t) for t in types)


def _cue_match(gold_cue: str, sys_cue: str, lang: str) -> bool:
    """Same cue when the lemmas of one are a contiguous part of the other's ("по словам" ~ "по его словам")."""
    g, s = label_forms(gold_cue), label_forms(sys_cue)
    if not g or not s:
        return False
    short, long_ = (g, s) if len(g) <= len(s) else (s, g)
    if any(labels_match(short, long_[i:i + len(short)]) for i in range(len(long_) - len(short) + 1)):
        return True
    # a cue that skips words ("по словам" in "по его словам"): every word of the shorter found in order
    it = iter(long_)
    return len(short) > 1 and all(any(w & x for x in it) for w in short)


def _set_f1(sys: set, gold: set) -> float:
    if not sys and not gold:
        return 1.0
    tp = len(sys & gold)
    if not tp:
        return 0.0
    p, r = tp / len(sys), tp / len(gold)
    return 2 * p * r / (p + r)


_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def _is_iso(value: str) -> bool:
    return bool(_ISO.match(value))


def _evidence_sentences(text: str, evidence: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    if not evidence:
        return out
    # gold may write a no-break space as a plain one: any run of spaces matches any other
    pattern = r"[\s\u00a0]+".join(re.escape(w) for w in evidence.split())
    for m in re.finditer(pattern, text):
        for s0, s1 in sents:
            if s0 <= m.start() < s1:
                out.append((s0, s1))
    return out


def aggregate(per_doc: list[dict], golds: list[dict]) -> dict:
    E = {"tp": 0, "sys": 0, "gold": 0}
    S = {"tp": 0, "e2e": 0, "sys": 0, "gold": 0, "attr": 0, "matched": 0, "kind": [0, 0], "cue": [0, 0],
         "via": [0, 0], "said_on": [0, 0]}
    V = {"tp": 0, "sys_hit": 0, "sys_opt_only": 0, "sys": 0, "gold": 0, "part": [], "place": [0, 0], "time": [0, 0]}
    for d in per_doc:
        for k in E:
            E[k] += d["entities"][k]
        for k, v in d["statements"].items():
            if isinstance(v, list):
                S[k][0] += v[0]
                S[k][1] += v[1]
            else:
                S[k] += v
        for k, v in d["events"].items():
            if k == "part":
                V[k].extend(v)
            elif isinstance(v, list):
                V[k][0] += v[0]
                V[k][1] += v[1]
            else:
                V[k] += v
    # identity: every gold key found in several documents must be one IRI
    docs_of: dict[str, list[int]] = {}
    for i, g in enumerate(golds):
        for e in g.get("entities", []):
            docs_of.setdefault(e["key"], []).append(i)
    shared = [k for k, ds in docs_of.items() if len(ds) > 1]
    one = 0
    for k in shared:
        iris = set()
        found_everywhere = True
        for i in docs_of[k]:
            got = per_doc[i]["key_iris"].get(k, [])
            found_everywhere &= bool(got)
            iris.update(got)
        one += int(found_everywhere and len(iris) == 1)
    st_prf = _prf(S["tp"], S["sys"], S["gold"])
    e2e = _prf(S["e2e"], S["sys"], S["gold"])["f1"]
    ev_sys = V["sys"] - V["sys_opt_only"]
    p = V["sys_hit"] / ev_sys if ev_sys else 0.0
    r = V["tp"] / V["gold"] if V["gold"] else 0.0
    ev_prf = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return {
        "documents": len(golds),
        "entities": _prf(E["tp"], E["sys"], E["gold"]),
        "identity": {"shared_keys": len(shared), "one_iri": one},
        "statements": {**st_prf, "attribution": _acc(S["attr"], S["matched"]), "e2e_f1": e2e,
                       "kind_acc": _acc(*S["kind"]), "cue_acc": _acc(*S["cue"]), "via_acc": _acc(*S["via"]),
                       "said_on_acc": _acc(*S["said_on"])},
        "events": {**ev_prf, "participants_f1": round(sum(V["part"]) / len(V["part"]), 4) if V["part"] else None,
                   "place_acc": _acc(*V["place"]), "time_acc": _acc(*V["time"])},
    }


# ---------------------------------------------------------------------------- driver
def load_gold(path: Path) -> list[dict]:
    golds = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            golds.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {n}: malformed JSON ({exc.msg})") from None
    if not golds:
        raise ValueError("no gold documents")
    return golds


def find_root(gold_path: Path, golds: list[dict]) -> Path:
    here = gold_path.resolve()
    # the gold's own ancestors, then a shared/ folder beside any of them (gold kept in a repo that
    # points into ../shared)
    for folder in [*here.parents, *(p / "shared" for p in here.parents)]:
        if all((folder / g["doc"]).exists() for g in golds):
            return folder
    raise ValueError("cannot find the folder the 'doc' paths are relative to; pass --root")


def evaluate(gold_path: Path, root: Optional[Path] = None, echo: Callable[[str], None] = print,
             store_dir: Optional[Path] = None) -> dict:
    """Ingest the gold documents into a fresh store, read the graph back, score it."""
    from kg.ingest import ingest_documents
    from kg.store import Store

    golds = load_gold(gold_path)
    root = Path(root) if root else find_root(gold_path, golds)
    missing = [g["doc"] for g in golds if not (root / g["doc"]).exists()]
    if missing:
        raise ValueError(f"documents not found under {root}: {', '.join(missing[:3])}")
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        with Store(Path(store_dir or tmp) / "store") as store:
            per_doc = []
            for g in golds:
                path = root / g["doc"]
                report = ingest_documents([str(path)], store, lang=g.get("lang"), progress=False, echo=echo)
                text = path.read_text(encoding="utf-8")
                if report.articles:
                    sd = from_store(store, report.articles[0][1])
                else:
                    sd = SystemDoc()
                per_doc.append(score_document(g, text, sd))
    return aggregate(per_doc, golds)


def render(result: dict) -> str:
    lines = [f"documents: {result['documents']}"]
    e = result["entities"]
    lines.append(f"entities    P {e['p']:.3f}  R {e['r']:.3f}  F1 {e['f1']:.3f}")
    i = result["identity"]
    lines.append(f"identity    {i['one_iri']}/{i['shared_keys']} shared keys are one IRI")
    s = result["statements"]
    lines.append(f"statements  P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  attribution {_fmt(s['attribution'])}"
                 f"  e2e F1 {s['e2e_f1']:.3f}")
    lines.append(f"            kind {_fmt(s['kind_acc'])}  cue {_fmt(s['cue_acc'])}  via {_fmt(s['via_acc'])}"
                 f"  said_on {_fmt(s['said_on_acc'])}")
    v = result["events"]
    lines.append(f"events      P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  participants F1 "
                 f"{_fmt(v['participants_f1'])}  place {_fmt(v['place_acc'])}  time {_fmt(v['time_acc'])}")
    return "\n".join(lines)


def _fmt(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def evaluate_records(gold_path: Path, root: Optional[Path] = None) -> dict:
    """Score ArticleExtraction records directly (no store): a fast loop for extractor work."""
    from kg import documents as reader
    from kg.ingest import assign_language, extractions

    golds = load_gold(gold_path)
    root = Path(root) if root else find_root(gold_path, golds)
    per_doc = []
    for g in golds:
        path = root / g["doc"]
        doc = next(d for d in reader.read([str(path)]) if not isinstance(d, reader.ReadError))
        assign_language(doc, g.get("lang"))
        ex = extractions([doc])
        per_doc.append(score_document(g, doc.text, from_extraction(ex[0]) if ex else SystemDoc()))
    return aggregate(per_doc, golds)
