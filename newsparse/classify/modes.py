"""The extraction modes: how selective the body decision is.

A mode is one :class:`Settings` object the Parser builds once and hands to
:func:`newsparse.classify.classify`; its figures live in :mod:`newsparse.data.modes`.
"""

from __future__ import annotations

import attrs

from ..data import modes as D

#: The mode names, from the most selective to the most inclusive.
MODES = D.MODES
#: The mode used unless one is asked for.
DEFAULT_MODE = D.DEFAULT_MODE


@attrs.frozen(kw_only=True)
class Settings:
    """What a mode changes in the body decision.

    Attributes:
        mode: the mode's name: ``"precision"``, ``"balanced"`` or ``"recall"``.
        score_shift: added to every block's body log-odds before the decoding.
        kept_inside: reasons for dropping a block that are overruled, and the block kept in
            the body, when it sits inside the article.
    """

    mode: str = DEFAULT_MODE
    score_shift: float = 0.0
    kept_inside: frozenset[str] = frozenset()

    @classmethod
    def for_mode(cls, mode: str) -> Settings:
        """The settings of ``mode``.

        Raises:
            ValueError: ``mode`` is not one of :data:`MODES`.
        """
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}: expected one of {', '.join(MODES)}")
        return cls(mode=mode, score_shift=D.BODY_SCORE_SHIFT[mode], kept_inside=D.KEPT_INSIDE_ARTICLE[mode])


#: The default settings: today's figures, unchanged.
BALANCED = Settings.for_mode(DEFAULT_MODE)
