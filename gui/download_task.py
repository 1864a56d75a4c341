"""A model download on Qt's thread pool, reporting through signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Signal

from tingxie.core.download import DownloadCancelled, DownloadError
from tingxie.core.model_names import ModelLabel
from tingxie.core.model_store import download_model
from tingxie.core.models import ModelFolderError
from tingxie.gui.i18n import error_text


class DownloadSignals(QObject):
    progress = Signal(str, int, int, float)  # model id, bytes done, total (0 unknown), bytes/s
    finished = Signal(str, str)  # model id, installed folder
    failed = Signal(str, str)  # model id, message
    cancelled = Signal(str)


class DownloadTask(QRunnable):
    def __init__(
        self, model_id: str, url: str, sha256: str | None, size: int | None = None, label: ModelLabel | None = None
    ) -> None:
        super().__init__()
        self.model_id, self.url, self.sha256, self.size, self.label = model_id, url, sha256, size, label
        self.cancel = threading.Event()
        self.signals = DownloadSignals()

    def run(self) -> None:
        def report(p) -> None:
            self.signals.progress.emit(self.model_id, p.done, p.total or 0, p.speed)

        try:
            folder = download_model(self.url, self.model_id, self.sha256, report, self.cancel, self.size, self.label)
        except DownloadCancelled:
            self.signals.cancelled.emit(self.model_id)
        except (DownloadError, ModelFolderError, ValueError, OSError) as err:
            self.signals.failed.emit(self.model_id, error_text(err)[0])  # in the UI language
        else:
            self.signals.finished.emit(self.model_id, str(folder))
