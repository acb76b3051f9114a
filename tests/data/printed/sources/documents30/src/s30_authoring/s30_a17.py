from s30_fmt import fmt, q2
F=lambda x: fmt(x,' ',',')
items=[
 ("10211","Laksefilet m/skinn, fersk, trim D","kg",12,"189.00",15),
 ("10340","Torskeloin, fersk","kg",8,"342.50",15),
 ("20105","Poteter, mandelpotet","kg",20,"64.90",15),
 ("30412","Fløte 38 %, 1 l","stk",15,"112.00",15),
 ("40118","Lammecarré, fransk snitt","kg",6,"498.00",15),
 ("20230","Gulrøtter, økologisk","kg",10,"79.50",15),
 ("30105","Smør usaltet, 500 g","stk",24,"38.90",15),
 ("40220","Reinsdyrfilet, fryst","kg",5,"612.00",15),
 ("20330","Løk, gul","kg",18,"45.20",15),
 ("50110","Rømme 35 %, 1 l","stk",12,"96.00",15),
 ("50230","Egg, frittgående, 12 stk","pk",30,"24.50",15),
 ("60112","Kongekrabbe, kokt, fryst","kg",4,"785.00",15),
 ("60210","Reker i lake, 2,5 kg","spann",8,"158.00",15),
 ("70105","Olivenolje extra virgin, 3 l","kanne",10,"129.00",15),
 ("70320","Hvetemel siktet, 25 kg","sekk",6,"215.00",15),
 ("70410","Havsalt flak, 500 g","stk",20,"33.90",15),
 ("90110","Oppvaskmiddel maskin, 5 l","kanne",10,"68.00",25),
 ("90125","Tørkeruller industri, 6 pk","pk",6,"245.00",25),
 ("90210","Servietter 3-lag, 40 x 40, 250 stk","pk",12,"89.90",25),
 ("90340","Vakuumposer 30 x 40, 1000 stk","kart",4,"412.00",25),
 ("90415","Engangshansker nitril, L, 100 stk","eske",20,"27.50",25),
 ("90520","Kokkekniv 21 cm","stk",2,"1290.00",25),
 ("90610","Stekebrett plast, GN 1/1","stk",8,"115.00",25),
 ("99001","Frakt og levering Kokstad\\(enBryggen, kjøl","stk",1,"450.00",25),
]
rows=[]; n={15:q2(0),25:q2(0)}
for code,d,u,q,p,r in items:
    v=q2(q*q2(p)); n[r]+=v
    rows.append(f"{code}|{d}|{fmt(q,' ',',',0)}|{u}|{F(p)}|{r}|{F(v)}")
assert n=={15:q2('26125.20'),25:q2('9376.80')}, n
t=open('s30_t17.ms').read().replace('@@ROWS@@','\n'.join(rows))
open('../s30_17_no_faktura_grossist.ms','w').write(t)
print(n)
