"""An unexpected error is shown as a short sentence naming the log file, never a traceback."""

import logging

from app import logfile
from ui.dialogs import error_text


def test_unexpected_error_names_the_log_and_hides_the_details(qapp, tmp_path):
    path = logfile.setup(tmp_path / "logs")
    try:
        text = error_text(KeyError("Trần Thị Hồ Sơ"))
        assert str(path) in text and "Trần Thị Hồ Sơ" not in text and "Traceback" not in text
        assert "nhật ký" in text  # Vietnamese first
        for h in logging.getLogger().handlers:
            h.flush()
        logged = path.read_text("utf-8")
        assert "KeyError" in logged and "Trần Thị Hồ Sơ" not in logged
    finally:
        for h in [h for h in logging.getLogger().handlers if getattr(h, "_hoso_file", False)]:
            logging.getLogger().removeHandler(h)
            h.close()
