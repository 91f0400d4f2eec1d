"""Token n-gram lookup: finds known phrases in text with dict probes, not big regex alternations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")
TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_PARTS = re.compile(r"[.\-]")
_ATTRIBUTIVE = re.compile(
    r"-(?:owned|run|backed|appointed|controlled|held|linked|affiliated|aligned|installed|friendly|supported|operated"
    r"|made|built|funded|trained|style|era)$",
    re.I,
)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    key: str  # lower-case, possessive stripped
    exact: str  # original case, possessive stripped


# word -> (key, exact): the same words recur from item to item
_FORMS: dict[str, tuple[str, str]] = {}
_new_tuple = tuple.__new__  # a Token without NamedTuple's Python-level __new__


def _forms(word: str) -> tuple[str, str]:
    exact = word[:-2] if word.endswith(("'s", "’s")) else word  # the possessive
    if "’" in exact:
        exact = exact.replace("’", "'")
    if len(_FORMS) > 100_000:
        _FORMS.clear()  # a bound for long-running processes
    forms = _FORMS[word] = (exact.lower(), exact)
    return forms


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    forms_of = _FORMS.get
    find = text.find
    end = 0
    # Speed: findall and str.find instead of a match object per token. A token starts at the
    # first word character after the previous one ends, and nothing between them is a word
    # character, so find() from there lands on the token itself.
    for word in TOKEN.findall(text):
        forms = forms_of(word)
        if forms is None:
            forms = _forms(word)
        start = find(word, end)
        end = start + len(word)
        append(_new_tuple(Token, (word, start, end, forms[0], forms[1])))
    return out


def phrase_keys(phrase: str) -> tuple[str, str]:
    """(case-insensitive key, exact key) of a phrase, tokenised like the text."""
    toks = tokenize(phrase)
    return " ".join(t.key for t in toks), " ".join(t.exact for t in toks)


class Hit(NamedTuple, Generic[T]):
    """A phrase found in a text. (A named tuple: a frozen dataclass costs a setattr per field.)"""

    start: int
    end: int
    text: str
    payloads: tuple[T, ...]
    first_token: int
    last_token: int


@dataclass
class PhraseIndex(Generic[T]):
    """Phrases to payloads; all-capital phrases (acronyms) match only in their exact case."""

    folded: dict[str, list[T]] = field(default_factory=dict)
    exact: dict[str, list[T]] = field(default_factory=dict)
    max_len: int = 1
    firsts: dict[str, int] = field(default_factory=dict)  # first word -> longest phrase it starts

    def add(self, phrase: str, payload: T) -> None:
        key, exact = phrase_keys(phrase)
        if not key:
            return
        letters = [c for c in phrase if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        # 'KIA', 'LeT', 'PDFs' match only as written: lower-cased they are ordinary words
        acronym = " " not in phrase.strip() and len(letters) <= 6 and (upper == len(letters) or upper >= 2)
        self.add_key(exact if acronym else key, payload, exact=acronym)

    def add_key(self, k: str, payload: T, *, exact: bool = False) -> None:
        """Add an already tokenised key (see phrase_keys); for phrases built in bulk."""
        table = self.exact if exact else self.folded
        first = k.split(" ", 1)[0]
        self.firsts[first] = max(self.firsts.get(first, 1), k.count(" ") + 1)
        bucket = table.setdefault(k, [])
        if payload not in bucket:
            bucket.append(payload)
        self.max_len = max(self.max_len, k.count(" ") + 1)

    def find(self, text: str, tokens: list[Token], *, exact_ok: bool = True) -> Iterator[Hit[T]]:
        """Longest non-overlapping matches, left to right."""
        n = len(tokens)
        firsts = self.firsts
        # Speed: most tokens start no phrase and hold no parts; one pass picks out the others.
        candidates = [
            c
            for c, (word, _, _, key, exact) in enumerate(tokens)
            if key in firsts or exact in firsts or "-" in word or "." in word
        ]
        i = 0  # the first token a hit may start at
        for i_ in candidates:
            if i_ < i:
                continue
            i = i_
            hit = None
            tok = tokens[i]
            longest = max(firsts.get(tok.key, 0), firsts.get(tok.exact, 0))
            for size in range(min(longest, n - i), 0, -1):
                window = tokens[i : i + size]
                if size == 1:
                    found = self.folded.get(tok.key)
                    if found is None and exact_ok:
                        found = self.exact.get(tok.exact)
                else:
                    found = self.folded.get(" ".join([t.key for t in window]))
                    if found is None and exact_ok:
                        found = self.exact.get(" ".join([t.exact for t in window]))
                if found:
                    start, end = window[0].start, window[-1].end
                    hit = Hit(start, end, text[start:end], tuple(found), i, i + size - 1)
                    break
            if hit is None and ("-" in tok.text or "." in tok.text):
                # 'Taliban-planted', 'E.Ukraine': a part of a joined token may be a phrase.
                start = tok.start
                if _ATTRIBUTIVE.search(tok.text):
                    continue  # 'military-owned tower', 'Israeli-made': describes a thing, not a party
                for part in _PARTS.split(tok.text):
                    found = self.folded.get(part.lower()) or (self.exact.get(part) if exact_ok else None)
                    if found:
                        hit = Hit(start, start + len(part), part, tuple(found), i, i)
                        break
                    start += len(part) + 1
            if hit is not None:
                yield hit
                i = hit.last_token + 1
