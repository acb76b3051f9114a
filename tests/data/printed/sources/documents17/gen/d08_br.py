"""Brazilian telecom bill (Fatura), LibreOffice Writer from HTML, 4 pages."""
import random
from common import *

rnd = random.Random(1708)


def brl(x):
    return eu(x)


lines = [
    ("Linha (51) 3211-4480 - Fixo Empresa Ilimitado Brasil", [("Mensalidade Fixo Empresa Ilimitado (01/03 a 31/03)", D("89.90"), True),
                                                          ("Ligações para celular outras operadoras - excedente", None, True)]),
    ("Linha (51) 99871-2290 - Móvel Empresa 30GB", [("Mensalidade Móvel Empresa 30GB (01/03 a 31/03)", D("119.90"), True),
                                                   ("Pacote adicional de internet 5GB (14/02)", D("29.90"), True),
                                                   ("Roaming nacional - dados (Florianópolis/SC)", D("18.40"), True)]),
    ("Linha (51) 99871-2291 - Móvel Empresa 30GB", [("Mensalidade Móvel Empresa 30GB (01/03 a 31/03)", D("119.90"), True),
                                                   ("SMS para outras operadoras (37 un.)", D("7.03"), True)]),
    ("Linha (51) 99871-2292 - Móvel Empresa 15GB", [("Mensalidade Móvel Empresa 15GB (01/03 a 31/03)", D("79.90"), True)]),
    ("Internet Fibra Empresa 600 Mega - Circuito POA/0018842", [("Mensalidade Fibra Empresa 600 Mega (01/03 a 31/03)", D("349.90"), True),
                                                              ("IP fixo (1 endereço)", D("49.90"), True),
                                                              ("Locação de roteador Wi-Fi 6", D("19.90"), True)]),
    ("Serviços digitais (SVA - não tributados pelo ICMS)", [("Antivírus Empresa 5 licenças", D("24.90"), False),
                                                            ("Backup em nuvem 200 GB", D("19.90"), False),
                                                            ("Gestão de Wi-Fi para clientes (hotspot)", D("39.90"), False)]),
]
# calls detail for the fixed line
calls = []
for k in range(44):
    day = rnd.randint(1, 28)
    hh, mm, ss = rnd.randint(7, 19), rnd.randint(0, 59), rnd.randint(0, 59)
    mobile = rnd.random() < 0.6
    ddd = rnd.choice(["51", "51", "51", "54", "11", "48", "41"])
    num = f"({ddd}) 9{rnd.randint(8000, 9999)}-{rnd.randint(1000, 9999)}" if mobile else f"({ddd}) {rnd.randint(3000, 3999)}-{rnd.randint(1000, 9999)}"
    dur = rnd.randint(30, 900)
    if mobile and ddd != "51":
        val = q2(D(dur) / 60 * D("0.89"))
        tipo = "VC2/VC3 móvel"
    elif mobile:
        val = q2(D(dur) / 60 * D("0.45"))
        tipo = "VC1 móvel"
    else:
        val = D("0.00")
        tipo = "Local fixo (franquia)" if ddd == "51" else "DDD fixo (franquia)"
    calls.append((f"{day:02d}/02/2025", f"{hh:02d}:{mm:02d}:{ss:02d}", num, tipo, f"{dur // 60:02d}:{dur % 60:02d}", val))
calls.sort()
excedente = sum(c[5] for c in calls)
lines[0][1][1] = ("Ligações para celular - excedente (ver detalhamento)", excedente, True)

mens = sum(v for _, its in lines for (_, v, _) in its)
taxable = sum(v for _, its in lines for (_, v, t) in its if t)
desconto = D("-35.00")
multa = D("26.02")
juros = D("1.30")
total = mens + desconto + multa + juros
base_icms = taxable + desconto
icms = q2(base_icms * D("0.17"))
pis = q2(base_icms * D("0.0065"))
cofins = q2(base_icms * D("0.03"))
print(mens, taxable, total, icms)

INV = "202503-0048817"
LD = f"23793.38128 60000.118224 48817.050304 1 9999{int(total * 100):010d}"

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; }
table { border-collapse: collapse; }
td, th { padding: 2px 4px; font-size: 8.5pt; }
.hdr td { border-bottom: 2px solid #5b2a86; }
.k { color: #555; font-size: 7pt; }
.box td { border: 1px solid #5b2a86; }
.tx th { background: #ece4f3; border-bottom: 1px solid #5b2a86; text-align: left; }
.tx td { border-bottom: 1px solid #dddddd; }
.r { text-align: right; }
.sub td { font-weight: bold; }
.foot { font-size: 6.5pt; color: #555; }
"""


def header(p):
    return (f"<table width='100%' class='hdr'><tr><td><font size='5' color='#5b2a86'><b>conecta sul</b></font><br><span class='k'>Conecta Sul Telecomunicações S.A.</span></td>"
            f"<td class='r'>Fatura {INV} · Vencimento 20/03/2025<br>Código do Cliente 7001284459 · Página {p}/4</td></tr></table>")


def footer():
    return ("<p class='foot'>Conecta Sul Telecomunicações S.A. · CNPJ 12.345.678/0001-95 · Inscrição Estadual 096/1234567 · Av. Ipiranga, 6681, "
            "Partenon, Porto Alegre/RS, CEP 90619-900 · Central de Atendimento Empresas 0800 541 1050 · Ouvidoria 0800 541 1099 · "
            "Anatel 1331 · www.conectasul.com.br</p>")


h = [f"<!DOCTYPE html><html lang='pt-BR'><head><meta charset='utf-8'><title>Fatura {INV}</title><style>{CSS}</style></head><body>"]
# page 1
h.append(header(1))
h.append(f"""<p><font size="4"><b>FATURA DE SERVIÇOS DE TELECOMUNICAÇÕES</b></font></p>
<table width="100%"><tr><td width="55%" valign="top"><span class="k">Cliente</span><br><b>PADARIA E CONFEITARIA BOM SABOR LTDA</b><br>
CNPJ 27.114.352/0001-08<br>Rua Dr. Flores, 410 - Centro Histórico<br>Porto Alegre - RS · CEP 90020-120</td>
<td valign="top"><table width="100%" class="box">
<tr><td><span class="k">Número da Fatura</span><br>{INV}</td><td><span class="k">Código do Cliente</span><br>7001284459</td></tr>
<tr><td><span class="k">Data de Emissão</span><br>05/03/2025</td><td><span class="k">Vencimento</span><br><b>20/03/2025</b></td></tr>
<tr><td><span class="k">Mês de Referência</span><br>Março/2025</td><td><span class="k">Período de uso</span><br>01/02/2025 a 28/02/2025</td></tr>
<tr><td colspan="2"><span class="k">Total a Pagar</span><br><font size="4"><b>R$ {brl(total)}</b></font></td></tr>
</table></td></tr></table>
<p><b>Resumo da sua conta</b></p>
<table width="100%" class="tx"><tr><th>Descrição</th><th class="r">Valor (R$)</th></tr>
<tr><td>Planos, pacotes e serviços contratados</td><td class="r">{brl(mens - excedente - D('29.90') - D('18.40') - D('7.03'))}</td></tr>
<tr><td>Serviços eventuais e excedentes</td><td class="r">{brl(excedente + D('29.90') + D('18.40') + D('7.03'))}</td></tr>
<tr><td>Créditos e descontos</td><td class="r">{brl(desconto)}</td></tr>
<tr><td>Encargos por atraso (fatura 02/2025)</td><td class="r">{brl(multa + juros)}</td></tr>
<tr class="sub"><td>Total a Pagar</td><td class="r">{brl(total)}</td></tr></table>
<p><b>Histórico de pagamentos</b></p>
<table width="100%" class="tx"><tr><th>Fatura</th><th>Vencimento</th><th>Valor</th><th>Pago em</th><th>Situação</th></tr>
<tr><td>202502-0041530</td><td>15/02/2025</td><td class="r">1.301,12</td><td>18/02/2025</td><td>Pago com atraso</td></tr>
<tr><td>202501-0035102</td><td>15/01/2025</td><td class="r">1.288,45</td><td>14/01/2025</td><td>Pago</td></tr>
<tr><td>202412-0029877</td><td>15/12/2024</td><td class="r">1.263,70</td><td>13/12/2024</td><td>Pago</td></tr></table>
<p>Débito automático: <b>não cadastrado</b>. Cadastre o débito automático ou receba sua fatura por e-mail e ganhe R$ 5,00 de desconto por mês.
O valor de multa (2%) e juros de mora (1% a.m.) referentes ao pagamento da fatura 202502-0041530 após o vencimento foram incluídos nesta fatura.</p>
<p>Informações importantes: a partir de 01/04/2025 o plano Móvel Empresa 30GB passa a ter reajuste anual pelo IST de 3,91%, conforme contrato nº CT-2023-118840.</p>
""")
h.append(footer())
# page 2
h.append("<p style='page-break-before: always'></p>")
h.append(header(2))
h.append("<p><b>Detalhamento dos serviços</b></p><table width='100%' class='tx'><tr><th>Serviço</th><th class='r'>Valor (R$)</th></tr>")
for title, its in lines:
    h.append(f"<tr class='sub'><td>{esc_html(title)}</td><td></td></tr>")
    for t, v, _ in its:
        h.append(f"<tr><td>&nbsp;&nbsp;{esc_html(t)}</td><td class='r'>{brl(v)}</td></tr>")
    h.append(f"<tr><td><i>&nbsp;&nbsp;Subtotal</i></td><td class='r'><i>{brl(sum(v for _, v, _ in its))}</i></td></tr>")
h.append(f"<tr class='sub'><td>Descontos</td><td></td></tr><tr><td>&nbsp;&nbsp;Desconto fidelidade combo empresa</td><td class='r'>{brl(desconto)}</td></tr>")
h.append(f"<tr class='sub'><td>Encargos</td><td></td></tr><tr><td>&nbsp;&nbsp;Multa por atraso 2% (fatura 202502-0041530)</td><td class='r'>{brl(multa)}</td></tr>"
         f"<tr><td>&nbsp;&nbsp;Juros de mora 1% a.m. (3 dias)</td><td class='r'>{brl(juros)}</td></tr>")
h.append(f"<tr class='sub'><td>TOTAL DOS SERVIÇOS</td><td class='r'>{brl(total)}</td></tr></table>")
h.append(footer())
# page 3 - calls
h.append("<p style='page-break-before: always'></p>")
h.append(header(3))
h.append("<p><b>Detalhamento de ligações - Linha (51) 3211-4480</b> · Período 01/02/2025 a 28/02/2025</p>")
h.append("<table width='100%' class='tx'><tr><th>Data</th><th>Hora</th><th>Número chamado</th><th>Tipo</th><th>Duração</th><th class='r'>Valor (R$)</th></tr>")
for c in calls:
    h.append(f"<tr><td>{c[0]}</td><td>{c[1]}</td><td>{c[2]}</td><td>{c[3]}</td><td>{c[4]}</td><td class='r'>{brl(c[5])}</td></tr>")
h.append(f"<tr class='sub'><td colspan='5'>Total de ligações excedentes</td><td class='r'>{brl(excedente)}</td></tr></table>")
h.append(footer())
# page 4 - fiscal + boleto
h.append("<p style='page-break-before: always'></p>")
h.append(header(4))
h.append(f"""<p><b>NOTA FISCAL FATURA DE SERVIÇOS DE COMUNICAÇÃO ELETRÔNICA - NFCom modelo 62</b><br>
Número 000.118.224 · Série 001 · Data de emissão 05/03/2025 · Chave de acesso 4325 0312 3456 7800 0195 6200 1000 1182 2410 0048 8173</p>
<table width="100%" class="tx"><tr><th>Base de Cálculo do ICMS</th><th>Alíquota</th><th>Valor do ICMS</th><th>Serviços não tributados (SVA)</th><th>Valor total da nota</th></tr>
<tr><td>{brl(base_icms)}</td><td>17%</td><td>{brl(icms)}</td><td>{brl(mens - taxable)}</td><td>{brl(mens + desconto)}</td></tr></table>
<p class="k">Tributos federais incluídos no preço: PIS R$ {brl(pis)} (0,65%) · COFINS R$ {brl(cofins)} (3,00%) · FUST 1% e FUNTTEL 0,5% não repassados ao cliente.
Reservado ao Fisco: 7A1C.44F0.9B2E.11D3.  Consulte a autenticidade em dfe-portal.svrs.rs.gov.br/NFCom.</p>
<p>- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - recorte aqui</p>
<table width="100%" class="box">
<tr><td colspan="3"><b>Banco Bradesco | 237-2 |</b> {LD}</td></tr>
<tr><td colspan="2"><span class="k">Local de pagamento</span><br>Pagável em qualquer banco, lotérica ou via Pix até o vencimento</td><td><span class="k">Vencimento</span><br>20/03/2025</td></tr>
<tr><td colspan="2"><span class="k">Beneficiário</span><br>Conecta Sul Telecomunicações S.A. - CNPJ 12.345.678/0001-95</td><td><span class="k">Agência/Código do beneficiário</span><br>3381-2 / 0060000-4</td></tr>
<tr><td><span class="k">Data do documento</span><br>05/03/2025</td><td><span class="k">Nº do documento</span><br>{INV}</td><td><span class="k">Nosso número</span><br>09/00118224-7</td></tr>
<tr><td colspan="2"><span class="k">Pagador</span><br>PADARIA E CONFEITARIA BOM SABOR LTDA - CNPJ 27.114.352/0001-08</td><td><span class="k">(=) Valor do documento</span><br>R$ {brl(total)}</td></tr>
<tr><td colspan="3"><span class="k">Instruções</span><br>Após o vencimento cobrar multa de 2% e juros de 1% ao mês. Não receber após 60 dias do vencimento.</td></tr>
</table>
<p class="k">Pix copia e cola: 00020101021226870014br.gov.bcb.pix2565pix.conectasul.com.br/qr/v2/cobv/7001284459202503520400005303986540{len(brl(total))}{brl(total).replace('.', '').replace(',', '.')}5802BR5925CONECTA SUL TELECOMUNICACOES6012PORTO ALEGRE62070503***6304A1F2</p>
""")
h.append(footer())
h.append("</body></html>")
write("08_fatura_telecom_br.html", "\n".join(h))

truth("08_fatura_telecom_br.pdf", {
    "invoice_number": INV,
    "invoice_date": "2025-03-05",
    "due_date": "2025-03-20",
    "customer_name": "PADARIA E CONFEITARIA BOM SABOR LTDA",
    "customer_code": "7001284459",
    "total": float(total),
    "icms_amount": float(icms),
}, {"invoice_number": "text", "invoice_date": "date", "due_date": "date", "customer_name": "text", "customer_code": "text",
    "total": "amount", "icms_amount": "amount"},
    "Brazilian business telecom bill (Fatura de serviços de telecomunicações + NFCom), LibreOffice Writer from HTML, 4 pages "
    "(summary; service detail; call detail; fiscal note + boleto). Header on every page: 'Fatura <number> · Vencimento "
    "20/03/2025', 'Código do Cliente', 'Página n/4'. Page 1: Cliente block (capitals), box with labels above values: Número da "
    "Fatura, Código do Cliente, Data de Emissão, Vencimento, Mês de Referência, Período de uso 01/02/2025 a 28/02/2025 "
    "(distractor dates), Total a Pagar; summary table; payment history with previous invoice numbers, dates and amounts "
    "(distractors 1.301,12 etc.), contract number. Page 2: per-line subtotals. Page 4: NFCom number 000.118.224 (distractor), "
    "ICMS table: Base de Cálculo do ICMS, Alíquota 17%, Valor do ICMS (icms_amount) in a row of values under headers, PIS/COFINS; "
    "boleto with Vencimento, Valor do documento, linha digitável. Number format 1.234,56; dates dd/mm/yyyy.")
