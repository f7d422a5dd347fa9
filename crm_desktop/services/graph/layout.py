"""A tidy, layered layout for the referral tree, in plain Python (no Qt).

The referral graph is a tree rooted at Me: each placed contact has one
introducer, or none (met directly). Depth goes on the x axis, leaves are stacked
one row apart in depth-first order, and each parent sits at the middle of its
children, so edges never cross. Everything here is linear in the number of
contacts and never recurses, so a chain of thousands of people is fine.

Me is the key ``None`` throughout, matching "introducer None = met directly".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping

Position = tuple[float, float]
SortKey = Callable[[int], Hashable]


def parents(introducer: Mapping[int, int | None]) -> dict[int, int | None]:
    """Each contact's parent in the drawn tree; None means under Me.

    Defensive about data the services should never produce: an introducer who is
    not placed, a contact introduced by themselves, or a loop. Such contacts are
    drawn under Me instead of being lost.
    """
    parent: dict[int, int | None] = {
        node: (up if up in introducer and up != node else None) for node, up in introducer.items()
    }
    done: set[int] = set()
    for start in sorted(parent):
        path: list[int] = []
        on_path: set[int] = set()
        node: int | None = start
        while node is not None and node not in done:
            if node in on_path:  # walked into a loop: cut it here
                parent[node] = None
                break
            on_path.add(node)
            path.append(node)
            node = parent[node]
        done.update(path)
    return parent


def children_of(
    introducer: Mapping[int, int | None], sort_key: SortKey | None = None
) -> dict[int | None, list[int]]:
    """Who hangs under whom (None = Me), each list sorted by *sort_key* then id."""
    children: dict[int | None, list[int]] = {None: []}
    for node in introducer:
        children.setdefault(node, [])
    for node, up in parents(introducer).items():
        children[up].append(node)
    for kids in children.values():
        kids.sort()  # by id, then (the sort is stable) by key: two sorts in C, no tuples
        if sort_key is not None:
            kids.sort(key=sort_key)
    return children


def depth_first(children: Mapping[int | None, list[int]]) -> list[int | None]:
    """Me, then everyone in pre-order, visiting children in their listed order."""
    order: list[int | None] = []
    stack: list[int | None] = [None]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(children.get(node, ())))
    return order


def tidy_tree(
    introducer: Mapping[int, int | None], sort_key: SortKey | None = None
) -> dict[int | None, Position]:
    """Layout units: x is the depth (Me at 0), y the row (leaves one row apart).

    Returns a position for Me (key None) and for every contact in *introducer*.
    """
    return tidy_layout(children_of(introducer, sort_key))


def tidy_layout(children: Mapping[int | None, list[int]]) -> dict[int | None, Position]:
    """``tidy_tree`` for a tree already built by ``children_of``."""
    order = depth_first(children)
    depth: dict[int | None, float] = {None: 0.0}
    row: dict[int | None, float] = {}
    next_leaf = 0.0
    for node in order:
        kids = children.get(node)
        if kids:
            depth.update(dict.fromkeys(kids, depth[node] + 1))
        elif node is not None:
            row[node] = next_leaf
            next_leaf += 1
    for node in reversed(order):  # children before their parents
        kids = children.get(node)
        if kids:
            row[node] = (row[kids[0]] + row[kids[-1]]) / 2
    row.setdefault(None, 0.0)
    return {node: (depth[node], row[node]) for node in order}


def branch_roots(children: Mapping[int | None, list[int]]) -> dict[int, int]:
    """For every contact, the person directly under Me whose branch they are in."""
    root: dict[int, int] = {}
    for top in children.get(None, ()):
        stack = [top]
        while stack:
            node = stack.pop()
            root[node] = top
            stack.extend(children.get(node, ()))
    return root


def wrapped_layout(
    children: Mapping[int | None, list[int]],
    cell_aspect: float = 1.0,
    aspect: float = 1.6,
    wrap_rows: int = 40,
    band_gap: float = 0.25,
) -> tuple[dict[int | None, Position], set[int | None]]:
    """``tidy_layout``, except that a tall fan of children is wrapped into bands.

    In a real network a fifth of the people were met directly, so Me has hundreds
    of children and the tidy tree is fifty times taller than wide: fitted, it is a
    thin strip. Here, when the branches under someone stack more than *wrap_rows*
    rows, they are laid out like a newspaper: top to bottom in a band, then the next
    band to the right, with as many bands as brings that block nearest to *aspect*
    (width / height, measured with one column *cell_aspect* times as wide as a row
    is tall). The parent then sits on the top row, from which a bus runs right
    over the bands, and each band hangs from it; each branch keeps its own rows,
    so nothing overlaps. Small trees come out exactly as ``tidy_layout`` has them.

    Returns the positions (layout units, Me at the top left) and the people (None
    for Me) whose children were wrapped, whose lines go along the bus.
    """
    order = depth_first(children)
    size: dict[int | None, tuple[float, float]] = {}  # each branch's box: columns, rows
    own_row: dict[int | None, float] = {}  # where its person sits in that box
    offset: dict[int, tuple[float, float]] = {}  # a child's box within its parent's
    wrapped: set[int | None] = set()
    for node in reversed(order):  # children before their parents
        kids = children.get(node) or []
        if not kids:
            size[node], own_row[node] = (1.0, 1.0), 0.0
            continue
        boxes = [size[kid] for kid in kids]
        bands = _bands(boxes, cell_aspect, aspect, band_gap) if _tall(boxes, wrap_rows) else []
        if len(bands) < 2:  # a plain tidy fan: children stacked, the parent in their middle
            top = 0.0
            for kid, (_w, h) in zip(kids, boxes, strict=True):
                offset[kid] = (1.0, top)
                top += h
            first, last = kids[0], kids[-1]
            own_row[node] = (
                offset[first][1] + own_row[first] + offset[last][1] + own_row[last]
            ) / 2
            size[node] = (1.0 + max(w for w, _h in boxes), top)
            continue
        wrapped.add(node)
        left, tallest, index = 1.0, 0.0, 0
        for band in bands:
            top = 1.0  # the bus runs along row 0
            for _w, h in band:
                offset[kids[index]] = (left, top)
                top += h
                index += 1
            left += max(w for w, _h in band) + band_gap
            tallest = max(tallest, top)
        own_row[node] = 0.0
        size[node] = (left - band_gap, tallest)
    origin: dict[int | None, tuple[float, float]] = {None: (0.0, 0.0)}
    positions: dict[int | None, Position] = {}
    for node in order:  # parents before their children
        x, y = origin[node]
        positions[node] = (x, y + own_row[node])
        for kid in children.get(node) or ():
            dx, dy = offset[kid]
            origin[kid] = (x + dx, y + dy)
    return positions, wrapped


def _tall(boxes: list[tuple[float, float]], wrap_rows: int) -> bool:
    return len(boxes) > 1 and sum(h for _w, h in boxes) > wrap_rows


def _bands(
    boxes: list[tuple[float, float]], cell_aspect: float, aspect: float, gap: float
) -> list[list[tuple[float, float]]]:
    """Split the branch boxes, in order, into the bands whose block is nearest *aspect*.

    More bands make the block wider and lower, so the search stops once it is wider
    than wanted: a few passes over the boxes, not one per possible count.
    """
    total = sum(h for _w, h in boxes)
    best: list[list[tuple[float, float]]] = []
    best_miss = float("inf")
    count = 1
    while count <= len(boxes):
        bands = _split(boxes, total / count)
        width = 1.0 + sum(max(w for w, _h in band) for band in bands) + gap * (len(bands) - 1)
        height = 1.0 + max(sum(h for _w, h in band) for band in bands)
        ratio = width * cell_aspect / height
        miss = abs(math.log(ratio / aspect))
        if miss < best_miss:
            best, best_miss = bands, miss
        if ratio > aspect:
            break
        count = max(count + 1, len(bands) + 1)
    return best


def _split(boxes: list[tuple[float, float]], rows: float) -> list[list[tuple[float, float]]]:
    """Fill bands of about *rows* rows in order; a branch taller than that gets its own."""
    bands: list[list[tuple[float, float]]] = [[]]
    filled = 0.0
    for box in boxes:
        if bands[-1] and filled + box[1] > rows:
            bands.append([])
            filled = 0.0
        bands[-1].append(box)
        filled += box[1]
    return bands
