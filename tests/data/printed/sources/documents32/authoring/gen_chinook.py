# one-off authoring helper: writes the Chinook (Alberta) invoice HTML into src/
import json
rows = json.load(open('/tmp/w/set32/notes/chinook_rows.json'))
info = json.load(open('/tmp/w/set32/notes/info.json'))['23']
tr = []
for n, sku, desc, q, u, p, e in rows:
    tr.append(f'<tr><td class="c">{n}</td><td>{sku}</td><td>{desc}</td><td class="r">{q}</td><td class="r">{q}</td><td class="c">{u}</td><td class="r">{p}</td><td class="r">{e}</td></tr>')
html = open('/tmp/w/set32/notes/chinook_template.html').read()
html = html.replace('@@ROWS@@', '\n'.join(tr)).replace('@@SUB@@', info['sub']).replace('@@FRT@@', info['frt']).replace('@@GST@@', info['gst']).replace('@@TOT@@', info['tot']).replace('@@N@@', str(info['n']))
open('/tmp/w/set32/src/s32_alberta_multipage_invoice.html', 'w').write(html)
