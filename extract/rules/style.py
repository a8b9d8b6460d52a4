"""Whether a document's interaction sentences name their subject (explicit style) or leave it implicit.

Label excerpts that mostly name the subject use their other sentences for other drug pairs, so the
implicit-subject statements of such a document are withheld; full monographs never withhold them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from extract.model import Statement
from extract.rules.base import RuleContext

MIN_SENTENCES = 4
EXPLICIT_SHARE = 0.75


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
