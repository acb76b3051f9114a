# Build sanity check (does NOT use pdfkit_nb): is each truth value printed in its document?
import json, re, datetime, pdfplumber, sys, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
T = json.load(open('truth.json'))
M = ['January','February','March','April','May','June','July','August','September','October','November','December']
def amt_forms(v):
    s = f"{v:,.2f}"; a = [s, s.replace(',', '.').replace('.', ',', 0)]
    ip, dp = s.split('.'); de = ip.replace(',', '.') + ',' + dp; fr = ip.replace(',', ' ') + ',' + dp
    n = str(int(round(v * 100)) // 100); 
    # Indian grouping
    ii = ip.replace(',', '');
    ind = ii if len(ii) <= 3 else (re.sub(r'(\d)(?=(\d\d)+$)', r'\1,', ii[:-3]) + ',' + ii[-3:])
    out = {s, de, fr, f"{ind}.{dp}", f"{v:.2f}"}
    if float(v).is_integer(): out.add(f"{int(v):,}")
    if round(v, 1) == v: out.add(f"{v:.1f}")
    return out
def date_forms(d):
    d = datetime.date.fromisoformat(d); m = M[d.month-1]; suf = 'th' if 11 <= d.day <= 13 else {1:'st',2:'nd',3:'rd'}.get(d.day%10,'th')
    return {d.strftime('%m/%d/%Y'), d.strftime('%d/%m/%Y'), d.strftime('%d.%m.%Y'), d.strftime('%d-%m-%Y'), f"{m} {d.day}, {d.year}", f"{m[:3]} {d.day}, {d.year}",
            f"{d.day} {m} {d.year}", f"{d.day} {m[:3]} {d.year}", f"{d.day}{suf} {m} {d.year}", d.isoformat(), d.strftime('%m/%d/%y'), f"{m[:3]} {d.day} {d.year}"}
bad = 0
for f, fields in T.items():
    with pdfplumber.open('out/' + f) as p: txt = '\n'.join(pg.extract_text() or '' for pg in p.pages)
    flat = re.sub(r'\s+', ' ', txt); nosp = re.sub(r'\s+', '', txt)
    for k, v in fields.items():
        if isinstance(v, (int, float)): forms = amt_forms(float(v)); ok = any(x in flat for x in forms)
        elif re.fullmatch(r'\d{4}-\d\d-\d\d', v): ok = any(x in flat for x in date_forms(v))
        elif k in ('iban', 'vat_number'): ok = v in nosp
        else: ok = v in flat
        if not ok: bad += 1; print('NOT FOUND', f, k, v)
print('checked', sum(len(v) for v in T.values()), 'bad', bad)
