"""Rewrite each fixture's expected record from the current pipeline.

    python tests/update_expected.py

Run it after a deliberate change, then read the diff (`git diff fixtures/`) as a reviewer
would: every changed field must be an improvement you can defend.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import expected_path, extract_fixture, fixture_inputs

if __name__ == "__main__":
    for fixture in fixture_inputs():
        record = extract_fixture(fixture)
        expected_path(fixture).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {expected_path(fixture).name}")
