"""Extractors: turn a parsed document into field values (rules, user callables, …)."""

from __future__ import annotations

from typing import Any

from ..errors import OptionError
from .base import CallableExtractor, Extracted, Extractor, FieldValue

__all__ = [
    "CallableExtractor",
    "Extracted",
    "Extractor",
    "FieldValue",
    "resolve_extractor",
]

METHODS = ("rules", "ai", "rules+ai")


def resolve_extractor(method: Any, **options: Any) -> Extractor:
    """Normalise ``method=`` once: a name, an :class:`Extractor`, or a callable ``(text, fields)``.

    ``options`` go to the named extractor's constructor (e.g. ``dayfirst=True`` for rules).

    >>> resolve_extractor("rules").name
    'rules'
    """
    if isinstance(method, Extractor):
        return method
    if isinstance(method, str):
        if method == "rules":
            from .rules import RulesExtractor

            return RulesExtractor(**options)
        if method in ("ai", "rules+ai"):
            # Configured from OPENAI_API_KEY / OPENAI_BASE_URL / PDFKIT_NB_AI_MODEL.
            from .ai import AIExtractor, HybridExtractor

            dayfirst = options.pop("dayfirst", None)
            ai = AIExtractor.from_env(**options)
            return ai if method == "ai" else HybridExtractor(ai, dayfirst=dayfirst)
        raise OptionError(
            f"unknown method {method!r}; use one of {', '.join(repr(m) for m in METHODS)}, "
            "an Extractor, or a function (text, fields) -> dict"
        )
    if callable(method):
        return CallableExtractor(method)
    raise OptionError(
        "method must be a name such as 'rules', an Extractor or a callable, "
        f"not {type(method).__name__}"
    )
