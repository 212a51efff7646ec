"""The body's end: a last block that stands apart from the body's paragraphs is not the article's.

Below a story, pages set a line or two that reads as prose but belongs to the page: a
call to follow the site on a social network or to download its app, a licence note, a
"Tags:" label, a login prompt, a rating. The body model keeps such a block when it ends
a sentence and sits near the last paragraph. The markup tells it apart in any language:
the article's paragraphs stand in a few boxes, repeated (``…>div.entry-content>p``),
while the trailing line sits in a box of its own. :func:`trim_detached_end` drops, as
``outside-body``, the body's last block when it is short and stands in no box where
another block of the body stands, and looks again at the new last block, a few times
at most. Plain text has no boxes: there, nothing changes. The bounds are data:
:mod:`newsparse.data.layout`.

Such a line may also share the paragraphs' box; then where its links point gives it away:
:func:`trim_promoted_end` drops the body's last block while it is short and links to an
account on a social network, an app store or a licence deed, or by an address tagged for
an advertising or mailing campaign (``?utm_source=…``: a sign-up, a shop, the site's own
magazine) (:mod:`newsparse.data.link_targets`).

Crawler text has neither boxes nor links, but such a line still names where it sends the
reader: :func:`trim_named_platform_end` drops the body's last block while it is short and
names a social network, a messenger or an app store that the story above never names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..data import layout as L
from ..data import link_targets as T
from ..document import Decision, InputBlock, Markup, body_blocks
from ..model import Label, Reason
from .rescue import box_of

_OUTSIDE_BODY = Decision(label=Label.BOILERPLATE, reason=Reason.OUTSIDE_BODY)
# A licence line is a footer's, whatever box it stands in.
_LICENCE = Decision(label=Label.BOILERPLATE, reason=Reason.FOOTER)


def trim_detached_end(blocks: Sequence[InputBlock], decisions: list[Decision | None]) -> None:
    """Drop the body's last blocks while each stands apart from the rest of the body.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided); updated in place.
    """
    kept = body_blocks(decisions)
    for _ in range(L.DETACHED_END_ROUNDS):
        if len(kept) < L.DETACHED_END_MIN_BLOCKS:
            return
        last = blocks[kept[-1]]
        box = box_of(last)
        if box is None or len(last.text) >= L.DETACHED_END_MAX_CHARS:
            return
        if any(box_of(blocks[i]) == box for i in kept[:-1]):
            return
        decisions[kept.pop()] = _OUTSIDE_BODY


def trim_promoted_end(
    blocks: Sequence[InputBlock], decisions: list[Decision | None], markup: Markup | None,
) -> None:
    """Drop the body's last blocks while each sends the reader away: to the site's account
    on a social network, its app in a store, the page's licence, or any address tagged for
    a campaign.

    Such a line ("Follow us on Instagram", "¿Ya sabías que tenemos canal de Telegram?",
    "Inhalte dieser Website stehen unter CC-BY") reads as prose in any language and may
    share the paragraphs' box; its links tell it apart (see
    :mod:`newsparse.data.link_targets`). A block dropped so is ``outside-body``, or a
    ``footer`` line for a licence. A campaign's tag says something only when the story
    above carries none: a shopping list tags every item's link, its last items too.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided); updated in place.
        markup: the page's links by block (None for plain text: nothing changes).
    """
    if markup is None or not markup.marks:
        return
    kept = body_blocks(decisions)
    story = kept[: -T.PROMOTED_END_ROUNDS]
    for _ in range(T.PROMOTED_END_ROUNDS):
        if len(kept) < T.PROMOTED_END_MIN_BLOCKS:
            return
        last = kept[-1]
        if markup.marks.get(last) is None or len(blocks[last].text) > T.PROMOTED_END_MAX_CHARS:
            return
        targets = _targets(markup, last)
        if "licence" in targets:
            decisions[kept.pop()] = _LICENCE
        elif "account" in targets or "app" in targets or (
            "campaign" in targets and not any(_tags_links(markup, i) for i in story)
        ):
            decisions[kept.pop()] = _OUTSIDE_BODY
        else:
            return


# The platforms' names as whole words, in any case; a name of two words may be split by
# any space ("Google  Play").
_PLATFORM = re.compile(
    r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in T.PLATFORM_NAMES) + r")(?!\w)",
    re.IGNORECASE,
)


def trim_named_platform_end(blocks: Sequence[InputBlock], decisions: list[Decision | None]) -> None:
    """Drop the body's last blocks of crawler text while each names a platform the story
    does not: a call to follow the site on a social network or to get its app.

    Plain text keeps no links, so :func:`trim_promoted_end` cannot see where such a line
    sends the reader ("Follow The Gleaner on Twitter and Instagram", "¿Ya sabías que
    tenemos canal de Telegram?", "Download our apps for iOS and Android"); the line names
    it instead, in any language (:data:`~newsparse.data.link_targets.PLATFORM_NAMES`). A
    story about a platform names it above its last paragraph too: a last block is dropped
    only when no other block of the body names any platform it names, and when it is at
    most :data:`~newsparse.data.link_targets.PLATFORM_END_MAX_CHARS` long; the number of
    blocks and of rounds are :func:`trim_promoted_end`'s.

    Args:
        blocks: the page's blocks.
        decisions: one decision per block (None: not decided); updated in place.
    """
    kept = body_blocks(decisions)
    if len(kept) < T.PROMOTED_END_MIN_BLOCKS:
        return
    story = kept[: -T.PROMOTED_END_ROUNDS]
    named_above: set[str] | None = None  # found once, and only when a last block names one
    for _ in range(T.PROMOTED_END_ROUNDS):
        if len(kept) < T.PROMOTED_END_MIN_BLOCKS:
            return
        text = blocks[kept[-1]].text
        if len(text) > T.PLATFORM_END_MAX_CHARS:
            return
        named = _platforms(text)
        if not named:
            return
        if named_above is None:
            named_above = set().union(*(_platforms(blocks[i].text) for i in story))
        if named & named_above:
            return
        decisions[kept.pop()] = _OUTSIDE_BODY


def _platforms(text: str) -> set[str]:
    # The platforms a text names, each as one lowercased name ("google play").
    return {" ".join(m.group().lower().split()) for m in _PLATFORM.finditer(text)}


def _tags_links(markup: Markup, i: int) -> bool:
    # Whether a link of block ``i`` carries a campaign's or an affiliate's tag.
    entry = markup.marks.get(i)
    if entry is None:
        return False
    for _, _, kind, href in entry[1]:
        if kind == "link" and href and "?" in href:
            query = href.partition("?")[2].partition("#")[0]
            if _tags_campaign(query) or not T.AFFILIATE_PARAMETERS.isdisjoint(_parameters(query)):
                return True
    return False


def _targets(markup: Markup, i: int) -> set[str | None]:
    # What the links of block ``i`` point to (see link_target).
    entry = markup.marks.get(i)
    if entry is None:
        return set()
    return {link_target(href) for _, _, kind, href in entry[1] if kind == "link" and href}


def link_target(href: str) -> str | None:
    """What a link's address points to, when it leads away from any article.

    Args:
        href: the address as the page writes it.

    Returns:
        ``"account"`` (a page of an account on a social network), ``"app"`` (an app
        store's page), ``"licence"`` (a licence deed), ``"campaign"`` (any address tagged
        for an advertising or mailing campaign), or None.
    """
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None  # an address lxml let through but no URL ("http://[x")
    if parts.query and _tags_campaign(parts.query):
        # (Whatever the host: a site's own sign-up page is as much a promotion as a shop's.)
        return "campaign"
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return None
    for prefix in T.MOBILE_PREFIXES:
        host = host.removeprefix(prefix)
    if host in T.APP_STORE_HOSTS:
        return "app"
    path = parts.path
    if any(host == h and path.startswith(p) for h, p in T.LICENCE_PREFIXES):
        return "licence"
    if host not in T.SOCIAL_HOSTS:
        return None
    segments = [s.lower() for s in path.split("/") if s]
    if len(segments) == 2 and segments[0] in T.ACCOUNT_PREFIXES:
        segments = segments[1:]
    if len(segments) == 1 and segments[0] not in T.NOT_AN_ACCOUNT:
        return "account"
    return None


def _tags_campaign(query: str) -> bool:
    # Whether a query string names a campaign's parameter (see link_targets).
    return any(
        name in T.CAMPAIGN_PARAMETERS or name.startswith(T.CAMPAIGN_PARAMETER_PREFIXES)
        for name in _parameters(query)
    )


def _parameters(query: str) -> list[str]:
    # The lowercased names of a query string's parameters.
    return [pair.partition("=")[0].strip().lower() for pair in query.split("&")]
