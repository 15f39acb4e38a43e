"""Issue 13, item 9: cp1252 mojibake, pages nested past libxml2's depth, files that are no article."""
import kcoop

_PAGE = ("<html><head><title>정부, 내년 예산을 확대할 계획이다</title></head><body>{open}"
         "<p>서울 정부는 내년 예산 확대 사업 추진 계획을 발표했다. 한국 경제 정책과 기술 개발 연구를 "
         "확대하는 사업과 함께 추진했다.</p>{close}</body></html>")


def test_cp1252_mojibake_with_undefined_bytes_is_repaired():
    page = _PAGE.format(open="", close="")
    clean = kcoop.extract(page.encode())
    # A cp1252 decoder turns the bytes it leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) into U+FFFD.
    mojibake = page.encode().decode("cp1252", errors="replace").encode()
    record = kcoop.extract(mojibake)
    assert (record.title, record.text) == (clean.title, clean.text)
    assert any(w.startswith("text was mojibake; repaired as utf-8") for w in record.warnings)


def test_page_nested_past_depth_255_keeps_its_body():
    for depth in (300, 3000):
        record = kcoop.extract(_PAGE.format(open="<div>" * depth, close="</div>" * depth).encode())
        assert record.text.startswith("서울 정부는 내년 예산"), depth
        assert "no article body found" not in record.warnings


def test_hello_world_is_no_confident_article():
    record = kcoop.extract(b"hello world")
    assert record.source.layout_confidence < 0.5
    assert any(w.startswith("no article found") for w in record.warnings)
