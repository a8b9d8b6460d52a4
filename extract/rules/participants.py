"""Who takes part in an interaction sentence: drugs, classes and substances, and what stands for the subject.

Bare enzymes and transporters, body substances, lab analytes, metabolites and classes that only describe
a drug are left out. A drug level or toxicity names that drug; the subject is named by its names and
brands (unknown capitals in prose, names glossed with it, names learned earlier in the document), by
"given with it", and by the drug the monograph says it is converted to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import find_triggers, modifiers_for
from extract.model import Concept, Mention
from extract.nlp import COMBINATION_GAP, match_text
from extract.rules.base import (
    BLOCKING,
    ENDOGENOUS,
    INTERACTION_KINDS,
    K,
    RuleContext,
    chunk_concept,
    elided_heads,
    pick,
)
from extract.rules.products import products
from extract.rules.style import style_of
from extract.subject import SALTS
from extract.text import EFFECT_NOUNS, LIST_JOINT, looks_plural

_SALT_NAMES = sorted({*SALTS, "hcl", "sulphate", "magnesium"}, key=lambda word: (-len(word), word))
_SALT = re.compile(r"\s+(?:" + "|".join(_SALT_NAMES) + r")\b", re.IGNORECASE)  # "cefditoren pivoxil": the salt or ester
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
    r"peroxidase|isomerase|polymerase|ligase|cyclase|idase)s?$",
    re.IGNORECASE,
)
_ACTING_ON = re.compile(r"[\s-]+(?:lowering|raising|elevating|reducing|depleting|wasting)\s+(?:drugs?|medicines?|"
                        r"medications?|agents?|therapy|therapies|treatments?)\b", re.IGNORECASE)
_AGENTS_OF = re.compile(r"\s+(stimulators?|activators?)\b", re.IGNORECASE)
_BLOCKERS_OF = re.compile(r"[\s-]+(blockers?|antagonists?)\b", re.IGNORECASE)
_PERPETRATOR = re.compile(
    r"[\s-]*(?:\(\w+\)\s*)?(?:(?!(?:and|or)\b)\w+[\s-]+)?(?:inhibitors?|inducers?|substrates?|"
    r"(?:inhibiting|inducing)\s+(?:drugs?|agents?|medicines?|medications?))\b",
    re.IGNORECASE,
)  # "CYP3A4 inhibitors", "P-gp (ABCB1) substrates"; not "CYP2C19 and induce CYP3A4" nor "CYP3A4 inhibition"
_TARGET_OF_CLASS = re.compile(
    r"[\s-]*\([^()]{1,15}\)\s*(?:inhibitors?|inducers?|blockers?|antagonists?|agonists?|activators?)\b", re.I)
_LIKE_EFFECT = re.compile(
    r"-like\s+(?:reactions?|syndromes?|symptoms?|effects?|illness|responses?)\b|-(?:driven|mediated|dependent)\b", re.I)
# (and "bradykinin-driven attacks": the mention only qualifies another word)
_SUSPENDED_HYPHEN = re.compile(r"-\s+(?:or|and)\s+\w+-\w", re.I)  # "potassium- or magnesium-wasting drugs"
_CARRIER_WORDS = r"binding[\s-]+(?:globulins?|proteins?)"  # plasma carriers ("sex hormone binding globulin")
_BODY_BEFORE = re.compile(
    # a lab analyte ("assays of X", "urine screens for X")
    r"\bblood\s+$|\b(?:assays?|tests?|screens?|screening|determinations?)\s+(?:of|for)\s+(?:[\w-]+\s+)?$|"
    # the plasma proteins a label lists ("Other plasma proteins may be increased (angiotensinogen, ceruloplasmin)")
    r"\b(?:plasma|serum)\s+proteins?\b[^.;()]{0,40}\(\s*(?:[\w/-]+(?:\s+[\w/-]+){0,2}\s*,\s*)*$|"
    # what gut bacteria make or recycle ("gut flora that produce vitamin K"): the mechanism, not a partner
    r"\b(?:bacteria|flora|microbes)\s+(?:that|which)\s+(?:produce|make|recycle|synthesi[sz]e)\s+$|"
    # what the body loses ("rapid losses of fluid, sodium, and potassium")
    r"\b(?:loss(?:es)?|depletion|wasting)\s+of\s+(?:[\w-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$|"
    # what the body or kidneys keep or lose ("makes the body hold on to potassium")
    r"\b(?:body|kidneys?)\s+(?:to\s+)?(?:holds?|hold(?:ing)?|retain\w*|keeps?|keeping|lose|loses|losing|"
    r"excrete\w*|waste\w*)\s+(?:on\s*to\s+|onto\s+)?(?:more\s+|less\s+|extra\s+)?$",
    re.IGNORECASE,
)
_BODY_AFTER = re.compile(
    r"[\s-]+(?:lowering|raising|receptors?|reuptake|uptake|transporters?|synthesis|release|secretion|retention|"
    r"control|system|axis|output|checks?|monitoring|testing|load|burden|overload|tone|breakdown|turnover|"
    r"deprivation|suppression|ablation|blockade|signall?ing|signal)\b"
    # "renin-angiotensin-aldosterone system", "add to the serotonin load", "androgen deprivation"
    rf"|[\s-]+{_CARRIER_WORDS}\b|[\s-]+(?:assays?|tests?|determinations?)\b"
    r"|-\s?(?:sparing|depleting|wasting|losing|retaining|based|mediated|dependent)\b",
    re.IGNORECASE,
)
_CARRIER = re.compile(rf"\b{_CARRIER_WORDS}\b", re.IGNORECASE)
_METABOLITE_NAME = re.compile(r"(?:N|O)-?(?:desmethyl|demethyl|acetyl)(?![-\s]?(?:(?:DL|D|L)-|cysteine|leucine|"
                              r"glucosamine|carnitine|tyrosine|aspart))", re.IGNORECASE)
# (but "N-acetylcysteine" and "N-acetyl-DL-leucine" are drugs of their own, no metabolites)
_METABOLITE_AFTER = re.compile(r"[\s-]+metabolites?\b", re.IGNORECASE)  # "the active epoxide metabolite"
_DEVICE_AFTER = re.compile(
    r"[\s-]+(?:IUDs?|intrauterine\s+(?:devices?|systems?)|devices?|coils?|implants?|stents?)\b", re.IGNORECASE
)  # "a copper IUD": a device, not a drug taken with it
_TARGET = re.compile(r"\breceptors?$", re.IGNORECASE)  # "androgen receptors": what a drug binds, not a drug
_METABOLITE_BEFORE = re.compile(r"\bmetabolites?\s*,?\s*(?:(?!of\b)\w+\s+)?$", re.IGNORECASE)  # not "metabolite of X"
_CHANGED_BEFORE = re.compile(
    r"(?:\b(?:lower|rais|reduc|increas|decreas|elevat|drop|boost|check|monitor|measur|watch|deplet|wast|block)\w*|"
    r"\bfollows?)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:patient's\s+)?(?:[a-z]+\s+(?:or|and)\s+)?$|"
    r"\b(?:check|monitor|measur|watch|follow)\w*\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,\s*){1,3}$|"
    r"\b(?:rise|fall|drop|increase|decrease|change)s?\s+in\s+$|"
    r"\b(?:breakdown|degradation|release|production|synthesis|formation|recycling)\s+of\s+(?:IgG\s+)?$",
    # "slow the breakdown of bradykinin", "of IgG antibodies": what the body makes or clears
    re.IGNORECASE,
)  # "may lower glucose", "check uric acid", "deplete potassium or magnesium", "the rise in uric acid", "watch blood
# pressure, potassium, edema", "follow ALP and bilirubin": the body's own
_FLUID_BEFORE = re.compile(
    r"\b(?:serum|plasma|urine|urinary|blood|platelet|brain|synaptic)\s+(?:(?:total|free)\s+)?$|"
    r"\b(?:concentrations?|levels?|reactions?)\s+(?:of|for)\s+(?:[\w-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)  # "serum potassium", "increased serum concentrations of glucose", "a false-positive reaction for glucose"
_LEVEL_OF = re.compile(
    r"(?:(?:free|total|unbound|serum|plasma|blood|trough|peak)\s+)*(?P<drug>.+?)"
    r"(?:\s+(?:serum|plasma|blood))?(?:\s+(?:levels?|concentrations?|toxicity|intoxication|poisoning))?",
    re.IGNORECASE,
)  # "plasma phenytoin concentrations", "lithium toxicity": a level of the drug named inside
_MEASURE_AFTER = re.compile(
    r"(?:\s+(?:or|and)\s+[\w-]+)?(?:[\s-]+(?:time|response|levels?|concentrations?|loss|excretion|retention|"
    r"reabsorption|wasting|depletion|balance|activity|rises?|elevations?|increases?)\b"
    r"|\s+(?:should|must|needs?|need|will)\s+(?:still\s+|also\s+)?(?:be\s+)?(?:watched|monitored|checked|measured|"
    r"followed|tested|re-?checked|re-?measured|re-?tested|re-?assessed|assessed)\b"
    r"|\s+(?:need|needs|require|requires)\s+(?:closer\s+|close\s+|careful\s+)?(?:follow-?up|monitoring|checks?)\b"
    r"|\s+(?:can|may|might|will|could)\s+(?:\w+\s+)?(?:fall|rise|drop|climb)\b"
    r"|\s+(?:(?:is|are|rises?|falls?|remains?|stays?|goes|go|climbs?)\s+)?(?:above|below|over|under|exceeding|"
    r"(?:greater|more|less|lower|higher)\s+than|[<>\u2264\u2265])"
    r"\s*(?:about\s+)?\d)",
    re.IGNORECASE,
)  # "glucose levels", "thyroid hormone or TSH levels", "calcium and PTH should be rechecked", "bilirubin above 2
# times the upper limit": a threshold of a measured value
_EFFECT_NOUN = re.compile(
    rf"(?:\s*(?:,|,?\s+and|,?\s+or)\s+[a-z][a-z-]*){{0,4}}[\s-]+(?:{EFFECT_NOUNS})\b"
)
_DOSE_NOUN = re.compile(r"[\s-]+(?:doses?|dosing|dosages?)\b", re.IGNORECASE)
_AT_DOSE = re.compile(r"\b(?:at|in)\s+(?:(?:high|higher|low|lower|full)\s+)?$", re.IGNORECASE)
ITEM_BLOCKING = (BLOCKING - {"HYPOTHETICAL"}) | {"OPTIONAL"}  # "with or without X": X is optional
_APPOSITIVE = re.compile(r"\s*[,(]\s*(?:a|an|the)\s+(?:\w+\s+){0,2}", re.IGNORECASE)
_GLOSSED = re.compile(r"\b([A-Z][A-Za-z]{3,})\s*(?:®|\u2122)?\s*\(\s*([a-z][^)]{0,60})\)")
_ARTICLE = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_COPULA = re.compile(
    r"\b(?:is|are|was|as)\s+(?:itself\s+|also\s+)?(?:a|an)\s+(?:[^.;:()]{1,60}?\s+and\s+(?:a|an)\s+)?"
    r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)  # "X is a CYP3A4 substrate and a CYP2C9 inducer": both say what X is


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


def stand_in(ctx: RuleContext, mention: Mention, surface: str) -> Item:
    """An item that stands for the subject without naming it (its class, its active form, its combination)."""
    return Item(mention, ctx.subject.concept, True, surface, written=False)


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
    key = match_text(text)
    triggers = find_triggers(key)
    return [
        Mention(word, start, end, (ctx.subject.concept,), modifiers_for((start, end), triggers, key))
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
        text, 0, mention.start) is not None or _METABOLITE_AFTER.match(text, mention.end) is not None


def measured(text: str, mention: Mention) -> bool:
    """A body substance, target or device, not a co-administered drug ("blood glucose", "serum potassium",
    "dopamine receptors", "potassium-sparing", "a copper IUD")."""
    if _BODY_BEFORE.search(text, 0, mention.start) or _BODY_AFTER.match(text, mention.end):
        return True
    if _CARRIER.search(mention.text) or _TARGET.search(mention.text) or _DEVICE_AFTER.match(text, mention.end):
        return True
    if _AMOUNT_EATEN.match(mention.text) and _CHANGED_BEFORE.search(text, 0, mention.start):
        return True  # "weight loss and lower food intake may reduce glucose-lowering needs": how much is eaten
    if _CYTOKINE.match(mention.text) and _CYTOKINES.search(text, 0, mention.start):
        return True  # "cytokines released during treatment (especially interleukin-6)": the body's own
    if mention.text.lower() not in ENDOGENOUS:
        return False
    before = _FLUID_BEFORE.search(text, 0, mention.start) or _CHANGED_BEFORE.search(text, 0, mention.start)
    if before is not None or _MEASURE_AFTER.match(text, mention.end) is not None:
        return True
    # "levels and creatinine need closer follow-up": named next to other measurements, a substance the lexicon
    # knows first as a lab value is one more of them
    return _MEASURED_WITH.search(text, 0, mention.start) is not None and mention.candidates[0].kind == K.MONITORING


_CYTOKINE = re.compile(r"(?:interleukin|IL)[-\s]?\d+$|interferon|TNF|tumou?r\s+necrosis\s+factor", re.IGNORECASE)
_CYTOKINES = re.compile(r"\bcytokines?\b", re.IGNORECASE)
_AMOUNT_EATEN = re.compile(r"(?:food|caloric|calorie|energy|dietary)\s+intake$", re.IGNORECASE)
_MEASURED_WITH = re.compile(r"\b(?:levels?|concentrations?|counts?|tests?)\s+(?:and|or)\s+$", re.IGNORECASE)
_OWN_COMPONENT = re.compile(
    r"\s+(?:component|moiety|portion)\b|"
    r"-containing\s+(?:product|capsule|tablet|formulation|combination|preparation)s?\b|"
    r"\s+(?:in|of)\s+the\s+(?:combination|combined|fixed-dose)\s+(?:capsule|tablet|product|pill)s?\b",
    re.IGNORECASE)  # "the sulfonamide component", "the aspirin-containing product", "the aspirin in the combination
# capsule": a part of the subject itself or of its own product
_ORGANISM_AFTER = re.compile(r"[\s-]+(?:organisms?|virus(?:es)?|strains?|bacteri(?:um|a))\b", re.IGNORECASE)
_EXCIPIENT_WORDS = r"(?:excipients?|inactive\s+ingredients?|solubili[sz]ers?|preservatives?)"
_EXCIPIENT = re.compile(_EXCIPIENT_WORDS, re.IGNORECASE)
_EXCIPIENT_NAMED = re.compile(rf"\b{_EXCIPIENT_WORDS}\s*(?:\(\s*|,\s*)(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
_THE_OR_ITS = re.compile(r"\b(?:the|its)\s+$", re.IGNORECASE)
_DOSAGE_FORM = re.compile(r"(?:eye|ear|nasal)[\s-]+drops?|ointments?|creams?|gels?|sprays?|patch(?:es)?|solutions?|"
                          r"supplements?", re.IGNORECASE)  # (also "vitamin A supplements": the vitamin)
_FORM_GAP = re.compile(r"[\s-]*(?:\([^()]*\)\s*)?")  # (a bracket between: "vitamin C (ascorbic acid) supplements")


def form_of_previous(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A dosage form right after a drug or class ("a beta-blocker eye drop", "epinephrine eye drops"): the form
    that item comes in, no partner of its own."""
    return _DOSAGE_FORM.fullmatch(mention.text) is not None and any(
        other.end <= mention.start and _FORM_GAP.fullmatch(text, other.end, mention.start) is not None
        and other.first(K.DRUG, K.DRUG_CLASS) is not None for other in mentions)


_EXAMPLES_LEAD = re.compile(
    r"\s*[(,]?\s*(?:e\.\s?g\.?|for\s+(?:example|instance)|such\s+as|including|like)[\s,:]*", re.IGNORECASE)
_EXAMPLES_END = re.compile(r"[();:.]")


def examples_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of the examples listed right after a class that ends at ``end`` ("(e.g., A, B)", "such as A and
    B"), up to the bracket or clause that closes them; ``None`` when none follow."""
    lead = _EXAMPLES_LEAD.match(text, end)
    if lead is None:
        return None
    stop = _EXAMPLES_END.search(text, lead.end())
    return lead.end(), stop.start() if stop else len(text)


_VACCINES_TAIL = re.compile(r"\s+vaccines?$", re.I)


def vaccines_by_disease(ctx: RuleContext, text: str, items: list[Item]) -> list[Item]:
    """The vaccines that examples of a vaccine class name by their disease ("Live vaccines (for example yellow
    fever, measles-mumps-rubella, varicella)"): each is that disease's vaccine."""
    found: list[Item] = []
    for item in items:
        if item.concept.kind != K.DRUG_CLASS or "vaccine" not in item.concept.label.lower():
            continue
        listed = examples_after(text, item.end)
        if listed is None:
            continue
        first, last = listed
        bounds = [first, *(b for joint in LIST_JOINT.finditer(text, first, last) for b in joint.span()), last]
        for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
            name = _VACCINES_TAIL.sub("", text[lo:hi].strip())  # "..., or yellow fever vaccines": the head is shared
            vaccine = ctx.lexicon_concept(f"{name} vaccine", K.DRUG) if name else None
            if vaccine is not None and not any(i.concept == vaccine for i in items + found):
                start = text.index(name, lo)
                found.append(Item(Mention(name, start, start + len(name), (vaccine,)), vaccine, False, name))
    return found


def kind_of_effect_or_dose(text: str, mention: Mention, concept: Concept) -> bool:
    """A class that names a kind of effect ("the antihypertensive effect of losartan") or of dose ("aspirin at
    anti-inflammatory doses"; but "the beta-blocker dose" is that drug's): no participant."""
    return concept.kind == K.DRUG_CLASS and (
        _EFFECT_NOUN.match(text, mention.end) is not None
        or (_DOSE_NOUN.match(text, mention.end) is not None and _AT_DOSE.search(text, 0, mention.start) is not None))


def _class_word_after(text: str, mention: Mention, concept: Concept) -> re.Match[str] | None:
    """The word that makes a named target a class: "stimulators" after an enzyme ("guanylate cyclase
    stimulators"), "blocker" after a drug entry ("the IL-6 blocker")."""
    agents = _AGENTS_OF.match(text, mention.end)
    if agents is not None and enzyme(text, mention, concept):
        return agents
    return _BLOCKERS_OF.match(text, mention.end) if concept.kind == K.DRUG else None


def _with_subject(ctx: RuleContext, name: str) -> bool:
    """A fixed combination written with the subject ("piperacillin/tazobactam" in piperacillin's monograph)."""
    parts = COMBINATION_GAP.split(name)
    return len(parts) == 2 and any(ctx.subject.is_alias(part) for part in parts)


def participants(ctx: RuleContext, text: str, mentions: list[Mention]) -> list[Item]:
    """Mentions that can take part in an interaction: the subject, drugs, classes, substances."""
    items: list[Item] = []
    counterparts: list[Item] = []
    for mention in products(text, mentions) if ctx.monograph else mentions:  # (label excerpts name the cations)
        if items and mention.start < items[-1].mention.start + len(items[-1].surface):
            continue  # the salt word of the previous name ("caspofungin acetate")
        if _EXCEPTED.search(text, max(0, mention.start - 100), mention.start):
            continue  # "progestins other than levonorgestrel or norethindrone": the exceptions take no part
        surface = surface_of(text, mention)
        if ctx.subject.is_alias(mention.text, mention.candidates):
            items.append(Item(mention, ctx.subject.concept, True, surface,
                              written=not ctx.subject.is_component(mention.text)))
            continue
        concept = pick(mention, INTERACTION_KINDS, by_priority=True)
        if concept is not None and concept.kind == K.DRUG and (
                _with_subject(ctx, mention.text) or (ctx.monograph and _with_subject(ctx, concept.label))):
            # "piperacillin/tazobactam" (or, in a monograph, its brand "Zosyn") in piperacillin's monograph: the
            # subject in its fixed combination
            items.append(stand_in(ctx, mention, surface))
            continue
        if concept is None and mention.first(K.MONITORING, K.ADVERSE_EFFECT) is not None:
            level = drug_level(ctx, mention)
            if level is not None:
                items.append(level)
            continue
        if concept is not None and (kind_of_effect_or_dose(text, mention, concept)
                                    or form_of_previous(text, mention, mentions)
                                    or _ORGANISM_AFTER.match(text, mention.end)):
            continue  # (nor is "the vaccine organism could cause infection" a vaccine given with the subject)
        if concept is not None and concept.key in ctx.active_forms and concept.kind == K.DRUG:
            # the subject's active form ("probenecid raises acyclovir exposure" in valacyclovir's monograph)
            items.append(stand_in(ctx, mention, surface))
            continue
        if concept is not None and (_EXCIPIENT.fullmatch(mention.text)
                                    or _EXCIPIENT_NAMED.search(text, 0, mention.start)):
            # "a capsule excipient (polyoxyl 40 hydrogenated castor oil) may raise absorption of P-gp substrates":
            # an ingredient of the subject's own product
            items.append(stand_in(ctx, mention, surface))
            continue
        if concept is not None and _OWN_COMPONENT.match(text, mention.end) \
                and _THE_OR_ITS.search(text, 0, mention.start):
            # "the sulfonamide component may enhance ...": a part of the subject itself
            items.append(stand_in(ctx, mention, surface))
            continue
        if concept is not None and (acting := _ACTING_ON.match(text, mention.end)) and measured(text, mention):
            # "calcium-lowering medicines": a class the lexicon lacks, named after the body substance it changes
            name = text[mention.start:acting.end()]
            cls = ctx.concept_for(name, K.DRUG_CLASS)
            items.append(Item(Mention(name, mention.start, acting.end(), mention.candidates, mention.modifiers), cls,
                              False, name))
            continue
        if concept is not None and (agents := _class_word_after(text, mention, concept)) is not None:
            # "guanylate cyclase stimulators", "the IL-6 blocker tocilizumab": a class the lexicon lacks
            name = f"{mention.text} {agents.group(1)}"
            items.append(Item(Mention(name, mention.start, agents.end(1), mention.candidates, mention.modifiers),
                              chunk_concept(name, K.DRUG_CLASS), False, name))
            continue
        if concept is not None and (
                _TARGET_OF_CLASS.match(text, mention.end) or _LIKE_EFFECT.match(text, mention.end)
                or (mention.text.lower() in ENDOGENOUS and _SUSPENDED_HYPHEN.match(text, mention.end))):
            continue  # "Phosphodiesterase-5 (PDE-5) inhibitors": the target a class is named after;
            # "a disulfiram-like reaction": an effect named after a drug ("a non-enzyme-inducing AED" is no mention);
            # "potassium- or magnesium-wasting drugs": a body substance qualifying the class
        if concept is not None and not enzyme(text, mention, concept) and not measured(text, mention) \
                and not metabolite(text, mention):
            items.extend(elided_classes(ctx, text, mention, concept))
            items.append(Item(mention, concept, False, surface))
            counterparts += counterpart_classes(ctx, text, mention, concept)  # (added once the scan is past them)
    items.extend(counterparts)
    by_disease = vaccines_by_disease(ctx, text, items)
    # ("..., or yellow fever vaccines": the head the last one shares is no vaccine class of its own)
    ends = {i.mention.end for i in by_disease}
    items = [i for i in items if not (i.concept.kind == K.DRUG_CLASS and i.mention.start - 1 in ends)]
    items.extend(by_disease)
    for brand in brand_mentions(ctx, text, mentions):
        items.append(Item(brand, ctx.subject.concept, True, brand.text))
    if not any(item.is_subject for item in items) and (pronoun := _WITH_IT.search(text)):
        # "should not be given with it": the monograph's drug, named by a pronoun
        start = pronoun.start(1)
        items.append(stand_in(ctx, Mention("it", start, start + 2, (ctx.subject.concept,)), "it"))
    items.sort(key=lambda i: i.mention.start)
    return [item for i, item in enumerate(items) if not descriptor(text, items, i)]


EXCEPTING = r"(?:other\s+than|except(?:\s+for)?|excluding|but\s+not(?!\s+limited))"  # (not "but not limited to")
_EXCEPTED = re.compile(
    rf"\b{EXCEPTING}\s+"
    r"(?:(?!(?:such|for|e\.g|including|like)\b)[\w'-]+(?:\s*,|\s+or|\s+and|\s+nor)?\s+){0,6}$",
    re.IGNORECASE)
_DUAL = re.compile(r"\b(?:combined|dual|both)\s+(?:(?:strong|potent|moderate)\s+)?$", re.IGNORECASE)
_WITH_IT = re.compile(r"\b(?:given|taken|used|combined|co-?administered)\s+with\s+(it)(?=\s*(?:[.;,]|$))",
                      re.IGNORECASE)


def elided_classes(ctx: RuleContext, text: str, mention: Mention, concept: Concept) -> list[Item]:
    """The classes before "and" in "loop and thiazide diuretics": each shares the head noun of the named one
    (but "combined CYP3A4 and P-gp inhibitors" inhibit both: one class)."""
    if concept.kind != K.DRUG_CLASS:
        return []
    found = elided_heads(ctx, text, mention, concept, K.DRUG_CLASS)
    if not found or _DUAL.search(text, max(0, found[0][0].start() - 30), found[0][0].start()):
        return []
    return [Item(Mention(word.group(), word.start(), word.end(), (shared,), mention.modifiers), shared, False,
                 word.group()) for word, shared in found]


_ROLE = re.compile(r"\b(?:inhibitors|inducers|substrates)$", re.IGNORECASE)
_COUNTERPART = re.compile(r"(?:\s*\([^()]*\))?\s+(?:and/or|and|or)\s+(inhibitors|inducers|substrates)\b(?!\s+of\b)",
                          re.IGNORECASE)  # (the first's examples may come between: "inhibitors (e.g. A) and inducers")


def counterpart_classes(ctx: RuleContext, text: str, mention: Mention, concept: Concept) -> list[Item]:
    """The class after "and" in "strong CYP3A4 inhibitors and inducers": the second role word takes the
    first's modifiers (strong CYP3A4 inducers), when the lexicon knows that class."""
    role = _ROLE.search(mention.text) if concept.kind == K.DRUG_CLASS else None
    after = _COUNTERPART.match(text, mention.end) if role is not None else None
    if role is None or after is None:
        return []
    name = mention.text[:role.start()] + after.group(1).lower()
    counterpart = ctx.lexicon_concept(name, K.DRUG_CLASS)
    if counterpart is None or counterpart.key == concept.key:
        return []
    word = Mention(after.group(1), after.start(1), after.end(1), (counterpart,), mention.modifiers)
    return [Item(word, counterpart, False, after.group(1), written=False)]


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
    if concept.key in ctx.active_forms:  # "raising phenobarbital levels" in primidone's monograph
        return stand_in(ctx, inner, name)
    return Item(inner, concept, False, name)


def descriptor(text: str, items: list[Item], index: int) -> bool:
    """A class describing a drug, not a partner ("the MAO inhibitor phenelzine", "X is a CYP3A4 inhibitor"); a
    description set after a drug may also name a substance ("Saccharomyces boulardii, a probiotic yeast")."""
    item = items[index]
    before = items[index - 1] if index else None
    if item.concept.kind == K.DRUG:  # only as the head after a describing substance ("a probiotic yeast")
        return before is not None and before.concept.kind == K.SUBSTANCE \
            and not text[before.mention.end:item.mention.start].strip() and descriptor(text, items, index - 1)
    if item.concept.kind != K.DRUG_CLASS:
        return item.concept.kind == K.SUBSTANCE and _described_after(text, items, index)
    after = items[index + 1] if index + 1 < len(items) else None
    if after is not None and after.concept.kind == K.DRUG:
        gap = text[item.mention.end:after.mention.start]
        if not gap.strip():
            return True  # "the MAO inhibitor phenelzine"
        if gap.strip() == "," and not looks_plural(item.surface) and _ARTICLE.search(text, 0, item.mention.start):
            return True  # "the oral anticoagulant, warfarin,"
    if _COPULA.search(text, 0, item.mention.start):
        return True
    return _described_after(text, items, index)


def _described_after(text: str, items: list[Item], index: int) -> bool:
    """An item set after a drug as its description (", a probiotic", and the head that follows it, "yeast")."""
    item, before = items[index], items[index - 1] if index else None
    if before is None:
        return False
    gap = text[before.mention.end:item.mention.start]
    if (not gap.strip() or (before.concept.kind == K.DRUG_CLASS and gap.strip() == "and")) \
            and descriptor(text, items, index - 1):
        return True  # "Saccharomyces boulardii, a probiotic yeast,": the head of the description too; so is
        # the second class of "itraconazole (a strong CYP3A4 and P-gp inhibitor)"
    appositive = before.concept.kind == K.DRUG and _APPOSITIVE.fullmatch(gap) is not None
    return appositive and not looks_plural(item.surface)  # "A, the tricyclic antidepressants, and B" is a list
