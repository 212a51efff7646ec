"""Where a link points, as evidence: the addresses that send a reader away from the article.

A line below a story that asks the reader to follow the site on a social network, to
download its app or that states the page's licence reads as prose in whatever language
the page is written in; what gives it away in every language is where its links point.
Read by :mod:`newsparse.classify.ending`. Hosts are compared lowercased, without a
leading ``www.``, ``m.`` or ``mobile.``.
"""

#: Host prefixes of a site's mobile pages, dropped before a host is compared
#: ("m.facebook.com" is "facebook.com").
MOBILE_PREFIXES = ("m.", "mobile.")

#: Social networks whose address with one path segment is an account's page
#: ("twitter.com/nytimes", "t.me/channel", "facebook.com/page").
SOCIAL_HOSTS = frozenset({
    "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "t.me", "telegram.me",
    "youtube.com", "tiktok.com", "linkedin.com", "xing.com", "vk.com", "threads.net",
    "pinterest.com", "pinterest.de", "pinterest.fr", "pinterest.es", "pinterest.it",
    "pinterest.co.uk", "pinterest.at", "pinterest.ch", "pinterest.pt", "pinterest.com.mx",
    "flipboard.com", "soundcloud.com", "spotify.com", "snapchat.com", "tumblr.com",
    "whatsapp.com",
})

#: First path segments of those hosts that name no account: a post, a search, a share
#: button's address ("twitter.com/intent/tweet", "facebook.com/sharer.php"), a video.
NOT_AN_ACCOUNT = frozenset({
    "status", "statuses", "hashtag", "hashtags", "search", "share", "sharer", "sharer.php",
    "share.php", "intent", "home", "watch", "embed", "shorts", "playlist", "results", "p",
    "reel", "reels", "tv", "posts", "photo", "photos", "video", "videos", "events", "groups",
    "dialog", "plugins", "login", "signup", "i", "explore", "tags", "tag", "story.php",
    "permalink.php", "media", "notes", "pin", "sharearticle", "sharing", "send", "joinchat",
})

#: Path segments after which the next one is an account ("youtube.com/channel/X",
#: "linkedin.com/company/X", "linkedin.com/in/X").
ACCOUNT_PREFIXES = frozenset({"c", "channel", "user", "company", "in", "school", "showcase"})

#: App stores: a link to one below a story is the site's own app.
APP_STORE_HOSTS = frozenset({"apps.apple.com", "itunes.apple.com", "play.google.com"})

#: Licence deeds, as (host, path prefix): a line that links to one states the page's
#: licence ("Inhalte dieser Website stehen unter CC-BY").
LICENCE_PREFIXES = (
    ("creativecommons.org", "/licenses/"),
    ("creativecommons.org", "/licences/"),
    ("creativecommons.org", "/publicdomain/"),
)

#: Query parameters that tag a link for an advertising or mailing campaign: Google
#: Analytics' ``utm_*`` (matched as a prefix), the click ids of Google and Meta ads,
#: Mailchimp's campaign and member ids, and a referral program's ``refer``. A line below a
#: story whose link carries one sends the reader to a sign-up, a shop or an app, in any
#: language ("Sign up here", "Jetzt im Heft", "¡Suscríbete!"); a story's own links to its
#: sources carry none.
CAMPAIGN_PARAMETER_PREFIXES = ("utm_",)
CAMPAIGN_PARAMETERS = frozenset({"gclid", "fbclid", "mc_cid", "mc_eid", "refer"})
#: Query parameters of affiliate and referral links. A story whose own links carry one of
#: these or a campaign's (a shopping list: "Wrap blouse, Net-A-Porter, $167" linking with
#: "?ref=..." or "?tag=...") tags its last items too: there the tag says nothing of the
#: last line, and the story's end is left alone.
AFFILIATE_PARAMETERS = frozenset({
    "ref", "tag", "affid", "aff_id", "affiliate", "affiliate_id", "cm_mmc", "pubref",
    "clickref", "subid", "irgwc", "ranmid", "raneaid",
})

#: The body's last block is dropped when it points to such an address and is at most this
#: long (a call to follow the site runs to three sentences; a paragraph of the story that
#: names someone's account is longer) ...
PROMOTED_END_MAX_CHARS = 400
#: ... on a body of at least this many blocks; the new last block is looked at again, at
#: most PROMOTED_END_ROUNDS times in all (a licence line under "Follow us on ...").
PROMOTED_END_MIN_BLOCKS = 3
PROMOTED_END_ROUNDS = 2

#: Crawler text keeps no links: there a line below a story gives itself away by naming
#: where it sends the reader. The names of social networks, messengers and app stores
#: are the same in every language ("Follow us on Instagram", "Síguenos en Instagram",
#: "Folge uns auf Instagram"), so they are matched as whole words, ignoring case; a
#: story's own last paragraph may name one too, and is left alone when the story above
#: names it as well (see :func:`newsparse.classify.ending.trim_named_platform_end`).
#: Names that are also common words ("Threads", "Messenger", "X") are left out.
PLATFORM_NAMES = (
    "Facebook", "Instagram", "Twitter", "Telegram", "YouTube", "TikTok", "LinkedIn",
    "Xing", "WhatsApp", "Pinterest", "Flipboard", "SoundCloud", "Spotify", "Snapchat",
    "Tumblr", "Google Play", "App Store", "iOS", "Android",
)
#: A last block of crawler text that names a platform is dropped when it is at most this
#: long: a call to follow or subscribe runs to two sentences ("Follow The Times on
#: Facebook and Twitter (@times). Send us a message on WhatsApp at ..."). With no link to
#: tell them apart, a story's last paragraph that names a platform ("... Clegg now works
#: for Facebook.", a politician's post "on Twitter" quoted) is longer, and stays.
PLATFORM_END_MAX_CHARS = 220
