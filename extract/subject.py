"""Who a monograph is about, and which surface forms name that drug."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.lexicon import Lexicon, match_key
from extract.model import Concept, Document, EntityKind
from extract.text import slugify

SALTS = ("sodium", "potassium", "hydrochloride", "sulfate", "citrate", "acetate", "maleate", "mesylate", "tartrate",
         "succinate", "fumarate", "phosphate", "bromide", "chloride", "hyclate", "calcium", "besylate", "bisulfate",
         "hydrobromide", "tosylate", "malate", "lactate", "gluconate", "stearate", "estolate", "ethylsuccinate",
         # esters and prodrug forms sold under the drug's name
         "axetil", "pivoxil", "proxetil", "medoxomil", "cilexetil", "mofetil", "etexilate", "disoproxil",
         "dipropionate", "propionate", "furoate", "valerate", "acetonide", "decanoate")
_SALT_WORDS = frozenset({
    *SALTS, "hcl", "sulphate", "monohydrate", "dihydrate", "tablets", "injection", "extended", "release", "er", "xr",
    "sr", "oral", "solution",
})  # words a title adds to its drug's name
_INN_SUFFIXES = frozenset({"alfa", "beta", "pegol"})  # "efgartigimod alfa" in Efgartigimod's monograph
# product forms the lexicon files apart from their drug ("cholestyramine resin", "nitroglycerin spray"): in the
# drug's own text they name the drug
_PRODUCT_FORMS = ("resin", "patch", "spray", "cream", "gel", "gum", "lozenge", "lozenges", "implant", "inhalers",
                 "inhalation", "nasal", "otic", "buccal", "sublingual", "vaginal", "viscous", "liposomal",
                 "capsules", "injections", "suspension", "intramuscular", "subcutaneous")


@dataclass
class Subject:
    """The monograph's drug plus every name that refers to it."""

    concept: Concept
    names: set[str] = field(default_factory=set)
    tokens: frozenset[str] = frozenset()
    salt_keys: frozenset[str] = frozenset()  # lexicon drugs that are this drug under another entry
    ingredients: frozenset[str] = frozenset()  # the drugs a combination title joins ("A-B", "A/B", "A and B")

    def is_concept(self, concept: Concept) -> bool:
        """True when ``concept`` is the subject's drug, a lexicon entry for one of its salts, or one for the same
        combination in another order ("trimethoprim-sulfamethoxazole" for Sulfamethoxazole-Trimethoprim)."""
        if concept.kind != EntityKind.DRUG:
            return False
        return concept.key == self.concept.key or concept.key in self.salt_keys or (
            bool(self.ingredients) and {match_key(p) for p in _joined_parts(concept.label)} == self.ingredients)

    def is_alias(self, text: str, candidates: tuple[Concept, ...] = ()) -> bool:
        """True when ``text`` names the subject: a known alias, the same concept, or a moiety of the title."""
        key = match_key(text)
        if key in self.names:
            return True
        if any(self.is_concept(c) for c in candidates):
            return True
        words = key.split()
        return bool(words) and all(w in self.tokens or w in _INN_SUFFIXES for w in words) \
            and any(w in self.tokens and w not in _SALT_WORDS for w in words)

    def is_salt_form(self, text: str) -> bool:
        """True when ``text`` is the subject's name with a salt or ester word ("cefuroxime sodium")."""
        words = match_key(text).split()
        base = [w for w in words if w not in _SALT_WORDS]
        return bool(base) and len(base) < len(words) and all(w in self.tokens for w in base)

    def is_component(self, text: str) -> bool:
        """True when ``text`` names one ingredient of a combination title, or a salt of one ("trimethoprim" in
        Sulfamethoxazole-Trimethoprim, "trospium chloride" in Xanomeline/Trospium): it stands for the subject in
        a sentence, but is no name of it."""
        key = match_key(text)
        base = " ".join(w for w in key.split() if w not in _SALT_WORDS)
        return key in self.ingredients or base in self.ingredients


def resolve_subject(doc: Document, lexicon: Lexicon) -> Subject:
    """The drug concept a monograph is about: the lexicon's concept for its title, else a new one."""
    title = doc.title.strip()
    concept = _lookup_drug(title, lexicon)
    base = " ".join(w for w in re.split(r"\s+", title) if w.lower() not in _SALT_WORDS)
    if base and base != title and len(base) > 3:
        # Salt forms are one concept with their base drug ("sildenafil citrate" -> sildenafil).
        parent = _lookup_drug(base, lexicon)
        if parent is not None and match_key(base) == match_key(parent.label):
            concept = parent
    if concept is None:
        concept = Concept(EntityKind.DRUG, slugify(title), title)
    names = {match_key(title), match_key(concept.label)}
    ingredients = _ingredients(title, lexicon)
    tokens = frozenset(match_key(title).split()) | frozenset(match_key(concept.label).split()) | frozenset(
        word for ingredient in ingredients for word in ingredient.split())  # "A/B" keys as one word "a/b"
    return Subject(concept, names, tokens, _salt_entries(base or title, concept, lexicon), ingredients)


_JOINER = re.compile(r"\s*(?:[-/+]|\band\b|\bwith\b)\s*", re.IGNORECASE)


def _ingredients(title: str, lexicon: Lexicon) -> frozenset[str]:
    """Keys of the drugs a combination title joins, when every part is a drug of its own."""
    parts = _joined_parts(title)
    if len(parts) < 2 or any(_lookup_drug(p, lexicon) is None for p in parts):
        return frozenset()
    return frozenset(match_key(p) for p in parts)


def _joined_parts(name: str) -> frozenset[str]:
    return frozenset(p for p in _JOINER.split(name) if p.strip())


def _salt_entries(base: str, concept: Concept, lexicon: Lexicon) -> frozenset[str]:
    """Keys of lexicon drugs named by a salt or product form of the subject ("levothyroxine sodium" is filed
    under thyroxine): the same drug under another entry, so its brands and mentions name the subject too."""
    keys = set()
    stem = match_key(base)
    for salt in (*SALTS, *_PRODUCT_FORMS):  # match keys already: one normalisation for all of them
        found = next((c for c in lexicon.lookup_key(f"{stem} {salt}") if c.kind == EntityKind.DRUG), None)
        if found is not None and found.key != concept.key:
            keys.add(found.key)
    return frozenset(keys)


def _lookup_drug(text: str, lexicon: Lexicon) -> Concept | None:
    for concept in lexicon.lookup(text):
        if concept.kind == EntityKind.DRUG:
            return concept
    return None
