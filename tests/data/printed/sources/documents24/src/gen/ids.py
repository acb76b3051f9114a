import string
def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c,36)) for c in s))
    return f"{cc}{98 - n%97:02d}{bban}"
def grp(x): return " ".join(x[i:i+4] for i in range(0,len(x),4))
print("GB", grp(iban("GB","NWBK60730141286537")))
print("CH", grp(iban("CH","0070011002387652")))   # 5-digit clearing + 12 acct -> 17 chars? CH needs 17 after check
print("CZ", grp(iban("CZ","08000000192000145399")))
print("PL", grp(iban("PL","1140200400003402718253 6"[:24].replace(' ','') )))
print("NL1", grp(iban("NL","RABO0347261985")))
print("NL2", grp(iban("NL","INGB0006812734")))
print("FR", grp(iban("FR","30004008120001234567892"[:23])))
print("IT", grp(iban("IT","X0538702400000003456789")))
print("DE", grp(iban("DE","86050000001022334455")))
print("DK", grp(iban("DK","53010245678912")))
print("ES", grp(iban("ES","21000418450200051332")))
print("BE", grp(iban("BE","001245678923")))
# GB VAT mod97
def gbvat(d7):
    w=[8,7,6,5,4,3,2]; s=sum(int(a)*b for a,b in zip(d7,w))
    for mod in (97,):
        c = (-s) % 97
        return d7+f"{c:02d}"
for d in ("2846613","7193344","4021186"): print("GBVAT", gbvat(d))
# NL VAT mod 11
def nlvat(d8):
    w=[9,8,7,6,5,4,3,2]; s=sum(int(a)*b for a,b in zip(d8,w)); c=s%11
    return None if c==10 else d8+str(c)
for d in ("81234567","85961234","80012345"): print("NL", nlvat(d))
# FR TVA key
for siren in ("842315678",): print("FR", f"FR{(12+3*(int(siren)%97))%97:02d}{siren}")
# IT P.IVA luhn-ish
def itpiva(d10):
    s=0
    for i,ch in enumerate(d10):
        x=int(ch)
        if i%2==1:
            x*=2
            if x>9: x-=9
        s+=x
    return d10+str((10-s%10)%10)
print("IT", itpiva("0345678037"), itpiva("0212345034"))
# CZ ICO
def cz(d7):
    s=sum(int(a)*w for a,w in zip(d7,range(8,1,-1))); r=s%11
    c={0:1,1:0}.get(r,11-r); return d7+str(c%10)
print("CZ", cz("0812345"), cz("2745812"))
# PL NIP
def nip(d9):
    w=[6,5,7,2,3,4,5,6,7]; c=sum(int(a)*b for a,b in zip(d9,w))%11
    return None if c==10 else d9+str(c)
for d in ("676245881","526104227","677231455","945198230"): print("NIP", nip(d))
# BE
for d in ("04567891",): print("BE", "0"+d[1:]+f"{97-int('0'+d[1:])%97:02d}")
def be(d8): return d8+f"{97-int(d8)%97:02d}"
print("BE", be("04567891"), be("07123456"))
# ABN
def abn_ok(a):
    w=[10,1,3,5,7,9,11,13,15,17,19]; d=[int(c) for c in a]; d[0]-=1
    return sum(x*y for x,y in zip(d,w))%89==0
import itertools
base="5182475355"
for last in range(10):
    for first in range(10,100):
        a=f"{first}{base[2:]}{last}"
        if abn_ok(a): print("ABN", a); break
    else: continue
    break
# DK CVR
def cvr(d7):
    w=[2,7,6,5,4,3,2]; s=sum(int(a)*b for a,b in zip(d7,w)); r=s%11
    return None if r==1 else d7+str((11-r)%11)
for d in ("4122334","4187652","3951247"): print("CVR", cvr(d))
# ES NIF
def nif(n): return f"{n}"+"TRWAGMYFPDXBNJZSQVHLCKE"[n%23]
print("NIF", nif(47812345))
# GSTIN
def gstin(s14):
    cs="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"; tot=0
    for i,c in enumerate(s14):
        v=cs.index(c)*(2 if i%2 else 1); tot+= v//36 + v%36
    return s14+cs[(36-tot%36)%36]
print("GST", gstin("29AAKCS4127F1Z"), gstin("24ADFPS7731K1Z"), gstin("23AACCK8820M1Z"), gstin("29AAVFK5521Q1Z"))
