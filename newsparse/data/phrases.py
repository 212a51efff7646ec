"""Boilerplate phrases: patterns that mark a whole short block, with the words they need.

Each :class:`Phrase` declares, beside its pattern and reason, the words a match cannot do
without. The classifier screens a page's blocks by their words (a set lookup per word)
and runs the patterns only on the blocks that hold such a word; a test generates matches
of every pattern and checks that each declared word is really required.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Phrase:
    """A boilerplate phrase: a pattern, its reason, and the words every match holds.

    Patterns are searched in the lowercased, whitespace-folded text of short blocks.

    Attributes:
        pattern: the regular expression.
        reason: the reason recorded on a block it matches.
        words: every match holds one of these (lowercase) as a whole word (a maximal run
            of ``\\w``); empty when no word is required (the pattern is then screened by
            regex).
        first_words: for a pattern anchored with ``^``: every match opens with one of
            these as a whole word. Sharper than ``words`` for whole-line phrases ("More",
            "Share this"), whose words are common.
        max_chars: for a whole-line phrase (anchored with ``^`` and ``$``): the longest
            folded text it matches, or None when there is no bound.
    """

    pattern: str
    reason: str
    words: frozenset[str] = frozenset()
    first_words: frozenset[str] = frozenset()
    max_chars: int | None = None


#: The built-in English phrases, in order: the first that matches gives the reason. Other
#: languages add their own pairs through the ``newsparse_boilerplate_patterns`` hook.
ENGLISH: tuple[Phrase, ...] = (
    # Browser and script banners.
    Phrase(r"\bie ?\d+ is not supported\b", "banner", words=frozenset({"supported"})),
    Phrase(
        r"\b(?:your|this) browser is (?:not supported|out of date|outdated)",
        "banner",
        words=frozenset({"browser"}),
    ),
    Phrase(r"\bplease (?:enable|turn on) javascript\b", "banner", words=frozenset({"javascript"})),
    Phrase(
        r"\bjavascript is (?:disabled|required|not enabled)\b",
        "banner",
        words=frozenset({"javascript"}),
    ),
    Phrase(r"\bfor an optimal experience visit our site\b", "banner", words=frozenset({"experience"})),
    Phrase(
        r"\bupgrade (?:your|to a (?:newer|modern)) browser\b",
        "banner",
        words=frozenset({"upgrade"}),
    ),
    Phrase(
        r"\bskip to (?:main )?(?:content|navigation|main|search|footer)\b",
        "navigation",
        words=frozenset({"skip"}),
    ),
    Phrase(
        r"^(?:menu|search|home|close|back to top|more|toggle navigation|main menu)$",
        "navigation",
        first_words=frozenset({"back", "close", "home", "main", "menu", "more", "search", "toggle"}), max_chars=17,
    ),
    # Reading controls ("Text size" above the story).
    Phrase(r"^(?:text|font) size$", "navigation", first_words=frozenset({"font", "text"}), max_chars=9),
    # Cookies and consent.
    Phrase(
        r"\bcookies?\b.{0,80}\b(?:consent|accept|agree|use|policy|settings|preferences)\b",
        "cookie",
        words=frozenset({"cookie", "cookies"}),
    ),
    Phrase(r"\b(?:accept|reject) (?:all )?cookies\b", "cookie", words=frozenset({"cookies"})),
    Phrase(
        r"\bwe (?:use|value) (?:cookies|your privacy)\b",
        "cookie",
        words=frozenset({"cookies", "privacy"}),
    ),
    # Newsletters, subscriptions and paywalls.
    Phrase(
        r"\bsign(?:ing)? up (?:for|to)\b.{0,60}\b(?:newsletter|email|updates|alerts|briefing)",
        "newsletter",
        words=frozenset({"sign", "signing"}),
    ),
    Phrase(
        r"\b(?:subscribe|sign up) (?:to|for) (?:our|the)\b.{0,40}\bnewsletters?\b",
        "newsletter",
        words=frozenset({"newsletter", "newsletters"}),
    ),
    Phrase(
        r"^(?:subscribe|sign up|sign in|log in|login|register|subscribe now)$",
        "newsletter",
        first_words=frozenset({"log", "login", "register", "sign", "subscribe"}), max_chars=13,
    ),
    Phrase(r"\bget (?:our|the)\b.{0,40}\bnewsletter\b", "newsletter", words=frozenset({"newsletter"})),
    Phrase(
        r"\bdelivered (?:straight |directly )?to your inbox\b",
        "newsletter",
        words=frozenset({"delivered"}),
    ),
    Phrase(r"\benter your email\b", "newsletter", words=frozenset({"enter"})),
    Phrase(r"\bsubscribe (?:now|today)\b", "paywall", words=frozenset({"subscribe"})),
    Phrase(
        r"\b(?:already a subscriber|subscribers only|for subscribers)\b",
        "paywall",
        words=frozenset({"subscriber", "subscribers"}),
    ),
    Phrase(
        r"\byou have (?:reached|read) (?:your|\d+)\b.{0,40}\b(?:free|limit)\b",
        "paywall",
        words=frozenset({"free", "limit"}),
    ),
    Phrase(r"\bunlimited (?:digital )?access\b", "paywall", words=frozenset({"unlimited"})),
    # Print subscription offers: a number of issues for a price ("12 issues for £11.99"),
    # a price per issue, or the magazine "delivered to your door".
    Phrase(
        r"\b\d+ (?:issues|editions) (?:for|from) (?:just |only )?[£$€]\s?\d",
        "paywall",
        words=frozenset({"issues", "editions"}),
    ),
    Phrase(r"[£$€]\s?\d+(?:[.,]\d+)? (?:an|a|per) issue\b", "paywall", words=frozenset({"issue"})),
    Phrase(
        r"^get\b.{1,60}\bdelivered (?:to your (?:door|doorstep|home)|through your (?:letterbox|letter box|door))\b",
        "paywall",
        first_words=frozenset({"get"}),
    ),
    # Sharing and social rows.
    Phrase(
        r"^(?:share|share this|share this (?:article|story|page)|share on \w+|tweet|email|print|copy link|whatsapp|pinterest|linkedin|reddit|facebook|twitter|flipboard|messenger|comments?)$",
        "share",
        first_words=frozenset({"comment", "comments", "copy", "email", "facebook", "flipboard", "linkedin", "messenger", "pinterest", "print", "reddit", "share", "tweet", "twitter", "whatsapp"}), max_chars=None,
    ),
    Phrase(r"^share (?:this|on|via)\b", "share", first_words=frozenset({"share"}), max_chars=None),
    # A blog's like button, with or without its "Loading..." placeholder.
    Phrase(
        r"^(?:like this:? ?)?like(?: this:?| loading ?(?:\.{3}|…)?)$",
        "share",
        first_words=frozenset({"like"}), max_chars=40,
    ),
    Phrase(r"\bclick to share\b", "share", words=frozenset({"click"})),
    Phrase(r"^social (?:share|shares|sharing)$", "share", first_words=frozenset({"social"}), max_chars=14),
    Phrase(r"\bfollow us on\b", "share", words=frozenset({"follow"})),
    # Advertising.
    Phrase(
        # (Sites frame the label with dashes or bullets: "- Advertisement -".)
        r"^(?:[-–—•*|] ?)?(?:advertisement|advertising|sponsored|sponsored content|ad|ads|promoted|paid content|paid post)"
        r"(?: ?[-–—•*|])?$",
        "advertisement",
        first_words=frozenset({"ad", "ads", "advertisement", "advertising", "paid", "promoted", "sponsored"}), max_chars=21,
    ),
    # The same label in brackets, as Japanese pages set it ("[PR]", "【PR】", "(Ad)").
    Phrase(
        r"^[\[(【「] ?(?:pr|ad|ads|advertisement|sponsored|promoted) ?[\])】」]$",
        "advertisement",
        first_words=frozenset({"ad", "ads", "advertisement", "pr", "promoted", "sponsored"}), max_chars=17,
    ),
    Phrase(
        r"^(?:story|article) continues below\b",
        "advertisement",
        first_words=frozenset({"article", "story"}), max_chars=None,
    ),
    Phrase(
        r"^continue reading (?:the main story|below)\b",
        "advertisement",
        first_words=frozenset({"continue"}), max_chars=None,
    ),
    Phrase(r"\bscroll to continue\b", "advertisement", words=frozenset({"continue"})),
    # Affiliate-link disclosures ("This article contains affiliate links ... may earn a
    # commission").
    Phrase(
        r"\b(?:contains?|includes?|uses?) affiliate links?\b", "advertisement", words=frozenset({"affiliate"}),
    ),
    Phrase(
        r"\bmay (?:earn|receive|get|collect) (?:a |an )?(?:small )?(?:share of (?:the )?sales|(?:affiliate )?commissions?)\b",
        "advertisement",
        words=frozenset({"commission", "commissions", "sales"}),
    ),
    # Reading-time lines ("5 min read", "Estimated reading time: 6 minutes").
    Phrase(
        r"^(?:estimated )?(?:reading|read) time\s*:?\s*(?:about |approx\. ?|~\s*)?\d+\s*(?:min|mins|minutes?)\b",
        "date",
        first_words=frozenset({"estimated", "read", "reading"}), max_chars=None,
    ),
    Phrase(r"^(?:about )?\d+\s*-?\s*(?:min|mins|minutes?)\.? read$", "date", words=frozenset({"read"})),
    # Related and recommended lists.
    Phrase(
        r"^(?:read more|related|related (?:articles?|stories|content|coverage|topics|posts)|recommended|recommended for you|more from [\w .'-]{1,40}|more stories|you may also like|you might also like|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news|editor'?s picks|in other news|see also|also read|read next|up next|what to read next|more on this story|watch|watch more|watch next|most shared|popular|news|latest|next|previous)(?:\s*[:>»])?$",
        "related",
        first_words=frozenset({"also", "editor", "editors", "in", "latest", "more", "most", "news", "next", "popular", "previous", "read", "recommended", "related", "see", "top", "trending", "up", "watch", "what", "you"}), max_chars=52,
    ),
    Phrase(
        r"^(?:read|see|watch) (?:more|also|next)\s*:",
        "related",
        first_words=frozenset({"read", "see", "watch"}), max_chars=None,
    ),
    Phrase(
        r"^(?:related|read more|also read|more)\s*:\s",
        "related",
        first_words=frozenset({"also", "more", "read", "related"}), max_chars=None,
    ),
    # Comments.
    Phrase(r"^(?:\d+ )?comments?(?: \(\d+\))?$", "comments", words=frozenset({"comment", "comments"})),
    Phrase(
        r"^(?:leave|post|add|view|show|load) (?:a |all |more )?(?:comments?|reply|replies)\b",
        "comments",
        first_words=frozenset({"add", "leave", "load", "post", "show", "view"}), max_chars=None,
    ),
    Phrase(
        r"^(?:reply|report|report abuse|flag|like|upvote|downvote)$",
        "comments",
        first_words=frozenset({"downvote", "flag", "like", "reply", "report", "upvote"}), max_chars=12,
    ),
    Phrase(
        r"\bcomments? (?:are|have been) (?:closed|disabled)\b",
        "comments",
        words=frozenset({"comment", "comments"}),
    ),
    # Media player and gallery controls.
    Phrase(
        r"^(?:(?:enter |exit |view |go )?full ?screen|expand|enlarge (?:this )?image|view (?:full )?gallery)$",
        "navigation",
        first_words=frozenset({"enlarge", "enter", "exit", "expand", "full", "fullscreen", "go", "view"}),
        max_chars=18,
    ),
    # Ad-network credits ("inRead invented by Teads", "Ads by ...").
    Phrase(r"\binvented by teads\b", "advertisement", words=frozenset({"teads"})),
    Phrase(
        r"^(?:ads|ads powered|sponsored|presented|promoted) by [\w .&'’-]{1,40}$",
        "advertisement",
        first_words=frozenset({"ads", "presented", "promoted", "sponsored"}),
        max_chars=55,
    ),
    # Footers.
    # A copyright sign opens a footer whatever follows it; the word does only where it opens
    # the line or comes with a year or "by": "faces a copyright claim" is prose.
    Phrase(r"(?:©|\(c\))\s*(?:\d{4}|by\b|[a-z])", "footer"),
    Phrase(
        r"^(?:(?:image|photo|picture|video) )?copyright\b|\bcopyright(?:\s+(?:\d{4}|by\b)|\s*[©ⓒ])",
        "footer",
        words=frozenset({"copyright"}),
    ),
    Phrase(r"\ball rights reserved\b", "footer", words=frozenset({"reserved"})),
    Phrase(
        r"^(?:privacy policy|terms (?:of (?:use|service)|and conditions)|contact us|about us|cookie policy|accessibility|sitemap|site map|careers|advertise with us|help|faq|terms|privacy)$",
        "footer",
        first_words=frozenset({"about", "accessibility", "advertise", "careers", "contact", "cookie", "faq", "help", "privacy", "site", "sitemap", "terms"}), max_chars=20,
    ),
    Phrase(r"\bprivacy policy\b.{0,40}\bterms\b", "footer", words=frozenset({"privacy"})),
    Phrase(
        r"\bterms (?:of (?:use|service)|and conditions)\b.{0,40}\bprivacy\b",
        "footer",
        words=frozenset({"privacy"}),
    ),
    # Print-edition lines and the links beside them.
    Phrase(
        r"^a version of this (?:article|story|review|column) appears? in print\b",
        "footer",
        words=frozenset({"print"}),
    ),
    Phrase(r"\border reprints\b", "footer", words=frozenset({"reprints"})),
    Phrase(r"\btoday[’']s paper\b", "footer", words=frozenset({"paper"})),
    # Credits and disclosures of embedded widgets ("Powered by Kensho", "Disclosures").
    Phrase(r"^powered by [\w .&'’-]{1,40}$", "footer", first_words=frozenset({"powered"}), max_chars=51),
    Phrase(r"^disclosures?$", "footer", first_words=frozenset({"disclosure", "disclosures"}), max_chars=11),
)

#: Phrases are tried only on blocks up to this length: longer blocks are prose that may
#: well mention cookies or newsletters as subject matter.
MAX_CHARS = 200
