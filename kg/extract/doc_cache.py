"""Per-document values the extractors read often, computed once and kept in ``doc.user_data``."""
from __future__ import annotations

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """The document's text, built once: ``doc.text`` joins every token again on each call, which
    made span checks inside loops cost a pass over the whole article each. (Extractors never
    change a Doc's tokens, so the text cannot go stale.)"""
    text = doc.user_data.get("_newskg_text")
    if text is None:
        text = doc.user_data["_newskg_text"] = doc.text
    return text
