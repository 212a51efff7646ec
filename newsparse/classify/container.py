"""Choosing an HTML page's main container: which elements hold the article.

The HTML loader measures every block-level element of a page ("frame") while the page is
parsed (see :mod:`newsparse.loaders.walk`); :func:`main_content` decides from those
measures which frames make up the article. As in Readability, each paragraph gives its
container and, divided, the container's ancestors a score; class and id names scale it;
the best-scoring container, widened to the ancestor it shares with near-equal candidates and
joined by the siblings that continue it, is the main content. Furniture inside it (related
links, share rows, comments) is left out again. Blocks outside it are still loaded, marked
``in_main=False``, so nothing is lost silently and ``newsparse explain`` shows them.

The vocabularies and thresholds are data: :mod:`newsparse.data.containers`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Protocol

from ..data import containers as rules


class PageFrames(Protocol):
    """The measures of a page's frames and blocks :func:`main_content` reads.

    Frames are the block-level elements, numbered in document order, parents before
    children (so a frame's descendants follow it without a gap). Blocks are the pieces of
    visible text, each in one frame.
    """

    #: Per frame: its parent frame (-1 for a root), tag, own lowercased class and id, the
    #: characters of text and of link text in its subtree, and how many frames it parents.
    f_parent: list[int]
    f_tag: list[str]
    f_own: list[str]
    f_chars: list[int]
    f_links: list[float]
    f_kids: list[int]
    #: Per block: its text, its frame, and the share of its text inside links.
    b_text: list[str]
    b_frame: list[int]
    b_density: list[float]


# -- Class and id hints -----------------------------------------------------------------------
# Matched case-sensitively on the lowercased ``class id`` string of candidate containers.
#
# Each pattern is a trie of its words (see any_of): the regex engine tries a flat
# alternation word by word at every character of the hints, forty tests a character for
# the longer lists.


def _trie(words: Iterable[str]) -> list[str]:
    """The alternatives of a regex matching any of ``words``, shared prefixes factored out."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def alternatives(node: dict) -> list[str]:
        out = []
        for char, child in sorted(node.items()):
            if not char:
                continue
            rest = alternatives(child)
            if not rest:
                out.append(re.escape(char))
            elif "" in child:
                out.append(f"{re.escape(char)}(?:{'|'.join(rest)})?")
            elif len(rest) == 1:
                out.append(re.escape(char) + rest[0])
            else:
                out.append(f"{re.escape(char)}(?:{'|'.join(rest)})")
        return out

    return alternatives(root)


def any_of(*words: str, bounded: str = "") -> re.Pattern:
    """Compile a search for any of ``words`` (plain text), as a trie of alternatives.

    Args:
        words: the words, any of which makes a match.
        bounded: further alternatives as a regex, each starting with a literal letter so
            the engine can still skip to where an alternative begins.

    Returns:
        The compiled pattern; it matches where the flat alternation of the same words would
        match somewhere (only whether there is a match is meant to be used).
    """
    return re.compile("|".join(_trie(words) + ([bounded] if bounded else [])))


_POSITIVE = any_of(*rules.POSITIVE_HINTS)
_NEGATIVE = any_of(*rules.NEGATIVE_HINTS, bounded=rules.NEGATIVE_HINTS_BOUNDED)
_UNLIKELY = any_of(*rules.UNLIKELY_HINTS, bounded=rules.UNLIKELY_HINTS_BOUNDED)
_FURNITURE = any_of(*rules.FURNITURE_HINTS, bounded=rules.FURNITURE_HINTS_BOUNDED)
_EMBED = re.compile("|".join(rules.EMBED_HINTS))
_SIGNUP = re.compile("|".join(rules.SIGNUP_HINTS))
_MAYBE = re.compile("|".join(rules.MAYBE_HINTS))
_SCORE_DIVISORS = tuple(1 if level == 0 else 2 if level == 1 else level * 3 for level in range(rules.SCORE_LEVELS))
_ABSENT = re.compile(rules.ABSENT_HINT)
_SENTENCE_END = re.compile(r"\.(?: |$)")
_UNSET = object()
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Lists: a box that holds items wraps no article.
_LISTS = frozenset({"ul", "ol"})


# Pages repeat their class names ("paragraph", "story-body" on every frame), so what the
# hints say is worked out once per distinct string.
@functools.lru_cache(maxsize=4096)
def hint_flags(own: str) -> tuple[bool, bool]:
    """(unlikely, furniture) for an element's own lowercased class and id."""
    if _EMBED.search(own) is not None and _SIGNUP.search(own) is None:
        return False, False
    if "no" in own:
        # "no-share", "no_comments": the box says the furniture is absent.
        own = _ABSENT.sub("", own)
    # Names are written with and without separators ("news-letter", "author_bio", "sign-up"):
    # the words are listed once, and also looked for with the separators left out.
    joined = own.replace("-", "").replace("_", "") if "-" in own or "_" in own else own
    furniture = _FURNITURE.search(own) is not None or (joined is not own and _FURNITURE.search(joined) is not None)
    unlikely = furniture or (
        (_UNLIKELY.search(own) is not None or (joined is not own and _UNLIKELY.search(joined) is not None))
        and _MAYBE.search(own) is None
    )
    return unlikely, furniture


@functools.lru_cache(maxsize=4096)
def hint_factor(own: str) -> float:
    """What an element's own class and id multiply its container score by."""
    factor = 1.0
    if own:
        if _NEGATIVE.search(own) is not None:
            factor = rules.NEGATIVE_HINT_FACTOR
        if _POSITIVE.search(own) is not None:
            # (Scaling by 0.5 is exact, so one product gives what scaling twice gave.)
            factor *= rules.POSITIVE_HINT_FACTOR
    return factor


def paragraph_scores(page: PageFrames) -> list[float]:
    """The paragraph evidence each frame receives (Readability's paragraph score).

    One point, one per comma, one per 100 characters (at most 3), less the share of link
    text, given to the paragraph's container and, divided, to its ancestors.
    """
    f_parent, f_tag = page.f_parent, page.f_tag
    f_score = [0.0] * len(f_tag)
    text_containers, shortest = rules.TEXT_CONTAINERS, rules.MIN_PARAGRAPH_CHARS
    for text, frame, density in zip(page.b_text, page.b_frame, page.b_density):
        n = len(text)
        if n < shortest:
            continue
        commas = text.count(",")
        if not text.isascii():
            commas += text.count("，") + text.count("、")
        score = 1.0 + commas + min(n / 100.0, 3.0)
        score *= 1.0 - density
        target = f_parent[frame]
        if f_tag[frame] in text_containers:
            # Text sitting directly in a container (no <p>): the container is the
            # article's own box as much as its parent is.
            f_score[frame] += score
        for divisor in _SCORE_DIVISORS:
            if target < 0:
                break
            f_score[target] += score / divisor
            target = f_parent[target]
    return f_score


def main_content(page: PageFrames) -> list[bool]:
    """Whether each frame of ``page`` belongs to its main content.

    Args:
        page: the measures of the page's frames and blocks.

    Returns:
        One flag per frame: True for the frames of the chosen container, its joining
        siblings and their descendants, except furniture inside them.
    """
    return _Choice(page).in_main()


class _Choice:
    """The choice of one page's main container, with what class and id say worked out on
    demand (most frames are never candidates)."""

    __slots__ = ("_children", "_flags", "_gate", "_headed", "_strong", "page", "score")

    def __init__(self, page: PageFrames) -> None:
        self.page = page
        self.score = paragraph_scores(page)
        count = len(page.f_tag)
        self._flags: list = [_UNSET] * count
        self._gate: list = [_UNSET] * count
        self._strong: list = [_UNSET] * count
        self._children: dict[int, list[int]] = {}
        self._headed: set[int] | None = None

    # -- what class and id say ----------------------------------------------------------------

    def children(self, parent: int) -> list[int]:
        """The frames whose parent is ``parent``, in document order."""
        found = self._children.get(parent)
        if found is None:
            # Frames are numbered in document order, so a frame's descendants follow it
            # without a gap, and every one of them has a parent numbered at least as high.
            f_parent = self.page.f_parent
            found = []
            i = parent + 1
            count = len(f_parent)
            while i < count and f_parent[i] >= parent:
                if f_parent[i] == parent:
                    found.append(i)
                i += 1
            self._children[parent] = found
        return found

    def flags(self, index: int) -> tuple[bool, bool]:
        """(unlikely, furniture): whether the frame's own hints name page furniture."""
        value = self._flags[index]
        if value is _UNSET:
            own = self.page.f_own[index]
            # <body> and <html> carry site-wide names, not hints about one box.
            named = own and self.page.f_tag[index] not in ("body", "html")
            value = hint_flags(own) if named else (False, False)
            self._flags[index] = value
        return value

    def _memo(self, memo: list, index: int, step: Callable[[int, int | None], int]) -> int:
        """Fill ``memo`` for ``index`` and the ancestors it needs, without recursion.

        ``step(i, parent_value)`` gives frame i's value from its parent's (None at the root).
        Each frame is computed once, so all calls together stay linear in the page size.
        """
        pending = []
        i = index
        f_parent = self.page.f_parent
        while i >= 0 and memo[i] is _UNSET:
            pending.append(i)
            i = f_parent[i]
        above: int | None = memo[i] if i >= 0 else None
        value = -1
        for j in reversed(pending):
            value = above = step(j, above)
            memo[j] = value
        return value

    def _gate_step(self, index: int, parent: int | None) -> int:
        return index if self.flags(index)[0] else (-1 if parent is None else parent)

    def _strong_step(self, index: int, parent: int | None) -> int:
        return index if self.flags(index)[1] else (-1 if parent is None else parent)

    def gate(self, index: int) -> int:
        """The nearest frame at or above ``index`` whose hints are unlikely, or -1."""
        value = self._gate[index]
        return value if value is not _UNSET else self._memo(self._gate, index, self._gate_step)

    def strong_gate(self, index: int) -> int:
        """The nearest frame at or above ``index`` whose hints name furniture, or -1."""
        value = self._strong[index]
        return value if value is not _UNSET else self._memo(self._strong, index, self._strong_step)

    # -- the best container -------------------------------------------------------------------

    def final_scores(self, frames: Iterable[int]) -> list[float]:
        """The scores that rank ``frames`` as the main container."""
        page = self.page
        f_score, f_tag, f_own, f_chars, f_links = self.score, page.f_tag, page.f_own, page.f_chars, page.f_links
        bonus, factor = rules.TAG_BONUS.get, hint_factor
        return [
            (f_score[i] + bonus(f_tag[i], 0.0)) * factor(f_own[i])
            * (1.0 - (f_links[i] / f_chars[i] if f_chars[i] else 0.0))
            for i in frames
        ]

    def best(self) -> tuple[int, float, dict[int, float]]:
        """The best container (-1 for none), its score, and the final score of every
        candidate."""
        candidates = [i for i, raw in enumerate(self.score) if raw > 0]
        scored = sorted(zip(self.final_scores(candidates), candidates), reverse=True)
        finals = {index: final for final, index in scored}
        ranked: list[tuple[float, int]] = []
        for final, index in scored:
            if final <= 0 or len(ranked) >= rules.ALTERNATIVES + 1:
                break
            if self._is_furniture_candidate(index):
                continue
            ranked.append((final, index))
        if not ranked:
            return -1, 0.0, finals
        best_score, best = ranked[0]
        rival = self._rival_of_lone_line(best, best_score, scored)
        if rival is not None:
            # The line's box is no alternative either: it would widen the choice to a
            # wrapper of the whole page.
            best_score, best = rival
            ranked = [(f, i) for f, i in ranked if i != ranked[0][1]]
        alternatives = [i for f, i in ranked if i != best and f >= rules.ALTERNATIVE_SHARE * best_score]
        return self._widen(best, alternatives), best_score, finals

    def _rival_of_lone_line(
        self, best: int, best_score: float, scored: list[tuple[float, int]],
    ) -> tuple[float, int] | None:
        # A box that owes its score to one short line (a blog's tagline, one cell of a
        # record table) is no article when a candidate scoring near it holds several
        # paragraphs: Readability's score rewards one comma-rich line, and on a page of
        # short paragraphs (record pages, ideographic scripts) one line can come first.
        if self.page.f_chars[best] >= rules.LONE_LINE_MAX_CHARS:
            return None  # (the common case: the counts are never needed)
        counts = self.paragraph_counts()
        if counts[best] > 1:
            return None
        floor = rules.ALTERNATIVE_SHARE * best_score
        for final, index in scored:
            if final < floor:
                break
            if counts[index] > 1 and not self._is_furniture_candidate(index):
                return final, index
        return None

    def paragraph_counts(self) -> list[int]:
        """How many paragraphs (blocks that score, see :func:`paragraph_scores`) each frame
        holds, at any depth."""
        page = self.page
        counts = [0] * len(page.f_tag)
        f_parent, shortest = page.f_parent, rules.MIN_PARAGRAPH_CHARS
        for text, frame in zip(page.b_text, page.b_frame):
            if len(text) < shortest:
                continue
            while frame >= 0:
                counts[frame] += 1
                frame = f_parent[frame]
        return counts

    def main_frames(self) -> set[int]:
        """The frames that make up the main content: the best container and its siblings."""
        page = self.page
        best, best_score, finals = self.best()
        if best < 0:
            # No paragraph anywhere: a page of short lines. The body is the best guess, so
            # short pages are not all thrown away as "outside the article".
            body = next((i for i, tag in enumerate(page.f_tag) if tag == "body"), 0)
            return {body} if page.f_tag else set()
        parent = page.f_parent[best]
        # A lone child adds nothing over its parent: climb while the container is an only child.
        while parent >= 0 and page.f_tag[parent] not in ("body", "html"):
            if page.f_kids[parent] != 1:
                break
            best, parent = parent, page.f_parent[parent]
        chosen = {best}
        if parent >= 0:
            chosen.update(self._joining_siblings(best, best_score, parent, finals))
        return chosen

    def _joining_siblings(self, best: int, best_score: float, parent: int, finals: dict[int, float]) -> list[int]:
        # The siblings of ``best`` that continue it: scoring near it, or paragraphs.
        page = self.page
        f_score, f_chars = self.score, page.f_chars
        threshold = max(rules.SIBLING_MIN_SCORE, best_score * rules.SIBLING_SHARE)
        best_hints = page.f_own[best]
        own_blocks = self._own_blocks(parent)
        joining = []
        for sibling in self.children(parent):
            if sibling == best or self.flags(sibling)[0]:
                continue
            score = finals.get(sibling)
            if score is None and f_score[sibling] > 0:
                score = self.final_scores((sibling,))[0]
            same = best_hints and page.f_own[sibling] == best_hints
            bonus = best_score * rules.SIBLING_SAME_HINTS_BONUS if same else 0.0
            if score is not None and score + bonus >= threshold:
                joining.append(sibling)
                continue
            if page.f_tag[sibling] == "p":
                text = own_blocks.get(sibling, "")
                chars = f_chars[sibling]
                density = page.f_links[sibling] / chars if chars else 1.0
                long_prose = chars > rules.SIBLING_PARAGRAPH_CHARS and density < rules.SIBLING_MAX_LINK_DENSITY
                sentence = (0 < chars <= rules.SIBLING_PARAGRAPH_CHARS and density == 0
                            and _SENTENCE_END.search(text))
                if long_prose or sentence:
                    joining.append(sibling)
        return joining

    def _is_furniture_candidate(self, index: int) -> bool:
        gate = self.gate(index)
        # Inside furniture (comments, a sidebar) nothing is the article, unless the candidate
        # holds most of that "furniture": then it is a wrapper whose class name misleads
        # ("content-with-sidebar").
        # A furniture-named box that holds most of the page wraps it ("mmenu-pagewrapper",
        # an off-canvas menu's page holder): it is looked through to the next one above.
        f_chars, f_parent = self.page.f_chars, self.page.f_parent
        page = rules.FURNITURE_MAX_SHARE * f_chars[0]
        for _ in range(rules.FURNITURE_CLIMB):
            if gate < 0 or gate == index or f_chars[gate] < page:
                break
            parent = f_parent[gate]
            gate = self.gate(parent) if parent >= 0 else -1
        if gate == index or (gate >= 0 and f_chars[index] < rules.FURNITURE_MAX_SHARE * f_chars[gate]):
            return True
        return self._in_furniture(index)

    def _widen(self, best: int, alternatives: list[int]) -> int:
        """Climb from ``best`` to the container it shares with near-equal candidates.

        Articles split into chunks ("article__chunks > grid > body", twice, with an ad rail
        between) give two candidates of similar score in sibling wrappers; their common
        ancestor is the article. Only a container with little link text qualifies, so a
        page-wide wrapper holding menus never does.
        """
        if not alternatives:
            return best
        f_parent = self.page.f_parent
        chain = set()
        i = best
        while i >= 0:
            chain.add(i)
            i = f_parent[i]
        meeting = best
        for other in alternatives:
            i = other
            while i >= 0 and i not in chain:
                i = f_parent[i]
            if i < 0 or i in (other, best):
                continue  # unrelated tree, ``other`` above best, or inside it
            meeting = min(meeting, i)
        if meeting == best or self.page.f_tag[meeting] in ("body", "html"):
            return best
        chars = self.page.f_chars[meeting]
        if chars and self.page.f_links[meeting] / chars > rules.WIDEN_MAX_LINK_DENSITY:
            return best
        return meeting

    def headed_articles(self) -> set[int]:
        """The ``<article>`` frames with a heading of their own (h2 to h6) inside: worked out
        once per page, on the first question."""
        if self._headed is None:
            f_tag, f_parent = self.page.f_tag, self.page.f_parent
            headed: set[int] = set()
            for index, tag in enumerate(f_tag):
                if tag in _SECTION_HEADINGS:
                    above = f_parent[index]
                    while above >= 0 and f_tag[above] != "article":
                        above = f_parent[above]
                    if above >= 0:
                        headed.add(above)
            self._headed = headed
        return self._headed

    def _in_furniture(self, index: int) -> bool:
        # Comments and related boxes nest ("comments > comment > comment-content"): any of
        # them up the chain rules the candidate out, unless that box holds most of the page
        # (then it wraps everything and its name misleads).
        gate = self.strong_gate(index)
        f_chars, f_parent = self.page.f_chars, self.page.f_parent
        page = rules.FURNITURE_MAX_SHARE * f_chars[0]
        for _ in range(rules.FURNITURE_CLIMB):
            if gate < 0:
                return False
            if f_chars[gate] < page:
                return True
            parent = f_parent[gate]
            gate = self.strong_gate(parent) if parent >= 0 else -1
        return False

    def _own_blocks(self, parent: int) -> dict[int, str]:
        # Texts of the <p> children of ``parent``, for the short-sibling rule.
        wanted = {c for c in self.children(parent) if self.page.f_tag[c] == "p"}
        found: dict[int, str] = {}
        if not wanted:
            return found
        for text, frame in zip(self.page.b_text, self.page.b_frame):
            if frame in wanted:
                found[frame] = found.get(frame, "") + text
        return found

    # -- the frames in it ---------------------------------------------------------------------

    def in_main(self) -> list[bool]:
        """Per frame, whether it is inside the main content (see :func:`main_content`)."""
        main = self.main_frames()
        page = self.page
        count = len(page.f_tag)
        in_main = [False] * count
        f_parent, f_tag, f_chars, f_links = page.f_parent, page.f_tag, page.f_chars, page.f_links
        furniture, share = rules.FURNITURE_TAGS, rules.FURNITURE_MAX_SHARE
        card_chars, card_links = rules.CARD_MIN_CHARS, rules.CARD_MAX_LINK_SHARE
        root_of = [-1] * count
        in_article = [False] * count
        for top in sorted(main):
            if in_main[top]:
                continue
            # Whether an <article> holds the main frame, then its subtree: frames come in
            # document order, parents first, and a subtree's frames follow its root without
            # a gap, so one forward pass over each subtree settles it.
            above = f_parent[top]
            while above >= 0 and f_tag[above] != "article":
                above = f_parent[above]
            in_article[top] = above >= 0
            in_main[top] = True
            root_of[top] = top
            index = top + 1
            while index < count and f_parent[index] >= top:
                parent = f_parent[index]
                in_article[index] = in_article[parent] or f_tag[parent] == "article"
                if index in main:
                    in_main[index] = True
                    root_of[index] = index
                elif in_main[parent]:
                    root = root_of[parent]
                    root_of[index] = root
                    tag = f_tag[index]
                    # Furniture inside the article (a related-links aside, a share bar, the
                    # comments, an <article> teaser card inside the article) leaves it,
                    # unless it holds most of the container's text (then its name misleads:
                    # it wraps the article), which a list never does: related posts with
                    # long excerpts may outweigh a short story. (A card of prose with
                    # little link text is a section of the article, see CARD_MAX_LINK_SHARE.)
                    if not ((f_chars[index] < share * f_chars[root] or tag in _LISTS) and (
                        tag in furniture or self.flags(index)[0] or (
                            tag == "article" and in_article[index] and not (
                                f_chars[index] >= card_chars and f_links[index] <= card_links * f_chars[index]
                                and index in self.headed_articles()
                            )
                        )
                    )):
                        in_main[index] = True
                index += 1
        return in_main
