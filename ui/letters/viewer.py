"""Showing PDFs and images from memory: no temporary file, bytes wiped on clear."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

MAX_IMAGE_WIDTH = 1400


class DocumentViewer(QWidget):
    """A PDF (QPdfView over a QBuffer) or an image (QLabel), shown from bytes in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("Voorbeeld van het document"))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Afbeelding"))
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.empty = QLabel(self.tr("Nog geen voorbeeld."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6368;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.pdf_view)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount()) if self.stack.currentIndex() == 1 else 0

    def show_pdf(self, pdf: bytes) -> bool:
        self.clear()
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        self.stack.setCurrentIndex(1 if ok else 0)
        return ok

    def show_image(self, content: bytes) -> bool:
        self.clear()
        img = QImage.fromData(content)
        if img.isNull():
            return False
        if img.width() > MAX_IMAGE_WIDTH:  # a 300 dpi scan: fit it to a readable width
            img = img.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(QPixmap.fromImage(img))
        self.stack.setCurrentIndex(2)
        return True

    def show_document(self, content: bytes, mime: str) -> bool:
        if mime == "application/pdf":
            return self.show_pdf(content)
        return self.show_image(content)

    def clear(self) -> None:
        """Drop what is shown and overwrite the bytes held by Qt."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if self._data is not None:
            self._data.fill(0)
            self._data = None
        self.image.clear()
        self.stack.setCurrentIndex(0)
