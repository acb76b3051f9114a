from s30_fmt import fmt, q2
F=lambda x: fmt(x,'.',',')
items=[
 ("1.1","Zemljani radovi","Strojni iskop zemlje III. kategorije za temelje dogradnje, s utovarom i odvozom na deponiju do 10 km","m³",185.40,"14.50"),
 ("1.4","Zemljani radovi","Nasipavanje i nabijanje tamponskog sloja drobljenca 0–63 mm ispod podne ploče, Ms ≥ 80 MPa","m³",62.30,"38.00"),
 ("2.2","Betonski radovi","Betoniranje temeljnih traka betonom C25/30, XC2, uključivo pumpu i vibriranje","m³",48.75,"96.00"),
 ("2.6","Armirački radovi","Dobava, savijanje i ugradnja armature B500B, rebrasta, prema armaturnim nacrtima","kg",1240.00,"1.35"),
 ("2.9","Betonski radovi","Betoniranje AB zidova podruma C30/37, debljine 25 cm, s dvostranom oplatom","m³",36.20,"118.00"),
 ("3.1","Zidarski radovi","Zidanje nosivih zidova blokovima opeke 25 cm u produžnom mortu","m²",412.60,"16.80"),
 ("3.5","Zidarski radovi","Strojno žbukanje unutarnjih zidova vapneno-cementnom žbukom, d = 1,5 cm","m²",298.40,"22.50"),
 ("4.2","Izolaterski radovi","Hidroizolacija temelja i podrumskih zidova bitumenskom trakom s posipom, dvoslojno","m²",154.00,"31.00"),
 ("4.7","Izolaterski radovi","Toplinska izolacija podne ploče XPS pločama d = 10 cm","m²",86.50,"44.00"),
 ("5.1","Skele","Montaža, najam (30 dana) i demontaža fasadne cijevne skele s zaštitnom mrežom","paušal",1,"2450.00"),
 ("6.3","Limarski radovi","Opšav atike pocinčanim plastificiranim limom r.š. 50 cm","m",64.00,"27.50"),
 ("7.1","Fasaderski radovi","ETICS sustav – postava EPS ploča 12 cm, ljepljenje i tiplanje (bez završnog sloja)","m²",228.80,"12.40"),
 ("8.4","Bravarski radovi","Izrada i ugradnja čeličnih nadvoja HEA 160 s protupožarnim premazom","kom",18,"145.00"),
 ("9.2","Podopolagački radovi","Izrada cementnog estriha d = 6 cm s armaturnom mrežom Q-131","m²",42.60,"58.00"),
 ("9.6","Podopolagački radovi","Polaganje PE folije i rubne trake za plivajući pod","m²",310.00,"9.80"),
 ("10.1","Pripremni radovi","Organizacija gradilišta, ograda, privremeni priključci struje i vode (3. obračunsko razdoblje)","paušal",1,"1850.00"),
 ("11.2","Razni radovi","Zaštita i čišćenje fasadne stolarije i ostakljenja tijekom radova","m²",96.40,"18.60"),
 ("11.5","Razni radovi","Probijanje otvora u postojećem AB zidu za instalacije, Ø do 150 mm","kom",24,"36.00"),
]
rows=[]; tot=q2(0)
for i,(poz,grp,d,jm,q,p) in enumerate(items,1):
    v=q2(q2(q)*q2(p)); tot+=v
    qs=F(q) if not isinstance(q,int) else F(q)
    rows.append(f'<tr><td class="c">{i}</td><td class="c">{poz}</td><td><span class="grp">{grp}</span><br>{d}</td><td class="c">{jm}</td><td class="r">{qs}</td><td class="r">{F(p)}</td><td class="r">{F(v)}</td></tr>')
assert tot==q2('57579.94'), tot
h=open('s30_t07.html').read().replace('@@ROWS@@','\n'.join(rows))
open('../s30_07_hr_racun_gradnja.wk.html','w').write(h); print(tot)
