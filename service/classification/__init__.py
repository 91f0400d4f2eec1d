"""Ceasefire-violation classifier: a pure function from a news item's text to an Assessment.

No database, network or clock: the only I/O is loading the package's own data files, once.
"""

from service.classification import regex_store  # first: it fills re's cache the modules compile from
from service.classification.classifier import VERSION, classify
from service.classification.cli import main
from service.classification.generic import is_generic_actor
from service.classification.jsonl import classify_jsonl
from service.classification.model import Actor, Assessment, Claim, Evidence, ItemText, Place

regex_store.save()  # every module's patterns are made: store the analysis of any the store lacked

__all__ = [
    "VERSION",
    "Actor",
    "Assessment",
    "Claim",
    "Evidence",
    "ItemText",
    "Place",
    "classify",
    "classify_jsonl",
    "is_generic_actor",
    "main",
]
