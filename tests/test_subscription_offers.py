"""Print subscription offers inside an article are dropped as paywall furniture; prose about
issues, prices and deliveries stays in the body."""

import pytest

import newsparse

PARSER = newsparse.Parser(load_entrypoints=False)

_OPENING = "The council voted on Tuesday to keep the library open for another year, officials said. " * 2
_CLOSING = "Residents who had campaigned for months welcomed the decision outside the town hall. " * 2


def _parse(line: str) -> newsparse.Article:
    return PARSER.parse(
        "<html><body><article><h1>Council keeps the library open</h1>"
        f"<p>{_OPENING}</p><p>{line}</p><p>{_CLOSING}</p></article></body></html>"
    )


@pytest.mark.parametrize("offer", [
    "12 issues for £11.99.",
    "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99.",
    "Get Classic Bike delivered to your door and save. Subscribe today.",
    "Subscribe now from just $2.50 an issue.",
    "Try 6 editions from only €5 and cancel at any time.",
])
def test_a_subscription_offer_is_paywall_furniture(offer):
    article = _parse(offer)
    assert offer not in [p.text for p in article.body]
    assert (offer, "paywall") in [(b.text, b.reason) for b in article.boilerplate]


@pytest.mark.parametrize("prose", [
    "The magazine printed 12 issues last year, and the council paid for each of them.",
    "Parcels are delivered to your door within two days, the company said.",
    "Members raised several issues for the council to consider at its next meeting.",
])
def test_prose_about_issues_and_deliveries_stays_in_the_body(prose):
    assert prose in [p.text for p in _parse(prose).body]
