"""The token layer: morphemes from mecab-ko (python-mecab-ko and its packaged dictionary).

Why mecab-ko and not kiwipiepy: measured on the dev set (README, "The token layer"), kiwi's
tags were a little better (gold people given as one proper noun 0.87 against 0.81) but it
took 1.1-1.4 s to load, ~2 s more at its first call, ~520 MB and ~22 ms an article; mecab-ko
loads in milliseconds, stays near 15 MB and takes ~8 ms an article, so a one-file run and
forked workers stay cheap.

The analyzer is called on bounded pieces (a paragraph, cut at sentence ends when longer than
``_PIECE``), so that one call never runs long and a per-document timeout can interrupt
between calls.
"""
from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

_PIECE = 2000  # characters a call, at most (about a long paragraph)


class Morpheme(NamedTuple):
    """One morpheme: ``start``/``end`` index the analysed text; ``tag`` is the Sejong tag
    (NNP proper noun, NNG common noun, JKS subject particle, EF final ending …); ``semantic``
    is the dictionary's class of a proper noun (인명 person, 지명 place …) or None; ``lemma``
    the stem of a morpheme the dictionary lists fused with its ending (열 of 열, read 열+ㄹ
    in 열 예정; 하 of 할), else None."""

    start: int
    end: int
    form: str
    tag: str
    semantic: str | None
    lemma: str | None = None


@cache
def tagger():
    """The mecab-ko tagger, loaded once a process (before workers fork, they share it)."""
    from mecab import MeCab

    return MeCab()


def analyse(text: str, offset: int = 0) -> list[Morpheme]:
    """The morphemes of ``text``, in order, with offsets into ``text`` plus ``offset`` (where
    ``text`` stands in a longer one)."""
    found: list[Morpheme] = []
    for start, end in _pieces(text):
        found.extend(_analyse_piece(text[start:end], offset + start))
    return found


@lru_cache(maxsize=4096)
def read_alone(word: str) -> tuple[str, str] | None:
    """(tag, dictionary type) when the analyzer reads ``word`` alone as one dictionary entry
    (type ``Compound`` for a listed compound noun such as 고려대, ``*`` for none); None when it
    reads several morphemes."""
    lattice = _lattice(word)
    entries = [node.feature.split(",") for _, node in lattice] if lattice is not None else []
    return (entries[0][0], entries[0][4]) if len(entries) == 1 and len(entries[0]) > 4 else None


def _analyse_piece(piece: str, offset: int) -> list[Morpheme]:
    lattice = _lattice(piece)
    if lattice is None:
        return []
    morphemes = []
    for (start, end), node in lattice:
        # feature: tag (a compound's reads "NNG+NNG"), semantic class, …, and last the parts of
        # an inflected entry ("열/VV/*+ᆯ/ETM/*"; "*" when none)
        tag, semantic, rest = node.feature.split(",", 2)
        lemma = rest.rpartition(",")[2].partition("/")[0] if "Inflect" in rest else None
        morphemes.append(Morpheme(offset + start, offset + end, node.surface, tag, None if semantic == "*" else semantic,
                                  lemma))
    return morphemes


def _lattice(text: str):
    """The analysed lattice of ``text``, or None when the analyzer refuses it. Read directly:
    the wrapper's parse() builds three Python objects a morpheme (a third of a document's
    analysis time); python-mecab-ko is pinned below 2 for this."""
    from mecab.utils import create_lattice

    lattice = create_lattice(text)
    return lattice if tagger()._tagger.parse(lattice) else None


def _pieces(text: str):
    """Spans of at most ``_PIECE`` characters: lines, and long lines cut after a full stop
    (else at a space, else anywhere)."""
    start = 0
    length = len(text)
    while start < length:
        line_end = text.find("\n", start)
        end = length if line_end < 0 else line_end
        while end - start > _PIECE:
            cut = max(text.rfind(". ", start, start + _PIECE), text.rfind(" ", start, start + _PIECE))
            cut = cut + 1 if cut > start else start + _PIECE
            yield start, cut
            start = cut
        if end > start:
            yield start, end
        start = end + 1
