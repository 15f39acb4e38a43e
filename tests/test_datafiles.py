"""A user's data folder adds to the packaged data files: through the API, the environment
variable and the command line (worker processes included)."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, gazetteer_files, jsonl, kcoop_command, run_kcoop

import kcoop
from kcoop import datafiles

# A made-up body (no ending that kcoop knows) and a made-up person heading it
ARTICLE = """한빛누리, 지역 청년 일자리 1천개 만든다

(서울=연합뉴스) 홍길동 기자 = 비영리단체 한빛누리는 4일 서울 종로구에서 간담회를 열고 내년까지 청년 일자리 1천개를 만들 계획이라고 밝혔다.

한빛누리 오가람 대표는 "지역과 함께 성장하겠다"고 말했다.
"""
ORGANISATION = "한빛누리"
PERSON = "오가람"


def gazetteer_file() -> str:
    return gazetteer_files()[0]


@pytest.fixture
def user_folder(tmp_path) -> Path:
    folder = tmp_path / "data"
    (folder / gazetteer_file()).parent.mkdir(parents=True)
    (folder / gazetteer_file()).write_text(f"id\tname\tkind\nx-hanbit\t{ORGANISATION}\tcivic\n", encoding="utf-8")
    (folder / "not_names.txt").write_text(f"# not a person in this user's articles\n{PERSON}\n", encoding="utf-8")
    return folder


@pytest.fixture
def packaged_again():
    yield
    datafiles.use_folder(None)


def names(record: dict, field: str) -> set[str]:
    return {entry["name"] for entry in record[field]}


def test_packaged_data_alone_misses_the_body_and_takes_the_person():
    record = kcoop.extract(ARTICLE, reference_date=dt.date(2025, 3, 4)).to_dict()
    assert ORGANISATION not in names(record, "organisations")
    assert PERSON in names(record, "people")


def test_api_use_folder_adds_a_body_and_a_stop_name(user_folder, packaged_again):
    kcoop.extract(ARTICLE)  # tables already built from the packaged data are rebuilt
    datafiles.use_folder(user_folder)
    record = kcoop.extract(ARTICLE, reference_date=dt.date(2025, 3, 4)).to_dict()
    assert ORGANISATION in names(record, "organisations")
    assert PERSON not in names(record, "people")
    datafiles.use_folder(None)
    assert PERSON in names(kcoop.extract(ARTICLE).to_dict(), "people")


def test_environment_variable_names_the_folder_for_the_library(user_folder):
    probe = f"import kcoop; print(sorted(o.name for o in kcoop.extract({ARTICLE!r}).organisations))"
    env = {**os.environ, datafiles.ENV: str(user_folder)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert ORGANISATION in result.stdout


def test_command_line_with_worker_processes(user_folder, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (inputs / name).write_text(ARTICLE, encoding="utf-8")
    result = run_kcoop("extract", str(inputs), "--jobs", "2", "-q", "--data-dir", str(user_folder))
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert len(records) == 3
    for record in records:
        assert ORGANISATION in names(record, "organisations")
        assert PERSON not in names(record, "people")


def test_command_line_environment_variable(user_folder, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run([*kcoop_command(), "show", str(tmp_path / "a.txt")], capture_output=True, cwd=ROOT,
                            env={**os.environ, datafiles.ENV: str(user_folder)}, check=False)
    assert result.returncode == 0, result.stderr
    assert ORGANISATION in result.stdout.decode()


@pytest.mark.parametrize("make, reason", [
    (lambda d: d / "missing", "no such folder"),
    (lambda d: (d / "file.txt").write_text("x") and d / "file.txt", "not a folder"),
    (lambda d: (d / "not_name.txt").write_text("x") and d, "not the name of a kcoop data file"),
    (lambda d: (d / "countries.tsv").write_text("nation\tcode\n한\tKR\n") and d, "the header row must name"),
])
@pytest.mark.parametrize("command", ["extract", "detect", "show"])
def test_a_bad_folder_is_a_usage_error(tmp_path, make, reason, command):
    folder = make(tmp_path)
    result = run_kcoop(command, "fixtures/000_eef1bbc44fbea8fa.txt", "--data-dir", str(folder))
    assert result.returncode == 2
    stderr = " ".join(result.stderr.decode().replace("│", " ").split())
    assert reason in stderr and "--data-dir" in stderr and "Traceback" not in stderr


def test_word_lists_add_and_tables_override_by_key(tmp_path, packaged_again):
    (tmp_path / "surnames.txt").write_text("김\n선우\n", encoding="utf-8")
    (tmp_path / "countries.tsv").write_text("code\tname\n"  # columns in any order, some left out
                                            "US\t미합중국\n"  # no key match: appended
                                            "XX\t미국\n", encoding="utf-8")  # key match: replaces 미국 in its place
    packaged_surnames = datafiles.words("surnames.txt")
    packaged_countries = datafiles.table("countries.tsv")
    datafiles.use_folder(tmp_path)
    assert datafiles.words("surnames.txt") == packaged_surnames + tuple(s for s in ("선우",) if s not in packaged_surnames)
    countries = datafiles.table("countries.tsv")
    assert [row["name"] for row in countries] == [row["name"] for row in packaged_countries] + ["미합중국"]
    us = next(row for row in countries if row["name"] == "미국")
    assert us["code"] == "XX" and us["aliases"] == ""
    assert set(us) == set(packaged_countries[0])


def test_rows_sharing_a_key_are_replaced_together_in_place(tmp_path, packaged_again):
    """A body renamed over time has one row a name, all with its id: the user's rows replace them all."""
    name = gazetteer_file()
    packaged = datafiles.table(name)
    key = datafiles.key_column(name, list(packaged[0]))
    shared = max((row[key] for row in packaged), key=lambda k: sum(row[key] == k for row in packaged))
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(f"{key}\tname\tkind\tuntil\n{shared}\t옛 이름\tgovernment\t2020-01-01\n"
                                 f"{shared}\t새 이름\tgovernment\t\n", encoding="utf-8")
    datafiles.use_folder(tmp_path)
    rows = datafiles.table(name)
    assert [row["name"] for row in rows if row[key] == shared] == ["옛 이름", "새 이름"]
    first = next(i for i, row in enumerate(packaged) if row[key] == shared)
    assert rows[first]["name"] == "옛 이름"
    assert len(rows) == len(packaged) - sum(row[key] == shared for row in packaged) + 2


def test_the_schema_is_not_extended(tmp_path, packaged_again):
    (tmp_path / "record.schema.json").write_text("{}", encoding="utf-8")
    datafiles.use_folder(tmp_path)
    assert json.loads(datafiles.read_text("record.schema.json"))["title"].startswith("kcoop record")


def test_a_new_table_in_the_gazetteer_folder_takes_the_folders_columns(tmp_path, packaged_again):
    folder = tmp_path / "data"
    new_table = folder / Path(gazetteer_file()).parent / "my-region.tsv"
    new_table.parent.mkdir(parents=True)
    new_table.write_text(f"id\tname\tkind\nx-hanbit\t{ORGANISATION}\tcivic\n", encoding="utf-8")
    datafiles.use_folder(folder)
    record = kcoop.extract(ARTICLE, reference_date=dt.date(2025, 3, 4)).to_dict()
    assert ORGANISATION in names(record, "organisations")
