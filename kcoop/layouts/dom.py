"""lxml, imported when the first page with markup is read: text and markdown dumps never
need it, and its import is about a fifth of the instructions of a one-file run."""
from __future__ import annotations

import re
from functools import cache

# Block containers a page may nest without end; dropped when the page nests deeper than
# even ``huge_tree`` lets libxml2 read (2048), which would lose everything below that depth.
_CONTAINER = re.compile(r"</?(?:div|section|article|span|font|center|table|tbody|tr|td|ul|ol|li|blockquote)\b[^>]*>", re.I)


def document(markup: str):
    """The page parsed by ``lxml.html``; ``ValueError`` for what lxml cannot read at all."""
    import lxml.etree
    import lxml.html

    # ``huge_tree``: without it libxml2 stops at depth 255 and drops the rest of the page.
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        doc = lxml.html.document_fromstring(markup, parser=parser)
        if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
            doc = lxml.html.document_fromstring(_CONTAINER.sub("\n", markup), parser=parser)
        return doc
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
