"""Shared fixtures and Hypothesis profiles for the newsparse-summary tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def seed_body() -> str:
    """The eight body paragraphs of the seed NBC News article, blank-line separated."""
    return (FIXTURES / "seed_body.txt").read_text(encoding="utf-8").strip()


@pytest.fixture
def seed_page() -> str:
    """The whole seed page as crawler text: banner, title, dek, byline, caption, body."""
    return (FIXTURES / "seed_page.txt").read_text(encoding="utf-8")
