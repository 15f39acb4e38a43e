"""Sentences of Korean news text, as spans.

A sentence ends at ``.``, ``!`` or ``?`` followed by white space, when the stop follows a
Hangul syllable, a closing bracket or quote, and no quotation or bracket is open: so
``D.C.에서``, ``U.S. 정부``, ``2.5%`` and “…했다. …할 것”이라며 stay inside one sentence.
A line break always ends a sentence, and so does a stop after the final ``다`` glued to the
next sentence (``…했다.시에 따르면``: a dump that lost the space).
"""
from __future__ import annotations

import re

_OPEN = {"“": "”", "(": ")", "「": "」", "『": "』", "《": "》"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# Only these characters change the state; everything between them is skipped at C speed.
# Both branches start with a character class, so the engine can skip ahead to candidates.
_EVENTS = re.compile(r'[“”()「」『』《》"\n]|[.!?](?<=[가-힣)\]”"’\'%][.!?])(?=\s|$|(?<=다\.)[가-힣])')


def split(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    stack: list[str] = []
    straight_quote = False
    for event in _EVENTS.finditer(text):
        char, at = event.group(0), event.start()
        if char == "\n":
            _add(text, start, at, spans)
            start, stack, straight_quote = at + 1, [], False
        elif char in _OPEN:
            stack.append(char)
        elif char in _CLOSE:
            if stack and stack[-1] == _CLOSE[char]:
                stack.pop()
        elif char == '"':
            straight_quote = not straight_quote
        elif not stack and not straight_quote:
            _add(text, start, at + 1, spans)
            start = at + 1
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
