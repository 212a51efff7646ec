"""The record :func:`~newsparse_quotes.find_quotes` returns."""

from __future__ import annotations

import attrs

from newsparse import Span

#: The kinds a :class:`Quote` can have.
QUOTE_KINDS = ("direct", "partial", "indirect")


@attrs.frozen(kw_only=True)
class Quote:
    """One quotation or piece of reported speech, with offsets into the text searched.

    Attributes:
        span: the quoted content: inside the quotation marks for a direct quote; the whole
            reported clause for partial and indirect speech (``there was “a big difference”
            between ...``).
        text: ``text[span.start:span.end]``.
        kind: ``"direct"`` (a statement in quotation marks), ``"partial"`` (a reported
            clause that quotes some of its words) or ``"indirect"`` (reported speech
            without quotation marks).
        speaker: the resolved speaker's name (``"David Cameron"`` for a ``"He"`` that
            refers to him), the speaker as written when it needs no resolving
            (``"a campaign spokesman"``), or None when no speaker was found or a pronoun
            could not be resolved.
        speaker_mention: the speaker as written (``"He"``), or None.
        speaker_span: where ``speaker_mention`` stands, or None. It may lie in another
            paragraph than the quote when the speaker is carried over from there.
        cue: the reporting expression as written (``"said"``, ``"according to"``), or None.
        cue_span: where the cue stands, or None.
        closed: False when the closing quotation mark was missing.
        reported_by: the outer source the words reached the writer through, as written
            (``"CNN"`` in ``“…,” Sanders said, according to CNN``), or None. The
            speaker is still the one who spoke (``Sanders``).
        reported_by_span: where ``reported_by`` stands, or None.
    """

    span: Span
    text: str
    kind: str
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    closed: bool = True
    reported_by: str | None = None
    reported_by_span: Span | None = None

    @property
    def start(self) -> int:
        """Offset of the first character of the quoted content."""
        return self.span.start

    @property
    def end(self) -> int:
        """Offset just past the quoted content."""
        return self.span.end
