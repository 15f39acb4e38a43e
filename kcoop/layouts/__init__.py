"""Stage 2 and 3: detect the portal layout of a dump and parse it into an Article.

One module per layout, each with ``parse(text) -> Article``; each but ``generic`` (which
reads anything) has ``CUES``: strings only its dumps contain, weighted.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..article import Article
from . import daum, generic, newsis, nuriilbo
from .common import cue_score

PARSERS: dict[str, Callable[[str], Article]] = {
    "daum": daum.parse,
    "newsis": newsis.parse,
    "nuriilbo": nuriilbo.parse,
    "generic": generic.parse,
}
LAYOUTS = tuple(PARSERS)
_CUES = {"daum": daum.CUES, "newsis": newsis.CUES, "nuriilbo": nuriilbo.CUES}
_THRESHOLD = 0.5


class Detection(NamedTuple):
    layout: str
    confidence: float


def detect(text: str) -> Detection:
    """The layout whose cues the text shows most strongly, else ``generic``."""
    scores = {name: cue_score(text, cues) for name, cues in _CUES.items()}
    if generic.is_html(text):  # the Newsis and Nuri Ilbo parsers read page text, not markup
        scores = {name: score for name, score in scores.items() if name == "daum"}
    best = max(scores, key=scores.get)
    if scores[best] >= _THRESHOLD:
        return Detection(best, round(scores[best], 2))
    return Detection("generic", round(1 - scores[best], 2) if scores[best] else 0.9)


def parse(text: str, layout: str) -> Article:
    return PARSERS[layout](text)
