"""The body's end: a short last block in a box of its own is the page's, not the article's;
the article's own closing lines, in its boxes, stay."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.classify.ending import trim_detached_end
from newsparse.document import Decision, InputBlock
from newsparse.model import Label, Reason, Span

PARSER = newsparse.Parser(load_entrypoints=False)

STORY = (
    "Il nuovo ponte pedonale sul fiume è stato inaugurato sabato dopo due anni di lavori, e la "
    "sindaca ha parlato di una bella giornata per tutta la città e per i suoi quartieri.",
    "I costi hanno superato di molto la prima stima, perché il terreno della riva era più "
    "morbido del previsto e il prezzo dell'acciaio è salito nel corso dell'ultimo anno.",
    "Secondo il comune chi va al lavoro a piedi risparmia fino a venti minuti al giorno, "
    "perché la deviazione dal vecchio ponte non serve più e il percorso è illuminato.",
    "Un secondo tratto più a monte dovrebbe seguire nella prossima primavera, appena il "
    "consiglio comunale avrà approvato i fondi necessari nel suo prossimo bilancio.",
)
PROMPT = "Scarica la nostra app per leggere tutte le notizie della tua città."


def page(body: str) -> str:
    return (
        '<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Il ponte</title></head>'
        '<body><div class="post"><h1>Il nuovo ponte è aperto</h1>' + body + "</div></body></html>"
    )


def story_box(texts, after: str = "") -> str:
    # The story's paragraphs stand in its box; ``after`` closes the box, inside it.
    return '<div class="entry-content">' + "".join(f"<p>{t}</p>" for t in texts) + after + "</div>"


def body_of(html: str) -> list[str]:
    return [p.text for p in PARSER.parse(html, format="html").body]


def test_a_short_line_in_a_box_of_its_own_below_the_story_leaves_the_body():
    html = page(story_box(STORY, f'<div class="extra"><p>{PROMPT}</p></div>'))
    assert body_of(html) == list(STORY)
    reasons = {e.block.text: e.decision.reason for e in PARSER.explain(html, format="html")}
    assert reasons[PROMPT] == Reason.OUTSIDE_BODY


def test_the_same_line_inside_the_storys_box_stays():
    # Nothing in the markup sets it apart: it is the story's own closing line.
    html = page(story_box((*STORY, PROMPT)))
    assert body_of(html)[-1] == PROMPT


def test_a_long_closing_paragraph_in_a_box_of_its_own_stays():
    # A paragraph's length speaks for it (a postscript, an epilogue).
    closing = (
        "La costruzione del ponte era stata decisa dieci anni fa, dopo un lungo dibattito in "
        "consiglio comunale, e ha richiesto la collaborazione di tre diverse amministrazioni, "
        "della regione e di due università che hanno studiato a lungo il fondo del fiume e le "
        "sue piene."
    )
    html = page(story_box(STORY, f'<div class="epilogue"><p>{closing}</p></div>'))
    assert body_of(html)[-1] == closing


def _block(i: int, box: str | None) -> InputBlock:
    path = None if box is None else f"body>div.{box}>p"
    return InputBlock(text=f"Line {i} of the page, short.", span=Span(i, i + 1), tag="p", path=path)


_BODY = Decision(label=Label.BODY, reason=Reason.PROSE)
_DROPPED = Decision(label=Label.BOILERPLATE, reason=Reason.LINKS)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", None]), st.booleans()), max_size=20))
def test_only_the_bodys_last_blocks_leave_and_never_in_plain_text(rows):
    blocks = [_block(i, box) for i, (box, _) in enumerate(rows)]
    before = [_BODY if kept else _DROPPED for _, kept in rows]
    after = list(before)
    trim_detached_end(blocks, after)
    changed = [i for i, (old, new) in enumerate(zip(before, after)) if old != new]
    kept = [i for i, d in enumerate(before) if d is _BODY]
    # What leaves is the body's last blocks, a few at most, never all but a short body.
    assert changed == kept[len(kept) - len(changed):]
    assert len(changed) <= 3 and len(kept) - len(changed) >= min(len(kept), 2)
    assert all(after[i].reason == Reason.OUTSIDE_BODY for i in changed)
    assert all(blocks[i].path is not None for i in changed)
