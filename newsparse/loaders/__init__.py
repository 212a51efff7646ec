"""Loaders turn raw input into a :class:`~newsparse.document.Document` of blocks."""
