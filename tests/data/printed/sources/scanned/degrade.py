"""Degrade a clean page raster like a real office scan.
usage: degrade.py IN.png OUT.(jpg|png) DPI ROT SHEAR NOISE BLUR JPEGQ BG SEED"""
import sys, random
from PIL import Image, ImageFilter, ImageChops
inp, out, dpi, rot, shear, noise, blur, q, bg, seed = sys.argv[1:]
dpi, rot, shear, noise, blur, q, bg, seed = int(dpi), float(rot), float(shear), float(noise), float(blur), int(q), int(bg), int(seed)
random.seed(seed)
im = Image.open(inp).convert("L")
w, h = im.size
if bg < 255:  # paper tone: map white -> bg, keep ink dark
    im = im.point(lambda v: int(v * bg / 255))
    # slightly uneven illumination: darker towards one edge
    grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 14)
    im = ImageChops.multiply(im, grad)
if shear:
    im = im.transform((w, h), Image.AFFINE, (1, shear, -shear * h / 2, 0, 1, 0), resample=Image.BICUBIC, fillcolor=bg)
if rot:
    im = im.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=bg)
if blur:
    im = im.filter(ImageFilter.GaussianBlur(blur))
if noise:
    n = Image.effect_noise((w, h), noise)  # gaussian noise centred on 128
    im = ImageChops.add(im, n, scale=1.0, offset=-128)
    # a few specks/dust
    from PIL import ImageDraw
    d = ImageDraw.Draw(im)
    for _ in range(int(w * h / 60000)):
        x, y = random.randrange(w), random.randrange(h); r = random.choice([1, 1, 2])
        d.ellipse((x, y, x + r, y + r), fill=random.randrange(40, 120))
if out.endswith(".jpg"):
    im.save(out, "JPEG", quality=q, dpi=(dpi, dpi))
else:
    im.save(out, dpi=(dpi, dpi))
