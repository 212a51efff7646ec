"""Shared fixtures for the newsparse-summary tests.

Hypothesis profiles are left to the suite that runs these tests (the repository's
``tests/conftest.py`` when run from the root); each property sets its own example count
and no deadline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def seed_body() -> str:
    """The eight body paragraphs of the seed NBC News article, blank-line separated."""
    return (FIXTURES / "seed_body.txt").read_text(encoding="utf-8").strip()


@pytest.fixture
def seed_page() -> str:
    """The whole seed page as crawler text: banner, title, dek, byline, caption, body."""
    return (FIXTURES / "seed_page.txt").read_text(encoding="utf-8")
