"""Photo captions written into page text: how a caption line looks (a photo credit at its
end, people placed in the photo, a markdown image), so that it goes to ``captions``."""
from __future__ import annotations

import re

from ..article import Article
from ..datafiles import words
from .bylines import MASKED_EMAIL, byline_reporters
from .furniture import is_copyright
from .text import SENTENCE_END, clean

_MARKDOWN_IMAGE = re.compile(r"^!\[(?P<caption>.*)\]\((?P<url>[^)\s]*)[^)]*\)\s*$")
_PHOTO_CREDIT = re.compile(r"^\[?사진\s*[=:]|[(\[/]\s*사진\s*[=:]|제공[)\]]?\s*$")
# A news agency's photo caption: ``… (사진=과기정통부 제공) 2025.07.21. photo@newsis.com *재판매 및 DB 금지``
_WIRE_PHOTO = re.compile(r"(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\..*재판매\s*및\s*DB\s*금지\]?\s*$")
# … 서명하고 있다. [사진=과기정통부] / … 서명하고 있다. 과기정통부 제공
_CREDIT_AT_END = re.compile(r"[(\[]\s*사진\s*[=:][^)\]]{1,30}[)\]]\s*$|(?<=다\.)\s+\S{2,15}\s*제공$")
# A credit after a slash that ends a caption: ``… 서명하고 있다. /뉴스1``, ``…조감도./서울시``,
# ``… 모습. /홍길동 기자``, ``/X(옛 트위터)`` (after a sentence end, a bracket or a space; not a fraction)
_SLASH_CREDIT = re.compile(r"(?:(?<=[.)\]”’\"'])|(?<=\s))/\s*(?P<credit>[^/\s\d][^/]{0,34})$")
# A credit in brackets: ``(국가보훈부 제공)``, ``《사진=연합뉴스》``, ``<사진=홍길동 기자>``, ``[사진=…]``
_BRACKET_CREDIT = re.compile(
    r"(?:[(\[《<〈]\s*(?:사진|자료|그래픽|영상)\s*[=:：][^()\[\]《》<>〈〉]{1,40}[)\]》>〉]"
    r"|[(\[《<〈][^()\[\]《》<>〈〉]{1,30}?\s*제공\s*[)\]》>〉])\s*$"
)
# A copyright sign ending a described photo: ``… 서명하고 있다. ⓒ뉴스1``
_SIGN_CREDIT = re.compile(r"(?<=[.)])\s*[ⓒ©]\s*[^ⓒ©.]{1,25}$")
# A credit alone on its line: ``그래픽=홍길동``, ``<사진=홍길동 기자>``, ``[사진=○○시 제공]``
_CREDIT_LINE = re.compile(r"^[(\[《<〈]?\s*(?:사진|그래픽|자료|영상|일러스트)\s*[=:：]\s*[^=]{1,40}?[)\]》>〉]?$")
_NAMES_ONLY = re.compile(r"[가-힣]{2,4}(?:\s*[,·ㆍ]\s*[가-힣]{2,4})+")  # 홍길동, 김철수: the people in a photo
_QUOTE = re.compile(r"[“”\"]")
_CAPTION_LENGTH = 400  # characters at most of a caption
_DESCRIBES_PHOTO = re.compile(r"(?:있다|모습|장면)\.?$")  # …서명하고 있다. / …떨군 모습.


def markdown_caption(line: str) -> str | None:
    """The caption of a ``![caption](url)`` line, else None."""
    match = _MARKDOWN_IMAGE.match(line.strip())
    return clean(match["caption"]) if match else None


def is_photo_caption(line: str) -> bool:
    """A photo's caption written into the page text: ``▲ 배경훈 장관이 … (사진=과기정통부)``,
    ``사진=과기정통부``, a line ending in its photo credit (``… [사진=과기정통부]``, ``… /뉴스1``,
    ``… (○○시 제공)``, ``… ⓒ뉴스1``), a news agency's dated caption ending in ``재판매 및 DB
    금지``, or a short line placing people in a photo (``홍길동(왼쪽) …``, ``왼쪽부터 …``) (a
    ``▲`` line without a photo credit is a bullet of the body)."""
    if len(line) > _CAPTION_LENGTH:
        return False
    return line.startswith("사진") and bool(_PHOTO_CREDIT.match(line)) or (
        line.startswith(("▲", "△")) and bool(_PHOTO_CREDIT.search(line))) or bool(
        _WIRE_PHOTO.search(line) or _CREDIT_AT_END.search(line) or photo_credit_at_end(line)
        or _CREDIT_LINE.match(line)) or places_people_in_photo(line)


def photo_credit_at_end(line: str) -> bool:
    """Whether a paragraph ends in a photo credit: ``/뉴스1``, ``(○○시 제공)``, ``《사진=…》``, ``ⓒ…``."""
    match = _SLASH_CREDIT.search(line)
    if match and not SENTENCE_END.search(match["credit"]) and len(line) - len(match.group(0)) >= 4:
        return True
    if _BRACKET_CREDIT.search(line):
        return True
    match = _SIGN_CREDIT.search(line)
    return bool(match and match.start() >= 10 and not is_copyright(line[: match.start()]))


def places_people_in_photo(line: str) -> bool:
    """A short line naming who stands where in a photo (``(왼쪽)``, ``왼쪽부터``), not a quote."""
    return (len(line) <= 250 and not _QUOTE.search(line)
            and any(word in line for word in words("photo_positions.txt")))


def is_names_only(line: str) -> bool:
    """``홍길동, 김철수``: the names of the people in a photo, printed under it."""
    return _NAMES_ONLY.fullmatch(line) is not None


def photo_caption_text(line: str) -> str:
    return clean(line.lstrip("▲△▶ "))


_NOT_LETTER = re.compile(r"\W")


def _letters_only(text: str) -> str:
    return _NOT_LETTER.sub("", MASKED_EMAIL.sub("", text))


_CAPTION_PIECE = 10  # letters at least of a caption's sentence printed again


def repeats_caption(line: str, caption: str) -> bool:
    """Markdown dumps print an image's caption again as a line of its own."""
    line_key, caption_key = _letters_only(line), _letters_only(caption)
    return (line_key == caption_key or (len(line_key) > 60 and caption_key.startswith(line_key[:60]))
            or len(line_key) >= _CAPTION_PIECE and line_key in caption_key)  # a piece of it, from a flattened dump


def take_credited_photos(paragraphs: list[str], article: Article) -> list[str]:
    """A photographer's credit alone on a line inside the body (``홍길동 기자``) followed by
    the photo's description (``… 주재하고 있다.``): both leave the body, the description to
    ``captions``; the photographer is not a reporter of the article."""
    kept: list[str] = []
    i = 0
    while i < len(paragraphs):
        paragraph = paragraphs[i]
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if (kept and following is not None and i + 2 < len(paragraphs) and len(paragraph) <= 30
                and byline_reporters(paragraph) and len(following) <= 300 and _DESCRIBES_PHOTO.search(following)):
            article.captions.append(following)
            i += 2
            continue
        kept.append(paragraph)
        i += 1
    return kept
