"""What an LLM is asked and how its answer is read: text budget, prompt, JSON schema, validation."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..document import Document
from ..fields import Field
from ..values import coerce

__all__ = [
    "PROMPT_VERSION",
    "Answer",
    "build_messages",
    "fit_text",
    "read_answer",
    "reask_message",
    "response_format",
]

#: Bump when the prompt or schema changes what the model answers (part of cache keys).
PROMPT_VERSION = "1"

SYSTEM_PROMPT = (
    "You extract data fields from the text of a document (an invoice, receipt, statement or "
    "similar). Reply with one JSON object and nothing else: no prose, no code fences. Use "
    "exactly the keys listed. Copy values from the document; never invent, guess or compute "
    "them. When a field is not in the document, its value is null."
)

#: How each kind should be written, in the prompt and in the schema's descriptions.
KIND_HINTS: dict[str, str] = {
    "text": "the text as printed",
    "id": "the identifier exactly as printed, without its label",
    "date": "the date as YYYY-MM-DD",
    "amount": "a JSON number, '.' as decimal separator, no currency sign or thousands separator",
    "number": "a JSON number",
    "currency": "the ISO 4217 code, e.g. EUR or USD",
}
_NUMERIC = ("amount", "number")
_PAGE_MARK = "--- page {} ---"


def fit_text(doc: Document, max_chars: int) -> tuple[str, bool]:
    """The document's text with page markers, cut to about ``max_chars`` characters of text.

    Headers (first page) and totals (last page) matter most, so when the text is too long the
    first and last pages are kept and the middle pages fill what budget is left, in order; a
    marker says what was left out. A first or last page that alone is too long keeps its top
    (first page) or bottom (last page). Returns ``(text, truncated)``.

    >>> from pdfkit_nb.document import Document, Page
    >>> doc = Document([Page(i, 595, 842, f"page {i} " * 20) for i in (1, 2, 3)])
    >>> text, cut = fit_text(doc, 300)
    >>> cut, "page 1" in text, "page 3" in text, "pages 2-2 omitted" in text
    (True, True, True, True)
    """
    pages = [(p.number, p.text.strip()) for p in doc.pages]
    if sum(len(t) for _, t in pages) <= max_chars:
        return _join([(n, t) for n, t in pages]), False
    if len(pages) == 1:
        number, text = pages[0]
        head = max_chars * 3 // 5
        tail = max_chars - head
        cut = len(text) - head - tail
        gap = f"\n[... {cut} characters omitted ...]\n"
        return _join([(number, text[:head].rstrip() + gap + text[-tail:].lstrip())]), True
    (first_no, first), (last_no, last) = pages[0], pages[-1]
    # Each end gets half the budget; whatever one end does not need, the other may use.
    half = max_chars // 2
    first_keep = min(len(first), max(half, max_chars - len(last)))
    last_keep = min(len(last), max_chars - first_keep)
    budget = max_chars - first_keep - last_keep
    middle: list[tuple[int, str]] = []
    for number, text in pages[1:-1]:
        if len(text) > budget:
            break
        middle.append((number, text))
        budget -= len(text)
    kept: list[tuple[int, str]] = [(first_no, _head(first, first_keep)), *middle]
    omitted = [n for n, _ in pages[1 + len(middle) : -1]]
    if omitted:
        kept.append((-1, f"[... pages {omitted[0]}-{omitted[-1]} omitted ...]"))
    kept.append((last_no, _tail(last, last_keep)))
    return _join(kept), True


def _head(text: str, keep: int) -> str:
    return text if len(text) <= keep else text[:keep].rstrip() + "\n[... rest of page omitted ...]"


def _tail(text: str, keep: int) -> str:
    if len(text) <= keep:
        return text
    return "[... start of page omitted ...]\n" + text[-keep:].lstrip()


def _join(pages: Sequence[tuple[int, str]]) -> str:
    return "\n".join(text if n < 0 else f"{_PAGE_MARK.format(n)}\n{text}" for n, text in pages)


def _describe(name: str, spec: Field) -> str:
    kind = spec.resolved_kind
    line = f"- {json.dumps(name)}: {kind}: {KIND_HINTS[kind]}"
    if spec.labels:
        line += "; often labelled " + ", ".join(json.dumps(label) for label in spec.labels)
    return line


def build_messages(fields: Mapping[str, Field], text: str) -> list[dict[str, Any]]:
    """The chat messages for one document: the field names, kinds and labels, then its text.

    Nothing else is sent: no file name, path or metadata.

    >>> from pdfkit_nb.fields import resolve_fields
    >>> msgs = build_messages(resolve_fields(["total"]), "Total: 12.50")
    >>> [m["role"] for m in msgs], '"total": amount' in msgs[1]["content"]
    (['system', 'user'], True)
    """
    listing = "\n".join(_describe(name, spec) for name, spec in fields.items())
    user = (
        f"Fields (JSON keys) and how to write each value:\n{listing}\n\n"
        "Document text (each page starts with a line like '--- page 2 ---'):\n"
        f"<document>\n{text}\n</document>\n\n"
        f"Reply with the JSON object with keys {', '.join(json.dumps(n) for n in fields)}."
    )
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def json_schema(fields: Mapping[str, Field]) -> dict[str, Any]:
    """A strict JSON schema: every field required, each a number/string or null."""
    props: dict[str, Any] = {}
    for name, spec in fields.items():
        kind = spec.resolved_kind
        props[name] = {
            "type": ["number" if kind in _NUMERIC else "string", "null"],
            "description": KIND_HINTS[kind],
        }
    return {
        "type": "object",
        "properties": props,
        "required": list(fields),
        "additionalProperties": False,
    }


def response_format(mode: str, fields: Mapping[str, Field]) -> dict[str, Any] | None:
    """The ``response_format`` request parameter for ``mode`` (``None`` for prompt-only)."""
    if mode == "json_schema":
        schema = {"name": "extracted_fields", "strict": True, "schema": json_schema(fields)}
        return {"type": "json_schema", "json_schema": schema}
    if mode == "json_object":
        return {"type": "json_object"}
    return None


@dataclass
class Answer:
    """One model reply, read: usable values, and what was wrong with the rest."""

    values: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: False when the reply was not a JSON object at all.
    parsed: bool = False
    #: Fields still to ask about (missing from the reply or not readable as their kind).
    unresolved: list[str] = field(default_factory=list)


_FENCE = re.compile(r"```(?:json)?\s*(.*?)\s*```", re.DOTALL | re.IGNORECASE)
# Reasoning models served without a reasoning parser (Qwen3, DeepSeek-R1 on Ollama, vLLM or
# llama.cpp) put their thoughts before the answer, braces and all.
_THINKING = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.DOTALL | re.IGNORECASE)
_DECODER = json.JSONDecoder()


def _json_object(content: str) -> dict[str, Any] | None:
    """The JSON object in a reply: the whole reply, a fenced block, or the largest object
    that parses in prose around it ("Here it is: {...}"), else that object repaired (see
    :func:`_repaired`). A list holding one object is that object; any other JSON value, or
    a list of several objects, is no answer.
    """
    text = _THINKING.sub("", content).strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1)
    try:
        whole = json.loads(text)
    except ValueError:
        pass
    else:
        return _one_object(whole)
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        obj = json.loads(text[start : end + 1])
    except ValueError:
        # Braces in the prose around it: try each "{" and keep the largest object.
        obj, size, at = None, 0, start
        while at >= 0:
            try:
                found, stop = _DECODER.raw_decode(text, at)
            except ValueError:
                at = text.find("{", at + 1)
                continue
            if isinstance(found, dict) and stop - at > size:
                obj, size = found, stop - at
            at = text.find("{", stop)
        if obj is None:
            obj = _repaired(text[start : end + 1])
    return obj if isinstance(obj, dict) else None


def _one_object(value: Any) -> dict[str, Any] | None:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, dict) else None


def _repaired(text: str) -> dict[str, Any] | None:
    """An object small local models write almost as JSON: a trailing comma, single quotes,
    Python's ``None``/``True``, unquoted keys, an unescaped quote inside a string.

    Read with json-repair (part of the ``[ai]`` extra; the widely used repairer of LLM
    output) rather than with ad-hoc regexes; without it such a reply is re-asked, as before.
    Only a closed object is repaired (``text`` ends with its "}"): a reply cut off by the
    token limit could otherwise lose the end of its last value ("129.5" of "129.50 EUR")
    and be read as if complete.
    """
    try:
        import json_repair
    except ImportError:
        return None
    try:
        value = json_repair.loads(text)
    except Exception:  # a repairer's own failure is no answer, as unrepaired text was
        return None
    return _one_object(value)


def _keyed(obj: dict[str, Any], fields: Mapping[str, Field]) -> dict[str, Any]:
    """The reply's values under the names asked for.

    Models wrap the object (``{"invoice": {...}}``, ``{"fields": {...}}``), spell the keys
    as labels (``"Invoice Number"``, ``"invoiceNumber"``) and nest a value with its notes
    (``{"value": "A-17", "confidence": 0.9}``); each is read as meant instead of being asked
    again. A key spelt exactly as asked always wins.
    """
    while len(obj) == 1 and not any(name in obj for name in fields):
        inner = next(iter(obj.values()))
        if not isinstance(inner, dict):
            break
        obj = inner
    spelt = {_spelling(key): key for key in obj}
    keyed = {}
    for name in fields:
        key = name if name in obj else spelt.get(_spelling(name))
        if key is None:
            continue
        value = obj[key]
        if isinstance(value, dict) and "value" in value:
            value = value["value"]
        keyed[name] = value
    return keyed


def _spelling(key: str) -> str:
    return re.sub(r"[\W_]+", "", key).casefold()


def read_answer(content: str | None, fields: Mapping[str, Field]) -> Answer:
    """Parse a reply and coerce each value to its field's kind (``None`` = not in the document).

    >>> from pdfkit_nb.fields import resolve_fields
    >>> a = read_answer('{"total": "1.234,50 €", "invoice_date": "soon"}',
    ...                 resolve_fields(["total", "invoice_date"]))
    >>> a.values, a.unresolved
    ({'total': 1234.5}, ['invoice_date'])
    """
    obj = _json_object(content or "")
    if obj is None:
        excerpt = " ".join((content or "").split())[:120]
        return Answer(problems=[f"the reply was not a JSON object (it began: {excerpt!r})"])
    obj = _keyed(obj, fields)
    answer = Answer(raw=obj, parsed=True)
    missing = [name for name in fields if name not in obj]
    if missing:
        answer.problems.append("keys missing: " + ", ".join(json.dumps(n) for n in missing))
        answer.unresolved.extend(missing)
    for name, spec in fields.items():
        if name not in obj or obj[name] is None:
            continue
        kind = spec.resolved_kind
        value = obj[name]
        typed = None
        if not isinstance(value, (dict, list)):
            typed = coerce(value, kind, dayfirst=spec.dayfirst)
        if typed is None:
            answer.problems.append(
                f"{json.dumps(name)}: {json.dumps(value)[:80]} is not {KIND_HINTS[kind]} "
                "(use null if the document does not show it)"
            )
            answer.unresolved.append(name)
        else:
            answer.values[name] = typed
    return answer


def reask_message(answer: Answer, fields: Mapping[str, Field]) -> str:
    """The follow-up question after a reply with problems."""
    keys = ", ".join(json.dumps(n) for n in fields)
    return (
        "Your reply could not be used: " + "; ".join(answer.problems) + ". "
        f"Reply again with only the complete JSON object with keys {keys}."
    )
