"""The tidy-tree layout of the referral graph, without Qt."""

from __future__ import annotations

import random

from crm_desktop.services.graph.layout import branch_roots, children_of, parents, tidy_tree


def random_tree(count: int, seed: int = 7) -> dict[int, int | None]:
    rng = random.Random(seed)
    introducer: dict[int, int | None] = {}
    for node in range(1, count + 1):
        introducer[node] = None if node == 1 or rng.random() < 0.05 else rng.randint(1, node - 1)
    return introducer


def assert_tidy(introducer: dict[int, int | None], layout) -> None:
    assert set(layout) == set(introducer) | {None}
    # Me at the left, on depth 0; everyone else one column right of their introducer.
    assert layout[None][0] == 0
    for node, up in introducer.items():
        assert layout[node][0] == layout[up][0] + 1
    # No two people in the same column closer than one row.
    columns: dict[float, list[float]] = {}
    for x, y in layout.values():
        columns.setdefault(x, []).append(y)
    for rows in columns.values():
        rows.sort()
        assert all(b - a >= 1 for a, b in zip(rows, rows[1:], strict=False))
    # Each parent sits in the middle of its first and last child.
    kids = children_of(introducer)
    for parent, children in kids.items():
        if children:
            ys = [layout[c][1] for c in children]
            assert layout[parent][1] == (min(ys) + max(ys)) / 2


def test_small_tree_by_hand():
    # Me → Ann → (Bob, Cleo); Me → Dan
    introducer = {1: None, 2: 1, 3: 1, 4: None}
    names = {1: "Ann", 2: "Bob", 3: "Cleo", 4: "Dan"}
    layout = tidy_tree(introducer, sort_key=names.__getitem__)
    assert layout[2] == (2.0, 0.0)
    assert layout[3] == (2.0, 1.0)
    assert layout[1] == (1.0, 0.5)
    assert layout[4] == (1.0, 2.0)
    assert layout[None] == (0.0, 1.25)
    assert_tidy(introducer, layout)


def test_children_are_stacked_by_name_not_by_id():
    introducer = {1: None, 2: None, 3: None}
    names = {1: "Zoë", 2: "adam", 3: "Mia"}
    layout = tidy_tree(introducer, sort_key=lambda i: names[i].casefold())
    assert sorted(introducer, key=lambda i: layout[i][1]) == [2, 3, 1]


def test_empty_graph_is_just_me():
    assert tidy_tree({}) == {None: (0.0, 0.0)}


def test_random_trees_never_overlap_and_stay_centred():
    for seed in range(5):
        introducer = random_tree(300, seed)
        assert_tidy(introducer, tidy_tree(introducer))


def test_bad_data_is_drawn_under_me_instead_of_lost():
    # 5 names an introducer who is not placed; 6 names themselves; 7 → 8 → 9 → 7 loops.
    introducer = {1: None, 5: 99, 6: 6, 7: 9, 8: 7, 9: 8}
    fixed = parents(introducer)
    assert fixed[5] is None and fixed[6] is None
    assert [n for n in (7, 8, 9) if fixed[n] is None] == [7]
    layout = tidy_tree(introducer)
    assert set(layout) == set(introducer) | {None}
    assert_tidy(fixed, layout)


def test_branch_roots_name_the_person_under_me():
    introducer = {1: None, 2: 1, 3: 2, 4: None}
    assert branch_roots(children_of(introducer)) == {1: 1, 2: 1, 3: 1, 4: 4}


def test_five_thousand_people_and_a_long_chain_lay_out():
    introducer = random_tree(5000)
    layout = tidy_tree(introducer)
    assert len(layout) == 5001
    chain = {i: (i - 1 if i > 1 else None) for i in range(1, 5001)}
    layout = tidy_tree(chain)  # no recursion limit on deep chains
    assert layout[5000] == (5000.0, 0.0)
    assert_tidy(chain, layout)
