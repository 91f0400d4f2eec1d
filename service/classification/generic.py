"""Is an actor name one of the generic words the news uses for an unnamed party ('soldiers', 'militants')?

Read from the same lexicon the classifier uses, loaded on first use and only that file, so callers
outside the classifier (matching incidents to ceasefires) need not load the gazetteer.
"""

from __future__ import annotations

from functools import lru_cache

from service.classification.resources import _yaml


@lru_cache(maxsize=1)
def _generic() -> dict[str, str]:
    lexicon = _yaml("generic_actors.yaml")["generic"]
    return {str(noun).casefold(): str(kind) for kind, nouns in lexicon.items() for noun in nouns}


def is_generic_actor(name: str) -> bool:
    return name.strip().casefold() in _generic()
