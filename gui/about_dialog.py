"""Help → About: the version (from pyproject, through the package metadata), the runtime versions,
the model in use, and the licences of everything Tingxie ships."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tingxie.core.about import SHIPPED, app_version, runtime_versions
from tingxie.core.messages import CORE_CONTEXT
from tingxie.gui.icon import app_icon


class AboutDialog(QDialog):
    def __init__(self, model_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Tingxie"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        text = QLabel(self._html(model_name))
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _html(self, model_name: str | None) -> str:
        versions = runtime_versions()
        rows = [
            (self.tr("Version"), app_version()),
            ("Python", versions["Python"]),
            ("sherpa-onnx", versions["sherpa-onnx"]),
            ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
            (self.tr("Model in use"), model_name or self.tr("none")),
        ]
        table = "".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows)
        names = [QCoreApplication.translate(CORE_CONTEXT, c.name) for c in SHIPPED]  # a data set's name is a phrase
        licences = "".join(f"<li>{escape(name)}: {escape(c.licence)}</li>" for name, c in zip(names, SHIPPED))
        title = self.tr("Tingxie 聽寫")
        summary = self.tr("Offline speech to text for Taiwanese Mandarin.")
        heading = self.tr("Licences")
        return (
            f"<h3>{escape(title)}</h3><p>{escape(summary)}</p><table>{table}</table>"
            f"<p>{escape(heading)}</p><ul>{licences}</ul>"
        )
