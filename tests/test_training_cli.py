"""The training CLI stays usable where torch and FunASR are not installed, and its
--progress json stream is what a program (the Export wizard) can rely on."""

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tingxie.core.paths import DEMO_MODEL_DIR
from tingxie.training_tools.progress import Event, Step, export_steps, verify_steps


def test_help_imports_no_heavy_module():
    code = (
        "import sys; from tingxie.training_tools.cli import build_parser; build_parser().format_help();"
        "heavy = {'torch', 'funasr', 'onnxruntime'} & set(sys.modules); assert not heavy, heavy"
    )
    result = run_cli("-c", code)
    assert result.returncode == 0, result.stderr


def test_help_lists_the_verbs():
    result = run_cli("-m", "tingxie.training_tools", "--help")
    assert result.returncode == 0
    for verb in ("export", "verify", "demo-model"):
        assert verb in result.stdout


def progress_events(stdout: str) -> list[dict]:
    """Every stdout line of a --progress json run is one JSON object; json.loads fails otherwise."""
    return [json.loads(line) for line in stdout.splitlines()]


def test_export_progress_json_reports_each_step_and_done(tmp_path):
    result = run_cli(
        "-m", "tingxie.training_tools", "export", "--checkpoint", str(DEMO_MODEL_DIR / "checkpoint"),
        "--output-dir", str(tmp_path), "--progress", "json",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    events = progress_events(result.stdout)
    steps = [e for e in events if e["event"] == Event.STEP.value]
    assert [Step(e["step"]) for e in steps] == list(export_steps(int8=True))
    assert [(e["index"], e["total"]) for e in steps] == [(i, len(steps)) for i in range(1, len(steps) + 1)]
    wrote = [e for e in events if e["event"] == Event.WROTE.value]
    assert [Path(e["path"]) for e in wrote] == [tmp_path / "model.onnx", tmp_path / "model.int8.onnx"]
    assert all(Path(e["path"]).stat().st_size / 1e6 == pytest.approx(e["size_mb"], abs=1e-3) for e in wrote)
    assert events[-1] == {"event": "done", "ok": True}


def test_verify_progress_json_reports_a_passing_result_per_model():
    result = run_cli(
        "-m", "tingxie.training_tools", "verify", str(DEMO_MODEL_DIR), "--progress", "json",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    events = progress_events(result.stdout)
    steps = [Step(e["step"]) for e in events if e["event"] == Event.STEP.value]
    assert steps == list(verify_steps(models=2))
    results = {e["model"]: e for e in events if e["event"] == Event.RESULT.value}
    assert set(results) == {"tingxie-demo/model.onnx", "tingxie-demo/model.int8.onnx"}
    assert all(r["passed"] and r["error"] is None for r in results.values()), results
    assert results["tingxie-demo/model.onnx"]["max_abs_diff"] < 1e-3
    assert all(r["cer"] == 0.0 for r in results.values())
    assert events[-1] == {"event": "done", "ok": True}


def test_progress_json_turns_a_failure_into_error_and_done_events(tmp_path):
    (tmp_path / "config.yaml").write_text("model: SenseVoiceSmall\n", encoding="utf-8")  # no model.pt
    result = run_cli(
        "-m", "tingxie.training_tools", "export", "--checkpoint", str(tmp_path), "--output-dir", str(tmp_path / "out"),
        "--progress", "json",
    )
    assert result.returncode == 2
    events = progress_events(result.stdout)
    assert [e["event"] for e in events[-2:]] == ["error", "done"]
    assert "missing model.pt" in events[-2]["message"]
    assert events[-1] == {"event": "done", "ok": False}
    assert "Traceback" not in result.stderr
