# Authoring helper for set 32: computes every amount once, writes truth.json and the
# long item-table fragments that the sources include. Run once, before any PDF exists.
import json, random
from decimal import Decimal as D, ROUND_HALF_UP

def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)

def money(x):
    return f"{r2(x):,.2f}"

DOCS = {}
INFO = {}

# ---------- 1 Buckeye Fastener (NetSuite) ----------
items = [("10-4471","Hex Cap Screw 1/2-13 x 2-1/2 Gr 8 Zinc Yellow",500,"EA","0.412"),
         ("22-1180","Nylon Insert Lock Nut 1/2-13 Gr 8 Zinc Yellow",500,"EA","0.138"),
         ("35-0912","Flat Washer 1/2 SAE Through-Hardened",1000,"EA","0.061"),
         ("61-2203","Anti-Seize Compound Nickel Grade 8 oz Brush Top",12,"EA","18.45"),
         ("48-7715","Carbide Burr SA-5 1/2 Dia x 1/4 Shank Double Cut",6,"EA","27.90"),
         ("73-0041","Cut-Off Wheel 4-1/2 x .045 x 7/8 Type 1 A60T",50,"EA","2.18"),
         ("90-5520","Nitrile Gloves 8 mil Powder-Free Size L (Box/100)",10,"BX","16.75")]
sub = sum(r2(D(p)*q) for _,_,q,_,p in items)
frt = D("48.75"); tax = r2((sub+frt)*D("0.0725")); tot = sub+frt+tax
INFO[1] = dict(items=[(a,b,q,u,p,money(D(p)*q)) for a,b,q,u,p in items], sub=money(sub), frt=money(frt), tax=money(tax), tot=money(tot))
DOCS["s32_us_distributor_invoice.pdf"] = {"invoice_number":"INV104582","invoice_date":"2025-03-07","due_date":"2025-04-06","po_number":"MPM-25-0412","customer_number":"C10457","vendor":"Buckeye Fastener & Industrial Supply, Inc.","total":float(tot)}

# ---------- 2 Northshore Packaging (SAP, Ontario HST) ----------
items = [("100234","RSC Corrugated Box 18x12x10 32ECT Kraft",1200,"EA","1.085"),
         ("100377","RSC Corrugated Box 24x16x12 44ECT Kraft",600,"EA","1.940"),
         ("205110","Stretch Film 18in x 1500ft 80ga Cast",48,"RL","24.60"),
         ("310022","Carton Sealing Tape 48mm x 100m Clear",144,"RL","2.35"),
         ("410900","Pallet Label 4x6 Thermal Transfer, 1000/roll",12,"RL","31.50")]
net = sum(r2(D(p)*q) for *_,q,_,p in items); frt=D("185.00"); sub=net+frt; hst=r2(sub*D("0.13")); tot=sub+hst
INFO[2] = dict(items=[(a,b,q,u,p,money(D(p)*q)) for a,b,q,u,p in items], net=money(net), frt=money(frt), sub=money(sub), hst=money(hst), tot=money(tot))
DOCS["s32_ca_supplier_invoice_hst.pdf"] = {"invoice_number":"90014572","invoice_date":"2025-02-18","customer_number":"100482","subtotal":float(sub),"hst_amount":float(hst),"total":float(tot),"hst_number":"812345678RT0001"}

# ---------- 3 Tri-County Electrical (Epicor, 3 pages, pdflatex) ----------
rng = random.Random(3203)
cat3 = [("THHN12SOL","THHN-THWN-2 12 AWG Solid Cu Black 500ft","RL","68.40"),
 ("THHN12SOLW","THHN-THWN-2 12 AWG Solid Cu White 500ft","RL","68.40"),
 ("THHN12SOLG","THHN-THWN-2 12 AWG Solid Cu Green 500ft","RL","68.40"),
 ("THHN10STR","THHN-THWN-2 10 AWG Str Cu Black 500ft","RL","112.75"),
 ("MC12-2","MC Cable 12/2 Solid Cu Alum Armor 250ft","RL","181.90"),
 ("MC12-3","MC Cable 12/3 Solid Cu Alum Armor 250ft","RL","254.30"),
 ("EMT050","EMT Conduit 1/2in x 10ft","EA","6.18"),
 ("EMT075","EMT Conduit 3/4in x 10ft","EA","10.42"),
 ("EMT100","EMT Conduit 1in x 10ft","EA","17.85"),
 ("EMTSC050","EMT Set Screw Connector 1/2in Steel","EA","0.44"),
 ("EMTSC075","EMT Set Screw Connector 3/4in Steel","EA","0.78"),
 ("EMTCP050","EMT Set Screw Coupling 1/2in Steel","EA","0.52"),
 ("EMTCP075","EMT Set Screw Coupling 3/4in Steel","EA","0.91"),
 ("1SH050","One-Hole Strap EMT 1/2in","EA","0.21"),
 ("1SH075","One-Hole Strap EMT 3/4in","EA","0.29"),
 ("4SQ-DP","4in Square Box 2-1/8 Deep w/ KO","EA","3.46"),
 ("4SQ-MR1","4in Square Mud Ring 1-Gang 5/8 Raised","EA","1.62"),
 ("4SQ-CVR","4in Square Blank Cover Steel","EA","0.88"),
 ("BB-1G","Old Work Box 1-Gang PVC 20 cu in","EA","1.27"),
 ("DR20W","Duplex Receptacle 20A 125V Spec Grade White","EA","2.94"),
 ("GFCI20W","GFCI Receptacle 20A Self-Test TR WR White","EA","21.60"),
 ("SW1P20W","Single Pole Switch 20A Spec Grade White","EA","3.12"),
 ("SW3W20W","3-Way Switch 20A Spec Grade White","EA","5.48"),
 ("OCC-WALL","Occupancy Sensor Wall Switch PIR 120/277V","EA","38.95"),
 ("WP1GDUP","Wallplate 1-Gang Duplex Nylon White","EA","0.46"),
 ("WP1GTOG","Wallplate 1-Gang Toggle Nylon White","EA","0.46"),
 ("WP2GDEC","Wallplate 2-Gang Decorator Nylon White","EA","1.18"),
 ("WN-YEL","Twist-On Wire Connector Yellow (100/bx)","BX","8.90"),
 ("WN-RED","Twist-On Wire Connector Red (100/bx)","BX","10.40"),
 ("WAGO221-3","Lever Nut 3-Conductor 24-12 AWG (100/bx)","BX","36.75"),
 ("BRK120","Circuit Breaker 1P 20A 120/240V Plug-On","EA","9.85"),
 ("BRK220","Circuit Breaker 2P 20A 120/240V Plug-On","EA","24.60"),
 ("BRK230","Circuit Breaker 2P 30A 120/240V Plug-On","EA","24.60"),
 ("AFCI120","AFCI/GFCI Dual Function Breaker 1P 20A","EA","58.40"),
 ("LP225M","Loadcenter 225A MLO 42-Space 3PH 4W NEMA 1","EA","486.00"),
 ("TR-PAN","Troffer LED 2x4 5000lm 4000K 0-10V Dim","EA","74.90"),
 ("TR-PAN24","Flat Panel LED 2x2 3300lm 3500K","EA","44.20"),
 ("DL6-LED","Downlight LED 6in 1200lm Selectable CCT","EA","27.65"),
 ("EXIT-LED","Exit Sign LED Red Letter w/ Battery Backup","EA","31.80"),
 ("EMLT-2H","Emergency Light 2-Head LED Thermoplastic","EA","29.45"),
 ("STRUT-10","Strut Channel 1-5/8 x 1-5/8 12ga 10ft Pre-Galv","EA","28.60"),
 ("ATR038","All Thread Rod 3/8-16 x 10ft Zinc","EA","7.15"),
 ("BC038","Beam Clamp 3/8-16 Malleable Iron","EA","2.36"),
 ("TAPE-BLK","Vinyl Electrical Tape 3/4 x 66ft Black","EA","1.12"),
 ("PULL-LINE","Pull Line Polyester 1/4in 1250lb 3000ft","EA","96.50"),
 ("FISHT-240","Fish Tape Steel 1/8 x 240ft","EA","64.30"),
 ("GRDRD-58","Ground Rod 5/8 x 8ft Copper-Bonded","EA","17.40"),
 ("GRDCL-58","Ground Rod Clamp 5/8 Bronze Direct Burial","EA","3.05"),
 ("CT-8BK","Cable Tie 8in 50lb UV Black (100/bag)","BG","4.85"),
 ("LBL-CIR","Panel Directory Label Kit 42-Circuit","EA","3.60")]
lines3 = []
for i,(sku,desc,u,p) in enumerate(cat3):
    if u in ("RL",): q = rng.choice([2,4,6,8,10])
    elif u in ("BX","BG"): q = rng.choice([2,4,5,10])
    elif D(p) > 100: q = rng.choice([1,2])
    elif D(p) > 20: q = rng.choice([4,6,8,12,24])
    else: q = rng.choice([25,50,100,150,200,250])
    lines3.append((f"{(i+1)*10:d}", sku, desc, q, u, p, r2(D(p)*q)))
sub3 = sum(l[6] for l in lines3); tax3 = r2(sub3*D("0.0725")); frt3 = D("0.00"); tot3 = sub3+tax3
INFO[3] = dict(sub=money(sub3), tax=money(tax3), tot=money(tot3), n=len(lines3))
with open("/tmp/w/set32/src/s32_tricounty_items.tex","w") as f:
    for ln,sku,desc,q,u,p,ext in lines3:
        f.write(f"{ln} & {sku} & {desc} & {q} & {q} & 0 & {u} & {D(p):.4f} & {money(ext)} \\\\\n")
DOCS["s32_multipage_electrical_invoice.pdf"] = {"invoice_number":"118204","invoice_date":"2025-01-29","po_number":"HE-2291-J14","subtotal":float(sub3),"sales_tax":float(tax3),"total":float(tot3)}

# ---------- 4 Cascade Hydraulics credit memo (D365 BC, fpdf2) ----------
items = [("HC-2040-12","Hydraulic Cylinder 2in Bore x 12in Stroke Tie-Rod 3000 PSI",2,"EA","418.60"),
         ("PV-1125","Gear Pump 11 cc/rev SAE A 2-Bolt CW Rotation",1,"EA","684.00"),
         ("HF-10-6MJ","Hose Fitting Kit 3/8 Male JIC x 3/8 Hose, pk/4",4,"KIT","36.90")]
gross = sum(r2(D(p)*q) for *_,q,_,p in items); rest = r2((D("837.20")+D("684.00"))*D("0.15")); tot4 = gross-rest
INFO[4] = dict(gross=money(gross), rest=money(rest), tot=money(tot4))
DOCS["s32_credit_memo.pdf"] = {"credit_memo_number":"CM-25-00317","credit_memo_date":"2025-03-12","invoice_reference":"PSI-25-04418","customer_number":"C00872","total":float(tot4)}

# ---------- 5 Debit memo (Oracle, groff) ----------
d5 = [r2(D("14.85")*24), r2(D("0.28")*1800), r2(D("21.50")*12)]
INFO[5] = dict(lines=[money(x) for x in d5], tot=money(sum(d5)))
DOCS["s32_debit_memo.pdf"] = {"debit_memo_number":"DM-0000812","debit_memo_date":"2025-02-14","vendor_number":"20417","invoice_reference":"58832","po_number":"7734","total":float(sum(d5))}

# ---------- 6 Statement of account (Sage Intacct, soffice) ----------
cur = D("4402.60")+D("1576.00")-D("312.00"); b1=D("865.20"); b31=D("3118.75"); b61=D("1940.00"); b90=D("1284.50")
bal = cur+b1+b31+b61+b90; pd = b1+b31+b61+b90
INFO[6] = dict(cur=money(cur), bal=money(bal), pd=money(pd))
DOCS["s32_statement_of_account.pdf"] = {"statement_date":"2025-03-31","customer_number":"BRIGHT-0042","customer_name":"Brightwater Diagnostics LLC","balance_due":float(bal),"past_due_amount":float(pd)}

# ---------- 7 Remittance advice (SAP, enscript) ----------
inv7 = [("44871","03/05/2025",D("2418.60")),("44902","03/06/2025",D("915.00")),("44955","03/07/2025",D("6204.35"))]
rows=[]; tg=td=tn=D(0)
for n,d,g in inv7:
    disc=r2(g*D("0.02")); rows.append((n,d,money(g),money(disc),money(g-disc))); tg+=g; td+=disc; tn+=g-disc
tg+=D("-310.50"); tn+=D("-310.50")
INFO[7] = dict(rows=rows, tg=money(tg), td=money(td), tn=money(tn))
DOCS["s32_remittance_advice.pdf"] = {"payment_date":"2025-03-14","payment_number":"2000047712","vendor_number":"300871","payment_amount":float(tn),"payer":"Halvorsen Agricultural Equipment Co."}

# ---------- 8 Packing slip (Infor, chromium) ----------
DOCS["s32_packing_slip.pdf"] = {"packing_slip_number":"PS-7734102","ship_date":"2025-03-18","order_number":"SO-0291187","po_number":"DSD-PO-55810","carrier":"Sierra Pacific Freightways","total_weight":612.0}

# ---------- 9 Bill of lading (VICS, fpdf2) ----------
DOCS["s32_bill_of_lading.pdf"] = {"bol_number":"GLPC-250226-018","ship_date":"2025-02-26","carrier":"Keystone Midwest Freight, Inc.","pro_number":"482-1180377","total_weight":9840.0,"shipper":"Great Lakes Polymer Compounds LLC"}

# ---------- 10 Purchase order (NetSuite, wkhtmltopdf) ----------
po = [D("1.284")*5000, D("1.197")*5000, D("0.362")*5000, D("850.00"), D("375.00")]
tot10 = sum(r2(x) for x in po)
INFO[10] = dict(lines=[money(x) for x in po], tot=money(tot10))
DOCS["s32_purchase_order.pdf"] = {"po_number":"PO-24871","order_date":"2025-02-10","delivery_date":"2025-03-21","vendor":"Hartwell Precision Plastics Co.","terms":"2% 10 Net 30","total":float(tot10)}

# ---------- 11 Quote (QuickBooks Enterprise estimate, soffice) ----------
mat = D("8450.00")+2*D("4985.00")+6*D("1120.00"); lab = 64*D("145.00")+24*D("165.00")
tax11 = r2(mat*D("0.0975")); tot11 = mat+lab+tax11
INFO[11] = dict(mat=money(mat), lab=money(lab), sub=money(mat+lab), tax=money(tax11), tot=money(tot11))
DOCS["s32_quote.pdf"] = {"quote_number":"2025-118","quote_date":"2025-03-03","valid_until":"2025-04-02","customer_name":"Cypress Point Refining Co.","total":float(tot11)}

# ---------- 12 Past-due notice (groff) ----------
orig = D("6842.35"); fee = r2(orig*D("0.015"))
INFO[12] = dict(fee=money(fee), tot=money(orig+fee))
DOCS["s32_past_due_notice.pdf"] = {"notice_date":"2025-03-20","customer_number":"41187","invoice_number":"77305","amount_past_due":float(orig),"late_fee":float(fee),"total_due":float(orig+fee)}

# ---------- 13 Utility bill (chromium) ----------
kwh = 466950-418230
c = [D("45.00"), r2(142*D("11.85")), r2(20000*D("0.0712")), r2((kwh-20000)*D("0.0568")), r2(kwh*D("0.01945")), r2(kwh*D("0.00831"))]
el = sum(c); ff = r2(el*D("0.05")); st = r2((el+ff)*D("0.075")); cur13 = el+ff+st
INFO[13] = dict(kwh=kwh, c=[money(x) for x in c], el=money(el), ff=money(ff), st=money(st), cur=money(cur13))
DOCS["s32_utility_bill_business.pdf"] = {"account_number":"5501-2284-6619","bill_date":"2025-03-05","due_date":"2025-03-26","amount_due":float(cur13),"consumption_kwh":float(kwh),"customer_name":"Heartland Cold Storage LLC"}

# ---------- 14 SaaS (chromium) ----------
l14 = [42*D("59.00"), 6*D("39.00"), 30*D("8.00"), r2(8420*D("0.0075")), r2(284*D("0.40")), r2(4*D("59.00")*12/28)]
sub14 = sum(l14); tax14 = r2(sub14*D("0.08875")); tot14 = sub14+tax14
INFO[14] = dict(l=[money(x) for x in l14], sub=money(sub14), tax=money(tax14), tot=money(tot14))
DOCS["s32_saas_subscription_invoice.pdf"] = {"invoice_number":"FL-2025-004417","invoice_date":"2025-03-01","billing_period_start":"2025-03-01","billing_period_end":"2025-03-31","sales_tax":float(tax14),"total":float(tot14)}

# ---------- 15 Professional services (pdflatex) ----------
hrs = [(D("12.0"),D("325")),(D("46.5"),D("245")),(D("64.0"),D("185")),(D("58.5"),D("150")),(D("6.5"),D("115"))]
fees = sum(h*r for h,r in hrs); th = sum(h for h,_ in hrs)
exp = D("612.40")+D("1184.00")+D("126.50")
tot15 = fees+exp
INFO[15] = dict(l=[money(h*r) for h,r in hrs], fees=money(fees), th=str(th), exp=money(exp), tot=money(tot15))
DOCS["s32_professional_services_invoice.pdf"] = {"invoice_number":"10482","invoice_date":"2025-02-28","due_date":"2025-03-30","project_number":"24-0317","hours_total":float(th),"total":float(tot15)}

# ---------- 16 Freight carrier (enscript) ----------
lh = r2(D("38.60")*D("42.18")); disc = r2(lh*D("0.70")); net16 = lh-disc; fsc = r2(net16*D("0.336")); tot16 = net16+fsc+D("95.00")+D("25.00")
INFO[16] = dict(lh=money(lh), disc=money(disc), net=money(net16), fsc=money(fsc), tot=money(tot16))
DOCS["s32_freight_carrier_invoice.pdf"] = {"pro_number":"318-5502749","invoice_date":"2025-02-21","bol_number":"88410273","fuel_surcharge":float(fsc),"total":float(tot16),"shipper":"Piedmont Textile Mills, Inc."}

# ---------- 17 Equipment lease (soffice) ----------
rent = 2*D("612.00")+D("948.00"); maint = 3*D("85.00"); ppt = D("41.37"); tax17 = r2((rent+maint)*D("0.07")); tot17 = rent+maint+ppt+tax17
INFO[17] = dict(rent=money(rent), maint=money(maint), tax=money(tax17), tot=money(tot17))
DOCS["s32_equipment_lease_invoice.pdf"] = {"invoice_number":"7719024","lease_number":"L-2023-0481-03","invoice_date":"2025-03-01","due_date":"2025-03-15","total":float(tot17)}

# ---------- 18 Quebec (pdflatex, French) ----------
l18 = [40*D("28.45"), 15*D("36.90"), 6*D("142.20"), 8*D("47.50"), 5*D("62.80"), 3*D("89.95"), D("45.00")]
sub18 = sum(l18); taxable = sum(l18[3:]); tps = r2(taxable*D("0.05")); tvq = r2(taxable*D("0.09975")); tot18 = sub18+tps+tvq
INFO[18] = dict(l=[money(x) for x in l18], sub=money(sub18), taxable=money(taxable), tps=money(tps), tvq=money(tvq), tot=money(tot18))
DOCS["s32_quebec_facture.pdf"] = {"invoice_number":"F-2025-01872","invoice_date":"2025-03-12","due_date":"2025-04-11","gst_amount":float(tps),"qst_amount":float(tvq),"total":float(tot18),"qst_number":"1218765432TQ0001"}

# ---------- 19 MX-US (wkhtmltopdf) ----------
l19 = [2000*D("1.86"), 300*D("9.45"), 120*D("23.70"), 25*D("148.00")]
sub19 = sum(l19); tot19 = sub19+D("420.00"); fx = D("19.9861"); mxn = r2(tot19*fx)
INFO[19] = dict(l=[money(x) for x in l19], sub=money(sub19), tot=money(tot19), mxn=money(mxn))
DOCS["s32_mx_us_crossborder_invoice.pdf"] = {"invoice_number":"LGS-25-01933","invoice_date":"2025-03-17","customer_name":"Ensambles del Norte, S.A. de C.V.","customer_rfc":"ENO980312AB4","total":float(tot19),"total_mxn":float(mxn)}

# ---------- 20 BC GST+PST (fpdf2) ----------
l20 = [150*D("6.85"), 40*D("9.20"), D("3.5")*D("115.00"), 12*D("79.95"), D("65.00")]
sub20 = sum(l20); gst20 = r2(sub20*D("0.05")); pst20 = r2((sub20-D("65.00"))*D("0.07")); tot20 = sub20+gst20+pst20
INFO[20] = dict(l=[money(x) for x in l20], sub=money(sub20), gst=money(gst20), pst=money(pst20), tot=money(tot20))
DOCS["s32_bc_invoice_gst_pst.pdf"] = {"invoice_number":"2025-004471","invoice_date":"2025-02-07","gst_amount":float(gst20),"pst_amount":float(pst20),"total":float(tot20),"gst_number":"794561234RT0001"}

# ---------- 21 Food distributor (groff, 2 pages) ----------
rng = random.Random(3221)
cat21 = [("Y","0412887","CS","Chicken Breast Bnls Sknls 6oz IQF","4/10 LB","58.42"),
 ("Y","0415020","CS","Chicken Thigh Meat Bnls Marinated","4/5 LB","61.90"),
 ("Y","1102274","CS","Beef Ground 80/20 Fine Grind Chub","4/10 LB","142.36"),
 ("Y","1108831","CS","Beef Skirt Steak Outside Peeled Ch","2/6 LB AVG","168.75"),
 ("Y","1310045","CS","Pork Carnitas Cooked Shredded","2/5 LB","74.20"),
 ("Y","2001187","CS","Tortilla Flour 10in Pressed","12/12 CT","26.85"),
 ("Y","2001190","CS","Tortilla Corn Yellow 6in","10/30 CT","21.40"),
 ("Y","2204410","CS","Cheese Monterey Jack Shredded","4/5 LB","64.95"),
 ("Y","2204455","CS","Cheese Queso Fresco Crumbled","6/2 LB","52.30"),
 ("Y","2210088","CS","Sour Cream Cultured Tub","4/5 LB","31.15"),
 ("Y","3005512","CS","Avocado Hass Fresh 48ct","1/48 CT","58.90"),
 ("Y","3005640","CS","Tomato Roma Fresh 25#","1/25 LB","29.75"),
 ("Y","3005702","CS","Onion Yellow Jumbo Fresh 50#","1/50 LB","27.40"),
 ("Y","3005815","CS","Cilantro Fresh Iceless","1/30 CT","24.60"),
 ("Y","3005917","CS","Lime Fresh 175ct","1/175 CT","46.20"),
 ("Y","3006022","CS","Pepper Jalapeno Fresh","1/10 LB","16.85"),
 ("Y","3006104","CS","Lettuce Iceberg Shredded 1/8 Cut","4/5 LB","32.40"),
 ("Y","4100871","CS","Beans Black Cooked Canned #10","6/#10","38.65"),
 ("Y","4100892","CS","Beans Pinto Refried Canned #10","6/#10","36.90"),
 ("Y","4102230","CS","Rice Long Grain Parboiled","1/50 LB","34.25"),
 ("Y","4105518","CS","Salsa Roja Restaurant Style","4/1 GAL","41.80"),
 ("Y","4106620","CS","Sauce Enchilada Red","6/#10","44.15"),
 ("Y","4302201","CS","Oil Soybean Fry Clear Liquid","1/35 LB","39.60"),
 ("Y","4310017","CS","Chips Tortilla Yellow Triangle","1/30 LB","33.70"),
 ("Y","5001140","CS","Soda Syrup Cola BIB","1/5 GAL","98.40"),
 ("N","7100330","CS","Container Foam Hinged 9x9 1-Comp","1/200 CT","41.25"),
 ("N","7100412","CS","Container Plastic Deli 16oz w/Lid","1/240 CT","38.80"),
 ("N","7100598","CS","Cup Portion 2oz Clear PP w/Lid","1/2500 CT","52.60"),
 ("N","7102010","CS","Napkin Dinner 2-Ply White 15x17","1/3000 CT","46.95"),
 ("N","7102255","CS","Foil Sheet Interfolded 12x10.75","6/500 CT","54.30"),
 ("N","7103018","CS","Glove Vinyl Powder-Free Large","10/100 CT","28.40"),
 ("N","7104420","CS","Bag T-Shirt Carryout 1/6 BBL White","1/1000 CT","22.75"),
 ("N","7105561","CS","Cutlery Kit Fork/Knife/Napkin Med","1/250 CT","37.20"),
 ("N","8200114","CS","Degreaser Heavy Duty Concentrate","4/1 GAL","48.90"),
 ("N","8200277","CS","Sanitizer Quat Multi-Surface","2/2.5 GAL","62.15"),
 ("N","8200390","CS","Detergent Dish Machine Liquid","1/5 GAL","71.80"),
 ("N","8201105","CS","Towel Roll Hardwound Brown 8in","6/800 FT","39.45"),
 ("N","8201442","CS","Liner Can 40x46 1.5mil Black","1/100 CT","31.60")]
lines21 = []
tot_food = tot_tax = D(0)
for flag,item,u,desc,pack,p in cat21:
    q = rng.choice([1,1,2,2,3,4,6]) if D(p) > 60 else rng.choice([1,2,2,3,4,5,6,8])
    ext = r2(D(p)*q)
    lines21.append((q,q,u,item,pack,desc,flag,p,ext))
    if flag=="Y": tot_food += ext
    else: tot_tax += ext
fuel21 = D("9.95")
tax21 = r2((tot_tax)*D("0.0825"))
sub21 = tot_food+tot_tax; tot21 = sub21+fuel21+tax21
cases21 = sum(l[1] for l in lines21)
INFO[21] = dict(food=money(tot_food), taxable=money(tot_tax), sub=money(sub21), fuel=money(fuel21), tax=money(tax21), tot=money(tot21), cases=cases21, disc=money(r2(tot21*D("0.02"))), net=money(tot21-r2(tot21*D("0.02"))))
with open("/tmp/w/set32/src/s32_lonestar_items.tbl","w") as f:
    for q,s,u,item,pack,desc,flag,p,ext in lines21:
        t = "T" if flag=="N" else ""
        f.write(f"{q}\t{s}\t{u}\t{item}\t{pack}\t{desc}\t{t}\t{D(p):.2f}\t{money(ext)}\n")
DOCS["s32_multipage_food_distributor_invoice.pdf"] = {"invoice_number":"6620418","invoice_date":"2025-02-24","customer_number":"448102","terms":"2% 10 NET 30","sales_tax":float(tax21),"total":float(tot21)}

# ---------- 22 QuickBooks Enterprise invoice (soffice) ----------
l22 = [2*D("3860.00"), 96*D("42.50"), 8*D("615.00"), 24*D("38.75"), D("350.00")]
sub22 = sum(l22); tax22 = r2((sub22-D("350.00"))*D("0.0775")); tot22 = sub22+tax22
INFO[22] = dict(l=[money(x) for x in l22], sub=money(sub22), tax=money(tax22), tot=money(tot22))
DOCS["s32_qb_enterprise_invoice.pdf"] = {"invoice_number":"5187","invoice_date":"2025-03-14","po_number":"GPC-0388","terms":"Net 30","customer_name":"Granite Peak Construction, Inc.","total":float(tot22)}

# ---------- 23 Alberta multipage (SyteLine, chromium) ----------
rng = random.Random(3223)
sizes = ["1/2","3/4","1","1-1/2","2","3","4"]
cat23 = []
for s in sizes:
    cat23.append((f"FT-90-{s.replace('/','').replace('-','')}", f"Elbow 90 LR A234 WPB Sch 80 BW {s}in", "EA", str(r2(D("6.40")*(1+sizes.index(s))**D("1.5")))))
    cat23.append((f"FT-TEE-{s.replace('/','').replace('-','')}", f"Tee Straight A234 WPB Sch 80 BW {s}in", "EA", str(r2(D("9.85")*(1+sizes.index(s))**D("1.5")))))
    cat23.append((f"FL-WN3-{s.replace('/','').replace('-','')}", f"Flange WN RF Cl 300 A105N Sch 80 {s}in", "EA", str(r2(D("18.20")*(1+sizes.index(s))**D("1.4")))))
    cat23.append((f"GK-SW3-{s.replace('/','').replace('-','')}", f"Gasket Spiral Wound 304/Graphite Cl 300 {s}in", "EA", str(r2(D("4.75")*(1+sizes.index(s))**D("1.2")))))
    cat23.append((f"SB-B7-{s.replace('/','').replace('-','')}", f"Stud Bolt B7/2H w/ 2 Nuts Set for Cl 300 {s}in Flg", "SET", str(r2(D("11.30")*(1+sizes.index(s))**D("1.1")))))
cat23 += [("BV-FP3-2","Ball Valve 2in Cl 300 Full Port Flanged CS Trim 316","EA","684.50"),
          ("BV-FP3-3","Ball Valve 3in Cl 300 Full Port Flanged CS Trim 316","EA","1142.00"),
          ("GV-800-1","Gate Valve 1in Cl 800 SW A105 Bolted Bonnet","EA","96.40"),
          ("CV-SW-1","Check Valve 1in Cl 800 SW A105 Piston","EA","118.75"),
          ("NV-12","Needle Valve 1/2in MNPT x FNPT 6000 psi SS316","EA","58.20"),
          ("PG-4-1000","Pressure Gauge 4in Dial 0-1000 psi 1/2 NPT LM","EA","42.35"),
          ("TW-12-SS","Thermowell 1/2 NPT x 1in Process 316SS 6in U","EA","71.90"),
          ("PIPE-2-80","Pipe 2in Sch 80 A106B SMLS PE 21ft","JT","298.40"),
          ("PIPE-3-80","Pipe 3in Sch 80 A106B SMLS PE 21ft","JT","512.60"),
          ("PTFE-TAPE","Thread Sealant Tape PTFE 1/2in Yellow Gas","EA","2.85"),
          ("ANTI-SZ","Anti-Seize Nickel 1 lb Can","EA","27.30"),
          ("CUTOFF-5","Cut-Off Wheel 5in x .045 x 7/8","EA","3.15"),
          ("FLAP-4.5","Flap Disc 4-1/2 x 7/8 60 Grit Zirc T29","EA","6.95"),
          ("ROD-7018","Electrode E7018 1/8in 50 lb Can","CAN","214.80"),
          ("ROD-6010","Electrode E6010 1/8in 50 lb Can","CAN","198.60"),
          ("PAINT-MK","Paint Marker Yellow Industrial","EA","3.40"),
          ("PPE-FRC","FR Coverall 9oz Navy Size L","EA","118.00"),
          ("PPE-GLV","Glove Impact Cut A4 Hi-Vis Size L","PR","19.85")]
lines23 = []
for i,(sku,desc,u,p) in enumerate(cat23):
    p = D(p)
    if p > 400: q = rng.choice([1,2,3])
    elif p > 60: q = rng.choice([2,4,6])
    elif p > 10: q = rng.choice([6,8,10,12,16,24])
    else: q = rng.choice([12,24,36,48,50,100])
    lines23.append((i+1, sku, desc, q, u, p, r2(p*q)))
sub23 = sum(l[6] for l in lines23); frt23 = D("465.00"); gst23 = r2((sub23+frt23)*D("0.05")); tot23 = sub23+frt23+gst23
INFO[23] = dict(sub=money(sub23), frt=money(frt23), gst=money(gst23), tot=money(tot23), n=len(lines23))
with open("/tmp/w/set32/notes/chinook_rows.json","w") as f:
    json.dump([(n,sku,desc,q,u,f"{p:.2f}",money(e)) for n,sku,desc,q,u,p,e in lines23], f)
DOCS["s32_alberta_multipage_invoice.pdf"] = {"invoice_number":"IN-0417726","invoice_date":"2025-03-10","po_number":"AMP-PO-71552","customer_number":"204417","gst_amount":float(gst23),"total":float(tot23)}

# ---------- 24 Order acknowledgment (enscript) ----------
l24 = [10*D("186.40"), 10*D("72.80"), 4*D("642.00"), D("275.00")]
tot24 = sum(l24)
INFO[24] = dict(l=[money(x) for x in l24], tot=money(tot24))
DOCS["s32_order_acknowledgment.pdf"] = {"order_number":"184402","order_date":"2025-03-04","po_number":"SCS-11872","delivery_date":"2025-04-18","total":float(tot24)}

# ---------- 25 Factored chemical invoice (SAP, fpdf2) ----------
chem = 1100*D("9.85") + 330*D("14.20"); tax25 = r2(chem*D("0.0825")); tot25 = chem + 4*D("250.00") + D("85.00") + D("142.60") + tax25
INFO[25] = dict(chem=money(chem), tax=money(tax25), tot=money(tot25))
DOCS["s32_factored_chemical_invoice.pdf"] = {"invoice_number":"95002231","invoice_date":"2025-03-11","due_date":"2025-04-25","customer_name":"Permian Basin Water Solutions LLC","remit_to":"Keystone Trade Finance LLC","total":float(tot25)}

# ---------- 26 NB HST (Dynamics GP, wkhtmltopdf) ----------
l26 = [3*D("389.00"), D("1849.00"), D("9.5")*D("98.00"), D("214.35")]
sub26 = sum(l26); hst26 = r2(sub26*D("0.15")); tot26 = sub26+hst26
INFO[26] = dict(l=[money(x) for x in l26], sub=money(sub26), hst=money(hst26), tot=money(tot26))
DOCS["s32_nb_hst_invoice.pdf"] = {"invoice_number":"STDINV00031187","invoice_date":"2025-01-22","customer_number":"ACADIAN0001","hst_amount":float(hst26),"total":float(tot26),"hst_number":"103876543RT0001"}

# ---------- 27 3PL warehouse (groff) ----------
l27 = [412*D("18.50"), 186*D("6.75"), 4820*D("1.15"), 9610*D("0.32"), D("350.00")]
tot27 = sum(l27)
INFO[27] = dict(l=[money(x) for x in l27], tot=money(tot27))
DOCS["s32_3pl_warehouse_invoice.pdf"] = {"invoice_number":"WH-250228-0147","invoice_date":"2025-02-28","customer_number":"BHG-01","billing_period_end":"2025-02-28","due_date":"2025-03-30","total":float(tot27)}

# ---------- 28 Progress billing G702/G703 (pdflatex) ----------
sov = [("1","General Conditions / Mobilization",D("148000.00"),D("1.0")),
 ("2","Bonds and Insurance",D("42600.00"),D("1.0")),
 ("3","Demolition - Existing AHUs and Ductwork",D("186400.00"),D("1.0")),
 ("4","Rooftop Air Handling Units AHU-1 to AHU-4 (Equipment)",D("612500.00"),D("0.85")),
 ("5","Chilled Water Piping",D("284300.00"),D("0.72")),
 ("6","Heating Hot Water Piping",D("196750.00"),D("0.64")),
 ("7","Sheet Metal Ductwork and Accessories",D("338900.00"),D("0.58")),
 ("8","Insulation",D("92400.00"),D("0.35")),
 ("9","Building Automation / Controls",D("224850.00"),D("0.30")),
 ("10","Testing, Adjusting and Balancing",D("58300.00"),D("0.0")),
 ("11","Startup, Commissioning, Training",D("62000.00"),D("0.0")),
 ("12","Closeout, O&M Manuals, As-Builts",D("38000.00"),D("0.0")),
 ("CO-1","Change Order 1 - Added Exhaust Fan EF-7",D("31518.00"),D("1.0")),
 ("CO-2","Change Order 2 - Asbestos Abatement Allowance Adj.",D("42800.00"),D("1.0"))]
orig28 = sum(v for _,_,v,_ in sov[:12]); cos = sum(v for _,_,v,_ in sov[12:])
done = [r2(v*p) for _,_,v,p in sov]
tot_done = sum(done)
INFO[28] = dict(orig=money(orig28), cos=money(cos), sum=money(orig28+cos), done=money(tot_done), sov=[(a,b,money(v),money(d)) for (a,b,v,p),d in zip(sov,done)])
ret28 = r2(tot_done*D("0.05")); earned = tot_done-ret28; prev = D("1402118.40"); due28 = earned-prev
INFO[28].update(ret=money(ret28), earned=money(earned), due=money(due28), bal=money(orig28+cos-earned))
DOCS["s32_progress_billing_application.pdf"] = {"application_number":"7","period_to":"2025-02-28","contract_sum_to_date":float(orig28+cos),"retainage":float(ret28),"current_payment_due":float(due28)}

if __name__ == "__main__":
    import sys
    assert len(DOCS) == 28, len(DOCS)
    if "--truth" in sys.argv:
        with open("/tmp/w/set32/truth.json","w") as f:
            f.write("{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k,v in DOCS.items()) + "\n}\n")
    with open("/tmp/w/set32/notes/info.json","w") as f:
        json.dump({k:v for k,v in INFO.items()}, f, indent=1, default=str)
    for k,v in INFO.items():
        print(k, {a:b for a,b in v.items() if a not in ("items","rows","sov")})
