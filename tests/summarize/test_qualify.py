"""The qualifier detector (issue 17) on the project's own labelled pairs and a few mechanisms."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from summarize_helpers import make_document, unit_for

from nutgraf.summarize.qualify import (
    profile,
    qualifies,
    qualifies_across,
    qualifies_claim,
    qualifies_lead_across,
    signals,
)

PAIRS = json.loads(Path(__file__).with_name("qualifier_pairs.json").read_text(encoding="utf-8"))


def _scores(pairs: list[dict[str, object]]) -> tuple[float, float]:
    tp = sum(1 for p in pairs if p["label"] and _says(p))
    predicted = sum(1 for p in pairs if _says(p))
    positives = sum(1 for p in pairs if p["label"])
    return tp / max(predicted, 1), tp / max(positives, 1)


def _says(p: dict[str, object]) -> bool:
    return qualifies_claim(str(p["claim"]), str(p["text"]), str(p["lang"]))


def test_pairs_cover_both_languages_kinds_and_hard_negatives() -> None:
    count = Counter((p["lang"], p["kind"], p["label"]) for p in PAIRS)
    for lang in ("en", "ru"):
        for kind in ("pending", "temporary", "conditional", "unconfirmed", "no_agreement", "study"):
            assert count[(lang, kind, 1)] >= 1, (lang, kind)
        assert count[(lang, "neg_other", 0)] >= 10  # negations that do not qualify the claim
        assert count[(lang, "followup", 0)] >= 10  # ordinary follow-ups on the same topic


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_detector_on_own_pairs(lang: str) -> None:
    # Floors a little under what is measured (docs/quality.md): a change that loses
    # qualifiers, or starts gluing follow-ups, fails here.
    pairs = [p for p in PAIRS if p["lang"] == lang]
    precision, recall = _scores(pairs)
    assert recall >= 0.8, recall
    assert precision >= 0.8, precision


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # negation in scope of a settling word, wherever it stands
        ("The union and the airline held talks.", "Both sides failed to reach a deal.", "en"),
        ("Профсоюз провёл переговоры.", "Подписать соглашение по итогам встречи не удалось.", "ru"),
        # inflections through Snowball / pymorphy2
        ("The council plans a new bridge.", "Approval is still pending.", "en"),
        ("Мэрия хочет построить мост.", "Проект ещё не утверждён.", "ru"),
        # a parenthetical hedge (pymorphy2 marks it Prnt) leaning on the claim
        ("Препарат снизил симптомы.", "Возможно, он не подойдёт пожилым пациентам.", "ru"),
    ],
)
def test_qualifier_mechanisms(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)
    assert qualifies(text, language, claim)  # the cues.py signature select.py calls


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        ("The city opened a tram line.", "The line has 12 stops and never closes.", "en"),
        (
            "The team won again.",
            "The coach, who never played professionally, joined in 2019.",
            "en",
        ),
        ("В городе открыли трамвайную линию.", "Ещё одна линия появится в 2027 году.", "ru"),
        ("Полиция задержала двоих.", "Никто не пострадал.", "ru"),
    ],
)
def test_ordinary_follow_ups_do_not_qualify(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language)


def test_other_languages_have_no_qualifiers() -> None:
    assert profile("Das wurde noch nicht genehmigt.", "de") is None
    assert not qualifies_claim("Die Stadt plant eine Brücke.", "Das ist nicht genehmigt.", "de")
    assert not qualifies("Das ist nicht genehmigt.", "de", "Die Stadt plant eine Brücke.")


def test_a_question_never_qualifies() -> None:
    a = profile("The council approved the plan.", "en")
    b = profile("Will it not be approved?", "en")
    assert a is not None and b is not None
    assert not any(signals(a, b).values())


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # Russian negation by prefix on an adjective pymorphy2 knows without it ("точный")
        ("Компания продаст свой завод в Твери.", "В компании назвали эти данные неточными.", "ru"),
        # a state not yet changed: "still" inside the sentence, "всё ещё"
        (
            "The two unions met the rail operator on Monday.",
            "By the evening the sides were still arguing over rosters.",
            "en",
        ),
        (
            "Профсоюз и руководство завода встретились в понедельник.",
            "Стороны всё ещё спорят.",
            "ru",
        ),
    ],
)
def test_after_the_lead_mechanisms(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)
    assert qualifies(text, language, claim, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a capitalised word inside the sentence is a title, not a negation
        (
            "A trailer for the new spy film is out.",
            'Tom Cruise returns in "Mission: Impossible", which opens in July.',
            "en",
        ),
        # a past schedule, told as history
        (
            "Самолёт авиакомпании сел в Омске из-за неисправности.",
            "Он должен был вылететь обратно в восемь утра.",
            "ru",
        ),
        # size, not a negated stance
        ("В городе открыли новый парк.", "Рядом выкопали небольшой пруд.", "ru"),
    ],
)
def test_after_the_lead_ordinary_follow_ups(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a time to come that the claim waits for: "once ...", "когда" with the future
        ("The council will build a new skate park.", "Work can begin once the land is sold.", "en"),
        ("Власти закроют старый рынок.", "Его снесут, когда найдут инвестора.", "ru"),
        # a measure bounded by a span of time
        ("В городе запретили продавать пиротехнику.", "Правило введено на полгода.", "ru"),
        # a small effect after a study's finding
        (
            "Zinc lozenges shortened colds, a review of trials found.",
            "The effect was small.",
            "en",
        ),
    ],
)
def test_after_the_lead_time_and_limits(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        ("The museum opened a new wing.", "Visitors once had to queue for hours.", "en"),
        # a span of time without a measure: a career, not a time bound
        ("The runner won the marathon.", "She has trained in Kenya for six years.", "en"),
        # "never ... in the past decade": a record, which stresses the claim
        ("A storm hit the coast.", "Winds had not been so strong in the past decade.", "en"),
    ],
)
def test_after_the_lead_time_words_that_do_not_qualify(
    claim: str, text: str, language: str
) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_fresh_sets_after_the_lead() -> None:
    # The four fresh sets (docs/benchmarks.md, "Qualifiers after the lead"), read as the
    # summarizer reads the sentence after the lead: 216 of 225 qualifiers found and 7 of
    # 88 ordinary follow-ups flagged when measured, 222 and 6 after the closed-class
    # constructions ("Qualifiers: closed-class constructions"); floors a little under that.
    found = flagged = qualifiers = controls = 0
    for n in (1, 2, 3, 4):
        path = Path(__file__).with_name(f"qualifier_fresh{n}.json")
        for a in json.loads(path.read_text(encoding="utf-8")):
            says = qualifies_claim(a["claim"], a["qualifier"], a["lang"], after_lead=True)
            if a["control"]:
                controls += 1
                flagged += says
            else:
                qualifiers += 1
                found += says
    assert (qualifiers, controls) == (225, 88)
    assert found >= 219, found
    assert flagged <= 8, flagged


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a reported claim, and its subject has said nothing (the negation before the saying)
        (
            "The mayor has resigned, two council sources said.",
            "The town hall has given no statement on the matter.",
            "en",
        ),
        ("Завод закроют, пишут местные СМИ.", "Заявлений от руководства не было.", "ru"),
        # talks, then the talks stalled, named in the qualifier itself
        ("Ministers met their French counterparts on Monday.", "The talks hit an impasse.", "en"),
        ("Стороны провели встречу по тарифам.", "Встреча закончилась ничем.", "ru"),
        # a deliberation to come, in the future, after the lead
        (
            "The government unveiled a plan for free school meals.",
            "It will be put to a public consultation in the spring.",
            "en",
        ),
        # at the stage of a deliberation
        ("Мэрия предложила убрать трамвай с проспекта.", "Вопрос на стадии согласования.", "ru"),
        # finality before a noun of saying: who settles it is still to act
        ("The board wants to close two branches.", "Shareholders have the final say.", "en"),
        ("Власти решили снести рынок.", "Последнее слово за областной думой.", "ru"),
        # a lasting verb in the present, bounded by a time to come
        ("Ferry fares have been cut by half.", "The offer lasts until the spring.", "en"),
        ("Ferry fares have been cut by half.", "The discount runs out once the season ends.", "en"),
    ],
)
def test_general_constructions_after_the_lead(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a past ability is not a hedge: after "and", negated, or after a quantifier
        ("A zoo welcomed a baby zebra.", "The foal was born at dawn and could walk by noon.", "en"),
        ("The champion won the race.", "None of her rivals could keep up with her.", "en"),
        ("A fire swept through the forest.", "Crews could not reach the far ridge.", "en"),
        # a negation that reports what the sources said, or reports of something else
        ("A fire hit the plant, officials said.", "Officials said no one was hurt.", "en"),
        ("A fire hit the plant, officials said.", "There were no reports of injuries.", "en"),
        (
            "На складе в Казани произошёл пожар, сообщили в МЧС.",
            "В МЧС сообщили, что никто не пострадал.",
            "ru",
        ),
        # negated expecting is a forecast, not a pending decision
        ("Курс рубля укрепился.", "Аналитики не ждут резких колебаний.", "ru"),
        # a past closure when something happened is history, not a time bound
        ("A fire damaged the museum.", "The museum was shut when the fire broke out.", "en"),
    ],
)
def test_general_constructions_ordinary_follow_ups(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_report_whose_subject_has_said_nothing() -> None:
    claim = "The striker will join Chelsea, a newspaper has reported."
    assert qualifies_claim(claim, "His club has said nothing about the move.", "en")
    assert not qualifies_claim(claim, "His agent said nobody had called him.", "en")


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # a disclaimer, not silence; a quotation's own "said"
        (
            "Black men were arrested four times as often, according to the ACLU.",
            "That is not to say all of the men in the ring are nonviolent drug offenders.",
        ),
        (
            "The rapper was on the show for his use of the word, a producer said.",
            '"He would not be on the show if a white woman had not said the word on a tape."',
        ),
        # "last word" without a determiner is not the final say
        (
            "The band will play in Leeds next month, its label said.",
            "The singer's reply was drowned out by the crowd (last word is inaudible).",
        ),
        # differences worked out at a table, with no talks in the claim or as the subject
        (
            "The president backed the ousted leader on Sunday.",
            "The council called on all sides to work out differences at the negotiating table.",
        ),
    ],
)
def test_constructions_that_stay_ordinary(claim: str, text: str) -> None:
    # read as anywhere in the article (after the lead, any negation qualifies)
    assert not qualifies_claim(claim, text, "en")


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a definite noun naming the claim's kind refers back without shared words
        (
            "The port has unveiled a design for a cruise terminal on its north quay.",
            "The scheme goes next to a planning inquiry, which is due to sit in the spring.",
            "en",
        ),
        # a span of time, told in the future of what the claim is about
        (
            "A mobile library has opened in the village square.",
            "It will stay there for a month before moving on.",
            "en",
        ),
    ],
)
def test_reference_back_by_the_claims_kind(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a finding in lab animals, not people
        ("Red wine may protect the heart, scientists say.", "The tests were done in rats.", "en"),
        ("Вино защищает сердце, считают учёные.", "Опыты ставили на животных.", "ru"),
        # a measure's end at a named time
        ("Museum entry will be free for all.", "The offer is a pilot that ends in October.", "en"),
        # a time to come told in the present, and the claim named by its kind
        (
            "The club plans to expand its stadium to 60,000 seats.",
            "The proposal goes to the planning board next month.",
            "en",
        ),
        # awaiting (present) after a plan; a review noun
        ("Город построит новый мост через Волгу.", "Проект ожидает экспертизы.", "ru"),
        # after talks, a quantifier's negation is no agreement
        ("The two presidents discussed the border dispute.", "Neither side gave ground.", "en"),
        # denying by playing down
        ("The minister will resign, aides say.", "His office played down the reports.", "en"),
    ],
)
def test_more_constructions_after_the_lead(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # a state, not a condition of the claim
        ("Police arrested a man after a stabbing.", "The victim is in a stable condition."),
        # a streak or a record, not a limit
        ("United beat City 2-0.", "City have not lost at home since March."),
        ("A rare orchid has been found in Cornwall.", "It had not been seen for 50 years."),
        # the end of a month is a date, not a measure ending
        ("Prince Harry will leave the army.", "He will visit Turkey at the end of April."),
        # animals that are not a study's subjects
        ("New antibiotics research will speed up.", "The plan sets three goals for animals."),
    ],
)
def test_more_ordinary_follow_ups(claim: str, text: str) -> None:
    assert not qualifies_claim(claim, text, "en", after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a settling expected (present passive) is still to come
        (
            "Lambeth council will pedestrianise Brixton Road.",
            "A final go-ahead is expected after a consultation.",
            "en",
        ),
        # a report called false, as the sentence's last word
        (
            "The minister was seen leaving a hospital, a tabloid claims.",
            "His office said the story was untrue.",
            "en",
        ),
        ("Министра видели у больницы, пишет таблоид.", "В министерстве назвали это ложью.", "ru"),
        # a finding not yet firm; an association stressed by its authors
        ("Coffee drinkers live longer, a large study says.", "The findings are preliminary.", "en"),
        (
            "Прогулки снижают риск депрессии, считают учёные.",
            "Авторы подчёркивают, что речь идёт о корреляции.",
            "ru",
        ),
        # the closure's end foreseen
        ("Мост закрыли для грузовиков.", "Движение откроют после ремонта.", "ru"),
    ],
)
def test_denials_and_limits_after_the_lead(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # harm denied after an incident is an outcome
        ("A lorry crashed on the M25.", "The driver was not injured.", "en"),
        ("Грузовик перевернулся на МКАД.", "Водитель не пострадал.", "ru"),
        (
            "A lorry overturned on the A1.",
            "Nobody else was involved, and the driver walked away unharmed.",
            "en",
        ),
        # "false" before a noun, and an organisation's name, are not a denial or a limit
        (
            "The murder shocked Kabul.",
            "The young woman was falsely accused of burning a book.",
            "en",
        ),
        (
            "The author died on Thursday, his publisher said.",
            "He was a patron of the Humanist Association, which paid tribute to his humour.",
            "en",
        ),
    ],
)
def test_outcomes_and_names_do_not_qualify(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_pairs_after_the_lead_written_in_rounds() -> None:
    # ``qualifier_pairs_after_lead.json``: (lead, next sentence) pairs written in three
    # rounds while the detector was being changed (issue 17, fifth round), each round
    # measured once before the detector was corrected on it (docs/benchmarks.md,
    # "Qualifiers: closed-class constructions"): 37/45, 24/30, 24/29 qualifiers found and
    # 3/15, 2/14, 5/13 follow-ups flagged then; measured now 102 of 104 found and 2 of 42
    # flagged. Floors a little under that.
    path = Path(__file__).with_name("qualifier_pairs_after_lead.json")
    pairs = json.loads(path.read_text(encoding="utf-8"))
    said = [(p, qualifies_claim(p["claim"], p["text"], p["lang"], after_lead=True)) for p in pairs]
    missed = [p["text"] for p, yes in said if p["label"] and not yes]
    flagged = [p["text"] for p, yes in said if not p["label"] and yes]
    assert (sum(p["label"] for p in pairs), len(pairs)) == (104, 146)
    assert len(missed) <= 4, missed
    assert len(flagged) <= 4, flagged


@pytest.mark.parametrize(
    ("claim", "text", "language", "expected"),
    [
        # what happened, not a limit: a past inability, a degree, a span of lasting
        ("Снегопад закрыл школы.", "Автобусы не смогли добраться до деревень.", "ru", False),
        ("В Перу нашли новый вид лягушки.", "Она не больше ногтя.", "ru", False),
        ("Совет одобрил скейт-парк.", "Работы начнутся в мае и продлятся три месяца.", "ru", False),
        # "не смогли договориться" still denies the settling
        ("Стороны провели переговоры.", "Они не смогли договориться о цене.", "ru", True),
        # a plan run as a test; information withheld after a report; more study needed
        ("Pools will open until midnight.", "The late hours are a summer experiment.", "en", True),
        (
            "Three people died in the fire, residents said.",
            "Authorities have given no figure.",
            "en",
            True,
        ),
        (
            "Собаки чуют рак, показало исследование.",
            "Нужны более крупные испытания.",
            "ru",
            True,
        ),
    ],
)
def test_round_three_constructions(claim: str, text: str, language: str, expected: bool) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True) is expected


@pytest.mark.parametrize(
    ("claim", "text", "language", "expected"),
    [
        # "not before", "не раньше, чем": a time to come the claim waits for
        (
            "В микрорайоне построят школу.",
            "Стройка начнётся не раньше, чем застройщик передаст участок.",
            "ru",
            True,
        ),
        ("A new school will be built.", "Work will not start before the land is sold.", "en", True),
        # "never before", "раньше никогда": a record
        ("A storm hit the coast.", "Such winds had never before been recorded there.", "en", False),
    ],
)
def test_not_before(claim: str, text: str, language: str, expected: bool) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True) is expected


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # the imperfective of saying ("объявляла", "сообщали") is a saying too
        (
            "Тренером станет Петров, утверждает канал.",
            "Федерация официально ничего не объявляла.",
            "ru",
        ),
        ("Завод закроют, пишут СМИ.", "Власти об этом не сообщали.", "ru"),
        # a figure called exaggerated
        (
            "The bank will cut 2,000 jobs, a union says.",
            "The bank called the figure exaggerated.",
            "en",
        ),
    ],
)
def test_saying_nothing_and_exaggeration(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a denial told inside what the subject said, after a reported claim
        (
            "The airline is about to order 40 new jets, an industry newsletter reports.",
            "The airline said it had seen no such document.",
            "en",
        ),
        (
            "A striker is on his way to Italy, according to reports in the French press.",
            "His agent said no club had made an offer.",
            "en",
        ),
        # a stall told without a stance word, and talks to be carried on
        (
            "Ministers from both countries met in Vienna to discuss the border dispute.",
            "Officials called progress slow.",
            "en",
        ),
        (
            "Unions and employers held a new round of talks on the rail strike on Monday.",
            "The two sides will reconvene next week.",
            "en",
        ),
        (
            "Профсоюз и руководство завода провели переговоры о повышении зарплат.",
            "Обсуждение решили продолжить после праздников.",
            "ru",
        ),
        # an unmarked future: a settling in a season ahead, told in the present
        (
            "The government has set out plans to merge two police forces.",
            "MPs get a vote on the merger in the spring.",
            "en",
        ),
        # a trial span, then what follows it
        (
            "Entry to the Leeds city museum is free from Monday.",
            "The scheme runs for eight weeks, after which the trustees will count the visitors.",
            "en",
        ),
        # a condition told as a relative clause ("only those who")
        (
            "Семьи с детьми получат по 10 тысяч рублей к школе.",
            "Деньги перечислят тем, кто живёт в области больше пяти лет.",
            "ru",
        ),
        (
            "Households will get a 200-pound rebate on energy bills.",
            "It will go to those who apply before March.",
            "en",
        ),
    ],
)
def test_round_eight_constructions(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "A lorry overturned on the M6 near Preston, police said.",
            "Police said no one was hurt.",
            "en",
        ),
        (
            "The council approved plans for a new library.",
            "Councillors approved them in the autumn.",
            "en",
        ),
        ("The old pier was rebuilt last year.", "It was reopened in the spring.", "en"),
        (
            "A new ferry began sailing to the island on Friday.",
            "Those who came aboard got free tea.",
            "en",
        ),
        ("В Казани открылся новый бассейн.", "Всех, кто пришёл на открытие, угостили чаем.", "ru"),
        (
            "Trade talks between the two countries ended on Friday.",
            "The deal was signed again by both sides.",
            "en",
        ),
    ],
)
def test_round_eight_ordinary_follow_ups(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


# Round nine (fresh set 9's misses, by kind, in other words): a demonstrative inside the
# sentence refers back; both aspects of Russian verbs of confirming and proving; an
# agreement named but not settled, then what keeps it apart.
@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "Rebels say they shot down an army helicopter near the border, a local radio "
            "station reported.",
            "Reporters have been unable to get to the site to look into those claims, and the "
            "ministry has said nothing.",
            "en",
        ),
        (
            "Учёные выяснили, что люди, которые много ходят пешком, реже болеют диабетом.",
            "Авторы оговариваются, что их работа не доказывает, что дело именно в ходьбе.",
            "ru",
        ),
        (
            "Сеть «Пятёрочка» закроет 50 магазинов в Сибири, пишет местная газета.",
            "В самой сети эти сведения не подтверждают.",
            "ru",
        ),
        (
            "Fisheries ministers met in Brussels to hammer out a new quota treaty.",
            "Delegates said progress was sluggish, with the cod quota the chief hurdle.",
            "en",
        ),
        (
            "Россия и Беларусь работают над новым договором о таможне.",
            "Главным препятствием остаются тарифы на газ.",
            "ru",
        ),
    ],
)
def test_round_nine_constructions(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The two companies signed a supply deal on Tuesday.",
            "Deliveries will start slowly in May.",
            "en",
        ),
        (
            "A new festival opened in the park on Saturday.",
            "This year it drew 40,000 visitors, the organisers said.",
            "en",
        ),
        ("В Омске открыли новый стадион.", "В этом году там пройдут матчи чемпионата.", "ru"),
    ],
)
def test_round_nine_ordinary_follow_ups(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language", "expected"),
    [
        # said of a noun naming the claim as a whole: a ruling, a report, a plan
        (
            "The regulator fined the bank $5 million over late filings.",
            "The ruling can still be challenged in court.",
            "en",
            True,
        ),
        (
            "Суд обязал сеть выплатить штраф 3 млн рублей.",
            "Приговор пока не окончательный.",
            "ru",
            True,
        ),
        # a limit that needs the claim's kind: a study, then "only in rats"
        (
            "A new study found that a common blood pressure pill slows hair loss.",
            "So far it has worked only in rats.",
            "en",
            True,
        ),
        # a detail left out is not a limit of the claim, two sentences on
        (
            "The singer died on Monday, his agent said.",
            "The cause has not been disclosed.",
            "en",
            False,
        ),
        (
            "The official said the deal was close.",
            "The official would not say when it would be signed.",
            "en",
            False,
        ),
        # what keeps apart the sentence between is its own
        (
            "Police arrested a man after a break-in at a jewellery shop.",
            "He did not say how much was taken.",
            "en",
            False,
        ),
    ],
)
def test_a_qualifier_two_sentences_on(claim: str, text: str, language: str, expected: bool) -> None:
    assert qualifies_across(claim, text, language) is expected


def test_a_qualifier_two_sentences_on_joins_the_claims_unit() -> None:
    claim = "A new study found that a common blood pressure pill slows hair loss."
    between = "The pill, sold as Lorvan, widens blood vessels in the scalp."
    limit = "So far it has worked only in rats."
    tail = "The team will publish its data next year."
    same = make_document(f"{claim} {between} {limit} {tail}")
    assert unit_for(same, 0) is not None and unit_for(same, 0).last == 2  # type: ignore[union-attr]
    # from the next paragraph: only when the claim is the lead (round ten: "On Monday he
    # took the remark back" opening the paragraph after a lead and its sentence between)
    apart = make_document(f"{claim} {between}\n\n{limit} {tail}")
    assert unit_for(apart, 0) is not None and unit_for(apart, 0).last == 2  # type: ignore[union-attr]
    intro = "Hair loss affects about half of men by the age of fifty, a survey of clinics says."
    later = make_document(f"{intro}\n\n{claim} {between}\n\n{limit} {tail}")
    assert unit_for(later, 1) is not None and unit_for(later, 1).last == 1  # type: ignore[union-attr]


# Round ten (docs/benchmarks.md, "Qualifiers: round ten"): the kinds fresh set 10 lost,
# in other words.
@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a threat to what the claim tells: a modal before a verb that would undo it
        (
            "A city court allowed the demolition of the old tram depot.",
            "Heritage campaigners may challenge the decision at the regional court.",
            "en",
        ),
        (
            "Сеть «Лента» договорилась о покупке 40 магазинов «Мегамарта».",
            "Антимонопольная служба может заблокировать сделку.",
            "ru",
        ),
        # its speaker taking it back
        (
            "The mayor said on Friday that the summer festival would be cancelled.",
            "Later that day she walked back her words.",
            "en",
        ),
        (
            "Министр заявил, что цены на хлеб заморозят до весны.",
            "Вечером он взял свои слова обратно.",
            "ru",
        ),
        # the claim named as one side's view or a guess
        (
            "The chairman ordered staff to shred the documents.",
            "That is the version of two former employees who testified on Monday.",
            "en",
        ),
        (
            "Управляющая компания месяцами не вывозила мусор со двора на Садовой улице.",
            "Так утверждают жильцы дома, подавшие жалобу в прокуратуру.",
            "ru",
        ),
        (
            "Цены на жильё в Казани вырастут на 15 процентов.",
            "Это лишь прогноз риелторов.",
            "ru",
        ),
        # a review still to come, a denial in other words, a confirmation withheld
        (
            "A blood test picked up bowel cancer in nine out of ten patients, researchers said.",
            "The data were released before peer review.",
            "en",
        ),
        (
            "Учёные из Томска нашли способ замедлить старение клеток.",
            "Работа опубликована до рецензирования.",
            "ru",
        ),
        (
            "Прокуратура обвинила директора завода в хищении 30 млн рублей.",
            "Директор отвергает обвинения.",
            "ru",
        ),
        (
            "Police have identified a suspect in the shooting, local media reported.",
            "A police spokesman stopped short of confirming the reports.",
            "en",
        ),
    ],
)
def test_round_ten_constructions(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # taken back to a place; a retraction asked for, not made
        (
            "Fans cheered the squad at the airport on Sunday.",
            "The coach then took the players back to the hotel.",
            "en",
        ),
        (
            "The newspaper published the interview on Saturday.",
            "The minister asked the paper to retract its story.",
            "en",
        ),
        # a version that is not a claim's
        (
            "Fitlog released its running app in Russian on Tuesday.",
            "This is the first version of the app to work offline.",
            "en",
        ),
        (
            "В Самаре открыли новую библиотеку.",
            "Это первая версия проекта, построенная за год.",
            "ru",
        ),
    ],
)
def test_round_ten_ordinary_follow_ups(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_capacity_is_not_a_threat() -> None:
    # (after the lead, "could" alone is a hedge there: ``lead_stance``, on main as well)
    claim = "The county hospital has bought a new wound dressing made from seaweed."
    assert not qualifies_claim(
        claim, "In trials the dressing could stop the bleeding in seconds.", "en"
    )
    assert qualifies_claim(claim, "The health ministry may block the deal.", "en")


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # said of the claim's time, two sentences on
        (
            "The council will reopen the central library in June.",
            "The date holds only provided that the new heating system passes its tests.",
            "en",
        ),
        # a study's results, not yet reviewed
        (
            "Researchers in Oslo said a cheap pill halved the risk of a second stroke.",
            "The results have been shared ahead of review by other scientists.",
            "en",
        ),
        (
            "Физики из Казани создали прозрачный солнечный элемент.",
            "Статья пока не прошла рецензирование.",
            "ru",
        ),
        # named as a guess, and taken back by its speaker
        (
            "Аналитики ждут роста цен на бензин к концу года.",
            "Это прогноз, и он может не сбыться.",
            "ru",
        ),
        ("The coach said on Sunday that he would quit.", "He later took those remarks back.", "en"),
    ],
)
def test_round_ten_two_sentences_on(claim: str, text: str, language: str) -> None:
    assert qualifies_across(claim, text, language)


ROUND_TEN = json.loads(
    Path(__file__).with_name("qualifier_pairs_round10.json").read_text(encoding="utf-8")
)


def test_round_ten_pairs() -> None:
    """34 pairs (24 qualifiers, 10 ordinary; next sentence and two on, en and ru) written
    after round ten's first changes and committed before they were measured: next
    sentence 15 of 16 found, two on 2 of 8, none of the 10 ordinary flagged (main the
    same); corrected on the misses since (docs/benchmarks.md, "Qualifiers: round ten"), so
    a regression guard, not a held-out figure."""
    wrong = [
        (p["position"], p["lang"], p["text"])
        for p in ROUND_TEN
        if (
            qualifies_claim(p["claim"], p["text"], p["lang"], after_lead=True)
            if p["position"] == "next"
            else qualifies_across(p["claim"], p["text"], p["lang"], p["between"])
        )
        is not p["label"]
    ]
    assert not wrong, wrong
    assert (sum(p["label"] for p in ROUND_TEN), len(ROUND_TEN)) == (24, 34)


@pytest.mark.parametrize(
    ("claim", "between", "text", "language", "expected"),
    [
        # a noun naming the claim's act or money, then a condition
        (
            "The city will make buses free for under-18s from September.",
            "About 40,000 young people use the buses every week.",
            "The move hinges on a grant from the regional government.",
            "en",
            True,
        ),
        (
            "Область выделит 500 млн рублей на ремонт школ.",
            "В ремонте нуждаются 120 зданий.",
            "Средства поступят только при условии, что федеральный бюджет одобрит заявку.",
            "ru",
            True,
        ),
        # the report named back, beside its subject's answer; unless the sentence between
        # tells a report of its own, which "the claims" are nearer to
        (
            "The singer has split from her label, a music magazine reported.",
            "Her last album sold poorly.",
            "Her agent would neither confirm nor deny the report.",
            "en",
            True,
        ),
        (
            "The minister said the man had no links to the security services.",
            "A militant group claims he was a spy.",
            "The minister's office denied the claims on Tuesday.",
            "en",
            False,
        ),
        # the parties, named back, have not agreed yet
        (
            "Nordhaven will sell its ferry line to a Danish operator.",
            "The line carries 300,000 passengers a year.",
            "The two firms have yet to agree on a price.",
            "en",
            True,
        ),
        # a study's authors hedging, in a short sentence
        (
            "Учёные из Перми выяснили, что шум мешает школьникам учиться.",
            "Они опросили 2000 детей.",
            "Сами исследователи допускают, что дело может быть в других факторах.",
            "ru",
            True,
        ),
    ],
)
def test_round_ten_two_on_in_other_words(
    claim: str, between: str, text: str, language: str, expected: bool
) -> None:
    assert qualifies_across(claim, text, language, between) is expected


@pytest.mark.parametrize(
    ("claim", "text", "language", "expected"),
    [
        # a projection's assumption is a condition; an inference is not
        (
            "Passenger numbers at the airport will double by 2035.",
            "The forecast assumes that a second runway opens in 2030.",
            "en",
            True,
        ),
        (
            "Health care will dominate the debate on Wednesday.",
            "It is safe to assume that will be the case again next month.",
            "en",
            False,
        ),
        # a prediction that came true is not a hedge
        (
            "Last year I wrote that the company would stop making laptops.",
            "That prediction, unfortunately, turned out to be true.",
            "en",
            False,
        ),
        # an illness or a state called "condition" is no condition of the claim
        (
            "Doctors found a ground-glass pattern in both of his lungs.",
            "These findings were consistent with a rare condition called HP.",
            "en",
            False,
        ),
        (
            "The bank will lend the city 50 million euros.",
            "The loan comes on condition that the city cuts its deficit.",
            "en",
            True,
        ),
    ],
)
def test_round_ten_conditions(claim: str, text: str, language: str, expected: bool) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True) is expected


ACROSS = json.loads(
    Path(__file__).with_name("qualifier_pairs_across.json").read_text(encoding="utf-8")
)


def test_pairs_two_sentences_apart() -> None:
    """22 pairs two sentences apart (13 qualifiers, 9 ordinary; en and ru), written before
    ``qualifies_across`` was measured on them: it found 5 of 13 then, flagged none; it was
    corrected on the misses since (docs/benchmarks.md, "Qualifiers: round nine"), so this
    is a regression guard, not a held-out figure."""
    wrong = [
        (p["lang"], p["text"])
        for p in ACROSS
        if qualifies_across(p["claim"], p["text"], p["lang"]) is not p["label"]
    ]
    assert not wrong, wrong
    assert {p["lang"] for p in ACROSS} == {"en", "ru"}
    assert sum(p["label"] for p in ACROSS) >= 12 and sum(not p["label"] for p in ACROSS) >= 8


# Round twelve (docs/benchmarks.md, "Qualifiers: round twelve"): after the lead, a
# qualifier two sentences on whose opening definite noun names the claim's subject again,
# by another noun ("The drug" after "a once-weekly pill"), the sentence between naming
# something else (the maker).
ROUND_TWELVE = json.loads(
    Path(__file__).with_name("qualifier_pairs_round12.json").read_text(encoding="utf-8")
)


def test_round_twelve_pairs() -> None:
    """34 triples (22 qualifiers, 12 ordinary; en and ru) written and committed before the
    change: main found 7 of 22, flagged none of 12. A regression guard since."""
    wrong = [
        (p["lang"], p["text"])
        for p in ROUND_TWELVE
        if qualifies_across(p["claim"], p["text"], p["lang"], p["between"], after_lead=True)
        is not p["label"]
    ]
    assert not wrong, wrong
    assert (sum(p["label"] for p in ROUND_TWELVE), len(ROUND_TWELVE)) == (22, 34)


_PILL = "A once-weekly pill cut migraine attacks by half, its maker said on Monday."
_MAKER = "Larkspur Therapeutics presented the results at a conference in Lisbon."
_TABLET = "Учёные из Томска создали таблетку от мигрени, которую принимают раз в неделю."
_MAKER_RU = "Разработку представила компания «Биофарм» на конференции в Казани."


@pytest.mark.parametrize(
    ("claim", "between", "text", "language", "expected"),
    [
        # the subject named again, by another noun or its own, after an opening contrast
        (_PILL, _MAKER, "The drug has not been approved by any regulator.", "en", True),
        (_PILL, _MAKER, "However, the new drug still needs approval.", "en", True),
        (_PILL, _MAKER, "The pill's launch depends on a licence from the regulator.", "en", True),
        (_TABLET, _MAKER_RU, "Однако препарат пока не одобрен Минздравом.", "ru", True),
        (_TABLET, _MAKER_RU, "Новое лекарство ещё должно пройти регистрацию.", "ru", True),
        # the noun is the sentence between's: the nearer antecedent
        (
            _PILL,
            "The trial's results were presented in Lisbon.",
            "The trial has not been approved by an ethics board.",
            "en",
            False,
        ),
        (
            _TABLET,
            "Препарат представила компания «Биофарм».",
            "Компания пока не получила лицензию.",
            "ru",
            False,
        ),
        # a detail left out, a dispute not raised, direct speech: not a settling denied
        (_PILL, _MAKER, "The price of the drug has not been disclosed.", "en", False),
        (_TABLET, _MAKER_RU, "Стоимость препарата пока не раскрывается.", "ru", False),
        (
            "В Екатеринбурге открылся новый бассейн.",
            "Строительство вёл подрядчик, которого оштрафовали за срыв сроков.",
            "Компания штраф не оспаривала.",
            "ru",
            False,
        ),
        (_PILL, _MAKER, "The drug costs about $40 a dose.", "en", False),
    ],
)
def test_the_claims_subject_named_again_two_on(
    claim: str, between: str, text: str, language: str, expected: bool
) -> None:
    assert qualifies_across(claim, text, language, between, after_lead=True) is expected


def test_the_subject_named_again_only_after_the_lead() -> None:
    """Later in an article an opening definite noun is mostly someone or something new
    ("The driver of the silver Audi has yet to be found"): read only after the lead."""
    text = "The drug has not been approved by any regulator."
    assert qualifies_across(_PILL, text, "en", _MAKER, after_lead=True)
    assert not qualifies_across(_PILL, text, "en", _MAKER)


def test_the_subject_named_again_joins_the_leads_unit() -> None:
    qualifier = "The drug has not been approved by any regulator."
    tail = "About one in seven adults has migraines."
    lead = make_document(f"{_PILL} {_MAKER} {qualifier} {tail}")
    assert unit_for(lead, 0) is not None and unit_for(lead, 0).last == 2  # type: ignore[union-attr]
    apart = make_document(f"{_PILL} {_MAKER}\n\n{qualifier} {tail}")
    assert unit_for(apart, 0) is not None and unit_for(apart, 0).last == 2  # type: ignore[union-attr]
    # a later claim keeps its own unit: the reading is the lead's only (an intro longer than
    # a lede: after a short one, the claim is read as a lead too)
    intro = (
        "Migraine costs Europe billions of euros a year in lost work, economists have estimated."
    )
    later = make_document(f"{intro}\n\n{_PILL} {_MAKER} {qualifier} {tail}")
    assert unit_for(later, 1) is not None and unit_for(later, 1).last == 1  # type: ignore[union-attr]
    ru = make_document(
        f"{_TABLET} {_MAKER_RU} Препарат пока не одобрен Минздравом. Мигренью страдает "
        "каждый седьмой взрослый.",
        "ru",
    )
    assert unit_for(ru, 0) is not None and unit_for(ru, 0).last == 2  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lead", "between", "text", "language", "expected"),
    [
        # the lead's own status, two sentences on, after a detail about someone else
        (
            "A court ordered the airline to pay 2 million euros to passengers stranded in 2023.",
            "The passengers were represented by a consumer group from Lyon.",
            "The airline said it would contest the decision before a higher court, and no money"
            " will be paid until then.",
            "en",
            True,
        ),
        (
            "Учёные связали частые прогулки в парке с меньшим риском депрессии.",
            "В исследовании участвовали 3000 жителей Казани.",
            "Авторы подчёркивают, что выявили лишь взаимосвязь, а не причину.",
            "ru",
            True,
        ),
        # "not yet" with no word of status; modality and contrast alone
        (
            "Chester Zoo has welcomed a baby giraffe, the first born there in a decade.",
            "The calf arrived on Sunday and could stand within an hour.",
            "Keepers have not yet named her.",
            "en",
            False,
        ),
        (
            "The city opened a new bridge over the river on Monday.",
            "It took three years to build.",
            "But even that may not be enough.",
            "en",
            False,
        ),
    ],
)
def test_the_leads_status_two_sentences_on(
    lead: str, between: str, text: str, language: str, expected: bool
) -> None:
    assert not qualifies_across(lead, text, language, between)
    assert qualifies_lead_across(lead, text, language, between) is expected


def test_the_leads_status_two_on_joins_only_the_leads_unit() -> None:
    lead = "A court ordered the airline to pay 2 million euros to passengers stranded in 2023."
    between = "The passengers were represented by a consumer group from Lyon."
    appeal = (
        "The airline said it would contest the decision before a higher court, and no money"
        " will be paid until then."
    )
    tail = "The flights were cancelled during a strike by air traffic controllers."
    doc = make_document(f"{lead} {between}\n\n{appeal} {tail}")
    assert unit_for(doc, 0) is not None and unit_for(doc, 0).last == 2  # type: ignore[union-attr]
    # the same three sentences later in the story: the strict bar, which this does not pass
    intro = "Thousands of flights were cancelled across Europe last summer, most of them in France."
    later = make_document(f"{intro}\n\n{lead} {between} {appeal} {tail}")
    assert unit_for(later, 1) is not None and unit_for(later, 1).last == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # talks still apart, in degree words
        (
            "The union and the rail operator have agreed to end the strike, the union said.",
            "Talks on the new rota continued into the night, with the two sides still some way"
            " apart.",
            "en",
        ),
        # the claim's figure may still change
        (
            "Heavy rain caused about 3 million pounds of damage to the sports centre, the"
            " council said.",
            "Officials said the figure could rise once engineers inspect the roof.",
            "en",
        ),
        (
            "Ураган повредил около 200 домов в пригороде Хабаровска, сообщили в администрации.",
            "В администрации уточнили, что эта цифра может измениться после обхода всех улиц.",
            "ru",
        ),
        # the publication called a mistake by its own source
        (
            "Министерство объявило о закрытии школ на карантин.",
            "Позже пресс-служба министерства назвала эту публикацию ошибочной.",
            "ru",
        ),
    ],
)
def test_round_thirteen_after_the_lead(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


def test_a_figure_that_may_change_is_read_only_of_a_figure() -> None:
    figure = profile("Officials said the figure could rise once engineers inspect the roof.", "en")
    prices = profile("Prices for season tickets could rise next year, the club said.", "en")
    settled = profile("Officials said the figure would not be revised.", "en")
    assert figure is not None and "revisable" in figure.kinds
    assert prices is not None and "revisable" not in prices.kinds
    assert settled is not None and "revisable" not in settled.kinds


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # the accused's lawyer answering the accusation
        (
            "Police arrested a 40-year-old man over a string of burglaries in Leeds, police said.",
            "His solicitor said the man had been at work on every one of the nights in question.",
            "en",
        ),
        (
            "В Томске задержан мужчина, которого подозревают в краже кабеля, сообщили в полиции.",
            "Адвокат задержанного утверждает, что его подзащитный купил кабель у третьих лиц.",
            "ru",
        ),
        # said in error
        (
            "The ministry announced on Monday that all schools would close for a week.",
            "A spokesman later said the notice had been posted in error.",
            "en",
        ),
        # a figure an agency usually revises
        (
            "Фермеры Омской области собрали 4 млн тонн зерна, заявил губернатор.",
            "Цифра получена по данным хозяйств, и статистики обычно её снижают.",
            "ru",
        ),
        # a study's finding it cannot prove
        (
            "Учёные из Томска связали шумные улицы с плохим сном, выяснили исследователи.",
            "Но доказать, что мешает именно шум, работа не может.",
            "ru",
        ),
        # a limit said of the trial the claim came from
        (
            "An app spots skin cancer in photographs as well as doctors do, its maker said.",
            "The trial was run by the company itself and used just 200 images.",
            "en",
        ),
    ],
)
def test_round_fourteen_next_sentence(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His solicitor said the man had been at work that night.", True),
        ("The man's lawyer was not available for comment.", True),
        ("Defense lawyers say the evidence was planted.", True),
        ("The Defense Ministry said the strike hit a depot.", False),
        ("The district attorney said the case would go to trial.", False),
        ("The attorney general said on Monday that he would not comment.", False),
        ("A ministry lawyer said the contract was legal.", False),
    ],
)
def test_the_accuseds_lawyer(text: str, expected: bool) -> None:
    b = profile(text, "en")
    assert b is not None and ("defence" in b.kinds) is expected


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # the record corrected, a slip of the tongue, data not checked, a figure firmed up
        (
            "The minister told parliament that 4,000 new nurses had been hired since May.",
            "Her office later corrected the record, saying most were still in training.",
            "en",
        ),
        (
            "Мэр пообещал бесплатные парковки для всех жителей центра.",
            "Позже его пресс-секретарь пояснила, что эти слова были оговоркой.",
            "ru",
        ),
        (
            "Половина школьников спят меньше семи часов, выяснили социологи.",
            "Ответы детей с данными трекеров авторы не сверяли.",
            "ru",
        ),
        (
            "Exports rose 4 percent in the first quarter, the statistics office said.",
            "The office said the number rests on incomplete returns and would be firmed up in"
            " June.",
            "en",
        ),
    ],
)
def test_round_fifteen_next_sentence(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


def test_the_leads_kind_of_claim_named_two_on() -> None:
    lead = "Exports rose 4 percent in the first quarter, the statistics office said."
    between = "Car makers and chemical firms led the rise."
    figure = "Statisticians said the number rests on incomplete returns and would be firmed up."
    assert qualifies_lead_across(lead, figure, "en", between)
    # the same stance, the sentence between already naming a figure of its own
    other = "Car exports alone were worth 2 billion euros, a figure the office said was a record."
    assert not qualifies_lead_across(lead, figure, "en", other)


@pytest.mark.parametrize(
    ("claim", "text", "language", "after_lead"),
    [
        # a finding got in a dish, a study paid for by the seller
        (
            "A plant extract stopped liver cancer cells from dividing, researchers reported.",
            "The experiments were done on cells in a petri dish.",
            "en",
            False,
        ),
        (
            "People who ate dark chocolate daily had lower blood pressure, a new study found.",
            "The study was funded by a confectionery maker.",
            "en",
            False,
        ),
        # the accused's lawyer after an accusation that is not told as a report
        (
            "Prosecutors have accused a former mayor of taking bribes from builders.",
            "His lawyer said the payments were legal consulting fees.",
            "en",
            False,
        ),
        # a correction issued, an error that crept in, only after approval
        (
            "The airline said all flights would resume on Monday.",
            "It later issued a correction covering only domestic routes.",
            "en",
            False,
        ),
        (
            "Музей сообщил, что купил картину за 40 млн рублей.",
            "Позже выяснилось, что в сообщение вкралась ошибка.",
            "ru",
            False,
        ),
        (
            "Страны подписали соглашение о безвизовых поездках для студентов.",
            "Документ вступит в силу лишь после одобрения парламентами.",
            "ru",
            False,
        ),
        # a long sentence right after the lead that refers back to it
        (
            "A judge ruled that the delivery firm Parcelo must treat its couriers as employees.",
            "Parcelo has 21 days to take the case to the Court of Appeal and said on Friday that"
            " it intends to do so, which would put the ruling on hold while the higher court"
            " hears the case.",
            "en",
            True,
        ),
    ],
)
def test_round_sixteen(claim: str, text: str, language: str, after_lead: bool) -> None:
    assert qualifies_claim(claim, text, language, after_lead=after_lead)


def test_a_long_sentence_is_its_own_statement_away_from_the_lead() -> None:
    claim = "A judge ruled that the delivery firm Parcelo must treat its couriers as employees."
    text = (
        "Parcelo has 21 days to take the case to the Court of Appeal and said on Friday that"
        " it intends to do so, which would put the ruling on hold while the higher court"
        " hears the case."
    )
    assert not qualifies_claim(claim, text, "en")


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        # a window still open to act on the claim, two on
        (
            "A judge ordered Marlow Water to pay £1.2 million to 30 homeowners.",
            "The homeowners had complained about the pumping station for years.",
            "Marlow has four weeks to lodge an appeal, its lawyers said.",
            "en",
        ),
        (
            "Суд обязал «Водоканал» выплатить жильцам 12 миллионов рублей.",
            "Жильцы жаловались на подтопления с 2019 года.",
            "На обжалование у «Водоканала» есть месяц.",
            "ru",
        ),
        # a study paid for by an interested party, two on
        (
            "Жевательная резинка без сахара защищает детей от кариеса, показало исследование.",
            "В нём участвовали 300 школьников.",
            "Работу оплатил производитель жевательной резинки, на которого работает один из авторов.",
            "ru",
        ),
        # the claim disputed, two on
        (
            "Мэрия сообщила, что все дворы отремонтированы.",
            "На ремонт ушло 57 миллионов рублей.",
            "Жители с этим не согласны.",
            "ru",
        ),
    ],
)
def test_round_eighteen_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        ("The club signed a new striker on Monday.", "Fans have a week to buy tickets.", "en"),
        ("Завод открыли в Липецке.", "Он согласился дать интервью.", "ru"),
    ],
)
def test_round_eighteen_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language)


def test_after_a_short_lede_the_claim_is_read_as_a_lead() -> None:
    lede = "The hearing lasted almost five hours."
    claim = "A court ordered the builder to pay 230 buyers 140 million roubles in penalties."
    between = "The homes were due in 2021, but work stopped at the sixth floor."
    appeal = "The builder may still appeal within a month, its lawyer told the court."
    tail = "The buyers' association welcomed the ruling."
    doc = make_document(f"{lede} {claim} {between} {appeal} {tail}")
    assert unit_for(doc, 1) is not None and unit_for(doc, 1).last == 3  # type: ignore[union-attr]
    # after a longer opening, the claim is a later one: the strict bar two on
    opening = "The hearing at the district court lasted almost five hours and ended after dark."
    later = make_document(f"{opening} {claim} {between} {appeal} {tail}")
    assert unit_for(later, 1) is not None and unit_for(later, 1).last == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        # what the claim leads to is still far off
        (
            "A gene therapy restored sight in blind rats, researchers in Leeds reported.",
            "One injection was enough, and the effect lasted a year.",
            "The team said treatments for people were a decade away at the earliest.",
            "en",
        ),
        # a figure that will be revised, in Russian
        (
            "Число туристов в Казани за год выросло до четырёх миллионов, сообщили в мэрии.",
            "Больше всего гостей приехало летом.",
            "В мэрии уточнили, что цифра оценочная и будет скорректирована в марте.",
            "ru",
        ),
    ],
)
def test_round_nineteen_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


def test_what_could_be_seen_is_not_a_hedge() -> None:
    lead = "Firefighters fought a blaze at a paint factory in Leeds for five hours on Sunday."
    assert not qualifies_claim(
        lead, "Flames could be seen from the motorway.", "en", after_lead=True
    )
    assert qualifies_claim(lead, "The cause could be arson, police said.", "en", after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language", "expected"),
    [
        # steps of settling still ahead
        (
            "Депутаты поддержали запрет продажи энергетиков подросткам.",
            "Законопроект принят в первом чтении, впереди ещё два чтения и подпись президента.",
            "ru",
            True,
        ),
        (
            "The council approved a new tram line to the airport.",
            "A public inquiry and a final vote still lie ahead.",
            "en",
            True,
        ),
        # ahead in space or time, no settling
        (
            "Runners set off from the castle at dawn.",
            "Впереди было ещё десять километров.",
            "ru",
            False,
        ),
        ("The storm reached the coast on Monday.", "Calmer weather lies ahead.", "en", False),
    ],
)
def test_steps_still_ahead(claim: str, text: str, language: str, expected: bool) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True) is expected


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        # the other side's own figure, two on
        (
            "Около 5 тысяч человек вышли на митинг в центре Самары, сообщили организаторы.",
            "Участники требовали отменить повышение тарифов.",
            "В полиции приводят иные данные — около 800 человек.",
            "ru",
        ),
        (
            "Some 4,000 dockers walked out at Felixstowe on Monday, the union said.",
            "They want a 9% pay rise.",
            "The port operator gives a much lower figure of about 600 workers.",
            "en",
        ),
        # experts not won over, two on
        (
            "A painting found in a Bristol attic is a lost work by Gainsborough, a gallery said.",
            "It shows a woman in a blue dress by a river.",
            "Two experts who have seen it say they are not convinced by the attribution.",
            "en",
        ),
        (
            "Обломок, найденный в тайге, принадлежит метеориту, заявили в музее Томска.",
            "Камень весит около 12 килограммов.",
            "Геологи, осмотревшие находку, в этом не убеждены.",
            "ru",
        ),
        # a window to act whose verb is further off
        (
            "A tribunal ruled that Harbour Foods unfairly dismissed 40 drivers.",
            "The drivers were sacked after a strike in March.",
            "The company has 42 days to take the ruling to the Employment Appeal Tribunal.",
            "en",
        ),
    ],
)
def test_round_twenty_one_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a figure of another time or kind, not another account of the claim's
        (
            "Unemployment fell to 4.1% in May, the statistics office said.",
            "Other figures showed wages rose 3%.",
            "en",
        ),
        (
            "Продажи автомобилей выросли на 12%, сообщили в ассоциации.",
            "Другие данные касаются импорта.",
            "ru",
        ),
        # skepticism in narrative is no stance on the claim
        (
            "The senator endorsed the governor on Friday.",
            "Some donors were skeptical of the move.",
            "en",
        ),
    ],
)
def test_round_twenty_one_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # talks to be carried on at a set time, at any length, wherever the claim stands
        (
            "Стороны заявили о сближении позиций на встрече в понедельник.",
            "Итоговый документ переговорщики намерены обсудить на следующей неделе, а "
            "объявленная забастовка остаётся в силе.",
            "ru",
        ),
        (
            "Negotiators for the airline and the pilots' union made progress in talks on Friday.",
            "A further session is scheduled for next Thursday in the conciliation service's "
            "offices in central London.",
            "en",
        ),
    ],
)
def test_talks_with_a_next_round_set(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


def test_a_second_sitting_of_what_is_not_talks() -> None:
    claim = "The conference on coastal erosion opened on Monday with 300 delegates."
    text = "A second session is scheduled for Tuesday."
    assert not qualifies_claim(claim, text, "en", after_lead=True)


def test_fresh_sets_17_to_155_pair_by_pair() -> None:
    # Each set was measured blind once (docs/benchmarks.md) and the detector corrected on its
    # misses since, and the stance model fitted on them: a regression guard on the pairs (the
    # qualifier right after the claim, or two on after the lead), not a held-out estimate.
    # 3,828 of 3,848 qualifiers and 84 of 962 controls at round 62 with the model refitted on
    # sets 1-155 (3,660 of 3,680 and 84 of 920 on sets 17-149 at round 61; 3,212 of 3,232 and
    # 78 of 808 on sets 17-133 at round 59; each earlier round's figures are in
    # docs/benchmarks.md).
    split = re.compile(r"(?<=[.?!])\s+")
    found = flagged = qualifiers = controls = 0
    for n in range(17, 156):
        path = Path(__file__).with_name(f"qualifier_fresh{n}.json")
        for a in json.loads(path.read_text(encoding="utf-8")):
            sents = [s for p in a["paragraphs"] for s in split.split(p.strip()) if s]
            c, q = sents.index(a["claim"]), sents.index(a["qualifier"])
            if q == c + 1:
                says = qualifies_claim(a["claim"], a["qualifier"], a["lang"], after_lead=True)
            else:
                says = qualifies_lead_across(a["claim"], a["qualifier"], a["lang"], sents[c + 1])
            if a["control"]:
                controls += 1
                flagged += says
            else:
                qualifiers += 1
                found += says
    assert (qualifiers, controls) == (3848, 962)
    assert found >= 3826, found
    assert flagged <= 87, flagged


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # whose decision it is
        (
            "The city council voted to close the Eastgate pool in September.",
            "Whether the pool shuts is a matter for the county's leisure trust, which owns it.",
            "en",
        ),
        (
            "Совет директоров «Северного порта» рекомендовал выплатить 12 рублей на акцию.",
            "Последнее слово за собранием акционеров в июне.",
            "ru",
        ),
        # not binding
        (
            "The planning board backed a 40-storey tower on the old gasworks site.",
            "The board's vote is advisory; the mayor signs off on towers of that height.",
            "en",
        ),
        # a benefit tied to a condition
        (
            "Учителя, переехавшие в село, получат по миллиону рублей, объявили в правительстве.",
            "Выплата привязана к обязательству отработать в школе пять лет.",
            "ru",
        ),
        # the claim contested by name
        (
            "Sales of electric vans doubled last year, the makers' association said.",
            "Two fleet analysts contest the figures, saying lease returns were counted twice.",
            "en",
        ),
    ],
)
def test_round_twenty_three(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        # the report's subject calls it rumour
        (
            "Главный тренер «Звезды» уйдёт в отставку после сезона, сообщил спортивный портал.",
            "По данным портала, клуб уже ведёт переговоры с его преемником.",
            "Сам тренер назвал эти сведения слухами.",
            "ru",
        ),
        # terms left to talks of their own
        (
            "Регион и японская компания подписали соглашение о строительстве завода.",
            "Документ подписан на экономическом форуме.",
            "Подписанный меморандум о намерениях не называет сумму, а сроки станут предметом "
            "отдельных переговоров.",
            "ru",
        ),
    ],
)
def test_round_twenty_three_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # what was, not what holds for now
        (
            "В Озёрске открылся новый корпус детской больницы.",
            "Пока шли отделочные работы, волонтёры собрали для детей тысячу книг.",
            "ru",
        ),
        (
            "A library opened in Hatton on Saturday.",
            "Until now, residents had to drive 25 minutes to the nearest one.",
            "en",
        ),
        (
            "Команда из Ольховки выиграла первенство страны по робототехнике.",
            "Лишь год назад в школе появился кружок робототехники.",
            "ru",
        ),
        # more to come, not less
        (
            "Мэрия завершила ремонт набережной досрочно.",
            "На этом благоустройство берега не закончится.",
            "ru",
        ),
    ],
)
def test_round_twenty_three_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_correlation_named_by_the_authors_two_on() -> None:
    lead = "Children who eat breakfast score higher in maths tests, a study of 9,000 pupils found."
    between = "The pupils were followed from the age of seven to eleven."
    text = (
        "The authors describe the link as a correlation and note that families who eat "
        "together may differ in other ways."
    )
    assert qualifies_lead_across(lead, text, "en", between)


def test_a_record_in_history_is_no_restriction() -> None:
    claim = "Лыжница из Томска выиграла золото чемпионата мира в гонке на 10 километров."
    text = "Лишь одной спортсменке в истории удавалось победить на этой дистанции."
    assert not qualifies_claim(claim, text, "ru", after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a figure its maker will revise, after a claim that is not the lead
        (
            "Exports rose 8% last year, the statistics office said on Monday.",
            "The number is an early reading, and the office will revise it in its June update.",
            "en",
        ),
        # a bill through its first reading only
        (
            "Депутаты поддержали законопроект о бесплатных обедах для школьников.",
            "Документ принят лишь в первом чтении.",
            "ru",
        ),
        # talks named in B, still apart on the main point, after a signing told as near
        (
            "Город и поставщик близки к подписанию нового контракта, заявил губернатор.",
            "В компании оценили ход переговоров сдержаннее, назвав цену камнем преткновения.",
            "ru",
        ),
    ],
)
def test_round_twenty_five(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "A water company has replaced every lead pipe in its network.",
            "Until the programme began in 2019, 18,000 homes drew water through lead pipes.",
            "en",
        ),
        (
            "Хоккейный клуб «Буревестник» впервые вышел в финал лиги.",
            "Однако главным героем вечера стал не автор победной шайбы, а вратарь команды Илья Дорохов, "
            "отразивший 41 бросок.",
            "ru",
        ),
        (
            "В Лесогорске открылся комплекс по переработке пластика.",
            "Лишь за первую неделю работы на предприятие поступило 400 тонн пластика.",
            "ru",
        ),
    ],
)
def test_round_twenty_five_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_negated_verb_before_a_is_still_a_negation() -> None:
    claim = "Сеть «Кедр» закроет все магазины в городе, сообщил местный портал."
    text = "Официального объявления сеть не делала, а мэрия узнала о планах из новостей."
    assert qualifies_claim(claim, text, "ru", after_lead=True)


def test_the_authors_caution_after_a_finding() -> None:
    claim = "People who sleep seven hours a night have fewer heart attacks, researchers reported."
    text = (
        "The data come from 50,000 health records, and the authors caution that short "
        "sleepers in the sample also tended to work night shifts."
    )
    assert qualifies_claim(claim, text, "en", after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The wind farm sent its first power to the grid three months early.",
            "But for a week of storms, the connection would have come even sooner, its director said.",
            "en",
        ),
        (
            "Школьница из Сосновки выиграла олимпиаду по астрономии.",
            "Лишь однажды за всю историю олимпиады её выигрывал сельский школьник, и она стала второй.",
            "ru",
        ),
        (
            "Агрохолдинг собрал рекордный урожай подсолнечника.",
            "Однако на этом хорошие новости для компании не закончились: её маслозавод в "
            "Ольшанке впервые вышел на полную мощность.",
            "ru",
        ),
    ],
)
def test_round_twenty_six_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # the claim goes before the body that decides it
        (
            "The city will run night buses on four routes from October, under a new plan.",
            "The proposal goes before the full council on 12 June, and councillors have "
            "questioned its cost.",
            "en",
        ),
        # another source's count of the reported figure
        (
            "Около 15 тысяч человек вышли на митинг в центре Самары, сообщили организаторы.",
            "По данным полиции, на площади собрались около четырёх тысяч человек.",
            "ru",
        ),
        # the report's subject answering it
        (
            "The club's manager will leave at the end of the season, a local paper reported.",
            "The club answered questions about the report with a short statement praising him.",
            "en",
        ),
    ],
)
def test_round_twenty_seven(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The rugby club won its third national title in a row on Saturday.",
            "Only one other club, in the 1990s, has won three consecutive titles.",
            "en",
        ),
        (
            "В Краснозёрске открылась линия скоростного трамвая до аэропорта.",
            "Лишь за первые три дня работы ею воспользовались более 60 тысяч пассажиров.",
            "ru",
        ),
    ],
)
def test_round_twenty_seven_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_time_to_go_before_a_vote_is_no_hearing() -> None:
    claim = "A campaign group called on the senator to run for the party's leadership."
    text = "With more than a year to go before senators choose a leader, the field is wide open."
    assert qualifies_claim(claim, text, "en", after_lead=False) is False


def test_so_far_is_not_a_past_while() -> None:
    from nutgraf.summarize.qualify.reading import _WHILE_PAST

    assert not _WHILE_PAST["ru"].search(
        "Пока что европейская валюта устояла, но опасность не минула."
    )
    assert _WHILE_PAST["ru"].search("Пока шли работы, подрядчик обустроил набережную.")


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The government scrapped import duties on fertilizer on Monday.",
            "The exemption lapses on September 30, when the standard tariff returns.",
            "en",
        ),
        (
            "The economy grew 3.4% in the first quarter, the statistics office said.",
            "The figure is a flash estimate, and a revised reading is due on June 12.",
            "en",
        ),
        (
            "Экономика области выросла на 4% за квартал, сообщили в статистическом управлении.",
            "Уточнённые данные ожидаются в июне.",
            "ru",
        ),
    ],
)
def test_round_twenty_eight(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        (
            "A compound from a soil bacterium reversed noise-induced hearing loss, researchers reported.",
            "Hearing returned to near-normal within three weeks of one injection.",
            "All of the experiments were done in mice, whose ears repair themselves differently.",
            "en",
        ),
        (
            "Автозавод остановит конвейер на весь май, пишет деловая газета.",
            "По данным издания, рабочих отправят в вынужденный отпуск.",
            "В компании публикацию назвали недостоверной и заверили, что завод работает.",
            "ru",
        ),
    ],
)
def test_round_twenty_eight_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


TALKS = (
    "Делегации двух стран провели третий раунд переговоров о транзите газа и назвали "
    "встречу конструктивной. Переговоры продолжались почти девять часов. Подписание "
    "документа стороны отложили: разногласия по тарифу сохраняются. Следующий раунд "
    "запланирован на конец апреля. Действующий контракт истекает 1 июля."
)


def test_the_qualifiers_of_a_qualifier_come_along_when_they_fit() -> None:
    # talks called constructive; the signing put off (the claim's qualifier, two on); the
    # next round set (a qualifier of that one); the contract's end (another): two sentences
    # past the unit's four, the whole run comes along rather than end the point before it
    unit = unit_for(make_document(TALKS, "ru"), 0)
    assert unit is not None and (unit.first, unit.last) == (0, 4)


def test_a_qualifier_of_a_qualifier_is_left_when_the_unit_has_no_room() -> None:
    # a longer run of them: the claim is shown with its own qualifier, not made
    # unchoosable by the chain after it
    doc = make_document(
        TALKS + " Новые сроки поставок пока не согласованы. Окончательное решение ещё не принято.",
        "ru",
    )
    unit = unit_for(doc, 0)
    assert unit is not None and (unit.first, unit.last) == (0, 2)


def test_a_claims_own_qualifier_beyond_the_unit_still_makes_it_unchoosable() -> None:
    # the claim's own qualifiers cannot all fit: nothing is shown rather than a claim alone
    doc = make_document(
        "The council approved a tram line to the airport. It has not been funded. "
        "It is not yet final. It still needs a vote in parliament. "
        "It may be delayed by an appeal.",
    )
    assert unit_for(doc, 0) is None


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "Two countries said they had settled most differences over fishing after two days of talks.",
            "Herring quotas, the thorniest issue, were pushed to a further round in March.",
            "en",
        ),
        (
            "The airline has reached common ground with its pilots on new rosters.",
            "It amounts to a framework for further bargaining, with pay and pensions left open.",
            "en",
        ),
        (
            "The Civic Alliance won the regional election with 38 percent of the vote.",
            "Those figures are preliminary and cover 92 percent of polling stations.",
            "en",
        ),
        (
            "Любители бани реже страдают гипертонией, выяснили исследователи.",
            "Вывод сделан по анкетам, и авторы сами оговариваются, что любители бани моложе.",
            "ru",
        ),
        (
            "Стороны заявили, что сблизили позиции по новому контракту.",
            "Вопрос о цене перенесли на следующий раунд переговоров в мае.",
            "ru",
        ),
    ],
)
def test_round_twenty_nine(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


def test_an_age_is_no_restriction() -> None:
    claim = "Adaeze Okonkwo set a course record at the city marathon on Sunday."
    text = "Only 26 years old, she broke the previous mark by more than three minutes."
    assert not qualifies_claim(claim, text, "en", after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The drug maker said its migraine shot halved attacks and aims to sell it by autumn.",
            "That timetable rests with the Food and Drug Administration, whose decision is due in "
            "September.",
            "en",
        ),
        (
            "Passengers on the city's buses will ride for free from Monday, the transit agency said.",
            "The fare holiday lasts six weeks, and standard fares return on May 11.",
            "en",
        ),
        (
            "Суд обязал застройщика выплатить дольщикам 340 миллионов рублей.",
            "У компании есть месяц на обжалование, и её юристы заявили о намерении подать апелляцию.",
            "ru",
        ),
        (
            "Авиакомпания прекратит полёты в Сочи с осени, сообщил деловой портал со ссылкой на источники.",
            "В пресс-службе перевозчика ограничились заявлением, что расписание ещё формируется.",
            "ru",
        ),
        (
            "Green tea drinkers are 22 percent less likely to develop dementia, a study found.",
            "Because the team only followed their habits, heavy tea drinkers could differ in other "
            "ways that explain the gap.",
            "en",
        ),
    ],
)
def test_round_thirty(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


def test_the_other_sides_figure_two_on() -> None:
    lead = "The mayor said the city had cut rough sleeping by 60 percent over the past year."
    between = "He credited a programme that has moved 700 people into flats."
    text = (
        "Homeless charities put the reduction closer to 15 percent, citing a single night's count."
    )
    assert qualifies_lead_across(lead, text, "en", between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The central library reopened on Monday after a two-year renovation.",
            "While the building was closed, the library lent books from a temporary branch nearby.",
            "en",
        ),
        (
            "The city opened its first light-rail line on Saturday.",
            "Until the launch, commuters relied on a single crowded bus route.",
            "en",
        ),
        (
            "Аэропорт Северогорска обслужил рекордное число пассажиров за квартал.",
            "Однако рекордным стал не только пассажиропоток: объём грузовых перевозок за тот же "
            "период вырос почти вдвое, до 5,3 тысячи тонн.",
            "ru",
        ),
        (
            "The senator's bill passed the chamber on Tuesday.",
            "It is not only about taxes but about the state's schools.",
            "en",
        ),
    ],
)
def test_round_thirty_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_stated_span_is_no_past_last() -> None:
    from nutgraf.summarize.qualify.phrases_measure import _LASTS

    assert _LASTS["en"].search("The waiver lasts six weeks.")
    assert not _LASTS["en"].search("Over the last two weeks, the crisis grew.")


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The club agreed a 45 million euro fee for the striker, a Madrid daily reported.",
            "The selling club's director dismissed the story as invented within hours.",
            "en",
        ),
        (
            "Oat milk lowered cholesterol by 9 percent in eight weeks, a trial of 96 adults found.",
            "The work was paid for by the maker of the drink, and two authors are its employees.",
            "en",
        ),
        (
            "The ruling party won 46 percent of the vote, the electoral commission said.",
            "Those figures cover about two-thirds of polling stations, with the capital due later.",
            "en",
        ),
        (
            "A baby formula maker is recalling its formula after tests found bacteria.",
            "The recall covers three production lots made in February.",
            "en",
        ),
        (
            "Сеть магазинов закроет 80 точек, сообщил деловой портал со ссылкой на источники.",
            "В пресс-службе на запрос портала ответили, что планы раскрываются в отчётности.",
            "ru",
        ),
        (
            "Владелец сети кинотеатров продаёт бизнес, сообщило издание со ссылкой на источники.",
            "Представитель владельца назвал эту информацию «фантазией журналистов».",
            "ru",
        ),
    ],
)
def test_round_thirty_one(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


def test_only_those_who_commit_two_on() -> None:
    lead = "Фермеры области смогут вернуть половину затрат на теплицы, объявил губернатор."
    between = "На программу заложено 1,8 млрд рублей."
    text = "Компенсацию получат лишь хозяйства, которые обязуются пять лет выращивать овощи."
    assert qualifies_lead_across(lead, text, "ru", between)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (
            "A Kenyan runner broke the 10,000 metres world record on Saturday.",
            "Until that race, no woman had run the distance in under 28 minutes 50 seconds.",
        ),
        (
            "Farmers harvested a record 14.2 million tonnes of wheat this season.",
            "Only once before, in 2013, had the harvest topped 13 million tonnes.",
        ),
        (
            "Rescuers pulled all 23 miners to safety on Wednesday after two days underground.",
            "Only hours earlier, families at the pithead had been told the water was falling.",
        ),
    ],
)
def test_round_thirty_one_ordinary(claim: str, text: str) -> None:
    assert not qualifies_claim(claim, text, "en", after_lead=True)


def test_a_police_count_of_a_reported_crowd() -> None:
    claim = "Около 15 тысяч человек вышли на акцию протеста в субботу, заявили организаторы."
    text = "По подсчётам полиции, на площадь вышли примерно три тысячи горожан."
    assert qualifies_claim(claim, text, "ru", after_lead=True)


def test_nothing_to_add_is_a_non_answer() -> None:
    claim = "The carmaker is preparing to cut 1,800 jobs at its Ohio plant, three people said."
    text = "Asked about the figures, a spokeswoman said the company would have nothing to add."
    assert qualifies_claim(claim, text, "en")


def test_cannot_begin_before_a_vote_two_on() -> None:
    lead = "The city will turn its empty garage into 240 apartments, the mayor announced."
    between = "The project would be the largest downtown in four decades."
    text = "Work cannot begin before the city council signs off in a vote in late April."
    assert qualifies_lead_across(lead, text, "en", between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The school board appointed a new superintendent on Tuesday.",
            "Only one other candidate reached the final round of interviews.",
            "en",
        ),
        (
            "Губернатор назначил министром здравоохранения Анну Соколову.",
            "Лишь в прошлом году она возглавила областную больницу.",
            "ru",
        ),
        (
            "Выручка агрохолдинга выросла на 18% по итогам года.",
            "Однако ещё заметнее увеличилась чистая прибыль — почти в полтора раза.",
            "ru",
        ),
        (
            "Команда впервые в истории стала чемпионом России по волейболу.",
            "Лишь дважды за 30 лет турнира золото доставалось команде из-за Урала.",
            "ru",
        ),
    ],
)
def test_round_thirty_two_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "Residents won an early round against a landfill's expansion on Monday.",
            "The judge reserved her ruling, saying a written decision would follow within 30 days.",
            "en",
        ),
        (
            "The mayor will announce his resignation next week, according to two aides.",
            "His office referred questions to a statement in which he said he would serve his term.",
            "en",
        ),
        (
            "Учёные нашли вещество, которое уничтожает клетки рака, не повреждая здоровые ткани.",
            "Опыты ставились на клеточных культурах, а путь до лекарства обычно занимает больше "
            "десяти лет.",
            "ru",
        ),
    ],
)
def test_round_thirty_three(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text"),
    [
        (
            "Министерство намерено закрыть убыточный аэропорт, сообщила газета со ссылкой на документы.",
            "По данным издания, последний рейс может состояться в октябре.",
            "В тот же день министр назвала публикацию ошибочной.",
        ),
        (
            "Лидеры двух партий объявили, что страна получит коалиционное правительство.",
            "Заявление прозвучало после недели консультаций.",
            "Коалиционный договор при этом остаётся неподписанным: стороны расходятся во взглядах "
            "на налоги.",
        ),
        (
            "Два стакана кефира в день снижают холестерин на 8 процентов, говорится в исследовании.",
            "В испытании участвовали 240 взрослых, половина из которых пила кефир.",
            "Финансировала работу молочная компания, чей кефир и использовался в эксперименте.",
        ),
    ],
)
def test_round_thirty_three_two_on(lead: str, between: str, text: str) -> None:
    assert qualifies_lead_across(lead, text, "ru", between)


def test_a_search_funded_by_a_council_is_no_interested_study() -> None:
    lead = "Archaeologists said they had found bones that may belong to the writer."
    between = "They were found in a crypt under a convent."
    text = "The search began last year, funded by the city council."
    assert not qualifies_lead_across(lead, text, "en", between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "A judge struck down the county's ban on short-term rentals on Thursday.",
            "The county has asked an appeals court to halt the ruling, and until that request is "
            "decided, the ban remains in force.",
            "en",
        ),
        (
            "Депутаты запретили работу баров на первых этажах жилых домов.",
            "Чтобы закон заработал, его должен подписать губернатор, который назвал документ сырым.",
            "ru",
        ),
        (
            "Любители бани на треть реже заболевают деменцией, следует из работы учёных.",
            "Вывод сделан по анкетам, поэтому нельзя исключить, что в баню ходят более здоровые люди.",
            "ru",
        ),
    ],
)
def test_round_thirty_four(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        (
            "About 85,000 people marched against the pension plan, according to the organisers.",
            "Demonstrators blocked the main boulevard for hours.",
            "Police put the turnout at 23,000.",
            "en",
        ),
        (
            "Урожай зерна в области составит рекордные 4,8 миллиона тонн, заявил министр.",
            "Это на 15 процентов больше, чем в прошлом году.",
            "Оценка исходит из того, что лето обойдётся без засухи.",
            "ru",
        ),
    ],
)
def test_round_thirty_four_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The assembly approved a plan to let cafes serve customers on pavements all year.",
            "The bill now moves to the upper house, whose leader has called it rushed.",
            "en",
        ),
        (
            "Мэрия разрешила кафе выставлять летние веранды на тротуарах до конца октября.",
            "Правило действует в порядке эксперимента и распространяется на центр города.",
            "ru",
        ),
        (
            "Профсоюз и дирекция завода сообщили о сближении позиций по новому коллективному договору.",
            "Размер надбавок за ночные смены остаётся предметом спора.",
            "ru",
        ),
        (
            "Область построит новый мост через реку к 2028 году, сообщил губернатор.",
            "Срок строительства привязан к получению федеральной субсидии.",
            "ru",
        ),
    ],
)
def test_round_thirty_five(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        (
            "The state will cover a third of households' heating costs this winter under a new scheme.",
            "The programme will cost about $900m.",
            "Homes worth more than $2m are excluded from the scheme.",
            "en",
        ),
        (
            "Город будет бесплатно выдавать школьникам проездные с сентября.",
            "На это из бюджета выделят 200 миллионов рублей.",
            "Право на бесплатный проездной получат дети из многодетных семей, остальным дадут скидку.",
            "ru",
        ),
    ],
)
def test_round_thirty_five_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The new ferry carried 300,000 passengers in its first summer, the operator said.",
            "If anything, the figure understates demand: sailings sold out from June.",
            "en",
        ),
        (
            "The lake froze over completely on Tuesday for the first time in decades.",
            "Not since 1963 has ice covered the whole of it, local records show.",
            "en",
        ),
        (
            "Книжную ярмарку в Перми за четыре дня посетили 60 тысяч человек.",
            "Только в воскресенье на ярмарку пришли около 20 тысяч гостей.",
            "ru",
        ),
        (
            "Пассажиропоток вокзала за год вырос на треть, сообщили в РЖД.",
            "Если в прошлом году поезда отправлялись в 40 городов, то теперь направлений 55.",
            "ru",
        ),
        (
            "Сеть открыла в Казани распределительный центр площадью 80 тысяч квадратных метров.",
            "Не случайно выбор пал на Татарстан: отсюда удобно снабжать магазины Поволжья.",
            "ru",
        ),
    ],
)
def test_round_thirty_five_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_dative_pronoun_is_no_negated_adjective() -> None:
    # pymorphy2 reads "нём" (in it) as the short form of "немой" (mute); not "не" + "мой"
    b = profile("В нем разместятся лаборатории.", "ru")
    assert b is not None and "unneg" not in b.kinds


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The firm's founders said on Monday they had reached a deal with the pilots' union.",
            "The union's version was markedly different, and it has set a further meeting for "
            "next week.",
            "en",
        ),
        (
            "The council will turn the old bus depot into a market hall, the mayor said.",
            "Councillors are due to debate the plan in May, and several have the votes to block "
            "it.",
            "en",
        ),
        (
            "Homeowners who insulate their lofts will get a 1,500 dollar grant, the state said.",
            "Applications close as soon as the money runs out.",
            "en",
        ),
        (
            "Students in the state will pay no fees for school meals from January.",
            "The offer applies only to families whose income is below $40,000.",
            "en",
        ),
        (
            "A drinks maker said its press office would answer questions on the recall.",
            "Asked about the recall, the company pointed to an earlier statement on its website.",
            "en",
        ),
        (
            "Клуб объявил о переходе защитника в испанскую команду за 8 миллионов евро.",
            "Контракт ждёт регистрации в лиге, которая наложила на клуб запрет за долги.",
            "ru",
        ),
        (
            "Фармкомпания пообещала, что новый препарат появится в аптеках весной.",
            "Документы на регистрацию лекарства переданы в министерство, экспертиза занимает "
            "полгода.",
            "ru",
        ),
        (
            "В Самаре запустят беспилотные трамваи на линии до аэропорта, сообщили в мэрии.",
            "Первые полгода вагоны будут ходить с машинистом в кабине.",
            "ru",
        ),
        (
            "Профсоюз заявил, что зарплаты водителей вырастут на 15 процентов.",
            "Компания согласна на 8 процентов, стороны назначили новую встречу на май.",
            "ru",
        ),
        (
            "Газета сообщила, что министр готовится уйти в отставку.",
            "Сам министр назвал эти сведения вбросом.",
            "ru",
        ),
        (
            "Власти края компенсируют пенсионерам рост платы за газ.",
            "Выплаты положены тем, у кого доход ниже двух прожиточных минимумов.",
            "ru",
        ),
    ],
)
def test_round_thirty_six(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The heatwave pushed temperatures to 41C in the capital on Sunday, a record.",
            "Only the summer of 1976 came close, when 38C was measured at the same station.",
            "en",
        ),
        (
            "The county's schools posted their best exam results on record this summer.",
            "Not one of its 40 schools saw a fall in the share of top grades.",
            "en",
        ),
        (
            "The city's tram network carried a record 90 million passengers last year.",
            "Yet another record was set on the night buses, which carried 6 million.",
            "en",
        ),
        (
            "The gallery opened a retrospective of the painter's work on Friday.",
            "Still lifes from her years in Paris fill the first room.",
            "en",
        ),
        (
            "The derby was settled by a late header from the visiting captain.",
            "A second goal in stoppage time put the result beyond doubt.",
            "en",
        ),
        (
            "Продажи велосипедов в стране выросли на треть, сообщили аналитики.",
            "Если год назад на электровелосипеды приходилось 5 процентов рынка, то теперь 9.",
            "ru",
        ),
        (
            "Фестиваль в Твери за три дня посетили 70 тысяч человек.",
            "Только за последние выходные на фестиваль пришли 30 тысяч гостей.",
            "ru",
        ),
        (
            "В Омске открылся новый сквер площадью три гектара.",
            "Не менее двухсот лип высадили вдоль его аллей.",
            "ru",
        ),
    ],
)
def test_round_thirty_six_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_nevertheless_keeps_its_negation_word() -> None:
    # "тем не менее" is a contrast, not "не менее" (at least)
    b = profile("Тем не менее, тренер высоко оценил игру.", "ru")
    assert b is not None and "neg" in b.kinds


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The water company will raise bills by 7 percent from May, it said on Monday.",
            "The rise has to clear the industry regulator, which holds hearings on it in March.",
            "en",
        ),
        (
            "Museums in the city will open free of charge this summer, the council said.",
            "The offer covers weekday mornings, and tickets at weekends cost the usual price.",
            "en",
        ),
        (
            "The goalkeeper has agreed to join the league leaders, a newspaper reported.",
            "Asked about the move, the goalkeeper said his focus was on Sunday's final.",
            "en",
        ),
        (
            "Биологи института получили белок, который подавляет рост раковых клеток.",
            "Опыты пока ставили на клеточных культурах, испытания на мышах начнутся осенью.",
            "ru",
        ),
        (
            "Клуб договорился с новым главным тренером, сообщило спортивное издание.",
            "Президент клуба на вопрос о тренере ответил, что всё узнают позже, и перевёл "
            "разговор на трансферы.",
            "ru",
        ),
    ],
)
def test_round_thirty_seven(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        (
            "Farmers will be able to sell cheese in Japan under a deal signed in Tokyo on Monday.",
            "Japan imports about 300,000 tonnes of cheese a year.",
            "What was signed is a memorandum of understanding, with quotas left to officials who "
            "meet again in June.",
            "en",
        ),
        (
            "Cyclists who ride to work are happier than those who drive, a university study found.",
            "The gap was widest among people aged over 50.",
            "Happiness was reported by the cyclists themselves in an online questionnaire.",
            "en",
        ),
    ],
)
def test_round_thirty_seven_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "Inflation held at 3.1 percent in May, the statistics office said.",
            "Still the lowest rate in two years, it has been left unchanged for three months.",
            "en",
        ),
        (
            "The bus maker opened a new plant near Leeds on Monday.",
            "Interim chief executive Anna Berg cut the ribbon with the town's mayor.",
            "en",
        ),
        (
            "В Липецке сдали новый дом для семей из аварийного жилья.",
            "Временно исполняющий обязанности мэра вручил ключи первым жильцам.",
            "ru",
        ),
        (
            "Сборная школьников заняла первое место на олимпиаде по химии.",
            "Не успев отдохнуть после финала, ребята поехали на экскурсию.",
            "ru",
        ),
    ],
)
def test_round_thirty_seven_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The chemicals group has agreed to buy a smaller rival for $3bn in cash.",
            "The rival's shareholders will vote on the offer next month.",
            "en",
        ),
        (
            "The landlord will cut rents on 2,000 flats by a tenth from March, it said.",
            "The cut rests on a subsidy the regional government has yet to sign off.",
            "en",
        ),
        (
            "Tickets at the city's pools will cost half as much from June, the mayor said.",
            "The new prices take effect after a council vote in May.",
            "en",
        ),
        (
            "The carrier will shut its Leeds call centre, three staff members told the paper.",
            "The company promised to respond to questions later in the week.",
            "en",
        ),
        (
            "Мэрия объявила, что плата за парковку в центре вырастет вдвое с 1 июня.",
            "Новые тарифы вступят в силу после утверждения городской думой.",
            "ru",
        ),
        (
            "Сеть магазинов закроет 30 точек в области, сообщили источники в компании.",
            "В пресс-службе сети пообещали прокомментировать информацию позже.",
            "ru",
        ),
        (
            "Ледники Алтая к 2100 году потеряют до двух третей площади, заявили климатологи.",
            "Оценка получена на климатической модели при сценарии высоких выбросов.",
            "ru",
        ),
    ],
)
def test_round_thirty_eight(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "A former treasurer was convicted on Friday of stealing from the church's funds.",
            "Still holding her husband's hand, she looked at the floor as the verdict was read.",
            "en",
        ),
        (
            "The statue was moved to the museum's new wing on Monday.",
            "It rests on a granite plinth donated by the town's quarry.",
            "en",
        ),
    ],
)
def test_round_thirty_eight_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "A new asthma inhaler will be offered to NHS patients from the summer, its maker said.",
            "The watchdog has scheduled its final decision on the inhaler for May.",
            "en",
        ),
        (
            "Eating fish twice a week protects older people's memory, a study of 9,000 adults found.",
            "Fish eaters tend to be wealthier, which also affects memory in old age, the authors "
            "noted.",
            "en",
        ),
        (
            "Households will get £200 off their water bills this winter, the minister said.",
            "The payment goes to homes on means-tested benefits.",
            "en",
        ),
        (
            "Фармкомпания начнёт продавать новый препарат от астмы весной, сообщил её директор.",
            "Досье препарата находится на экспертизе в Минздраве.",
            "ru",
        ),
        (
            "Жители области смогут бесплатно пройти обследование сердца, сообщил минздрав.",
            "Программа охватывает жителей старше 60 лет.",
            "ru",
        ),
        (
            "Ледники Кавказа к 2060 году сократятся вдвое, говорится в докладе климатологов.",
            "Вывод получен с помощью компьютерной модели, заложившей нынешние темпы выбросов.",
            "ru",
        ),
    ],
)
def test_round_thirty_nine(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        (
            "The mayor is under investigation over his expenses, according to two council officials.",
            "He has led the city since 2018.",
            "His office said the account was 'entirely false' and the expenses were approved.",
            "en",
        ),
        (
            "Bus fares will be frozen at current levels, the transport authority said.",
            "Fares had been set to rise by 5 percent in January.",
            "The freeze is funded for the six months to June, after which fares will rise.",
            "en",
        ),
        (
            "Britain and Peru have signed a partnership on copper supplies, the ministry said.",
            "The agreement was signed in Lima by the two trade ministers.",
            "The memorandum sets out areas for cooperation, with volumes and prices left to future "
            "negotiations between the companies.",
            "en",
        ),
        (
            "Правительство запретило вывоз гречки, чтобы сдержать рост цен.",
            "Постановление опубликовано на портале правовой информации.",
            "Запрет действует с 1 апреля по 31 июля и не распространяется на страны ЕАЭС.",
            "ru",
        ),
    ],
)
def test_round_thirty_nine_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The club has signed a Brazilian winger from Porto for £30m.",
            "Still only 20, he scored 11 goals for the Portuguese club last season.",
            "en",
        ),
        (
            "Явка на выборах мэра составила 41%, сообщила избирательная комиссия.",
            "Только в Центральном районе на участки пришли более 90 тысяч человек.",
            "ru",
        ),
        (
            "Страховщик выплатил 800 миллионов рублей пострадавшим от паводка.",
            "Если считать по семьям, компенсацию получили 2100 домохозяйств.",
            "ru",
        ),
        (
            "Галерея открыла новую постоянную экспозицию русской иконы.",
            "До сих пор большая часть коллекции хранилась в запасниках.",
            "ru",
        ),
        (
            "Мэром города избран инженер Иван Петров, набравший 52% голосов.",
            "Лишь однажды за 20 лет в городе побеждал кандидат, не состоящий в партии.",
            "ru",
        ),
    ],
)
def test_round_thirty_nine_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


def test_a_closing_single_quote_is_not_part_of_the_word() -> None:
    from nutgraf.summarize.cues import words

    assert words("said it was 'entirely false' and") == [
        "said",
        "it",
        "was",
        "entirely",
        "false",
        "and",
    ]


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "A US fund has agreed to buy the Championship club for £60m, the club said.",
            "The deal must first clear the league's owners' and directors' test.",
            "en",
        ),
        (
            "The drug maker said its new asthma spray will reach pharmacies early next year.",
            "The regulator has set June 3 as the date for its decision on the spray.",
            "en",
        ),
        (
            "Patients at the city hospital can now book scans online instead of by phone.",
            "The service covers two clinics during a six-week trial that ends in May.",
            "en",
        ),
        (
            "Patients spent two fewer days in hospital under a new discharge scheme, doctors said.",
            "The figures come from one hospital, and there was no comparison group.",
            "en",
        ),
        (
            "Футбольный клуб близок к подписанию контракта с защитником, сообщил спортивный портал.",
            "Спортивный директор клуба на вопрос журналистов о переговорах ответил, что окно "
            "открыто.",
            "ru",
        ),
    ],
)
def test_round_forty(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "Wheat growers expect their second-largest harvest, the Grain Growers Association said.",
            "If anything, the new estimate of 30 million tonnes is a million tonnes above the "
            "association's June figure, after late rain in the north.",
            "en",
        ),
        (
            "The 15-year-old won the national junior chess title on Sunday.",
            "Still unbeaten after nine rounds, she agreed a quick draw in the last game.",
            "en",
        ),
        (
            "Полиция задержала группу угонщиков, похищавших дорогие внедорожники.",
            "Только за октябрь злоумышленники угнали 12 машин.",
            "ru",
        ),
    ],
)
def test_round_forty_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "Город начнёт строить новую развязку весной, объявил мэр.",
            "Проектная документация сейчас проходит проверку в госэкспертизе.",
            "ru",
        ),
        (
            "Фестиваль фейерверков в субботу соберёт 40 команд, сообщили организаторы.",
            "Запуски разрешены при скорости ветра до семи метров в секунду.",
            "ru",
        ),
        (
            "Клуб близок к продлению контракта с вратарём, заявил директор.",
            "Последнее предложение клуба вратарь отклонил.",
            "ru",
        ),
        (
            "Rail workers and the operator have reached a deal on pay, the union said.",
            "What they signed is a heads of terms, with rotas set for a further round of talks.",
            "en",
        ),
        (
            "A new arthritis pill eased joint pain in most patients, results released on Friday show.",
            "The 24-week trial was paid for by the pill's maker.",
            "en",
        ),
        (
            "Автозавод начнёт выпускать электробусы вместе с корейской компанией.",
            "Стороны подписали рамочное соглашение, а сроки запуска намерены согласовать позже.",
            "ru",
        ),
    ],
)
def test_round_forty_one(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


def test_a_long_sentence_calling_the_deal_a_memorandum_qualifies_two_on() -> None:
    lead = "The two energy firms will build a gas link under the sea, the companies said."
    between = "The link would run for about 200km."
    text = (
        "What the two companies signed in Oslo was a memorandum of understanding, with the "
        "route, the financing and each side's share of the cost left for a binding agreement "
        "they hope to reach by next autumn."
    )
    assert qualifies_lead_across(lead, text, "en", between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # round 42 (fresh sets 60-63): a status told through an event or a body
        (
            "Сеть аптек «Здравица» покупает 80 аптек конкурента за 2 млрд рублей.",
            "Ходатайство о сделке сейчас рассматривает антимонопольная служба.",
            "ru",
        ),
        (
            "Совет директоров порта предложил выплатить рекордные дивиденды.",
            "Вопрос вынесен на общее собрание акционеров в мае.",
            "ru",
        ),
        (
            "Горнорудная компания вложит 12 млрд рублей в освоение золотого месторождения.",
            "Аукцион на право пользования участком назначен на март.",
            "ru",
        ),
        (
            "Старинная усадьба перейдёт в пользование епархии.",
            "Вопрос о передаче будет решать областная комиссия по имуществу.",
            "ru",
        ),
        (
            "Перевозчики и мэрия договорились о новых остановках у вокзала.",
            "Во сколько обойдётся аренда, стороны спорят до сих пор, компромисса нет.",
            "ru",
        ),
        (
            "Diabetes patients in the county will get free glucose sensors from June.",
            "Only 300 patients in two towns are in the pilot, and everyone else will have to "
            "wait for its results.",
            "en",
        ),
        (
            "Grayson Foods is to buy rival baker Millway for £120m.",
            "Millway's family owners, who hold 40% of the shares, say they will vote the offer "
            "down.",
            "en",
        ),
        (
            "The country will switch off its last coal plant by 2029, the minister said.",
            "That date rests on a new interconnector being finished on time.",
            "en",
        ),
        (
            "Cats fed a raw diet lived longer than others, a veterinary study found.",
            "All the cats in the study were seen at a single teaching hospital.",
            "en",
        ),
        (
            "Пищевая добавка снижает заболеваемость у телят, выяснили учёные.",
            "Опыт ставили на одной ферме под Казанью.",
            "ru",
        ),
        (
            "Commuters who cycle are less often off sick, a new report has found.",
            "The analysis was paid for by a cycling lobby group.",
            "en",
        ),
        (
            "A tribunal ruled that couriers for the app are workers entitled to holiday pay.",
            "The company said it would take the ruling to the Court of Appeal.",
            "en",
        ),
    ],
)
def test_round_forty_two(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


def test_round_forty_two_a_confounder_left_out_two_on() -> None:
    lead = (
        "У горожан, живущих рядом с парками, депрессию диагностируют реже, выяснили исследователи."
    )
    between = "Учёные изучили медицинские карты 12 тысяч пациентов."
    text = "Доходы пациентов в расчётах не учитывались."
    assert qualifies_lead_across(lead, text, "ru", between)
    en_lead = "People living near parks are less often depressed, researchers found."
    en_between = "The team studied the records of 12,000 patients."
    assert qualifies_lead_across(en_lead, "The study did not control for income.", "en", en_between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a turn that only adds weight, and another way of counting the same figure
        (
            "More than two million visitors came to the lakes this summer, the board said.",
            "Yet it was June, not August, that set a monthly record.",
            "en",
        ),
        (
            "The new bus line carried 900,000 people in its first month.",
            "Yet the figures for the last week were higher still.",
            "en",
        ),
        (
            "Retailer Brightmart reported a 9% rise in profit on Tuesday.",
            "If fuel sales are stripped out, the rise was even steeper.",
            "en",
        ),
        (
            "Выручка завода выросла на 15%, до 8 млрд рублей.",
            "Если не учитывать экспорт, то рост составил бы 20%.",
            "ru",
        ),
        (
            "Аграрии края собрали 6 млн тонн зерна.",
            "Если же считать в бункерном весе, то урожай ещё больше.",
            "ru",
        ),
    ],
)
def test_round_forty_two_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # round 43 (fresh sets 64-67)
        (
            "The port authority has chosen a site for a new container terminal.",
            "Building can start only once the licensing board rules on the application.",
            "en",
        ),
        (
            "The two building societies agreed on Monday to merge.",
            "Members of both get their say at meetings in July.",
            "en",
        ),
        (
            "The county has backed a plan to rebuild the old ferry pier.",
            "The plans now go to a government planning inspector.",
            "en",
        ),
        (
            "The water company is to buy 20 acres of farmland for a new reservoir.",
            "The farmers say its offer falls well short of what they would accept.",
            "en",
        ),
        (
            "Trade negotiators have agreed on most chapters of the deal.",
            "Farm tariffs were left for ministers to thrash out next month.",
            "en",
        ),
        (
            "The rugby club will play its home games at the city stadium.",
            "The arrangement covers a single season while the old stand is rebuilt.",
            "en",
        ),
        (
            "Two video services have agreed to merge in a deal worth 3 billion euros.",
            "The tie-up must first survive scrutiny by competition regulators.",
            "en",
        ),
        (
            "Компания собирается закрыть три пригородных маршрута.",
            "Директор компании на звонки не отвечал.",
            "ru",
        ),
        (
            "Проезд в городских автобусах не подорожает, заявили в мэрии после встречи с "
            "перевозчиками.",
            "Сами перевозчики пересказывают итоги встречи иначе.",
            "ru",
        ),
        (
            "Госдума приняла в первом чтении законопроект о регистрации домашних животных.",
            "Ко второму чтению комитет собирает поправки.",
            "ru",
        ),
        (
            "Газовые компании согласовали основные условия контракта.",
            "Цена остаётся предметом торга, очередной раунд намечен на июнь.",
            "ru",
        ),
        (
            "Власти ввели льготу для таксопарков.",
            "Послабление рассчитано на полтора года.",
            "ru",
        ),
    ],
)
def test_round_forty_three(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # a projection of a trend, a rarity, a record, a cleft: not qualifiers
        (
            "Enrolment at the college rose by a fifth this autumn.",
            "If the pace of recent years holds, it will double by 2030.",
            "en",
        ),
        (
            "The new tram line carried 1.5 million people in its first month.",
            "Only the original line, which opened in 1985, drew more riders in its first month.",
            "en",
        ),
        (
            "The museum had 50,000 visitors last year, the most since it opened.",
            "Not once before had attendance passed 40,000.",
            "en",
        ),
        (
            "A bank clerk has been convicted of stealing from elderly customers.",
            "But it was a teenager checking her grandmother's statements, not the auditors, who "
            "first noticed.",
            "en",
        ),
        (
            "Число студентов колледжа выросло на треть.",
            "Если нынешние темпы сохранятся, к 2030 году оно удвоится.",
            "ru",
        ),
        (
            "Суд приговорил бывшего директора завода к восьми годам колонии.",
            "Если прокурор просил шесть лет, то суд назначил на два года больше.",
            "ru",
        ),
    ],
)
def test_round_forty_three_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # round 44 (fresh sets 68-71)
        (
            "Sheep farmers will get an extra 50 pence per lamb under a new support scheme.",
            "Payments cease as soon as the market price climbs back above 4 pounds a kilo.",
            "en",
        ),
        (
            "A drug made from a sea sponge reversed hearing loss, scientists report.",
            "The experiments were carried out on guinea pigs.",
            "en",
        ),
        (
            "The jazz festival is set to return to Riverside Park next summer.",
            "Organisers first face a licensing hearing in March.",
            "en",
        ),
        (
            "The actor has landed the lead in a new spy film, insiders claim.",
            "His agent shrugged off the report with a one-line statement.",
            "en",
        ),
        (
            "The broadcaster is in advanced talks to show every league match next season.",
            "Sources say the price remains a long way from settled.",
            "en",
        ),
        (
            "Management tabled a pay offer in talks with the pilots' union on Tuesday.",
            "The union called the offer a starting point at best.",
            "en",
        ),
        (
            "Сеть супермаркетов покупает 200 магазинов конкурента.",
            "Последнее слово по сделке за ФАС.",
            "ru",
        ),
        (
            "Суд приговорил водителя к трём годам колонии-поселения.",
            "Адвокаты уже готовят жалобу в областной суд.",
            "ru",
        ),
        (
            "Сеть магазинов и молочные заводы обсуждают снижение цен.",
            "Переговоры идут третью неделю, но производители стоят на своём.",
            "ru",
        ),
        (
            "Выделенные полосы сократили время в пути на автобусах на 20%, выяснили в "
            "департаменте транспорта.",
            "Замеры департамент делал сам.",
            "ru",
        ),
    ],
)
def test_round_forty_four(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


def test_round_forty_four_a_condition_two_on() -> None:
    lead = "The mining company said on Monday it will build a copper mine in the north."
    between = "The site holds an estimated 2 million tonnes of copper."
    text = "Work starts only once the company has lined up 500 million dollars in loans."
    assert qualifies_lead_across(lead, text, "en", between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "Archaeologists have found a bronze helmet at a hillfort.",
            "Yet the helmet was not the most remarkable find of the dig.",
            "en",
        ),
        (
            "The port handled a record 3 million containers last year.",
            "Only Rotterdam and Hamburg moved more boxes.",
            "en",
        ),
        (
            "Surgeons have repaired a heart valve in a baby still in the womb.",
            "Only three hospitals in Europe have attempted the procedure before.",
            "en",
        ),
        (
            "Care workers will get a pay rise of 6% from April.",
            "If the rise is added to last year's award, then pay is up by a tenth in two years.",
            "en",
        ),
        (
            "Only once in nine attempts has the club won the first leg and not gone through.",
            "Only once in nine attempts has the club won the first leg and not gone through.",
            "en",
        ),
        (
            "Археологи нашли клад серебряных монет.",
            "Но главной находкой сезона называют бронзовое зеркало.",
            "ru",
        ),
    ],
)
def test_round_forty_four_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        # round 45 (fresh sets 72-75)
        (
            "Two regional airlines have agreed to merge in a deal worth 400 million euros.",
            "The tie-up now lands on the desk of the competition authority.",
            "en",
        ),
        (
            "Cars will be banned from the high street from Monday.",
            "Traffic returns once engineers have replaced the gas main beneath the road.",
            "en",
        ),
        (
            "Жителям посёлка снова разрешили пить воду из-под крана.",
            "Пробы будут брать каждый день, и при первом же превышении норм запрет вернут.",
            "ru",
        ),
        (
            "Сеть аптек покупает 50 аптек конкурента.",
            "Теперь слово за антимонопольной службой.",
            "ru",
        ),
        (
            "Пациенты после реабилитации реже попадали в больницу повторно, выяснили врачи.",
            "Выводы сделаны по архивным картам одной клиники.",
            "ru",
        ),
        (
            "Завод планирует перенести производство в соседнюю область, пишет деловая газета.",
            "Представитель завода назвал публикацию преждевременной.",
            "ru",
        ),
        (
            "Лучший бомбардир клуба летом перейдёт в «Прогресс», сообщает спортивный портал.",
            "Директор «Прогресса» сказал, что впервые слышит об этом игроке.",
            "ru",
        ),
        (
            "Жители зелёных районов реже страдают депрессией, выяснили исследователи.",
            "Авторы не могут исключить, что там просто селятся более обеспеченные люди.",
            "ru",
        ),
    ],
)
def test_round_forty_five(claim: str, text: str, language: str) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True)


@pytest.mark.parametrize(
    ("lead", "between", "text", "language"),
    [
        (
            "Суд обязал застройщика вернуть дольщикам деньги за квартиры.",
            "Общая сумма выплат превышает 400 млн рублей.",
            "Компания уже подала апелляцию.",
            "ru",
        ),
        (
            "Родители перестанут платить за питание детей в детских садах, объявил мэр.",
            "Сейчас плата составляет около 3 тысяч рублей в месяц.",
            "Правило касается многодетных семей, а остальным квитанции будут приходить в "
            "прежнем размере.",
            "ru",
        ),
    ],
)
def test_round_forty_five_two_on(lead: str, between: str, text: str, language: str) -> None:
    assert qualifies_lead_across(lead, text, language, between)


@pytest.mark.parametrize(
    ("claim", "text", "language"),
    [
        (
            "The solar farm, the largest in the country, began supplying power on Tuesday.",
            "Only the offshore wind farm at Greyhaven produces more renewable power.",
            "en",
        ),
        (
            "В области запустили солнечную электростанцию мощностью 15 мегаватт.",
            "Лишь две станции такого размера работают во всём Поволжье.",
            "ru",
        ),
    ],
)
def test_round_forty_five_ordinary(claim: str, text: str, language: str) -> None:
    assert not qualifies_claim(claim, text, language, after_lead=True)


# A story that opens by setting the scene states its claim second; the sentence after that
# is read by the learned model too, at its strict bar ("second_threshold"). The model's
# score moves a little with each refit, so the test reads the decision against the bar.
_SCENE = "Каждое утро на остановке у рынка очередь к автобусу тянется почти до самого перекрёстка."
_CLAIM = "Власти Крутогорска решили построить бассейн на месте старого газового завода к 2028 году."
_AFTER = (
    "Проект отправлен в Главгосэкспертизу, и без её положительного заключения денег на стройку"
    " не будет."
)


def test_after_the_second_sentence_the_model_reads_at_its_strict_bar() -> None:
    from nutgraf.summarize.qualify import learned

    _, _, lead_bar, _, strict = learned._model()
    assert strict > lead_bar  # stricter than right after the lead
    assert not qualifies(_AFTER, "ru", _CLAIM)  # the rules alone miss it
    score = learned.stance_score(_CLAIM, _AFTER, "ru")
    assert score >= 0.8, score  # the model reads it as a qualifier
    assert qualifies(_AFTER, "ru", _CLAIM, second=True) is (score >= strict)
    ordinary = "Бассейн будет рассчитан на восемь дорожек и детскую чашу."
    assert not qualifies(ordinary, "ru", _CLAIM, second=True)
    text = " ".join((_SCENE, _CLAIM, _AFTER)) + (
        "\n\nСтоимость работ оценивают в 1,2 млрд рублей. Подрядчика выберут на конкурсе."
        "\n\nГазовый завод закрыли ещё в 1990-х годах, с тех пор площадка пустует."
    )
    doc = make_document(text, "ru")
    claim = next(i for i, s in enumerate(doc.sentences) if s.text == _CLAIM)
    unit = unit_for(doc, claim)
    assert unit is not None
    assert (doc.sentences[unit.last].text == _AFTER) is (score >= strict)


@pytest.mark.parametrize(
    ("claim", "text", "language", "expected"),
    [
        # a reported exit, then its subject going about the job on a day just past
        (
            "The chief executive of Marlow Bank, Anna Petit, is set to resign, the Courier reported.",
            "Petit opened the bank's new branch in Leeds on Tuesday and spoke about next year.",
            "en",
            True,
        ),
        (
            "The chief executive of Marlow Bank, Anna Petit, is set to resign, the Courier reported.",
            "Petit, 61, joined the bank from a rival lender in 2009.",
            "en",
            False,
        ),
        (
            "Мэр Озёрска Иван Белов уходит в отставку, сообщает местная газета.",
            "В четверг Белов провёл совещание с главами районов и осмотрел новый мост.",
            "ru",
            True,
        ),
        # a body's decision set for a date, told in the present
        (
            "The city will build a tram line to the airport.",
            "The regional transport board votes on the plan on 14 May.",
            "en",
            True,
        ),
        (
            "The city will build a tram line to the airport.",
            "The airport handled nine million passengers last year, most of them by car.",
            "en",
            False,
        ),
        (
            "В Озёрске построят ледовую арену на 3000 мест.",
            "Депутаты областной думы голосуют за выделение денег на стройку 12 марта.",
            "ru",
            True,
        ),
        # a decision told as final, a study's strength: firmer, never a qualifier
        (
            "The town council approved plans for a new library on the old bus station site.",
            "The vote on Monday night was unanimous, and builders move onto the site in June.",
            "en",
            False,
        ),
        (
            "The town council approved plans for a new library on the old bus station site.",
            "The vote was unanimous, but the county must still approve the plans before work can"
            " begin.",
            "en",
            True,
        ),
        (
            "Пожилые люди, которые много ходят пешком, реже болеют диабетом, выяснили учёные.",
            "Статья вышла в рецензируемом журнале, а наблюдение продолжалось двенадцать лет.",
            "ru",
            False,
        ),
        (
            "Пожилые люди, которые много ходят пешком, реже болеют диабетом, выяснили учёные.",
            "Статья пока не прошла рецензирование, а наблюдение длилось всего два месяца.",
            "ru",
            True,
        ),
    ],
)
def test_implicit_status_after_the_lead(
    claim: str, text: str, language: str, expected: bool
) -> None:
    assert qualifies_claim(claim, text, language, after_lead=True) is expected
