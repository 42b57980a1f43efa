"""extract_html and decode_html on small pages written here: body, metadata, encodings, errors."""

from __future__ import annotations

import random

import pytest
from trafilatura import load_html

from nutgraf.config import Config
from nutgraf.errors import InputError, NoArticleError
from nutgraf.ingest.html import (
    _CONFIRMED_STRICT,
    _CONFIRMING_STRICT,
    LinkText,
    _confirmed,
    _shingles,
    choose_body,
    decode_html,
    extract_html,
    has_prose,
    main_body,
    parse_html,
    readability_body,
    readability_fork_texts,
    restore_breaks,
    restore_lead,
    restore_standfirst,
    trim_to_agreement,
    vote,
)
from nutgraf.pipeline import Summarizer
from nutgraf.types import Article

EN_PARAGRAPHS = (
    "The city council voted on Tuesday to close the Old Mill bridge for six months of "
    "repairs, after inspectors found cracks in two of its steel supports.",
    "Traffic will be diverted over the Harbour Road crossing from 1 April, adding about "
    "ten minutes to the average commute, according to the transport department.",
    "Mayor Ana Ruiz said the decision was difficult but unavoidable. “We cannot ask people "
    "to drive over a bridge that our own engineers say is no longer safe,” she told reporters.",
    "The repairs are expected to cost 4.2 million dollars, most of it covered by a state "
    "infrastructure grant approved last year.",
)

CLUTTER = """
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
</ul></nav>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
</header>
"""

RELATED = """
<aside class="related"><h3>Related stories</h3><ul>
  <li><a href="/a">Council approves new budget for parks</a></li>
  <li><a href="/b">Harbour Road crossing to get new lights</a></li>
  <li><a href="/c">Ten things to do in the city this weekend</a></li>
</ul></aside>
<footer><p>Copyright 2024 Riverside Gazette. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
"""


def english_page(title: str = "Old Mill bridge to close for repairs") -> str:
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{title} | Riverside Gazette</title>
<meta name="author" content="Tom Baker">
<meta property="og:site_name" content="Riverside Gazette">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="/2024/03/05/old-mill-bridge">
</head><body>{CLUTTER}
<main><article><h1>{title}</h1>
<p class="byline">By Tom Baker</p>{body}</article></main>{RELATED}
</body></html>"""


RU_PARAGRAPHS = (
    "Правительство области утвердило программу ремонта дорог на 2012 год, сообщили в "
    "пресс-службе регионального министерства транспорта.",
    "По словам министра, в этом году отремонтируют более 300 километров трасс, а на работы "
    "направят около двух миллиардов рублей из областного и федерального бюджетов.",
    "Первые участки закроют на ремонт в апреле. Водителей просят заранее планировать "
    "маршруты и следить за объявлениями на сайте министерства.",
)


def russian_page(charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in RU_PARAGRAPHS)
    return f"""<html lang="ru"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>Дороги отремонтируют к осени</title>
<meta property="og:site_name" content="Областные новости">
</head><body>
<div id="menu"><a href="/">Главная</a> | <a href="/news">Новости</a> |
<a href="/politics">Политика</a> | <a href="/sport">Спорт</a></div>
<div class="content"><h1>Дороги отремонтируют к осени</h1>
<div class="date">17 января 2012</div>{body}</div>
<div class="other"><b>Другие новости раздела</b><br>
<a href="/1">В городе открылся новый каток</a><br>
<a href="/2">Цены на бензин выросли на два процента</a></div>
<div class="copy">© 2012 Областные новости. Перепечатка запрещена.</div>
</body></html>"""


def test_extract_html_english_body_is_the_story() -> None:
    article = extract_html(english_page(), url="https://gazette.example/a?utm=x")
    assert article.source == "html"
    for paragraph in EN_PARAGRAPHS:
        assert paragraph in article.text
    for clutter in (
        "Share on Facebook",
        "Related stories",
        "Harbour Road crossing to get",
        "Copyright 2024",
        "Privacy policy",
        "Business",
    ):
        assert clutter not in article.text
    assert [p.text for p in article.paragraphs][-4:] == list(EN_PARAGRAPHS)


def test_extract_html_english_metadata() -> None:
    article = extract_html(english_page(), url="https://gazette.example/a?utm=x")
    assert article.title.startswith("Old Mill bridge to close for repairs")
    assert article.url == "https://gazette.example/a?utm=x"
    assert article.canonical_url == "https://gazette.example/2024/03/05/old-mill-bridge"
    assert article.date == "2024-03-05"
    assert article.author == "Tom Baker"
    assert article.site_name == "Riverside Gazette"
    assert article.language == "en"


def test_extract_html_russian_page() -> None:
    article = extract_html(russian_page())
    assert article.title == "Дороги отремонтируют к осени"
    assert article.text.split("\n\n")[-3:] == list(RU_PARAGRAPHS)
    for clutter in ("Главная", "Другие новости", "каток", "Перепечатка"):
        assert clutter not in article.text
    assert article.language == "ru"
    assert article.site_name == "Областные новости"
    assert article.url is None
    assert article.canonical_url is None


def test_extract_html_cp1251_bytes() -> None:
    data = russian_page("windows-1251").encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    article = extract_html(data)
    assert article.title == "Дороги отремонтируют к осени"
    assert RU_PARAGRAPHS[1] in article.text


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_decode_html_legacy_cyrillic_by_header_and_by_detection(encoding: str) -> None:
    page = russian_page().replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', ""
    )
    data = page.encode(encoding)
    assert decode_html(data, f"text/html; charset={encoding}") == page
    assert decode_html(data) == page  # no declaration at all: detected


def test_decode_html_header_wins_over_meta() -> None:
    page = russian_page("koi8-r")  # a wrong <meta>; the header is right
    assert decode_html(page.encode("cp1251"), 'text/html; charset="windows-1251"') == page


def test_decode_html_meta_charset_forms() -> None:
    text = "<html><head><meta charset='windows-1251'></head><body>Привет, мир</body></html>"
    assert decode_html(text.encode("cp1251")) == text
    latin = '<meta charset="iso-8859-1"><p>“Quoted” café</p>'  # decoded as windows-1252
    assert decode_html(latin.encode("cp1252")) == latin
    utf16_label = '<meta charset="utf-16"><p>Über</p>'  # an ASCII <meta> cannot be UTF-16
    assert decode_html(utf16_label.encode("utf-8")) == utf16_label


def test_title_with_script_text_is_kept_as_text() -> None:
    title = "Bridge <script>alert('x')</script> closes"
    page = english_page().replace("<h1>Old Mill bridge to close for repairs</h1>", "")
    page = page.replace(
        "<title>Old Mill bridge to close for repairs | Riverside Gazette",
        "<title>Bridge &lt;script&gt;alert('x')&lt;/script&gt; closes",
    )
    article = extract_html(page)
    assert article.title == title
    raw = page.replace("&lt;", "<").replace("&gt;", ">")  # RCDATA: a literal tag in <title>
    assert extract_html(raw).title == title
    assert "alert" not in article.text


def test_body_script_and_style_never_reach_text() -> None:
    page = english_page().replace(
        '<p class="byline">',
        "<script>var tracker = 'evil';</script><style>p{}</style><p class='byline'>",
    )
    article = extract_html(page)
    assert "tracker" not in article.text
    assert "p{}" not in article.text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   \n  ",
        "<!-- a comment and nothing else -->",
        '<?xml version="1.0" encoding="utf-8"?><!-- a comment -->',
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><nav>"
        + "".join(f'<a href="/{i}">Section {i} of the site</a><br>' for i in range(40))
        + "</nav><footer>Copyright 2024 Example. All rights reserved.</footer></body></html>",
    ],
    ids=["empty", "blank", "comment-only", "xml-comment-only", "empty-body", "nav-only"],
)
def test_no_article_raises(page: str) -> None:
    with pytest.raises(NoArticleError):
        extract_html(page)


def test_a_post_of_two_lines_is_an_article_when_the_page_says_so() -> None:
    post = "<p>„Ich weiß, ich bin müde und sollte das nicht sagen…“</p><p>– „Ok.“</p>"
    page = f"<html><head>{{}}</head><body><h1>Nichts</h1><article>{post}</article></body></html>"
    article = extract_html(page.format('<meta property="og:type" content="article">'))
    assert article.text.startswith("„Ich weiß, ich bin müde")
    with pytest.raises(NoArticleError):  # the same lines on a page that says nothing of itself
        extract_html(page.format(""))
    with pytest.raises(NoArticleError):  # no sentence at all: a menu, whatever the page says
        extract_html(
            page.format('<meta property="og:type" content="article">').replace(post, "<p>Home</p>")
        )


def test_binary_garbage_raises_input_error() -> None:
    garbage = random.Random(7).randbytes(20_000)
    with pytest.raises(InputError) as excinfo:
        extract_html(garbage)
    assert not isinstance(excinfo.value, NoArticleError)
    with pytest.raises(InputError):
        decode_html(garbage)
    with pytest.raises(InputError):
        extract_html("<html><body>\x00\x01\x02\x03" * 200 + "</body></html>")


def test_too_large_raises_input_error() -> None:
    small = Config(max_input_bytes=1000)
    with pytest.raises(InputError, match="limit"):
        extract_html(english_page(), config=small)
    with pytest.raises(InputError, match="limit"):
        extract_html(english_page().encode("utf-8"), config=small)
    # characters are counted in UTF-8 bytes: 400 Cyrillic letters are 800 bytes
    with pytest.raises(InputError, match="limit"):
        extract_html("<p>" + "я" * 600 + "</p>", config=small)


def test_xml_declaration_in_a_str_page() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + english_page()
    assert EN_PARAGRAPHS[0] in extract_html(page).text


def test_messages_are_one_line() -> None:
    for bad in (b"\x00\xff" * 100, ""):
        with pytest.raises(InputError) as excinfo:
            extract_html(bad)
        assert "\n" not in str(excinfo.value)


def test_choose_body_prefers_the_candidate_the_others_agree_with() -> None:
    story = "one two three four five six seven eight nine ten"
    assert choose_body(["", story + " menu menu menu menu", story, story + " eleven"]) == story
    assert choose_body(["", ""]) == ""
    assert choose_body(["", "only one candidate here"]) == "only one candidate here"


def test_trim_to_agreement_drops_leading_and_trailing_clutter_only() -> None:
    text = "Home | News\n\nFirst story line here.\n\nA subhead\n\nLast story line here.\n\nFooter"
    other = "First story line here. Last story line here."
    assert trim_to_agreement(text, other) == (
        "First story line here.\n\nA subhead\n\nLast story line here."
    )
    assert trim_to_agreement(text, "nothing in common at all") == ""


def test_vote_does_not_count_readabilitys_block_three_times() -> None:
    # readability took the author box; trimmed to it, both of trafilatura's bodies would
    # be the box too, and the box would win three votes to two
    story = "\n\n".join(EN_PARAGRAPHS)
    bio = (
        "Tom Baker has written about the city's roads and bridges since 2015, after ten "
        "years as a civil engineer."
    )
    body = f"{story}\n\nAbout the author\n\n{bio}"
    assert vote(body, body, bio) == body
    assert vote(body, story, bio) == body  # the medoid of the story, the page and the box


def test_vote_trims_comments_readability_left_out() -> None:
    story = "\n\n".join(EN_PARAGRAPHS)
    comments = "Comments\n\nJane, 5 March: About time, that bridge has been shaking for years."
    body = f"{story}\n\n{comments}"
    assert vote(body, body, story) == story
    with pytest.raises(NoArticleError):
        vote("", "", "")


def test_restore_lead_puts_back_the_paragraphs_right_before_the_body() -> None:
    story = list(EN_PARAGRAPHS)
    source = "\n\n".join(["Old Mill bridge to close", *story])
    # trafilatura dropped the lead; readability has it (and the headline, not prose)
    assert restore_lead("\n\n".join(story[1:]), source) == "\n\n".join(story)
    assert restore_lead("\n\n".join(story), source) == "\n\n".join(story)
    # readability's text does not meet the body's beginning: nothing to put back
    assert restore_lead("\n\n".join(story[2:]), "\n\n".join(story[:2])) == ("\n\n".join(story[2:]))
    assert restore_lead("", source) == ""


STANDFIRST = (
    "Drivers face a six-month detour after inspectors found cracks in the steel supports of "
    "the ninety-year-old crossing, the busiest in the city. Shops on both banks fear a "
    "quiet spring."
)


def _standfirst_page(description: str, before: str, after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    return f"""<html><head><meta property="og:description" content="{description}"></head>
<body><header><h1>Old Mill bridge to close</h1>{before}</header>
<article>{body}</article>{after}</body></html>"""


def test_restore_standfirst_puts_the_described_intro_first() -> None:
    story = "\n\n".join(EN_PARAGRAPHS)
    # a menu label above it whose words the story's first paragraph holds is no beginning
    teaser = (
        f"<div><a href='/c'>city council</a></div><div class='teaser'><p>{STANDFIRST}</p></div>"
    )
    tree = parse_html(_standfirst_page(STANDFIRST, teaser))
    assert restore_standfirst(story, tree) == f"{STANDFIRST}\n\n{story}"
    # a description cut short ("...") still names its block; a body that has it is kept
    cut = STANDFIRST[:90] + "..."
    assert restore_standfirst(story, parse_html(_standfirst_page(cut, teaser))).startswith(
        STANDFIRST
    )
    with_it = f"{STANDFIRST}\n\n{story}"
    assert restore_standfirst(with_it, tree) == with_it
    assert restore_standfirst("", tree) == ""


def test_restore_standfirst_takes_a_block_marked_as_a_lead_when_nothing_describes_it() -> None:
    story = "\n\n".join(EN_PARAGRAPHS)
    lead = f"<div class='article-lead'><p>{STANDFIRST}</p></div><p class='byline'>By Tom Baker</p>"
    page = _standfirst_page("", lead).replace('content=""', "")
    assert restore_standfirst(story, parse_html(page)) == f"{STANDFIRST}\n\n{story}"
    # the same block, not marked as a lead (a box of other stories, say): left out
    box = page.replace("article-lead", "related-box")
    assert restore_standfirst(story, parse_html(box)) == story


def test_restore_standfirst_leaves_deks_teasers_after_the_story_and_unshown_text() -> None:
    story = "\n\n".join(EN_PARAGRAPHS)
    dek = "Drivers face a six-month detour on the city's busiest crossing."
    assert restore_standfirst(story, parse_html(_standfirst_page(dek, f"<p>{dek}</p>"))) == story
    # shown only after the story (a teaser of it in a list of stories): not its standfirst
    after = f"<aside><p>{STANDFIRST}</p></aside>"
    assert restore_standfirst(story, parse_html(_standfirst_page(STANDFIRST, "", after))) == story
    # a page describing itself by its (long) headline: the headline is the title, not a lead
    long_title = f"<p>{STANDFIRST}</p>"
    assert (
        restore_standfirst(
            story, parse_html(_standfirst_page(STANDFIRST, long_title)), [STANDFIRST]
        )
        == story
    )
    # a description the page does not show at all
    assert restore_standfirst(story, parse_html(_standfirst_page(STANDFIRST, ""))) == story


def test_readability_fork_texts_leave_captions_out_of_the_lead_source() -> None:
    caption = "The Old Mill bridge seen from the river bank, photographed in March."
    body = f"<figure><img src='b.jpg'><figcaption>{caption}</figcaption></figure>" + "".join(
        f"<p>{p}</p>" for p in EN_PARAGRAPHS
    )
    text, lead_source = readability_fork_texts(parse_html(_article_page(body)))
    assert caption in text
    assert caption not in lead_source
    assert lead_source.endswith(EN_PARAGRAPHS[-1])


def test_a_clean_page_takes_one_trafilatura_run() -> None:
    # readability's port confirms the precision run: no full cascade, no vote
    tree = parse_html(english_page())
    found = main_body(tree, None, Config(), LinkText(tree))
    assert found.confident
    assert found.body == found.strict
    assert found.body.endswith(EN_PARAGRAPHS[-1])


def test_the_precision_run_stands_inside_readabilitys_text_without_all_of_it() -> None:
    # readability's port also kept a caption and a related-story line the precision run
    # dropped: the precision body is wholly in its text and holds three quarters of it
    extra = (
        "The Old Mill bridge seen from the river bank, photographed in March by our staff.",
        "Read more: the council's plan for the Harbour Road crossing and its new bus lanes.",
    )
    readable = _shingles("\n\n".join((*EN_PARAGRAPHS, *extra)))
    strict = "\n\n".join(EN_PARAGRAPHS)
    share = sum((_shingles(strict) & readable).values()) / sum(readable.values())
    assert 0.7 < share < 0.9
    assert _confirmed(_shingles(strict), readable, _CONFIRMING_STRICT, _CONFIRMED_STRICT)
    # a precision body with a line readability does not have (a tenth of its text) does
    # not stand: the full cascade gets its chance, though a balanced body would stand
    clutter = "Subscribe to our newsletter for the latest council news today."
    cluttered = _shingles(f"{strict}\n\n{clutter}")
    own = sum((cluttered & readable).values()) / sum(cluttered.values())
    assert 0.9 < own < 0.93
    assert not _confirmed(cluttered, readable, _CONFIRMING_STRICT, _CONFIRMED_STRICT)
    assert _confirmed(cluttered, readable, 0.7)


def test_restore_breaks_from_other_candidates() -> None:
    merged = "A short headline here First sentence of the story. Second one, also here."
    other = "A short headline here\n\nFirst sentence of the story.\n\nSecond one, also here."
    assert restore_breaks(merged, [merged, other]) == other
    # a piece of two words is not trusted, and a match must fall between spaces
    assert restore_breaks("Go home now, said the man.", ["Go home", "ome now, said"]) == (
        "Go home now, said the man."
    )
    assert restore_breaks("", [other]) == ""


def test_has_prose() -> None:
    assert has_prose("\n\n".join(EN_PARAGRAPHS))
    japanese = (  # no spaces: counted in characters, not words
        "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕された"
        "というニュースを耳にしました。報道によると、今回販売されたのは、脱獄したiPhone。"
    )
    assert has_prose(japanese)
    assert not has_prose("Home\n\nWorld news\n\nBusiness and markets\n\nSport")
    assert not has_prose("Copyright 2024 Riverside Gazette. All rights reserved.")


def _article_page(body_html: str, headline: str = "Old Mill bridge to close for repairs") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{headline} | Riverside Gazette</title></head><body>{CLUTTER}
<main><article><h1>{headline}</h1>{body_html}</article></main>{RELATED}</body></html>"""


def test_text_and_title_are_in_unicode_nfc() -> None:
    # "café" and "Zürich" stored decomposed (a base letter and a combining mark)
    cafe, zurich = "cafe\u0301", "Zu\u0308rich"
    paragraphs = [p.replace("bridge", f"{cafe} bridge in {zurich}") for p in EN_PARAGRAPHS]
    page = _article_page("".join(f"<p>{p}</p>" for p in paragraphs), f"{zurich} {cafe} closes")
    article = extract_html(page)
    assert "caf\u00e9 bridge in Z\u00fcrich" in article.text
    assert "\u0301" not in article.text and "\u0308" not in article.text
    assert article.title == "Z\u00fcrich caf\u00e9 closes"


def test_headline_is_the_title_never_the_body() -> None:
    page = _article_page("".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS))
    article = extract_html(page)
    assert article.title == "Old Mill bridge to close for repairs"
    assert article.text == "\n\n".join(EN_PARAGRAPHS)  # starts with the first paragraph
    given = Article(title=article.title, text="\n\n".join(EN_PARAGRAPHS))
    summarizer = Summarizer()
    from_html = summarizer.summarize(page, kind="html", points=3)
    from_article = summarizer.summarize(given, points=3)
    assert from_html.article.text == from_article.article.text
    assert [p.text for p in from_html.points] == [p.text for p in from_article.points]
    assert all("Old Mill bridge to close" not in p.text for p in from_html.points)


def test_standfirst_before_the_story_is_kept() -> None:
    standfirst = (
        "Drivers face ten extra minutes a day from April, when the city's oldest crossing "
        "shuts for half a year of urgent repairs."
    )
    page = _article_page(
        f'<p class="standfirst"><strong>{standfirst}</strong></p>'
        + "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    )
    assert extract_html(page).text.startswith(standfirst)


def test_line_wraps_in_the_source_are_not_paragraph_breaks() -> None:
    wrapped = (
        "<p>Police said the men were held for questioning\nbefore security\n"
        "forces raided the building on Monday night, and that\n"
        "nobody was hurt in the operation.</p>"
    )
    page = _article_page(wrapped + "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS))
    sentence = (
        "Police said the men were held for questioning before security forces raided the "
        "building on Monday night, and that nobody was hurt in the operation."
    )
    assert sentence in readability_body(page).split("\n\n")
    assert sentence in extract_html(page).text.split("\n\n")


def test_link_lines_inside_the_story_are_dropped() -> None:
    body = (
        f"<p>{EN_PARAGRAPHS[0]}</p>"
        '<p>Read more: <a href="/x">Council approves new budget for parks and gardens</a></p>'
        + "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS[1:])
    )
    text = extract_html(_article_page(body)).text
    assert "Council approves new budget" not in text
    assert text == "\n\n".join(EN_PARAGRAPHS)


def test_readability_on_the_parsed_tree_matches_readability_on_the_page() -> None:
    for page in (english_page(), russian_page(), _article_page("<p>x</p>" * 3)):
        assert readability_body(load_html(page)) == readability_body(page)


@pytest.mark.parametrize(
    "oddity",
    [
        "<style>.icon:before{content:'" + "\ue900\ue901\uf101" * 700 + "'}</style>",
        "\x00" * 40,  # a broken template's NUL padding
    ],
    ids=["icon-font-css", "nul-bytes"],
)
def test_real_pages_with_oddities_are_not_refused(oddity: str) -> None:
    page = english_page().replace("</head>", oddity + "</head>")
    for given in (page, page.encode("utf-8")):
        article = extract_html(given)
        assert EN_PARAGRAPHS[0] in article.text
        assert "\x00" not in article.text


def test_metadata_from_json_ld() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Old Mill bridge to close for repairs", '
        '"datePublished": "2024-03-05T09:30:00Z", "author": [{"@type": "Person", '
        '"name": "Tom Baker"}], "publisher": {"@type": "Organization", '
        '"name": "Riverside Gazette"}}</script>'
    )
    page = _article_page("".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS))
    article = extract_html(page.replace("</head>", ld + "</head>"))
    assert (article.author, article.site_name, article.date) == (
        "Tom Baker",
        "Riverside Gazette",
        "2024-03-05",
    )


def test_a_page_too_large_for_the_extractors_is_walked_once() -> None:
    story = "".join(
        f"<p>Budget {i} was approved on Monday, and it adds {i * 7} buses, officials said.</p>"
        for i in range(30_000)
    )
    menu = "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(25_000))
    page = f"<html><body><nav><ul>{menu}</ul></nav><article><h1>Budgets</h1>{story}</article></body></html>"
    article = extract_html(page)
    paragraphs = article.text.split("\n\n")
    assert article.title == "Budgets"
    assert paragraphs[0] == "Budget 0 was approved on Monday, and it adds 0 buses, officials said."
    assert len(paragraphs) == 30_000
    assert "Section" not in article.text


def test_a_summary_of_a_head_alone_is_no_text() -> None:
    # readability's port, on a public benchmark page whose story is drawn by script, returned
    # the page's <head> alone; lxml's fragment parser asserts a <body>, and the assertion
    # reached the caller instead of a typed "no article"
    from nutgraf.ingest.html import _summary_root

    head_only = '<html lang="de-DE"><head><meta charset="UTF-8"/><title>T</title></head></html>'
    assert _summary_root(head_only) is None
    assert _summary_root("<div><p>Text of the story.</p></div>") is not None
