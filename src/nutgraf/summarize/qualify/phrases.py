"""Whole-sentence phrases of stance that no one word makes, matched as patterns on the
sentence's text: a window still open to act, talks with a next round set, a vote that does
not bind, another source's count, a revision due ("has three weeks to lodge an appeal",
"a further session is scheduled", "The commission's vote is advisory").

Hand-written like ``lexicon``'s lists: no package of this field tags these constructions.
The patterns live by the kind of claim they qualify (``phrases_decision``, ``phrases_measure``,
``phrases_report``, ``phrases_talks``, ``phrases_study``); this module's table gives each its
stance kinds and trigger words, and ``phrase_kinds`` the kinds of the phrases a sentence holds,
which ``constructions`` adds to the sentence's profile.
"""

from __future__ import annotations

from functools import lru_cache

from .lazy_re import LazyPattern
from .phrases_decision import (
    _DECISION_DUE,
    _DONE,
    _FIRST_READING,
    _GOES_BEFORE,
    _HAS_VOTES,
    _LAST_WORD,
    _MOVES_ON,
    _NOT_BINDING,
    _NOT_SOON,
    _SCHEDULED,
    _SUBMITTED,
    _TIME_TO_GO,
    _WAITS_FOR,
    _WHETHER_DECIDED,
    _WINDOW,
)
from .phrases_measure import (
    _ALLOWED_WHEN,
    _ASSUMES,
    _FIRST_SPAN,
    _LASTS,
    _MEANS_TEST,
    _ONLY_THOSE,
    _OTHERS_WAIT,
    _SCOPE,
    _TIED,
    _TRIAL_ENDS,
    _UNDONE_WHEN,
    _WHILE_FUNDS,
)
from .phrases_report import (
    _ANSWERED_REPORT,
    _COUNTER,
    _DISMISSED,
    _NON_ANSWER,
    _NUMBER,
    _OTHER_ACCOUNT,
    _OTHER_COUNT,
    _PARTIAL_COUNT,
    _REVISION_DUE,
    _STAYS,
)
from .phrases_study import (
    _IN_CELLS,
    _MODELLED,
    _NOT_ADJUSTED,
    _NOT_RULED_OUT,
    _ONE_SITE,
    _OTHER_CAUSE,
    _ROBUST,
    _SELF_REPORTED,
    _SHORT_FOLLOW_UP,
)
from .phrases_talks import (
    _LEFT_OPEN,
    _NEXT_ROUND,
    _OFFER_REJECTED,
    _STUMBLING_RU,
)

# Each phrase table, the kinds its match gives (a kind ``decide`` reads: "window",
# "next_round", "notbinding", ...; or a stance kind of the lexicon's: "pend", "doubt"), and
# per language the words of which every match holds one (lower case; None: no such words).
# Most sentences hold none, and a substring test costs far less than the pattern's scan, which
# no literal prefix lets the engine skip ahead in; the words are checked against the patterns
# on every sentence of the CNN and Russian sets (tests/summarize/test_phrases.py).
_Triggers = dict[str, tuple[str, ...]]


def _w(words: str) -> tuple[str, ...]:
    """Trigger words written as one string, "|" between them (a trigger may hold spaces)."""
    return tuple(words.split("|"))


_KINDS: tuple[tuple[dict[str, LazyPattern], frozenset[str], _Triggers], ...] = (
    (
        _WINDOW,
        frozenset({"window"}),
        {
            "en": _w("has|have"),
            "ru": _w(
                "дн|недел|месяц|сут|год|час|обжал|оспар|апелл|ответ|решени|изучени|рассмотрени|проверк"
            ),
        },
    ),
    (
        _NEXT_ROUND,
        frozenset({"next_round"}),
        {
            "en": _w(
                "round|session|meeting|sitting|reconvene|resume|meet again|return to the|talks|"
                "returns to the|go back to|goes back to|meet|further|another|new|next|fresh|"
                "scheduled another|set another|called another|arranged another|fixed another|"
                "negotiat|discussion|to be|left to|worked out|hammered out|thrashed out|left for"
            ),
            "ru": _w(
                "обсудить|обсуждать|согласовать|вернуться|встреч|встрет|продолжить|возобновить|раунд|"
                "заседани|предмет|перенес|отлож|переговор|стол|сесси|вернуться к|на встрече|"
                "встречаются|встретятся|соберутся|собираются|к встрече|к следующей встрече|"
                "к новой встрече"
            ),
        },
    ),
    (
        _OFFER_REJECTED,
        frozenset({"apart"}),
        {
            "en": _w(
                "reject|turned down|spurn|rebuff|short|way from|far from|distance from|offer|"
                "proposal|bid|counter|haggling|wrangling|bargaining|negotiating|arguing|at odds|"
                "hold|while|whereas|but|insult|non-starter|derisory|asked for|competing|waiting|"
                "round of|to the next|meet|sides|own offer|own figure|own bid|own proposal|opening|"
                "initial|outstanding|exchanged"
            ),
            "ru": _w(
                "отклонил|отверг|отказал|на своём|на своем|уже|требу|добива|настаива|обсуждают|"
                "обсуждает|спорят|торгуются|договариваются|оценива|проси|просят|разрыв|обменялись|"
                "продолжа|называ|эту|эти|такую|приемлем|готов|предлага|собственн|"
                "встречн|обмениваются"
            ),
        },
    ),
    (
        _LEFT_OPEN,
        frozenset({"apart"}),
        {"en": _w("open|apart|remain|still"), "ru": _w("открыт")},
    ),
    # the lexicon's "камень-преткновения", inflected _w("камнем преткновения")
    ({"ru": _STUMBLING_RU}, frozenset({"apart"}), {"ru": _w("преткновени")}),
    (
        _REVISION_DUE,
        frozenset({"revisable", "doubt", "prelim"}),
        {
            "en": _w("flash|due|expected|scheduled|published|released|reviewers"),
            "ru": _w("ожида|опубликован|появ|представ|опубликуют"),
        },
    ),
    (
        _ANSWERED_REPORT,
        frozenset({"answer_report"}),
        {
            "en": _w("answered|responded|replied|about|commenting"),
            "ru": _w("вопрос|запрос|комментируя|отвечая|разговор"),
        },
    ),
    ({"en": _NUMBER, "ru": _NUMBER}, frozenset({"number"}), {}),
    (_OTHER_COUNT, frozenset({"other_count"}), {}),
    (
        _FIRST_READING,
        frozenset({"notyet", "settle"}),
        {"en": _w("first"), "ru": _w("первом|чтени")},
    ),
    (
        _DISMISSED,
        frozenset({"doubt"}),
        {
            "en": _w(
                "speculation|rumor|rumour|gossip|fiction|fantasy|nonsense|fake|invent|made up|"
                "fabricat|conjecture|baseless|groundless|off|recogni|serve out|see out|complete|"
                "finish|central|happy|hands|committed|first heard|left on"
            ),
            "ru": _w(
                "домысл|слух|выдумк|фейк|спекуляци|вымысл|неправд|сплетн|недостоверн|фантази|ложн|"
                "ошибочн|ошибк|неверн|необоснованн|преждевременн|забегани|впервые|видел|знают|знает|знал|"
                "признал|признают|признаёт|признает|анонимност|называть|доработать|остаться|новост|"
                "режиме|сохраня|сценари|вариант|напротив"
            ),
        },
    ),
    (
        _NOT_BINDING,
        frozenset({"notbinding"}),
        {
            "en": _w("advisory|binding|symbolic|intent|understanding|heads of terms"),
            "ru": _w("рекомендательн|намерени|взаимопониман|обязательн|рамочн"),
        },
    ),
    (
        _TIED,
        frozenset({"cond"}),
        {
            "en": _w(
                "tied|linked|pegged|bound|rest|hinge|depend|relies|contingent|exchange|return|repay|"
                "pay back|refund"
            ),
            "ru": _w("привязан|увязан|обусловлен|завязан|в обмен|досрочн"),
        },
    ),
    (_WHETHER_DECIDED, frozenset({"pend", "settle"}), {}),
    (
        _LAST_WORD,
        frozenset({"pend", "settle"}),
        {
            "en": _w("say|word|decision|call"),
            "ru": _w("слово|решение|решать|решит|решат|рассмотрит|рассмотрят"),
        },
    ),
    (
        _COUNTER,
        frozenset({"counter", "doubt"}),
        {
            "en": _w(
                "figure|number|estimate|count|tally|total|account|version|picture|put|persuaded|"
                "convinced|claim|finding|data|result|conclusion|reading|turnout|crowd|attendance"
            ),
            "ru": _w("цифр|данны|оценк|числ|верси|подсч|убежден|убеждён|уверен"),
        },
    ),
    (
        _DECISION_DUE,
        frozenset({"pend", "settle"}),
        {
            "en": _w("due|expected|scheduled|reserved|follow|come|rests|lies|set|fixed|under"),
            "ru": _w(
                "ожидается|принято|вынесено|примут|вынесут|отложил|вынести|экспертиз|рассмотрени|"
                "согласовани|утверждени|регистрац"
            ),
        },
    ),
    (
        _ONE_SITE,
        frozenset({"small", "study"}),
        {
            "en": _w("group|one |single"),
            "ru": _w("контрольн|одной|одного|одном|единственн|один|одну|одно|собран|получен|взят"),
        },
    ),
    (
        _OTHER_CAUSE,
        frozenset({"confound", "modal"}),
        {
            "en": _w("which|also|in time"),
            "ru": _w("тоже|также|само по себе|выше и|ниже и|больше и|меньше и|оказал"),
        },
    ),
    (
        _MODELLED,
        frozenset({"study", "prelim"}),
        {"en": _w("model|simulation|scenario"), "ru": _w("модел|сценари")},
    ),
    (
        _SELF_REPORTED,
        frozenset({"small", "study"}),
        {
            "en": _w("themselves|measured|questionnaire|all "),
            "ru": _w("сами|собственн|сам|все "),
        },
    ),
    (
        _OTHER_ACCOUNT,
        frozenset({"counter", "doubt"}),
        {"en": _w("different"), "ru": _w("ин|друг|иначе")},
    ),
    (
        _SUBMITTED,
        frozenset({"pend", "settle"}),
        {
            "en": _w(
                "registration|approval|clearance|certification|due to|take|hearing|to |vote|effect|"
                "rest|hinge|must|auction|tender|bidding|only once|only after|only when|not until|"
                "not before|say|face|desk|comparing|considering|weighing|assessing|evaluating"
            ),
            "ru": _w(
                "регистрац|утвержден|одобрен|экспертиз|подписан|подпис|согласовани|слушани|голосовани|"
                "комисси|решени|вынес|вынос|изуча|рассматрива|проверя|лежит|лежат|аукцион|торг|конкурс|"
                "тендер"
            ),
        },
    ),
    (
        _DONE,
        frozenset({"done"}),
        {
            "en": _w(
                "unanimous|last|upheld|confirmed|appeal|final|signed|approved|ratified|endorsed"
            ),
            "ru": _w("единогласно|вступил|замечаний|изменени|подписан"),
        },
    ),
    (
        _ROBUST,
        frozenset({"robust"}),
        {
            "en": _w(
                "peer-reviewed|,|hospitals|schools|countries|regions|sites|centres|centers|cities|"
                "universities|clinics|years"
            ),
            "ru": _w("рецензируем|из |лет|года|год"),
        },
    ),
    (
        _SCHEDULED,
        frozenset({"pend", "settle"}),
        {
            "en": _w(
                "vote|decide|sign|go|come|consider|debate|rule|take|examine|review|hear|agenda|"
                "gather|meet|convene|assemble|day before|day in|cast|takes|listed|set down|"
                "scheduled|set a|set the|fixed|sits"
            ),
            "ru": _w(
                "поступил|подан|направлен|передан|ушл|ушёл|ушел|ушли|отправлен|голосу|проголосу|"
                "рассмотр|реш|собер|утверд|разбер|заслуша|изучит|изучат|"
                "обсуд|повестк|назначен|намечен|запланирован|сейчас|пока|ещё|еще|выдаст|выдадут|"
                "вынесет|вынесут|огласит|огласят|по итогам|назначил"
            ),
        },
    ),
    (
        _HAS_VOTES,
        frozenset({"threat"}),
        {"en": _w("numbers|votes|majority|vote"), "ru": _w("голос")},
    ),
    (
        _WHILE_FUNDS,
        frozenset({"bounded"}),
        {
            "en": _w(
                "run|exhausted|used up|spent|last|cease|stop|end|lapse|expire|return|resume|reopen"
            ),
            "ru": _w("исчерпа|законч|израсход|прекрат|отмен|перв"),
        },
    ),
    (
        _MEANS_TEST,
        frozenset({"excluded"}),
        {
            "en": _w(
                "income|earn|appl|open|available|limited|restricted|only|reserved|earmarked|"
                "means-tested|aged|over-|under-|leav"
            ),
            "ru": _w("доход|лишь|только|старше|младше|моложе"),
        },
    ),
    (
        _FIRST_SPAN,
        frozenset({"bounded"}),
        {"en": _w("first"), "ru": _w("первы")},
    ),
    (
        _MOVES_ON,
        frozenset({"pend", "settle"}),
        {
            "en": _w("move|head|go|pass|proceed|advance|travel"),
            "ru": _w("направ|переда|поступ|отправ|уйд"),
        },
    ),
    (
        _ALLOWED_WHEN,
        frozenset({"cond"}),
        {"en": _w("only"), "ru": _w("при ")},
    ),
    (
        _TRIAL_ENDS,
        frozenset({"temp"}),
        {"en": _w("trial|pilot|test"), "ru": _w("пробн|пилотн|тестов|эксперимент")},
    ),
    (
        _LASTS,
        frozenset({"bounded"}),
        {
            "en": _w(
                "last|run|after which|cover|appl|-long|due back|back on|return|come back|are back|"
                "resume"
            ),
            "ru": _w(
                "действовать|действует|действуют|рассчитан|продерж|продлит|продлят|сохранит|"
                "сохранят|после чего|заканчивается|истекает|завершится|завершается|закончится|"
                "прекращается|"
                "прекратится|хватит|демонтируют|разберут|уберут|закроют|отключат|снимут|снова|"
                "вновь|опять"
            ),
        },
    ),
    (
        _NON_ANSWER,
        frozenset({"doubt"}),
        {
            "en": _w(
                "only say|only that|limited|nothing|referred|pointed|directed|mind|focus|thoughts|"
                "attention|drawn|later|asked|concentrating|part|future|offers from|as usual|"
                "answered|come from|comes from|came from|replied|responded|contract|squad|"
                "on the contrary|announcements|news|updates|decisions|signings|transfers|"
                "engagements|appointments|schedule|diary|calendar|shortlist|courtesy|attributed|"
                "described|outdated|hypothetical|draft"
            ),
            "ru": _w(
                "ограничил|переадресовал|сослал|позднее|позже|потом|не ответ|не отвеч|не отреаг|"
                "исключительно|только|лишь|сосредоточен|сконцентрирован|дождаться|подождать|"
                "тренируется|готовится|занимается|сборы|официальн"
            ),
        },
    ),
    (
        _PARTIAL_COUNT,
        frozenset({"prelim"}),
        {
            "en": _w("polling|ballot|vote|precinct|station|return|district|data|record|response"),
            "ru": _w("обработки"),
        },
    ),
    (
        _SCOPE,
        frozenset({"only", "scope"}),
        {
            "en": _w("lot|batch|product|model|unit|code|route|branch|week|morning|evening|peak"),
            "ru": _w("касается|распространяется|затрагивает|не распространяется"),
        },
    ),
    (
        _ONLY_THOSE,
        frozenset({"cond"}),
        {
            "en": _w("only|go to|goes to|paid to"),
            "ru": _w(
                "лишь|только|деньги|выплат|льгот|субсиди|компенсаци|помощь|условием|сохранивш|"
                "выполнивш|застраховавш|подавш|прошедш|получивш|имеющ"
            ),
        },
    ),
    (
        _OTHERS_WAIT,
        frozenset({"only", "scope"}),
        {"en": _w("wait"), "ru": _w("ждать|ожидать|дожида|прежнем|как и раньше|по-прежнему")},
    ),
    (
        _IN_CELLS,
        frozenset({"in_animals", "study"}),
        {"en": _w("cell|petri|test tube"), "ru": _w("клеточн|клеток|пробирк|петри")},
    ),
    (
        _WAITS_FOR,
        frozenset({"pend", "settle"}),
        {
            "en": _w(
                "court|decided|resolved|settled|heard|ruled|effect|law|force|appeal|supreme|higher|"
                "hear|asked|lodge|filed|files|launch|follow"
            ),
            "ru": _w("чтобы|жалоб|апелляци|обжал|иск"),
        },
    ),
    (
        _NOT_RULED_OUT,
        frozenset({"confound", "modal"}),
        {"en": _w("rule out"), "ru": _w("исключ")},
    ),
    (
        _SHORT_FOLLOW_UP,
        frozenset({"small", "study"}),
        {
            "en": _w("just|only|mere|each for|all for|followed"),
            "ru": _w("всего|лишь|только|продолжал|длил|занял|за один"),
        },
    ),
    (
        _NOT_ADJUSTED,
        frozenset({"confound", "modal"}),
        {
            "en": _w("account|control|adjust"),
            "ru": _w("учитыва|учл|учтен|учтён|во внимание|учета|учёта"),
        },
    ),
    (_ASSUMES, frozenset({"cond"}), {"en": _w("assum"), "ru": _w("исход")}),
    (
        _STAYS,
        frozenset({"stays"}),
        {
            "en": _w("extended|squad|team|line-up|lineup|plans"),
            "ru": _w("продл|заявк|состав|планы"),
        },
    ),
    (
        _UNDONE_WHEN,
        frozenset({"cond", "temp"}),
        {
            "en": _w(
                "again|back|return|resume|whenever|each time|every time|any day|for one|reimpose|"
                "reinstate|restore|reintroduce|"
                "for a single|for just one|as long as"
            ),
            "ru": _w(
                "снова|вновь|опять|на один|на одну|на одно|на первый|на ближайш|вернут|вернёт|"
                "вернет|возобнов"
            ),
        },
    ),
    # "trials in children are years away", "не раньше 2028 года"
    (
        _NOT_SOON,
        frozenset({"notyet"}),
        {
            "en": _w("away|earliest"),
            "ru": _w("раньше|лучшем|пройд|потребуется|понадобится|уйд|занима"),
        },
    ),
)
_GOES_BEFORE_WORDS: _Triggers = {
    "en": _w("before"),
    "ru": _w("рассмотрение|голосование|утверждение|заседание|обсуждение"),
}


# A sentence is read more than once (as B, as A, with and without markers, its main clause):
# a bounded cache of this pure function scans its text once without changing any output.
@lru_cache(maxsize=4096)
def phrase_kinds(text: str, lang: str) -> frozenset[str]:
    """The stance kinds of the phrases ``text`` (in ``lang``, "en" or "ru") holds."""
    out: set[str] = set()
    low = text.lower()
    for table, kinds, triggers in _KINDS:
        pattern = table.get(lang)
        if pattern is None:
            continue
        words = triggers.get(lang)
        if words is not None and not any(map(low.__contains__, words)):
            continue
        if pattern.search(text):
            out |= kinds
    # (not "with a year to go before senators choose": a time left, not a hearing)
    if (
        any(map(low.__contains__, _GOES_BEFORE_WORDS[lang]))
        and _GOES_BEFORE[lang].search(text)
        and not _TIME_TO_GO.search(text)
    ):
        out |= {"pend", "settle"}
    return frozenset(out)
