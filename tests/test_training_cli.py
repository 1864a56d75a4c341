"""The training CLI stays usable where torch and FunASR are not installed, and its
--progress json stream is what a program (the Export wizard) can rely on."""

import json
import shutil
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

from tests.helpers import run_cli
from tingxie.core.paths import DEMO_MODEL_DIR
from tingxie.training_tools.progress import Event, Step, export_steps, verify_steps
from tingxie.training_tools.verify import (
    FP32_TOLERANCE,
    INT8_MAX_CER_VS_FP32,
    INT8_MAX_RELATIVE_ERROR,
    INT8_MIN_TOP1_AGREEMENT,
    INT8_TOLERANCES,
)


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


def damaged_int8_folder(folder: Path) -> Path:
    """The demo model with one of its 17 quantised MatMul weights flattened to a constant (the
    metadata kept), beside an intact FP32 copy; both name the demo checkpoint as their source."""
    folder.mkdir()
    shutil.copy(DEMO_MODEL_DIR / "tokens.txt", folder / "tokens.txt")
    for name in ("model.onnx", "model.int8.onnx"):
        model = onnx.load(str(DEMO_MODEL_DIR / name))
        next(p for p in model.metadata_props if p.key == "source_checkpoint").value = str(DEMO_MODEL_DIR / "checkpoint")
        if name == "model.int8.onnx":
            weight = next(i for i in model.graph.initializer if i.name.endswith("_quantized") and len(i.dims) == 2)
            dtype = numpy_helper.to_array(weight).dtype  # int8 (the default), or uint8 for quint8
            flat = np.full(tuple(weight.dims), 128 if dtype == np.uint8 else 0, dtype=dtype)
            weight.CopyFrom(numpy_helper.from_array(flat, weight.name))
        onnx.save(model, str(folder / name))
    return folder


@pytest.fixture(scope="module")
def verify_events(tmp_path_factory) -> tuple[int, list[dict]]:
    """One run over the committed demo model and the damaged copy: the PyTorch checkpoint both
    name runs once."""
    damaged = damaged_int8_folder(tmp_path_factory.mktemp("verify") / "damaged")
    result = run_cli(
        "-m", "tingxie.training_tools", "verify", str(DEMO_MODEL_DIR), str(damaged), "--progress", "json",
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.returncode, progress_events(result.stdout)


def results_of(events: list[dict]) -> dict[str, dict]:
    return {e["model"]: e for e in events if e["event"] == Event.RESULT.value}


def test_verify_progress_json_reports_a_passing_result_per_demo_model(verify_events):
    _, events = verify_events
    steps = [Step(e["step"]) for e in events if e["event"] == Event.STEP.value]
    assert steps == list(verify_steps(models=4))
    results = results_of(events)
    demo = {k: v for k, v in results.items() if k.startswith("tingxie-demo/")}
    assert set(demo) == {"tingxie-demo/model.onnx", "tingxie-demo/model.int8.onnx"}
    assert all(r["passed"] and r["error"] is None and r["failures"] == [] for r in demo.values()), demo
    assert demo["tingxie-demo/model.onnx"]["max_abs_diff"] < 1e-3
    assert demo["tingxie-demo/model.onnx"]["tolerances"] == {"max_abs_diff": FP32_TOLERANCE}
    assert all(r["cer"] == 0.0 for r in demo.values())
    int8 = demo["tingxie-demo/model.int8.onnx"]
    assert int8["tolerances"] == INT8_TOLERANCES
    # 0.58 and 0.009 today with 7-bit QInt8 weights (QUInt8 had 0.31 and 0.005); max|Δ| is shown, not judged
    assert int8["max_abs_diff"] < 1.0 and int8["relative_error"] < INT8_MAX_RELATIVE_ERROR
    assert int8["top1_agreement"] >= INT8_MIN_TOP1_AGREEMENT and int8["cer_vs_fp32"] == 0.0 and int8["lost"] == 0


def test_verify_fails_a_damaged_int8_model(verify_events):
    returncode, events = verify_events
    results = results_of(events)
    assert results["damaged/model.onnx"]["passed"], results["damaged/model.onnx"]
    bad = results["damaged/model.int8.onnx"]
    assert bad["passed"] is False and bad["error"] is None
    assert bad["top1_agreement"] < INT8_MIN_TOP1_AGREEMENT and bad["relative_error"] > INT8_MAX_RELATIVE_ERROR
    assert bad["cer_vs_fp32"] > INT8_MAX_CER_VS_FP32
    assert any(f.startswith("top-1 agreement") for f in bad["failures"]), bad["failures"]
    assert [m for m, r in results.items() if not r["passed"]] == ["damaged/model.int8.onnx"]
    table = next(e["message"] for e in events if e["event"] == Event.LOG.value and "tolerances:" in e.get("message", ""))
    assert "FAIL top-1 agreement" in table and f"INT8 top-1 ≥ {INT8_MIN_TOP1_AGREEMENT:.0%}" in table
    assert returncode == 1
    assert events[-1] == {"event": "done", "ok": False}


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
