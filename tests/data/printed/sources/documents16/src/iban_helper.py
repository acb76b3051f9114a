def conv(s): return ''.join(str(int(c,36)) for c in s)
def iban(cc, bban):
    n = int(conv(bban+cc+'00')); ck = 98 - n % 97
    return f"{cc}{ck:02d}{bban}"
def valid(i): return int(conv(i[4:]+i[:4]))%97==1
def ci(cc, nat):  # SEPA creditor id
    n=int(conv(nat+cc+'00')); return f"{cc}{98-n%97:02d}ZZZ{nat}"
def es_dc(bank, branch, acct):
    w=[1,2,4,8,5,10,9,7,3,6]
    def d(s):
        s=s.rjust(10,'0'); r=11-sum(int(a)*b for a,b in zip(s,w))%11
        return {10:1,11:0}.get(r,r)
    return f"{d('00'+bank+branch)}{d(acct)}"
def it_cin(abi,cab,cc):
    s=abi+cab+cc
    odd=[1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
    tot=0
    for i,ch in enumerate(s):
        v=int(ch) if ch.isdigit() else ord(ch)-65
        tot+= odd[v] if i%2==0 else v
    return chr(65+tot%26)
def nl_ok(a): return sum(int(d)*(10-i) for i,d in enumerate(a))%11==0
print(iban('GB','THSW40186271359024'))
print(iban('DE','720693290004512873'))
print(iban('DE','500105175418830276'))
print(iban('DE','860555921100448213'), iban('DE','860400000217439100'))
dc=es_dc('2100','0418','0200051332'); print(dc, iban('ES','21000418'+dc+'0200051332'))
c=it_cin('05034','11701','000000123456'); print(iban('IT',c+'05034'+'11701'+'000000123456'))
c=it_cin('05584','10900','000012847361'); print(iban('IT',c+'05584'+'10900'+'000012847361'))
for a in range(312458796, 312458900):
    s=f"{a:010d}"
    if nl_ok(s): print('nl',s, iban('NL','RABO'+s)); break
print(iban('IE','BOFI90551248213077'))
print(ci('DE','00000347812'))
