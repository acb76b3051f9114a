from decimal import Decimal as D, ROUND_HALF_UP
def r2(x): return D(x).quantize(D('0.01'), ROUND_HALF_UP)
def r0(x): return D(x).quantize(D('1'), ROUND_HALF_UP)
def doc(name, lines, rnd=r2):
    # lines: (qty, price, rate)
    nets={}
    out=[]
    for q,p,rt in lines:
        n=rnd(D(str(q))*D(str(p)))
        out.append(n); nets[rt]=nets.get(rt,D(0))+n
    vats={rt: rnd(n*D(str(rt))/100) for rt,n in nets.items()}
    net=sum(nets.values()); vat=sum(vats.values())
    print(name, 'lines',[str(x) for x in out]); print('  nets',{k:str(v) for k,v in nets.items()},'vats',{k:str(v) for k,v in vats.items()})
    print('  NET',net,'VAT',vat,'GROSS',net+vat)
    return net,vat
