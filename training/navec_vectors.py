"""Static word vectors for the Russian NER from natasha's navec (MIT; shipped inside the natasha package).

The N most frequent navec words, reduced by PCA to D dimensions to keep the pipeline small, keyed
on the word as spelled. Writes a blank ``ru`` pipeline holding
only the vectors, for ``[initialize] vectors = <dir>``. (spaCy does not save ``Vectors.attr`` in the
default mode, so the lower-case, Title-case and UPPER-case spellings are all keys of the same row.)

    python training/navec_vectors.py OUT_DIR [--words 60000] [--dims 96]
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np


def build(out: Path, n_words: int = 60000, dims: int = 96) -> Path:
    import spacy
    from natasha import NewsEmbedding
    from spacy.vectors import Vectors

    emb = NewsEmbedding()
    vocab = emb.vocab
    order = np.argsort(-np.asarray(vocab.counts))
    words, rows = [], []
    for i in order:
        w = vocab.words[i]
        if w in ("<pad>", "<unk>"):
            continue
        words.append(w)
        rows.append(emb[w])
        if len(words) >= n_words:
            break
    x = np.asarray(rows, dtype="float32")
    x -= x.mean(axis=0)
    # PCA via SVD on the matrix
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    y = (x @ vt[:dims].T).astype("float32")
    nlp = spacy.blank("ru")
    vectors = Vectors(strings=nlp.vocab.strings, data=y)
    for row, w in enumerate(words):
        for form in {w, w.capitalize(), w.upper()}:
            vectors.add(nlp.vocab.strings.add(form), row=row)
    nlp.vocab.vectors = vectors
    nlp.to_disk(out)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--words", type=int, default=60000)
    ap.add_argument("--dims", type=int, default=96)
    a = ap.parse_args()
    print(build(a.out, a.words, a.dims))
