"""Cheap pre-checks for big word-list regexes.

Python's re tries every branch of an alternation at every position, so a 100-word pattern
costs ~100 steps a character. Most branches here start with a literal word, so each
top-level branch is compiled on its own, with the literal prefixes (up to 4 characters) its
matches must start with, read once from the parsed pattern. A branch runs only when a word
of the text starts with one of its prefixes: a few dict lookups instead of a scan. And since
every match of such a branch begins at one of those words, the branch is tried only there
(an anchored match at each word start) instead of scanning the whole text. A word list
'\b(?:a|b|c)tail' stays one branch with prefixes {a, b, c}: one compile, not one per word.

A text's words are keyed by their first 4 characters; which branches those name is looked up
once per distinct key and process. And a branch whose every match contains some literal
('court' in '\b(?:in|to|a|the) court\b') is not tried on a text that lacks it.
"""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from service.classification import regex_store
from service.classification.phrases import Token

_P: Any = importlib.import_module("re._parser")  # the stdlib's own regex parser (sre_parse)
_C: Any = importlib.import_module("re._compiler")  # and its compiler (sre_compile)
MAX = 4
_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"\b\w{1,4}")  # the first (up to) 4 characters of each \w+ word


def _chars(av: Any) -> set[str] | None:
    """The characters a small class (digits, a few letters) can match, as one-letter prefixes."""
    out: set[str] = set()
    for op, arg in av:
        if op is _P.LITERAL:
            out.add(chr(arg))
        elif op is _P.RANGE and arg[1] - arg[0] <= 10:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is _P.CATEGORY and arg is _P.CATEGORY_DIGIT:
            out.update("0123456789")
        else:
            return None
    return {c for c in out if c.isalnum()} or None


def _seq(items: list[Any]) -> set[str] | None:
    out = ""
    for i, (op, av) in enumerate(items):
        if op is _P.AT:
            if out:
                break
            continue
        if op is _P.LITERAL:
            if not (chr(av).isalnum() or chr(av) == "_"):
                break  # keys are word starts: a prefix never spans a space or hyphen
            out += chr(av)
            if len(out) >= MAX:
                break
            continue
        if out:
            break
        if op is _P.SUBPATTERN:
            return _seq(list(av[-1]) + list(items[i + 1 :]))
        if op is _P.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                sub = _seq(list(branch) + list(items[i + 1 :]))
                if sub is None:
                    return None
                found |= sub
            return found
        if op is _P.IN:
            chars = _chars(av)
            return None if chars is None else chars
        if op in (_P.MAX_REPEAT, _P.MIN_REPEAT):
            body = _seq(list(av[2]) + list(items[i + 1 :]))
            if av[0] >= 1 or body is None:
                return body
            rest = _seq(list(items[i + 1 :]))
            return None if rest is None else body | rest
        return None
    return {out} if out and out[0].isalnum() else None


_LEAD = re.compile(r"\\b(?:\(\?:)?")
_RUN = re.compile(r"[A-Za-z0-9_]+")


def _quick(pattern: str) -> frozenset[str] | None:
    r"""The prefix of '\bword...' or '\b(?:word...)tail' read off the source, without the slow parser."""
    lead = _LEAD.match(pattern)
    if lead is None:
        return None
    body = pattern[lead.end() :]
    if lead.group().endswith(":"):
        close = _close(pattern, lead.end() - 3)
        if close is None or pattern[close + 1 : close + 2] in ("?", "*", "{"):
            return None
        body = pattern[lead.end() : close]
        if len(split_branches(body)) > 1:
            return None
    run = _RUN.match(body)
    if run is None:
        return None
    word = run.group()
    if body[run.end() : run.end() + 1] in ("?", "*", "{"):
        word = word[:-1]  # its last letter is optional
    return frozenset({word[:MAX].lower()}) if word else None


def _close(pattern: str, start: int) -> int | None:
    """Index of the parenthesis closing the group opened at start."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case literal prefixes every match must start with, or None if there is no such set."""
    return _prefixes(pattern, flags)[0]


def _prefixes(pattern: str, flags: int) -> tuple[frozenset[str] | None, Any]:
    """prefixes(), and the parsed pattern where it took the parser (for Guarded.branch to reuse)."""
    quick = _quick(pattern)
    if quick is not None:
        return quick, None
    parsed = _P.parse(pattern, int(flags))  # int: RegexFlag arithmetic in the parser is slow
    found = _seq(list(parsed))
    return (None if found is None else frozenset(p.lower() for p in found)), parsed


def split_branches(pattern: str) -> list[str]:
    """Top-level alternatives of a pattern's source."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


# The only characters outside ASCII that re.I equates with an ASCII letter ('ſ' with 's'), or
# that lower() turns into two: in a text without them, a lower-cased word starts with what re.I
# reads there. (The prefilter lower-cases, so with them a re.I pattern can match where no key
# says so; callers that must not differ from a plain scan check this.)
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")


def odd_case(text: str) -> bool:
    """Whether the text holds a letter re.I and lower() treat differently (see _ODD_CASE)."""
    return not text.isascii() and any(c in text for c in _ODD_CASE)


class Keys(defaultdict[str, list[int]]):
    """Word starts by their first (up to) 4 characters; low: the lower-cased text, or None
    where lower-casing may hide what re.I matches (odd_case)."""

    low: str | None = None


def text_keys(text: str, tokens: list[Token] | None = None) -> Keys:
    """The first (up to) 4 characters of every word of the text, lower-cased, with where those
    words start. (Their 1-4 character prefixes are looked up in active_branches, once per
    distinct word start and process.)

    tokens: the text's tokens (phrases.tokenize), to read an ASCII text's words from: a token
    without a joiner ('-', '.', "'") is one word, and its key is that word lower-cased."""
    keys = Keys(list)
    low = text.lower()
    if tokens is not None and text.isascii():
        keys.low = low
        for word, start, end, key, _ in tokens:
            if "-" in word or "." in word or "'" in word:
                for m in _WORD_START.finditer(low, start, end):
                    keys[m.group()].append(m.start())
            else:
                keys[key[:MAX]].append(start)
    elif len(low) != len(text):  # a few letters lower-case to two characters ('İ'): word by word
        for m in _WORD.finditer(text):
            keys[m.group().lower()[:MAX]].append(m.start())
    else:
        for m in _WORD_START.finditer(low):
            keys[m.group()].append(m.start())
        if not odd_case(text):
            keys.low = low
    return keys


# prefix -> (guarded pattern id, branch index)
_INDEX: dict[str, list[tuple[int, int]]] = {}
_COUNT = [0]
# a word's first 4 characters -> the (pattern id, branch index) its prefixes name, in the order
# of _INDEX over its 1-4 character prefixes, each once; cleared when a pattern is added
_HITS: dict[str, tuple[tuple[int, int], ...]] = {}


def _hits(start: str) -> tuple[tuple[int, int], ...]:
    found: dict[tuple[int, int], None] = {}
    for n in range(1, len(start) + 1):
        for hit in _INDEX.get(start[:n], ()):
            found[hit] = None
    if len(_HITS) > 200_000:
        _HITS.clear()  # a bound for long-running processes; it refills with the common words
    hits = _HITS[start] = tuple(found)
    return hits


def _needs(items: Any) -> list[set[str]]:
    """Sets of literal strings one of which every match of a parsed sequence contains."""
    out: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _P.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append({run})
            run = ""
        if op is _P.SUBPATTERN:
            out += _needs(av[-1])
        elif op in (_P.MAX_REPEAT, _P.MIN_REPEAT) and av[0] >= 1:
            out += _needs(av[2])
        elif op is _P.BRANCH:
            either: set[str] = set()
            for alternative in av[1]:
                best = _best(_needs(alternative))
                if best is None:
                    break
                either |= best
            else:
                out.append(either)
    if run:
        out.append({run})
    return out


def _best(needs: list[set[str]]) -> set[str] | None:
    """The most telling of some needs: the longest shortest string, then the fewest strings."""
    usable = [n for n in needs if min(map(len, n)) >= 3]
    return max(usable, key=lambda n: (min(map(len, n)), -len(n))) if usable else None


class Active(dict[int, dict[int, list[int]]]):
    """Pattern id -> branch index -> the word starts where that branch may match, in order.

    low: the lower-cased text (None if odd_case), to test what a branch's matches contain."""

    low: str | None = None


def active_branches(keys: dict[str, list[int]]) -> Active:
    """Which branches of which patterns can match a text with these word starts, and where.

    The lists of starts are shared with keys and one another: read them, never change them.
    """
    active = Active()
    active.low = getattr(keys, "low", None)
    merged: dict[tuple[int, int], list[int]] = {}  # branches with words of several starts
    get_hits = _HITS.get
    for start, starts in keys.items():
        hits = get_hits(start)
        if hits is None:
            hits = _hits(start)
        for hit in hits:
            gid, bi = hit
            run = active.get(gid)
            if run is None:
                active[gid] = {bi: starts}
            elif bi not in run:
                run[bi] = starts
            else:
                own = merged.get(hit)
                if own is None:
                    merged[hit] = run[bi] = run[bi] + starts
                else:
                    own += starts
    for own in merged.values():
        own.sort()  # word starts are disjoint across keys: sorting is all a merge needs
    return active


class Guarded:
    """A regex split into guarded branches; finditer/search take the text's active branches."""

    def __init__(self, pattern: str, flags: int = 0, *, starts: frozenset[str] | None = None) -> None:
        """starts: for a pattern whose prefixes the parser cannot read (a lookbehind first), the
        lower-case beginnings (1-4 characters) of the words every match starts at; it stays one
        branch."""
        self.pattern = pattern
        self.gid = _COUNT[0]
        _COUNT[0] += 1
        self.flags = flags
        self.sources: list[str] = []
        self.compiled: list[re.Pattern[str] | None] = []  # compiled on first use: most never run
        # what every match of a branch contains (lower-case; any one of), read when compiled (or
        # from the store)
        self.needs: list[tuple[str, ...] | None] = []
        self.parsed: list[Any] = []  # a branch's parse, where reading its prefixes took one
        self.code: list[regex_store.Code | None] = []  # a branch's compiled code, from the store
        self.always: list[int] = []
        # always-tried branches whose matches start at most one word ('[\w-]+ ') before the first
        # literal they need (see needs): their search starts at the space before its first occurrence
        self.word_before: frozenset[int] = frozenset()
        stored = regex_store.lookup((pattern, int(flags), starts), self)
        branches: list[tuple[str, frozenset[str] | None, tuple[str, ...] | None, regex_store.Code | None]]
        if stored is None:
            tops = split_branches(pattern) if starts is None else [pattern]
            read = [_prefixes(top, flags) if starts is None else (starts, None) for top in tops]
            branches = [(top, pre, None, None) for top, (pre, _) in zip(tops, read, strict=True)]
            self.parsed = [parsed for _, parsed in read]
        else:
            branches = list(stored)
            self.parsed = [None] * len(branches)
        for top, pre, need, code in branches:
            bi = len(self.sources)
            self.sources.append(top)
            self.compiled.append(None)
            self.needs.append(need)
            self.code.append(code)
            if pre is None:
                self.always.append(bi)
            else:
                for p in pre:
                    _INDEX.setdefault(p, []).append((self.gid, bi))
        self.prefixes = [pre for _, pre, _, _ in branches]
        _HITS.clear()

    def branch(self, bi: int) -> re.Pattern[str]:
        rx = self.compiled[bi]
        if rx is None:
            code = self.code[bi]
            if code is None:
                code = self._analyse(bi)
            rx = self.compiled[bi] = regex_store.compiled(code)
        return rx

    def _analyse(self, bi: int) -> regex_store.Code:
        """A branch's needs and code, from one parse for all: the prefixes (where __init__ needed
        it), what every match contains, and the regex (which re.compile would parse again)."""
        flags = int(self.flags)  # as re.compile does: RegexFlag arithmetic is slow Python code
        parsed = self.parsed[bi]
        if parsed is None:
            parsed = _P.parse(self.sources[bi], flags)
        self.parsed[bi] = None
        best = _best(_needs(parsed))
        self.needs[bi] = None if best is None else tuple(sorted(n.lower() for n in best))
        code = self.code[bi] = regex_store.code(parsed, flags)
        return code

    def entry(self) -> regex_store.Entry:
        """Every branch's source, prefixes, needs and code, for the store."""
        codes = [self._analyse(bi) if code is None else code for bi, code in enumerate(self.code)]
        return tuple(zip(self.sources, self.prefixes, self.needs, codes, strict=True))

    def _anchored(self, bi: int, text: str, starts: list[int], low: str | None) -> list[re.Match[str]]:
        """A branch's matches, tried only at the word starts its prefixes allow (as finditer would
        find them: left to right, not overlapping)."""
        match = (self.compiled[bi] or self.branch(bi)).match
        need = self.needs[bi]
        if need is not None and low is not None:
            for s in need:
                if s in low:
                    break
            else:
                return []  # the text lacks what every match contains
        found = []
        end = -1
        for at in starts:
            if at < end:
                continue
            m = match(text, at)
            if m is not None:
                end = m.end()
                if end <= at:
                    end = at + 1
                found.append(m)
        return found

    def _first(self, bi: int, text: str, starts: list[int], low: str | None) -> re.Match[str] | None:
        """A branch's first match (at the first of the starts where it matches)."""
        match = (self.compiled[bi] or self.branch(bi)).match
        need = self.needs[bi]
        if need is not None and low is not None:
            for s in need:
                if s in low:
                    break
            else:
                return None
        for at in starts:
            m = match(text, at)
            if m is not None:
                return m
        return None

    def _possible(self, bi: int, low: str | None) -> bool:
        """Whether an always-tried branch can match: the text holds what its matches contain."""
        if self.compiled[bi] is None:
            self.branch(bi)  # reads its needs
        need = self.needs[bi]
        if need is None or low is None:
            return True
        for lit in need:  # noqa: SIM110 -- any() over a generator costs a frame, 4 times an item
            if lit in low:
                return True
        return False

    def _from(self, bi: int, low: str | None) -> int:
        """Where an always-tried branch's first match can start (0 unless in word_before)."""
        need = self.needs[bi]
        if low is None or need is None or bi not in self.word_before:
            return 0
        first = min((i for i in map(low.find, need) if i >= 0), default=0)
        # the match holds a needed literal at or after `first`, and starts after the last space
        # before the space that precedes it
        return low.rfind(" ", 0, max(first - 1, 0)) + 1

    def finditer(self, text: str, active: Active) -> Iterator[re.Match[str]]:
        run = active.get(self.gid)
        if run is None and not self.always:
            return iter(())
        low = active.low
        found: list[re.Match[str]] = []
        if run:
            needs = self.needs
            alone = len(run) == 1 and not self.always  # one branch: its matches are in order
            for bi, starts in run.items():
                # Most branches tried lack a literal their matches need: skipped here, without a
                # call (a branch not compiled yet has no needs read, and _anchored checks them).
                need = needs[bi]
                if need is not None and low is not None:
                    for lit in need:
                        if lit in low:
                            break
                    else:
                        continue
                if alone:
                    return iter(self._anchored(bi, text, starts, low))
                found += self._anchored(bi, text, starts, low)
        for bi in self.always:
            if self._possible(bi, low):
                found.extend(self.branch(bi).finditer(text, self._from(bi, low)))
        if len(found) > 1:
            found.sort(key=_start)
        return iter(found)

    def search(self, text: str, active: Active) -> re.Match[str] | None:
        run = active.get(self.gid)
        low = active.low
        best: re.Match[str] | None = None
        if run:
            needs = self.needs
            for bi, starts in run.items():
                need = needs[bi]  # as in finditer
                if need is not None and low is not None:
                    for lit in need:
                        if lit in low:
                            break
                    else:
                        continue
                m = self._first(bi, text, starts, low)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
        for bi in self.always:
            if self._possible(bi, low):
                m = self.branch(bi).search(text, self._from(bi, low))
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
        return best


def _start(m: re.Match[str]) -> int:
    return m.start()
