"""Shared helpers for the set-23 generators: money arithmetic and number formats."""
from decimal import Decimal, ROUND_HALF_UP
import datetime as _dt

D = Decimal


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def _group(intpart, sep, indian=False):
    s = str(intpart)
    if indian and len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts + [tail])
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt(x, style="us", dec=2):
    """us 1,234.56 | uk same | eu 1.234,56 | fr 1 234,56 | se 1 234,56 | in 12,34,567.89 | ch 1'234.56"""
    x = D(x)
    neg = x < 0
    x = abs(x).quantize(D(1) / (D(10) ** dec), rounding=ROUND_HALF_UP) if dec else abs(x).quantize(D(1), rounding=ROUND_HALF_UP)
    s = f"{x:.{dec}f}"
    if dec:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    ip = int(ip)
    if style in ("us", "uk", "au"):
        r = _group(ip, ",") + ("." + fp if dec else "")
    elif style == "in":
        r = _group(ip, ",", indian=True) + ("." + fp if dec else "")
    elif style == "eu":
        r = _group(ip, ".") + ("," + fp if dec else "")
    elif style in ("fr", "se", "pl"):
        r = _group(ip, " ") + ("," + fp if dec else "")
    elif style == "ch":
        r = _group(ip, "'") + ("." + fp if dec else "")
    else:
        raise ValueError(style)
    return ("-" if neg else "") + r


def date(s):
    return _dt.date.fromisoformat(s)


def addd(d, n):
    return d + _dt.timedelta(days=n)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "se": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
}
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
