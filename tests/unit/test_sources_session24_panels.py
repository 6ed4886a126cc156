"""Cited sources, session 24 (helper "srcW"): a panel of first-person answers, each signed on the
next line by "Name, role, organisation", cites each signer once; near misses (photo credits,
"Donated by", captions, a writer's sign-off, a list of names, a third-person paragraph) do not.
Real spaCy model, no mocks; news-shaped text."""

from __future__ import annotations

from dataclasses import replace

from newsfacts.extract.citations import extract_citations
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article


def signed_of(body: str, author: str | None = None) -> list[tuple[str, str]]:
    (parsed,) = parse_articles([replace(make_article(body), author=author)])
    return [(c.canonical_name, c.source_type) for c in extract_citations(parsed) if c.cue == "signature"]


PANEL = (
    "This week's question: When is the last time you took public transportation to work?\n"
    "==========\n"
    "The last time I used public transportation was about a month ago. When getting around Downtown, I use "
    "the Metromover to easily get from one place to the next.\n"
    "Adelee Cabrera, regional director, Starr Catering Group\n"
    "==========\n"
    "The last time I took public transit was probably during the summer. I live close enough to a Metrorail "
    "station so it is a convenient way to get to work.\n"
    "Albert E. Dotson Jr., partner, Bilzin Sumberg\n"
    "==========\n"
    "Never. More direct routes that went into Miami Shores, North Miami.\n"
    "Suzan McDowell, president and CEO, Circle of One Marketing\n"
)


def test_each_signer_of_a_panel_answer_is_an_official_source() -> None:
    assert signed_of(PANEL) == [("Adelee Cabrera", "official"), ("Albert E. Dotson Jr.", "official"),
                                ("Suzan McDowell", "official")]


def test_letters_signed_with_a_town_are_people() -> None:
    body = ("I was appalled to read that the county plans to close the library on Sundays. My children "
            "depend on it for their homework every weekend.\n"
            "Margaret Holloway, Coral Gables\n"
            "I have ridden the No. 9 bus for twenty years and I have never seen it this late this often, "
            "whatever the transit agency claims.\n"
            "Daniel Okafor, Hialeah\n")
    assert signed_of(body) == [("Margaret Holloway", "person"), ("Daniel Okafor", "person")]


def test_a_signer_is_cited_once() -> None:
    body = PANEL + ("I also think the county should add more trolleys, because I see them full every "
                    "morning on my way in.\nAdelee Cabrera, regional director, Starr Catering Group\n")
    assert signed_of(body).count(("Adelee Cabrera", "official")) == 1


def test_one_signature_under_a_first_person_text_is_its_authors_sign_off() -> None:
    body = ("I have covered this city for thirty years, and I have never seen traffic like this. My own "
            "commute doubled since the spring.\n"
            "Laura Bennett, executive director, Transit Now Coalition\n")
    assert signed_of(body) == []


def test_the_articles_author_signing_is_no_source() -> None:
    body = ("I was appalled to read that the county plans to close the library on Sundays. My children "
            "depend on it for their homework every weekend.\n"
            "Margaret Holloway, Coral Gables\n"
            "I have ridden the No. 9 bus for twenty years and I have never seen it this late this often, "
            "whatever the transit agency claims.\n"
            "Daniel Okafor, Hialeah\n")
    assert ("Daniel Okafor", "person") not in signed_of(body, author="Daniel Okafor")


def test_photo_credits_and_donations_are_no_sources() -> None:
    body = ("I remember standing on the platform when the first train pulled in, and I cried because my "
            "father had helped build it.\n"
            "Jessica Kourkounis for The New York Times\n"
            "I kept the ticket stub in my wallet for years, and I still have it in a drawer at home somewhere.\n"
            "Donated by Harold Fisk, Elkins Park\n"
            "I asked my mother about it and she said she did not remember the day at all, which surprised me.\n"
            "Ann Lee, Reuters\n"
            "I thought the photographs of the opening were the best thing in the whole exhibition this year.\n"
            "Bo Li, Getty Images\n")
    assert signed_of(body) == []


def test_a_list_of_names_signs_nothing() -> None:
    body = ("I want to thank everyone who helped organise the fundraiser this year, and I hope to see you "
            "all again next spring.\n"
            "Ann Lee, Bo Li, Cy Young\n"
            "I could not have done it alone, and my family and I are grateful to every volunteer who came.\n"
            "Tom Green, Mary Brown\n")
    assert signed_of(body) == []


def test_a_name_line_after_a_third_person_paragraph_signs_nothing() -> None:
    body = ("The council voted 5-2 on Tuesday to extend the Metromover into Edgewater and Midtown, a plan "
            "that has been debated for a decade.\n"
            "Adelee Cabrera, regional director, Starr Catering Group\n"
            "The county manager said the extension would be paid for by a half-cent sales tax passed in 2002.\n"
            "Albert E. Dotson Jr., partner, Bilzin Sumberg\n")
    assert signed_of(body) == []


def test_first_person_inside_a_quotation_is_no_signed_paragraph() -> None:
    body = ("“I use the Metromover every day and I love it,” the rider told reporters at the station on "
            "Monday morning.\n"
            "Adelee Cabrera, regional director, Starr Catering Group\n"
            "“My commute is an hour each way and I am tired of it,” another rider said outside the station.\n"
            "Albert E. Dotson Jr., partner, Bilzin Sumberg\n")
    assert signed_of(body) == []


def test_a_name_line_that_is_a_sentence_signs_nothing() -> None:
    body = ("I think anyone who drives in Miami can express frustration over the traffic, and I ride the "
            "rail twice a week.\n"
            "Donna Abood, who chairs the Beacon Council, said the county must act\n"
            "I believe extending the Metromover would decrease traffic in the urban core for all of us.\n"
            "Jay Pelham, president, TotalBank\n")
    assert signed_of(body) == []


# --- telling whom with a that-clause, the sentence's only cue -------------------------------------

def sources_in(body: str) -> list[tuple[str, str]]:
    (parsed,) = parse_articles([make_article(body)])
    return [(c.canonical_name, c.source_type) for c in extract_citations(parsed)]


def test_a_spokesman_informing_us_that_cites_his_body() -> None:
    body = "But a Postal Service spokesman informs us that the basement space is used for storage."
    assert sources_in(body) == [("Postal Service", "government_body")]


def test_assuring_lawmakers_that_cites_the_speaker() -> None:
    assert sources_in("Mayor Ann Cole assured lawmakers that the road would reopen.") == [("Ann Cole", "official")]


def test_a_sign_informing_visitors_and_informed_consent_cite_no_one() -> None:
    assert sources_in("The sign informs visitors that the museum is closed.") == []
    assert sources_in("Patients gave informed consent that day.") == []
