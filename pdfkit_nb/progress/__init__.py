"""Progress: events and the callback protocol (core), plus tqdm and ipywidgets adapters.

The adapters import tqdm / ipywidgets / IPython only when constructed.
"""

from __future__ import annotations

from .events import (
    ProgressCallback,
    ProgressDispatcher,
    ProgressEvent,
    ProgressEventType,
    ProgressWarning,
)
from .tqdm import TqdmProgress
from .widgets import WidgetProgress

__all__ = [
    "ProgressCallback",
    "ProgressDispatcher",
    "ProgressEvent",
    "ProgressEventType",
    "ProgressWarning",
    "TqdmProgress",
    "WidgetProgress",
]
