"""Authoring helper (run once, before truth.json was written): writes the long item tables
of documents 08, 15, 16, 17, 19 and 28 to src/s26_NN_items.json and prints their totals.
build.sh does not run this; the generators read the JSON files it wrote."""
import json, random, os
from decimal import Decimal as D, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__))
def r2(x): return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)
def dump(name, obj):
    with open(os.path.join(HERE, name), "w") as f: json.dump(obj, f, indent=1)

# ---- 15: US restaurant supply (Cleveland OH), taxable supplies 8.0 %, food exempt
rng = random.Random(1526)
food = [("Flour, all-purpose, 00 Tipo", "50 LB"), ("Semolina, durum", "50 LB"), ("San Marzano tomatoes, whole", "6/#10"),
 ("Tomato paste, fancy", "6/#10"), ("Olive oil, extra virgin", "4/3 LTR"), ("Canola oil, clear fry", "35 LB"),
 ("Parmigiano Reggiano, wheel cut", "10 LB"), ("Pecorino Romano, grated", "5 LB"), ("Mozzarella, whole milk loaf", "6/5 LB"),
 ("Ricotta, whole milk", "6/3 LB"), ("Fresh mozzarella, ovoline", "2/3 LB"), ("Butter, unsalted AA", "36/1 LB"),
 ("Heavy cream 40%", "12/QT"), ("Eggs, large grade A", "15 DZ"), ("Garlic, peeled", "5 LB"), ("Onions, yellow jumbo", "50 LB"),
 ("Basil, fresh", "1 LB"), ("Parsley, Italian flat", "60 CT"), ("Lemons, 115 ct", "CS"), ("Romaine hearts", "48 CT"),
 ("Arugula, baby", "4 LB"), ("Mushrooms, cremini", "10 LB"), ("Capers, nonpareil", "6/32 OZ"), ("Kalamata olives, pitted", "2/2 KG"),
 ("Anchovy fillets in oil", "12/13 OZ"), ("Balsamic vinegar of Modena", "4/1 GAL"), ("Red wine vinegar", "4/1 GAL"),
 ("Sea salt, fine", "25 LB"), ("Black pepper, coarse ground", "5 LB"), ("Red pepper, crushed", "5 LB"), ("Oregano, dried Sicilian", "1 LB"),
 ("Spaghetti, bronze cut", "20 LB"), ("Rigatoni", "20 LB"), ("Arborio rice", "4/5 KG"), ("Chicken breast, boneless", "4/10 LB"),
 ("Italian sausage, mild bulk", "2/5 LB"), ("Prosciutto di Parma, boneless", "16 LB"), ("Pancetta, rolled", "2/4 LB"),
 ("Espresso beans, dark roast", "5 LB"), ("Sugar, granulated", "50 LB")]
supplies = [("Foil, heavy duty 18 in x 500 ft", "1 RL"), ("Film wrap 18 in x 2000 ft", "1 RL"), ("Gloves, nitrile L", "10/100"),
 ("Deli container 32 oz w/ lid", "240 CT"), ("Pizza box 14 in kraft", "50 CT"), ("Napkins, dinner 2-ply white", "3000 CT"),
 ("Straws, paper wrapped", "2400 CT"), ("Hand towel, multifold", "4000 CT"), ("Degreaser concentrate", "4/1 GAL"),
 ("Sanitizer, quat", "2/2.5 GAL"), ("Dish detergent, machine", "5 GAL"), ("Rinse aid", "5 GAL"), ("Trash liners 40x46 1.5 mil", "100 CT"),
 ("Scrub pads, green", "60 CT"), ("Sheet pan liner, parchment", "1000 CT"), ("Portion cups 2 oz w/ lid", "2500 CT"),
 ("Hotel pan, full 4 in SS", "1 EA"), ("Ladle, 8 oz", "1 EA"), ("Thermometer, pocket digital", "1 EA"), ("Bus tub, gray", "1 EA"),
 ("Wine glass 12.5 oz", "2 DZ"), ("Tongs 12 in scalloped", "1 EA"), ("Kitchen towel, bar mop", "1 DZ"), ("Fryer oil filter paper", "100 CT"),
 ("Light bulb LED A19", "6 CT"), ("Cutting board 18x24 white", "1 EA")]
items = []
allit = [(d, p, False) for d, p in food] + [(d, p, True) for d, p in supplies]
rng.shuffle(allit)
for i, (d, p, tx) in enumerate(allit):
    code = str(100000 + rng.randrange(1000, 89999)) 
    qty = rng.choice([1, 1, 1, 2, 2, 3, 4, 6])
    price = r2(D(rng.randrange(899, 9899)) / 100)
    items.append({"item": code, "desc": d, "pack": p, "qty": qty, "price": str(price), "tax": tx,
                  "ext": str(r2(price * qty))})
sub = sum(D(i["ext"]) for i in items); taxable = sum(D(i["ext"]) for i in items if i["tax"])
tax = r2(taxable * D("0.08")); freight = D("85.00"); fuel = D("12.50")
tot = sub + freight + fuel + tax
dump("s26_15_items.json", {"items": items, "subtotal": str(sub), "taxable": str(taxable), "tax": str(tax),
                            "freight": str(freight), "fuel": str(fuel), "total": str(tot)})
print("15", len(items), "sub", sub, "taxable", taxable, "tax", tax, "total", tot)

# ---- 16: AU hardware distributor, ex-GST lines, GST 10 %
rng = random.Random(1626)
base = ["Screw, timber batten 14g x 75mm Class 4", "Screw, decking SS304 10g x 50mm", "Bolt, cup head galv M10 x 110",
 "Nut, hex galv M10", "Washer, flat galv M10", "Nail, bullet head 75 x 3.15mm", "Anchor, sleeve 10 x 75mm zinc",
 "Bracket, joist hanger 45 x 190", "Hinge, butt 100mm SC", "Padlock, brass 40mm KA", "Silicone, neutral cure clear 300g",
 "Adhesive, construction 320g", "Tape, duct silver 48mm x 30m", "Tape, masking 24mm x 50m", "Sandpaper, aluminium oxide 120g",
 "Blade, circular saw 184mm 24T", "Drill bit set HSS 19pc", "Driver bit PH2 50mm (10pk)", "Spirit level 1200mm box",
 "Tape measure 8m x 25mm", "Hammer, claw 20oz fibreglass", "Utility knife, retractable", "Gloves, riggers (12pr)",
 "Safety glasses, clear", "Ear muffs class 5", "Paint brush 63mm", "Roller cover 270mm 12mm nap", "Roller frame 270mm",
 "Drop sheet, poly 3.6 x 2.7m", "Sugar soap 1L", "Hose, garden 18mm x 20m", "Hose fitting set 12mm", "Sprinkler, oscillating",
 "Wheelbarrow tyre 16in", "Shovel, round mouth long handle", "Rake, garden 14 tooth", "Secateurs, bypass", "Cable ties 300mm black (100)",
 "Extension lead 10A 10m", "Power board 6 outlet surge", "Torch, LED rechargeable", "Batteries AA alkaline (24)",
 "Rope, polypropylene 8mm x 30m", "Tarpaulin, heavy duty 3.6 x 4.8m", "Bucket 10L builders", "Caulking gun, heavy duty",
 "Chalk line reel 30m", "Square, combination 300mm", "Chisel set, wood 4pc", "Pliers, combination 200mm", "Shifter, adjustable 250mm",
 "Socket set 1/2in dr 24pc", "Allen key set metric", "Grinding disc 125mm", "Cutting disc 125mm x 1mm (10)", "Wire brush, cup 75mm",
 "Paint, exterior low sheen white 10L", "Primer, sealer undercoat 4L", "Timber oil, decking 10L", "Filler, exterior 1kg",
 "Gutter guard mesh 5m", "Downpipe clip 90mm", "Pipe, PVC DWV 100mm x 6m", "Elbow, PVC 100mm 88deg", "Solvent cement 500ml",
 "Thread seal tape 12mm", "Tap washer assortment", "Fence post cap 90mm", "Gate latch, galv", "Post anchor, galv 90mm"]
items = []
for i, d in enumerate(base):
    code = "SC" + str(rng.randrange(10000, 99999))
    qty = rng.choice([2, 4, 5, 6, 10, 12, 20, 24, 50])
    unit = rng.choice(["EA", "EA", "EA", "PK", "BX"])
    price = r2(D(rng.randrange(95, 12999)) / 100)
    items.append({"code": code, "desc": d, "qty": qty, "uom": unit, "price": str(price), "ext": str(r2(price * qty))})
sub = sum(D(i["ext"]) for i in items); freight = D("145.00")
gst = r2((sub + freight) * D("0.10")); tot = sub + freight + gst
dump("s26_16_items.json", {"items": items, "subtotal": str(sub), "freight": str(freight), "gst": str(gst), "total": str(tot)})
print("16", len(items), "sub", sub, "freight", freight, "sub+freight", sub + freight, "gst", gst, "total", tot)

# ---- 17: IN textiles, IGST 5 %, round-off to rupee
rng = random.Random(1726)
fab = [("Cotton cambric, white", "5208"), ("Cotton poplin, printed", "5208"), ("Cotton voile, dyed", "5208"),
       ("Cotton twill, dyed", "5209"), ("Cotton denim 10 oz, indigo", "5209"), ("Polyester georgette, printed", "5407"),
       ("Polyester crepe, dyed", "5407"), ("Viscose rayon, printed", "5408"), ("Viscose chanderi, plain", "5408"),
       ("Linen blend shirting", "5309"), ("Cotton khadi, handloom", "5208"), ("Chiffon, dyed", "5407"),
       ("Satin, polyester", "5407"), ("Muslin, cotton", "5208"), ("Rayon slub, dyed", "5408")]
colours = ["Ivory", "Navy", "Mustard", "Teal", "Rust", "Olive", "Blush", "Black", "Maroon", "Sky"]
items = []
for i in range(46):
    d, h = fab[i % len(fab)]
    d = f"{d} - {colours[rng.randrange(len(colours))]}, 44\""
    mtr = D(rng.choice([60, 75, 80, 100, 120, 150, 180, 200, 240])) + D(rng.choice([0, 0, D("0.5")]))
    rate = r2(D(rng.randrange(6500, 28500)) / 100)
    items.append({"desc": d, "hsn": h, "qty": str(mtr), "rate": str(rate), "amt": str(r2(mtr * rate))})
taxable = sum(D(i["amt"]) for i in items); freight = D("2850.00")
taxable2 = taxable + freight
igst = r2(taxable2 * D("0.05")); raw = taxable2 + igst
tot = raw.quantize(D("1"), rounding=ROUND_HALF_UP); ro = tot - raw
dump("s26_17_items.json", {"items": items, "taxable_goods": str(taxable), "freight": str(freight), "taxable": str(taxable2),
                            "igst": str(igst), "roundoff": str(ro), "total": str(tot)})
print("17", len(items), "goods", taxable, "taxable", taxable2, "igst", igst, "roundoff", ro, "total", tot)

# ---- 28: QC packaging supplier, GST 5 %, QST 9.975 %
rng = random.Random(2826)
pk = ["Bakery box 10x10x5 white", "Bakery box 12x12x6 kraft window", "Cake board round 10in gold", "Cake board round 12in silver",
 "Cupcake liner std brown (500)", "Cupcake insert 6-cavity", "Bread bag paper 6x3x14", "Bread bag poly w/ clip 8x4x16",
 "Baguette bag glassine 3x24", "Croissant bag kraft 5x3x9", "Tissue paper deli 12x12 (1000)", "Parchment sheet 16x24 (1000)",
 "Pan liner silicone 1/2 sheet", "Label roll 2in round 'Fait maison'", "Label thermal 4x6 (500)", "Twist ties paper 4in (2000)",
 "Macaron clamshell 12-ct", "Pie container 9in w/ dome", "Tart tray 4in foil (500)", "Coffee cup 12oz double wall (500)",
 "Coffee cup 16oz double wall (500)", "Lid dome sip 12-16oz (1000)", "Cup sleeve kraft (1000)", "Stir stick wood 7in (1000)",
 "Napkin beverage white (4000)", "Carry bag kraft 10x5x13 (250)", "Carry bag kraft 13x7x17 (250)", "Gloves vinyl M (1000)",
 "Hairnet 21in white (1000)", "Apron poly white (1000)", "Sandwich wedge kraft window (500)", "Salad bowl kraft 32oz w/ lid (300)",
 "Soup container 16oz PP (500)", "Fork compostable CPLA (1000)", "Knife compostable CPLA (1000)", "Spoon compostable CPLA (1000)",
 "Foil sheet 12x10.75 interfolded", "Film wrap 12in x 2000ft", "Trash bag 35x50 black (100)", "Paper towel roll 8in x 800ft (6)",
 "Hand soap foam 1L (6)", "Sanitizer quat 4L (4)", "Bench scraper SS", "Piping bag disposable 21in (100)", "Piping tip set 26pc",
 "Dough divider box lid", "Proofing basket 9in round", "Sheet pan full aluminium", "Cooling rack full size", "Scale digital 15kg"]
items = []
for i, d in enumerate(pk):
    code = f"{rng.choice(['BK','PB','CF','JS','EN'])}-{rng.randrange(1000, 9999)}"
    qty = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 10])
    price = r2(D(rng.randrange(450, 15999)) / 100)
    items.append({"code": code, "desc": d, "qty": qty, "uom": rng.choice(["CS", "CS", "EA", "PQT"]), "price": str(price),
                  "ext": str(r2(price * qty))})
sub = sum(D(i["ext"]) for i in items); delivery = D("35.00"); sub2 = sub + delivery
gst = r2(sub2 * D("0.05")); qst = r2(sub2 * D("0.09975")); tot = sub2 + gst + qst
dump("s26_28_items.json", {"items": items, "goods": str(sub), "delivery": str(delivery), "subtotal": str(sub2), "gst": str(gst),
                            "qst": str(qst), "total": str(tot)})
print("28", len(items), "goods", sub, "subtotal", sub2, "gst", gst, "qst", qst, "total", tot)
