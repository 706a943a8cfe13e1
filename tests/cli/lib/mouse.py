"""The pointer under Xvfb, for the shell tests: XTest moves and clicks it like a person would
(xdotool's mousemove warps the pointer, which Xvfb ignores), and the screen (Xvfb -fbdir) tells
where the next thing to click is.

  mouse.py click X Y                      move the pointer to (X, Y) on the screen, then click
  mouse.py move X Y                       only move it there
  mouse.py wheel X Y                      move there and turn the wheel one notch down
  mouse.py next SCREEN.xwd X Y W H RRGGBB where a learner clicks next in the window at (X, Y),
                                          W x H, whose accent colour is RRGGBB: the first
                                          numbered option's badge, else the filled button in the
                                          footer; prints "x y" on the screen, or "none"
  mouse.py badges SCREEN.xwd X Y W H RRGGBB   how many numbered options the window shows
"""
import ctypes
import sys
import time

import pixels


def _display():
    x11 = ctypes.CDLL("libX11.so.6")
    xtst = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    dpy = x11.XOpenDisplay(None)
    if not dpy:
        sys.exit("mouse.py: cannot open the display")
    return x11, xtst, dpy


def pointer(x, y, button):
    """Moves to (x, y) and, when button is not 0, presses and releases it (1 left, 5 wheel down)."""
    x11, xtst, dpy = _display()
    xtst.XTestFakeMotionEvent(dpy, -1, x, y, 0)
    x11.XFlush(dpy)
    if button:
        time.sleep(0.05)
        xtst.XTestFakeButtonEvent(dpy, button, 1, 0)
        x11.XFlush(dpy)
        time.sleep(0.05)
        xtst.XTestFakeButtonEvent(dpy, button, 0, 0)
        x11.XFlush(dpy)
    x11.XCloseDisplay(dpy)


def blobs(rows, x0, y0, w, h, colour, step=2):
    """Connected areas of (nearly) the colour, sampled every step pixels:
    (left, top, right, bottom, share of the box that has the colour)."""
    r, g, b = colour
    grid = {}
    for y in range(y0, y0 + h, step):
        row = rows[y]
        for x in range(x0, x0 + w, step):
            i = x * 3
            if abs(row[i] - r) < 12 and abs(row[i + 1] - g) < 12 and abs(row[i + 2] - b) < 12:
                grid[(x, y)] = True
    found, seen = [], set()
    for start in grid:
        if start in seen:
            continue
        seen.add(start)
        todo, box, count = [start], [start[0], start[1], start[0], start[1]], 0
        while todo:
            x, y = todo.pop()
            count += 1
            box = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]
            for n in ((x + step, y), (x - step, y), (x, y + step), (x, y - step)):
                if n in grid and n not in seen:
                    seen.add(n)
                    todo.append(n)
        area = ((box[2] - box[0]) // step + 1) * ((box[3] - box[1]) // step + 1)
        found.append((box[0], box[1], box[2], box[3], count / area))
    return found


def targets(screen, x0, y0, w, h, colour):
    """The option badges (top to bottom) and the filled footer buttons on the screen."""
    _, _, rows = pixels.read_xwd(screen)
    found = blobs(rows, x0, y0, w, h, colour)
    header, footer = y0 + h * 0.12, y0 + h * 0.78
    # A badge is a filled disc with a digit in it (some 70% of its box has the colour; thick
    # letters of a heading stay under 65%), a button a filled bar.
    badges = [b for b in found
              if header < b[1] < footer and 14 < b[2] - b[0] < h * 0.1 and
              0.7 < (b[2] - b[0] + 1) / (b[3] - b[1] + 1) < 1.4 and 0.65 < b[4] < 0.85]
    buttons = [b for b in found if b[1] >= footer and b[2] - b[0] > 2 * (b[3] - b[1]) and b[4] > 0.55]
    return sorted(badges, key=lambda b: (b[1], b[0])), buttons


def next_target(screen, x0, y0, w, h, colour):
    badges, buttons = targets(screen, x0, y0, w, h, colour)
    if badges:
        b = badges[0]
        return (b[0] + b[2]) // 2, (b[1] + b[3]) // 2
    if buttons:
        b = max(buttons, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
        return (b[0] + b[2]) // 2, (b[1] + b[3]) // 2
    return None


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) == 3 and a[0] in ("click", "move", "wheel"):
        pointer(int(a[1]), int(a[2]), {"click": 1, "move": 0, "wheel": 5}[a[0]])
    elif len(a) == 7 and a[0] == "badges":
        colour = tuple(int(a[6][i:i + 2], 16) for i in (0, 2, 4))
        print(len(targets(a[1], int(a[2]), int(a[3]), int(a[4]), int(a[5]), colour)[0]))
    elif len(a) == 7 and a[0] == "next":
        colour = tuple(int(a[6][i:i + 2], 16) for i in (0, 2, 4))
        t = next_target(a[1], int(a[2]), int(a[3]), int(a[4]), int(a[5]), colour)
        print(f"{t[0]} {t[1]}" if t else "none")
    else:
        sys.exit(__doc__)
