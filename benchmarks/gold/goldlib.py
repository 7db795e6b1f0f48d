"""Shared helpers for the gold tools (make_offsets.py, check.py): reading texts, ISO checks."""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"

LANGS = ("uk", "ru", "en")
ENTITY_TYPES = ("PER", "ORG", "LOC")
KINDS = ("direct", "indirect")
STATUSES = ("planned", "occurred", "denied", "possible")
# the event taxonomy of ontology/newskg.ttl (subclasses of nkg:Event)
EVENT_TYPES = ("Contact", "Meeting", "Summit", "Call", "Talks", "Visit", "Attack", "Agreement",
               "Election", "Sanctions", "Ceasefire")
# types outside the taxonomy, allowed on optional entries only (kept for a later extension)
EXTRA_EVENT_TYPES = ("Interview", "Arrest", "Protest", "Resignation", "Exhibition")
# order of top-level keys as in the dev gold
DOC_KEYS = ("doc", "lang", "published", "publisher", "entities", "roles", "events", "statements")

_DATE = r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?"
ISO_RE = re.compile(rf"^{_DATE}(?:/{_DATE})?$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_iso(value: str) -> bool:
    return bool(ISO_RE.match(value))


def read_text(path: Path) -> str:
    """The file's text exactly as the pipeline reads it: UTF-8, no newline translation."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def find_root(gold_file: Path, doc: str, root: Path | None) -> Path | None:
    """The folder `doc` is relative to: --root if given, else the nearest ancestor of the gold
    file (then ../shared next to the repo) in which it exists."""
    if root is not None:
        return root if (root / doc).exists() else None
    for anc in [gold_file.resolve().parent, *gold_file.resolve().parents, SHARED]:
        if (anc / doc).exists():
            return anc
    return None


_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def norm(s: str) -> str:
    """Length-preserving: no-break and thin spaces as plain spaces (the dev gold writes
    `content` with plain spaces where the text has U+00A0; offsets still count the text)."""
    return s.translate(_SPACES)


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of `needle` in `text`, treating no-break spaces as spaces."""
    text, needle = norm(text), norm(needle)
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def load_jsonl(path: Path) -> list[dict]:
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: invalid JSON: {exc}")
    return docs
