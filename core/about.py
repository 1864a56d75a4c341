"""What Tingxie is: its version (declared once, in pyproject.toml) and the licences of what it
ships, for Help → About, `tingxie --version` and the installers."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from tingxie.core.messages import QT_TRANSLATE_NOOP

DISTRIBUTION = "tingxie"


@dataclass(frozen=True)
class Component:
    name: str
    licence: str


SHIPPED = (
    Component("Tingxie", "Apache-2.0"),
    Component("Silero VAD", "MIT"),
    Component(QT_TRANSLATE_NOOP("core", "3D-Speaker CAM++ zh/en speaker model"), "Apache-2.0"),
    Component(QT_TRANSLATE_NOOP("core", "pyannote segmentation-3.0 speaker turns"), "MIT"),
    Component(QT_TRANSLATE_NOOP("core", "Common Voice zh-TW sentences"), "CC0 1.0"),  # the app translates it
    Component("sherpa-onnx", "Apache-2.0"),
    Component("Qt 6 / PySide6", "LGPL-3.0"),
    Component("OpenCC", "Apache-2.0"),
    Component("FFmpeg (PyAV)", "LGPL-2.1"),
)


def package_version(name: str) -> str:
    """The installed version of a distribution, or 'not installed'."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def app_version() -> str:
    return package_version(DISTRIBUTION)


def sherpa_onnx_version() -> str:
    """From the module itself, which a frozen bundle has even without package metadata."""
    import sherpa_onnx

    return str(getattr(sherpa_onnx, "__version__", package_version("sherpa-onnx")))


def runtime_versions() -> dict[str, str]:
    """The versions a bug report needs: Tingxie, Python and sherpa-onnx (Qt's is the GUI's)."""
    import platform

    return {"Tingxie": app_version(), "Python": platform.python_version(), "sherpa-onnx": sherpa_onnx_version()}
