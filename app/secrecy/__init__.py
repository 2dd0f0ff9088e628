"""State-secret lifecycle of the vault's items: levels, protection terms and the decisions that change them.

terms.py: the terms as data; store.py: its SQL; lifecycle.py: the service the GUI and CLI call; cli.py: `hoso secrecy ...`.
"""
