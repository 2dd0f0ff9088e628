"""Printed forms in the party document format (Hướng dẫn 36-HD/VPTW).

api        one function per form: build its Draft from the vault
service    number, sign, mark, render and register a print (PrintJob -> PrintResult)
preview    render without issuing, and a page to RGB for the GUI
verify     check a paper copy from its QR payload or typed code
templates  resources/forms/*.toml, validated; vault-imported versions win
See docs/forms.md.
"""
