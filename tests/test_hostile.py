"""A hostile batch: 10,000 inputs of every odd kind, one line each, no traceback, bounded memory,
no hang. Slow (about a minute): deselected by default, run with ``python -m pytest -m slow``."""
from __future__ import annotations

import json
import os
import random
import resource
import subprocess

import pytest
from conftest import fixture_inputs, kcoop_command

INPUTS = 10_000


def make_hostile_tree(root, count: int, seed: int = 13) -> int:
    """``count`` inputs under ``root``: fixtures whole, cut, spliced with garbage, empty, binary,
    too large, named pipes, dangling links, and names that are not UTF-8 or hold control
    characters; with folders named like inputs and a symbolic link loop. Returns how many
    inputs the walk will find."""
    rng = random.Random(seed)
    fixtures = [p.read_bytes() for p in fixture_inputs()]
    base = os.fsencode(root)
    os.makedirs(os.path.join(base, b"loop.txt"))  # a folder named like an input is walked, not read
    os.symlink(base, os.path.join(base, b"loop.txt", b"back"))
    for i in range(count):
        folder = os.path.join(base, b"%02d" % (i % 50))
        os.makedirs(folder, exist_ok=True)
        kind = rng.randrange(10)
        name = [b"%05d.txt" % i, b"%05d caf\xe9.md" % i, b"%05d\n\x1b[31m.html" % i][rng.randrange(3)]
        path = os.path.join(folder, name)
        data = rng.choice(fixtures)
        if kind == 0:
            os.mkfifo(path)
            continue
        if kind == 1:
            os.symlink(os.path.join(folder, b"nowhere"), path)
            continue
        content = {
            2: b"",
            3: rng.randbytes(rng.randrange(1, 4096)),
            4: data[: rng.randrange(len(data))],
            5: data[: (at := rng.randrange(len(data)))] + rng.randbytes(64) + data[at:],
            6: b"x" * 20_001,  # over the --max-bytes below
        }.get(kind, data)
        with open(path, "wb") as handle:
            handle.write(content)
    return count


@pytest.mark.slow
def test_ten_thousand_hostile_inputs_keep_one_line_each(tmp_path):
    expected = make_hostile_tree(tmp_path / "in", INPUTS)
    out = tmp_path / "out.jsonl"
    result = subprocess.run(kcoop_command() + ["extract", str(tmp_path / "in"), "--errors", "json", "--jobs", "2",
                                               "--max-bytes", "20000", "--timeout", "10", "-o", str(out), "-q"],
                            capture_output=True, timeout=900, check=False)
    assert result.returncode == 1  # some inputs are bad by design
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
    lines = out.read_bytes().decode("utf-8").splitlines()
    paths = [json.loads(line)["source"]["path"] for line in lines]
    assert len(paths) == len(set(paths)) == expected
    failures = result.stderr.decode("utf-8").splitlines()
    assert all(line.startswith("kcoop: ") and not line.endswith(": ") for line in failures)
    assert len(failures) == sum("error" in json.loads(line) for line in lines)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest kcoop process
    assert peak_kib < 400 * 1024
