"""Labelling blocks: one classifier for plain text and HTML.

:func:`classify` runs the stages in order: boilerplate phrases and repeats, the body
region, then the structure around it (title, dek, bylines, captions).
"""

from .pipeline import Rules, classify

__all__ = ["Rules", "classify"]
