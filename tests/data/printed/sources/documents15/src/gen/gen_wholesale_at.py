# Run once to produce ../inv_wholesale_at.html (kept in src; build.sh does not run this).
from decimal import Decimal as D, ROUND_HALF_UP as H
import os
r = lambda x: x.quantize(D("0.01"), H)
items = [
 ("100231","Weizenmehl glatt Typ 480, 10 kg","6","Sack","8.90",10),
 ("100245","Kristallzucker 1 kg","20","Pkg","1.09",10),
 ("100312","Sonnenblumenöl 10 l Kanister","3","Kan","21.40",10),
 ("100455","Teebutter 250 g","40","Stk","2.18",10),
 ("100461","Schlagobers 36 % 1 l","24","Pkg","3.85",10),
 ("100478","Vollmilch 3,5 % 1 l","48","Pkg","1.12",10),
 ("100502","Eier Freiland Gr. M, 30 Stk","6","Tasse","9.60",10),
 ("110117","Rindsschale frisch","12.40","kg","18.90",10),
 ("110204","Schweinskarree o. Kn.","15.80","kg","8.45",10),
 ("110330","Hühnerbrust frisch","9.60","kg","11.20",10),
 ("120011","Kartoffeln festkochend 10 kg","8","Sack","6.40",10),
 ("120045","Zwiebeln gelb 5 kg","4","Sack","3.90",10),
 ("120088","Rispentomaten","6","kg","3.20",10),
 ("120102","Häuptelsalat","30","Stk","0.89",10),
 ("130210","Semmelbrösel 1 kg","10","Pkg","2.35",10),
 ("130344","Eierspätzle 5 kg","2","Btl","14.80",10),
 ("140015","Bergkäse 6 Mon. gereift","4.25","kg","16.90",10),
 ("140077","Gouda in Scheiben 1 kg","5","Pkg","9.75",10),
 ("150002","Kaffee Bohne Crema 1 kg","6","Pkg","17.40",10),
 ("150140","Preiselbeerkompott 3 kg","2","Dose","12.60",10),
 ("200110","Mineralwasser prickelnd 0,33 l (24er)","10","Ki","11.76",20),
 ("200125","Almdudler 0,35 l (24er)","6","Ki","19.90",20),
 ("200240","Zipfer Märzen 0,5 l (20er)","8","Ki","22.80",20),
 ("200310","Grüner Veltliner Qualitätswein 1 l","24","Fl","5.90",20),
 ("200315","Zweigelt Qualitätswein 0,75 l","12","Fl","6.80",20),
 ("300012","Spülmittel Profi 10 l","2","Kan","24.50",20),
 ("300045","Servietten 3-lagig 33×33, 250 Stk","8","Pkg","4.35",20),
 ("300078","Alufolie 45 cm × 150 m","3","Rolle","18.90",20),
 ("300101","Einweghandschuhe Nitril M, 100 Stk","4","Box","7.95",20),
]
def de(x, nd=2):
    s = f"{x:,.{nd}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")
def qty(q):
    q = D(q)
    return de(q, 2) if q != q.to_integral() else str(int(q))
net = {10: D(0), 20: D(0)}
rows = []
for i, (art, name, q, unit, ep, rate) in enumerate(items, 1):
    amt = r(D(q) * D(ep))
    net[rate] += amt
    rows.append(f'<tr><td class="c">{i}</td><td>{art}</td><td>{name}</td><td class="r">{qty(q)}</td><td>{unit}</td>'
                f'<td class="r">{de(D(ep))}</td><td class="c">{rate}</td><td class="r">{de(amt)}</td></tr>')
vat = {k: r(v * k / 100) for k, v in net.items()}
net_sum = net[10] + net[20]; vat_sum = vat[10] + vat[20]; total = net_sum + vat_sum
print("net", net, "vat", vat, "net_sum", net_sum, "vat_sum", vat_sum, "total", total)
tpl = open(os.path.join(os.path.dirname(__file__), "inv_wholesale_at.tpl.html"), encoding="utf-8").read()
out = (tpl.replace("@@ROWS@@", "\n".join(rows))
          .replace("@@NET10@@", de(net[10])).replace("@@NET20@@", de(net[20]))
          .replace("@@VAT10@@", de(vat[10])).replace("@@VAT20@@", de(vat[20]))
          .replace("@@NETSUM@@", de(net_sum)).replace("@@VATSUM@@", de(vat_sum))
          .replace("@@TOTAL@@", de(total))
          .replace("@@SKONTO@@", de(r(total * D("0.02")))).replace("@@SKONTOTOTAL@@", de(total - r(total * D("0.02")))))
open(os.path.join(os.path.dirname(__file__), "..", "inv_wholesale_at.html"), "w", encoding="utf-8").write(out)
