"""An embedded tweet in a 'social' or 'embed' wrapper stays in the article text."""

from __future__ import annotations

import lxml.html

from newsfacts.clean.embeds import has_embedded_posts, unwrap_embedded_posts
from newsfacts.clean.html import clean_html_document

PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the state's new slogan for an anti-drug campaign drew attention on social"
    " media on Monday, and officials defended the campaign in a statement to reporters.</p>"
    for n in range(1, 7)
)
TWEET = (
    "<blockquote class='twitter-tweet'><p lang='en'>Yes this is real and yes the state spent nearly"
    " half a million dollars on it</p>&mdash; Dianna Anderson (@diannaanderson)"
    " <a href='https://twitter.com/x/status/1'>November 18, 2019</a></blockquote>"
)


def page(embed: str) -> str:
    return (
        "<html><head><title>A slogan draws attention</title></head><body><article>"
        f"<h1>A slogan draws attention</h1><div class='entry-content'>{PARAGRAPHS}{embed}"
        "<p>The governor said the campaign was working because people were talking about it.</p>"
        "</div></article></body></html>"
    )


def test_a_tweet_in_a_social_embed_wrapper_is_kept_with_its_author_and_date():
    body = clean_html_document(page(f"<div class='social-media-embed'>{TWEET}</div>")).body_text
    assert "the state spent nearly half a million dollars on it" in body
    assert "Dianna Anderson (@diannaanderson) November 18, 2019" in body
    assert body.rstrip().endswith("people were talking about it.")


def test_a_wrapper_that_holds_more_than_the_post_is_left_alone():
    tree = lxml.html.fromstring(f"<div><div class='embed-box'><p>Article text too.</p>{TWEET}</div></div>")
    assert unwrap_embedded_posts(tree) == 0
    assert tree.xpath("//div[@class='embed-box']")


def test_pages_without_posts_are_not_parsed_again():
    assert not has_embedded_posts(page(""))
    assert has_embedded_posts(page(TWEET).encode())
