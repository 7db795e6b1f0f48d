"""Custom spaCy components of newskg. Importing this package registers their factories."""
from kg.components import sentences  # noqa: F401
