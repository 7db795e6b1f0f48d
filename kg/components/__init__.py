"""Custom spaCy components of newskg. Importing this package registers their factories and callbacks."""
from kg.components import lemmatizer, lexfeats, morph, sentences  # noqa: F401
