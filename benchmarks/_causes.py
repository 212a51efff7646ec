"""Why a snippet-scored page misses text it should hold, or holds text it should not.

Trafilatura's metric says how many ``with`` snippets a body misses and how many
``without`` snippets it holds, not why. For each such snippet, :func:`snippet_causes`
finds the block that holds it and says where that block stands against the body (above
its first block, inside its span, below its last block) and what the classifier decided
for it (label and reason). :func:`tally` counts the causes over pages and sites, so the
classes of failure that span several sites stand out from one page's quirk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: A block shorter than this is not taken to hold a snippet merely because the snippet
#: contains it ("Home" is inside many a snippet).
BLOCK_MIN_CHARS = 20


@dataclass(frozen=True)
class Cause:
    """Why one snippet counts against a page.

    Attributes:
        kind: ``"missed"`` (a ``with`` snippet the body lacks) or ``"kept"`` (a ``without``
            snippet the body holds).
        where: ``"above"``, ``"inside"`` or ``"below"`` the body's first and last block;
            ``"no body"`` when the body is empty; ``"across blocks"`` when no one block holds
            the snippet.
        decision: the holding block's ``label/reason``, or ``"-"``.
    """

    kind: str
    where: str
    decision: str


@dataclass(frozen=True)
class ExplainedBlock:
    """What :func:`snippet_causes` needs of one block: its text and its decision.

    Attributes:
        text: the block's text.
        label: the label it got.
        reason: the reason it got.
        in_body: whether the label keeps it in the body text.
    """

    text: str
    label: str
    reason: str
    in_body: bool


def _norm(text: str) -> str:
    return " ".join(text.split())


def snippet_causes(
    blocks: Sequence[ExplainedBlock], body: str, with_: Iterable[str], without: Iterable[str]
) -> list[Cause]:
    """The cause of each snippet that counts against the page.

    Args:
        blocks: the page's blocks with their decisions, in order.
        body: the extracted body text.
        with_: the snippets the body must hold.
        without: the snippets it must not hold.

    Returns:
        One cause per missed ``with`` snippet and per kept ``without`` snippet.
    """
    text = _norm(body)
    texts = [_norm(b.text) for b in blocks]
    kept = [i for i, b in enumerate(blocks) if b.in_body]
    out = []
    for kind, snippets, wanted in (("missed", with_, False), ("kept", without, True)):
        for snippet in map(_norm, snippets):
            if (snippet in text) != wanted:
                continue  # it does not count against the page
            holders = [
                i for i, t in enumerate(texts) if t and (snippet in t or (len(t) >= BLOCK_MIN_CHARS and t in snippet))
            ]
            # The block that explains the count: one the body dropped for a missed snippet,
            # one it kept for a kept snippet.
            chosen = next((i for i in holders if blocks[i].in_body == wanted), None)
            if chosen is None:
                out.append(Cause(kind, "across blocks", "-"))
                continue
            block = blocks[chosen]
            if not kept:
                where = "no body"
            else:
                where = "above" if chosen < kept[0] else "below" if chosen > kept[-1] else "inside"
            out.append(Cause(kind, where, f"{block.label}/{block.reason}"))
    return out


def tally(causes: dict[str, tuple[str, list[Cause]]]) -> list[str]:
    """Count causes by class, with how many pages and sites each class spans.

    Args:
        causes: page id -> (its site, its causes).

    Returns:
        Printable lines, the largest classes first within each kind.
    """
    snippets: dict[Cause, int] = defaultdict(int)
    pages: dict[Cause, set[str]] = defaultdict(set)
    sites: dict[Cause, set[str]] = defaultdict(set)
    for page, (site, found) in causes.items():
        for cause in found:
            snippets[cause] += 1
            pages[cause].add(page)
            sites[cause].add(site)
    lines = [f"  {'kind':<7} {'where':<14} {'decision':<34} {'snippets':>8} {'pages':>6} {'sites':>6}"]
    for cause in sorted(snippets, key=lambda c: (c.kind != "missed", -snippets[c], c.where, c.decision)):
        lines.append(
            f"  {cause.kind:<7} {cause.where:<14} {cause.decision:<34} {snippets[cause]:8d} "
            f"{len(pages[cause]):6d} {len(sites[cause]):6d}"
        )
    return lines
