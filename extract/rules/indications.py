"""Indications: the conditions a monograph says its subject is used for, and the many conditions an
indication sentence names that are not uses (another therapy's target, a subgroup, a harm, a symptom,
a use said to be not recommended)."""

from __future__ import annotations

import re

from extract.guard import Guarded
from extract.model import Concept, Mention, Relation
from extract.nlp import find_mentions
from extract.phrases import expansion_spans
from extract.rules.base import (
    INDICATION_CUE,
    PROCEDURES,
    STRONG_INDICATION_CUE,
    K,
    RuleContext,
    as_kind,
    coordinated_words,
    elided_heads,
    other_led_spans,
    pick,
    usable,
)
from extract.text import NAME_LIST_SPLIT, PEOPLE, clause_spans, looks_plural
from extract.units import Unit

_PURPOSE = re.compile(r"\s+(prophylaxis|prevention|treatment|management|control)\b", re.I)


_ANAPHOR_BEFORE = re.compile(r"\b(?:for|of|with|in|against)\s+(?:this|these|the\s+same)\s+(?:[\w'-]+\s+){0,2}$", re.I)
_WHOSE_BEFORE = re.compile(r"\bwhose\s+$", re.I)
_ASPECT_HEADS = frozenset({"manifestation", "manifestations", "complication", "complications", "features"})
_OF_NEXT = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?", re.I)


def _aspect_of_named(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A generic aspect ("neurologic manifestations", "complications") of a condition named right after it."""
    if mention.text.lower().split()[-1] not in _ASPECT_HEADS:
        return False
    of = _OF_NEXT.match(text, mention.end)
    return of is not None and any(other.start == of.end() for other in mentions)


_FEATURES_DEFINED = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:flare-ups?|flares?|episodes?|attacks?|bouts?|periods?|spells?)\s+of\s+[^.;(]*",
    re.I)  # "pulmonary exacerbations, the flare-ups of cough, sputum and breathlessness": what the use consists of
_ORIGIN = re.compile(
    r"\b(?:evolved|evolving|arisen|arising|arose|developed|developing|progressed|progressing|transformed)\s+from\b"
    r"[^.;()]*", re.I)  # "myelofibrosis that has evolved from polycythemia vera": where the use came from, no use
_TOXICITY_MANAGED = re.compile(
    r"\b(?:is|are)\s+(?:usually\s+|best\s+|then\s+)?(?:managed|treated|handled)\s+by\s+(?:temporarily\s+)?"
    r"(?:withholding|stopping|interrupting|holding|pausing|discontinuing|reducing)\b", re.I)
# "Suspected pneumonitis (new cough, fever) is managed by withholding the drug and starting steroids": a toxicity
_FORMER_USE = re.compile(
    r"\b(?:was|were)\s+(?:once|formerly|previously|originally)\s+(?:approved|used|indicated|marketed)\b|"
    r"\b(?:indication|approval)\s+(?:was|has\s+been)\s+withdrawn\b|"
    r"\bnot\s+(?:approved|indicated|licensed)\s+for\s+(?:that|this|these|those|such)\s+(?:uses?|indications?|purposes?)\b|"
    r"\b(?:trials?|studies)\s+did\s+not\s+show\s+(?:a\s+|any\s+)?benefit\b|"
    r"\bnot\s+(?:yet\s+)?an?\s+(?:established|approved|licensed|recogni[sz]ed|proven)\s+(?:use|indication)\b|"
    r"\b(?:neither|none)\s+(?:of\s+(?:them|these)\s+)?(?:is|are)\s+(?:an?\s+)?(?:approved|established|licensed)\s+"
    r"(?:uses?|indications?)\b", re.I)
# ("It was studied for tics ..., but the trials did not show benefit, and it is not approved for that use"; "Its use
# in lupus is still being tested and is not an established indication"; "tested for A and B, but neither is an
# approved use")


def indications(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Conditions the subject is used for, when the sentence says so."""
    cue = INDICATION_CUE if unit.kind == "usage" else STRONG_INDICATION_CUE
    if (not cue.search(unit.text) and "treated with" not in unit.text) or _FORMER_USE.search(unit.text) \
            or _OTHER_FORMS_USE.match(unit.text) or _TOXICITY_MANAGED.search(unit.text):
        return  # (a use that was withdrawn is no use: "was once approved for X, but that indication was withdrawn";
        # nor another form's: "Inhaled products are used for COPD, but the tablets discussed here are not")
    cued = cued_clauses(ctx, unit.text, mentions, cue)
    previous_end = skip_until = setting_end = -1
    lay_names: dict[int, str] = {}  # bracketed term's start -> the lay description it glosses
    described = lay_descriptions(unit.text, mentions) + risk_settings(unit.text, mentions) + signs_of_use(unit.text) \
        + symptoms_relieved(unit.text, mentions) \
        + [m.span() for m in _ONSET.finditer(unit.text)] + expansion_spans(unit.text) \
        + [m.span() for m in _CRITERIA_BRACKET.finditer(unit.text)] + [m.span() for m in _ORIGIN.finditer(unit.text)] \
        + [m.span() for m in _FEATURES_DEFINED.finditer(unit.text)] + other_led_spans(unit.text, mentions, ctx.subject)
    before: Mention | None = None
    for mention in mentions:
        abbreviated_cause, before = before is not None and _abbreviates_cause(unit.text, before, mention), mention
        if abbreviated_cause or _aspect_of_named(unit.text, mention, mentions):
            continue  # "anemia caused by chronic kidney disease (CKD)": the bracket only abbreviates the cause;
            # "the neurological manifestations of Niemann-Pick disease": the disease is the use
        if _ANAPHOR_BEFORE.search(unit.text, max(0, mention.start - 40), mention.start) or (
                _WHOSE_BEFORE.search(unit.text, max(0, mention.start - 10), mention.start)
                and _named_use_ends_with(ctx, mention.text)):
            continue  # "the first therapy approved for this inherited neurodegenerative disease", "patients whose
            # colitis has responded poorly" (after "ulcerative colitis"): the use named before
        if not usable(mention) and _names_condition(mention):
            # a denied use still opens a setting ("should not be used to treat hyponatremia in patients with
            # underlying liver disease, including cirrhosis": the cirrhosis is no use either)
            setting_end = mention.end if _in_setting(unit.text, previous_end, setting_end, mention) else setting_end
            previous_end = mention.end
            continue
        if not usable(mention) or mention.first(K.DRUG, K.DRUG_CLASS) or mention.start < skip_until \
                or any(lo <= mention.start < hi for lo, hi in described):
            continue  # (or what the use just read brought with it: the therapy that causes it, "associated with
            # anesthesia", or its definition, "the cramping leg pain that ...", or words of a lay description
            # a bracketed term names: "a bleed around the brain from a burst aneurysm (subarachnoid hemorrhage)", or
            # who the use is for: "in patients at high risk of ulcer complications")
        glossed = _glossing_term(unit.text, mention, mentions)
        if glossed is not None:  # "leg pain on walking (intermittent claudication)": the term is the use
            lay_names[glossed.start] = " ".join(unit.text[mention.start:unit.text.index("(", mention.end)].split())
            continue
        if previous_end >= 0 and _APPOSITIVE.fullmatch(unit.text, previous_end, mention.start):
            defined = _RELATIVE_AFTER.match(unit.text, mention.end)
            if defined is not None:  # "intermittent claudication, the cramping leg pain that comes on with walking"
                skip_until = defined.end()
                continue
            if _KIND_OF_ILLNESS.search(mention.text):
                continue  # "MoCD Type A, an ultra-rare inherited metabolic disease": what kind of illness the use is
        in_setting = _in_setting(unit.text, previous_end, setting_end, mention) and not (
            _LAB_TARGET.search(unit.text, max(0, previous_end - 40), previous_end) and setting_end < previous_end)
        # ("to lower LDL cholesterol in adults with primary hyperlipidemia", "to lower elevated intraocular pressure
        # in patients with open-angle glaucoma": what a lowered value treats is a use)
        in_bracket = _GLOSS_OPEN.fullmatch(unit.text, previous_end, mention.start) is not None
        if in_bracket and _glosses(unit.text, previous_end, mention, mentions):
            last = ctx.statements[-1] if ctx.statements else None
            if last is not None and last.relation == Relation.INDICATED_FOR and last.evidence == unit.text:
                ctx.surface_forms.append((last.object, mention.text))  # "otitis media (middle ear infection)"
            previous_end = mention.end
            continue
        after_condition = in_setting or _WITH_FEATURE.fullmatch(unit.text, previous_end, mention.start) is not None or (
            in_bracket and _DESCRIBED.match(unit.text, mention.start) is not None)
        if _names_condition(mention) or in_setting:  # ("with underlying liver disease": a population, a setting)
            previous_end = mention.end
            setting_end = mention.end if in_setting else setting_end
        if after_condition:
            continue  # "kidney disease with albuminuria", "onychomycosis (fungal infection of the nails)",
            # "MAC infection in people with advanced HIV" (and the rest of that setting: "in patients with type 2
            # diabetes and hypertension who have an elevated serum creatinine")
        concept = pick(mention, (K.CONDITION, K.ADVERSE_EFFECT))
        if concept is None or concept.label.lower() in _NOT_INDICATIONS or drug_allergy(ctx, concept) or not any(
                lo <= mention.start < hi for lo, hi in cued) or not_a_use(unit.text, mention) or (
                concept.label.lower() in _UMBRELLA and (_SPECIFIED_AFTER.match(unit.text, mention.end)
                                                        or _narrowed_before(unit.text, mention))):
            continue
        concept = as_kind(concept, K.CONDITION)
        bracketed = _BRACKET_INSIDE.search(unit.text, max(0, mention.start - 60), mention.start)
        if bracketed and (whole := ctx.lexicon_concept(f"{bracketed.group(1)} {mention.text}", K.CONDITION)):
            # "vasospastic (Prinzmetal's) angina": the bracket sits inside the name
            ctx.emit(Relation.INDICATED_FOR, whole, unit, f"{bracketed.group(1)} {mention.text}")
            continue
        split = _BRACKET_WITHIN.match(unit.text, mention.end)
        if split and (whole := ctx.lexicon_concept(f"{mention.text} {split.group(1)}", K.CONDITION)):
            # "pityriasis (tinea) versicolor": the name goes on after the bracket
            ctx.emit(Relation.INDICATED_FOR, whole, unit, f"{mention.text} {split.group(1)}")
            skip_until = split.end()
            continue
        cause = _CAUSE_KIND.search(unit.text, max(0, mention.start - 30), mention.start)
        if cause and not mention.text.lower().startswith(cause.group(1).lower()):
            # "infectious diarrhea" is its own indication, narrower than "diarrhea"
            phrase = f"{cause.group(1)} {mention.text}"
            concept = ctx.concept_for(phrase, K.CONDITION)
            ctx.emit(Relation.INDICATED_FOR, concept, unit, phrase)
            continue
        if _reversed(unit.text, mention):
            reversal(ctx, unit, mention)  # "to reverse neuromuscular blockade"
            continue
        around = _AROUND_PROCEDURE_AFTER.match(unit.text, mention.end) \
            if mention.candidates[0].kind == K.ADVERSE_EFFECT else None
        if around is not None:  # "anxiety before surgery" is a use of its own, narrower than "anxiety" (a symptom
            # in that setting; an infection prevented before a procedure is still the infection)
            setting = f"{around.group(1).lower()} {around.group(2).lower()}"
            name = f"{mention.candidates[0].label.lower()} {setting}"  # "apprehension": anxiety before surgery
            ctx.emit(Relation.INDICATED_FOR, ctx.concept_for(name, K.CONDITION),
                     unit, f"{mention.text} {setting}")
            continue
        therapy = _CAUSED_BY_THERAPY.match(unit.text, mention.end)
        if therapy:
            # "nausea and vomiting caused by chemotherapy": chemotherapy-induced nausea and vomiting
            name = f"{therapy.group(1).lower()}-induced {mention.text}"
            concept = ctx.concept_for(name, K.CONDITION)
            written = " ".join(unit.text[mention.start:therapy.end()].split())
            ctx.emit(Relation.INDICATED_FOR, concept, unit, written)
            skip_until = previous_end = therapy.end()  # (a setting may follow: "... in adults with chronic pain")
            continue
        tied = _tied_condition_end(unit.text, mention, mentions)
        if tied is not None:  # "agitation associated with Alzheimer's dementia" is one use, narrower than either
            phrase = " ".join(unit.text[mention.start:tied].split())
            ctx.emit(Relation.INDICATED_FOR, ctx.concept_for(phrase, K.CONDITION), unit, phrase)
            skip_until = tied
            continue
        kinds = _coordinated_kinds(ctx, unit.text, mention)
        if kinds:  # "cutaneous or mucocutaneous candidiasis": each kind the lexicon knows is the use
            for name, kind in kinds:
                ctx.emit(Relation.INDICATED_FOR, kind, unit, name)
            continue
        ctx.emit(Relation.INDICATED_FOR, concept, unit, mention.text)
        if mention.start in lay_names:
            ctx.surface_forms.append((concept, lay_names[mention.start]))
        course = _COURSE_BEFORE.search(unit.text, max(0, mention.start - 30), mention.start)
        if course:  # "chronic stable angina pectoris" is a name the text used for the use
            ctx.surface_forms.append((concept, f"{course.group(1)} {mention.text}"))
        head = mention.text.split(" ", 1)[-1]
        for word, shared in elided_heads(ctx, unit.text, mention, concept, K.CONDITION):
            ctx.emit(Relation.INDICATED_FOR, shared, unit, f"{word.group()} {head}")
        purpose = _PURPOSE.match(unit.text, mention.end)
        if purpose:
            ctx.surface_forms.append((concept, f"{mention.text} {purpose.group(1)}"))


def _named_use_ends_with(ctx: RuleContext, name: str) -> bool:
    """A use read before has a longer name ending in ``name`` ("ulcerative colitis" for "colitis")."""
    tail = f" {name.lower()}"
    return any(st.relation == Relation.INDICATED_FOR and st.object.label.lower().endswith(tail)
               for st in ctx.statements)


_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9-]{2,8}")  # "CKD", "HoFH"
_ABBREVIATION_OPEN = re.compile(r"\s*\(\s*")
_ABBREVIATION_CLOSE = re.compile(r"\s*\)")
_CAUSE_BEFORE = re.compile(
    r"\b(?:caused\s+by|due\s+to|secondary\s+to|resulting\s+from)\s+(?:[\w'-]+\s+){1,5}\(\s*$", re.I)


def _abbreviates_cause(text: str, before: Mention, mention: Mention) -> bool:
    """The mention is a bracketed abbreviation of the cause just named ("caused by chronic kidney disease (CKD)")."""
    return _ABBREVIATION.fullmatch(mention.text) is not None \
        and _ABBREVIATION_OPEN.fullmatch(text, before.end, mention.start) is not None \
        and _ABBREVIATION_CLOSE.match(text, mention.end) is not None \
        and before.candidates[0].key == mention.candidates[0].key \
        and _CAUSE_BEFORE.search(text, 0, mention.start) is not None  # (a cause of five words at most)


_GLOSS_AFTER = re.compile(r"(?:\s+(?!(?:and|or|as\s+well\s+as)\b)[\w-]+){1,4}?\s*\(\s*", re.I)
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}")
_KIND_OF_ILLNESS = re.compile(r"\b(?:diseases?|disorders?|conditions?|illness(?:es)?)$", re.I)
_RELATIVE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:that|which|where|in\s+which)\b", re.I)


_OTHER_FORMS_USE = re.compile(
    r"\W*(?:inhaled|topical|intravenous|injectable|nasal|ophthalmic|transdermal|rectal|vaginal|oral)\b[^.;]*?,\s+but\s+"
    r"(?:the|this|these|its)\b[^.;]*\b(?:are|is)\s+not\b", re.I)


def _names_condition(mention: Mention) -> bool:
    return mention.first(K.CONDITION, K.ADVERSE_EFFECT) is not None and mention.first(K.POPULATION) is None


def _in_setting(text: str, previous_end: int, setting_end: int, mention: Mention) -> bool:
    """The mention names the setting of the condition before it ("MAC infection in people with advanced HIV"),
    or goes on with that setting ("... with type 2 diabetes and hypertension")."""
    return previous_end >= 0 and (
        _IN_PEOPLE_WITH.fullmatch(text, previous_end, mention.start) is not None
        or (_EVENT.search(mention.text) is not None
            and _AFTER_PROCEDURE.fullmatch(text, previous_end, mention.start) is not None)
        or (setting_end == previous_end and _SETTING_GOES_ON.fullmatch(text, previous_end, mention.start) is not None))


_LAB_TARGET = re.compile(
    r"\b(?:cholesterol|LDL(?:-C)?|lipoproteins?|triglycerides?|(?:blood\s+)?(?:glucose|sugar)|HbA1c|A1C|uric\s+acid|"
    r"blood\s+pressure|intraocular\s+pressure|eye\s+pressure|IOP)\W*(?:\([^()]{1,20}\))?\W*$", re.I)
_AT_RISK = re.compile(
    rf"\b(?:in\s+{PEOPLE}|who\s+are)\s+(?:at|with\s+an?)\s+(?:(?:high|higher|increased|particular)\s+)?risk\s+"
    r"(?:of|for)\b", re.I)  # (also "adults with IgA nephropathy who are at risk of disease progression")
_STARTED_IN = re.compile(r"\bwhen\s+[\w-]+\s+(?:is|are)\s+(?:started|given|used|taken|begun)\s+in\b", re.I)
_WITH_RISK_FACTORS = re.compile(
    r"\bwith\s+(?:(?:other|additional|at\s+least\s+one|one\s+or\s+more|weight-related|related)\s+)*"
    r"(?:risk\s+factors?|comorbidities|co-?morbid\s+conditions)\b", re.I
)  # "overweight adults with risk factors such as high blood pressure or dyslipidemia": who, not what for
_SETTING_STOP = re.compile(r";|\.\s|,\s+(?:and|or)\s+(?:for|to|in)\b|$")


def risk_settings(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Who a use is for, after a use named first ("gastric ulcers ... in patients at high risk of ulcer
    complications, such as those with a previous peptic ulcer"; "the nausea that occurs when apomorphine is
    started in advanced Parkinson's disease"): the risks, histories and settings are no uses."""
    found = _AT_RISK.search(text) or _STARTED_IN.search(text) or _WITH_RISK_FACTORS.search(text)
    if found is None or not any(m.end <= found.start() and m.first(K.CONDITION) for m in mentions):
        return []
    stop = _SETTING_STOP.search(text, found.end())
    return [(found.start(), stop.start() if stop else len(text))]


_SIGNS_LEAD = re.compile(
    r",?\s+(?:recogni[sz]ed|characteri[sz]ed|marked|manifested|identified|signall?ed)\s+by\b|"
    r"\b(?:accompanying|associated|attendant)\s+symptoms\s+(?:such\s+as|like|including|e\.\s?g\.,?)|"
    r"\b(?:condition|disease|disorder|illness)\s+(?:that|which)\s+(?:causes?|leads?\s+to|results?\s+in)\b|"
    r"\b(?:that|which)\s+(?:usually\s+|typically\s+|often\s+)?presents?\s+(?:[\w-]+\s+){0,6}?with\b", re.I)


def signs_of_use(text: str) -> list[tuple[int, int]]:
    """The signs a use is recognised by ("opioid overdose, recognized by slowed breathing, pinpoint pupils and
    unresponsiveness", "the headache and accompanying symptoms such as nausea", "the autoimmune condition that
    causes patchy hair loss", "a disorder that presents in the first days of life with seizures"): what the use
    looks like, not uses of their own."""
    found = _SIGNS_LEAD.search(text)
    if found is None:
        return []
    stop = _SIGNS_STOP.search(text, found.end())
    return [(found.end(), stop.start() if stop else len(text))]


_RELIEVED_SYMPTOMS = re.compile(
    r"\b(?:reliev|eas|improv|reduc|lessen|control)(?:e|es|ing)?\s+(?:its\s+|the\s+|their\s+|related\s+)?"
    r"symptoms\s+(?:such\s+as|like|including|e\.\s?g\.,?)\s", re.I)


def symptoms_relieved(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The symptoms a use named before is relieved of ("obstructive hypertrophic cardiomyopathy, taken to ...
    relieve symptoms such as breathlessness and fatigue"): the use's own symptoms, not uses of their own."""
    found = _RELIEVED_SYMPTOMS.search(text)
    if found is None or not any(m.end <= found.start() and m.first(K.CONDITION) for m in mentions):
        return []
    stop = _SIGNS_STOP.search(text, found.end())
    return [(found.end(), stop.start() if stop else len(text))]


_ONSET = re.compile(
    r"\b(?:once|as\s+soon\s+as|after|when)\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:[\w-]+\s+){1,3}?(?:has|have)\s+"
    r"(?:begun|started|set\s+in|developed|appeared)\b",
    re.I,
)  # "migraine attacks, once the headache has begun": when to take it, not a use of its own
_SIGNS_STOP = re.compile(
    r";|\.\s|,\s+and\s+(?:as|a|an|the|it|its|for|to|in|is|are)\b|\s+and\s+(?:as|it|its|for|to|in|is|are)\b", re.I)
# ("... marked by cramping and hypermotility, and as an adjunct in peptic ulcer disease": a new use)


_DESCRIPTION_START = re.compile(r"(?:^|[,;:.()]|\band\b|\bor\b)[^,;:.()]*?$", re.I)
_LAY_WORDS = 5
_USE_VERB = re.compile(r"\b(?:used|given|prescribed|taken|indicated|approved|treats?|treating|prevents?|preventing|"
                       r"relieves?|relieving|controls?)\b(?:\s+(?:to|for|in))?", re.I)
_BRACKET_NEXT = re.compile(r"\s*\(\s*")


def lay_descriptions(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of lay descriptions, before the mention a bracketed term glosses, that hold other mentions of their
    own ("after a bleed around the brain from a burst aneurysm (subarachnoid hemorrhage)")."""
    spans = []
    for mention in mentions:
        opened = _BRACKET_NEXT.match(text, mention.end)
        if opened is None or _bracketed_condition(text, opened.end(), mentions) is None:
            continue
        lead = _DESCRIPTION_START.search(text, 0, mention.start)
        start = lead.start() if lead is not None else mention.start
        verbs = list(_USE_VERB.finditer(text, start, mention.start))
        start = verbs[-1].end() if verbs else start  # "used to prevent | stable angina (chest pain)"
        if len(text[start:mention.end].split()) >= _LAY_WORDS:
            spans.append((start, mention.end))
    return spans


def _glosses(text: str, previous_end: int, mention: Mention, mentions: list[Mention]) -> bool:
    """A bracket holding just one condition right after a use names that use again ("stable angina (chest
    pain)"), unless the use is an umbrella the bracket gives an example of ("serious infections (pneumonia)")."""
    before = next((m for m in mentions if m.end == previous_end), None)
    if before is None or (_bracketed_condition(text, mention.start, [mention]) is None
                          and not _PLACED_GLOSS.match(text, mention.end)):
        return False  # ("pulmonary arterial hypertension (high blood pressure in the lung arteries)": placed)
    concept = pick(before, (K.CONDITION, K.ADVERSE_EFFECT))
    return concept is not None and concept.label.lower() not in _UMBRELLA and not looks_plural(before.text)


_PLACED_GLOSS = re.compile(r"\s+(?:in|of|affecting|within)\s+(?:the\s+)?[\w\s-]{1,30}\)")


def _glossing_term(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The condition a bracket right after a lay description names ("leg pain on walking (intermittent
    claudication)"), if the bracket holds exactly that name."""
    opened = _GLOSS_AFTER.match(text, mention.end)
    return _bracketed_condition(text, opened.end(), mentions) if opened is not None else None


def _bracketed_condition(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The condition mention that fills a bracket opening at ``start`` on its own (an abbreviation names only the
    words before it)."""
    return next((m for m in mentions if m.start == start and text[m.end:m.end + 2].strip().startswith(")")
                 and not m.text.isupper() and m.first(K.CONDITION) is not None
                 and m.first(K.DRUG, K.DRUG_CLASS) is None), None)


# procedures done to patients and outcomes, never what a drug is indicated for
_NOT_INDICATIONS = frozenset({
    "surgery", "dialysis", "anesthesia", "hospitalization", "mechanical ventilation", "death",
    "signs and symptoms", "sign and symptom", "symptoms", "signs",
    "recurrence", "relapse",  # of the use just named ("continued for months to lower the risk of relapse")
    "wakefulness", "alertness",  # what treating the use improves ("to improve wakefulness in adults with EDS")
    "disease progression", "progression",  # an outcome ("to extend survival and slow disease progression")
})
_HOW_GIVEN = (r"(?:(?:intravenous|IV|oral|subcutaneous|inhaled|topical|systemic|prompt|empiric(?:al)?|early|"
              r"[a-z]+-[a-z-]+|a|an)\s+){0,2}")
# "with IV X", "with short-acting bronchodilators"
_TREATED_WITH = re.compile(rf"\b(?:is|are)\s+treated\s+with\s+{_HOW_GIVEN}$", re.I)
_WITH_OTHER = re.compile(
    r"[,\s]+(?:usually\s+|often\s+|typically\s+|best\s+)?(?<!together )(?<!along )(?<!combined )(?<!combination )"
    rf"(?<!formulated )(?<!alone or )with\s+{_HOW_GIVEN}$",
    re.I,
)  # "treat it with corticosteroids" (another drug treats), not "together with metronidazole", "co-formulated with
# hyaluronidase" (its own product) or "alone or with other antihypertensives" (a combination)


_ALLERGY_TO = re.compile(r"(?P<what>.+?)\s+(?:allergy|hypersensitivity)", re.I)


def drug_allergy(ctx: RuleContext, concept: Concept) -> bool:
    """An allergy to a drug or class ("penicillin allergy"): the reason to choose the subject, never its use."""
    allergy = _ALLERGY_TO.fullmatch(concept.label)
    return allergy is not None and any(c.kind in (K.DRUG, K.DRUG_CLASS)
                                       for c in ctx.lexicon.lookup(allergy.group("what")))


def not_a_use(text: str, mention: Mention) -> bool:
    """A condition in an indication sentence that the subject is not used for: one another therapy treats,
    a subgroup of the stated use, a harm the drug causes or carries, a risk factor, or what defines another
    condition."""
    window = max(0, mention.start - 80)
    return (
        other_therapy_target(text, mention)
        or _SUBGROUP.search(text, window, mention.start) is not None
        or _ACCOMPANIED.search(text, window, mention.start) is not None
        or _CAUSED.search(text, window, mention.start) is not None
        or _RISK_AFTER.match(text, mention.end) is not None
        or _NOT_ADVISED.match(text, mention.end) is not None
        or _NOT_FOR.search(text, window, mention.start) is not None
        or _WITH_OR_WITHOUT.search(text, window, mention.start) is not None
        or _EARLIER_ILLNESS.search(text, window, mention.start) is not None
        or _OWN_EFFECT.search(text, window, mention.start) is not None
        or _SYMPTOM_EXAMPLES.search(text, max(0, mention.start - 160), mention.start) is not None
        or _HISTORY_GROUP.search(text, window, mention.start) is not None
        or _RISK_BRACKET.search(text, max(0, mention.start - 120), mention.start) is not None
        or _QUALIFYING_CONDITION.search(text, max(0, mention.start - 160), mention.start) is not None
        or _NOUN_AFTER.match(text, mention.end) is not None
        or (mention.text.lower().endswith(" ill") and _PEOPLE_AFTER.match(text, mention.end) is not None)
        or _DEFINITION.search(text, max(0, mention.start - 120), mention.start) is not None
        or (mention.text.lower() in _SYMPTOMS and _SYMPTOM_FROM.match(text, mention.end) is not None)
        or _MISUSED_FOR.search(text, window, mention.start) is not None
        or _HINDRANCE.search(text, max(0, mention.start - 160), mention.start) is not None
        or (_ENABLED_GROUP.search(text, window, mention.start) is not None
            and _STAY_ON.match(text, mention.end) is not None)
        or (_PROCEDURE.search(mention.text) is not None
            and _AROUND_PROCEDURE.search(text, window, mention.start) is not None)
    )


_ENABLED_GROUP = re.compile(
    r"\b(?:lets?|allows?|helps?|enables?|permits?)\s+(?:many\s+|more\s+)?(?:people|patients|those|adults|children)\s+"
    r"with\s+[^.;:]*$", re.I)
_STAY_ON = re.compile(r"[^.;:]{0,80}?\b(?:stay|remain|continue|keep)(?:\s+taking|\s+using|\s+on)\b", re.I)
# "it lets people with kidney disease, heart failure or diabetes stay on RAAS inhibitors": who keep another therapy


_HINDRANCE = re.compile(
    r"\b(?:trouble|difficulty|difficulties|problems?)\s+(?:with|using|handling|taking)\b[^.;]*?\b(?:because\s+of|"
    r"due\s+to|owing\s+to)\s+(?:[\w-]+(?:,|\s+or|\s+and)?\s+){0,8}$", re.I)
# "for people who have trouble with handheld inhalers, for example because of arthritis, tremor ...": what keeps
# them from another product, not a use
_MISUSED_FOR = re.compile(
    r"\b(?:misus|abus)\w*\b[^;.]{0,60}?\bto\s+(?:self-?)?(?:treat|medicate|manage|ease)\s+$", re.I)
# "sometimes misused in very large amounts to self-treat opioid withdrawal": a misuse, not a use

# "given before dental procedures", "before and during anesthesia": when it is given, not what it treats
_PROCEDURE = re.compile(rf"\b(?:{PROCEDURES})\b", re.I)
_AROUND_PROCEDURE = re.compile(
    r"\b(?:before|after|during|following|prior\s+to|around)\s+(?:and\s+(?:during|after)\s+)?"
    r"(?:(?:certain|some|many|most|general|minor|major|elective|the|an?)\s+)*$", re.I)


_AROUND_PROCEDURE_AFTER = re.compile(
    r"\s+(before|prior\s+to|during)\s+(?:(?:an?|the|certain|some|minor|major|dental|medical|surgical|"
    rf"diagnostic|elective)\s+)*({PROCEDURES}|operations?|childbirth)\b", re.I)
# "anxiety before surgery or minor procedures": the use is the condition in that setting

# ", which is leakage with coughing or sneezing": what the condition before is, no use of its own
_DEFINITION = re.compile(
    r",\s+which\s+(?:is|are|means|involves?)\s+[^.;:]*$|"
    r",\s+an?\s+(?:rare\s+|uncommon\s+|heterogeneous\s+|small\s+)?(?:group|type|form|kind|family|class)\s+of\s+[^.;:()]*$|"
    r",\s+the\s+(?:periods?|episodes?|times?|spells?|phases?)\s+(?:of|when|in\s+which)\s+[^.;:()]*$", re.I)
# ("... who experience off episodes, the periods of returning stiffness and tremor", "MLNs with FGFR1 rearrangement,
# a rare group of blood cancers": what the use is)
_UMBRELLA = frozenset({"infections", "active infection", "severe infection", "bacterial infections", "arrhythmias",
                       "cancer", "tumors"})  # labels of headings over several uses ("Infections: 1 g daily")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'-]*)\s+$")
_GENERIC_BEFORE = frozenset({
    "serious", "severe", "bacterial", "acute", "chronic", "mild", "moderate", "recurrent", "susceptible", "certain",
    "other", "these", "common", "many", "most", "some", "various", "a", "an", "of", "for", "and",
    "or", "to", "treat", "treats", "treating", "prevent", "prevents", "preventing", "with", "in", "against",
    "fungal", "viral", "active", "invasive", "systemic", "local", "complicated", "uncomplicated", "mixed",
})


def _narrowed_before(text: str, mention: Mention) -> bool:
    """An umbrella word that ends a longer name the lexicon lacks ("herpes infections", "MAC infection") or points
    back at a use already named ("the return of the arrhythmia"): the specific use, not the umbrella, is meant."""
    word = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return word is not None and word.group(1).lower() not in _GENERIC_BEFORE

_SPECIFIED_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:caused\s+by|due\s+to|such\s+as|including|like|e\.\s?g\.)", re.I
)  # "infections caused by herpes simplex virus": the specific uses follow the umbrella word


_RECEPTOR_AFTER = re.compile(r"[\s-]+receptors?\b", re.I)  # "hormone receptor-positive": a target, no drug


def cued_clauses(ctx: RuleContext, text: str, mentions: list[Mention], cue: Guarded) -> list[tuple[int, int]]:
    """The "; "-separated clauses that carry an indication cue, less those that give the treatment to
    another drug ("treat the inflammation, usually with corticosteroids")."""
    out = []
    for lo, hi in clause_spans(text):
        own = any(ctx.subject.is_alias(m.text, m.candidates) and _TREATED_WITH.search(text, lo, m.start)
                  for m in mentions if lo <= m.start < hi)  # "X is treated with intravenous levothyroxine"
        if not own and not _cued(cue, text[lo:hi]):
            continue
        others = [m for m in mentions if lo <= m.start < hi and m.first(K.DRUG, K.DRUG_CLASS)
                  and not ctx.subject.is_alias(m.text, m.candidates) and not _RECEPTOR_AFTER.match(text, m.end)
                  and not _subject_described(ctx, text, lo, m, mentions) and not _subject_form(ctx, text, m, mentions)]
        if not own and any(_WITH_OTHER.search(text, lo, m.start) and not _given_with(ctx, text, lo, m, mentions)
                           for m in others):
            continue
        used = next((m for m in others if _OTHER_DRUG_USED.match(text, m.end)), None)
        if used is not None:  # what another drug "is used for" is its own use
            hi = used.start
            if not _cued(cue, text[lo:hi]):
                continue
        out.append((lo, hi))
    return out


def _subject_form(ctx: RuleContext, text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A form named right after the subject ("Brimonidine eye drops"): the subject itself, not another drug."""
    before = next((m for m in reversed(mentions) if m.end <= mention.start), None)
    return before is not None and not text[before.end:mention.start].strip() \
        and ctx.subject.is_alias(before.text, before.candidates)


_SUBJECT_USED = re.compile(
    r"\s+(?:\([^()]*\)\s+)?(?:is|are)\s+(?:\w+\s+)?(?:prescribed|used|given|indicated|approved|licensed)\b", re.I)
_PURPOSE_AFTER = re.compile(r",?\s+(?:to|for)\b", re.I)


def _given_with(ctx: RuleContext, text: str, lo: int, other: Mention, mentions: list[Mention]) -> bool:
    """The subject given with another drug for a purpose ("Omeprazole is prescribed for ..., and with antibiotics
    to eradicate Helicobacter pylori"): a use of the subject's, not a treatment by the other drug."""
    return _PURPOSE_AFTER.match(text, other.end) is not None and any(
        lo <= m.start < other.start and ctx.subject.is_alias(m.text, m.candidates) and _SUBJECT_USED.match(text, m.end)
        for m in mentions)


_IS_A = re.compile(r"\b(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+,?\s+){0,3}$", re.I)  # ("is an oral, brain-penetrant")


def _subject_described(ctx: RuleContext, text: str, lo: int, mention: Mention, mentions: list[Mention]) -> bool:
    """A class the subject is said to be ("Cephalexin is an oral antibiotic prescribed for ..."): what that
    class is used for here is the subject's use, not another drug's."""
    return mention.first(K.DRUG) is None and _IS_A.search(text, lo, mention.start) is not None and any(
        lo <= m.start < mention.start and ctx.subject.is_alias(m.text, m.candidates) for m in mentions)


_COURSE_OF_TREATMENT = re.compile(r"treatments?$", re.I)
_TREATMENT_OF = re.compile(r"\s+(?:of|for)\b", re.I)


def _cued(cue: Guarded, clause: str) -> bool:
    """The clause holds an indication cue; "treatment" alone is the course of it ("with treatment lasting more
    than two months", "during treatment"), which names no use, unlike "treatment of"."""
    return any(not _COURSE_OF_TREATMENT.match(found.group()) or _TREATMENT_OF.match(clause, found.end())
               for found in cue.finditer(clause))


def _coordinated_kinds(ctx: RuleContext, text: str, mention: Mention) -> list[tuple[str, Concept]]:
    """The kinds coordinated before a one-word use that the lexicon knows with it ("cutaneous or mucocutaneous
    candidiasis" names cutaneous candidiasis), each with its name; [] when it knows none."""
    if " " in mention.text:
        return []
    last = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)  # "mucocutaneous"
    others = coordinated_words(text, last.start()) if last is not None else []  # "cutaneous or"
    if last is None or not others:
        return []
    names = [f"{word} {mention.text}" for word in (*(w.group() for w in others), last.group(1))]
    found = [(name, ctx.lexicon_concept(name, K.CONDITION)) for name in names]
    return [(name, concept) for name, concept in found if concept is not None]


_BRACKET_WITHIN = re.compile(r"\s*\([\w' -]{1,25}\)\s+([\w-]+)")
_TIED_TO = re.compile(r"\s+(?:associated\s+with|linked\s+to|related\s+to)\s+", re.I)
_DUE_TO = re.compile(r"\s+(?:due\s+to|caused\s+by)\s+", re.I)


_NAMED_DISEASE = re.compile(r"\b(?:disease|disorder|syndrome|infections?)$", re.I)
_MORE_CONDITIONS = re.compile(r"\s*(?:,|\s(?:and|or))\s+(?:(?:the|other)\s+)?", re.I)


def _tied_condition_end(text: str, mention: Mention, mentions: list[Mention]) -> int | None:
    """Where the condition a symptom treated as a use is tied to ends ("agitation associated with dementia
    due to Alzheimer's disease"), or None: a named disease tied to another is that disease in a subgroup
    ("COPD associated with chronic bronchitis"), and a symptom tied to a list of conditions ("edema associated
    with heart failure, cirrhosis, and renal disease") is a use of its own next to them."""
    if _NAMED_DISEASE.search(mention.text):
        return None
    end, joint = mention.end, _TIED_TO
    while (link := joint.match(text, end)) is not None:
        tied = next((m for m in mentions if m.start == link.end()), None)
        if tied is None or tied.first(K.DRUG, K.DRUG_CLASS) or not tied.first(K.CONDITION):
            break
        end, joint = tied.end, _DUE_TO
    more = _MORE_CONDITIONS.match(text, end)
    if end == mention.end or (more and any(m.start == more.end() and m.first(K.CONDITION) for m in mentions)):
        return None
    return end


_CAUSED_BY_THERAPY = re.compile(
    r"\s+(?:(?:caused|induced|linked|associated|related)\s+(?:by|to|with)\s+(?:[\w-]+\s+){0,6}?|"
    r"from\s+(?:cancer\s+|the\s+)?)(?:adjuvant\s+)?"
    r"(chemotherapy|radiotherapy|radiation|surgery|anesthesia|opioid|"
    r"(?:endocrine|hormonal?|anti-?estrogen|androgen[\s-]deprivation)\s+therapy)s?"
    r"(?:\s+(?:pain\s+)?(?:medicines?|medications?|drugs?|analgesics|painkillers|pain\s+relievers|use|therapy))?\b"
    r"(?:\s+for\s+(?:[\w'-]+\s+)?[\w'-]+)?",
    re.I,
)  # ("constipation caused by opioid pain medicines": opioid-induced constipation; "hot flashes caused by adjuvant
# endocrine therapy for breast cancer": endocrine therapy-induced hot flashes, the cancer that therapy's use)
# a harm: "because it causes birth defects", "because of the risk of serious neuropsychiatric events", or a risk
# factor: "with additional bleeding risk factors such as coagulopathy"
_CAUSED = re.compile(
    r"(?<!-)\b(?:causes?|caused|can\s+cause|may\s+cause|(?:can\s+|may\s+)?contribute\s+to|contributes\s+to|"
    r"provokes?|provoked|triggers?|triggered|precipitates?)\s+"
    r"(?:[\w-]+\s+){0,2}(?:\(\s*(?:[\w-]+,?\s+){0,6})?$"  # "causes toxicity (tachycardia, QRS widening"
    r"|\b(?:because\s+of|due\s+to|given|carries|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?risks?\s+of\s+(?:[\w-]+\s+){0,3}$"
    r"|\)\s+due\s+to\s+$"  # "vaginal atrophy (VVA) due to menopause": the cause of the use named before
    r"|\bwarned\s+against\b[^.;]{0,40}\bbecause\s+of\s+(?:[\w-]+\s+){0,5}$"
    r"|\brisk\s+factors?\b[^.;]{0,40}$"
    r"|\b(?:raises?|increases?|doubles?|triples?|heightens?)\s+(?:the\s+)?risks?\s+of\s+"
    r"(?:[\w-]+(?:,|\s+and|\s+or)?\s+){0,6}$"  # "where it doubles the risk of death, stroke, and heart failure"
    r"|\b(?:tolerate|tolerated|intoleran\w+)\b[^.;]{0,50}\b(?:because\s+of|due\s+to|owing\s+to)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)  # ("cannot tolerate an ACE inhibitor because of cough": the other drug's harm)
_SYMPTOM_EXAMPLES = re.compile(
    r"\b(?:signs\s+(?:and|or)\s+)?symptoms\s+of\s+[^;.]{1,80}?,?\s+(?:such\s+as|including|like)\s+[^;.]*$", re.I
)  # "the symptoms of BPH, such as hesitancy and frequent urination": the condition's symptoms, not uses
_SYMPTOMS = frozenset({"pain", "stiffness", "swelling", "inflammation", "tenderness", "itching"})
_SYMPTOM_FROM = re.compile(r"(?:,?\s+(?:and\s+|or\s+)?[\w-]+){0,4}?\s+(?:from|caused\s+by|due\s+to|of)\s", re.I)
# "relieves pain, stiffness, and swelling from osteoarthritis", "the pain of trigeminal neuralgia": the
# symptoms of the use, not uses
_NOUN_AFTER = re.compile(r"\s+(?:alarms?|tests?|testing|screening|devices?|pumps?|clinics?|programs?|kits?|visits?|"
                         r"hospitali[sz]ations?|admissions?)\b|"
                         r"\s+(?:[^\W\d_][\w-]*\s+)?(?:status|expression)\b", re.I)
# "a bedwetting alarm", "an HIV test", "urgent heart failure visits": the condition only names the thing; "tumor FRα
# status": a marker of it
_PEOPLE_AFTER = re.compile(rf"\s+{PEOPLE}\b", re.I)  # "in critically ill adults": who, not what for
_QUALIFYING_CONDITION = re.compile(
    r"\b(?:(?:at\s+least\s+one|one\s+or\s+more)\s+(?:[\w-]+\s+){0,2}|(?:weight-related|obesity-related|related|"
    r"co-?existing|coexistent|accompanying|additional|underlying|associated)\s+)"
    r"(?:conditions?|comorbidit(?:y|ies)|illness(?:es)?|risk\s+factors?)\s*,?\s+(?:such\s+as|like|including|e\.g\.,?)"
    r"\s+(?:[\w-]+(?:,|\s+or|\s+and)?\s+){0,8}$", re.I)
# "adults with overweight plus at least one weight-related condition such as hypertension": what qualifies the
# patient for the use, not a use
_HISTORY_GROUP = re.compile(r"\b(?:people|patients|those|anyone)\s+with\s+(?:a\s+)?history\s+of\s+$", re.I)
_RISK_BRACKET = re.compile(
    r"\b(?:high(?:er)?[\s-]risk|at\s+(?:high\s+|higher\s+|increased\s+)?risk)\s+(?:[\w-]+\s+)?\([^()]*$", re.I
)  # "in higher-risk patients (e.g., a history of PONV or motion sickness)": what puts them at risk, not uses
_NOT_ADVISED = re.compile(
    r"[^.;:]{0,40}?\b(?:is|are)\s+not\s+(?:recommended|advised|approved|indicated)\b", re.I
)  # "use ... to treat delirium is not recommended"
_NOT_FOR = re.compile(
    r"\b(?:must|should|can|may)\s+not\s+be\s+(?:used|given|taken|prescribed)\s+(?:to\s+(?:treat|promote|prevent|"
    r"manage|help)|for|as|in)\s+[^.;:]*$|\bnever\s+be\s+(?:used|given|taken|prescribed)\s+(?:to|for|as|in)\s+[^.;:]*$|"
    r"\bnot\s+(?:recommended|approved|indicated)\s+as\s+(?:an?\s+)?(?:treatment|therapy)\s+for\s+[^.;:]*$|"
    r"\b(?:is|are)\s+not\s+(?:recommended|approved|indicated|advised|suitable)\s+for\s+[^.;:]*$",
    re.I,
)  # "it must not be used to treat obesity or to promote weight loss", "should not be used in type 1 diabetes", "is
# not recommended for chronic pain"
_WITH_OR_WITHOUT = re.compile(r"\bwith\s+(?:or|and)\s+without\s+(?:[\w-]+\s+){0,2}$", re.I)
# "panic disorder with or without agoraphobia": a feature of the use, not a use
_EARLIER_ILLNESS = re.compile(
    r"\b(?:that|which)\s+(?:persists?|remains?|lingers?|follows?|occurs?|develops?)\s+after\s+(?:an?\s+|the\s+)?$", re.I
)  # "nerve pain that persists after shingles": the illness it follows, not the use
_OWN_EFFECT = re.compile(r"\bits\s+(?:[\w-]+\s+(?:and\s+|or\s+)?)?$", re.I)
# "its sedative and anticholinergic effects can contribute to delirium": what the drug does, not a use
_OTHER_DRUG_USED = re.compile(
    r"(?:\s+[\d.]+\s*(?:mg|mcg|g)\b)?(?:\s*\([^()]{1,40}\))?"  # "semaglutide 2.4 mg (Wegovy)"
    r"(?:(?:\s*,[^,;]{1,40},)?\s+(?:(?:is|are|may|can|might|could)\s+(?:\w+\s+){0,2}?(?:be\s+)?)?"
    r"(?:used|given|prescribed|preferred)\s+(?:for|to|in)\b|"
    r"(?:\s*,[^,;]{1,40},)?\s+(?:is|are|remains?)\s+(?:the\s+)?(?:first-line|preferred|standard|mainstay|"
    r"(?:drug|treatment)\s+of\s+choice)\b|"
    r"\s+(?:is|are)\s+(?:among|one\s+of)\s+the\s+(?:\w+\s+){0,2}?(?:licensed|approved|used|indicated)\s+(?:for|to|in)\b)",
    re.I)
# (also "sildenafil, a different agent, may occasionally be used for", "epinephrine is the first-line treatment",
# "semaglutide 2.4 mg (Wegovy) is among the medicines licensed for obesity")
# "intravenous sodium bicarbonate is used for conduction abnormalities": another drug's use
_BRACKET_INSIDE = re.compile(r"([\w-]+)\s*\([^()]{1,40}\)\s*$")
_WITH_FEATURE = re.compile(
    r"(?:,\s+(?:mainly|mostly|chiefly|especially|particularly|primarily))?\s+with\s+"
    r"(?:(?:objective|clinical|laboratory|radiographic|imaging)\s+)?(?:(?:signs?|evidence|features?)\s+of\s+)?")
# "heart failure with reduced ejection fraction", "heart failure, mainly with reduced ejection fraction", "... with
# objective signs of inflammation": a feature of the use
_IN_PEOPLE_WITH = re.compile(
    rf"(?:\s*\([^()]{{1,20}}\)|\))?(?:\s+(?:disease|infections?))?(?:\s+(?:coming\s+back|returning|recurring|occurring))?"
    rf"\s+in\s+(?:(?:[\w-]+\s+)?{PEOPLE}\s+(?:with|recovering\s+from|living\s+with|"
    r"who\s+(?:have|had|have\s+had)\s+(?:an?\s+)?)|(?=(?:advanced|established|late-stage|end-stage)\s))\s*"
    r"(?:advanced|known|established|underlying|late-stage|end-stage)?\s*")
# "MAC infection in people with advanced HIV", "herpes in adults living with HIV", "MAC prevention in advanced HIV",
# "encephalopathy coming back in people with cirrhosis"
_AFTER_PROCEDURE = re.compile(
    rf"\)?(?:\s*\([^()]{{1,40}}\))?(?:\s+(?:or|and)\s+(?:disease|illness|reactivation))?"
    rf"(?:\s+in\s+(?:[\w-]+\s+)?{PEOPLE})?\s+(?:after|following)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}[\w-]+,?\s+(?:or|and)\s+)?(?:solid\s+)?", re.I)
_EVENT = re.compile(r"transplant|^(?:menopause|childbirth|surgery)$", re.I)
# "CMV disease after kidney or heart transplantation", "osteoporosis after menopause": the event is when, not what
# (also "CMV infection or disease after hematopoietic stem cell or solid organ transplantation")
_SETTING_GOES_ON = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:,\s*)?(?:(?:and|or|and/or|including|such\s+as)\s+)?"
                              rf"(?:{PEOPLE}\s+whose\s+)?"
                              r"(?:who\s+(?:already\s+|also\s+)?(?:have|has|had)\s+)?(?:an?\s+)?", re.I)
# "... in adults with chronic non-cancer pain, including patients whose chronic pain is ...": the same setting
_GLOSS_OPEN = re.compile(r"\s*\(\s*(?:(?:sudden|brief|temporary|recurrent|episodes?\s+of|attacks?\s+of)\s+)?", re.I)
_CRITERIA_BRACKET = re.compile(
    r"\(\s*(?:(?:fewer|more|less|greater)\s+than|at\s+least|up\s+to|under|over|\d)[^()]*\)", re.I)
# "episodic migraine (fewer than 15 headache days a month)": how the use is defined, no use of its own
_DESCRIBED = re.compile(r"[^()]*\b(?:of|caused\s+by|due\s+to|from|triggered\s+by|brought\s+on\s+by)\b[^()]*\)")
# "onychomycosis (fungal infection of the nails)", "angina (chest pain caused by narrowed arteries)", "cataplexy
# (sudden muscle weakness triggered by emotions)": the bracket
# explains the use before it (a bracket naming just one condition is read by _glosses)
_COURSE_BEFORE = re.compile(r"\b(chronic|acute|recurrent|persistent|refractory)\s+$", re.I)
_RISK_AFTER = re.compile(r"(?:\s+risk)?\s+factors?\b", re.I)  # "bleeding risk factors" (the mention may end in "risk")
_ACCOMPANIED = re.compile(r"\b(?:that|which)\s+(?:accompany|accompanies|go\s+with|goes\s+with)\s+"
                          r"(?:[\w-]+(?:,|\s+or|\s+and)?\s+){0,3}$", re.I)
# "the depressive symptoms that accompany alcoholism": the use is the symptoms, in a setting
_SUBGROUP = re.compile(
    r"\b(?:especially|particularly|notably)\s+(?:in|for)\s+(?:patients|people|those|adults|children)\s+with\s+"
    r"(?:[\w-]+(?:,|\s+or|\s+and)?\s+){0,6}$",
    re.I,
)  # "..., especially in patients with heart failure": a subgroup of the stated use, not another use
_CAUSE_KIND = re.compile(
    r"\b(infectious|bacterial|viral|fungal|parasitic|traveler'?s'?|candida|candidal|anaerobic|staphylococcal|"
    r"streptococcal|pneumococcal|gram-negative|gram-positive|idiopathic|(?!drug-|medication-)[a-z]+-(?:induced|related|"
    r"associated))\s+$",
    re.I,
)  # the cause names a narrower indication: "Candida peritonitis", "anaerobic bacterial infections", "steroid-induced
# edema", "idiopathic edema"
_THERAPY = r"(?:chemotherapy|radiotherapy|radiation(?:\s+therapy)?|therapy|treatment|surgery|transplant\w*)"
_UNDERGOING = r"\b(?:receiving|undergoing|starting|during|before|after|linked\s+to|related\s+to)\s+(?:[\w-]+\s+)?"
_OTHER_THERAPY_FOR = re.compile(
    rf"(?:{_UNDERGOING}{_THERAPY}|\b(?:also|already)\s+(?:being\s+)?treated)\s+for\s+"
    r"(?:[\w-]+(?:,|\s+or|\s+and)?\s+){0,8}(?:\(\s*)?$", re.I)
# (also "men who are also being treated for BPH", and the acronym after the name: "... hyperplasia (BPH)")
_OTHER_THERAPY_BEFORE = re.compile(rf"{_UNDERGOING}$", re.I)
_THERAPY_AFTER = re.compile(rf"\s+{_THERAPY}\b", re.I)
_ADJUVANT = re.compile(r"\b(?:(?:neo)?adjuvant|recurrence|relapse)\b", re.I)


def other_therapy_target(text: str, mention: Mention) -> bool:
    """A condition another therapy treats ("patients starting chemotherapy for leukemia", "during cancer
    chemotherapy"): the subject is given alongside, not for it."""
    window = max(0, mention.start - 120)
    other = _OTHER_THERAPY_FOR.search(text, window, mention.start)
    if other:  # "as adjuvant therapy after surgery for early breast cancer", "lowers the chance of recurrence after
        # surgery for DCIS": the subject follows up the surgery
        return _ADJUVANT.search(text, max(0, other.start() - 40), other.start()) is None
    return bool(_OTHER_THERAPY_BEFORE.search(text, window, mention.start)) and bool(
        _THERAPY_AFTER.match(text, mention.end))


_DOSING_LABEL_NOT_A_USE = re.compile(
    r"\b(?:(?:renal|kidney|hepatic|liver)\s+(?:impairment|failure|insufficiency|disease|dysfunction)|impairment|"
    r"insufficiency|dialysis|clearance|crcl|egfr|elderly|older|geriatric|children|"
    r"pediatric|paediatric|adults?|adolescents?|infants?|neonates?|weight|obes\w*|pregnan\w*|breast-?feeding|lactat\w*|"
    r"missed|"
    r"overdos\w*|switch\w*|conversion|converting|maximum|titration|maintenance|loading|initial|starting|"
    r"intravenous|oral|iv|im|route|administration|impaired|disease\s+severity|in|during|after|before|most)\b",
    re.I,
)
_NO_DOSING_USE = _NOT_INDICATIONS | _UMBRELLA
_LABEL_SHARE = 0.6  # of a dosing label's characters a condition's name must cover to be what the label names
_DOSE_OPENING = re.compile(r"\s*(?:\d|one|two|half|initially|start)", re.I)
_ADJUSTMENT_HEADING = re.compile(r"\b(?:adjust\w*|special\s+(?:cases|populations)|modifications?)\b", re.I)
_LISTING_LABEL = re.compile(
    r"([A-Z][\w '/-]{2,60}(?:(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[\w '/-]{3,60}){0,4}):\s+")


def dosing_label_uses(ctx: RuleContext, unit: Unit) -> None:
    """A dosing bullet labelled with a condition ("Latent TB infection: 10 mg/kg once daily") gives the
    dose for a use; labels naming a population, an organ impairment or a step of dosing are no uses."""
    label, text = unit.label, unit.text
    if not label:  # a listing label too long to be taken as one ("A, B, and C: 10 mg once daily")
        listing = _LISTING_LABEL.match(text)
        label, text = (listing.group(1), text[listing.end():]) if listing else ("", text)
    if not label or _DOSING_LABEL_NOT_A_USE.search(label) or not _DOSE_OPENING.match(text) or any(
            _ADJUSTMENT_HEADING.search(h) for h in (unit.heading, *unit.parents)):
        return  # (under "Dosage Adjustments", "Hepatic cirrhosis: 30 mg" is the case the dose is changed for)
    label = label.strip(" *")
    for mention in find_mentions(label, ctx.lexicon):
        if not usable(mention) or mention.first(K.DRUG, K.DRUG_CLASS, K.POPULATION) is not None:
            continue
        if len(mention.text) < _LABEL_SHARE * len(label_part(label, mention.start)):
            continue  # "Infectious diarrhea", "Cancer therapy": the label names more than the mention
        concept = pick(mention, (K.CONDITION, K.ADVERSE_EFFECT))
        if concept is not None and _reversed(label, mention):
            reversal(ctx, unit, mention)
        elif concept is not None and concept.label.lower() not in _NO_DOSING_USE:
            ctx.emit(Relation.INDICATED_FOR, as_kind(concept, K.CONDITION), unit, mention.text)


_REVERSAL_BEFORE = re.compile(r"\b(?:reversal\s+of|revers(?:e|es|ing)|to\s+reverse)\s+(?:the\s+)?(?:residual\s+)?"
                              r"(?:effects?\s+of\s+)?$", re.I)  # "Reversal of neuromuscular blockade: 0.5 mg/kg"


_DRUG_STATE = re.compile(r"(?:blockade|block|sedation|anticoagulation|paralysis|relaxation)$", re.I)


def _reversed(text: str, mention: Mention) -> bool:
    """A state another drug induced, named as what the drug reverses ("reversal of neuromuscular blockade"; not
    "reversal of bronchospasm", which is treating it)."""
    return _DRUG_STATE.search(mention.text) is not None and \
        _REVERSAL_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


def reversal(ctx: RuleContext, unit: Unit, mention: Mention) -> None:
    """What the drug reverses is no condition it treats: the use is its reversal ("neuromuscular blockade
    reversal"), a name of its own."""
    name = f"{mention.text.lower()} reversal"
    ctx.emit(Relation.INDICATED_FOR, ctx.concept_for(name, K.CONDITION),
             unit, name)


def label_part(label: str, offset: int) -> str:
    """The item of a listing label ("Primary hyperlipidemia, familial hypercholesterolemia, and mixed
    hyperlipidemia") that holds ``offset``: each item is a use of its own."""
    start = 0
    for separator in NAME_LIST_SPLIT.finditer(label):
        if separator.start() >= offset:
            return label[start:separator.start()]
        start = separator.end()
    return label[start:]
