"""method="ai" against a real local OpenAI-compatible HTTP server (tests/fake_openai.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import pickle
import random
import sys
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

openai = pytest.importorskip("openai")
pytest.importorskip("uvicorn")
pytest.importorskip("starlette")

import pandas as pd  # noqa: E402
from conftest import invoice_bytes, invoice_truth  # noqa: E402
from fake_openai import FakeOpenAI  # noqa: E402

import pdfkit_nb as pk  # noqa: E402
from pdfkit_nb.document import Document, Page  # noqa: E402
from pdfkit_nb.errors import OptionError  # noqa: E402
from pdfkit_nb.extractors._ai_limits import (  # noqa: E402
    CircuitBreaker,
    TokenBucket,
    backoff_delay,
    retry_after_seconds,
)
from pdfkit_nb.extractors._ai_prompt import SYSTEM_PROMPT, fit_text, read_answer  # noqa: E402
from pdfkit_nb.extractors.ai import (  # noqa: E402
    AIBadResponseError,
    AIExtractor,
    AIRequestError,
    AIUnavailableError,
    HybridExtractor,
)
from pdfkit_nb.extractors.base import Extractor, FieldValue  # noqa: E402
from pdfkit_nb.fields import Field, resolve_fields  # noqa: E402

KEY = "sk-test-DO-NOT-LEAK-0123456789abcdef"
FIELDS = resolve_fields(["invoice_number", "invoice_date", "total", "currency"])


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as srv:
        yield srv


@pytest.fixture
def fake(server: FakeOpenAI) -> FakeOpenAI:
    server.reset()
    return server


def make_ai(fake: FakeOpenAI, **options: Any) -> AIExtractor:
    options.setdefault("backoff", 0.01)
    options.setdefault("timeout", 10)
    return AIExtractor("fake-model", base_url=fake.base_url, api_key=KEY, **options)


def invoice_doc(n: int = 1, *, pages: int = 1) -> Document:
    lines = [
        "ACME Supplies Ltd",
        f"Invoice Number: INV-{n:04d}",
        f"Invoice Date: 05.03.{2000 + n}",
        f"Total: 1,{n:03d}.50",
        "Currency: EUR",
    ]
    return Document([Page(p, 595, 842, "\n".join(lines)) for p in range(1, pages + 1)])


def plain(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.value if isinstance(v, FieldValue) else v for k, v in values.items()}


# ------------------------------------------------------------------ answers and their types
@pytest.mark.asyncio
async def test_values_are_typed_with_usage_meta(fake: FakeOpenAI) -> None:
    ai = make_ai(fake)
    out = await ai.aextract(invoice_doc(7), FIELDS)
    assert plain(out.values) == {
        "invoice_number": "INV-0007",
        "invoice_date": dt.date(2007, 3, 5),
        "total": 1007.5,
        "currency": "EUR",
    }
    assert out.values["total"].rule == "ai"
    assert out.meta["ai_model"] == "fake-model"
    assert out.meta["ai_prompt_tokens"] > 0 and out.meta["ai_completion_tokens"] > 0
    assert out.meta["ai_text_truncated"] is False and out.meta["ai_reasks"] == 0
    assert fake.formats == {"json_schema": 1}
    assert fake.auth == {f"Bearer {KEY}"}


@pytest.mark.asyncio
async def test_not_found_is_none_and_registered_answers_win(fake: FakeOpenAI) -> None:
    fake.answers = {"ACME": {"total": "12,50 €", "invoice_number": None}}
    out = await make_ai(fake).aextract(invoice_doc(1), resolve_fields(["total", "invoice_number"]))
    assert plain(out.values) == {"total": 12.5, "invoice_number": None}


@pytest.mark.parametrize(
    ("refused", "mode"),
    [
        (set(), "json_schema"),
        ({"json_schema"}, "json_object"),
        ({"json_schema", "json_object"}, "none"),
    ],
    ids=["schema", "json-mode", "prompt-only"],
)
@pytest.mark.asyncio
async def test_response_format_falls_back_once(
    fake: FakeOpenAI, refused: set[str], mode: str
) -> None:
    fake.unsupported = refused
    ai = make_ai(fake)
    for n in range(1, 4):
        out = await ai.aextract(invoice_doc(n), FIELDS)
        assert out.values["invoice_number"].value == f"INV-{n:04d}"
    assert ai.response_mode == mode
    # Each refused mode was tried once; every later request used the one that works.
    assert all(fake.formats[kind] == 1 for kind in refused)
    assert fake.formats[mode] == 3
    assert ai.usage.failures == 0


@pytest.mark.parametrize(
    "refusal",
    [
        "The provided JSON schema contains features not supported by xgrammar.",  # vLLM
        "'response_format.type' must be 'json_schema' or 'text'",  # LM Studio
        "Structured outputs are not supported by this model ({fmt})",
    ],
    ids=["vllm-xgrammar", "lm-studio", "structured-outputs"],
)
@pytest.mark.asyncio
async def test_format_refusals_in_other_servers_words_fall_back(
    fake: FakeOpenAI, refusal: str
) -> None:
    fake.unsupported, fake.refusal = {"json_schema", "json_object"}, refusal
    ai = make_ai(fake)
    out = await ai.aextract(invoice_doc(7), FIELDS)
    assert out.values["invoice_number"].value == "INV-0007"
    assert ai.response_mode == "none" and ai.usage.failures == 0


@pytest.mark.asyncio
async def test_a_template_without_system_role_gets_the_instructions_in_the_user_message(
    fake: FakeOpenAI,
) -> None:
    fake.no_system = True
    fake.unsupported = {"json_schema"}  # both refusals in one conversation
    ai = make_ai(fake)
    for n in (1, 2, 3):
        out = await ai.aextract(invoice_doc(n), FIELDS)
        assert out.values["invoice_number"].value == f"INV-{n:04d}"
    assert fake.statuses[400] == 2 and fake.statuses[200] == 3  # each refusal learnt once
    assert ai.usage.failures == 0
    last = fake.bodies[-1]["messages"]
    assert [m["role"] for m in last] == ["user"]
    assert last[0]["content"].startswith(SYSTEM_PROMPT) and "INV-0003" in last[0]["content"]


@pytest.mark.asyncio
async def test_a_model_with_fixed_temperature_gets_none(fake: FakeOpenAI) -> None:
    fake.fixed_temperature = True
    ai = make_ai(fake)
    for n in (1, 2):
        out = await ai.aextract(invoice_doc(n), FIELDS)
        assert out.values["invoice_number"].value == f"INV-{n:04d}"
    assert fake.statuses[400] == 1 and fake.statuses[200] == 2
    assert fake.bodies[0]["temperature"] == 0 and "temperature" not in fake.bodies[-1]
    assert ai.usage.failures == 0


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
@pytest.mark.asyncio
async def test_an_answer_left_in_the_reasoning_field_is_read(fake: FakeOpenAI, field: str) -> None:
    fake.answer_in_reasoning = field  # content null, as vLLM's reasoning parsers may leave it
    out = await make_ai(fake).aextract(invoice_doc(4), FIELDS)
    assert out.values["invoice_number"].value == "INV-0004"
    assert fake.requests == 1  # no re-ask


@pytest.mark.asyncio
async def test_fixed_response_format_is_not_upgraded(fake: FakeOpenAI) -> None:
    ai = make_ai(fake, response_format="json_object")
    await ai.aextract(invoice_doc(), FIELDS)
    assert fake.formats == {"json_object": 1}


@pytest.mark.asyncio
async def test_other_bad_request_is_ai_error_without_retry(fake: FakeOpenAI) -> None:
    fake.script.extend(["bad_request"])
    with pytest.raises(AIRequestError, match="context length") as info:
        await make_ai(fake).aextract(invoice_doc(), FIELDS)
    assert info.value.error_type == "ai_error" and fake.requests == 1


# ------------------------------------------------------------------ retries
@pytest.mark.asyncio
async def test_429_with_retry_after_then_success(fake: FakeOpenAI) -> None:
    fake.retry_after = 0.2
    fake.script.extend(["429", "429"])
    ai = make_ai(fake)
    out = await ai.aextract(invoice_doc(), FIELDS)
    assert out.values["invoice_number"].value == "INV-0001"
    assert fake.statuses[429] == 2 and fake.statuses[200] == 1
    usage = ai.usage
    assert usage.retries == 2 and usage.requests == 3
    assert usage.retry_wait_seconds >= 2 * 0.2  # the server's Retry-After, not our 10 ms backoff


@pytest.mark.parametrize("failures", [["500"], ["500", "503", "500"]], ids=["one", "three"])
@pytest.mark.asyncio
async def test_server_errors_then_success(fake: FakeOpenAI, failures: list[str]) -> None:
    fake.script.extend(failures)
    ai = make_ai(fake)
    out = await ai.aextract(invoice_doc(), FIELDS)
    assert out.values["total"].value == 1001.5
    assert ai.usage.retries == len(failures)


@pytest.mark.asyncio
async def test_retries_exhausted_is_ai_unavailable(fake: FakeOpenAI) -> None:
    fake.script.extend(["500"] * 3)
    with pytest.raises(AIUnavailableError, match=r"HTTP 500.*3 attempts") as info:
        await make_ai(fake, max_retries=2).aextract(invoice_doc(), FIELDS)
    assert info.value.error_type == "ai_unavailable" and fake.requests == 3


@pytest.mark.asyncio
async def test_hang_past_timeout_is_retried(fake: FakeOpenAI) -> None:
    fake.script.append("hang")
    ai = make_ai(fake, timeout=0.3)
    out = await ai.aextract(invoice_doc(), FIELDS)
    assert out.values["invoice_number"].value == "INV-0001"
    assert ai.usage.retries == 1 and fake.requests == 2


@pytest.mark.asyncio
async def test_hang_without_retries_is_ai_unavailable(fake: FakeOpenAI) -> None:
    fake.script.append("hang")
    with pytest.raises(AIUnavailableError, match=r"no answer within 0\.3s"):
        await make_ai(fake, timeout=0.3, max_retries=0).aextract(invoice_doc(), FIELDS)


@pytest.mark.asyncio
async def test_insufficient_quota_is_not_retried(fake: FakeOpenAI) -> None:
    fake.script.append("quota")
    with pytest.raises(AIRequestError, match="quota"):
        await make_ai(fake).aextract(invoice_doc(), FIELDS)
    assert fake.requests == 1


@pytest.mark.asyncio
async def test_an_error_in_a_200_body_is_retried_when_transient(fake: FakeOpenAI) -> None:
    # Routers (OpenRouter) answer 200 with {"error": ...} when the provider behind them fails.
    fake.script.extend(["body_502", "body_502"])
    out = await make_ai(fake, max_retries=3).aextract(invoice_doc(), FIELDS)
    assert out.values["invoice_number"].value == "INV-0001"
    assert fake.requests == 3 and out.meta["ai_reasks"] == 0


@pytest.mark.asyncio
async def test_a_final_error_in_a_200_body_says_what_the_server_said(fake: FakeOpenAI) -> None:
    fake.script.append("body_400")
    with pytest.raises(AIRequestError, match=r"answered with an error .*code 400.*too long"):
        await make_ai(fake, max_retries=3).aextract(invoice_doc(), FIELDS)
    assert fake.requests == 1  # not retried, nor re-asked as if it were a bad answer


@pytest.mark.asyncio
async def test_an_answer_in_content_parts_is_read(fake: FakeOpenAI) -> None:
    fake.script.append("parts")
    out = await make_ai(fake).aextract(invoice_doc(), FIELDS)
    assert out.values["invoice_number"].value == "INV-0001" and out.meta["ai_reasks"] == 0


@pytest.mark.asyncio
async def test_a_filtered_answer_is_an_error_without_re_asking(fake: FakeOpenAI) -> None:
    fake.script.append("filtered")
    with pytest.raises(AIRequestError, match="content filter withheld the answer"):
        await make_ai(fake).aextract(invoice_doc(), FIELDS)
    assert fake.requests == 1


@pytest.mark.asyncio
async def test_cancelled_call_frees_its_slot(fake: FakeOpenAI) -> None:
    # The batch's per-file timeout cancels aextract: the next file must still get through.
    fake.script.append("hang")
    ai = make_ai(fake, ai_concurrency=1)
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(ai.aextract(invoice_doc(1), FIELDS), 0.2)
    out = await ai.aextract(invoice_doc(2), FIELDS)
    assert out.values["invoice_number"].value == "INV-0002"


@pytest.mark.asyncio
async def test_rate_limit_storm_completes(fake: FakeOpenAI) -> None:
    fake.retry_after = 0.02
    fake.script.extend(["429"] * 30)
    ai = make_ai(fake, ai_concurrency=8, max_retries=6, circuit_threshold=3)
    docs = [invoice_doc(n) for n in range(1, 13)]
    outs = await asyncio.gather(*(ai.aextract(d, FIELDS) for d in docs))
    assert [o.values["invoice_number"].value for o in outs] == [
        f"INV-{n:04d}" for n in range(1, 13)
    ]
    assert fake.statuses[429] == 30 and ai.circuit_state == "closed"


# ------------------------------------------------------------------ unusable answers
@pytest.mark.asyncio
async def test_malformed_json_is_reasked(fake: FakeOpenAI) -> None:
    fake.script.append("malformed")
    ai = make_ai(fake)
    out = await ai.aextract(invoice_doc(), FIELDS)
    assert out.values["invoice_number"].value == "INV-0001" and out.meta["ai_reasks"] == 1
    follow_up = fake.bodies[-1]["messages"]
    assert [m["role"] for m in follow_up] == ["system", "user", "assistant", "user"]
    assert "not a JSON object" in follow_up[-1]["content"]


@pytest.mark.asyncio
async def test_a_reply_stopped_at_the_token_limit_says_so(fake: FakeOpenAI) -> None:
    fake.fail_all = "length"
    with pytest.raises(AIBadResponseError, match=r"token limit .*'length'.*context window"):
        await make_ai(fake, reasks=1).aextract(invoice_doc(), FIELDS)
    assert fake.requests == 2


@pytest.mark.asyncio
async def test_almost_json_is_read_without_asking_again(fake: FakeOpenAI) -> None:
    fake.script.append("sloppy")
    out = await make_ai(fake).aextract(invoice_doc(), FIELDS)
    assert fake.requests == 1 and out.meta["ai_reasks"] == 0
    assert out.values["invoice_number"].value == "INV-0001"
    assert all(v is not None for v in out.values.values())


@pytest.mark.parametrize("reasks", [0, 1, 3], ids=["no-reask", "one-reask", "three-reasks"])
@pytest.mark.asyncio
async def test_malformed_json_after_reasks_is_bad_response(fake: FakeOpenAI, reasks: int) -> None:
    fake.fail_all = "malformed"
    ai = make_ai(fake, reasks=reasks)
    with pytest.raises(AIBadResponseError, match="not a JSON object") as info:
        await ai.aextract(invoice_doc(), FIELDS)
    assert info.value.error_type == "ai_bad_response"
    assert fake.requests == reasks + 1 and ai.usage.reasks == reasks
    assert ai.usage.failures == 1 and ai.circuit_state == "closed"


@pytest.mark.parametrize(
    ("action", "field"),
    [("missing", "currency"), ("bad_value", "invoice_date")],
    ids=["missing-key", "unreadable-date"],
)
@pytest.mark.asyncio
async def test_missing_or_unreadable_field_is_reasked(
    fake: FakeOpenAI, action: str, field: str
) -> None:
    fake.script.append(action)
    out = await make_ai(fake).aextract(invoice_doc(), FIELDS)
    assert out.values[field] is not None and out.meta["ai_reasks"] == 1
    assert field in fake.bodies[-1]["messages"][-1]["content"]


@pytest.mark.parametrize(
    "action", ["missing", "bad_value"], ids=["missing-key", "unreadable-value"]
)
@pytest.mark.asyncio
async def test_missing_field_without_reasks_is_na(fake: FakeOpenAI, action: str) -> None:
    fake.script.append(action)
    out = await make_ai(fake, reasks=0).aextract(invoice_doc(), FIELDS)
    assert sum(v is None for v in out.values.values()) == 1
    assert out.values["invoice_number"].value == "INV-0001"


def test_read_answer_accepts_fences_and_prose() -> None:
    specs = resolve_fields(["total", "currency"])
    fenced = read_answer('Sure!\n```json\n{"total": 12, "currency": "usd"}\n```', specs)
    assert fenced.values == {"total": 12.0, "currency": "USD"} and not fenced.problems
    listing = read_answer('[{"total": 12}, {"total": 13}]', specs)
    assert not listing.parsed and listing.problems


@pytest.mark.parametrize(
    "reply",
    [
        # a reasoning model served without a reasoning parser
        '<think>The total is {12}? Check the {"currency"} line.</think>\n'
        '{"total": 12, "currency": "usd"}',
        # prose with braces of its own around the object
        'Fields {as asked}: {"total": 12, "currency": "usd"} (values in {} are as printed)',
        # prose before a fenced block
        'Here you go.\n```json\n{"total": 12, "currency": "usd"}\n```\nAnything else?',
        '```\n{"total": 12, "currency": "usd"}\n```',
    ],
    ids=["think-block", "braces-in-prose", "prose-and-fence", "bare-fence"],
)
def test_read_answer_finds_the_object_in_what_local_models_write(reply: str) -> None:
    answer = read_answer(reply, resolve_fields(["total", "currency"]))
    assert answer.values == {"total": 12.0, "currency": "USD"} and not answer.problems


@pytest.mark.parametrize(
    "reply",
    [
        '{"total": 12, "currency": "usd",}',
        "{'total': 12, 'currency': 'usd', 'note': None}",
        'Sure: {total: 12, currency: "usd"}',
        '[{"total": 12, "currency": "usd"}]',
        '{"invoice": {"total": 12, "currency": "usd"}}',
        '{"Total": 12, "Currency": "usd"}',
        '{"total": {"value": 12, "confidence": 0.9}, "currency": {"value": "usd"}}',
    ],
    ids=[
        "trailing-comma",
        "python-dict",
        "bare-keys",
        "list-of-one",
        "wrapped",
        "label-keys",
        "value-objects",
    ],
)
def test_read_answer_reads_almost_json(reply: str) -> None:
    answer = read_answer(reply, resolve_fields(["total", "currency"]))
    assert answer.values == {"total": 12.0, "currency": "USD"} and not answer.problems


def test_read_answer_keeps_a_cut_off_reply_unread() -> None:
    # A reply stopped by the token limit is asked again, never completed by guessing: the
    # last value may have lost its end.
    answer = read_answer('{"currency": "usd", "total": 129.5', resolve_fields(["total"]))
    assert not answer.parsed and answer.problems


def test_read_answer_prefers_the_key_spelt_as_asked() -> None:
    answer = read_answer('{"Total": 1, "total": 2}', resolve_fields(["total"]))
    assert answer.values == {"total": 2.0}


# ------------------------------------------------------------------ circuit breaker
@pytest.mark.asyncio
async def test_circuit_opens_fails_fast_and_closes_after_cooldown(fake: FakeOpenAI) -> None:
    fake.fail_all = "500"
    ai = make_ai(fake, max_retries=0, circuit_threshold=3, circuit_cooldown=0.3, ai_concurrency=1)
    results = await asyncio.gather(
        *(ai.aextract(invoice_doc(n), FIELDS) for n in range(10)), return_exceptions=True
    )
    assert all(isinstance(r, AIUnavailableError) for r in results)
    assert fake.requests == 3 and ai.circuit_state == "open"
    assert "3 consecutive calls" in str(results[-1]) and "HTTP 500" in str(results[-1])
    with pytest.raises(AIUnavailableError):  # still open: no request reaches the server
        await ai.aextract(invoice_doc(), FIELDS)
    assert fake.requests == 3

    await asyncio.sleep(0.35)  # the cooldown passes; the server is still down
    assert ai.circuit_state == "half-open"
    with pytest.raises(AIUnavailableError, match="HTTP 500"):
        await ai.aextract(invoice_doc(), FIELDS)
    assert fake.requests == 4 and ai.circuit_state == "open"  # the probe failed: open again

    fake.fail_all = None
    await asyncio.sleep(0.35)
    out = await ai.aextract(invoice_doc(5), FIELDS)
    assert out.values["invoice_number"].value == "INV-0005" and ai.circuit_state == "closed"


def test_circuit_breaker_half_open_admits_one_probe() -> None:
    now = [0.0]
    b = CircuitBreaker(threshold=2, cooldown=10.0, clock=lambda: now[0])
    b.failure("x")
    assert b.check() is None and b.state == "closed"
    b.failure("x")
    assert b.state == "open" and b.check() is not None
    now[0] = 11.0
    first, second = object(), object()
    assert b.check(first) is None and b.check(second) is not None
    b.abandon(second)  # not the probe: changes nothing
    assert b.check(second) is not None
    b.abandon(first)  # the probe was cancelled: someone else may probe
    assert b.check(second) is None
    assert b.success() is True and b.state == "closed" and b.trips == 1


# ------------------------------------------------------------------ concurrency and limits
@pytest.mark.parametrize("limit", [1, 4, 16], ids=["c1", "c4", "c16"])
@pytest.mark.asyncio
async def test_ai_concurrency_is_the_servers_peak(fake: FakeOpenAI, limit: int) -> None:
    fake.latency = 0.05
    ai = make_ai(fake, ai_concurrency=limit)
    await asyncio.gather(*(ai.aextract(invoice_doc(n), FIELDS) for n in range(3 * limit)))
    assert fake.peak == limit


@pytest.mark.asyncio
async def test_requests_per_minute_limiter_spaces_requests(fake: FakeOpenAI) -> None:
    ai = make_ai(fake, requests_per_minute=240)  # 4 per second, a burst of 4
    await asyncio.gather(*(ai.aextract(invoice_doc(n), FIELDS) for n in range(8)))
    # Four go at once, the next four wait 0.25, 0.5, 0.75 and 1 s for their tokens.
    assert fake.requests == 8
    assert ai.usage.limiter_wait_seconds == pytest.approx(2.5, abs=0.3)


@pytest.mark.asyncio
async def test_tokens_per_minute_limiter_waits_and_settles(fake: FakeOpenAI) -> None:
    ai = make_ai(fake, tokens_per_minute=60_000)  # 1000 tokens/s, a burst of 1000
    outs = await asyncio.gather(*(ai.aextract(invoice_doc(n), FIELDS) for n in range(6)))
    assert all(o.values["total"] is not None for o in outs)
    assert ai.usage.limiter_wait_seconds > 0  # six ~250-token prompts overdraw the burst


@pytest.mark.asyncio
async def test_server_without_usage_reports_none(fake: FakeOpenAI) -> None:
    fake.report_usage = False
    ai = make_ai(fake)
    out = await ai.aextract(invoice_doc(), FIELDS)
    assert out.meta["ai_prompt_tokens"] is None and out.meta["ai_completion_tokens"] is None
    assert ai.usage.requests == 1 and ai.usage.total_tokens == 0


def test_token_bucket_reserves_in_arrival_order() -> None:
    now = [0.0]
    bucket = TokenBucket(rate=10.0, capacity=10.0, clock=lambda: now[0])
    assert [bucket.reserve(4) for _ in range(3)] == [0.0, 0.0, pytest.approx(0.2)]
    now[0] = 1.0  # ten tokens refilled, two of them owed
    assert bucket.reserve(8) == 0.0
    bucket.settle(-5)  # the last estimate was too high: give tokens back
    assert bucket.reserve(5) == 0.0 and bucket.reserve(1) == pytest.approx(0.1)


def test_backoff_honours_retry_after_and_grows() -> None:
    rng = random.Random(1)
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert 3.0 <= backoff_delay(1, 0.5, 3.0, rng=rng) <= 3.3
    steps = [backoff_delay(n, 0.5, rng=rng) for n in range(1, 8)]
    assert all(0.25 * 2 ** (n - 1) <= d <= 0.5 * 2 ** (n - 1) for n, d in enumerate(steps[:4], 1))
    assert max(steps) <= 8.0  # capped


@pytest.mark.asyncio
async def test_a_base_url_without_v1_says_where_the_routes_are(fake: FakeOpenAI) -> None:
    root = fake.base_url.removesuffix("/v1")  # a common slip with Ollama and LM Studio
    ai = AIExtractor("fake-model", base_url=root, api_key=KEY, max_retries=0)
    with pytest.raises(AIRequestError) as info:
        await ai.aextract(invoice_doc(), FIELDS)
    message = info.value.message
    assert message.startswith("HTTP 404")
    assert f"base_url={root + '/v1'!r}" in message and "fake-model" in message


@pytest.mark.asyncio
async def test_an_unknown_model_says_how_to_choose_one(fake: FakeOpenAI) -> None:
    fake.models = {"served-model"}
    ai = AIExtractor("gpt-retired", base_url=fake.base_url, api_key=KEY, max_retries=0)
    with pytest.raises(AIRequestError) as info:
        await ai.aextract(invoice_doc(), FIELDS)
    message = info.value.message
    assert message.startswith("HTTP 404") and "gpt-retired" in message
    assert "model= or PDFKIT_NB_AI_MODEL" in message
    assert fake.requests == 1  # a 404 is not retried


# ------------------------------------------------------------------ the key stays secret
@pytest.mark.asyncio
async def test_api_key_never_leaks(fake: FakeOpenAI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake.script.extend(["500", "echo_key"])
    ai = make_ai(fake, max_retries=1)
    with pytest.raises(AIRequestError) as info:
        await ai.aextract(invoice_doc(), FIELDS)
    out = await ai.aextract(invoice_doc(), FIELDS)
    err = info.value
    assert "401" in err.message and "OPENAI_API_KEY" in err.message
    texts = [
        repr(ai),
        ai.fingerprint(),
        str(err),
        repr(err),
        str(pickle.loads(pickle.dumps(err))),
        repr(out.meta),
        repr(ai.usage),
        *(r.getMessage() for r in caplog.records),
    ]
    assert caplog.records  # the retry was logged
    assert not [t for t in texts if KEY in t or KEY[8:] in t]


def test_options_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(OptionError, match=r"set OPENAI_API_KEY .*set OPENAI_BASE_URL="):
        AIExtractor("m")
    with pytest.raises(OptionError, match="ai_concurrency"):
        AIExtractor("m", base_url="http://127.0.0.1:9/v1", ai_concurrency=0)
    with pytest.raises(OptionError, match="response_format"):
        AIExtractor("m", base_url="http://127.0.0.1:9/v1", response_format="xml")  # type: ignore[arg-type]
    assert isinstance(AIExtractor("m", base_url="http://127.0.0.1:9/v1"), Extractor)


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("PDFKIT_NB_AI_MODEL", "env-model")
    ai = AIExtractor.from_env(ai_concurrency=3)
    assert (ai.model, ai.base_url, ai.ai_concurrency) == ("env-model", "http://127.0.0.1:9/v1", 3)
    assert AIExtractor.from_env(model="other").model == "other"
    monkeypatch.delenv("PDFKIT_NB_AI_MODEL")
    assert AIExtractor.from_env().model == "gpt-4o-mini"


def test_missing_openai_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)
    with pytest.raises(ImportError, match=r"pip install \"pdfkit_nb\[ai\]\""):
        AIExtractor("m", base_url="http://127.0.0.1:9/v1")


# ------------------------------------------------------------------ long documents
def test_fit_text_keeps_first_and_last_pages() -> None:
    pages = [Page(n, 595, 842, f"PAGE{n:02d} " + "x" * 990) for n in range(1, 11)]
    text, cut = fit_text(Document(pages), 4000)
    assert cut and "PAGE01" in text and "PAGE10" in text
    # Pages 2 and 3 fill what the first and last leave of the budget, in order.
    assert "PAGE03" in text and "PAGE04" not in text and "pages 4-9 omitted" in text
    assert text.index("PAGE01") < text.index("PAGE03") < text.index("PAGE10")
    whole, cut = fit_text(Document(pages[:2]), 4000)
    assert not cut and "--- page 2 ---" in whole


def test_fit_text_cuts_one_long_page_in_the_middle() -> None:
    doc = Document([Page(1, 595, 842, "Invoice Number: A-1\n" + "y" * 5000 + "\nTotal: 9.99")])
    text, cut = fit_text(doc, 1000)
    assert cut and "Invoice Number: A-1" in text and "Total: 9.99" in text
    assert len(text) < 1200 and "characters omitted" in text


@pytest.mark.asyncio
async def test_truncation_is_reported_and_totals_survive(fake: FakeOpenAI) -> None:
    filler = [Page(n, 595, 842, "filler line\n" * 300) for n in range(2, 30)]
    head = Page(1, 595, 842, "Invoice Number: LONG-1")
    tail = Page(30, 595, 842, "Total: 42.00")
    out = await make_ai(fake, max_chars=2000).aextract(
        Document([head, *filler, tail]), resolve_fields(["invoice_number", "total"])
    )
    assert plain(out.values) == {"invoice_number": "LONG-1", "total": 42.0}
    assert out.meta["ai_text_truncated"] is True
    assert len(fake.bodies[-1]["messages"][1]["content"]) < 3000


@pytest.mark.asyncio
async def test_a_prompt_cut_by_the_server_is_flagged_and_warned_once(fake: FakeOpenAI) -> None:
    # Ollama cuts a prompt longer than its context window (4096 tokens by default) from the
    # start and says nothing; only its token count shows it.
    fake.context_tokens = 4096
    filler = [Page(n, 595, 842, "Item 7731 Widget 12.00\n" * 300) for n in range(2, 8)]
    doc = Document([Page(1, 595, 842, "Invoice Number: CUT-1"), *filler])  # ~42,000 chars
    ai = make_ai(fake, reasks=0, max_chars=60_000)  # all of it is sent
    with pytest.warns(RuntimeWarning, match=r"counted 4096 prompt tokens.*context window"):
        cut = await ai.aextract(doc, resolve_fields(["invoice_number"]))
        again = await ai.aextract(doc, resolve_fields(["invoice_number"]))
    assert cut.meta["ai_text_truncated"] is True and again.meta["ai_text_truncated"] is True
    assert cut.values["invoice_number"] is None  # the start of the document never arrived
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once per extractor, not per row
        await ai.aextract(doc, resolve_fields(["invoice_number"]))

    fake.context_tokens = None
    whole = await make_ai(fake, max_chars=60_000).aextract(doc, resolve_fields(["invoice_number"]))
    assert whole.meta["ai_text_truncated"] is False
    assert whole.values["invoice_number"].value == "CUT-1"


# ------------------------------------------------------------------ usage
@pytest.mark.asyncio
async def test_usage_totals_match_rows(fake: FakeOpenAI) -> None:
    ai = make_ai(fake)
    outs = [await ai.aextract(invoice_doc(n), FIELDS) for n in range(3)]
    usage = ai.usage
    assert usage.requests == 3 and usage.retries == 0
    assert usage.prompt_tokens == sum(o.meta["ai_prompt_tokens"] for o in outs)
    assert usage.completion_tokens == sum(o.meta["ai_completion_tokens"] for o in outs)
    ai.reset_usage()
    assert ai.usage.requests == 0


# ------------------------------------------------------------------ hybrid
class HalfRules(Extractor):
    """Finds the invoice number only, like rules that miss the rest."""

    def extract(self, doc: Document, fields: Mapping[str, Field]) -> dict[str, Any]:
        return {"invoice_number": FieldValue("RULES-1", rule="label")}


@pytest.mark.asyncio
async def test_hybrid_asks_the_model_only_for_empty_fields(fake: FakeOpenAI) -> None:
    hybrid = HybridExtractor(make_ai(fake), rules=HalfRules())
    out = await hybrid.aextract(invoice_doc(), FIELDS)
    assert out.values["invoice_number"].value == "RULES-1"
    assert out.values["total"].value == 1001.5
    assert out.meta["ai_fields"] == "invoice_date,total,currency"
    assert '"invoice_number"' not in fake.bodies[-1]["messages"][1]["content"]
    everything = resolve_fields(["invoice_number"])
    out = await hybrid.aextract(invoice_doc(), everything)
    assert out.meta["ai_fields"] == "" and fake.requests == 1


@pytest.mark.asyncio
async def test_hybrid_with_builtin_rules_on_text_only(fake: FakeOpenAI) -> None:
    pytest.importorskip("pdfkit_nb.extractors.rules")
    hybrid = HybridExtractor(make_ai(fake))
    out = await hybrid.aextract(invoice_doc(3), resolve_fields(["invoice_number", "po_number"]))
    assert out.values["invoice_number"].value == "INV-0003"
    assert out.values["invoice_number"].rule != "ai" and out.values["invoice_number"].bbox is None
    assert out.meta["ai_fields"] == "po_number" and fake.requests == 1


# ------------------------------------------------------------------ end to end
def test_extract_batch_with_ai_extractor(fake: FakeOpenAI) -> None:
    ai = make_ai(fake)
    sources = [(f"inv{n}.pdf", invoice_bytes(n, day=n)) for n in range(1, 5)]
    fields = ["invoice_number", "invoice_date", "total"]
    df = pk.extract_batch_sync(sources, fields, method=ai, progress=None, executor="thread")
    assert df["success"].all()
    for n, row in enumerate(df.itertuples(), start=1):
        truth = invoice_truth(n, day=n)
        assert row.invoice_number == truth["invoice_number"]
        assert row.invoice_date == pd.Timestamp(truth["invoice_date"])
        assert row.total == truth["total"]
    assert (df["ai_model"] == "fake-model").all() and (df["ai_prompt_tokens"] > 0).all()
    assert not df["ai_text_truncated"].any()
    # The same extractor again on a new event loop: a new client, same totals.
    df2 = pk.extract_batch_sync(sources[:1], fields, method=ai, progress=None, executor="thread")
    assert df2["success"].all() and ai.usage.requests == 5


def test_extract_batch_error_rows(fake: FakeOpenAI) -> None:
    fake.fail_all = "malformed"
    ai = make_ai(fake, reasks=0)
    sources = [(f"inv{n}.pdf", invoice_bytes(n)) for n in range(1, 3)]
    df = pk.extract_batch_sync(sources, ["total"], method=ai, progress=None, executor="thread")
    assert not df["success"].any()
    assert list(df["error_type"]) == ["ai_bad_response"] * 2
    assert df["total"].isna().all() and df["error"].str.contains("JSON").all()


@pytest.mark.asyncio
async def test_user_supplied_client_is_used_and_left_open(fake: FakeOpenAI) -> None:
    async with openai.AsyncOpenAI(api_key=KEY, base_url=fake.base_url, max_retries=7) as client:
        ai = AIExtractor("fake-model", client=client)
        out = await ai.aextract(invoice_doc(), FIELDS)
        assert out.values["invoice_number"].value == "INV-0001"
        assert ai.base_url is not None and ai.base_url.startswith(fake.base_url)
        assert not client.is_closed()
