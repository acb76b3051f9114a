import os, sys
from xhtml2pdf import pisa
src, dst = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f, open(dst, "wb") as out:
    r = pisa.CreatePDF(f.read(), dest=out, encoding="utf-8", path=os.path.abspath(src))
sys.exit(1 if r.err else 0)
