"""kcoop timeline on its fixture corpus (tests/timeline_corpus): every link and status written
by hand in its expected.json is found, and no decoy is linked."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT, run_kcoop

from kcoop import timeline

# Not under fixtures/: tests run `kcoop extract fixtures/` (recursive) and expect its top level only
CORPUS = ROOT / "tests" / "timeline_corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records() -> list[dict]:
    import kcoop

    return [kcoop.extract(path.read_bytes(), path=str(path)).to_dict() for path in sorted(CORPUS.glob("*.txt"))]


@pytest.fixture(scope="module")
def found(records) -> dict:
    return timeline.build(records, EXPECTED["as_of"])


def _name(found: dict, item_id: str) -> str:
    return found["articles"][int(item_id.split(".")[0])]["path"].rsplit("/", 1)[-1]


def _links(found: dict) -> set[tuple]:
    return {(_name(found, link["from"]), _name(found, link["to"]), link["object"], link["done"]) for link in found["links"]}


def test_every_expected_link_and_no_other(found):
    expected = {(link["from"], link["to"], link["object"], link["done"]) for link in EXPECTED["links"]}
    assert _links(found) == expected  # recall and precision 1.0 on this corpus


def test_no_decoy_is_linked(found):
    pairs = {(earlier, later) for earlier, later, _, _ in _links(found)}
    for decoy in EXPECTED["not_linked"]:
        assert (decoy["from"], decoy["to"]) not in pairs, decoy["why"]


def test_links_carry_their_evidence(found):
    for link in found["links"]:
        evidence = link["evidence"]
        assert evidence["parties"] and evidence["object_words"], link
        assert evidence["dates"]["from"] < evidence["dates"]["to"]
        assert timeline.settings().min_score <= link["score"] <= 1


@pytest.mark.parametrize("expected", EXPECTED["statuses"], ids=lambda e: f"{e['article'][:2]}-{e['status']}")
def test_status(found, expected):
    matching = [item for item in found["items"] if item["kind"] != "done"
                and _name(found, item["id"]) == expected["article"] and expected["contains"] in item["text"]]
    assert len(matching) == 1, [item["text"] for item in found["items"]]
    item = matching[0]
    assert item["status"] == expected["status"]
    assert sorted(found["articles"][f["article"]]["path"].rsplit("/", 1)[-1] for f in item.get("by", [])) == \
        expected.get("by", [])


def test_every_commitment_has_a_status_and_counterparts(found):
    commitments = [item for item in found["items"] if item["kind"] != "done"]
    assert len(commitments) == len(EXPECTED["statuses"])
    assert all(item["status"] in timeline.STATUSES and item["parties"] for item in commitments)
    for party, count in EXPECTED["counterparts"].items():
        assert len(found["counterparts"][party]) == count, party


def test_a_person_stands_under_their_organisation(found):
    pledge = next(item for item in found["items"] if "돕겠다" in item["text"])
    assert pledge["actors"] == ["오민재"] and pledge["parties"] == ["중소벤처기업부"]


def test_a_database_and_json_lines_give_the_same_timeline(tmp_path, found):
    db = tmp_path / "corpus.db"
    assert run_kcoop("extract", str(CORPUS), "--db", str(db), "-q").returncode == 0
    records = tmp_path / "records.jsonl"
    records.write_bytes(run_kcoop("extract", str(CORPUS), "-q").stdout)
    for source in (db, records):
        result = run_kcoop("timeline", str(source), "--format", "json", "--as-of", EXPECTED["as_of"])
        assert result.returncode == 0, result.stderr
        assert _links(json.loads(result.stdout)) == _links(found)


def test_terminal_view_names_counterparts_and_follow_ups():
    result = run_kcoop("timeline", str(CORPUS), "--as-of", EXPECTED["as_of"])
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "4 follow-ups" in text and "영국 (1)" in text and "→ 2025-11-12 매일경제" in text


def test_a_source_that_is_not_records_fails_cleanly(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = run_kcoop("timeline", str(bad))
    assert result.returncode == 1 and b"bad.jsonl" in result.stderr
    assert run_kcoop("timeline", str(CORPUS), "--as-of", "someday").returncode == 2


def test_a_bad_source_is_reported_and_the_rest_make_the_timeline(tmp_path, found):
    records = run_kcoop("extract", str(CORPUS), "-q").stdout.decode("utf-8").splitlines()
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([records[0], "{not json", '{"path": "x.txt", "error": "empty file"}', *records[1:]]) + "\n",
                     encoding="utf-8")
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = run_kcoop("timeline", str(mixed), str(folder), str(tmp_path / "missing.db.json"), "--format", "json",
                       "--as-of", EXPECTED["as_of"])
    assert result.returncode == 1
    errors = result.stderr.decode("utf-8")
    assert "mixed.jsonl:2:" in errors and "mixed.jsonl:3: not a kcoop record (empty file)" in errors
    assert "empty.txt: empty file" in errors and "missing.db.json" in errors
    assert _links(json.loads(result.stdout)) == _links(found)  # every good record read
