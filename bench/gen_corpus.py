"""Synthetic monograph corpus for benchmarks: N files in the seed monographs' format.

Every file has YAML front matter (title, description, lastModified and FAQs carrying the same
``?**`` / ``A:**`` markdown debris as the seed) and all body sections of the seed (usage,
alternate names, how it works, dosage with sub-sections, side effects in four tiers,
contraindications, interactions, pregnancy, summary, popular combinations, precautions, FAQs).
Names are real lexicon concepts (drugs, classes, conditions, adverse effects, monitoring
parameters); the relations between them are drawn at random from sentence templates, so the
text is plausible but not medical advice. Output is a pure function of ``(N, seed)``.

Usage::

    python bench/gen_corpus.py N OUT [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.lexicon import load_lexicon  # noqa: E402
from extract.model import Concept, EntityKind  # noqa: E402
from extract.text import slugify  # noqa: E402

PLAIN = re.compile(r"^[A-Za-z][A-Za-z' -]*[A-Za-z]$")
MAX_LEN = {EntityKind.DRUG: 24, EntityKind.DRUG_CLASS: 40, EntityKind.CONDITION: 40,
           EntityKind.ADVERSE_EFFECT: 32, EntityKind.MONITORING: 40}


@dataclass(frozen=True)
class Names:
    """Lexicon labels per kind, filtered to plain names and sorted (deterministic for a lexicon)."""

    drugs: tuple[str, ...]
    classes: tuple[str, ...]
    conditions: tuple[str, ...]
    effects: tuple[str, ...]
    monitoring: tuple[str, ...]


def _plain(concept: Concept) -> bool:
    limit = MAX_LEN.get(concept.kind, 0)
    return 4 <= len(concept.label) <= limit and bool(PLAIN.match(concept.label))


def lexicon_names(concepts: Sequence[Concept] | None = None) -> Names:
    """Plain, reasonably short labels of the lexicon's concepts, grouped by kind."""
    concepts = concepts if concepts is not None else load_lexicon().concepts
    by_kind: dict[EntityKind, set[str]] = {kind: set() for kind in EntityKind}
    for concept in concepts:
        if _plain(concept) and (concept.kind != EntityKind.DRUG or concept.ids):
            by_kind[concept.kind].add(concept.label)
    pick = {kind: tuple(sorted(labels)) for kind, labels in by_kind.items()}
    return Names(pick[EntityKind.DRUG], pick[EntityKind.DRUG_CLASS], pick[EntityKind.CONDITION],
                 pick[EntityKind.ADVERSE_EFFECT], pick[EntityKind.MONITORING] or ("INR", "blood pressure"))


INTERACTION = (
    "{other} raises {drug} levels and increases the risk of {effect}.",
    "{cls} (for example {other} and {other2}) may increase the risk of {effect} when taken with {drug}.",
    "{other} inhibits {drug} metabolism; lower doses may be needed.",
    "Combining {drug} with {other} can cause {effect}; monitor {monitor} closely.",
    "{other} may reduce the effect of {drug}.",
    "No clinically significant interaction with {other2} has been reported.",
)
CONTRA = ("{condition}", "Hypersensitivity to {drug}", "Severe {condition}",
          "Patients with {condition} or {condition2}")
FAQ = (
    ("Can I take {other} with {drug}?", "{other} may increase the risk of {effect}; ask a prescriber first."),
    ("Is {drug} safe during pregnancy?", "{drug} should be used in pregnancy only if clearly needed."),
    ("What should be monitored during {drug} therapy?", "{Monitor} and any signs of {effect}."),
    ("Does {drug} cause {effect}?", "{Effect} is reported in some patients, usually early in treatment."),
)


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots, **{k.capitalize(): v[:1].upper() + v[1:] for k, v in slots.items()})


def _slots(rng: random.Random, names: Names, drug: str) -> dict[str, str]:
    return {
        "drug": drug, "other": rng.choice(names.drugs), "other2": rng.choice(names.drugs),
        "cls": rng.choice(names.classes), "condition": rng.choice(names.conditions),
        "condition2": rng.choice(names.conditions), "effect": rng.choice(names.effects),
        "monitor": rng.choice(names.monitoring),
    }


def _faq_yaml(question: str, answer: str) -> str:
    q = json.dumps(f"{question}**\n\n**A:** {answer}")
    return f"  - q: {q}\n    a: {json.dumps('A:** ' + answer)}\n"


def monograph(rng: random.Random, names: Names, drug: str) -> str:
    """One monograph for ``drug`` with randomly drawn relations (all sections of the seed)."""
    s = _slots(rng, names, drug)
    draw = lambda: _slots(rng, names, drug)  # noqa: E731
    use = f"{drug} belongs to the {s['cls']} and is used to treat {s['condition']} and to prevent {s['condition2']}."
    faqs = [(_fill(q, t), _fill(a, t)) for q, a, t in
            ((q, a, draw()) for q, a in rng.sample(FAQ, k=rng.randint(2, len(FAQ))))]
    inter = [_fill(rng.choice(INTERACTION), draw()) for _ in range(rng.randint(3, 8))]
    contra = list(dict.fromkeys(_fill(rng.choice(CONTRA), draw()) for _ in range(rng.randint(2, 5))))
    effects = [[draw()["effect"] for _ in range(rng.randint(2, 5))] for _ in range(3)]
    adults, high = rng.choice((1, 2, 5, 10, 25, 50)), rng.choice((2, 3, 4))
    lines = [
        "---", f"title: {json.dumps(drug)}", "description: >-", f"  - {use}", "is_banned: false",
        f"lastModified: '2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00.000Z'", "faqs:",
        "".join(_faq_yaml(q, a) for q, a in faqs).rstrip("\n"), "---",
        "## **Usage**", "", f"- {use}", f"- **Pharmacological Classification:** {s['cls'].title()}",
        f"- **Mechanism of Action:** {drug} acts on its target receptors to relieve {s['condition']}.", "",
        "## **Alternate Names**", "", f"- {drug.upper()}, {drug} tablets", "",
        "## **How It Works**", "", f"- **Pharmacokinetics:** {drug} is absorbed orally and cleared by the liver.", "",
        "## **Dosage**", "", "### **Standard Dosage**", "", "#### **Adults:**", "",
        f"- {adults}-{adults * high} mg once daily by mouth.", "", "#### **Children:**", "",
        f"- {max(1, adults // 2)} mg/kg daily under specialist supervision.", "", "#### **Special Cases:**", "",
        f"- **Elderly Patients:** Start at {adults} mg daily; check {s['monitor']} more often.", "",
        "### **Clinical Use Cases**", "", f"- **{s['condition'].title()}:** {adults * high} mg daily.", "",
        "## **Side Effects**", "", "### **Common Side Effects**", "", f"- {', '.join(effects[0])}", "",
        "### **Rare but Serious Side Effects**", "", f"- {', '.join(effects[1])}", "",
        "### **Long-Term Effects**", "", f"- Long-term use may cause {effects[2][0]}.", "",
        "### **Adverse Drug Reactions (ADR)**", "", f"- {', '.join(effects[2])}", "",
        "## **Contraindications**", "", *(f"- {c}" for c in contra), "",
        "## **Drug Interactions**", "", *(f"- {i}" for i in inter), "",
        "## **Pregnancy and Breastfeeding**", "", f"- Use {drug} in pregnancy only if clearly needed.", "",
        "## **Drug Profile Summary**", "", f"- **Side Effects:** {', '.join(effects[0])}.",
        f"- **Monitoring Parameters:** {s['monitor']}.", "",
        "## **Popular Combinations**", "", f"- Often combined with {s['other']} for {s['condition']}.", "",
        "## **Precautions**", "", f"- Check {s['monitor']} at the start of therapy.", "",
        "## **FAQs (Frequently Asked Questions)**", "",
    ]
    for number, (question, answer) in enumerate(faqs, 1):
        lines += [f"### **Q{number}: {question}**", "", f"**A:** {answer}", ""]
    return "\n".join(lines)


def generate(n: int, out: str | Path, *, seed: int = 0, names: Names | None = None) -> list[Path]:
    """Write ``n`` monographs into ``out`` (created); return their paths in order."""
    names = names or lexicon_names()
    rng = random.Random(seed)
    order = list(names.drugs)
    rng.shuffle(order)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        drug = order[index % len(order)]
        path = folder / f"{index:06d}-{slugify(drug)}.md"
        path.write_text(monograph(rng, names, drug), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("n", type=int, help="number of monographs")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = generate(args.n, args.out, seed=args.seed)
    print(f"wrote {len(paths)} monographs to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
