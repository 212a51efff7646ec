import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# CI runs derandomised with no deadline: the same examples every run, no flaky timing.
settings.register_profile(
    "ci", derandomize=True, deadline=None, max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=100)
# HYPOTHESIS_PROFILE=deep: a longer search, before a change to the classifier or loaders lands.
settings.register_profile(
    "deep", deadline=None, max_examples=2000, suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

# The reference implementations in oracles.py are imported by name (pytest runs with
# --import-mode=importlib, which does not put this folder on the path).
sys.path.insert(0, str(Path(__file__).resolve().parent))
