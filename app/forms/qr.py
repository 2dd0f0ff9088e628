"""QR codes drawn straight onto the page (reportlab's encoder, our own drawing).

The mask pattern is fixed instead of searched: the search makes eight trial
encodings (~25 ms) for a marginal gain in scan robustness, and every copy of a
form carries its own code.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable

QUIET = 4  # modules of white border the standard asks for
_MASK = 0


@dataclass(frozen=True)
class QrMatrix:
    size: int
    runs: tuple[tuple[int, int, int], ...]  # (row, first column, length) of dark modules

    @property
    def path(self) -> str:
        """The dark modules as PDF rectangles in module units (rows going down)."""
        return "\n".join(f"{c} {r} {n} 1 re" for r, c, n in self.runs)


def encode(payload: str) -> QrMatrix:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, _MASK)
    runs = []
    for r, row in enumerate(code.modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return QrMatrix(code.getModuleCount(), tuple(runs))


def draw(canv, m: QrMatrix, x: float, y: float, side: float) -> None:
    """Draw with its quiet zone inside the square (x, y) .. (x + side, y + side)."""
    cell = side / (m.size + 2 * QUIET)
    canv.saveState()
    canv.setFillColorRGB(1, 1, 1)
    canv.rect(x, y, side, side, stroke=0, fill=1)
    canv.setFillColorRGB(0, 0, 0)
    canv.translate(x + QUIET * cell, y + side - QUIET * cell)
    canv.scale(cell, -cell)
    canv.addLiteral(_path(m) + "\nf")  # one precomputed path: thousands of rect() calls cost ~10 ms
    canv.restoreState()


_PATHS: dict[QrMatrix, str] = {}


def _path(m: QrMatrix) -> str:
    p = _PATHS.get(m)
    if p is None:
        if len(_PATHS) > 256:
            _PATHS.clear()
        p = _PATHS[m] = m.path
    return p


class QrFlowable(Flowable):
    """A centred QR code in the flow of a sheet (the fingerprint sheet)."""

    def __init__(self, payload: str, side: float) -> None:
        super().__init__()
        self.matrix, self.side = encode(payload), side

    def wrap(self, aw, ah):
        self._aw = aw
        return aw, self.side

    def draw(self):
        draw(self.canv, self.matrix, (self._aw - self.side) / 2, 0, self.side)
