"""Sentences of Korean news text, as spans.

A sentence ends at ``.``, ``!`` or ``?`` followed by white space, when the stop follows a
Hangul syllable, a closing bracket or quote, and no quotation or bracket is open: so
``D.C.에서``, ``U.S. 정부``, ``2.5%`` and “…했다. …할 것”이라며 stay inside one sentence.
A line break always ends a sentence.
"""
from __future__ import annotations

import re

_OPEN = {"“": "”", "(": ")", "「": "」", "『": "』", "《": "》"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_ENDS_AFTER = re.compile(r"[가-힣)\]”\"’'%]")


def split(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    stack: list[str] = []
    straight_quote = False
    for i, char in enumerate(text):
        if char == "\n":
            _add(text, start, i, spans)
            start, stack, straight_quote = i + 1, [], False
        elif char in _OPEN:
            stack.append(char)
        elif char in _CLOSE:
            if stack and stack[-1] == _CLOSE[char]:
                stack.pop()
        elif char == '"':
            straight_quote = not straight_quote
        elif char in ".!?" and not stack and not straight_quote:
            following = text[i + 1: i + 2]
            if (not following or following.isspace()) and i > 0 and _ENDS_AFTER.match(text[i - 1]):
                _add(text, start, i + 1, spans)
                start = i + 1
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
