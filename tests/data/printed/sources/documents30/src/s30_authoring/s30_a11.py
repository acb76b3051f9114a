from s30_fmt import fmt, q2
items = [
 ("Wspornik stalowy WS-40, ocynkowany ogniowo","rys. 11-204 rew. C","7308 90 59","szt.",400,"18.40"),
 ("Obejma rurowa OR-114 z wkładką gumową","rys. 11-311","7326 90 98","szt.",250,"27.90"),
 ("Podkładka sprężysta M12, stal sprężynowa","DIN 127 B","7318 21 00","szt.",1200,"2.15"),
 ("Rama spawana RS-1200, malowana proszkowo RAL 7016","rys. 20-118 rew. B","7308 90 59","szt.",60,"148.00"),
 ("Płyta montażowa PM-300 gr. 6 mm, cięcie laserowe","S355J2, rys. 20-140","7308 90 59","szt.",80,"96.50"),
 ("Tuleja dystansowa TD-20 toczona","C45, fi 20/10.5 × 35","7318 29 00","szt.",500,"4.85"),
 ("Uchwyt kątowy UK-90 gięty","S235JR, gr. 4 mm","7326 90 98","szt.",150,"31.20"),
 ("Konsola ścienna KS-600 wzmocniona","rys. 11-402 rew. A","7308 90 59","szt.",40,"212.00"),
 ("Zawias spawany ZS-60","stal czarna, do malowania","8302 10 00","szt.",300,"7.60"),
 ("Nit zrywalny 4,8 × 12 stal/stal","op. zbiorcze 500 szt.","7318 23 00","szt.",2000,"0.38"),
 ("Podstawa maszyny PM-2 spawana, wyżarzana odprężająco","rys. 30-007 rew. D","7308 90 59","szt.",24,"465.00"),
 ("Kątownik perforowany KP-2000","50 × 50 × 3, dł. 2000 mm","7216 50 91","szt.",120,"58.30"),
 ("Ceownik gięty C-80, dł. 1000 mm","S235JR, gr. 3 mm","7216 61 90","szt.",90,"42.10"),
 ("Obudowa szafy sterowniczej OSS-800","IP54, RAL 7035, rys. 40-015","8538 10 00","kpl.",16,"890.00"),
 ("Śruba M10 × 40 kl. 8.8 ocynk","ISO 4017","7318 15 88","szt.",600,"3.95"),
 ("Osłona przekładni OP-3 z blachy perforowanej","rys. 30-021","7326 90 98","szt.",45,"174.00"),
 ("Przygotowanie programu CNC i oprzyrządowania","zlecenie jednorazowe","—","usł.",1,"1250.00"),
 ("Transport do odbiorcy (4 palety)","Radom → Kielce","—","usł.",1,"480.00"),
]
rows=[]; tn=tv=0
for i,(n,sub,cn,jm,q,p) in enumerate(items,1):
    net=q2(q*q2(p)); vat=q2(net*q2('0.23')); tn+=net; tv+=vat
    qs = fmt(q,' ',',',0) if jm!='kg' else fmt(q)
    rows.append(f'<tr><td class="c">{i}</td><td>{n}<div class="sub">{sub}</div></td><td class="c">{cn}</td><td class="c">{jm}</td><td class="r">{qs}</td><td class="r">{fmt(p)}</td><td class="r">{fmt(net)}</td><td class="c">23</td><td class="r">{fmt(vat)}</td><td class="r">{fmt(net+vat)}</td></tr>')
assert (tn,tv)==(q2('100255.00'),q2('23058.65')), (tn,tv)
html = open('s30_t11.html').read().replace('@@ROWS@@','\n'.join(rows))
open('../s30_11_pl_faktura_vat_metal.chrome.html','w').write(html)
print('ok',tn,tv,tn+tv)
