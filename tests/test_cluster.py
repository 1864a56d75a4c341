"""`tingxie transcribe --ray`: a real two-node Ray cluster on loopback, the demo model, real files.

The nodes are `ray start` processes on 127.0.0.2 (head) and 127.0.0.3, one CPU each, dashboard
off, their temp folders inside the test's; each `ray start` runs in a session of its own, and
the test stops exactly the processes of those sessions by PID (never `ray stop`, which would
end every Ray on the machine).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.helpers import REPO, run_cli
from tingxie.core.manifest import MANIFEST_NAME, Entry, FileState, Manifest, SourceStamp
from tingxie.core.paths import SAMPLES_DIR
from tingxie.core.vocabulary import FORMATS, SAMPLE_RATE

HEAD_IP, NODE_IP = "127.0.0.2", "127.0.0.3"
ALL_FORMATS = ",".join(FORMATS)


def make_archive(folder: Path, count: int, repeats: tuple[int, int], seed: int = 0) -> Path:
    """`count` wav files of the bundled samples (the demo model knows only its own sentences),
    each `repeats` min..max samples long with half a second of silence between: lengths vary, so
    longest-first matters."""
    clips = [sf.read(SAMPLES_DIR / f"demo-{i}.wav", dtype="float32")[0] for i in (1, 2, 3)]
    gap = np.zeros(SAMPLE_RATE // 2, dtype=np.float32)
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        picks = rng.integers(0, 3, size=int(rng.integers(repeats[0], repeats[1] + 1)))
        audio = np.concatenate([x for i in picks for x in (clips[i], gap)])
        sf.write(folder / f"rec-{n:03d}.wav", audio, SAMPLE_RATE)
    return folder


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class LoopbackCluster:
    """Ray nodes on loopback addresses of this machine, each one CPU; stopped by their PIDs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = _free_port(HEAD_IP)
        self.address = f"{HEAD_IP}:{self.port}"
        self.nodes: list[int] = []  # the session id of each node's processes
        # Ray >= 2.5x authenticates with a token; this cluster's own, for its nodes and drivers
        self.env = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": uuid.uuid4().hex * 2}

    def _start(self, ip: str, *extra: str) -> None:
        """`ray start` in a session of its own: every process of the node keeps that session id."""
        ray = Path(sys.executable).with_name("ray")
        command = [str(ray), "start", f"--node-ip-address={ip}", "--num-cpus=1", "--object-store-memory=80000000",
                   f"--temp-dir={self.root / f'n{len(self.nodes)}'}", "--disable-usage-stats", *extra]
        env = {**os.environ, **self.env, "TMPDIR": str(self.root),  # a model shipped to the nodes lands here
               # a lost node is noticed in about 2 s, not the default 15-30 s
               "RAY_health_check_period_ms": "500", "RAY_health_check_timeout_ms": "500",
               "RAY_health_check_failure_threshold": "3"}
        starter = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                   start_new_session=True)
        self.nodes.append(starter.pid)
        output, _ = starter.communicate(timeout=120)
        assert starter.returncode == 0, output[-3000:]

    def start(self, nodes: int = 2) -> LoopbackCluster:
        self._start(HEAD_IP, "--head", f"--port={self.port}", "--include-dashboard=false",
                    f"--ray-client-server-port={_free_port(HEAD_IP)}")
        for i in range(1, nodes):
            self._start(f"127.0.0.{2 + i}", f"--address={self.address}")
        return self

    def pids(self, node: int | None = None) -> list[int]:
        """This cluster's processes (or one node's), by session id: Ray rewrites their titles and
        environment, but no Ray process leaves the session its `ray start` was given."""
        sessions = {self.nodes[node]} if node is not None else set(self.nodes)
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except (OSError, IndexError):
                    continue
                if int(fields[3]) in sessions and fields[0] != "Z":  # field 6 of stat: the session id
                    found.append(int(entry.name))
        return found

    def kill(self, node: int | None = None) -> None:
        """SIGKILL a node's processes (or all), again until none is left: a raylet may still spawn."""
        for _ in range(50):
            pids = self.pids(node)
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.2)
        raise AssertionError(f"Ray processes {self.pids(node)} would not stop")


def ray_available() -> bool:
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return sys.platform.startswith("linux")


needs_ray = pytest.mark.skipif(not ray_available(), reason='Ray is not installed here: pip install -e ".[cluster]" (Linux)')


@pytest.fixture(scope="module")
def cluster():
    # unix socket paths must stay under ~107 bytes: a short folder, not pytest's tmp_path
    root = Path(tempfile.mkdtemp(prefix="txr-", dir="/tmp"))
    c = LoopbackCluster(root)
    try:
        yield c.start(2)
    finally:
        c.kill()
        subprocess.run(["rm", "-rf", str(root)], check=False)


def transcribe(*args: str, cluster: LoopbackCluster | None = None) -> subprocess.CompletedProcess:
    """The CLI as a user types it: on one machine (one thread), or on `cluster` (one thread per worker)."""
    extra = ("--ray", cluster.address, "--ray-threads", "1") if cluster else ("--threads", "1")
    return run_cli("-m", "tingxie.core", "transcribe", *args, "--format", ALL_FORMATS, "--quiet", *extra, timeout=300,
                   env_extra=cluster.env if cluster else None)


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != MANIFEST_NAME}


def cluster_transcribe_popen(archive: Path, out: Path, cluster: LoopbackCluster, report: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tingxie.core", "transcribe", str(archive), "--format", ALL_FORMATS, "--quiet",
         "--ray", cluster.address, "--ray-threads", "1", "--output-dir", str(out), "--report", str(report)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ, **cluster.env},
    )


def wait_for_done(out: Path, count: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        path = out / MANIFEST_NAME
        if path.is_file() and path.read_text(encoding="utf-8").count('"state": "done"') >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} files done in {timeout} s")


def final_states(out: Path) -> dict[str, str]:
    return {source: e.state.value for source, e in Manifest(out).entries.items()}


# --- without a cluster -------------------------------------------------------------------------

def test_importing_the_cluster_module_does_not_import_ray():
    code = "import sys, tingxie.core.cluster, tingxie.core.cli; print('ray' in sys.modules)"
    result = run_cli("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_without_ray_the_flag_says_how_to_install_it(tmp_path):
    code = ("import sys; sys.modules['ray'] = None; from tingxie.core.cli import main; "
            f"sys.exit(main(['transcribe', '--ray', 'auto', '--output-dir', {str(tmp_path)!r}, '--format', 'txt']))")
    result = run_cli("-c", code)
    assert result.returncode == 2
    assert result.stderr.strip() == 'error: Ray is not installed; --ray needs it: pip install "tingxie[cluster]"'


def test_the_manifest_skips_only_what_is_really_done(tmp_path):
    source = tmp_path / "a.wav"
    source.write_bytes(b"RIFF-one")
    output = tmp_path / "out" / "a.txt"
    output.parent.mkdir()
    output.write_text("text\n", encoding="utf-8")
    m = Manifest(output.parent).open()
    m.record(Entry(str(source), FileState.DONE, "key1", SourceStamp.of(source, "f" * 64), ("a.txt",)))
    m.close()
    with open(output.parent / MANIFEST_NAME, "a", encoding="utf-8") as f:
        f.write('{"v": 1, "source": "torn by a ki')  # a kill in the middle of a line
    again = Manifest(output.parent)
    assert again.is_done(str(source), source, "key1", [output])
    assert not again.is_done(str(source), source, "key2", [output])  # other options
    assert not again.is_done(str(source), source, "key1", [output, output.with_suffix(".srt")])  # an output missing
    source.write_bytes(b"RIFF-two")  # same size, new content, new mtime
    os.utime(source, ns=(1, 1))
    assert not again.is_done(str(source), source, "key1", [output])


# --- on a real two-node cluster ------------------------------------------------------------------

@needs_ray
def test_two_nodes_write_what_one_machine_writes(cluster, tmp_path):
    archive = make_archive(tmp_path / "archive", 40, (1, 3))
    one = transcribe(str(archive), "--output-dir", str(tmp_path / "one"))
    assert one.returncode == 0, one.stderr
    report = tmp_path / "report.json"
    run = transcribe(str(archive), "--output-dir", str(tmp_path / "ray"), "--report", str(report), cluster=cluster)
    assert run.returncode == 0, run.stderr
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "one")  # byte for byte, every format of 40 files
    assert len(outputs(tmp_path / "one")) == 40 * len(FORMATS)
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert set(figures["nodes"]) == {HEAD_IP, NODE_IP}, figures["nodes"]  # both nodes did work
    assert figures["done"] == 40 and figures["failed"] == 0
    durations = [f["duration"] for f in sorted(figures["files"], key=lambda f: f["started_s"])]
    # longest first: the two workers take the two longest files (which one starts first is a race)
    assert sorted(durations[:2]) == sorted(sorted(durations, reverse=True)[:2])
    assert set(final_states(tmp_path / "ray").values()) == {"done"}

    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ray").iterdir()}
    rerun = transcribe(str(archive), "--output-dir", str(tmp_path / "ray"), "--report", str(report), cluster=cluster)
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["skipped"] == 40
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ray").iterdir() if p.name != MANIFEST_NAME}
    assert after == {k: v for k, v in before.items() if k != MANIFEST_NAME}  # nothing written again


@needs_ray
def test_a_model_shipped_through_ray_gives_the_same_files(cluster, tmp_path):
    archive = make_archive(tmp_path / "archive", 4, (1, 2), seed=1)
    (archive / "broken.wav").write_text("not audio", encoding="utf-8")  # fails, and the run goes on
    one = transcribe(str(archive), "--output-dir", str(tmp_path / "one"))
    report = tmp_path / "report.json"
    run = transcribe(str(archive), "--output-dir", str(tmp_path / "ray"), "--ray-ship-model", "--report", str(report),
                     cluster=cluster)
    assert one.returncode == 1 and run.returncode == 1, one.stderr + run.stderr
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "one") and len(outputs(tmp_path / "one")) == 4 * len(FORMATS)
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert all(w["shipped"] for w in figures["workers"]) and len(figures["workers"]) == 2
    assert "error: broken.wav: not an audio or video file Tingxie can read" in run.stderr
    assert "error: 1 of 5 files failed, 0 not done" in run.stderr
    entry = Manifest(tmp_path / "ray").entries[str(archive / "broken.wav")]
    assert entry.state is FileState.FAILED and "not an audio or video file" in entry.reason


@needs_ray
def test_losing_a_node_or_the_driver_loses_nothing(cluster, tmp_path):
    archive = make_archive(tmp_path / "archive", 24, (12, 24), seed=2)  # ~40-80 s each
    one = transcribe(str(archive), "--output-dir", str(tmp_path / "one"))
    assert one.returncode == 0, one.stderr
    expected = outputs(tmp_path / "one")

    # A worker node dies mid-run: its file in flight goes back to the queue, the head finishes.
    out, report = tmp_path / "node-lost", tmp_path / "node-lost.json"
    driver = cluster_transcribe_popen(archive, out, cluster, report)
    wait_for_done(out, 4)
    cluster.kill(1)
    _, stderr = driver.communicate(timeout=240)
    assert driver.returncode == 0, stderr
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["lost_in_flight"] >= 1 and figures["done"] == 24, figures
    assert outputs(out) == expected
    rerun = transcribe(str(archive), "--output-dir", str(out), "--report", str(report), cluster=cluster)
    assert rerun.returncode == 0 and json.loads(report.read_text(encoding="utf-8"))["skipped"] == 24

    # The driver itself is killed mid-run: a re-run does only what was not done.
    out, report = tmp_path / "driver-lost", tmp_path / "driver-lost.json"
    driver = cluster_transcribe_popen(archive, out, cluster, report)
    wait_for_done(out, 6)
    driver.kill()
    driver.wait(timeout=30)
    done_before = sum(state == "done" for state in final_states(out).values())
    rerun = transcribe(str(archive), "--output-dir", str(out), "--report", str(report), cluster=cluster)
    assert rerun.returncode == 0, rerun.stderr
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["skipped"] == done_before and figures["done"] == 24 - done_before
    assert outputs(out) == expected  # every file, once, and no temporary left behind
    assert set(final_states(out).values()) == {"done"} and len(final_states(out)) == 24
