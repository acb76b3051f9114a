import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items import FAT, fat, r2, D
def it(x, nd=2):
    s = f"{D(x):,.{nd}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")
net, iva, tot = fat()
rows = []
for c,d,q,u,p,v in FAT:
    rows.append(f"<tr><td>{c}</td><td>{d}</td><td class='r'>{it(q)}</td><td class='r'>{it(p,6)}</td><td>{u}</td><td></td><td class='r'>{v},00</td><td class='r'>{it(r2(D(q)*D(p)))}</td></tr>")
rows.insert(0, "<tr><td></td><td>Vs. ordine n. 2025/112 del 20-02-2025 - CIG non richiesto</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>")
rows.insert(5, "<tr><td></td><td>Rif. DDT n. 88 del 03-03-2025</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>")
rows.insert(11, "<tr><td></td><td>Rif. DDT n. 91 del 05-03-2025</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>")
html = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fattura_tpl.html")).read()
html = html.replace("{{ROWS}}", "\n".join(rows)).replace("{{NET}}", it(net)).replace("{{IVA}}", it(iva)).replace("{{TOT}}", it(tot))
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "s24_fattura_cortesia.html"),"w").write(html)
print(it(net), it(iva), it(tot))
