"""kcoop on Dask (kcoop.distributed, ``extract --dask``): the records of ``--jobs 2`` on a
two-process LocalCluster, the Parquet tables, fsspec URLs and the partition time limit."""
from __future__ import annotations

import json
import os
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import FIXTURES, ROOT, kcoop_command, run_kcoop

distributed = pytest.importorskip("distributed")

# after the skip: kcoop.distributed imports distributed
import kcoop
from kcoop import batch
from kcoop import distributed as kd


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("bad")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return [str(folder), str(folder / "missing.txt")]


@pytest.fixture(scope="module")
def client():
    """Two worker processes, started from the repository's root: the workers read the
    fixtures by the relative paths the records carry, as ``kcoop extract fixtures`` does."""
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        with (distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
              as cluster, distributed.Client(cluster) as connected):
            connected.register_plugin(kd.WarmUp())
            yield connected
    finally:
        os.chdir(here)


@pytest.fixture(scope="module")
def jobs_2(bad_inputs):
    """``kcoop extract fixtures BAD… --jobs 2 --errors json``: its run, stdout as lines."""
    done = run_kcoop("extract", "fixtures", *bad_inputs, "--jobs", "2", "--errors", "json", "-q")
    assert done.returncode == 1
    return done, done.stdout.decode("utf-8").splitlines()


def test_local_cluster_gives_the_records_of_jobs_2(client, jobs_2, bad_inputs):
    _, expected = jobs_2
    got = kd.records(["fixtures", *bad_inputs]).compute()
    assert sorted(got) == sorted(expected)
    errors = {json.loads(line)["source"]["path"]: json.loads(line)["error"] for line in got if '"error"' in line[:200]}
    assert errors[bad_inputs[1]] == "no such file or directory"
    assert os.path.join(bad_inputs[0], "empty.txt") in errors
    assert len(got) == len(list(batch.walk(["fixtures", *bad_inputs])))


def test_parquet_tables_and_jsonl_shards_read_back(client, jobs_2, bad_inputs, tmp_path):
    import pandas as pd

    _, expected = jobs_2
    bag = kd.records(["fixtures", *bad_inputs], partition_size=8)
    kd.write_parquet(bag, str(tmp_path / "tables"))
    articles = pd.read_parquet(tmp_path / "tables" / "articles")
    commitments = pd.read_parquet(tmp_path / "tables" / "commitments")
    records = [json.loads(line) for line in expected]
    assert len(articles) == len(records)
    assert articles["error"].notna().sum() == sum("error" in r for r in records) == 3
    assert len(commitments) == sum(len(r.get("commitments", ())) for r in records) > 0
    assert articles["commitments"].sum() == len(commitments)

    kd.write_jsonl(bag, str(tmp_path / "shards"))
    shards = sorted((tmp_path / "shards").iterdir())
    assert len(shards) > 1
    assert "".join(shard.read_text(encoding="utf-8") for shard in shards).splitlines() == expected


def test_cli_dask_same_output_order_and_status_as_jobs(client, jobs_2, bad_inputs):
    expected, _ = jobs_2
    for scheduler in (client.scheduler.address, "local"):
        done = run_kcoop("extract", "fixtures", *bad_inputs, "--dask", scheduler, "--jobs", "2", "--errors", "json", "-q")
        assert (done.returncode, done.stdout, done.stderr) == (expected.returncode, expected.stdout, expected.stderr), scheduler


def test_cli_unreachable_scheduler_cannot_go_on():
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    done = subprocess.run([*kcoop_command(), "extract", "fixtures", "--dask", "tcp://127.0.0.1:1"], capture_output=True,
                          cwd=ROOT, env=env, timeout=60, check=False)
    assert done.returncode == 3
    assert b"cannot reach the scheduler" in done.stderr


def test_timeout_limits_a_partition_in_a_thread(monkeypatch):
    """A document cannot be stopped in a worker's thread: it finishes, and once the partition
    has spent timeout x its documents, those left fail without being read."""
    real = batch.process

    def slow_first(item, options, read):
        if item.path.endswith("000_eef1bbc44fbea8fa.txt"):
            time.sleep(0.5)
        return real(item, options, read)

    monkeypatch.setattr(batch, "process", slow_first)
    items = list(batch.walk([str(FIXTURES / name) for name in ("000_eef1bbc44fbea8fa.txt", "001_0e8f19775beb0cb0.txt",
                                                               "002_29c74b516dfb5dcb.txt")]))
    with ThreadPoolExecutor(1) as pool:  # not the main thread: no alarm can be set there
        outcomes = pool.submit(kd.extract_partition, items, batch.Options(timeout=0.1)).result()
    assert outcomes[0].error is None
    assert [o.error for o in outcomes[1:]] == ["timed out: its partition of 3 spent 0.3 s"] * 2
    assert all(o.error is None for o in kd.extract_partition(items, batch.Options(timeout=0)))


def test_urls_and_glob_patterns(tmp_path):
    """fsspec URLs (file:// here) and local glob patterns, on dask's in-process scheduler."""
    url = "file://" + str(FIXTURES / "00[0-2]_*.txt")
    got = kd.records([url, "file://" + str(tmp_path / "missing.txt")]).compute(scheduler="sync")
    paths = sorted(p.as_uri() for p in FIXTURES.glob("00[0-2]_*.txt"))
    assert len(got) == len(paths) + 1
    for line, path in zip(got, paths, strict=False):
        assert line == kcoop.extract(FIXTURES.joinpath(path.rpartition("/")[2]).read_bytes(), path=path).to_json()
    assert json.loads(got[-1])["error"] == "no such file or directory"

    local = kd.records([str(FIXTURES / "00[0-2]_*.txt")]).compute(scheduler="sync")
    assert [json.loads(line)["source"]["path"] for line in local] == [str(p) for p in sorted(FIXTURES.glob("00[0-2]_*.txt"))]
