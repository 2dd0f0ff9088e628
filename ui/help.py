"""In-app help: the user guide (docs/guide.vi.md or guide.en.md), one section at a time.

The guide is the one source of truth, written for people and read here as is.
Each section starts with a marker line `<!-- help: ID -->` (invisible when the
Markdown is rendered elsewhere); F1 maps the current area, tab or dialog to an
ID. Pictures are looked up beside the guide (images/<lang>/NAME.png).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QWidget

from app.resources import resource_path, resources_dir

from . import i18n

MARKER = re.compile(r"^<!--\s*help:\s*([a-z0-9-]+)\s*-->\s*$")

# Areas of the main window (by the Workspace attribute holding the page) and
# Administration tabs (by AdministrationPage attribute) → guide section.
AREA_SECTIONS = {"start": "start", "dossiers": "dossiers", "cases": "cases", "registers": "registers",
                 "exchange": "exchange", "compliance": "compliance", "reports": "reports", "admin": "admin"}
ADMIN_TAB_SECTIONS = {"users": "users", "password": "admin", "backup": "backup", "audit": "admin", "settings": "admin"}
# Windows opened from the areas, by class name (no imports: help must not pull every area in).
# A module-qualified name wins over a bare one (two classes may share a name).
WINDOW_SECTIONS = {"CaseWindow": "cases", "NewCaseDialog": "cases", "ProposeDialog": "cases", "DossierEditor": "dossiers",
                   "ImportWizard": "excel", "PreviewDialog": "print", "VerifyDialog": "print", "SendWizard": "exchange",
                   "FirstStartWizard": "first-start", "LoginDialog": "login", "RecoveryDialog": "lost-password",
                   "DossierLevelDialog": "secrecy-level", "ActionDialog": "registers", "DecisionDialog": "compliance",
                   "RegisterCarrierDialog": "carriers", "TakeOutDialog": "carriers", "DecideDialog": "destruction",
                   "ui.compliance.destruction_tab.ProposeDialog": "destruction", "IncidentReportDialog": "incidents"}
# Tabs of the other areas (the page's `tabs`), by the class of the tab shown; also found above a dialog they opened.
TAB_SECTIONS = {"ConflictsTab": "conflicts", "TermsTab": "compliance", "CarriersTab": "carriers", "DestructionTab": "destruction",
                "IncidentsTab": "incidents", "YearlyTab": "yearly-report"}
DEFAULT_SECTION = "overview"


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    markdown: str


def guide_dir() -> Path:
    """Where guide.<lang>.md lives: resources/guide in a build that copies it there,
    else docs/ beside resources/ (a checkout, or a frozen build that ships docs/)."""
    for folder in (resource_path("guide"), resources_dir().parent / "docs"):
        if (folder / "guide.vi.md").is_file():
            return folder
    return resources_dir().parent / "docs"


def guide_path(lang: str) -> Path:
    return guide_dir() / f"guide.{'vi' if lang == 'vi' else 'en'}.md"


def load_sections(lang: str) -> list[Section]:
    """The guide cut at its markers; text before the first marker is left out (title, contents)."""
    try:
        lines = guide_path(lang).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    sections: list[Section] = []
    current: str | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            title = next((l.lstrip("#").strip() for l in body if l.startswith("#")), current)
            sections.append(Section(current, title, "\n".join(body).strip() + "\n"))

    for line in lines:
        m = MARKER.match(line.strip())
        if m:
            close()
            current, body = m.group(1), []
        elif current is not None:
            body.append(line)
    close()
    return sections


def section_for(window, active: QWidget | None = None) -> str:
    """The guide section for what the user is looking at: the active dialog, else the main window's area."""
    w = active
    while w is not None:
        for cls in type(w).__mro__:
            for key in (f"{cls.__module__}.{cls.__name__}", cls.__name__):
                if key in WINDOW_SECTIONS or key in TAB_SECTIONS:
                    return WINDOW_SECTIONS.get(key) or TAB_SECTIONS[key]
        w = w.parentWidget()
    ws = getattr(window, "workspace", None)
    if ws is None:
        return "login"  # locked: the lock screen
    page = ws.pages.currentWidget()
    for attr, section in AREA_SECTIONS.items():
        if ws.built(attr) is page:  # not `getattr`: that would build every area's page
            if attr == "admin":
                current = page.tabs.currentWidget()
                for tab, tab_section in ADMIN_TAB_SECTIONS.items():
                    widget = getattr(page, tab, None)
                    if widget is not None and (widget is current or widget.parent() is current):
                        return tab_section
            tabs = getattr(page, "tabs", None)
            current = tabs.currentWidget() if tabs is not None else None
            return TAB_SECTIONS.get(type(current).__name__, section) if current is not None else section
    return DEFAULT_SECTION


class GuideBrowser(QTextBrowser):
    """Pictures from the guide's folder, scaled down to the width available."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)

    def loadResource(self, kind: int, url: QUrl):
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value and not url.scheme():
            image = QImage(str(self.folder / url.path()))
            if not image.isNull():
                width = max(320, min(image.width(), self.viewport().width() - 40))
                return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return super().loadResource(kind, url)


class HelpWindow(QDialog):
    """Contents on the left, the chosen section on the right. Non-modal: it can stay open beside the work."""

    def __init__(self, section: str = DEFAULT_SECTION, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HoSo — user guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.lang = lang or i18n.language()
        self.sections = load_sections(self.lang)
        self.current = ""
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        self.contents.setMaximumWidth(300)
        self.contents.setMinimumWidth(200)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for s in self.sections:
            item = QListWidgetItem(s.title, self.contents)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
        self.browser = GuideBrowser(guide_dir(), self)
        self.browser.setAccessibleName(self.tr("Guide text"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(splitter)
        self.contents.currentRowChanged.connect(self._row_chosen)
        self.resize(960, 680)
        self.show_section(section)

    def section_ids(self) -> list[str]:
        return [s.id for s in self.sections]

    def show_section(self, section_id: str) -> None:
        ids = self.section_ids()
        if not ids:
            self.current = ""
            self.browser.setPlainText(self.tr("The user guide was not found ({path}). Reinstall HoSo or tell your administrator.").format(path=str(guide_path(self.lang))))
            return
        row = ids.index(section_id) if section_id in ids else (ids.index(DEFAULT_SECTION) if DEFAULT_SECTION in ids else 0)
        if self.contents.currentRow() == row:
            self._row_chosen(row)
        else:
            self.contents.setCurrentRow(row)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            s = self.sections[row]
            self.current = s.id
            self.browser.setMarkdown(s.markdown)
            self.browser.verticalScrollBar().setValue(0)


def show_help(owner: QWidget, section: str) -> HelpWindow:
    """Open (or bring forward) the owner's help window at `section`."""
    window: HelpWindow | None = getattr(owner, "_help_window", None)
    try:
        if window is not None:
            window.isVisible()  # raises if Qt already deleted it
    except RuntimeError:
        window = None
    if window is None or window.lang != i18n.language():
        window = HelpWindow(section, parent=owner)
        owner._help_window = window
    else:
        window.show_section(section)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
