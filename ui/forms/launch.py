"""Opening a form's preview from anywhere: the hooks in the other areas call this."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.permissions import Permission
from app.session import Session

from .preview_dialog import DraftFn, PreviewDialog
from .prompts import FormPrompts


def can_print(session: Session) -> bool:
    return session.can(Permission.PRINT_FORMS)


def open_preview(parent: QWidget, session: Session, title: str, make_draft: DraftFn,
                 prompts: FormPrompts | None = None) -> PreviewDialog:
    """The dialog appears when the preview is ready; a refusal (e.g. case not concluded) shows as a message."""
    dialog = PreviewDialog(session, title, make_draft, parent, prompts)
    dialog.start()
    return dialog
