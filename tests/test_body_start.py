"""Where the body starts on HTML pages: what opens the story stays in it, and what only
sits above it (headline, kicker, credits, labels) stays out."""

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)
PROSE = [
    "The regional water authority said on Thursday that reservoir levels had fallen to their lowest point in a decade after the driest summer on record.",
    "Officials urged households to cut their use by a fifth, and warned that a ban on garden hoses could follow within weeks if the weather stays dry.",
    "Farmers in the valley said they had already lost part of their harvest, and asked for help with the cost of bringing in water by truck.",
]
TITLE = "Reservoirs at their lowest in a decade"


def page(inside: str, *, head: str = "", title: str = TITLE) -> str:
    """A news page: nav, the headline, then the story's container with ``inside`` first."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f"<html><head><title>{title} - The Valley Courier</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<h1>{TITLE}</h1>{head}<div class="story-body">{inside}{paragraphs}</div></body></html>'
    )


def body_of(html: str) -> list[str]:
    return [p.text for p in PARSER.parse(html, format="html").body]


def test_a_question_that_opens_the_story_stays_in_the_body():
    lede = "When did you last see the reservoir this low?"
    assert body_of(page(f"<p>{lede}</p>")) == [lede, *PROSE]


def test_the_headline_repeated_above_the_story_goes_to_the_head():
    html = page(f"<p>{TITLE}</p>")
    article = PARSER.parse(html, format="html")
    assert [p.text for p in article.body] == PROSE
    assert article.title == TITLE


def test_a_line_without_a_letter_does_not_open_the_body():
    article = PARSER.parse(page('<div class="count">884</div><p>==========</p>'), format="html")
    assert [p.text for p in article.body] == PROSE
    reasons = {b.text: b.reason for b in article.boilerplate}
    assert reasons["884"] == "short-line"


def test_a_teaser_cut_short_above_the_story_is_a_repeat():
    teaser = "The regional water authority said on Thursday that reservoir levels..."
    article = PARSER.parse(page(f"<p>{teaser}</p>"), format="html")
    assert [p.text for p in article.body] == PROSE
    assert {b.text: b.reason for b in article.boilerplate}[teaser] == "duplicate"


def test_a_short_label_with_an_ellipsis_is_no_teaser():
    # "Read on..." is cut from nothing below: the rule leaves it to the rest.
    assert "Read on..." not in {
        b.text for b in PARSER.parse(page("<p>Read on...</p>"), format="html").boilerplate
        if b.reason == "duplicate"
    }


def test_a_lede_repeated_by_the_standfirst_opens_the_body():
    # The standfirst above the story, then the same sentence as its first paragraph.
    standfirst = "Households are asked to cut their water use by a fifth as reservoirs run low."
    html = page(f"<p>{standfirst}</p>", head=f'<div class="summary">{standfirst}</div>')
    article = PARSER.parse(html, format="html")
    assert [p.text for p in article.body] == [standfirst, *PROSE]
    assert article.dek == standfirst


def test_a_repeated_heading_above_the_story_stays_a_repeat():
    html = page("<h2>Reservoirs at their lowest</h2>", head="<h2>Reservoirs at their lowest</h2>")
    assert body_of(html) == PROSE


def test_the_opening_is_settled_in_every_script():
    # A teaser and a share count above a Japanese story.
    story = ["文化庁は１日、今年度のメディア芸術祭賞を発表した。大賞はテレビ番組が受賞した。関係者は喜びの声を寄せた。",
             "アート部門は音響作品が選ばれた。アニメーション部門は短編作品が受賞した。授賞式は来月に開かれる予定だ。"]
    teaser = "文化庁は１日、今年度のメディア芸術祭賞を発表した…"
    html = ("<html><head><title>メディア芸術祭賞が決まる</title></head><body><h1>メディア芸術祭賞が決まる</h1>"
            f'<div class="story-body"><div>74</div><p>{teaser}</p>' + "".join(f"<p>{s}</p>" for s in story)
            + "</div></body></html>")
    assert body_of(html) == story


def test_a_headline_in_a_script_without_spaces_goes_to_the_head():
    # Two runs of \w, yet as long as a headline: its length stands for its words.
    headline = "改正法がプチ炎上、共通初期パスワードが識別符号に当たらないことが理解されていない"
    story = ["先月のこと、ニュースが「総務省が機器に無差別侵入」と報じたおかげで、一部のメディアが後追いした。その後もじわじわと延焼した。",
             "全国の家庭や企業にある家電などに国が無差別に侵入を試みる。そんな世界でも例のない調査が来月から始まります。"]
    html = (f"<html><head><title>{headline} - 日記</title></head><body>"
            f'<div class="day"><h3>■ {headline}</h3>' + "".join(f"<p>{s}</p>" for s in story) + "</div></body></html>")
    assert body_of(html) == story


def test_the_headline_is_the_h1_the_page_title_names_not_a_banner_h1_above_it():
    html = page("", head="").replace(
        f"<h1>{TITLE}</h1>", f"<div class='notice'><h1>Thanks for visiting our old site.</h1></div><h1>{TITLE}</h1>"
    )
    article = PARSER.parse(html, format="html")
    # Found on the page (with its span), not taken from the <title> for want of a headline.
    assert article.title == TITLE
    assert article.title_span is not None
    assert [p.text for p in article.body] == PROSE


STANDFIRST = "Households are asked to cut their use by a fifth as the valley waits for autumn rain."


def head_with_standfirst(box: str) -> str:
    # Between the headline and the standfirst: a kicker, a date line, a byline, a photo
    # and its credit, further down than the dek is looked for by position.
    return (
        '<header class="article-header"><div class="kicker">Drought</div>'
        '<div class="meta">14 June 2023, 09:12</div><div class="byline">By Jo Marsh</div>'
        '<div class="hero-img"><img src="/lowford.jpg"><p class="hero-img__text">The reservoir near Lowford.</p>'
        f'<p class="hero-img__credit">Photo: Sam Reed</p></div><div class="{box}">{STANDFIRST}</div></header>'
    )


def test_the_box_the_page_names_its_standfirst_is_the_dek():
    for box in ("article__header__intro__text", "c-page-intro__copy", "chapo", "post__deck"):
        article = PARSER.parse(page("", head=head_with_standfirst(box)), format="html")
        assert article.dek == STANDFIRST, box
        assert [p.text for p in article.body] == PROSE


def test_a_box_named_for_another_part_of_the_head_is_no_standfirst():
    for box in ("intro__title", "leadmediacaption", "lede-text__times"):
        article = PARSER.parse(page("", head=head_with_standfirst(box)), format="html")
        assert article.dek != STANDFIRST, box


def test_the_lead_photos_credit_or_file_caption_does_not_open_the_body():
    for line in ("Ann Lee, ASSOCIATED PRESS", "In this June 5, 2019, file photo, the reservoir near Lowford is seen."):
        article = PARSER.parse(page(f"<div>{line}</div>"), format="html")
        assert [p.text for p in article.body] == PROSE, line
        assert line not in article.text


def test_a_byline_naming_the_agency_stays_a_byline():
    article = PARSER.parse(page("<p>By Jo Marsh, ASSOCIATED PRESS</p>"), format="html")
    assert [p.text for p in article.body] == PROSE
    assert [b.text for b in article.bylines] == ["By Jo Marsh, ASSOCIATED PRESS"]


def test_a_wire_services_name_alone_above_the_story_is_its_credit():
    for agency in ("The Associated Press", "Agencia EFE", "dpa"):
        article = PARSER.parse(page(f"<div>{agency}</div>"), format="html")
        assert [p.text for p in article.body] == PROSE, agency
        assert [(b.text, b.kind) for b in article.bylines] == [(agency, "agency")], agency
        assert agency in article.agencies


def test_a_date_line_in_the_storys_box_does_not_open_the_body():
    # The credit and the date share the box of the paragraphs, so the first pass keeps
    # the date line as one of them; at the top of the body it is furniture.
    for agency, date in (
        ("The Associated Press", "Published Monday, November 18, 2019 8:22AM EST"),
        ("Agencia EFE", "Publicado el 4 de mayo de 2022, 08:27"),
        ("dpa", "Aktualisiert am 4. Mai 2022, 08:27 Uhr"),
    ):
        html = page(f'<div class="meta">{agency}</div><div class="meta">{date}</div>').replace("<p>", '<p class="meta">')
        article = PARSER.parse(html, format="html")
        assert [p.text for p in article.body] == PROSE, date
        assert {b.text: b.reason for b in article.boilerplate}[date] == "date"


def test_a_date_line_inside_the_story_stays_in_it():
    # Only the top of the body is read again: a date line among the paragraphs of the
    # story's box is the story's own.
    deadline = "Deadline: 3 November 2019"
    html = page("").replace(f"<p>{PROSE[1]}</p>", f"<p>{PROSE[1]}</p><p>{deadline}</p>")
    assert body_of(html) == [*PROSE[:2], deadline, PROSE[2]]


def _opening_of(rows: list[tuple[str, str, bool, str | None]]) -> tuple[int, list]:
    """settle_opening over blocks given as (text, path, in the main container, decision
    reason or None); the blocks decided "prose" are the body."""
    from newsparse.classify import opening
    from newsparse.classify.features import measure_all
    from newsparse.document import Decision, InputBlock
    from newsparse.model import Span

    blocks, decisions, position = [], [], 0
    for text, path, in_main, reason in rows:
        tag = path.rsplit(">", 1)[-1].split(".")[0]
        blocks.append(InputBlock(text=text, span=Span(position, position + len(text)), tag=tag, path=path,
                                 in_main=in_main))
        position += len(text) + 1
        label = "body" if reason == "prose" else "boilerplate"
        decisions.append(None if reason is None else Decision(label=label, reason=reason, score=0.5))
    start = next(i for i, d in enumerate(decisions) if d is not None and d.reason == "prose")
    start = opening.settle_opening(blocks, measure_all(blocks), decisions, start, len(blocks))
    return start, decisions


def test_sentences_of_the_storys_box_above_an_embedded_post_open_the_body():
    # The story's first two paragraphs, short, then a post embedded outside the container
    # (the decoding left the two out), then the rest of the story in the same box.
    box = "body>div.story>p"
    lede = "The valley has not seen a summer this dry since records began, a century ago today."
    second = "Wells in three villages ran empty last week, and more may follow, the council said."
    embed = [("valleycourier", "body>div.story>div.post>div", False, "outside-main"),
             ("Photo", "body>div.story>div.post>dl>dt", False, None)]
    rows = [(lede, box, True, None), (second, box, True, None), *embed] + [(p, box, True, "prose") for p in PROSE]
    start, decisions = _opening_of(rows)
    assert start == 0
    assert [d.label for d in decisions[:2]] == ["body", "body"]
    assert decisions[3] is None  # the embed's own lines stay out
    # A line in another box, a label without a sentence's end, or one too short stays out.
    for text, path in ((lede, "body>div.story>div.teaser>p"), (lede.rstrip("."), box), ("Read the full report.", box)):
        start, decisions = _opening_of([(text, path, True, None), *embed] + [(p, box, True, "prose") for p in PROSE])
        assert start == 3 and decisions[0] is None, text


def test_a_section_of_the_storys_box_above_a_subheading_opens_the_body():
    # The decoding started the body at the second section: the first section's sentences,
    # in the same box, come back with the subheading between them.
    box = "body>div.story>p"
    intro = "Every summer the valley's reservoirs fall a little, and every autumn the rain fills them again."
    heading = ("Why did the wells run dry?", "body>div.story>h2", True, None)
    start, decisions = _opening_of([(intro, box, True, None), heading] + [(p, box, True, "prose") for p in PROSE])
    assert start == 0
    assert [(d.label, d.reason) for d in decisions[:2]] == [("body", "prose"), ("heading", "subheading")]
    # A subheading alone above the body, with no sentence of the box above it, stays out.
    start, decisions = _opening_of([("Home", "body>nav>a", True, "links"), heading]
                                   + [(p, box, True, "prose") for p in PROSE])
    assert start == 2 and decisions[1] is None


def test_a_lede_dropped_for_its_links_opens_the_body():
    # The first sentence names the agency and its head with links: more link text than a
    # paragraph may hold, yet it is the story's lede, in the box of the paragraphs below.
    lede = ('<a href="/topics/water">The Valley Water Authority</a> and its chief, '
            '<a href="/people/ann-lee">Ann Lee of Lowford</a>, asked for calm.')
    article = PARSER.parse(page(f"<p>{lede}</p>"), format="html")
    assert [p.text for p in article.body] == [
        "The Valley Water Authority and its chief, Ann Lee of Lowford, asked for calm.", *PROSE,
    ]


def test_a_link_line_above_the_story_stays_out():
    # One link whole, a label without a sentence's end, or a sentence too short to open a
    # story: still furniture.
    for line in ('<a href="/full">Read our full coverage of the drought in the valley here.</a>',
                 '<a href="/results">Click for the full list of affected villages</a> below',
                 '<a href="/more">More</a> here.'):
        assert body_of(page(f"<p>{line}</p>")) == PROSE, line


def test_a_first_section_longer_than_the_window_comes_back_whole():
    # The window is counted from the body's current first block: each sentence taken back
    # moves it, so a first section of many paragraphs returns whole, not cut at the window.
    box = "body>div.story>p"
    section = [f"Paragraph {n} of the first section tells the valley's story of the dry summer in full." for n in range(8)]
    heading = ("Why did the wells run dry?", "body>div.story>h2", True, None)
    rows = [("Home", "body>nav>a", True, "links"), *[(s, box, True, None) for s in section], heading]
    start, decisions = _opening_of(rows + [(p, box, True, "prose") for p in PROSE])
    assert start == 1
    assert [d.label for d in decisions[1:9]] == ["body"] * 8
    assert decisions[0].reason == "links"
