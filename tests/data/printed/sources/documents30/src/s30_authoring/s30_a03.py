from s30_fmt import fmt, q2
from decimal import Decimal as D
F=lambda x: fmt(x,' ',',',0)
items=[
 ("Sertéscomb csont nélkül, friss","0203 19","kg",42,2190,5),
 ("Sertéskaraj csontos, friss","0203 19","kg",18,2390,5),
 ("Csirkemellfilé, friss","0207 13","kg",35,1980,5),
 ("Tojás „M” 30 db/tálca","0407 21","tálca",12,2340,5),
 ("ESL tej 2,8% 1 l","0401 20","db",48,329,5),
 ("Csirke felsőcomb filé, friss","0207 13","kg",24,1490,5),
 ("Fehér kenyér 1 kg, szeletelt","1905 90","db",20,1150,5),
 ("Trappista sajt rúd","0406 90","kg",12,3150,18),
 ("Tejföl 20% 1 kg vödrös","0403 90","db",10,1190,18),
 ("Teavaj 82% 1 kg","0405 10","db",8,2890,18),
 ("Natúr joghurt 1 kg","0403 20","db",15,890,18),
 ("Mozzarella blokk 2,5 kg","0406 10","db",6,4290,18),
 ("Napraforgó étolaj 10 l kanna","1512 19","kanna",4,8990,27),
 ("Finomliszt BL55 1 kg","1101 00","db",10,349,27),
 ("Kristálycukor 1 kg","1701 99","db",20,459,27),
 ("Paradicsompüré 28-30% 800 g","2002 90","db",12,1290,27),
 ("Pörkölt szemes kávé 1 kg","0901 21","db",6,5490,27),
 ("Szénsavas ásványvíz 1,5 l","2201 10","db",24,189,27),
 ("Extra szűz olívaolaj 1 l","1509 20","db",8,2790,27),
 ("Hosszú szemű rizs 1 kg","1006 30","db",10,690,27),
 ("Csemege fűszerpaprika-őrlemény 1 kg","0904 22","db",5,3890,27),
 ("Kézi mosogatószer 5 l","3402 50","kanna",6,1590,27),
 ("Alufólia 30 cm × 100 m","7607 11","tek.",4,2190,27),
 ("Szalvéta 33×33 cm 2 rétegű, 100 db","4818 30","csom.",30,219,27),
 ("Gépi mosogatószer 10 l","3402 90","kanna",3,6490,27),
 ("Durum spagetti 1 kg","1902 19","db",12,799,27),
 ("Csemegekukorica konzerv 2,6 kg","2005 80","db",8,1890,27),
 ("Vákuumtasak 200×300 mm, 1000 db","3923 21","karton",2,12900,27),
 ("Sütőélesztő 42 g","2102 10","db",40,139,27),
 ("Vöröshagyma 10 kg zsák","0703 10","zsák",5,2450,27),
]
rows=[]; nets={}
for i,(n,v,me,q,p,r) in enumerate(items,1):
    net=q*p; nets[r]=nets.get(r,0)+net
    rows.append(f'<tr><td class="c">{i}.</td><td>{n}</td><td class="c">{v}</td><td class="r">{F(q)}</td><td style="padding-left:6px">{me}</td><td class="r">{F(p)}</td><td class="r">{F(net)}</td><td class="c">{r}%</td></tr>')
vats={r:int(q2(D(n)*r/100).quantize(D(1),rounding='ROUND_HALF_UP')) for r,n in nets.items()}
assert nets=={5:306932,18:111910,27:262914} and vats=={5:15347,18:20144,27:70987}, (nets,vats)
vs=''.join(f'<tr><td>{r}%</td><td class="r">{F(nets[r])}</td><td class="r">{F(vats[r])}</td><td class="r">{F(nets[r]+vats[r])}</td></tr>' for r in (5,18,27))
h=open('s30_t03.html').read().replace('@@ROWS@@','\n'.join(rows)).replace('@@VATROWS@@',vs)
open('../s30_03_hu_szamla_nagyker.wk.html','w').write(h); print(sum(nets.values()),sum(vats.values()))
