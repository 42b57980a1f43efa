"""Does sentence B qualify the claim in sentence A (the sentence just before it)?

A *qualifier* changes how far a reader may trust or apply the claim: it says the claim is
pending a decision or approval, temporary or conditional, not confirmed (or denied) by its
subject, talks without an agreement yet, or a study's finding with limits. Shown without it,
the claim misleads.

The decision reads what generalizes beyond phrasings:

- B's *stance*: negation (and what it negates, within a few words), modality, condition,
  pending and temporary words, words of settling (decide, approve, agree, sign...), of
  doubt and attribution (confirm, deny, comment, unclear...), of a study's limits
  (association, cause, sample...), contrast, restriction;
- B's *reference* back to A: an opening pronoun or connective, a definite or demonstrative
  noun phrase whose noun A names or whose noun names A's kind of claim ("The scheme" after
  a design unveiled), content words shared with A, or a subject left implicit in a short
  sentence;
- what A is: a plan or an announcement, which a pending or conditional B is about; a
  measure (a ban, a closure, a cut), whose foreseen end or time bound makes it temporary;
  talks, which B can say are still apart; a study's finding, whose limits B can state;
- how B's words stand together, where one word is not enough: a lasting verb bounded in
  time ("remains in place until", "продлится до"), "has yet to" with any verb, "require(s)"
  before a settling word, "under review" / "на согласовании", a small count of people
  beside a study word, a modal before a verb that would undo the claim ("may block the
  takeover", "может заблокировать сделку"), words taken back ("took the remark back"),
  the claim named as one side's view or a guess ("That is the account of", "Это прогноз
  аналитиков", "Так считает следствие"), a review still ahead ("ahead of review"); and
  what a negation or condition belongs to (a directive's own clause, "urged drivers not
  to travel unless ...", does not qualify the claim; nor does a record, "never before";
  negated expecting, "не ожидали", is surprise, not a pending decision; nor "a condition
  called HP", an illness);
- which clause a negation is in and what it negates: the subject of a reported claim
  saying nothing ("has issued no statement about", "заявлений не поступало"; not "said no
  one was hurt", which reports a negation), talks that stalled or came to nothing, a
  quantifier's negation ("None of her rivals") or denied harm ("was not injured") as an
  outcome, a past ability ("could not reach", "не смогли добраться") as what happened,
  "not before" / "не раньше, чем" as a time the claim waits for.

Words are matched as Snowball stems (English) and pymorphy2 lemmas and grammemes (Russian,
via natasha's MorphVocab, already a dependency): a lexicon entry covers every inflection,
and pymorphy2 marks parenthetical words (``Prnt``: "возможно", "вероятно"), anaphoric
pronouns (``Anph``) and the future tense.
``SIGNALS`` are set by hand and checked on labelled pairs by ``scripts/fit_qualifier.py``,
which also fits a logistic model over them alone: it did not beat the signals on held-out
pairs (docs/quality.md). After the lead, where the rules say no, a logistic model over B's
words and the profiles' kinds decides too (``learned``, fit by ``scripts/fit_stance.py``).
Other languages: no qualifier is detected.

The package follows the data, each module named for its job:

- ``lexicon``: the hand-written word lists by stance kind (``KINDS``) and closed classes;
- ``stems``: words into kinds, through Snowball stems and pymorphy2 lemmas (loaded once);
- ``phrases``: whole-sentence phrases of stance no one word makes ("a further session is
  scheduled", "The commission's vote is advisory"), as patterns on the text;
- ``constructions``: negation scope and what words say together ("remains in place until");
- ``reading``: a sentence into its ``Profile`` (``profile``), with the markers after the lead;
- ``learned``: the learned stance model read after the lead (``stance_qualifies``);
- ``decide``: ``signals``, ``anchored``, ``lead_stance`` and the decisions for the next
  sentence (``qualifies_claim``, ``qualifies``, ``may_qualify``);
- ``across``: the decisions two sentences on (``qualifies_across``, ``qualifies_lead_across``).
"""

from __future__ import annotations

from .across import qualifies_across, qualifies_lead_across
from .decide import (
    SIGNALS,
    anchored,
    lead_stance,
    may_qualify,
    qualifies,
    qualifies_claim,
    signals,
)
from .lexicon import KINDS
from .reading import Profile, profile

__all__ = [
    "KINDS",
    "SIGNALS",
    "Profile",
    "anchored",
    "lead_stance",
    "may_qualify",
    "profile",
    "qualifies",
    "qualifies_across",
    "qualifies_claim",
    "qualifies_lead_across",
    "signals",
]
