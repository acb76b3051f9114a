# one-off authoring helper: continuation-sheet rows for the progress billing (written into src/)
import json
from decimal import Decimal as D, ROUND_HALF_UP
r2=lambda x: D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)
info=json.load(open('info.json'))['28']
sov=info['sov']
num=lambda s: D(s.replace(',',''))
money=lambda x: f"{r2(x):,.2f}"
total_done=num(info['done']); prev_total=D("1475914.11")
this_total=total_done-prev_total
# this-period split over partially complete lines (codes 4..9)
split={"4":D("38280.00"),"5":D("26125.40"),"6":D("18640.25"),"7":D("22906.00"),"8":D("9250.00")}
split["9"]=this_total-sum(split.values())
rows=[];tot=dict(sv=D(0),prev=D(0),this=D(0),done=D(0),bal=D(0),ret=D(0))
for code,desc,sv,done in sov:
    sv=num(sv); done=num(done)
    th=split.get(code,D(0)); prev=done-th
    ret=r2(done*D("0.05"))
    pct=(done/sv*100) if sv else D(0)
    rows.append((code,desc,sv,prev,th,done,pct,sv-done,ret))
    for k,v in zip(('sv','prev','this','done','bal','ret'),(sv,prev,th,done,sv-done,ret)): tot[k]+=v
print({k:money(v) for k,v in tot.items()}, 'this', this_total, 'split9', split['9'])
target=num(info['ret'])
diff=target-tot['ret']
print('ret diff',diff)
with open('/tmp/w/set32/src/s32_g703_rows.tex','w') as f:
    for code,desc,sv,prev,th,done,pct,bal,ret in rows:
        desc=desc.replace('&','\\&')
        f.write(f"{code} & {desc} & {money(sv)} & {money(prev)} & {money(th)} & 0.00 & {money(done)} & {pct:.0f}\\% & {money(bal)} & {money(ret)}\\\\\n")
    f.write("\\midrule\n")
    f.write(f"& \\textbf{{GRAND TOTALS}} & \\textbf{{{money(tot['sv'])}}} & \\textbf{{{money(tot['prev'])}}} & \\textbf{{{money(tot['this'])}}} & \\textbf{{0.00}} & \\textbf{{{money(tot['done'])}}} & \\textbf{{{tot['done']/tot['sv']*100:.0f}\\%}} & \\textbf{{{money(tot['bal'])}}} & \\textbf{{{money(tot['ret'])}}}\\\\\n")
