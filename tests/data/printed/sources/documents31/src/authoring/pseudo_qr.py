# one-off authoring helper: deterministic QR-like module matrix (decorative, not a decodable QR code)
import random
def matrix(n=29, seed=1):
    r = random.Random(seed)
    m = [[r.random() < 0.5 for _ in range(n)] for _ in range(n)]
    def finder(y, x):
        for i in range(-1, 8):
            for j in range(-1, 8):
                yy, xx = y + i, x + j
                if 0 <= yy < n and 0 <= xx < n:
                    ring = max(abs(i - 3), abs(j - 3))
                    m[yy][xx] = ring in (0, 1, 3) and 0 <= i < 7 and 0 <= j < 7
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    for k in range(8, n - 8):
        m[6][k] = m[k][6] = (k % 2 == 0)
    return m
def latex_picture(n=29, seed=1, unit='0.75mm'):
    m = matrix(n, seed)
    out = [f'\\setlength{{\\unitlength}}{{{unit}}}\\begin{{picture}}({n},{n})']
    for y in range(n):
        x = 0
        while x < n:
            if m[y][x]:
                x0 = x
                while x < n and m[y][x]: x += 1
                out.append(f'\\put({x0},{n-1-y}){{\\rule{{{x-x0}\\unitlength}}{{1\\unitlength}}}}')
            else:
                x += 1
    out.append('\\end{picture}')
    return '\n'.join(out)
if __name__ == '__main__':
    import sys
    print(latex_picture(int(sys.argv[1]), int(sys.argv[2])))
