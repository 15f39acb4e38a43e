"""Stage 4: what the clean text says: organisations, people, commitments."""
from __future__ import annotations

import datetime as dt

from ..record import Record
from . import commitments, organisations, people
from .document import Document


def analyse(record: Record, reference_date: dt.date | None) -> None:
    """Fill ``people``, ``organisations`` and ``commitments`` of a record in place.

    ``reference_date`` is the published date (or the user's reference date): it picks the
    name a body had then and resolves relative times.
    """
    document = Document(record.text, reference_date)
    captions = [Document(caption, reference_date) for caption in record.captions]
    orgs = organisations.find(document)
    caption_orgs = [organisations.find(caption) for caption in captions]
    found_people = people.find(document, captions, orgs, caption_orgs)
    bodies = found_people.organisations  # with the bodies only a title names (경남지사)
    record.organisations = bodies.records()
    record.people = found_people.records()
    record.commitments = commitments.find(document, found_people, bodies)
