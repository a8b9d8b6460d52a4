"""Dose guidelines ("200-400 mg of elemental magnesium per day, taken orally") from dosage text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extract.model import Dose
from extract.units import Unit

_DOSE = re.compile(
    r"(?P<min>\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<max>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>mg/kg|mcg/kg|mg|mcg|µg|g|mL|ml|units?|IU|mEq|mmol)\b"
    r"(?:[^.;]{0,60}?\b(?:per|/|a|every)\s*(?P<per>day|dose|week|hour|h|kg|daily)\b)?",
    re.IGNORECASE,
)
_DAILY = re.compile(r"\b(?:daily|once a day|per day|a day|/day)\b", re.I)
_ROUTE = re.compile(
    r"\b(orally|oral|by mouth|intravenous(?:ly)?|IV|intramuscular(?:ly)?|IM|subcutaneous(?:ly)?|topical(?:ly)?|"
    r"inhaled|rectal(?:ly)?|sublingual(?:ly)?)\b"
)
_ROUTES = {"orally": "oral", "by mouth": "oral", "iv": "intravenous", "im": "intramuscular"}
_POPULATION_WORDS = ("adult", "child", "pediatric", "paediatric", "elderly", "older", "infant", "neonat",
                     "adolescent", "renal", "hepatic", "pregnan")


def _population(unit: Unit) -> str:
    for text in (unit.label, unit.heading, *reversed(unit.parents)):
        lowered = text.lower().strip("*: ")
        if any(word in lowered for word in _POPULATION_WORDS):
            return lowered.rstrip(":")
    return "adults"


def _route(text: str) -> str | None:
    match = _ROUTE.search(text)
    if not match:
        return None
    word = match.group(1).lower()
    return _ROUTES.get(word, word.removesuffix("ly") if word.endswith("ly") else word)


def doses_in(units: Iterable[Unit]) -> Iterator[Dose]:
    """Dose guidelines in the dosage sections; a bare number without a unit is not a dose."""
    for unit in units:
        if unit.kind != "dosage":
            continue
        for match in _DOSE.finditer(unit.text):
            low = float(match.group("min"))
            high = float(match.group("max")) if match.group("max") else low
            if high < low:
                low, high = high, low
            per = match.group("per")
            if per is None and _DAILY.search(unit.text):
                per = "day"
            yield Dose(
                population=_population(unit),
                minimum=low,
                maximum=high,
                unit=match.group("unit").replace("µg", "mcg"),
                per=("day" if per and per.lower() == "daily" else per.lower() if per else None),
                route=_route(unit.text),
                text=unit.text,
            )
