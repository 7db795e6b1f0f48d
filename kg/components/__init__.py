"""Custom spaCy components of newskg. Importing this package registers their factories."""
from kg.components import lemmatizer, morph, sentences  # noqa: F401
