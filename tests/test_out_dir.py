"""``--out-dir``: one file per input, never shared, and error records among them."""
from __future__ import annotations

import json
import os
import re
import shutil

import pytest
from conftest import FIXTURES, jsonl, run_kcoop

SEED = FIXTURES / "001_0e8f19775beb0cb0.txt"


def written(folder) -> dict[str, dict]:
    return {os.path.relpath(p, folder): json.loads(p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_inputs_of_one_stem_and_roots_of_one_tree_each_keep_their_file(tmp_path):
    for root in ("x/c", "y/c", "d"):
        for name in ("a.txt", "a.md", "a.html"):
            (tmp_path / root).mkdir(parents=True, exist_ok=True)
            shutil.copy(SEED, tmp_path / root / name)
    result = run_kcoop("extract", "x/c", "y/c", "d", "d/a.txt", "--out-dir", "o", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert b"10 ok, 0 failed" in result.stderr
    records = written(tmp_path / "o")
    assert {name: record["source"]["path"] for name, record in records.items()} == {
        **{f"c/a.{s}.json": f"x/c/a.{s}" for s in ("html", "md", "txt")},
        **{f"c-2/a.{s}.json": f"y/c/a.{s}" for s in ("html", "md", "txt")},
        **{f"d/a.{s}.json": f"d/a.{s}" for s in ("html", "md", "txt")},
        "a.txt.json": "d/a.txt",
    }
    lone = run_kcoop("extract", "d", "--out-dir", "lone", cwd=tmp_path)
    assert lone.returncode == 0 and sorted(written(tmp_path / "lone")) == ["a.html.json", "a.md.json", "a.txt.json"]


@pytest.mark.parametrize("args", [["-"], ["d", "-o", "out.jsonl"]])
def test_out_dir_with_stdin_or_an_output_file_is_a_usage_error(tmp_path, args):
    (tmp_path / "d").mkdir()
    shutil.copy(SEED, tmp_path / "d" / "a.txt")
    result = run_kcoop("extract", *args, "--out-dir", "o", cwd=tmp_path, stdin=SEED.read_bytes())
    assert result.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]  # neither the folder nor the file


def _unescaped(path: str) -> bytes:
    """The file name an escaped ``source.path`` stands for (see kcoop.record.escaped_path)."""
    name = b""
    for i, part in enumerate(re.split(r"(\\\\|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})", path)):
        if i % 2 == 0:
            name += part.encode()
        elif part == "\\\\":
            name += b"\\"
        elif part[1] == "x" and int(part[2:], 16) >= 0x80:  # a byte that is not UTF-8
            name += bytes([int(part[2:], 16)])
        else:
            name += chr(int(part[2:], 16)).encode()
    return name


def test_file_names_that_are_not_utf8_or_hold_control_characters(tmp_path):
    names = [b"caf\xe9.txt", b"new\nline \x1b[31mred\\.txt", "기사.txt".encode()]
    folder = tmp_path / "b"
    folder.mkdir()
    for name in names:
        shutil.copy(SEED, os.path.join(bytes(folder), name))
    (tmp_path / "b" / "bad\x1b[2J.txt").write_bytes(b"")
    result = run_kcoop("extract", "b", "-o", "out.jsonl", "--errors", "json", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode("utf-8").splitlines()[0] == "kcoop: b/bad\\x1b[2J.txt: empty file"  # no raw escape
    records = jsonl((tmp_path / "out.jsonl").read_bytes())  # valid UTF-8 JSON
    assert len(records) == 4
    sources = [r["source"] for r in records]
    assert {_unescaped(s["path"]) for s in sources} == {b"b/" + n for n in names} | {b"b/bad\x1b[2J.txt"}
    assert [s.get("path_escaped") for s in sources] == [True, True, True, None]  # 기사.txt (last) is printable
    stdout = run_kcoop("extract", "b", "-q", cwd=tmp_path).stdout
    assert len(jsonl(stdout)) == 3
    detected = run_kcoop("detect", "b", cwd=tmp_path).stdout.decode("utf-8")
    assert "b/caf\\xe9.txt\tdaum" in detected and len(detected.splitlines()) == 3


def test_error_records_are_in_the_schema_in_the_out_dir_and_tried_again(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "d").mkdir()
    shutil.copy(SEED, tmp_path / "d" / "good.txt")
    (tmp_path / "d" / "empty.txt").write_bytes(b"")
    streamed = run_kcoop("extract", "d", "--errors", "json", cwd=tmp_path)
    assert streamed.returncode == 1
    schema = json.loads(run_kcoop("schema").stdout)
    lines = jsonl(streamed.stdout)
    assert [("error" in r) for r in lines] == [True, False]
    for record in lines:
        jsonschema.validate(record, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"kcoop": 1, "source": {"path": "d/x.txt"}, "error": ""}, schema)
    first = run_kcoop("extract", "d", "--out-dir", "o", "--errors", "json", cwd=tmp_path)
    assert first.returncode == 1
    assert written(tmp_path / "o") == {"empty.txt.json": lines[0], "good.txt.json": lines[1]}
    (tmp_path / "d" / "empty.txt").write_bytes(SEED.read_bytes())  # the failure is put right
    again = run_kcoop("extract", "d", "--out-dir", "o", "--errors", "json", "--skip-existing", cwd=tmp_path)
    assert again.returncode == 0 and b"1 ok, 0 failed, 1 skipped" in again.stderr
    assert "error" not in written(tmp_path / "o")["empty.txt.json"]


def test_a_record_that_cannot_be_written_fails_alone(tmp_path):
    (tmp_path / "d").mkdir()
    shutil.copy(SEED, tmp_path / "d" / ("a" * 250 + ".txt"))  # its record's name is past the 255-byte limit
    shutil.copy(SEED, tmp_path / "d" / "b.txt")
    result = run_kcoop("extract", "d", "--out-dir", "o", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines()[0].endswith(".txt.json: file name too long")
    assert sorted(written(tmp_path / "o")) == ["b.txt.json"]
