import sys; sys.path.insert(0, '.')
from fodt import Doc, E
# ---------- d26 Holded-style factura (ES) ----------
d = Doc('Factura F2025-0087', size=8.5, accent='#e2574c')
d.table([9.6, 8.0], [
  [(['Álvaro Quintana Ruiz', 'Arquitectura técnica'], 'PH2', 'C'), ('FACTURA', 'PH1R', 'C')],
])
d.p('', 'SP')
d.table([8.8, 4.4, 4.4], [
  [(['Álvaro Quintana Ruiz', 'NIF 48392017K', 'C/ de Sueca, 38, 3º-5ª', '46006 Valencia (Valencia)', 'España', 'alvaro@quintana-arquitectura.es', 'Tel. 650 214 877'], 'P', 'C'),
   (['Nº factura', 'Fecha', 'Vencimiento', 'Forma de pago'], 'PB', 'C'),
   (['F2025-0087', '14/03/2025', '13/04/2025', 'Transferencia'], 'PR', 'C')],
])
d.p('', 'SP')
d.table([17.6], [[('CLIENTE', 'PW', 'CH')],
  [(['Construcciones Albufera S.L.', 'CIF B98234571', 'Avda. del Puerto, 112, bajo', '46023 Valencia (Valencia)', 'España'], 'P', 'CG')]])
d.p('', 'SP')
rows = [[('CONCEPTO', 'PW', 'CH'), ('PRECIO', 'PWR', 'CH'), ('UNIDADES', 'PWR', 'CH'), ('SUBTOTAL', 'PWR', 'CH'), ('IVA', 'PWR', 'CH'), ('TOTAL', 'PWR', 'CH')]]
for c, pr, u, sub, tot in [
  (['Dirección de ejecución de obra – marzo 2025', 'Obra: 14 viviendas, C/ Jerónimo Muñoz 9, Valencia'], '1.800,00 €', '1', '1.800,00 €', '2.178,00 €'),
  (['Coordinación de seguridad y salud – marzo 2025'], '650,00 €', '1', '650,00 €', '786,50 €'),
  (['Visitas de obra adicionales', '04/03, 07/03, 11/03 y 13/03/2025'], '90,00 €', '4', '360,00 €', '435,60 €')]:
    rows.append([(c, 'P', 'CB'), (pr, 'PR', 'CB'), (u, 'PR', 'CB'), (sub, 'PR', 'CB'), ('21%', 'PR', 'CB'), (tot, 'PR', 'CB')])
d.table([6.2, 2.4, 2.4, 2.4, 1.6, 2.6], rows)
d.p('', 'SP')
d.table([9.6, 5.0, 3.0], [
  [('', 'P', 'C'), ('BASE IMPONIBLE', 'PB', 'CB'), ('2.810,00 €', 'PR', 'CB')],
  [('', 'P', 'C'), ('IVA 21%', 'P', 'CB'), ('590,10 €', 'PR', 'CB')],
  [('', 'P', 'C'), ('IRPF -15%', 'P', 'CB'), ('-421,50 €', 'PR', 'CB')],
  [('', 'P', 'C'), ('TOTAL', 'PW', 'CH'), ('2.978,60 €', 'PWR', 'CH')],
])
d.p('', 'SP'); d.p('', 'SP')
d.p('Forma de pago', 'PB')
d.p('Transferencia bancaria a la cuenta ES21 3159 0058 1426 0719 3352 (Caja Rural del Turia) indicando el número de factura.')
d.p('', 'SP')
d.p('Observaciones', 'PB')
d.p('Retención IRPF del 15% aplicada conforme al art. 101 de la Ley 35/2006 (rendimientos de actividades profesionales). Honorarios según hoja de encargo de 09/01/2025.')
d.footer = '<text:p text:style-name="PC">Álvaro Quintana Ruiz · NIF 48392017K · Colegiado nº 6.214 COAATIE Valencia · Los datos personales se tratan conforme al RGPD (UE) 2016/679.</text:p>'
d.save('../d26_factura_es.fodt')

# ---------- d09 PayPal-style invoice ----------
d = Doc('Invoice 0042 from Otterbrook Ceramics', size=8.8, accent='#003087', pw='21.59cm', ph='27.94cm', mt='1.8cm', ml='1.9cm', width_cm=17.8)
d.table([10.8, 7.0], [
  [(['Otterbrook Ceramics', ], 'PH2', 'C'), ('INVOICE', 'PH1R', 'C')],
  [(['Nell Whitaker', '62 Mill Pond Lane', 'Brattleboro, VT 05301', 'United States', 'nell@otterbrookceramics.com', '(802) 555-0119'], 'P', 'C'),
   (['Invoice #: 0042', 'Invoice date: Mar 5, 2025', 'Reference: Commission – wedding set', 'Due date: Mar 19, 2025'], 'PR', 'C')],
])
d.p('', 'SP'); d.p('', 'SP')
d.table([5.9, 5.9, 6.0], [
  [('Bill to', 'PB', 'C'), ('Ship to', 'PB', 'C'), ('', 'P', 'C')],
  [(['Daniel Reyes', 'daniel.reyes@example.com', '418 Linden Street', 'Allentown, PA 18102', 'United States'], 'P', 'C'),
   (['Daniel Reyes & Sofia Marin', '418 Linden Street', 'Allentown, PA 18102', 'United States'], 'P', 'C'),
   (['Amount due', '$448.40 USD'], 'PRBIG', 'C')],
])
d.p('', 'SP')
rows = [[('DESCRIPTION', 'PW', 'CH'), ('QUANTITY', 'PWR', 'CH'), ('PRICE', 'PWR', 'CH'), ('AMOUNT', 'PWR', 'CH')]]
rows.append([(['Handmade stoneware dinner set (8 pieces)', 'Glaze: oatmeal speckle, wheel-thrown, dishwasher safe'], 'P', 'CB'), ('1', 'PR', 'CB'), ('$320.00', 'PR', 'CB'), ('$320.00', 'PR', 'CB')])
rows.append([(['Serving bowl, celadon, 11"'], 'P', 'CB'), ('2', 'PR', 'CB'), ('$68.00', 'PR', 'CB'), ('$136.00', 'PR', 'CB')])
d.table([9.8, 2.4, 2.8, 2.8], rows)
d.p('', 'SP')
d.table([9.8, 5.2, 2.8], [
  [('', 'P', 'C'), ('Subtotal', 'P', 'C'), ('$456.00', 'PR', 'C')],
  [('', 'P', 'C'), ('Discount (10%)', 'P', 'C'), ('-$45.60', 'PR', 'C')],
  [('', 'P', 'C'), ('Shipping', 'P', 'C'), ('$38.00', 'PR', 'C')],
  [('', 'P', 'C'), ('Total', 'PB', 'CT'), ('$448.40 USD', 'PRB', 'CT')],
  [('', 'P', 'C'), ('Amount due', 'PB', 'CG'), ('$448.40 USD', 'PRB', 'CG')],
])
d.p('', 'SP'); d.p('', 'SP')
d.p('Note to recipient', 'PB')
d.p('Thank you, Daniel! Your set was fired on Feb 27 and will ship within 3 business days of payment, double-boxed and insured.')
d.p('', 'SP')
d.p('Terms and conditions', 'PB')
d.p('Payment is due within 14 days. Custom work is non-refundable once fired; breakage in transit will be replaced free of charge if reported within 7 days of delivery with photos.')
d.p('', 'SP')
d.p('Pay online: click "Pay Now" in the e-mail you received, or scan the QR code on the invoice page. You can pay with your balance, bank account, or credit/debit card.', 'PG')
d.footer = '<text:p text:style-name="PC">Otterbrook Ceramics · Invoice 0042 · Page 1 of 1</text:p>'
d.save('../d09_paypal_invoice.fodt')
print('ok')
