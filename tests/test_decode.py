from __future__ import annotations

import codecs

import pytest

from kcoop.decode import decode
from kcoop.errors import InputError

KOREAN = "과학기술정보통신부는 29일 한-미 기술번영 MOU를 체결한다고 밝혔다.\n양국은 협력을 강화할 예정이다."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (KOREAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + KOREAN.encode("utf-8"), "utf-8"),
        (KOREAN.encode("utf-16"), "utf-16"),
        (KOREAN.encode("utf-16-le"), "utf-16"),
        (KOREAN.encode("cp949"), "cp949"),
        (KOREAN.encode("euc-kr"), "cp949"),
        (KOREAN.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (KOREAN.encode("iso2022_kr"), "iso-2022-kr"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-no-bom", "cp949", "euc-kr", "crlf", "iso-2022-kr"],
)
def test_decodes_korean_in_every_encoding(data, encoding):
    decoded = decode(data)
    assert decoded.text == KOREAN
    assert decoded.encoding == encoding


def _misread(data: bytes, codec: str) -> str:
    """What a tool shows when it reads bytes as a single-byte codec (undefined bytes kept as Latin-1)."""
    return "".join(bytes([b]).decode(codec, errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_repairs_mojibake_of_cp949(codec):
    decoded = decode(_misread(KOREAN.encode("cp949"), codec).encode("utf-8"))
    assert decoded.text == KOREAN
    assert decoded.repaired


def test_example_from_the_issue():
    assert decode("°úÇÐ±â¼ú °úÇÐ±â¼ú Á¤º¸Åë½ÅºÎ".encode()).text == "과학기술 과학기술 정보통신부"


def test_repairs_mojibake_of_utf8():
    decoded = decode(_misread(KOREAN.encode("utf-8"), "cp1252").encode("utf-8"))
    assert decoded.text == KOREAN


def test_plain_latin_text_is_left_alone():
    text = "Café déjà vu — naïve résumé."
    assert decode(text.encode("utf-8")).text == text


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\x00\x01\x02\x03" * 100, bytes(range(256)) * 4])
def test_empty_and_binary_input_are_input_errors(data):
    with pytest.raises(InputError):
        decode(data)


@pytest.mark.parametrize(("damage", "encoding"), [
    (lambda raw: raw[:40] + b"\xff" + raw[40:], "utf-8"),  # a stray byte
    (lambda raw: raw + "한".encode()[:2], "utf-8"),  # a character cut off at the end
])
def test_a_damaged_save_is_decoded_with_the_bad_bytes_replaced(damage, encoding):
    decoded = decode(damage((KOREAN * 3).encode("utf-8")))
    assert decoded.encoding == encoding and decoded.replaced == 1
    assert KOREAN in decoded.text and decoded.text.count("\ufffd") == 1


def test_a_damaged_save_warns_and_keeps_its_record():
    import kcoop

    record = kcoop.extract(f"제목\n\n{KOREAN}".encode() + b"\xff\n")
    assert "1 bytes were not valid utf-8; replaced with U+FFFD" in record.warnings
    assert record.text


def test_a_stray_control_character_is_dropped_not_a_binary_file():
    assert decode(KOREAN.encode("utf-8")[:9] + b"\x00" + KOREAN.encode("utf-8")[9:]).text == KOREAN


def test_mostly_invalid_bytes_are_undecodable():
    with pytest.raises(InputError, match="undecodable"):
        decode(KOREAN.encode("utf-8") + bytes(range(0x80, 0x100)) * 4)
