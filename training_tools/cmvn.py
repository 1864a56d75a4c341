"""Read the global CMVN that FunASR keeps in a Kaldi nnet1 text file (am.mvn).

sherpa-onnx applies CMVN itself, outside the ONNX graph, from the ``neg_mean`` and
``inv_stddev`` metadata; those are the AddShift and Rescale vectors of this file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_VECTOR_AFTER = re.compile(r"<(AddShift|Rescale)>[^\[]*\[([^\]]*)\]", re.S)


@dataclass(frozen=True)
class Cmvn:
    neg_mean: tuple[float, ...]
    inv_stddev: tuple[float, ...]

    @property
    def dim(self) -> int:
        return len(self.neg_mean)


def read_cmvn(path: Path) -> Cmvn:
    """Parse am.mvn; raise ValueError naming the file when it is not the expected layout."""
    text = Path(path).read_text(encoding="utf-8")
    vectors = {name: value.split() for name, value in _VECTOR_AFTER.findall(text)}
    missing = [name for name in ("AddShift", "Rescale") if name not in vectors]
    if missing:
        raise ValueError(f"{path}: no <{'>, <'.join(missing)}> block; is this a FunASR am.mvn file?")
    try:
        neg_mean = tuple(float(v) for v in vectors["AddShift"])
        inv_stddev = tuple(float(v) for v in vectors["Rescale"])
    except ValueError as err:
        raise ValueError(f"{path}: a CMVN value is not a number ({err})") from err
    if len(neg_mean) != len(inv_stddev) or not neg_mean:
        raise ValueError(
            f"{path}: AddShift has {len(neg_mean)} values and Rescale {len(inv_stddev)}; "
            "they must be equal and non-empty"
        )
    return Cmvn(neg_mean, inv_stddev)


def as_metadata(values: tuple[float, ...]) -> str:
    """Comma-joined, in the float format sherpa-onnx parses."""
    return ",".join(repr(v) for v in values)
