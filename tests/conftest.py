"""Shared fixtures: the seeds folder (the project's own copy, never ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Every property test runs derandomized: CI sees the same examples each time, so a red run is
# reproducible. The long random search is bench/fuzz.py's job; each crash it (or an earlier random
# CI run) finds is pinned in the test with @example.
settings.register_profile("qc", deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("qc")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
