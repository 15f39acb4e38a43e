"""One document's analysis state: its text, the date its relative times resolve against,
and the layers every analysis step reads (words, sentences, morphemes), each computed once
on first use and dropped with the document."""
from __future__ import annotations

import bisect
import datetime as dt
from functools import cached_property

from . import lexicon, morphology, sentences


class Document:
    def __init__(self, text: str, reference_date: dt.date | None) -> None:
        self.text = text
        self.reference_date = reference_date  # the published date, else the user's --reference-date
        self._by_sentence: dict[int, tuple[list[morphology.Morpheme], list[int]]] = {}

    @cached_property
    def words(self) -> list[lexicon.Token]:
        """White-space words with their punctuation and particle split off."""
        return lexicon.tokens(self.text)

    @cached_property
    def word_starts(self) -> list[int]:
        return [word.start for word in self.words]

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        return sentences.split(self.text)

    def _sentence_morphemes(self, position: int) -> tuple[list[morphology.Morpheme], list[int]]:
        """The morphemes (and their starts) of the sentence around ``position``, analysed on
        first use: a step that reads a few sentences does not pay for the whole text."""
        spans = self.sentences
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        if i < 0 or position >= spans[i][1]:
            return [], []
        if i not in self._by_sentence:
            start, end = spans[i]
            found = morphology.analyse(self.text[start:end], start)
            self._by_sentence[i] = (found, [m.start for m in found])
        return self._by_sentence[i]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def morphemes_between(self, start: int, end: int) -> list[morphology.Morpheme]:
        """The morphemes that start within ``start:end`` of the sentence around ``start``."""
        morphemes, starts = self._sentence_morphemes(start)
        return morphemes[bisect.bisect_left(starts, start): bisect.bisect_left(starts, end)]

    def morpheme_at(self, position: int) -> morphology.Morpheme | None:
        """The morpheme covering ``position``, if any."""
        morphemes, starts = self._sentence_morphemes(position)
        i = bisect.bisect_right(starts, position) - 1
        if i >= 0 and morphemes[i].end > position:
            return morphemes[i]
        return None
