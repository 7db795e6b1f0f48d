"""The benchmark gold files stay valid (offsets match the texts, keys are defined, types are known)."""
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = sorted((REPO / "benchmarks" / "gold").glob("*.gold.jsonl"))
# sets that keep their own articles next to the gold file (written2/, written3/)
OWN = sorted((REPO / "benchmarks" / "gold").glob("*/*.gold.jsonl"))


@pytest.mark.parametrize("gold", GOLD, ids=[g.name for g in GOLD])
def test_gold_file_is_valid(gold, shared):
    res = subprocess.run([sys.executable, str(REPO / "benchmarks" / "gold" / "check.py"), str(gold), "-q"],
                         capture_output=True, text=True, cwd=REPO)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "0 errors" in res.stdout + res.stderr


@pytest.mark.parametrize("gold", OWN, ids=[g.name for g in OWN])
def test_gold_file_with_its_own_articles_is_valid(gold):
    res = subprocess.run([sys.executable, str(REPO / "benchmarks" / "gold" / "check.py"), str(gold), "-q",
                          "--root", str(gold.parent)], capture_output=True, text=True, cwd=REPO)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "0 errors" in res.stdout + res.stderr
