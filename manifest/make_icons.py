#!/usr/bin/env python3
"""Draws AllyBot's Teams icons deterministically, with nothing but the standard library.

color.png   192x192, opaque: a bold white "A" whose crossbar is two linked rings (two allies joining hands)
            on the accent colour, full bleed as Teams asks for colour icons.
outline.png 32x32, white on transparent: the same mark, as Teams asks for outline icons.

The shapes are described in a unit square (0..1) and rasterised with 8x8 supersampling, so the edges are
anti-aliased and the output bytes are identical on every run and machine. Run it after changing the mark;
the PNGs are committed, build.sh only packs them.
"""
import math
import os
import struct
import sys
import zlib

ACCENT = (0x2B, 0x6C, 0xB0)  # keep in step with accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 8


def inside_polygon(x, y, points):
    """Even-odd rule: is (x, y) inside the polygon?"""
    inside = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_ring(x, y, cx, cy, outer, inner):
    d = math.hypot(x - cx, y - cy)
    return inner <= d <= outer


def mark(x, y, detail):
    """True where the white mark is. `detail` False drops the thin parts that vanish at 32 px."""
    # The two legs of the "A": thick slanted strokes meeting at a flat apex.
    left_leg = [(0.10, 0.86), (0.25, 0.86), (0.56, 0.13), (0.43, 0.13)]
    right_leg = [(0.90, 0.86), (0.75, 0.86), (0.44, 0.13), (0.57, 0.13)]
    if inside_polygon(x, y, left_leg) or inside_polygon(x, y, right_leg):
        return True
    # The crossbar: two interlocking rings, the allies.
    outer, inner = (0.11, 0.065) if detail else (0.115, 0.05)
    if in_ring(x, y, 0.425, 0.60, outer, inner) or in_ring(x, y, 0.575, 0.60, outer, inner):
        return True
    return False


def coverage(px, py, size, test):
    hits = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            x = (px + (sx + 0.5) / SUPERSAMPLE) / size
            y = (py + (sy + 0.5) / SUPERSAMPLE) / size
            if test(x, y):
                hits += 1
    return hits / (SUPERSAMPLE * SUPERSAMPLE)


def blend(top, bottom, amount):
    return tuple(round(t * amount + b * (1 - amount)) for t, b in zip(top, bottom))


def color_icon(size=192):
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            a = coverage(px, py, size, lambda x, y: mark(x, y, detail=True))
            row.append(blend(WHITE, ACCENT, a) + (255,))
        rows.append(row)
    return rows


def outline_icon(size=32):
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            a = coverage(px, py, size, lambda x, y: mark(x, y, detail=False))
            # White everywhere; only alpha carries the shape, as Teams wants (white outline, transparent rest).
            row.append(WHITE + (round(a * 255),))
        rows.append(row)
    return rows


def write_png(path, rows):
    """RGBA 8-bit PNG, no ancillary chunks (so no timestamps): same pixels, same bytes."""
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(out, "color.png"), color_icon())
    write_png(os.path.join(out, "outline.png"), outline_icon())


if __name__ == "__main__":
    main()
