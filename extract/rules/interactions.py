"""Interaction rules: which drugs, classes and substances interact, and with whom.

Two styles of sentence are read:

* monograph bullets with no explicit subject ("May reduce the absorption of tetracyclines and
  levothyroxine"): the monograph's drug interacts with every listed item;
* sentences naming both participants ("Cimetidine inhibits mebendazole metabolism"): the named
  drugs interact with each other, whatever the monograph is about.

Mentions joined only by commas, "and"/"or", parentheses, "such as", "e.g.", "including" form one
*group* (a list of alternatives). Per sentence:

1. the subject is named (by name, moiety, a lexicon brand, or an unknown product name in capitals
   or glossed with the subject, "Lodine (etodolac)"): it pairs with every other participant;
2. otherwise "coadministration of A and B" pairs A with B, and two groups separated by a verb or
   preposition pair across, when the sentence has an interaction cue;
3. otherwise a single group with a cue (or a bare list line) pairs with the unnamed subject,
   unless the document is *explicit style* (most of its interaction sentences name the subject).

Negated or other-form mentions never pair; conditional advice ("if X is given with Y") does. Who
counts as a participant, and what stands for the subject, is :mod:`extract.rules.participants`;
whether the document withholds implicit pairs is :mod:`extract.rules.style`. A sentence whose "; "
clauses each state an interaction is read clause by clause; a dose limit tied to other drugs in a
dosage section names interactions too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from extract.classes import class_index
from extract.model import Concept, Mention, Relation, Statement
from extract.nlp import find_mentions
from extract.rules.base import (
    BLOCKING,
    INTERACTION_KINDS,
    MECHANISM,
    SEVERITY,
    K,
    RuleContext,
    usable,
)
from extract.rules.participants import (
    EXCEPTING,
    Item,
    examples_after,
    kind_of_effect_or_dose,
    measured,
    participants,
    stand_in,
)
from extract.rules.style import style_of
from extract.text import CLOSED_BRACKET, NAME_LIST_SPLIT, blanked, clause_spans, lab_interference
from extract.units import Unit

_JOINER = re.compile(
    r"(?:[\s,/()\[\]]|\band\b|\bor\b|\bnor\b|\beither\b|\bsuch\s+as\b|\be\.\s?g\.?|\bi\.\s?e\.?|\bincluding\b|"
    r"\blike\b|\bothers?\b|\banother\b|\betc\b\.?|\bespecially\b|\bparticularly\b|\bfor\s+(?:example|instance)\b|"
    r"\bas\s+well\s+as\b|\bcertain\b|\bsimilar\b|\brelated\b|"
    r"\bsome\b|\bthe\b|\balso\b|\bdrugs?\b|\bagents?\b|\bmedications?\b|\bproducts?\b|\bpreparations?\b|\bcompounds?\b|"
    r"\bsupplements?\b|"
    r"\bderivatives?\b|\bcontain(?:s|ing)?\b|-(?=containing\b)|\b(?:that|which)\s+contain\b|:|;(?!\s)|\*|"
    r"\b(?:intravenous|IV|intramuscular|oral|topical|inhaled|transdermal|injectable|parenteral|"
    r"subcutaneous|intranasal|nasal|rectal|sublingual|buccal|ophthalmic)\b|"
    r"\b(?:dual|combined)\b|\bCYP\s?\d[A-Z]\d{0,2}\b(?=\s*/)|"  # "A and dual CYP3A4/CYP1A2 inhibitors": one class
    r"\bclass\s+(?:I{1,3}|IV|V)[ABC]?\b|"  # "class IA (quinidine) and class III (sotalol) antiarrhythmics"
    r"\bclasses\s+of\b)*",  # "the thioxanthene and butyrophenone classes of antipsychotics": one list
    re.IGNORECASE,
)
CUE = re.compile(
    r"\b(?:increas\w*|decreas\w*|rais\w*|rise\w*|lower\w*|reduc\w*|enhanc\w*|potentiat\w*|inhibit\w*|induc\w*|"
    r"interact\w*|risk\w*|toxicit\w*|levels?|concentrations?|exposure|absorption|clearance|metabolism|effects?|"
    r"avoid\w*|cautio\w*|contraindicat\w*|should\s+not|must\s+not|not\s+recommended|combin\w*|concomitant\w*|"
    r"co-?administ\w*|concurrent\w*|together|add\w*|blunt\w*|antagoni\w*|separate\w*|cause\w*|interfer\w*|"
    r"prolong\w*|accumulat\w*|displac\w*|alter(?!nat)\w*|affect\w*|impair\w*|block\w*|diminish\w*|weaken\w*|"
    r"eliminat\w*|excret\w*|slow\w*|speed\w*|delay\w*|hasten\w*|bioavailab\w*|absorb\w*|half-life|AUC|Cmax|pharmacokinetic\w*|"
    r"pharmacodynamic\w*|binding|response|activity|action|deepen\w*|worsen\w*|aggravat\w*|exacerbat\w*|"
    r"(?:dose|dosing|dosage)\s+adjust\w*|adjust\w*\s+(?:the\s+|their\s+|its\s+)?(?:dose|dosing|dosage)s?|"
    r"(?:dose|dosage)s?\s+(?:may\s+|might\s+|will\s+)?(?:need|require)s?\s+adjust\w*|"
    r"(?:not|never)\s+safe|unsafe|provok\w*|intensif\w*|augment\w*|amplif\w*|inactivat(?:es?|ing|ion)\b|"
    r"(?:be|is|are|been)\s+inactivated\b|neutrali[sz]\w*|also\s+(?:taking|receiving)|harmful|dangerous|"
    r"(?:less|more)\s+effective|(?:work|act)s?\s+less\s+well|ineffective|efficacy|(?:less|more)\s+likely|"
    r"likelihood|depress\w*|hazard\w*|(?:extra|special|particular|great|added)\s+care|"
    r"(?:higher|lower|larger|smaller)\s+doses?|dose\s+(?:adjust|chang|increas|reduc)\w*|"
    r"(?:too|dangerously|excessively|abnormally)\s+(?:high|low|far|much|strong|deep)|contribut\w*|"
    r"serotonin\s+syndrome|serotonergic|lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed|ing)?\s+in|linked\s+to|"
    r"(?:act|last|work|stay)s?\s+longer|loss\s+of\s+(?:[\w-]+\s+){0,2}control|mask(?:s|ed|ing)?|suppress\w*|"
    r"respond\w*\s+(?:poorly|less)|(?:may|can|could|might|will|would|to)\s+compound|"
    r"(?:\d+|one|two|three|four|six|eight|twelve)(?:\s*(?:-|\u2013|to|or)\s*\d+)?\s+hours?\s+(?:before|after|apart)|"
    r"push\w*(?:\s+[\w-]+){0,3}\s+(?:up|down)|drive\w*(?:\s+[\w-]+){0,3}\s+(?:up|down)|"
    r"(?:taking|receiving|using)\s(?:[^.;]|\.(?!\s|$)){1,160}?\b(?:should|must)\s+be\s+(?:[\w-]+ly\s+)?"
    r"(?:monitored|observed|watched))\b",
    re.IGNORECASE,
)  # (also "Patients taking A or B should be monitored periodically for bleeding")
_LIST_SPLIT = re.compile(r",|;|\band\b|\bor\b", re.IGNORECASE)
MAX_LIST_WORDS = 5
_FINITE_VERB = re.compile(r"\b(?:may|can|could|might|will|would|should|must|does|do)\s+(?:not\s+)?\w", re.IGNORECASE)
# "beta-blockers may worsen anaphylaxis and reduce ...": short parts, but a sentence, not a list of names
_COADMIN = re.compile(
    r"\b(?:co-?administ\w*|concomitant(?:ly)?(?:\s+\w+)?|combin\w*|interactions?|concurrent(?:ly)?(?:\s+\w+)?|"
    r"(?:use|given|administered|taken)\s+together)\s+(?:of|between|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OTHER_MEMBERS = re.compile(
    r"(?<!\blike )(?<!\bas with )(?<!\bunlike )(?<!\bas do )(?<!\bas does )(?<!\bsimilar to )(?<!\bcompared with )"
    r"\b(?:other|another|similar|additional)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)  # "with other NSAIDs" names partners; "like / as with other NSAIDs" only compares
_EXAMPLES = re.compile(r"\b(?:such\s+as|e\.\s?g\.?|including|for\s+(?:example|instance))[\s,:]*$", re.IGNORECASE)
_BOTH = re.compile(r"\bboth\s+(?:the\s+)?$", re.IGNORECASE)
_MUTUAL = re.compile(r"\bthe\s+two\b|\beach\s+other\b|\bone\s+another\b", re.IGNORECASE)
_ITEM_SEPARATOR = re.compile(r"[,;]")
_PARTNER_GAP = re.compile(r"\band\b|\bwith\b|\bplus\b|[:;]", re.IGNORECASE)
_NOT_AN_INTERACTION = re.compile(
    r"\bnot\s+(?:(?:because\s+of|due\s+to|from)\s+)?(?:an?\s+|any\s+)?(?:drug\s+)?interaction\b|"
    r"\bwhile\s+(?:you\s+are\s+|you\s+|patients\s+are\s+)?recover(?:ing|s)?\s+from\b", re.IGNORECASE
)  # "A and B are used cautiously in this disease because of the disease itself, not because of an interaction", "this
# is a feature of the disease and not an interaction with it", "avoiding alcohol while recovering from a serious
# infection is sensible" (advice for the illness)
_PLANNED_BENEFIT = re.compile(
    r"\btogether\s+they\s+(?:improve|prolong|control|prevent|reduce\s+(?:mortality|deaths?))\b|"
    r"\b(?:improves?|improved|prolongs?)\s+(?:overall\s+)?survival\b|"
    r"\b(?:often|commonly|usually|frequently|routinely)\s+(?:be\s+)?(?:combined|paired|co-prescribed)\s+with\b|"
    r"\b(?:is|are)\s+(?:often\s+|usually\s+|routinely\s+|therefore\s+)?added\s+to\s+(?:prevent|complete|improve|"
    r"cure|clear|broaden|cover|boost)\b|"
    r"\b(?:is|are)\s+(?:commonly|often|usually|routinely|frequently)\s+(?:co-?prescribed|added)\b|"
    r"\b(?:two|both)\s+are\s+(?:combined|co-?formulated)\s+in\b|"  # "the two are combined in Epiduo"
    r"\b(?:two|both)\s+are\s+(?:often|commonly|usually|routinely)\s+(?:used|given|taken)\s+together\b[^.;]*\bno\s+dose\s+"
    r"(?:change|adjustment)\b|"  # "the two are often used together, and no dose change is needed"
    r"\bby\s+design\b|\b(?:is|are)\s+(?:always\s+)?(?:continued|kept\s+up|maintained)\s+(?:alongside|with)\b|"
    r"\bon\s+purpose\b|\b(?:designed|planned|intended)\s+(?:regimen|combination)\b|"  # "given with it on purpose"
    # "glucocorticoids are continued alongside it by design"
    r"^\W*(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:strongly\s+)?encouraged\b|"  # "Emollients are encouraged; apply ..."
    r"\b(?:appl(?:y|ies)|belongs?|relates?)\s+(?:only\s+)?to\s+the\s+[\w-]+\s+(?:component|ingredient)\b",
    re.IGNORECASE,
)  # "together they improve survival", "it is often combined with X for rhinitis", "so doxycycline is added to
# prevent relapse", "a proton pump inhibitor is commonly added": given together on purpose (and interactions that
# "apply to the vilanterol component" of a combination product are another drug's)
MIN_PEERS = 3  # an enumeration this long that names the subject lists peers, not partners


_DESCRIBED_NEXT = re.compile(
    r"\b(?:the|an?)\s+(?:(?!(?:of|use|with|for|in|to|by|from|and|or)\b)[\w-]+\s+){1,3}$", re.IGNORECASE
)  # "the cough suppressant " before a drug: what it is, inside a list (not "the concomitant use of ")
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_MODIFIED_ITEM_GAP = re.compile(
    r"\s*,\s*(?:(?:and|or)\s+)?(?:(?:[a-z]\w*-[\w-]+|non[a-z]{4,}|regular|chronic|systemic|daily|heavy|prolonged|concomitant|"
    r"concurrent|frequent|occasional|excessive)\s+){1,2}|"
    r"[\s)\]]*,?\s*(?:and|or)\s+(?:other\s+)?(?!(?:a|an|with|without|in|into|of|for|to|by|from|on|at|as|than|then|also|when|if|while|"
    r"is|are|was|were|be|been|may|might|can|could|will|would|should|must|not|no|its|their|this|these|that|those|"
    r"taking|using|starting|stopping)\b)[a-z]+\s+|"
    r"\s*,\s*(?:(?:and|or)\s+)?(?:large|high|excessive|repeated|regular)\s+(?:doses?|amounts?|quantities)\s+of\s+",
    re.IGNORECASE,
)
# ", potassium-based " before "salt substitutes", ", high-dose ": the next list item's own modifier


_EXAMPLE_MARKER = r"(?:e\.\s?g\.|such\s+as|including|for\s+(?:example|instance))[\s,:]*"
_LIST_GAPS = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # "ondansetron, class IA and III antiarrhythmics": the classes of the next item, which the list goes on to
    r"[\s,]*(?:(?:and|or)\s+)?class(?:es)?\s+[IV]{1,3}[A-D]?(?:\s*(?:,|/|and|or)\s*[IV]{1,3}[A-D]?)*\s+",
    # "Mixed agonist-antagonists and partial agonists (butorphanol, ...)": a class the lexicon lacks, then its examples
    r"[\s,]*(?:and|or)\s+(?:[\w-]+\s+){1,2}?(?:agonists|antagonists|inhibitors|blockers|inducers|drugs|agents|"
    rf"medicines|medications)\s*\(\s*(?:{_EXAMPLE_MARKER})?",
    # "prostacyclin infusions (epoprostenol or treprostinil)": the bracket says which ones, a list of the same
    r"\s+(?:infusions?|injections?|therapy|therapies|treatment|products?|preparations?|analogu?es?|derivatives)\s*"
    rf"[(\[]\s*(?:{_EXAMPLE_MARKER})?",
    # "CYP2C9 substrates with a narrow therapeutic index (for example warfarin)": which ones, then examples of them
    rf"\s+(?:with|having|that\s+have)\s+[^().;:\[\]]{{1,40}}?\s*[(\[]\s*{_EXAMPLE_MARKER}",
    # "progestins other than A or B (for example C or D)": the exceptions take no part, the examples are the class's
    rf"\s+{EXCEPTING}\s+[^()\[\];:.]*?[\s(\[]*(?:{_EXAMPLE_MARKER})?",
))  # gaps that leave one list whole: a class and its examples, with what names or limits the class between them


def _in_brackets(text: str, start: int, end: int) -> bool:
    """A bracket opened before ``start`` is still open at ``end``."""
    depth = sum(1 if c in "([" else -1 for c in text[:start] if c in "()[]")
    return depth > 0 and not any(c in ")]" for c in text[start:end])


def joined(text: str, left: Item, right: Item) -> bool:
    """True when only list punctuation and coordinators (and the next item's own modifiers, or another class
    named with its examples) separate two mentions (after a salt word)."""
    gap = text[left.end:right.mention.start]
    if _JOINER.fullmatch(gap) is not None or any(pattern.fullmatch(gap) for pattern in _LIST_GAPS):
        return True
    described = _DESCRIBED_NEXT.search(gap) if right.concept.kind == K.DRUG else None
    if described is not None and _JOINER.fullmatch(gap, 0, described.start()) is not None:
        return True  # "tramadol, methadone, and the cough suppressant dextromethorphan"
    if ("(" in gap or "[" in gap) and _JOINER.fullmatch(_ASIDE.sub(" ", gap)) is not None:
        return True  # "warfarin (check the INR), digoxin", "dihydroergotamine [DHE], ...": an aside ends no list
    if gap.strip() == ";" and _in_brackets(text, left.end, right.mention.start):
        return True  # "[anticoagulants such as A; antiplatelet agents such as B]": one bracketed list
    return _MODIFIED_ITEM_GAP.fullmatch(gap) is not None and CUE.search(gap) is None


_INTRODUCTORY = re.compile(
    r"\W*(?:with|when\s+(?:[\w-]+\s+){0,2}with|in\s+(?:patients|people|those)\s+(?:taking|on|receiving|using)|"
    r"(?:during|after)\s+(?:treatment|therapy)\s+with)\s+(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
_FINITE_VERB_NEXT = re.compile(
    r"\s+(?:is|are|was|were|should|must|may|might|can|could|will|would|has|have|had|does|do|did|needs?|requires?)\b",
    re.IGNORECASE,
)


_COORDINATOR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


def after_introduction(text: str, run: list[Item], item: Item) -> bool:
    """The item opens the main clause after an introductory phrase that names the run ("With ritonavir-boosted
    protease inhibitors (e.g., A/B), bosentan is started at ..."): a comma without "and" or "or" ends the phrase,
    not a list item."""
    gap = text[run[-1].end:item.mention.start]
    return "," in gap and not _COORDINATOR.search(gap) and \
        _INTRODUCTORY.fullmatch(text, 0, run[0].mention.start) is not None and \
        _FINITE_VERB_NEXT.match(text, item.end) is not None


_REPEATED_PREPOSITION = re.compile(r"[\s,]*(?:and|or)\s+(by|with)\s+(?:(?:the|other|any)\s+)?$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(by|with)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def preposition_repeated(text: str, run: list[Item], item: Item) -> bool:
    """The item continues the run's list after its preposition said again ("potentiated by A, B, and by other C",
    "with A or with B")."""
    again = _REPEATED_PREPOSITION.fullmatch(text, run[-1].end, item.mention.start)
    if again is None:
        return False
    before = _PREPOSITION_BEFORE.search(text, 0, run[0].mention.start)
    return before is not None and before.group(1).lower() == again.group(1).lower()


def groups(text: str, items: list[Item]) -> list[list[Item]]:
    """Runs of coordinated mentions, left to right."""
    out: list[list[Item]] = []
    for item in items:
        if out and ((joined(text, out[-1][-1], item) and not after_introduction(text, out[-1], item))
                    or preposition_repeated(text, out[-1], item)):
            out[-1].append(item)
        else:
            out.append([item])
    return out


def has_cue(text: str, items: list[Item]) -> bool:
    """An interaction cue word outside the participant names ("beta-blocker" is no cue)."""
    return CUE.search(blanked(text, ((item.mention.start, item.mention.end) for item in items))) is not None


def bare_list(text: str, items: list[Item], *, every_part_named: bool = False, start: int = 0) -> bool:
    """True when the sentence (from ``start`` on: the list after a colon) is only a list of short names
    ("Antacids, iron, zinc, warfarin."). With ``every_part_named``, each part must hold a participant:
    "Alternatives to A, such as B, should be considered" is a short sentence, not a list."""
    rest = text[start:]
    body = rest.strip().rstrip(".;:")
    offset = start + len(rest) - len(rest.lstrip())  # where the body starts in ``text``
    starts = [0, *(m.end() for m in _LIST_SPLIT.finditer(body))]
    ends = [*(m.start() for m in _LIST_SPLIT.finditer(body)), len(body)]
    parts = [(lo, hi) for lo, hi in zip(starts, ends, strict=True) if body[lo:hi].strip()]
    if len(items) < 2 or len(parts) < 3 or any(len(CLOSED_BRACKET.sub(" ", body[lo:hi]).split()) > MAX_LIST_WORDS
                                               for lo, hi in parts) \
            or (not every_part_named and _FINITE_VERB.search(body)):
        return False  # (a bracketed remark, "weak CYP3A inhibitors (limit to 5 mg)", is no word of its item)
    return not every_part_named or all(any(lo <= i.mention.start - offset < hi for i in items) for lo, hi in parts)


def names_only(text: str, items: list[Item]) -> bool:
    """True when the sentence holds nothing but the items' names and list words ("Ritonavir and clarithromycin.")."""
    rest = list(text)
    for item in items:
        rest[item.mention.start:item.end] = " " * (item.end - item.mention.start)
    return bool(items) and _JOINER.fullmatch("".join(rest).strip().rstrip(".;")) is not None


def qualifiers(unit: Unit, mentions: list[Mention]) -> dict[str, str]:
    """Mechanism, severity and effect text of an interaction sentence."""
    mechanism = MECHANISM.search(unit.text)
    severity = SEVERITY.search(unit.text)
    effect = ", ".join(
        m.text for m in mentions if usable(m) and m.first(K.ADVERSE_EFFECT) and not m.first(K.DRUG, K.DRUG_CLASS)
    )
    return {
        "mechanism": mechanism.group(1) if mechanism else "",
        "severity": severity.group(1).lower() if severity else "",
        "effect": effect,
    }


def ident(item: Item) -> tuple[str, str]:
    """The graph identity of an item's concept."""
    return item.concept.kind.value, item.concept.key


def claim(
    index: int, pending: list[tuple[Item, Item]], owner: dict[tuple[str, str], int], seen: set[tuple[str, str]]
) -> bool:
    """Augmenting path: give pair ``index`` one of its ends as object, moving earlier claims if needed."""
    for end in (ident(pending[index][1]), ident(pending[index][0])):
        if end in seen:
            continue
        seen.add(end)
        if end not in owner or claim(owner[end], pending, owner, seen):
            owner[end] = index
            return True
    return False


class Emitter:
    """Writes interaction statements of one sentence, one per unordered pair of concepts."""

    def __init__(self, ctx: RuleContext, unit: Unit, quals: dict[str, str]) -> None:
        self.ctx = ctx
        self.unit = unit
        self.quals = tuple(sorted((k, v) for k, v in quals.items() if v))
        self.pairs: set[frozenset[tuple[str, str]]] = set()
        self.pending: list[tuple[Item, Item]] = []

    def pair(self, left: Item, right: Item) -> None:
        """Queue ``left interactsWith right`` (written by :meth:`flush`)."""
        key = frozenset((ident(left), ident(right)))
        if len(key) == 2 and key not in self.pairs and not self.own_class(left, right):
            self.pairs.add(key)
            self.pending.append((left, right))

    def own_class(self, left: Item, right: Item) -> bool:
        """A drug and a class it belongs to ("the anticoagulant action of heparin") are one participant,
        unless the class stands for the *other* members ("with other NSAIDs")."""
        cls, member = (left, right) if left.concept.kind == K.DRUG_CLASS else (right, left)
        if left.concept.kind == right.concept.kind == K.DRUG_CLASS and right.concept.key in class_index(
                self.ctx.lexicon).classes_of(left.concept):
            cls, member = right, left  # the broader of two classes plays the class
        subject = self.ctx.subject.concept
        return self.same_participant(member.concept, cls, by_kind=member.concept == subject)

    def same_participant(self, member: Concept, cls: Item, *, by_kind: bool = True) -> bool:
        """``cls`` is a class ``member`` belongs to, not named as its other members. ``by_kind`` (for the
        subject) counts only classes that say what it is, not groupings such as "QT-prolonging drugs"."""
        index = class_index(self.ctx.lexicon)
        belongs = index.defines(member, cls.concept) if by_kind else index.related(member, cls.concept)
        return belongs and _OTHER_MEMBERS.search(self.unit.text, 0, cls.mention.start) is None \
            and not self.others_exemplified(cls)

    def others_exemplified(self, cls: Item) -> bool:
        """The class is followed by examples that do not include the subject ("Anticholinergic drugs (e.g.,
        benztropine, oxybutynin)" in clomipramine's monograph): it stands for those other members."""
        text = self.unit.text
        listed = examples_after(text, cls.end)
        if listed is None:
            return False
        names = [n for p in _LIST_SPLIT.split(text[listed[0]:listed[1]]) if (n := p.strip())]
        known = [n for n in names if any(c.kind in INTERACTION_KINDS for c in self.ctx.lexicon.lookup(n))]
        return bool(known) and not any(self.ctx.subject.is_alias(name) for name in names)

    def flush(self) -> None:
        """Write the queued pairs, oriented so that no two share an object in this sentence.

        Statements are deduplicated on (object, sentence), so each pair takes one of its two ends
        as object with a small bipartite matching; a pair left without a free end is still written.
        """
        owner: dict[tuple[str, str], int] = {}
        for index in range(len(self.pending)):
            claim(index, self.pending, owner, set())
        chosen = {index: end for end, index in owner.items()}
        for index, (left, right) in enumerate(self.pending):
            if chosen.get(index) == ident(left):
                left, right = right, left
            self.ctx.statements.append(Statement(
                left.concept, Relation.INTERACTS_WITH, right.concept, self.unit.text, self.unit.kind,
                right.mention.text, self.quals,
            ))
            self.remember(left)
            self.remember(right)
        self.pending.clear()

    def remember(self, item: Item) -> None:
        """Record the item's surface forms (as written, and with its salt word) as labels."""
        if not item.written:
            return
        self.ctx.surface_forms.append((item.concept, item.mention.text))
        if item.surface and item.surface != item.mention.text:
            self.ctx.surface_forms.append((item.concept, item.surface))

    def implicit(self, item: Item, *, other_members: bool = False) -> Statement | None:
        """The monograph's (unnamed) drug interacts with ``item``; the statement, not yet stored. With
        ``other_members`` the item is listed among the subject's fellow members, so a class of the subject
        stands for its other members."""
        subject = self.ctx.subject.concept
        if item.concept.kind == subject.kind and item.concept.key == subject.key:
            return None
        if not other_members and self.same_participant(subject, item):
            return None
        self.remember(item)
        return Statement(subject, Relation.INTERACTS_WITH, item.concept, self.unit.text, self.unit.kind,
                         item.mention.text, self.quals)


def _partner_named(ctx: RuleContext, text: str, mention: Mention) -> bool:
    """A drug, class or substance other than the subject, its own classes ("ACE inhibitors" in lisinopril's
    monograph stand for the subject) and the body's own substances ("their glucose-lowering effect")."""
    concept = mention.first(*INTERACTION_KINDS)
    if concept is None or ctx.subject.is_alias(mention.text, mention.candidates) or measured(text, mention) \
            or kind_of_effect_or_dose(text, mention, concept):
        return False  # ("the anticoagulant effect may be enhanced" names no partner)
    own = concept.kind == K.DRUG_CLASS and class_index(ctx.lexicon).defines(ctx.subject.concept, concept)
    return not own or _OTHER_MEMBERS.search(text, 0, mention.start) is not None  # "other NSAIDs" are partners


_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def own_class_as_subject(ctx: RuleContext, text: str, item: Item) -> Item:
    """In a monograph, a class that says what the subject is, given "with" the partners ("together with
    high-dose steroids" in methylprednisolone's), stands for the subject, unless it names the *other* members
    ("with other NSAIDs"); in a list of partners it is one of them."""
    concept = item.concept
    if item.is_subject or concept.kind != K.DRUG_CLASS or not _WITH_BEFORE.search(text, 0, item.mention.start) \
            or not class_index(ctx.lexicon).defines(ctx.subject.concept, concept) \
            or _OTHER_MEMBERS.search(text, 0, item.mention.start):
        return item
    return stand_in(ctx, item.mention, item.surface)


_TOLERABILITY = re.compile(
    r"\b(?:reduc|lessen|minimi[sz]|prevent|eas|limit|avoid|cut)\w*\s+(?:the\s+)?(?:(?:risk|chance)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:nausea|vomiting|upset|irritation|discomfort|heartburn|indigestion|dyspepsia|cramp\w*|"
    r"side[\s-]+effects?|GI\s+effects?)\b",
    re.IGNORECASE,
)  # "with meals reduces nausea", "food lessens stomach upset": tolerability advice
_MEAL = re.compile(r"\b(?:food|meals?|snack|milk)\b", re.IGNORECASE)
_TIMED_BY = re.compile(r"\b(?:before|after|between)\s+(?:the\s+)?$", re.IGNORECASE)


def _how_to_take_it_dropped(text: str, items: list[Item]) -> list[Item]:
    """The items less meals named only as how to take the drug: for tolerability ("taking it with meals reduces
    nausea") or as timing ("take hyoscyamine before meals and antacids after meals")."""
    meals = [i for i in items if i.concept.kind == K.SUBSTANCE and _MEAL.search(i.concept.label)]
    if not meals:
        return items
    tolerability = _TOLERABILITY.search(text) is not None
    return [i for i in items if i not in meals or not (
        tolerability or _TIMED_BY.search(text, max(0, i.mention.start - 12), i.mention.start))]


def lead_in(ctx: RuleContext, unit: Unit) -> list[Mention]:
    """The drugs, classes and substances a bullet's lead-in names ("**Warfarin and other coumarins:**")."""
    if not unit.label:
        return []
    return [m for m in find_mentions(unit.label, ctx.lexicon) if m.first(*INTERACTION_KINDS)]


def interactions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Pairs of interacting participants in one sentence of an interactions section.

    A lead-in naming drugs is read as part of a sentence that names no partner itself ("Warfarin and other
    coumarins: it raises their effect"); otherwise, in a full monograph, a lead-in that only lists names
    still names partners of the subject (:func:`lead_in_partners`)."""
    lead = lead_in(ctx, unit)
    # "with or without X": X takes no part, neither as a partner nor as a group of its own; nor do the
    # drugs of a clause that names them as the alternative ("...; pantoprazole is a common alternative")
    aside = alternative_clauses(unit.text) + comparator_spans(unit.text) + kept_values(unit.text)
    read_with_lead = bool(lead) and not any(_partner_named(ctx, unit.text, m) for m in mentions
                                            if not any(lo <= m.start < hi for lo, hi in aside))
    if read_with_lead:
        unit = replace(unit, text=f"{unit.label}: {unit.text}")
        mentions = find_mentions(unit.text, ctx.lexicon)
        aside = alternative_clauses(unit.text) + comparator_spans(unit.text) + kept_values(unit.text)
    if _PLANNED_BENEFIT.search(unit.text) or _NOT_AN_INTERACTION.search(unit.text) or \
            only_denied_cues(unit.text, mentions) or co_use_report(unit.text) or \
            dismissed_change(unit.text) or \
            lab_interference(unit.text) or (
            (_RATE_NOT_EXTENT.search(unit.text) or _MINOR_CHANGE.search(unit.text))
            and _NO_DOSE_CHANGE.search(unit.text)):
        return  # a combination given on purpose, "they do not interact; ...", a report of who took what in a study,
        # a laboratory test the drug upsets ("a false-positive reaction for glucose", "may interfere with the digoxin
        # assay"), or a change said not to matter
    items = [i for i in participants(ctx, unit.text, mentions) if "OPTIONAL" not in i.mention.modifiers
             and not any(lo <= i.mention.start < hi for lo, hi in aside)]
    if ctx.monograph:
        items = [own_class_as_subject(ctx, unit.text, i) for i in items]
    items = _how_to_take_it_dropped(unit.text, items)
    out = Emitter(ctx, unit, qualifiers(unit, mentions))
    named = [i for i in items if i.is_subject]
    style = style_of(ctx)
    if items:
        style.sentences += 1
        style.named += bool(named)
    try:
        before = len(ctx.statements)
        if ctx.monograph and _CONTINUED_LIST.match(unit.text):
            # "This includes A, other Bs such as b, and drugs with C activity such as c": the sentence before
            # said what they do to the subject; each is its partner, none is another's
            implicit_pairs(ctx, out, [i for i in items if not i.is_subject])
            return
        if ctx.monograph and not read_with_lead and not named and any(m.first(K.DRUG_CLASS) for m in lead) \
                and has_cue(unit.text, items):
            # "**Sympathomimetics:** amphetamines, cocaine, and decongestants in cold remedies (pseudoephedrine)
            # can cause a hypertensive crisis": the lead's class and the drugs that follow are all the subject's
            # partners, none is another's
            implicit_pairs(ctx, out, [i for i in items if not i.is_subject])
            lead_in_partners(ctx, unit, out, lead)
            return
        for clause in clauses(unit.text, items):
            read_sentence(ctx, unit, out, [i for i in clause if i.is_subject], [i for i in clause if not i.is_subject])
        out.flush()
        subject = ctx.subject.concept
        if lead and not read_with_lead and ctx.monograph and any(
                subject in (st.subject, st.object) for st in ctx.statements[before:]):
            lead_in_partners(ctx, unit, out, lead)
    finally:
        style.sync(ctx)


_KEPT = re.compile(r"(?:;\s*|\band\s+)(?:keep|maintain|correct)\s[^;]*", re.IGNORECASE)


def kept_values(text: str) -> list[tuple[int, int]]:
    """What the advice keeps in range ("...; check ECGs and keep potassium and magnesium normal"): values
    managed, no partners."""
    return [m.span() for m in _KEPT.finditer(text)]


_ASKED_TOGETHER = re.compile(r"^\W*(?:both|they|these|either|each|the\s+two|two)\b", re.IGNORECASE)
_NEGATIVE = re.compile(r"\b(?:not?|never|safe(?:ly)?|fine)\b", re.IGNORECASE)


def asked_interactions(ctx: RuleContext, unit: Unit, mentions: list[Mention], asked: list[Mention]) -> None:
    """An answer to "Can I take X or Y for pain?": read as an interaction sentence, and X and Y are the
    subject's partners too when the answer speaks of drugs by a class they belong to ("Regular NSAID use can
    blunt its effect") or together ("Both raise bleeding risk")."""
    before = len(ctx.statements)
    interactions(ctx, unit, mentions)
    index = class_index(ctx.lexicon)
    classes = [st.object for st in ctx.statements[before:] if st.object.kind == K.DRUG_CLASS]
    warned = CUE.search(unit.text) is not None and not _NEGATIVE.search(unit.text)
    if warned:  # "Two NSAIDs together raise the risk of ulcers": the class the asked drugs share with the subject
        classes += [c for m in mentions if (c := m.first(K.DRUG_CLASS)) is not None and not m.modifiers & BLOCKING]
    together = len(asked) >= 2 and _ASKED_TOGETHER.match(unit.text) is not None and warned
    advised_against = _ADVISED_AGAINST.match(unit.text) is not None  # "This is not recommended."
    for mention in asked:
        concept = mention.first(*INTERACTION_KINDS)
        by_class = concept is not None and concept.kind == K.DRUG and any(index.related(concept, c) for c in classes)
        if concept is not None and (together or by_class or advised_against):
            ctx.emit(Relation.INTERACTS_WITH, concept, unit, mention.text)


_ADVISED_AGAINST = re.compile(
    r"^\W*(?:no\W+)?(?:(?:this|that|it|the\s+combination)\s+is\s+(?:generally\s+)?(?:not\s+(?:recommended|advised)|"
    r"best\s+avoided)|not\s+recommended|avoid\s+(?:it|this|that|combining|the\s+combination))\b", re.IGNORECASE)
# an answer that opens by advising against what the question asks to combine

_RATE_NOT_EXTENT = re.compile(r"\bbut\s+not\s+(?:the\s+|its\s+)?(?:overall\s+|total\s+)?(?:exposure|extent|AUC|"
                              r"bioavailability)\b", re.IGNORECASE)
_MINOR_CHANGE = re.compile(r"\b(?:rises?|falls?|increases?|decreases?|changes?)\s+(?:only\s+)?(?:modestly|slightly|"
                           r"minimally|a\s+little)\b", re.IGNORECASE)
# "exposure rises modestly when the two are taken together, but no dose change is required": not significant
_NO_DOSE_CHANGE = re.compile(r"\bno\s+(?:dose|dosage|dosing)\s+(?:separation|adjustment|change|reduction)s?\s+"
                             r"(?:is|are)\s+(?:usually\s+)?(?:required|needed|necessary)\b", re.IGNORECASE)
# "Antacids lower its peak concentration but not its overall exposure, so no dose separation is required"
_CONTINUED_LIST = re.compile(r"(?:this|these|they|such\s+(?:drugs|medicines))\s+(?:also\s+)?(?:includes?|cover)\b",
                             re.IGNORECASE)
_DENIED_CUE = re.compile(
    r"\b(?:do|does|did|will|would|should)\s+not\s+(?:[\w-]+\s+)?interact\w*(?:\s+(?:significantly|meaningfully))?|"
    r"\bno\s+(?:[\w-]+\s+){0,3}interactions?\b|"
    r"\bno\s+(?:need|requirement)\s+(?:for|to)\s+(?:\w+\s+){0,2}?adjust\w*(?:\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:doses?|dosages?|dosing))?|\bno\s+(?:dose|dosage|dosing)\s+adjust\w*|"
    r"\b(?:doses?|dosages?)\s+(?:do|does|did)\s+not\s+need\s+(?:to\s+be\s+)?adjust\w*", re.IGNORECASE)
# (a dose adjustment the sentence denies is no cue either: "studies with A and B found no need to adjust the dose")


_CO_USE_REPORT = re.compile(
    r"\breceived\b[^.;]{0,60}\bconcomitant\s+(?:medications?|drugs?|therap\w+)\b|"
    r"\bconcomitant\s+(?:medications?|drugs?)\s+(?:were|was)\s+(?:grouped|classified|categori[sz]ed)\b|"
    r"\b(?:has|have|had)\s+been\s+(?:\w+\s+){0,3}(?:used|administered|given|co-?administered)\s+(?:\w+\s+)?"
    r"(?:concurrently|concomitantly|together|in\s+conjunction|in\s+combination|in\s+the\s+presence)\b|"
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:used|administered|given)\s+(?:concurrently|concomitantly|in\s+conjunction)\b|"
    r"\b(?:medications?|drugs?|medicines?)\s+(?:\w+\s+){0,2}(?:used|taken|given)\s+(?:concurrently|concomitantly|together)"
    r"\s+with\b|"  # "the most common medications used concomitantly with X in trials were A, B"
    r"\bcan\s+be\s+(?:\w+\s+){0,3}used\s+in\s+conjunction\s+with\b|"
    r"\bstudies\b[^.;]{0,60}\b(?:were|have\s+been)\s+(?:conducted|performed|carried\s+out)\s+with\b|"
    r"\b(?:were|was)\s+(?:also\s+)?(?:assessed|evaluated|studied|investigated)\s+by\b",
    re.IGNORECASE,
)  # "patients received concomitant medications: A, B", "X has been used concurrently with Y", "studies were
# conducted with A and B": who took what in a study, not what happened
_OUTCOME = re.compile(
    r"\b(?:increas|decreas|higher|lower|rais|reduc|enhanc|potentiat|inhibit|induc|risk|toxic|caution|avoid|"
    r"contraindicat|should|must|monitor|adjust|prolong|alter|affect|impair|interfer|elevat|diminish|result|caus|"
    r"lead|led\b|exacerbat|worsen|additive|augment|intensif|serious|fatal|death|bleed)\w*",
    re.IGNORECASE,
)


def co_use_report(text: str) -> bool:
    """A sentence that reports which drugs were taken together (in trials, in a study) and names no outcome:
    the drugs it lists took part in a study with the subject, they are not its partners."""
    report = _CO_USE_REPORT.search(text)
    return report is not None and _OUTCOME.search(text[:report.start()] + " " + text[report.end():]) is None


def only_denied_cues(text: str, mentions: Sequence[Mention] = ()) -> bool:
    """A sentence whose only interaction cue is denied ("They do not interact significantly; total
    acetaminophen must stay below 4 g a day"): whatever it names, it pairs nothing. The names themselves hold no
    cue ("calcium channel blockers")."""
    undenied = _DENIED_CUE.sub(lambda m: " " * len(m.group()), text)
    if undenied == text:
        return False
    for mention in mentions:
        undenied = undenied[:mention.start] + " " * (mention.end - mention.start) + undenied[mention.end:]
    return CUE.search(_TAKEN_TOGETHER.sub(" ", undenied)) is None


_TAKEN_TOGETHER = re.compile(
    r"\b(?:are|is|can\s+be)\s+(?:\w+\s+)?(?:taken|used|given|combined|prescribed)\s+together\b|"
    r"\b(?:was|were|is|are)\s+added\s+to\b", re.IGNORECASE)
# "no clinically significant interaction has been reported, and they are frequently taken together", "when X was
# added to warfarin, ... no clinically significant interaction has been shown": how they were given, no cue
_DISMISSED = re.compile(
    r"\b(?:this|which|that|the\s+(?:change|effect|difference|increase|decrease|reduction|rise|fall))\s+"
    r"(?:(?:is|was|are|were)\s+not|(?:has|have)\s+not\s+been)"
    r"\s+(?:considered\s+)?clinically\s+(?:significant|relevant|important|meaningful)\b|"
    r"\bno\s+clinically\s+(?:significant|relevant|important|meaningful)\s+(?:interaction|effect|change)"
    r"(?:\s+or\s+(?:dose\s+)?(?:change|adjustment))?\s+(?:is|was)\s+(?:expected|anticipated|seen|observed)\b|"
    r"\bthere\s+(?:is|was)\s+no\s+clinically\s+(?:significant|relevant|important|meaningful)\s+interaction\b|"
    r"\b(?:is|are)\s+not\s+(?:expected|likely|anticipated)\s+to\s+(?:cause|produce|result\s+in|lead\s+to)\s+"
    r"(?:a|an|any)\s+(?:clinically\s+(?:significant|relevant|important|meaningful)\s+)?(?:interaction|change)\b|"
    r"\b(?:was|were)\s+(?:once\s+|originally\s+|previously\s+|initially\s+)?(?:expected|thought|feared|predicted)\s+"
    r"to\b[^.;]*\bbut\b[^.;]*\bno\s+(?:clinically\s+[\w-]+\s+)?(?:antagonism|interaction|effect|change|difference)\b|"
    r"\bbut\s+(?:this|that|it)\s+does\s+not\s+(?:reduce|affect|change|alter|diminish|lessen|weaken)\s+(?:its|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:benefit|effect|efficacy|effectiveness|response)\b|"
    r"\b(?:modestly|slightly|somewhat|a\s+little)\s*,?\s+but\s+not\s+(?:meaningfully|significantly|"
    r"clinically\s+(?:significantly|meaningfully|relevantly))\b|"
    r"\bnone\s+of\s+(?:these|the|those)\s+(?:[\w-]+\s+)?(?:changes|effects|differences|interactions)\s+(?:is|are|was|were)\s+"
    r"clinically\s+(?:significant|relevant|important|meaningful)\b",
    re.IGNORECASE)  # (also "A shortens its half-life, but this does not reduce its LDL-lowering benefit"; "a fatty
# meal raises exposure modestly, but not meaningfully"; "...; none of these changes is clinically relevant")
# (also "Verapamil raised its exposure by 40%...; no clinically significant interaction is expected", "so drugs
# that inhibit this enzyme (e.g., fluoxetine) are not expected to cause a clinically meaningful interaction", "X was
# once expected to counteract it ..., but clinical studies show no clinically significant antagonism")
_STILL_WARNED = re.compile(
    r"\b(?:avoid\w*|cautio\w*|contraindicat\w*|should\s+not|must\s+not|not\s+recommended|monitor\w*|adjust\w*)\b",
    re.IGNORECASE)


def dismissed_change(text: str) -> bool:
    """A change the sentence itself calls not clinically significant, with no warning left ("Acarbose modestly lowers
    peak metformin concentrations, but this is not clinically significant"): no interaction to record."""
    return _DISMISSED.search(text) is not None and _STILL_WARNED.search(_NO_DOSE_CHANGE.sub(" ", text)) is None
    # ("..., so no dose adjustment is required" leaves no warning)


def lead_in_partners(ctx: RuleContext, unit: Unit, out: Emitter, lead: list[Mention]) -> None:
    """A lead-in that only lists drugs or classes ("**Anticoagulants and antiplatelets:** Warfarin and
    clopidogrel raise bleeding risk") names partners of the subject too, once the sentence pairs the subject
    (in a label excerpt such as the DDI texts, lead-ins stay headings)."""
    if len(lead) < len([p for p in NAME_LIST_SPLIT.split(unit.label) if p.strip()]):
        return  # the lead-in says more than names ("Pharmacokinetic interactions")
    for item in participants(ctx, unit.label, lead):
        statement = out.implicit(item) if item.ok and not item.is_subject else None
        if statement is not None:
            ctx.statements.append(statement)


# "X is usually preferred", "X is a common alternative", "X is often a safer pain reliever"
_ALTERNATIVE = re.compile(
    r"\b(?:is|are|(?:may|might|would|could)\s+be)\s+(?:usually\s+|often\s+|generally\s+)?(?:preferred|safer|(?:a|an|the)\s+(?:common\s+|safer\s+|"
    r"better\s+|usual\s+)?alternatives?|alternatives|(?:a|the)\s+(?:safer|better|preferred))\b",
    re.IGNORECASE,
)


_INSTEAD = re.compile(
    r"\b(?:another|a\s+different)\s+(?:[\w-]+\s+){0,3}(?:should|may|can|could|would)\s+(?:\w+\s+)?be\s+"
    r"(?:chosen|used|preferred|considered|substituted|selected|given)\b|"
    r"\b(?:use|choose|select|consider|switch\s+to)\s+(?:another|a\s+different)\b|"
    r"\balternatives?\s+(?:such\s+as|like|e\.\s?g\.,?|including)\s",
    re.IGNORECASE,
)  # "; another glucose-lowering drug should be chosen", "choose a different antibiotic", "; ask about alternatives
# such as famotidine": the drug to use instead
_ASK_ABOUT_OTHER = re.compile(
    r"\b(?:ask|talk)\s+(?:[\w-]+\s+){0,3}?about\s+(?:[\w-]+\s+){0,2}[\w-]+\s*(?:\([^()]*\)\s*)?,\s+"
    r"(?:a\s+different|another)\b[^;]*", re.IGNORECASE)
# "..., or ask about adapalene (Differin), a different retinoid that ...": the drug to ask for instead


_CHOSEN_INSTEAD = re.compile(
    r"\b(?:is|are)\s+(?:often\s+|usually\s+|generally\s+|commonly\s+|therefore\s+)?(?:chosen|used|given|prescribed|"
    r"preferred|recommended|selected)\s+instead\b",
    re.IGNORECASE,
)  # "Pantoprazole ... is often chosen instead": the drug to use in its place
_APPOSITIVE_END = re.compile(r",[^,;]*,\s*$")


_THAN = re.compile(r"\b(?:less|more|higher|lower|greater|smaller|fewer|stronger|weaker|larger|faster|slower)\b"
                   r"[^,;:.()]{0,80}?\bthan\b(?!\s+(?:usual|normal|expected|recommended|before|additive|\d|one|two|"
                   r"three|four|five|ten|twice|half|double|a\b|an\b))", re.IGNORECASE)  # not "less than two-fold"


_COMPARATOR_END = re.compile(r"[,;:.()]")
_ATTRIBUTED = re.compile(r"\b(?:come|comes|came|stem|stems|arise|arises)\s+(?:mainly\s+|mostly\s+|largely\s+)?from\b",
                         re.IGNORECASE)  # "the major interactions of the regimen come from rifampin": another drug's


_AS_WITH = re.compile(r",\s+(?:just\s+)?as\s+(?:it|they)\s+(?:does|do|did)\s+(?:with|for)\b", re.IGNORECASE)
# "TCAs may blunt the effect of lofexidine, as they do with clonidine": the drug the comparison borrows from


_LIKE_OTHERS = re.compile(r"^\W*(?:like|unlike|as\s+with|as\s+for)\s+(?:other|all|most|many|some)\s+[^,;:.]+",
                          re.IGNORECASE)  # "Like other antibacterials, it may blunt ...": the company the subject keeps


def comparator_spans(text: str) -> list[tuple[int, int]]:
    """What a comparison sets the named drugs against ("higher rates of kidney injury with vancomycin than
    cefepime or meropenem", "much less than its effect on repaglinide", ", as they do with clonidine", "Like
    other antibacterials, it ...") and the drug interactions are put down to ("come from rifampin"), each up to
    the next punctuation: yardsticks and other drugs, not partners."""
    like = _LIKE_OTHERS.match(text)
    spans = [like.span()] if like is not None else []
    if "than" not in text.lower() and " from " not in text and " as " not in text:
        return spans
    for found in [*_THAN.finditer(text), *_ATTRIBUTED.finditer(text), *_AS_WITH.finditer(text)]:
        stop = _COMPARATOR_END.search(text, found.end())
        spans.append((found.end(), stop.start() if stop else len(text)))
    return spans


def alternative_clauses(text: str) -> list[tuple[int, int]]:
    """The "; "-separated clauses that name another drug as the one to use instead, and the names a
    sentence opens with when it goes on to say they are the one to use ("Acetaminophen is usually preferred")."""
    if not any(word in text for word in ("prefer", "alternative", "safer", "better", "another", "different",
                                         "instead")):
        return []
    spans = clause_spans(text)
    aside = [(lo, hi) for lo, hi in spans[1:] if _ALTERNATIVE.search(text, lo, hi) or _INSTEAD.search(text, lo, hi)]
    aside += [found.span() for found in _ASK_ABOUT_OTHER.finditer(text)]
    opening = _ALTERNATIVE.search(text, 0, spans[0][1]) or _CHOSEN_INSTEAD.search(text, 0, spans[0][1])
    if opening:
        head = _APPOSITIVE_END.sub("", text[:opening.start()])  # "Pantoprazole, a PPI with weaker CYP2C19 inhibition,"
        if len(head.split()) <= MAX_LIST_WORDS and not CUE.search(head):
            aside.append((0, opening.start()))
    return aside


def clauses(text: str, items: list[Item]) -> list[list[Item]]:
    """The participants of each clause of a sentence whose "; "-separated parts (or ", and"-coordinated clauses,
    see :func:`_opens_clause`) each state an interaction ("inducers such as A and B speed its clearance;
    inhibitors such as C raise exposure"); else one clause. A list parted by semicolons has neither an
    interaction cue nor many words in each part and stays whole."""
    coordinated = [m.start() + 1 for m in _COORDINATED_CLAUSE.finditer(text)
                   if _opens_clause(text, m.end(), items, contrast=m.group(1).lower() in ("whereas", "while"))]
    if len(items) < 2 or ("; " not in text and not coordinated):
        return [items]
    spans = clause_spans(text)
    if coordinated:  # "A raises its levels, and other Bs lower them": two clauses too
        bounds = sorted({0, len(text), *(lo for lo, _ in spans[1:]), *coordinated})
        spans = list(pairwise(bounds))
    named = [(part, span) for span in spans if (part := [i for i in items if span[0] <= i.mention.start < span[1]])]
    # a clause that names no one ("; the total amount absorbed is not much changed") parts nothing
    if len(named) < 2 or not all(CUE.search(text, lo, hi) or _wordy(text, lo, hi, part) for part, (lo, hi) in named):
        return [items]
    return [part for part, _ in named]


_COORDINATED_CLAUSE = re.compile(r",\s+(and|but|whereas|while)\s+", re.IGNORECASE)


_CLAUSE_SUBJECT_GAP = re.compile(
    r"(?:(?:the|other|some|most|certain|all|any|many|strong|potent|[\w-]+ing)\s+){0,2}$", re.IGNORECASE
)  # what may stand between ", and" and the participant that opens the clause ("and other strong ...")


def _opens_clause(text: str, start: int, items: list[Item], *, contrast: bool = False) -> bool:
    """After ", and" a participant opens a clause of its own ("..., and other QT-prolonging drugs increase
    arrhythmia risk") after a clause with words of its own, not the last item of a list ("A, B, and C").
    After ", while" or ", whereas" the clause may name its participant further on ("..., while the
    antihypertensive effect of clonidine may be reduced")."""
    first = next((i for i in items if i.mention.start >= start), None)
    last = next((i for i in reversed(items) if i.end <= start), None)
    if first is None or last is None or len(text[last.end:start].split()) < (1 if contrast else 3):
        return False  # "A, B, and C": the comma ends a list item, not a clause
    return (contrast or _CLAUSE_SUBJECT_GAP.fullmatch(text, start, first.mention.start) is not None) \
        and CUE.search(text, first.end if not contrast else start) is not None


def _wordy(text: str, lo: int, hi: int, part: list[Item]) -> bool:
    """More words besides its names than a list item holds: a clause of its own ("A, especially given by
    injection, has been linked to collapse")."""
    words = len(text[lo:hi].split()) - sum(len(i.mention.text.split()) for i in part)
    return words > 2 * MAX_LIST_WORDS


def read_sentence(ctx: RuleContext, unit: Unit, out: Emitter, named: list[Item], others: list[Item]) -> None:
    """Emit the pairs of one sentence: named subject, else cross-group pairs, else implicit subject."""
    if named and _interaction_label(unit) \
            and bare_list(unit.text, sorted(named + others, key=lambda i: i.mention.start)):
        # "**Drug Interactions:** Other 4-aminopyridine products, OCT2 inhibitors (cimetidine), ...": the subject's
        # other products are one more item of its partner list, no actor whose list this is
        ctx.surface_forms.extend((item.concept, item.surface) for item in named if item.written)
        implicit_pairs(ctx, out, others)
        return
    if named:
        read_named(unit, out, named, others)
        return
    runs = list_runs(unit.text, others)
    if runs and ctx.monograph and _other_own_members(ctx, unit.text, runs[0][0]) and has_cue(unit.text, others):
        # "Other anticholinergic medicines add to its side effects, for example TCAs (amitriptyline)": the
        # subject's fellow members and the examples given of them are its partners, not each other's
        implicit_pairs(ctx, out, others, other_members=True)
        return
    if ctx.monograph and classes_exemplified(unit.text, others):
        # "Drugs that prolong the QT interval add to the risk of torsades: class IA antiarrhythmics (quinidine),
        # antipsychotics, and erythromycin": the list after the colon names the class's members, all partners
        implicit_pairs(ctx, out, others)
        return
    paired = [coadministered(unit.text, out, run) for run in runs]
    if len(runs) >= 2:
        if _interaction_label(unit) and bare_list(unit.text, others):
            # "**Drug Interactions:** A, high-dose B, C inducers", "**Contraindicated:** A and B (QT
            # prolongation); C (myopathy)": the subject's partners, whatever words the items hold ("inducers",
            # "seizure-threshold-lowering drugs", a bracketed reason are no cue between them)
            implicit_pairs(ctx, out, others)
        elif (len(runs) == 2 and (parallel_clauses(unit.text, runs) or likewise_clause(unit.text, runs))) \
                or verdict_clauses(unit.text, runs):
            # "A (e.g., a1) carry the greatest worry, and B such as b1 may also add to the risk": each clause names
            # partners of the subject, not of each other
            implicit_pairs(ctx, out, others)
        elif has_cue(unit.text, others):
            own = own_class_run(ctx, unit.text, runs) if ctx.monograph else -1
            if own >= 0:  # "NSAIDs raise lithium levels" in ibuprofen's monograph: the class stands for the subject
                # too, with the participants on either side of it (not those of a clause further on)
                stand_ins = [stand_in(ctx, i.mention, i.surface) for i in runs[own]]
                read_named(unit, out, stand_ins, [i for run in runs[max(0, own - 1):own + 2] for i in run
                                                  if run is not runs[own]])
            cross_pairs(out, runs)
    elif not any(paired) and (has_cue(unit.text, others) or bare_list(unit.text, others, every_part_named=True)
                              or (CUE.search(unit.label) is not None
                                  and (names_only(unit.text, others) or bare_list(unit.text, others)))):
        # ("**Raise its levels:** ritonavir and clarithromycin.", "**Drug Interactions:** A, juices (B, orange), C")
        implicit_pairs(ctx, out, others)


def _interaction_label(unit: Unit) -> bool:
    """The bullet's label names interactions or a cue ("**Drug Interactions:**", "**Raise its levels:**")."""
    return "interact" in unit.label.lower() or CUE.search(unit.label) is not None


_CLAUSE_BREAK = re.compile(r"(?:,\s*(?:and|while|whereas)|;)\s+", re.IGNORECASE)
_ALSO_AFTER = re.compile(r"[^.;:,]{0,40}?\b(?:also|likewise|similarly|too)\b", re.IGNORECASE)


def parallel_clauses(text: str, runs: list[list[Item]]) -> bool:
    """Two clauses, each with its own list before its verb, the second saying it "also" does what the first does:
    both lists are partners of the subject."""
    first, second = runs
    between = text[first[-1].end:second[0].mention.start]
    return _CLAUSE_BREAK.search(between) is not None and _ALSO_AFTER.match(text, second[-1].end) is not None \
        and CUE.search(between) is None


_LIKEWISE = re.compile(r"[,;]\s+(?:as|and\s+so|so)\s+(?:should|must|does|do|is|are|can|may|would)\s+(?:the\s+)?$",
                       re.IGNORECASE)


def likewise_clause(text: str, runs: list[list[Item]]) -> bool:
    """A second list that takes the first's verdict by "as should" ("A and B should be avoided, as should C"):
    both lists are partners of the subject."""
    return _LIKEWISE.search(text, runs[0][-1].end, runs[1][0].mention.start) is not None


_VERDICT_AFTER = re.compile(r"\s+(?:is|are|should|must|may|can|need)\b[^,;()]{1,40},\s+", re.IGNORECASE)


def verdict_clauses(text: str, runs: list[list[Item]]) -> bool:
    """Each list opens a clause of its own with its own verdict ("strong inhibitors such as A and B are
    contraindicated, moderate inhibitors such as C should be avoided"): all are partners of the subject."""
    verdicts = [(_VERDICT_AFTER.match(text, before[-1].end), after) for before, after in pairwise(runs)]
    return bool(verdicts) and all(
        verdict is not None and CUE.search(verdict.group()) is not None  # (not "A are fine, but B ...")
        and _FINITE_VERB_NEXT.match(text, after[-1].end) is not None for verdict, after in verdicts)


def classes_exemplified(text: str, items: list[Item]) -> bool:
    """A clause naming only classes and a cue, then a colon and a list that names something in every part."""
    colon = text.find(":")
    if colon < 0 or "(" in text[:colon]:
        return False
    before = [i for i in items if i.mention.start < colon]
    after = [i for i in items if i.mention.start > colon]
    if not before or any(i.concept.kind != K.DRUG_CLASS for i in before) or not has_cue(text[:colon], before):
        return False
    return bare_list(text, after, every_part_named=True, start=colon + 1)


def own_class_run(ctx: RuleContext, text: str, runs: list[list[Item]]) -> int:
    """The index of the one run that only names classes saying what the subject is (not its *other* members),
    or -1."""
    index = class_index(ctx.lexicon)
    own = [n for n, run in enumerate(runs) if all(
        i.concept.kind == K.DRUG_CLASS and index.defines(ctx.subject.concept, i.concept)
        and _OTHER_MEMBERS.search(text, 0, i.mention.start) is None and _SUBSET.match(text, i.end) is None
        for i in run)]
    return own[0] if len(own) == 1 else -1


_SUBSET = re.compile(r"\s+(?:with|that|which|who|containing|having|bearing|lacking|carrying)\b", re.IGNORECASE)
# "cephalosporins with a methylthiotetrazole side chain": some members, not the subject's whole class


def _other_own_members(ctx: RuleContext, text: str, item: Item) -> bool:
    """The item names the *other* members of a class or grouping the subject belongs to ("other anticholinergics",
    "other QT-prolonging drugs")."""
    return item.concept.kind == K.DRUG_CLASS and class_index(ctx.lexicon).related(ctx.subject.concept, item.concept) \
        and _OTHER_MEMBERS.search(text, 0, item.mention.start) is not None


def list_runs(text: str, items: list[Item]) -> list[list[Item]]:
    """The sentence's groups of coordinated participants, with lists that unknown items or examples interrupt
    made whole again and runs that only repeat an earlier clause's names left out."""
    runs = listed_through_unknown(text, groups(text, items))
    return alternatives_joined(text, repeats_dropped(text, examples_joined(text, runs)))


_ALTERNATIVE_GAP = re.compile(r"[\s,)\]]*\b(?:or|and/or)\b[^.;:()]{0,40}?[\s(\[]*$", re.IGNORECASE)


def alternatives_joined(text: str, runs: list[list[Item]]) -> list[list[Item]]:
    """Runs that only "or" and a few words without a cue separate are one list of alternatives ("N-methyl-
    thiotetrazole side chains (A, B) or methylthiadiazole (C) can cause ..."): they do not pair with each
    other."""
    joined: list[list[Item]] = []
    for run in runs:
        if joined:
            lo, hi = joined[-1][-1].mention.end, run[0].mention.start
            if _ALTERNATIVE_GAP.fullmatch(text, lo, hi) and not CUE.search(text, lo, hi):
                joined[-1] = [*joined[-1], *run]
                continue
        joined.append(run)
    return joined


_REASON_CLAUSE = re.compile(r",\s+(?:since|because|as|given\s+that)\s+", re.IGNORECASE)


def repeats_dropped(text: str, runs: list[list[Item]]) -> list[list[Item]]:
    """Runs less those that only name again, in a later "; " clause, a reason clause or a bracket, what an earlier
    clause gave ("A (B, C) add to it; intravenous B is worse", "live vaccines (A, B) should be avoided, since the
    response to live vaccines is unknown", "inducers such as A and B cut its levels (A by 98%)"): that is the same
    participant, not a partner of its list."""
    breaks = [m.end() for m in _REASON_CLAUSE.finditer(text)] + [at for at, char in enumerate(text) if char == "("]
    if ("; " not in text and not breaks) or len(runs) < 2:
        return runs
    starts = sorted([lo for lo, _ in clause_spans(text)] + breaks)
    seen: set[tuple[str, str]] = set()
    out: list[list[Item]] = []
    clause = 0
    for run in runs:
        while clause + 1 < len(starts) and starts[clause + 1] <= run[0].mention.start:
            clause += 1
            seen.update(ident(item) for done in out for item in done)
        if any(ident(item) not in seen for item in run):
            out.append(run)
    return out


_LIST_OPENING = re.compile(r":|\b(?:examples?|e\.\s?g\.|such\s+as|including)\s*\[", re.IGNORECASE)


def listed_through_unknown(text: str, runs: list[list[Item]]) -> list[list[Item]]:
    """Runs parted only by a whole list item the lexicon does not know are one list ("... include: A; B;
    an unknown name; C", "A, star fruit, B or C raise ..."), not partners of each other; so are all runs
    after a colon that only a list of short items follows ("...: A, complex anions (B, C), D"), or after
    "examples [" ("...; examples [A (B, C), D (E)]")."""
    opening = _LIST_OPENING.search(text)
    colon = opening.end() - 1 if opening else -1
    listed = colon >= 0 and bare_list(text, [r[0] for r in runs if r[0].mention.start > colon], start=colon + 1)
    out: list[list[Item]] = []
    for run in runs:
        if out and ((listed and out[-1][0].mention.start > colon)
                    or list_gap(text[out[-1][-1].end:run[0].mention.start])):
            out[-1] = [*out[-1], *run]
        else:
            out.append(run)
    return out


_CLEARED_BY = r"(?:metaboli[sz]ed|cleared|broken\s+down|eliminated)\s+(?:\w+\s+)?by"
_EXAMPLES_GAP = re.compile(
    rf"[\s,(]*(?:(?:(?:and|or)\s+other|that|(?:in\s+|for\s+)?which|whose|meaning|i\.e\.,?|{_CLEARED_BY})\s+"
    r"[^.;:()]{1,100}?[\s,(]*)?"
    r"(?:such\s+as|including|e\.\s?g\.?|for\s+(?:example|instance)|like)\b|"
    rf"\s+(?:(?:used\s+)?for\s+(?!example|instance)|{_CLEARED_BY}\s+)[^.;:()]{{1,40}}?\s*\(\s*",
    re.IGNORECASE,
)  # "A, B, and other medicines that raise potassium, such as C": C is a last item of the same list; "Diuretics that
# lower potassium, such as C", "CYP450 substrates in which a small change can do harm, such as C": C is an example of
# them (also after a gloss: "Dopaminergic drugs, meaning medicines that raise dopamine levels (e.g., C)"); so are the
# bracketed examples after a purpose
# ("Cholinesterase inhibitors for dementia (donepezil, ...)") or after the route that clears them ("Benzodiazepines
# metabolized by CYP3A4 (midazolam, ...)")

_LATER_EXAMPLES = re.compile(r"[^.;:()]{1,80}?,\s*(?:for\s+(?:example|instance)|e\.\s?g\.)", re.IGNORECASE)
# "Live vaccines should be avoided during treatment, for example MMR": examples of the class, after what it does


def examples_joined(text: str, runs: list[list[Item]]) -> list[list[Item]]:
    """A run followed by "such as ..." continues into the next run even when a name the lexicon does not
    know sits between them ("QT-prolonging drugs, such as class IA and class III antiarrhythmics", "A, and other
    drugs that do B, such as C"): the examples belong to the class or list, they do not interact with it."""
    out: list[list[Item]] = []
    for run in runs:
        if out and (_EXAMPLES_GAP.match(text, out[-1][-1].end, run[0].mention.start) or (
                out[-1][-1].concept.kind == K.DRUG_CLASS
                and _LATER_EXAMPLES.match(text, out[-1][-1].end, run[0].mention.start))):
            out[-1] = [*out[-1], *run]
        else:
            out.append(run)
    return out


_COMPOUND_TAIL = re.compile(r"-(?:containing|based|free|rich)\s+[\w-]+(?:\s+(?:and|or)\s+[\w-]+)?")
_SECOND_HEAD = re.compile(r"\s+(?:and|or)\s+[a-z][\w-]*(?=\s*[,;])")  # a second noun sharing the name's modifier
_SEPARATOR_ONLY = re.compile(r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)")


def list_gap(gap: str) -> bool:
    """Whole short list items between separators ("; dietary deficiencies; hepatotoxic drugs;"): items
    the lexicon does not know."""
    tail = _COMPOUND_TAIL.match(gap) or _SECOND_HEAD.match(gap)
    if tail is not None and _SEPARATOR_ONLY.fullmatch(gap, tail.end()):
        return True  # "alcohol-containing toners and aftershaves, and ...", "abrasive soaps and cleansers, ...": the
        # rest of the item the name begins
    core = gap.strip(" *").removeprefix(")").strip()
    if core.endswith("("):  # "), other agents (": an item whose examples follow in brackets
        core = core[:-1].rstrip() + ","
    if len(core) < 2 or core[0] not in ",;":
        return False
    pieces = _ITEM_SEPARATOR.split(core)
    # the last piece may be a modifier of the next item ("; prolonged narcotics")
    return len(pieces) > 2 and all(len(p.split()) <= MAX_LIST_WORDS for p in pieces) and len(pieces[-1].split()) <= 2


def read_named(unit: Unit, out: Emitter, named: list[Item], others: list[Item]) -> None:
    """The named subject pairs with every other participant, except the alternatives listed with it
    ("an SSRI (e.g., fluoxetine, sertraline or escitalopram)"); a class of the subject listed with it
    ("a quinolone, including ciprofloxacin") pairs like the subject."""
    subject = next((i for i in named if i.ok), None)
    if subject is None:
        return
    runs = groups(unit.text, sorted(named + others, key=lambda i: i.mention.start))
    run = next(r for r in runs if subject in r)
    active = out.ctx.active_forms
    # "diclofenac and other NSAIDs inhibit diuretics": the other members act alongside the subject
    defines = class_index(out.ctx.lexicon).defines
    stand_ins = [i for i in run if not i.is_subject and i.ok and (
        defines(subject.concept, i.concept) or i.concept.key in active or co_measured(unit.text, run, i, others))]
    described = described_as(unit.text, subject, runs)
    others = [i for i in others if i.concept.key not in active or i.mention.start != subject.mention.start]
    listed = not coadministered(unit.text, out, run)
    peers = listed and examples(unit.text, run)
    for item in others:
        if item in stand_ins or item in described:
            continue
        if item.ok and not (listed and item in run and (peers or alternative(unit.text, subject, item))):
            out.pair(subject, item)
            for cls in stand_ins:
                out.pair(cls, item)


_COPULA_GAP = re.compile(
    r"\s+(?:is|are)\s+(?:(?:mainly|mostly|largely|primarily|chiefly|predominantly|partly|also|both)\s+)*"
    r"(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)


def described_as(text: str, subject: Item, runs: list[list[Item]]) -> list[Item]:
    """The classes a copula says the subject is ("Mexiletine is mainly a CYP2D6 and CYP1A2 substrate, so ..."):
    what it is, not what it is taken with. ``runs`` are the sentence's groups, in order."""
    after = next(((i, run) for run in runs for i in run if i.mention.start >= subject.end and not i.is_subject), None)
    if after is None or after[0].concept.kind != K.DRUG_CLASS \
            or _COPULA_GAP.fullmatch(text, subject.end, after[0].mention.start) is None:
        return []
    return [i for i in after[1] if i.concept.kind == K.DRUG_CLASS]


_MEASURED_AFTER = re.compile(r"[\s'’s]*(?:(?:plasma|serum|blood|steady-state|trough|peak)\s+)?"
                             r"(?:levels?|concentrations?|exposures?)\b", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+and\s+", re.IGNORECASE)
_MEASURED_BEFORE = re.compile(r"\b(?:levels?|concentrations?|exposures?|absorption|clearance|metabolism|elimination)\s+"
                              r"of\s+(?:both\s+)?$", re.IGNORECASE)


def co_measured(text: str, run: list[Item], item: Item, others: list[Item]) -> bool:
    """A drug whose levels are measured together with the subject's ("raise amitriptyline and nortriptyline
    levels", "levels of loratadine and desloratadine"), by a cause named outside the list: it is acted on
    alongside the subject, not a partner of it."""
    if len(run) != 2 or not any(i.ok and i not in run for i in others):
        return False
    first, last = run
    return (_AND_GAP.fullmatch(text, first.end, last.mention.start) is not None
            and (_MEASURED_AFTER.match(text, last.end) is not None
                 or _MEASURED_BEFORE.search(text, 0, first.mention.start) is not None))


def examples(text: str, run: list[Item]) -> bool:
    """An enumeration of examples ("drugs such as A, B and C"): its members are peers, not partners."""
    return len(run) >= MIN_PEERS and _EXAMPLES.search(text, 0, run[0].mention.start) is not None


def alternative(text: str, a: Item, b: Item) -> bool:
    """Two names of one list separated only by commas, "or" and example markers: alternatives, not partners."""
    left, right = sorted((a, b), key=lambda i: i.mention.start)
    return _PARTNER_GAP.search(text, left.mention.end, right.mention.start) is None


def coadministered(text: str, out: Emitter, run: list[Item]) -> bool:
    """In "coadministration of A and B" (or "both A and B") the first drug of the list pairs with the rest
    (True if so)."""
    if len(run) < 2 or _MEASURED_BEFORE.search(text, 0, run[0].mention.start) is not None:
        return False  # ("reduce the absorption of both carbidopa and levodopa": acted on together, see co_measured)
    # "both A and B", "when the two are combined" (not "A and other Xs", A being an X: one participant)
    mutual = len(run) == 2 and not out.own_class(run[0], run[1]) and (
        _BOTH.search(text, 0, run[0].mention.start) is not None or _MUTUAL.search(text) is not None)
    if not (mutual or _COADMIN.search(text, 0, run[0].mention.start)):
        return False
    if not re.search(r"\b(?:and|with)\b", text[run[0].mention.end:run[1].mention.start]):
        return False
    for item in run[1:]:
        if run[0].ok and item.ok:
            out.pair(run[0], item)
    return True


def cross_pairs(out: Emitter, runs: list[list[Item]]) -> None:
    """Every member of a group interacts with every member of each later group."""
    for i, run in enumerate(runs):
        for later in runs[i + 1:]:
            for left in run:
                for right in later:
                    if left.ok and right.ok:
                        out.pair(left, right)


def implicit_pairs(ctx: RuleContext, out: Emitter, others: list[Item], *, other_members: bool = False) -> None:
    """The unnamed subject interacts with each item (withheld while the document is explicit style)."""
    style = style_of(ctx)
    for item in others:
        st = out.implicit(item, other_members=other_members) if item.ok else None
        if st is not None:
            style.implicit.append(st)
            if not style.withheld:
                ctx.statements.append(st)


_TREATED_WITH = re.compile(r"\b(?:controlled|treated|managed|relieved|corrected)\s+with\s+$", re.IGNORECASE)
_DOSE_LIMIT_WITH = re.compile(
    r"\b(?:maximum|max\.?|limit\w*|(?:do\s+)?not\s+exceed|avoid\w*|"
    r"(?:reduc|lower|halv|adjust|cap)\w*\s+(?:the\s+)?(?:dose|dosage)|dose\s+(?:reduction|adjustment|limit))\b"
    r"(?:[^.;:()]|\([^()]*\)){0,60}?\bwith\s+",
    re.IGNORECASE,
)  # "maximum 20 mg daily with clarithromycin" (not "stroke risk reduction with LVH: ... add X", nor a limit
# in brackets: "15 mg/kg (maximum 900 mg) once weekly with rifapentine" is a regimen)


_WITH_THEN_LIMIT = re.compile(
    r"^\W*with\s+(?:[^.;:()]|\([^()]*\))+?,\s*(?:do\s+not\s+exceed|(?:reduce|lower|halve|limit|cap|increase|adjust)\s+"
    r"(?:the\s+)?(?:dose|dosage|to\b)|(?:consider\s+)?(?:increasing|reducing|lowering|halving)\s+the\s+(?:dose|dosage)|"
    r"(?:the\s+)?max(?:imum|\.)?\s+(?:dose\s+)?(?:is\s+)?\d)",
    re.IGNORECASE,
)  # "With strong CYP3A4 inhibitors (for example ketoconazole), do not exceed 20 mg once daily": the limit follows


def _limited_with(text: str) -> tuple[int, int] | None:
    """Where the drugs a dose limit is tied to are named: after "maximum 20 mg daily with", or before ", do not
    exceed" in "With A or B, do not exceed 20 mg"; ``None`` when no limit is tied to drugs."""
    cue = _DOSE_LIMIT_WITH.search(text)
    if cue is not None:  # (not "hypertension that cannot be controlled with antihypertensive treatment": a treatment)
        return None if _TREATED_WITH.search(text, 0, cue.end()) else (cue.end(), len(text))
    first = _WITH_THEN_LIMIT.match(text)
    return (0, first.end()) if first is not None else None


def dose_interactions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """A dose limit tied to other drugs ("maximum 20 mg daily with clarithromycin or itraconazole",
    "avoid with cyclosporine", "With A or B, do not exceed 20 mg"): the subject interacts with each of them."""
    span = _limited_with(unit.text)
    if span is None:
        return
    lo, hi = span
    for item in participants(ctx, unit.text, mentions):
        if lo <= item.mention.start < hi and not item.is_subject and item.ok \
                and item.concept.kind != K.SUBSTANCE:  # "with food" is how to take it
            ctx.emit(Relation.INTERACTS_WITH, item.concept, unit, item.mention.text)
