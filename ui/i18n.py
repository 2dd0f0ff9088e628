"""Installing the Qt translations of the GUI (Vietnamese by default, English on request)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import messages
from app.resources import resource_path

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

_language = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def normalise(lang: str | None) -> str:
    lang = (lang or DEFAULT_LANGUAGE).lower()
    return "en" if lang.startswith("en") else "vi"


def qm_path(lang: str):
    return resource_path("i18n", f"hoso_{lang}.qm")


def install(app: QCoreApplication, lang: str | None) -> str:
    """Load hoso_<lang>.qm (and Qt's own catalogue when Qt ships one) and make
    the core speak the same language. Returns the language in use."""
    global _language
    lang = normalise(lang)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt ships no qtbase_vi.qm; our own catalogue carries the few Qt strings we show.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    locale = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if lang == "vi" else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    messages.set_language(lang)
    _language = lang
    return lang


def language() -> str:
    return _language
