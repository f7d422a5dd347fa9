"""The referral graph at scale: `make bench` (N = 1,000 / 5,000 / 20,000) or `--quick` (1,000).

A benchmark, not a test: prints one table and writes the figures as JSON.

The network is the synthetic one of ``services.generate`` (a referral forest
from Me: a few hundred people met directly, everyone else introduced by someone
met earlier), built in memory, so no database is involved. For each N:

- layout: Giveback's tidy layered layout (``graph_layout.wrapped_layout``, what the
  view runs) against networkx's ``bfs_layout`` of the same tree from Me, in the
  same run (median of 3). ``bfs_layout`` is networkx's layered layout (layers by
  distance from a start node, then ``multipartite_layout``): the same kind of
  picture and linear too, so the ratio is fair (a force layout such as
  ``spring_layout`` is O(n²) per iteration and not a fair match: see PITFALLS);
- build: making the scene's items for the whole graph in one go (``GraphScene.show_graph``);
- slices: the same build as the page does it for a big graph, a slice per turn of the
  event loop (``GraphScene.start_graph``): its total time, and how long the event loop
  was kept from other events (timed with a 5 ms timer): the 90th percentile of those
  waits (target: under 100 ms) and the longest (target: under 500 ms, even for the last
  slice that finishes up);
- pan: frames per second while scrolling the graph view (1440 × 860, offscreen,
  software rendering) zoomed in (100 %, cards with text), zoomed out (30 %,
  cards without text) and fitted (the whole graph), each frame a scroll step and
  a full repaint of the viewport.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"layout_5000_s": 1.0, "pan_fps_20000": 30.0, "block_p90_s": 0.1, "block_max_s": 0.5}
PAN_FRAMES = 60
ZOOMS = {"zoomed in": 1.0, "zoomed out": 0.3, "fitted": None}


def network(n: int):
    """The placed people of a generated network of *n* contacts, as the view gets them."""
    from crm_desktop.services.graph.referrals import GraphData, GraphNode
    from crm_desktop.services.sample import generate

    rows = generate.make_rows(n, meetings_per_contact=0)
    companies = {row[0]: row[1] for row in rows["company"]}
    people = {row[0]: (row[1], companies.get(row[2], "")) for row in rows["contact"]}
    introducer = {row[0]: row[1] for row in rows["referral"]}
    nodes = {i: GraphNode(i, *people[i]) for i in introducer}
    return GraphData(nodes, introducer)


def median_seconds(run, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def layout_times(data) -> dict:
    import networkx as nx

    from crm_desktop.services.graph.layout import children_of, parents, wrapped_layout
    from crm_desktop.services.text import fold
    from crm_desktop.ui.graph.style import COLUMN_SPACING, ROW_SPACING

    names = {i: fold(node.full_name) for i, node in data.nodes.items()}

    def ours_once() -> None:  # what the scene runs: the tree, then the wrapped layout
        tree = children_of(data.introducer, sort_key=names.__getitem__)
        wrapped_layout(tree, COLUMN_SPACING / ROW_SPACING)

    ours = median_seconds(ours_once)
    tree = nx.Graph()  # the tree as drawn: an introducer who is not placed counts as Me
    tree.add_node("me")
    tree.add_edges_from(
        (up if up is not None else "me", node) for node, up in parents(data.introducer).items()
    )
    try:
        theirs = median_seconds(lambda: nx.bfs_layout(tree, "me"))
    except ImportError as err:  # networkx's layouts need numpy, which the app does not
        print(f"-- networkx layout skipped: {err} (pip install numpy)", file=sys.stderr)
        return {"layout_s": ours, "networkx_bfs_s": None, "layout_ratio": None}
    return {"layout_s": ours, "networkx_bfs_s": theirs, "layout_ratio": ours / theirs}


def pan_fps(canvas, app, zoom: float | None) -> float:
    """Frames per second scrolling down-right through the graph at *zoom*."""
    if zoom is None:
        canvas.fit()
    else:
        canvas.auto_fit = False  # as after the user zoomed: a resize keeps the zoom
        canvas.set_zoom(zoom)
        canvas.centerOn(canvas.graph_scene.sceneRect().center())
    app.processEvents()
    viewport = canvas.viewport()
    viewport.grab()  # warm caches
    bars = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    t0 = time.perf_counter()
    for frame in range(PAN_FRAMES):
        step = 1 if frame % 40 < 20 else -1  # back and forth, staying among the cards
        for bar in bars:
            bar.setValue(bar.value() + step * 25)
        viewport.grab()  # a full repaint of what is on screen
    return PAN_FRAMES / (time.perf_counter() - t0)


def sliced_build(data, app) -> tuple[float, float, float]:
    """Seconds for a build in slices, and how long the event loop was blocked meanwhile:
    the 90th percentile and the longest."""
    from PySide6.QtCore import QTimer

    from crm_desktop.ui.graph.canvas import GraphCanvas
    from crm_desktop.ui.graph.scene import GraphScene

    scene = GraphScene()
    canvas = GraphCanvas(scene)
    canvas.expect_graph(len(data.nodes))  # as the page does before a build in slices
    finished: list[bool] = []
    scene.build_finished.connect(lambda: finished.append(True))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    t0 = last[0] = time.perf_counter()
    scene.start_graph(data)
    while not finished:
        app.processEvents()
    total = time.perf_counter() - t0
    app.processEvents()  # the tick after the last slice
    ticker.stop()
    canvas.deleteLater()
    scene.deleteLater()
    gaps = sorted(gaps) or [total]
    return total, gaps[len(gaps) * 9 // 10], gaps[-1]


def bench(n: int, app) -> dict:
    from crm_desktop.ui.graph.canvas import GraphCanvas
    from crm_desktop.ui.graph.scene import GraphScene

    print(f"-- N = {n:,}: layout…", file=sys.stderr, flush=True)
    data = network(n)
    result = {"n": n, "placed": len(data.nodes), **layout_times(data)}
    print(f"-- N = {n:,}: items and panning…", file=sys.stderr, flush=True)
    # In slices first: a scene built earlier files its items in Qt's index on a timer,
    # which would land in the middle of this measurement.
    result["slices_s"], result["block_p90_s"], result["longest_block_s"] = sliced_build(data, app)
    scene = GraphScene()
    t0 = time.perf_counter()
    scene.show_graph(data)
    result["build_s"] = time.perf_counter() - t0
    canvas = GraphCanvas(scene)
    canvas.graph_changed()  # what the page does after each rebuild: index depth, culling
    canvas.resize(1440, 860)
    canvas.show()
    app.processEvents()
    for name, zoom in ZOOMS.items():
        result[f"fps {name}"] = pan_fps(canvas, app, zoom)
        result[f"zoom {name}"] = canvas.zoom()
    canvas.close()
    canvas.deleteLater()
    scene.deleteLater()
    app.processEvents()
    return result


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.1f}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(results: list[dict]) -> str:
    lines = [
        f"{'N':>7} {'placed':>7} {'layout ms':>9} {'nx bfs ms':>9} {'ratio':>6} "
        f"{'build s':>7} {'slices s':>8} {'p90 ms':>6} {'block ms':>8} "
        + " ".join(f"{'fps ' + name:>14}" for name in ZOOMS)
    ]
    for r in results:
        lines.append(
            f"{r['n']:>7,} {r['placed']:>7,} {r['layout_s'] * 1000:>9.1f} "
            f"{_ms(r['networkx_bfs_s']):>9} {_ratio(r['layout_ratio']):>6} "
            f"{r['build_s']:>7.2f} {r['slices_s']:>8.2f} {r['block_p90_s'] * 1000:>6.0f} "
            f"{r['longest_block_s'] * 1000:>8.0f} "
            + " ".join(f"{r['fps ' + name]:>14.1f}" for name in ZOOMS)
        )
    lines.append(
        "layout = Giveback's tidy layered layout; nx bfs = networkx.bfs_layout of the same tree "
        "(ratio = ours / networkx); build = the scene's items in one go; slices = the same in "
        "slices, p90 and block = the 90th percentile and the longest of the event loop's waits "
        "meanwhile; fps = scroll + repaint of a "
        "1440x860 view (zoomed in 100 %, zoomed out 30 %, fitted to the whole graph)."
    )
    by_n = {r["n"]: r for r in results}
    for r in results:
        ok = (
            r["block_p90_s"] < TARGETS["block_p90_s"]
            and r["longest_block_s"] < TARGETS["block_max_s"]
        )
        lines.append(
            f"  {'met   ' if ok else 'MISSED'}  a build in slices of {r['placed']:,} people keeps "
            "the event loop's waits under 100 ms (p90) and 500 ms (longest)"
        )
    if 5000 in by_n:
        ok = by_n[5000]["layout_s"] < TARGETS["layout_5000_s"]
        lines.append(f"  {'met   ' if ok else 'MISSED'}  layout of 5,000 people < 1 s")
    if 20000 in by_n:
        slowest = min(by_n[20000][f"fps {name}"] for name in ZOOMS)
        ok = slowest >= TARGETS["pan_fps_20000"]
        lines.append(f"  {'met   ' if ok else 'MISSED'}  panning at 20,000 people >= 30 fps")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only N = 1,000 (for CI)")
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--json", default="build/bench/graph.json", help="where to write")
    args = parser.parse_args()
    from crm_desktop.ui.shell.app import create_application

    app = create_application()
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    results = [bench(n, app) for n in sizes]
    print(table(results))
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    machine = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    out.write_text(
        json.dumps({"machine": machine, "targets": TARGETS, "results": results}, indent=2)
    )
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
