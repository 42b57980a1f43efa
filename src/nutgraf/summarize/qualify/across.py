"""The decisions two sentences after a claim, across the sentence between:
``qualifies_across`` and, for the lead, ``qualifies_lead_across``."""

from __future__ import annotations

import re

from nutgraf.analyse.keywords import stemmer as light_stemmer
from nutgraf.analyse.keywords import stopwords
from nutgraf.summarize.cues import words

from .constructions import _QUOTE_MARKS
from .decide import _LONG, _SHORT, carries_on, signals, told_as_settled
from .learned import stance_qualifies
from .lexicon import _DEFINITE
from .reading import Profile, profile
from .stems import _RU_ADJ, _russian

# Kinds of a noun that names the claim as a whole ("The ruling", "Решение", "The plan",
# "The figures", "The report"): a qualifier two sentences on that opens with one is about
# the claim, not about the sentence between. (Not a study's words: "The cause has not been
# disclosed" is a detail left out, not a limit.)
_CLAIM_NOUN = frozenset(
    {"settle", "plan", "measure", "talks", "accord", "told", "info", "result", "estimate"}
    | {"schedule", "view", "shell"}
)
# Signals that need the claim's kind (a study's limit, talks apart, a measure's end): about
# the claim wherever they stand.
# (a study or its authors named: "trial" alone is as often a court's)
_OF_KIND = {
    "study_limit": frozenset({"study", "source"}),
    "hedged_finding": frozenset({"study", "source"}),
    "disagreement": frozenset({"talks", "accord"}),
    "temporary_end": frozenset({"measure"}),
    "bounded": frozenset({"measure"}),
    "limited_scope": frozenset({"measure", "plan"}),
}
_NAMED = frozenset({"pending", "negated_settling", "conditional", "temporary", "doubt"})
# A study's limit proper, two sentences on: what it was got in, how small or early it is,
# what else may explain it (not a mention of mice or of a study in the story of the work).
_LIMIT = frozenset({"in_animals", "prelim", "small", "needstudy", "confound", "interest"})


_CLAUSE_WORD = re.compile(
    # (not "provided that", "given that", "so that": a condition or a purpose of the clause)
    r"(?<!provided )(?<!providing )(?<!given )(?<!so )(?<!now )(?<!assuming )"
    r"\b(?:that|which|who)\b|(?<!\w)(?:что|чтобы|который|которая|которое|которые)(?!\w)",
    re.IGNORECASE,
)


def _main_clause(text: str) -> str:
    """``text`` up to its first subordinate clause ("that", "which", "что", "который")."""
    m = _CLAUSE_WORD.search(text)
    return text[: m.start()] if m else text


def _tells(text: str | None, language: str) -> bool:
    """Whether ``text`` reports something said ("ISIS claims the man is a spy")."""
    p = profile(text, language) if text is not None else None
    return p is not None and bool(p.kinds & {"report", "told"})


# A definite opening in English: the article or a demonstrative ("The drug", "This plan";
# not a possessive, "His lawyer", whose owner is the nearer antecedent).
_RENAME_DET = frozenset(words("the this these"))
_RU_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn")


def _opening_noun(text: str, language: str) -> str:
    """The head noun of ``text``'s opening definite noun phrase, stemmed ("drug" in "The
    new drug has not been approved", "препарат" in "Однако препарат пока не одобрен"), after
    an opening contrast word; "" when it opens otherwise (a pronoun, a name, a verb).

    English, with no tagger here: the last word of the run of non-stopwords after "the",
    "this" or "these" (at most three: "The new drug"), or its owner ("The pill's launch":
    "pill"). Russian, with no articles: the first
    noun in the nominative (or an inanimate one, which pymorphy2 also reads as accusative)
    after at most two determiners or adjectives, not a proper name (pymorphy2's tags).
    """
    toks = words(text)
    if language == "en":
        stop = stopwords("en")
        at = 1 if toks[:1] and toks[0] in _OPEN_CONTRAST_WORDS else 0
        if len(toks) < at + 2 or toks[at] not in _RENAME_DET:
            return ""
        run = []
        for w in toks[at + 1 : at + 4]:
            if w in stop or not re.sub(r"[-'’]", "", w).isalpha():
                break
            run.append(w)
            if _POSSESSIVE.search(w):
                break  # "The BBC's decision": what is named is its owner
        return light_stemmer("en")(_POSSESSIVE.sub("", run[-1])) if run else ""
    analyse, _ = _russian()
    at = 1 if toks[:1] and toks[0] in _OPEN_CONTRAST_WORDS else 0
    for w in toks[at : at + 3]:
        p = analyse(w)
        if p.tag.startswith("NOUN"):
            ok = ("nomn" in p.tag or "inan" in p.tag) and not any(t in p.tag for t in _RU_PROPER)
            return p.lemma if ok else ""
        if not (w in _DEFINITE["ru"] or p.tag.split(",")[0] in _RU_ADJ):
            return ""
    return ""


_POSSESSIVE = re.compile(r"['’]s?$")  # "the trial's results" names the trial
# Any quotation mark, opening or closing: direct speech is its speaker's, not the claim's.
_SPEECH_MARKS = frozenset('"«»“”„')
# Opening contrast words a definite subject may follow ("However, the drug ...").
_OPEN_CONTRAST_WORDS = frozenset(words("but however yet однако но"))


def _named_in(noun: str, text: str | None, language: str) -> bool:
    """Whether ``text`` names ``noun`` (a stem or a lemma from ``_opening_noun``)."""
    if not text:
        return False
    if language == "en":
        light = light_stemmer("en")
        return any(light(_POSSESSIVE.sub("", w)) == noun for w in words(text))
    analyse, _ = _russian()
    return any(noun in analyse(w).forms for w in words(text) if w[:1] == noun[:1])


def _renamed_stance(a: Profile, m: Profile) -> bool:
    """Whether ``m`` (a main clause) says the claim's settling is still to come, denied
    (not a detail left out, "did not disclose the price", nor a dispute denied, "did not
    contest the fine"), conditional or temporary."""
    if "withheld" in m.negated:
        return False
    said = signals(a, m)
    if said["pending"] or said["conditional"] or said["temporary"]:
        return True
    return said["negated_settling"] and bool(m.negated & {"settle", "confirm", "pend", "act"})


def qualifies_across(
    claim: str, text: str, language: str, between: str | None = None, *, after_lead: bool = False
) -> bool:
    """Whether ``text``, two sentences after ``claim`` (``between`` in between), qualifies it.

    Stricter than ``qualifies_claim``: most stance two sentences on is about the sentence
    between. Only a signal that needs the claim's kind (a study's limit after a study, talks
    apart after talks or an agreement, a measure's end after a measure), or one said of a
    noun that names the claim as a whole ("Решение пока не вступило в законную силу" after
    a court's award; "The results", "The date"), or the claim named as one side's view or a
    guess ("Это прогноз аналитиков"), or a remark taken back by its speaker; not a
    question, direct speech or a long sentence.

    ``after_lead``: ``claim`` is the article's lead. There, a settling still to come or
    denied, a condition or a time limit said of an opening definite noun the sentence
    between does not name is about the claim's subject named again ("The drug has not been
    approved" two after "a once-weekly pill", the maker named between). Later in an
    article such a noun is mostly someone or something new (on CNN's articles, 20 of 20
    such readings were; docs/benchmarks.md, "Qualifiers: round twelve").
    """
    a, b = profile(claim, language), profile(text, language)
    if (
        a is None
        or b is None
        or not b.kinds  # no stance word at all: most sentences, decided without signals
        or b.n_words >= _LONG
        or text.lstrip()[:1] in _QUOTE_MARKS
    ):
        return False
    said = {k for k, v in signals(a, b).items() if v}
    # the claim named as one side's view or a guess ("Это прогноз аналитиков"), or something
    # said taken back by its speaker ("On Monday he took the remark back")
    if "labelled" in b.kinds or (
        "retract" in b.kinds and "report" in a.kinds and (b.leans or b.refers or b.definite)
    ):
        return True
    # a reported claim, and its subject's answer naming the report ("The club has neither
    # confirmed nor denied the reports", "эту информацию не подтвердили"); unless the
    # sentence between tells a report of its own, the nearer thing "the claims" name
    if (
        "told_ref" in b.kinds
        and "report" in a.kinds
        and said & {"negated_settling", "doubt", "unsaid"}
        and not _tells(between, language)
    ):
        return True
    # the parties, named back, have not yet settled it ("Клубы пока не договорились о сумме",
    # "The two sides have yet to agree on a price"): what the claim needs is not there yet
    if (
        b.definite
        and (
            (b.negated & {"settle"} and bool(b.kinds & {"still", "bound", "notyet"}))
            or {"notyet", "settle"} <= b.kinds
        )
        and said & {"pending", "negated_settling"}
    ):
        return True
    if said & _NAMED and b.subject_kinds & _CLAIM_NOUN:
        # said of the noun: in its own clause, not in one it introduces ("The story was
        # that the family did not approve" tells the story, it does not qualify it)
        main = _main_clause(text)
        m = profile(main, language) if main != text else b
        if m is not None and any(signals(a, m)[k] for k in _NAMED):
            return True
    # the claim's subject named again, by another noun or its own, with no nearer thing of
    # that name between ("The drug has not been approved by any regulator" two after "a
    # once-weekly pill", the maker named between; "Препарат пока не одобрен"): a settling
    # still to come or denied, a condition or a time limit, said of it in its own clause
    if (
        after_lead
        and said & _NAMED
        and not _SPEECH_MARKS.intersection(text)
        and (noun := _opening_noun(text, language))
        and not _named_in(noun, between, language)
    ):
        main = _main_clause(text)
        m = profile(main, language) if main != text else b
        if m is not None and _renamed_stance(a, m):
            return True
    if not b.kinds & _LIMIT:
        said -= {"study_limit", "hedged_finding"}
    if not b.kinds & {"apart", "next_round"}:
        said.discard("disagreement")  # talks apart, in words ("gaps remain"), not any negation
    # otherwise B must point back in so many words (not merely be short): a pronoun or
    # connective, a demonstrative, a definite noun phrase or a content word of A's; or be a
    # short statement of a study's limit ("Пока опыты проводились только на мышах")
    refers = (
        b.leans
        or b.refers
        or b.definite
        or bool(a.content & b.content)
        or (b.n_words <= _SHORT and bool(said & {"study_limit", "hedged_finding"}))
        or ("in_animals" in b.kinds and "study_limit" in said)
    )
    # the claim's kind told by A, or by B's noun for it ("The closure will remain ...")
    kinds = a.kinds | b.subject_kinds
    return refers and any(kinds & _OF_KIND[k] for k in said & _OF_KIND.keys())


# Signals that state the claim's own status (pending, unconfirmed, temporary, conditional,
# a study's limit, talks apart): not the weak ones (modality, contrast, restriction, a
# negation leaning on the sentence before) nor a detail left unsaid ("No cause was
# given"), which two sentences on are as a rule about the sentence between.
_STATUS = frozenset(
    {"negated_settling", "pending", "temporary", "conditional", "doubt", "study_limit"}
    | {"hedged_finding", "temporary_end", "bounded", "disagreement", "silent", "limited_scope"}
)

# ... and said in a word of status (approve, confirm, provisional, in mice, appeal, until)
# or of a noun naming the claim (the figures, the measure, the report), not only in
# closed-class words ("Keepers have not yet named her": "not yet" alone).
_STATUS_WORDS = frozenset(
    {"pend", "temp", "settle", "act", "doubt", "falsity", "rumour", "deny", "confirm", "mute"}
    | {"study", "animal", "prelim", "trialrun", "assoc", "apart", "unsay", "estimate"}
    | {"thwart", "cond", "require", "small", "confound", "negdeg", "await", "final", "bound"}
    | {"measure", "last", "result", "info", "told", "view", "schedule", "defence", "revisable"}
    | {"interest", "window", "next_round", "notbinding", "scope", "excluded", "bounded"}
)


# Nouns of what a claim is made of (a figure, the data, a report); after a study's finding,
# also the study's words (its participants, its authors).
_CLAIM_KIND = frozenset({"info", "result", "estimate", "told", "counter"})
_STUDY_KIND = frozenset({"study", "source"})


def qualifies_lead_across(lead: str, text: str, language: str, between: str | None = None) -> bool:
    """Whether ``text``, two sentences after the article's ``lead`` (``between`` in between),
    qualifies it: ``qualifies_across``, or a signal of the claim's status (``_STATUS``, read
    as if ``text`` came right after the lead) said in a word of status, in a sentence under
    ``_LONG`` words, not a quotation, that refers to the lead rather than to ``between``;
    or, failing those, what the learned model reads as qualifying the lead
    (``learned.stance_qualifies``). A story's qualifiers are about its main claim (the
    ruling to be appealed, the figure to be revised, the finding that is only an
    association) more often than about the detail between.
    """
    b = profile(text, language)
    if b is not None and told_as_settled(b):
        return False
    if qualifies_across(lead, text, language, between, after_lead=True):
        return True
    if _status_two_on(lead, text, language, between):
        return True
    # a reported exit, then its subject going about the job (``decide.carries_on``)
    lead_read, text_read = profile(lead, language, True), profile(text, language, True)
    if lead_read and text_read and carries_on(lead, text, lead_read, text_read, language):
        return True
    # the learned reading, unless the sentence between names the kind of claim B names
    # ("the number" after "a figure the office said was a record"): then B is about it
    m = profile(between, language) if between else None
    if b is not None and m is not None and b.kinds & m.kinds & _CLAIM_KIND:
        return False
    return stance_qualifies(lead, text, language)


def _status_two_on(lead: str, text: str, language: str, between: str | None) -> bool:
    """A signal of the lead's status two sentences on, said in a word of status, about the
    lead rather than the sentence between (``qualifies_lead_across``)."""
    a, b = profile(lead, language), profile(text, language)
    m = profile(between, language) if between is not None else None
    if (
        a is None
        or b is None
        or not b.kinds & _STATUS_WORDS
        or b.question
        or (b.n_words >= _LONG and "notbinding" not in b.kinds)
        or text.lstrip()[:1] in _QUOTE_MARKS
    ):
        return False
    # about the lead, not the sentence between: a definite noun phrase opens it ("The
    # figures", "Скидка"), or it names what the lead names and the sentence between does
    # not, or it names the lead's kind of claim (the number, the data, the participants)
    # in a word of a kind the sentence between does not have
    said = {kind for kind, on in signals(a, b).items() if on and kind in _STATUS}
    if "study_limit" in said and a.kinds & {"finding", "study", "source"}:
        return True  # a limit of the study told two on: the lead's finding and the study between
    own = m.kinds if m is not None else frozenset()
    kinds = _CLAIM_KIND | (_STUDY_KIND if a.kinds & _STUDY_KIND else frozenset())
    named = bool(b.kinds & kinds - own)
    if not (
        b.definite or (b.content & a.content) - (m.content if m is not None else frozenset())
    ) and not (named and said & {"doubt", "negated_settling", "study_limit"}):
        return False
    return bool(said)
