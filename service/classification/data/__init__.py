"""Lexicons and the place index shipped with the classifier (a package so wheels include them)."""
