"""Export benchmark: seconds to serialise about a million triples from the store.

Builds a temporary store of synthetic articles (copies of the hand-made test records under new
article IRIs, loaded with Oxigraph's bulk loader), then times ``kg.export.export`` to Turtle
(merged union) and to N-Quads/TriG (one graph per article), and the Turtle parse-back size.

    python benchmarks/export_bench.py [--triples 1000000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from kg import rdf_mapping as m  # noqa: E402
from kg.export import export  # noqa: E402
from kg.store import Store  # noqa: E402
from test_rdf_sample import all_extractions  # noqa: E402
from rdflib import URIRef  # noqa: E402


def synthetic_quads(target: int):
    """(s, p, o, g) quads: the sample articles copied under new article IRIs until ``target`` triples."""
    templates = []
    for x in all_extractions():
        base = m.article_iri(x.document)
        templates.append((base, list(m.to_graph(x))))
    ents = URIRef(m.ENTITIES_GRAPH)
    n = copy = 0
    while n < target:
        for base, triples in templates:
            new = f"{base}-copy{copy}"

            def re_iri(t, base=base, new=new):
                if isinstance(t, URIRef) and t.startswith(base):
                    return URIRef(new + t[len(base):])
                return t

            g = URIRef(new)
            for t in triples:
                s, p, o = t  # entity descriptions go to the shared entities graph, as Store.replace_article does
                yield re_iri(s), p, re_iri(o), (ents if m.is_entity_description(t) else g)
            n += len(triples)
            if n >= target:
                return
        copy += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, default=None, help="store directory to build (kept)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = args.keep or Path(tmp.name) / "store"
    with Store(path) as st:
        t0 = time.perf_counter()
        st.bulk_load_quads(synthetic_quads(args.triples))
        load_s = time.perf_counter() - t0
        count = st.triple_count()
        print(f"store: {count:,} triples in {st.article_count():,} article graphs (bulk load {load_s:.1f} s)")
        out_dir = Path(tmp.name)
        for fmt in ("turtle", "nq", "trig"):
            out = out_dir / f"export.{fmt}"
            t0 = time.perf_counter()
            with open(out, "wb") as fh:
                export(st, fmt, fh)
            secs = time.perf_counter() - t0
            print(f"export {fmt:7} {secs:6.2f} s  {os.path.getsize(out) / 1e6:7.1f} MB  "
                  f"({count / secs / 1e6:.2f} M triples/s)")
    tmp.cleanup()


if __name__ == "__main__":
    main()
