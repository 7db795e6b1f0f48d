"""Speed of entity extraction (after the spaCy pipeline) on corpus texts; prints figures.

    python benchmarks/entities_speed.py [ru|uk] [N]   (texts from ../shared/corpora)
"""
from __future__ import annotations

import glob
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")

from kg import gazetteer, nlp  # noqa: E402
from kg.extract import entities  # noqa: E402
from kg.records import Document  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
PATTERNS = {"ru": "nerel/NEREL-v1.1/train/*.txt", "uk": "ner-uk/v2.0/data/ng/*.txt"}


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "ru"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    files = sorted(glob.glob(str(SHARED / PATTERNS[lang])))[:n]
    if not files:
        print(f"no corpus texts under {SHARED}")
        return 1
    t = time.perf_counter()
    gazetteer.load()
    print(f"gazetteer load: {time.perf_counter() - t:.2f}s")
    pipe = nlp.load(lang)
    t_nlp = t_ent = 0.0
    chars = ents = 0
    for f in files:
        text = Path(f).read_text(encoding="utf-8")
        t = time.perf_counter()
        doc = pipe(text)
        t_nlp += time.perf_counter() - t
        t = time.perf_counter()
        index, _ = entities.extract(doc, Document(id=f, text=text, source=f, lang=lang))
        t_ent += time.perf_counter() - t
        chars += len(text)
        ents += len(index.entities)
    print(f"{lang}: {len(files)} texts, {chars} chars, {ents} entities; spaCy {t_nlp:.2f}s, "
          f"entities {t_ent:.2f}s ({1000 * t_ent / len(files):.0f} ms/text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
