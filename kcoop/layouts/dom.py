"""lxml, imported when the first page with markup is read: text and markdown dumps never
need it, and its import is about a fifth of the instructions of a one-file run."""
from __future__ import annotations

from functools import cache


def document(markup: str):
    """The page parsed by ``lxml.html``; ``ValueError`` for what lxml cannot read at all."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(markup)
    except lxml.etree.ParserError as exc:  # "Document is empty"
        raise ValueError(str(exc)) from exc


@cache
def xpath(expression: str):
    """The compiled XPath of an expression (compiled once)."""
    import lxml.etree

    return lxml.etree.XPath(expression)


def element(tag: str):
    import lxml.etree

    return lxml.etree.Element(tag)
