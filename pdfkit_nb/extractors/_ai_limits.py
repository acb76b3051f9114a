"""Client-side limits for LLM calls: token buckets, a circuit breaker, backoff and usage totals."""

from __future__ import annotations

import asyncio
import email.utils
import math
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace

__all__ = ["AIUsage", "CircuitBreaker", "TokenBucket", "backoff_delay", "retry_after_seconds"]

#: Longest server-requested wait we honour; beyond it the backoff schedule applies instead
#: (the openai client draws the same line, at two minutes).
MAX_RETRY_AFTER = 120.0
#: Upper bound of one exponential backoff step (seconds), as in the openai client.
MAX_BACKOFF = 8.0


@dataclass(frozen=True)
class AIUsage:
    """Totals over every call an :class:`~pdfkit_nb.extractors.ai.AIExtractor` made.

    ``prompt_tokens``/``completion_tokens`` are what the server reported (servers that do
    not report usage add nothing); ``retries`` counts repeated HTTP attempts after 429, 5xx,
    timeouts and connection errors; ``reasks`` counts follow-up questions after an unusable
    answer; ``failures`` counts files that ended in an ``ai_*`` error;
    ``retry_wait_seconds`` is the time spent sleeping before retries (Retry-After or backoff);
    ``limiter_wait_seconds`` the time spent waiting on the RPM/TPM limiter.

    >>> AIUsage(requests=2, prompt_tokens=900, completion_tokens=40).total_tokens
    940
    """

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0
    reasks: int = 0
    failures: int = 0
    retry_wait_seconds: float = 0.0
    limiter_wait_seconds: float = 0.0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: AIUsage) -> AIUsage:
        return AIUsage(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )


class UsageCounter:
    """A thread-safe running :class:`AIUsage` (one extractor may serve loops in several threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._usage = AIUsage()

    def add(self, **deltas: float) -> None:
        with self._lock:
            self._usage = replace(
                self._usage,
                **{k: getattr(self._usage, k) + v for k, v in deltas.items()},
            )

    def snapshot(self) -> AIUsage:
        with self._lock:
            return self._usage

    def reset(self) -> None:
        with self._lock:
            self._usage = AIUsage()


class TokenBucket:
    """A reservation token bucket: ``rate`` tokens per second, bursts up to ``capacity``.

    A caller takes its tokens at once, even into debt, and sleeps for as long as the debt
    takes to refill. Waiters are thereby spaced out in arrival order without polling, and the
    state is plain numbers under a thread lock, so one bucket can serve several event loops.

    >>> bucket = TokenBucket(rate=1.0, capacity=2.0, clock=lambda: 0.0)
    >>> [bucket.reserve(1) for _ in range(4)]
    [0.0, 0.0, 1.0, 2.0]
    """

    def __init__(
        self, rate: float, capacity: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if not rate > 0 or not capacity > 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self._clock = clock
        self._tokens = float(capacity)
        self._stamp = clock()
        self._lock = threading.Lock()

    def reserve(self, amount: float) -> float:
        """Take ``amount`` tokens now; return the seconds to wait before using them."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            self._tokens -= amount
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def settle(self, amount: float) -> None:
        """Correct an earlier estimate: positive takes more tokens, negative gives some back."""
        with self._lock:
            self._tokens = min(self.capacity, self._tokens - amount)

    async def acquire(self, amount: float) -> float:
        """Reserve ``amount`` and sleep until it is covered; return the seconds slept."""
        wait = self.reserve(amount)
        if wait > 0:
            await asyncio.sleep(wait)
        return wait


class CircuitBreaker:
    """Closed → open after ``threshold`` consecutive failed calls → half-open after ``cooldown``.

    While open, :meth:`check` returns a reason to fail fast. Half-open lets exactly one probe
    call through; its success closes the circuit, its failure opens it for another cooldown.
    Any success closes it (a call that was already in flight proves the server is back).

    >>> b = CircuitBreaker(threshold=2, cooldown=30.0, clock=lambda: 0.0)
    >>> b.failure("HTTP 500"), b.failure("HTTP 500"), b.state  # True: this failure opened it
    (False, True, 'open')
    >>> b.check() is not None
    True
    """

    def __init__(
        self, threshold: int, cooldown: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._probe: object | None = None
        self.last_error: str | None = None
        #: How many times the circuit opened (for logs and tests).
        self.trips = 0

    @property
    def state(self) -> str:
        """``"closed"``, ``"open"`` or ``"half-open"`` (cooldown over, waiting for a probe)."""
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self._opened_at is None:
            return "closed"
        return "open" if self._clock() - self._opened_at < self.cooldown else "half-open"

    def check(self, caller: object = None) -> str | None:
        """``None`` if a call may go ahead, else the reason to fail fast.

        When half-open, the first ``caller`` let through becomes the probe.
        """
        with self._lock:
            state = self._state()
            if state == "closed":
                return None
            if state == "half-open" and self._probe is None:
                self._probe = caller if caller is not None else object()
                return None
            assert self._opened_at is not None
            left = max(0.0, self.cooldown - (self._clock() - self._opened_at))
            waiting = f"retrying in {left:.0f}s" if state == "open" else "a probe call is in flight"
            return (
                f"{self._failures} consecutive calls to the AI service failed "
                f"(last: {self.last_error}); not calling it for now, {waiting}"
            )

    def success(self) -> bool:
        """Record a successful call; return ``True`` if this closed an open circuit."""
        with self._lock:
            was_open = self._opened_at is not None
            self._failures, self._opened_at, self._probe = 0, None, None
            return was_open

    def failure(self, error: str) -> bool:
        """Record a failed call; return ``True`` if this opened the circuit."""
        with self._lock:
            self.last_error = error
            self._failures += 1
            if self._probe is not None or (
                self._opened_at is None and self._failures >= self.threshold
            ):
                self._opened_at, self._probe = self._clock(), None
                self.trips += 1
                return True
            return False

    def abandon(self, caller: object) -> None:
        """``caller`` was cancelled before it answered: if it was the probe, let another probe."""
        with self._lock:
            if self._probe is caller:
                self._probe = None


def retry_after_seconds(headers: Mapping[str, str] | None) -> float | None:
    """Seconds a 429/503 response asks us to wait (``retry-after-ms`` or ``retry-after``).

    >>> retry_after_seconds({"retry-after": "2"}), retry_after_seconds({"retry-after-ms": "150"})
    (2.0, 0.15)
    """
    if not headers:
        return None
    for key, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(key)
        if raw is None:
            continue
        try:
            value = float(raw) * scale
        except ValueError:
            parsed = email.utils.parsedate_tz(raw)  # an HTTP date
            if parsed is None:
                continue
            value = email.utils.mktime_tz(parsed) - time.time()
        if math.isfinite(value) and value >= 0:
            return value
    return None


def backoff_delay(
    retry: int, base: float, retry_after: float | None = None, *, rng: random.Random | None = None
) -> float:
    """Seconds before retry number ``retry`` (1-based).

    A usable ``Retry-After`` wins (plus up to 10 % jitter so a crowd of waiters does not come
    back in the same millisecond). Otherwise exponential backoff with "equal jitter": half of
    ``base * 2**(retry-1)`` (capped at 8 s) fixed, the other half random.

    >>> backoff_delay(1, 0.5, retry_after=3.0, rng=random.Random(0)) >= 3.0
    True
    >>> 2.0 <= backoff_delay(4, 0.5, rng=random.Random(0)) <= 4.0
    True
    """
    draw = rng.random if rng is not None else random.random
    if retry_after is not None and 0 <= retry_after <= MAX_RETRY_AFTER:
        return retry_after * (1 + 0.1 * draw())
    step: float = min(MAX_BACKOFF, base * 2 ** (retry - 1))
    return step / 2 + draw() * step / 2
