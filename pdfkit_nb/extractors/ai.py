"""``method="ai"``: field extraction by a language model behind any OpenAI-compatible endpoint."""

from __future__ import annotations

import asyncio
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from ..document import Document, Page, Word
from ..errors import ExtractorError, OptionError
from ..fields import Field
from ..values import coerce
from ._ai_client import (
    NO_KEY,
    AIBadResponseError,
    AIRequestError,
    AIUnavailableError,
    CallUsage,
    ChatService,
    require_openai,
)
from ._ai_limits import AIUsage, CircuitBreaker, TokenBucket
from ._ai_prompt import PROMPT_VERSION, Answer, build_messages, fit_text, read_answer, reask_message
from .base import Extracted, Extractor, FieldValue

if TYPE_CHECKING:
    import openai

__all__ = [
    "DEFAULT_MODEL",
    "AIBadResponseError",
    "AIExtractor",
    "AIRequestError",
    "AIUnavailableError",
    "AIUsage",
    "HybridExtractor",
]

log = logging.getLogger("pdfkit_nb.ai")

#: The model when neither ``model=`` nor ``PDFKIT_NB_AI_MODEL`` names one: OpenAI's small,
#: cheap model with structured outputs, plenty for copying fields out of an invoice.
DEFAULT_MODEL = "gpt-4o-mini"

ResponseFormat = Literal["auto", "json_schema", "json_object", "none"]


class AIExtractor(Extractor):
    """Asks a chat model (OpenAI or any compatible server) for the fields of each document.

    Sent: the document's text (first and last pages kept first when it must be cut), the
    field names, kinds and labels; nothing else. The reply is a JSON object, requested with a
    JSON schema where the server supports it, else JSON mode, else by the prompt alone; each
    value is checked against its field's kind and an unusable answer is asked again.

    Parameters
    ----------
    model
        Model name; ``None`` reads ``PDFKIT_NB_AI_MODEL``, else :data:`DEFAULT_MODEL`.
    base_url
        The server, e.g. ``"http://localhost:11434/v1"`` (Ollama) or
        ``"http://localhost:8000/v1"`` (vLLM); ``None`` reads ``OPENAI_BASE_URL``, else OpenAI.
    api_key
        ``None`` reads ``OPENAI_API_KEY``; with a ``base_url`` and no key, a placeholder is sent.
    ai_concurrency
        Requests in flight at once (per event loop), independent of the parse workers. Give
        ``extract_batch`` a ``max_concurrent`` at least as large, or fewer files reach it.
    max_retries
        Retries per request after 429, 5xx, timeouts and connection errors: the server's
        ``Retry-After`` when given, else exponential backoff from ``backoff`` seconds (max 8).
    timeout
        Seconds per HTTP request.
    requests_per_minute, tokens_per_minute
        Optional client-side limits (token buckets with one second's worth of burst); tokens
        are estimated as characters / 4 and corrected by the usage the server reports.
    max_chars
        Text budget per document in characters (about 4 per token).
    reasks
        Follow-up questions after an unusable answer; a reply that is still not a JSON object
        makes the row ``ai_bad_response``, a value still unreadable as its kind is left NA.
    circuit_threshold, circuit_cooldown
        After this many consecutive failed requests, fail files at once with
        ``ai_unavailable`` for ``circuit_cooldown`` seconds, then let one probe through.
    temperature
        Sampling temperature (0: the most repeatable answers).
    client
        An ``openai.AsyncOpenAI`` to use instead of building one (then it is yours to close).
    response_format
        ``"auto"``: JSON schema, falling back to JSON mode, then prompt-only, remembering what
        the server refused. Or one of those modes, fixed.
    backoff
        First retry delay in seconds when the server gives no ``Retry-After``.

    Examples
    --------
    >>> ai = AIExtractor("llama3.1", base_url="http://localhost:11434/v1")
    >>> ai
    AIExtractor(model='llama3.1', base_url='http://localhost:11434/v1', ai_concurrency=8)
    >>> df = pk.extract_batch_sync("invoices/", ["total"], method=ai)  # doctest: +SKIP
    >>> ai.usage.total_tokens  # doctest: +SKIP
    18234
    """

    in_worker = False
    name = "ai"

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        ai_concurrency: int = 8,
        max_retries: int = 4,
        timeout: float = 60,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        max_chars: int = 24000,
        reasks: int = 1,
        circuit_threshold: int = 5,
        circuit_cooldown: float = 30.0,
        temperature: float = 0.0,
        client: openai.AsyncOpenAI | None = None,
        response_format: ResponseFormat = "auto",
        backoff: float = 0.5,
    ) -> None:
        oa = require_openai()
        _check_int("ai_concurrency", ai_concurrency, 1)
        _check_int("max_retries", max_retries, 0)
        _check_int("max_chars", max_chars, 200)
        _check_int("reasks", reasks, 0)
        _check_int("circuit_threshold", circuit_threshold, 1)
        numbers = {
            "timeout": timeout,
            "backoff": backoff,
            "circuit_cooldown": circuit_cooldown,
            "requests_per_minute": requests_per_minute,
            "tokens_per_minute": tokens_per_minute,
        }
        for label, number in numbers.items():
            if number is not None:
                _check_positive(label, number)
        if response_format not in ("auto", "json_schema", "json_object", "none"):
            raise OptionError(
                "response_format must be 'auto', 'json_schema', 'json_object' or 'none', "
                f"not {response_format!r}"
            )
        if client is not None and not isinstance(client, oa.AsyncOpenAI):
            raise OptionError(f"client must be an openai.AsyncOpenAI, not {type(client).__name__}")
        self.model = model or os.environ.get("PDFKIT_NB_AI_MODEL") or DEFAULT_MODEL
        if client is not None:
            self.base_url: str | None = str(client.base_url)
            key = str(client.api_key or "")
        else:
            self.base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
            key = api_key or os.environ.get("OPENAI_API_KEY") or ""
            if not key and self.base_url is None:
                raise OptionError(
                    "no API key: set OPENAI_API_KEY (or pass api_key=...); for a local server "
                    "(vLLM, Ollama, llama.cpp) set OPENAI_BASE_URL=http://localhost:8000/v1 "
                    "(or pass base_url=...) and no key is needed"
                )
        self.ai_concurrency = ai_concurrency
        self.max_chars = max_chars
        self.reasks = reasks
        self.temperature = temperature
        self.response_format: ResponseFormat = response_format
        self._service = ChatService(
            model=self.model,
            base_url=self.base_url,
            api_key=key or NO_KEY,
            client=client,
            concurrency=ai_concurrency,
            max_retries=max_retries,
            timeout=float(timeout),
            backoff=float(backoff),
            temperature=temperature,
            mode="json_schema" if response_format == "auto" else response_format,
            breaker=CircuitBreaker(circuit_threshold, circuit_cooldown),
            rpm=_bucket(requests_per_minute),
            tpm=_bucket(tokens_per_minute),
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> AIExtractor:
        """Configure from ``OPENAI_API_KEY``, ``OPENAI_BASE_URL`` and ``PDFKIT_NB_AI_MODEL``.

        This is what ``method="ai"`` uses. Keyword arguments override the environment.

        >>> ai = AIExtractor.from_env(base_url="http://localhost:8000/v1", model="qwen2.5")
        >>> ai.model
        'qwen2.5'
        """
        env = {
            "model": os.environ.get("PDFKIT_NB_AI_MODEL"),
            "base_url": os.environ.get("OPENAI_BASE_URL"),
            "api_key": os.environ.get("OPENAI_API_KEY"),
        }
        return cls(**{**{k: v for k, v in env.items() if v}, **overrides})

    @property
    def usage(self) -> AIUsage:
        """Totals over every batch so far (a snapshot; see :meth:`reset_usage`)."""
        return self._service.usage.snapshot()

    def reset_usage(self) -> None:
        """Start the :attr:`usage` totals again from zero."""
        self._service.usage.reset()

    @property
    def circuit_state(self) -> str:
        """``"closed"`` (normal), ``"open"`` (failing fast) or ``"half-open"``."""
        return self._service.breaker.state

    @property
    def response_mode(self) -> str:
        """The structured-output mode in use: ``json_schema``, ``json_object`` or ``none``."""
        return self._service.mode

    def fingerprint(self) -> str:
        base = (self.base_url or "https://api.openai.com/v1").rstrip("/")
        return (
            f"ai:{self.model}@{base}:prompt{PROMPT_VERSION}:{self.response_format}"
            f":chars{self.max_chars}:t{self.temperature:g}"
        )

    def __repr__(self) -> str:
        where = f", base_url={self.base_url!r}" if self.base_url else ""
        return f"AIExtractor(model={self.model!r}{where}, ai_concurrency={self.ai_concurrency})"

    async def aextract(self, doc: Document, fields: Mapping[str, Field]) -> Extracted:
        """Ask the model for ``fields``: typed values, and usage and truncation as ``meta``."""
        text, truncated = fit_text(doc, self.max_chars)
        row = CallUsage()
        try:
            values = await self._converse(build_messages(fields, text), fields, row)
        except ExtractorError as exc:
            self._service.usage.add(failures=1)
            exc.message = self._service.scrub(exc.message)
            exc.args = (exc.message,)
            raise
        meta = {
            "ai_model": row.model or self.model,
            "ai_prompt_tokens": row.prompt_tokens,
            "ai_completion_tokens": row.completion_tokens,
            "ai_text_truncated": truncated or row.cut_by_server,
            "ai_reasks": row.reasks,
        }
        return Extracted(values, meta)

    async def _converse(
        self, messages: list[dict[str, Any]], fields: Mapping[str, Field], row: CallUsage
    ) -> dict[str, Any]:
        service = self._service
        state = await service.state()
        values: dict[str, FieldValue] = {}
        answer = Answer()
        async with state.semaphore:
            for turn in range(self.reasks + 1):
                if turn:
                    row.reasks += 1
                    service.usage.add(reasks=1)
                    log.debug("re-asking (%d of %d): %s", turn, self.reasks, answer.problems)
                content = await service.complete(state, messages, fields, row)
                answer = read_answer(content, fields)
                if row.stopped_at_limit and not answer.parsed:
                    answer.problems = [
                        "the reply stopped at the server's token limit (finish_reason "
                        "'length') before its JSON object was complete: the model's output or "
                        "context window is too small for this prompt"
                    ]
                for name, value in answer.values.items():
                    values[name] = FieldValue(value, raw=str(answer.raw[name]), rule="ai")
                if answer.parsed and not answer.unresolved:
                    break
                messages = [
                    *messages,
                    {"role": "assistant", "content": (content or "")[:2000]},
                    {"role": "user", "content": reask_message(answer, fields)},
                ]
        if not answer.parsed and not values:
            raise AIBadResponseError(
                f"no usable answer from model {self.model!r} after {row.reasks + 1} "
                f"attempt(s): {'; '.join(answer.problems)}"
            )
        # Values still unreadable after the re-asks stay missing (NA) rather than guessed.
        return {name: values.get(name) for name in fields}


class HybridExtractor(Extractor):
    """``method="rules+ai"``: the rules first, the model only for the fields they left empty.

    In a batch the rules run in the parse worker, with real word positions (this
    extractor's ``worker_stage``), and only the model call runs on the event loop. Called on
    a document without words (outside a batch), the rules read words laid out from the
    text's lines instead, which finds values beside their labels but not the finer layout
    cases, and those values carry no bounding box. The ``ai_fields`` column names the fields
    the model was asked for ("" when none).

    Parameters
    ----------
    ai
        The :class:`AIExtractor` to ask; ``None`` builds one with :meth:`AIExtractor.from_env`
        and ``ai_options``.
    rules
        The extractor tried first; ``None`` is the built-in ``RulesExtractor(dayfirst=...)``.

    Examples
    --------
    >>> ai = AIExtractor("llama3.1", base_url="http://localhost:11434/v1")
    >>> HybridExtractor(ai).name
    'rules+ai'
    """

    in_worker = False
    name = "rules+ai"

    def __init__(
        self,
        ai: AIExtractor | None = None,
        *,
        rules: Extractor | None = None,
        dayfirst: bool | None = None,
        **ai_options: Any,
    ) -> None:
        if ai is not None and ai_options:
            raise OptionError(
                f"pass either an AIExtractor or its options ({', '.join(sorted(ai_options))}), "
                "not both"
            )
        self.ai = ai if ai is not None else AIExtractor.from_env(**ai_options)
        if rules is None:
            from .rules import RulesExtractor

            rules = RulesExtractor(dayfirst=dayfirst)
        self.rules = rules
        # The rules run in the parse worker, with word positions; see Extractor.worker_stage.
        self.worker_stage = rules if rules.in_worker else None

    def fingerprint(self) -> str:
        return f"rules+ai:{self.rules.fingerprint()}|{self.ai.fingerprint()}"

    def __repr__(self) -> str:
        return f"HybridExtractor({self.ai!r}, rules={self.rules!r})"

    async def aextract(self, doc: Document, fields: Mapping[str, Field]) -> Extracted:
        # The rules are CPU work: a thread keeps the loop (and other files' AI calls) moving.
        found = await asyncio.to_thread(self._rules, doc, fields)
        values = dict(found.values if isinstance(found, Extracted) else found)
        empty = {
            name: spec
            for name, spec in fields.items()
            if coerce(_plain(values.get(name)), spec.resolved_kind, dayfirst=spec.dayfirst) is None
        }
        meta: dict[str, Any] = {
            "ai_model": self.ai.model,
            "ai_prompt_tokens": 0,
            "ai_completion_tokens": 0,
            "ai_text_truncated": False,
            "ai_reasks": 0,
            "ai_fields": ",".join(empty),
        }
        if empty:
            asked = await self.ai.aextract(doc, empty)
            values.update(asked.values)
            meta.update(asked.meta)
        return Extracted(values, meta)

    def _rules(self, doc: Document, fields: Mapping[str, Field]) -> Any:
        if doc.prefilled is not None:  # found by the rules in the parse worker
            return doc.prefilled
        if any(page.words for page in doc.pages):
            return self.rules.extract(doc, fields)
        found = self.rules.extract(_text_words(doc), fields)
        values = found.values if isinstance(found, Extracted) else found
        # Positions made up from character columns would mislead explain=True: drop them.
        return {
            name: replace(v, bbox=None) if isinstance(v, FieldValue) else v
            for name, v in values.items()
        }


def _text_words(doc: Document) -> Document:
    """``doc`` with words laid out from its text: a 5 pt character grid, 14 pt per line."""
    pages = []
    for page in doc.pages:
        words = [
            Word(
                m.group(), 5.0 * m.start(), 14.0 * i, 5.0 * m.end(), 14.0 * i + 10, page.number, 10
            )
            for i, line in enumerate(page.text.splitlines())
            for m in re.finditer(r"\S+", line)
        ]
        pages.append(Page(page.number, page.width, page.height, page.text, words))
    return Document(pages, doc.engine, form=doc.form)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, FieldValue) else value


def _bucket(per_minute: float | None) -> TokenBucket | None:
    if per_minute is None:
        return None
    rate = per_minute / 60
    # One second's worth of burst: OpenAI enforces per-minute limits over shorter windows too.
    return TokenBucket(rate, capacity=max(1.0, rate))


def _check_int(label: str, value: object, least: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise OptionError(f"{label} must be an integer >= {least}, not {value!r}")


def _check_positive(label: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise OptionError(f"{label} must be a positive number, not {value!r}")
