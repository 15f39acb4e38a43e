"""Stage 4: what the clean text says: organisations, people, commitments."""
from __future__ import annotations

import datetime as dt

from ..record import Record
from . import commitments, lexicon, organisations, people, sentences


def analyse(record: Record, reference: dt.date | None) -> None:
    """Fill ``people``, ``organisations`` and ``commitments`` of a record in place.

    ``reference`` is the published date (or the user's reference date): it picks the
    name a body had then and resolves relative times.
    """
    orgs = organisations.find(record.text, reference)
    caption_orgs = [organisations.find(caption, reference) for caption in record.captions]
    found_people = people.find(record.text, record.captions, orgs, reference, caption_orgs)
    record.organisations = orgs.records()
    record.people = found_people.records()
    record.commitments = commitments.find(record.text, found_people, orgs, reference)
    lexicon.tokens.cache_clear()  # these caches serve one document, not the next
    sentences.split.cache_clear()
