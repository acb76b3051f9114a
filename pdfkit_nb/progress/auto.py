"""Pick a progress display for the environment and normalise the ``progress=`` argument."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable
from typing import cast

from ..errors import OptionError
from .events import ProgressCallback

__all__ = ["in_notebook", "resolve_progress"]

_ACCEPTED = (
    '"auto", "tqdm", "widget", True, False, None, a callable taking a ProgressEvent '
    "(sync or async), or a list of these"
)
_NO_FRONT_END = (
    'progress="widget" needs a Jupyter notebook to draw in; outside one progress is shown '
    'as a text bar (progress="auto" picks the display by itself)'
)
_NO_WIDGETS = (
    "ipywidgets is not installed, so progress is shown as a text bar; "
    'for the notebook panel: pip install "pdfkit_nb[notebook]"'
)


def in_notebook() -> bool:
    """Whether this code runs in a Jupyter kernel whose front end can show widgets.

    IPython is looked up in ``sys.modules``, never imported: if it is not loaded, this is
    not a kernel. Terminal IPython, qtconsole and Spyder are not notebooks (as in
    ``tqdm.autonotebook``).

    Examples
    --------
    >>> in_notebook()  # in a plain interpreter or under pytest
    False
    """
    if "IPython.utils._process_emscripten" in sys.modules:
        return True  # JupyterLite (Pyodide): a browser kernel, no ipykernel module
    shell = _ipython_shell()
    if shell is None:
        return False
    name = type(shell).__name__.lower()
    if "qt" in name or "spyder" in name:
        return False
    if any(key == "QT_API" or key.startswith("SPYDER") for key in os.environ):
        return False  # qtconsole/Spyder run a ZMQ kernel too, but render no widgets
    if name == "zmqinteractiveshell":
        return True
    try:
        return "IPKernelApp" in getattr(shell, "config", {})
    except TypeError:
        return False


def _ipython_shell() -> object | None:
    """The running IPython shell, looked up in ``sys.modules`` (never imported), or None."""
    get_ipython = getattr(sys.modules.get("IPython"), "get_ipython", None)
    if get_ipython is None:
        return None
    try:
        shell: object | None = get_ipython()
    except Exception:  # a half-initialised IPython is simply "no shell"
        return None
    return shell


def _widgets_cannot_show() -> bool:
    """Whether a widget surely cannot render: no IPython shell (a plain script) or terminal
    IPython. Shown there, a widget prints its repr. Narrower than ``not in_notebook()`` on
    purpose: ``progress="widget"`` stays the way to force a panel in a kernel that
    :func:`in_notebook` does not recognise."""
    shell = _ipython_shell()
    return shell is None or "terminal" in type(shell).__name__.lower()


def _interactive_terminal() -> bool:
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stderr
        return False


def _auto(*, required: bool, notes: list[str]) -> list[ProgressCallback]:
    from .tqdm import TqdmProgress

    if in_notebook():
        try:
            from .widgets import WidgetProgress

            return [WidgetProgress()]
        except ImportError:
            notes.append(_NO_WIDGETS)
            # Force the text bar: tqdm.auto would warn a second time about the same thing.
            from tqdm.std import tqdm as std_tqdm

            return [TqdmProgress(tqdm_class=std_tqdm)]
    if required or _interactive_terminal():
        return [TqdmProgress()]
    return []  # CI logs and pipes: a bar would only add noise


def _resolve_one(progress: object, out: list[ProgressCallback], notes: list[str]) -> None:
    if progress is None or progress is False:
        return
    if progress is True:
        out.extend(_auto(required=True, notes=notes))
    elif isinstance(progress, str):
        key = progress.strip().lower()
        if key == "auto":
            out.extend(_auto(required=False, notes=notes))
        elif key == "tqdm":
            from .tqdm import TqdmProgress

            out.append(TqdmProgress())
        elif key in ("widget", "widgets"):
            if _widgets_cannot_show() and not in_notebook():
                from tqdm.std import tqdm as std_tqdm

                from .tqdm import TqdmProgress

                notes.append(_NO_FRONT_END)
                out.append(TqdmProgress(tqdm_class=std_tqdm))
                return
            from .widgets import WidgetProgress

            out.append(WidgetProgress())
        else:
            raise OptionError(f"progress={progress!r} is not a known display; use {_ACCEPTED}")
    elif isinstance(progress, list | tuple):
        for item in progress:
            _resolve_one(item, out, notes)
    elif isinstance(progress, type):
        raise OptionError(
            f"progress={progress.__name__} is a class; pass an instance, "
            f"e.g. progress={progress.__name__}()"
        )
    elif callable(progress):
        out.append(cast(ProgressCallback, cast(Callable[..., object], progress)))
    else:
        raise OptionError(
            f"progress= got {type(progress).__name__} {progress!r}; expected {_ACCEPTED}"
        )


def resolve_progress(progress: object) -> list[ProgressCallback]:
    """Normalise a ``progress=`` argument into a list of callbacks, once, at the boundary.

    ``"auto"`` shows a widget panel in a Jupyter kernel (a text bar if ipywidgets is
    missing, with one warning saying how to install it), a tqdm bar when stderr is a
    terminal, and nothing when output goes to a pipe or a CI log. ``True`` is ``"auto"``
    that always shows something. ``"tqdm"`` and ``"widget"`` force a display; ``None`` and
    ``False`` disable progress; a callable (sync or async) receives every
    :class:`~pdfkit_nb.progress.events.ProgressEvent`; a list or tuple combines these.

    Parameters
    ----------
    progress
        The value the user passed.

    Returns
    -------
    list of ProgressCallback
        Possibly empty.

    Raises
    ------
    OptionError
        For any other value; the message lists the accepted ones.

    Examples
    --------
    >>> resolve_progress(None)
    []
    >>> resolve_progress([False, print]) == [print]
    True
    """
    out: list[ProgressCallback] = []
    notes: list[str] = []
    _resolve_one(progress, out, notes)
    if notes:  # one warning however many "auto"s the argument held
        warnings.warn(notes[0], UserWarning, stacklevel=2)
    return out
