from decimal import Decimal as D, ROUND_HALF_UP
def r2(x): return D(x).quantize(D("0.01"), ROUND_HALF_UP)
SAGE = [  # code, desc, qty, price, disc, vat
("BRG-6205-2RS","Deep groove ball bearing 6205-2RS, sealed",40,"3.85",0,20),
("BRG-6306-ZZ","Deep groove ball bearing 6306-ZZ, shielded",24,"6.40",0,20),
("BRG-UCP208","Pillow block bearing UCP208, 40mm bore",6,"27.95",5,20),
("SEAL-45627","Oil seal 45x62x7 NBR",50,"1.12",0,20),
("SEAL-60808","Oil seal 60x80x8 NBR",30,"1.68",0,20),
("VB-SPA1250","V-belt SPA 1250 Lw",12,"8.90",10,20),
("VB-SPB2000","V-belt SPB 2000 Lw",8,"14.75",10,20),
("TL-SPA1610","Taper lock pulley SPA 160 x 1 groove",2,"38.60",0,20),
("TLB-1610-25","Taper lock bush 1610, 25mm bore",4,"7.45",0,20),
("CH-08B1-5M","Roller chain 08B-1 simplex, 5m box",3,"41.20",0,20),
("CL-08B1","Connecting link 08B-1",20,"0.95",0,20),
("SPK-08B19","Sprocket 08B-1 x 19T pilot bore",4,"16.30",0,20),
("GR-LGMT2-1","Grease LGMT 2, 1kg tin",6,"24.80",0,20),
("GR-GUN-500","Lever grease gun 500cc",2,"18.95",0,20),
("CPL-L100","Jaw coupling L100 complete, 28/32mm",3,"29.70",0,20),
("CPL-SPD-L100","Spider insert L100 Hytrel",10,"5.25",0,20),
("ORK-BS-382","O-ring kit BS imperial, 382 pcs",1,"46.50",0,20),
("CIR-EXT-25","Circlip external DIN 471, 25mm (pack 100)",2,"8.60",0,20),
("CIR-INT-52","Circlip internal DIN 472, 52mm (pack 50)",2,"11.40",0,20),
("KS-8x7x1000","Key steel 8x7mm, 1m length",5,"6.85",0,20),
("HCS-M10x40","Hex set screw M10x40 8.8 BZP (pack 100)",3,"12.90",0,20),
("NUT-M10-NYL","Nyloc nut M10 BZP (pack 100)",3,"5.40",0,20),
("WSH-M10-FORM","Flat washer M10 Form A (pack 200)",2,"4.75",0,20),
("LOC-243-50","Threadlocker 243 medium, 50ml",4,"15.60",0,20),
("PUL-3J-150","Bearing puller 3-jaw 150mm",1,"54.00",0,20),
("MAN-PT-2025","Power transmission catalogue 2025 (printed)",1,"12.00",0,0),
("CARR-NDAY","Carriage - next day pallet",1,"38.50",0,20),
]
def sage():
    net=D(0); vat={}; 
    for c,d,q,p,disc,v in SAGE:
        n=r2(D(q)*D(p)*(1-D(disc)/100)); net+=n
        vat.setdefault(v,[D(0),D(0)]); vat[v][0]+=n
    for v in vat: vat[v][1]=r2(vat[v][0]*v/100)
    tv=sum(x[1] for x in vat.values())
    return net,vat,tv,net+tv
SAP = [ # item, desc, qty, unit, price
("A-10452","Frequenzumrichter FU-7.5 kW, IP55",2,"Stk","2480.00"),
("A-10460","Bremswiderstand 150 Ohm / 2 kW",2,"Stk","318.50"),
("A-20118","SPS-CPU Baureihe 1500, 1 MB",1,"Stk","3125.00"),
("A-20131","Digitaleingabe 32 DI, 24 V DC",3,"Stk","412.40"),
("A-20133","Digitalausgabe 16 DO, 24 V DC/0.5 A",2,"Stk","389.90"),
("A-20140","Analogeingabe 8 AI, U/I",2,"Stk","564.00"),
("A-30502","Touchpanel 12 Zoll, Profinet",1,"Stk","2290.00"),
("A-40011","Not-Halt-Relais, 2-kanalig",4,"Stk","146.75"),
("A-40027","Sicherheitslichtgitter 900 mm, Typ 4",1,"Paar","1870.00"),
("K-55010","Steuerleitung 12G1.5, geschirmt",150,"m","7.85"),
("K-55022","Profinet-Kabel Cat.5e, grün",80,"m","3.40"),
("K-55031","M12-Steckverbinder 4-pol., konfektionierbar",24,"Stk","18.20"),
("S-90001","Engineering Steuerungsprogramm Seilbahnantrieb",36,"h","165.00"),
("S-90004","Inbetriebnahme vor Ort inkl. Protokoll",16,"h","148.00"),
("S-90010","Reisekosten Pauschale Winterthur - Beatenberg",2,"Pau","240.00"),
]
def sap():
    net=sum(r2(D(q)*D(p)) for i,d,q,u,p in SAP)
    disc=r2(net*D("0.03")); fr=D("85.00")
    base=net-disc+fr; tax=r2(base*D("0.081")); tot=base+tax
    rnd=(tot/D("0.05")).quantize(D(1),ROUND_HALF_UP)*D("0.05")
    return net,disc,fr,base,tax,tot,rnd-tot,rnd
FAT = [ # code, desc, qty, um, price, iva
("ET-100A","Etichette adesive in bobina 100x70 mm, carta patinata, 4 colori","12000","PZ","0.0420",22),
("ET-100B","Etichette adesive in bobina 100x70 mm, retro stampa lotto","12000","PZ","0.0160",22),
("ET-60T","Etichette tonde diam. 60 mm, carta vergata, oro a caldo","8000","PZ","0.0580",22),
("FS-120","Fascette per forme di formaggio, cartoncino 300 g, 620x60 mm","5000","PZ","0.1150",22),
("CT-A4","Cataloghi prodotti A4, 24 pagine, punto metallico","1500","PZ","1.8400",22),
("DP-A5","Depliant A5 piegato a due ante, carta patinata opaca 170 g","4000","PZ","0.1250",22),
("CV-85","Biglietti da visita 85x55 mm, 350 g, plastificati opachi","1000","PZ","0.0650",22),
("BS-SHOP","Shopper in carta kraft con maniglie ritorte, stampa 1 colore","2000","PZ","0.4300",22),
("CM-SPED","Cartoni da spedizione 400x300x200 mm, stampa logo","600","PZ","1.2200",22),
("NT-BLK","Blocchi notes A5, 50 fogli, con copertina","300","PZ","1.6500",22),
("PR-GRAF","Progettazione grafica e impaginazione catalogo","14","H","42.0000",22),
("PR-FOTO","Ritocco fotografico immagini prodotto","22","PZ","9.5000",22),
("IM-CLI","Impianti stampa e lastre CTP","1","NR","185.0000",22),
("TR-01","Trasporto con corriere espresso, 3 bancali","1","NR","96.0000",22),
]
def fat():
    net=sum(r2(D(q)*D(p)) for c,d,q,u,p,v in FAT)
    iva=r2(net*D("0.22")); return net,iva,net+iva
if __name__=="__main__":
    print("SAGE",sage()); print("SAP",sap()); print("FAT",fat())
