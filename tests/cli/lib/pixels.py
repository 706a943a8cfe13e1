"""Pixels for the shell tests: PNG files (as `meldsim shot` writes them) and the X server's
screen as Xvfb keeps it in an XWD file (Xvfb -fbdir), with no imaging library needed.

  pixels.py compare SHOT.png SCREEN.xwd X Y   how far the screen at (X, Y) differs from the shot:
                                              prints "<pixels differing> <largest channel difference>"
"""
import struct
import sys
import zlib


def read_png(path):
    """(width, height, rows): rows[y] is a bytes object of RGB triples."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, head = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    w, h, depth, colour, _, _, interlace = head
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"{path}: only 8-bit RGB or RGBA, not interlaced")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        rows.append(bytes(line) if bpp == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3))
    return w, h, rows


def read_xwd(path):
    """(width, height, rows) of an Xvfb screen file with 32 bits per pixel, rows of RGB triples."""
    data = open(path, "rb").read()
    f = struct.unpack(">25I", data[:100])
    header_size, w, h, byte_order, bpp, line = f[0], f[4], f[5], f[7], f[11], f[12]
    ncolors = f[19]
    if bpp != 32:
        raise ValueError(f"{path}: {bpp} bits per pixel, expected 32")
    start = header_size + ncolors * 12
    rows = []
    for y in range(h):
        px = data[start + y * line:start + y * line + w * 4]
        rgb = bytearray(w * 3)
        if byte_order == 0:  # LSBFirst: B G R x
            rgb[0::3], rgb[1::3], rgb[2::3] = px[2::4], px[1::4], px[0::4]
        else:  # MSBFirst: x R G B
            rgb[0::3], rgb[1::3], rgb[2::3] = px[1::4], px[2::4], px[3::4]
        rows.append(bytes(rgb))
    return w, h, rows


def compare(shot, screen, x, y):
    w, h, a = read_png(shot)
    sw, sh, b = read_xwd(screen)
    if x < 0 or y < 0 or x + w > sw or y + h > sh:
        raise ValueError(f"a {w}x{h} shot at {x},{y} does not fit the {sw}x{sh} screen")
    differ, worst = 0, 0
    for row in range(h):
        ra, rb = a[row], b[y + row][x * 3:(x + w) * 3]
        if ra == rb:
            continue
        for i in range(0, w * 3, 3):
            d = max(abs(ra[i] - rb[i]), abs(ra[i + 1] - rb[i + 1]), abs(ra[i + 2] - rb[i + 2]))
            if d:
                differ += 1
                worst = max(worst, d)
    return differ, worst


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "compare":
        differ, worst = compare(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
        print(differ, worst)
    else:
        sys.exit(__doc__)
