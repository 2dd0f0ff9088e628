"""The PySide6 GUI of HoSo."""
