"""Extractors: entities, time, statements, events. Each works on one spaCy Doc of one article."""
