"""NetworkX side of the centrality comparison: same canonical CSV, same projection.

The app's metrics graph is undirected, simple (parallel relationships merged) and
unweighted by default, with every node present; nx.Graph built from the rows is the
same graph. Only the algorithm calls are timed for the ratio; loading separately.

usage: python3 networkx_bench.py NODES_CSV RELATIONSHIPS_CSV REPEATS OUT_JSON
"""

import csv
import json
import sys
import time

import networkx as nx


def load(nodes_csv: str, rels_csv: str) -> nx.Graph:
    graph = nx.Graph()
    with open(nodes_csv, newline="", encoding="utf-8") as f:
        graph.add_nodes_from(row["id"] for row in csv.DictReader(f))
    with open(rels_csv, newline="", encoding="utf-8") as f:
        graph.add_edges_from(
            (row["source"], row["target"])
            for row in csv.DictReader(f)
            if row["source"] != row["target"]
        )
    return graph


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def main() -> None:
    nodes_csv, rels_csv, repeats, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    load_seconds, graph = timed(lambda: load(nodes_csv, rels_csv))
    nx.pagerank(nx.path_graph(3))  # imports SciPy outside the timed calls
    betweenness_seconds, pagerank_seconds = [], []
    for _ in range(repeats):
        seconds, betweenness = timed(lambda: nx.betweenness_centrality(graph, normalized=True))
        betweenness_seconds.append(seconds)
        seconds, pagerank = timed(lambda: nx.pagerank(graph, alpha=0.85, weight=None))
        pagerank_seconds.append(seconds)
    result = {
        "networkx": nx.__version__,
        "python": sys.version.split()[0],
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "loadSeconds": load_seconds,
        "betweennessSeconds": betweenness_seconds,
        "pagerankSeconds": pagerank_seconds,
        "betweenness": betweenness,
        "pagerank": pagerank,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
