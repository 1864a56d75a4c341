"""The INT8 weight formats an exported SenseVoice model can have, and where each runs right.

onnxruntime's dynamic quantisation multiplies uint8 activations by the weights. With int8
weights (QInt8) that is the fastest kernel on x86, but without VNNI instructions it sums pairs
of products in 16 bits, which saturate on full-range 8-bit weights and spoil the logits;
7-bit weights (``reduce_range``) cannot saturate. So the export's default is QInt8 with 7-bit
weights: right on every CPU and the fastest measured (bench/README.md). Full-range QInt8 is
offered for CPUs with VNNI, and refused at load on an x86 CPU without it.
"""

from __future__ import annotations

import functools
import platform
from enum import Enum
from pathlib import Path

METADATA_KEY = "tingxie_int8_weights"  # written by the export into the INT8 file's metadata


class Int8Weights(str, Enum):
    QINT8_7BIT = "qint8-7bit"  # QInt8, reduce_range: the default
    QUINT8 = "quint8"  # what sherpa-onnx's own export script writes
    QINT8 = "qint8"  # full-range QInt8: right only where the CPU has VNNI (or is not x86)

    @property
    def onnx_weight_type(self) -> str:
        """onnxruntime.quantization.QuantType's member name."""
        return "QUInt8" if self is Int8Weights.QUINT8 else "QInt8"

    @property
    def reduce_range(self) -> bool:
        return self is Int8Weights.QINT8_7BIT


DEFAULT_INT8_WEIGHTS = Int8Weights.QINT8_7BIT


def is_x86() -> bool:
    return platform.machine().lower() in ("x86_64", "amd64", "i386", "i686", "x86")


@functools.cache
def cpu_has_vnni() -> bool:
    """AVX512-VNNI or AVX-VNNI; read from /proc/cpuinfo on Linux, from numpy's CPU dispatch
    table elsewhere, once a process (every model validation asks). Unknown counts as no:
    refusing a fast file is better than wrong text."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        flags = {f for line in cpuinfo.read_text(errors="replace").splitlines()
                 if line.startswith("flags") for f in line.split(":", 1)[1].split()}
        return bool(flags & {"avx512_vnni", "avx_vnni"})
    try:
        from numpy._core._multiarray_umath import __cpu_features__ as features
    except ImportError:
        return False
    return bool(features.get("AVX512VNNI") or features.get("AVXVNNI"))


def runs_right_here(weights: Int8Weights) -> bool:
    return weights is not Int8Weights.QINT8 or not is_x86() or cpu_has_vnni()
