"""newsparse's own behaviour, registered through the same hooks as third-party plugins.

Built-ins are marked ``trylast`` so an installed plugin can override them.
"""

#: Modules registered as built-in plugins by every :class:`~newsparse.Parser`.
DEFAULT_PLUGINS = (
    "newsparse.default_plugins.english",
    "newsparse.default_plugins.german",
    "newsparse.default_plugins.french",
    "newsparse.default_plugins.spanish",
    "newsparse.default_plugins.polish",
    "newsparse.default_plugins.portuguese",
)
