"""Clinical list phrases -> a core concept name plus the surface variants seen.

Contraindication and monitoring bullets are lists of noun phrases padded with qualifiers
("Known hypersensitivity to X or any other Y", "Acute or chronic Z, including W"). The core
phrase names the concept; the longer forms are kept as surface forms (``skos:altLabel``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text import PEOPLE, SIGNS_OF

_PARENS = re.compile(r"\s*\(([^()]*)\)")
_LEAD_LABEL = re.compile(r"^[^:(]{1,60}(?:\([^():]*\))?:\s+")  # "Relative contraindications (use only if ...): "
VERDICT = re.compile(r"\s*(?:(?:generally|usually|best)\s+)?(?:not\s+(?:approved|recommended|to\s+be\s+used|for\s+use)|"
                     r"contraindicated|avoid(?:ed)?|do\s+not\s+use|must\s+not\s+be\s+used)\b", re.I)
# what a labelled item says of its label ("Elderly patients with dementia: not approved, because ...")
_ITEM_SPLIT = re.compile(
    r"\s*(?:;|(?<!\bsevere)(?<!\bserious)(?<!\bmild)(?<!\bmoderate),(?![^()]*\))(?![^\[\]]*\])(?!(?<=\d,)\d{3}(?!\d))"
    r"(?!(?<=\d,)\d+-))\s*"
)  # not "a severe, immediate-type reaction": adjectives before one noun; nor inside a bracket, round or square, nor
# in a number ("below 50,000/mm3") or a chemical name's locants ("1,3-beta-D-glucan", "1,25-dihydroxyvitamin D")
_QUALIFIER_ONLY = re.compile(
    r"^(?:an?\s+)?(?:(?:known|suspected|confirmed|documented|possible|serious|severe|significant|new|worsening|[a-z]+ly|"
    r"(?:pre|post|before|after)-?meal|bedtime)"
    r"(?:\s+(?:or|and))?"
    r"(?:\s+|$))+$",
    re.I
)  # "(a) known or suspected", "regularly or intermittently": how the item before holds, no item; "Pre-meal, post-meal,
# and bedtime blood glucose": when the last item is checked
_OR_BEYOND = re.compile(
    r"\b(?:class|grade|stage|type|level)\s+[\w-]+\s+or\s+(?:greater|higher|above|worse|more|over)\b", re.I
)
_RECENT = re.compile(r"^(?:recent\s+or\s+planned|recent|planned)\s+", re.I)
DANGLING = re.compile(
    r"\s+(?:and|or|and/or|for|at|in|to|by|with|after|before|during|within|until|as\s+well|too)$", re.I)
# "Pain intensity and" once "daily function" is cut; "dissociation for" once "at least 2 hours" is; "rash during"
# once "or soon after the infusion" is
_NO_CONDITION = re.compile(
    r"^(?:(?:a|the)\s+)?(?:(?:family\s+)?history|diagnosis|(?:[\w-]+\s+)?(?:forms?|formulations?|preparations?|"
    r"suspensions?|solutions?|tablets?|capsules?|syrups?|injections?|patch(?:es)?|creams?|gels?))$|"
    r"^(?:(?:although|though|while)\s+)?(?:not\s+an?\s+)?(?:(?:additional|other|further|relative|absolute|formal|"
    r"strict|more)\s+)?contraindications?\b|"
    r"(?:\b(?:lists?|has|have|gives?|names?|contains?|includes?)\s+|^)no\s+(?:specific\s+|formal\s+|absolute\s+|other\s+)?"
    r"contraindications?\b|"  # "The label lists no specific contraindications"
    r"^(?:patients|people|persons|individuals)$|"  # ("including patients with IPF": the IPF is named on its own)
    r"^(?:outside|in)\s+(?:the\s+)?(?:United\s+States|US|USA|EU|European\s+Union|Europe|UK|United\s+Kingdom|Canada|"
    r"Japan|(?:some|other|many|several)\s+countries)$|"  # "Outside the United States, labeling also excludes ..."
    r"^(?:strong|moderate|weak|potent|mild)$|^(?:inhibitors?|inducers?|substrates?|blockers?|agonists?|antagonists?)$|"
    r"^(?:however|note|also|additionally|moreover|furthermore|but)$",  # ("However:": a turn, no item)
    # the halves of "strong or moderate CYP3A4 inhibitors or inducers" around the named class
    re.I,
)  # "a diagnosis (or family history of X)", "vaginal forms": no condition on their own; nor is the lead of a
# nested list ("Additional contraindications in some regions (e.g., EU labeling):")
_INCLUDED = re.compile(r"\s+included$", re.I)  # "paralytic ileus included"
_ANAPHOR = re.compile(r"\b(?:such|these|those|similar)\s+(?:events?|conditions?|reactions?|problems?|disorders?|"
                      r"episodes?|cases?)$", re.I)  # "a history of such events": the items before, said again
_DROP_ITEM = re.compile(
    r"^(?:particularly|especially|except|unless|notably|mainly|primarily|in which|where|other|any|another|"
    r"use|co-?administration|concurrent|concomitant|combination|combined|then|when|whenever|if|every|at|in|with|"
    r"within|to\s+(?:any|other|another)|because|since|due\s+to|owing\s+to|for|starting|stopping|switching|after|before|"
    r"periodically|current\s+use|respectively|its|their|intravenous|intramuscular|subcutaneous|epidural|none|"
    r"intrathecal|checked|rechecked|measured|monitored|assessed|tested|repeated|obtained|performed|"
    r"(?:marked|characteri[sz]ed|defined|signalled|signaled|shown)\s+by|"  # "dysentery, marked by bloody stools"
    r"as\s+(?:listed|stated|noted|described|specified)|as\s+part\s+of|"  # "..., as listed in European labeling"
    r"(?:during|throughout)\s+(?:the\s+)?(?:treatment|therapy|infusion|dosing)|"  # "Breastfeeding, during treatment"
    r"(?-i:which|who|whose))\b",  # "..., which shares its active metabolite": a relative clause (not "WHO class")
    re.I,
)  # ("checked before starting, 1-2 weeks after ...": the schedule of the items before)
_SCHEDULE_ONLY = re.compile(
    r"^(?:then\s+)?(?:monthly|weekly|daily|annually|yearly|quarterly|regularly|once|twice|routinely|about|"
    r"approximately|roughly|around|"
    r"(?:every\s+|(?:about|approximately|roughly|around|within|(?:for\s+)?at\s+least)\s+)?\d+(?:\s*[-\u2013]\s*\d+)?\s*"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)(?:\s+(?:afterwards?|later))?)$|"
    r"^(?:more|less)\s+(?:often|frequently)\b|"
    r"^\d+(?:\.\d+)?$|^(?:(?:monthly|weekly)\s+)?(?:to|until|through)\s+(?:months?|weeks?|days?|years?)\s+\w+$", re.I
)  # "monthly (for the first 3 months)", "1-2 weeks after starting", "about 40 minutes afterward", "more often in
# diabetes": when or how often, not what (nor the bare 1 and 3 of "at baseline, 1, 3 and 6 months", nor "monthly to
# month three")
_OWN_HEAD = re.compile(r"\b(?:carriers?|patients?|users?|use|coadministration|therapy|treatment)$", re.I)  # a new item
_PERSONS_WITH = r"(?:people|patients|persons|those|anyone|individuals)\s+(?:with|who\s+have)\s+"
_ITEM_LEAD_IN = re.compile(
    r"^(?:in\s+)?(?:(?:older|younger|young)\s+)?(?:(?:infants|babies|children|adolescents)\s+(?:or|and)\s+)?"
    r"(?:people|patients|persons|those|anyone|individuals|adults|children|infants)\s+(?:with|who\s+have|who\s+"
    r"(?:have\s+|has\s+)?(?:developed|develop|experienced|had))\s+|"
    r"^(?:long-term|prolonged|chronic|continued|extended)\s+use\s+(?:in|during)\s+|"
    rf"^(?:(?:generally|usually|best)\s+)?(?:avoided|not\s+recommended|not\s+advised)\s+(?:in|with|during)\s+"
    rf"(?:{_PERSONS_WITH})?|"
    r"^(?:(?:is|are|should\s+be)\s+)?(?:not|never)\s+(?:be\s+)?(?:restarted|resumed|rechallenged|re-?started)\s+"
    rf"(?:after|following|in)\s+(?:{_PERSONS_WITH})?|"
    rf"^(?:oral|topical|systemic|intravenous|IV|intramuscular|inhaled|intranasal|ophthalmic|rectal|vaginal)\s+"
    rf"[\w-]+\s+in\s+(?:{_PERSONS_WITH})?|"
    r"^(?:application|applying\s+it|use)\s+(?:to|on)\s+(?=\w+\s+skin\b)", re.I
)  # "People with A, B, or C", "older infants or children with A", "Long-term use in A": the lead-in is no part of
# the first item; "Application to broken skin": the item is the skin; "Oral ketotifen in infants younger than 6
# months": the form named is the subject's, the item is who; "generally avoided in A", "not restarted after A": the
# verdict is no item
_SKIN_STATE = (r"(?:sunburned|sunburnt|windburned|broken|damaged|abraded|irritated|inflamed|eczematous|chapped|cut|"
               r"wounded|weeping|raw|denuded|injured|peeling|infected|diseased)")
_SHARED_SKIN = re.compile(
    rf"\b({_SKIN_STATE}(?:\s*,\s*{_SKIN_STATE})*\s*,?\s+(?:or|and|and/or)\s+{_SKIN_STATE})\s+"
    r"(skin|mucosa|mucous\s+membranes)\b", re.I)
# "sunburned, broken, or eczematous skin": three states of the skin, each an item
_STATE_SPLIT = re.compile(r"\s*,\s*|\s+(?:or|and|and/or)\s+", re.I)
_ADJECTIVE = re.compile(
    r"(?:ic|al|ous|ive|ed|ary|ory|ant|ent|ile|ar)$|^(?:acute|chronic|severe|mild|moderate|known|suspected|"
    r"confirmed|documented|proven|probable|presumed|previous|prior|recent|active|current|untreated|uncontrolled|first|"
    r"second|third|pre-existing|"
    r"signs?|symptoms?)$",
    re.I,
)  # a single word before "or" that qualifies the second item ("acute or chronic X") rather than naming one
_ORGAN = re.compile(
    r"renal|kidney|hepatic|liver|cardiac|heart|pulmonary|lung|respiratory|thyroid|adrenal|biliary|pancreatic|"
    r"gastrointestinal|cerebrovascular|cardiovascular|coronary|peripheral\s+vascular|blood|urine|serum|plasma|"
    r"CNS|eye|brain|spinal|ocular|bowel|bladder",
    re.I,
)  # organ adjectives sharing one head noun: "renal or hepatic impairment" names two conditions
_ASPECT = r"(?:frequency|severity|number|duration|intensity|extent|timing|pattern|consistency|volume|colou?r)"
_ASPECTS_OF = re.compile(rf"^{_ASPECT}(?:\s+(?:and|or)\s+{_ASPECT})+\s+of\s+(.+)$", re.I)
_THING_ASPECTS = re.compile(rf"^.+\s{_ASPECT}(?:\s+(?:and|or)\s+{_ASPECT})+$", re.I)  # "cough frequency and severity"
_MEASURE_QUALIFIER = re.compile(r"fasting|random|trough|peak|resting|standing|supine|morning", re.I)
_HISTORY_OF = re.compile(
    r"^(?:(?:a|any|prior|previous|personal|family|current)\s+(?:or\s+)?)*(?:history|diagnosis)\s+of\s+", re.I
)
_SIGNS_OF = re.compile(rf"^(?:(?:new|any)\s+)?{SIGNS_OF}\s+", re.I)
# "signs of infusion reactions, bleeding, and infection": a list of what is watched, each its own item
MAX_PART_WORDS = 7
_LABEL_ONLY = re.compile(r"^[A-Z0-9]{1,2}\b")  # a type letter or number whose noun was elided
ALLERGEN_SPLIT = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:and/or|or|and)\s+", re.I)
_ALLERGY_TO = re.compile(
    r"^(?:(?:known|documented|clinically\s+significant|severe|serious)\s+)*(?:hypersensitivity|allergy|"
    r"allergic\s+reactions?)\s+to\s+",
    re.I,
)
_PERSONS_ON = re.compile(
    rf"^(?:[\w-]+\s+){{0,3}}?{PEOPLE}\s+(?:receiving|taking|using|on|undergoing|treated\s+with)\s+", re.I
)  # "Psoriasis patients receiving PUVA, coal tar, ...": the items are the therapies
_NONE_CLAUSE = re.compile(r"^\s*none\b[^;:]{0,40};\s*", re.I)
_LISTS_LEAD = re.compile(
    r"^none\s+(?:(?:is|are)\s+)?(?:listed|known|reported|formal)?\s*(?:beyond|other\s+than|except(?:\s+for)?|"
    r"apart\s+from|besides)\s+|"
    r"^(?:[\w-]+\s+){0,3}(?:also\s+|additionally\s+)?(?:lists?|listed|includes?|included|excludes?|excluded)\s+"
    r"(?:(?:patients|people|those|anyone)\s+(?:with|who\s+have)\s+)?|"
    r"^(?:[\w-]+\s+){0,3}(?:also\s+)?(?:advis|recommend|warn|caution)(?:e|es|ed|s)?\s+against\s+(?:its\s+)?use\s+"
    r"(?:in|with|during|for)\s+|"
    r"^(?:additionally|also)\s+contraindicated\s+(?:under|in|by)\s+(?:[\w-]+\s+){0,2}label(?:l)?ing\s*:\s*|"
    r"^(?:[\w-]+\s+){0,2}label(?:l)?ing\s+(?:also\s+)?(?:rules?\s+out|contraindicates?|forbids?)\s+(?:its\s+)?use\s+"
    r"(?:in|after|with|during|for)\s+(?:(?:patients|people|those|anyone)\s+(?:with|who\s+have)\s+)?", re.I)
# "EU labeling also lists", "labeling also excludes", "trials excluded", "older labeling also advised against use in",
# "European labeling rules out use in patients with",
# "Additionally contraindicated under European labeling:", "None listed beyond hypersensitivity to the product"
_SOURCE_LEAD = re.compile(r"^(?:and\s+)?in\s+(?:some|other|US|EU|UK|European)\s+(?:product\s+)?label(?:l)?ing\s+", re.I)
_CONDITION = re.compile(r"\s+(?:if|when|while|unless|until|once|in)\b.*$", re.I)
# a condition or setting closing an item ("if jaundice is suspected", "in those taking diuretics")
_CONDITION_ACROSS_ITEMS = re.compile(
    r"\s+(?:if|when|whenever|should)\s+[^;:.]*?,[^;:.]*?\b(?:develops?|occurs?|appears?|arises?|emerges?|"
    r"(?:is|are)\s+(?:suspected|present|seen))\b", re.I
)  # "lactate if nausea, vomiting, or acidosis develops": what prompts a check, listed inside one condition
_COMPONENT = re.compile(r"\b(?:ingredients?|components?|excipients?|adhesives?|solubili[sz]ers?)\b", re.I)
# "including the patch adhesive or gel ingredients": parts of the product an allergy extends to
_PRONOUN_END = re.compile(r"\b(?:it|them|this|that)$", re.I)
_COMPONENT_OF = re.compile(
    r"(\b(?:ingredients?|components?|excipients?))\s+(?:of|in)\s+(?:the|its|this|that)\s+[\w\s,/-]*?\b"
    r"(?:base|vehicle|gel|cream|ointment|lotion|foam|solution|formulation|product|tablets?|capsules?|injection|"
    r"patch|spray|inhaler)(?=\s*(?:;|$))", re.I)
# "any ingredient of the gel, cream, or lotion base": the forms whose ingredients an allergy covers, no items
_INNER_SPLIT = re.compile(r"\s+(?:including|such as)\s+", re.I)
_WITHOUT = re.compile(r"\b(?i:without)\s+(?:(?i:an?|any)\s+)?(?:(?i:confirmed|documented|known)\s+)?[A-Z][A-Z0-9]+\b")
# (a gene or marker the item lacks: "gliomas without a BRAF fusion, rearrangement, or V600 mutation")
_PREPOSITION = re.compile(r"\b(?:to|of|with|in|for|from|on|by|after|before|during)\b", re.I)
_CATEGORY = re.compile(r"\b(?:measures|parameters|indicators|endpoints)$", re.I)  # a kind whose examples follow
_ADD_ITEM = re.compile(r"^(?:including|such as|e\.g\.?,?|eg|like)\s+", re.I)
_NOT_FOR_USE = re.compile(r"(?:^|;)\s*not\s+for\s+[^;]*", re.I)
# "...; not for ophthalmic, oral, or intravaginal use": the ways it is not to be used, no conditions
_CONJ_LEAD = re.compile(r"^(?:and|or|and/or|plus|as\s+well\s+as)\s+", re.I)
_OF_LEAD = re.compile(r"^of\s+", re.I)  # "History of A or of B": B, the "of" repeating the lead
_TAIL_WORDS = (
    r"particularly|especially|except|unless",  # exceptions and emphasis
    r"at least|every|during|at baseline|at follow-?up|periodically|regularly|annually|monthly|weekly|daily|"
    r"at every|at each|at\s+(?:weeks?|months?|days?)\s+\d+|"
    r"on\s+(?:(?:this|the)\s+)?(?:treatment|therapy|drug|medicine|medication)|"
    r"when|whenever|while|before|after starting|after\s+(?:parenteral|intravenous|oral|each|every|any|abdominal)|"
    r"if|then|within|without|whose|who\s+(?:cannot|can|are|is|have|has|had|were|was|need|must|may|do|does)",
    # schedules, time windows, conditions and who they apply to (not "WHO functional class")
    r"(?:lying|standing|sitting|supine)(?!\s+hyp(?:er|o)tension)",
    # the posture a reading is taken in ("blood pressure lying and standing"), not "supine hypertension"
    r"for\s+(?:the|a|an|any|signs?|dose|dosing|topical|vaginal|oral|intravenous|injectable|rectal)",
    # what it is checked for ("renal function for dose selection"), the form it applies to ("for topical use")
    r"(?:caused|induced|triggered)\s+by|(?:associated|attributed|related)\s+(?:with|to)",  # where it came from
    r"where\s+(?:indicated|available|appropriate|possible|feasible|needed|necessary|relevant)",  # "... level where
    # available": when the check is done
    # what comes with it ("INR with warfarin"), but not a name's own "with" ("CBC with differential")
    r"(?:together|along)\s+with|with\s+(?!an?\b|the\b|differential\b|reduced\b|preserved\b|aura\b)|as\s+with",
    r"in\s+(?!(?:the\s+)?(?:urine|stool|blood|saliva|sputum|eyes?)\b|vision\b|mood\b|behaviou?r\b|sleep\b|"
    r"weight\b|appetite\b|breathing\b)",  # the population or setting: "in older adults", "in hepatic impairment"
)
_TAIL = re.compile(
    r"\s+(?:or|and)\s+(?:to\s+)?(?:any|other|another|all|related)\b.*$"  # "... or any other ACE inhibitor"
    rf"|(?<!\bthe)(?<!\ban)(?<!\ba)\s+(?:{'|'.join(_TAIL_WORDS)})\b.*$"  # (not "the daily dose": a modifier)
    r"|(?<!than)(?<!under)(?<!over)(?<!aged)(?:\s+(?:after|before|for|over|during|at|by|from))?"
    r"(?:\s+(?:about|around|approximately|roughly))?\s+\d[\d.,\s\u2013-]*(?:hours?|days?|weeks?|months?|years?)\b.*$"
    # "4-12 weeks after starting" (but an age limit, "younger than 2 years", is part of the item)
    r"|\s+for\s+[\w-]+\s+(?:uses?|indications?|conditions?)\b.*$"  # "for non-cancer uses"
    r"|\s+(?:from|of|due\s+to)\s+any\s+(?:cause|origin|kind|type|source)\b.*$"  # "comatose states from any cause"
    r"|\s+(?:for|in)\s+(?:[\w-]+\s+){0,2}(?:regimens?|induction|prevention|prophylaxis)\b.*$"
    # "previous cesarean delivery for labor induction": the use the item applies to
    r"|\s+at\s+(?:the\s+)?(?:dosing|dose)\s+time\b.*$|\s+at\s+the\s+time\s+(?:a|the|of\s+a)\s+dose\b.*$"
    r"|\s+at\s+(?:the\s+)?(?:(?:planned|scheduled|intended)\s+)?(?:time\s+of\s+)?(?:the\s+)?(?:infusion|injection)\b.*$",
    # "symptomatic hypotension at dosing time", "active infection at the planned time of infusion": when to hold
    # a dose
    re.I,
)
_VERDICT_TAIL = re.compile(
    r"\s+(?:rules?\s+out|ruled\s+out|precludes?|bars?)\s+(?:any\s+)?(?:further|re-?treatment|rechallenge|its\s+use|"
    r"use|treatment)\b.*$", re.I)  # "prior treatment-related ILD rules out further use": the verdict on the item
_QUALIFIER = re.compile(
    r"^(?:(?:a|an|the|also|known|suspected|confirmed|proven|probable|presumed|documented|significant|"
    r"clinically significant|prior|previous|earlier|"
    r"past|current|new|worsening|worsened|"
    r"baseline|periodic|serial|repeat|(?:pre|post|before|after)-?meal|bedtime|"  # "bedtime blood glucose"
    r"(?:a\s+)?diagnosis\s+of|(?:the\s+)?(?:treatment|management)\s+of|"
    r"(?:rare\s+)?(?:hereditary|inherited|genetic|congenital)\s+(?:problems?|disorders?|conditions?)\s+(?:of|with))\s+"
    r"(?:(?:or|and)\s+)?)+",  # "rare hereditary problems of galactose intolerance": the intolerance
    re.I,
)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_SEVERITY_PAIR = re.compile(
    r"^(?:acute|chronic|severe|mild|moderate)\s+(?:or|and|and/or)\s+(?:acute|chronic|severe)\s+", re.I
)
_FRAME = re.compile(
    r"^(?:continuous|regular|routine|periodic|baseline|close|daily|weekly|monthly|quarterly|yearly|annual)\s+|"
    r"\s+(?:monitoring|testing|checks?)$|"
    r"^not\s+(?:recommended|advised|approved)\s+(?:after|in|for|with|during|following)\s+"
    r"(?:(?:patients|people|persons|those|anyone)\s+(?:with|who\s+have)\s+)?", re.I
)  # "baseline ECG monitoring": the ECG; "not recommended after liver or lung transplantation": the transplants
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|may|might|can|could|should|must|will|would|has|have|had|do|does|did|"
    r"consult|take|taking|taken|avoid|consider|see|refer|discontinue|stop)\b",
    re.I,
)


_ACRONYM = re.compile(r"((?:[A-Za-z]+[\s-]+){1,6}?)\(([A-Z][A-Za-z0-9]{1,7})\)\s*(.*)$")
_WORD_GAP = re.compile(r"[\s-]+")
_COORDINATOR = re.compile(r"\s+(?:and/or|or|and)\s+")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A concept name and every longer form it was written as."""

    core: str
    variants: tuple[str, ...]


def acronym_variant(text: str) -> str | None:
    """``"Angiotensin-Converting Enzyme (ACE) Inhibitor"`` -> ``"ACE Inhibitor"``."""
    match = _ACRONYM.search(text) if "(" in text else None
    if not match:
        return None
    words, acronym, rest = _WORD_GAP.split(match.group(1).strip()), match.group(2), match.group(3)
    initials = "".join(w[0] for w in words if w).upper()
    if not initials.endswith(acronym.upper()):
        return None
    head = text[: match.start(1)]
    return " ".join(f"{head}{acronym} {rest}".split())


_ACRONYM_PARENS = re.compile(r"\(([A-Z][A-Za-z0-9]{1,7})\)")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_INITIAL_SKIP = frozenset({"and", "or", "of", "the"})


def acronym_spans(text: str) -> list[tuple[int, int]]:
    """Spans of names spelt out before their acronym: "Serotonin Antagonist and Reuptake Inhibitor
    (SARI)" is one name, not two classes, and "Dopamine Reuptake Inhibitor" inside
    "Norepinephrine-Dopamine Reuptake Inhibitor (NDRI)" is only part of one."""
    spans = []
    for match in _ACRONYM_PARENS.finditer(text):
        acronym = match.group(1).upper()
        before = text[:match.start()].rstrip()
        letters = ""
        for token in reversed(list(_TOKEN.finditer(before))):
            if token.group(0).lower() in _INITIAL_SKIP:
                continue
            letters = token.group(0)[0].upper() + letters
            if letters == acronym:
                spans.append((token.start(), len(before)))
                break
            if not acronym.endswith(letters):
                break
    return spans


_EXPANDED = re.compile(r"\b([A-Z]{3,6})\s+(?:[a-z]+\s+)?\(([^()]{5,160})\)")
_EXPANSION_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def expansion_spans(text: str) -> list[tuple[int, int]]:
    """Brackets that spell out the acronym before them: "WHIM syndrome (warts, hypogammaglobulinemia,
    infections, and myelokathexis)" lists the features the name stands for, not conditions of their own."""
    spans = []
    for match in _EXPANDED.finditer(text):
        items = [item for item in _EXPANSION_SPLIT.split(match.group(2)) if item.strip()]
        if "".join(item.strip()[0].upper() for item in items) == match.group(1):
            spans.append(match.span(2))
    return spans


def _attach_objects(items: list[str]) -> list[str]:
    """Short items continuing a prepositional object stay with it: "surgery of the eye, spine or CNS" (not
    the examples that follow one: "signs of TTP such as fever, confusion, or bruising" lists three signs);
    those continuing an allergy take its head: "allergy to A, B, or C" -> "allergy to B", "allergy to C"."""
    out: list[str] = []
    allergy = ""
    for index, item in enumerate(items):
        bare = _CONJ_LEAD.sub("", item.strip())
        words = [w for w in bare.split() if w.lower() not in ("and", "or", "and/or")]
        short = out and len(words) <= 2 and not _DROP_ITEM.match(bare) and not _OWN_HEAD.search(item)
        if short and allergy and not _ADJECTIVE.search(words[0]) and _closed_by_conjunction(items, index):
            # "allergy to A, B, or C" (not "allergy to A, pregnancy, ..." with no closing "or")
            allergen = _ADD_ITEM.sub("", bare)
            out.append(f"{allergy}{allergen[3:] if allergen.lower().startswith('to ') else allergen}")
            if _CONJ_LEAD.match(item.strip()):
                allergy = ""  # "..., or C" closes the allergens
            continue
        lacking = _WITHOUT.search(out[-1]) if out else None
        if lacking and len(words) <= 3 and _coordinated_from(items, index) \
                and not _COORDINATOR.search(out[-1], lacking.end()):
            out[-1] = f"{out[-1]}, {item.strip()}"  # what the item lacks, not items of their own
            continue
        if short and len(words) == 1 and _PREPOSITION.search(_INNER_SPLIT.split(out[-1])[-1]) \
                and _coordinated_from(items, index) and not _HISTORY_OF.match(_CONJ_LEAD.sub("", out[-1].strip())) \
                and not _SIGNS_OF.match(_CONJ_LEAD.sub("", out[-1].strip())) \
                and not _DROP_ITEM.match(_CONJ_LEAD.sub("", out[-1].strip())):
            out[-1] = f"{out[-1]}, {item.strip()}"
            continue
        head = _ALLERGY_TO.match(bare)
        # "hypersensitivity to A or B, early pregnancy": an allergy with its own "or" lists all its allergens
        allergy = head.group(0) if head and not _COORDINATOR.search(bare[head.end():]) else ""
        out.append(item)
    return out


_WITH = re.compile(r"\swith\s")
_ORGAN_STATE = re.compile(r"dysfunction|disease|impairment|failure|insufficiency|damage|injury", re.I)


def _shared_organ(parts: list[str]) -> list[str]:
    """``"liver disease or dysfunction"`` -> ``["liver disease", "liver dysfunction"]``: a bare noun after
    an organ's item names the organ's other state; ``[]`` for any other pair."""
    if len(parts) != 2 or not _ORGAN_STATE.fullmatch(parts[1]):
        return []
    words = parts[0].split()
    organ = next((i for i, w in enumerate(words[:-1]) if _ORGAN.fullmatch(w)), None)
    if organ is None:
        return []
    return [parts[0], " ".join([*words[:organ + 1], parts[1]])]


def _shared_head(parts: list[str]) -> list[str]:
    """``"severe renal or hepatic impairment"`` -> ``["severe renal impairment", "hepatic impairment"]``:
    organs coordinated before one head noun each take the head; ``[]`` for any other list."""
    last = parts[-1].split()
    if len(last) < 2 or not _ORGAN.fullmatch(last[0]) or not all(_ORGAN.fullmatch(p.split()[-1]) for p in parts[:-1]):
        return []
    head = " ".join(last[1:])
    qualifier = " ".join(parts[0].split()[:-1])  # "severe hepatic or renal impairment": both severe
    later = [f"{qualifier} {part}" if qualifier else part for part in parts[1:]]
    return [f"{parts[0]} {head}", *(f"{part} {head}" for part in later[:-1]), later[-1]]


_ORGANISM = re.compile(r"bacterial|fungal|viral|parasitic|mycobacterial|protozoal", re.I)


def _lender(word: str) -> bool:
    return _ORGAN.fullmatch(word) is not None or _ORGANISM.fullmatch(word) is not None


def _qualifier_runs_joined(items: list[str]) -> list[str]:
    """A lone qualifier item that opens a run of qualifiers joins the item they qualify: "active, untreated or
    uncontrolled chronic liver disease" is one item, not "active" and the rest."""
    out: list[str] = []
    for item in items:
        if out and _adjectives_only(out[-1].strip()) and _QUALIFIER_PAIR.match(_CONJ_LEAD.sub("", item.strip())):
            out[-1] = f"{out[-1]}, {item.strip()}"
        else:
            out.append(item)
    return out


def _lend_heads(items: list[str]) -> list[str]:
    """A bare organ (or organism) item takes the head noun of the list it opens: "cardiac, renal or hepatic
    failure" -> "cardiac failure", "bacterial, fungal, or viral skin infections" -> "bacterial skin infections"
    (the last pair was already split by :func:`_shared_head` when it names organs)."""
    out = list(items)
    for index, item in enumerate(items):
        if not _lender(item.split()[-1] if item.split() else "") or len(item.split()) > 3:
            continue
        for later in items[index + 1:]:
            words = _CONJ_LEAD.sub("", later.strip()).split()
            if len(words) >= 2 and _lender(words[0]):
                out[index] = f"{item} {' '.join(words[1:])}"
                break
            if len(words) != 1 or not _lender(words[0]):
                break
    return out


_CELL = (r"(?:platelet|neutrophil|lymphocyte|leukocyte|eosinophil|monocyte|reticulocyte|"
         r"(?:white|red)\s+(?:blood\s+)?cell|CD4)s?")
_SOLUTE = (r"(?:sodium|potassium|magnesium|calcium|phosphate|phosphorus|chloride|bicarbonate|glucose|albumin|lipase|"
           r"amylase)")
MOVE = r"low|high|raised|elevated|decreased|increased|reduced"  # which way a measure moved
DIRECTION = rf"{MOVE}|abnormal"  # (or that it moved out of range)
_SAMPLE = r"(?:(?:blood|serum)\s+)?"
_MEASURED = re.compile(rf"^(?:(?P<direction>{DIRECTION})\s+)?{_SAMPLE}(?:(?P<cell>{_CELL})|{_SOLUTE})"
                       r"(?:\s+(?P<head>counts?|levels?|concentrations?))?$", re.I)
_ANALYTE = rf"{_SAMPLE}(?:{_CELL}|{_SOLUTE})"
_MEASURE_RUN = re.compile(rf"\b(?P<direction>{DIRECTION})\s+(?P<run>{_ANALYTE}(?:\s*,\s*{_ANALYTE})*\s*,?\s+"
                          rf"(?:and|or)\s+(?:(?:{DIRECTION})\s+)?{_ANALYTE})\s+(?P<head>counts?|levels?)\b", re.I)
RUN_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.I)


def measured_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """The runs of measures that share one head and one direction, each measure named in full: "low
    lymphocyte and neutrophil counts" -> "low lymphocyte counts", "low neutrophil counts"."""
    runs: list[tuple[int, int, list[str]]] = []
    for run in _MEASURE_RUN.finditer(text):
        names = []
        for part in RUN_SPLIT.split(run["run"]):
            found = _measured(part)
            if found is not None:
                names.append(_with_head(found, run["head"], run["direction"]))
        runs.append((run.start(), run.end(), names))
    return runs


def _with_head(found: re.Match[str], head: str, direction: str | None) -> str:
    """A measure of a run named in full: "neutrophil" with "counts" after "low ..." -> "low neutrophil counts" (its
    own direction and head kept; "platelets" take a count as "platelet counts")."""
    name = found.group()
    if not found["head"]:
        name = f"{name.removesuffix('s') if found['cell'] else name} {head}"
    return name if found["direction"] or not direction else f"{direction} {name}"


def _measured(item: str) -> re.Match[str] | None:
    return _MEASURED.match(_CONJ_LEAD.sub("", item.strip()))


def _lend_measure_heads(items: list[str]) -> list[str]:
    """Blood cells or solutes listed before one measure each take it, with the direction the run opens with:
    "low lymphocyte and neutrophil counts" are low lymphocyte counts and low neutrophil counts, "low magnesium,
    sodium and phosphate levels" three low levels. A cell takes a count, a solute a level."""
    out = list(items)
    for index, item in enumerate(items):
        last = _measured(item)
        if last is None or not last["head"] or bool(last["cell"]) != last["head"].lower().startswith("count"):
            continue
        run: list[re.Match[str]] = []
        for earlier in reversed(items[:index]):
            found = _measured(earlier)
            if found is None or found["head"] or bool(found["cell"]) != bool(last["cell"]):
                break
            run.insert(0, found)
            if found["direction"]:
                break  # the direction opens the run: "decreased hemoglobin, low A and B counts" starts at A
        if not run:
            continue
        for offset, found in enumerate([*run, last]):
            position = index - len(run) + offset
            lead = _CONJ_LEAD.match(items[position].strip())
            out[position] = f"{lead.group() if lead else ''}{_with_head(found, last['head'], run[0]['direction'])}"
    return out


def _allergy_each(core: str) -> list[str]:
    """"hypersensitivity to A or B" is also written "hypersensitivity to A" and "hypersensitivity to B"."""
    lead = _ALLERGY_TO.match(core)
    if lead is None:
        return []
    objects = [o[3:] if o.lower().startswith("to ") else o for o in ALLERGEN_SPLIT.split(core[lead.end():]) if o]
    return [f"{lead.group()}{o}" for o in objects] if len(objects) > 1 else []


def _closed_by_conjunction(items: list[str], index: int) -> bool:
    """Whether a later item of the run opens with "and"/"or" ("..., or C")."""
    return any(_CONJ_LEAD.match(later.strip()) for later in items[index:])


def _coordinated_from(items: list[str], index: int) -> bool:
    """Whether the list run from ``index`` on closes with "and/or X": a one-word item then continues
    the object before it ("surgery of the brain, spine, or eye"); without a closing conjunction it is
    an item of its own ("..., recovery after myocardial infarction, hypersensitivity")."""
    return any(_CONJ_LEAD.match(later.strip()) or _COORDINATOR.search(later) for later in items[index:])


def _split_coordination(item: str, names: frozenset[str] = frozenset()) -> list[str]:
    """``"A or B"`` / ``"A and B"`` -> both, unless a preposition binds them ("hypersensitivity to A or B")
    or the whole is one name spelt out before its acronym (``names``)."""
    if item.strip().lower() in names:
        return [item]
    aspect = _ASPECTS_OF.match(item)
    if aspect:  # "frequency and severity of angina attacks": what is watched is the attacks
        return [aspect.group(1)]
    if _THING_ASPECTS.match(item):  # "cough frequency and severity": aspects of one thing, one item
        return [item]
    lead = _HISTORY_OF.match(item)
    if lead and " or " in lead.group(0):  # "current or previous diagnosis of A or B": the lead is no item
        parts = _COORDINATOR.split(item[lead.end():])
        if all(p and len(p.split()) <= MAX_PART_WORDS for p in parts):
            return [item[:lead.end()] + parts[0], *parts[1:]]
    parts = _COORDINATOR.split(_TAIL.sub("", item))  # "A and B in patients at risk of C": A and B
    if len(parts) == 1 or any(len(p.split()) > MAX_PART_WORDS or not p for p in parts) or _TAIL.search(parts[0]):
        return [item]  # (a condition clause, "CBC if infection or bruising ...", is no list)
    signs = _SIGNS_OF.match(item)
    if signs is not None and _PREPOSITION.search(parts[0]):  # "signs of A and B": the signs of each, split as
        watched = _split_coordination(item[signs.end():], names)  # A and B would be ("urinary or genital
        return [item[:signs.end()] + watched[0], *watched[1:]]  # infection": one item)
    if _PREPOSITION.search(parts[0]) and not _HISTORY_OF.match(parts[0]):
        return [item]  # "hypersensitivity to A or B": one item (but "history of A or B" lists two)
    if any(p.endswith("-") for p in parts):  # "second- and third-degree AV block": one item, but "second- or
        parts = _hyphen_pairs_joined(item, parts)  # third-degree AV block or sick sinus syndrome" lists two
        if len(parts) == 1 or any(p.endswith("-") or len(p.split()) < 2 for p in parts):
            return [item]  # (one word after it shares the modifier: "aspirin- or NSAID-induced asthma or urticaria")
        return parts
    if _OR_BEYOND.search(item):  # "NYHA class II or greater heart failure": one graded item
        return [item]
    if len(parts) == 2 and len(parts[0].split()) <= 2 and _WITH.search(parts[1]):
        return [item]  # "atrial fibrillation or flutter with an accessory pathway": the "with" binds both
    if any(_LABEL_ONLY.match(p) for p in parts[1:]):  # "hepatitis B and C serology", "types 1 and 2"
        return [item]
    shared = _shared_head(parts) or _shared_organ(parts)
    if shared:
        return shared
    specimen = _SPECIMEN.match(parts[0])
    if len(parts) == 2 and specimen is not None and _SPECIMEN_TEST.fullmatch(parts[1].strip()):
        return [parts[0], f"{specimen.group(1)} {parts[1].strip()}"]  # "sputum smear and culture": a sputum culture
    if len(parts) == 2 and _MEASURE_QUALIFIER.fullmatch(parts[0]) and len(parts[1].split()) > 2:
        head = parts[1].split(" ", 1)[1]  # "fasting and self-monitored blood glucose": both blood glucose
        return [f"{parts[0]} {head}", parts[1]]
    return _qualified_pairs(item, parts)


_SPECIMEN = re.compile(r"^\s*(sputum|urine|blood|stool|throat|wound|CSF)\s+\S", re.I)
_SPECIMEN_TEST = re.compile(r"(?:cultures?|smears?|microscopy|analysis)", re.I)


def _hyphen_pairs_joined(item: str, parts: list[str]) -> list[str]:
    """Coordinated parts with each hyphen-elided part joined to the next again ("second-" + "third-degree AV
    block" is "second- or third-degree AV block")."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].endswith("-"):
            joiner = _COORDINATOR.search(item, item.find(out[-1]) + len(out[-1]))
            out[-1] = f"{out[-1]}{joiner.group() if joiner else ' or '}{part}"
        else:
            out.append(part)
    return out


_EXAMPLE_LEAD = re.compile(r"^(?:including|such\s+as|especially|particularly|notably|e\.g\.,?)\s+", re.I)


def _qualified_pairs(item: str, parts: list[str]) -> list[str]:
    """A one-word adjective coordinated with the next, longer part qualifies the same noun and stays with it:
    "acute or chronic metabolic acidosis" is one item (but "dehydration or sodium depletion" is two), and
    "mood changes and psychotic or manic symptoms" lists "psychotic or manic symptoms"."""
    parts = [_EXAMPLE_LEAD.sub("", part) for part in parts]  # "including pyloric or duodenal stenosis"
    if len(parts) == 2 and _OR.search(item) and (kinds := _kinds_sharing_head(parts)):
        return kinds
    if len(parts) == 2 and len(parts[1].split()) > 1 and _adjectives_only(parts[0]):
        return [_EXAMPLE_LEAD.sub("", item)]
    joints = [m.group(0) for m in _COORDINATOR.finditer(_TAIL.sub("", item))]
    if len(joints) != len(parts) - 1:
        return parts
    out: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if index + 1 < len(parts) and len(parts[index + 1].split()) > 1 and _adjectives_only(part):
            out.append(f"{part}{joints[index]}{parts[index + 1]}")
            index += 2
            continue
        out.append(part)
        index += 1
    return out


_TYPE_ADJECTIVE = re.compile(r"[a-z]+(?:ic|al|ar)", re.I)
_OR = re.compile(r"\sor\s")


def _kinds_sharing_head(parts: list[str]) -> list[str]:
    """``"history of hemiplegic or basilar migraine"`` -> ``["history of hemiplegic migraine", "basilar
    migraine"]``: after a history lead, two kinds of one disorder, as alternatives, are two items (a course or
    degree, "acute or chronic", is not a kind; "total and differential counts" are one test); ``[]`` for any
    other pair."""
    lead = _HISTORY_OF.match(parts[0])
    if lead is None:  # (without the lead, "gastric or duodenal stenosis" stays one item: _qualified_pairs)
        return []
    kind = parts[0][lead.end():]
    later = parts[1].split()
    if len(later) < 2 or not _TYPE_ADJECTIVE.fullmatch(kind) or not _TYPE_ADJECTIVE.fullmatch(later[0]):
        return []
    if any(_COURSE.fullmatch(word) or _DEGREE.fullmatch(word) or _ORGAN.fullmatch(word) for word in (kind, later[0])):
        return []
    return [f"{parts[0]} {' '.join(later[1:])}", parts[1]]


def _adjectives_only(part: str) -> bool:
    """One adjective, or a degree and a course ("severe acute"), that qualify the noun of the next part."""
    words = part.split()
    if len(words) == 2:
        return _DEGREE.fullmatch(words[0]) is not None and _COURSE.fullmatch(words[1]) is not None
    return len(words) == 1 and _ADJECTIVE.search(part) is not None


_DEGREE = re.compile(r"severe|mild|moderate|marked|significant|\w+ly", re.I)
_COURSE_WORDS = r"acute|chronic|recurrent|persistent|active|uncontrolled|untreated"
_COURSE = re.compile(_COURSE_WORDS, re.I)
_QUALIFIER_PAIR = re.compile(rf"(?:{_COURSE_WORDS})\s+(?:or|and|and/or)\s+(?:{_COURSE_WORDS})\s+\w", re.I)


def _skin_states_apart(text: str) -> str:
    """States of the skin coordinated before one "skin" each take it: "sunburned, broken, or eczematous skin" ->
    "sunburned skin, broken skin, or eczematous skin"."""
    def each(found: re.Match[str]) -> str:
        states = [w for w in _STATE_SPLIT.split(found.group(1)) if w]
        head = found.group(2)
        return ", ".join(f"{state} {head}" for state in states[:-1]) + f", or {states[-1]} {head}"
    return _SHARED_SKIN.sub(each, text)


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" .,:;-")


_RELATIVE_LEAD = re.compile(r"^(?:whose|which|who)\b", re.I)


def _outside_relatives(flat: str) -> list[str]:
    """The comma items of each ';'-run (a semicolon closes an object's run: "to A or B; pregnancy"), without a
    relative clause and the items that go on with it up to the next "and"/"or" ("Neonates, whose thinner, more
    permeable skin absorbs more": the skin is why, no item)."""
    kept: list[str] = []
    for run in flat.split(";"):
        relative = False
        for item in _attach_objects([_SOURCE_LEAD.sub("", i) for i in _ITEM_SPLIT.split(run.strip())]):
            relative = bool(_RELATIVE_LEAD.match(item.strip())) or (relative and not _CONJ_LEAD.match(item.strip()))
            if not relative:
                kept.append(item)
    return kept


def _raw_items(flat: str, names: frozenset[str]) -> list[str]:
    """The list items of a flattened bullet, split at coordinations, without the drugs of a co-use.

    "Concomitant use of A such as B, including C" and "use of a PDE-5 inhibitor such as B, C, or D" name
    drugs, not conditions: the dropped item's examples go with it, up to the "..., or D" that closes them.
    """
    raws: list[str] = []
    dropping = examples_open = False
    for item in _outside_relatives(flat):
        parts = [_FRAME.sub("", _CONJ_LEAD.sub("", part.strip())) for part in _INNER_SPLIT.split(item)]
        if _DROP_ITEM.match(parts[0]) or (dropping and _ADD_ITEM.match(parts[0])) or (
                examples_open and len(parts) == 1 and len(parts[0].split()) <= 3):
            examples_open = (examples_open or len(parts) > 1) and not _CONJ_LEAD.match(item.strip())
            dropping = True
            continue
        dropping = examples_open = False
        if len(parts) > 1 and _CATEGORY.search(parts[0]):
            parts = parts[1:]  # "response measures such as A and B": the measures are A and B
        # "..., including the patch adhesive": parts of the product an allergy covers are no conditions
        parts = [p for i, p in enumerate(parts) if not ((i or _ADD_ITEM.match(p)) and _COMPONENT.search(p))]
        raws.extend(part for raw in parts if not _DROP_ITEM.match(raw)
                    for part in _split_coordination(_persons_dropped(raw), names))
    return raws


def _persons_dropped(raw: str) -> str:
    """An item less the people it opens with, so that what they have can be split: "such as those with A or B"
    names A and B."""
    bare = _ADD_ITEM.sub("", raw)
    lead = _ITEM_LEAD_IN.match(bare)
    return bare[lead.end():] if lead is not None and _COORDINATOR.search(bare, lead.end()) else raw


_BRACKETED_LIST = re.compile(r"^([^\[\]]*?)\[([^\[\]]*,[^\[\]]*)\]\s*\.?\s*$")
# "European labelling also lists [A, B, and C]": the bracket holds the whole list


def list_phrases(text: str, max_words: int = 10) -> list[Phrase]:
    """The noun phrases of a list bullet; ``[]`` when the bullet reads as prose."""
    text = _NONE_CLAUSE.sub("", text)  # "None formally listed; avoided in pregnancy, breastfeeding and ...": the list
    if "[" in text and (bracketed := _BRACKETED_LIST.match(text)):
        text = bracketed.group(1) + bracketed.group(2)
    acronym = acronym_variant(text)
    names = frozenset(" ".join(text[lo:hi].split()).lower() for lo, hi in acronym_spans(text)) if "(" in text \
        else frozenset()
    base = _LEAD_LABEL.sub("", text) if ":" in text[:62] or ("(" in text[:40] and ":" in text) else text
    verdict = VERDICT.match(base) if base != text else None
    if verdict is not None and not base[verdict.end():].strip(" .;"):
        base = text[:text.index(":")]  # "End-stage renal disease (eGFR below 15): not recommended": the label
    flat = _tidy(_PARENS.sub(" ", base) if "(" in base else base)
    if " skin" in flat or " mucos" in flat:
        flat = _skin_states_apart(flat)
    flat = _LISTS_LEAD.sub("", _PERSONS_ON.sub("", _ITEM_LEAD_IN.sub("", flat)))
    flat = _COMPONENT_OF.sub(r"\1", _NOT_FOR_USE.sub("", flat))
    if "," in flat:
        flat = _CONDITION_ACROSS_ITEMS.sub("", flat)
    if not flat or (_CLAUSE.search(flat) and any(_CLAUSE.search(_CONDITION.sub("", item))
                                                 for item in _ITEM_SPLIT.split(flat))):
        return []  # prose, not a list ("if liver injury is suspected" only closes its item)
    phrases = []
    raws = _raw_items(flat, names)
    for raw in _lend_measure_heads(_lend_heads(_qualifier_runs_joined(raws))):
        item = _OF_LEAD.sub("", _CONJ_LEAD.sub("", raw.strip()))
        if not item or _DROP_ITEM.match(item) or item.lower() in ("and", "or"):
            continue
        item = _ITEM_LEAD_IN.sub("", _LISTS_LEAD.sub("", _ADD_ITEM.sub("", item)))  # "...; European labeling also
        # lists A, B", "..., and older infants or children with A"
        if _DROP_ITEM.match(item):
            continue  # "including any other ..."
        item = _VERDICT_TAIL.sub("", item)
        if _QUALIFIER_ONLY.match(item.strip()) or _NO_CONDITION.match(item.strip()) or _ANAPHOR.search(item):
            continue  # "obstruction, known or suspected": the qualifier of the item before
        core = _tidy(DANGLING.sub("", _QUALIFIER.sub("", _TAIL.sub("", _INCLUDED.sub("", item)))))
        if not core or _NO_CONDITION.match(core) or len(core.split()) > max_words or _SCHEDULE_ONLY.match(core) or (
                _PRONOUN_END.search(core) and not _ALLERGY_TO.match(core)):
            continue  # "the early recovery period after it" leans on the item before it
        plain = _tidy(_SEVERITY_PAIR.sub("", core))
        unqualified = _tidy(_RECENT.sub("", core))  # "recent CNS surgery" is also "CNS surgery"
        whole = _tidy(_QUALIFIER.sub("", item))  # "perioperative pain in the setting of CABG surgery"
        bare = _tidy(_ARTICLE.sub("", item))  # "a baseline QTc above 450 ms" is also "baseline QTc above 450 ms"
        signed = _tidy(_SIGNS_OF.sub("", core))  # "signs of misuse" is also written "misuse"
        variants = tuple(dict.fromkeys(
            v for v in (_tidy(item), bare, whole, core, plain, unqualified, *_allergy_each(core), signed) if v))
        phrases.append(Phrase(core, variants))
    if acronym and phrases:
        first = phrases[0]
        phrases[0] = Phrase(first.core, (*first.variants, _tidy(acronym.split(",")[0])))
    return phrases
