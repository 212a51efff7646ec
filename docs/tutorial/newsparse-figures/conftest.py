from hypothesis import HealthCheck, settings

# newsparse's fixtures: newsparse_parser, newsparse_parser_factory and
# newsparse_env.
pytest_plugins = ["newsparse.testing.pytest_plugin"]

# Each example parses a whole article, which takes milliseconds: fewer
# examples, no deadline, no complaint that drawing examples is slow, and the
# same examples every run.
settings.register_profile(
    "newsparse",
    max_examples=50,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("newsparse")
