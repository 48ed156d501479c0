"""Lets the benchmark reuse the tests' server launcher (tests/support)."""

import sys
from pathlib import Path

add_tests_to_path = str(Path(__file__).resolve().parents[1] / "tests")
if add_tests_to_path not in sys.path:
    sys.path.insert(0, add_tests_to_path)
