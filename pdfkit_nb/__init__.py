"""pdfkit_nb: a folder of PDFs in, a typed pandas DataFrame out; async, parallel, notebook-friendly.

>>> import pdfkit_nb as pk
>>> fields = ["invoice_number", "invoice_date", "total"]
>>> df = await pk.extract_batch("invoices/", fields)  # doctest: +SKIP
"""

from __future__ import annotations

from ._samples import samples_dir
from .api import (
    extract_batch,
    extract_batch_sync,
    extract_tables,
    extract_tables_sync,
    iter_batch,
    to_dataframe,
)
from .errors import (
    CorruptPDFError,
    EmptyPDFError,
    EncryptedPDFError,
    ExtractorError,
    FieldSpecError,
    FileError,
    FileTimeoutError,
    NoFilesFoundError,
    NoTextError,
    NotPDFError,
    OptionError,
    PdfkitError,
    SourceNotFoundError,
    SourceReadError,
    SourceTypeError,
    UnknownOptionError,
    UsageError,
    WorkerCrashedError,
)
from .evidence import Evidence, NoPositionError, show
from .executors import Executor, ProcessExecutor, ThreadExecutor
from .executors_dask import DaskExecutor
from .extractors import CallableExtractor, Extracted, Extractor, FieldValue
from .extractors.ai import (
    AIBadResponseError,
    AIExtractor,
    AIRequestError,
    AIUnavailableError,
    HybridExtractor,
)
from .fields import Field
from .loop import run_sync
from .processors import AsyncBatchProcessor, AsyncPDFProcessor, BatchProcessor, BatchResult
from .progress import (
    ProgressCallback,
    ProgressEvent,
    ProgressEventType,
    ProgressWarning,
    TqdmProgress,
    WidgetProgress,
)
from .reporting import BatchReport, report
from .store import ExtractionRepository, StoreError, clear_cache, load_results

__version__ = "0.1.0"

__all__ = [
    "AIBadResponseError",
    "AIExtractor",
    "AIRequestError",
    "AIUnavailableError",
    "AsyncBatchProcessor",
    "AsyncPDFProcessor",
    "BatchProcessor",
    "BatchReport",
    "BatchResult",
    "CallableExtractor",
    "CorruptPDFError",
    "DaskExecutor",
    "EmptyPDFError",
    "EncryptedPDFError",
    "Evidence",
    "Executor",
    "Extracted",
    "ExtractionRepository",
    "Extractor",
    "ExtractorError",
    "Field",
    "FieldSpecError",
    "FieldValue",
    "FileError",
    "FileTimeoutError",
    "HybridExtractor",
    "NoFilesFoundError",
    "NoPositionError",
    "NoTextError",
    "NotPDFError",
    "OptionError",
    "PdfkitError",
    "ProcessExecutor",
    "ProgressCallback",
    "ProgressEvent",
    "ProgressEventType",
    "ProgressWarning",
    "SourceNotFoundError",
    "SourceReadError",
    "SourceTypeError",
    "StoreError",
    "ThreadExecutor",
    "TqdmProgress",
    "UnknownOptionError",
    "UsageError",
    "WidgetProgress",
    "WorkerCrashedError",
    "__version__",
    "clear_cache",
    "extract_batch",
    "extract_batch_sync",
    "extract_tables",
    "extract_tables_sync",
    "iter_batch",
    "load_results",
    "report",
    "run_sync",
    "samples_dir",
    "show",
    "to_dataframe",
]
