"""A tidy, layered layout for the referral tree, in plain Python (no Qt).

The referral graph is a tree rooted at Me: each placed contact has one
introducer, or none (met directly). Depth goes on the x axis, leaves are stacked
one row apart in depth-first order, and each parent sits at the middle of its
children, so edges never cross. Everything here is linear in the number of
contacts and never recurses, so a chain of thousands of people is fine.

Me is the key ``None`` throughout, matching "introducer None = met directly".
"""

from __future__ import annotations

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
    key = sort_key or (lambda node: 0)
    for kids in children.values():
        kids.sort(key=lambda node: (key(node), node))
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
    depth: dict[int | None, int] = {None: 0}
    row: dict[int | None, float] = {}
    next_leaf = 0
    for node in order:
        kids = children.get(node, ())
        for kid in kids:
            depth[kid] = depth[node] + 1
        if not kids and node is not None:
            row[node] = float(next_leaf)
            next_leaf += 1
    for node in reversed(order):  # children before their parents
        kids = children.get(node, ())
        if kids:
            row[node] = (row[kids[0]] + row[kids[-1]]) / 2
    row.setdefault(None, 0.0)
    return {node: (float(depth[node]), row[node]) for node in order}


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
