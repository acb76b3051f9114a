"""What the result store writes and reads back: type-tagged JSON values, cutoffs, typed frames."""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._strings import string_array

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "FRAME_COLUMNS",
    "CodecError",
    "decode",
    "dumps",
    "dumps_map",
    "encode",
    "loads",
    "loads_map",
    "parse_cutoff",
    "plain_json",
    "results_frame",
    "spec_of",
]

# Plain JSON loses types: a date becomes a string, 1.0 and 1 merge, NaN is not JSON at all, and a
# list is indistinguishable from a tuple. So every value that is not a str or None is written as
# ``[tag, payload]``; str and None stay bare because they are most values and need no tag. A
# tag this version does not know raises instead of being passed through as a list.


class CodecError(ValueError):
    """A stored value uses a tag this version cannot read."""


def _float(value: float) -> Any:
    # repr() round-trips every finite float exactly; NaN/inf are not JSON numbers.
    return repr(value) if not math.isfinite(value) else value


def encode(value: Any) -> Any:
    """A JSON-ready form of ``value`` that :func:`decode` turns back into an equal value.

    >>> encode(dt.date(2024, 3, 5)), encode(1.5), encode(None), encode("x")
    (['date', '2024-03-05'], ['f', 1.5], None, 'x')
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return ["b", value]
    if isinstance(value, int):
        return ["i", value]
    if isinstance(value, float):
        return ["f", _float(value)]
    # datetime before date: a datetime (and a pandas Timestamp) is also a date.
    if isinstance(value, dt.datetime):
        # pandas' NaT is a datetime too, and it means missing.
        return None if type(value).__name__ == "NaTType" else ["dt", value.isoformat()]
    if isinstance(value, dt.date):
        return ["date", value.isoformat()]
    if isinstance(value, Decimal):
        return ["dec", str(value)]
    if isinstance(value, dt.timedelta):
        return ["td", [value.days, value.seconds, value.microseconds]]
    if isinstance(value, (bytes, bytearray)):
        return ["bytes", base64.b64encode(bytes(value)).decode("ascii")]
    if isinstance(value, Mapping):
        if all(isinstance(k, str) for k in value):
            return ["dict", {k: encode(v) for k, v in value.items()}]
        return ["pairs", [[encode(k), encode(v)] for k, v in value.items()]]
    if isinstance(value, tuple):
        return ["tuple", [encode(v) for v in value]]
    if isinstance(value, (list, set, frozenset)):
        return ["list", [encode(v) for v in value]]
    name = type(value).__name__
    if name == "NAType":  # pandas' missing marker, recognised without importing pandas
        return None
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__ == "numpy":  # numpy scalars → Python scalars
        return encode(item())
    # Anything else (a user's object in meta) is kept as its text, tagged so it reads back as
    # the string it was stored as rather than pretending to be the object.
    return ["repr", f"{name}: {value}"]


def _pairs(payload: Any) -> dict[Any, Any]:
    return {decode(k): decode(v) for k, v in payload}


_DECODERS: dict[str, Callable[[Any], Any]] = {
    "b": bool,
    "i": int,
    "f": float,
    "dt": dt.datetime.fromisoformat,
    "date": dt.date.fromisoformat,
    "dec": Decimal,
    "td": lambda p: dt.timedelta(days=p[0], seconds=p[1], microseconds=p[2]),
    "bytes": base64.b64decode,
    "dict": lambda p: {k: decode(v) for k, v in p.items()},
    "pairs": _pairs,
    "tuple": lambda p: tuple(decode(v) for v in p),
    "list": lambda p: [decode(v) for v in p],
    "repr": str,
}


def decode(obj: Any) -> Any:
    """Invert :func:`encode`.

    >>> decode(["date", "2024-03-05"]), decode(["f", "nan"]), decode("x")
    (datetime.date(2024, 3, 5), nan, 'x')
    """
    if obj is None or isinstance(obj, str):
        return obj
    if isinstance(obj, list) and len(obj) == 2 and isinstance(obj[0], str):
        decoder = _DECODERS.get(obj[0])
        if decoder is not None:
            return decoder(obj[1])
    raise CodecError(f"unknown stored value {obj!r:.80}")


def dumps(value: Any) -> str:
    """Encode and serialise ``value`` to compact JSON text."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads(text: str | None) -> Any:
    """Parse JSON text written by :func:`dumps` (``None`` stays ``None``)."""
    return None if text is None else decode(json.loads(text))


def dumps_map(mapping: Mapping[str, Any]) -> str:
    """A ``{name: value}`` mapping as a JSON object of encoded values.

    The top level stays a plain object so the store can be queried with SQLite's JSON
    functions (``json_extract(data, '$.total')``).

    >>> dumps_map({"total": 1.5, "due": None})
    '{"total":["f",1.5],"due":null}'
    """
    encoded = {str(k): encode(v) for k, v in mapping.items()}
    return json.dumps(encoded, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads_map(text: str | None) -> dict[str, Any]:
    """Invert :func:`dumps_map` (``None`` or empty text gives ``{}``)."""
    if not text:
        return {}
    raw = json.loads(text)
    if not isinstance(raw, dict):
        raise CodecError(f"expected a JSON object, got {text!r:.80}")
    return {k: decode(v) for k, v in raw.items()}


def spec_of(value: object) -> object:
    """A :class:`~pdfkit_nb.Field` as its ``spec()`` dict; anything else unchanged."""
    spec = getattr(value, "spec", None)
    return spec() if callable(spec) else value


def plain_json(value: object) -> str:
    """Readable, key-sorted JSON for run records; anything exotic (a Path, a class) as text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(w|d|h|m|s)", re.IGNORECASE)
_UNITS = {"w": 604800.0, "d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}


def parse_cutoff(older_than: object) -> str:
    """The UTC timestamp text before which results are "older than" ``older_than``.

    Takes a :class:`~datetime.timedelta`, a :class:`~datetime.datetime` (naive = local time),
    or a string: ``"7d"``, ``"12h"``, ``"30m"``, ``"2w"``, ``"1d12h"``, or an ISO date.

    >>> parse_cutoff(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    '2024-01-01T00:00:00.000000+00:00'
    """
    from .errors import OptionError

    now = dt.datetime.now(dt.timezone.utc)
    if isinstance(older_than, dt.datetime):
        when = older_than.astimezone(dt.timezone.utc)
    elif isinstance(older_than, dt.timedelta):
        when = now - older_than
    elif isinstance(older_than, str):
        text = older_than.strip()
        parts = _DURATION.findall(text)
        if parts and not _DURATION.sub("", text).strip():
            when = now - dt.timedelta(seconds=sum(float(n) * _UNITS[u.lower()] for n, u in parts))
        else:
            try:
                when = dt.datetime.fromisoformat(text).astimezone(dt.timezone.utc)
            except ValueError:
                raise OptionError(
                    f"older_than={older_than!r} is not understood; use e.g. '7d', '12h', '30m', "
                    "'2w', an ISO date '2024-01-31', a timedelta or a datetime"
                ) from None
    else:
        raise OptionError(
            f"older_than must be a timedelta, datetime or string such as '7d', not {older_than!r}"
        )
    return when.isoformat(timespec="microseconds")


#: The columns :func:`results_frame` expects, in order.
FRAME_COLUMNS = (
    "file_name, success, error_type, error, pages, sha256, seconds, run_id, stored_at, "
    "fingerprint, data, meta"
)


def _typed(values: list[Any]) -> Any:
    # The tags tell us each value's type, so a column is typed only when every value agrees.
    import pandas as pd

    kinds = {type(v) for v in values if v is not None}
    if kinds == {dt.date}:
        return pd.to_datetime(pd.Series(values, dtype=object)).astype("datetime64[ns]").array
    if kinds and kinds <= {float, int}:
        return pd.array([math.nan if v is None else float(v) for v in values], dtype="float64")
    if kinds <= {str}:
        return string_array(values)
    if kinds == {bool}:
        return pd.array(values, dtype="boolean")
    return values


def results_frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    """The DataFrame of stored results from rows holding :data:`FRAME_COLUMNS`."""
    import pandas as pd

    datas = [loads_map(r[10]) for r in rows]
    metas = [loads_map(r[11]) for r in rows]
    fields = list(dict.fromkeys(k for d in datas for k in d))
    cols: dict[str, Any] = {"file": string_array([r[0] for r in rows])}
    for name in fields:
        cols[name] = _typed([d.get(name) for d in datas])
    column = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(12)]
    cols["success"] = pd.array([bool(v) for v in column[1]], dtype=bool)
    cols["error_type"] = pd.Categorical(column[2])
    cols["error"] = string_array(column[3])
    cols["pages"] = pd.array(column[4], dtype="Int64")
    cols["sha256"] = pd.array(column[5], dtype="string")
    cols["seconds"] = pd.array(column[6], dtype="float64")
    cols["run_id"] = pd.array(column[7], dtype="string")
    cols["stored_at"] = pd.to_datetime(
        pd.Series(column[8], dtype=object), utc=True, format="ISO8601"
    ).array
    cols["fingerprint"] = pd.array(column[9], dtype="string")
    for key in dict.fromkeys(k for m in metas for k in m):
        cols.setdefault(key, [m.get(key) for m in metas])
    frame: pd.DataFrame = pd.DataFrame(cols, index=pd.RangeIndex(len(rows)))
    return frame
