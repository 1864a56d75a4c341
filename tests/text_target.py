"""The application the user dictates into: one text field with the focus, printing its whole
content as a JSON line on every change (and READY once it has the focus). Tk when there is
one, else a Qt QLineEdit."""

from __future__ import annotations

import json
import sys


def report(kind: str, text: str = "") -> None:
    print(json.dumps({"kind": kind, "text": text}, ensure_ascii=False), flush=True)


def run_tk() -> None:
    import tkinter as tk

    root = tk.Tk()
    root.title("target")
    content = tk.StringVar()
    entry = tk.Entry(root, textvariable=content, width=80)
    entry.pack()
    content.trace_add("write", lambda *_: report("text", content.get()))

    def focus() -> None:
        entry.focus_force()
        root.after(200, lambda: report("ready"))

    root.after(300, focus)
    root.mainloop()


def run_qt() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication(sys.argv)
    field = QLineEdit()
    field.setMinimumWidth(600)
    field.textChanged.connect(lambda text: report("text", text))
    field.show()

    def focus() -> None:
        field.activateWindow()
        field.setFocus()
        QTimer.singleShot(200, lambda: report("ready"))

    QTimer.singleShot(300, focus)
    app.exec()


if __name__ == "__main__":
    try:
        import tkinter  # noqa: F401
    except ImportError:
        run_qt()
    else:
        run_tk()
