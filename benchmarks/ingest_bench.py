"""End-to-end ingest throughput: documents and words per second, peak memory.

    python benchmarks/ingest_bench.py [N]      # N uk + N ru corpus texts (default 50 each) from ../shared

Reads training-part texts only (NEREL train/, ner-uk ng/ files) into a fresh temporary store
through the same path as `kg ingest`, and prints the figures (wall time includes model loading,
reported separately).
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpora"


def main(n: int = 50) -> None:
    from kg import nlp
    from kg.ingest import ingest_documents
    from kg.store import Store

    ru = sorted((SHARED / "nerel" / "NEREL-v1.1" / "train").glob("*.txt"))[:n]
    uk = sorted((SHARED / "ner-uk" / "v2.0" / "data" / "ng").glob("*.txt"))[:n]
    paths = [str(p) for p in ru + uk]
    if not paths:
        sys.exit(f"no corpus texts under {SHARED}")
    words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in paths)
    t0 = time.perf_counter()
    for lang in ("uk", "ru"):
        nlp.load(lang)
    load_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store") as store:
        t1 = time.perf_counter()
        report = ingest_documents(paths, store, progress=False, echo=lambda m: None)
        run_s = time.perf_counter() - t1
        triples = store.triple_count()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {report.stored}/{len(paths)}  words {words}  statements {report.statements}  "
          f"events {report.events}  triples {triples}")
    print(f"model loading {load_s:.1f} s; ingest {run_s:.1f} s = {report.stored / run_s:.2f} docs/s, "
          f"{words / run_s:.0f} words/s; peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
