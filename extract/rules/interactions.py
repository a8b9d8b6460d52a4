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

Negated or other-form mentions never pair; conditional advice ("if X is given with Y") does.
Bare enzymes ("CYP3A4", thesaurus enzymes such as "xanthine oxidase"), body substances ("blood
glucose"), lab analytes and classes that only describe a drug ("the MAO inhibitor phenelzine") are
not participants. A drug level or toxicity ("plasma phenytoin concentrations", "lithium toxicity")
names that drug; "given with it" and the drug the monograph says its subject is converted to
("a prodrug of prednisolone") stand for the subject. A sentence whose "; " clauses each state an
interaction is read clause by clause. A full monograph (many section kinds) never withholds its
implicit-subject pairs; label excerpts in explicit style do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from extract.classes import class_index
from extract.context import find_triggers, modifiers_for
from extract.model import Concept, Mention, Relation, Statement
from extract.nlp import match_text
from extract.rules.base import (
    BLOCKING,
    ENDOGENOUS,
    INTERACTION_KINDS,
    MECHANISM,
    SEVERITY,
    K,
    RuleContext,
    chunk_concept,
    pick,
    usable,
)
from extract.text import EFFECT_NOUNS, clause_spans, looks_plural
from extract.units import Unit

_JOINER = re.compile(
    r"(?:[\s,/()\[\]]|\band\b|\bor\b|\bnor\b|\beither\b|\bsuch\s+as\b|\be\.\s?g\.?|\bi\.\s?e\.?|\bincluding\b|"
    r"\blike\b|\bothers?\b|\betc\b\.?|\bespecially\b|\bparticularly\b|\bfor\s+example\b|\bas\s+well\s+as\b|\bcertain\b|"
    r"\bsome\b|\bthe\b|\bdrugs?\b|\bagents?\b|\bmedications?\b|\bproducts?\b|\bpreparations?\b|\bcompounds?\b|"
    r"\bderivatives?\b|\bcontain(?:s|ing)?\b|\b(?:that|which)\s+contain\b|:|;(?!\s)|\*)*",
    re.IGNORECASE,
)
CUE = re.compile(
    r"\b(?:increas\w*|decreas\w*|rais\w*|rise\w*|lower\w*|reduc\w*|enhanc\w*|potentiat\w*|inhibit\w*|induc\w*|"
    r"interact\w*|risk\w*|toxicit\w*|levels?|concentrations?|exposure|absorption|clearance|metabolism|effects?|"
    r"avoid\w*|caution\w*|contraindicat\w*|should\s+not|must\s+not|not\s+recommended|combin\w*|concomitant\w*|"
    r"co-?administ\w*|concurrent\w*|together|add\w*|blunt\w*|antagoni\w*|separate\w*|cause\w*|interfer\w*|"
    r"prolong\w*|accumulat\w*|displac\w*|alter\w*|affect\w*|impair\w*|block\w*|diminish\w*|weaken\w*|"
    r"eliminat\w*|excret\w*|slow\w*|speed\w*|bioavailab\w*|half-life|AUC|Cmax|pharmacokinetic\w*|"
    r"pharmacodynamic\w*|binding|response|activity|action|deepen\w*|worsen\w*|aggravat\w*|exacerbat\w*|"
    r"provok\w*|intensif\w*|augment\w*|amplif\w*|also\s+(?:taking|receiving)|harmful|dangerous)\b",
    re.IGNORECASE,
)
_SALT = re.compile(
    r"\s+(?:sodium|potassium|calcium|magnesium|hydrochloride|hcl|sulfate|sulphate|citrate|acetate|maleate|"
    r"mesylate|tartrate|succinate|fumarate|phosphate|bromide|chloride|hyclate|besylate|bisulfate)\b",
    re.IGNORECASE,
)
_BRAND = re.compile(r"\b([A-Z][A-Z]{3,}(?:-?[A-Z]+)?)(®|\u2122|TM\b)?(?![A-Za-z0-9-])")
_HEADING_WORDS = frozenset({
    "WARNING", "WARNINGS", "CAUTION", "ADVERSE", "REACTIONS", "INTERACTIONS", "PRECAUTIONS", "CONTRAINDICATED",
    "CONTRAINDICATIONS", "CLINITEST", "CLINISTIX", "TABLE", "FIGURE", "NOTES",
})
_ENZYME = re.compile(
    r"\b(?:CYP|cytochrome|P-?450|P-?glycoprotein|P-?gp|ABCB1|OATP\w*|UGT\w*|MATE\d?|OCT\d|monoamine\s+oxidase)",
    re.IGNORECASE,
)
_ENZYME_ENDINGS = ("ase", "ases")  # a cheap test before the suffix pattern
_ENZYME_LABEL = re.compile(
    r"(?:oxidase|reductase|kinase|transferase|dehydrogenase|esterase|synthase|oxygenase|hydroxylase|phosphatase|"
    r"peroxidase|isomerase|polymerase|ligase|cyclase)s?$",
    re.IGNORECASE,
)
_AGENTS_OF = re.compile(r"\s+(stimulators?|activators?)\b", re.IGNORECASE)
_PERPETRATOR = re.compile(
    r"[\s-]*(?:\(\w+\)\s*)?(?:(?!(?:and|or)\b)\w+[\s-]+)?(?:inhibit|induc|substrate)\w*", re.IGNORECASE
)  # "CYP3A4 inhibitors", "P-gp (ABCB1) substrates"; not "CYP2C19 and induce CYP3A4"
_LIST_SPLIT = re.compile(r",|;|\band\b|\bor\b", re.IGNORECASE)
MAX_LIST_WORDS = 5
_CARRIER_WORDS = r"binding[\s-]+(?:globulins?|proteins?)"  # plasma carriers ("sex hormone binding globulin")
_BODY_BEFORE = re.compile(
    # a lab analyte ("assays of X", "urine screens for X")
    r"\bblood\s+$|\b(?:assays?|tests?|screens?|screening|determinations?)\s+(?:of|for)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_BODY_AFTER = re.compile(
    r"[\s-]+(?:lowering|raising|receptors?|reuptake|uptake|transporters?|synthesis|release|secretion)\b"
    rf"|[\s-]+{_CARRIER_WORDS}\b|[\s-]+(?:assays?|tests?|determinations?)\b"
    r"|-\s?(?:sparing|depleting|wasting|losing)\b",
    re.IGNORECASE,
)
_CARRIER = re.compile(rf"\b{_CARRIER_WORDS}\b", re.IGNORECASE)
_METABOLITE_NAME = re.compile(r"(?:N|O)-?(?:desmethyl|demethyl|acetyl)", re.IGNORECASE)
_METABOLITE_BEFORE = re.compile(r"\bmetabolites?\s*,?\s*(?:(?!of\b)\w+\s+)?$", re.IGNORECASE)  # not "metabolite of X"
_FLUID_BEFORE = re.compile(r"\b(?:serum|plasma|urine|urinary|blood)\s+$", re.IGNORECASE)
_LEVEL_OF = re.compile(
    r"(?:(?:free|total|unbound|serum|plasma|blood|trough|peak)\s+)*(?P<drug>.+?)"
    r"(?:\s+(?:serum|plasma|blood))?(?:\s+(?:levels?|concentrations?|toxicity|intoxication|poisoning))?",
    re.IGNORECASE,
)  # "plasma phenytoin concentrations", "lithium toxicity": a level of the drug named inside
_MEASURE_AFTER = re.compile(r"[\s-]+(?:time|response|levels?|concentrations?|loss|excretion)\b", re.IGNORECASE)
_EFFECT_NOUN = re.compile(
    rf"(?:\s*(?:,|,?\s+and|,?\s+or)\s+[a-z][a-z-]*){{0,4}}[\s-]+(?:{EFFECT_NOUNS})\b"
)
ITEM_BLOCKING = BLOCKING - {"HYPOTHETICAL"}
_APPOSITIVE = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:\w+\s+){0,2}", re.IGNORECASE)
_COADMIN = re.compile(
    r"\b(?:co-?administ\w*|concomitant(?:ly)?(?:\s+\w+)?|combin\w*|interactions?|concurrent(?:ly)?(?:\s+\w+)?|"
    r"(?:use|given|administered|taken)\s+together)\s+(?:of|between|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GLOSSED = re.compile(r"\b([A-Z][A-Za-z]{3,})\s*(?:®|\u2122)?\s*\(\s*([a-z][^)]{0,60})\)")
_OTHER_MEMBERS = re.compile(
    r"(?<!\blike )(?<!\bas with )(?<!\bunlike )(?<!\bas do )(?<!\bas does )(?<!\bsimilar to )(?<!\bcompared with )"
    r"\b(?:other|another|similar|additional)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)  # "with other NSAIDs" names partners; "like / as with other NSAIDs" only compares
_EXAMPLES = re.compile(r"\b(?:such\s+as|e\.\s?g\.?|including|for\s+example)[\s,:]*$", re.IGNORECASE)
_BOTH = re.compile(r"\bboth\s+(?:the\s+)?$", re.IGNORECASE)
_MUTUAL = re.compile(r"\bthe\s+two\b|\beach\s+other\b|\bone\s+another\b", re.IGNORECASE)
_ITEM_SEPARATOR = re.compile(r"[,;]")
_PARTNER_GAP = re.compile(r"\band\b|\bwith\b|\bplus\b|[:;]", re.IGNORECASE)
_ARTICLE = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|as)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
MIN_SENTENCES = 4
MIN_PEERS = 3  # an enumeration this long that names the subject lists peers, not partners
EXPLICIT_SHARE = 0.75


@dataclass(frozen=True, slots=True)
class Item:
    """One participant mention: its concept and whether it names the monograph's subject."""

    mention: Mention
    concept: Concept
    is_subject: bool
    surface: str = ""
    written: bool = True  # the mention's text is a name of the concept (not "it", not its active form)

    @property
    def end(self) -> int:
        """Where the participant's name ends in the sentence, salt word included."""
        return max(self.mention.end, self.mention.start + len(self.surface))

    @property
    def ok(self) -> bool:
        """Not negated or about another form (conditional advice, "if given with X", still counts)."""
        return not (self.mention.modifiers & ITEM_BLOCKING)


def surface_of(text: str, mention: Mention) -> str:
    """The mention's text, extended over a following salt or form word ("cerivastatin sodium")."""
    salt = _SALT.match(text, mention.end)
    return text[mention.start:salt.end()] if salt else mention.text


def brand_mentions(ctx: RuleContext, text: str, mentions: list[Mention]) -> list[Mention]:
    """Product names of the subject: unknown capitals in prose ("with BREVIBLOC and"), a name glossed
    with the subject ("Lodine (etodolac)"), and any name so learned earlier in the document."""
    learned = style_of(ctx).brands
    spans: dict[tuple[int, int], str] = {}
    for match in _BRAND.finditer(text):
        word = match.group(1)
        if brand_like(word) and (match.group(2) or prose_around(text, match.start(1), match.end(1))):
            spans[match.span(1)] = word
    for match in _GLOSSED.finditer(text) if "(" in text else ():
        first = match.group(2).split()[0].strip(",;")
        if ctx.subject.is_alias(first) and not ctx.subject.is_alias(match.group(1)):
            spans[match.span(1)] = match.group(1)
    learned.update(word.lower() for word in spans.values())
    lowered = text.lower() if text.isascii() else None  # learned names are ASCII: a substring test suffices
    for word in learned:
        if lowered is not None and word not in lowered:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
            spans.setdefault(match.span(), match.group(0))
    if not spans:
        return []
    triggers = find_triggers(match_text(text))
    return [
        Mention(word, start, end, (ctx.subject.concept,), modifiers_for((start, end), triggers, len(text)))
        for (start, end), word in sorted(spans.items())
        if not any(m.start < end and start < m.end for m in mentions)
    ]


def brand_like(word: str) -> bool:
    """Long enough and pronounceable (not an acronym), not a heading word or a Roman numeral."""
    letters = word.replace("-", "")
    vowels = sum(ch in "AEIOUY" for ch in letters)
    roman = set(letters) <= set("IVXLCDM")
    return len(letters) >= 5 and vowels >= 2 and not roman and word not in _HEADING_WORDS


def prose_around(text: str, start: int, end: int) -> bool:
    """True when the words on both sides are lower-case prose (not a shouted heading)."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 30):start])
    after = re.findall(r"[A-Za-z]+", text[end:end + 30])
    return bool(before) and before[-1].islower() and (not after or after[0].islower() or after[0] == "and")


def enzyme(text: str, mention: Mention, concept: Concept | None = None) -> bool:
    """A bare enzyme or transporter ("CYP3A4", "P-glycoprotein", "xanthine oxidase"), not a class of its
    inhibitors. Thesaurus enzymes are filed as drugs; one with no DrugBank entry is an enzyme here."""
    if concept is not None and concept.label.endswith(_ENZYME_ENDINGS) and _ENZYME_LABEL.search(concept.label) \
            and not any(i.startswith("drugbank:") for i in concept.ids):
        return _PERPETRATOR.match(text, mention.end) is None
    if not _ENZYME.search(mention.text):
        return False
    return _PERPETRATOR.search(mention.text) is None and _PERPETRATOR.match(text, mention.end) is None


def metabolite(text: str, mention: Mention) -> bool:
    """A metabolite named beside its parent drug ("its metabolites, N-desmethylclozapine", "procainamide
    and N-acetyl procainamide"), not a drug taken with it."""
    return _METABOLITE_NAME.match(mention.text) is not None or _METABOLITE_BEFORE.search(
        text, 0, mention.start) is not None


def measured(text: str, mention: Mention) -> bool:
    """A body substance, not a co-administered drug ("blood glucose", "serum potassium", "dopamine
    receptors", "potassium-sparing")."""
    if _BODY_BEFORE.search(text, 0, mention.start) or _BODY_AFTER.match(text, mention.end):
        return True
    if _CARRIER.search(mention.text):
        return True
    if mention.text.lower() not in ENDOGENOUS:
        return False
    before = _FLUID_BEFORE.search(text, 0, mention.start)
    return before is not None or _MEASURE_AFTER.match(text, mention.end) is not None


def participants(ctx: RuleContext, text: str, mentions: list[Mention]) -> list[Item]:
    """Mentions that can take part in an interaction: the subject, drugs, classes, substances."""
    items: list[Item] = []
    for mention in mentions:
        if items and mention.start < items[-1].mention.start + len(items[-1].surface):
            continue  # the salt word of the previous name ("caspofungin acetate")
        surface = surface_of(text, mention)
        if ctx.subject.is_alias(mention.text, mention.candidates):
            items.append(Item(mention, ctx.subject.concept, True, surface))
            continue
        concept = pick(mention, INTERACTION_KINDS, by_priority=True)
        if concept is None and mention.first(K.MONITORING, K.ADVERSE_EFFECT) is not None:
            level = drug_level(ctx, mention)
            if level is not None:
                items.append(level)
            continue
        if concept is not None and concept.kind == K.DRUG_CLASS and _EFFECT_NOUN.match(text, mention.end):
            continue  # a kind of effect ("the antihypertensive effect of losartan"), not a participant
        if concept is not None and concept.key in ctx.active_forms and concept.kind == K.DRUG:
            # the subject's active form ("probenecid raises acyclovir exposure" in valacyclovir's monograph)
            items.append(Item(mention, ctx.subject.concept, True, surface, written=False))
        if concept is not None and (agents := _AGENTS_OF.match(text, mention.end)) and enzyme(text, mention, concept):
            # "guanylate cyclase stimulators": a class the lexicon lacks, named after its target enzyme
            name = f"{mention.text} {agents.group(1)}"
            items.append(Item(Mention(name, mention.start, agents.end(1), mention.candidates, mention.modifiers),
                              chunk_concept(name, K.DRUG_CLASS), False, name))
            continue
        if concept is not None and not enzyme(text, mention, concept) and not measured(text, mention) \
                and not metabolite(text, mention):
            elided = elided_class(ctx, text, mention, concept)
            if elided is not None:
                items.append(elided)
            items.append(Item(mention, concept, False, surface))
    for brand in brand_mentions(ctx, text, mentions):
        items.append(Item(brand, ctx.subject.concept, True, brand.text))
    if not any(item.is_subject for item in items) and (pronoun := _WITH_IT.search(text)):
        # "should not be given with it": the monograph's drug, named by a pronoun
        start = pronoun.start(1)
        items.append(Item(Mention("it", start, start + 2, (ctx.subject.concept,)), ctx.subject.concept, True, "it",
                          written=False))
    items.sort(key=lambda i: i.mention.start)
    return [item for i, item in enumerate(items) if not descriptor(text, items, i)]


_DUAL = re.compile(r"\b(?:combined|dual|both)\s+(?:(?:strong|potent|moderate)\s+)?$", re.IGNORECASE)
_WITH_IT = re.compile(r"\b(?:given|taken|used|combined|co-?administered)\s+with\s+(it)(?=\s*(?:[.;]|$))", re.IGNORECASE)
_ELIDED_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:and|or|and/or)\s+$")


def elided_class(ctx: RuleContext, text: str, mention: Mention, concept: Concept) -> Item | None:
    """The first class of "loop and thiazide diuretics": its head noun is shared with the named one."""
    words = mention.text.split()
    if concept.kind != K.DRUG_CLASS or len(words) < 2:
        return None
    before = _ELIDED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or _DUAL.search(text, max(0, before.start() - 30), before.start(1)):
        return None  # "combined CYP3A4 and P-gp inhibitors" inhibit both: one class
    found = ctx.lexicon_concept(f"{before.group(1)} {' '.join(words[1:])}", K.DRUG_CLASS)
    if found is None or found.key == concept.key:
        return None
    inner = Mention(before.group(1), before.start(1), before.end(1), (found,), mention.modifiers)
    return Item(inner, found, False, before.group(1))


def drug_level(ctx: RuleContext, mention: Mention) -> Item | None:
    """The drug whose level a monitoring mention names ("plasma phenytoin concentrations"): raising or
    lowering it is an interaction with that drug."""
    core = _LEVEL_OF.fullmatch(mention.text)
    if core is None or core.group("drug") == mention.text:
        return None
    name = core.group("drug")
    if name.lower() in ENDOGENOUS:
        return None  # "blood glucose": a body substance
    concept = ctx.lexicon_concept(name, K.DRUG)
    if concept is None:
        return None
    start = mention.start + core.start("drug")
    inner = Mention(name, start, start + len(name), (concept,), mention.modifiers)
    if ctx.subject.is_alias(name, (concept,)):
        return Item(inner, ctx.subject.concept, True, name)
    return Item(inner, concept, False, name)


def descriptor(text: str, items: list[Item], index: int) -> bool:
    """A class describing a drug, not a partner ("the MAO inhibitor phenelzine", "X is a CYP3A4 inhibitor")."""
    item = items[index]
    if item.concept.kind != K.DRUG_CLASS:
        return False
    after = items[index + 1] if index + 1 < len(items) else None
    before = items[index - 1] if index else None
    if after is not None and after.concept.kind == K.DRUG:
        gap = text[item.mention.end:after.mention.start]
        if not gap.strip():
            return True  # "the MAO inhibitor phenelzine"
        if gap.strip() == "," and not looks_plural(item.surface) and _ARTICLE.search(text, 0, item.mention.start):
            return True  # "the oral anticoagulant, warfarin,"
    if _COPULA.search(text, 0, item.mention.start):
        return True
    gap = text[before.mention.end:item.mention.start] if before is not None else ""
    appositive = before is not None and before.concept.kind == K.DRUG and _APPOSITIVE.fullmatch(gap) is not None
    return appositive and not looks_plural(item.surface)  # "A, the tricyclic antidepressants, and B" is a list


def joined(text: str, left: Item, right: Item) -> bool:
    """True when only list punctuation and coordinators separate two mentions (after a salt word)."""
    gap = text[left.end:right.mention.start]
    return _JOINER.fullmatch(gap) is not None


def groups(text: str, items: list[Item]) -> list[list[Item]]:
    """Runs of coordinated mentions, left to right."""
    out: list[list[Item]] = []
    for item in items:
        if out and joined(text, out[-1][-1], item):
            out[-1].append(item)
        else:
            out.append([item])
    return out


def has_cue(text: str, items: list[Item]) -> bool:
    """An interaction cue word outside the participant names ("beta-blocker" is no cue)."""
    chars = list(text)
    for item in items:
        chars[item.mention.start:item.mention.end] = " " * (item.mention.end - item.mention.start)
    return CUE.search("".join(chars)) is not None


def bare_list(text: str, items: list[Item]) -> bool:
    """True when the sentence is only a list of short names ("Antacids, iron, zinc, warfarin.")."""
    parts = [p for p in _LIST_SPLIT.split(text.strip().rstrip(".;:")) if p.strip()]
    return len(items) >= 2 and len(parts) >= 3 and all(len(p.split()) <= MAX_LIST_WORDS for p in parts)


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
        return self.same_participant(member.concept, cls)

    def same_participant(self, member: Concept, cls: Item) -> bool:
        """``cls`` is a class ``member`` belongs to, not named as its other members."""
        return class_index(self.ctx.lexicon).related(member, cls.concept) and _OTHER_MEMBERS.search(
            self.unit.text, 0, cls.mention.start) is None

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

    def implicit(self, item: Item) -> Statement | None:
        """The monograph's (unnamed) drug interacts with ``item``; the statement, not yet stored."""
        subject = self.ctx.subject.concept
        if item.concept.kind == subject.kind and item.concept.key == subject.key:
            return None
        if self.same_participant(subject, item):
            return None
        self.remember(item)
        return Statement(subject, Relation.INTERACTS_WITH, item.concept, self.unit.text, self.unit.kind,
                         item.mention.text, self.quals)


@dataclass
class Style:
    """Running evidence on whether a document names both participants of its interactions.

    A document whose interaction sentences mostly name the subject is *explicit style*: its
    sentences without the subject are about other drugs, so their implicit-subject statements
    are withheld (and withdrawn again when later sentences tip the balance).
    """

    sentences: int = 0
    named: int = 0
    implicit: list[Statement] = field(default_factory=list)
    withheld: bool = False
    brands: set[str] = field(default_factory=set)

    @property
    def explicit(self) -> bool:
        """Most sentences with a participant name the subject."""
        return self.sentences >= MIN_SENTENCES and self.named >= EXPLICIT_SHARE * self.sentences

    def sync(self, ctx: RuleContext) -> None:
        """Withdraw or restore the implicit-subject statements to match the current style (a full
        monograph's interaction section is about its drug whatever the style)."""
        if self.explicit and not self.withheld and not ctx.monograph:
            ids = {id(st) for st in self.implicit}
            ctx.statements[:] = [st for st in ctx.statements if id(st) not in ids]
            self.withheld = True
        elif not self.explicit and self.withheld:
            ctx.statements.extend(self.implicit)
            self.withheld = False


_STYLES: WeakKeyDictionary[RuleContext, Style] = WeakKeyDictionary()


def style_of(ctx: RuleContext) -> Style:
    """The running style record of the document ``ctx`` reads."""
    style = _STYLES.get(ctx)
    if style is None:
        style = _STYLES[ctx] = Style()
    return style


def interactions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Pairs of interacting participants in one sentence of an interactions section."""
    items = participants(ctx, unit.text, mentions)
    out = Emitter(ctx, unit, qualifiers(unit, mentions))
    named = [i for i in items if i.is_subject]
    style = style_of(ctx)
    if items:
        style.sentences += 1
        style.named += bool(named)
    try:
        for clause in clauses(unit.text, items):
            read_sentence(ctx, unit, out, [i for i in clause if i.is_subject], [i for i in clause if not i.is_subject])
        out.flush()
    finally:
        style.sync(ctx)


def clauses(text: str, items: list[Item]) -> list[list[Item]]:
    """The participants of each clause of a sentence whose "; "-separated parts each state an interaction
    ("inducers such as A and B speed its clearance; inhibitors such as C raise exposure"); else one clause.
    A list parted by semicolons has no interaction cue in each part and stays whole."""
    if "; " not in text or len(items) < 2:
        return [items]
    spans = clause_spans(text)
    parts = [[i for i in items if lo <= i.mention.start < hi] for lo, hi in spans]
    if len(parts) < 2 or not all(
            part and CUE.search(text, lo, hi) for part, (lo, hi) in zip(parts, spans, strict=True)):
        return [items]
    return parts


def read_sentence(ctx: RuleContext, unit: Unit, out: Emitter, named: list[Item], others: list[Item]) -> None:
    """Emit the pairs of one sentence: named subject, else cross-group pairs, else implicit subject."""
    if named:
        read_named(unit, out, named, others)
        return
    runs = listed_after_colon(unit.text, groups(unit.text, others))
    paired = [coadministered(unit.text, out, run) for run in runs]
    if len(runs) >= 2:
        if has_cue(unit.text, others):
            cross_pairs(out, runs)
        elif "interact" in unit.label.lower() and bare_list(unit.text, others):
            implicit_pairs(ctx, out, others)  # "**Drug Interactions:** A, high-dose B, C": the subject's partners
    elif not any(paired) and (has_cue(unit.text, others) or bare_list(unit.text, others)):
        implicit_pairs(ctx, out, others)


def listed_after_colon(text: str, runs: list[list[Item]]) -> list[list[Item]]:
    """After a colon, runs parted only by an unknown list item are one list ("... include: A; B;
    an unknown name; C"), not partners of each other."""
    colon = text.find(":")
    if colon < 0:
        return runs
    out: list[list[Item]] = []
    for run in runs:
        if out and out[-1][0].mention.start > colon and list_gap(text[out[-1][-1].end:run[0].mention.start]):
            out[-1] = [*out[-1], *run]
        else:
            out.append(run)
    return out


def list_gap(gap: str) -> bool:
    """Whole short list items between separators ("; dietary deficiencies; hepatotoxic drugs;"): items
    the lexicon does not know."""
    core = gap.strip(" *")
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
    run = next(r for r in groups(unit.text, sorted(named + others, key=lambda i: i.mention.start)) if subject in r)
    active = out.ctx.active_forms
    stand_ins = [i for i in run if not i.is_subject and i.ok and (out.own_class(subject, i) or i.concept.key in active)]
    others = [i for i in others if i.concept.key not in active or i.mention.start != subject.mention.start]
    listed = not coadministered(unit.text, out, run)
    peers = listed and examples(unit.text, run)
    for item in others:
        if item.ok and not (listed and item in run and (peers or alternative(unit.text, subject, item))):
            out.pair(subject, item)
            for cls in stand_ins:
                out.pair(cls, item)


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
    if len(run) < 2:
        return False
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


def implicit_pairs(ctx: RuleContext, out: Emitter, others: list[Item]) -> None:
    """The unnamed subject interacts with each item (withheld while the document is explicit style)."""
    style = style_of(ctx)
    for item in others:
        st = out.implicit(item) if item.ok else None
        if st is not None:
            style.implicit.append(st)
            if not style.withheld:
                ctx.statements.append(st)


_DOSE_LIMIT_WITH = re.compile(
    r"\b(?:maximum|max\.?|limit\w*|(?:do\s+)?not\s+exceed|avoid\w*|"
    r"(?:reduc|lower|halv|adjust|cap)\w*\s+(?:the\s+)?(?:dose|dosage)|dose\s+(?:reduction|adjustment|limit))\b"
    r"[^.;:]{0,60}?\bwith\s+",
    re.IGNORECASE,
)  # "maximum 20 mg daily with clarithromycin" (not "stroke risk reduction with LVH: ... add X")


def dose_interactions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """A dose limit tied to other drugs ("maximum 20 mg daily with clarithromycin or itraconazole",
    "avoid with cyclosporine"): the subject interacts with each of them."""
    cue = _DOSE_LIMIT_WITH.search(unit.text)
    if cue is None:
        return
    for item in participants(ctx, unit.text, mentions):
        if item.mention.start >= cue.end() and not item.is_subject and item.ok \
                and item.concept.kind != K.SUBSTANCE:  # "with food" is how to take it
            ctx.emit(Relation.INTERACTS_WITH, item.concept, unit, item.mention.text)
