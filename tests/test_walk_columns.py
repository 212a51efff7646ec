"""The columns the HTML walk hands on: counts of child frames, explain paths, quoted tags."""

from newsparse.loaders import html
from newsparse.loaders.walk import PATH_SEGMENTS

PAGE = b"""<html><body><div class="story main" id="s">
<h1>Title</h1><p>One.</p><p>Two.</p><p class="lead">Three.</p>
<blockquote><p>Quoted.</p><div>Also quoted.</div></blockquote>
<div class="a"><div class="b"><div class="c"><div class="d"><div class="e"><p>Deep.</p></div></div></div></div></div>
<ul><li>Item one</li><li>Item two</li></ul>
</div><aside><p>Side.</p></aside></body></html>"""


def _climbed_path(page, frame):
    # The definition, written plainly: the last names up to the root, "…>" when they do not
    # reach the body.
    names = []
    while frame >= 0:
        if page.f_name[frame]:
            names.append(page.f_name[frame])
        frame = page.f_parent[frame]
    names = names[::-1][-PATH_SEGMENTS:]
    path = ">".join(names)
    return path if names[0].split(".")[0] == "body" else "…>" + path


def test_each_frame_counts_the_frames_whose_parent_it_is():
    page = html.walk_page(PAGE)
    assert page.f_kids == [page.f_parent.count(frame) for frame in range(len(page.f_tag))]
    story = page.f_own.index("story main s")
    assert page.f_kids[story] == 7  # h1, three p, blockquote, div.a, ul


def test_paths_of_siblings_are_shared_and_equal_the_climb():
    page = html.walk_page(PAGE)
    paths = page.paths()
    for frame in set(page.b_frame):
        assert paths[frame] == _climbed_path(page, frame)
    by_text = dict(zip(page.b_text, (paths[frame] for frame in page.b_frame)))
    assert by_text["One."] == by_text["Two."] == "body>div.story>p"
    assert by_text["Three."] == "body>div.story>p.lead"
    assert by_text["Deep."] == "…>div.b>div.c>div.d>div.e>p"
    assert by_text["Item one"] == by_text["Item two"] == "body>div.story>ul>li"
    assert by_text["Side."] == "body>aside>p"
    # Frames without blocks have no path.
    assert paths[page.f_own.index("a")] is None


def test_paragraphs_in_a_blockquote_report_it_and_pages_without_one_keep_their_tags():
    blocks = html.load_html(PAGE).blocks
    tags = {block.text: block.tag for block in blocks}
    assert tags["Quoted."] == tags["Also quoted."] == "blockquote"
    assert tags["One."] == "p" and tags["Item one"] == "li"
    plain = html.load_html(PAGE.replace(b"blockquote", b"section")).blocks
    assert {block.text: block.tag for block in plain}["Quoted."] == "p"


def _with_script(type_attribute: str) -> bytes:
    return (b"<html><head><title>Page title - Site</title></head><body>"
            b'<script ' + type_attribute.encode() + b'>{"@type": "NewsArticle", "headline": "Headline from JSON-LD",'
            b' "author": {"@type": "Person", "name": "Jane Doe"}}</script>'
            b"<p>Body text of the story, long enough to be a paragraph of it.</p></body></html>")


def test_scripts_typed_json_ld_are_read_however_the_type_is_written():
    for written in ('type="application/ld+json"', "type=' Application/LD+JSON '"):
        metadata = html.walk_page(_with_script(written)).metadata
        assert metadata.title == "Headline from JSON-LD"
        assert metadata.authors == ("Jane Doe",)


def test_other_scripts_are_not_read_as_json_ld():
    for written in ("", 'type="text/javascript"', 'type="application/json"', 'data-type="application/ld+json"'):
        metadata = html.walk_page(_with_script(written)).metadata
        assert metadata.authors == ()
        assert metadata.title != "Headline from JSON-LD"


def test_link_density_counts_the_link_text_of_a_block():
    page = html.walk_page(b"<html><body><p>Read <a href='/x'>this story</a> now</p><p>No link here</p>"
                          b"<p><a href='/y'>All link</a></p></body></html>")
    density = dict(zip(page.b_text, page.b_density))
    assert density["Read this story now"] == len("this story") / len("Read this story now")
    assert density["No link here"] == 0.0
    assert density["All link"] == 1.0
    body = page.f_tag.index("body")
    assert page.f_links[body] == len("this story") + len("All link")
