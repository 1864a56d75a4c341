"""First run with no real model: get the recommended one, import one, or try the demo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class WelcomePanel(QFrame):
    download_recommended = Signal()
    import_folder = Signal()
    use_demo = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(self.tr(
            "Welcome to Tingxie. Only the demo model is installed, and it knows just its own "
            "100 sentences. Get a real SenseVoice model to transcribe your own speech."
        ))
        text.setWordWrap(True)
        buttons = QHBoxLayout()
        for label, signal, name in (
            (self.tr("Download the recommended model"), self.download_recommended, "welcomeDownload"),
            (self.tr("Import a model folder…"), self.import_folder, "welcomeImport"),
            (self.tr("Try the demo model"), self.use_demo, "welcomeDemo"),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
