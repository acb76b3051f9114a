def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c,36)) for c in s))
    cd = 98 - n % 97
    return f"{cc}{cd:02d}{bban}"
def de_vat(d8):  # 8 digits -> 9 with check (ISO 7064 MOD 11,10)
    p = 10
    for c in d8:
        s = (int(c) + p) % 10 or 10
        p = (2*s) % 11
    return d8 + str((11 - p) % 10)
def at_vat(d7):
    tot = 0
    for i,c in enumerate(d7):
        x = int(c)
        if i % 2 == 1:
            x = x*2; x = x//10 + x%10
        tot += x
    return d7 + str((10 - (tot + 4) % 10) % 10)
def fr_vat(siren):
    return f"{(12 + 3*(int(siren) % 97)) % 97:02d}" + siren
def be_vat(d8):  # 0 + 7digits... BE: 10 digits, last two = 97 - first8 mod 97
    return d8 + f"{97 - int(d8) % 97:02d}"
def nl_vat(d8):
    s = sum(int(c)*w for c,w in zip(d8, range(9,1,-1)))
    c = s % 11
    return d8 + str(c) if c < 10 else None
def dk_vat(d7):
    w=[2,7,6,5,4,3,2,1]
    for last in range(10):
        d = d7+str(last)
        if sum(int(a)*b for a,b in zip(d,w)) % 11 == 0: return d
def ie_vat(d7, second="H"):
    w=[8,7,6,5,4,3,2]
    s = sum(int(a)*b for a,b in zip(d7,w))
    s += 9*(ord(second)-64)
    return d7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second
def it_vat(d10):
    tot=0
    for i,c in enumerate(d10):
        x=int(c)
        if i%2==1:
            x*=2; x = x-9 if x>9 else x
        tot+=x
    return d10 + str((10 - tot%10)%10)
def pt_nif(d8):
    s = sum(int(c)*w for c,w in zip(d8, range(9,1,-1)))
    c = 11 - s % 11
    return d8 + str(0 if c >= 10 else c)
def es_cif(letter, d7):
    t = 0
    for i,c in enumerate(d7):
        x=int(c)
        if i%2==0:
            x*=2; x = x//10 + x%10
        t+=x
    return letter + d7 + str((10 - t%10)%10)
def luhn_complete(d):
    for last in range(10):
        s=d+str(last); tot=0
        for i,c in enumerate(reversed(s)):
            x=int(c)
            if i%2==1:
                x*=2; x = x-9 if x>9 else x
            tot+=x
        if tot%10==0: return s
def gb_vat(d7):
    s = sum(int(c)*w for c,w in zip(d7, range(8,1,-1)))
    for cd in range(100):
        if (s + cd + 55) % 97 == 0: return d7 + f"{cd:02d}"
def ch_iban(): pass
if __name__ == "__main__":
    print("DE", "DE"+de_vat("31845297"))
    print("AT neubau", "ATU"+at_vat("7123456"), "ATU sonnleiten", "ATU"+at_vat("6839215"))
    print("FR", "FR"+fr_vat("512384917"))
    print("BE", "BE"+be_vat("08123456"))
    print("NL cleaning", "NL"+str(nl_vat("85537412"))+"B01", "NL aldergrove", "NL"+str(nl_vat("86234195"))+"B01")
    print("DK", "DK"+dk_vat("3841275"))
    print("IE aldergrove", "IE"+ie_vat("3524781","H"), "IE keane", "IE"+ie_vat("6388172","V"))
    print("IT", it_vat("0987654321"))
    print("PT", pt_nif("24571839"))
    print("ES", es_cif("B","4612345"))
    print("SE", luhn_complete("556912734")+"01")
    print("GB castlegate", "GB"+gb_vat("2846173"), "GB pemberton", "GB"+gb_vat("3317045"), "GB harrowgate", "GB"+gb_vat("3194822"))
    print(iban("IE","AIBK93115212345678"), iban("CH","319991230008890121")[:0])
    print(iban("CH","0483518273104000A"[:0]+"00483518273104000"))
    print(iban("NL","INGB0006541327"), iban("NL","RABO0318847291"), iban("NL","ABNA0479201334"))
    print(iban("DE","70150000902217836"[:0]+"701500000092217836"))
    print(iban("IT","X0306909606100000063177"))
    print(iban("BE","001234567890"))

def it_cin(abi, cab, conto):
    odd = [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
    s = abi+cab+conto; tot=0
    for i,c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c)-65
        tot += odd[v] if i%2==0 else v
    return chr(65 + tot % 26)
def be_bban(d10):
    c = int(d10) % 97 or 97
    return d10 + f"{c:02d}"
def be_ogm(d10):
    c = int(d10) % 97 or 97
    s = d10 + f"{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"
