"""method='ai' / 'rules+ai' through the public API, against the local fake OpenAI server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("openai")
pytest.importorskip("uvicorn")

from fake_openai import FakeOpenAI

import pdfkit_nb as pk


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as srv:
        yield srv


@pytest.fixture
def env(server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    server.reset()
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-do-not-leak")
    monkeypatch.setenv("PDFKIT_NB_AI_MODEL", "fake-model")
    return server


def test_method_ai_configured_from_the_environment(invoice_dir: Path, env: FakeOpenAI) -> None:
    df = pk.extract_batch_sync(
        invoice_dir, ["invoice_number", "total"], method="ai", progress=None, ai_concurrency=3
    )
    assert df["success"].all()
    assert df["invoice_number"].tolist() == [f"INV-{n:04d}" for n in range(1, 6)]
    assert (df["ai_model"] == "fake-model").all()
    assert env.requests == 5 and env.peak <= 3
    assert "sk-test-do-not-leak" not in df.to_json()


def test_rules_plus_ai_asks_only_for_what_the_rules_missed(
    invoice_dir: Path, env: FakeOpenAI
) -> None:
    env.answers = {"INV-": {"favourite_colour": "teal"}}
    df = pk.extract_batch_sync(
        invoice_dir,
        ["invoice_number", "total", "favourite_colour"],
        method="rules+ai",
        progress=None,
        explain=True,
    )
    assert df["success"].all()
    assert (df["favourite_colour"] == "teal").all()
    assert (df["ai_fields"] == "favourite_colour").all()
    # The rules ran in the parse worker, with real word positions: their values keep a bbox.
    assert all(src["bbox"] for src in df["invoice_number__source"])
    assert env.requests == 5  # one call per file, for the one field the rules missed


def test_ai_error_rows_map_to_their_error_class(invoice_dir: Path, env: FakeOpenAI) -> None:
    env.fail_all = "malformed"
    results = pk.BatchProcessor(pk.AsyncPDFProcessor(executor="thread")).process_batch(
        [invoice_dir / "invoice_1.pdf"], pk.AIExtractor.from_env(reasks=1, max_retries=0), ["total"]
    )
    assert results[0].error_type == "ai_bad_response"
    with pytest.raises(pk.AIBadResponseError):
        results[0].raise_for_error()
