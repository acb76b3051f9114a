"""Shared helpers for the set-17 source generators (run once; outputs go to ../src)."""
import json
import os
import random
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src")
DRAFT = os.path.join(HERE, "draft")
os.makedirs(DRAFT, exist_ok=True)


def D(x):
    return Decimal(str(x))


def q2(x):
    return D(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def q0(x):
    return D(x).quantize(Decimal("1"), ROUND_HALF_UP)


def fmt(x, thou=",", dec=".", nd=2):
    x = D(x)
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "\0").replace(".", dec).replace("\0", thou)
    return ("-" if x < 0 else "") + s


def fi(x):  # Finnish / Norwegian: 1 234,56
    return fmt(x, " ", ",")


def eu(x):  # 1.234,56
    return fmt(x, ".", ",")


def us(x):
    return fmt(x, ",", ".")


def write(name, text):
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def truth(pdf, fields, kinds, notes):
    assert set(fields) == set(kinds), pdf
    with open(os.path.join(DRAFT, pdf + ".json"), "w", encoding="utf-8") as f:
        json.dump({"fields": fields, "kinds": kinds, "notes": notes}, f, ensure_ascii=False, indent=1)


def iban(cc, bban):
    """Valid IBAN from country code and BBAN (digits/letters)."""
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_spaced(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def chunk(seq, sizes):
    assert all(n > 0 for n in sizes), sizes
    out, k = [], 0
    for n in sizes:
        out.append(seq[k:k + n])
        k += n
    assert k == len(seq), (k, len(seq))
    return out


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
