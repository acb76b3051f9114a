"""Who issued the document and who receives it: label sections, letterheads, company names."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import replace

from .._bidi import has_latin, has_rtl, logical_line
from ..values import month_of
from ._doctypes import ANY_TITLE
from ._labels import COMPANY_SUFFIX, TITLE_WORD, LabelInfo, fold, fold_text
from ._layout import DocIndex, Hit, LineRec, Tok, join, position, span_bbox
from ._readers import DIGIT, JA_ADDRESSEE
from .base import FieldValue

__all__ = ["customer_names", "guess_addressee", "guess_vendor", "read_party"]

_RIGHT, _BELOW = 1.0, 0.5
_NAME_KEY = re.compile(
    # (after the key in another language and a slash: "Ονοματεπώνυμο / Name: WILSON, EMMA")
    r"^(?:[^\s/:]+(?:\s[^\s/:]+)?\s*/\s*)?"
    r"(?:name|firma|company|company name|raison sociale|naam|nom|denominazione|ragione sociale"
    r"|raz[aã]o social|razón social|razon social|nombre|nome|firmenname"
    # ... in Greek, Romanian, the Slavic, Nordic and Baltic languages, Hungarian, Turkish:
    # "Επωνυμία:", "Denumirea:", "Naziv:", "Nazwa:", "Název:", "Navn:", "Cégnév:", "Unvan:"
    r"|επωνυμία|επωνυμια|ονοματεπώνυμο|ονοματεπωνυμο|denumire|denumirea|naziv|nazwa|název"
    r"|nazov|názov|navn|namn|nimi|nimetus|pavadinimas|nosaukums|cégnév|név|ünvan|unvan|ünvanı"
    # ... in Cyrillic, Arabic and Persian, Georgian and Armenian: "Байгууллагын нэр:",
    # "Наименование:", "نام شخص حقوقی:", "اسم الشركة:", "სახელწოდება:", "Անվանում:"
    r"|наименование|название|назва|найменування|байгууллагын нэр|нэр|атауы"
    r"|نام شخص حقوقی|نام شرکت|نام|اسم الشركة|الاسم|სახელწოდება|დასახელება|անվանում)\s*:\s*"
    r"|^(?:名称|名稱|氏名|상호|성명)\s*[:：]\s*"  # a full-width colon, the name glued on
    r"|^상호\s*\(법인명\)\s*",  # a Korean tax invoice's "trade name (corporate name)"
    re.I,
)
#: A name's key alone in its cell, with no colon ("Nome" over "Aldergrove Consulting Ltd",
#: a DANFE's "NOME / RAZÃO SOCIAL" over its buyer's).
_BARE_NAME_KEY = re.compile(
    r"^(?:name|nome|nom|naam|nombre|navn|namn|nimi|company name|denominazione"
    r"|raz[aã]o social|raz[oó]n social|ragione sociale|raison sociale"
    r"|denumire|denumirea|naziv|nazwa|název|názov|επωνυμία|επωνυμια|cégnév|unvan|ünvan)"
    r"(?:\s*/\s*(?:raz[aã]o social|raz[oó]n social|company|firma))?$",
    re.I,
)
_KEY_VALUE = re.compile(r"^[^\d:：]{1,40}(?::(?:\s|$)|：)")
_SEPARATOR = re.compile(r"^(?:[•●|·–—\-/]|\|)$")
_WEBBY = re.compile(r"@|www\.|https?:|\.(?:com|de|fr|nl|net|org|io|co)\b", re.I)
#: What a company's legal line says after its name (folded text): where it is registered and
#: under which numbers, as the issuer prints it in a footer ("Northwave Mobile Ltd, 1 Quayside
#: Point … Registered in England & Wales No. 08814407. VAT No. GB 184 5521 07").
_REGISTERED = re.compile(
    r"(?<![^\W\d_])(?:registered in|registered office|registered no|company no|company number"
    r"|company reg|reg no|vat no|vat reg|n° d.entreprise|no d.entreprise|numero d.entreprise"
    r"|rpm|rcs|siret|siren|kvk|handelsregister|amtsgericht|hrb|ust id|ustid|steuernummer"
    r"|p iva|partita iva|cod fisc|cif|nif|nip|krs|regon|ico|dic|cvr|org nr|orgnr|iban|abn|acn"
    r"|uid|che-|mwst nr|btw nr|btw)(?![^\W\d_])"
)
#: How much weaker than the best company name a letterhead's brand may score and still
#: point at the firm named for it (``guess_vendor``).
_BRAND_MARGIN = 1.5
_STARTS_DIGIT = re.compile(r"^\W*\d")
_QUANTITY = re.compile(r"[\d.,]+")
_SMALL_WORDS = {"&", "and", "und", "de", "du", "des", "la", "le", "of", "the", "van", "von", "et"}
_SMALL_WORDS |= {"e", "y", "em", "do", "da", "dos", "das", "del", "di", "della", "en", "och", "og"}
# ... and the Turkish, Polish and Czech "and": "Karataş Örme ve Tekstil Sanayi Ticaret A.Ş."
_SMALL_WORDS |= {"ve", "i", "a"}
_PARTY_CONCEPTS = {"vendor", "customer", "other"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "m", "mme"}
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)*$")


#: Words where a name would stand that are none: a label's gloss in brackets ("Buyer (if
#: other than consignee)"), a pointer to another party ("Same as consignee", "As above").
_NO_NAME = re.compile(
    r"^(?:\(.*\)|(?:same as|as above|see above|wie oben|siehe oben|idem|comme ci-dessus"
    r"|identique|igual que|come sopra|zie boven)\b.*)$",
    re.I,
)


def _plain(toks: list[Tok]) -> bool:
    """Whether words can be a party's name: letters, not an address, number or web address."""
    text = join(toks)
    letters = sum(map(str.isalpha, text))
    if letters < 2 or _WEBBY.search(text) or _STARTS_DIGIT.match(text) or _NO_NAME.match(text):
        return False
    if len(toks) == 1 and any(map(str.isdigit, text)):
        return False  # a code of letters and digits: "Account: CORRIB01"
    return sum(map(str.isdigit, text)) <= letters // 2


def _person(toks: list[Tok]) -> bool:
    """Whether words read as a person's name ("Jane Cooper", "Mr. John O'Neil"): two or three
    capitalised words. "MVM Musterhafter", the first line of a firm's long name, does not."""
    words = [t.text for t in toks if t.text.rstrip(".").lower() not in _HONORIFICS]
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words)


def _firm_of(person: list[Tok], words: list[Tok]) -> bool:
    """Whether ``words`` name a firm called after the ``person`` on the line above: the
    surname and more words, none a digit ("Maya Okafor" over "Okafor Design Studio", "Mr
    Sipho Ndlovu" over "Ndlovu Design Studio"), as a sole trader's business is billed; not an
    attention line ("Att: Johanna Lindqvist") nor the person's trade name ("trading as
    Tuhiwai Studio"), which open with a key or a lower-case word."""
    if not _person(person) or len(words) < 2 or any(any(map(str.isdigit, t.text)) for t in words):
        return False
    if not words[0].text[:1].isupper() or any(t.text.endswith((":", "：")) for t in words):
        return False
    surname = person[-1].text.casefold()
    texts = [t.text.strip(",.&").casefold() for t in words]
    return surname in texts and texts != [t.text.casefold() for t in person[-len(texts) :]]


def _named_company(text: str) -> bool:
    """A whole company name: two words or more before its legal form ("Acme Research Ltd",
    not "Group GmbH", the tail of a name broken over two lines)."""
    suffix = _final_suffix(text)
    return suffix is not None and len(text[: suffix.start()].split()) >= 2


def _ends_with_suffix(text: str) -> bool:
    return _final_suffix(text) is not None


def _final_suffix(text: str) -> re.Match[str] | None:
    """The legal form ending ``text`` ("… GmbH", "… Inc.,"), if one does."""
    end = len(text.rstrip(" ,;")) - 1
    return next((m for m in COMPANY_SUFFIX.finditer(text) if m.end() >= end), None)


def read_party(
    index: DocIndex, hit: Hit, stops: dict[tuple[int, int], bool]
) -> tuple[list[Tok], float] | None:
    """The name announced by a party label ("Seller:", "Bill to", "Verkäufer"): to its right,
    or the first name-like line of the section under it ("Name: …" lines win); without the
    address when one follows it on the same line."""
    found = _read_party(index, hit, stops)
    if found is None:
        return None
    toks, relation = found
    return _without_registry(_without_address(toks)), relation


#: A code in brackets after a name: an account or customer number ("(RIV-0331)", "(#4417)").
_BRACKETED_ID = re.compile(r"\(#?[A-Z]*[-/]?\d[\w/-]*\)")


#: A registry, tax or member number in brackets after a name, by its acronym or key: "(UEN
#: 201924871N)", "(ABN 12 345 678 901)", "(Reg. No. 04718273)", "(member no. 10418273)".
_BRACKETED_REGISTRY = re.compile(
    r"\((?:[A-Za-z][A-Za-z]{1,5}\.?\s?){1,3}(?:[Nn]o\.?\s?|#\s?)?:?\s?[A-Z]{0,3}\d[\d\sA-Z./-]{3,}\)"
)


def _without_address(toks: list[Tok]) -> list[Tok]:
    """A name written on one line with its address or a registry number, cut before it:
    "Contoso Ltd, 1 Main St, Boston" and "ACME GmbH · Hauptstraße 5" give "Contoso Ltd" and
    "ACME GmbH".
    A comma inside the name stays ("Linear Orbit, Inc."): the cut needs a number after it."""
    for i in range(1, len(toks)):
        if _SEPARATOR.match(toks[i].text):
            rest = join(toks[i + 1 :])
            dash = toks[i].text in ("-", "–")
            if dash and _ends_with_suffix(rest) and not DIGIT.search(rest):
                continue  # "Quinta do Vale Meão - Vinhos, S.A.": the firm's name goes on past
            return toks[:i]
        if toks[i - 1].text.endswith(",") and _STARTS_DIGIT.match(toks[i].text):
            return toks[:i]
        if toks[i - 1].text.endswith(",") and any(
            sum(map(str.isdigit, t.text)) >= 5 for t in toks[i : i + 4]
        ):
            # "ТОВ «Світлотех Україна», код ЄДРПОУ 43812790", "Craftory Marketplace (UK)
            # Ltd, VAT reg. no. GB482916321": its number
            return toks[:i]
    return toks


_SEAL_MARKS = frozenset({"(인)", "(印)", "㊞", "(서명)", "(署名)", "(签章)", "(簽章)"})


def _without_registry(toks: list[Tok]) -> list[Tok]:
    """A name without the number in brackets after it: an account number ("Riverside Youth
    Soccer League (RIV-0331)"), a registry number ("Kopi & Kaya Concepts Pte. Ltd. (UEN
    201924871N)")."""
    if len(toks) > 1 and toks[-1].text in _SEAL_MARKS:
        toks = toks[:-1]  # where the seal goes after a signed name: "주식회사 한빛푸드유통 (인)"
    if len(toks) > 1 and _BRACKETED_ID.fullmatch(toks[-1].text):
        return toks[:-1]
    for i in range(1, len(toks)):
        if toks[i].text.startswith("(") and _BRACKETED_REGISTRY.fullmatch(join(toks[i:])):
            return toks[:i]
    return toks


def _read_party(
    index: DocIndex, hit: Hit, stops: dict[tuple[int, int], bool]
) -> tuple[list[Tok], float] | None:
    right = index.right_of(hit, stops)
    after = (hit.line.index, hit.end + 1)
    if (
        not right
        and after in stops
        and hit.line.toks[hit.end + 1].folded.rstrip(".") in _HONORIFICS
    ):
        # "Policyholder | Mrs Eleanor Marsh": the honorific opens the name (it is a label of
        # its own, "Mrs" alone, elsewhere)
        right = index.right_of(hit, {k: v for k, v in stops.items() if k != after})
    # (and a colon set apart from its label: "To : Sarangi Trading (HK) Limited")
    while right and (_SEPARATOR.match(right[0].text) or right[0].text in (":", "：")):
        right = right[1:]
    beside = [t for t in right if t.seg == right[0].seg] if right else []
    cut = next((k for k in range(1, len(beside)) if _contact_from(beside, k)), None)
    if cut is not None:
        # "Ospite principale: Marco Bellini · marco.bellini@example.it · +39 347 …", "Asiakas
        # Aino Virtanen (aino.virtanen@example.fi)": the name, before the contact details
        # set apart from it.
        beside = beside[:cut]
    text = join(beside)
    if beside and has_latin(hit.key) and not has_latin(text) and has_rtl(text):
        # "RECIPIENT | المستلم" over the name: the heading's Arabic (or Hebrew) twin in the
        # next cell, no name of a party
        return _party_below(index, hit)
    named = after_name_key(beside)
    if named:
        # "销售方 | 名称：上海云栈信息科技有限公司": the section's first line, beside its heading
        return named, _RIGHT
    last = hit.line.toks[hit.end]
    if (
        len(beside) == 1
        and CODE.fullmatch(text)
        and any(t is beside[0] for t in hit.line.toks)
        and beside[0].x0 - hit.x1 <= 6 * max(last.bottom - last.top, 4.0)
    ):
        # The party's number beside its key ("CLIENT: 004127"): the name is under it, not
        # a grid's next key beside its own number ("CLIENT  C-1142" over "SOUMISSION
        # S-2025-088"). (Not another column's number far to its right: "Buyer (Bill to) …
        # QT/SGE/0219".)
        found = _section_below(index, hit)
        if found is None or _keyed(index, found[0]):
            return _under_number(index, hit, beside[0])
        return found
    if not _plain(beside) or _KEY_VALUE.match(text):
        firm = _company(beside) if not _KEY_VALUE.match(text) else None
        if firm is not None and firm[0] is beside[0]:
            # "Поставщик | ООО «Северная логистика», ИНН 7734182903, КПП 773401001, г.
            # Москва …": the firm opening the words beside, its numbers and address after it
            return firm, _RIGHT
        return _party_below(index, hit)
    # In the label's own cell: on its line (a line beside it numbers its cells apart).
    same_cell = beside[0].seg == hit.line.toks[hit.end].seg and any(
        t is beside[0] for t in hit.line.toks
    )
    if (
        hit.colon
        or same_cell
        or beside[0].folded.rstrip(".") in _HONORIFICS  # a person named beside: "Mrs …"
    ):
        return beside, _RIGHT
    if _heading_twin(index, hit, beside) and (below := _party_below(index, hit)) is not None:
        # "CUSTOMER | VEHICLE": two sections' headings side by side, set alike; the name is
        # under this one
        return below
    if (
        _grid_row(index, hit, beside)
        or _block_beside(index, hit, beside)
        or _between_rows(index, hit, beside)
    ):
        return beside, _RIGHT
    if _company(beside) is not None:
        # A company's name beside the label, with its legal form ("Payee | Coastal Skin
        # Specialists Pty Ltd" over "Status | PAID IN FULL"): the party, not the word under.
        return beside, _RIGHT
    # A heading with no colon ("Bill to") and words in another column beside it: those are
    # more likely the next block's heading ("Details") than the name under this one.
    return _party_below(index, hit) or (beside, _RIGHT)


def _heading_twin(index: DocIndex, hit: Hit, beside: list[Tok]) -> bool:
    """Whether the words beside a label are another heading set as it is, of the same size
    and weight, a word or two without digits: capitals ("CUSTOMER" | "VEHICLE"), or another
    party's label ("Billed to" | "Shipped to")."""
    label = hit.line.toks[hit.start : hit.end + 1]
    if not 1 <= len(beside) <= 3 or any(map(str.isdigit, join(beside))):
        return False
    if not _one_type([*label, *beside]):
        return False
    if len(beside) <= 2 and all(t.text.isupper() for t in [*label, *beside]):
        return True
    return any(
        hit.line.toks[other.end] is beside[-1]
        for other in _party_labels_in(index, hit.line, beside)
    )


def _one_type(toks: list[Tok]) -> bool:
    """Whether words are all set in one type: the same size and weight."""
    return len({(round(t.size, 1), t.bold) for t in toks}) == 1


def _party_labels_in(index: DocIndex, line: LineRec, toks: list[Tok]) -> Iterator[Hit]:
    """The vendor's or customer's labels on ``line`` that open among ``toks``."""
    inside = {id(t) for t in toks}
    for hit in index.hits_by_line.get(line.index, ()):
        if id(line.toks[hit.start]) in inside and any(
            i.concept in ("customer", "vendor") for i in hit.infos
        ):
            yield hit


def _under_number(index: DocIndex, hit: Hit, number: Tok) -> tuple[list[Tok], float] | None:
    """The name under a party's number, in the values' column, when nothing stands under
    the label ("Kunde: 10482" over "Hansen Tømrerservice AS" on a till receipt)."""
    line = index.line_of(number)
    below = None if line is None else index.line_below(line, 0.6 * max(line.height, 4.0))
    if below is None or below.toks[0].x0 < hit.x1:
        return None
    cell = next((c for c in below.cells() if abs(c[0].x0 - number.x0) <= 3), None)
    if cell is None or not _plain(cell) or _KEY_VALUE.match(join(cell)):
        return None
    return cell, _BELOW


#: A code of letters and digits, three digits or more: "C-1142", "CORRIB01", "40021" (the
#: rules' "Order GB-7QX4-2291" too).
CODE = re.compile(r"(?=(?:\D*\d){3})[#A-Z0-9][A-Za-z0-9/_.#-]*")


def _keyed(index: DocIndex, words: list[Tok]) -> bool:
    """Whether words are a key with a code beside it on their line ("SOUMISSION S-2025-088")."""
    line = index.line_of(words[-1])
    if line is None:
        return False
    at = position(line.toks, words[-1])
    return 0 <= at < len(line.toks) - 1 and CODE.fullmatch(line.toks[at + 1].text) is not None


def _contact_from(toks: list[Tok], k: int) -> bool:
    """Whether word ``k`` sets contact details apart from a name before it: a separator
    ("·", "|") before an e-mail or web address or a phone number, or a bracket opening an
    address. Not a dash inside a name ("Tecnivale - Engenharia, S.A.")."""
    text = toks[k].text
    if _SEPARATOR.match(text):
        after = join(toks[k + 1 : k + 4])
        return _WEBBY.search(after) is not None or _PHONE.match(after) is not None
    return text.startswith("(") and _WEBBY.search(join(toks[k:])) is not None


#: A phone number opening some words: "+39 347 418 2736", "(03) 9418 2736", "tel. 0232 …".
_PHONE = re.compile(r"(?:tel\.?:?\s?|phone:?\s?)?\+?\(?\d[\d ()./-]{7,}", re.I)


def _grid_row(index: DocIndex, hit: Hit, beside: list[Tok]) -> bool:
    """Whether a label and the words beside it are a row of a grid of keys and values: the
    next line opens with another label under this one and has a cell starting under these
    words ("Customer | Bangkok Riverside Hotel" over "Address | 257 Charoen Nakhon Road").
    Under a heading ("Bill to" over "John Smith") the next line holds the name, no label."""
    key = index.next_row_label(hit)
    if key is not None:
        toks = key.line.toks
    else:
        toks = _styled_key_row(index, hit)
        if not toks:
            return False
    if any(
        abs(t.x0 - beside[0].x0) <= 3 and t.seg != toks[k - 1].seg for k, t in enumerate(toks) if k
    ):
        return True
    # Values set flush right ("Client | Sarah Whitmore" over "Address | 7 Manuka Crescent"):
    # a cell of the next row ends where these words end.
    ends = [t for k, t in enumerate(toks) if k + 1 == len(toks) or toks[k + 1].seg != t.seg]
    return len(ends) > 1 and any(abs(t.x1 - beside[-1].x1) <= 3 for t in ends[1:])


def _between_rows(index: DocIndex, hit: Hit, beside: list[Tok]) -> bool:
    """Whether the label and the words beside it are a row in the middle of a grid of keys
    and values the rules know no labels for: the lines just above and below each open flush
    with the label and have a cell starting flush with the words ("Tilausaika | 23.11.2025"
    over "Asiakas | Aino Virtanen" over "Ravintola | Ravintola Sataman Savu")."""
    line = hit.line
    k = line.index
    if not 0 < k < len(index.lines) - 1 or not any(t is beside[0] for t in line.toks):
        return False
    x0, value = hit.x0, beside[0].x0
    if index.hits_at(line, beside[0]):
        return False  # another label beside it: "Buyer (Bill to) | Dispatch Doc No."
    for other in (index.lines[k - 1], index.lines[k + 1]):
        if other.page != line.page or abs(other.top - line.top) > 2.5 * line.height:
            return False
        toks = other.toks
        key = other.segment(toks[0].seg)
        if abs(toks[0].x0 - x0) > 3 or len(key) > 3 or any(map(str.isdigit, join(key))):
            return False  # no short key opening the line: no grid of keys and values
        if not any(
            abs(t.x0 - value) <= 3 and t.seg != toks[j - 1].seg for j, t in enumerate(toks) if j
        ):
            return False
    return True


def _block_beside(index: DocIndex, hit: Hit, beside: list[Tok]) -> bool:
    """Whether the words beside a label open a block set beside it: the next line goes on
    flush with them and has nothing under the label ("Bill To | Halvorsen Industrial Ltd."
    over "| Attn: Accounts Payable", "| 1850 Meyerside Drive")."""
    line = hit.line
    if not any(t is beside[0] for t in line.toks):
        return False  # words on a line of their own beside the label: no block of its line
    below = index.line_below(line, line.height)
    if below is None:
        return False
    x0 = beside[0].x0
    return abs(below.toks[0].x0 - x0) <= 3 and below.toks[0].x0 > hit.x1


def _styled_key_row(index: DocIndex, hit: Hit) -> list[Tok]:
    """The next line's words when it opens, flush under a bold label, with a bold cell of
    its own: a key the rules know no label for, set like this one ("Guest Name" over
    "Company", each with its value beside it); else nothing."""
    line = hit.line
    label = line.toks[hit.start : hit.end + 1]
    if not hit.anchored or not all(t.bold for t in label):
        return []
    below = index.line_below(line, 2 * line.height)
    if below is None:
        return []
    first = below.toks[0]
    if abs(first.x0 - label[0].x0) > 3 or abs(first.size - label[0].size) > 0.5:
        return []
    key = [t for t in below.toks if t.seg == first.seg]
    return below.toks if all(t.bold for t in key) and len(key) < len(below.toks) else []


def _party_below(index: DocIndex, hit: Hit) -> tuple[list[Tok], float] | None:
    """The first name-like line of the section under a party label ("Name: …" lines win)."""
    named = _under_name_key(index, hit)
    return (named, _BELOW) if named else _section_below(index, hit)


def _under_name_key(index: DocIndex, hit: Hit) -> list[Tok] | None:
    """The name in the section under a heading alone on its line, as the section's name key
    gives it, across the page's width: "Nome/Razão Social: Lumen Consultoria Ltda." a line
    or two under "PRESTADOR DE SERVIÇOS", or in a grid the cell under the key ("NOME /
    RAZÃO SOCIAL | CPF / CNPJ | …" over "Laticínios Vale do Taquari S.A. | …")."""
    line = hit.line
    alone = not hit.start and hit.end + 1 == len(line.toks)
    if not alone and not _headings_row(index, line):
        return None
    # Headings side by side ("공급자 | 공급받는자" over two columns of keys): this one's column,
    # from its left edge to the next heading's.
    left = hit.x0 - 3
    right = next((t.x0 - 3 for t in line.toks[hit.end + 1 :]), math.inf)
    above = line
    for _ in range(6):
        below = index.line_below(above, 2 * above.height)
        if below is None:
            return None
        for cell in below.cells():
            if not alone and not left <= cell[0].x0 < right:
                continue
            text = join(cell)
            key = _NAME_KEY.match(text)
            if key:
                named = _drop_key(cell, key.end())
                if not named:  # the name in the next cell: "Nome/Razão Social:  |  Vergueiro …"
                    named = _next_cell(below, cell)
                    # As the section reads it where it ends so: wrapped upward over its key
                    # ("MVM Musterhafter" over "Name: | Versicherungsverein … a.G.").
                    section = _section_below(index, hit) if named else None
                    if section and join(section[0]).endswith(join(named)):
                        named = section[0]
                return named if named and _plain(named) else None
            if _BARE_NAME_KEY.match(text):
                named = _next_cell(below, cell)
                if named and not index.hits_at(below, named[0]):  # "Name | Anne Whitfield"
                    return named if _plain(named) else None
                values = index.line_below(below, 2 * below.height)
                under = next(
                    (t for t in (values.toks if values else []) if abs(t.x0 - cell[0].x0) <= 3),
                    None,
                )
                named = values.segment(under.seg) if values and under else []
                return named if named and _plain(named) else None
        if (
            alone
            and len(below.toks) <= 4
            and not any(":" in t.text for t in below.toks)
            and index.hits_at(below, below.toks[0])
        ):
            return None  # the next section's heading
        above = below
    return None


def _headings_row(index: DocIndex, line: LineRec) -> bool:
    """Whether a line is a row of party headings and nothing else ("공급자  공급받는자",
    "Seller  Buyer"): every word is a label's, two labels at least."""
    hits = index.hits_by_line.get(line.index, ())
    covered = {k for h in hits for k in range(h.start, h.end + 1)}
    return len(hits) >= 2 and len(covered) == len(line.toks)


def _next_cell(line: LineRec, cell: list[Tok]) -> list[Tok]:
    """The cell of ``line`` after ``cell`` (the first word past its end, and its segment)."""
    beside = next((t for t in line.toks if t.x0 > cell[-1].x1), None)
    return line.segment(beside.seg) if beside is not None else []


def _section_below(index: DocIndex, hit: Hit) -> tuple[list[Tok], float] | None:
    rows = index.below(hit, lines=6, reach=6.0, column=True)
    read = [_row(index, line, toks) for line, toks in rows]
    picked: list[Tok] | None = None
    for n, (kind, words) in enumerate(read):
        if kind == "name":
            if picked is not None and not _ends_with_suffix(join(picked)):
                return picked + words, _BELOW  # a name broken over two lines
            return (words, _BELOW) if words else None
        if picked is not None:
            break
        if kind == "key":
            continue
        if _NO_NAME.match(join(words)):
            break  # "Same as consignee": this section names no party of its own
        if not _plain(words):
            if n == 0:
                continue
            break
        picked = words
        if n + 1 == len(read) or _ends_with_suffix(join(words)):
            return picked, _BELOW
        next_kind, next_words = read[n + 1]
        if next_kind == "plain" and _ends_with_suffix(join(next_words)) and _plain(next_words):
            if _person(picked) and _named_company(join(next_words)):
                return next_words, _BELOW  # "Jane Cooper" over "Acme Research Ltd": the firm
            return picked + next_words, _BELOW
        if next_kind == "plain" and _firm_of(picked, next_words):
            return next_words, _BELOW  # "Maya Okafor" over "Okafor Design Studio": the firm
        if next_kind != "name":
            return picked, _BELOW
    return (picked, _BELOW) if picked else None


#: The formula an address opens with before the name: "Exmo.(s) Sr.(s)", "Exmos. Senhores",
#: "Spett.le", "Messrs.".
_SALUTATION = re.compile(
    r"(?:ex\.?m[oa]s?\.?(?:\(s\))?|exm[oa]s?\.?(?:\(s\))?)(?:\s+(?:sr|sra|srs|senhor(?:es)?)\.?"
    r"(?:\(s\)|\(as\))?)?|spett\.?le|spettabile|messrs\.?",
    re.I,
)


def _row(index: DocIndex, line: LineRec, toks: list[Tok]) -> tuple[str, list[Tok]]:
    """What a line of a party's section holds: ``("name", words)`` after a "Name:" key,
    ``("key", [])`` for another "Key: value" line (or an address's opening formula, "Exmo.(s)
    Sr.(s)"), else ``("plain", its first cell)``."""
    first = [t for t in toks if t.seg == toks[0].seg]
    text = join(first)
    if _SALUTATION.fullmatch(text):
        return "key", []
    key = _NAME_KEY.match(text)
    if key:
        named = _drop_key(first, key.end())
        if not named:  # the name is in the next cell: "Name:  |  ACME GmbH"
            rest = [t for t in toks if t.seg != first[0].seg]
            named = [t for t in rest if t.seg == rest[0].seg] if rest else []
        return "name", named
    if _BARE_NAME_KEY.match(text):
        # "Name | Anne Whitfield": the name in the next cell; "Nome" over the name: a key
        # of its own cell, no name.
        rest = [t for t in toks if t.seg != first[0].seg]
        return ("name", [t for t in rest if t.seg == rest[0].seg]) if rest else ("key", [])
    if _KEY_VALUE.match(text) or _starts_with_label(index, line, first):
        return "key", []
    return "plain", first


def after_name_key(toks: list[Tok]) -> list[Tok] | None:
    """The words after a name's key that opens them ("Name: Great Lakes Polymer Compounds
    LLC", "名称：上海…"), or ``None`` when no such key opens them or nothing follows it."""
    key = _NAME_KEY.match(join(toks))
    return (_drop_key(toks, key.end()) or None) if key else None


def _drop_key(toks: list[Tok], chars: int) -> list[Tok]:
    """The words after the first ``chars`` characters of their text (one space between);
    a word the key ends inside keeps its rest ("名称：上海…" after "名称：")."""
    out, pos = [], 0
    for t in toks:
        if pos >= chars:
            out.append(t)
        elif pos + len(t.text) > chars:
            cut = chars - pos
            x0 = t.x0 + (t.x1 - t.x0) * cut / len(t.text)
            rest = t.text[cut:]
            out.append(replace(t, text=rest, folded=fold(rest), x0=x0))
        pos += len(t.text) + 1
    return out


def _starts_with_label(index: DocIndex, line: LineRec, toks: list[Tok]) -> bool:
    hits = index.hits_by_line.get(line.index, ())
    first = line.toks.index(toks[0]) if toks else -1
    return any(h.start == first and _concepts(h.infos) - _PARTY_CONCEPTS for h in hits)


def _concepts(infos: tuple[LabelInfo, ...]) -> set[str]:
    return {i.concept for i in infos}


def customer_names(index: DocIndex, hits: list[tuple[Hit, LabelInfo]]) -> set[str]:
    """Folded texts seen in the recipient's block: such names are never the issuer."""
    names: set[str] = set()
    for hit, _ in hits:
        if hit.key == "to" and in_payment_slip(index, hit):
            continue  # "PAYMENT ADVICE / To: Acme Ltd": the slip goes back to the issuer
        right = index.right_of(hit, {})
        if right:
            names.add(_key(join([t for t in right if t.seg == right[0].seg])))
        for _line, toks in index.below(hit, lines=4, reach=4.0, column=True):
            names.add(_key(join(toks)))
    names.discard("")
    return names


_SLIP = re.compile(
    r"\b(?:payment advice|remittance(?: advice| slip)?|payment slip|indbetaling(?:skort)?"
    r"|inbetalning(?:skort)?|innbetaling|girokort|zahlschein|einzahlungsschein|zahlteil"
    r"|empfangsschein|tilisiirto|bulletin de versement|talon de paiement)\b"
)


def in_payment_slip(index: DocIndex, hit: Hit) -> bool:
    """Whether a label stands in a tear-off payment slip (Xero and others print "PAYMENT
    ADVICE" at the foot of the invoice, its "To:" naming the issuer the money goes to; a
    Danish "Indbetaling" its "Modtager", a Swiss "Zahlteil" its "Empfänger"), or heads the
    bank details to pay to ("Empfänger: Ostalpen Messe GmbH" over "Bank:", "IBAN:", "BIC:")."""
    page = index.pages[hit.line.page - 1]
    return any(  # its heading at most 120 pt (a slip's height) above the label
        hit.line.top - 120 <= line.top <= hit.line.top and _SLIP.search(line.folded)
        for line in page.lines
    ) or _over_bank_details(page.lines, hit.line, hit.line.toks[hit.start].x0)


#: The keys of a bank-details block's lines (folded first words).
_BANK_KEYS = re.compile(
    r"(?:iban|bic|swift|bank|banque|banco|kreditinstitut|konto(?:nummer)?|account|a/c|blz"
    r"|sort|clearing|rekening)\b"
)


def _over_bank_details(lines: list[LineRec], line: LineRec, x0: float) -> bool:
    """Whether the two lines below ``line``, starting where its label does, are bank
    details: the label names whom the money goes to."""
    below = [
        other
        for other in lines[line.number + 1 : line.number + 3]
        if other.toks and abs(other.toks[0].x0 - x0) <= 3
    ]
    return len(below) == 2 and all(_BANK_KEYS.match(other.folded) for other in below)


#: Document titles that make a line alone (TITLE_WORD finds invoices' anywhere in a line).
_TITLE_ONLY = re.compile(
    r"(?:account |billing |monthly |customer )?statement(?: of account)?|remittance advice"
    r"|purchase order|quotation|quote"
    r"|estimate|delivery note|packing (?:slip|list)|pay ?slip|pay statement|order confirmation"
)


def _title_alone(key: str) -> bool:
    """Whether a folded text is a document's title alone: "statement", "packing list",
    "presupuesto" (see ``_doctypes``)."""
    return _TITLE_ONLY.fullmatch(key) is not None or ANY_TITLE.fullmatch(key) is not None


def _key(text: str) -> str:
    return " ".join(fold(text).strip(" ,;:.").split())


# ------------------------------------------------------------------------- letterhead guess


def _pieces(toks: list[Tok]) -> list[list[Tok]]:
    """A segment cut at separators: "ACME GmbH • Street 1 • Town" gives three pieces."""
    out: list[list[Tok]] = [[]]
    for t in toks:
        if _SEPARATOR.match(t.text):
            out.append([])
        else:
            out[-1].append(t)
    return [p for p in out if p]


# Japanese (and Korean) legal forms, before or after the name, often without a space; 御中
# and 様 follow the addressee's name ("株式会社青葉商事 御中": for the attention of that firm).
# Japan's corporations, also those of a clinic, a school or a foundation ("医療法人社団青葉会")
# and of a profession ("弁理士法人青葉国際特許事務所").
_JA_FORM = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|医療法人社団|医療法人財団|医療法人|社会福祉法人"
    r"|学校法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|주식회사|유한회사"
    # ... and the professions' corporations: patent and law firms, tax accountants, auditors
    r"|弁理士法人|弁護士法人|税理士法人|監査法人|司法書士法人|行政書士法人|社会保険労務士法人"
    # Chinese limited companies ("股份有限公司" too), Korean "(주)" for 주식회사
    r"|有限公司|有限责任公司|有限責任公司|[(（]주[)）]|㈜"
)


def _company_ja(piece: list[Tok]) -> list[Tok] | None:
    for k, t in enumerate(piece):
        m = _JA_FORM.search(t.text)
        if m is None:
            continue
        if len(t.text) > len(m.group()):
            return [t]  # "株式会社サクラ印刷", "サクラ印刷株式会社"
        if m.start() == 0 and k + 1 < len(piece):
            return [t, piece[k + 1]]  # "株式会社 サクラ印刷"
        return piece[k - 1 : k + 1] if k else None  # "サクラ印刷 株式会社"
    return None


#: 御中 as Japanese firms' English papers write it after the name: "Tokai Instruments
#: Manufacturing Co., Ltd. Messrs." (never before one: "Messrs. Smith & Jones" is a firm).
_MESSRS = ("Messrs.", "Messrs")


def _addressee(line: LineRec, name: list[Tok]) -> bool:
    """Whether the line addresses the firm ("株式会社青葉商事 御中", "… Co., Ltd. Messrs."):
    the customer."""
    at = line.toks.index(name[-1])
    after = line.toks[at + 1].text if at + 1 < len(line.toks) else ""
    if after in _MESSRS:
        return _ends_segment(line, at + 1)  # (set apart or not: "… Co., Ltd.   Messrs.")
    return name[-1].text.endswith(JA_ADDRESSEE) or after in JA_ADDRESSEE


def _ends_segment(line: LineRec, k: int) -> bool:
    """Whether word ``k`` of the line is the last of its segment."""
    return k + 1 >= len(line.toks) or line.toks[k + 1].seg != line.toks[k].seg


#: Legal forms that open a name only where they open its line: Indonesian "PT", and the French
#: and Belgian forms, which also end names ("SAS Quai Saint-Vincent", "Quai Saint-Vincent SAS").
_LINE_OPENING_FORMS = frozenset(
    {"PT", "SARL", "SAS", "SASU", "EURL", "SCI", "SCP", "SELARL", "SELAS", "SCOP", "SPRL"}
)
#: Legal forms written before the name (as printed): Ukrainian, Russian and Kazakh, Lithuanian,
#: Indonesian, Vietnamese ("CÔNG TY TNHH" ends in TNHH), and ``_LINE_OPENING_FORMS``.
_PREFIX_FORMS = (
    frozenset({"ТОВ", "ТОО", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ФОП", "ИП", "UAB", "TNHH"})
    | _LINE_OPENING_FORMS
)
_OPEN_ENDED_FORMS = frozenset({"TNHH"})
#: Those that mark a line as naming a firm wherever they stand (see ``_company_prefixed``).
_NAMING_FORMS = _PREFIX_FORMS - _LINE_OPENING_FORMS
_OPENING_QUOTES = frozenset("«„“\"'‚‘")
_CLOSING_QUOTES = frozenset("»“”\"'’‘")
#: A word that ends a sentence before a name: seven letters or more and a full stop.
_SENTENCE_END = re.compile(r"[^\W\d_]{7,}[.!?]")
#: Words of prose that lead into a name: "Receipt from Acme Inc.", "of Acme Ltd".
_LEADING_PROSE = frozenset({"from", "by", "of", "for", "with", "to"})


def _company_prefixed(piece: list[Tok]) -> list[Tok] | None:
    """A company name that its legal form opens: "ТОВ «Світлотех Україна»", "UAB „Baltijos
    pakuotė“", "PT Cahaya Abadi Teknologi". A quoted name runs to its closing quote; else
    the capitalised words after the form (at most five), up to a comma."""
    for k, t in enumerate(piece[:-1]):
        if t.text not in _PREFIX_FORMS:
            continue
        if t.text in _LINE_OPENING_FORMS and (k or any(map(str.isdigit, join(piece)))):
            return None  # "PT Evaluation 97161": therapy; "Acme SAS au capital de 10 000 €"
        rest = piece[k + 1 :]
        if rest[0].text[:1] in _OPENING_QUOTES:
            for j, w in enumerate(rest):
                if w.text.rstrip(",.;:")[-1:] in _CLOSING_QUOTES and (j or len(w.text) > 1):
                    return [t, *rest[: j + 1]]
            return None
        name = [t]
        # Vietnamese names run on in capitals after the form: take them all ("CÔNG TY TNHH
        # THƯƠNG MẠI DỊCH VỤ AN PHÁT"); elsewhere at most five capitalised words.
        limit = len(rest) if t.text in _OPEN_ENDED_FORMS else 5
        for w in rest[:limit]:
            if not w.text[:1].isupper():
                break
            name.append(w)
            if w.text.endswith(","):
                break
        if k >= 2 and fold_text(join(piece[k - 2 : k])) == "cong ty":
            name = [*piece[k - 2 : k], *name]  # the form is "CÔNG TY TNHH"
        return name if len(name) > 1 else None
    return None


#: Legal forms that are also words of English prose when written in lower case ("limited"
#: and "d.o.o." alike are lower case in names, but only the first is a word).
_PROSE_FORMS = {"corporation", "limited", "incorporated"}


def _form_end(text: str, form: re.Match[str]) -> int:
    """Where the legal form ``form`` found in ``text`` ends, with any that follow it at a
    comma or a space: "Co., Ltd.", "Co. Limited" and "Pte. Ltd." are one form."""
    end = form.end()
    while (after := COMPANY_SUFFIX.search(text, end)) is not None and not text[
        end : after.start()
    ].strip(", "):
        end = after.end()
    return end


#: Forms that also stand inside a firm's name, before its legal form ("Saltbush & Co.
#: Catering Pty Ltd", "Bloggs and Co Plumbing Ltd").
_PARTNERS_FORMS = frozenset({"Co.", "Co", "CO.", "CO"})
#: Capitalised words and then a legal form, right after such a form: the name goes on.
_NAME_GOES_ON = re.compile(r"((?: [A-Z][\w'’-]*){1,3}) ")


def _company(piece: list[Tok]) -> list[Tok] | None:
    """The words of a company name ending in a legal form, if the piece holds one (or, in
    the languages that put it first, opening with one)."""
    text = join(piece)
    if _JA_FORM.search(text):
        return _company_ja(piece)
    if _PREFIX_FORMS.intersection(t.text for t in piece):
        prefixed = _company_prefixed(piece)
        if prefixed is not None:
            return prefixed
    for m in COMPANY_SUFFIX.finditer(text):
        if m.group() in _PROSE_FORMS:
            words = text[: m.start()].split()
            if not words or not words[-1][:1].isupper():
                continue  # a word of prose: "your preliminary corporation tax", "limited time"
        end = _form_end(text, m)
        after = text[end:]
        if after and not after.startswith((" ", ",", ";", ")")):
            continue
        if m.group() in _PARTNERS_FORMS:
            # "& Co." inside a longer name: "Saltbush & Co. Catering Pty Ltd" is one firm.
            later = _NAME_GOES_ON.match(after)
            at = end + later.end(1) + 1 if later else -1
            form = COMPANY_SUFFIX.search(text, at) if later else None
            if form is not None and form.start() == at:
                end = _form_end(text, form)
        name, pos = [], 0
        for t in piece:
            if pos >= end:
                break
            name.append(t)
            pos += len(t.text) + 1
        if len(name) < 2:
            continue
        keyed = [i for i, t in enumerate(name[:-1]) if t.text.endswith(":")]
        if keyed:
            name = name[keyed[-1] + 1 :]  # "Denominazione: Rossi S.r.l.": the name after its key
        # A sentence of prose ends before the name: "… on behalf of WildThymeCeramics. Etsy,
        # Inc., 117 Adams Street" names Etsy, Inc. (a long word and a full stop, not "Bros.").
        # So does the agent of prose: "Goods supplied by Harbour Tools Ltd" ("of" may be a
        # name's own: "Bank of America Corp.").
        ends = [
            i
            for i, t in enumerate(name[:-1])
            if _SENTENCE_END.fullmatch(t.text) or t.text in ("by", "from")
        ]
        if ends:
            name = name[ends[-1] + 1 :]
        while name and (
            TITLE_WORD.fullmatch(name[0].folded.strip(":"))
            or name[0].text in ":-"
            or name[0].folded.strip(":") in _LEADING_PROSE  # "Receipt from Acme Inc."
        ):
            name = name[1:]
        if len(name) > 6:
            start = len(name) - 1
            while start > 0 and (
                name[start - 1].text[:1].isupper()
                or name[start - 1].text in "&"
                or name[start - 1].folded in _SMALL_WORDS
            ):
                start -= 1
            name = name[start:]
        if len(name) > 1 and all(_QUANTITY.fullmatch(t.text) for t in name[:-1]):
            continue  # a number before a form that is also a unit: "30 KG" of baggage
        if len(name) >= 2 or (name and len(name[0].text) > 6):
            return name
    return None


def guess_vendor(index: DocIndex, hits: list[Hit], customers: set[str]) -> FieldValue | None:
    """The issuer from the letterhead: a company name (legal form) or the largest, boldest text
    near the top of page one, seen again in the footer, and never in the recipient's block."""
    if not index.pages:
        return None
    # Not the words of a field's own label inside a cell, after another word and with no
    # colon: "freight" (of freight_usd) in "SOUTHERN CROSS FREIGHT FORWARDING PTY LTD".
    labelled = {
        (h.line.index, i) for h in hits if not _inside_name(h) for i in range(h.start, h.end + 1)
    }
    folded_doc = "\n".join([line.folded for line in index.lines])
    pages = [index.pages[0]] + ([index.pages[-1]] if len(index.pages) > 1 else [])
    best: tuple[float, list[Tok], bool] | None = None
    brand: tuple[float, list[Tok], bool] | None = None  # the best without a legal form
    named: list[tuple[float, list[Tok], bool]] = []  # every company name seen, for _legal_name
    for page in pages:
        for line in page.lines:
            y = line.top / max(page.height, 1.0)
            named_here = (
                COMPANY_SUFFIX.search(line.text)
                or _JA_FORM.search(line.text)  # "有限会社青葉亭" by the stamp, low on a receipt
                or not _NAMING_FORMS.isdisjoint(t.text for t in line.toks)
            )
            if (page.number != 1 or y > 0.3) and not named_here:
                # Away from the letterhead only a company name scores, and a piece can hold
                # a legal form only if its line does (a piece's text is a part of the line's).
                continue
            pieces = [p for seg in sorted({t.seg for t in line.toks}) for p in
                      _pieces(line.segment(seg))]  # fmt: skip
            # A short line whose words stand far apart (an OCR layer, a spaced-out letterhead:
            # "Reformas   Castillo   S.L.") is one name, not three cells, when its legal form
            # stands in a cell of its own.
            if (
                named_here
                and len(pieces) > 1
                and len(line.toks) <= 6
                and not any(_company(p) for p in pieces)
            ) or (len(pieces) > 1 and _letter_spaced(line.toks)):
                # Also a letter-spaced name whose words stand farther apart than its letters
                # ("M A R T A   B E L L I N I").
                pieces.append(line.toks)
            for piece in pieces:
                scored = _score(index, line, piece, y, page.number, labelled, customers,
                                folded_doc)  # fmt: skip
                if scored is None:
                    continue
                if scored[2]:
                    named.append(scored)
                elif brand is None or scored[0] > brand[0]:
                    brand = scored
                if best is None or scored[0] > best[0] or _wider(scored, best):
                    best = scored
    if best is None or best[0] < 2.0:
        return None
    if not best[2]:
        best = (
            _legal_name(index, best, named)
            or _tagline_firm(index, best, named)
            or _brand_spelled_out(index, best, folded_doc)
            or best
        )
    elif brand is not None and brand[0] >= max(best[0] - _BRAND_MARGIN, 2.0):
        # A letterhead's brand nearly as strong as the best company name ("infodis liège"
        # over its address, "Les Ateliers du Condroz SRL" in the addressee's block beside
        # it): the firm named for the brand elsewhere (its footer's "Infodis Liège SRL")
        # is the issuer.
        firm = _legal_name(index, brand, named)
        if firm is not None and firm[1] != best[1]:
            best = firm
    if best[2]:
        best = _latin_twin(best, named) or _fuller_name(best, named) or best
    parent = _parent_firm(index, customers)
    if parent is not None:
        # "The Wessex Knee & Shoulder Clinic is a trading name of Wessex Orthopaedic
        # Partners Ltd", "A unit of Sunrise Healthcare & Research Pvt. Ltd.": the firm
        # behind the letterhead's name issues the document.
        best = (best[0], parent, True)
    _, toks, suffix = best
    toks = after_name_key(toks) or toks  # "名称：上海浦江智能装备有限公司": the name after its key
    if suffix:
        toks = _first_line_of_name(index, toks, labelled) + toks + _form_ends_below(index, toks)
    else:
        toks = toks + _rest_of_name_below(index, toks, folded_doc)
    text = _unspaced(toks) if _letter_spaced(toks) else join(toks)
    name = _as_written(index, text.rstrip(" ,;:").lstrip(":："), toks[0].page)
    if suffix and name.endswith(".") and _written_without_stop(index, name[:-1]):
        name = name[:-1]  # a sentence's stop: "Northgate Bank PLC. Registered in England …"
    rule = "company-suffix" if suffix else "header-largest"
    return FieldValue(name, toks[0].page, None, span_bbox(toks), join(toks), rule)


def _inside_name(hit: Hit) -> bool:
    """Whether a label of the user's own field stands inside a cell's words, after another
    word and without a colon: a word of a name there, no label."""
    toks = hit.line.toks
    return (
        not hit.colon
        and hit.start > 0
        and toks[hit.start - 1].seg == toks[hit.start].seg
        and all(info.concept.startswith("field:") for info in hit.infos)
    )


#: The words that say a brand or a site belongs to a firm, before the firm's name: "is a
#: trading name of", "a unit of", "a division of", "t/a" the other way round aside.
_PARENT_OF = re.compile(
    r"(?:^|\s)(?:(?:registered )?trading (?:name|style)|(?:a )?(?:business )?(?:unit|division)"
    r"|(?:a )?brand|(?:a )?(?:wholly owned )?subsidiary) of$"
)


def _brand_spelled_out(
    index: DocIndex, brand: tuple[float, list[Tok], bool], folded_doc: str
) -> tuple[float, list[Tok], bool] | None:
    """The whole name a letterhead's brand stands for, where no legal form marks it: "J O R
    I E N V O S" beside "Studio Jorien Vos Fotografie", which the footer and the bank
    details print again. A cell near the top of page one that holds the brand's words in a
    row and more, without digits, printed at least twice."""
    toks = brand[1]
    text = _unspaced(toks) if _letter_spaced(toks) else join(toks)
    key = " ".join(re.findall(r"\w+", _key(text)))
    if not key:
        return None
    page = index.pages[0]
    for line in page.lines:
        if line.top > 0.3 * page.height:
            break
        for cell in line.cells():
            if any(t is toks[0] for t in cell) or not 2 <= len(cell) <= 6:
                continue
            words = " ".join(re.findall(r"\w+", _key(join(cell))))
            if (
                words != key
                and f" {key} " in f" {words} "
                and not any(map(str.isdigit, words))
                and folded_doc.count(" ".join(t.folded for t in cell)) >= 2
            ):
                return brand[0], cell, False
    return None


def _latin_twin(
    best: tuple[float, list[Tok], bool], named: list[tuple[float, list[Tok], bool]]
) -> tuple[float, list[Tok], bool] | None:
    """The same firm's name in Latin letters, printed just above or below ``best`` where that
    is written in another script: "港聯停車場有限公司" over "Harbour Link Car Parks Limited".
    A bilingual letterhead gives the name twice; the Latin one is the one a reader of the
    table can search for and match."""
    toks = best[1]
    if has_latin(join(toks)):
        return None
    reach = 3.0 * max(t.height for t in toks)
    twins = [
        other
        for other in named
        if other[1][0].page == toks[0].page
        and abs(other[1][0].top - toks[0].top) <= reach
        and has_latin(join(other[1]))
    ]
    return max(twins, key=lambda other: other[0], default=None)


def _fuller_name(
    best: tuple[float, list[Tok], bool], named: list[tuple[float, list[Tok], bool]]
) -> tuple[float, list[Tok], bool] | None:
    """The firm's whole name where the best one is its first words: a logo "Saltbush & Co."
    over "Saltbush & Co. Catering Pty Ltd" (a form that also stands inside names)."""
    short = _key(join(best[1]))

    def extends(name: str) -> bool:
        return name.startswith(short) and " " in name[len(short) : len(short) + 2]

    fuller = [c for c in named if c[0] >= 1.0 and extends(_key(join(c[1])))]
    return max(fuller, key=lambda c: c[0], default=None)


def _parent_firm(index: DocIndex, customers: set[str]) -> list[Tok] | None:
    """The company a line says the issuer's brand belongs to: the name with its legal form
    after "is a trading name of", "a unit of", "a division of" (not the customer's)."""
    for line in index.lines:
        if " of " not in line.folded:
            continue
        toks = line.toks
        for k in range(1, len(toks) - 2):
            if toks[k].folded != "of":
                continue
            before = " ".join(t.folded for t in toks[max(0, k - 4) : k + 1])
            if not _PARENT_OF.search(before):
                continue
            firm = _company(toks[k + 1 : k + 13])
            if firm is not None and _key(join(firm)) not in customers:
                return firm
    return None


def _wider(scored: tuple[float, list[Tok], bool], best: tuple[float, list[Tok], bool]) -> bool:
    """Whether a name scores as well as the best so far and holds all its words (a heading's
    cells read whole: "M A R T A   B E L L I N I" over its first cell alone)."""
    return (
        scored[0] == best[0]
        and len(scored[1]) > len(best[1])
        and all(any(t is u for u in scored[1]) for t in best[1])
    )


def _letter_spaced(toks: list[Tok]) -> bool:
    """Whether the words are single letters of a letter-spaced heading ("M A R T A")."""
    return len(toks) >= 4 and all(len(t.text) == 1 and t.text.isalpha() for t in toks)


def _word_count(toks: list[Tok]) -> int:
    """How many words a name has: a letter-spaced name's cells, else its tokens but the
    short joining words in lower case ("College of Professional Landscape Technologists of
    Ontario" has five), and in capitals those of a name without a comma ("JUNTA DE FREGUESIA
    DE SÃO BRÁS DO ALTO" has five; "CONDITIONS OF CARRIAGE, WHICH ARE …" is a sentence)."""
    if _letter_spaced(toks):
        return len({t.seg for t in toks})
    joining = _JOINING if not any(t.text.endswith(",") for t in toks[:-1]) else frozenset()
    return sum(
        not (t.text.islower() and len(t.text) <= 3) and t.text != "&" and t.folded not in joining
        for t in toks
    )


#: The short words that join a name's words, in the languages of the rules' letterheads.
_JOINING = frozenset(
    {"of", "the", "and", "de", "do", "da", "dos", "das", "del", "la", "le", "les", "des", "du"}
    | {"y", "e", "et", "und", "fur", "van", "von", "der", "den", "di", "della", "och", "og"}
)


def _unspaced(toks: list[Tok]) -> str:
    """A letter-spaced name's words: its letters run together, one word per cell ("M A R T A
    B E L L I N I" in two cells is "MARTA BELLINI"), or per run of letters set closer than
    the gap between words ("J O R I E N   V O S" in one cell is "JORIEN VOS")."""
    words = []
    for _, group in itertools.groupby(toks, lambda t: t.seg):
        letters = list(group)
        gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(letters))
        wide = 2.0 * gaps[len(gaps) // 2] + 1.0 if gaps else 0.0
        word = letters[0].text
        for a, b in itertools.pairwise(letters):
            if b.x0 - a.x1 > wide:
                words.append(word)
                word = ""
            word += b.text
        words.append(word)
    return " ".join(words)


def _written_without_stop(index: DocIndex, name: str) -> bool:
    """Whether the document prints ``name`` elsewhere with no full stop after its legal form
    (the letterhead's "Northgate Bank PLC", "Account name: Carrick Business Supplies Ltd")."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?![.\w])", re.IGNORECASE)
    return any(pattern.search(line.text) for line in index.lines)


def _as_written(index: DocIndex, name: str, page: int) -> str:
    """``name`` as the document writes it in mixed case elsewhere, when the letterhead sets
    it in capitals ("NORDIC SOCIETY FOR APPLIED TRIBOLOGY", small capitals in the text layer,
    and "Nordic Society for Applied Tribology" in the footer); a right-to-left name's words
    in reading order; else as it is."""
    if has_rtl(name):
        if index.pages[page - 1].mirrored is not None:
            return name  # a page read right to left is laid out in reading order
        return logical_line(name)  # its words were joined left to right, as laid out
    if not _capitals(name) or len(name) < 4:
        return name
    # Compared folded, so that capitals without their accents find the name with them
    # ("SUMINISTROS INFORMATICOS" and "Suministros Informáticos" in the footer).
    folded = _words_pattern(fold_text(name).split(), 0)
    plain = _words_pattern(name.split(), re.I)
    for line in index.lines:
        # (a line whose folding changes its length, a ligature or "ß", is compared as it is:
        # positions in its folded text are not its own)
        same = len(line.folded) == len(line.text)
        for m in (folded if same else plain).finditer(line.folded if same else line.text):
            written = line.text[m.start() : m.end()]
            if not _capitals(written):
                return " ".join(written.split())
    return name


def _words_pattern(words: list[str], flags: int) -> re.Pattern[str]:
    """A name's words as whole words, any white space between them."""
    # (not inside an address: "jorienvos" in "studio@jorienvos.example" is no name)
    return re.compile(r"(?<![\w@/.])" + r"\s+".join(map(re.escape, words)) + r"(?!\w|\.\w)", flags)


def _capitals(name: str) -> bool:
    """Whether a name is set in capitals; its legal form may keep its own case ("PACÍFICO
    SUR SpA")."""
    return COMPANY_SUFFIX.sub("", name).isupper()


def _trimmed(toks: list[Tok]) -> list[Tok]:
    """Words without the ornaments around them: a logo's "❀" or "◉" is no part of a name."""
    keep = [i for i, t in enumerate(toks) if any(map(str.isalnum, t.text))]
    return toks[keep[0] : keep[-1] + 1] if keep else []


def _legal_name(
    index: DocIndex,
    logo: tuple[float, list[Tok], bool],
    named: list[tuple[float, list[Tok], bool]],
) -> tuple[float, list[Tok], bool] | None:
    """The company name a letterhead's large words abbreviate: "MAPLE RIDGE" is "Maple Ridge
    Consulting Inc." printed below it, "MONTAÑA" is "Talleres Gráficos Montaña S.L.", "THE
    COPPER KETTLE" is "Copper Kettle Kitchen Ltd". A logo names the brand; the issuer is the
    firm, when the page prints one holding every word of the logo (or, for a wordmark that
    runs them together, its letters in a row)."""
    # A letter-spaced logo's words are its cells ("C R O W N   M A R I N A").
    text = _unspaced(logo[1]) if _letter_spaced(logo[1]) else join(logo[1])
    words = set(re.findall(r"\w+", _key(text))) - _SMALL_WORDS
    if not words:
        return None
    # A wordmark runs the words together ("WISTULAsystemy" for "Wistula Systemy Sp. z o.o.").
    squashed = "".join(re.findall(r"\w+", _key(text)))

    spaced = sum(len(t.text) == 1 for t in logo[1]) >= 3  # "C R O W N": letter-spaced

    def holds(firm: str) -> bool:
        found = re.findall(r"\w+", firm)
        if words <= set(found) or (len(squashed) >= 6 and squashed in "".join(found)):
            return True
        # A word cut short or in the plural, the others whole: "Kōwhai Vets" for "Kōwhai
        # Veterinary Clinic Limited", "bluebonnet signs" for "Bluebonnet Sign & Print LLC";
        # or the initials of words in a row: "TRI-COUNTY EMS" for "Tri-County Emergency
        # Medical Services, Inc.".
        short = words - set(found)
        if len(short) == 1 and len(words) >= 2:
            cut = next(iter(short)).removesuffix("s")
            if len(cut) >= 3 and any(f.startswith(cut) for f in found):
                return True
            if _initials_of(next(iter(short)), found):
                return True
        if len(words) == 1 and _blended(squashed, found):
            return True
        # Ideographs say more a character: "澜舟文艺" in "上海澜舟文艺出版社有限公司".
        if len(squashed) >= 2 and _CJK.fullmatch(squashed) and squashed in "".join(found):
            return True
        # Initials ("V&F" for "Vandenbroucke & Fils BV/SRL"); a letter-spaced brand's letters
        # run together ("C R O W N" in "Marina Crown Hotels").
        initials = "".join(w[0] for w in found if w not in _SMALL_WORDS)
        if 2 <= len(squashed) <= 4 and initials.startswith(squashed):
            return True
        # ... with a name's particles among them: "V D H" for "Van der Heijden … B.V.".
        if 3 <= len(squashed) <= 4 and "".join(w[0] for w in found).startswith(squashed):
            return True
        return spaced and len(squashed) >= 4 and squashed in "".join(found)

    fuller = []
    brand = _key(text)
    for score, toks, suffix in named:
        if score < 1.0:
            continue
        toks = _with_trade_name(index, toks)
        if holds(_key(join(toks))) or _paired(index, toks, brand):
            fuller.append((score, toks, suffix))
    return max(fuller, key=lambda c: c[0], default=None)


def _tagline_firm(
    index: DocIndex,
    logo: tuple[float, list[Tok], bool],
    named: list[tuple[float, list[Tok], bool]],
) -> tuple[float, list[Tok], bool] | None:
    """The firm a logo's tagline spells out where the logo itself cannot be matched: "R A T"
    over "RHEINTAL ANTRIEBSTECHNIK" is "Rheintal Antriebstechnik GmbH". The tagline is the
    words set flush with the logo just under it, smaller, with no figure among them."""
    toks = logo[1]
    line = index.line_of(toks[0])
    if line is None:
        return None
    page = index.pages[toks[0].page - 1]
    x0, bottom = toks[0].x0, max(t.bottom for t in toks)
    height = max(t.height for t in toks)
    for below in page.lines[line.number + 1 :]:
        if below.top - bottom > height:
            return None
        cell = next((c for c in below.cells() if abs(c[0].x0 - x0) <= 3), None)
        if cell is None:
            continue  # a line of another column (the title block beside the logo)
        text = join(cell)
        if (
            len(cell) > 6
            or any(c.isdigit() for c in text)
            or COMPANY_SUFFIX.search(text)  # a firm of its own ("Pay to … Bank Ltd")
            or max(t.size for t in cell) >= min(t.size for t in toks)
        ):
            return None
        return _legal_name(index, (logo[0], list(cell), False), named)
    return None


#: Chinese, Japanese and Korean characters (a brand's, with no spaces between words).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def _initials_of(word: str, found: list[str]) -> bool:
    """Whether ``word`` (three to five letters) is the initials of words in a row of
    ``found``: "ems" of "emergency medical services"."""
    n = len(word)
    if not 3 <= n <= 5 or not word.isalpha():
        return False
    return any("".join(w[0] for w in found[k : k + n]) == word for k in range(len(found) - n + 1))


def _blended(word: str, found: list[str]) -> bool:
    """Whether a one-word brand of eight letters or more runs together the starts of two of
    the firm's words, three letters or more each, in either order: "Vasatandläkarna" for
    "Tandläkarna Vasastan AB"."""
    if len(word) < 8 or not word.isalpha():
        return False
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        for i, a in enumerate(found):
            if a.startswith(head) and any(
                b.startswith(tail) for j, b in enumerate(found) if j != i
            ):
                return True
    return False


def _paired(index: DocIndex, toks: list[Tok], brand: str) -> bool:
    """Whether the firm's line names the brand beside it, apart by a separator: a footer's
    "Brandstätter Zahnmedizin MVZ GmbH · Zahnärzte am Elbufer · Terrassenufer 14"."""
    line = index.line_of(toks[0])
    if line is None or len(brand) < 6:
        return False
    at = line.toks.index(toks[0]) + len(toks)
    rest = line.toks[at:]
    if not rest or not _SEPARATOR.match(rest[0].text):
        return False
    beside = []
    for t in rest[1:]:
        if _SEPARATOR.match(t.text):
            break
        beside.append(t)
    return bool(beside) and _key(join(beside)) == brand


def _with_trade_name(index: DocIndex, toks: list[Tok]) -> list[Tok]:
    """A legal name with the trade name printed before it across a dash ("Sabores do Douro
    - Distribuição Alimentar, Lda."), which cuts the line into pieces; as it is otherwise."""
    line = index.line_of(toks[0])
    if line is None:
        return toks
    at = line.toks.index(toks[0])
    if at < 2 or line.toks[at - 1].text not in ("-", "–", "—"):
        return toks
    start = at - 1
    while start > 0 and line.toks[start - 1].seg == toks[0].seg:
        if not _plain([line.toks[start - 1]]) or _SEPARATOR.match(line.toks[start - 1].text):
            break
        start -= 1
    return line.toks[start:at] + toks if start < at - 1 else toks


def _rest_of_name_below(index: DocIndex, toks: list[Tok], folded_doc: str) -> list[Tok]:
    """The second line of a letterhead's name set on two lines ("Maya Thibodeau" over
    "Design"; "J. Pritchard" over "Plumbing & Heating", the title "INVOICE" beside it), when
    the document prints the two together elsewhere (the footer's "Maya Thibodeau Design —
    GST/HST No. …"); else nothing. The name fills its cell, and the words under it start a
    cell of their own flush with it."""
    line = index.line_of(toks[0])
    if line is None or line.segment(toks[0].seg) != toks:
        return []
    below = index.line_below(line, 0.6 * max(line.height, 4.0))
    cell = None if below is None else below.cells()[0]
    if cell is None or abs(cell[0].x0 - toks[0].x0) > 3 or len(cell) > 3:
        return []
    if not _plain(cell) or any(any(map(str.isdigit, t.text)) for t in cell):
        return []
    form = _final_suffix(join(cell))
    if form is not None and form.start() == 0:
        return list(cell)  # its legal form alone under it ("… Electrical Services" / "Limited")
    name, rest = " ".join(t.folded for t in toks), " ".join(t.folded for t in cell)
    return list(cell) if f"{name} {rest}" in folded_doc else []


def _form_ends_below(index: DocIndex, toks: list[Tok]) -> list[Tok]:
    """The end of a legal form broken over two lines ("COMERCIALIZADORA PACÍFICO NORTE S.A.
    DE" over "C.V."): the words left on the name's line and those that start the line below
    it, when together they make the name's form a longer one; else nothing."""
    line = index.line_of(toks[0])
    if line is None:
        return []
    seg = line.segment(toks[0].seg)
    at = next((i for i, t in enumerate(seg) if t is toks[-1]), None)
    if at is None:
        return []
    rest = seg[at + 1 :]
    if not 1 <= len(rest) <= 2 or any(any(map(str.isdigit, t.text)) for t in rest):
        return []
    below = index.line_below(line, 0.6 * max(line.height, 4.0))
    if below is None:
        return []
    cell = next((c for c in below.cells() if abs(c[0].x0 - toks[0].x0) <= 3), None)
    if cell is None:
        return []
    name = join(toks)
    form = _final_suffix(name)
    if form is None:
        return []
    for n in range(1, min(3, len(cell)) + 1):
        text = join([*toks, *rest, *cell[:n]])
        longer = _final_suffix(text)
        if longer is not None and longer.start() <= form.start() and longer.end() >= len(text) - 1:
            return [*rest, *cell[:n]]
    return []


def _first_line_of_name(
    index: DocIndex, toks: list[Tok], labelled: set[tuple[int, int]]
) -> list[Tok]:
    """The first line of a company name printed on two lines at the head of a block
    ("MVM Musterhafter" over "Versicherungsverein Musterstadt a.G."), or nothing. The name
    may stand in a cell of its own, a logo's words beside it."""
    page = index.pages[toks[0].page - 1]
    line = index.line_of(toks[0])
    if line is None or line.number == 0 or len(line.segment(toks[0].seg)) != len(toks):
        return []
    x0 = toks[0].x0
    above = page.lines[line.number - 1]
    skipped = above.number > 0 and all(t.x0 > toks[-1].x1 for t in above.toks)
    if skipped:
        # a line of the column beside only ("Exmo.(s) Sr.(s)" over the customer's name)
        above = page.lines[above.number - 1]
    cell = next((c for c in above.cells() if abs(c[0].x0 - x0) <= 3), None)
    if skipped and cell is not None and not _one_type([*cell, *toks]):
        # ... past which only the same type goes on the name ("Distribuidora Alimentar
        # Minho" over "Sul, Lda."), no heading or logo over it
        return []
    height = max(line.height, 4.0)
    if cell is None or line.top - above.bottom > 0.6 * height:
        return []
    if len(cell) > 4 or not _plain(cell) or any(map(str.isdigit, join(cell))):
        return []
    if _BARE_NAME_KEY.match(join(cell)):
        return []  # the key over the name ("Nome / razão social"), however it is asked for
    if (len(line.toks) != len(toks) or len(above.toks) != len(cell)) and (
        len(cell) < 2 or cell[-1].text.endswith(":")
    ):
        return []  # beside other cells, a word over the name is its key ("Exporter", "Adress")
    first = next((i for i, t in enumerate(above.toks) if t is cell[0]), 0)
    if any((above.index, i) in labelled for i in range(first, first + len(cell))):
        return []
    if "".join(t.folded for t in toks).startswith("".join(t.folded for t in cell)):
        return []  # a logo that repeats the name's first words ("ALPENKURIER" over the name)
    if _stems(cell) <= _stems(toks):
        # or words inside it ("Ο ΣΠΟΡΟΣ" over "ΑΡΤΟΠΟΙΕΙΟ Ο ΣΠΟΡΟΣ … Ι.Κ.Ε."), one maybe in
        # the plural ("bluebonnet signs" over "Bluebonnet Sign & Print LLC")
        return []
    if above.number > 0:
        before = page.lines[above.number - 1]
        near = above.top - before.bottom < 1.5 * height
        if near and any(abs(t.x0 - x0) <= 3 for t in before.toks):
            return []  # the line above is itself inside a block (an address), not its head
    return list(cell)


def _stems(toks: list[Tok]) -> set[str]:
    """The words of ``toks``, folded, without a plural's "s"."""
    return {w.removesuffix("s") for w in re.findall(r"\w+", " ".join(t.folded for t in toks))}


def _score(
    index: DocIndex,
    line: LineRec,
    piece: list[Tok],
    y: float,
    page: int,
    labelled: set[tuple[int, int]],
    customers: set[str],
    folded_doc: str,
) -> tuple[float, list[Tok], bool] | None:
    name = _company(piece)
    if name is not None and _addressee(line, name):
        return None
    if name is not None:
        name = _trimmed(name) or name  # "✚ Maple Grove Family Dentistry, PLLC": no ornament
    suffix = name is not None
    if name is None:
        if page != 1 or y > 0.3 or _word_count(piece) > 6 or not _plain(piece):
            return None
        if piece[-1].text.endswith(JA_ADDRESSEE):
            return None  # "山田 太郎 様": the addressee
        if any(map(str.isdigit, join(piece))):
            return None
        name = _trimmed(piece)
    text = join(name)
    key = _key(text)
    if not key or _WEBBY.search(text):
        return None
    if name[0].text[:1].islower() and _hyphen_above(index, line, name[0]):
        return None  # "… der österreichi-" over "chen Sparkassen AG": the end of a word
    spaced = key.replace(" ", "") if all(len(t.text) == 1 for t in name) else key
    if not suffix and _letter_spaced(line.toks) and _title_alone(_key(_unspaced(line.toks))):
        return None  # a piece of a letter-spaced title: "B I L L I N G" of "B I L L I N G …"
    if not suffix and (
        TITLE_WORD.search(key) or TITLE_WORD.search(spaced) or _title_alone(spaced) or len(key) < 3
    ):
        return None  # a document title, also letter-spaced ("S Z Á M L A", "STATEMENT")
    score = 3.0 if suffix else 0.0
    size = sum(t.size for t in name) / len(name)
    ratio = size / max(index.body_size, 1.0)
    if ratio > 1.1:
        score += min(3.0, 4.0 * (ratio - 1.0))
    if all(t.bold for t in name):
        score += 0.5
    if page == 1 and y < 0.25:
        score += 1.5 * (1.0 - y / 0.25)
        if line.number == 0:
            score += 0.5  # the page's first line: a receipt's shop name, in body-size bold
    count = folded_doc.count(key)
    score += min(2.0, 0.75 * (count - 1))
    first = line.toks.index(name[0])
    # The issuer's legal line names the firm whatever label its words spell ("Northwave
    # Mobile Ltd, … Registered in England & Wales No. …": no phone's "Mobile").
    legal = suffix and _legal_line(line, first, name)
    if legal:
        score += 2.0
    elif not _letter_spaced(name) and any(
        (line.index, first + i) in labelled for i in range(len(name))
    ):
        score -= 2.0  # (a spaced letter "A" is no Italian "A:", the addressee's label)
    if _word_count(name) > 6:
        score -= 1.5
    if not suffix and ratio <= 1.1 and not all(t.bold for t in name):
        # Capitals over the address are a typed letterhead's only emphasis: as good as bold.
        score += 0.5 if _typed_letterhead(index, line, name) else -2.0
    if key in customers or any(key in c for c in customers):
        score -= 10.0
    return score, name, suffix


def _legal_line(line: LineRec, first: int, name: list[Tok]) -> bool:
    """Whether the name (from the line's word ``first``) opens its line and the rest of the
    line gives its registration: the issuer's legal line, in a footer under a letterhead that
    shows only a brand."""
    if first > 1 or (first == 1 and line.toks[0].text not in ("©", "(c)")):
        return False
    rest = line.toks[first + len(name) :]
    return bool(rest) and _REGISTERED.search(fold_text(join(rest))) is not None


def _hyphen_above(index: DocIndex, line: LineRec, tok: Tok) -> bool:
    """Whether the cell above ``tok`` (the line above's words from where ``tok`` starts, to
    the end of their cell) ends in a hyphen: a word broken across the lines."""
    if line.number == 0:
        return False
    above = index.pages[line.page - 1].lines[line.number - 1]
    before = [t for t in above.toks if t.x0 <= tok.x0 + 2]
    if not before:
        return False
    cell = [t for t in above.toks if t.seg == before[-1].seg]
    return cell[-1].text.endswith(("-", "\u00ad"))


def _typed_letterhead(index: DocIndex, line: LineRec, name: list[Tok]) -> bool:
    """Whether ``name`` heads a letterhead typed in one size and weight (a monospace ERP or
    till print: "GREEN ACRES LAWN & LANDSCAPE" over "1450 Highway 92, Woodstock"): the page's
    first line, all of it, of two words or more, over a line in the same column (or centred
    under it). One of the two lines under it has a number, a street's or a phone's (a trade's
    tagline may come first: "Traducción e interpretación EN/FR > ES"). In mixed case, they
    also give the sender's contacts ("Idrætsforeningen Skovlunde Svømning" over its address
    and "… tlf. 44 55 18 20")."""
    if line.number != 0 or len(name) != len(line.toks) or len(name) < 2:
        return False
    if sum(t.text.isalpha() for t in name) < 2:
        return False
    lines = index.pages[name[0].page - 1].lines
    if len(lines) < 2:
        return False
    # In mixed case, the lines under it must give the sender's contacts (a phone, an e-mail or
    # web address): an addressee's block heads some pages the same way, without them.
    height = max(line.height, 4.0)
    if not join(name).isupper() and not any(
        _SENDER_MARK.search(below.text) or "@" in below.text
        for below in _block_under(lines, 1.5 * height)
    ):
        return False
    below = lines[1]
    if below.top - line.bottom >= 1.5 * height or not any(
        any(map(str.isdigit, after.text)) for after in lines[1:3]
    ):
        return False
    # Twice the offset of the centres: within a character's width of each other.
    centres = below.toks[0].x0 + below.toks[-1].x1 - name[0].x0 - name[-1].x1
    return abs(below.toks[0].x0 - name[0].x0) <= 3.0 or abs(centres) <= 2 * height


def _block_under(lines: list[LineRec], gap: float) -> list[LineRec]:
    """The page's first line's block: up to five lines under it, each within ``gap`` of the
    one above (a sender's name, trade, tax number, street, town and phone)."""
    block = []
    for above, below in itertools.pairwise(lines[:6]):
        if below.top - above.bottom >= gap:
            break
        block.append(below)
    return block


# ------------------------------------------------------------------------- addressee guess

#: A line of a postal address that ends it: a postcode and a town ("33101 TAMPERE", "Bristol
#: BS7 8LQ", "Madison WI 53704-5120", "00-950 Warszawa", "1012 AB Amsterdam", "114 55 Stockholm").
_POSTCODE = re.compile(
    # Not a part of "2025/01847" (a licence number) or "10/2025" (a period).
    r"(?<![\w/-])(?:\d{4,5}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}-\d{4}"
    r"|[A-Z]\d[\dW] [\dA-Z]{4})(?![\w/-])"  # an Irish Eircode: "D02 X285"
)
#: What only a sender's block holds: a phone, a web address, a bank account (a customer's
#: block may well carry an e-mail address or its tax number: "NIF B98417725", "P.IVA").
_SENDER_MARK = re.compile(
    r"www\.|https?:|\b(?:tel|tlf|ph|phone|fax|telefon|telephone|iban|bic)\b",
    re.I,
)
_GREETING_WORDS = (
    r"(?:herrn?|frau|firma|familie|spett\.?\s?le|spettabile|messrs\.?|a l'attention de"
    r"|to|an|til|till|à|a"
    # Italian, Spanish and Portuguese courtesy titles alone on their line ("Gent.ma Sig.ra",
    # "Egr. Sig.", "Exma. Senhora"), and a title with no name after it ("Madame", "Mr").
    r"|(?:gent\.?(?:ma|mo|mi|me)?|gentile|egr\.?|egregio|ill\.?mo|exm[oa]\.?|ilm[oa]\.?)"
    r"(?:\s+(?:sig\.?(?:ra|ri|re|nora|nor)?|dott\.?(?:ssa)?|avv\.?|ing\.?|sr\.?|sra\.?"
    r"|senhora?))?"
    r"|sig\.?(?:ra|ri|re)?|madame|monsieur|mme|mlle|mr|mrs|ms|dr|sr|sra)"
)
#: A first line that only greets: the name is on the next one. Two greetings for either
#: kind of addressee are one ("Spett.le / Gentile", "Herrn/Frau").
_GREETING = re.compile(rf"^{_GREETING_WORDS}(?:\s*\.?\s*/\s*{_GREETING_WORDS})*\s*\.?:?$", re.I)
#: A marking on the envelope's window over the addressee, or the role the letter goes to:
#: no name ("Private & Confidential", "Persönlich/Vertraulich", "The Directors").
_ENVELOPE = re.compile(
    r"^(?:(?:strictly\s+)?(?:private|personal)(?:\s*(?:&|and|/)\s*confidential)?"
    r"|(?:strictly\s+)?confidential|addressee only|urgent|by (?:e-?mail|hand|post|courier)"
    r"|recorded delivery|registered (?:post|mail)|persönlich(?:\s*/\s*vertraulich)?"
    r"|vertraulich|confidentiel|personnel(?: et confidentiel)?|riservat[ao]"
    r"|the (?:directors?|partners?|manager|secretary|proprietors?|occupier"
    r"|accounts? (?:department|payable))"
    r")\W*$",
    re.I,
)
#: A heading that names the block's role, not its party: "Betalningsmottagare" (payee),
#: "Rechnungsempfänger", "Destinataire", "Příjemce" (folded: lower case, no accents).
_ROLE_HEADING = re.compile(
    r"\w*(?:empfanger|mottagare|modtager|mottaker|ontvanger|begunstigde|vastaanottaja|saaja"
    r"|odbiorca|nabywca|destinataire|destinatari[oa]|beneficiaire|beneficiari[oa]|recipient"
    r"|payee|addressee|beneficiary|adresat|prijemce|odberatel|cimzett|alici|παραληπτησ)\W*"
)
#: Addresses stand in the top part of page one (a window envelope's place).
_ADDRESS_ZONE = 0.55


def guess_addressee(index: DocIndex, vendor: str | None) -> FieldValue | None:
    """The name an unlabelled postal address opens: the recipient's block in the top part of
    page one (where a window envelope shows it), two to seven lines flush in one column, set
    as one paragraph, the last ones a postcode and town. A block with a phone number, a web
    address or a bank account is the sender's; so is one opening with the issuer's name
    (``vendor``, the letterhead guess). The topmost remaining block wins."""
    if not index.pages:
        return None
    page = index.pages[0]
    limit = page.height * _ADDRESS_ZONE
    honoured = _addressed_firm(page.lines, limit)
    if honoured is not None:
        return honoured
    vendor_key = _key(vendor) if vendor else ""
    for block in _blocks(page.lines, limit):
        postal = any(_postal(cell) for _, cell in block[1:]) or (
            len(block) > 2 and _THREE_DIGIT_TOWN.fullmatch(join(block[-1][1])) is not None
        )
        if not postal or any(_SENDER_MARK.search(join(cell)) for _, cell in block):
            continue
        if 2 * sum(_after_key(line, cell) for line, cell in block) >= len(block):
            continue  # the values of a column of keys ("Ihr Ansprechpartner: | Sabine Kuttruff")
        # Past the envelope's markings, the role it goes to ("Private & Confidential", "The
        # Directors") and the sender's return address on one line over the window
        # ("Hansen & Voigt GmbH · Am Hafen 17 · 28217 Bremen"): the name opens what is left.
        while len(block) > 2 and (
            _ENVELOPE.match(join(block[0][1])) or _one_line_address(block[0][1])
        ):
            block = block[1:]
        lines = block[:2]
        firm = next(
            (k for k in (1, 2) if k < len(block) and _named_company(join(block[k][1]))), None
        )
        if firm is None and len(block) > 2 and _firm_of(block[0][1], block[1][1]):
            firm = 1  # "Mr Sipho Ndlovu" over "Ndlovu Design Studio": the firm
        if (
            firm is not None
            and not COMPANY_SUFFIX.search(join(block[0][1]))
            and not any(any(map(str.isdigit, join(cell))) for _, cell in block[:firm])
        ):
            # A heading over the firm's name ("Laskutusosoite"), or a person and their role
            # ("Ms Nora Keating", "Finance Manager") over it: the firm is the customer.
            lines = block[firm : firm + 1]
        for line, cell in lines:
            text = join(cell)
            if (
                _GREETING.match(text)
                or _ROLE_HEADING.fullmatch(fold_text(text))
                or _labelled(index, line, cell)
                or _one_line_address(cell)
                or _party_heading(index, line, cell)
            ):
                continue  # a greeting, a role's heading, a label, a return address on one line
            if _postal(cell) or _STARTS_DIGIT.match(text) or sum(map(str.isdigit, text)) > 2:
                break  # the street or town: no name here
            name = text.strip(" |").rstrip(" ,;:")  # (a text box's rule: "| Name")
            if vendor_key and (_key(name) in vendor_key or vendor_key in _key(name)):
                break
            return FieldValue(name, line.page, None, span_bbox(cell), text, "address-block")
    return None


def _addressed_firm(lines: list[LineRec], limit: float) -> FieldValue | None:
    """The firm or person a Japanese document addresses with 御中, 様 or 殿 after the name
    ("株式会社青葉商事 御中", "山田 太郎 様"), in the top part of the page."""
    for line in lines:
        if line.top > limit:
            break
        for k, tok in enumerate(line.toks):
            if (tok.text in JA_ADDRESSEE and k) or (
                tok.text in _MESSRS and k and _ends_segment(line, k)
            ):
                name = [t for t in line.toks[:k] if t.seg == line.toks[k - 1].seg]
                text = join(name)
            elif tok.text.endswith("御中") and len(tok.text) > 3:
                # Glued on: only 御中 ("仕様", a specification, ends in 様)
                name, text = [tok], tok.text[:-2]
            else:
                continue
            if text.strip():
                box = span_bbox(name)
                return FieldValue(text.strip(), line.page, None, box, join(name), "addressee-jp")
    return None


def _after_key(line: LineRec, cell: list[Tok]) -> bool:
    """Whether the cell before ``cell`` on its line is a key: its last word ends in a colon."""
    k = position(line.toks, cell[0])
    return k > 0 and line.toks[k - 1].seg != cell[0].seg and line.toks[k - 1].text.endswith(":")


def _one_line_address(cell: list[Tok]) -> bool:
    """Whether a cell is an address on one line, its parts set apart by commas or dots
    ("Hansen & Voigt GmbH · Am Hafen 17 · 28217 Bremen")."""
    return join(cell).count(",") + sum(t.text in ("•", "·", "|") for t in cell) >= 2


def _party_heading(index: DocIndex, line: LineRec, cell: list[Tok]) -> bool:
    """Whether a cell in capitals holds a party's label: a section's heading ("MAÎTRE
    D’OUVRAGE – DESTINATAIRE"), not the name under it."""
    if not join(cell).isupper():
        return False
    # (not an honorific: "MR D A HOLLOWAY & MRS S J HOLLOWAY" is names)
    return any(hit.key not in _HONORIFICS for hit in _party_labels_in(index, line, cell))


def _labelled(index: DocIndex, line: LineRec, cell: list[Tok]) -> bool:
    """Whether the cell opens with a label, other than a customer's ("Mrs", "Herr"); not
    one that counts only as a key where it is none ("Hotel" of "Hotel Seeblick Weggis AG")."""
    return any(
        all(i.concept != "customer" for i in hit.infos) and hit.counts_here
        for hit in index.hits_at(line, cell[0])
    )


#: A block's last line of a three-digit postcode and its town, as Iceland and the Faroe
#: Islands write it ("600 Akureyri"); a block's last line only, as "400 Main" may be a street.
_THREE_DIGIT_TOWN = re.compile(r"\d{3} [^\W\d_][^\W\d_'-]{2,}(?:[- ][^\W\d_]{3,})?")


#: A town line where the country prints no postcode: "Kowloon, Hong Kong", "Dubai, UAE",
#: "Doha, Qatar" (a district or town, a comma, the country, and nothing after it).
_NO_POSTCODE_TOWN = re.compile(
    r"[A-Z][\w .,'-]+, (?:Hong Kong(?: SAR)?|Macau|Macao|United Arab Emirates|U\.?A\.?E\.?|Qatar"
    r"|State of Qatar|Bahamas|The Bahamas|Jamaica|Panama|Rep(?:ublic|\.) of Panama|Ghana"
    r"|Bolivia|Fiji|Hong Kong S\.A\.R\.)\.?"
)


def _postal(cell: list[Tok]) -> bool:
    """Whether a cell reads as an address's postcode-and-town line."""
    text = join(cell)
    if len(cell) <= 6 and _NO_POSTCODE_TOWN.fullmatch(text):
        return True
    m = _POSTCODE.search(text)
    if len(cell) > 6 or ":" in text or m is None:
        return False
    if (
        m.group()[:2] in ("19", "20")
        and len(m.group()) == 4
        and any(month_of(t.text) for t in cell)
    ):
        return False  # a year: "Opening balance 1 February 2025" (not "17 Jan Hofmeyr Road, 3629")
    # A town beside the code, or a code of letters and digits ("BS7 8LQ") alone.
    return any(sum(map(str.isalpha, t.text)) >= 3 for t in cell) or not m.group().isdigit()


def _blocks(lines: list[LineRec], limit: float) -> list[list[tuple[LineRec, list[Tok]]]]:
    """Paragraphs of cells flush left in one column above ``limit``, top to bottom: a cell
    joins the block whose last cell starts where it does and ends just above it."""
    open_: list[list[tuple[LineRec, list[Tok]]]] = []
    done: list[list[tuple[LineRec, list[Tok]]]] = []
    for line in lines:
        if line.top > limit:
            break
        for cell in line.cells():
            x0 = cell[0].x0
            home = None
            for block in open_:
                last_line, last = block[-1]
                gap = line.top - last_line.bottom
                if abs(last[0].x0 - x0) <= 2.0 and gap <= max(last_line.height, 1.0):
                    home = block
                    break
            if home is not None and len(home) < 7:
                home.append((line, cell))
            else:
                open_.append([(line, cell)])
        # Blocks whose column has moved on past a line's height are complete.
        still: list[list[tuple[LineRec, list[Tok]]]] = []
        for block in open_:
            last_line = block[-1][0]
            (
                still if line.top - last_line.bottom <= 2 * max(last_line.height, 1.0) else done
            ).append(block)
        open_ = still
    done.extend(open_)
    blocks = [b for b in done if 2 <= len(b) <= 7]
    return sorted(blocks, key=lambda b: (b[0][0].top, b[0][1][0].x0))
