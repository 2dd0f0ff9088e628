"""Qt's own strings that HoSo shows, so that lupdate puts them in our catalogue.

Qt ships no Vietnamese catalogue (qtbase_vi.qm); without these, standard
buttons and edit menus would appear in English. Never imported at run time.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Standard buttons of QMessageBox and QDialogButtonBox.
QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
QT_TRANSLATE_NOOP("QPlatformTheme", "Save")
QT_TRANSLATE_NOOP("QPlatformTheme", "Open")
QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")
QT_TRANSLATE_NOOP("QPlatformTheme", "&No")
QT_TRANSLATE_NOOP("QPlatformTheme", "Close")
QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")
QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")
QT_TRANSLATE_NOOP("QPlatformTheme", "Help")
QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")
QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")
QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")
QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")
QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")
QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")
QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")
QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")
QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")

# Context menu of line edits and read-only text.
QT_TRANSLATE_NOOP("QLineEdit", "&Undo")
QT_TRANSLATE_NOOP("QLineEdit", "&Redo")
QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")
QT_TRANSLATE_NOOP("QLineEdit", "&Copy")
QT_TRANSLATE_NOOP("QLineEdit", "&Paste")
QT_TRANSLATE_NOOP("QLineEdit", "Delete")
QT_TRANSLATE_NOOP("QLineEdit", "Select All")
QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")
QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")
QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")

# Spin boxes and the print dialog title.
QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")
QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")
QT_TRANSLATE_NOOP("QPrintDialog", "Print")
