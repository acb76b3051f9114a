from s30_fmt import fmt, q2
TH='\\,'; EOL='\\\\'
F=lambda x: fmt(x,TH,',')   # thin space as thousands separator in LaTeX
items=[
 ("Akselin aihio 42CrMo4, Ø60×420, sorvattu","4471-01",40,"86.50"),
 ("Laippa S355, laserleikattu ja porattu","4471-03",40,"42.80"),
 ("Välilevy 3 mm, RST 1.4301","4471-05",120,"7.45"),
 ("Hydraulisylinterin kiinnityskorva, hitsattu","4471-07",16,"312.00"),
 ("Holkki CuSn7, Ø40/30×50","4471-11",16,"58.90"),
 ("Kuusiokoloruuvi M8×30 12.9, DIN 912","OSTO",250,"1.86"),
 ("Runkopalkki, hitsattu kokoonpano","4471-02",8,"645.00"),
 ("Kiinnityslevy 10 mm, särmätty","4471-04",30,"94.20"),
 ("Tappi Ø20×80, karkaistu ja hiottu","4471-12",60,"23.75"),
 ("Vaihdelaatikon kansi, koneistettu valu","4471-15",12,"178.40"),
 ("Aluslevy M16, karkaistu","OSTO",200,"3.12"),
 ("Kiristysholkki Ø35","4471-16",24,"66.00"),
 ("Nivelvarsi, koneistettu ja karkaistu","4471-09",4,"1240.00"),
 ("O-rengassarja 45×3 NBR (10 kpl)","OSTO",80,"12.35"),
 ("Kulutuslevy Hardox 450, 12 mm","4471-18",18,"147.50"),
 ("Hammaspyörä m3 z=42, induktiokarkaistu","4471-20",6,"389.00"),
 ("Vetoniitti 4,8×12","OSTO",500,"0.94"),
 ("Sokkapultti Ø25, sinkitty","4471-21",36,"31.60"),
 ("Laakeripesä, valurauta GJL-250","4471-22",10,"215.00"),
 ("Suojapelti, maalattu RAL 9005","4471-24",14,"77.80"),
 ("Pintakäsittely, kuumasinkitys (erä)","PALV",1,"385.00"),
 ("Rahti Tampere–Nokia, kappaletavara","RAHTI",1,"145.00"),
]
rows=[]; tot=q2(0)
for i,(n,code,q,p) in enumerate(items,1):
    v=q2(q*q2(p)); tot+=v
    unit = "erä" if code in ("PALV","RAHTI") else "kpl"
    qs=fmt(q,TH,',',0)
    rows.append(f"{i} & {code} & {n} & {qs} & {unit} & {F(p)} & 25,5 & {F(v)} " + EOL)
assert tot==q2('42539.00'), tot
t=open('s30_t15.tex').read().replace('@@ROWS@@','\n'.join(rows))
open('../s30_15_fi_lasku_konepaja.tex','w').write(t); print(tot)
