def iban(cc, bban):
    s = bban + cc + '00'
    n = ''.join(str(int(c,36)) for c in s)
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"
B = {'CZ':'08000000001920014539','SK':'11000000002945127734','RO':'RNCB0124038172640001','HR':'23600011023456789',
 'SI':'020100258374156','RS':'160000000041234567','PL':'109010140000071219812874','LT':'7300010123456789',
 'LV':'HABA0551038472916','EE':'2200221020145685','FI':'12345600000785','SE':'50000000058398257466','NO':'86011117947',
 'DK':'53010000245678','IS':'0159260076545510730339','TR':'0006100519786457841326','IL':'010800000099999999',
 'UA':'3223130000026007233566001','BG':'BNBG96611020345678','GR':'0110125000000001230069','HU':'117730161111101800000000',
 'RO2':'BTRL02201202567890XX'}
for k,v in B.items(): print(k, iban(k[:2], v), len(iban(k[:2],v)))
# CZ ICO check
def cz_ico(d7):
    s=sum(int(c)*w for c,w in zip(d7,range(8,1,-1))); r=s%11; c=(11-r)%10; return d7+str(c)
print('CZ', cz_ico('2627121'), cz_ico('0451237'))
def pl_nip(d9):
    w=[6,5,7,2,3,4,5,6,7]; c=sum(int(a)*b for a,b in zip(d9,w))%11; return d9+str(c) if c<10 else None
for x in ['779234561','521345678','779234560']: print('PL',pl_nip(x))
def oib(d10):
    a=10
    for c in d10:
        a=(a+int(c))%10 or 10; a=(a*2)%11
    return d10+str((11-a)%10)
print('HR',oib('4567890123'))
def fi_y(d7):
    w=[7,9,10,5,8,4,2]; r=sum(int(a)*b for a,b in zip(d7,w))%11
    return None if r==1 else d7+'-'+str(0 if r==0 else 11-r)
print('FI',fi_y('2345678'),fi_y('2345679'))
def no_org(d8):
    w=[3,2,7,6,5,4,3,2]; r=sum(int(a)*b for a,b in zip(d8,w))%11; c=11-r
    return None if c==10 else d8+str(0 if c==11 else c)
print('NO',no_org('98765432'),no_org('91234567'), no_org('98765431'))
def dk_cvr_ok(d):
    w=[2,7,6,5,4,3,2,1]; return sum(int(a)*b for a,b in zip(d,w))%11==0
for c in range(34567800,34567899):
    if dk_cvr_ok(str(c)): print('DK',c); break
def ee_ref(base):
    w=[7,3,1]; s=sum(int(c)*w[i%3] for i,c in enumerate(reversed(base))); return base+str((10-s%10)%10)
print('EE', ee_ref('250733'))
def luhn(base):
    s=0
    for i,c in enumerate(reversed(base)):
        d=int(c)*(2 if i%2==0 else 1); s+=d-9 if d>9 else d
    return base+str((10-s%10)%10)
print('NO KID', luhn('073015'), luhn('0073015'))
def gr_afm(d8):
    s=sum(int(c)*2**(8-i) for i,c in enumerate(d8)); return d8+str(s%11%10)
print('GR',gr_afm('09451827'),gr_afm('09981234'))
def si(d7):
    s=sum(int(c)*w for c,w in zip(d7,range(8,1,-1))); c=11-s%11
    return None if c==11 else d7+str(0 if c==10 else c)
print('SI',si('4829173'))
for n in range(2120456780,2120456800):
    if n%11==0: print('SK',n); break
for n in range(2021234560,2021234580):
    if n%11==0: print('SK2',n); break
def ro(d):
    key='753217532'; d=d.rjust(9,'0')
    s=sum(int(a)*int(b) for a,b in zip(d[:-0 or None],key)); 
    return s
def ro_cif(body):
    key='753217532'[-len(body):]
    s=sum(int(a)*int(b) for a,b in zip(body,key)); c=s*10%11; return body+str(0 if c==10 else c)
print('RO',ro_cif('1845297'),ro_cif('2947501'))
def bg_eik(d8):
    s=sum(int(c)*(i+1) for i,c in enumerate(d8)); r=s%11
    if r==10:
        s=sum(int(c)*(i+3) for i,c in enumerate(d8)); r=s%11
        if r==10: r=0
    return d8+str(r)
print('BG',bg_eik('20451873'))
def tr_vkn(d9):
    tot=0
    for i,c in enumerate(d9):
        t=(int(c)+9-i)%10
        if t==0: v=0
        else:
            v=(t*2**(9-i))%9
            if v==0: v=9
        tot+=v
    return d9+str((10-tot%10)%10)
print('TR',tr_vkn('068041234'),tr_vkn('191045678'))
def il(d8):
    s=0
    for i,c in enumerate(d8):
        d=int(c)*(1 if i%2==0 else 2); s+=d-9 if d>9 else d
    return d8+str((10-s%10)%10)
print('IL',il('51523487'))
def lt_vat(d11):
    w1=[1,2,3,4,5,6,7,8,9,1,2]; w2=[3,4,5,6,7,8,9,1,2,3,4]
    r=sum(int(a)*b for a,b in zip(d11,w1))%11
    if r==10: r=sum(int(a)*b for a,b in zip(d11,w2))%11
    if r==10: r=0
    return d11+str(r)
print('LT',lt_vat('10000456731'),lt_vat('10000654321'))
def hu(d7):
    w=[9,7,3,1,9,7,3]; s=sum(int(a)*b for a,b in zip(d7,w)); return d7+str((10-s%10)%10)
print('HU',hu('2481735'),hu('2654321'))
