# Pre-run self check: every truth value must be printed in the document (text layer, both engines' libs)
import json, re, datetime, pypdfium2 as pdfium
truth = json.load(open('truth.json'))
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
FR = ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']
def text(path):
    d = pdfium.PdfDocument(path)
    return '\n'.join(d[i].get_textpage().get_text_range() for i in range(len(d)))
def norm(s): return re.sub(r'\s+', ' ', s).casefold()
bad = 0
for f, fields in truth.items():
    t = text('out/' + f); tn = norm(t); tc = re.sub(r'\s', '', t).casefold()
    for k, v in fields.items():
        ok = False
        if isinstance(v, float):
            s = f"{v:,.2f}"; cands = [s, s.replace(',', ' ').replace('.', ','), f"{v:,.0f}" if v == int(v) else s, f"{v:.1f}"]
            ok = any(c.replace(' ', '') in tc for c in cands)
        elif re.fullmatch(r'\d{4}-\d\d-\d\d', v):
            d = datetime.date.fromisoformat(v)
            cands = [v, d.strftime('%m/%d/%Y'), f"{d.month}/{d.day}/{d.year}", d.strftime('%d/%m/%Y'), d.strftime('%d-%b-%Y').upper(),
                     f"{MONTHS[d.month-1]} {d.day}, {d.year}", f"{MONTHS[d.month-1][:3]} {d.day}, {d.year}", f"{d.day} {FR[d.month-1]} {d.year}"]
            ok = any(norm(c) in tn for c in cands)
        else:
            ok = norm(v) in tn or v.casefold() in tc
        if not ok:
            bad += 1; print('NOT FOUND', f, k, v)
print('problems:', bad)
