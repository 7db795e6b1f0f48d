"""newskg: a knowledge graph of who said what, when, to whom, reported by whom, from news."""

__version__ = "0.1.0"
