"""Regenerate the committed test PDFs (tests/data/broken) and the bundled demo samples."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pdfgen import (  # noqa: E402  (tests/ is not a package; see the path line above)
    InvoiceSpec,
    blank_pdf,
    build_pdf,
    corrupt_stream_pdf,
    encrypted_pdf,
    render_invoice,
    truth,
    unmapped_font_pdf,
)

BROKEN_DIR = ROOT / "tests" / "data" / "broken"
SAMPLES_DIR = ROOT / "pdfkit_nb" / "samples"
D = dt.date


def _long_items(seed: int, n: int) -> list[tuple[str, int, float]]:
    rng = random.Random(seed)
    parts = ("Bracket", "Hinge", "Cable gland", "Fuse 10A", "Relay 24V", "Terminal block")
    sizes = ("S", "M", "L", "XL")
    return [
        (
            f"{rng.choice(parts)} size {rng.choice(sizes)} (lot {100 + i})",
            rng.randint(1, 40),
            round(rng.uniform(0.8, 95.0), 2),
        )
        for i in range(n)
    ]


SAMPLES: dict[str, InvoiceSpec] = {
    "invoice_us_totals.pdf": InvoiceSpec(
        vendor="Brightline Analytics Inc.",
        vendor_address=["410 Congress Ave, Suite 200", "Austin, TX 78701"],
        customer="Northwind Trading LLC",
        customer_address=["88 Elm Avenue", "Denver, CO 80202"],
        invoice_number="INV-2024-0042",
        invoice_date=D(2024, 3, 14),
        due_date=D(2024, 4, 13),
        po_number="PO-48213",
        currency="USD",
        line_items=[
            ("Analytics platform licence (annual)", 1, 12000.0),
            ("Onboarding workshop", 2, 1450.0),
            ("Dashboard development (hours)", 36, 135.0),
        ],
        tax_rate=0.0825,
        email="billing@brightline.com",
        phone="+1 (512) 555-0142",
        layout="totals_block",
        date_format="%m/%d/%Y",
    ),
    "invoice_uk_two_column.pdf": InvoiceSpec(
        vendor="Redwood Print & Media Ltd",
        vendor_address=["12 King Street", "Leeds LS1 4AP"],
        customer="Halcyon Consulting PLC",
        customer_address=["1 Harbour Road", "Bristol BS1 5TR"],
        invoice_number="RPM-10387",
        invoice_date=D(2024, 5, 7),
        due_date=D(2024, 6, 6),
        po_number=None,
        currency="GBP",
        line_items=[
            ("Brochure print run A4, 2,000 copies", 1, 1840.0),
            ("Design revisions", 3, 95.0),
            ("Courier delivery", 1, 24.5),
        ],
        tax_rate=0.2,
        iban="GB33BUKB20201555555555",
        email="accounts@redwood-print.co.uk",
        phone="+44 113 496 0321",
        layout="two_column",
        date_format="%d %b %Y",
        label_set=1,
    ),
    "invoice_ca_label_above.pdf": InvoiceSpec(
        vendor="Summit Engineering Ltd.",
        vendor_address=["200 Bay Street", "Toronto, ON M5H 2N2"],
        customer="Pinecrest Facilities Inc.",
        customer_address=["55 Water Street", "Vancouver, BC V6B 1A1"],
        invoice_number="SE-2024-117",
        invoice_date=D(2024, 7, 2),
        due_date=D(2024, 8, 1),
        po_number="4500012345",
        currency="CAD",
        line_items=[
            ("Structural inspection", 1, 3200.0),
            ("Site visits", 4, 650.0),
            ("Report and drawings", 1, 1875.0),
        ],
        tax_rate=0.13,
        email="ar@summit-eng.ca",
        phone="+1 416-555-0199",
        layout="label_above",
        date_format="%d-%b-%Y",
        label_set=2,
    ),
    "rechnung_de.pdf": InvoiceSpec(
        vendor="Müller Werkzeuge GmbH",
        vendor_address=["Industrieweg 7", "50667 Köln"],
        customer="Schäfer Logistik AG",
        customer_address=["Hauptstraße 21", "80331 München"],
        invoice_number="RE-2024-0815",
        invoice_date=D(2024, 9, 30),
        due_date=D(2024, 10, 14),
        po_number="BE-7731",
        currency="EUR",
        line_items=[
            ("Wartungsvertrag Q4", 1, 4800.0),
            ("Montage vor Ort (Std.)", 12, 89.5),
            ("Ersatzteile Satz B", 3, 312.4),
        ],
        tax_rate=0.19,
        iban="DE89370400440532013000",
        email="rechnung@mueller-werkzeuge.de",
        phone="+49 221 9876543",
        layout="european",
        date_format="%d.%m.%Y",
        number_style="eu",
        currency_symbol=False,
    ),
    "invoice_fr_multipage.pdf": InvoiceSpec(
        vendor="Beaumont Industrial SARL",
        vendor_address=["Rue de Rivoli 24", "75002 Paris"],
        customer="Atlas Supplies SAS",
        customer_address=["Quai Perrache 9", "69002 Lyon"],
        invoice_number="F2024-00318",
        invoice_date=D(2024, 11, 5),
        due_date=D(2024, 12, 5),
        po_number="CMD-55102",
        currency="EUR",
        line_items=_long_items(318, 60),
        tax_rate=0.2,
        iban="FR1420041010050500013M02606",
        email="factures@beaumont-industrial.fr",
        phone="+33 1 42 68 53 00",
        layout="multipage",
        date_format="%d/%m/%Y",
        number_style="eu",
        pages_hint=2,
    ),
}


def _jsonable(fields: dict[str, object]) -> dict[str, object]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in fields.items()}


def write_samples(directory: Path = SAMPLES_DIR) -> dict[str, dict[str, object]]:
    """Write the demo invoices, a truncated ``broken.pdf`` and ``truth.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    expected: dict[str, dict[str, object]] = {}
    for name, spec in SAMPLES.items():
        data = render_invoice(spec)
        (directory / name).write_bytes(data)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
        expected[name] = _jsonable(truth(spec)) | {"pages": pages}
    broken = render_invoice(SAMPLES["invoice_us_totals.pdf"])
    (directory / "broken.pdf").write_bytes(broken[: len(broken) * 4 // 10])
    expected["broken.pdf"] = {"success": False, "error_type": "corrupt"}
    text = json.dumps(expected, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    (directory / "truth.json").write_text(text, encoding="utf-8")
    return expected


def broken_files() -> dict[str, bytes]:
    """The bytes of every file in tests/data/broken, by name (deterministic)."""
    rng = random.Random(20240101)
    invoice = render_invoice(SAMPLES["invoice_uk_two_column.pdf"])
    return {
        "not_pdf.pdf": b"Invoice Number: TXT-0001\nTotal: 120.00 USD\n"
        b"This is a plain-text export that was saved with a .pdf extension.\n",
        "empty.pdf": b"",
        "truncated.pdf": invoice[: len(invoice) * 4 // 10],
        "garbage_after_header.pdf": b"%PDF-1.4\n" + rng.randbytes(2048),
        "zero_pages.pdf": build_pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
        ),
        "scan_no_text.pdf": blank_pdf(1),
        "encrypted_userpw.pdf": encrypted_pdf("Invoice Number: ENC-2024-001  Total: $1,234.56"),
        "bad_stream.pdf": corrupt_stream_pdf("Invoice Number: BAD-0001"),
        "junk_before_header.pdf": bytes(rng.randrange(32, 127) for _ in range(300)) + invoice,
        "unmapped_glyphs.pdf": unmapped_font_pdf(),
    }


def write_broken(directory: Path = BROKEN_DIR) -> None:
    """Write every broken test file into *directory* (the README there is hand-written)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, data in broken_files().items():
        (directory / name).write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a committed file differs")
    args = parser.parse_args(argv)
    if args.check:
        # Regenerate into memory and compare, so CI can tell when pdfgen changes the test data.
        wanted = broken_files()
        stale = [
            n
            for n, b in wanted.items()
            if not (BROKEN_DIR / n).is_file() or (BROKEN_DIR / n).read_bytes() != b
        ]
        for name, spec in SAMPLES.items():
            if (SAMPLES_DIR / name).read_bytes() != render_invoice(spec):
                stale.append(name)
        print("stale: " + ", ".join(stale) if stale else "all generated files up to date")
        return 1 if stale else 0
    write_broken()
    expected = write_samples()
    for path in sorted([*BROKEN_DIR.glob("*.pdf"), *SAMPLES_DIR.glob("*.pdf")]):
        print(f"{path.stat().st_size:7d}  {path.relative_to(ROOT)}")
    print(f"truth.json: {len(expected)} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
