"""Rule-based name finder for pipelines without a trained NER (English today).

Finds runs of capitalised words inside a sentence (``Olena Marchuk``, ``Lviv City Council``,
``Gulf of Finland``) and types them: the last word's class from ``data/gazetteer/name_heads.tsv``
(Council -> ORG, Gulf -> LOC), else PER for two- or three-word runs whose words look like
given name + surname, or runs right after a title word (``lexicons/<lang>/titles.txt``).
A title inside the run (``European Commissioner for Energy Helena Berg``) is cut off: the
person is the last two words. One-word runs are kept only when they repeat the surname of a
person found in the same article. Spans are (start_char, end_char, label).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from kg.extract.names import morph
from kg.extract.roles import titles

DATA = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
_CONNECT = {"of", "for", "the", "de", "da", "von", "van", "der", "al", "bin", "and"}


@lru_cache(maxsize=None)
def name_heads(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    path = DATA / "name_heads.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) == 3 and cols[0] == lang:
                out[cols[1].lower()] = cols[2]
    return out


def _cap(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _is_title(word: str, lang: str) -> bool:
    lex = titles(lang)
    w = word.lower()
    return w in lex.single or any(w == m[0] or w == m[-1] for m in lex.multi)


def _is_first_name(word: str, lang: str) -> bool:
    m = morph(lang)
    return m is not None and any("Name" in p.tag.grammemes for p in m.parse(word.lower())[:3])


def find_names(doc: Doc, lang: str) -> list[tuple[int, int, str]]:
    heads = name_heads(lang)
    lower_words = {t.text for t in doc if t.text.islower()}
    runs: list[list] = []
    for sent in doc.sents:
        alpha = [t for t in sent if t.is_alpha]
        if len(alpha) >= 4 and sum(1 for t in alpha if t.text[:1].isupper()) > 0.6 * len(alpha):
            continue  # a Title Case Headline: capitals say nothing about names
        run: list = []
        for t in sent:
            if _cap(t.text) and not t.is_punct:
                run.append(t)
                continue
            if run and t.text.lower() in _CONNECT and t.i + 1 < sent.end and _cap(doc[t.i + 1].text):
                run.append(t)
                continue
            if run:
                runs.append(run)
            run = []
        if run:
            runs.append(run)
    spans: list[tuple[int, int, str]] = []
    singles = []
    for run in runs:
        while run and run[-1].text.lower() in _CONNECT:
            run.pop()
        # strip leading sentence-initial common words ("The", "Regional") and titles
        while run and (run[0].text.lower() in lower_words or run[0].text.lower() in _CONNECT
                       or (run[0].is_sent_start and run[0].text.lower() in _CONNECT)):
            run = run[1:]
        if not run:
            continue
        title_idx = [i for i, t in enumerate(run) if _is_title(t.text, lang)]
        if title_idx and len(run) - title_idx[-1] - 1 >= 2:
            person = run[-2:]
            spans.append((person[0].idx, person[-1].idx + len(person[-1].text), "PER"))
            continue
        if title_idx:
            run = run[title_idx[-1] + 1:]
            if not run:
                continue
        head_type = heads.get(run[-1].text.lower())
        conn = next((i for i, t in enumerate(run) if t.text.lower() in _CONNECT), None)
        if head_type is None and conn:
            head_type = heads.get(run[conn - 1].text.lower())  # Gulf of Finland, Bank of England
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if head_type:
            spans.append((start, end, head_type))
            continue
        prev = doc[run[0].i - 1] if run[0].i > 0 else None
        after_title = prev is not None and _is_title(prev.text, lang)
        if len(run) == 1:
            singles.append((run[0], after_title))
            continue
        if 2 <= len(run) <= 3 and all(t.text.lower() not in _CONNECT for t in run):
            if lang in ("uk", "ru") and not _is_first_name(run[0].text, lang):
                continue  # Cyrillic text without NER: only given name + surname runs
            spans.append((start, end, "PER"))
    text = doc.text
    surnames = {text[s:e].split()[-1] for s, e, lab in spans if lab == "PER"}
    for tok, after_title in singles:
        if tok.text in surnames or after_title:
            spans.append((tok.idx, tok.idx + len(tok.text), "PER"))
    return sorted(spans)
