"""The real ``kcoop`` command, run in a subprocess: output shapes and exit statuses."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import FIXTURES, fixture_inputs, jsonl, run_kcoop

SEED = "fixtures/000_eef1bbc44fbea8fa.txt"


def test_one_file_prints_one_pretty_json_object():
    result = run_kcoop("extract", SEED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"{\n")
    record = json.loads(result.stdout)
    assert record["title"] == "AI 중심으로 韓美 과학기술동맹 강화"
    assert record["source"]["path"] == SEED
    assert b"\x1b[" not in result.stdout, "piped output must not be coloured"


def test_folder_gives_json_lines_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt", "skip.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(FIXTURES / "001_0e8f19775beb0cb0.txt", tmp_path / name)
    result = run_kcoop("extract", str(tmp_path), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    paths = [r["source"]["path"] for r in jsonl(result.stdout)]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]
    assert b"3 ok, 0 failed" in result.stderr


def test_glob_option_chooses_files(tmp_path):
    shutil.copy(FIXTURES / "001_0e8f19775beb0cb0.txt", tmp_path / "a.dump")
    shutil.copy(FIXTURES / "001_0e8f19775beb0cb0.txt", tmp_path / "b.txt")
    result = run_kcoop("extract", str(tmp_path), "--glob", "*.dump")
    assert [r["source"]["path"] for r in jsonl(result.stdout)] == [str(tmp_path / "a.dump")]


def test_stdin_dash():
    result = run_kcoop("extract", "-", stdin=(FIXTURES / "004_095b2a8f046402e3.txt").read_bytes())
    assert result.returncode == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["source"]["path"] == "-"
    assert record["outlet"] == "뉴시스"


def test_bad_inputs_fail_one_line_each_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "big.txt").write_bytes(b"x" * 20000)
    shutil.copy(FIXTURES / "002_29c74b516dfb5dcb.txt", tmp_path / "good.txt")
    result = run_kcoop("extract", str(tmp_path), str(tmp_path / "missing.txt"), "--max-bytes", "10000", "--errors", "json")
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    for name, reason in [("big.txt", "too large"), ("binary.txt", "binary"), ("empty.txt", "empty"),
                         ("missing.txt", "no such file")]:
        assert f"kcoop: {tmp_path / name}: " in stderr and reason in stderr, (name, stderr)
    records = jsonl(result.stdout)
    assert sum("error" in r for r in records) == 4
    assert [r["title"] for r in records if "error" not in r] == ["과기정통부-산업부 장차관, AI 협력 위해 만났다…\"공동사업 추진\""]


def test_missing_single_path_is_exit_1_not_a_usage_error():
    result = run_kcoop("extract", "no/such/file.txt")
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "kcoop: no/such/file.txt: no such file or directory"


@pytest.mark.parametrize("args", [["extract"], ["extract", SEED, "--format", "xml"], ["extract", SEED, "--layout", "yahoo"],
                                  ["extract", SEED, "--reference-date", "yesterday"], ["nonsense"]])
def test_wrong_command_line_is_exit_2(args):
    result = run_kcoop(*args)
    assert result.returncode == 2
    assert result.stderr.startswith(b"Usage: kcoop")  # the usage and what was wrong, not a traceback


def test_format_json_with_several_files_is_an_array():
    result = run_kcoop("extract", SEED, "fixtures/001_0e8f19775beb0cb0.txt", "--format", "json")
    records = json.loads(result.stdout)
    assert [r["outlet"] for r in records] == ["디지털타임스", "전자신문"]


def test_output_file_and_out_dir(tmp_path):
    out = tmp_path / "records.jsonl"
    assert run_kcoop("extract", "fixtures", "-o", str(out), "-q").returncode == 0
    assert len(jsonl(out.read_bytes())) == len([p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".html", ".md", ".mhtml"}])
    target = tmp_path / "records"
    result = run_kcoop("extract", "fixtures", "--out-dir", str(target), "-q")
    assert result.returncode == 0 and result.stdout == b""
    written = json.loads((target / "000_eef1bbc44fbea8fa.txt.json").read_text(encoding="utf-8"))
    assert written["outlet"] == "디지털타임스"
    assert not list(target.glob(".*.tmp"))
    again = run_kcoop("extract", "fixtures", "--out-dir", str(target), "--skip-existing")
    inputs = len([p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".html", ".md", ".mhtml"}])
    assert f"0 ok, 0 failed, {inputs} skipped".encode() in again.stderr


def test_jobs_do_not_change_the_output():
    one = run_kcoop("extract", "fixtures", "--jobs", "1", "-q")
    two = run_kcoop("extract", "fixtures", "--jobs", "2", "-q")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_detect_prints_layout_and_confidence():
    result = run_kcoop("detect", "fixtures")
    lines = dict(line.split("\t")[:2] for line in result.stdout.decode().splitlines())
    assert lines["fixtures/000_eef1bbc44fbea8fa.txt"] == "daum"
    assert lines["fixtures/003_a8638d5ad2ceafd5.txt"] == "nuriilbo"
    assert lines["fixtures/004_095b2a8f046402e3.txt"] == "newsis"
    assert lines["fixtures/011_generic_news.html"] == "generic"


def test_schema_validates_every_fixture_record():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run_kcoop("schema").stdout)
    result = run_kcoop("extract", "fixtures", "-q")
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert len(records) == len(fixture_inputs())
    for record in records:
        jsonschema.validate(record, schema)


def test_show_renders_the_article():
    result = run_kcoop("show", "fixtures/002_29c74b516dfb5dcb.txt")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "과기정통부-산업부 장차관" in out and "아시아경제" in out and "김보경" in out
    assert "성공적인 산업 인공지능 전환" in out


def test_every_command_and_option_has_help():
    import typer.main

    from kcoop.cli import app

    group = typer.main.get_command(app)
    undocumented = [f"{name} {param.name}" for name, command in group.commands.items()
                    for param in command.params if not param.help] + [name for name, command in group.commands.items()
                                                                       if not command.help]
    assert group.commands and not undocumented
    for name in group.commands:
        result = run_kcoop(name, "--help")
        assert result.returncode == 0 and f"Usage: kcoop {name}" in result.stdout.decode()


def test_python_dash_m_works():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "kcoop", "schema"], capture_output=True, check=False)
    assert result.returncode == 0 and json.loads(result.stdout)["title"].startswith("kcoop record")


def test_unwritable_output_file_is_a_clear_error():
    result = run_kcoop("extract", SEED, "-o", "/nonexistent/folder/records.jsonl")
    assert result.returncode == 3
    assert result.stderr.decode().startswith("kcoop: /nonexistent/folder/records.jsonl: ")
    assert b"Traceback" not in result.stderr


def test_closed_pipe_is_not_an_error():
    import subprocess

    from conftest import ROOT, kcoop_command

    process = subprocess.Popen(kcoop_command() + ["extract", "fixtures", "--jobs", "1"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0 and stderr == b""


def test_importing_kcoop_loads_only_what_extraction_needs():
    """The command line, the progress bar, worker processes and lxml (only pages with
    markup need it) are imported when they are used, not by ``import kcoop``."""
    probe = "import sys, kcoop; print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'rich', 'multiprocessing', 'lxml'}))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
    text_dump = "제목\n\n배경훈 과학기술정보통신부 장관은 29일 협력을 강화하겠다고 밝혔다.\n"
    probe = f"import sys, kcoop; kcoop.extract({text_dump!r}); print('lxml' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"
