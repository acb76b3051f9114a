# helper used once to compute valid check digits for fictional identifiers (not part of build)
import string
def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"
def de_vat(d8):
    p = 10
    for c in d8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + d8 + str((11 - p) % 10)
def fr_vat(siren):
    return "FR%02d%s" % ((12 + 3 * (int(siren) % 97)) % 97, siren)
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2: d = d * 2 - 9 if d * 2 > 9 else d * 2
        t += d
    return t % 10 == 0
def it_piva(d10):
    t = 0
    for i, c in enumerate(d10):
        d = int(c)
        if i % 2: d = d * 2 - 9 if d * 2 > 9 else d * 2
        t += d
    return d10 + str((10 - t % 10) % 10)
def es_cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2; b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    return letter + d7 + str(c)
def es_dni(d8):
    return d8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(d8) % 23]
def pt_nif(d8):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d8))
    r = 11 - s % 11
    return d8 + str(0 if r >= 10 else r)
def be_vat(d8):  # d8 starts with 0 or 1
    return "BE" + d8 + "%02d" % (97 - int(d8) % 97)
def be_ogm(d10):
    r = int(d10) % 97 or 97
    s = d10 + "%02d" % r
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"
def nl_vat(d8):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d8))
    for last in range(10):
        if (s + last * -1) % 11 == 0: return "NL" + d8 + str(last) + "B01"
    return None
def at_uid(d7):
    t = 0
    for i, c in enumerate(d7):
        d = int(c)
        if i % 2: d = d * 2; d = d // 10 + d % 10
        t += d
    return "ATU" + d7 + str((96 - t) % 10)
def ch_qrref(d26):
    tab = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]; c = 0
    for x in d26: c = tab[(c + int(x)) % 10]
    return d26 + str((10 - c) % 10)
def ie_vat(d7):
    s = sum(int(c) * (8 - i) for i, c in enumerate(d7))
    return "IE" + d7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
def lu_vat(d6): return "LU" + d6 + "%02d" % (int(d6) % 89)
def dk_vat(d7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(d7))
    for last in range(10):
        if (s + last) % 11 == 0: return "DK" + d7 + str(last)
def mt_vat(d6):
    w = [3, 4, 6, 7, 8, 9]; s = sum(int(c) * w[i] for i, c in enumerate(d6))
    return "MT" + d6 + "%02d" % (37 - s % 37)
def gb_vat(d7):
    s = sum(int(c) * (8 - i) for i, c in enumerate(d7))
    for chk in range(97):
        if (s + chk) % 97 == 0: return "GB" + d7 + "%02d" % chk
if __name__ == "__main__":
    print("DE IBAN zugferd", iban("DE", "75050000" + "0026384919"))
    print("DE IBAN xr", iban("DE", "25050180" + "0910442276"))
    print("DE IBAN abschl", iban("DE", "37040044" + "0532013000"[:0] + "0218837400"))
    print("DE IBAN korr", iban("DE", "66050101" + "0108273641"))
    for d in ["28193447", "21583962", "14927730", "31784052", "26640918"]: print("DEVAT", de_vat(d))
    for s in ["812345678", "823104576", "799631420", "531742106"]: print("SIREN", s, luhn_ok(s), fr_vat(s))
    print("FR IBAN", iban("FR", "30004" + "01520" + "00012345678" + "42"))
    for d in ["0345678016", "0289145016", "0415332023", "0476521028"]: print("PIVA", it_piva(d))
    print("IT IBAN", iban("IT", "X0306953480100000012547"))
    print("IT IBAN2", iban("IT", "K0503411701000000004812"))
    print("IT IBAN3", iban("IT", "B0200811770000101234567"))
    for d in ["6582713", "4619027", "9734021", "0872316"]: print("CIF", es_cif("B", d), es_cif("A", d))
    print("DNI", es_dni("43817265"))
    print("ES IBAN", iban("ES", "2100" + "0418" + "45" + "0200051332"), iban("ES", "0081" + "0216" + "71" + "0001384927"))
    for d in ["50987654", "51483027", "23451769", "50412873"]: print("NIF", pt_nif(d))
    print("PT IBAN", iban("PT", "003500790000123456711"), iban("PT", "001800034192750602011"))
    for d in ["08123498", "07654321"]: print("BEVAT", be_vat(d))
    print("OGM", be_ogm("0909337554"))
    print("BE IBAN", iban("BE", "068" + "2405319" + "41"), iban("BE", "310" + "1876543" + "21"))
    for d in ["81426735", "85213096", "86431207", "00234567"]: print("NLVAT", nl_vat(d))
    print("NL IBAN", iban("NL", "RABO0317645281"), iban("NL", "INGB0006712395"), iban("NL", "ABNA0451238890"))
    for d in ["6218349", "5732104"]: print("ATU", at_uid(d))
    print("AT IBAN", iban("AT", "38000" + "00012345678"[:11]))
    print("CH QRIBAN", iban("CH", "30000" + "002101829345"[:12]), iban("CH", "31000" + "000455129301"))
    print("CH IBAN", iban("CH", "00700" + "110004567839"))
    print("QRREF", ch_qrref("00000000000025031800471"[:0] + "21000000000025031847130090"[:26]))
    for d in ["3847215", "9812746"]: print("IE", ie_vat(d))
    print("IE IBAN", iban("IE", "AIBK93115212345678"))
    for d in ["245871", "198234"]: print("LU", lu_vat(d))
    print("LU IBAN", iban("LU", "0019" + "175512345000"), iban("LU", "0141" + "876543210000"))
    for d in ["2938475", "3561209"]: print("DK", dk_vat(d))
    for d in ["218734", "190562"]: print("MT", mt_vat(d))
    print("MT IBAN", iban("MT", "VALL22013000000040012345678"))
    for d in ["2947361", "3182046", "1746295", "2856103"]: print("GB", gb_vat(d))
    print("GB IBAN", iban("GB", "NWBK60161331926819"), iban("GB", "BARC20325373928164"))
