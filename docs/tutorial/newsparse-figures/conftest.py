# newsparse's fixtures (newsparse_parser, newsparse_parser_factory, newsparse_env).
pytest_plugins = ["newsparse.testing.pytest_plugin"]
