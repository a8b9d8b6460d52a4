"""Adverse-effect rules for side-effect sections (monograph lists and FDA label prose).

A side-effect sentence yields its lexicon effect mentions and, when it enumerates items
("were nausea, eyelid edema and rash"), each item phrase. Label furniture is ignored: MedDRA
system-organ-class headings of flattened tables, subsection headings, the standard
clinical-trial and reporting boilerplate, study descriptions, and the indications and medical
history of the study population ("patients with rheumatoid arthritis").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extract.chunks import Span, clean_item, effect_phrase, enumeration_items, in_spans, list_items
from extract.guard import Guarded
from extract.lexicon import match_key
from extract.model import Concept, Mention, Relation
from extract.nlp import find_mentions
from extract.phrases import DANGLING, MOVE, RUN_SPLIT, measured_runs
from extract.rules.base import (
    BLOCKING,
    EFFECT_KINDS,
    PROCEDURES,
    K,
    RuleContext,
    as_kind,
    chunk_concept,
    effect_qualifiers,
    known_other,
    other_drug_or_class,
    pick,
    usable,
)
from extract.text import ANOTHER_NAME, LIST_JOINT, NAME_LIST_SPLIT, NAME_SEPARATOR, NUMBER_WORD
from extract.units import Unit

_SOC_NAMES = (
    "blood and lymphatic system disorders", "cardiac disorders", "congenital, familial and genetic disorders",
    "ear and labyrinth disorders", "endocrine disorders", "eye disorders", "gastrointestinal disorders",
    "general disorders and administration site conditions", "general disorders", "hepatobiliary disorders",
    "immune system disorders", "infections and infestations", "injury, poisoning and procedural complications",
    "investigations", "metabolism and nutrition disorders", "musculoskeletal and connective tissue disorders",
    "neoplasms benign, malignant and unspecified", "nervous system disorders",
    "pregnancy, puerperium and perinatal conditions", "psychiatric disorders", "renal and urinary disorders",
    "reproductive system and breast disorders", "respiratory, thoracic and mediastinal disorders",
    "skin and subcutaneous tissue disorders", "social circumstances", "surgical and medical procedures",
    "vascular disorders", "body as a whole", "digestive system", "nervous system", "cardiovascular system",
    "respiratory system", "skin and appendages", "urogenital system", "special senses", "hemic and lymphatic system",
    "metabolic and nutritional disorders", "musculoskeletal system", "system organ class", "preferred term",
    "laboratory abnormalities", "laboratory investigations",
)


def _phrase_pattern(phrase: str) -> str:
    words = re.findall(r"[a-z]+", phrase)
    return r"[\s,/&-]*".join(("(?:and|&)?" + r"[\s,]*" + w) if w != words[0] else w for w in words if w != "and")


_SOC_WORDS = (
    "blood|lymphatic|system|cardiac|cardiovascular|congenital|familial|genetic|ear|labyrinth|endocrine|eye|"
    "gastrointestinal|general|administration|site|hepatobiliary|hepatic|immune|metabolism|metabolic|nutrition|"
    "nutritional|musculoskeletal|connective|tissue|nervous|psychiatric|renal|urinary|tract|reproductive|breast|"
    "respiratory|thoracic|mediastinal|skin|subcutaneous|vascular|injury|poisoning|procedural|hemic|"
    "ha?ematologic(?:al)?|digestive|neoplasms|benign|malignant|unspecified|pregnancy|puerperium|perinatal|"
    "surgical|medical|and|&"
)
SOC_GENERIC = (
    rf"(?:(?:{_SOC_WORDS})[\s,/-]+){{1,6}}(?:disorders|conditions|infestations|complications)"
)
SOC_HEADING = Guarded(re.compile(
    r"\b(?:" + "|".join(_phrase_pattern(n) for n in sorted(_SOC_NAMES, key=len, reverse=True))
    + "|" + SOC_GENERIC + r")\b"
    r"(?:\s*\(incl[^)]*\))?",
    re.IGNORECASE,
))
BOILERPLATE = Guarded(re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+experience\b|"
    r"clinical (?:trials|studies) are conducted under|to report suspected|www\.fda\.gov|"
    r"reported voluntarily from a population|not always possible to reliably estimate|"
    r"\bdata (?:described )?(?:below|above|in table \d+) reflect|"
    r"\bsafety (?:database|population|data)\b.{0,40}\b(?:reflect|consist|includ)|"
    r"\bmean (?:age|duration)\b|\bmedian (?:age|duration)\b|\b(?:years|yrs) of age\b.{0,60}\b(?:were|was)\b|"
    r"\bwere (?:randomi[sz]ed|enrolled|exposed)\b|\bwere (?:male|female|white|caucasian)\b|"
    r"\bat baseline\b|\bbaseline (?:characteristic|demographic)|"
    r"\bpopulation (?:had|was|characteristics)|\bdemographic|\bmedian age\b|"
    r"^\s*\d+(?:\.\d+)+\s+[A-Z]|\bassays?\b|\b(?:developed|detected|tested positive for) (?:\w+ ){0,3}antibod",
    re.IGNORECASE,
))
NON_EFFECT_LABELS = frozenset({
    "emotions", "behavior", "attention", "aptitude", "affect", "sensation", "association", "fasting", "recurrence",
    "signs and symptoms", "disease progression", "disease", "syndrome", "wounds and injuries", "poisoning",
    "multiple carboxylase deficiency", "drug-related side effects and adverse reactions", "thinking", "smoking",
    "dreams", "appetite", "libido", "taste", "coldness", "respiratory", "thoracic", "pathologic processes",
    "body weight", "disease attributes", "immunogenicity", "surgery", "organ transplantation",
    "surgical procedure", "surgical procedures, operative", "chronic disease", "acute disease", "emergencies",
})
EXCERPT_NON_EFFECTS = frozenset({"anti-drug antibodies"})
# (a label's immunogenicity subsection reports antibodies as a test result; a monograph lists them as an effect)
GENERIC_MENTION = re.compile(r"\badverse\b|\bside effects?\b|^(?:reactions?|events?|disorders?|toxicity)$", re.I)
ORGAN_REACTION = re.compile(
    r"^(?!(?:most|common|commonly|serious|other|following|these|those|all|any|additional|selected|clinical|drug|"
    r"severe|frequent|treatment|fatal|reported|related|such|some|overall|new|important|notable|emergent|possible|"
    r"several|many|no|known|similar|non|less|more)\b)[A-Za-z-]{4,} adverse (?:drug )?(?:reactions?|events?)$",
    re.IGNORECASE,
)
QUALIFIER = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z -]{1,24}?)\s*\)")
MAX_HEADING_WORDS = 8
MIN_NAME_WORDS = 4
MAX_PROSE_WORDS = 80
MAX_WIDENED_WORDS = 2
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?%?(?![\w.])")
RISK_CUE = Guarded(re.compile(
    r"\b(?:particularly|especially) (?:with|in)\b|\bin the (?:presence|setting) of\b|\brisk factors?\b|"
    r"\b(?:more|most) likely in (?:patients|people|those|persons|individuals|adults|children) with\b|"
    r"\bmonitoring (?:in|of|for)\b",
    re.IGNORECASE,
))
RISK_ASIDE = re.compile(
    r"(?:\(|;)\s*(?:(?:more|less)\s+(?:likely|common|frequent)|mainly|mostly|usually|typically)\s+"
    r"(?:with|in|if|when|among)\b(?=[^()]*\))",
    re.IGNORECASE,
)  # "(more likely with high doses, kidney impairment ...)": risk factors in an aside, up to its ")"
POPULATION_CUE = Guarded(re.compile(
    r"\b(?:(?:patients|(?<=\ba\s)patient|subjects|adults|children|men|women|those|individuals|population|people|"
    r"persons)\s+"
    r"(?:with|who (?:already )?(?:had|have))|"
    r"(?:history|treatment|management|setting) of|indicated for|baseline|underlying|pre-?existing|"
    r"trials? (?:in|of|with)|stud(?:y|ies) (?:in|of|with))\s+",
    re.IGNORECASE,
))
_POPULATION_LEAD = re.compile(
    r"^(?![^:]*\b(?-i:[A-Z]{5,})\s*:)[^:;.]{2,80}(?=:\s*(?:the\s+)?(?:most\s+common|(?:common\s+)?adverse\s+reactions)\b)",
    re.IGNORECASE)
# "Advanced HR+ BC, advanced PNET, advanced RCC: Most common adverse reactions ...": who was treated (not a label's
# section marker, "... Pancreatitis EXCERPT: The most common adverse reactions")
POPULATION_AFTER = re.compile(
    r"(?:\s*-?\s*(?:infected|positive|negative|naive|treated|related))?\s+(?:patients|subjects|population|trials?|"
    r"stud(?:y|ies)|groups?|arms?|program|cohorts?|adults|children)\b",
    re.IGNORECASE,
)
NAMES = Guarded(re.compile(
    r"\bNational Cancer Institute\b|\bCommon (?:Terminology|Toxicity) Criteria\b[^.;]{0,40}|\bCTCAE\b|\bMedDRA\b",
    re.IGNORECASE,
))
CLAUSE_END = re.compile(r"[;.)]")
_MODAL_BEFORE = re.compile(r"\b(?:can|may|might|could|will|would)\s+$", re.IGNORECASE)
_VERB_LIKE = frozenset({"fall", "falls", "drop", "drops"})
_ADVERB_BEFORE = re.compile(
    r"\b(?:usually|often|typically|then|gradually|slowly|quickly|initially|generally)\s+$", re.I)
_CAUSES = re.compile(
    r"\b(?:(?:can|may|might|could|will|often|sometimes)\s+(?:cause|lead\s+to|trigger|aggravate|worsen|bring\s+on|"
    r"promote|unmask|allow|permit|favou?r)|causes|leads\s+to|triggers|promotes|unmasks|(?:^|\b(?:is|are|has\s+been|have\s+been)\s+)"
    r"(?:(?:strongly|also)\s+)?(?:linked|tied)\s+to)\s+(.+)$",
    re.IGNORECASE,
)
_FINITE_VERB = re.compile(r"\b(?:can|may|might|could|will|would|should|must)\s+\w+|\b(?:develop|encourage)s?\b|"
                          r"^(?:raises|increases|reduces|lowers|worsens|makes|reflects?|resembles?|mimics?)\b|"
                          r"\b(?:show|shows|showed|reveal|reveals|revealed|helps|helped)\b|"
                          r"\b(?:persists?|persisted|resolves?|resolved|subsides?|subsided)\b|"
                          r"^(?:it|they|this)\s+(?:needs?|requires?)\b",
                          re.IGNORECASE)
# ("biopsies show villous atrophy", "resembles celiac disease": findings and likenesses, no effect; "and it needs a
# proper diagnosis", "a strict low-fat diet helps": advice; "areas of siderosis usually persist": its course)
_WHERE_SEEN = r"(?:seen|found|detected|visible|shown|noted|picked\s+up)\s+(?:only\s+)?(?:on|by|at)"
SETTING_BEFORE = re.compile(
    r"(?<!increase )(?<!increases )(?<!rise )(?<!rises )(?<!change )(?<!changes )(?<!decrease )(?<!drop )"
    r"(?:\b(?:in|during|after|following)|\b(?:mainly|mostly|especially|particularly|usually|only)\s+with|"
    r"\btests?\s+(?:for|of)|"  # "platelet function tests for HIT": what a test looks for
    rf"\b{_WHERE_SEEN}(?:\s+(?:routine|repeat|follow-up|brain))?|"  # "found only on (routine) MRI": where it shows
    r"\bfrom\s+the|"  # "back pain from the lumbar puncture": its cause
    r"\b(?:treatment|therapy|treating)\s+(?:of|for)|"  # "... on the first day of treatment for Lyme disease"
    r"\b(?:use|used|using|taken|prescribed)\s+for|"  # "continuous use for hepatic encephalopathy was well tolerated"
    r"\b(?:patients|subjects|people|persons|individuals|those|adults|children|infants|babies|newborns|neonates)\s+"
    r"(?:[\w-]+\s+){0,4}?"
    # "subjects treated with apixaban with diabetes", "hypoglycemia in patients treated for diabetes"
    r"(?:with|without|who\s+have|who\s+had|whose|(?:being\s+)?treated\s+for))\s+"
    r"(?:(?:severe|known|existing|pre-existing|underlying|obstructive|uncontrolled|advanced|the|a|an)\s+)*$",
    re.IGNORECASE,
)  # a disease named as the setting of an effect, not as one
POPULATION_STOP = re.compile(r"[,;:.\[\]]|\b(?:who|were|was|are|is|treated|receiving|received|had|experienced|"
                             r"reported|developed|in|on|the|at)\b", re.IGNORECASE)
_GRADE = re.compile(r"^(?:severe|serious|mild|moderate|marked)\s+")
_COORDINATED = re.compile(r"\s+(?:and|or)\s+", re.IGNORECASE)  # a name the list splitter would cut ("pins and
# needles"), a list that runs on to its "or", a lexicon name that joins two values
_FORM_WORDS = (r"films?|products?|patch(?:es)?|enemas?|suppositor(?:y|ies)|tablets?|capsules?|injections?|sprays?|"
               r"inhalers?|solutions?|creams?|gels?")  # dosage forms an effect may be said to come with

NOT_AN_EFFECT = re.compile(
    r"\b(?:adverse|experience|trials?|stud(?:y|ies)|table|warnings?|precautions|placebo|patients?|subjects|"
    r"doses?|dosing|mg|group|arm|incidence|grades?|terms?|class|percentage|frequency|discontinu\w*|"
    r"modifications?|controlled|therapy|treatment|population|respectively|total|number|mean|median|n|frequent|"
    r"immunogenicity|ha?ematology|chemistry|laboratory|general|overall|only|parameters?|values|abnormalities|"
    r"label(?:l?ing)?|described|below|above|following|randomi[sz]ed|open-label|double-blind|blind|specificity|"
    r"sensitivity|methodology|samples?|medications?|caucasian|white|black|asian|older|younger|elderly|"
    r"pediatric|adults?|women|men|included|excluded|excluding|includes?|started|after|with|fixed|versus|vs|"
    r"by|due|caus\w*|experienc\w*|being|advanced|metastatic|relapsed|refractory|risk|program|events?|such|"
    r"combination|forms?|types?|variants?|requiring|enough|cases?|both|resolves?|resolved|resolving|"
    r"stopping)\b|\b(?:that|which)\s+(?:needs?|needed|requires?|required)\b|"
    # "anemia severe enough to need transfusion", "bleeding that needs a transfusion": how bad, not a name
    r"^(?:[a-z]+(?:ic|al|ous|ive|ed|ary|ory|ible|able)\s+)*"
    r"[a-z]+(?:ic|al|ous|ive|ed|ary|ory|ible|able)$|^non[\s-]?[a-z]+$|"  # adjectives alone ("fatal hemorrhagic",
    # "reversible", "non-itchy") name no effect
    r"^(?:stop|seek|call|contact|tell|ask|get|go|avoid)\b|"  # advice ("Stop the medicine and seek medical help")
    r"^(?:[\w-]+\s+)?(?:creams?|ointments?|gels?|lotions?|tablets?|capsules?|suspensions?|powders?|injections?|sprays?|"
    r"patches|suppositories|inserts?|lacquers?|shampoos?|foams?)$|"  # a dosage form ("with creams and ointments")
    r"\b(?:existing|pre-?existing|underlying)\s+(?:disease|condition|illness)$|^(?:duration|severity|intensity)$|"
    r"^(?:their|its|these|those)\s+(?:complications?|consequences?|sequelae)$|"  # "gallstones and their complications"
    # "either new or a flare of existing disease": its course; "duration" alone: an aspect of the effect named
    r"^(?:which|that|who|when|whenever|while|if|before|until|upon|but|especially|particularly|rarely|often|usually|"
    r"either|less|sometimes|occasionally|"
    r"although|though|presenting|contribut\w*|"
    r"leading|resulting|mostly|mainly|largely|generally|most|without|in|at|during|whose)\b|"
    rf"^{ANOTHER_NAME}\b|"  # "(DRESS, also called ...)": another name
    r"\b(?:related|linked|attributed|secondary|owing)\s+to\b|^associated\s+with\b|\branges?\b|"  # its cause, its size
    r"^(?:face|lips?|tongue|throat|mouth|eyes?|skin|hands?|feet|legs?|arms?|ankles?|neck|back|dry|chest|jaws?|"
    r"lungs?|liver|kidneys?|heart|tendons?|nerves?|muscles?|joints?|stomach|head|bones?|teeth|gums?|nose|ears?|foot|"
    r"scalp|nails?|hair|thyroid|bladder|bowels?|brain|blood|urine|sweat|saliva|tears?|semen|stools?|fluids?|"
    r"larynx|pharynx|eyelids?|genitals?|perineum|fingers?|toes?|knees?|wrists?|elbows?|shoulders?|eyebrows?|"
    r"eyelashes|lashes)$|"
    # a body part or fluid alone names no effect
    r"^(?:effects?|reactions?|problems?|symptoms?|signs?|features?|manifestations?|changes?|behaviou?rs?|"
    r"enlargement|major|minor|new|emergence|"
    r"worsening|worsened|aggravation|"
    r"yes|no)$|"  # an FAQ answer's "Yes."
    r"^(?:very|sometimes?|occasionally|less\s+often|more\s+often|less\s+commonly|more\s+commonly)\b|"
    r"^(?:[\w-]+\s+)?(?:falls?|drops?|declines?|rises?)$|"  # "a transient fall (in white cell count)"
    r"^(?:(?:very|too|abnormally|unusually)\s+)?(?:slow|fast|rapid|low|high|irregular|weak|strong|severe|mild)$|"
    r"^(?:from\s+\w+\s+)?to\s+(?:mild|moderate|severe|serious|life-threatening|fatal)$|"  # "from mild to severe"
    r"^(?:(?:harmless|bright|dark|pale|light|deep|reddish|brownish|yellowish|greenish|bluish|orange|red|brown|yellow|"
    r"green|blue|black|white|pink|purple|grey|gray)(?:[\s-]+|$))+$|"  # "harmless reddish-brown": a colour alone
    r"[=%<>\u2265\u2264]|\d|"
    rf"\b(?:{_FORM_WORDS}|site)$",  # "with buccal products", "application-site or ...": no effect
    re.IGNORECASE,
)


def side_effects(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Adverse effects named in a side-effect sentence; enumerated items count even when unknown."""
    boilerplate = BOILERPLATE.search(unit.text)  # searched once: the lead-in and furniture tests share it
    tail = _after_boilerplate(unit.text, boilerplate)
    if tail:
        side_effects(ctx, replace(unit, text=tail), find_mentions(tail, ctx.lexicon))
        return
    if boilerplate is not None and not tabular(unit.text) and len(unit.text.split()) <= MAX_PROSE_WORDS:
        return  # label boilerplate ("... causal relationship to drug exposure"): no effects in it
    # (a sentence that sets the subject aside never gets here: rules.about_other_drug already said so)
    quals = effect_qualifiers(unit)
    headings = list(SOC_HEADING.finditer(unit.text))  # found once: masked, then replaced by commas
    masked = _masked(unit.text, headings)
    masked += site_reactions(ctx, unit, quals) + placed_sensations(ctx, unit, quals)
    masked += gloss_spans(unit.text, mentions) + masked_signs(unit.text)
    masked += [Span(*m.span()) for m in _MAY_BE_INSTEAD.finditer(unit.text)]
    masked += [Span(*m.span()) for m in _USED_FOR_CLAUSE.finditer(unit.text)]
    masked += [Span(*m.span()) for m in _DESCRIBED_BEFORE.finditer(unit.text)]
    masked += [Span(*m.span()) for m in _OTHER_CAUSE.finditer(unit.text)]
    denied = _NOT_ITS_EFFECT.search(unit.text)
    if denied is not None:  # "Pruritus was reported less often than with placebo, so it is not considered a side
        masked.append(Span(unit.text.rfind(";", 0, denied.start()) + 1, denied.end()))  # effect": none before it
    if ctx.monograph and "site" in unit.text:
        masked += [Span(*m.span(1 if m.group(1) else 2)) for m in _SITE_GLOSS.finditer(unit.text)]
    lead = _SETTING_LEAD.search(unit.text)  # ", most often with long courses", ", typically in the shoulders"
    if lead is not None:  # ", most often in the first days, or with hypokalemia": settings, not effects
        masked.append(Span(lead.start(), setting_end(unit.text, lead.end())))
    when = _WHEN_CLAUSE.search(unit.text)
    if when is not None and any(m.end <= when.start() and pick(m, EFFECT_KINDS) for m in mentions):
        # "CSF rhinorrhea when large tumors eroding the skull base shrink": when the effect happens
        masked.append(Span(when.start(), setting_end(unit.text, when.end())))
    masked += other_drugs_effects(ctx, unit.text, mentions)
    runs, measures = measure_runs(ctx, unit.text)
    directed, moved = directed_lists(ctx, unit.text, runs)
    measures += moved
    masked += runs + directed
    covered = emit_mentions(ctx, unit, mentions, masked, quals)
    for concept, name in measures:  # each measure of a run named in full (the run's own words were masked)
        ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, name, **quals)
        covered.add(match_key(name))
    if any(m.modifiers & BLOCKING for m in mentions) or heading_like(unit):
        return
    for mention in mentions:  # "liver enzymes may increase": the rise of a lab value is the effect
        if mention.first(K.MONITORING) is None or inside_covered(mention.text, covered):
            continue
        move = _MOVES_AFTER.match(unit.text, mention.end)
        if move is not None:
            concept = moved_value(ctx, mention.text.lower(), down=bool(move.group("down")))
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, " ".join(unit.text[mention.start:move.end()].split()),
                     **quals)
        elif (rise := risen(unit.text, mention, mentions)) is not None:  # "small rises in LDL cholesterol and
            # hematocrit": each value that rises (each of a name that joins two: "cholesterol and triglycerides")
            for value in _COORDINATED.split(mention.text):
                concept = moved_value(ctx, value.lower(), down=bool(rise.group("down")))
                ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, f"{rise.group('move')} in {value}", **quals)
    # conditions named as the setting ("or in kidney failure"): neither effects nor list items
    settings = {match_key(m.text) for m in mentions if setting_of(unit.text, m)}
    sites = [Span(*m.span()) for m in _SITE_RUN.finditer(unit.text)]
    for item in _candidates(ctx, _ranges_listed(ctx, _replaced(unit.text, headings, ","))):
        item = _MORE_LEAD.sub("", item)  # "the main concerns were more atrial fibrillation": how often, no name
        item = _WHO_ALSO_LEAD.sub("", item)  # "in children also abdominal pain": who, then the effect
        if inside_covered(item, covered) or match_key(item) in settings or covered_with_setting(item, covered) \
                or in_spans(unit.text.find(item), masked + sites):
            continue
        item = _POPULATION_TAIL.sub("", item.rpartition(":")[2].strip())  # "most reflect overtreatment: a"
        item = _CONDITIONAL_TAIL.sub("", item)  # "nausea if stopped abruptly": the effect, not when it comes
        item = _FREQUENCY_TAIL.sub("", item)  # "and acute kidney injury less often": how often, no name
        if _HOW_MANY.match(item):
            continue  # "taste changes, reported by about one in five users": how many, no effect
        item = DANGLING.sub("", item)  # "rash during (or soon after the infusion)"
        item = _risked(ctx, item)
        change = _CHANGE_IN.fullmatch(item)
        if change and ctx.lexicon_concept(change.group("what"), K.MONITORING) is not None:
            # "paradoxical severe decreases in HDL cholesterol": the parameter moving is the effect
            concept = moved_value(ctx, change.group("what"), down=bool(change.group("down")))
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, item, **quals)
            continue
        setting = _SETTING_TAIL.search(item)
        if setting and match_key(setting.group(1)) in settings:
            # "CNS disturbances in renal impairment", "QT prolongation mainly with renal impairment"
            item = _HEDGE_END.sub("", item[:setting.start()])
        if inside_covered(item, covered):
            continue
        item = _lent_modifier(ctx, unit.text, _lent_complement(unit.text, item))
        if _kind_of_generic_head(unit.text, item):
            continue  # "serious skin and hypersensitivity reactions", "cardiovascular and gastrointestinal events"
        borrowed = _borrowed_head(ctx, unit.text, item)
        if borrowed is not None:  # "upper respiratory and urinary tract infections", "back and pelvic pain"
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, borrowed[0], unit, borrowed[1], **quals)
            continue
        if _shares_next_head(ctx, unit.text, item):
            continue
        site = site_term(ctx, unit.text, unit.text.find(item), item)
        if site is not None:
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, site[0], unit, site[1], **quals)
        elif plausible_item(ctx, item) and not (lead is not None and unit.text.find(item, lead.start()) >= 0):
            # (an unknown item after ", most often with": the setting or place of the effect before it; its course
            # is no part of its name: "new or worsening psychiatric symptoms")
            name = _COURSE.sub("", item) or item
            concept = ctx.lexicon_concept(name, K.ADVERSE_EFFECT) or chunk_concept(name, K.ADVERSE_EFFECT)
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, item, **quals)  # ("loss of taste" lent its
            # complement is a name the lexicon knows)


_BELONGS_TO = re.compile(
    r"\b(?:is|are|was|were)\s+(?:mainly|mostly|largely|chiefly|only|usually)?\s*(?:a\s+problem|a\s+concern|an\s+issue|"
    r"typical|common|frequent|seen|reported|described)\s+(?:with|for|of|in)\s+(?:(?:injectable|injected|oral|intravenous|inhaled|topical|"
    r"long-acting|depot)\s+)?$|"  # ("are a problem of injectable somatostatin analogs")
    r"\b(?:has|have)\s+been\s+(?:linked|tied|attributed)\s+to\s+$|"
    r"\b(?:is|are|was|were)\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+|probably\s+)?(?:attributed|put\s+down)\s+"
    r"(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+)?to\s+$|"
    r"\b(?:is|are)\s+(?:an?\s+)?(?:known\s+|well-known\s+|recogni[sz]ed\s+|common\s+|typical\s+)?"
    r"(?:complications?|consequences?|hazards?|(?:side\s+|adverse\s+)?effects?|toxicit(?:y|ies))\s+of\s+"
    r"(?:[\w-]+\s+){0,4}$|"
    r"\b(?:is|are)\s+(?:an?\s+)?(?:boxed\s+|black[-\s]box\s+|class\s+)?warnings?\s+(?:for|with)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE)
# ("... has been linked to olmesartan (a different ARB)", "kidney injury was common with colistin, the comparator",
# "are attributed mainly to palbociclib", "are boxed warnings for fluoroquinolones such as ciprofloxacin", "are
# complications of long-term high-dose glucocorticoid therapy")


def other_drugs_effects(ctx: RuleContext, text: str, mentions: list[Mention]) -> list[Span]:
    """The clause of effects the text puts down to another drug ("withdrawal symptoms and misuse are mainly a problem
    with carisoprodol, a different muscle relaxant"): up to that drug, none is the subject's."""
    spans = []
    for mention in mentions:
        if not other_drug_or_class(mention, ctx.subject, ctx.lexicon):
            continue
        lead = _BELONGS_TO.search(text, max(0, mention.start - 60), mention.start)
        if lead is not None:
            spans.append(Span(text.rfind(";", 0, lead.start()) + 1, mention.end))
    return spans


# an unknown item after these names where or when the effect before it happens ("long courses", "small joints of
# the hands"), not an effect
_SETTING_LEAD = re.compile(
    r",\s*(?:most\s+often|more\s+often|chiefly|mainly|mostly|especially|particularly|usually|typically|often|"
    r"largely|(?:more|less)\s+(?:common|frequent|likely))\s+(?:when|with|in|after|if|at|during|on|among|for|of)\b",
    re.IGNORECASE)  # (also ", more common in women")


_CONDITIONAL_TAIL = re.compile(rf"\s+(?:if|unless|once|whenever)\s+.*$|\s+{_WHERE_SEEN}\s.*$", re.IGNORECASE)
# (and "ARIA found on routine MRI": where it was found)
_FREQUENCY_TAIL = re.compile(
    r"\s+(?:less|more)(?:\s+(?:often|commonly|frequently)\b.*)?$|\s+(?:rarely|occasionally)\b.*$",
    re.IGNORECASE)  # (the list cutter may have dropped "often" already)
_DESCRIBED_BEFORE = re.compile(
    r"(?<=[\w)])\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:infection|disease|condition|disorder|reaction|syndrome|"
    r"complication|inflammation|problem)s?\s+(?:caused\s+by|that|which|in\s+which|where)\b[^;,]*|"
    r"\((?:usually|mostly|mainly|typically|often)\s+[^()]*\)", re.IGNORECASE)
# "PML, a brain infection caused by the JC virus", "hemorrhage (usually minor bleeding)": what the effect before is
_OTHER_CAUSE = re.compile(r"\b(?:although|though|but)\s+[^,;.]{1,60}?\b(?:is|are)\s+(?:also\s+)?(?:a|the)\s+"
                          r"(?:common|usual|frequent|likely|known|more\s+likely)?\s*causes?\b[^,;.]*", re.IGNORECASE)
# "Seizures also occurred, although the tumor itself is a common cause": the other cause is no effect
_RISK_TAIL = re.compile(r"\s+risks?$", re.IGNORECASE)
_RISK_LEAD = re.compile(r"^(?:an?\s+|the\s+)?(?:(?:increased|higher|added)\s+)?risks?\s+of\s+", re.IGNORECASE)
_HOW_LARGE = re.compile(r"^(?:cumulative|overall|added|additional|increased|higher|greater)\s+", re.IGNORECASE)
_HOW_MANY = re.compile(
    r"(?:(?:reported|seen|noted|experienced)\s+(?:by|in)\s+)?(?:(?:about|around|roughly|nearly|almost|up\s+to|over|"
    rf"more\s+than|fewer\s+than|less\s+than)\s+)?(?:{NUMBER_WORD}|a\s+few)\s+(?:in|out\s+of)\s+"
    rf"(?:{NUMBER_WORD}|a\s+hundred)\s+(?:users|people|patients|adults|"
    r"children|women|men|recipients|participants)\b", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\s(?:when|whenever)\s", re.IGNORECASE)
_ANOTHER_SETTING = re.compile(r",\s*(?:(?:or|and)\s+)?(?:with|in|during|after|when|while|on|at)\b", re.IGNORECASE)


_MASKED_SIGNS = re.compile(
    r"\bmask(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:warning|early|usual|typical|classic)\s+)?(?:signs?|symptoms?)\s+of\b|"
    r"\b(?:reduced|decreased|lower(?:ed)?|diminished|loss\s+of)\s+(?:the\s+)?(?:effectiveness|efficacy)\s+of\b|"
    r",\s*(?:presenting|manifesting)\s+(?:as|with)\b|,\s*(?:resembling|mimicking|similar\s+to|reflecting)\b",
    re.I)  # (or what another drug loses: "reduced effectiveness of warfarin and hormonal contraceptives"; or how the
# effect named shows itself: "Sphincter of Oddi spasm, presenting as sudden upper abdominal pain"; or what it is
# likened to: "hyperpyrexia and confusion, resembling neuroleptic malignant syndrome")
_DURING_PROCEDURE = re.compile(
    rf"\s(?:during|under)\s+(?:general\s+)?(?:{PROCEDURES}|sedation)\b"
    r"(?:\s+(?:or|and)\s+(?:[\w-]+\s+)?[\w-]+)?", re.I)  # "aspiration during general anesthesia or deep sedation"
_MASKED_END = re.compile(r";|,\s*(?:and|but|while|whereas|so)\b", re.I)


def masked_signs(text: str) -> list[Span]:
    """What a drug may hide ("may mask the warning signs of hypoglycemia, such as tremor and a fast
    heartbeat"), take from another drug ("reduced effectiveness of hormonal contraceptives"), how an effect
    shows itself (", presenting as ...") or what it is likened to (", resembling ..."): up to the clause's
    end, no effects of the drug; nor is the procedure an effect comes with ("during general anesthesia")."""
    spans = []
    for found in _MASKED_SIGNS.finditer(text):
        end = _MASKED_END.search(text, found.end())
        spans.append(Span(found.start(), end.start() if end else len(text)))
    spans += [Span(found.start(), found.end()) for found in _DURING_PROCEDURE.finditer(text)]  # and the procedure
    return spans


def setting_end(text: str, start: int) -> int:
    """Where a setting that opens at ``start`` ends: at a ';', at the bracket it sits in, or at a comma that
    goes on with something other than another setting (", or with hypokalemia" goes on; ", seizures" does not);
    a bracket the setting opens is part of it."""
    end = start
    while True:
        comma = text.find(",", end)
        stops = [i for i in (text.find(";", end), text.find(")", end), comma) if i >= 0]
        stop = min(stops, default=len(text))
        opened = text.find("(", end, stop)
        if opened >= 0 and (closed := text.find(")", opened)) >= 0:
            end = closed + 1  # "in patients with collagen vascular disease (e.g., lupus, scleroderma)": its examples
            continue
        if stop != comma or _ANOTHER_SETTING.match(text, comma) is None:
            return stop
        end = comma + 1


_SITE_RUN = re.compile(r"\b(?:of|affecting|involving)\s+the\s+[\w-]+(?:\s*,\s*(?:(?:and|or)\s+)?(?:even\s+)?"
                       r"(?:[\w-]+\s+){0,3}?[\w-]+)+", re.I)
# "angioedema of the face, lips, tongue, glottis, or larynx": the run of places one effect affects


def _lent_modifier(ctx: RuleContext, text: str, item: str) -> str:
    """A one-word item after "<modifier> <noun> and" shares the modifier when the lexicon knows the result:
    "suicidal behavior and ideation" -> "suicidal ideation"."""
    if " " in item or not item.isalpha():
        return item
    lent = re.search(rf"\b([A-Za-z][\w-]*)\s+[\w-]+\s+(?:and|or)\s+{re.escape(item)}\b", text)
    if lent is None:
        return item
    name = f"{lent.group(1)} {item}"
    return name if any(c.kind in EFFECT_KINDS for c in ctx.lexicon.lookup(name)) else item


_NEXT_PAIR = re.compile(r"\s+(?:and|or)\s+([\w-]+\s+[\w-]+)")


_CHANGE_NOUNS = r"(?:loss|reduction|decrease|increase|alteration|change|distortion|impairment|disturbance)"
_SHARED_COMPLEMENT = re.compile(
    rf"(?:\s*,\s*{_CHANGE_NOUNS})*\s*,?\s+(?:and|or)\s+{_CHANGE_NOUNS}\s+(of\s+(?:the\s+)?[a-z][\w-]*)\b", re.I)


def _lent_complement(text: str, item: str) -> str:
    """A lone change noun before "..., or alteration of taste" shares its complement: "loss of taste"."""
    if not re.fullmatch(_CHANGE_NOUNS, item, re.I):
        return item
    at = text.find(item)
    shared = _SHARED_COMPLEMENT.match(text, at + len(item)) if at >= 0 else None
    return f"{item} {shared.group(1)}" if shared is not None else item


def _shares_next_head(ctx: RuleContext, text: str, item: str) -> bool:
    """A lone unknown word coordinated with a known two-word effect ("salt and water retention"): it only
    qualifies that effect's head."""
    if " " in item or known_effect(ctx, item):
        return False
    at = text.find(item)
    pair = _NEXT_PAIR.match(text, at + len(item)) if at >= 0 else None
    return pair is not None and known_effect(ctx, pair.group(1))


_GENERIC_HEADS = frozenset({"reaction", "reactions", "effects", "effect", "events", "problems", "disorders"})
_NEXT_ITEM_HEAD = re.compile(r"\s+(?:and|or)\s+[^,;:.()]*?([A-Za-z]+)\s*(?=[,;:.()]|$)")


def _next_head(text: str, item: str) -> str | None:
    """The head noun of the item coordinated after ``item`` ("upper respiratory and urinary tract infections")."""
    at = text.find(item)
    head = _NEXT_ITEM_HEAD.match(text, at + len(item)) if at >= 0 else None
    return head.group(1) if head is not None else None


def _kind_of_generic_head(text: str, item: str) -> bool:
    """A lone word that shares a generic head with the next item ("skin and hypersensitivity reactions"):
    a kind of reaction or event, no effect of its own."""
    return " " not in item and (_next_head(text, item) or "").lower() in _GENERIC_HEADS


def _borrowed_head(ctx: RuleContext, text: str, item: str) -> tuple[Concept, str] | None:
    """An unknown item that borrows the head of the next one ("upper respiratory and urinary tract infections"
    names upper respiratory infections), when the lexicon knows the result as an effect."""
    if not 0 < len(item.split()) <= 2 or not item.replace(" ", "").isalpha() or known_effect(ctx, item) \
            or _COURSE.match(f"{match_key(item)} ") or _GRADE.match(f"{match_key(item)} "):
        return None  # ("severe or prolonged hypoglycemia": a grade, not a kind)
    head = _next_head(text, item)
    if head is None:
        return None
    name = f"{item} {head}"
    concept = ctx.lexicon_concept(name, K.ADVERSE_EFFECT)
    return (concept, name) if concept is not None else None


def inside_covered(item: str, covered: set[str]) -> bool:
    """An item that is an emitted mention or part of a long or coordinated one ("systemic symptoms" in DRESS's
    name, "needles" in "pins and needles"), or whose slashed parts all are ("ILD/pneumonitis")."""
    if "/" in item and all(part.strip() and inside_covered(part, covered) for part in item.split("/")):
        return True
    key = f" {match_key(item)} "
    return any(key == f" {c} " or ((len(c.split()) >= MIN_NAME_WORDS or _COORDINATED.search(c) is not None)
                                   and key in f" {c} ") for c in covered)


_SETTING_WORDS = re.compile(
    r"(?:from|when|while|in|during|after|with|on|at|among|of|affecting|involving|lasting|occasionally|sometimes|"
    r"needing|requiring|resembling|mimicking|caused\s+by|due\s+to|especially|particularly|presenting\s+(?:as|with))\s")
_SETTING_TAIL = re.compile(r"\s+(?:in|with|during)\s+(.+)$", re.IGNORECASE)
_HEDGE_END = re.compile(r"\s+(?:mainly|mostly|especially|particularly|usually|only)$", re.IGNORECASE)
_POPULATION_TAIL = re.compile(
    r"\s+in\s+(?:premature\s+|young\s+|older\s+|elderly\s+|the\s+)?(?:infants?|neonates?|newborns?|children|"
    r"adolescents|teenagers|people|patients|adults|women|men|elderly)\b.*$", re.IGNORECASE)
# "kidney calcification in premature infants": who gets it, not part of its name


_MAY_BE_INSTEAD = re.compile(
    r"\b(?:not|fails?\s+to)\s+(?:respond|improve|clear|heal)\w*\s+(?:[\w-]+\s+){0,4}?(?:may|might|could)\s+"
    r"(?:actually\s+|instead\s+|really\s+)?be\s+[^;.]*", re.IGNORECASE)
# "a rash that does not respond may be psoriasis, eczema, or erythrasma": what else it may be, no effect
_USED_FOR_CLAUSE = re.compile(
    r",\s+(?:which|that)\s+(?:is|are)\s+(?:\w+\s+)?(?:used|given|prescribed)\s+(?:for|in|to)\s+[^,;]*",
    re.IGNORECASE)  # "doxorubicin, which is sometimes used for desmoid tumors": a use
_WHO_ALSO_LEAD = re.compile(
    r"^(?:in\s+)?(?:(?:older|younger|young)\s+)?(?:children|adolescents|adults|infants|women|men|teenagers)\s+"
    r"(?:also|additionally|too)\s+(?=\w)|"
    r"^(?:some\s+|many\s+|a\s+few\s+)?(?:people|patients|users)\s+(?:also\s+)?(?:notice|report|get|experience|develop)\s+"
    r"(?:an?\s+)?(?=\w)", re.IGNORECASE)  # (and "some people also notice a smaller appetite")
_NOT_ITS_EFFECT = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:considered|regarded\s+as|thought\s+to\s+be|counted\s+as)\s+"
    r"(?:an?\s+)?(?:side|adverse)\s+effects?\b", re.IGNORECASE)
# "more atrial fibrillation" (not "less ejaculate"), "..., alongside nausea": one more item; "Animal studies suggest
# impaired fertility": the effect
_MORE_LEAD = re.compile(r"^(?:more|extra|additional|alongside|along\s+with|together\s+with|as\s+well\s+as)\s+(?=\w)|"
                        r"^(?:animal|laboratory)\s+(?:studies|data)\s+(?:suggest|show|showed|indicate)\s+(?=\w)",
                        re.IGNORECASE)
_COURSE = re.compile(
    r"^(?:worsening|exacerbation|aggravation|severity|duration|frequency|intensity)\s+of\s+|"
    r"^(?:(?:new|worsening|worsened|continued|recurrent|temporary|transient|persistent|progressive|sudden|"
    r"occasional|gradual|ongoing|steady|further|slow|sustained|small|slight|modest|harmless|hidden|brief|"
    r"short\s+lived|momentary|fleeting)\s+"
    r"(?:or\s+|and\s+)?)+", re.IGNORECASE
)  # "new or worsening hypertension", "worsening of chronic renal failure": the course of an effect the mention
# already named


def covered_with_setting(item: str, covered: set[str]) -> bool:
    """An item that is an emitted mention plus where or why it happens ("hyponatremia from inappropriate
    antidiuretic hormone secretion", "lightheadedness when standing"): the mention already said it."""
    key = match_key(item)
    if (course := _COURSE.match(key) or _GRADE.match(key)) and key[course.end():] in covered:
        return True  # ("new or worsening X", "marked X": X, named already)
    return any(key.startswith(f"{c} ") and _SETTING_WORDS.match(key, len(c) + 1) is not None for c in covered)


def heading_like(unit: Unit) -> bool:
    """A short Title-Case line that is neither a bullet nor a sentence: a subsection heading."""
    words = unit.text.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return (
        not unit.bullet and len(words) <= MAX_HEADING_WORDS and unit.text[-1:].isalnum()
        and capitalised * 2 > len(words)
    )


def _after_boilerplate(text: str, found: re.Match[str] | None) -> str:
    colon = text.find(":", found.end()) if found else -1
    return text[colon + 1:].strip() if colon > 0 else ""


def emit_mentions(
    ctx: RuleContext, unit: Unit, mentions: list[Mention], masked: list[Span], quals: dict[str, str]
) -> set[str]:
    """Emit the effect mentions outside ``masked`` spans; returns the match keys they cover."""
    mentions = [m for m in mentions if not _CAUSE_HYPHEN.match(unit.text, m.end)]  # "Cold-induced": the trigger
    listing = listing_effects(mentions)
    covered: set[str] = set()
    edges: list[tuple[Mention, int, int]] | None = None
    for mention in mentions:
        if in_spans(mention.start, masked):
            continue
        if GENERIC_MENTION.search(mention.text):
            covered.update(emit_organ_reaction(ctx, unit, mention, quals))
            continue
        if not effect_mention(mention, listing, unit.text) or non_effect_term(mention, excerpt=not ctx.monograph):
            continue
        if "," in mention.text:
            covered.update(emit_parts(ctx, unit, mention, quals))
            continue
        pair = _COORDINATED_PAIR.match(mention.text)
        if pair and _named_by_both(ctx, mention, pair):
            # a thesaurus entry named for two effects ("nausea and vomiting"): each is an effect of its own
            covered.update(emit_parts(ctx, unit, replace(mention, text=",".join(pair.groups())), quals))
            continue
        if POPULATION_AFTER.match(unit.text, mention.end) or _TREATED_AFTER.match(unit.text, mention.end) \
                or outcome_of_effect(unit.text, mention):
            continue  # "NSCLC patients", "HIV-1-infected subjects", "years of acne treatment"
        sensation = _SENSATION_AFTER.match(unit.text, mention.end)
        if sensation is not None:  # '"electric shock" sensations': the sensation is the effect
            lead = _SENSATION_LEAD.search(unit.text, max(0, mention.start - 30), mention.start)
            surface = unit.text[lead.start() if lead else mention.start:sensation.end()]
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, chunk_concept(surface, K.ADVERSE_EFFECT), unit, surface, **quals)
            covered.add(match_key(surface))
            continue
        if edges is None:
            edges = effect_edges(mentions)
        bounds = between(mention, edges, masked, len(unit.text))
        concept, surface = site_term(ctx, unit.text, mention.start, mention.text) or mention_effect(
            ctx, unit.text, mention, bounds)
        if concept is not None:
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, surface, **quals)
            emit_lab_rises(ctx, unit, concept, mention.end, quals)
            keys = (match_key(surface), match_key(mention.text))
            covered.update(keys)
            covered.update(_GRADE.sub("", key) for key in keys)  # the list item "skin reactions" of "severe skin ..."
    return covered


def _named_by_both(ctx: RuleContext, mention: Mention, pair: re.Match[str]) -> bool:
    """The mention's effect is named for the two effects coordinated in it (not one meaning given to a pair of
    words, as paresthesia is to "numbness and tingling"), and each is an effect the lexicon knows."""
    concept = mention.first(K.ADVERSE_EFFECT)
    return concept is not None and match_key(concept.label) == match_key(mention.text) and all(
        ctx.lexicon_concept(word, K.ADVERSE_EFFECT) for word in pair.groups())


_COORDINATED_PAIR = re.compile(r"^([\w-]+)\s+(?:and|or)\s+([\w-]+)$", re.I)
_GLOSS_TERM = re.compile(r"\(\s*([^()]+?)\s*\)")
_DESCRIBED = re.compile(r"(?:an?|i\.\s?e\.,?)\s|(?:signall?ed|shown|marked|heralded|suggested)\s+by\b", re.IGNORECASE)
# a bracket that describes the term before it, or says how it shows ("(signaled by fever or sore throat)")
_ITEM_START = re.compile(r"[^,;:.()]*$")
_SYNDROME = re.compile(r"\bsyndrome$", re.I)  # its bracketed signs are how it shows, not effects of their own
_BODY_PLACE = re.compile(r"\b(?:of|in|on|around|under)\s+(?:the\s+\w|(?:both\s+)?(?:hands|feet|legs|arms|fingers|"
                         r"toes|lips|eyes)\b)", re.IGNORECASE)  # ("numbness in hands and feet": no article)
LAY_DESCRIPTION_WORDS = 4
_SENSATION = r"(?:numbness|tingling|burning|prickling|pins\s+and\s+needles|weakness|pain)"
_SENSATIONS_PLACED = re.compile(
    rf"{_SENSATION}(?:\s*,\s*(?:(?:or|and)\s+)?{_SENSATION}|\s+(?:or|and)\s+{_SENSATION})+\s+(?:of|in|on)\b",
    re.IGNORECASE)  # "(numbness, tingling, or burning in the feet)"


def gloss_spans(text: str, mentions: list[Mention]) -> list[Span]:
    """Lay descriptions of a place in the body that a bracketed term names ("numbness or tingling of the hands
    and feet (peripheral neuropathy)"), and bracketed descriptions of the term before them ("(a clear watery
    nasal discharge)", a syndrome's signs): the term is the effect, the description's words are no effects of
    their own. An abbreviation in brackets ("(DRESS)") names only the words before it."""
    if "(" not in text:
        return []
    terms = {(m.start, m.end) for m in mentions if m.first(*EFFECT_KINDS)}
    ends = {end for _, end in terms}
    spans = []
    for term in _GLOSS_TERM.finditer(text):
        before = len(text[:term.start()].rstrip())  # where the term a bracket follows would end
        after_term = before in ends
        if after_term and _DESCRIBED.match(term.group(1)):
            spans.append(Span(term.start(), term.end()))  # "CSF rhinorrhea (a clear watery nasal discharge)"
            continue
        if after_term and term.group(1).count(",") >= 2 and any(
                m.end == before and _SYNDROME.search(m.text) for m in mentions):
            spans.append(Span(term.start(), term.end()))  # "neuroleptic malignant syndrome (fever, rigidity, ...)"
            continue
        inside = sum(1 for lo, _ in terms if term.start(1) <= lo < term.end(1))
        if after_term and _lay_description(term.group(1)) and (
                inside <= 1 or _SENSATIONS_PLACED.match(term.group(1))
                or (inside == 2 and "," not in term.group(1) and " or " in term.group(1))):
            spans.append(Span(term.start(), term.end()))  # "angioedema (swelling of the face, lips, or throat)",
            continue  # "peripheral neuropathy (tingling or numbness in the hands and feet)": one description
        if (term.start(1), term.end(1)) not in terms or term.group(1).isupper() or _glosses_last(term, mentions):
            continue
        lead = _ITEM_START.search(text, 0, term.start())
        start = lead.start() if lead is not None else term.start()
        if _lay_description(text[start:term.start()], joined=True):
            spans.append(Span(start, term.start()))  # "stuffy or runny nose with sore throat (nasopharyngitis)"
    return spans


def _glosses_last(term: re.Match[str], mentions: list[Mention]) -> bool:
    """The bracketed term names the same effect as the mention just before it ("easy bruising and stretch marks
    (striae)"): it glosses that last item, not the whole description."""
    inside = next((m for m in mentions if m.start == term.start(1)), None)
    last = next((m for m in mentions if m.end <= term.start() and not term.string[m.end:term.start()].strip()), None)
    return inside is not None and last is not None and bool(set(inside.candidates) & set(last.candidates))


def _lay_description(words: str, *, joined: bool = False) -> bool:
    """Words long enough to describe a term, placed in the body ("swelling of the face") or, when ``joined``,
    joining its signs ("runny nose with sore throat")."""
    return len(words.split()) >= LAY_DESCRIPTION_WORDS and (
        _BODY_PLACE.search(words) is not None or (joined and " with " in words))


def moved_value(ctx: RuleContext, what: str, *, down: bool) -> Concept:
    """The effect a lab value or parameter moving is: "increased HDL cholesterol", "decreased potassium" (the
    lexicon's name for it when it has one, such as "Blood potassium decreased")."""
    name = f"{'decreased' if down else 'increased'} {what}"
    return ctx.concept_for(name, K.ADVERSE_EFFECT)


_MOVES_AFTER = re.compile(r"\s+(?:can|may|might|could|often|sometimes|tend\s+to)\s+"
                          r"(?:(?P<down>fall|drop|decrease|decline)|rise|increase|climb|go\s+up)\b"
                          r"(?!\s+(?:slightly|modestly|a\s+little|marginally)\b)", re.I)
# ("total cholesterol may fall slightly": a small change the text does not call harm)
_EXPLAINED_BY = re.compile(r"\b(?:reflecting|reflects?|due\s+to|because\s+of|caused\s+by|from|with|shown\s+by|"
                           r"seen\s+as|marked\s+by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$|"
                           r"\b(?:mean|median|average|placebo-corrected|explain)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "anemia, reflecting small falls in hemoglobin", "hemolysis with a fall in hemoglobin": how an effect shows; "the
# mean decrease in prolactin was 6.5 ng/mL": a trial's statistic
_CHANGE_WORD = r"(?P<down>decreases?|reductions?|falls?|drops?|declines?)|increases?|elevations?|rises?"
_MOVED_BEFORE = re.compile(
    rf"\b(?P<move>{_CHANGE_WORD})\s+in\s+(?:the\s+)?(?:(?:serum|blood|plasma)\s+)?"
    r"(?P<prior>[^,;.()]{1,40}?\s+(?:and|or)\s+)?$", re.I)


def risen(text: str, mention: Mention, mentions: list[Mention]) -> re.Match[str] | None:
    """The rise or fall a lab value is named after ("rises in LDL cholesterol and hematocrit"), when the words
    between are another value of the same run."""
    found = _MOVED_BEFORE.search(text, max(0, mention.start - 90), mention.start)
    if found is None or _EXPLAINED_BY.search(text, max(0, found.start() - 40), found.start()) or (
            found.group("prior") and not any(
            m.first(K.MONITORING) and m.start >= found.start("prior") and m.end < mention.start for m in mentions)):
        return None
    return found


_CHANGE_IN = re.compile(rf"(?:[\w-]+\s+){{0,3}}?(?:{_CHANGE_WORD})\s+(?:in|of)\s+(?:the\s+)?(?P<what>.+)", re.I)
_SENSATION_LEAD = re.compile(r"[\"\u201c][\w\s-]*$|\b[\w]+-$")  # the open quote or hyphenated word it starts with
_SENSATION_AFTER = re.compile(r"[\"\u201d']?\s+(?:sensations?|feelings?)\b", re.I)
_GRADE_GAP = r"(?:(?:an?|the|mild|moderate|severe)\s+)?"
_LIKENESS_BEFORE = re.compile(
    rf"\b(?:resembl\w*|mimick?(?:s|ed|ing)?|similar\s+to|mistaken\s+for)\s+{_GRADE_GAP}$", re.I)
_NEEDED_BEFORE = re.compile(rf"\b(?:requiring|needing|required|needed|necessitating)\s+{_GRADE_GAP}$", re.I)
_FATAL_CASES = re.compile(r"fatal\s+(?:cases?|outcomes?)$", re.I)
# only in a bracket after the effect: FDA labels' "fatal cases of X were reported" count as deaths in the ADR gold
_SEVERITY_OF = re.compile(r"\(\s*(?:including\s+)?(?:some\s+|rare\s+)?fatal", re.I)


def outcome_of_effect(text: str, mention: Mention) -> bool:
    """How severe an effect was, what it took or what it looks like, not an effect of its own: "(including
    fatal cases and cases needing liver transplantation)", "villous atrophy that resembles celiac disease"."""
    before = max(0, mention.start - 30)
    return _NEEDED_BEFORE.search(text, before, mention.start) is not None or \
        _LIKENESS_BEFORE.search(text, before, mention.start) is not None or (
        _FATAL_CASES.match(mention.text) is not None and _SEVERITY_OF.search(text, before, mention.end + 4) is not None)


_CAUSE_HYPHEN = re.compile(r"-(?:induced|provoked|triggered|precipitated)\b", re.I)
_TREATED_AFTER = re.compile(
    r"\s+(?:treatment|therapy|medications?|regimens?|(?:(?:prevention|treatment|outcomes?|screening)\s+)?"
    r"(?:trials?|stud(?:y|ies)|programs?))\b", re.I
)  # "years of acne treatment", "a large prostate cancer prevention trial": the setting, not an effect
_LAB_LIST = re.compile(rf"\s*\(\s*([A-Za-z][\w-]{{1,10}}(?:\s*{NAME_SEPARATOR}\s*[A-Za-z][\w-]{{1,10}})+)\s*\)", re.I)


def emit_lab_rises(ctx: RuleContext, unit: Unit, concept: Concept, end: int, quals: dict[str, str]) -> None:
    """A rise named with the tests it covers in brackets ("transaminase elevations (ALT/AST)") is a rise of
    each test the lexicon knows as an effect ("ALT increased", "AST increased"), as a label's table counts them;
    a full monograph's "elevated liver enzymes (ALT and AST)" names the tests the one rise is read from."""
    if ctx.monograph or not concept.label.lower().endswith("increased"):
        return
    listed = _LAB_LIST.match(unit.text, end)
    if listed is None:
        return
    for test in NAME_LIST_SPLIT.split(listed.group(1)):
        found = [c for c in ctx.lexicon.lookup(f"{test} increased") if c.kind == K.ADVERSE_EFFECT]
        if found:
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, found[0], unit, f"{test} increased", **quals)


def measure_runs(ctx: RuleContext, text: str) -> tuple[list[Span], list[tuple[Concept, str]]]:
    """Measures that share one head and direction ("low lymphocyte and neutrophil counts"): each its own
    effect, named in full, when the lexicon knows every one of a run (the run's words are then masked)."""
    spans: list[Span] = []
    effects: list[tuple[Concept, str]] = []
    for start, end, names in measured_runs(text):
        found = [(_measure_effect(ctx, name), name) for name in names]
        if all(concept is not None for concept, _ in found):
            spans.append(Span(start, end))
            effects += [(concept, name) for concept, name in found if concept is not None]
    return spans, effects


def _measure_effect(ctx: RuleContext, name: str) -> Concept | None:
    """"low lymphocyte counts", else its lexicon's shorter name "low lymphocyte"."""
    return ctx.lexicon_concept(name, K.ADVERSE_EFFECT) or ctx.lexicon_concept(name.rpartition(" ")[0], K.ADVERSE_EFFECT)


_DIRECTED_RUN = re.compile(
    rf"(?:^|[;:,]|\b(?:such\s+as|including|and|or)\b)\W*?(?P<lead>(?P<direction>{MOVE})\s+"
    r"(?P<run>[\w-]+(?:\s[\w-]+)?(?:\s*,\s*[\w-]+(?:\s[\w-]+)?)*\s*,?\s+(?:and|or)\s+[\w-]+(?:\s[\w-]+)?))"
    r"(?=\s*(?:[.;:,)]|$))", re.I)
_DOWN = re.compile(r"low|decreased|reduced", re.I)


def directed_lists(ctx: RuleContext, text: str, runs: list[Span]) -> tuple[list[Span], list[tuple[Concept, str]]]:
    """One direction before a list of lab tests that ends a list item ("Raised CPK, amylase, and lipase", "...;
    low lymphocytes, neutrophils, and phosphate", "changes such as high glucose or uric acid"), and its effects:
    each test moved that way (none of a run when any item is no test the lexicon knows; none inside the measure
    ``runs`` that share a head: "raised lipase and amylase levels")."""
    spans, effects = [], []
    for run in _DIRECTED_RUN.finditer(text):
        if any(span.start < run.end("lead") and run.start("lead") < span.end for span in runs):
            continue
        tests = [t for t in RUN_SPLIT.split(run["run"]) if t]
        if not all(_known_test(ctx, run["direction"], test) for test in tests):
            continue
        spans.append(Span(run.start("lead"), run.end("lead")))
        for test in tests:
            name = f"{run['direction']} {test}"
            concept = ctx.lexicon_concept(name, K.ADVERSE_EFFECT) or \
                moved_value(ctx, test, down=_DOWN.fullmatch(run["direction"]) is not None)
            effects.append((concept, name))
    return spans, effects


def _known_test(ctx: RuleContext, direction: str, test: str) -> bool:
    """A lab test the lexicon knows, by its name, as a serum level ("phosphate"), or moved ("low lymphocytes")."""
    return any(ctx.lexicon_concept(name, K.MONITORING) for name in (test, f"serum {test}")) \
        or ctx.lexicon_concept(f"{direction} {test}", K.ADVERSE_EFFECT) is not None


def _risked(ctx: RuleContext, item: str) -> str:
    """What an item says there is a risk of, when the lexicon knows it as an effect: "may raise infection risk",
    "a risk of bleeding", "cumulative infection risk"."""
    at_risk = _RISK_LEAD.sub("", _RISK_TAIL.sub("", item))
    if at_risk == item:
        return item
    for name in (at_risk, _HOW_LARGE.sub("", at_risk)):
        if known_effect(ctx, name):
            return name
    return item


def emit_organ_reaction(ctx: RuleContext, unit: Unit, mention: Mention, quals: dict[str, str]) -> set[str]:
    """"Gastrointestinal adverse reactions" names an effect; "most common adverse reactions" does not."""
    phrase = effect_phrase(unit.text, mention.start, mention.end)
    if not ORGAN_REACTION.match(phrase):
        return set()
    ctx.emit(Relation.HAS_ADVERSE_EFFECT, chunk_concept(phrase, K.ADVERSE_EFFECT), unit, phrase, **quals)
    return {match_key(phrase)}


def emit_parts(ctx: RuleContext, unit: Unit, mention: Mention, quals: dict[str, str]) -> set[str]:
    """An inverted thesaurus name matched across list items ("hypotension, postural"): its known parts."""
    covered = set()
    for part in mention.text.split(","):
        found = [c for c in ctx.lexicon.lookup(part.strip()) if c.kind == K.ADVERSE_EFFECT]
        if found:
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, found[0], unit, part.strip(), **quals)
            covered.add(match_key(part))
    return covered


def tabular(text: str) -> bool:
    """A flattened table: numbers make up a good share of the words."""
    return len(NUMBER.findall(text)) * 4 > len(text.split())


_OUTCOME_WORDS = frozenset({"fatal", "lethal", "life-threatening"})
_DECREASE_WORDS = re.compile(r"^(?:falls?|drops?)$", re.IGNORECASE)
_IN_AFTER = re.compile(r"\s+in\b", re.IGNORECASE)
_FATAL_EVENTS = re.compile(r"\s+(?:adverse|events?|reactions?|outcomes?|cases?)\b", re.IGNORECASE)  # deaths


_SITES_AFTER = re.compile(r"\s+sites?\b(?!\s+(?:reactions?|pain|infections?))", re.I)


def effect_mention(mention: Mention, listing: bool, text: str) -> bool:
    """A usable adverse-effect mention; a disease name counts only among listed effects, and not as the
    setting of one ("higher glucose in diabetes", "floppy iris during cataract surgery"); "fatal" says how
    an effect ends ("fatal colitis", "occasionally fatal"), it is no effect unless it names deaths ("fatal
    adverse reactions occurred in 5%")."""
    if not usable(mention) or (mention.first(K.DRUG, K.DRUG_CLASS) and not mention.first(K.ADVERSE_EFFECT)):
        return False
    if mention.text.lower() in _OUTCOME_WORDS and not _FATAL_EVENTS.match(text, mention.end):
        return False
    if _DECREASE_WORDS.match(mention.text) and _IN_AFTER.match(text, mention.end):
        return False  # "a transient fall in white cell count": a decrease, not a fall
    if mention.first(K.ADVERSE_EFFECT) is None and (not listing or mention.first(K.CONDITION) is None):
        return False
    before = max(0, mention.start - 14)
    if _MODAL_BEFORE.search(text, before, mention.start) or (
            mention.text.lower() in _VERB_LIKE and _ADVERB_BEFORE.search(text, before, mention.start)):
        return False  # "cholesterol may fall", "hemoglobin usually falls": a verb, not the effect "fall"
    if text.startswith("-like", mention.end) and not mention.text.lower().endswith(("syndrome", "reaction")):
        return False  # "a flu-like acute phase reaction": like the flu, not the flu ("NMS-like reactions" are NMS)
    if _SITES_AFTER.match(text, mention.end):
        return False  # "painful swelling at lymphoma sites": where the effect is, no effect
    return not setting_of(text, mention)



def setting_of(text: str, mention: Mention) -> bool:
    """The mention names the setting of an effect ("higher glucose in diabetes"), not an effect."""
    return SETTING_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


def listing_effects(mentions: list[Mention]) -> bool:
    """A sentence that lists several adverse effects, so disease names in it are effects too."""
    return sum(1 for m in mentions if usable(m) and m.first(K.ADVERSE_EFFECT)) >= 4


def masked_spans(text: str) -> list[Span]:
    """Character spans whose mentions are not effects: SOC headings, study populations."""
    return _masked(text, list(SOC_HEADING.finditer(text)))


def _masked(text: str, headings: list[re.Match[str]]) -> list[Span]:
    spans = [Span(m.start(), m.end()) for found in (headings, NAMES.finditer(text)) for m in found]
    lead = _POPULATION_LEAD.match(text) if ":" in text else None
    if lead is not None:
        spans.append(Span(0, lead.end()))
    for cue in POPULATION_CUE.finditer(text):
        stop = POPULATION_STOP.search(text, cue.end())
        end = stop.start() if stop else len(text)
        spans.append(Span(cue.start(), min(end, cue.end() + 60)))
    for cue in RISK_CUE.finditer(text):
        clause_end = CLAUSE_END.search(text, cue.end())
        until = clause_end.start() if clause_end else len(text)
        one_setting = cue.group().lower().startswith(("especially", "particularly"))
        if one_setting and not _COORDINATED.search(text, cue.end(), until):
            until = setting_end(text, cue.end())  # ", especially with lazertinib, toxic epidermal necrolysis": the
            # setting is one item, unless a list of them runs on to its "or" ("particularly with A, B, or C")
        spans.append(Span(cue.start(), until))
    if "(" in text:
        for cue in RISK_ASIDE.finditer(text):
            close = text.find(")", cue.end())
            spans.append(Span(cue.start(), close if close >= 0 else len(text)))
    return spans


def neighbours(mention: Mention, mentions: list[Mention], masked: list[Span], text: str) -> Span:
    """The stretch between the mentions (and masked spans) either side of ``mention``."""
    return between(mention, effect_edges(mentions), masked, len(text))


def effect_edges(mentions: list[Mention]) -> list[tuple[Mention, int, int]]:
    """The effect mentions that bound a neighbour's phrase, with their offsets (once per sentence)."""
    return [(m, m.start, m.end) for m in mentions if pick(m, EFFECT_KINDS) and "," not in m.text]


def between(mention: Mention, edges: list[tuple[Mention, int, int]], masked: list[Span], length: int) -> Span:
    """The stretch between the nearest other edge or masked span on each side of ``mention``."""
    lo, hi = 0, length
    start, end = mention.start, mention.end
    for other, other_start, other_end in edges:
        if other is not mention:
            if lo < other_end <= start:
                lo = other_end
            if end <= other_start < hi:
                hi = other_start
    for span in masked:
        if lo < span.end <= start:
            lo = span.end
        if end <= span.start < hi:
            hi = span.start
    return Span(lo, hi)


_SITE_LIST = re.compile(
    r"\b(injection|infusion|application|administration|instillation|catheter|implant)[\s-]+site\s+reactions?\s*"
    r"(?:\(|,?\s*(?:consisting\s+of|including|such\s+as|e\.\s?g\.,?|like|:))[^.;)]*$",
    re.IGNORECASE,
)


_SITE_GLOSS = re.compile(
    r"\b(?:injection|infusion|application|administration)[\s-]+site\s+reactions?\s*(?:(\([^()]*\))|,?\s+"
    r"(?:such\s+as|including|e\.\s?g\.,?|like)\s+((?:(?:(?!\b(?:or|and)\b)[^,;.()]){1,40},\s*)*"
    r"(?:(?:(?!\b(?:or|and)\b)[^,;.()]){1,40}?\s)?(?:or|and)\s[^,;.()]{1,40}"
    r"(?:\([^()]*\))?))", re.I)
# a monograph's "injection-site reactions (pain, redness, swelling)": how the one reaction looks (a label's table,
# "injection site reactions consisting of erythema and pain", reports each term: see site_term)
_AT_SITE = re.compile(r"\s+(?:(?:at|on|around)\s+the\s+(injection|application|infusion|patch|catheter)\s+sites?\b|"
                      r"where\s+(?:it\s+is\s+|it\s+was\s+|they\s+are\s+)?(applied|injected)|"
                      r"where\s+the\s+(injection|shot|infusion|patch)\s+(?:is|was|has\s+been)\s+"
                      r"(?:given|placed|applied|made)|"
                      r"where\s+the\s+(needle)\s+(?:went|goes|entered|enters)(?:\s+in)?\b)",
                      re.I)  # ("where the injection was given", "where the needle went in": at its site)
_RUN_START = re.compile(r"[;:(]|\bwith\b|\bsuch\s+as\b|\bincluding\b", re.I)
_CONJUNCTION = re.compile(r"\b(?:and|or)\b", re.I)
_SITE_NAMES = {"patch": "application", "catheter": "infusion", "applied": "application", "injected": "injection",
               "shot": "injection", "needle": "injection"}
_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)")


def site_reactions(ctx: RuleContext, unit: Unit, quals: dict[str, str]) -> list[Span]:
    """Effects placed at a site, as the lexicon's "<site> site <effect>" terms: "burning or irritation at the
    application site" (or "where applied") names application site burning and application site irritation. A
    comma list joins the site only when a conjunction closes it ("bruising, pain, and irritation at the injection
    site"); the spans returned (resolved items and the site phrase) are masked from the other effect rules."""
    text = unit.text
    if "site" not in text and "where" not in text:
        return []
    spans: list[Span] = []
    glosses = [m.span(1 if m.group(1) else 2) for m in _SITE_GLOSS.finditer(text)] if "site" in text else []
    for at in _AT_SITE.finditer(text):
        if any(lo <= at.start() < hi for lo, hi in glosses):
            continue  # "injection site reactions (redness or pain where the injection was given)": their look
        named = next(g for g in at.groups() if g).lower()  # "where applied": at the application site
        site = _SITE_NAMES.get(named, named)
        opener = max((m.end() for m in _RUN_START.finditer(text, 0, at.start())), default=0)
        joints = list(LIST_JOINT.finditer(text, opener, at.start()))
        items = list(zip([opener, *(j.end() for j in joints)], [*(j.start() for j in joints), at.start()], strict=True))
        if not joints or not _CONJUNCTION.search(joints[-1].group()):
            items = items[-1:]  # "hyperkalemia, skin necrosis at the injection site": only the last item
        elif len(joints) > 1 and "," not in joints[-1].group() and _CONJUNCTION.search(joints[-2].group()):
            items = items[-2:]  # "..., vomiting, and gum pain or discomfort at the application site": the last pair
        found = []
        for lo, hi in items:
            item = text[lo:hi].strip()
            words = item.split()
            if not words or len(words) > 3:
                continue
            concept = ctx.lexicon_concept(f"{site} site {item}", K.ADVERSE_EFFECT)
            if concept is None and not _ELSEWHERE.match(item):
                concept = ctx.lexicon_concept(f"{site} site {words[-1]}", K.ADVERSE_EFFECT)  # ("skin necrosis"; not
                # "back pain, and redness, pain, or bruising at the site": the back pain is an effect of its own)
            if concept is not None:
                found.append((concept, Span(lo, hi)))
        if found:
            run = " ".join(text[found[0][1].start:at.end()].split())
            for concept, span in found:  # each item's own words, and the whole run, are its surface forms
                ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, text[span.start:span.end], **quals)
                ctx.surface_forms.append((concept, run))
                spans.append(span)
            spans.append(Span(at.start(), at.end()))
            gloss = _BRACKET_AFTER.match(text, at.end())
            if gloss is not None and any(_REACTIONS.fullmatch(text[span.start:span.end].strip()) for _, span in found):
                spans.append(Span(*gloss.span()))  # "reactions where the injection was given (bruising, redness)":
                # how the site reactions look
    return spans


_ELSEWHERE = re.compile(r"(?:back|chest|joint|muscle|abdominal|stomach|head|throat|bone|ear|eye|tooth|leg|arm)s?\s",
                       re.I)  # a body part an item names is no site of the injection
_REACTIONS = re.compile(r"(?:local\s+|skin\s+)?reactions?", re.I)


_SENSATION = r"(?:tightness|pressure|heaviness|pain|discomfort)"
_PLACE = r"(?:chest|throat|neck|jaw)"
_PLACED_SENSATIONS = re.compile(
    r"\b(?:(?:an?\s+)?(?:sensations?|feelings?)\s+of\s+)?"
    rf"({_SENSATION}(?:\s*,\s*{_SENSATION})*\s*,?\s+(?:and/or|or|and)\s+{_SENSATION})"
    rf"\s+in\s+(?:the|your)\s+({_PLACE}(?:\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?{_PLACE}|"
    rf"\s+(?:and|or)\s+(?:the\s+)?{_PLACE})*)\b", re.I)
_SENSATION_WORD = re.compile(_SENSATION, re.I)


def placed_sensations(ctx: RuleContext, unit: Unit, quals: dict[str, str]) -> list[Span]:
    """Coordinated sensations placed in the chest (or throat, neck, jaw): "tightness, pain, or pressure in the
    chest, throat, or jaw" names chest tightness, chest pain and chest pressure, not a bare "tightness". The
    chest, when named, is the place the sensations are read at (a triptan's chest symptoms), else the first
    place, where only the lexicon's effects count; the spans returned (the sensations and all the places) are
    masked from the other effect rules."""
    text = unit.text
    spans: list[Span] = []
    for run in _PLACED_SENSATIONS.finditer(text):
        places = [p.lower() for p in re.findall(_PLACE, run.group(2), re.I)]
        place = "chest" if "chest" in places else places[0]
        for word in _SENSATION_WORD.finditer(text, run.start(1), run.end(1)):
            name = f"{place} {word.group().lower()}"
            concept = ctx.lexicon_concept(name, K.ADVERSE_EFFECT)
            if concept is None and place == "chest":
                concept = chunk_concept(name, K.ADVERSE_EFFECT)
            if concept is not None:
                ctx.emit(Relation.HAS_ADVERSE_EFFECT, concept, unit, name, **quals)
                ctx.surface_forms.append((concept, f"{word.group().lower()} in the {place}"))
        spans.append(Span(run.start(), run.end()))
    return spans


def site_term(ctx: RuleContext, text: str, start: int, name: str) -> tuple[Concept, str] | None:
    """The lexicon's "<site> site <name>" effect when ``name`` at ``start`` lists a site reaction's parts:
    "injection site reactions (erythema, irritation and pain)" names "injection site erythema"."""
    if start < 0 or "site" not in text:
        return None
    site = _SITE_LIST.search(text, max(0, start - 160), start)
    if site is None:
        return None
    term = f"{site.group(1).lower()} site {name}"
    found = [c for c in ctx.lexicon.lookup(term) if c.kind == K.ADVERSE_EFFECT]
    return (found[0], term) if found else None


def qualified(ctx: RuleContext, text: str, mention: Mention) -> str:
    """A known term formed with the mention's bracketed qualifier: "Abdominal pain (upper)"."""
    match = QUALIFIER.match(text, mention.end)
    if match is None:
        return ""
    for phrase in (f"{mention.text} {match.group(1)}", f"{match.group(1)} {mention.text}"):
        if any(c.kind == K.ADVERSE_EFFECT for c in ctx.lexicon.lookup(phrase)):
            return phrase
    return ""


_BRACKETED_BEFORE = re.compile(r"\b([A-Za-z][\w-]+)\s*\(\s*([A-Za-z][^()]{1,30}?)\s*\)\s*$")


def bracketed_modifier(ctx: RuleContext, text: str, mention: Mention) -> str:
    """A known term formed with the modifier before a bracketed gloss: "megaloblastic (macrocytic) anemia"."""
    found = _BRACKETED_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if found is None:
        return ""
    return next((phrase for phrase in (f"{modifier} {mention.text}" for modifier in found.groups())
                 if ctx.lexicon_concept(phrase, K.ADVERSE_EFFECT) is not None), "")


def mention_effect(ctx: RuleContext, text: str, mention: Mention, bounds: Span) -> tuple[Concept | None, str]:
    """The effect a mention names, widened to its modifiers ("eyelid" + "edema") or qualifier."""
    phrase = qualified(ctx, text, mention) or bracketed_modifier(ctx, text, mention)
    if not phrase and len(mention.text.split()) <= MAX_WIDENED_WORDS:
        phrase = effect_phrase(text, mention.start, mention.end, bounds)
        if phrase and _risked(ctx, phrase) != phrase:
            phrase = ""  # "a risk of bleeding", "cumulative infection risk": the risk of the effect is no name of it
    if phrase and match_key(phrase) != match_key(mention.text) and not known_other(ctx, phrase):
        found = [c for c in ctx.lexicon.lookup(phrase) if c.kind in EFFECT_KINDS]
        if found and more_specific(phrase, found[0].label):
            found = []
        concept = found[0] if found else chunk_concept(phrase, K.ADVERSE_EFFECT)
        return as_kind(concept, K.ADVERSE_EFFECT), phrase
    picked = pick(mention, EFFECT_KINDS)
    surface = unwrap(mention.text)
    if picked is not None and more_specific(surface, picked.label) and _risked(ctx, surface) == surface:
        return chunk_concept(surface, K.ADVERSE_EFFECT), surface  # (but "risk of bleeding" is the bleeding)
    return (as_kind(picked, K.ADVERSE_EFFECT) if picked else None), surface


_ABBREVIATION = re.compile(r"\(\s*[A-Z0-9-]{2,}\s*\)")
_BRACKET = re.compile(r"[()\[\]]")


def unwrap(surface: str) -> str:
    """A surface with its bracketed qualifier as words ("Abdominal pain (upper)" -> "Abdominal pain upper")
    and without a bracketed abbreviation ("Alanine transaminase (ALT) increased")."""
    if "(" in surface:
        surface = _ABBREVIATION.sub(" ", surface)
    if "(" in surface or ")" in surface or "[" in surface or "]" in surface:
        surface = _BRACKET.sub(" ", surface)
    return " ".join(surface.split())


@lru_cache(maxsize=8192)
def more_specific(surface: str, label: str) -> bool:
    """A surface that names a narrower term than the concept it was matched to ("rash macular" for rash)."""
    words, label_words = set(_stems(surface)), set(_stems(label))
    return bool(label_words) and label_words < words


_VACUOUS = frozenset({
    "reaction", "event", "episode", "of", "to", "the", "a", "an", "switch", "switching", "activation", "onset",
})
# "hypersensitivity reactions", "switch to mania" name no narrower term


def _stems(text: str) -> list[str]:
    stems = (w[:-1] if len(w) > 3 and w.endswith("s") else w for w in match_key(text).split())
    return [w for w in stems if w not in _VACUOUS]


def candidate_items(ctx: RuleContext, text: str) -> list[str]:
    """Items of a sentence's enumeration ("were: a, b and c") when one is a known effect, else list items."""
    return _candidates(ctx, SOC_HEADING.sub(",", text))


_RANGE = re.compile(r"(?:\s+ranging|\s*,)\s+from\s+((?:[^,;()]+?,\s*){0,6}?[^,;()]+?)\s+to\s+", re.IGNORECASE)


def _ranges_listed(ctx: RuleContext, text: str) -> str:
    """"reactions ranging from rash and urticaria to anaphylaxis" (or "from rash, fever, and joint pain to
    anaphylaxis", "Hepatotoxicity, from raised transaminases to liver injury"): the ends of the range are list
    items."""
    if "from" not in text:
        return text
    return _RANGE.sub(lambda m: f", {m.group(1)}, " if "ranging" in m.group(0) or _effect_named(ctx, m.group(1))
                      else m.group(0), text)  # (not ", from the first week to the end": a span of time)


def _effect_named(ctx: RuleContext, text: str) -> bool:
    """The lexicon names an adverse effect in ``text`` (a condition alone counts only in a listing)."""
    return any(m.first(K.ADVERSE_EFFECT) for m in find_mentions(text, ctx.lexicon))


def _replaced(text: str, matches: list[re.Match[str]], by: str) -> str:
    """``pattern.sub(by, text)`` from the pattern's ``finditer`` matches (``by`` without escapes)."""
    if not matches:
        return text
    pieces: list[str] = []
    last = 0
    for match in matches:
        pieces += (text[last:match.start()], by)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _candidates(ctx: RuleContext, flat: str) -> list[str]:
    items = _listed(ctx, flat)
    if ";" in flat or ", wh" in flat or ", that " in flat:
        items += _items_past_clauses(ctx, flat, items)
    return [_caused(_cause_dropped(ctx, _tails_cut(clean_item(part))))
            for item in items for piece in _heads_apart(item) for part in _CONSEQUENCE.split(piece)
            if part.strip()]


_SAME_HEAD_PAIR = re.compile(r"(?P<first>.+?\s(?P<head>[a-z]{4,}))\s+(?:and|or)\s+(?P<second>[\w-]+\s+(?P=head))",
                             re.IGNORECASE)


def _heads_apart(item: str) -> list[str]:
    """"nail changes and hair changes": two items, each with its own head."""
    pair = _SAME_HEAD_PAIR.fullmatch(item.strip())
    return [pair["first"], pair["second"]] if pair is not None else [item]


_BRACKETED = re.compile(r"\([^()]*\)")
_RELATIVE_TAIL = re.compile(r",\s+(?:which|that|who)\b.*$", re.IGNORECASE | re.DOTALL)
_MAX_HEAD_WORDS = 4
_SEMICOLON_OUTSIDE_BRACKETS = re.compile(r";(?![^()]*\))")
_PRONOUN_LED = re.compile(r"(?:they|it|these|this|those|which|who|she|he)\b", re.IGNORECASE)  # a clause, no item


def _items_past_clauses(ctx: RuleContext, flat: str, items: list[str]) -> list[str]:
    """Plain one-item parts the sentence's own list did not reach: "A and B, which can be fatal; C; D (d1, d2)"
    goes on after the clause that ended it, and "Liver fibrosis, which can be silent" names the item before the
    clause."""
    reached = [f" {match_key(item)} " for item in items]
    more: list[str] = []
    for index, part in enumerate(_SEMICOLON_OUTSIDE_BRACKETS.split(flat)):
        head = _RELATIVE_TAIL.sub("", part)
        if head == part and index == 0:
            continue  # (the sentence's own list began there)
        if head != part and (len(head.split()) > _MAX_HEAD_WORDS or _effect_named(ctx, head)):
            continue  # (a clause before the "which", or a known effect its mention names already)
        key = f" {match_key(head)} "
        found = _listed(ctx, head)
        if len(found) == 1 and not any(item in key for item in reached) and not _PRONOUN_LED.match(found[0]) \
                and found[0] == " ".join(_BRACKETED.sub(" ", head).split()).rstrip("."):
            more += found
    return more


def _listed(ctx: RuleContext, flat: str) -> list[str]:
    items = enumeration_items(flat)
    return items if any(known_effect(ctx, item) for item in items) else list_items(flat)


def _tails_cut(item: str) -> str:
    """An item less a dangling conjunction, the form it comes with and when it strikes."""
    return _ONSET_TAIL.sub("", _FORM_TAIL.sub("", _DANGLING_CONJ.sub("", item)))


_CAUSE_TAIL = re.compile(
    r"(?<=\w)(?:\s+(?:sometimes|often|usually|occasionally|probably|possibly|mostly|partly))?\s+"
    r"(?:from|due\s+to|caused\s+by|secondary\s+to|because\s+of)\s+"
    r"(?:(?:severe|persistent|prolonged|repeated|excessive|marked|heavy)\s+)?(.+)$", re.IGNORECASE)
_COUNT = re.compile(rf"(?:{NUMBER_WORD}|several|many|some|few)", re.IGNORECASE)
# ("seven due to allergic reactions": how many stopped, no effect)


def _cause_dropped(ctx: RuleContext, item: str) -> str:
    """An item less the known effect it comes from: "electrolyte loss from severe vomiting" is the loss (the
    vomiting is an item of its own); "bleeding from the gums" keeps its site."""
    tail = _CAUSE_TAIL.search(item)
    if tail is None or _COUNT.fullmatch(item[:tail.start()].strip()) or not known_effect(ctx, tail.group(1)):
        return item
    return item[:tail.start()]


_DANGLING_CONJ = re.compile(r"\s+(?:and|or)$", re.IGNORECASE)  # "Nasal ulceration and, rarely, ...": the item
_ONSET_TAIL = re.compile(
    r"(?<=\w)\s+on\s+(?:waking|awakening|stopping|withdrawal|discontinuation|(?:sudden|abrupt|rapid)"
    r"\s+[\w-]+)\b.*$", re.IGNORECASE)  # "emergence reactions on waking", "instability on sudden reversal": when
# it strikes, not its name ("lightheadedness on standing" is named by its setting: orthostatic hypotension)
_FORM_TAIL = re.compile(
    rf"(?<=\w)\s+(?:with|from|after)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}(?:{_FORM_WORDS}|drops)$",
    re.IGNORECASE)  # "nasal septal perforation with the nasal spray": the effect, not the form it comes with


_CONSEQUENCE = re.compile(
    r"(?:^|,?\s+)(?:(?:often|occasionally|sometimes|rarely|eventually|possibly)\s+)?"
    r"(?:leading|progressing|evolving|advancing|proceeding)\s+(?:to|into)\s+", re.IGNORECASE
)  # "hypomotility leading to ileus", "occasionally progressing to loss of vision": two effects


def _caused(item: str) -> str:
    """What a clause item says is caused: "which can cause permanent paralysis" -> "permanent paralysis";
    any other verb phrase ("total cholesterol may fall", "people develop itching") names no effect."""
    caused = _CAUSES.search(item)
    if caused:
        return caused.group(1)
    return "" if _FINITE_VERB.search(item) else item


def known_effect(ctx: RuleContext, item: str) -> bool:
    """An item the lexicon knows as an effect or condition."""
    return any(c.kind in EFFECT_KINDS for c in ctx.lexicon.lookup(clean_item(item)))


def plausible_item(ctx: RuleContext, item: str) -> bool:
    """An item that may name an effect: not a drug, not table or study furniture, not an acronym list."""
    if ORGAN_REACTION.match(item):
        return True
    if not item or known_other(ctx, item) or NOT_AN_EFFECT.search(item) or not any(c.isalpha() for c in item):
        return False
    key = f"{match_key(item)} "
    if (course := _COURSE.match(key)) and course.end() == len(key):
        return False  # a course alone ("usually mild and transient", "short-lived") names no effect
    if " " not in item and item.lower().endswith("ing") and not known_effect(ctx, item):
        return False  # a lone unknown verb form ("sleep-driving, or preparing and eating food"): no effect name
    return not (item.isupper() and not known_effect(ctx, item)) and not names_subject(ctx, item)


def names_subject(ctx: RuleContext, item: str) -> bool:
    """An unknown item holding the drug's own name ("EYLEA Control", "relationship to Gilenya"): a table
    header or a clause about the drug, unless the name says what caused the effect ("minocycline-induced",
    "colchicine poisoning")."""
    key = f" {match_key(item)} "
    return any(f" {name} " in key and not _CAUSED_BY_NAME.match(key, key.index(f" {name} ") + len(name) + 1)
               for name in ctx.subject.names if len(name) >= 3)


_CAUSED_BY_NAME = re.compile(r" (?:induced|associated|related|provoked|triggered|poisoning|toxicity|intoxication|"
                             r"overdose|hypersensitivity|allergy|allergic|reactions?) ")  # "dapsone hypersensitivity"


def non_effect_term(mention: Mention, *, excerpt: bool = False) -> bool:
    """A mention whose effect concept is a thesaurus term that names no effect ("body weight"; in a label
    ``excerpt``, also "anti-drug antibodies")."""
    concept = pick(mention, EFFECT_KINDS)
    if concept is None:
        return False
    label = concept.label.lower()
    return label in NON_EFFECT_LABELS or (excerpt and label in EXCERPT_NON_EFFECTS)
