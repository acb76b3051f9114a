import random, io, base64
from PIL import Image, ImageDraw
def fake_qr(seed, n=29, box=6, border=2, swiss=False):
    rnd = random.Random(seed)
    g = [[rnd.random() < 0.5 for _ in range(n)] for _ in range(n)]
    def finder(r, c):
        for i in range(-1, 8):
            for j in range(-1, 8):
                rr, cc = r + i, c + j
                if 0 <= rr < n and 0 <= cc < n:
                    on = (0 <= i <= 6 and 0 <= j <= 6) and (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4))
                    g[rr][cc] = on
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    for k in range(8, n - 8): g[6][k] = g[k][6] = (k % 2 == 0)
    size = (n + 2 * border) * box
    im = Image.new("RGB", (size, size), "white"); d = ImageDraw.Draw(im)
    for r in range(n):
        for c in range(n):
            if g[r][c]:
                x, y = (c + border) * box, (r + border) * box
                d.rectangle([x, y, x + box - 1, y + box - 1], fill="black")
    if swiss:
        m = size // 2; s = 7 * box // 2 * 2 // 2
        d.rectangle([m - s, m - s, m + s, m + s], fill="white")
        s2 = s - box // 2
        d.rectangle([m - s2, m - s2, m + s2, m + s2], fill="black")
        a, b = s2 // 4, s2 * 3 // 5
        d.rectangle([m - a, m - b, m + a, m + b], fill="white"); d.rectangle([m - b, m - a, m + b, m + a], fill="white")
    buf = io.BytesIO(); im.save(buf, "PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode()
