from decimal import Decimal as D, ROUND_HALF_UP
def q2(x): return D(str(x)).quantize(D('0.01'), ROUND_HALF_UP)
def fmt(x, th=' ', dec=',', nd=2):
    x = D(str(x)).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)
    neg = x < 0; x = abs(x)
    s = f"{x:.{nd}f}"
    i, _, f = s.partition('.')
    g = []
    while len(i) > 3: g.insert(0, i[-3:]); i = i[:-3]
    g.insert(0, i)
    out = th.join(g) + (dec + f if nd else '')
    return ('-' if neg else '') + out
