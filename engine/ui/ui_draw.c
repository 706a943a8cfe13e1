/*
 * ui_draw.c: convex fills and closed strokes with feathered edges.
 * Each outline point gets a miter normal from its two edges; a fill is a fan
 * plus a half-pixel ring fading to transparent, a stroke is the band between
 * two offsets of the outline with the same fading on both sides.
 */
#include "ui_draw.h"

#include <math.h>

#define MAX_POINTS 160
#define FEATHER 0.75f
#define PI_F 3.14159265f

typedef struct Pt {
    float x, y;
} Pt;

static SDL_Vertex vtx(Pt p, SDL_Color c, Uint8 alpha)
{
    SDL_Vertex v = {{p.x, p.y}, {c.r, c.g, c.b, alpha}, {0, 0}};
    return v;
}

/* Outward miter normals of a closed clockwise-or-not convex outline. */
static void normals(const Pt *p, int n, Pt *out)
{
    float area = 0;
    for (int i = 0; i < n; i++) {
        const Pt *a = &p[i], *b = &p[(i + 1) % n];
        area += a->x * b->y - b->x * a->y;
    }
    float sign = area > 0 ? 1.0f : -1.0f;
    for (int i = 0; i < n; i++) {
        Pt prev = p[(i + n - 1) % n], cur = p[i], next = p[(i + 1) % n];
        float e1x = cur.x - prev.x, e1y = cur.y - prev.y;
        float e2x = next.x - cur.x, e2y = next.y - cur.y;
        float l1 = sqrtf(e1x * e1x + e1y * e1y), l2 = sqrtf(e2x * e2x + e2y * e2y);
        if (l1 < 1e-6f) {
            l1 = 1;
        }
        if (l2 < 1e-6f) {
            l2 = 1;
        }
        /* Edge normals pointing outwards for either winding. */
        float n1x = sign * e1y / l1, n1y = -sign * e1x / l1;
        float n2x = sign * e2y / l2, n2y = -sign * e2x / l2;
        float mx = n1x + n2x, my = n1y + n2y;
        float ml = sqrtf(mx * mx + my * my);
        if (ml < 1e-6f) {
            out[i].x = n1x;
            out[i].y = n1y;
            continue;
        }
        mx /= ml;
        my /= ml;
        float cosine = mx * n1x + my * n1y;
        float scale = cosine > 0.25f ? 1.0f / cosine : 4.0f;
        out[i].x = mx * scale;
        out[i].y = my * scale;
    }
}

static Pt offset(Pt p, Pt n, float d)
{
    Pt q = {p.x + n.x * d, p.y + n.y * d};
    return q;
}

static void fill_convex(SDL_Renderer *r, const Pt *p, int n, SDL_Color c)
{
    if (n < 3 || n > MAX_POINTS) {
        return;
    }
    Pt nm[MAX_POINTS];
    normals(p, n, nm);
    SDL_Vertex v[MAX_POINTS * 2 + 1];
    int idx[MAX_POINTS * 9];
    int ni = 0;
    Pt centre = {0, 0};
    for (int i = 0; i < n; i++) {
        centre.x += p[i].x / (float)n;
        centre.y += p[i].y / (float)n;
    }
    v[0] = vtx(centre, c, c.a);
    for (int i = 0; i < n; i++) {
        v[1 + i] = vtx(offset(p[i], nm[i], -FEATHER * 0.5f), c, c.a);
        v[1 + n + i] = vtx(offset(p[i], nm[i], FEATHER * 0.5f), c, 0);
    }
    for (int i = 0; i < n; i++) {
        int a = 1 + i, b = 1 + (i + 1) % n;
        int fa = 1 + n + i, fb = 1 + n + (i + 1) % n;
        idx[ni++] = 0, idx[ni++] = a, idx[ni++] = b;
        idx[ni++] = a, idx[ni++] = fa, idx[ni++] = b;
        idx[ni++] = b, idx[ni++] = fa, idx[ni++] = fb;
    }
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, 1 + 2 * n, idx, ni);
}

static void stroke_closed(SDL_Renderer *r, const Pt *p, int n, float t, SDL_Color c)
{
    if (n < 3 || n > MAX_POINTS) {
        return;
    }
    Pt nm[MAX_POINTS];
    normals(p, n, nm);
    SDL_Vertex v[MAX_POINTS * 4];
    int idx[MAX_POINTS * 18];
    int ni = 0;
    float h = t * 0.5f;
    for (int i = 0; i < n; i++) {
        v[4 * i + 0] = vtx(offset(p[i], nm[i], -h - FEATHER * 0.5f), c, 0);
        v[4 * i + 1] = vtx(offset(p[i], nm[i], -h + FEATHER * 0.5f), c, c.a);
        v[4 * i + 2] = vtx(offset(p[i], nm[i], h - FEATHER * 0.5f), c, c.a);
        v[4 * i + 3] = vtx(offset(p[i], nm[i], h + FEATHER * 0.5f), c, 0);
    }
    for (int i = 0; i < n; i++) {
        int a = 4 * i, b = 4 * ((i + 1) % n);
        for (int k = 0; k < 3; k++) {
            idx[ni++] = a + k, idx[ni++] = a + k + 1, idx[ni++] = b + k;
            idx[ni++] = a + k + 1, idx[ni++] = b + k + 1, idx[ni++] = b + k;
        }
    }
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(r, NULL, v, 4 * n, idx, ni);
}

static int round_rect_points(SDL_Rect rect, float radius, float inset, Pt *out)
{
    float x0 = (float)rect.x + inset, y0 = (float)rect.y + inset;
    float x1 = (float)(rect.x + rect.w) - inset, y1 = (float)(rect.y + rect.h) - inset;
    float maxr = fminf(x1 - x0, y1 - y0) * 0.5f;
    float rad = fmaxf(0.0f, fminf(radius - inset, maxr));
    if (rad < 0.5f) {
        Pt q[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
        for (int i = 0; i < 4; i++) {
            out[i] = q[i];
        }
        return 4;
    }
    int seg = rad < 6 ? 4 : rad < 20 ? 8 : 12;
    const Pt centres[4] = {{x1 - rad, y0 + rad}, {x1 - rad, y1 - rad}, {x0 + rad, y1 - rad}, {x0 + rad, y0 + rad}};
    const float start[4] = {-PI_F / 2, 0, PI_F / 2, PI_F};
    int n = 0;
    for (int k = 0; k < 4; k++) {
        for (int i = 0; i <= seg; i++) {
            float a = start[k] + (PI_F / 2) * (float)i / (float)seg;
            out[n].x = centres[k].x + cosf(a) * rad;
            out[n].y = centres[k].y + sinf(a) * rad;
            n++;
        }
    }
    return n;
}

void ui_draw_fill(SDL_Renderer *r, SDL_Rect rect, SDL_Color color)
{
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, color.r, color.g, color.b, color.a);
    SDL_RenderFillRect(r, &rect);
}

void ui_draw_round_rect(SDL_Renderer *r, SDL_Rect rect, int radius, SDL_Color color)
{
    Pt p[MAX_POINTS];
    int n = round_rect_points(rect, (float)radius, 0, p);
    fill_convex(r, p, n, color);
}

void ui_draw_round_frame(SDL_Renderer *r, SDL_Rect rect, int radius, int thickness, SDL_Color color)
{
    Pt p[MAX_POINTS];
    float t = (float)thickness;
    int n = round_rect_points(rect, (float)radius, t * 0.5f, p);
    stroke_closed(r, p, n, t, color);
}

static int circle_points(float cx, float cy, float radius, Pt *out)
{
    int n = (int)(radius * 1.5f);
    n = n < 16 ? 16 : n > 96 ? 96 : n;
    for (int i = 0; i < n; i++) {
        float a = 2 * PI_F * (float)i / (float)n;
        out[i].x = cx + cosf(a) * radius;
        out[i].y = cy + sinf(a) * radius;
    }
    return n;
}

void ui_draw_circle(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color color)
{
    Pt p[MAX_POINTS];
    fill_convex(r, p, circle_points(cx, cy, radius, p), color);
}

void ui_draw_ring(SDL_Renderer *r, float cx, float cy, float radius, float thickness, SDL_Color color)
{
    Pt p[MAX_POINTS];
    stroke_closed(r, p, circle_points(cx, cy, radius - thickness * 0.5f, p), thickness, color);
}

void ui_draw_diamond(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color color)
{
    Pt p[4] = {{cx, cy - radius}, {cx + radius, cy}, {cx, cy + radius}, {cx - radius, cy}};
    fill_convex(r, p, 4, color);
}

void ui_draw_diamond_frame(SDL_Renderer *r, float cx, float cy, float radius, float thickness,
                           SDL_Color color)
{
    float in = radius - thickness * 0.5f * 1.4142f;
    Pt p[4] = {{cx, cy - in}, {cx + in, cy}, {cx, cy + in}, {cx - in, cy}};
    stroke_closed(r, p, 4, thickness, color);
}

void ui_draw_triangle(SDL_Renderer *r, float cx, float cy, float radius, SDL_Color color)
{
    Pt p[3] = {{cx, cy - radius}, {cx + radius * 0.94f, cy + radius * 0.7f}, {cx - radius * 0.94f, cy + radius * 0.7f}};
    fill_convex(r, p, 3, color);
}

void ui_draw_line(SDL_Renderer *r, float x0, float y0, float x1, float y1, float thickness,
                  SDL_Color color)
{
    float dx = x1 - x0, dy = y1 - y0;
    float len = sqrtf(dx * dx + dy * dy);
    if (len < 1e-3f) {
        return;
    }
    float nx = -dy / len * thickness * 0.5f, ny = dx / len * thickness * 0.5f;
    Pt p[4] = {{x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny}, {x0 - nx, y0 - ny}};
    fill_convex(r, p, 4, color);
}

void ui_draw_dashed_line(SDL_Renderer *r, float x0, float y0, float x1, float y1, float thickness,
                         float dash, SDL_Color color)
{
    float dx = x1 - x0, dy = y1 - y0;
    float len = sqrtf(dx * dx + dy * dy);
    if (len < 1e-3f || dash < 1) {
        return;
    }
    float ux = dx / len, uy = dy / len;
    for (float s = 0; s < len; s += dash * 1.8f) {
        float e = fminf(s + dash, len);
        ui_draw_line(r, x0 + ux * s, y0 + uy * s, x0 + ux * e, y0 + uy * e, thickness, color);
    }
}

void ui_draw_check(SDL_Renderer *r, SDL_Rect box, float thickness, SDL_Color color)
{
    float x = (float)box.x, y = (float)box.y, s = (float)box.w;
    ui_draw_line(r, x + s * 0.18f, y + s * 0.54f, x + s * 0.42f, y + s * 0.76f, thickness, color);
    ui_draw_line(r, x + s * 0.40f, y + s * 0.77f, x + s * 0.84f, y + s * 0.26f, thickness, color);
}

void ui_draw_cross(SDL_Renderer *r, SDL_Rect box, float thickness, SDL_Color color)
{
    float x = (float)box.x, y = (float)box.y, s = (float)box.w;
    ui_draw_line(r, x + s * 0.24f, y + s * 0.24f, x + s * 0.76f, y + s * 0.76f, thickness, color);
    ui_draw_line(r, x + s * 0.76f, y + s * 0.24f, x + s * 0.24f, y + s * 0.76f, thickness, color);
}
