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
