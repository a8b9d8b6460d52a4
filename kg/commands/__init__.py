"""CLI command modules. Each module defines ``register(app)`` adding its Typer commands.

Keeping commands in their own modules keeps ``kg/cli.py`` small and lets each feature
(traversal, serving, validation, ...) own its command-line surface.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    """Import every command module and let it add its commands to ``app``."""
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{module.name}").register(app)
