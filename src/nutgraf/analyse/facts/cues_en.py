"""English cue words: what no data package lists (titles, verbs of saying, organization
suffixes, context words). Small on purpose: they are cues, not a knowledge base."""

from __future__ import annotations

import re

from nutgraf.analyse.keywords import words

COMMON_CAPS = words(
    """additionally separately however meanwhile moreover furthermore instead indeed also still yet
    now then today yesterday tomorrow earlier later last next first second third finally overall
    previously currently recently nevertheless nonetheless thus therefore hence according
    despite although though while whereas unlike like after before during since until as at by
    for from in into of on over under with without about above across against along among around
    behind below beneath beside between beyond but and or nor so if when where why how what who
    whom whose which that this these those there here it its he she they we you i his her their
    our your my mr mrs ms dr no yes not all any both each every few many most much more some
    such other another one two three four five six seven eight nine ten several police officials
    residents critics experts analysts sources reports many breaking update updated editor note
    read watch photo video"""
)
# Capitalised inside a run only in title case; never part of a name.
FUNCTION = words(
    "i he she it we they you his her its their our my your this that these those but or nor"
    " yet so if when while as at by in on to from with after before a an is are was were"
)
CONNECTORS = frozenset(
    {
        "of",
        "the",
        "for",
        "and",
        "de",
        "del",
        "der",
        "van",
        "von",
        "la",
        "le",
        "du",
        "da",
        "al",
        "bin",
        "&",
    }
)
TITLES = words(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister chancellor secretary
    senator sen rep gov governor mayor judge justice king queen prince princess pope general gen
    col colonel capt captain lt sgt officer ceo cfo coo cto chairman chairwoman chairperson
    chair chief executive director spokesman spokeswoman spokesperson coach ambassador premier
    deputy commissioner inspector professor rev bishop archbishop sheikh emir crown founder
    principal"""
)
STRONG_TITLES = words(
    """mr mrs ms miss dr prof sir dame lord lady president senator sen rep gov governor mayor judge
    pope king queen prince princess minister chancellor secretary ceo premier sheikh emir
    ambassador"""
)
PERSON_VERBS = words(
    """said says told explained clarified emphasized emphasised noted added stated argued insisted
    recalled wrote admitted testified believes thinks warned conveyed indicated acknowledged
    confirmed denied urged"""
)
PERSON_BY = words("headed led chaired founded run signed interviewed")
ORG_SUFFIXES = words(
    """association inc inc. corp corp. corporation company co co. ltd llc plc gmbh ag sa group
    ministry university agency bank council committee commission party institute foundation
    department office service services organization organisation federation union authority
    court parliament senate congress police army navy force forces times news post journal
    motors airlines airways holdings fund board school college hospital club society league fc
    network systems technologies industries press partners capital bureau assembly academy
    alliance coalition front movement church guard cabinet government administration corporation
    consortium trust exchange laboratories labs pharmaceuticals energy oil manufacturers center
    centre clinic museum power utilities electric"""
)
# The legal form that ends a company's name: "of" after it starts another name.
CORPORATE_SUFFIXES = words("inc corp co ltd llc plc gmbh ag sa nv bv spa ab asa oyj")
ORG_HEADS = words(
    """ministry university bank department office bureau institute academy council commission
    committee federation union association church court house"""
)
ORG_CONTEXT = words(
    """company companies firm firms automaker carmaker maker manufacturer group shares stake
    subsidiary ceo board investors partnership merger acquisition leadership headquarters
    employees startup corporation agency ministry interview newspaper magazine spokesman
    spokeswoman spokesperson executives shareholders stock revenue profit lender bank regulator
    utility operator retailer insurer airline supplier broadcaster"""
)
# Not "to" ("According to X", "talked to X") nor "at" ("at Google"): too often not places.
PLACE_PREPS = words("in from near across throughout outside inside into")
PERSON_NOUNS = words(
    """manager owner analyst lawyer attorney actor actress singer rapper star player striker
    midfielder defender goalkeeper pitcher quarterback author writer reporter correspondent
    activist chef teammate wife husband son daughter mother father brother sister uncle aunt
    cousin friend boyfriend girlfriend colleague spokesman spokeswoman spokesperson"""
)
# Common initialisms that are no names (nationality adjectives are in the gazetteer).
NOT_NAMES = words(
    """Internet TV CEO CFO GDP AI PC DNA OK ID PM AM COVID HIV AIDS IVF NFT CCTV SUV VIP DJ MP
    MPs LGBT LGBTQ UFO IQ PhD FAQ GPS USB DVD CD HD RIP LOL OMG GMT UTC EST PST"""
)
PLACE_FIRST = words("mount lake cape gulf port fort")
PLACE_CONTEXT = words(
    """city town village region province state country capital location site area district border
    territory island coast port"""
)
PLACE_HEADS = words(
    """city county province region oblast krai state republic kingdom island islands isle mountains
    mount mt river lake sea ocean gulf bay strait valley peninsula desert coast street st avenue
    ave road square park bridge airport district territory canyon"""
)
NAME_HEADS = ORG_HEADS | PLACE_FIRST | PLACE_HEADS | ORG_SUFFIXES
PLACE_SHAPE = re.compile(r"\w{3,}(?:sk|grad|burg|stan|ville|polis|abad|pur|stad)$")
