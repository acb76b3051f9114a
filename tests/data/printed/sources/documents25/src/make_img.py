"""Generate decorative QR-like / barcode-like images (not scannable) used by the documents.
Run once; outputs are kept in src/img as sources."""
import hashlib, random, struct, zlib, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'img')

def qr_matrix(seed, n=33):
    rnd = random.Random(hashlib.sha256(seed.encode()).hexdigest())
    m = [[rnd.random() < 0.5 for _ in range(n)] for _ in range(n)]
    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    if r in (-1, 7) or c in (-1, 7):
                        m[rr][cc] = False
                    else:
                        m[rr][cc] = (r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4))
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    for i in range(8, n - 8):
        m[6][i] = m[i][6] = (i % 2 == 0)
    for r in range(n - 9, n - 4):
        for c in range(n - 9, n - 4):
            rr, cc = r - (n - 9), c - (n - 9)
            m[r][c] = rr in (0, 4) or cc in (0, 4) or (rr == 2 and cc == 2)
    return m

def write_svg(path, m, quiet=2):
    n = len(m); size = n + 2 * quiet
    rects = ''.join(f'<rect x="{c+quiet}" y="{r+quiet}" width="1" height="1"/>'
                    for r in range(n) for c in range(n) if m[r][c])
    with open(path, 'w') as f:
        f.write(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
                f'<rect width="{size}" height="{size}" fill="#fff"/><g fill="#000">{rects}</g></svg>\n')

def write_png(path, rows):
    h = len(rows); w = len(rows[0])
    raw = b''.join(b'\x00' + bytes(0 if px else 255 for px in row) for row in rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(png)

def scale(m, k, quiet=2):
    n = len(m); size = (n + 2 * quiet) * k
    rows = [[False] * size for _ in range(size)]
    for r in range(n):
        for c in range(n):
            if m[r][c]:
                for y in range((r + quiet) * k, (r + quiet + 1) * k):
                    for x in range((c + quiet) * k, (c + quiet + 1) * k):
                        rows[y][x] = True
    return rows

def bars_svg(path, seed, width=400, height=50, pdf417=False):
    rnd = random.Random(seed)
    x = 0; parts = []
    rows = 10 if pdf417 else 1
    rh = height / rows
    for r in range(rows):
        x = 0
        while x < width:
            w = rnd.choice([1, 1, 2, 2, 3, 4]); gap = rnd.choice([1, 1, 2, 3])
            if x + w > width: break
            parts.append(f'<rect x="{x}" y="{r*rh:.2f}" width="{w}" height="{rh+0.05:.2f}"/>')
            x += w + gap
    with open(path, 'w') as f:
        f.write(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" preserveAspectRatio="none" shape-rendering="crispEdges"><rect width="{width}" height="{height}" fill="#fff"/><g fill="#000">{"".join(parts)}</g></svg>\n')

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for tag in ['mx', 'ar', 'co', 'pe', 'in', 'my', 'vn', 'cn', 'ae', 'sa1', 'sa2', 'eg', 'ke', 'tr', 'ph', 'id']:
        m = qr_matrix('set25-' + tag)
        write_svg(os.path.join(OUT, f'qr_{tag}.svg'), m)
        write_png(os.path.join(OUT, f'qr_{tag}.png'), scale(m, 6))
    bars_svg(os.path.join(OUT, 'bar_danfe.svg'), 'danfe', 420, 46)
    bars_svg(os.path.join(OUT, 'pdf417_cl.svg'), 'cl-ted', 300, 90, pdf417=True)
    bars_svg(os.path.join(OUT, 'bar_ke.svg'), 'ke', 300, 40)
