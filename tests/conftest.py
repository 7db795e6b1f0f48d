import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

warnings.filterwarnings("ignore", message="no trained spaCy pipeline")


@pytest.fixture
def shared():
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repo")
    return SHARED
