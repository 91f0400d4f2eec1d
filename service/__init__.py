"""Ceasewatch: ceasefire-violation monitoring."""
