"""Printed forms in the GUI: preview at true size, print, save as PDF, check a paper copy.

open_preview    build a form's draft in the background, then show the preview dialog
PreviewDialog   pages, zoom, copies, reprint reason; Print… and Save as PDF…
printing        print_form + painting the PDF's pages onto a QPrinter (worker thread)
VerifyDialog    type the check code of a printed document; valid / not found / altered
See docs/forms.md.
"""
