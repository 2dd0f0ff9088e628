"""The log file keeps where an error happened, never what it was about."""

import logging
import stat

from app import logfile


def test_exception_is_logged_without_its_message(tmp_path):
    path = logfile.setup(tmp_path / "logs")
    try:
        try:
            raise ValueError("Nguyễn Văn Bí Mật 001085012345")
        except ValueError as exc:
            logging.getLogger("hoso.test").error("unexpected error", exc_info=exc)
        for h in logging.getLogger().handlers:
            h.flush()
        text = path.read_text("utf-8")
        assert "unexpected error" in text
        assert "ValueError" in text and "test_logfile.py" in text
        assert "Bí Mật" not in text and "001085012345" not in text
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert logfile.current_path() == path
    finally:
        for h in [h for h in logging.getLogger().handlers if getattr(h, "_hoso_file", False)]:
            logging.getLogger().removeHandler(h)
            h.close()


def test_setup_twice_keeps_one_file_handler(tmp_path):
    logfile.setup(tmp_path / "a")
    logfile.setup(tmp_path / "b")
    try:
        handlers = [h for h in logging.getLogger().handlers if getattr(h, "_hoso_file", False)]
        assert len(handlers) == 1 and logfile.current_path() == tmp_path / "b" / "hoso.log"
    finally:
        for h in handlers:
            logging.getLogger().removeHandler(h)
            h.close()
