"""D20: Portuguese residential electricity bill, 3 pages: summary, detail, history (Chromium)."""
import sys
from common import fmt
import data

d = data.d20()
OUT = sys.argv[1]
INV = d["invoice_number"]

def e(x, n=2):
    return fmt(x, "eu", n)

# readings (kWh), previous and current per period
prev = {"Ponta": 8412, "Cheias": 17265, "Vazio": 12904}
cons = {"Ponta": d["ponta"], "Cheias": d["cheia"], "Vazio": d["vazio"]}
hist = [("Mar/24", 702), ("Abr/24", 598), ("Mai/24", 511), ("Jun/24", 468), ("Jul/24", 534), ("Ago/24", 489),
        ("Set/24", 476), ("Out/24", 521), ("Nov/24", 603), ("Dez/24", 688), ("Jan/25", 731), ("Fev/25", 674),
        ("Mar/25", d["consumption_kwh"])]

css = f"""
@page {{ size: A4; margin: 12mm 13mm 20mm 13mm;
  @top-right {{ content: "Fatura {INV} · Página " counter(page) " de " counter(pages); font: 7pt 'DejaVu Sans', sans-serif; color:#555; }}
  @bottom-left {{ content: "Lusenergia Comercialização, S.A. · Av. da República 48, 1050-195 Lisboa · NIF/NIPC 514 203 887 · Capital social 5 000 000 € · CRC Lisboa · Comercializador registado na DGEG"; font: 6pt 'DejaVu Sans', sans-serif; color:#777; }}
}}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 7.8pt; color:#222; margin:0; }}
.pg {{ break-after: page; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-start; }}
.logo {{ font: bold 20pt 'DejaVu Sans'; color:#00875a; letter-spacing:-0.5px; }}
.logo span {{ color:#f2a900; }}
.cli {{ width:82mm; margin-top:20mm; line-height:1.45; font-size:8.6pt; }}
.hero {{ display:flex; gap:8px; margin:12px 0; }}
.hero div {{ flex:1; background:#e8f5ef; border-radius:6px; padding:8px 10px; }}
.hero div.big {{ background:#00875a; color:#fff; }}
.hero b {{ display:block; font-size:15pt; margin-top:2px; }}
.kv {{ border-collapse:collapse; width:100%; }}
.kv td {{ padding:3px 4px; border-bottom:1px solid #e4e4e4; }}
.kv td.n {{ text-align:right; white-space:nowrap; }}
h2 {{ font-size:10pt; color:#00875a; margin:12px 0 4px; border-bottom:1.5px solid #00875a; }}
.two {{ display:flex; gap:14px; }}
.two > div {{ flex:1; }}
.mb {{ border:1.5px solid #333; padding:8px 10px; display:flex; gap:14px; align-items:center; margin-top:10px; }}
.mb .logo-mb {{ font: bold 13pt 'DejaVu Sans'; border:2px solid #1b3f8b; color:#1b3f8b; padding:6px 8px; }}
.mb table td {{ padding:2px 10px 2px 0; font-size:9pt; }}
table.det {{ width:100%; border-collapse:collapse; }}
table.det th {{ background:#00875a; color:#fff; font-weight:normal; padding:3px 4px; text-align:left; font-size:7.3pt; }}
table.det td {{ padding:3px 4px; border-bottom:1px solid #e4e4e4; }}
table.det td.n, table.det th.n {{ text-align:right; white-space:nowrap; }}
table.det tr.s td {{ font-weight:bold; background:#f1f8f4; }}
.bars {{ display:flex; align-items:flex-end; gap:6px; height:120px; border-bottom:1px solid #999; padding:0 4px; }}
.bars div {{ flex:1; background:#9fd4bd; position:relative; }}
.bars div.cur {{ background:#00875a; }}
.bars div span {{ position:absolute; top:-12px; left:0; right:0; text-align:center; font-size:6.5pt; }}
.lbl {{ display:flex; gap:6px; padding:2px 4px; font-size:6.5pt; }}
.lbl div {{ flex:1; text-align:center; }}
.small {{ font-size:7pt; color:#444; line-height:1.35; }}
"""

h = [f"<!DOCTYPE html><html lang='pt'><head><meta charset='utf-8'><title>{INV}</title><style>{css}</style></head><body>"]
# ---- page 1
h.append(f"""<div class="pg"><div class="top"><div><div class="logo">lus<span>energia</span></div>
<div class="small">Apoio ao cliente 808 20 14 14 (dias úteis 8h–22h) · lusenergia.pt/area-cliente<br>Avarias e emergências (E-REDES) 800 506 506 · 24h grátis</div></div>
<div class="cli">Ana Cristina Moura Ferreira<br>Rua Dr. Manuel de Arriaga, 27, 3.º Esq.<br>2795-111 Linda-a-Velha</div></div>
<h1 style="font-size:13pt;margin:14px 0 2px">Fatura de eletricidade</h1>
<table class="kv" style="width:60%"><tr><td>Fatura n.º</td><td><b>{INV}</b></td></tr>
<tr><td>Data de emissão</td><td>12/03/2025</td></tr>
<tr><td>Período de faturação</td><td>08/02/2025 a 09/03/2025 ({d['days']} dias)</td></tr>
<tr><td>N.º de cliente / conta contrato</td><td>1 204 558 731 / 300 417 226 905</td></tr>
<tr><td>NIF do cliente</td><td>213 457 986</td></tr></table>
<div class="hero"><div class="big">Valor a pagar<b>{e(d['total'])} €</b></div>
<div>Data limite de pagamento<b>31/03/2025</b></div>
<div>Consumo médio diário<b>21,3 kWh</b></div></div>
<div class="two"><div><h2>Resumo da fatura</h2><table class="kv">
<tr><td>Energia</td><td class="n">{e(d['e_ponta'] + d['e_cheia'] + d['e_vazio'])} €</td></tr>
<tr><td>Potência contratada</td><td class="n">{e(d['potencia'])} €</td></tr>
<tr><td>Taxas e impostos (IEC, DGEG)</td><td class="n">{e(d['iec'] + d['dgeg'])} €</td></tr>
<tr><td>Contribuição audiovisual</td><td class="n">{e(d['cav'])} €</td></tr>
<tr><td>IVA</td><td class="n">{e(d['iva6'] + d['iva23'])} €</td></tr>
<tr><td><b>Total da fatura</b></td><td class="n"><b>{e(d['total'])} €</b></td></tr></table>
<p class="small">Fatura anterior (FT 2025/0703318, 11/02/2025) no valor de 168,37 € – paga em 24/02/2025. Obrigado.</p></div>
<div><h2>O seu contrato</h2><table class="kv">
<tr><td>Local de consumo</td><td>Rua Dr. Manuel de Arriaga, 27, 3.º Esq., Linda-a-Velha</td></tr>
<tr><td>CPE</td><td><b>{d['cpe_code']}</b></td></tr>
<tr><td>Tarifa</td><td>Lusenergia Casa+ tri-horária, ciclo semanal</td></tr>
<tr><td>Potência contratada</td><td>6,9 kVA</td></tr>
<tr><td>Operador de rede</td><td>E-REDES – Distribuição de Eletricidade, S.A.</td></tr>
<tr><td>Próxima leitura prevista</td><td>07/04/2025 a 11/04/2025</td></tr></table></div></div>
<div class="mb"><div class="logo-mb">MB</div><table><tr><td>Pagamento por Multibanco / homebanking</td></tr>
<tr><td>Entidade</td><td><b>21865</b></td></tr><tr><td>Referência</td><td><b>847 152 036</b></td></tr><tr><td>Montante</td><td><b>{e(d['total'])} €</b></td></tr></table>
<div class="small" style="flex:1">Pode ainda pagar por débito direto (adira em lusenergia.pt), MB WAY ou nos CTT e agentes Payshop até à data limite.
Após a data limite poderão ser cobrados juros de mora à taxa legal em vigor. ATCUD: JJ8K2XQ7-0847152</div></div></div>""")

# ---- page 2: detail
h.append(f"""<div class="pg"><h2>Detalhe da fatura – período de 08/02/2025 a 09/03/2025</h2>
<h3 style="font-size:8.5pt;margin:8px 0 3px">Leituras e consumos (leituras reais comunicadas pela E-REDES em 09/03/2025)</h3>
<table class="det"><tr><th>Período horário</th><th class="n">Leitura anterior (08/02)</th><th class="n">Leitura atual (09/03)</th><th class="n">Consumo (kWh)</th><th>Tipo</th></tr>""")
for k in ("Ponta", "Cheias", "Vazio"):
    h.append(f"<tr><td>{k}</td><td class='n'>{prev[k]}</td><td class='n'>{prev[k] + cons[k]}</td><td class='n'>{cons[k]}</td><td>Real</td></tr>")
h.append(f"""<tr class="s"><td>Consumo total faturado</td><td></td><td></td><td class="n">{d['consumption_kwh']} kWh</td><td></td></tr></table>
<h3 style="font-size:8.5pt;margin:12px 0 3px">Energia e potência</h3>
<table class="det"><tr><th>Descrição</th><th class="n">Quantidade</th><th class="n">Preço unitário</th><th class="n">Valor (€)</th><th class="n">IVA</th></tr>
<tr><td>Energia ativa – Ponta</td><td class="n">{d['ponta']} kWh</td><td class="n">{e(d['p_ponta'], 4)} €/kWh</td><td class="n">{e(d['e_ponta'])}</td><td class="n">6% / 23%</td></tr>
<tr><td>Energia ativa – Cheias</td><td class="n">{d['cheia']} kWh</td><td class="n">{e(d['p_cheia'], 4)} €/kWh</td><td class="n">{e(d['e_cheia'])}</td><td class="n">6% / 23%</td></tr>
<tr><td>Energia ativa – Vazio</td><td class="n">{d['vazio']} kWh</td><td class="n">{e(d['p_vazio'], 4)} €/kWh</td><td class="n">{e(d['e_vazio'])}</td><td class="n">6% / 23%</td></tr>
<tr><td>Potência contratada 6,9 kVA</td><td class="n">{d['days']} dias</td><td class="n">{e(d['pot'], 4)} €/dia</td><td class="n">{e(d['potencia'])}</td><td class="n">6%</td></tr>
<tr class="s"><td>Subtotal energia e potência</td><td></td><td></td><td class="n">{e(d['e_ponta'] + d['e_cheia'] + d['e_vazio'] + d['potencia'])}</td><td></td></tr></table>
<p class="small">Dos {d['consumption_kwh']} kWh faturados, 200 kWh (proporcionais a {d['days']} dias) beneficiam da taxa reduzida de IVA de 6% (energia: {e(d['energia_6'])} €); o restante consumo (energia: {e(d['energia_23'])} €) é tributado à taxa normal de 23%.</p>
<h3 style="font-size:8.5pt;margin:12px 0 3px">Taxas e contribuições</h3>
<table class="det"><tr><th>Descrição</th><th class="n">Quantidade</th><th class="n">Preço unitário</th><th class="n">Valor (€)</th><th class="n">IVA</th></tr>
<tr><td>Imposto especial de consumo (IEC)</td><td class="n">{d['consumption_kwh']} kWh</td><td class="n">0,0010 €/kWh</td><td class="n">{e(d['iec'])}</td><td class="n">23%</td></tr>
<tr><td>Taxa de exploração DGEG</td><td class="n">1 mês</td><td class="n">0,07 €</td><td class="n">{e(d['dgeg'])}</td><td class="n">23%</td></tr>
<tr><td>Contribuição audiovisual (CAV)</td><td class="n">1 mês</td><td class="n">2,85 €</td><td class="n">{e(d['cav'])}</td><td class="n">6%</td></tr></table>
<h3 style="font-size:8.5pt;margin:12px 0 3px">Resumo do IVA</h3>
<table class="det" style="width:70%"><tr><th>Taxa</th><th class="n">Base tributável (€)</th><th class="n">IVA (€)</th></tr>
<tr><td>IVA 6%</td><td class="n">{e(d['base6'])}</td><td class="n">{e(d['iva6'])}</td></tr>
<tr><td>IVA 23%</td><td class="n">{e(d['base23'])}</td><td class="n">{e(d['iva23'])}</td></tr>
<tr class="s"><td>Total</td><td class="n">{e(d['base6'] + d['base23'])}</td><td class="n">{e(d['iva6'] + d['iva23'])}</td></tr></table>
<table class="det" style="width:70%;margin-top:10px"><tr class="s"><td>Total da fatura (IVA incluído)</td><td class="n">{e(d['total'])} €</td></tr></table>
<p class="small" style="margin-top:10px">Tarifas de acesso às redes incluídas nos preços de energia e potência: 27,41 €. Custos de interesse económico geral (CIEG) incluídos: 4,12 €.
A tarifa social não se aplica a este contrato. Preços em vigor desde 01/01/2025, publicados em lusenergia.pt/precos.</p></div>""")

# ---- page 3: history & info
mx = max(v for _, v in hist)
h.append('<div><h2>Histórico de consumos (kWh faturados)</h2><div class="bars">')
for i, (m, v) in enumerate(hist):
    h.append(f'<div class="{"cur" if i == len(hist) - 1 else ""}" style="height:{v * 105 // mx}px"><span>{v}</span></div>')
h.append('</div><div class="lbl">' + "".join(f"<div>{m}</div>" for m, _ in hist) + "</div>")
h.append("""<p class="small">Consumo dos últimos 12 meses: 6 933 kWh. Média mensal: 578 kWh. O mês de março de 2025 corresponde à presente fatura.</p>
<div class="two"><div><h2>Origem da energia (rotulagem 2024)</h2><table class="kv">
<tr><td>Renovável – eólica</td><td class="n">31,4%</td></tr><tr><td>Renovável – hídrica</td><td class="n">24,8%</td></tr>
<tr><td>Renovável – solar</td><td class="n">9,6%</td></tr><tr><td>Cogeração renovável</td><td class="n">6,1%</td></tr>
<tr><td>Gás natural</td><td class="n">21,7%</td></tr><tr><td>Outras</td><td class="n">6,4%</td></tr></table>
<p class="small">Emissões específicas de CO2: 98,4 g/kWh. Resíduos radioativos: 0,001 mg/kWh.</p></div>
<div><h2>Informações úteis</h2><p class="small">Pode comunicar a leitura do contador entre os dias 5 e 8 de cada mês em lusenergia.pt ou pela app.
Reclamações: Livro de Reclamações eletrónico (livroreclamacoes.pt) ou ERSE – Entidade Reguladora dos Serviços Energéticos, Rua D. Cristóvão da Gama, 1, 1400-113 Lisboa.
Resolução alternativa de litígios: Centro de Arbitragem de Conflitos de Consumo de Lisboa (www.centroarbitragemlisboa.pt).
Em caso de falta de pagamento, o fornecimento pode ser interrompido após pré-aviso de 20 dias.</p>
<p class="small">Mudança de potência, titularidade ou morada: área de cliente ou linha 808 20 14 14. A presente fatura foi processada por programa certificado n.º 2871/AT.</p></div></div></div>""")
h.append("</body></html>")
open(f"{OUT}/s23_fatura_eletricidade_pt.html", "w").write("\n".join(h))
