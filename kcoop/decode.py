"""Stage 1: bytes -> text.

Korean pages arrive as UTF-8 (with or without BOM), UTF-16 (with or without a BOM), legacy
CP949/EUC-KR, 7-bit ISO-2022-KR, or as mojibake: Korean text that some tool decoded as
Latin-1/CP1252 and saved again as UTF-8 (``°úÇÐ±â¼ú`` for 과학기술). The result is NFC text
with ``\\n`` line ends.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache
from typing import NamedTuple

from .datafiles import words
from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO_2022_KR = b"\x1b$)C"  # the escape sequence that opens ISO-2022-KR text
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Characters that mojibake of Korean is made of: Latin-1 letters and CP1252 punctuation.
_LATIN_NOISE = re.compile(r"[\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n"})


_STRAY_BYTES = 0.005  # at most this share of a text's bytes may be invalid: a damaged save, not binary


class Decoded(NamedTuple):
    text: str
    encoding: str
    repaired: bool = False
    replaced: int = 0  # invalid bytes (a damaged save) replaced by U+FFFD


def decode(data: bytes) -> Decoded:
    """Decode raw bytes; raise InputError when they are empty, binary or undecodable."""
    if not data.strip():
        raise InputError("empty file")
    archived = _web_archive_page(data)
    if archived is not None:
        text, encoding, replaced = archived
    else:
        text, encoding, replaced = _decode_bytes(data)
    repaired = _repair_mojibake(text)
    if repaired is not None:
        text, encoding = repaired
    return Decoded(normalise(text), encoding, repaired is not None, replaced)


def normalise(text: str) -> str:
    """Decoded text as the parsers take it: control characters dropped (InputError when
    there are so many that it is binary data), one kind of line break, NFC."""
    if _CONTROL.search(text):
        if len(_CONTROL.findall(text[:4096])) > 8:
            raise InputError("binary data, not text")
        text = _CONTROL.sub("", text)
    # vertical tab and form feed break lines; markup parsers refuse them inside text
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return unicodedata.normalize("NFC", text)


def _decode_bytes(data: bytes) -> tuple[str, str, int]:
    """Text, encoding, and the number of invalid bytes replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", ""), 0
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable: {encoding} byte order mark but invalid {encoding} data") from exc
    bom_less_utf16 = _utf16_without_bom(data)
    if bom_less_utf16:
        try:
            return data.decode(bom_less_utf16), "utf-16", 0
        except UnicodeDecodeError:
            pass
    if data[:8192].count(0) > 8:
        raise InputError("binary data, not text")
    if _ISO_2022_KR in data[:4096]:  # 7-bit Korean of old mail and pages: valid ASCII, so test it first
        try:
            return data.decode("iso2022_kr"), "iso-2022-kr", 0
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            pass
    # A damaged save (a cut-off character, a stray byte): the encoding that needs the fewest
    # replacements, if they are few.
    candidates = [(text.count("\ufffd"), encoding, text) for encoding in ("utf-8", "cp949")
                  for text in [data.decode(encoding, errors="replace")]]
    replaced, encoding, text = min(candidates)
    if replaced > max(8, len(data) * _STRAY_BYTES):
        raise InputError(f"undecodable: neither UTF-8 nor CP949 ({replaced:,} invalid bytes as {encoding})")
    return text, encoding, replaced


_MIME_HEAD = re.compile(rb"^(?:[\w-]+:[^\n]*\n|[ \t][^\n]*\n|\r?\n)*?MIME-Version:", re.IGNORECASE)
_MULTIPART = re.compile(rb"Content-Type:\s*multipart/", re.IGNORECASE)


def _web_archive_page(data: bytes) -> tuple[str, str, int] | None:
    """A single-file web archive (``.mhtml``, ``.mht``: a MIME message whose parts are the page
    and its resources, quoted-printable or base64): its first HTML part, decoded by its own
    charset; None for anything else."""
    head = data[:4096].replace(b"\r\n", b"\n")
    if not (_MIME_HEAD.match(head) and _MULTIPART.search(head)):
        return None
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = [part for part in message.walk() if part.get_content_type() in ("text/html", "text/plain")]
        part = next((p for p in parts if p.get_content_type() == "text/html"), parts[0] if parts else None)
        if part is None:
            return None
        payload = part.get_payload(decode=True)
    except Exception:  # a damaged archive: read as it is  # noqa: BLE001
        return None
    if not payload:
        return None
    charset = (part.get_content_charset() or "").lower()
    if charset:
        try:
            name = codecs.lookup(charset).name
            if name in ("euc_kr", "cp949", "ks_c_5601-1987"):
                name = "cp949"
            return payload.decode(name), name.replace("_", "-"), 0
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_bytes(payload)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte of its ASCII characters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _repair_mojibake(text: str) -> tuple[str, str] | None:
    """Undo one round of Latin-1/CP1252 mis-decoding when that yields Korean text."""
    if _HANGUL.search(text[:20000]):
        return None
    noise = len(_LATIN_NOISE.findall(text[:20000]))
    if noise < 4:
        return None
    single = _as_single_bytes(text)
    if single is None:
        return None
    raw, lost = single
    for encoding in ("utf-8", "cp949"):
        guessed = 0
        data = raw
        if lost and encoding == "utf-8":
            data, guessed = _fill_lost_bytes(raw, lost)
        try:
            fixed = data.decode(encoding)
        except UnicodeDecodeError:
            if encoding != "utf-8":
                continue
            # Bytes the CP1252 decoder could not read (dropped, or not guessed): the
            # characters they were part of are lost, the rest of the text is readable.
            fixed = data.decode(encoding, errors="replace")
            if fixed.count("\ufffd") * 2 > len(_HANGUL.findall(fixed)):  # about one syllable in seven holds such a byte
                continue
        if len(_HANGUL.findall(fixed)) * 2 >= noise * 0.5:
            unreadable = fixed.count("\ufffd")
            if lost or unreadable:
                return fixed, (f"{encoding} (repaired from cp1252 mojibake; "
                               f"{guessed} lost bytes guessed, {unreadable} characters unreadable)")
            return fixed, f"{encoding} (repaired from latin-1 mojibake)"
    return None


# The five bytes CP1252 leaves undefined; a decoder turns them into U+FFFD (or drops them).
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


@cache
def _common_syllables() -> str:
    return "".join(words("common_syllables.txt"))


def _fill_lost_bytes(raw: bytes, lost: list[int]) -> tuple[bytes, int]:
    """``raw`` with each lost byte (a U+FFFD of the mojibake, at the offsets ``lost``)
    replaced by the undefined CP1252 byte that makes the most common Hangul syllable;
    a byte no syllable explains is left as it is (the decode then marks it U+FFFD)."""
    out = bytearray(raw)
    guessed = 0
    for at in lost:
        start = at - 1  # the lead byte of the character the lost (continuation) byte was in
        while start >= 0 and at - start < 3 and 0x80 <= out[start] < 0xC0:
            start -= 1
        if start < 0 or not 0xE0 <= out[start] < 0xF0 or start + 3 <= at:
            continue  # Hangul syllables are three bytes long
        best = None
        for byte in _CP1252_UNDEFINED:
            out[at] = byte
            try:
                char = bytes(out[start:start + 3]).decode("utf-8")
            except UnicodeDecodeError:
                continue
            rank = _common_syllables().find(char)
            if rank >= 0 and (best is None or rank < best[0]):
                best = (rank, byte)
        if best is None:
            out[at] = 0xFF  # invalid: the decode marks the character lost (U+FFFD)
        else:
            out[at] = best[1]
            guessed += 1
    return bytes(out), guessed


def _as_single_bytes(text: str) -> tuple[bytes, list[int]] | None:
    """The bytes a Latin-1/CP1252 decoder would have read this text from, and the offsets
    of the bytes it could not read (U+FFFD: one of the five CP1252 leaves undefined)."""
    out = bytearray()
    lost: list[int] = []
    for char in text:
        code = ord(char)
        if code < 256:
            out.append(code)
            continue
        if char == "\ufffd":
            lost.append(len(out))
            out.append(0x9D)  # a placeholder, chosen later
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out), lost
