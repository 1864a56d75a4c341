"""Draw Tingxie's icon once with Qt and write every size and format the installers need.

Run from the repository root after changing the design (needs a CJK font, e.g. fonts-noto-cjk):
    QT_QPA_PLATFORM=offscreen python assets/icons/make_icons.py
It writes tingxie-{16..1024}.png, tingxie.ico (Windows) and tingxie.icns (macOS).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    tile = QRectF(8 * s, 8 * s, 240 * s, 240 * s)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0, QColor("#0f9d8a"))
    gradient.setColorAt(1, QColor("#0b5f8a"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, 52 * s, 52 * s)
    font = QFont("Noto Sans CJK TC")
    font.setWeight(QFont.Weight.Bold)
    font.setPixelSize(round(150 * s))
    glyph = QPainterPath()
    glyph.addText(QPointF(0, 0), font, "聽")
    box = glyph.boundingRect()
    glyph.translate(108 * s - box.center().x(), 128 * s - box.center().y())
    p.setBrush(QColor("white"))
    p.drawPath(glyph)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for i, radius in enumerate((22, 40)):  # sound waves on the right
        pen = QPen(QColor(255, 255, 255, 230 - 60 * i), 11 * s)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        arc = QRectF((182 - radius) * s, (128 - radius) * s, 2 * radius * s, 2 * radius * s)
        p.drawArc(arc, -50 * 16, 100 * 16)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(str(HERE / f"tingxie-{size}.png"))
    ok_ico = images[256].save(str(HERE / "tingxie.ico"), "ICO")
    ok_icns = images[1024].save(str(HERE / "tingxie.icns"), "ICNS")
    print(f"ico {ok_ico}, icns {ok_icns}")
    del app
    return 0 if ok_ico and ok_icns else 1


if __name__ == "__main__":
    sys.exit(main())
