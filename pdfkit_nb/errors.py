"""The exception tree: misuse errors raised to the caller, per-file errors that become rows.

::

    PdfkitError
    ├── UsageError (also ValueError)          misuse of the API: fix the call
    │   ├── NoFilesFoundError                  sources matched nothing
    │   ├── FieldSpecError                     a field name/spec that cannot be used
    │   └── OptionError                        an unknown or invalid keyword option
    ├── SourceTypeError (also TypeError)       a source object we cannot read
    └── FileError                              one file failed; becomes a row, never stops a batch
        ├── SourceNotFoundError   not_found
        ├── SourceReadError       read_error
        ├── NotPDFError           not_pdf
        ├── EncryptedPDFError     encrypted
        ├── CorruptPDFError       corrupt
        ├── EmptyPDFError         no_pages
        ├── NoTextError           no_text
        ├── FileTimeoutError      timeout
        ├── WorkerCrashedError    crashed
        └── ExtractorError        extractor_error

Every ``FileError`` carries the file name and a non-empty message, and its ``error_type``
is the category that appears in the DataFrame's ``error_type`` column.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "ERROR_TYPES",
    "AIBadResponseError",
    "AIRequestError",
    "AIUnavailableError",
    "CorruptPDFError",
    "EmptyPDFError",
    "EncryptedPDFError",
    "ExtractorError",
    "FieldSpecError",
    "FileError",
    "FileTimeoutError",
    "NoFilesFoundError",
    "NoTextError",
    "NotPDFError",
    "OptionError",
    "PdfkitError",
    "SourceNotFoundError",
    "SourceReadError",
    "SourceTypeError",
    "UnknownOptionError",
    "UsageError",
    "WorkerCrashedError",
    "error_class_for",
]


class PdfkitError(Exception):
    """Root of every exception pdfkit_nb raises on purpose."""


class UsageError(PdfkitError, ValueError):
    """The API was called in a way that cannot work; the message says what to change."""


class NoFilesFoundError(UsageError):
    """The sources given matched no file."""


class FieldSpecError(UsageError):
    """A field name or field spec is unusable (bad regex, unknown kind, …)."""


class OptionError(UsageError):
    """An option has an unknown or invalid value."""


class UnknownOptionError(OptionError, TypeError):
    """A keyword argument the function does not take (a typo such as ``progres``). Also a
    ``TypeError``, which is what Python raises for an unexpected keyword argument."""


class SourceTypeError(PdfkitError, TypeError):
    """A source is of a type pdfkit_nb cannot read (not a path, bytes or file-like object)."""


class FileError(PdfkitError):
    """One input file could not be processed. Batches turn it into an error row."""

    error_type: ClassVar[str] = "error"

    def __init__(self, message: str, *, file: str | None = None) -> None:
        message = message.strip() or f"{type(self).__name__} with no detail"
        super().__init__(message)
        self.message = message
        self.file = file

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keep keyword-only ``file`` across pickling (process workers send these back).
        return (_rebuild_file_error, (type(self), self.message, self.file))


def _rebuild_file_error(cls: type[FileError], message: str, file: str | None) -> FileError:
    return cls(message, file=file)


class SourceNotFoundError(FileError):
    error_type = "not_found"


class SourceReadError(FileError):
    error_type = "read_error"


class NotPDFError(FileError):
    error_type = "not_pdf"


class EncryptedPDFError(FileError):
    error_type = "encrypted"


class CorruptPDFError(FileError):
    error_type = "corrupt"


class EmptyPDFError(FileError):
    error_type = "no_pages"


class NoTextError(FileError):
    """No readable text: a scan without a text layer, or text whose fonts map their glyphs
    to no Unicode characters. Either way the file needs OCR."""

    error_type = "no_text"


class FileTimeoutError(FileError):
    error_type = "timeout"


class WorkerCrashedError(FileError):
    error_type = "crashed"


class ExtractorError(FileError):
    error_type = "extractor_error"


class AIBadResponseError(ExtractorError):
    """The model's answers stayed unusable (not a JSON object) after the allowed re-asks."""

    error_type = "ai_bad_response"


class AIUnavailableError(ExtractorError):
    """The service kept failing (429, 5xx, timeouts, no connection) or the circuit is open."""

    error_type = "ai_unavailable"


class AIRequestError(ExtractorError):
    """The service refused the request itself (bad key, unknown model, text too long, …)."""

    error_type = "ai_error"


_BY_TYPE: dict[str, type[FileError]] = {
    cls.error_type: cls
    for cls in (
        SourceNotFoundError,
        SourceReadError,
        NotPDFError,
        EncryptedPDFError,
        CorruptPDFError,
        EmptyPDFError,
        NoTextError,
        FileTimeoutError,
        WorkerCrashedError,
        ExtractorError,
        AIBadResponseError,
        AIUnavailableError,
        AIRequestError,
    )
}

#: Every ``error_type`` a row can carry, in the order of the DataFrame's categorical:
#: the ``FileError`` categories, then ``internal_error`` (a bug in pdfkit_nb caught at the
#: batch boundary, not a problem with the file, so it has no exception class).
ERROR_TYPES: tuple[str, ...] = (*_BY_TYPE, "internal_error")


def error_class_for(error_type: str) -> type[FileError]:
    """The ``FileError`` subclass for an ``error_type`` string (``FileError`` if unknown).

    Subclasses defined elsewhere (e.g. the AI extractor's) are found too.
    """
    if error_type in _BY_TYPE:
        return _BY_TYPE[error_type]
    pending = list(FileError.__subclasses__())
    while pending:
        cls = pending.pop()
        if cls.error_type == error_type:
            return cls
        pending.extend(cls.__subclasses__())
    return FileError
