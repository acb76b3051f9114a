"""The HTTP side of ``method="ai"``: per-loop clients, retries, limits, circuit breaker, errors."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import threading
import warnings
import weakref
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import AIBadResponseError, AIRequestError, AIUnavailableError
from ..fields import Field
from ._ai_limits import (
    CircuitBreaker,
    TokenBucket,
    UsageCounter,
    backoff_delay,
    retry_after_seconds,
)
from ._ai_prompt import response_format

if TYPE_CHECKING:
    import openai

__all__ = [
    "NO_KEY",
    "AIBadResponseError",
    "AIRequestError",
    "AIUnavailableError",
    "CallUsage",
    "ChatService",
    "require_openai",
]

log = logging.getLogger("pdfkit_nb.ai")

#: Stands in for the key of local servers (vLLM, Ollama, llama.cpp) that do not check one.
NO_KEY = "not-needed"
_FALLBACK: dict[str, str] = {"json_schema": "json_object", "json_object": "none"}
# Tokens of an answer estimated per requested field, for the tokens-per-minute limiter.
_COMPLETION_TOKENS_PER_FIELD = 15
# A prompt of at least this many tokens (estimated at 4 characters each) that the server
# counts as under _CUT_SHARE of the estimate was cut by the server (see ChatService._record).
# Invoice text, all numbers and codes, runs 3-4 characters a token in every tokenizer; only a
# truncated prompt comes out at more than 5.7.
_CUT_MIN_TOKENS = 1500
_CUT_SHARE = 0.7
_KEYLIKE = re.compile(r"\b(sk|key|api)[-_][A-Za-z0-9_\-*]{8,}", re.IGNORECASE)


def require_openai() -> Any:
    """The ``openai`` module, or an ImportError that says how to install it."""
    try:
        import openai
    except ImportError as exc:
        raise ImportError(
            "method='ai' needs the openai package: pip install \"pdfkit_nb[ai]\""
        ) from exc
    return openai


@dataclass
class CallUsage:
    """Usage of one document's conversation (becomes the row's ``ai_*`` columns)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasks: int = 0
    model: str | None = None
    #: The server counted far fewer prompt tokens than were sent: it cut the prompt.
    cut_by_server: bool = False
    #: The last reply stopped at the server's token limit (``finish_reason`` "length").
    stopped_at_limit: bool = False


@dataclass
class _LoopClients:
    """The HTTP clients made on one event loop, shared by every extractor with the same server."""

    clients: dict[tuple[str, str, float], openai.AsyncOpenAI] = field(default_factory=dict)
    closer: AsyncGenerator[None, None] | None = None
    ready: asyncio.Lock = field(default_factory=asyncio.Lock)


# One pool of clients per loop, not per extractor: a notebook that builds a new extractor on
# each run of a cell reuses the connections instead of leaving a client behind each time.
_POOLS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopClients] = (
    weakref.WeakKeyDictionary()
)
_POOLS_LOCK = threading.Lock()


async def _close_with_loop(pool: _LoopClients) -> AsyncGenerator[None, None]:
    # An async generator the loop knows about: asyncio.run(), asyncio.Runner (pytest-asyncio)
    # and run_sync() call loop.shutdown_asyncgens() before closing a loop, which runs this
    # ``finally`` while the loop still works, so the sockets close with the loop they live on.
    # The pool holds this generator, so it is not collected (and closed too early) before that.
    try:
        yield
    finally:
        for client in pool.clients.values():
            await client.close()
        pool.clients.clear()


def _aiohttp_transport(openai_module: Any, timeout: float) -> Any:
    """openai's own aiohttp transport when ``openai[aiohttp]`` is installed, else None.

    One event loop makes every call of a batch, so the client's CPU per request is what
    caps throughput at high ``ai_concurrency``; openai documents this transport "for improved
    concurrency performance", and here it roughly halves that CPU (bench_ai.py: about 5.5 ->
    3.4 ms per file). Without it (an older openai, or no aiohttp) the default httpx client is
    used: same behaviour, a little slower.
    """
    factory = getattr(openai_module, "DefaultAioHttpClient", None)
    if factory is None:
        return None
    try:
        return factory(timeout=timeout)
    except (RuntimeError, ImportError):  # "install the package with the `aiohttp` extra"
        return None


async def _shared_client(
    openai_module: Any, base_url: str | None, api_key: str, timeout: float
) -> openai.AsyncOpenAI:
    loop = asyncio.get_running_loop()
    with _POOLS_LOCK:
        pool = _POOLS.get(loop)
        if pool is None:
            pool = _POOLS[loop] = _LoopClients()
    key = (base_url or "", hashlib.sha256(api_key.encode()).hexdigest(), timeout)
    async with pool.ready:
        client = pool.clients.get(key)
        if client is None:
            # Retries are ours (see ChatService.complete): each passes the limiter and breaker.
            client = openai_module.AsyncOpenAI(
                api_key=api_key,
                base_url=base_url,
                max_retries=0,
                timeout=timeout,
                http_client=_aiohttp_transport(openai_module, timeout),
            )
            pool.clients[key] = client
            if pool.closer is None:
                pool.closer = _close_with_loop(pool)
                await pool.closer.__anext__()
    assert client is not None
    return client


@dataclass
class _LoopState:
    """This extractor's objects bound to one event loop: its semaphore and client."""

    semaphore: asyncio.Semaphore
    client: openai.AsyncOpenAI | None = None


class ChatService:
    """Sends chat-completion requests for one :class:`~pdfkit_nb.extractors.ai.AIExtractor`.

    Loop-bound objects (the ``AsyncOpenAI`` client and the concurrency semaphore) are made
    per running event loop, because ``extract_batch_sync`` runs each batch on a fresh loop;
    the limiters, the circuit breaker and the usage totals are plain numbers under thread
    locks, shared by all loops.
    """

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None,
        api_key: str,
        client: openai.AsyncOpenAI | None,
        concurrency: int,
        max_retries: int,
        timeout: float,
        backoff: float,
        temperature: float,
        mode: str,
        breaker: CircuitBreaker,
        rpm: TokenBucket | None,
        tpm: TokenBucket | None,
    ) -> None:
        self.openai = require_openai()
        self.model, self.base_url, self._api_key = model, base_url, api_key
        self._client = client
        self.concurrency, self.max_retries = concurrency, max_retries
        self.timeout, self.backoff, self.temperature = timeout, backoff, temperature
        #: The structured-output mode in use; steps down when the server refuses one.
        self.mode = mode
        #: Request features the server refused (see ``_REFUSALS``), left out from then on.
        self.refused: frozenset[str] = frozenset()
        self.breaker, self.rpm, self.tpm = breaker, rpm, tpm
        self.usage = UsageCounter()
        self._lock = threading.Lock()
        self._warned_cut = False
        self._states: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopState] = (
            weakref.WeakKeyDictionary()
        )

    # ------------------------------------------------------------------ per-loop state

    async def state(self) -> _LoopState:
        """This loop's semaphore and client, made on first use."""
        loop = asyncio.get_running_loop()
        with self._lock:
            state = self._states.get(loop)
            if state is None:
                state = self._states[loop] = _LoopState(asyncio.Semaphore(self.concurrency))
        if state.client is None:
            if self._client is not None:  # the caller's client: theirs to close
                state.client = self._client.with_options(max_retries=0, timeout=self.timeout)
            else:
                state.client = await _shared_client(
                    self.openai, self.base_url, self._api_key, self.timeout
                )
        return state

    # ------------------------------------------------------------------ one request

    async def complete(
        self,
        state: _LoopState,
        messages: list[dict[str, Any]],
        fields: Mapping[str, Field],
        row: CallUsage,
    ) -> str | None:
        """One answer from the server, through the limiters, retries and the circuit breaker."""
        oa = self.openai
        sent = sum(len(m["content"]) for m in messages) / 4
        estimate = sent + _COMPLETION_TOKENS_PER_FIELD * len(fields) + 10
        me = object()  # who we are to the breaker, should we become its half-open probe
        failures = (oa.APITimeoutError, oa.APIConnectionError, oa.APIStatusError, _BodyError)
        retry = 0
        while True:
            reason = self.breaker.check(me)
            if reason is not None:
                raise AIUnavailableError(reason)
            mode, refused = self.mode, self.refused
            request: dict[str, Any] = {
                "model": self.model,
                "messages": fold_system(messages) if "system" in refused else messages,
            }
            if "temperature" not in refused:
                request["temperature"] = self.temperature
            fmt = response_format(mode, fields)
            if fmt is not None:
                request["response_format"] = fmt
            try:
                await self._limit(estimate)
                self.usage.add(requests=1)
                assert state.client is not None
                # The openai client's documented raw route (same auth, errors and timeouts)
                # rather than the typed chat.completions.create(), which re-walks our plain
                # JSON against its type hints and builds pydantic models we read three fields
                # of: 7.5 -> 4.2 ms of CPU per call, and one event loop makes all the calls.
                reply = await state.client.post("/chat/completions", body=request, cast_to=object)
                failure = _BodyError.of(reply)
                if failure is not None:
                    raise failure
            except asyncio.CancelledError:
                self.breaker.abandon(me)
                raise
            except (oa.BadRequestError, oa.UnprocessableEntityError) as exc:
                self.breaker.success()  # the server is up; the request was the problem
                if mode != "none" and _refuses_format(exc):
                    self._downgrade(mode, exc)
                    continue
                what = _refusal(exc, refused)
                if what is not None:
                    self._refuse(what, exc)
                    continue
                raise AIRequestError(self.describe(exc)) from None
            except failures as exc:
                what = self.describe(exc)
                if not _retryable(exc) or retry >= self.max_retries:
                    if self.breaker.failure(what):
                        log.warning("AI circuit opened after repeated failures: %s", what)
                    if _retryable(exc):
                        raise AIUnavailableError(
                            f"{what} (gave up after {retry + 1} attempts)"
                        ) from None
                    raise AIRequestError(what) from None
                retry += 1
                headers = exc.response.headers if isinstance(exc, oa.APIStatusError) else None
                delay = backoff_delay(retry, self.backoff, retry_after_seconds(headers))
                log.debug("retry %d of %d in %.2fs after %s", retry, self.max_retries, delay, what)
                self.usage.add(retries=1, retry_wait_seconds=delay)
                await asyncio.sleep(delay)
                continue
            if self.breaker.success():
                log.info("AI circuit closed: the service answers again")
            return self._record(reply, row, estimate, sent)

    def _warn_cut(self, counted: int, sent: float) -> None:
        with self._lock:
            if self._warned_cut:
                return
            self._warned_cut = True
        where = self.base_url or "the server"
        warnings.warn(
            f"{where} counted {counted} prompt tokens for a prompt of about {sent:.0f}: it "
            "probably cut the document to fit its context window, losing text silently "
            "(Ollama's default window is 4096 tokens). Raise the server's context length "
            "(Ollama: OLLAMA_CONTEXT_LENGTH=16384 ollama serve) or pass a smaller max_chars; "
            "rows so cut have ai_text_truncated=True.",
            RuntimeWarning,
            stacklevel=2,
        )

    async def _limit(self, estimate: float) -> None:
        waited = 0.0
        if self.rpm is not None:
            waited += await self.rpm.acquire(1)
        if self.tpm is not None:
            waited += await self.tpm.acquire(estimate)
        if waited:
            self.usage.add(limiter_wait_seconds=waited)

    def _record(self, reply: Any, row: CallUsage, estimate: float, sent: float) -> str | None:
        """Book the reply's usage; return its text (``None`` if it has none).

        ``sent`` is the prompt's size in estimated tokens: a server that counts far fewer cut
        the prompt to its context window, as Ollama does silently (4096 tokens by default,
        which its OpenAI-compatible API cannot raise), dropping the document's first part,
        where the invoice number and date are. The row says so and the first one warns.
        """
        reply = reply if isinstance(reply, dict) else {}
        usage = reply.get("usage")
        if isinstance(usage, dict):  # some local servers do not report usage
            prompt = _count(usage.get("prompt_tokens"))
            completion = _count(usage.get("completion_tokens"))
            row.prompt_tokens = (row.prompt_tokens or 0) + prompt
            row.completion_tokens = (row.completion_tokens or 0) + completion
            self.usage.add(prompt_tokens=prompt, completion_tokens=completion)
            if self.tpm is not None:
                self.tpm.settle(prompt + completion - estimate)
            if sent >= _CUT_MIN_TOKENS and 0 < prompt < _CUT_SHARE * sent:
                row.cut_by_server = True
                self._warn_cut(prompt, sent)
        if isinstance(reply.get("model"), str):
            row.model = reply["model"]
        choices = reply.get("choices")
        first = choices[0] if isinstance(choices, list) and choices else None
        row.stopped_at_limit = isinstance(first, dict) and first.get("finish_reason") == "length"
        message = first.get("message") if isinstance(first, dict) else None
        if not isinstance(message, dict):
            return None
        # vLLM's reasoning parsers sometimes route a structured answer into the reasoning
        # field and leave ``content`` null; the answer reader finds the JSON object there.
        for key in ("content", "reasoning_content", "reasoning", "refusal"):
            text = _text_of(message.get(key))
            if text.strip():
                return text
        if isinstance(first, dict) and first.get("finish_reason") == "content_filter":
            # Azure OpenAI withholds a filtered answer: asking again gets the same.
            raise AIRequestError("the server's content filter withheld the answer")
        return None

    def _downgrade(self, mode: str, exc: Exception) -> None:
        with self._lock:
            if self.mode == mode:  # many requests may learn this at once; step down once
                self.mode = _FALLBACK[mode]
                log.info(
                    "server refused response_format %s (%s); using %s from now on",
                    mode,
                    self.describe(exc),
                    self.mode,
                )

    def _refuse(self, what: str, exc: Exception) -> None:
        with self._lock:
            if what not in self.refused:  # many requests may learn this at once; log once
                self.refused |= {what}
                log.info("server refused %s (%s); %s", what, self.describe(exc), _REFUSALS[what][1])

    def describe(self, exc: Exception) -> str:
        """A short, key-free description of an openai exception."""
        status = getattr(exc, "status_code", None)
        if isinstance(exc, _BodyError):
            code = f" (code {status})" if status is not None else ""
            text = f"the server answered with an error instead of a reply{code}: {exc.message}"
        elif isinstance(exc, self.openai.APITimeoutError):
            text = f"no answer within {self.timeout:g}s"
        elif isinstance(exc, self.openai.APIConnectionError):
            text = f"cannot connect to {self.base_url or 'api.openai.com'}"
        else:
            body = getattr(exc, "body", None)
            detail = body.get("message") if isinstance(body, dict) else None
            said = " ".join(str(detail or getattr(exc, "message", None) or exc).split())
            text = f"HTTP {status}: {said[:200]}"
        if status == 401:
            text += " (check OPENAI_API_KEY or api_key=)"
        elif status == 404:
            path = urlsplit(self.base_url or "").path.rstrip("/")
            if self.base_url and not path.endswith("/v1"):
                # Ollama, vLLM, LM Studio and llama.cpp serve the OpenAI routes under /v1.
                text += (
                    f" (no chat completions at {self.base_url}: OpenAI-compatible servers "
                    f"serve them under /v1, e.g. base_url={self.base_url.rstrip('/') + '/v1'!r};"
                    f" or is {self.model!r} not a model this server has?)"
                )
            else:
                text += (
                    f" (is {self.model!r} a model this server has? choose one with model= or "
                    "PDFKIT_NB_AI_MODEL)"
                )
        return self.scrub(" ".join(text.split()))

    def scrub(self, text: str) -> str:
        """``text`` without the API key (or anything shaped like one)."""
        if self._api_key and self._api_key != NO_KEY:
            text = text.replace(self._api_key, "***")
        return _KEYLIKE.sub("***", text)


class _BodyError(Exception):
    """An HTTP 200 whose body is an error and holds no answer: routers and proxies send these
    (OpenRouter when the provider behind it fails mid-request). Retried like the status its
    ``code`` names; with no code, like a connection error."""

    def __init__(self, message: str, status_code: int | None) -> None:
        super().__init__(message)
        self.message, self.status_code = message, status_code

    @classmethod
    def of(cls, reply: Any) -> _BodyError | None:
        if not isinstance(reply, dict) or reply.get("choices") or not reply.get("error"):
            return None
        error = reply["error"]
        detail = error.get("message") if isinstance(error, dict) else error
        code = error.get("code") if isinstance(error, dict) else None
        status = code if isinstance(code, int) and 100 <= code < 600 else None
        return cls(" ".join(str(detail or "no message").split())[:200], status)


def _text_of(content: object) -> str:
    """A message's text: a string, or the text parts of a list of parts (some proxies and
    Mistral-style servers send ``[{"type": "text", "text": ...}]``)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part["text"]
            for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _retryable(exc: Exception) -> bool:
    status = getattr(exc, "status_code", None)
    if status is None:  # timeouts and connection errors
        return True
    if status == 429:
        # OpenAI's 429 "insufficient_quota" means no credit left: waiting does not help.
        return getattr(exc, "code", None) != "insufficient_quota"
    return bool(status in (408, 409) or status >= 500)


def fold_system(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``messages`` without a "system" message: its text leads the first user message.

    For chat templates without a system role (Gemma's, some Mistral ones), which make vLLM,
    SGLang or llama-cpp-python refuse the request ("System role not supported").

    >>> fold_system([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])
    [{'role': 'user', 'content': 'Be brief.\\n\\nHi'}]
    """
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    if not system:
        return rest
    for k, m in enumerate(rest):
        if m["role"] == "user":
            rest[k] = {**m, "content": f"{system}\n\n{m['content']}"}
            return rest
    return [{"role": "user", "content": system}, *rest]


def _refuses_system(text: str) -> bool:
    """The model's chat template has no system role (vLLM, SGLang, llama-cpp-python)."""
    return "system role" in text or "roles must alternate" in text


def _refuses_temperature(text: str) -> bool:
    """A model with fixed sampling (OpenAI's reasoning models, the GPT-5 family): "Unsupported
    value: 'temperature' does not support 0 with this model. Only the default (1) value is
    supported." """
    return "temperature" in text and ("unsupported" in text or "not support" in text)


#: What a server may refuse in a request that is otherwise fine: how its 400 says so, and
#: what we do instead from then on (for the log).
_REFUSALS: dict[str, tuple[Callable[[str], bool], str]] = {
    "system": (_refuses_system, "sending the instructions in the user message from now on"),
    "temperature": (_refuses_temperature, "leaving temperature to the server from now on"),
}


def _error_text(exc: Exception) -> str:
    """An openai error's message and body, lower-cased, for telling refusals apart."""
    return f"{getattr(exc, 'message', '')} {getattr(exc, 'body', '')}".lower()


def _refusal(exc: Exception, refused: frozenset[str]) -> str | None:
    """Which of ``_REFUSALS`` this 400/422 is, if one not already learnt."""
    text = _error_text(exc)
    for what, (says, _) in _REFUSALS.items():
        if what not in refused and says(text):
            return what
    return None


def _refuses_format(exc: Exception) -> bool:
    """Does this 400/422 say the server does not support the ``response_format`` we sent?"""
    text = _error_text(exc)
    return any(word in text for word in _FORMAT_WORDS)


# How servers word a refused response_format: OpenAI and LM Studio name the parameter, vLLM's
# grammar backends the schema ("The provided JSON schema contains features not supported by
# xgrammar"), others "structured output" or "guided decoding".
_FORMAT_WORDS = (
    "response_format",
    "json_schema",
    "json_object",
    "json schema",
    "structured output",
    "guided",
    "grammar",
)
