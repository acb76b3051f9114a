"""Text columns that survive strings UTF-8 cannot encode."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

__all__ = ["html_escape", "printable", "string_array"]


def string_array(values: Sequence[Any]) -> Any:
    """A pandas ``string`` array of ``values`` (``None`` for missing).

    Python-backed when a value holds a lone surrogate: a file name that is not valid UTF-8
    comes from ``os.listdir`` with its bytes escaped that way, and pyarrow-backed strings
    refuse it (the whole DataFrame failed). The exact name is kept: it is what opens the file.
    """
    import pandas as pd

    try:
        return pd.array(values, dtype="string")
    except (UnicodeError, ValueError):
        return pd.array(values, dtype=pd.StringDtype("python"))


def printable(text: str) -> str:
    """``text`` as it can be written as UTF-8: bytes a file name escaped as surrogates
    (``os.fsdecode``) come back as ``\\xe9``, any other lone surrogate as ``\\ud835``.

    >>> printable("rechnung_\\udce9.pdf"), printable("ok")
    ('rechnung_\\\\xe9.pdf', 'ok')
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def html_escape(text: str) -> str:
    """``html.escape`` of :func:`printable` text: a front end receives the HTML as UTF-8 JSON.

    >>> html_escape("<b>a_\\udce9.pdf</b>")
    '&lt;b&gt;a_\\\\xe9.pdf&lt;/b&gt;'
    """
    return html.escape(printable(text))
