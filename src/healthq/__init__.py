"""healthq: fast, offline answers to everyday health questions."""

__version__ = "0.2.0"
