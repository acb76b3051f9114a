"""A small OpenAI-compatible chat-completions server on 127.0.0.1 for tests and benchmarks.

It answers deterministically from the document text embedded in the prompt: a field
``invoice_number`` is read from a line ``Invoice Number: X`` (the name with ``_`` as spaces,
case-insensitive), unless an answer was registered for a marker found in the text. It can add
latency, follow a script of failures (429 with Retry-After, 500, a hang past the client's
timeout, malformed JSON, JSON missing a field, 400 for an unsupported ``response_format``),
answer a seeded fraction of calls with 429, and it counts requests and peak concurrency.

>>> with FakeOpenAI() as server:  # doctest: +SKIP
...     ai = AIExtractor("fake", base_url=server.base_url, api_key="sk-test")
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import socket
import threading
import time
from collections import Counter, deque
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

__all__ = ["ACTIONS", "FakeOpenAI"]

#: What a scripted request can do instead of answering normally.
ACTIONS = (
    "ok",  # answer normally
    "429",  # rate limited, with Retry-After (``retry_after`` seconds, as retry-after-ms too)
    "500",  # internal server error
    "503",  # overloaded
    "hang",  # no answer until ``hang_seconds`` pass (longer than the client's timeout)
    "malformed",  # a reply that is not JSON
    "length",  # the same, stopped at the token limit (finish_reason "length")
    "missing",  # a JSON object without its last field
    "bad_value",  # the first date/amount field holds words
    "unsupported",  # 400: response_format not supported
    "bad_request",  # 400 for another reason (the text is too long for the model)
    "echo_key",  # 401 whose message repeats the Authorization header (a careless proxy)
    "quota",  # 429 insufficient_quota: no credit left, retrying cannot help
    # 200 whose body is an error and no answer, as routers and proxies send (OpenRouter for
    # a failing upstream provider): a transient one (code 502) and a final one (code 400).
    "body_502",
    "body_400",
    "parts",  # the answer as a list of content parts: [{"type": "text", "text": ...}]
    "filtered",  # content null, finish_reason "content_filter" (Azure OpenAI's filter)
    # almost JSON, as small local models write in prompt-only mode: wrapped in an object,
    # keys spelt as labels, single quotes, Python's None, a trailing comma
    "sloppy",
)

_FIELD_LINE = re.compile(r'^- "(?P<name>[^"]+)": (?P<kind>\w+):', re.MULTILINE)
_DOCUMENT = re.compile(r"<document>\n(.*)\n</document>", re.DOTALL)


class FakeOpenAI:
    """The server and its knobs. Use as a context manager, or call :meth:`start`/:meth:`stop`.

    Attributes set by tests (any time, from the test's thread):

    * ``latency`` - seconds each request sleeps before answering (``asyncio.sleep``).
    * ``script`` - a deque of :data:`ACTIONS`, one consumed per request; empty means "ok".
    * ``fail_all`` - an action applied to every request while set (e.g. ``"500"``: server down).
    * ``unsupported`` - ``response_format`` types refused with 400 on every request.
    * ``rate_limit_fraction`` - share of requests answered 429 at random (seeded).
    * ``answers`` - ``{marker: {field: value}}``: when ``marker`` is in the document text, the
      reply takes these values (missing fields fall back to the label lookup).
    * ``fence`` - in prompt-only mode, wrap the JSON in a ```json fence like chatty models do.
    * ``report_usage`` - include ``usage`` in replies (some local servers leave it out).
    * ``no_system`` - refuse any request with a "system" message, with 400 "System role not
      supported", as vLLM does for a model whose chat template has no system role (Gemma).
    * ``fixed_temperature`` - refuse a ``temperature`` other than 1 as OpenAI does for its
      reasoning models (the GPT-5 family): 400 "Unsupported value: 'temperature' ...".
    * ``models`` - when set, the only model names served; another is a 404
      ``model_not_found``, as OpenAI answers for a retired or misspelt model.
    * ``context_tokens`` - the model's context window, in the fake's tokens (4 characters):
      a longer prompt loses the start of its document text and is counted as exactly this
      many tokens, as Ollama silently cuts a prompt to its context length (4096 by default).
    * ``answer_in_reasoning`` - the name of a message field (``reasoning_content``,
      ``reasoning``) to put the answer in, with ``content`` null: what vLLM's reasoning
      parsers do with structured output in some versions.
    """

    def __init__(self, *, latency: float = 0.0, seed: int = 0) -> None:
        self.latency = latency
        self.retry_after = 0.05
        self.hang_seconds = 30.0
        self.fence = True
        self.unsupported: set[str] = set()
        #: The 400 message for a refused ``response_format`` (``{fmt}``: its type).
        self.refusal = "Invalid parameter: response_format of type '{fmt}' is not supported"
        self.answers: dict[str, dict[str, Any]] = {}
        self.script: deque[str] = deque()
        self.fail_all: str | None = None
        self.rate_limit_fraction = 0.0
        self._seed = seed
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._stopping = False
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self.reset()

    # ------------------------------------------------------------------ control

    def reset(self) -> None:
        """Forget counters and knobs (not the port): a fresh server for the next test.

        Requests still hanging from the previous test are released first, so they cannot
        count towards the next test's concurrency.
        """
        self._generation = getattr(self, "_generation", 0) + 1
        deadline = time.monotonic() + 5
        while getattr(self, "in_flight", 0) and time.monotonic() < deadline:
            time.sleep(0.01)
        with self._lock:
            self.latency = 0.0
            self.retry_after = 0.05
            self.hang_seconds = 30.0
            self.fence = True
            self.report_usage = True
            self.no_system = False
            self.fixed_temperature = False
            self.answer_in_reasoning: str | None = None
            self.context_tokens: int | None = None
            self.models: set[str] | None = None
            self.unsupported = set()
            self.refusal = "Invalid parameter: response_format of type '{fmt}' is not supported"
            self.answers = {}
            self.script = deque()
            self.fail_all = None
            self.rate_limit_fraction = 0.0
            self._rng = random.Random(self._seed)
            self.requests = 0
            self.in_flight = 0
            self.peak = 0
            self.statuses: Counter[int] = Counter()
            self.formats: Counter[str] = Counter()
            self.auth: set[str] = set()
            self.bodies: list[dict[str, Any]] = []
            self.arrivals: list[float] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAI:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this. Without it, the response's headers and body (two
        # writes) meet Nagle and the client's delayed ACK: +40 ms on every keep-alive request.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        app = Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                Route("/_stats", self._stats, methods=["GET"]),
            ]
        )
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="none",
            http="h11",
            loop="asyncio",
            timeout_graceful_shutdown=1,
            backlog=512,
        )
        self._server = uvicorn.Server(config)
        self._stopping = False
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="fake-openai", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake OpenAI server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._stopping = True
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stats(self) -> dict[str, Any]:
        """The counters, as plain JSON-able data."""
        with self._lock:
            return {
                "requests": self.requests,
                "peak": self.peak,
                "in_flight": self.in_flight,
                "statuses": {str(k): v for k, v in self.statuses.items()},
                "formats": dict(self.formats),
            }

    # ------------------------------------------------------------------ the endpoints

    async def _stats(self, request: Request) -> Response:
        return JSONResponse(self.stats())

    def _next_action(self) -> str:
        with self._lock:
            if self.fail_all is not None:
                return self.fail_all
            if self.script:
                return self.script.popleft()
            if self.rate_limit_fraction and self._rng.random() < self.rate_limit_fraction:
                return "429"
            return "ok"

    async def _chat(self, request: Request) -> Response:
        body = await request.json()
        fmt = (body.get("response_format") or {}).get("type", "none")
        with self._lock:
            self.requests += 1
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            self.formats[fmt] += 1
            self.auth.add(request.headers.get("authorization", ""))
            self.bodies.append(body)
            self.arrivals.append(time.monotonic())
        try:
            response = await self._respond(request, body, fmt)
        finally:
            with self._lock:
                self.in_flight -= 1
        with self._lock:
            self.statuses[response.status_code] += 1
        return response

    async def _respond(self, request: Request, body: dict[str, Any], fmt: str) -> Response:
        action = self._next_action()
        generation = self._generation
        if self.latency:
            await asyncio.sleep(self.latency)
        if action == "hang":
            deadline = time.monotonic() + self.hang_seconds
            # Polling (not an Event) because stop() runs on another thread and another loop.
            while (  # noqa: ASYNC110
                not self._stopping
                and generation == self._generation
                and time.monotonic() < deadline
            ):
                await asyncio.sleep(0.02)
            return _error(504, "hung request gave up")
        if action == "429":
            headers = {
                "retry-after": f"{self.retry_after:g}",
                "retry-after-ms": str(int(self.retry_after * 1000)),
            }
            return _error(429, "Rate limit reached for requests", "rate_limit_exceeded", headers)
        if action in ("500", "503"):
            return _error(int(action), "The server had an error while processing your request")
        if action == "quota":
            return _error(429, "You exceeded your current quota", "insufficient_quota")
        if action == "echo_key":
            sent = request.headers.get("authorization")
            return _error(401, f"Incorrect API key provided: {sent}")
        if action in ("body_502", "body_400"):
            code = int(action[-3:])
            said = "Provider returned error" if code == 502 else "Prompt is too long for it"
            return JSONResponse({"error": {"message": said, "code": code}}, status_code=200)
        if action == "bad_request":
            return _error(400, "This model's maximum context length is 128000 tokens")
        if self.models is not None and body.get("model") not in self.models:
            message = (
                f"The model `{body.get('model')}` does not exist or you do not have access to it."
            )
            return _error(404, message, "model_not_found")
        if action == "unsupported" or fmt in self.unsupported:
            return _error(400, self.refusal.format(fmt=fmt))
        if self.no_system and any(m.get("role") == "system" for m in body.get("messages", [])):
            return _error(400, "System role not supported")
        if self.fixed_temperature and body.get("temperature", 1) != 1:
            return _error(
                400,
                f"Unsupported value: 'temperature' does not support {body['temperature']} with "
                "this model. Only the default (1) value is supported.",
                "unsupported_value",
            )
        prompt = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
        prompt = self._cut_to_context(prompt)
        fields = {m["name"]: m["kind"] for m in _FIELD_LINE.finditer(prompt)}
        values = self._values(prompt, fields)
        if action == "missing" and values:
            values.pop(list(values)[-1])
        if action == "bad_value":
            for name, kind in fields.items():
                if kind in ("date", "amount", "number"):
                    values[name] = "somewhere around the end of the page"
                    break
        content = json.dumps(values)
        if action in ("malformed", "length"):
            content = '{"invoice_number": "INV-1", "total": 12.5'  # cut off mid-object
        elif action == "sloppy":
            labels = {name.replace("_", " ").title(): v for name, v in values.items()}
            content = f"Sure! {{'document': {labels!r},}}"
        elif fmt == "none" and self.fence:
            content = f"Here is the data:\n```json\n{content}\n```"
        reply = _completion(body, prompt, content)
        if not self.report_usage:
            del reply["usage"]
        message = reply["choices"][0]["message"]
        if self.answer_in_reasoning:
            message[self.answer_in_reasoning], message["content"] = content, None
        if action == "parts":
            half = len(content) // 2
            message["content"] = [
                {"type": "text", "text": content[:half]},
                {"type": "text", "text": content[half:]},
            ]
        if action == "length":
            reply["choices"][0]["finish_reason"] = "length"
        if action == "filtered":
            message["content"] = None
            reply["choices"][0]["finish_reason"] = "content_filter"
        return JSONResponse(reply)

    def _cut_to_context(self, prompt: str) -> str:
        limit = self.context_tokens
        excess = len(prompt) - 4 * limit if limit else 0
        doc = _DOCUMENT.search(prompt)
        if excess <= 0 or doc is None:
            return prompt
        start = doc.start(1)
        return prompt[:start] + prompt[start + min(excess, len(doc.group(1))) :]

    def _values(self, prompt: str, fields: dict[str, str]) -> dict[str, Any]:
        doc = _DOCUMENT.search(prompt)
        text = doc.group(1) if doc else ""
        registered: dict[str, Any] = {}
        for marker, answer in self.answers.items():
            if marker in text:
                registered = answer
                break
        values: dict[str, Any] = {}
        for name, kind in fields.items():
            if name in registered:
                values[name] = registered[name]
                continue
            label = re.escape(name.replace("_", " ")).replace(r"\ ", r"\s+")
            line = rf"^\s*{label}\s*[:#]?\s*(.+?)\s*$"
            found = re.search(line, text, re.IGNORECASE | re.MULTILINE)
            raw = found.group(1) if found else None
            values[name] = _typed(raw, kind)
        return values


def _typed(raw: str | None, kind: str) -> Any:
    if raw is None:
        return None
    if kind in ("amount", "number"):
        number = re.sub(r"[^\d.\-]", "", raw.replace(",", ""))
        try:
            return float(number)
        except ValueError:
            return raw
    return raw


def _completion(body: dict[str, Any], prompt: str, content: str) -> dict[str, Any]:
    prompt_tokens = len(prompt) // 4
    completion_tokens = len(content) // 4 + 1
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1700000000,
        "model": body.get("model", "fake"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _error(
    status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    if status == 504:
        return PlainTextResponse(message, status_code=status, headers=headers)
    error = {"message": message, "type": "invalid_request_error", "param": None, "code": code}
    return JSONResponse({"error": error}, status_code=status, headers=headers)


def main(argv: list[str] | None = None) -> None:
    """Serve in this process until it is terminated (benchmarks run the server apart).

    Prints ``PORT <n>`` once listening; ``GET /_stats`` returns the counters.
    """
    import argparse

    parser = argparse.ArgumentParser(description="fake OpenAI chat-completions server")
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--rate-limit-fraction", type=float, default=0.0)
    parser.add_argument("--retry-after", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    server = FakeOpenAI(seed=args.seed)
    server.latency = args.latency
    server.rate_limit_fraction = args.rate_limit_fraction
    server.retry_after = args.retry_after
    with server:
        print(f"PORT {server.port}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
