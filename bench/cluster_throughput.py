"""`tingxie transcribe --ray` on 1 and 2 single-CPU Ray nodes of this machine vs the plain CLI,
side by side in one run: throughput, the scaling ratio, and Ray's overhead per file.

    python bench/cluster_throughput.py                       # 32 files of ~40-80 s (about 2 minutes)
    python bench/cluster_throughput.py --files 8             # shorter (under a minute)
    python bench/cluster_throughput.py --files 96 --repeats 24,48   # longer, steadier figures

Needs the cluster extra (`pip install -e ".[cluster]"`) and Linux (the nodes listen on 127.0.0.2
and 127.0.0.3). The audio is the bundled samples concatenated; the model is the bundled demo.
Every run transcribes the same folder with one recognition thread per worker (`--threads 1` for
the plain CLI), into a fresh output folder.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the loopback cluster and the test audio are the cluster test's own

from tests.test_cluster import ALL_FORMATS, LoopbackCluster, make_archive  # noqa: E402


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - started


def plain(archive: Path, out: Path) -> float:
    return timed([sys.executable, "-m", "tingxie.core", "transcribe", str(archive), "--format", ALL_FORMATS,
                  "--output-dir", str(out), "--threads", "1", "--quiet"])


def on_cluster(archive: Path, out: Path, root: Path, nodes: int) -> dict:
    import os

    cluster = LoopbackCluster(root / f"c{nodes}")
    cluster.root.mkdir()
    try:
        cluster.start(nodes)
        report = root / f"report-{nodes}.json"
        wall = timed([sys.executable, "-m", "tingxie.core", "transcribe", str(archive), "--format", ALL_FORMATS,
                      "--output-dir", str(out), "--quiet", "--ray", cluster.address, "--ray-threads", "1",
                      "--report", str(report)], env={**os.environ, **cluster.env})
    finally:
        cluster.kill()
    figures = json.loads(report.read_text(encoding="utf-8"))
    return {**figures, "process_s": wall, "work_s": figures["wall_s"] - figures["startup_s"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=32)
    parser.add_argument("--repeats", default="12,24", help="samples per file, min,max (each ~1.5-4.5 s)")
    args = parser.parse_args()
    low, high = (int(v) for v in args.repeats.split(","))
    root = Path(tempfile.mkdtemp(prefix="txb-", dir="/tmp"))  # short: Ray's socket paths
    try:
        archive = make_archive(root / "archive", args.files, (low, high))
        first = make_archive(root / "first", 1, (low, high))
        plain_all = plain(archive, root / "plain")
        plain_one = plain(first, root / "plain-one")
        one = on_cluster(archive, root / "ray1", root, 1)
        two = on_cluster(archive, root / "ray2", root, 2)
        same = all((root / "plain" / p.name).read_bytes() == p.read_bytes()
                   for p in sorted((root / "ray2").iterdir()) if not p.name.startswith("."))
    finally:
        shutil.rmtree(root, ignore_errors=True)

    n, audio = args.files, one["audio_s"]
    plain_per_file = (plain_all - plain_one) / max(1, n - 1)  # the CLI's start-up and model load cancel out
    works = (plain_per_file * n, one["work_s"], two["work_s"])  # from the workers' start to the last file
    walls = (plain_all, one["process_s"], two["process_s"])  # the whole command
    rows = {
        "wall s (whole command)": walls,
        "start-up s (wall - work)": tuple(w - k for w, k in zip(walls, works)),
        "work s": works,
        "audio h/h (wall)": tuple(audio / w for w in walls),
        "audio h/h (work)": tuple(audio / w for w in works),
    }
    print(f"{n} files, {audio / 60:.1f} min of audio, demo model, 1 thread per worker; outputs identical: {same}")
    print(f"{'':28}{'plain CLI':>12}{'Ray 1 node':>12}{'Ray 2 nodes':>12}")
    for name, values in rows.items():
        print(f"{name:28}" + "".join(f"{v:12.2f}" for v in values))
    print(f"scaling 2 nodes / 1 node (work): {rows['audio h/h (work)'][2] / rows['audio h/h (work)'][1]:.2f}"
          f"  (wall: {rows['audio h/h (wall)'][2] / rows['audio h/h (wall)'][1]:.2f}; target >= 1.60 = 0.8 x nodes)")
    files = one["files"]
    roundtrip = sum(f["roundtrip_s"] - f["seconds"] for f in files) / len(files)
    ray_per_file = one["work_s"] / n
    print(f"Ray overhead per file: {1000 * (ray_per_file - plain_per_file):.1f} ms vs the plain CLI "
          f"({1000 * ray_per_file:.1f} vs {1000 * plain_per_file:.1f} ms a file), of which "
          f"{1000 * roundtrip:.1f} ms hand-over and result; start-up {walls[1] - works[1]:.1f} s once per run")


if __name__ == "__main__":
    main()
