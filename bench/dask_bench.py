"""Dask benchmark: ``kcoop extract --dask local --jobs 2`` (a 2-worker local cluster)
against ``kcoop extract --jobs 2`` on the same corpus.

    pip install '.[dask]'
    python bench/dask_bench.py                 # 10 copies, 3 rounds
    python bench/dask_bench.py --copies 20 --runs 5

The corpus: the fixtures' inputs and, when present, ``../shared/eval/dev/inputs`` (read
now, never shipped), copied ``--copies`` times into a temporary folder. Each round times
both whole commands (start-up, the cluster's included, all stages, JSON written to
/dev/null), interleaved with a third figure, the cluster alone: ``kcoop.distributed.run`` on a
2-worker cluster started beforehand. Prints documents per second, medians of the rounds.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "fixtures", ROOT.parent / "shared" / "eval" / "dev" / "inputs")
KCOOP = [sys.executable, "-m", "kcoop"]
ALREADY_UP = "kcoop.distributed.run, the cluster already up"


def build_corpus(folder: Path, copies: int) -> int:
    from kcoop import batch

    inputs = [Path(item.path) for source in SOURCES if source.is_dir() for item in batch.walk([str(source)])]
    for copy in range(copies):
        target = folder / f"copy{copy:03d}"
        target.mkdir()
        for path in inputs:
            shutil.copyfile(path, target / f"{path.parent.name}_{path.name}")
    return len(inputs) * copies


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def on_cluster(connected, folder: Path) -> float:
    """Seconds of one run through ``kcoop.distributed.run`` on a cluster already up."""
    from kcoop import batch
    from kcoop import distributed as kd

    started = time.perf_counter()
    for _ in kd.run(connected, batch.walk([str(folder)]), batch.Options()):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from kcoop import distributed as kd

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        documents = build_corpus(folder, args.copies)
        commands = {
            "kcoop extract --jobs 2": [*KCOOP, "extract", str(folder), "--jobs", "2", "-q", "-o", "/dev/null"],
            "kcoop extract --dask local --jobs 2": [*KCOOP, "extract", str(folder), "--dask", "local", "--jobs", "2",
                                                    "-q", "-o", "/dev/null"],
        }
        seconds: dict[str, list[float]] = {name: [] for name in [*commands, ALREADY_UP]}
        with kd.client(kd.LOCAL, 2) as connected:  # idle between its runs: its workers only wait
            for _ in range(args.runs):  # interleaved: a slow moment of the machine falls on all three
                for name, command in commands.items():
                    seconds[name].append(timed(command))
                seconds[ALREADY_UP].append(on_cluster(connected, folder))
    print(f"{documents:,} documents ({args.copies} copies), medians of {args.runs} runs\n")
    print("| run | seconds | documents/s |\n| --- | ---: | ---: |")
    for name, values in seconds.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.1f} | {documents / median:,.0f} |")


if __name__ == "__main__":
    main()
